# explain.py: explain-1204224-published; data inline, run `gnuplot explain-1204224-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-published.png"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-8.276988:108.276988]
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
0 0 0 0.011344
1 0 0 0.22793
2 0 0 0.494221
3 0 0 0.36768
4 0 0 0.485302
5 0 0 0.436098
6 0 0 0.320147
7 0 0 0.304327
8 0 0 0.467665
9 0 0 0.524513
10 0 0 0.378306
11 0 0 0.227153
12 0 0 0.859505
13 0 0 0.90029
14 0 0 0.615684
15 0 0 0.772463
16 0 0 0.925901
17 0 0 0.909027
e
0 1 0.011344 0.750865
5 1 0.436098 0.447856
6 1 0.320147 0.328115
8 1 0.467665 0.480274
10 1 0.378306 0.388506
11 1 0.227153 0.233277
e
0 2 0.750865 0.920599
1 2 0.22793 0.227986
2 2 0.494221 0.494343
5 2 0.447856 0.453799
6 2 0.328115 0.336111
7 2 0.304327 0.304402
8 2 0.480274 0.486647
9 2 0.524513 0.524642
10 2 0.388506 0.393661
11 2 0.233277 0.236373
12 2 0.859505 0.859717
15 2 0.772463 0.772653
16 2 0.925901 0.926129
17 2 0.909027 0.909252
e
1 3 0.227986 0.594686
e
0 4 0.920599 0.921496
1 4 0.594686 0.601029
2 4 0.494343 0.51792
3 4 0.36768 0.372066
4 4 0.485302 0.49109
5 4 0.453799 0.459
6 4 0.336111 0.347566
7 4 0.304402 0.326179
8 4 0.486647 0.492224
9 4 0.524642 0.537153
10 4 0.393661 0.402685
11 4 0.236373 0.239082
12 4 0.859717 0.869967
13 4 0.90029 0.911028
16 4 0.926129 0.937172
17 4 0.909252 0.931836
e
3 5 0.372066 0.567385
4 5 0.49109 0.748893
14 5 0.615684 0.942748
e
0 6 0.921496 0.924564
1 6 0.601029 0.642829
2 6 0.51792 0.585884
3 6 0.567385 0.567979
4 6 0.748893 0.749122
5 6 0.459 0.51898
6 6 0.347566 0.391595
7 6 0.326179 0.368028
8 6 0.492224 0.522772
9 6 0.537153 0.571415
10 6 0.402685 0.451867
11 6 0.239082 0.25392
15 6 0.772653 0.823111
e
7 7 0.368028 0.535269
11 7 0.25392 0.629575
e
0 8 0.924564 0.924928
1 8 0.642829 0.646942
2 8 0.585884 0.58903
3 8 0.567979 0.569805
4 8 0.749122 0.75048
5 8 0.51898 0.51959
6 8 0.391595 0.393454
7 8 0.535269 0.542783
8 8 0.522772 0.523557
9 8 0.571415 0.572882
10 8 0.451867 0.453057
11 8 0.629575 0.630052
12 8 0.869967 0.870448
13 8 0.911028 0.911468
14 8 0.942748 0.944256
15 8 0.823111 0.82792
16 8 0.937172 0.937561
17 8 0.931836 0.932218
e
0 9 0.924928 0.925656
1 9 0.646942 0.661574
2 9 0.58903 0.636621
3 9 0.569805 0.593409
4 9 0.75048 0.766057
5 9 0.51959 0.547586
6 9 0.393454 0.439697
7 9 0.542783 0.640466
8 9 0.523557 0.591108
9 9 0.572882 0.66548
10 9 0.453057 0.695916
11 9 0.630052 0.710255
12 9 0.870448 0.925626
13 9 0.911468 0.969264
14 9 0.944256 0.98378
15 9 0.82792 1.00148
16 9 0.937561 0.96728
17 9 0.932218 0.961396
e
0 10 0.925656 0.943644
1 10 0.661574 0.803001
2 10 0.636621 0.861555
3 10 0.593409 0.599128
4 10 0.766057 0.774003
5 10 0.547586 0.903137
6 10 0.439697 0.707789
7 10 0.640466 0.946878
8 10 0.591108 1.01795
9 10 0.66548 0.905059
10 10 0.695916 0.960996
11 10 0.710255 0.967598
e
0 11 0.943644 0.947667
1 11 0.803001 0.861044
2 11 0.861555 0.873312
3 11 0.599128 0.745325
4 11 0.774003 0.806371
5 11 0.903137 0.905978
6 11 -0.0201516 0
7 11 -0.00704455 0
8 11 -0.0177493 0
9 11 -0.0130292 0
10 11 -0.00117153 0
11 11 -0.0627699 0
12 11 0.925626 0.93295
13 11 -0.0504477 0
14 11 -0.035862 0
15 11 1.00148 1.00527
16 11 0.96728 1.00001
17 11 -0.00189197 0
e
0 12 0.947667 1
1 12 0.861044 1
2 12 0.873312 1
3 12 0.745325 1
4 12 0.806371 1
5 12 0.905978 1
6 12 0.707789 1.02015
7 12 0.946878 1.00704
8 12 -0.017951 -0.0177493
9 12 0.905059 1.01303
10 12 0.960996 1.00117
11 12 0.967598 1.06277
12 12 0.93295 1
13 12 0.969264 1.05045
14 12 0.98378 1.03586
15 12 -0.00526786 0
16 12 -5.512e-06 0
17 12 0.961396 1.00189
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.44223e-06:0.515628]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     2.53267e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 25.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin-then-futex cross-core", \
     4.54984e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 45.5 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.171876
