# explain.py: explain-64-published; data inline, run `gnuplot explain-64-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-64-published.png"
set multiplot layout 2,1 title "Where the time goes at 64 B (64 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-2.000000:102.000000]
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
     1/0 with boxes lc rgb "#bcbd22" fs pattern 6 title "system calls", \
     1/0 with boxes lc rgb "#ff7f0e" fs pattern 7 title "wake-ups", \
     1/0 with boxes lc rgb "#e377c2" fs pattern 3 title "page faults", \
     1/0 with boxes lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
0 0 0 0.000796059
1 0 0 0.00097078
2 0 0 0.00654949
3 0 0 0.000689707
4 0 0 0.0028095
5 0 0 0.007934
6 0 0 0.00220191
7 0 0 0.00176263
8 0 0 0.0103218
9 0 0 0.0188767
10 0 0 0.00800427
11 0 0 0.00379649
12 0 0 0.011035
13 0 0 0.0159702
14 0 0 0.00964664
15 0 0 0.0045605
16 0 0 0.0116822
17 0 0 0.0163339
e
0 1 0.000796059 0.0104304
5 1 0.007934 0.0507839
6 1 0.00220191 0.00455043
8 1 0.0103218 0.0660674
10 1 0.00800427 0.0512337
11 1 0.00379649 0.0243005
e
0 2 0.0104304 0.0133872
1 2 0.00097078 0.00169596
2 2 0.00654949 0.011442
5 2 0.0507839 0.0788223
6 2 0.00455043 0.00751466
7 2 0.00176263 0.00307932
8 2 0.0660674 0.102544
9 2 0.0188767 0.0329777
10 2 0.0512337 0.0795204
11 2 0.0243005 0.0377172
12 2 0.011035 0.0192782
15 2 0.0045605 0.00796721
16 2 0.0116822 0.0204088
17 2 0.0163339 0.0285354
e
1 3 0.00169596 0.00247413
e
0 4 0.0133872 0.0134234
1 4 0.00247413 0.00249429
2 4 0.011442 0.0116406
3 4 0.000689707 0.000694935
4 4 0.0028095 0.0028308
5 4 0.0788223 0.0788824
6 4 0.00751466 0.00756473
7 4 0.00307932 0.00315948
8 4 0.102544 0.102622
9 4 0.0329777 0.0332639
10 4 0.0795204 0.0796417
11 4 0.0377172 0.0377459
12 4 0.0192782 0.0193619
13 4 0.0159702 0.0160913
16 4 0.0204088 0.0204974
17 4 0.0285354 0.049778
e
3 5 0.000694935 0.033383
4 5 0.0028308 0.135985
14 5 0.00964664 0.466841
e
0 6 0.0134234 0.0230801
1 6 0.00249429 0.0127542
2 6 0.0116406 0.0809001
3 6 0.033383 0.0395771
4 6 0.135985 0.156681
5 6 0.0788824 0.130928
6 6 0.00756473 0.0184553
7 6 0.00315948 0.0165631
8 6 0.102622 0.12732
9 6 0.0332639 0.0784322
10 6 0.0796417 0.084517
11 6 0.0377459 0.0468302
15 6 0.00796721 0.0188796
e
7 7 0.0165631 0.542216
11 7 0.0468302 0.393949
e
0 12 0.0230801 1
1 12 0.0127542 1
2 12 0.0809001 1
3 12 0.0395771 1
4 12 0.156681 1
5 12 0.130928 1
6 12 0.0184553 1
7 12 0.542216 1
8 12 0.12732 1
9 12 0.0784322 1
10 12 0.084517 1
11 12 0.393949 1
12 12 0.0193619 1
13 12 0.0160913 1
14 12 0.466841 1
15 12 0.0188796 1
16 12 0.0204974 1
17 12 0.049778 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.18097e-08:0.00326661]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     3.54292e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 35 ns:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     1.24399e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 124 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.000943398
1 0.000773605
2 0.000114665
3 0.00108887
4 0.000267308
5 9.4656e-05
6 0.000341067
7 0.000426068
8 7.2759e-05
9 3.97845e-05
10 9.3825e-05
11 0.000197814
12 6.8056e-05
13 4.7025e-05
14 7.7851e-05
15 0.000164675
16 6.4286e-05
17 4.5978e-05
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-64-published.svg"
set multiplot layout 2,1 title "Where the time goes at 64 B (64 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-2.000000:102.000000]
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
     1/0 with boxes lc rgb "#bcbd22" fs pattern 6 title "system calls", \
     1/0 with boxes lc rgb "#ff7f0e" fs pattern 7 title "wake-ups", \
     1/0 with boxes lc rgb "#e377c2" fs pattern 3 title "page faults", \
     1/0 with boxes lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
