# explain.py: explain-38535168-published; data inline, run `gnuplot explain-38535168-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-published.png"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-2.003024:102.003024]
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
0 0 0 0.00897188
1 0 0 0.149027
2 0 0 0.407108
3 0 0 0.516015
4 0 0 0.704507
5 0 0 0.396311
6 0 0 0.248765
7 0 0 0.29572
8 0 0 0.365367
9 0 0 0.584388
10 0 0 0.404988
11 0 0 0.281121
12 0 0 0.95492
13 0 0 0.951236
14 0 0 0.727177
15 0 0 0.539797
16 0 0 0.663068
17 0 0 0.552167
e
0 1 0.00897188 0.623446
5 1 0.396311 0.585386
6 1 0.248765 0.37553
8 1 0.365367 0.539679
10 1 0.404988 0.598202
11 1 0.281121 0.41524
e
0 2 0.623446 0.771002
1 2 0.149027 0.149028
2 2 0.407108 0.407111
5 2 0.585386 0.679777
6 2 0.37553 0.51028
7 2 0.29572 0.295722
8 2 0.539679 0.6267
9 2 0.584388 0.584392
10 2 0.598202 0.694659
11 2 0.41524 0.482196
12 2 0.95492 0.954926
15 2 0.539797 0.539801
16 2 0.663068 0.663073
17 2 0.552167 0.552171
e
1 3 0.149028 0.481912
e
0 4 0.771002 0.773967
1 4 0.481912 0.495264
2 4 0.407111 0.455579
3 4 0.516015 0.531373
4 4 0.704507 0.725475
5 4 0.679777 0.691573
6 4 0.51028 0.532493
7 4 0.295722 0.348532
8 4 0.6267 0.637575
9 4 0.584392 0.619179
10 4 0.694659 0.718767
11 4 0.482196 0.490563
12 4 0.954926 0.983348
13 4 0.951236 0.979549
16 4 0.663073 0.682808
17 4 0.552171 0.580509
e
3 5 0.531373 0.716989
4 5 0.725475 0.978894
14 5 0.727177 0.98875
e
0 6 0.773967 0.7767
1 6 0.495264 0.519923
2 6 0.455579 0.503945
3 6 0.716989 0.717016
4 6 0.978894 0.978925
5 6 0.691573 0.738656
6 6 0.532493 0.562047
7 6 0.348532 0.383665
8 6 0.637575 0.670251
9 6 0.619179 0.671444
10 6 0.718767 0.813373
11 6 0.490563 0.515705
15 6 0.539801 0.588077
e
7 7 0.383665 0.465879
11 7 0.515705 0.834281
e
0 8 0.7767 0.776845
1 8 0.519923 0.521111
2 8 0.503945 0.505147
3 8 0.717016 0.717024
4 8 0.978925 0.97893
5 8 0.738656 0.738679
6 8 0.562047 0.562149
7 8 0.465879 0.469539
8 8 0.670251 0.670308
9 8 0.671444 0.671553
10 8 0.813373 0.814407
11 8 0.834281 0.834317
12 8 -1.13175e-06 0
15 8 0.588077 0.588522
e
0 9 0.776845 0.776895
1 9 0.521111 0.521273
2 9 0.505147 0.505192
3 9 -6.12796e-06 0
4 9 0.97893 0.978941
5 9 0.738679 0.738948
6 9 0.562149 0.563172
7 9 0.469539 0.470024
8 9 0.670308 0.671276
9 9 0.671553 0.673288
10 9 0.814407 0.825764
11 9 0.834317 0.837777
12 9 0.983348 0.983383
13 9 0.979549 0.979639
14 9 0.98875 0.988751
15 9 0.588522 0.592347
16 9 -3.02373e-05 0
17 9 0.580509 0.580535
e
0 10 0.776895 0.799056
1 10 0.521273 0.648521
2 10 0.505192 0.761523
3 10 0.717024 0.721711
4 10 0.978941 0.990898
5 10 0.738948 0.84525
6 10 0.563172 0.717181
7 10 0.470024 0.635406
8 10 -4.5139e-07 0
9 10 0.673288 0.725428
10 10 0.825764 0.941152
11 10 0.837777 0.919116
12 10 -2.01656e-06 -1.13175e-06
13 10 -8.81397e-07 0
14 10 -8.98384e-07 0
15 10 0.592347 0.669022
e
0 11 0.799056 0.7992
1 11 0.648521 0.650549
2 11 0.761523 0.761965
3 11 0.721711 0.731414
4 11 0.990898 0.99217
5 11 0.84525 0.845352
6 11 0.717181 0.717796
7 11 0.635406 0.636132
8 11 0.671276 0.671412
9 11 0.725428 0.72557
10 11 0.941152 0.941368
11 11 0.919116 0.919291
12 11 0.983383 0.983693
13 11 0.979639 0.979935
14 11 0.988751 0.989189
15 11 0.669022 0.669374
16 11 0.682808 0.682977
17 11 0.580535 0.58071
e
0 12 0.7992 1
1 12 0.650549 1
2 12 0.761965 1
3 12 0.731414 1.00001
4 12 0.99217 1
5 12 0.845352 1
6 12 0.717796 1
7 12 0.636132 1
8 12 0.671412 1
9 12 0.72557 1
10 12 0.941368 1
11 12 0.919291 1
12 12 0.983693 1
13 12 0.979935 1
14 12 0.989189 1
15 12 0.669374 1
16 12 0.682977 1.00003
17 12 0.58071 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.00120977:32.5053]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.0036293 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 3.63 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream unpinned", \
     0.00493919 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 4.94 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 10.8351
