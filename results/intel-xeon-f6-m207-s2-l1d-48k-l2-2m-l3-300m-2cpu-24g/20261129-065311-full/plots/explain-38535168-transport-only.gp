# explain.py: explain-38535168-transport-only; data inline, run `gnuplot explain-38535168-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-55.943395:155.943395]
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
0 1 0 0.797448
5 1 0 0.320761
6 1 0 0.229336
8 1 0 0.4507
10 1 0 0.371511
11 1 0 0.225999
e
0 2 0.797448 0.979824
1 2 0 2.04564e-06
2 2 0 6.65371e-06
5 2 0.320761 0.476138
6 2 0.229336 0.452251
7 2 0 3.57458e-06
8 2 0.4507 0.669021
9 2 0 1.17345e-05
10 2 0.371511 0.551472
11 2 0.225999 0.335473
12 2 0 0.000209347
15 2 0 3.10602e-05
16 2 0 0.0267531
17 2 0 0.000262854
e
1 3 2.04564e-06 0.660331
e
0 4 0.979824 0.985107
1 4 0.660331 0.700187
2 4 6.65371e-06 0.194179
3 4 0 0.10824
4 4 0 0.0989773
5 4 0.476138 0.507847
6 4 0.452251 0.518807
7 4 3.57458e-06 0.156477
8 4 0.669021 0.713575
9 4 1.17345e-05 0.171233
10 4 0.551472 0.624924
11 4 0.335473 0.357814
12 4 0.000209347 1.52753
13 4 0 1.48803
17 4 0.000262854 0.625389
e
3 5 0.10824 0.762752
4 5 0.0989773 0.697481
14 5 0 0.881702
e
0 6 0.985107 0.988681
1 6 0.700187 0.75078
2 6 0.194179 0.314556
3 6 0.762752 0.762847
4 6 0.697481 0.697531
5 6 0.507847 0.586479
6 6 0.518807 0.573822
7 6 0.156477 0.221147
8 6 0.713575 0.791285
9 6 0.171233 0.320554
10 6 0.624924 0.799138
11 6 0.357814 0.396782
15 6 3.10602e-05 0.395271
e
7 7 0.221147 0.407457
11 7 0.396782 1.01188
e
0 8 0.988681 0.988892
1 8 0.75078 0.753103
2 8 0.314556 0.317372
3 8 0.762847 0.762882
4 8 0.697531 0.697542
5 8 0.586479 0.586515
6 8 0.573822 0.574017
7 8 0.407457 0.413747
8 8 0.791285 0.791302
9 8 0.320554 0.320744
10 8 0.799138 0.800972
11 8 1.01188 1.01198
13 8 -6.90176e-05 0
15 8 0.395271 0.398997
e
0 9 0.988892 0.988923
1 9 0.753103 0.75357
2 9 0.317372 0.317473
3 9 0.762882 0.762905
5 9 0.586515 0.586979
6 9 0.574017 0.576809
7 9 0.413747 0.414918
8 9 0.791302 0.796202
9 9 0.320744 0.330476
10 9 0.800972 0.823599
11 9 1.01198 1.01572
12 9 -0.000159492 0
13 9 1.48803 1.48806
14 9 0.881702 0.881726
15 9 0.398997 0.434435
e
0 10 0.988923 1.01499
1 10 0.75357 1.00635
2 10 0.317473 0.656665
3 10 0.762905 0.766093
4 10 0.697542 0.700458
5 10 0.586979 0.789239
6 10 0.576809 0.896169
7 10 0.414918 0.770532
8 10 0.796202 0.871507
9 10 0.330476 0.789992
10 10 0.823599 1.07565
11 10 -3.41886e-07 0
12 10 -0.000171179 -0.000159492
13 10 -9.17889e-05 -6.90176e-05
14 10 -2.23135e-06 0
15 10 0.434435 1.18754
e
0 11 1.01499 1.01549
1 11 1.00635 1.01056
2 11 0.656665 0.657594
3 11 0.766093 0.8139
4 11 0.700458 0.70415
5 11 0.789239 0.789486
6 11 0.896169 0.897363
7 11 0.770532 0.771507
8 11 0.871507 0.871946
9 11 0.789992 0.790547
10 11 1.07565 1.07613
11 11 1.01572 1.01637
12 11 1.52753 1.53943
13 11 1.48806 1.50129
14 11 0.881726 0.883679
15 11 1.18754 1.19093
16 11 0.0267531 0.98409
17 11 0.625389 0.636307
e
0 12 -0.0154873 0
1 12 -0.0105579 0
2 12 0.657594 1
3 12 0.8139 1
4 12 0.70415 1
5 12 0.789486 1
6 12 0.897363 1
7 12 0.771507 1
8 12 0.871946 1
9 12 0.790547 1
10 12 -0.0761328 0
11 12 -0.0163656 -3.41886e-07
12 12 -0.539434 -0.000171179
13 12 -0.501294 -9.17889e-05
14 12 0.883679 1
15 12 -0.190933 0
16 12 0.98409 1
17 12 0.636307 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.22333e-06:25.229]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00356698 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 3.57 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.00531814 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 5.32 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 8.40968
1 0.322637
2 0.0991925
3 0.0444855
4 0.0486486
5 0.151854
6 0.21704
7 0.184637
8 0.108073
9 0.0562443
10 0.13111
11 0.215526
12 0.00315266
13 0.0032359
14 0.0330229
15 0.021249
16 2.467e-05
17 0.00251089
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-transport-only.svg"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-55.943395:155.943395]
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
0 1 0 0.797448
5 1 0 0.320761
6 1 0 0.229336
8 1 0 0.4507
10 1 0 0.371511
11 1 0 0.225999
e
0 2 0.797448 0.979824
1 2 0 2.04564e-06
2 2 0 6.65371e-06
5 2 0.320761 0.476138
6 2 0.229336 0.452251
7 2 0 3.57458e-06
8 2 0.4507 0.669021
9 2 0 1.17345e-05
10 2 0.371511 0.551472
11 2 0.225999 0.335473
12 2 0 0.000209347
15 2 0 3.10602e-05
16 2 0 0.0267531
17 2 0 0.000262854
e
1 3 2.04564e-06 0.660331
e
0 4 0.979824 0.985107
1 4 0.660331 0.700187
2 4 6.65371e-06 0.194179
3 4 0 0.10824
4 4 0 0.0989773
5 4 0.476138 0.507847
6 4 0.452251 0.518807
7 4 3.57458e-06 0.156477
8 4 0.669021 0.713575
9 4 1.17345e-05 0.171233
10 4 0.551472 0.624924
11 4 0.335473 0.357814
12 4 0.000209347 1.52753
13 4 0 1.48803
17 4 0.000262854 0.625389
e
3 5 0.10824 0.762752
4 5 0.0989773 0.697481
14 5 0 0.881702
e
0 6 0.985107 0.988681
1 6 0.700187 0.75078
2 6 0.194179 0.314556
3 6 0.762752 0.762847
4 6 0.697481 0.697531
5 6 0.507847 0.586479
6 6 0.518807 0.573822
7 6 0.156477 0.221147
8 6 0.713575 0.791285
9 6 0.171233 0.320554
10 6 0.624924 0.799138
11 6 0.357814 0.396782
15 6 3.10602e-05 0.395271
e
7 7 0.221147 0.407457
11 7 0.396782 1.01188
e
0 8 0.988681 0.988892
1 8 0.75078 0.753103
2 8 0.314556 0.317372
3 8 0.762847 0.762882
4 8 0.697531 0.697542
5 8 0.586479 0.586515
6 8 0.573822 0.574017
7 8 0.407457 0.413747
8 8 0.791285 0.791302
9 8 0.320554 0.320744
10 8 0.799138 0.800972
11 8 1.01188 1.01198
13 8 -6.90176e-05 0
15 8 0.395271 0.398997
e
0 9 0.988892 0.988923
1 9 0.753103 0.75357
2 9 0.317372 0.317473
3 9 0.762882 0.762905
5 9 0.586515 0.586979
6 9 0.574017 0.576809
7 9 0.413747 0.414918
8 9 0.791302 0.796202
9 9 0.320744 0.330476
10 9 0.800972 0.823599
11 9 1.01198 1.01572
12 9 -0.000159492 0
13 9 1.48803 1.48806
14 9 0.881702 0.881726
15 9 0.398997 0.434435
e
0 10 0.988923 1.01499
1 10 0.75357 1.00635
2 10 0.317473 0.656665
3 10 0.762905 0.766093
4 10 0.697542 0.700458
5 10 0.586979 0.789239
6 10 0.576809 0.896169
7 10 0.414918 0.770532
8 10 0.796202 0.871507
9 10 0.330476 0.789992
10 10 0.823599 1.07565
11 10 -3.41886e-07 0
12 10 -0.000171179 -0.000159492
13 10 -9.17889e-05 -6.90176e-05
14 10 -2.23135e-06 0
15 10 0.434435 1.18754
e
0 11 1.01499 1.01549
1 11 1.00635 1.01056
2 11 0.656665 0.657594
3 11 0.766093 0.8139
4 11 0.700458 0.70415
5 11 0.789239 0.789486
6 11 0.896169 0.897363
7 11 0.770532 0.771507
8 11 0.871507 0.871946
9 11 0.789992 0.790547
10 11 1.07565 1.07613
11 11 1.01572 1.01637
12 11 1.52753 1.53943
13 11 1.48806 1.50129
14 11 0.881726 0.883679
15 11 1.18754 1.19093
16 11 0.0267531 0.98409
17 11 0.625389 0.636307
e
0 12 -0.0154873 0
1 12 -0.0105579 0
2 12 0.657594 1
3 12 0.8139 1
4 12 0.70415 1
5 12 0.789486 1
6 12 0.897363 1
7 12 0.771507 1
8 12 0.871946 1
9 12 0.790547 1
10 12 -0.0761328 0
11 12 -0.0163656 -3.41886e-07
12 12 -0.539434 -0.000171179
13 12 -0.501294 -9.17889e-05
14 12 0.883679 1
15 12 -0.190933 0
16 12 0.98409 1
17 12 0.636307 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.22333e-06:25.229]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00356698 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 3.57 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.00531814 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 5.32 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 8.40968
1 0.322637
2 0.0991925
3 0.0444855
4 0.0486486
5 0.151854
6 0.21704
7 0.184637
8 0.108073
9 0.0562443
10 0.13111
11 0.215526
12 0.00315266
13 0.0032359
14 0.0330229
15 0.021249
16 2.467e-05
17 0.00251089
e
unset multiplot
unset logscale y
set output
