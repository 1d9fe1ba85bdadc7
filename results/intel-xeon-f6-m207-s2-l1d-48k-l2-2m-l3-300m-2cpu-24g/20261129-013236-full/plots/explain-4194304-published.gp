# explain.py: explain-4194304-published; data inline, run `gnuplot explain-4194304-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-published.png"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-2.008978:102.008978]
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
0 0 0 0.00667856
1 0 0 0.157795
2 0 0 0.490423
3 0 0 0.592767
4 0 0 0.48066
5 0 0 0.344214
6 0 0 0.334395
7 0 0 0.262474
8 0 0 0.456659
9 0 0 0.583511
10 0 0 0.369348
11 0 0 0.309984
12 0 0 0.872903
13 0 0 0.59624
14 0 0 0.531824
15 0 0 0.606167
16 0 0 0.540474
17 0 0 0.538194
e
0 1 0.00667856 0.50162
5 1 0.344214 0.370137
6 1 0.334395 0.359083
8 1 0.456659 0.49105
10 1 0.369348 0.397164
11 1 0.309984 0.333329
e
0 2 0.50162 0.628688
1 2 0.157795 0.157806
2 2 0.490423 0.490455
5 2 0.370137 0.383048
6 2 0.359083 0.383699
7 2 0.262474 0.262491
8 2 0.49105 0.508178
9 2 0.583511 0.58355
10 2 0.397164 0.411017
11 2 0.333329 0.344956
12 2 0.872903 0.87296
15 2 0.606167 0.606207
16 2 0.540474 0.540509
17 2 0.538194 0.538229
e
1 3 0.157806 0.477719
e
0 4 0.628688 0.630427
1 4 0.477719 0.490276
2 4 0.490455 0.557354
3 4 0.592767 0.612982
4 4 0.48066 0.497052
5 4 0.383048 0.394786
6 4 0.383699 0.417911
7 4 0.262491 0.316198
8 4 0.508178 0.523751
9 4 0.58355 0.623349
10 4 0.411017 0.436208
11 4 0.344956 0.355527
12 4 0.87296 0.902729
13 4 0.59624 0.616573
16 4 0.540509 0.558941
17 4 0.538229 0.565685
e
3 5 0.612982 0.75845
4 5 0.497052 0.615009
14 5 0.531824 0.662337
e
0 6 0.630427 0.632129
1 6 0.490276 0.510855
2 6 0.557354 0.605321
3 6 0.75845 0.758777
4 6 0.615009 0.61523
5 6 0.394786 0.428454
6 6 0.417911 0.450618
7 6 0.316198 0.341869
8 6 0.523751 0.559371
9 6 0.623349 0.668862
10 6 0.436208 0.5067
11 6 0.355527 0.379706
15 6 0.606207 0.653488
e
7 7 0.341869 0.446634
11 7 0.379706 0.674021
e
0 8 0.632129 0.63225
1 8 0.510855 0.51232
2 8 0.605321 0.606945
3 8 0.758777 0.758785
4 8 0.61523 0.615236
5 8 0.428454 0.428493
6 8 0.450618 0.450774
7 8 0.446634 0.450429
8 8 0.559371 0.55952
9 8 0.668862 0.669009
10 8 0.5067 0.507035
11 8 0.674021 0.674135
13 8 -1.50204e-05 0
15 8 0.653488 0.654198
e
0 9 0.63225 0.632287
1 9 0.51232 0.512352
2 9 0.606945 0.607148
3 9 -8.97766e-05 0
4 9 -2.42659e-05 0
5 9 0.428493 0.428854
6 9 0.450774 0.451535
7 9 0.450429 0.450585
8 9 0.55952 0.561717
9 9 0.669009 0.673729
10 9 0.507035 0.522841
11 9 0.674135 0.677022
12 9 0.902729 0.903055
13 9 0.616573 0.617169
14 9 0.662337 0.662369
15 9 0.654198 0.65997
16 9 0.558941 0.558947
17 9 0.565685 0.56593
e
0 10 0.632287 0.64269
1 10 0.512352 0.562326
2 10 0.607148 0.722065
3 10 0.758785 0.763193
4 10 0.615236 0.618811
5 10 0.428854 0.534918
6 10 0.451535 0.622586
7 10 0.450585 0.577547
8 10 0.561717 0.748602
9 10 0.673729 0.695747
10 10 0.522841 0.727554
11 10 0.677022 0.797858
12 10 -6.08702e-06 0
13 10 -1.77922e-05 -1.50204e-05
14 10 -4.94476e-06 0
15 10 -1.409e-06 0
e
0 11 0.64269 0.643826
1 11 0.562326 0.585149
2 11 0.722065 0.727726
3 11 0.763193 0.881648
4 11 0.618811 0.62804
5 11 0.534918 0.535864
6 11 0.622586 0.631377
7 11 0.577547 0.584395
8 11 0.748602 0.750415
9 11 0.695747 0.697254
10 11 0.727554 0.729645
11 11 0.797858 0.799913
12 11 0.903055 0.906064
13 11 0.617169 0.619139
14 11 0.662369 0.665775
15 11 0.65997 0.664175
16 11 0.558947 0.560411
17 11 0.56593 0.567752
e
0 12 0.643826 1
1 12 0.585149 1
2 12 0.727726 1
3 12 0.881648 1.00009
4 12 0.62804 1.00002
5 12 0.535864 1
6 12 0.631377 1
7 12 0.584395 1
8 12 0.750415 1
9 12 0.697254 1
10 12 0.729645 1
11 12 0.799913 1
12 12 0.906064 1.00001
13 12 0.619139 1.00002
14 12 0.665775 1
15 12 0.664175 1
16 12 0.560411 1
17 12 0.567752 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.000106607:4.10876]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000319822 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 319.8 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     0.000355654 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 355.7 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 1.36959
1 0.0579666
2 0.018651
3 0.0154308
4 0.0190298
5 0.0265732
6 0.0273535
7 0.0348487
8 0.02003
9 0.0156756
10 0.0247649
11 0.0295075
12 0.0104787
13 0.0153409
14 0.017199
15 0.0150897
16 0.0169238
17 0.0169955
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
set yrange [-2.008978:102.008978]
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
0 0 0 0.00667856
1 0 0 0.157795
2 0 0 0.490423
3 0 0 0.592767
4 0 0 0.48066
5 0 0 0.344214
6 0 0 0.334395
7 0 0 0.262474
8 0 0 0.456659
9 0 0 0.583511
10 0 0 0.369348
11 0 0 0.309984
12 0 0 0.872903
13 0 0 0.59624
14 0 0 0.531824
15 0 0 0.606167
16 0 0 0.540474
17 0 0 0.538194
e
0 1 0.00667856 0.50162
5 1 0.344214 0.370137
6 1 0.334395 0.359083
8 1 0.456659 0.49105
10 1 0.369348 0.397164
11 1 0.309984 0.333329
e
0 2 0.50162 0.628688
1 2 0.157795 0.157806
2 2 0.490423 0.490455
5 2 0.370137 0.383048
6 2 0.359083 0.383699
7 2 0.262474 0.262491
8 2 0.49105 0.508178
9 2 0.583511 0.58355
10 2 0.397164 0.411017
11 2 0.333329 0.344956
12 2 0.872903 0.87296
15 2 0.606167 0.606207
16 2 0.540474 0.540509
17 2 0.538194 0.538229
e
1 3 0.157806 0.477719
e
0 4 0.628688 0.630427
1 4 0.477719 0.490276
2 4 0.490455 0.557354
3 4 0.592767 0.612982
4 4 0.48066 0.497052
5 4 0.383048 0.394786
6 4 0.383699 0.417911
7 4 0.262491 0.316198
8 4 0.508178 0.523751
9 4 0.58355 0.623349
10 4 0.411017 0.436208
11 4 0.344956 0.355527
12 4 0.87296 0.902729
13 4 0.59624 0.616573
16 4 0.540509 0.558941
17 4 0.538229 0.565685
e
3 5 0.612982 0.75845
4 5 0.497052 0.615009
14 5 0.531824 0.662337
e
0 6 0.630427 0.632129
1 6 0.490276 0.510855
2 6 0.557354 0.605321
3 6 0.75845 0.758777
4 6 0.615009 0.61523
5 6 0.394786 0.428454
6 6 0.417911 0.450618
7 6 0.316198 0.341869
8 6 0.523751 0.559371
9 6 0.623349 0.668862
10 6 0.436208 0.5067
11 6 0.355527 0.379706
15 6 0.606207 0.653488
e
7 7 0.341869 0.446634
11 7 0.379706 0.674021
e
0 8 0.632129 0.63225
1 8 0.510855 0.51232
2 8 0.605321 0.606945
3 8 0.758777 0.758785
4 8 0.61523 0.615236
5 8 0.428454 0.428493
6 8 0.450618 0.450774
7 8 0.446634 0.450429
8 8 0.559371 0.55952
9 8 0.668862 0.669009
10 8 0.5067 0.507035
11 8 0.674021 0.674135
13 8 -1.50204e-05 0
15 8 0.653488 0.654198
e
0 9 0.63225 0.632287
1 9 0.51232 0.512352
2 9 0.606945 0.607148
3 9 -8.97766e-05 0
4 9 -2.42659e-05 0
5 9 0.428493 0.428854
6 9 0.450774 0.451535
7 9 0.450429 0.450585
8 9 0.55952 0.561717
9 9 0.669009 0.673729
10 9 0.507035 0.522841
11 9 0.674135 0.677022
12 9 0.902729 0.903055
13 9 0.616573 0.617169
14 9 0.662337 0.662369
15 9 0.654198 0.65997
16 9 0.558941 0.558947
17 9 0.565685 0.56593
e
0 10 0.632287 0.64269
1 10 0.512352 0.562326
2 10 0.607148 0.722065
3 10 0.758785 0.763193
4 10 0.615236 0.618811
5 10 0.428854 0.534918
6 10 0.451535 0.622586
7 10 0.450585 0.577547
8 10 0.561717 0.748602
9 10 0.673729 0.695747
10 10 0.522841 0.727554
11 10 0.677022 0.797858
12 10 -6.08702e-06 0
13 10 -1.77922e-05 -1.50204e-05
14 10 -4.94476e-06 0
15 10 -1.409e-06 0
e
0 11 0.64269 0.643826
1 11 0.562326 0.585149
2 11 0.722065 0.727726
3 11 0.763193 0.881648
4 11 0.618811 0.62804
5 11 0.534918 0.535864
6 11 0.622586 0.631377
7 11 0.577547 0.584395
8 11 0.748602 0.750415
9 11 0.695747 0.697254
10 11 0.727554 0.729645
11 11 0.797858 0.799913
12 11 0.903055 0.906064
13 11 0.617169 0.619139
14 11 0.662369 0.665775
15 11 0.65997 0.664175
16 11 0.558947 0.560411
17 11 0.56593 0.567752
e
0 12 0.643826 1
1 12 0.585149 1
2 12 0.727726 1
3 12 0.881648 1.00009
4 12 0.62804 1.00002
5 12 0.535864 1
6 12 0.631377 1
7 12 0.584395 1
8 12 0.750415 1
9 12 0.697254 1
10 12 0.729645 1
11 12 0.799913 1
12 12 0.906064 1.00001
13 12 0.619139 1.00002
14 12 0.665775 1
15 12 0.664175 1
16 12 0.560411 1
17 12 0.567752 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.000106607:4.10876]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000319822 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 319.8 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     0.000355654 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 355.7 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 1.36959
1 0.0579666
2 0.018651
3 0.0154308
4 0.0190298
5 0.0265732
6 0.0273535
7 0.0348487
8 0.02003
9 0.0156756
10 0.0247649
11 0.0295075
12 0.0104787
13 0.0153409
14 0.017199
15 0.0150897
16 0.0169238
17 0.0169955
e
unset multiplot
unset logscale y
set output
