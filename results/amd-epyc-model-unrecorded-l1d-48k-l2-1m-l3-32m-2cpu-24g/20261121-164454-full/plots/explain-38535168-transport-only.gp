# explain.py: explain-38535168-transport-only; data inline, run `gnuplot explain-38535168-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-133.177689:233.177689]
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
0 1 0 0.716264
5 1 0 0.383067
6 1 0 0.246284
8 1 0 0.589869
10 1 0 0.292243
11 1 0 0.194384
e
0 2 0.716264 0.90396
1 2 0 1.77752e-06
2 2 0 6.65631e-06
5 2 0.383067 0.573219
6 2 0.246284 0.489937
7 2 0 3.50612e-06
8 2 0.589869 0.882676
9 2 0 1.28106e-05
10 2 0.292243 0.43731
11 2 0.194384 0.290875
12 2 0 0.000207408
15 2 0 1.74095e-05
16 2 0 0.0100191
17 2 0 0.000232364
e
1 3 1.77752e-06 0.451878
e
0 4 0.90396 0.906447
1 4 0.451878 0.469785
2 4 6.65631e-06 0.11833
3 4 0 0.0420051
4 4 0 0.04123
5 4 0.573219 0.594089
6 4 0.489937 0.52994
7 4 3.50612e-06 0.0934915
8 4 0.882676 0.914813
9 4 1.28106e-05 0.113874
10 4 0.43731 0.469154
11 4 0.290875 0.301465
12 4 0.000207408 0.921938
13 4 0 0.549372
17 4 0.000232364 1.11364
e
3 5 0.0420051 0.719306
4 5 0.04123 0.706033
14 5 0 1.12834
e
0 6 0.906447 0.911905
1 6 0.469785 0.535694
2 6 0.11833 0.256246
3 6 0.719306 0.71937
4 6 0.706033 0.706052
5 6 0.594089 0.691393
6 6 0.52994 0.59211
7 6 0.0934915 0.166137
8 6 0.914813 1.01707
9 6 0.113874 0.295027
10 6 0.469154 0.555402
11 6 0.301465 0.335163
15 6 1.74095e-05 0.246202
e
7 7 0.166137 0.439513
11 7 0.335163 0.868504
e
0 8 0.911905 0.912222
1 8 0.535694 0.539174
2 8 0.256246 0.261256
3 8 0.71937 0.71958
4 8 0.706052 0.706175
5 8 0.691393 0.691495
6 8 0.59211 0.592305
7 8 0.439513 0.45014
8 8 1.01707 1.01747
9 8 0.295027 0.296047
10 8 0.555402 0.557655
11 8 0.868504 0.86862
12 8 0.921938 0.922418
13 8 0.549372 0.549658
14 8 1.12834 1.1285
15 8 0.246202 0.250089
16 8 0.0100191 0.0274259
17 8 1.11364 1.11404
e
0 9 0.912222 0.912636
1 9 0.539174 0.541654
2 9 0.261256 0.267447
3 9 0.71958 0.722092
4 9 0.706175 0.707408
5 9 0.691495 0.696799
6 9 0.592305 0.606259
7 9 0.45014 0.461088
8 9 1.01747 1.04966
9 9 0.296047 0.447544
10 9 0.557655 0.700471
11 9 0.86862 0.922608
12 9 0.922418 0.977537
13 9 0.549658 0.58251
14 9 1.1285 1.13268
15 9 0.250089 0.443248
16 9 0.0274259 1.35872
17 9 1.11404 1.14492
e
0 10 0.912636 0.956241
1 10 0.541654 0.893773
2 10 0.267447 0.865731
3 10 0.722092 0.741599
4 10 0.707408 0.726554
5 10 0.696799 0.970961
6 10 0.606259 1.01499
7 10 0.461088 0.899687
9 10 0.447544 1.08321
10 10 0.700471 0.925435
11 10 0.922608 1.04748
15 10 0.443248 0.973205
e
0 11 0.956241 0.956488
1 11 0.893773 0.895611
2 11 0.865731 0.866932
3 11 0.741599 0.75871
4 11 0.726554 0.728161
5 11 0.970961 0.971078
6 11 -3.81832e-05 0
7 11 0.899687 0.900051
8 11 -0.00168909 0
9 11 -0.00189632 0
10 11 -0.000114644 0
11 11 -0.00259747 0
12 11 -0.0119272 0
13 11 -0.0294982 0
14 11 -0.00125726 0
15 11 -0.000463735 0
16 11 1.35872 2.31178
17 11 1.14492 1.15038
e
0 12 0.956488 1
1 12 0.895611 1
2 12 0.866932 1
3 12 0.75871 1
4 12 0.728161 1
5 12 0.971078 1
6 12 -0.014989 -3.81832e-05
7 12 0.900051 1
8 12 -0.0496633 -0.00168909
9 12 -0.0832119 -0.00189632
10 12 0.925435 1.00011
11 12 -0.0474848 -0.00259747
12 12 0.977537 1.01193
13 12 0.58251 1.0295
14 12 -0.132683 -0.00125726
15 12 0.973205 1.00046
16 12 -1.31178 0
17 12 -0.150381 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.567e-05:17.6741]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00347715 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 3.48 ms:", \
     NaN with lines lc rgb 'white' title "  shm/copy cross-core", \
     0.00147821 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 1.48 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 5.89137
