# explain.py: explain-8192-published; data inline, run `gnuplot explain-8192-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-published.png"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-39.671222:139.671222]
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
0 0 0 0.00684768
1 0 0 0.01928
2 0 0 0.232027
3 0 0 0.0229176
4 0 0 0.123922
5 0 0 0.282328
6 0 0 0.0987563
7 0 0 0.0508009
8 0 0 0.332658
9 0 0 0.502376
10 0 0 0.321395
11 0 0 0.151463
12 0 0 0.554159
13 0 0 0.580577
14 0 0 0.196444
15 0 0 0.292532
16 0 0 0.627546
17 0 0 0.411752
e
0 1 0.00684768 0.383257
5 1 0.282328 0.363439
6 1 0.0987563 0.102468
8 1 0.332658 0.428229
10 1 0.321395 0.413729
11 1 0.151463 0.194978
e
0 2 0.383257 0.496997
1 2 0.01928 0.0199376
2 2 0.232027 0.239941
5 2 0.363439 0.417429
6 2 0.102468 0.109967
7 2 0.0508009 0.0525336
8 2 0.428229 0.491844
9 2 0.502376 0.519511
10 2 0.413729 0.47519
11 2 0.194978 0.223942
12 2 0.554159 0.57306
15 2 0.292532 0.30251
16 2 0.627546 0.64895
17 2 0.411752 0.425796
e
1 3 0.0199376 0.0488194
e
0 4 0.496997 0.497082
1 4 0.0488194 0.0488947
2 4 0.239941 0.241469
3 4 0.0229176 0.0229553
4 4 0.123922 0.124126
5 4 0.417429 0.417894
6 4 0.109967 0.110455
7 4 0.0525336 0.0530354
8 4 0.491844 0.492391
9 4 0.519511 0.521166
10 4 0.47519 0.476249
11 4 0.223942 0.224192
12 4 0.57306 0.573972
13 4 0.580577 0.581533
16 4 0.64895 0.649984
17 4 0.425796 0.456913
e
3 5 0.0229553 0.0571368
4 5 0.124126 0.308954
14 5 0.196444 0.489439
e
0 6 0.497082 0.499066
1 6 0.0488947 0.0519697
2 6 0.241469 0.268519
3 6 0.0571368 0.061089
4 6 0.308954 0.326142
5 6 0.417894 0.451465
6 6 0.110455 0.122107
7 6 0.0530354 0.058937
8 6 0.492391 0.513089
9 6 0.521166 0.552423
10 6 0.476249 0.50802
11 6 0.224192 0.233616
15 6 0.30251 0.320711
e
7 7 0.058937 0.400777
11 7 0.233616 0.634376
e
0 8 0.499066 0.49912
1 8 0.0519697 0.0524282
2 8 0.268519 0.269439
3 8 -0.000454154 0
6 8 -0.00156563 0
7 8 0.400777 0.40118
15 8 0.320711 0.325349
e
0 9 0.49912 0.499142
3 9 -0.00118226 -0.000454154
4 9 0.326142 0.326929
5 9 0.451465 0.493623
6 9 -0.012547 -0.00156563
7 9 0.40118 0.401341
9 9 0.552423 0.568384
11 9 0.634376 0.634857
12 9 0.573972 0.644396
13 9 0.581533 0.765985
14 9 0.489439 0.493184
15 9 0.325349 0.362524
16 9 0.649984 0.651977
17 9 0.456913 0.521013
e
0 10 -2.20439e-05 0
1 10 -6.20659e-05 0
2 10 0.269439 0.269812
4 10 0.326929 0.327129
5 10 -0.000454433 0
6 10 -0.0128649 -0.012547
7 10 -8.17686e-05 0
8 10 -0.00160633 0
9 10 -0.00161724 0
10 10 -0.00155194 0
11 10 -0.000731381 0
12 10 -0.00267591 0
13 10 -0.00280348 0
14 10 -0.00126478 0
15 10 -0.000470857 0
17 10 0.521013 0.521676
e
0 11 0.499142 0.87146
1 11 0.0524282 0.984526
2 11 0.269812 0.962662
3 11 0.061089 1.00361
4 11 0.327129 1.04997
5 11 0.493623 0.988454
6 11 0.122107 1.00281
7 11 0.401341 0.965847
8 11 0.513089 0.95901
9 11 0.568384 1.10586
10 11 0.50802 1.0785
11 11 0.634857 0.988792
12 11 0.644396 1.25305
13 11 0.765985 1.37671
14 11 0.493184 1.07007
15 11 0.362524 1.04714
16 11 0.651977 1.19718
17 11 0.521676 0.992269
e
0 12 0.87146 1.00002
1 12 0.984526 1.00006
2 12 0.962662 1
3 12 -0.00360666 -0.00118226
4 12 -0.0499702 0
5 12 0.988454 1.00045
6 12 1.00281 1.01286
7 12 0.965847 1.00008
8 12 0.95901 1.00161
9 12 -0.105861 -0.00161724
10 12 -0.0785027 -0.00155194
11 12 0.988792 1.00073
12 12 -0.253049 -0.00267591
13 12 -0.376712 -0.00280348
14 12 -0.0700651 -0.00126478
15 12 -0.0471421 -0.000470857
16 12 -0.197179 0
17 12 0.992269 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.54408e-05:0.0127355]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00424516
1 0.00150775
2 0.000125285
3 0.00126844
4 0.00023458
5 0.000102964
6 0.000294356
7 0.000572225
8 8.73855e-05
9 5.7864e-05
10 9.0448e-05
11 0.000191925
12 5.2457e-05
13 5.007e-05
14 0.000147979
15 9.9372e-05
16 4.63225e-05
17 7.05995e-05
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
set yrange [-39.671222:139.671222]
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
0 0 0 0.00684768
1 0 0 0.01928
2 0 0 0.232027
3 0 0 0.0229176
4 0 0 0.123922
5 0 0 0.282328
6 0 0 0.0987563
7 0 0 0.0508009
8 0 0 0.332658
9 0 0 0.502376
10 0 0 0.321395
11 0 0 0.151463
12 0 0 0.554159
13 0 0 0.580577
14 0 0 0.196444
15 0 0 0.292532
16 0 0 0.627546
17 0 0 0.411752
e
0 1 0.00684768 0.383257
5 1 0.282328 0.363439
6 1 0.0987563 0.102468
8 1 0.332658 0.428229
10 1 0.321395 0.413729
11 1 0.151463 0.194978
e
0 2 0.383257 0.496997
1 2 0.01928 0.0199376
2 2 0.232027 0.239941
5 2 0.363439 0.417429
6 2 0.102468 0.109967
7 2 0.0508009 0.0525336
8 2 0.428229 0.491844
9 2 0.502376 0.519511
10 2 0.413729 0.47519
11 2 0.194978 0.223942
12 2 0.554159 0.57306
15 2 0.292532 0.30251
16 2 0.627546 0.64895
17 2 0.411752 0.425796
e
1 3 0.0199376 0.0488194
e
0 4 0.496997 0.497082
1 4 0.0488194 0.0488947
2 4 0.239941 0.241469
3 4 0.0229176 0.0229553
4 4 0.123922 0.124126
5 4 0.417429 0.417894
6 4 0.109967 0.110455
7 4 0.0525336 0.0530354
8 4 0.491844 0.492391
9 4 0.519511 0.521166
10 4 0.47519 0.476249
11 4 0.223942 0.224192
12 4 0.57306 0.573972
13 4 0.580577 0.581533
16 4 0.64895 0.649984
17 4 0.425796 0.456913
e
3 5 0.0229553 0.0571368
4 5 0.124126 0.308954
14 5 0.196444 0.489439
e
0 6 0.497082 0.499066
1 6 0.0488947 0.0519697
2 6 0.241469 0.268519
3 6 0.0571368 0.061089
4 6 0.308954 0.326142
5 6 0.417894 0.451465
6 6 0.110455 0.122107
7 6 0.0530354 0.058937
8 6 0.492391 0.513089
9 6 0.521166 0.552423
10 6 0.476249 0.50802
11 6 0.224192 0.233616
15 6 0.30251 0.320711
e
7 7 0.058937 0.400777
11 7 0.233616 0.634376
e
0 8 0.499066 0.49912
1 8 0.0519697 0.0524282
2 8 0.268519 0.269439
3 8 -0.000454154 0
6 8 -0.00156563 0
7 8 0.400777 0.40118
15 8 0.320711 0.325349
e
0 9 0.49912 0.499142
3 9 -0.00118226 -0.000454154
4 9 0.326142 0.326929
5 9 0.451465 0.493623
6 9 -0.012547 -0.00156563
7 9 0.40118 0.401341
9 9 0.552423 0.568384
11 9 0.634376 0.634857
12 9 0.573972 0.644396
13 9 0.581533 0.765985
14 9 0.489439 0.493184
15 9 0.325349 0.362524
16 9 0.649984 0.651977
17 9 0.456913 0.521013
e
0 10 -2.20439e-05 0
1 10 -6.20659e-05 0
2 10 0.269439 0.269812
4 10 0.326929 0.327129
5 10 -0.000454433 0
6 10 -0.0128649 -0.012547
7 10 -8.17686e-05 0
8 10 -0.00160633 0
9 10 -0.00161724 0
10 10 -0.00155194 0
11 10 -0.000731381 0
12 10 -0.00267591 0
13 10 -0.00280348 0
14 10 -0.00126478 0
15 10 -0.000470857 0
17 10 0.521013 0.521676
e
0 11 0.499142 0.87146
1 11 0.0524282 0.984526
2 11 0.269812 0.962662
3 11 0.061089 1.00361
4 11 0.327129 1.04997
5 11 0.493623 0.988454
6 11 0.122107 1.00281
7 11 0.401341 0.965847
8 11 0.513089 0.95901
9 11 0.568384 1.10586
10 11 0.50802 1.0785
11 11 0.634857 0.988792
12 11 0.644396 1.25305
13 11 0.765985 1.37671
14 11 0.493184 1.07007
15 11 0.362524 1.04714
16 11 0.651977 1.19718
17 11 0.521676 0.992269
e
0 12 0.87146 1.00002
1 12 0.984526 1.00006
2 12 0.962662 1
3 12 -0.00360666 -0.00118226
4 12 -0.0499702 0
5 12 0.988454 1.00045
6 12 1.00281 1.01286
7 12 0.965847 1.00008
8 12 0.95901 1.00161
9 12 -0.105861 -0.00161724
10 12 -0.0785027 -0.00155194
11 12 0.988792 1.00073
12 12 -0.253049 -0.00267591
13 12 -0.376712 -0.00280348
14 12 -0.0700651 -0.00126478
15 12 -0.0471421 -0.000470857
16 12 -0.197179 0
17 12 0.992269 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.54408e-05:0.0127355]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00424516
1 0.00150775
2 0.000125285
3 0.00126844
4 0.00023458
5 0.000102964
6 0.000294356
7 0.000572225
8 8.73855e-05
9 5.7864e-05
10 9.0448e-05
11 0.000191925
12 5.2457e-05
13 5.007e-05
14 0.000147979
15 9.9372e-05
16 4.63225e-05
17 7.05995e-05
e
unset multiplot
unset logscale y
set output
