# explain.py: explain-1204224-transport-only; data inline, run `gnuplot explain-1204224-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-22.188015:122.188015]
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
0 1 0 0.806431
5 1 0 0.0771041
6 1 0 0.0455277
8 1 0 0.0714324
10 1 0 0.0601375
11 1 0 0.0340123
e
0 2 0.806431 0.993563
1 2 0 0.0001048
2 2 0 0.00141676
5 2 0.0771041 0.115343
6 2 0.0455277 0.0878172
7 2 0 0.00018434
8 2 0.0714324 0.106858
9 2 0 0.000872886
10 2 0.0601375 0.0899618
11 2 0.0340123 0.0508802
12 2 0 0.00783409
15 2 0 0.00251453
16 2 0 0.0479229
17 2 0 0.0134021
e
1 3 0.0001048 0.727782
e
0 4 0.993563 0.995329
1 4 0.727782 0.743289
2 4 0.00141676 0.360743
3 4 0 0.0278256
4 4 0 0.0407244
5 4 0.115343 0.142692
6 4 0.0878172 0.13785
7 4 0.00018434 0.0703143
8 4 0.106858 0.132195
9 4 0.000872886 0.111566
10 4 0.0899618 0.132623
11 4 0.0508802 0.0629443
12 4 0.00783409 0.504565
13 4 0 0.634533
17 4 0.0134021 0.782399
e
3 5 0.0278256 0.411995
4 5 0.0407244 0.602978
14 5 0 0.802556
e
0 6 0.995329 0.996995
1 6 0.743289 0.772209
2 6 0.360743 0.65392
3 6 0.411995 0.414063
4 6 0.602978 0.604514
5 6 0.142692 0.231961
6 6 0.13785 0.192283
7 6 0.0703143 0.10846
8 6 0.132195 0.21608
9 6 0.111566 0.294804
10 6 0.132623 0.281178
11 6 0.0629443 0.102886
15 6 0.00251453 0.53037
e
7 7 0.10846 0.289542
11 7 0.102886 0.592345
e
0 8 0.996995 0.997117
1 8 0.772209 0.774351
2 8 0.65392 0.66463
3 8 0.414063 0.414287
4 8 -6.56114e-05 0
5 8 0.231961 0.23249
6 8 0.192283 0.19231
7 8 0.289542 0.295757
8 8 0.21608 0.216692
9 8 0.294804 0.29516
10 8 0.281178 0.281899
11 8 0.592345 0.592617
15 8 0.53037 0.539874
17 8 0.782399 0.783768
e
0 9 -3.04391e-07 0
1 9 0.774351 0.774411
2 9 0.66463 0.664777
3 9 0.414287 0.414607
4 9 0.604514 0.604581
5 9 0.23249 0.236172
6 9 0.19231 0.193049
7 9 0.295757 0.295958
8 9 0.216692 0.222808
9 9 0.29516 0.313608
10 9 0.281899 0.32081
11 9 0.592617 0.59846
13 9 -0.00937661 0
14 9 0.802556 0.811719
15 9 0.539874 0.721026
16 9 0.0479229 0.29239
17 9 0.783768 0.852136
e
0 10 0.997117 1.00234
1 10 0.774411 0.888655
3 10 0.414607 0.42507
4 10 0.604581 0.619895
5 10 0.236172 0.803248
6 10 0.193049 0.637989
7 10 0.295958 0.580419
8 10 0.222808 0.888667
9 10 0.313608 0.988321
10 10 0.32081 0.904991
11 10 0.59846 0.891194
12 10 -0.000207537 0
13 10 -0.00964172 -0.00937661
14 10 -2.42869e-05 0
e
0 11 1.00234 1.00622
1 11 0.888655 1.04215
2 11 0.664777 0.785177
3 11 0.42507 1.15863
4 11 0.619895 0.765768
5 11 0.803248 0.81566
6 11 0.637989 0.687902
7 11 0.580419 0.629177
8 11 0.888667 0.903433
9 11 0.988321 1.01058
10 11 0.904991 0.925735
11 11 0.891194 0.907414
12 11 0.504565 0.772003
13 11 0.634533 1.00365
14 11 0.811719 0.84632
15 11 0.721026 0.909132
16 11 0.29239 1.20188
17 11 0.852136 1.15197
e
0 12 -0.00621826 -3.04391e-07
1 12 -0.04215 0
2 12 0.785177 1
3 12 -0.158627 0
4 12 0.765768 1.00007
5 12 0.81566 1
6 12 0.687902 1
7 12 0.629177 1
8 12 0.903433 1
9 12 -0.01058 0
10 12 0.925735 1
11 12 0.907414 1
12 12 0.772003 1.00021
13 12 1.00365 1.00964
14 12 0.84632 1.00002
15 12 0.909132 1
16 12 -0.20188 0
17 12 -0.151968 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.43367e-06:1.24409]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     8.3339e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 83.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout cross-core", \
     8.841e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 88.4 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.414697
