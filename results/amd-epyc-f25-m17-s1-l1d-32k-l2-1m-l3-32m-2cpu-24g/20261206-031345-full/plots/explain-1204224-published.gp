# explain.py: explain-1204224-published; data inline, run `gnuplot explain-1204224-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-published.png"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-8.075522:108.075522]
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
0 0 0 0.00831765
1 0 0 0.244304
2 0 0 0.709755
3 0 0 0.469341
4 0 0 0.635445
5 0 0 0.509451
6 0 0 0.287841
7 0 0 0.325308
8 0 0 0.513124
9 0 0 0.627656
10 0 0 0.506346
11 0 0 0.306906
12 0 0 0.997581
13 0 0 0.962009
14 0 0 0.69983
15 0 0 0.790367
16 0 0 1.02594
17 0 0 1.00401
e
0 1 0.00831765 0.46906
5 1 0.509451 0.520713
6 1 0.287841 0.293643
8 1 0.513124 0.524467
10 1 0.506346 0.51754
11 1 0.306906 0.313691
e
0 2 0.46906 0.579968
1 2 0.244304 0.244353
2 2 0.709755 0.709897
5 2 0.520713 0.52651
6 2 0.293643 0.299427
7 2 0.325308 0.325374
8 2 0.524467 0.530306
9 2 0.627656 0.627781
10 2 0.51754 0.523301
11 2 0.313691 0.317183
12 2 0.997581 0.99778
15 2 0.790367 0.790526
16 2 1.02594 1.02615
17 2 1.00401 1.00422
e
1 3 0.244353 0.619424
e
0 4 0.579968 0.58055
1 4 0.619424 0.624867
2 4 0.709897 0.737002
3 4 0.469341 0.473822
4 4 0.635445 0.641512
5 4 0.52651 0.531374
6 4 0.299427 0.307671
7 4 0.325374 0.344009
8 4 0.530306 0.535205
9 4 0.627781 0.639766
10 4 0.523301 0.53297
11 4 0.317183 0.320113
12 4 0.99778 1.0073
13 4 0.962009 0.971193
16 4 1.02615 1.03594
17 4 1.00422 1.02482
e
3 5 0.473822 0.63413
4 5 0.641512 0.858555
14 5 0.69983 0.938865
e
0 6 0.58055 0.582999
1 6 0.624867 0.664834
2 6 0.737002 0.824071
3 6 0.63413 0.635364
4 6 0.858555 0.860015
5 6 0.531374 0.59388
6 6 0.307671 0.342985
7 6 0.344009 0.383915
8 6 0.535205 0.569827
9 6 0.639766 0.682117
10 6 0.53297 0.606504
11 6 0.320113 0.340821
15 6 0.790526 0.843855
e
7 7 0.383915 0.529333
11 7 0.340821 0.632045
e
0 8 0.582999 0.583213
1 8 0.664834 0.668193
2 8 0.824071 0.827637
5 8 0.59388 0.594217
6 8 -0.000342507 0
7 8 0.529333 0.536472
8 8 0.569827 0.570268
9 8 0.682117 0.682407
10 8 0.606504 0.607441
11 8 0.632045 0.632289
13 8 -6.35949e-05 0
15 8 0.843855 0.845788
e
0 9 -5.37824e-05 0
1 9 -0.00110578 0
2 9 0.827637 0.839059
3 9 -0.00114647 0
4 9 0.860015 0.860928
5 9 0.594217 0.604538
6 9 0.342985 0.344805
7 9 0.536472 0.572839
8 9 0.570268 0.588185
9 9 0.682407 0.695936
10 9 0.607441 0.725308
11 9 0.632289 0.652883
12 9 1.0073 1.00759
13 9 -0.000201826 -6.35949e-05
14 9 0.938865 0.946407
15 9 0.845788 0.899165
17 9 1.02482 1.02496
e
0 10 0.583213 0.583353
1 10 0.668193 0.763005
2 10 0.839059 0.940273
3 10 0.635364 0.639936
4 10 0.860928 0.866792
5 10 0.604538 0.870336
6 10 0.344805 0.521057
7 10 0.572839 0.777806
8 10 0.588185 0.875623
10 10 0.725308 0.947515
11 10 0.652883 0.842612
e
0 11 0.583353 0.586297
1 11 0.763005 0.834671
2 11 0.940273 0.969004
3 11 0.639936 0.828457
4 11 0.866792 0.921811
5 11 0.870336 0.886433
6 11 0.521057 0.558068
7 11 0.777806 0.802177
8 11 0.875623 0.888137
9 11 0.695936 0.704774
10 11 0.947515 0.96422
11 11 0.842612 0.856744
12 11 1.00759 1.03316
13 11 0.971193 0.98829
14 11 0.946407 0.957564
15 11 0.899165 0.948213
16 11 1.03594 1.06076
17 11 1.02496 1.04181
e
0 12 0.586297 1.00005
1 12 0.834671 1.00111
2 12 0.969004 1
3 12 0.828457 1.00115
4 12 0.921811 1
5 12 0.886433 1
6 12 0.558068 1.00034
7 12 0.802177 1
8 12 0.888137 1
9 12 0.704774 1
10 12 0.96422 1
11 12 0.856744 1
12 12 -0.0331627 0
13 12 0.98829 1.0002
14 12 0.957564 1
15 12 0.948213 1
16 12 -0.0607552 0
17 12 -0.0418084 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [6.71668e-06:0.939044]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     2.7562e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 27.6 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin-then-futex cross-core", \
     2.015e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 20.2 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.313015
