# explain.py: explain-8192-transport-only; data inline, run `gnuplot explain-8192-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-29.396999:129.396999]
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
0 1 0 0.0789548
5 1 0 0.0931002
6 1 0 0.00529051
8 1 0 0.0705774
10 1 0 0.0734175
11 1 0 0.0215175
e
0 2 0.0789548 0.0998832
1 2 0 0.000475787
2 2 0 0.00746667
5 2 0.0931002 0.153378
6 2 0.00529051 0.0114559
7 2 0 0.00163426
8 2 0.0705774 0.116272
9 2 0 0.0155915
10 2 0.0734175 0.120952
11 2 0.0215175 0.0354489
12 2 0 0.0158273
15 2 0 0.00766612
16 2 0 0.0272395
17 2 0 0.0240379
e
1 3 0.000475787 0.0252086
e
0 4 0.0998832 0.0999192
1 4 0.0252086 0.0253407
2 4 0.00746667 0.0109587
3 4 0 3.45719e-05
4 4 0 0.000205378
5 4 0.153378 0.154682
6 4 0.0114559 0.0124557
7 4 0.00163426 0.00278073
8 4 0.116272 0.117261
9 4 0.0155915 0.0192375
10 4 0.120952 0.123009
11 4 0.0354489 0.0357503
12 4 0.0158273 0.0176778
13 4 0 0.00184654
17 4 0.0240379 0.0759757
e
3 5 3.45719e-05 0.0192688
4 5 0.000205378 0.114468
14 5 0 0.414183
e
0 6 0.0999192 0.10041
1 6 0.0253407 0.0284634
2 6 0.0109587 0.0467799
3 6 0.0192688 0.0212363
4 6 0.114468 0.120916
5 6 0.154682 0.209265
6 6 0.0124557 0.0262947
7 6 0.00278073 0.0105934
8 6 0.117261 0.148755
9 6 0.0192375 0.0773056
10 6 0.123009 0.1657
11 6 0.0357503 0.0453522
15 6 0.00766612 0.0362173
e
7 7 0.0105934 0.74296
11 7 0.0453522 0.512252
e
0 8 0.10041 0.100513
1 8 0.0284634 0.0287182
2 8 0.0467799 0.0481129
4 8 -0.000313588 0
6 8 -0.00152655 0
7 8 0.74296 0.743544
10 8 -0.0157041 0
12 8 -0.00282555 0
15 8 0.0362173 0.0416916
e
2 9 -0.00840318 0
3 9 0.0212363 0.0217117
6 9 0.0262947 0.0505825
8 9 0.148755 0.284712
12 9 -0.00537018 -0.00282555
13 9 0.00184654 0.00438567
14 9 0.414183 0.422373
15 9 0.0416916 0.0601794
e
6 10 0.0505825 0.0534698
8 10 -0.00197679 0
9 10 -0.00121492 0
10 10 -0.0163895 -0.0157041
11 10 -0.000401786 0
12 10 -0.00660346 -0.00537018
13 10 -0.00246124 0
14 10 -0.000992289 0
e
0 11 0.100513 1.07606
1 11 0.0287182 1.01388
2 11 0.0481129 0.948615
3 11 0.0217117 0.992268
4 11 0.120916 0.993415
5 11 0.209265 0.950444
6 11 0.0534698 1.02465
7 11 0.743544 1.27397
8 11 0.284712 1.01306
9 11 0.0773056 0.916484
10 11 0.1657 0.993566
11 11 0.512252 1.0106
12 11 0.0176778 0.990239
13 11 0.00438567 0.992547
14 11 0.422373 1.05868
15 11 0.0601794 0.957523
16 11 0.0272395 1.04057
17 11 0.0759757 1.07211
e
0 12 -0.0760553 0
1 12 -0.0138776 0
2 12 0.948615 1.0084
3 12 0.992268 1
4 12 0.993415 1.00031
5 12 0.950444 1
6 12 -0.0246514 -0.00152655
7 12 -0.27397 0
8 12 -0.0130564 -0.00197679
9 12 0.916484 1.00121
10 12 0.993566 1.01639
11 12 -0.0105977 -0.000401786
12 12 0.990239 1.0066
13 12 0.992547 1.00246
14 12 -0.0586828 -0.000992289
15 12 0.957523 1
16 12 -0.0405654 0
17 12 -0.0721136 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [7.65433e-06:0.0456025]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.0152008
1 0.00131467
2 8.37725e-05
3 0.00211542
4 0.000356095
5 5.6074e-05
6 0.00021945
7 0.000382743
8 7.39685e-05
9 4.0118e-05
10 7.1107e-05
11 0.000242617
12 3.95205e-05
13 3.9606e-05
14 9.82375e-05
15 8.1593e-05
16 2.2963e-05
17 2.60215e-05
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
set yrange [-29.396999:129.396999]
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
0 1 0 0.0789548
5 1 0 0.0931002
6 1 0 0.00529051
8 1 0 0.0705774
10 1 0 0.0734175
11 1 0 0.0215175
e
0 2 0.0789548 0.0998832
1 2 0 0.000475787
2 2 0 0.00746667
5 2 0.0931002 0.153378
6 2 0.00529051 0.0114559
7 2 0 0.00163426
8 2 0.0705774 0.116272
9 2 0 0.0155915
10 2 0.0734175 0.120952
11 2 0.0215175 0.0354489
12 2 0 0.0158273
15 2 0 0.00766612
16 2 0 0.0272395
17 2 0 0.0240379
e
1 3 0.000475787 0.0252086
e
0 4 0.0998832 0.0999192
1 4 0.0252086 0.0253407
2 4 0.00746667 0.0109587
3 4 0 3.45719e-05
4 4 0 0.000205378
5 4 0.153378 0.154682
6 4 0.0114559 0.0124557
7 4 0.00163426 0.00278073
8 4 0.116272 0.117261
9 4 0.0155915 0.0192375
10 4 0.120952 0.123009
11 4 0.0354489 0.0357503
12 4 0.0158273 0.0176778
13 4 0 0.00184654
17 4 0.0240379 0.0759757
e
3 5 3.45719e-05 0.0192688
4 5 0.000205378 0.114468
14 5 0 0.414183
e
0 6 0.0999192 0.10041
1 6 0.0253407 0.0284634
2 6 0.0109587 0.0467799
3 6 0.0192688 0.0212363
4 6 0.114468 0.120916
5 6 0.154682 0.209265
6 6 0.0124557 0.0262947
7 6 0.00278073 0.0105934
8 6 0.117261 0.148755
9 6 0.0192375 0.0773056
10 6 0.123009 0.1657
11 6 0.0357503 0.0453522
15 6 0.00766612 0.0362173
e
7 7 0.0105934 0.74296
11 7 0.0453522 0.512252
e
0 8 0.10041 0.100513
1 8 0.0284634 0.0287182
2 8 0.0467799 0.0481129
4 8 -0.000313588 0
6 8 -0.00152655 0
7 8 0.74296 0.743544
10 8 -0.0157041 0
12 8 -0.00282555 0
15 8 0.0362173 0.0416916
e
2 9 -0.00840318 0
3 9 0.0212363 0.0217117
6 9 0.0262947 0.0505825
8 9 0.148755 0.284712
12 9 -0.00537018 -0.00282555
13 9 0.00184654 0.00438567
14 9 0.414183 0.422373
15 9 0.0416916 0.0601794
e
6 10 0.0505825 0.0534698
8 10 -0.00197679 0
9 10 -0.00121492 0
10 10 -0.0163895 -0.0157041
11 10 -0.000401786 0
12 10 -0.00660346 -0.00537018
13 10 -0.00246124 0
14 10 -0.000992289 0
e
0 11 0.100513 1.07606
1 11 0.0287182 1.01388
2 11 0.0481129 0.948615
3 11 0.0217117 0.992268
4 11 0.120916 0.993415
5 11 0.209265 0.950444
6 11 0.0534698 1.02465
7 11 0.743544 1.27397
8 11 0.284712 1.01306
9 11 0.0773056 0.916484
10 11 0.1657 0.993566
11 11 0.512252 1.0106
12 11 0.0176778 0.990239
13 11 0.00438567 0.992547
14 11 0.422373 1.05868
15 11 0.0601794 0.957523
16 11 0.0272395 1.04057
17 11 0.0759757 1.07211
e
0 12 -0.0760553 0
1 12 -0.0138776 0
2 12 0.948615 1.0084
3 12 0.992268 1
4 12 0.993415 1.00031
5 12 0.950444 1
6 12 -0.0246514 -0.00152655
7 12 -0.27397 0
8 12 -0.0130564 -0.00197679
9 12 0.916484 1.00121
10 12 0.993566 1.01639
11 12 -0.0105977 -0.000401786
12 12 0.990239 1.0066
13 12 0.992547 1.00246
14 12 -0.0586828 -0.000992289
15 12 0.957523 1
16 12 -0.0405654 0
17 12 -0.0721136 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [7.65433e-06:0.0456025]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.0152008
1 0.00131467
2 8.37725e-05
3 0.00211542
4 0.000356095
5 5.6074e-05
6 0.00021945
7 0.000382743
8 7.39685e-05
9 4.0118e-05
10 7.1107e-05
11 0.000242617
12 3.95205e-05
13 3.9606e-05
14 9.82375e-05
15 8.1593e-05
16 2.2963e-05
17 2.60215e-05
e
unset multiplot
unset logscale y
set output
