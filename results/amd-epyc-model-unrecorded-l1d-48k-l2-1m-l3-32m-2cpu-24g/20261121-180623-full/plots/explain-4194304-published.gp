# explain.py: explain-4194304-published; data inline, run `gnuplot explain-4194304-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-published.png"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-44.260852:144.260852]
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
0 0 0 0.0138664
1 0 0 0.343562
2 0 0 0.790158
3 0 0 0.73645
4 0 0 0.841829
5 0 0 0.585934
6 0 0 0.66365
7 0 0 0.47296
8 0 0 0.647337
9 0 0 1.16673
10 0 0 0.558379
11 0 0 0.453287
12 0 0 1.40268
13 0 0 1.3093
14 0 0 0.92348
15 0 0 1.23647
16 0 0 1.33402
17 0 0 1.34247
e
0 1 0.0138664 0.737212
5 1 0.585934 0.595239
6 1 0.66365 0.673917
8 1 0.647337 0.657617
10 1 0.558379 0.567246
11 1 0.453287 0.460485
e
0 2 0.737212 0.928242
1 2 0.343562 0.343586
2 2 0.790158 0.790214
5 2 0.595239 0.599919
6 2 0.673917 0.684203
7 2 0.47296 0.472993
8 2 0.657617 0.662788
9 2 1.16673 1.16681
10 2 0.567246 0.571706
11 2 0.460485 0.464106
12 2 1.40268 1.40278
15 2 1.23647 1.23656
16 2 1.33402 1.33412
17 2 1.34247 1.34256
e
1 3 0.343586 0.731346
e
0 4 0.928242 0.930504
1 4 0.731346 0.73734
2 4 0.790214 0.813847
3 4 0.73645 0.741956
4 4 0.841829 0.848124
5 4 0.599919 0.6043
6 4 0.684203 0.69909
7 4 0.472993 0.494212
8 4 0.662788 0.667628
9 4 1.16681 1.18426
10 4 0.571706 0.580056
11 4 0.464106 0.467495
12 4 1.40278 1.41327
13 4 1.3093 1.31909
16 4 1.33412 1.34409
17 4 1.34256 1.36466
e
3 5 0.741956 1.01213
4 5 0.848124 1.15696
14 5 0.92348 1.26227
e
0 6 0.930504 0.933704
1 6 0.73734 0.780183
2 6 0.813847 0.887744
3 6 1.01213 1.01265
4 6 1.15696 1.1574
5 6 0.6043 0.6591
6 6 0.69909 0.761157
7 6 0.494212 0.538444
8 6 0.667628 0.694597
9 6 1.18426 1.23287
10 6 0.580056 0.690027
11 6 0.467495 0.48638
15 6 1.23656 1.28807
e
7 7 0.538444 0.744001
11 7 0.48638 0.774958
e
0 8 0.933704 0.933995
1 8 0.780183 0.783878
2 8 0.887744 0.890763
4 8 1.1574 1.15741
5 8 0.6591 0.659195
6 8 0.761157 0.761363
7 8 0.744001 0.752066
8 8 0.694597 0.695113
9 8 1.23287 1.23318
10 8 0.690027 0.690677
11 8 0.774958 0.775132
13 8 -1.93148e-05 0
15 8 1.28807 1.28958
e
0 9 0.933995 0.934082
1 9 0.783878 0.784429
2 9 0.890763 0.905273
3 9 -0.000837178 0
5 9 0.659195 0.670826
6 9 0.761363 0.790998
7 9 0.752066 0.783319
8 9 0.695113 0.790758
9 9 1.23318 1.27902
10 9 0.690677 0.856738
11 9 0.775132 0.812695
12 9 1.41327 1.41728
13 9 1.31909 1.3226
14 9 1.26227 1.26232
15 9 1.28958 1.32541
e
0 10 0.934082 0.974141
1 10 0.784429 0.943734
2 10 0.905273 1.17714
3 10 1.01265 1.0207
4 10 1.15741 1.1666
5 10 0.670826 1.0718
6 10 0.790998 1.00942
7 10 0.783319 1.11676
8 10 0.790758 1.25676
9 10 1.27902 1.3284
10 10 0.856738 1.31119
11 10 0.812695 1.08659
12 10 -1.43631e-05 0
13 10 -3.27217e-05 -1.93148e-05
14 10 -1.57604e-05 0
15 10 -4.22039e-06 0
e
0 11 0.974141 0.975356
1 11 0.943734 0.967865
2 11 1.17714 1.18694
3 11 1.0207 1.08423
4 11 1.1666 1.18003
5 11 1.0718 1.07577
6 11 1.00942 1.01993
7 11 1.11676 1.12579
8 11 1.25676 1.25862
9 11 1.3284 1.33317
10 11 1.31119 1.31849
11 11 1.08659 1.08915
12 11 1.41728 1.42261
13 11 1.3226 1.32699
14 11 1.26232 1.2699
15 11 1.32541 1.33842
16 11 1.34409 1.35101
17 11 1.36466 1.37566
e
0 12 0.975356 1
1 12 0.967865 1
2 12 -0.186936 0
3 12 -0.0842317 -0.000837178
4 12 -0.180033 0
5 12 -0.0757657 0
6 12 -0.0199274 0
7 12 -0.12579 0
8 12 -0.258617 0
9 12 -0.333169 0
10 12 -0.318492 0
11 12 -0.089147 0
12 12 -0.422609 -1.43631e-05
13 12 -0.326987 -3.27217e-05
14 12 -0.269896 -1.57604e-05
15 12 -0.338418 -4.22039e-06
16 12 -0.351008 0
17 12 -0.375664 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [2.76735e-05:2.12525]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     8.30205e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 83.0 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin unpinned", \
     0.000152517 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 152.5 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.708418
