# explain.py: explain-8192-published; data inline, run `gnuplot explain-8192-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-published.png"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-41.523637:141.523637]
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
0 0 0 0.00726861
1 0 0 0.016781
2 0 0 0.180008
3 0 0 0.0145274
4 0 0 0.0443533
5 0 0 0.301877
6 0 0 0.0559855
7 0 0 0.0318914
8 0 0 0.32681
9 0 0 0.410683
10 0 0 0.146242
11 0 0 0.0694453
12 0 0 0.401826
13 0 0 0.272394
14 0 0 0.073741
15 0 0 0.155543
16 0 0 0.511277
17 0 0 0.331369
e
0 1 0.00726861 0.389557
5 1 0.301877 0.383813
6 1 0.0559855 0.0599641
8 1 0.32681 0.415513
10 1 0.146242 0.185935
11 1 0.0694453 0.0882941
e
0 2 0.389557 0.479294
1 2 0.016781 0.0172929
2 2 0.180008 0.185499
5 2 0.383813 0.436597
6 2 0.0599641 0.0716896
7 2 0.0318914 0.0328642
8 2 0.415513 0.472656
9 2 0.410683 0.42321
10 2 0.185935 0.211506
11 2 0.0882941 0.100437
12 2 0.401826 0.414083
15 2 0.155543 0.160288
16 2 0.511277 0.526872
17 2 0.331369 0.341477
e
1 3 0.0172929 0.0558425
e
0 4 0.479294 0.479591
1 4 0.0558425 0.0560598
2 4 0.185499 0.189429
3 4 0.0145274 0.0146067
4 4 0.0443533 0.0445953
5 4 0.436597 0.438244
6 4 0.0716896 0.0726062
7 4 0.0328642 0.0339085
8 4 0.472656 0.47444
9 4 0.42321 0.427692
10 4 0.211506 0.213102
11 4 0.100437 0.100816
12 4 0.414083 0.416276
13 4 0.272394 0.27388
16 4 0.526872 0.529663
17 4 0.341477 0.366266
e
3 5 0.0146067 0.0623597
4 5 0.0445953 0.190389
14 5 0.073741 0.316135
e
0 6 0.479591 0.484106
1 6 0.0560598 0.0617965
2 6 0.189429 0.234409
3 6 0.0623597 0.0679044
4 6 0.190389 0.202636
5 6 0.438244 0.515183
6 6 0.0726062 0.0867644
7 6 0.0339085 0.0418494
8 6 0.47444 0.505473
9 6 0.427692 0.46669
10 6 0.213102 0.231209
11 6 0.100816 0.10741
15 6 0.160288 0.175058
e
7 7 0.0418494 0.490881
11 7 0.10741 0.410714
e
0 8 0.484106 0.484254
1 8 0.0617965 0.0628219
2 8 0.234409 0.236243
3 8 -0.000739741 0
4 8 -0.000451698 0
6 8 0.0867644 0.0936063
7 8 0.490881 0.491531
9 8 0.46669 0.470872
15 8 0.175058 0.181394
e
0 9 0.484254 0.484962
2 9 0.236243 0.408209
3 9 0.0679044 0.0710199
5 9 -0.00588554 0
6 9 0.0936063 0.11762
7 9 0.491531 0.562413
9 9 -0.00800685 0
11 9 0.410714 0.448624
14 9 0.316135 0.421086
15 9 0.181394 0.590787
e
8 10 -0.000943156 0
e
0 11 0.484962 0.947194
1 11 0.0628219 0.999709
2 11 0.408209 1.12006
3 11 0.0710199 1.00512
4 11 0.202636 0.958647
5 11 0.515183 0.96915
6 11 0.11762 1.01761
7 11 0.562413 1.07145
8 11 0.505473 0.980913
9 11 0.470872 0.980817
10 11 0.231209 0.949449
11 11 0.448624 1.07014
12 11 0.416276 1.0124
13 11 0.27388 0.908088
14 11 0.421086 1.16707
15 11 0.590787 1.39524
16 11 0.529663 0.994238
17 11 0.366266 0.796601
e
0 12 0.947194 1
1 12 0.999709 1
2 12 -0.120063 0
3 12 -0.00511906 -0.000739741
4 12 0.958647 1.00045
5 12 0.96915 1.00589
6 12 -0.017608 0
7 12 -0.0714476 0
8 12 0.980913 1.00094
9 12 0.980817 1.00801
10 12 0.949449 1
11 12 -0.0701413 0
12 12 -0.0124004 0
13 12 0.908088 1
14 12 -0.167066 0
15 12 -0.395236 0
16 12 0.994238 1
17 12 0.796601 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.10182e-05:0.0069752]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00232507
1 0.00100709
2 9.38845e-05
3 0.00116332
4 0.000381031
5 5.5983e-05
6 0.000301864
7 0.000529923
8 5.1712e-05
9 4.1151e-05
10 0.000115562
11 0.000243357
12 4.2058e-05
13 6.20425e-05
14 0.000229181
15 0.000108651
16 3.30545e-05
17 5.10005e-05
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-published.svg"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-41.523637:141.523637]
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
0 0 0 0.00726861
1 0 0 0.016781
2 0 0 0.180008
3 0 0 0.0145274
4 0 0 0.0443533
5 0 0 0.301877
6 0 0 0.0559855
7 0 0 0.0318914
8 0 0 0.32681
9 0 0 0.410683
10 0 0 0.146242
11 0 0 0.0694453
12 0 0 0.401826
13 0 0 0.272394
14 0 0 0.073741
15 0 0 0.155543
16 0 0 0.511277
17 0 0 0.331369
e
0 1 0.00726861 0.389557
5 1 0.301877 0.383813
6 1 0.0559855 0.0599641
8 1 0.32681 0.415513
10 1 0.146242 0.185935
11 1 0.0694453 0.0882941
e
0 2 0.389557 0.479294
1 2 0.016781 0.0172929
2 2 0.180008 0.185499
5 2 0.383813 0.436597
6 2 0.0599641 0.0716896
7 2 0.0318914 0.0328642
8 2 0.415513 0.472656
9 2 0.410683 0.42321
10 2 0.185935 0.211506
11 2 0.0882941 0.100437
12 2 0.401826 0.414083
15 2 0.155543 0.160288
16 2 0.511277 0.526872
17 2 0.331369 0.341477
e
1 3 0.0172929 0.0558425
e
0 4 0.479294 0.479591
1 4 0.0558425 0.0560598
2 4 0.185499 0.189429
3 4 0.0145274 0.0146067
4 4 0.0443533 0.0445953
5 4 0.436597 0.438244
6 4 0.0716896 0.0726062
7 4 0.0328642 0.0339085
8 4 0.472656 0.47444
9 4 0.42321 0.427692
10 4 0.211506 0.213102
11 4 0.100437 0.100816
12 4 0.414083 0.416276
13 4 0.272394 0.27388
16 4 0.526872 0.529663
17 4 0.341477 0.366266
e
3 5 0.0146067 0.0623597
4 5 0.0445953 0.190389
14 5 0.073741 0.316135
e
0 6 0.479591 0.484106
1 6 0.0560598 0.0617965
2 6 0.189429 0.234409
3 6 0.0623597 0.0679044
4 6 0.190389 0.202636
5 6 0.438244 0.515183
6 6 0.0726062 0.0867644
7 6 0.0339085 0.0418494
8 6 0.47444 0.505473
9 6 0.427692 0.46669
10 6 0.213102 0.231209
11 6 0.100816 0.10741
15 6 0.160288 0.175058
e
7 7 0.0418494 0.490881
11 7 0.10741 0.410714
e
0 8 0.484106 0.484254
1 8 0.0617965 0.0628219
2 8 0.234409 0.236243
3 8 -0.000739741 0
4 8 -0.000451698 0
6 8 0.0867644 0.0936063
7 8 0.490881 0.491531
9 8 0.46669 0.470872
15 8 0.175058 0.181394
e
0 9 0.484254 0.484962
2 9 0.236243 0.408209
3 9 0.0679044 0.0710199
5 9 -0.00588554 0
6 9 0.0936063 0.11762
7 9 0.491531 0.562413
9 9 -0.00800685 0
11 9 0.410714 0.448624
14 9 0.316135 0.421086
15 9 0.181394 0.590787
e
8 10 -0.000943156 0
e
0 11 0.484962 0.947194
1 11 0.0628219 0.999709
2 11 0.408209 1.12006
3 11 0.0710199 1.00512
4 11 0.202636 0.958647
5 11 0.515183 0.96915
6 11 0.11762 1.01761
7 11 0.562413 1.07145
8 11 0.505473 0.980913
9 11 0.470872 0.980817
10 11 0.231209 0.949449
11 11 0.448624 1.07014
12 11 0.416276 1.0124
13 11 0.27388 0.908088
14 11 0.421086 1.16707
15 11 0.590787 1.39524
16 11 0.529663 0.994238
17 11 0.366266 0.796601
e
0 12 0.947194 1
1 12 0.999709 1
2 12 -0.120063 0
3 12 -0.00511906 -0.000739741
4 12 0.958647 1.00045
5 12 0.96915 1.00589
6 12 -0.017608 0
7 12 -0.0714476 0
8 12 0.980913 1.00094
9 12 0.980817 1.00801
10 12 0.949449 1
11 12 -0.0701413 0
12 12 -0.0124004 0
13 12 0.908088 1
14 12 -0.167066 0
15 12 -0.395236 0
16 12 0.994238 1
17 12 0.796601 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.10182e-05:0.0069752]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00232507
1 0.00100709
2 9.38845e-05
3 0.00116332
4 0.000381031
5 5.5983e-05
6 0.000301864
7 0.000529923
8 5.1712e-05
9 4.1151e-05
10 0.000115562
11 0.000243357
12 4.2058e-05
13 6.20425e-05
14 0.000229181
15 0.000108651
16 3.30545e-05
17 5.10005e-05
e
unset multiplot
unset logscale y
set output