1 0.010657
2 0.00366823
3 0.00554724
4 0.0040972
5 0.00511049
6 0.00904507
7 0.00800331
8 0.00507391
9 0.00414805
10 0.00514183
11 0.0084832
12 0.00260986
13 0.00270636
14 0.00372026
15 0.0032941
16 0.00253771
17 0.00259313
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-published.svg"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-8.075522:108.075522]
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
0 0 0 0.00831765
1 0 0 0.244304
2 0 0 0.709755
3 0 0 0.469341
4 0 0 0.635445
5 0 0 0.509451
6 0 0 0.287841
7 0 0 0.325308
8 0 0 0.513124
9 0 0 0.627656
10 0 0 0.506346
11 0 0 0.306906
12 0 0 0.997581
13 0 0 0.962009
14 0 0 0.69983
15 0 0 0.790367
16 0 0 1.02594
17 0 0 1.00401
e
0 1 0.00831765 0.46906
5 1 0.509451 0.520713
6 1 0.287841 0.293643
8 1 0.513124 0.524467
10 1 0.506346 0.51754
11 1 0.306906 0.313691
e
0 2 0.46906 0.579968
1 2 0.244304 0.244353
2 2 0.709755 0.709897
5 2 0.520713 0.52651
6 2 0.293643 0.299427
7 2 0.325308 0.325374
8 2 0.524467 0.530306
9 2 0.627656 0.627781
10 2 0.51754 0.523301
11 2 0.313691 0.317183
12 2 0.997581 0.99778
15 2 0.790367 0.790526
16 2 1.02594 1.02615
17 2 1.00401 1.00422
e
1 3 0.244353 0.619424
e
0 4 0.579968 0.58055
1 4 0.619424 0.624867
2 4 0.709897 0.737002
3 4 0.469341 0.473822
4 4 0.635445 0.641512
5 4 0.52651 0.531374
6 4 0.299427 0.307671
7 4 0.325374 0.344009
8 4 0.530306 0.535205
9 4 0.627781 0.639766
10 4 0.523301 0.53297
11 4 0.317183 0.320113
12 4 0.99778 1.0073
13 4 0.962009 0.971193
16 4 1.02615 1.03594
17 4 1.00422 1.02482
e
3 5 0.473822 0.63413
4 5 0.641512 0.858555
14 5 0.69983 0.938865
e
0 6 0.58055 0.582999
1 6 0.624867 0.664834
2 6 0.737002 0.824071
3 6 0.63413 0.635364
4 6 0.858555 0.860015
5 6 0.531374 0.59388
6 6 0.307671 0.342985
7 6 0.344009 0.383915
8 6 0.535205 0.569827
9 6 0.639766 0.682117
10 6 0.53297 0.606504
11 6 0.320113 0.340821
15 6 0.790526 0.843855
e
7 7 0.383915 0.529333
11 7 0.340821 0.632045
e
0 8 0.582999 0.583213
1 8 0.664834 0.668193
2 8 0.824071 0.827637
5 8 0.59388 0.594217
6 8 -0.000342507 0
7 8 0.529333 0.536472
8 8 0.569827 0.570268
9 8 0.682117 0.682407
10 8 0.606504 0.607441
11 8 0.632045 0.632289
13 8 -6.35949e-05 0
15 8 0.843855 0.845788
e
0 9 -5.37824e-05 0
1 9 -0.00110578 0
2 9 0.827637 0.839059
3 9 -0.00114647 0
4 9 0.860015 0.860928
5 9 0.594217 0.604538
6 9 0.342985 0.344805
7 9 0.536472 0.572839
8 9 0.570268 0.588185
9 9 0.682407 0.695936
10 9 0.607441 0.725308
11 9 0.632289 0.652883
12 9 1.0073 1.00759
13 9 -0.000201826 -6.35949e-05
14 9 0.938865 0.946407
15 9 0.845788 0.899165
17 9 1.02482 1.02496
e
0 10 0.583213 0.583353
1 10 0.668193 0.763005
2 10 0.839059 0.940273
3 10 0.635364 0.639936
4 10 0.860928 0.866792
5 10 0.604538 0.870336
6 10 0.344805 0.521057
7 10 0.572839 0.777806
8 10 0.588185 0.875623
10 10 0.725308 0.947515
11 10 0.652883 0.842612
e
0 11 0.583353 0.586297
1 11 0.763005 0.834671
2 11 0.940273 0.969004
3 11 0.639936 0.828457
4 11 0.866792 0.921811
5 11 0.870336 0.886433
6 11 0.521057 0.558068
7 11 0.777806 0.802177
8 11 0.875623 0.888137
9 11 0.695936 0.704774
10 11 0.947515 0.96422
11 11 0.842612 0.856744
12 11 1.00759 1.03316
13 11 0.971193 0.98829
14 11 0.946407 0.957564
15 11 0.899165 0.948213
16 11 1.03594 1.06076
17 11 1.02496 1.04181
e
0 12 0.586297 1.00005
1 12 0.834671 1.00111
2 12 0.969004 1
3 12 0.828457 1.00115
4 12 0.921811 1
5 12 0.886433 1
6 12 0.558068 1.00034
7 12 0.802177 1
8 12 0.888137 1
9 12 0.704774 1
10 12 0.96422 1
11 12 0.856744 1
12 12 -0.0331627 0
13 12 0.98829 1.0002
14 12 0.957564 1
15 12 0.948213 1
16 12 -0.0607552 0
17 12 -0.0418084 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [6.71668e-06:0.939044]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     2.7562e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 27.6 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin-then-futex cross-core", \
     2.015e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 20.2 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.313015
1 0.010657
2 0.00366823
3 0.00554724
4 0.0040972
5 0.00511049
6 0.00904507
7 0.00800331
8 0.00507391
9 0.00414805
10 0.00514183
11 0.0084832
12 0.00260986
13 0.00270636
14 0.00372026
15 0.0032941
16 0.00253771
17 0.00259313
e
unset multiplot
unset logscale y
set output
