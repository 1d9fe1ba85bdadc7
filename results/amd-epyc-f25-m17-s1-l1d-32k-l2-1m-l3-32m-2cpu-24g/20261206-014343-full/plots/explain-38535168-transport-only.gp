# explain.py: explain-38535168-transport-only; data inline, run `gnuplot explain-38535168-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-28.233314:128.233314]
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
0 1 0 0.700171
5 1 0 0.428095
6 1 0 0.229319
8 1 0 0.358312
10 1 0 0.335195
11 1 0 0.200338
e
0 2 0.700171 0.885922
1 2 0 1.99516e-06
2 2 0 6.77444e-06
5 2 0.428095 0.622014
6 2 0.229319 0.487025
7 2 0 2.93726e-06
8 2 0.358312 0.52062
9 2 0 1.20034e-05
10 2 0.335195 0.487032
11 2 0.200338 0.291088
12 2 0 0.000205622
15 2 0 2.34407e-05
16 2 0 0.0115137
17 2 0 0.000369535
e
1 3 1.99516e-06 0.538223
e
0 4 0.885922 0.889177
1 4 0.538223 0.564655
2 4 6.77444e-06 0.153861
3 4 0 0.0635233
4 4 0 0.0665434
5 4 0.622014 0.651767
6 4 0.487025 0.535561
7 4 2.93726e-06 0.100065
8 4 0.52062 0.545523
9 4 1.20034e-05 0.136316
10 4 0.487032 0.533625
11 4 0.291088 0.305011
12 4 0.000205622 1.16767
13 4 0 1.07458
17 4 0.000369535 0.910281
e
3 5 0.0635233 0.803498
4 5 0.0665434 0.841699
14 5 0 1.2011
e
0 6 0.889177 0.893114
1 6 0.564655 0.619453
2 6 0.153861 0.299102
3 6 0.803498 0.803637
4 6 0.841699 0.841813
5 6 0.651767 0.764119
6 6 0.535561 0.596653
7 6 0.100065 0.163039
8 6 0.545523 0.607379
9 6 0.136316 0.305596
10 6 0.533625 0.634127
11 6 0.305011 0.339596
15 6 2.34407e-05 0.330601
e
7 7 0.163039 0.310998
11 7 0.339596 0.881096
e
0 8 0.893114 0.893456
1 8 0.619453 0.623816
2 8 0.299102 0.30457
3 8 0.803637 0.80364
4 8 0.841813 0.841825
5 8 0.764119 0.764203
6 8 0.596653 0.596888
7 8 0.310998 0.32096
8 8 0.607379 0.607846
9 8 0.305596 0.305752
10 8 0.634127 0.636997
11 8 0.881096 0.881243
15 8 0.330601 0.336056
e
0 9 0.893456 0.893615
1 9 0.623816 0.62517
2 9 0.30457 0.312655
3 9 0.80364 0.803686
4 9 0.841825 0.841979
5 9 0.764203 0.766541
6 9 0.596888 0.602503
7 9 0.32096 0.323122
8 9 0.607846 0.63053
9 9 0.305752 0.358893
10 9 0.636997 0.712355
11 9 0.881243 0.901896
12 9 1.16767 1.18051
13 9 1.07458 1.0864
14 9 1.2011 1.20203
15 9 0.336056 0.552695
16 9 0.0115137 0.349391
17 9 0.910281 0.920894
e
0 10 0.893615 0.932697
1 10 0.62517 0.907125
2 10 0.312655 1.06213
3 10 0.803686 0.85047
4 10 0.841979 0.87187
5 10 0.766541 1.06906
6 10 0.602503 0.964293
7 10 0.323122 0.676168
8 10 0.63053 0.948664
9 10 0.358893 1.13778
10 10 0.712355 0.95677
11 10 0.901896 0.982913
12 10 -1.31274e-05 0
13 10 -1.2083e-05 0
14 10 -1.15938e-06 0
15 10 0.552695 1.25673
e
0 11 0.932697 0.932856
1 11 0.907125 0.909885
2 11 1.06213 1.06291
3 11 0.85047 0.871644
4 11 0.87187 0.877188
5 11 1.06906 1.06928
6 11 0.964293 0.965824
7 11 0.676168 0.67803
8 11 0.948664 0.948839
9 11 1.13778 1.13823
10 11 0.95677 0.957525
11 11 0.982913 0.983585
12 11 1.18051 1.18902
13 11 1.0864 1.09461
14 11 1.20203 1.20868
15 11 1.25673 1.26233
16 11 0.349391 0.706283
17 11 0.920894 0.930079
e
0 12 0.932856 1
1 12 0.909885 1
2 12 -0.0629099 0
3 12 0.871644 1
4 12 0.877188 1
5 12 -0.0692784 0
6 12 0.965824 1
7 12 0.67803 1
8 12 0.948839 1
9 12 -0.138234 0
10 12 0.957525 1
11 12 0.983585 1
12 12 -0.189015 -1.31274e-05
13 12 -0.0946096 -1.2083e-05
14 12 -0.208677 -1.15938e-06
15 12 -0.262333 0
16 12 0.706283 1
17 12 0.930079 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.5373e-05:20.4647]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00296664 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 2.97 ms:", \
     NaN with lines lc rgb 'white' title "  vmsplice/read-huge-spin unpinned", \
     0.00193459 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 1.93 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 6.82158
