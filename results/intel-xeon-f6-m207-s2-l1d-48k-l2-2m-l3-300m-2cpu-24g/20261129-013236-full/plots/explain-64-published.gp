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
0 0 0 0.00089442
1 0 0 0.00106613
2 0 0 0.0124948
3 0 0 0.000761459
4 0 0 0.00667795
5 0 0 0.0323157
6 0 0 0.00574961
7 0 0 0.00316879
8 0 0 0.0270275
9 0 0 0.0522705
10 0 0 0.0209873
11 0 0 0.00920981
12 0 0 0.0417266
13 0 0 0.0449065
14 0 0 0.0154635
15 0 0 0.0212033
16 0 0 0.052036
17 0 0 0.0411556
e
0 1 0.00089442 0.0122925
5 1 0.0323157 0.217193
6 1 0.00574961 0.00946805
8 1 0.0270275 0.181651
10 1 0.0209873 0.141055
11 1 0.00920981 0.0618989
e
0 2 0.0122925 0.0161653
1 2 0.00106613 0.00188541
2 2 0.0124948 0.0220968
5 2 0.217193 0.345659
6 2 0.00946805 0.0158812
7 2 0.00316879 0.00560392
8 2 0.181651 0.289096
9 2 0.0522705 0.092439
10 2 0.141055 0.224488
11 2 0.0618989 0.0985113
12 2 0.0417266 0.0737924
15 2 0.0212033 0.0374974
16 2 0.052036 0.0920243
17 2 0.0411556 0.0727826
e
1 3 0.00188541 0.00300293
e
0 4 0.0161653 0.0161895
1 4 0.00300293 0.00301498
2 4 0.0220968 0.0222685
3 4 0.000761459 0.000764074
4 4 0.00667795 0.00670088
5 4 0.345659 0.34577
6 4 0.0158812 0.0159405
7 4 0.00560392 0.00566923
8 4 0.289096 0.289189
9 4 0.092439 0.0927981
10 4 0.224488 0.224632
11 4 0.0985113 0.0985429
12 4 0.0737924 0.0739357
13 4 0.0449065 0.0450608
16 4 0.0920243 0.092203
17 4 0.0727826 0.103291
e
3 5 0.000764074 0.0178554
4 5 0.00670088 0.15659
14 5 0.0154635 0.362548
e
0 6 0.0161895 0.020427
1 6 0.00301498 0.00741557
2 6 0.0222685 0.0715692
3 6 0.0178554 0.0205184
4 6 0.15659 0.17465
5 6 0.34577 0.428563
6 6 0.0159405 0.0270468
7 6 0.00566923 0.0146602
8 6 0.289189 0.309191
9 6 0.0927981 0.131481
10 6 0.224632 0.235121
11 6 0.0985429 0.105359
15 6 0.0374974 0.0531891
e
7 7 0.0146602 0.467872
11 7 0.105359 0.607039
e
0 12 0.020427 1
1 12 0.00741557 1
2 12 0.0715692 1
3 12 0.0205184 1
4 12 0.17465 1
5 12 0.428563 1
6 12 0.0270468 1
7 12 0.467872 1
8 12 0.309191 1
9 12 0.131481 1
10 12 0.235121 1
11 12 0.607039 1
12 12 0.0739357 1
13 12 0.0450608 1
14 12 0.362548 1
15 12 0.0531891 1
16 12 0.092203 1
17 12 0.103291 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.29988e-08:0.00559847]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     3.89963e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 39 ns:", \
     NaN with lines lc rgb 'white' title "  shm/spin same-cpu", \
     2.30811e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 231 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.00158874
