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
0 0 0 0.00117142
1 0 0 0.000878839
2 0 0 0.0140523
3 0 0 0.000829859
4 0 0 0.00325633
5 0 0 0.0292404
6 0 0 0.00405085
7 0 0 0.00271538
8 0 0 0.0248192
9 0 0 0.0386282
10 0 0 0.0155149
11 0 0 0.00680333
12 0 0 0.0310509
13 0 0 0.0345073
14 0 0 0.0138284
15 0 0 0.0214371
16 0 0 0.0485398
17 0 0 0.0424506
e
0 1 0.00117142 0.0160161
5 1 0.0292404 0.178165
6 1 0.00405085 0.00861639
8 1 0.0248192 0.151226
10 1 0.0155149 0.0945338
11 1 0.00680333 0.0414535
e
0 2 0.0160161 0.0204668
1 2 0.000878839 0.00153598
2 2 0.0140523 0.0245598
5 2 0.178165 0.279609
6 2 0.00861639 0.0141205
7 2 0.00271538 0.00474578
8 2 0.151226 0.237332
9 2 0.0386282 0.067512
10 2 0.0945338 0.14836
11 2 0.0414535 0.0650564
12 2 0.0310509 0.0542689
15 2 0.0214371 0.0374666
16 2 0.0485398 0.084835
17 2 0.0424506 0.0741926
e
1 3 0.00153598 0.00250924
e
0 4 0.0204668 0.0205077
1 4 0.00250924 0.00252201
2 4 0.0245598 0.0248061
3 4 0.000829859 0.000833496
4 4 0.00325633 0.0032706
5 4 0.279609 0.279737
6 4 0.0141205 0.0141738
7 4 0.00474578 0.00481718
8 4 0.237332 0.23744
9 4 0.067512 0.0678506
10 4 0.14836 0.148496
11 4 0.0650564 0.0650862
12 4 0.0542689 0.054405
13 4 0.0345073 0.0346585
16 4 0.084835 0.0850477
17 4 0.0741926 0.128833
e
3 5 0.000833496 0.0254792
4 5 0.0032706 0.0999795
14 5 0.0138284 0.424513
e
0 6 0.0205077 0.0260894
1 6 0.00252201 0.0061704
2 6 0.0248061 0.0595724
3 6 0.0254792 0.0283812
4 6 0.0999795 0.105411
5 6 0.279737 0.355081
6 6 0.0141738 0.0220436
7 6 0.00481718 0.00964811
8 6 0.23744 0.256574
9 6 0.0678506 0.0976294
10 6 0.148496 0.155904
11 6 0.0650862 0.070331
15 6 0.0374666 0.0539927
e
7 7 0.00964811 0.205108
11 7 0.070331 0.504271
e
0 12 0.0260894 1
1 12 0.0061704 1
2 12 0.0595724 1
3 12 0.0283812 1
4 12 0.105411 1
5 12 0.355081 1
6 12 0.0220436 1
7 12 0.205108 1
8 12 0.256574 1
9 12 0.0976294 1
10 12 0.155904 1
11 12 0.504271 1
12 12 0.054405 1
13 12 0.0346585 1
14 12 0.424513 1
15 12 0.0539927 1
16 12 0.0850477 1
17 12 0.128833 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.69561e-08:0.005804]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     5.08683e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 51 ns:", \
     NaN with lines lc rgb 'white' title "  shm/seqlock same-cpu", \
     3.17881e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 318 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 0.00137056
1 0.00182684
2 0.000114252
3 0.00193467
4 0.00049304
5 5.4907e-05
6 0.000396337
7 0.000591263
8 6.4688e-05
9 4.1563e-05
10 0.000103482
11 0.000235987
12 5.17055e-05
13 4.65265e-05
14 0.000116102
15 7.48935e-05
16 3.3076e-05
17 3.78205e-05
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
0 0 0 0.00117142
1 0 0 0.000878839
2 0 0 0.0140523
3 0 0 0.000829859
4 0 0 0.00325633
5 0 0 0.0292404
6 0 0 0.00405085
7 0 0 0.00271538
8 0 0 0.0248192
9 0 0 0.0386282
10 0 0 0.0155149
11 0 0 0.00680333
12 0 0 0.0310509
13 0 0 0.0345073
14 0 0 0.0138284
15 0 0 0.0214371
16 0 0 0.0485398
17 0 0 0.0424506
e
0 1 0.00117142 0.0160161
5 1 0.0292404 0.178165
6 1 0.00405085 0.00861639
8 1 0.0248192 0.151226
10 1 0.0155149 0.0945338
11 1 0.00680333 0.0414535
e
0 2 0.0160161 0.0204668
1 2 0.000878839 0.00153598
2 2 0.0140523 0.0245598
5 2 0.178165 0.279609
6 2 0.00861639 0.0141205
7 2 0.00271538 0.00474578
8 2 0.151226 0.237332
9 2 0.0386282 0.067512
10 2 0.0945338 0.14836
11 2 0.0414535 0.0650564
12 2 0.0310509 0.0542689
15 2 0.0214371 0.0374666
16 2 0.0485398 0.084835
17 2 0.0424506 0.0741926
e
1 3 0.00153598 0.00250924
e
0 4 0.0204668 0.0205077
1 4 0.00250924 0.00252201
2 4 0.0245598 0.0248061
3 4 0.000829859 0.000833496
4 4 0.00325633 0.0032706
5 4 0.279609 0.279737
6 4 0.0141205 0.0141738
7 4 0.00474578 0.00481718
8 4 0.237332 0.23744
9 4 0.067512 0.0678506
10 4 0.14836 0.148496
11 4 0.0650564 0.0650862
12 4 0.0542689 0.054405
13 4 0.0345073 0.0346585
16 4 0.084835 0.0850477
17 4 0.0741926 0.128833
e
3 5 0.000833496 0.0254792
4 5 0.0032706 0.0999795
14 5 0.0138284 0.424513
e
0 6 0.0205077 0.0260894
1 6 0.00252201 0.0061704
2 6 0.0248061 0.0595724
3 6 0.0254792 0.0283812
4 6 0.0999795 0.105411
5 6 0.279737 0.355081
6 6 0.0141738 0.0220436
7 6 0.00481718 0.00964811
8 6 0.23744 0.256574
9 6 0.0678506 0.0976294
10 6 0.148496 0.155904
11 6 0.0650862 0.070331
15 6 0.0374666 0.0539927
e
7 7 0.00964811 0.205108
11 7 0.070331 0.504271
e
0 12 0.0260894 1
1 12 0.0061704 1
2 12 0.0595724 1
3 12 0.0283812 1
4 12 0.105411 1
5 12 0.355081 1
6 12 0.0220436 1
7 12 0.205108 1
8 12 0.256574 1
9 12 0.0976294 1
10 12 0.155904 1
11 12 0.504271 1
12 12 0.054405 1
13 12 0.0346585 1
14 12 0.424513 1
15 12 0.0539927 1
16 12 0.0850477 1
17 12 0.128833 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.69561e-08:0.005804]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     5.08683e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 51 ns:", \
     NaN with lines lc rgb 'white' title "  shm/seqlock same-cpu", \
     3.17881e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 318 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 0.00137056
1 0.00182684
2 0.000114252
3 0.00193467
4 0.00049304
5 5.4907e-05
6 0.000396337
7 0.000591263
8 6.4688e-05
9 4.1563e-05
10 0.000103482
11 0.000235987
12 5.17055e-05
13 4.65265e-05
14 0.000116102
15 7.48935e-05
16 3.3076e-05
17 3.78205e-05
e
unset multiplot
unset logscale y
set output
