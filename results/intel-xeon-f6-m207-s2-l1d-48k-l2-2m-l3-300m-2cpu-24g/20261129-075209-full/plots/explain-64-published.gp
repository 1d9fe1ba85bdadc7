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
0 0 0 0.00104777
1 0 0 0.000728183
2 0 0 0.0183934
3 0 0 0.000801584
4 0 0 0.00652184
5 0 0 0.0197739
6 0 0 0.00316634
7 0 0 0.00227787
8 0 0 0.0252084
9 0 0 0.0387251
10 0 0 0.0143909
11 0 0 0.00671503
12 0 0 0.0383225
13 0 0 0.0378983
14 0 0 0.015473
15 0 0 0.0207915
16 0 0 0.0483747
17 0 0 0.0436802
e
0 1 0.00104777 0.0161876
5 1 0.0197739 0.133341
6 1 0.00316634 0.00679145
8 1 0.0252084 0.169987
10 1 0.0143909 0.0970416
11 1 0.00671503 0.0452813
e
0 2 0.0161876 0.0209092
1 2 0.000728183 0.00137446
2 2 0.0183934 0.034718
5 2 0.133341 0.210564
6 2 0.00679145 0.0116934
7 2 0.00227787 0.00429953
8 2 0.169987 0.268434
9 2 0.0387251 0.0730945
10 2 0.0970416 0.153243
11 2 0.0452813 0.0715058
12 2 0.0383225 0.0723345
15 2 0.0207915 0.0392444
16 2 0.0483747 0.0913082
17 2 0.0436802 0.0824472
e
1 3 0.00137446 0.00217652
e
0 4 0.0209092 0.0209504
1 4 0.00217652 0.00218836
2 4 0.034718 0.0350741
3 4 0.000801584 0.000805464
4 4 0.00652184 0.00655341
5 4 0.210564 0.21066
6 4 0.0116934 0.0117394
7 4 0.00429953 0.00436569
8 4 0.268434 0.268556
9 4 0.0730945 0.0734694
10 4 0.153243 0.153382
11 4 0.0715058 0.0715383
12 4 0.0723345 0.07252
13 4 0.0378983 0.0380818
16 4 0.0913082 0.0915424
17 4 0.0824472 0.140668
e
3 5 0.000805464 0.0237386
4 5 0.00655341 0.193141
14 5 0.015473 0.45815
e
0 6 0.0209504 0.0257525
1 6 0.00218836 0.00509605
2 6 0.0350741 0.0960788
3 6 0.0237386 0.0264506
4 6 0.193141 0.20821
5 6 0.21066 0.259669
6 6 0.0117394 0.0176562
7 6 0.00436569 0.00979845
8 6 0.268556 0.288138
9 6 0.0734694 0.10355
10 6 0.153382 0.160103
11 6 0.0715383 0.0767544
15 6 0.0392444 0.0553948
e
7 7 0.00979845 0.291089
11 7 0.0767544 0.452945
e
0 12 0.0257525 1
1 12 0.00509605 1
2 12 0.0960788 1
3 12 0.0264506 1
4 12 0.20821 1
5 12 0.259669 1
6 12 0.0176562 1
7 12 0.291089 1
8 12 0.288138 1
9 12 0.10355 1
10 12 0.160103 1
11 12 0.452945 1
12 12 0.07252 1
13 12 0.0380818 1
14 12 0.45815 1
15 12 0.0553948 1
16 12 0.0915424 1
17 12 0.140668 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.6955e-08:0.00635486]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     5.08651e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 51 ns:", \
     NaN with lines lc rgb 'white' title "  shm/spin same-cpu", \
     2.36447e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 236 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 0.00147217