1 0.0285923
2 0.012432
3 0.0133386
4 0.0116689
5 0.016765
6 0.0148018
7 0.0207696
8 0.0151748
9 0.00841944
10 0.0175924
11 0.0216711
12 0.00700316
13 0.00750265
14 0.0106372
15 0.00794456
16 0.00736359
17 0.00731729
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-published.svg"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-44.260852:144.260852]
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
0 0 0 0.0138664
1 0 0 0.343562
2 0 0 0.790158
3 0 0 0.73645
4 0 0 0.841829
5 0 0 0.585934
6 0 0 0.66365
7 0 0 0.47296
8 0 0 0.647337
9 0 0 1.16673
10 0 0 0.558379
11 0 0 0.453287
12 0 0 1.40268
13 0 0 1.3093
14 0 0 0.92348
15 0 0 1.23647
16 0 0 1.33402
17 0 0 1.34247
e
0 1 0.0138664 0.737212
5 1 0.585934 0.595239
6 1 0.66365 0.673917
8 1 0.647337 0.657617
10 1 0.558379 0.567246
11 1 0.453287 0.460485
e
0 2 0.737212 0.928242
1 2 0.343562 0.343586
2 2 0.790158 0.790214
5 2 0.595239 0.599919
6 2 0.673917 0.684203
7 2 0.47296 0.472993
8 2 0.657617 0.662788
9 2 1.16673 1.16681
10 2 0.567246 0.571706
11 2 0.460485 0.464106
12 2 1.40268 1.40278
15 2 1.23647 1.23656
16 2 1.33402 1.33412
17 2 1.34247 1.34256
e
1 3 0.343586 0.731346
e
0 4 0.928242 0.930504
1 4 0.731346 0.73734
2 4 0.790214 0.813847
3 4 0.73645 0.741956
4 4 0.841829 0.848124
5 4 0.599919 0.6043
6 4 0.684203 0.69909
7 4 0.472993 0.494212
8 4 0.662788 0.667628
9 4 1.16681 1.18426
10 4 0.571706 0.580056
11 4 0.464106 0.467495
12 4 1.40278 1.41327
13 4 1.3093 1.31909
16 4 1.33412 1.34409
17 4 1.34256 1.36466
e
3 5 0.741956 1.01213
4 5 0.848124 1.15696
14 5 0.92348 1.26227
e
0 6 0.930504 0.933704
1 6 0.73734 0.780183
2 6 0.813847 0.887744
3 6 1.01213 1.01265
4 6 1.15696 1.1574
5 6 0.6043 0.6591
6 6 0.69909 0.761157
7 6 0.494212 0.538444
8 6 0.667628 0.694597
9 6 1.18426 1.23287
10 6 0.580056 0.690027
11 6 0.467495 0.48638
15 6 1.23656 1.28807
e
7 7 0.538444 0.744001
11 7 0.48638 0.774958
e
0 8 0.933704 0.933995
1 8 0.780183 0.783878
2 8 0.887744 0.890763
4 8 1.1574 1.15741
5 8 0.6591 0.659195
6 8 0.761157 0.761363
7 8 0.744001 0.752066
8 8 0.694597 0.695113
9 8 1.23287 1.23318
10 8 0.690027 0.690677
11 8 0.774958 0.775132
13 8 -1.93148e-05 0
15 8 1.28807 1.28958
e
0 9 0.933995 0.934082
1 9 0.783878 0.784429
2 9 0.890763 0.905273
3 9 -0.000837178 0
5 9 0.659195 0.670826
6 9 0.761363 0.790998
7 9 0.752066 0.783319
8 9 0.695113 0.790758
9 9 1.23318 1.27902
10 9 0.690677 0.856738
11 9 0.775132 0.812695
12 9 1.41327 1.41728
13 9 1.31909 1.3226
14 9 1.26227 1.26232
15 9 1.28958 1.32541
e
0 10 0.934082 0.974141
1 10 0.784429 0.943734
2 10 0.905273 1.17714
3 10 1.01265 1.0207
4 10 1.15741 1.1666
5 10 0.670826 1.0718
6 10 0.790998 1.00942
7 10 0.783319 1.11676
8 10 0.790758 1.25676
9 10 1.27902 1.3284
10 10 0.856738 1.31119
11 10 0.812695 1.08659
12 10 -1.43631e-05 0
13 10 -3.27217e-05 -1.93148e-05
14 10 -1.57604e-05 0
15 10 -4.22039e-06 0
e
0 11 0.974141 0.975356
1 11 0.943734 0.967865
2 11 1.17714 1.18694
3 11 1.0207 1.08423
4 11 1.1666 1.18003
5 11 1.0718 1.07577
6 11 1.00942 1.01993
7 11 1.11676 1.12579
8 11 1.25676 1.25862
9 11 1.3284 1.33317
10 11 1.31119 1.31849
11 11 1.08659 1.08915
12 11 1.41728 1.42261
13 11 1.3226 1.32699
14 11 1.26232 1.2699
15 11 1.32541 1.33842
16 11 1.34409 1.35101
17 11 1.36466 1.37566
e
0 12 0.975356 1
1 12 0.967865 1
2 12 -0.186936 0
3 12 -0.0842317 -0.000837178
4 12 -0.180033 0
5 12 -0.0757657 0
6 12 -0.0199274 0
7 12 -0.12579 0
8 12 -0.258617 0
9 12 -0.333169 0
10 12 -0.318492 0
11 12 -0.089147 0
12 12 -0.422609 -1.43631e-05
13 12 -0.326987 -3.27217e-05
14 12 -0.269896 -1.57604e-05
15 12 -0.338418 -4.22039e-06
16 12 -0.351008 0
17 12 -0.375664 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [2.76735e-05:2.12525]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     8.30205e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 83.0 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin unpinned", \
     0.000152517 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 152.5 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.708418
1 0.0285923
2 0.012432
3 0.0133386
4 0.0116689
5 0.016765
6 0.0148018
7 0.0207696
8 0.0151748
9 0.00841944
10 0.0175924
11 0.0216711
12 0.00700316
13 0.00750265
14 0.0106372
15 0.00794456
16 0.00736359
17 0.00731729
e
unset multiplot
unset logscale y
set output