1 0.00133286
2 0.000113727
3 0.00186615
4 0.00021279
5 4.39725e-05
6 0.000247147
7 0.000448436
8 5.2576e-05
9 2.71855e-05
10 6.77075e-05
11 0.000154292
12 3.4055e-05
13 3.16435e-05
14 9.1894e-05
15 6.7018e-05
16 2.7308e-05
17 3.45275e-05
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
0 0 0 0.00089442
1 0 0 0.00106613
2 0 0 0.0124948
3 0 0 0.000761459
4 0 0 0.00667795
5 0 0 0.0323157
6 0 0 0.00574961
7 0 0 0.00316879
8 0 0 0.0270275
9 0 0 0.0522705
10 0 0 0.0209873
11 0 0 0.00920981
12 0 0 0.0417266
13 0 0 0.0449065
14 0 0 0.0154635
15 0 0 0.0212033
16 0 0 0.052036
17 0 0 0.0411556
e
0 1 0.00089442 0.0122925
5 1 0.0323157 0.217193
6 1 0.00574961 0.00946805
8 1 0.0270275 0.181651
10 1 0.0209873 0.141055
11 1 0.00920981 0.0618989
e
0 2 0.0122925 0.0161653
1 2 0.00106613 0.00188541
2 2 0.0124948 0.0220968
5 2 0.217193 0.345659
6 2 0.00946805 0.0158812
7 2 0.00316879 0.00560392
8 2 0.181651 0.289096
9 2 0.0522705 0.092439
10 2 0.141055 0.224488
11 2 0.0618989 0.0985113
12 2 0.0417266 0.0737924
15 2 0.0212033 0.0374974
16 2 0.052036 0.0920243
17 2 0.0411556 0.0727826
e
1 3 0.00188541 0.00300293
e
0 4 0.0161653 0.0161895
1 4 0.00300293 0.00301498
2 4 0.0220968 0.0222685
3 4 0.000761459 0.000764074
4 4 0.00667795 0.00670088
5 4 0.345659 0.34577
6 4 0.0158812 0.0159405
7 4 0.00560392 0.00566923
8 4 0.289096 0.289189
9 4 0.092439 0.0927981
10 4 0.224488 0.224632
11 4 0.0985113 0.0985429
12 4 0.0737924 0.0739357
13 4 0.0449065 0.0450608
16 4 0.0920243 0.092203
17 4 0.0727826 0.103291
e
3 5 0.000764074 0.0178554
4 5 0.00670088 0.15659
14 5 0.0154635 0.362548
e
0 6 0.0161895 0.020427
1 6 0.00301498 0.00741557
2 6 0.0222685 0.0715692
3 6 0.0178554 0.0205184
4 6 0.15659 0.17465
5 6 0.34577 0.428563
6 6 0.0159405 0.0270468
7 6 0.00566923 0.0146602
8 6 0.289189 0.309191
9 6 0.0927981 0.131481
10 6 0.224632 0.235121
11 6 0.0985429 0.105359
15 6 0.0374974 0.0531891
e
7 7 0.0146602 0.467872
11 7 0.105359 0.607039
e
0 12 0.020427 1
1 12 0.00741557 1
2 12 0.0715692 1
3 12 0.0205184 1
4 12 0.17465 1
5 12 0.428563 1
6 12 0.0270468 1
7 12 0.467872 1
8 12 0.309191 1
9 12 0.131481 1
10 12 0.235121 1
11 12 0.607039 1
12 12 0.0739357 1
13 12 0.0450608 1
14 12 0.362548 1
15 12 0.0531891 1
16 12 0.092203 1
17 12 0.103291 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.29988e-08:0.00559847]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     3.89963e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 39 ns:", \
     NaN with lines lc rgb 'white' title "  shm/spin same-cpu", \
     2.30811e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 231 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.00158874
1 0.00133286
2 0.000113727
3 0.00186615
4 0.00021279
5 4.39725e-05
6 0.000247147
7 0.000448436
8 5.2576e-05
9 2.71855e-05
10 6.77075e-05
11 0.000154292
12 3.4055e-05
13 3.16435e-05
14 9.1894e-05
15 6.7018e-05
16 2.7308e-05
17 3.45275e-05
e
unset multiplot
unset logscale y
set output
