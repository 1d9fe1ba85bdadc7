# explain.py: explain-38535168-transport-only; data inline, run `gnuplot explain-38535168-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-48.177437:148.177437]
set grid ytics
set key outside right top
unset logscale y
set format y '%.0f%%'
set style fill border -1
plot 1/0 with boxes lc rgb "#9e9e9e" fs solid 0.35 title "generation (randn)", \
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
0 1 0 0.696756
5 1 0 0.433251
6 1 0 0.230739
8 1 0 0.394963
10 1 0 0.309694
11 1 0 0.207424
e
0 2 0.696756 0.876555
1 2 0 2.07613e-06
2 2 0 6.96884e-06
5 2 0.433251 0.641931
6 2 0.230739 0.460559
7 2 0 4.00469e-06
8 2 0.394963 0.585202
9 2 0 1.36784e-05
10 2 0.309694 0.458862
11 2 0.207424 0.307333
12 2 0 0.000272145
15 2 0 1.31907e-05
16 2 0 0.0113003
17 2 0 0.000253021
e
1 3 2.07613e-06 0.511243
e
0 4 0.876555 0.87951
1 4 0.511243 0.535434
2 4 6.96884e-06 0.137499
3 4 0 0.0461696
4 4 0 0.0520468
5 4 0.641931 0.669877
6 4 0.460559 0.505217
7 4 4.00469e-06 0.11852
8 4 0.585202 0.610679
9 4 1.36784e-05 0.134948
10 4 0.458862 0.498815
11 4 0.307333 0.320712
12 4 0.000272145 1.3426
13 4 0 1.23322
17 4 0.000253021 1.1306
e
3 5 0.0461696 0.647108
4 5 0.0520468 0.729481
14 5 0 1.0747
e
0 6 0.87951 0.883902
1 6 0.535434 0.597643
2 6 0.137499 0.278442
3 6 0.647108 0.647241
4 6 0.729481 0.729593
5 6 0.669877 0.784469
6 6 0.505217 0.566255
7 6 0.11852 0.199513
8 6 0.610679 0.665743
9 6 0.134948 0.280769
10 6 0.498815 0.625506
11 6 0.320712 0.349631
15 6 1.31907e-05 0.140634
e
7 7 0.199513 0.407501
11 7 0.349631 1.06621
e
0 8 0.883902 0.884225
1 8 0.597643 0.601777
2 8 0.278442 0.283826
3 8 0.647241 0.647277
4 8 0.729593 0.729603
5 8 0.784469 0.784593
6 8 0.566255 0.566511
7 8 0.407501 0.419854
8 8 0.665743 0.666387
9 8 0.280769 0.280975
10 8 0.625506 0.628083
11 8 1.06621 1.06628
15 8 0.140634 0.143434
e
0 9 0.884225 0.884629
1 9 0.601777 0.602583
2 9 0.283826 0.28739
3 9 0.647277 0.647369
4 9 0.729603 0.729781
5 9 0.784593 0.789053
6 9 0.566511 0.580285
7 9 0.419854 0.485233
8 9 0.666387 0.714017
9 9 0.280975 0.40632
10 9 0.628083 0.767816
11 9 1.06628 1.11473
12 9 1.3426 1.37243
13 9 1.23322 1.25918
14 9 1.0747 1.07472
15 9 0.143434 0.296693
17 9 -0.0005902 0
e
0 10 0.884629 0.936577
1 10 0.602583 0.883792
2 10 0.28739 1.21569
3 10 0.647369 0.683821
4 10 0.729781 0.751766
5 10 0.789053 1.1296
6 10 0.580285 1.00266
7 10 0.485233 0.998981
8 10 0.714017 0.82604
9 10 0.40632 1.46018
10 10 0.767816 1.03259
11 10 1.11473 1.24413
12 10 -5.78592e-05 0
13 10 -5.31566e-05 0
14 10 -5.93168e-06 0
15 10 0.296693 0.726607
e
0 11 0.936577 0.936724
1 11 0.883792 0.886663
2 11 1.21569 1.21743
3 11 0.683821 0.700052
4 11 0.751766 0.754929
5 11 1.1296 1.13039
6 11 1.00266 1.0041
7 11 0.998981 1.00054
8 11 0.82604 0.826332
9 11 1.46018 1.46177
10 11 1.03259 1.0337
11 11 1.24413 1.24477
12 11 1.37243 1.38505
13 11 1.25918 1.27656
14 11 1.07472 1.0781
15 11 0.726607 0.729063
16 11 0.0113003 1.16066
17 11 1.1306 1.17201
e
0 12 0.936724 1
1 12 0.886663 1
2 12 -0.217431 0
3 12 0.700052 1
4 12 0.754929 1
5 12 -0.130389 0
6 12 -0.00410094 0
7 12 -0.000542114 0
8 12 0.826332 1
9 12 -0.461774 0
10 12 -0.0336992 0
11 12 -0.244766 0
12 12 -0.38505 -5.78592e-05
13 12 -0.276557 -5.31566e-05
14 12 -0.0780986 -5.93168e-06
15 12 0.729063 1
16 12 -0.160656 0
17 12 -0.17201 -0.0005902
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.44833e-05:18.5019]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00337149 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 3.37 ms:", \
     NaN with lines lc rgb 'white' title "  shm/spin-then-futex cross-core", \
     0.00152747 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 1.53 ms:", \
     NaN with lines lc rgb 'white' title "  memfd/pooled-touch same-cpu"