1 0.00211829
2 8.38615e-05
3 0.00192431
4 0.000236513
5 7.8007e-05
6 0.000487156
7 0.000677167
8 6.119e-05
9 3.9832e-05
10 0.000107186
11 0.000229708
12 4.02505e-05
13 4.0701e-05
14 9.969e-05
15 7.4189e-05
16 3.18865e-05
17 3.53135e-05
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
0 0 0 0.00104777
1 0 0 0.000728183
2 0 0 0.0183934
3 0 0 0.000801584
4 0 0 0.00652184
5 0 0 0.0197739
6 0 0 0.00316634
7 0 0 0.00227787
8 0 0 0.0252084
9 0 0 0.0387251
10 0 0 0.0143909
11 0 0 0.00671503
12 0 0 0.0383225
13 0 0 0.0378983
14 0 0 0.015473
15 0 0 0.0207915
16 0 0 0.0483747
17 0 0 0.0436802
e
0 1 0.00104777 0.0161876
5 1 0.0197739 0.133341
6 1 0.00316634 0.00679145
8 1 0.0252084 0.169987
10 1 0.0143909 0.0970416
11 1 0.00671503 0.0452813
e
0 2 0.0161876 0.0209092
1 2 0.000728183 0.00137446
2 2 0.0183934 0.034718
5 2 0.133341 0.210564
6 2 0.00679145 0.0116934
7 2 0.00227787 0.00429953
8 2 0.169987 0.268434
9 2 0.0387251 0.0730945
10 2 0.0970416 0.153243
11 2 0.0452813 0.0715058
12 2 0.0383225 0.0723345
15 2 0.0207915 0.0392444
16 2 0.0483747 0.0913082
17 2 0.0436802 0.0824472
e
1 3 0.00137446 0.00217652
e
0 4 0.0209092 0.0209504
1 4 0.00217652 0.00218836
2 4 0.034718 0.0350741
3 4 0.000801584 0.000805464
4 4 0.00652184 0.00655341
5 4 0.210564 0.21066
6 4 0.0116934 0.0117394
7 4 0.00429953 0.00436569
8 4 0.268434 0.268556
9 4 0.0730945 0.0734694
10 4 0.153243 0.153382
11 4 0.0715058 0.0715383
12 4 0.0723345 0.07252
13 4 0.0378983 0.0380818
16 4 0.0913082 0.0915424
17 4 0.0824472 0.140668
e
3 5 0.000805464 0.0237386
4 5 0.00655341 0.193141
14 5 0.015473 0.45815
e
0 6 0.0209504 0.0257525
1 6 0.00218836 0.00509605
2 6 0.0350741 0.0960788
3 6 0.0237386 0.0264506
4 6 0.193141 0.20821
5 6 0.21066 0.259669
6 6 0.0117394 0.0176562
7 6 0.00436569 0.00979845
8 6 0.268556 0.288138
9 6 0.0734694 0.10355
10 6 0.153382 0.160103
11 6 0.0715383 0.0767544
15 6 0.0392444 0.0553948
e
7 7 0.00979845 0.291089
11 7 0.0767544 0.452945
e
0 12 0.0257525 1
1 12 0.00509605 1
2 12 0.0960788 1
3 12 0.0264506 1
4 12 0.20821 1
5 12 0.259669 1
6 12 0.0176562 1
7 12 0.291089 1
8 12 0.288138 1
9 12 0.10355 1
10 12 0.160103 1
11 12 0.452945 1
12 12 0.07252 1
13 12 0.0380818 1
14 12 0.45815 1
15 12 0.0553948 1
16 12 0.0915424 1
17 12 0.140668 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.6955e-08:0.00635486]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     5.08651e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 51 ns:", \
     NaN with lines lc rgb 'white' title "  shm/spin same-cpu", \
     2.36447e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 236 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 0.00147217
1 0.00211829
2 8.38615e-05
3 0.00192431
4 0.000236513
5 7.8007e-05
6 0.000487156
7 0.000677167
8 6.119e-05
9 3.9832e-05
10 0.000107186
11 0.000229708
12 4.02505e-05
13 4.0701e-05
14 9.969e-05
15 7.4189e-05
16 3.18865e-05
17 3.53135e-05
e
unset multiplot
unset logscale y
set output
