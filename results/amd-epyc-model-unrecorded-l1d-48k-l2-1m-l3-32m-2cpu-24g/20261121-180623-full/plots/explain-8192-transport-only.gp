# explain.py: explain-8192-transport-only; data inline, run `gnuplot explain-8192-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-53.405868:153.405868]
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
0 1 0 0.386567
5 1 0 0.0554282
6 1 0 0.00308526
8 1 0 0.072188
10 1 0 0.050563
11 1 0 0.024533
e
0 2 0.386567 0.481167
1 2 0 0.000752445
2 2 0 0.00547399
5 2 0.0554282 0.0923217
6 2 0.00308526 0.00672203
7 2 0 0.00126734
8 2 0.072188 0.120237
9 2 0 0.010088
10 2 0.050563 0.0842183
11 2 0.024533 0.0408624
12 2 0 0.0128957
15 2 0 0.00328186
16 2 0 0.0113674
17 2 0 0.00960384
e
1 3 0.000752445 0.0245658
e
0 4 0.481167 0.481375
1 4 0.0245658 0.024768
2 4 0.00547399 0.00795398
3 4 0 5.73992e-05
4 4 0 0.000299608
5 4 0.0923217 0.0931874
6 4 0.00672203 0.00727321
7 4 0.00126734 0.00212858
8 4 0.120237 0.121364
9 4 0.010088 0.0123731
10 4 0.0842183 0.0857976
11 4 0.0408624 0.0412455
12 4 0.0128957 0.0143563
13 4 0 0.00171042
17 4 0.00960384 0.0292341
e
3 5 5.73992e-05 0.0480558
4 5 0.000299608 0.250838
14 5 0 0.307307
e
0 6 0.481375 0.485101
1 6 0.024768 0.0310433
2 6 0.00795398 0.0413234
3 6 0.0480558 0.055047
4 6 0.250838 0.276829
5 6 0.0931874 0.14071
6 6 0.00727321 0.0172807
7 6 0.00212858 0.009827
8 6 0.121364 0.162669
9 6 0.0123731 0.0542329
10 6 0.0857976 0.127384
11 6 0.0412455 0.0552829
15 6 0.00328186 0.0168999
e
7 7 0.009827 0.432001
11 7 0.0552829 0.425566
e
0 8 0.485101 0.485244
1 8 0.0310433 0.0312614
2 8 0.0413234 0.0429099
3 8 0.055047 0.0557814
5 8 0.14071 0.142925
6 8 0.0172807 0.025743
7 8 0.432001 0.432736
8 8 0.162669 0.165554
10 8 0.127384 0.131425
15 8 0.0168999 0.0207045
e
0 9 0.485244 0.486934
1 9 -0.00430892 0
2 9 0.0429099 0.0491793
3 9 -0.00348254 0
6 9 0.025743 0.501346
7 9 0.432736 0.506762
8 9 0.165554 0.370766
9 9 0.0542329 0.169772
10 9 0.131425 0.642493
11 9 -0.364204 0
12 9 0.0143563 0.0882046
13 9 0.00171042 0.0363021
14 9 0.307307 0.311023
15 9 0.0207045 0.133467
e
0 10 -5.73865e-05 0
1 10 -0.00439671 -0.00430892
2 10 0.0491793 0.049818
5 10 -0.000891727 0
6 10 -0.000378504 0
8 10 -0.00464543 0
9 10 -0.00353089 0
10 10 -0.00162691 0
11 10 -0.365388 -0.364204
12 10 -0.00451364 0
13 10 -0.00528564 0
14 10 -0.00189276 0
15 10 -0.000382895 0
e
0 11 0.486934 0.966122
1 11 0.0312614 0.979455
2 11 0.049818 0.937748
3 11 0.0557814 1.02613
4 11 0.276829 1.07926
5 11 0.142925 0.950771
6 11 0.501346 1.51406
7 11 0.506762 1.08709
8 11 0.370766 0.986503
9 11 0.169772 1.19854
10 11 0.642493 1.4741
11 11 0.425566 0.646802
12 11 0.0882046 1.06889
13 11 0.0363021 1.03998
14 11 0.311023 1.06468
15 11 0.133467 1.0909
16 11 0.0113674 1.01602
17 11 0.0292341 1.02049
e
0 12 0.966122 1.00006
1 12 0.979455 1.0044
2 12 0.937748 1
3 12 -0.0261295 -0.00348254
4 12 -0.0792566 0
5 12 0.950771 1.00089
6 12 -0.514059 -0.000378504
7 12 -0.0870947 0
8 12 0.986503 1.00465
9 12 -0.19854 -0.00353089
10 12 -0.474104 -0.00162691
11 12 0.646802 1.36539
12 12 -0.0688851 -0.00451364
13 12 -0.0399849 -0.00528564
14 12 -0.0646798 -0.00189276
15 12 -0.0909048 -0.000382895
16 12 -0.0160167 0
17 12 -0.020485 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.10365e-05:0.00609917]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00203306
1 0.000664501
2 9.1341e-05
3 0.000986617
4 0.000189017
5 6.5418e-05
6 0.00030824
7 0.000394528
8 5.023e-05
9 4.9564e-05
10 7.17125e-05
11 0.000147801
12 3.87725e-05
13 3.31095e-05
14 0.0001541
15 0.000152353
16 4.39855e-05
17 5.20625e-05
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
set yrange [-53.405868:153.405868]
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
0 1 0 0.386567
5 1 0 0.0554282
6 1 0 0.00308526
8 1 0 0.072188
10 1 0 0.050563
11 1 0 0.024533
e
0 2 0.386567 0.481167
1 2 0 0.000752445
2 2 0 0.00547399
5 2 0.0554282 0.0923217
6 2 0.00308526 0.00672203
7 2 0 0.00126734
8 2 0.072188 0.120237
9 2 0 0.010088
10 2 0.050563 0.0842183
11 2 0.024533 0.0408624
12 2 0 0.0128957
15 2 0 0.00328186
16 2 0 0.0113674
17 2 0 0.00960384
e
1 3 0.000752445 0.0245658
e
0 4 0.481167 0.481375
1 4 0.0245658 0.024768
2 4 0.00547399 0.00795398
3 4 0 5.73992e-05
4 4 0 0.000299608
5 4 0.0923217 0.0931874
6 4 0.00672203 0.00727321
7 4 0.00126734 0.00212858
8 4 0.120237 0.121364
9 4 0.010088 0.0123731
10 4 0.0842183 0.0857976
11 4 0.0408624 0.0412455
12 4 0.0128957 0.0143563
13 4 0 0.00171042
17 4 0.00960384 0.0292341
e
3 5 5.73992e-05 0.0480558
4 5 0.000299608 0.250838
14 5 0 0.307307
e
0 6 0.481375 0.485101
1 6 0.024768 0.0310433
2 6 0.00795398 0.0413234
3 6 0.0480558 0.055047
4 6 0.250838 0.276829
5 6 0.0931874 0.14071
6 6 0.00727321 0.0172807
7 6 0.00212858 0.009827
8 6 0.121364 0.162669
9 6 0.0123731 0.0542329
10 6 0.0857976 0.127384
11 6 0.0412455 0.0552829
15 6 0.00328186 0.0168999
e
7 7 0.009827 0.432001
11 7 0.0552829 0.425566
e
0 8 0.485101 0.485244
1 8 0.0310433 0.0312614
2 8 0.0413234 0.0429099
3 8 0.055047 0.0557814
5 8 0.14071 0.142925
6 8 0.0172807 0.025743
7 8 0.432001 0.432736
8 8 0.162669 0.165554
10 8 0.127384 0.131425
15 8 0.0168999 0.0207045
e
0 9 0.485244 0.486934
1 9 -0.00430892 0
2 9 0.0429099 0.0491793
3 9 -0.00348254 0
6 9 0.025743 0.501346
7 9 0.432736 0.506762
8 9 0.165554 0.370766
9 9 0.0542329 0.169772
10 9 0.131425 0.642493
11 9 -0.364204 0
12 9 0.0143563 0.0882046
13 9 0.00171042 0.0363021
14 9 0.307307 0.311023
15 9 0.0207045 0.133467
e
0 10 -5.73865e-05 0
1 10 -0.00439671 -0.00430892
2 10 0.0491793 0.049818
5 10 -0.000891727 0
6 10 -0.000378504 0
8 10 -0.00464543 0
9 10 -0.00353089 0
10 10 -0.00162691 0
11 10 -0.365388 -0.364204
12 10 -0.00451364 0
13 10 -0.00528564 0
14 10 -0.00189276 0
15 10 -0.000382895 0
e
0 11 0.486934 0.966122
1 11 0.0312614 0.979455
2 11 0.049818 0.937748
3 11 0.0557814 1.02613
4 11 0.276829 1.07926
5 11 0.142925 0.950771
6 11 0.501346 1.51406
7 11 0.506762 1.08709
8 11 0.370766 0.986503
9 11 0.169772 1.19854
10 11 0.642493 1.4741
11 11 0.425566 0.646802
12 11 0.0882046 1.06889
13 11 0.0363021 1.03998
14 11 0.311023 1.06468
15 11 0.133467 1.0909
16 11 0.0113674 1.01602
17 11 0.0292341 1.02049
e
0 12 0.966122 1.00006
1 12 0.979455 1.0044
2 12 0.937748 1
3 12 -0.0261295 -0.00348254
4 12 -0.0792566 0
5 12 0.950771 1.00089
6 12 -0.514059 -0.000378504
7 12 -0.0870947 0
8 12 0.986503 1.00465
9 12 -0.19854 -0.00353089
10 12 -0.474104 -0.00162691
11 12 0.646802 1.36539
12 12 -0.0688851 -0.00451364
13 12 -0.0399849 -0.00528564
14 12 -0.0646798 -0.00189276
15 12 -0.0909048 -0.000382895
16 12 -0.0160167 0
17 12 -0.020485 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.10365e-05:0.00609917]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00203306
1 0.000664501
2 9.1341e-05
3 0.000986617
4 0.000189017
5 6.5418e-05
6 0.00030824
7 0.000394528
8 5.023e-05
9 4.9564e-05
10 7.17125e-05
11 0.000147801
12 3.87725e-05
13 3.31095e-05
14 0.0001541
15 0.000152353
16 4.39855e-05
17 5.20625e-05
e
unset multiplot
unset logscale y
set output