1 0.652308
2 0.238785
3 0.188389
4 0.137985
5 0.245291
6 0.390776
7 0.328728
8 0.266065
9 0.166347
10 0.240035
11 0.345799
12 0.101801
13 0.102195
14 0.133683
15 0.180089
16 0.146608
17 0.176054
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-published.svg"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-2.003024:102.003024]
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
0 0 0 0.00897188
1 0 0 0.149027
2 0 0 0.407108
3 0 0 0.516015
4 0 0 0.704507
5 0 0 0.396311
6 0 0 0.248765
7 0 0 0.29572
8 0 0 0.365367
9 0 0 0.584388
10 0 0 0.404988
11 0 0 0.281121
12 0 0 0.95492
13 0 0 0.951236
14 0 0 0.727177
15 0 0 0.539797
16 0 0 0.663068
17 0 0 0.552167
e
0 1 0.00897188 0.623446
5 1 0.396311 0.585386
6 1 0.248765 0.37553
8 1 0.365367 0.539679
10 1 0.404988 0.598202
11 1 0.281121 0.41524
e
0 2 0.623446 0.771002
1 2 0.149027 0.149028
2 2 0.407108 0.407111
5 2 0.585386 0.679777
6 2 0.37553 0.51028
7 2 0.29572 0.295722
8 2 0.539679 0.6267
9 2 0.584388 0.584392
10 2 0.598202 0.694659
11 2 0.41524 0.482196
12 2 0.95492 0.954926
15 2 0.539797 0.539801
16 2 0.663068 0.663073
17 2 0.552167 0.552171
e
1 3 0.149028 0.481912
e
0 4 0.771002 0.773967
1 4 0.481912 0.495264
2 4 0.407111 0.455579
3 4 0.516015 0.531373
4 4 0.704507 0.725475
5 4 0.679777 0.691573
6 4 0.51028 0.532493
7 4 0.295722 0.348532
8 4 0.6267 0.637575
9 4 0.584392 0.619179
10 4 0.694659 0.718767
11 4 0.482196 0.490563
12 4 0.954926 0.983348
13 4 0.951236 0.979549
16 4 0.663073 0.682808
17 4 0.552171 0.580509
e
3 5 0.531373 0.716989
4 5 0.725475 0.978894
14 5 0.727177 0.98875
e
0 6 0.773967 0.7767
1 6 0.495264 0.519923
2 6 0.455579 0.503945
3 6 0.716989 0.717016
4 6 0.978894 0.978925
5 6 0.691573 0.738656
6 6 0.532493 0.562047
7 6 0.348532 0.383665
8 6 0.637575 0.670251
9 6 0.619179 0.671444
10 6 0.718767 0.813373
11 6 0.490563 0.515705
15 6 0.539801 0.588077
e
7 7 0.383665 0.465879
11 7 0.515705 0.834281
e
0 8 0.7767 0.776845
1 8 0.519923 0.521111
2 8 0.503945 0.505147
3 8 0.717016 0.717024
4 8 0.978925 0.97893
5 8 0.738656 0.738679
6 8 0.562047 0.562149
7 8 0.465879 0.469539
8 8 0.670251 0.670308
9 8 0.671444 0.671553
10 8 0.813373 0.814407
11 8 0.834281 0.834317
12 8 -1.13175e-06 0
15 8 0.588077 0.588522
e
0 9 0.776845 0.776895
1 9 0.521111 0.521273
2 9 0.505147 0.505192
3 9 -6.12796e-06 0
4 9 0.97893 0.978941
5 9 0.738679 0.738948
6 9 0.562149 0.563172
7 9 0.469539 0.470024
8 9 0.670308 0.671276
9 9 0.671553 0.673288
10 9 0.814407 0.825764
11 9 0.834317 0.837777
12 9 0.983348 0.983383
13 9 0.979549 0.979639
14 9 0.98875 0.988751
15 9 0.588522 0.592347
16 9 -3.02373e-05 0
17 9 0.580509 0.580535
e
0 10 0.776895 0.799056
1 10 0.521273 0.648521
2 10 0.505192 0.761523
3 10 0.717024 0.721711
4 10 0.978941 0.990898
5 10 0.738948 0.84525
6 10 0.563172 0.717181
7 10 0.470024 0.635406
8 10 -4.5139e-07 0
9 10 0.673288 0.725428
10 10 0.825764 0.941152
11 10 0.837777 0.919116
12 10 -2.01656e-06 -1.13175e-06
13 10 -8.81397e-07 0
14 10 -8.98384e-07 0
15 10 0.592347 0.669022
e
0 11 0.799056 0.7992
1 11 0.648521 0.650549
2 11 0.761523 0.761965
3 11 0.721711 0.731414
4 11 0.990898 0.99217
5 11 0.84525 0.845352
6 11 0.717181 0.717796
7 11 0.635406 0.636132
8 11 0.671276 0.671412
9 11 0.725428 0.72557
10 11 0.941152 0.941368
11 11 0.919116 0.919291
12 11 0.983383 0.983693
13 11 0.979639 0.979935
14 11 0.988751 0.989189
15 11 0.669022 0.669374
16 11 0.682808 0.682977
17 11 0.580535 0.58071
e
0 12 0.7992 1
1 12 0.650549 1
2 12 0.761965 1
3 12 0.731414 1.00001
4 12 0.99217 1
5 12 0.845352 1
6 12 0.717796 1
7 12 0.636132 1
8 12 0.671412 1
9 12 0.72557 1
10 12 0.941368 1
11 12 0.919291 1
12 12 0.983693 1
13 12 0.979935 1
14 12 0.989189 1
15 12 0.669374 1
16 12 0.682977 1.00003
17 12 0.58071 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.00120977:32.5053]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.0036293 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 3.63 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream unpinned", \
     0.00493919 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 4.94 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 10.8351
1 0.652308
2 0.238785
3 0.188389
4 0.137985
5 0.245291
6 0.390776
7 0.328728
8 0.266065
9 0.166347
10 0.240035
11 0.345799
12 0.101801
13 0.102195
14 0.133683
15 0.180089
16 0.146608
17 0.176054
e
unset multiplot
unset logscale y
set output