1 0.00855424
2 0.00394513
3 0.00530289
4 0.00401764
5 0.00447094
6 0.00609022
7 0.00640682
8 0.00416916
9 0.00371729
10 0.00515394
11 0.00858351
12 0.00226848
13 0.00216571
14 0.00316683
15 0.00252409
16 0.00210581
17 0.00214489
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-published.svg"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-8.276988:108.276988]
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
0 0 0 0.011344
1 0 0 0.22793
2 0 0 0.494221
3 0 0 0.36768
4 0 0 0.485302
5 0 0 0.436098
6 0 0 0.320147
7 0 0 0.304327
8 0 0 0.467665
9 0 0 0.524513
10 0 0 0.378306
11 0 0 0.227153
12 0 0 0.859505
13 0 0 0.90029
14 0 0 0.615684
15 0 0 0.772463
16 0 0 0.925901
17 0 0 0.909027
e
0 1 0.011344 0.750865
5 1 0.436098 0.447856
6 1 0.320147 0.328115
8 1 0.467665 0.480274
10 1 0.378306 0.388506
11 1 0.227153 0.233277
e
0 2 0.750865 0.920599
1 2 0.22793 0.227986
2 2 0.494221 0.494343
5 2 0.447856 0.453799
6 2 0.328115 0.336111
7 2 0.304327 0.304402
8 2 0.480274 0.486647
9 2 0.524513 0.524642
10 2 0.388506 0.393661
11 2 0.233277 0.236373
12 2 0.859505 0.859717
15 2 0.772463 0.772653
16 2 0.925901 0.926129
17 2 0.909027 0.909252
e
1 3 0.227986 0.594686
e
0 4 0.920599 0.921496
1 4 0.594686 0.601029
2 4 0.494343 0.51792
3 4 0.36768 0.372066
4 4 0.485302 0.49109
5 4 0.453799 0.459
6 4 0.336111 0.347566
7 4 0.304402 0.326179
8 4 0.486647 0.492224
9 4 0.524642 0.537153
10 4 0.393661 0.402685
11 4 0.236373 0.239082
12 4 0.859717 0.869967
13 4 0.90029 0.911028
16 4 0.926129 0.937172
17 4 0.909252 0.931836
e
3 5 0.372066 0.567385
4 5 0.49109 0.748893
14 5 0.615684 0.942748
e
0 6 0.921496 0.924564
1 6 0.601029 0.642829
2 6 0.51792 0.585884
3 6 0.567385 0.567979
4 6 0.748893 0.749122
5 6 0.459 0.51898
6 6 0.347566 0.391595
7 6 0.326179 0.368028
8 6 0.492224 0.522772
9 6 0.537153 0.571415
10 6 0.402685 0.451867
11 6 0.239082 0.25392
15 6 0.772653 0.823111
e
7 7 0.368028 0.535269
11 7 0.25392 0.629575
e
0 8 0.924564 0.924928
1 8 0.642829 0.646942
2 8 0.585884 0.58903
3 8 0.567979 0.569805
4 8 0.749122 0.75048
5 8 0.51898 0.51959
6 8 0.391595 0.393454
7 8 0.535269 0.542783
8 8 0.522772 0.523557
9 8 0.571415 0.572882
10 8 0.451867 0.453057
11 8 0.629575 0.630052
12 8 0.869967 0.870448
13 8 0.911028 0.911468
14 8 0.942748 0.944256
15 8 0.823111 0.82792
16 8 0.937172 0.937561
17 8 0.931836 0.932218
e
0 9 0.924928 0.925656
1 9 0.646942 0.661574
2 9 0.58903 0.636621
3 9 0.569805 0.593409
4 9 0.75048 0.766057
5 9 0.51959 0.547586
6 9 0.393454 0.439697
7 9 0.542783 0.640466
8 9 0.523557 0.591108
9 9 0.572882 0.66548
10 9 0.453057 0.695916
11 9 0.630052 0.710255
12 9 0.870448 0.925626
13 9 0.911468 0.969264
14 9 0.944256 0.98378
15 9 0.82792 1.00148
16 9 0.937561 0.96728
17 9 0.932218 0.961396
e
0 10 0.925656 0.943644
1 10 0.661574 0.803001
2 10 0.636621 0.861555
3 10 0.593409 0.599128
4 10 0.766057 0.774003
5 10 0.547586 0.903137
6 10 0.439697 0.707789
7 10 0.640466 0.946878
8 10 0.591108 1.01795
9 10 0.66548 0.905059
10 10 0.695916 0.960996
11 10 0.710255 0.967598
e
0 11 0.943644 0.947667
1 11 0.803001 0.861044
2 11 0.861555 0.873312
3 11 0.599128 0.745325
4 11 0.774003 0.806371
5 11 0.903137 0.905978
6 11 -0.0201516 0
7 11 -0.00704455 0
8 11 -0.0177493 0
9 11 -0.0130292 0
10 11 -0.00117153 0
11 11 -0.0627699 0
12 11 0.925626 0.93295
13 11 -0.0504477 0
14 11 -0.035862 0
15 11 1.00148 1.00527
16 11 0.96728 1.00001
17 11 -0.00189197 0
e
0 12 0.947667 1
1 12 0.861044 1
2 12 0.873312 1
3 12 0.745325 1
4 12 0.806371 1
5 12 0.905978 1
6 12 0.707789 1.02015
7 12 0.946878 1.00704
8 12 -0.017951 -0.0177493
9 12 0.905059 1.01303
10 12 0.960996 1.00117
11 12 0.967598 1.06277
12 12 0.93295 1
13 12 0.969264 1.05045
14 12 0.98378 1.03586
15 12 -0.00526786 0
16 12 -5.512e-06 0
17 12 0.961396 1.00189
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.44223e-06:0.515628]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     2.53267e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 25.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin-then-futex cross-core", \
     4.54984e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 45.5 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.171876
1 0.00855424
2 0.00394513
3 0.00530289
4 0.00401764
5 0.00447094
6 0.00609022
7 0.00640682
8 0.00416916
9 0.00371729
10 0.00515394
11 0.00858351
12 0.00226848
13 0.00216571
14 0.00316683
15 0.00252409
16 0.00210581
17 0.00214489
e
unset multiplot
unset logscale y
set output
