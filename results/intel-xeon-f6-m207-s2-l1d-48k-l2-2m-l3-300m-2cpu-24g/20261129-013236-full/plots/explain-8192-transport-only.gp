# explain.py: explain-8192-transport-only; data inline, run `gnuplot explain-8192-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-30.846280:130.846280]
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
0 1 0 0.388065
5 1 0 0.124036
6 1 0 0.00449209
8 1 0 0.136286
10 1 0 0.118277
11 1 0 0.0553648
e
0 2 0.388065 0.505328
1 2 0 0.000751023
2 2 0 0.00979733
5 2 0.124036 0.206597
6 2 0.00449209 0.0135688
7 2 0 0.00207904
8 2 0.136286 0.227003
9 2 0 0.0261513
10 2 0.118277 0.197006
11 2 0.0553648 0.0922172
12 2 0 0.0298039
15 2 0 0.0135769
16 2 0 0.0385273
17 2 0 0.0298915
e
1 3 0.000751023 0.0337358
e
0 4 0.505328 0.505415
1 4 0.0337358 0.0338219
2 4 0.00979733 0.0116891
3 4 0 3.60188e-05
4 4 0 0.000191816
5 4 0.206597 0.207308
6 4 0.0135688 0.0141592
7 4 0.00207904 0.0026812
8 4 0.227003 0.227784
9 4 0.0261513 0.0286761
10 4 0.197006 0.198362
11 4 0.0922172 0.0925345
12 4 0.0298039 0.0312426
13 4 0 0.00155452
17 4 0.0298915 0.0946789
e
3 5 3.60188e-05 0.0326645
4 5 0.000191816 0.173953
14 5 0 0.354004
e
0 6 0.505415 0.50746
1 6 0.0338219 0.0373337
2 6 0.0116891 0.0451765
3 6 0.0326645 0.0364371
4 6 0.173953 0.190112
5 6 0.207308 0.258645
6 6 0.0141592 0.0282615
7 6 0.0026812 0.00976231
8 6 0.227784 0.257299
9 6 0.0286761 0.0763809
10 6 0.198362 0.23906
11 6 0.0925345 0.104525
15 6 0.0135769 0.0383437
e
7 7 0.00976231 0.419928
11 7 0.104525 0.614424
e
0 8 0.50746 0.507516
1 8 0.0373337 0.0378574
2 8 0.0451765 0.0463149
3 8 -0.00043352 0
6 8 -0.00189491 0
7 8 0.419928 0.420411
15 8 0.0383437 0.0446542
e
0 9 0.507516 0.507539
3 9 -0.00112854 -0.00043352
4 9 0.190112 0.190852
5 9 0.258645 0.323112
6 9 -0.0151858 -0.00189491
7 9 0.420411 0.420605
9 9 0.0763809 0.10074
11 9 0.614424 0.615036
12 9 0.0312426 0.142288
13 9 0.00155452 0.301516
14 9 0.354004 0.358528
15 9 0.0446542 0.09524
16 9 0.0385273 0.042116
17 9 0.0946789 0.231109
e
0 10 -2.27266e-05 0
1 10 -7.08833e-05 0
2 10 0.0463149 0.0467773
4 10 0.190852 0.191039
5 10 -0.00069492 0
6 10 -0.0155706 -0.0151858
7 10 -9.81122e-05 0
8 10 -0.00229067 0
9 10 -0.00246822 0
10 10 -0.00198798 0
11 10 -0.000930558 0
12 10 -0.00421943 0
13 10 -0.0045591 0
14 10 -0.00152814 0
15 10 -0.000640709 0
17 10 0.231109 0.23252
e
0 11 0.507539 0.866746
1 11 0.0378574 0.981536
2 11 0.0467773 0.942308
3 11 0.0364371 1.01141
4 11 0.191039 1.02613
5 11 0.323112 1.02153
6 11 0.0282615 1.0101
7 11 0.420605 0.939656
8 11 0.257299 0.91795
9 11 0.10074 0.904628
10 11 0.23906 0.978373
11 11 0.615036 0.937916
12 11 0.142288 1.11258
13 11 0.301516 1.28846
14 11 0.358528 1.08565
15 11 0.09524 0.974217
16 11 0.042116 1.07378
17 11 0.23252 1.20187
e
0 12 0.866746 1.00002
1 12 0.981536 1.00007
2 12 0.942308 1
3 12 -0.0114146 -0.00112854
4 12 -0.02613 0
5 12 -0.0215299 -0.00069492
6 12 1.0101 1.01557
7 12 0.939656 1.0001
8 12 0.91795 1.00229
9 12 0.904628 1.00247
10 12 0.978373 1.00199
11 12 0.937916 1.00093
12 12 -0.112578 -0.00421943
13 12 -0.288463 -0.0045591
14 12 -0.0856464 -0.00152814
15 12 0.974217 1.00064
16 12 -0.0737849 0
17 12 -0.201875 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.57833e-06:0.0123529]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00411765
1 0.0013202
2 0.000101201
3 0.00132881
4 0.00024952
5 6.73315e-05
6 0.000243206
7 0.000476903
8 6.1279e-05
9 3.7914e-05
10 7.06095e-05
11 0.000150845
12 3.32675e-05
13 3.0789e-05
14 0.000122476
15 7.30285e-05
16 2.5735e-05
17 3.317e-05
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-transport-only.svg"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-30.846280:130.846280]
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
0 1 0 0.388065
5 1 0 0.124036
6 1 0 0.00449209
8 1 0 0.136286
10 1 0 0.118277
11 1 0 0.0553648
e
0 2 0.388065 0.505328
1 2 0 0.000751023
2 2 0 0.00979733
5 2 0.124036 0.206597
6 2 0.00449209 0.0135688
7 2 0 0.00207904
8 2 0.136286 0.227003
9 2 0 0.0261513
10 2 0.118277 0.197006
11 2 0.0553648 0.0922172
12 2 0 0.0298039
15 2 0 0.0135769
16 2 0 0.0385273
17 2 0 0.0298915
e
1 3 0.000751023 0.0337358
e
0 4 0.505328 0.505415
1 4 0.0337358 0.0338219
2 4 0.00979733 0.0116891
3 4 0 3.60188e-05
4 4 0 0.000191816
5 4 0.206597 0.207308
6 4 0.0135688 0.0141592
7 4 0.00207904 0.0026812
8 4 0.227003 0.227784
9 4 0.0261513 0.0286761
10 4 0.197006 0.198362
11 4 0.0922172 0.0925345
12 4 0.0298039 0.0312426
13 4 0 0.00155452
17 4 0.0298915 0.0946789
e
3 5 3.60188e-05 0.0326645
4 5 0.000191816 0.173953
14 5 0 0.354004
e
0 6 0.505415 0.50746
1 6 0.0338219 0.0373337
2 6 0.0116891 0.0451765
3 6 0.0326645 0.0364371
4 6 0.173953 0.190112
5 6 0.207308 0.258645
6 6 0.0141592 0.0282615
7 6 0.0026812 0.00976231
8 6 0.227784 0.257299
9 6 0.0286761 0.0763809
10 6 0.198362 0.23906
11 6 0.0925345 0.104525
15 6 0.0135769 0.0383437
e
7 7 0.00976231 0.419928
11 7 0.104525 0.614424
e
0 8 0.50746 0.507516
1 8 0.0373337 0.0378574
2 8 0.0451765 0.0463149
3 8 -0.00043352 0
6 8 -0.00189491 0
7 8 0.419928 0.420411
15 8 0.0383437 0.0446542
e
0 9 0.507516 0.507539
3 9 -0.00112854 -0.00043352
4 9 0.190112 0.190852
5 9 0.258645 0.323112
6 9 -0.0151858 -0.00189491
7 9 0.420411 0.420605
9 9 0.0763809 0.10074
11 9 0.614424 0.615036
12 9 0.0312426 0.142288
13 9 0.00155452 0.301516
14 9 0.354004 0.358528
15 9 0.0446542 0.09524
16 9 0.0385273 0.042116
17 9 0.0946789 0.231109
e
0 10 -2.27266e-05 0
1 10 -7.08833e-05 0
2 10 0.0463149 0.0467773
4 10 0.190852 0.191039
5 10 -0.00069492 0
6 10 -0.0155706 -0.0151858
7 10 -9.81122e-05 0
8 10 -0.00229067 0
9 10 -0.00246822 0
10 10 -0.00198798 0
11 10 -0.000930558 0
12 10 -0.00421943 0
13 10 -0.0045591 0
14 10 -0.00152814 0
15 10 -0.000640709 0
17 10 0.231109 0.23252
e
0 11 0.507539 0.866746
1 11 0.0378574 0.981536
2 11 0.0467773 0.942308
3 11 0.0364371 1.01141
4 11 0.191039 1.02613
5 11 0.323112 1.02153
6 11 0.0282615 1.0101
7 11 0.420605 0.939656
8 11 0.257299 0.91795
9 11 0.10074 0.904628
10 11 0.23906 0.978373
11 11 0.615036 0.937916
12 11 0.142288 1.11258
13 11 0.301516 1.28846
14 11 0.358528 1.08565
15 11 0.09524 0.974217
16 11 0.042116 1.07378
17 11 0.23252 1.20187
e
0 12 0.866746 1.00002
1 12 0.981536 1.00007
2 12 0.942308 1
3 12 -0.0114146 -0.00112854
4 12 -0.02613 0
5 12 -0.0215299 -0.00069492
6 12 1.0101 1.01557
7 12 0.939656 1.0001
8 12 0.91795 1.00229
9 12 0.904628 1.00247
10 12 0.978373 1.00199
11 12 0.937916 1.00093
12 12 -0.112578 -0.00421943
13 12 -0.288463 -0.0045591
14 12 -0.0856464 -0.00152814
15 12 0.974217 1.00064
16 12 -0.0737849 0
17 12 -0.201875 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.57833e-06:0.0123529]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00411765
1 0.0013202
2 0.000101201
3 0.00132881
4 0.00024952
5 6.73315e-05
6 0.000243206
7 0.000476903
8 6.1279e-05
9 3.7914e-05
10 7.06095e-05
11 0.000150845
12 3.32675e-05
13 3.0789e-05
14 0.000122476
15 7.30285e-05
16 2.5735e-05
17 3.317e-05
e
unset multiplot
unset logscale y
set output