1 0.0115697
2 0.000855825
3 0.00276292
4 0.00188781
5 0.00281108
6 0.00460979
7 0.0065775
8 0.00303428
9 0.00138907
10 0.00360418
11 0.00637258
12 0.000154772
13 0.00012116
14 0.00132256
15 0.000482196
16 2.5301e-05
17 9.04705e-05
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-transport-only.svg"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-22.188015:122.188015]
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
0 1 0 0.806431
5 1 0 0.0771041
6 1 0 0.0455277
8 1 0 0.0714324
10 1 0 0.0601375
11 1 0 0.0340123
e
0 2 0.806431 0.993563
1 2 0 0.0001048
2 2 0 0.00141676
5 2 0.0771041 0.115343
6 2 0.0455277 0.0878172
7 2 0 0.00018434
8 2 0.0714324 0.106858
9 2 0 0.000872886
10 2 0.0601375 0.0899618
11 2 0.0340123 0.0508802
12 2 0 0.00783409
15 2 0 0.00251453
16 2 0 0.0479229
17 2 0 0.0134021
e
1 3 0.0001048 0.727782
e
0 4 0.993563 0.995329
1 4 0.727782 0.743289
2 4 0.00141676 0.360743
3 4 0 0.0278256
4 4 0 0.0407244
5 4 0.115343 0.142692
6 4 0.0878172 0.13785
7 4 0.00018434 0.0703143
8 4 0.106858 0.132195
9 4 0.000872886 0.111566
10 4 0.0899618 0.132623
11 4 0.0508802 0.0629443
12 4 0.00783409 0.504565
13 4 0 0.634533
17 4 0.0134021 0.782399
e
3 5 0.0278256 0.411995
4 5 0.0407244 0.602978
14 5 0 0.802556
e
0 6 0.995329 0.996995
1 6 0.743289 0.772209
2 6 0.360743 0.65392
3 6 0.411995 0.414063
4 6 0.602978 0.604514
5 6 0.142692 0.231961
6 6 0.13785 0.192283
7 6 0.0703143 0.10846
8 6 0.132195 0.21608
9 6 0.111566 0.294804
10 6 0.132623 0.281178
11 6 0.0629443 0.102886
15 6 0.00251453 0.53037
e
7 7 0.10846 0.289542
11 7 0.102886 0.592345
e
0 8 0.996995 0.997117
1 8 0.772209 0.774351
2 8 0.65392 0.66463
3 8 0.414063 0.414287
4 8 -6.56114e-05 0
5 8 0.231961 0.23249
6 8 0.192283 0.19231
7 8 0.289542 0.295757
8 8 0.21608 0.216692
9 8 0.294804 0.29516
10 8 0.281178 0.281899
11 8 0.592345 0.592617
15 8 0.53037 0.539874
17 8 0.782399 0.783768
e
0 9 -3.04391e-07 0
1 9 0.774351 0.774411
2 9 0.66463 0.664777
3 9 0.414287 0.414607
4 9 0.604514 0.604581
5 9 0.23249 0.236172
6 9 0.19231 0.193049
7 9 0.295757 0.295958
8 9 0.216692 0.222808
9 9 0.29516 0.313608
10 9 0.281899 0.32081
11 9 0.592617 0.59846
13 9 -0.00937661 0
14 9 0.802556 0.811719
15 9 0.539874 0.721026
16 9 0.0479229 0.29239
17 9 0.783768 0.852136
e
0 10 0.997117 1.00234
1 10 0.774411 0.888655
3 10 0.414607 0.42507
4 10 0.604581 0.619895
5 10 0.236172 0.803248
6 10 0.193049 0.637989
7 10 0.295958 0.580419
8 10 0.222808 0.888667
9 10 0.313608 0.988321
10 10 0.32081 0.904991
11 10 0.59846 0.891194
12 10 -0.000207537 0
13 10 -0.00964172 -0.00937661
14 10 -2.42869e-05 0
e
0 11 1.00234 1.00622
1 11 0.888655 1.04215
2 11 0.664777 0.785177
3 11 0.42507 1.15863
4 11 0.619895 0.765768
5 11 0.803248 0.81566
6 11 0.637989 0.687902
7 11 0.580419 0.629177
8 11 0.888667 0.903433
9 11 0.988321 1.01058
10 11 0.904991 0.925735
11 11 0.891194 0.907414
12 11 0.504565 0.772003
13 11 0.634533 1.00365
14 11 0.811719 0.84632
15 11 0.721026 0.909132
16 11 0.29239 1.20188
17 11 0.852136 1.15197
e
0 12 -0.00621826 -3.04391e-07
1 12 -0.04215 0
2 12 0.785177 1
3 12 -0.158627 0
4 12 0.765768 1.00007
5 12 0.81566 1
6 12 0.687902 1
7 12 0.629177 1
8 12 0.903433 1
9 12 -0.01058 0
10 12 0.925735 1
11 12 0.907414 1
12 12 0.772003 1.00021
13 12 1.00365 1.00964
14 12 0.84632 1.00002
15 12 0.909132 1
16 12 -0.20188 0
17 12 -0.151968 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.43367e-06:1.24409]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     8.3339e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 83.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout cross-core", \
     8.841e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 88.4 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.414697
1 0.0115697
2 0.000855825
3 0.00276292
4 0.00188781
5 0.00281108
6 0.00460979
7 0.0065775
8 0.00303428
9 0.00138907
10 0.00360418
11 0.00637258
12 0.000154772
13 0.00012116
14 0.00132256
15 0.000482196
16 2.5301e-05
17 9.04705e-05
e
unset multiplot
unset logscale y
set output