0 0 0 0.000796059
1 0 0 0.00097078
2 0 0 0.00654949
3 0 0 0.000689707
4 0 0 0.0028095
5 0 0 0.007934
6 0 0 0.00220191
7 0 0 0.00176263
8 0 0 0.0103218
9 0 0 0.0188767
10 0 0 0.00800427
11 0 0 0.00379649
12 0 0 0.011035
13 0 0 0.0159702
14 0 0 0.00964664
15 0 0 0.0045605
16 0 0 0.0116822
17 0 0 0.0163339
e
0 1 0.000796059 0.0104304
5 1 0.007934 0.0507839
6 1 0.00220191 0.00455043
8 1 0.0103218 0.0660674
10 1 0.00800427 0.0512337
11 1 0.00379649 0.0243005
e
0 2 0.0104304 0.0133872
1 2 0.00097078 0.00169596
2 2 0.00654949 0.011442
5 2 0.0507839 0.0788223
6 2 0.00455043 0.00751466
7 2 0.00176263 0.00307932
8 2 0.0660674 0.102544
9 2 0.0188767 0.0329777
10 2 0.0512337 0.0795204
11 2 0.0243005 0.0377172
12 2 0.011035 0.0192782
15 2 0.0045605 0.00796721
16 2 0.0116822 0.0204088
17 2 0.0163339 0.0285354
e
1 3 0.00169596 0.00247413
e
0 4 0.0133872 0.0134234
1 4 0.00247413 0.00249429
2 4 0.011442 0.0116406
3 4 0.000689707 0.000694935
4 4 0.0028095 0.0028308
5 4 0.0788223 0.0788824
6 4 0.00751466 0.00756473
7 4 0.00307932 0.00315948
8 4 0.102544 0.102622
9 4 0.0329777 0.0332639
10 4 0.0795204 0.0796417
11 4 0.0377172 0.0377459
12 4 0.0192782 0.0193619
13 4 0.0159702 0.0160913
16 4 0.0204088 0.0204974
17 4 0.0285354 0.049778
e
3 5 0.000694935 0.033383
4 5 0.0028308 0.135985
14 5 0.00964664 0.466841
e
0 6 0.0134234 0.0230801
1 6 0.00249429 0.0127542
2 6 0.0116406 0.0809001
3 6 0.033383 0.0395771
4 6 0.135985 0.156681
5 6 0.0788824 0.130928
6 6 0.00756473 0.0184553
7 6 0.00315948 0.0165631
8 6 0.102622 0.12732
9 6 0.0332639 0.0784322
10 6 0.0796417 0.084517
11 6 0.0377459 0.0468302
15 6 0.00796721 0.0188796
e
7 7 0.0165631 0.542216
11 7 0.0468302 0.393949
e
0 12 0.0230801 1
1 12 0.0127542 1
2 12 0.0809001 1
3 12 0.0395771 1
4 12 0.156681 1
5 12 0.130928 1
6 12 0.0184553 1
7 12 0.542216 1
8 12 0.12732 1
9 12 0.0784322 1
10 12 0.084517 1
11 12 0.393949 1
12 12 0.0193619 1
13 12 0.0160913 1
14 12 0.466841 1
15 12 0.0188796 1
16 12 0.0204974 1
17 12 0.049778 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.18097e-08:0.00326661]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     3.54292e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 35 ns:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     1.24399e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 124 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.000943398
1 0.000773605
2 0.000114665
3 0.00108887
4 0.000267308
5 9.4656e-05
6 0.000341067
7 0.000426068
8 7.2759e-05
9 3.97845e-05
10 9.3825e-05
11 0.000197814
12 6.8056e-05
13 4.7025e-05
14 7.7851e-05
15 0.000164675
16 6.4286e-05
17 4.5978e-05
e
unset multiplot
unset logscale y
set output