1 0.266144
2 0.0783829
3 0.0474611
4 0.045307
5 0.10133
6 0.186351
7 0.180781
8 0.121064
9 0.0442375
10 0.129413
11 0.216527
12 0.00258241
13 0.00280563
14 0.0292399
15 0.0226529
16 4.6119e-05
17 0.00143694
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
set yrange [-28.233314:128.233314]
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
0 1 0 0.700171
5 1 0 0.428095
6 1 0 0.229319
8 1 0 0.358312
10 1 0 0.335195
11 1 0 0.200338
e
0 2 0.700171 0.885922
1 2 0 1.99516e-06
2 2 0 6.77444e-06
5 2 0.428095 0.622014
6 2 0.229319 0.487025
7 2 0 2.93726e-06
8 2 0.358312 0.52062
9 2 0 1.20034e-05
10 2 0.335195 0.487032
11 2 0.200338 0.291088
12 2 0 0.000205622
15 2 0 2.34407e-05
16 2 0 0.0115137
17 2 0 0.000369535
e
1 3 1.99516e-06 0.538223
e
0 4 0.885922 0.889177
1 4 0.538223 0.564655
2 4 6.77444e-06 0.153861
3 4 0 0.0635233
4 4 0 0.0665434
5 4 0.622014 0.651767
6 4 0.487025 0.535561
7 4 2.93726e-06 0.100065
8 4 0.52062 0.545523
9 4 1.20034e-05 0.136316
10 4 0.487032 0.533625
11 4 0.291088 0.305011
12 4 0.000205622 1.16767
13 4 0 1.07458
17 4 0.000369535 0.910281
e
3 5 0.0635233 0.803498
4 5 0.0665434 0.841699
14 5 0 1.2011
e
0 6 0.889177 0.893114
1 6 0.564655 0.619453
2 6 0.153861 0.299102
3 6 0.803498 0.803637
4 6 0.841699 0.841813
5 6 0.651767 0.764119
6 6 0.535561 0.596653
7 6 0.100065 0.163039
8 6 0.545523 0.607379
9 6 0.136316 0.305596
10 6 0.533625 0.634127
11 6 0.305011 0.339596
15 6 2.34407e-05 0.330601
e
7 7 0.163039 0.310998
11 7 0.339596 0.881096
e
0 8 0.893114 0.893456
1 8 0.619453 0.623816
2 8 0.299102 0.30457
3 8 0.803637 0.80364
4 8 0.841813 0.841825
5 8 0.764119 0.764203
6 8 0.596653 0.596888
7 8 0.310998 0.32096
8 8 0.607379 0.607846
9 8 0.305596 0.305752
10 8 0.634127 0.636997
11 8 0.881096 0.881243
15 8 0.330601 0.336056
e
0 9 0.893456 0.893615
1 9 0.623816 0.62517
2 9 0.30457 0.312655
3 9 0.80364 0.803686
4 9 0.841825 0.841979
5 9 0.764203 0.766541
6 9 0.596888 0.602503
7 9 0.32096 0.323122
8 9 0.607846 0.63053
9 9 0.305752 0.358893
10 9 0.636997 0.712355
11 9 0.881243 0.901896
12 9 1.16767 1.18051
13 9 1.07458 1.0864
14 9 1.2011 1.20203
15 9 0.336056 0.552695
16 9 0.0115137 0.349391
17 9 0.910281 0.920894
e
0 10 0.893615 0.932697
1 10 0.62517 0.907125
2 10 0.312655 1.06213
3 10 0.803686 0.85047
4 10 0.841979 0.87187
5 10 0.766541 1.06906
6 10 0.602503 0.964293
7 10 0.323122 0.676168
8 10 0.63053 0.948664
9 10 0.358893 1.13778
10 10 0.712355 0.95677
11 10 0.901896 0.982913
12 10 -1.31274e-05 0
13 10 -1.2083e-05 0
14 10 -1.15938e-06 0
15 10 0.552695 1.25673
e
0 11 0.932697 0.932856
1 11 0.907125 0.909885
2 11 1.06213 1.06291
3 11 0.85047 0.871644
4 11 0.87187 0.877188
5 11 1.06906 1.06928
6 11 0.964293 0.965824
7 11 0.676168 0.67803
8 11 0.948664 0.948839
9 11 1.13778 1.13823
10 11 0.95677 0.957525
11 11 0.982913 0.983585
12 11 1.18051 1.18902
13 11 1.0864 1.09461
14 11 1.20203 1.20868
15 11 1.25673 1.26233
16 11 0.349391 0.706283
17 11 0.920894 0.930079
e
0 12 0.932856 1
1 12 0.909885 1
2 12 -0.0629099 0
3 12 0.871644 1
4 12 0.877188 1
5 12 -0.0692784 0
6 12 0.965824 1
7 12 0.67803 1
8 12 0.948839 1
9 12 -0.138234 0
10 12 0.957525 1
11 12 0.983585 1
12 12 -0.189015 -1.31274e-05
13 12 -0.0946096 -1.2083e-05
14 12 -0.208677 -1.15938e-06
15 12 -0.262333 0
16 12 0.706283 1
17 12 0.930079 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.5373e-05:20.4647]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00296664 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 2.97 ms:", \
     NaN with lines lc rgb 'white' title "  vmsplice/read-huge-spin unpinned", \
     0.00193459 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 1.93 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 6.82158
1 0.266144
2 0.0783829
3 0.0474611
4 0.045307
5 0.10133
6 0.186351
7 0.180781
8 0.121064
9 0.0442375
10 0.129413
11 0.216527
12 0.00258241
13 0.00280563
14 0.0292399
15 0.0226529
16 4.6119e-05
17 0.00143694
e
unset multiplot
unset logscale y
set output