0 6.1673
1 0.236497
2 0.0704564
3 0.0524545
4 0.0465313
5 0.0866585
6 0.16269
7 0.122606
8 0.0950591
9 0.0358959
10 0.121232
11 0.181005
12 0.00180419
13 0.0019638
14 0.0293309
15 0.0372232
16 4.345e-05
17 0.00194055
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-transport-only.svg"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-48.177437:148.177437]
set grid ytics
set key outside right top
unset logscale y
set format y '%.0f%%'
set style fill border -1
plot 1/0 with boxes lc rgb "#9e9e9e" fs solid 0.35 title "generation (randn)", \
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
0 1 0 0.696756
5 1 0 0.433251
6 1 0 0.230739
8 1 0 0.394963
10 1 0 0.309694
11 1 0 0.207424
e
0 2 0.696756 0.876555
1 2 0 2.07613e-06
2 2 0 6.96884e-06
5 2 0.433251 0.641931
6 2 0.230739 0.460559
7 2 0 4.00469e-06
8 2 0.394963 0.585202
9 2 0 1.36784e-05
10 2 0.309694 0.458862
11 2 0.207424 0.307333
12 2 0 0.000272145
15 2 0 1.31907e-05
16 2 0 0.0113003
17 2 0 0.000253021
e
1 3 2.07613e-06 0.511243
e
0 4 0.876555 0.87951
1 4 0.511243 0.535434
2 4 6.96884e-06 0.137499
3 4 0 0.0461696
4 4 0 0.0520468
5 4 0.641931 0.669877
6 4 0.460559 0.505217
7 4 4.00469e-06 0.11852
8 4 0.585202 0.610679
9 4 1.36784e-05 0.134948
10 4 0.458862 0.498815
11 4 0.307333 0.320712
12 4 0.000272145 1.3426
13 4 0 1.23322
17 4 0.000253021 1.1306
e
3 5 0.0461696 0.647108
4 5 0.0520468 0.729481
14 5 0 1.0747
e
0 6 0.87951 0.883902
1 6 0.535434 0.597643
2 6 0.137499 0.278442
3 6 0.647108 0.647241
4 6 0.729481 0.729593
5 6 0.669877 0.784469
6 6 0.505217 0.566255
7 6 0.11852 0.199513
8 6 0.610679 0.665743
9 6 0.134948 0.280769
10 6 0.498815 0.625506
11 6 0.320712 0.349631
15 6 1.31907e-05 0.140634
e
7 7 0.199513 0.407501
11 7 0.349631 1.06621
e
0 8 0.883902 0.884225
1 8 0.597643 0.601777
2 8 0.278442 0.283826
3 8 0.647241 0.647277
4 8 0.729593 0.729603
5 8 0.784469 0.784593
6 8 0.566255 0.566511
7 8 0.407501 0.419854
8 8 0.665743 0.666387
9 8 0.280769 0.280975
10 8 0.625506 0.628083
11 8 1.06621 1.06628
15 8 0.140634 0.143434
e
0 9 0.884225 0.884629
1 9 0.601777 0.602583
2 9 0.283826 0.28739
3 9 0.647277 0.647369
4 9 0.729603 0.729781
5 9 0.784593 0.789053
6 9 0.566511 0.580285
7 9 0.419854 0.485233
8 9 0.666387 0.714017
9 9 0.280975 0.40632
10 9 0.628083 0.767816
11 9 1.06628 1.11473
12 9 1.3426 1.37243
13 9 1.23322 1.25918
14 9 1.0747 1.07472
15 9 0.143434 0.296693
17 9 -0.0005902 0
e
0 10 0.884629 0.936577
1 10 0.602583 0.883792
2 10 0.28739 1.21569
3 10 0.647369 0.683821
4 10 0.729781 0.751766
5 10 0.789053 1.1296
6 10 0.580285 1.00266
7 10 0.485233 0.998981
8 10 0.714017 0.82604
9 10 0.40632 1.46018
10 10 0.767816 1.03259
11 10 1.11473 1.24413
12 10 -5.78592e-05 0
13 10 -5.31566e-05 0
14 10 -5.93168e-06 0
15 10 0.296693 0.726607
e
0 11 0.936577 0.936724
1 11 0.883792 0.886663
2 11 1.21569 1.21743
3 11 0.683821 0.700052
4 11 0.751766 0.754929
5 11 1.1296 1.13039
6 11 1.00266 1.0041
7 11 0.998981 1.00054
8 11 0.82604 0.826332
9 11 1.46018 1.46177
10 11 1.03259 1.0337
11 11 1.24413 1.24477
12 11 1.37243 1.38505
13 11 1.25918 1.27656
14 11 1.07472 1.0781
15 11 0.726607 0.729063
16 11 0.0113003 1.16066
17 11 1.1306 1.17201
e
0 12 0.936724 1
1 12 0.886663 1
2 12 -0.217431 0
3 12 0.700052 1
4 12 0.754929 1
5 12 -0.130389 0
6 12 -0.00410094 0
7 12 -0.000542114 0
8 12 0.826332 1
9 12 -0.461774 0
10 12 -0.0336992 0
11 12 -0.244766 0
12 12 -0.38505 -5.78592e-05
13 12 -0.276557 -5.31566e-05
14 12 -0.0780986 -5.93168e-06
15 12 0.729063 1
16 12 -0.160656 0
17 12 -0.17201 -0.0005902
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.44833e-05:18.5019]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00337149 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 3.37 ms:", \
     NaN with lines lc rgb 'white' title "  shm/spin-then-futex cross-core", \
     0.00152747 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 1.53 ms:", \
     NaN with lines lc rgb 'white' title "  memfd/pooled-touch same-cpu"
0 6.1673
1 0.236497
2 0.0704564
3 0.0524545
4 0.0465313
5 0.0866585
6 0.16269
7 0.122606
8 0.0950591
9 0.0358959
10 0.121232
11 0.181005
12 0.00180419
13 0.0019638
14 0.0293309
15 0.0372232
16 4.345e-05
17 0.00194055
e
unset multiplot
unset logscale y
set output