1 0.264976
2 0.0707599
3 0.0498307
4 0.0507675
5 0.100294
6 0.156973
7 0.134336
8 0.0651321
9 0.0367664
10 0.131464
11 0.197647
12 0.00227088
13 0.00381006
14 0.0299116
15 0.0270542
16 4.701e-05
17 0.00202699
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
set yrange [-133.177689:233.177689]
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
0 1 0 0.716264
5 1 0 0.383067
6 1 0 0.246284
8 1 0 0.589869
10 1 0 0.292243
11 1 0 0.194384
e
0 2 0.716264 0.90396
1 2 0 1.77752e-06
2 2 0 6.65631e-06
5 2 0.383067 0.573219
6 2 0.246284 0.489937
7 2 0 3.50612e-06
8 2 0.589869 0.882676
9 2 0 1.28106e-05
10 2 0.292243 0.43731
11 2 0.194384 0.290875
12 2 0 0.000207408
15 2 0 1.74095e-05
16 2 0 0.0100191
17 2 0 0.000232364
e
1 3 1.77752e-06 0.451878
e
0 4 0.90396 0.906447
1 4 0.451878 0.469785
2 4 6.65631e-06 0.11833
3 4 0 0.0420051
4 4 0 0.04123
5 4 0.573219 0.594089
6 4 0.489937 0.52994
7 4 3.50612e-06 0.0934915
8 4 0.882676 0.914813
9 4 1.28106e-05 0.113874
10 4 0.43731 0.469154
11 4 0.290875 0.301465
12 4 0.000207408 0.921938
13 4 0 0.549372
17 4 0.000232364 1.11364
e
3 5 0.0420051 0.719306
4 5 0.04123 0.706033
14 5 0 1.12834
e
0 6 0.906447 0.911905
1 6 0.469785 0.535694
2 6 0.11833 0.256246
3 6 0.719306 0.71937
4 6 0.706033 0.706052
5 6 0.594089 0.691393
6 6 0.52994 0.59211
7 6 0.0934915 0.166137
8 6 0.914813 1.01707
9 6 0.113874 0.295027
10 6 0.469154 0.555402
11 6 0.301465 0.335163
15 6 1.74095e-05 0.246202
e
7 7 0.166137 0.439513
11 7 0.335163 0.868504
e
0 8 0.911905 0.912222
1 8 0.535694 0.539174
2 8 0.256246 0.261256
3 8 0.71937 0.71958
4 8 0.706052 0.706175
5 8 0.691393 0.691495
6 8 0.59211 0.592305
7 8 0.439513 0.45014
8 8 1.01707 1.01747
9 8 0.295027 0.296047
10 8 0.555402 0.557655
11 8 0.868504 0.86862
12 8 0.921938 0.922418
13 8 0.549372 0.549658
14 8 1.12834 1.1285
15 8 0.246202 0.250089
16 8 0.0100191 0.0274259
17 8 1.11364 1.11404
e
0 9 0.912222 0.912636
1 9 0.539174 0.541654
2 9 0.261256 0.267447
3 9 0.71958 0.722092
4 9 0.706175 0.707408
5 9 0.691495 0.696799
6 9 0.592305 0.606259
7 9 0.45014 0.461088
8 9 1.01747 1.04966
9 9 0.296047 0.447544
10 9 0.557655 0.700471
11 9 0.86862 0.922608
12 9 0.922418 0.977537
13 9 0.549658 0.58251
14 9 1.1285 1.13268
15 9 0.250089 0.443248
16 9 0.0274259 1.35872
17 9 1.11404 1.14492
e
0 10 0.912636 0.956241
1 10 0.541654 0.893773
2 10 0.267447 0.865731
3 10 0.722092 0.741599
4 10 0.707408 0.726554
5 10 0.696799 0.970961
6 10 0.606259 1.01499
7 10 0.461088 0.899687
9 10 0.447544 1.08321
10 10 0.700471 0.925435
11 10 0.922608 1.04748
15 10 0.443248 0.973205
e
0 11 0.956241 0.956488
1 11 0.893773 0.895611
2 11 0.865731 0.866932
3 11 0.741599 0.75871
4 11 0.726554 0.728161
5 11 0.970961 0.971078
6 11 -3.81832e-05 0
7 11 0.899687 0.900051
8 11 -0.00168909 0
9 11 -0.00189632 0
10 11 -0.000114644 0
11 11 -0.00259747 0
12 11 -0.0119272 0
13 11 -0.0294982 0
14 11 -0.00125726 0
15 11 -0.000463735 0
16 11 1.35872 2.31178
17 11 1.14492 1.15038
e
0 12 0.956488 1
1 12 0.895611 1
2 12 0.866932 1
3 12 0.75871 1
4 12 0.728161 1
5 12 0.971078 1
6 12 -0.014989 -3.81832e-05
7 12 0.900051 1
8 12 -0.0496633 -0.00168909
9 12 -0.0832119 -0.00189632
10 12 0.925435 1.00011
11 12 -0.0474848 -0.00259747
12 12 0.977537 1.01193
13 12 0.58251 1.0295
14 12 -0.132683 -0.00125726
15 12 0.973205 1.00046
16 12 -1.31178 0
17 12 -0.150381 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.567e-05:17.6741]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00347715 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 3.48 ms:", \
     NaN with lines lc rgb 'white' title "  shm/copy cross-core", \
     0.00147821 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 1.48 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 5.89137
1 0.264976
2 0.0707599
3 0.0498307
4 0.0507675
5 0.100294
6 0.156973
7 0.134336
8 0.0651321
9 0.0367664
10 0.131464
11 0.197647
12 0.00227088
13 0.00381006
14 0.0299116
15 0.0270542
16 4.701e-05
17 0.00202699
e
unset multiplot
unset logscale y
set output
