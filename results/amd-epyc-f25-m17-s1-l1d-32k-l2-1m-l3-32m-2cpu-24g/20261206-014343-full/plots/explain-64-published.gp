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
0 0 0 0.000844215
1 0 0 0.00091569
2 0 0 0.00646858
3 0 0 0.00065738
4 0 0 0.00328183
5 0 0 0.00742181
6 0 0 0.00257448
7 0 0 0.00143368
8 0 0 0.0101758
9 0 0 0.0170426
10 0 0 0.00748338
11 0 0 0.00329689
12 0 0 0.0113138
13 0 0 0.0171509
14 0 0 0.00685482
15 0 0 0.00623311
16 0 0 0.0103685
17 0 0 0.0129865
e
0 1 0.000844215 0.0116834
5 1 0.00742181 0.0488379
6 1 0.00257448 0.00559604
8 1 0.0101758 0.0669602
10 1 0.00748338 0.049243
11 1 0.00329689 0.0216946
e
0 2 0.0116834 0.0151702
1 2 0.00091569 0.00163261
2 2 0.00646858 0.011533
5 2 0.0488379 0.0773436
6 2 0.00559604 0.00940374
7 2 0.00143368 0.00255614
8 2 0.0669602 0.106044
9 2 0.0170426 0.0303856
10 2 0.049243 0.0779852
11 2 0.0216946 0.0343573
12 2 0.0113138 0.0201716
15 2 0.00623311 0.0111132
16 2 0.0103685 0.0184863
17 2 0.0129865 0.023154
e
1 3 0.00163261 0.00257612
e
0 4 0.0151702 0.0152118
1 4 0.00257612 0.00259678
2 4 0.011533 0.0117463
3 4 0.00065738 0.000662799
4 4 0.00328183 0.00330889
5 4 0.0773436 0.0774048
6 4 0.00940374 0.00946741
7 4 0.00255614 0.00262706
8 4 0.106044 0.106128
9 4 0.0303856 0.0306666
10 4 0.0779852 0.0781086
11 4 0.0343573 0.0343845
12 4 0.0201716 0.0202649
13 4 0.0171509 0.0172923
16 4 0.0184863 0.0185718
17 4 0.023154 0.0413407
e
3 5 0.000662799 0.034495
4 5 0.00330889 0.172209
14 5 0.00685482 0.35964
e
0 6 0.0152118 0.0259025
1 6 0.00259678 0.0126996
2 6 0.0117463 0.0751637
3 6 0.034495 0.0406582
4 6 0.172209 0.194623
5 6 0.0774048 0.12823
6 6 0.00946741 0.02276
7 6 0.00262706 0.0127345
8 6 0.106128 0.121454
9 6 0.0306666 0.0563363
10 6 0.0781086 0.0818556
11 6 0.0343845 0.0393503
15 6 0.0111132 0.0205015
e
7 7 0.0127345 0.487337
11 7 0.0393503 0.373068
e
0 12 0.0259025 1
1 12 0.0126996 1
2 12 0.0751637 1
3 12 0.0406582 1
4 12 0.194623 1
5 12 0.12823 1
6 12 0.02276 1
7 12 0.487337 1
8 12 0.121454 1
9 12 0.0563363 1
10 12 0.0818556 1
11 12 0.373068 1
12 12 0.0202649 1
13 12 0.0172923 1
14 12 0.35964 1
15 12 0.0205015 1
16 12 0.0185718 1
17 12 0.0413407 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.01103e-08:0.00315343]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     3.0331e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 30 ns:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     8.47947e-08 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 85 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.000818512
1 0.000754622
2 0.000106824
3 0.00105114
4 0.000210553
5 9.3104e-05
6 0.000268404
7 0.000481977
8 6.7906e-05
9 4.05455e-05
10 9.2338e-05
11 0.000209592
12 6.1076e-05
13 4.02895e-05
14 0.000100805
15 0.000110859
16 6.6644e-05
17 5.3209e-05
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
0 0 0 0.000844215
1 0 0 0.00091569
2 0 0 0.00646858
3 0 0 0.00065738
4 0 0 0.00328183
5 0 0 0.00742181
6 0 0 0.00257448
7 0 0 0.00143368
8 0 0 0.0101758
9 0 0 0.0170426
10 0 0 0.00748338
11 0 0 0.00329689
12 0 0 0.0113138
13 0 0 0.0171509
14 0 0 0.00685482
15 0 0 0.00623311
16 0 0 0.0103685
17 0 0 0.0129865
e
0 1 0.000844215 0.0116834
5 1 0.00742181 0.0488379
6 1 0.00257448 0.00559604
8 1 0.0101758 0.0669602
10 1 0.00748338 0.049243
11 1 0.00329689 0.0216946
e
0 2 0.0116834 0.0151702
1 2 0.00091569 0.00163261
2 2 0.00646858 0.011533
5 2 0.0488379 0.0773436
6 2 0.00559604 0.00940374
7 2 0.00143368 0.00255614
8 2 0.0669602 0.106044
9 2 0.0170426 0.0303856
10 2 0.049243 0.0779852
11 2 0.0216946 0.0343573
12 2 0.0113138 0.0201716
15 2 0.00623311 0.0111132
16 2 0.0103685 0.0184863
17 2 0.0129865 0.023154
e
1 3 0.00163261 0.00257612
e
0 4 0.0151702 0.0152118
1 4 0.00257612 0.00259678
2 4 0.011533 0.0117463
3 4 0.00065738 0.000662799
4 4 0.00328183 0.00330889
5 4 0.0773436 0.0774048
6 4 0.00940374 0.00946741
7 4 0.00255614 0.00262706
8 4 0.106044 0.106128
9 4 0.0303856 0.0306666
10 4 0.0779852 0.0781086
11 4 0.0343573 0.0343845
12 4 0.0201716 0.0202649
13 4 0.0171509 0.0172923
16 4 0.0184863 0.0185718
17 4 0.023154 0.0413407
e
3 5 0.000662799 0.034495
4 5 0.00330889 0.172209
14 5 0.00685482 0.35964
e
0 6 0.0152118 0.0259025
1 6 0.00259678 0.0126996
2 6 0.0117463 0.0751637
3 6 0.034495 0.0406582
4 6 0.172209 0.194623
5 6 0.0774048 0.12823
6 6 0.00946741 0.02276
7 6 0.00262706 0.0127345
8 6 0.106128 0.121454
9 6 0.0306666 0.0563363
10 6 0.0781086 0.0818556
11 6 0.0343845 0.0393503
15 6 0.0111132 0.0205015
e
7 7 0.0127345 0.487337
11 7 0.0393503 0.373068
e
0 12 0.0259025 1
1 12 0.0126996 1
2 12 0.0751637 1
3 12 0.0406582 1
4 12 0.194623 1
5 12 0.12823 1
6 12 0.02276 1
7 12 0.487337 1
8 12 0.121454 1
9 12 0.0563363 1
10 12 0.0818556 1
11 12 0.373068 1
12 12 0.0202649 1
13 12 0.0172923 1
14 12 0.35964 1
15 12 0.0205015 1
16 12 0.0185718 1
17 12 0.0413407 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.01103e-08:0.00315343]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     3.0331e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 30 ns:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     8.47947e-08 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 85 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.000818512
1 0.000754622
2 0.000106824
3 0.00105114
4 0.000210553
5 9.3104e-05
6 0.000268404
7 0.000481977
8 6.7906e-05
9 4.05455e-05
10 9.2338e-05
11 0.000209592
12 6.1076e-05
13 4.02895e-05
14 0.000100805
15 0.000110859
16 6.6644e-05
17 5.3209e-05
e
unset multiplot
unset logscale y
set output
