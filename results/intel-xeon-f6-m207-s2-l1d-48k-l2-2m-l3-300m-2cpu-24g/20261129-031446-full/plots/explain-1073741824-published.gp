# explain.py: explain-1073741824-published; data inline, run `gnuplot explain-1073741824-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-published.png"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-32.969716:132.969716]
set grid ytics
set key outside right top
unset logscale y
set format y '%.0f%%'
set style fill border -1
plot '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#9e9e9e" fs solid 0.35 title "generation (randn)", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#d62728" fs solid 1.0 title "serialisation", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#ff9896" fs pattern 4 title "deserialisation", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#9467bd" fs pattern 2 title "encoding (base64)", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#1f77b4" fs solid 0.7 title "user-space copies", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#17becf" fs pattern 5 title "shared-memory segment", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#2ca02c" fs pattern 1 title "kernel transfer", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#8c564b" fs solid 0.5 title "broker / extra hop", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#bcbd22" fs pattern 6 title "system calls", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#ff7f0e" fs pattern 7 title "wake-ups", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#e377c2" fs pattern 3 title "page faults", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
0 0 0 0.0118592
1 0 0 0.179342
2 0 0 0.374002
3 0 0 0.838156
4 0 0 0.623084
5 0 0 0.445603
6 0 0 0.324399
8 0 0 0.382052
9 0 0 0.663883
10 0 0 0.443261
11 0 0 0.330782
12 0 0 0.816052
13 0 0 0.936573
14 0 0 0.782503
15 0 0 0.599615
16 0 0 1.27087
17 0 0 0.934283
e
0 1 0.0118592 0.673478
5 1 0.445603 0.609962
6 1 0.324399 0.445785
8 1 0.382052 0.52297
10 1 0.443261 0.606757
11 1 0.330782 0.45279
e
0 2 0.673478 0.847351
1 2 0.179342 0.179342
2 2 0.374002 0.374003
5 2 0.609962 0.697247
6 2 0.445785 0.565943
8 2 0.52297 0.597807
9 2 0.663883 0.663883
10 2 0.606757 0.693583
11 2 0.45279 0.517584
12 2 0.816052 0.816052
15 2 0.599615 0.599616
16 2 1.27087 1.27087
17 2 0.934283 0.934284
e
1 3 0.179342 0.468367
e
1 4 0.468367 0.486693
2 4 0.374003 0.41969
3 4 0.838156 0.863753
4 4 0.623084 0.642113
5 4 0.697247 0.710855
6 4 0.565943 0.595664
8 4 0.597807 0.609475
9 4 0.663883 0.704433
10 4 0.693583 0.720657
11 4 0.517584 0.527686
12 4 0.816052 0.840974
13 4 0.936573 0.965175
16 4 1.27087 1.30969
17 4 0.934284 0.990232
e
3 5 0.863753 1.04625
4 5 0.642113 0.777783
14 5 0.782503 0.952885
e
1 6 0.486693 0.510478
2 6 0.41969 0.456891
5 6 0.710855 0.755179
6 6 0.595664 0.627931
8 6 0.609475 0.63931
9 6 0.704433 0.756277
10 6 0.720657 0.805714
11 6 0.527686 0.553517
15 6 0.599616 0.646441
e
11 7 0.553517 0.949862
e
0 8 0.847351 0.847351
1 8 0.510478 0.510478
2 8 0.456891 0.456891
3 8 1.04625 1.04625
4 8 0.777783 0.777783
5 8 0.755179 0.755186
6 8 0.627931 0.627932
8 8 0.63931 0.639315
9 8 0.756277 0.756286
10 8 0.805714 0.806004
11 8 0.949862 0.949907
12 8 0.840974 0.840975
13 8 0.965175 0.965176
14 8 0.952885 0.952885
15 8 0.646441 0.646442
16 8 1.30969 1.30969
17 8 0.990232 0.990232
e
0 9 0.847351 0.847424
1 9 0.510478 0.511207
2 9 0.456891 0.457058
3 9 1.04625 1.04628
4 9 0.777783 0.777788
5 9 0.755186 0.755426
6 9 0.627932 0.630206
8 9 0.639315 0.64177
9 9 0.756286 0.760555
10 9 0.806004 0.817552
11 9 0.949907 0.954087
12 9 0.840975 0.840977
15 9 0.646442 0.650323
16 9 1.30969 1.30969
17 9 0.990232 0.990234
e
0 10 0.847424 0.882213
1 10 0.511207 0.731909
2 10 0.457058 0.826854
3 10 1.04628 1.05474
4 10 0.777788 0.784077
5 10 0.755426 0.898943
6 10 0.630206 0.839712
8 10 0.64177 0.763352
9 10 0.760555 0.969368
10 10 0.817552 0.969004
11 10 0.954087 1.06163
12 10 -3.01624e-08 0
13 10 -3.4617e-08 0
14 10 -3.85632e-08 0
15 10 0.650323 0.746775
e
0 11 0.882213 0.882219
1 11 0.731909 0.731991
2 11 0.826854 0.826864
3 11 1.05474 1.05511
4 11 0.784077 0.78412
5 11 0.898943 0.898948
6 11 0.839712 0.839741
8 11 0.763352 0.763358
9 11 0.969368 0.969373
10 11 0.969004 0.969011
11 11 1.06163 1.06163
12 11 0.840977 0.840988
13 11 0.965176 0.965186
14 11 0.952885 0.952896
15 11 0.746775 0.746787
16 11 1.30969 1.3097
17 11 0.990234 0.990241
e
0 12 0.882219 1
1 12 0.731991 1
2 12 0.826864 1
3 12 -0.0551077 0
4 12 0.78412 1
5 12 0.898948 1
6 12 0.839741 1
8 12 0.763358 1
9 12 0.969373 1
10 12 0.969011 1
11 12 -0.0616337 0
12 12 0.840988 1
13 12 0.965186 1
14 12 0.952896 1
15 12 0.746787 1
16 12 -0.309697 0
17 12 0.990241 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.0495514:892.395]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.156615 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 156.61 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.148654 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 148.65 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 297.465
1 19.6702
2 9.43227
3 4.20887
4 5.66166
5 7.91667
6 10.8745
8 9.23355
9 5.31372
10 7.95849
11 10.6647
12 4.32288
13 3.7666
14 4.50822
15 5.88326
16 2.7758
17 3.77583
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-published.svg"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-32.969716:132.969716]
set grid ytics
set key outside right top
unset logscale y
set format y '%.0f%%'
set style fill border -1
plot '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#9e9e9e" fs solid 0.35 title "generation (randn)", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#d62728" fs solid 1.0 title "serialisation", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#ff9896" fs pattern 4 title "deserialisation", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#9467bd" fs pattern 2 title "encoding (base64)", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#1f77b4" fs solid 0.7 title "user-space copies", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#17becf" fs pattern 5 title "shared-memory segment", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#2ca02c" fs pattern 1 title "kernel transfer", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#8c564b" fs solid 0.5 title "broker / extra hop", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#bcbd22" fs pattern 6 title "system calls", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#ff7f0e" fs pattern 7 title "wake-ups", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#e377c2" fs pattern 3 title "page faults", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
0 0 0 0.0118592
1 0 0 0.179342
2 0 0 0.374002
3 0 0 0.838156
4 0 0 0.623084
5 0 0 0.445603
6 0 0 0.324399
8 0 0 0.382052
9 0 0 0.663883
10 0 0 0.443261
11 0 0 0.330782
12 0 0 0.816052
13 0 0 0.936573
14 0 0 0.782503
15 0 0 0.599615
16 0 0 1.27087
17 0 0 0.934283
e
0 1 0.0118592 0.673478
5 1 0.445603 0.609962
6 1 0.324399 0.445785
8 1 0.382052 0.52297
10 1 0.443261 0.606757
11 1 0.330782 0.45279
e
0 2 0.673478 0.847351
1 2 0.179342 0.179342
2 2 0.374002 0.374003
5 2 0.609962 0.697247
6 2 0.445785 0.565943
8 2 0.52297 0.597807
9 2 0.663883 0.663883
10 2 0.606757 0.693583
11 2 0.45279 0.517584
12 2 0.816052 0.816052
15 2 0.599615 0.599616
16 2 1.27087 1.27087
17 2 0.934283 0.934284
e
1 3 0.179342 0.468367
e
1 4 0.468367 0.486693
2 4 0.374003 0.41969
3 4 0.838156 0.863753
4 4 0.623084 0.642113
5 4 0.697247 0.710855
6 4 0.565943 0.595664
8 4 0.597807 0.609475
9 4 0.663883 0.704433
10 4 0.693583 0.720657
11 4 0.517584 0.527686
12 4 0.816052 0.840974
13 4 0.936573 0.965175
16 4 1.27087 1.30969
17 4 0.934284 0.990232
e
3 5 0.863753 1.04625
4 5 0.642113 0.777783
14 5 0.782503 0.952885
e
1 6 0.486693 0.510478
2 6 0.41969 0.456891
5 6 0.710855 0.755179
6 6 0.595664 0.627931
8 6 0.609475 0.63931
9 6 0.704433 0.756277
10 6 0.720657 0.805714
11 6 0.527686 0.553517
15 6 0.599616 0.646441
e
11 7 0.553517 0.949862
e
0 8 0.847351 0.847351
1 8 0.510478 0.510478
2 8 0.456891 0.456891
3 8 1.04625 1.04625
4 8 0.777783 0.777783
5 8 0.755179 0.755186
6 8 0.627931 0.627932
8 8 0.63931 0.639315
9 8 0.756277 0.756286
10 8 0.805714 0.806004
11 8 0.949862 0.949907
12 8 0.840974 0.840975
13 8 0.965175 0.965176
14 8 0.952885 0.952885
15 8 0.646441 0.646442
16 8 1.30969 1.30969
17 8 0.990232 0.990232
e
0 9 0.847351 0.847424
1 9 0.510478 0.511207
2 9 0.456891 0.457058
3 9 1.04625 1.04628
4 9 0.777783 0.777788
5 9 0.755186 0.755426
6 9 0.627932 0.630206
8 9 0.639315 0.64177
9 9 0.756286 0.760555
10 9 0.806004 0.817552
11 9 0.949907 0.954087
12 9 0.840975 0.840977
15 9 0.646442 0.650323
16 9 1.30969 1.30969
17 9 0.990232 0.990234
e
0 10 0.847424 0.882213
1 10 0.511207 0.731909
2 10 0.457058 0.826854
3 10 1.04628 1.05474
4 10 0.777788 0.784077
5 10 0.755426 0.898943
6 10 0.630206 0.839712
8 10 0.64177 0.763352
9 10 0.760555 0.969368
10 10 0.817552 0.969004
11 10 0.954087 1.06163
12 10 -3.01624e-08 0
13 10 -3.4617e-08 0
14 10 -3.85632e-08 0
15 10 0.650323 0.746775
e
0 11 0.882213 0.882219
1 11 0.731909 0.731991
2 11 0.826854 0.826864
3 11 1.05474 1.05511
4 11 0.784077 0.78412
5 11 0.898943 0.898948
6 11 0.839712 0.839741
8 11 0.763352 0.763358
9 11 0.969368 0.969373
10 11 0.969004 0.969011
11 11 1.06163 1.06163
12 11 0.840977 0.840988
13 11 0.965176 0.965186
14 11 0.952885 0.952896
15 11 0.746775 0.746787
16 11 1.30969 1.3097
17 11 0.990234 0.990241
e
0 12 0.882219 1
1 12 0.731991 1
2 12 0.826864 1
3 12 -0.0551077 0
4 12 0.78412 1
5 12 0.898948 1
6 12 0.839741 1
8 12 0.763358 1
9 12 0.969373 1
10 12 0.969011 1
11 12 -0.0616337 0
12 12 0.840988 1
13 12 0.965186 1
14 12 0.952896 1
15 12 0.746787 1
16 12 -0.309697 0
17 12 0.990241 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.0495514:892.395]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.156615 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 156.61 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.148654 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 148.65 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 297.465
1 19.6702
2 9.43227
3 4.20887
4 5.66166
5 7.91667
6 10.8745
8 9.23355
9 5.31372
10 7.95849
11 10.6647
12 4.32288
13 3.7666
14 4.50822
15 5.88326
16 2.7758
17 3.77583
e
unset multiplot
unset logscale y
set output
