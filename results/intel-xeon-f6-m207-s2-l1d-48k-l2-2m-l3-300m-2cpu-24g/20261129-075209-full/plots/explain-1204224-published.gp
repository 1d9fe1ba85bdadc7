# explain.py: explain-1204224-published; data inline, run `gnuplot explain-1204224-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-published.png"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-53.284639:153.284639]
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
0 0 0 0.0151591
1 0 0 0.274826
2 0 0 0.753644
3 0 0 0.614982
4 0 0 0.701961
5 0 0 0.801034
6 0 0 0.674077
7 0 0 0.580576
8 0 0 0.853068
9 0 0 1.00427
10 0 0 0.741187
11 0 0 0.749082
12 0 0 0.965211
13 0 0 0.987417
14 0 0 0.775197
15 0 0 0.90798
16 0 0 1.48108
17 0 0 1.2888
e
0 1 0.0151591 1.15387
5 1 0.801034 0.843791
6 1 0.674077 0.707343
8 1 0.853068 0.898603
10 1 0.741187 0.780751
11 1 0.749082 0.789066
e
0 2 1.15387 1.42853
1 2 0.274826 0.274901
2 2 0.753644 0.753851
5 2 0.843791 0.865145
6 2 0.707343 0.741347
7 2 0.580576 0.580735
8 2 0.898603 0.921344
9 2 1.00427 1.00455
10 2 0.780751 0.800509
11 2 0.789066 0.809035
12 2 0.965211 0.965476
15 2 0.90798 0.908229
16 2 1.48108 1.48149
17 2 1.2888 1.28915
e
1 3 0.274901 0.812649
e
0 4 1.42853 1.43095
1 4 0.812649 0.822279
2 4 0.753851 0.799119
3 4 0.614982 0.624216
4 4 0.701961 0.712501
5 4 0.865145 0.877174
6 4 0.741347 0.771713
7 4 0.580735 0.633044
8 4 0.921344 0.934154
9 4 1.00455 1.03471
10 4 0.800509 0.822769
11 4 0.809035 0.820284
12 4 0.965476 0.97997
13 4 0.987417 1.00224
16 4 1.48149 1.50373
17 4 1.28915 1.33025
e
3 5 0.624216 0.765388
4 5 0.712501 0.87364
14 5 0.775197 0.953148
e
0 6 1.43095 1.43312
1 6 0.822279 0.839642
2 6 0.799119 0.834823
3 6 0.765388 0.766082
4 6 0.87364 0.874214
5 6 0.877174 0.915129
6 6 0.771713 0.80365
7 6 0.633044 0.660548
8 6 0.934154 0.979386
9 6 1.03471 1.08796
10 6 0.822769 0.908676
11 6 0.820284 0.860003
15 6 0.908229 0.956374
e
7 7 0.660548 0.807427
11 7 0.860003 1.04924
e
0 8 1.43312 1.43329
1 8 0.839642 0.84127
2 8 0.834823 0.836517
5 8 0.915129 0.915202
6 8 -2.04755e-05 0
7 8 0.807427 0.812964
8 8 0.979386 0.979542
9 8 1.08796 1.08811
10 8 0.908676 0.909014
11 8 1.04924 1.04936
15 8 0.956374 0.957394
e
0 9 -2.23813e-06 0
1 9 0.84127 0.841287
2 9 -3.70901e-05 0
4 9 -1.72733e-05 0
5 9 0.915202 0.915832
6 9 0.80365 0.8037
7 9 0.812964 0.813264
8 9 0.979542 0.980318
9 9 1.08811 1.09006
10 9 0.909014 0.928256
11 9 1.04936 1.05157
13 9 -2.42975e-05 0
15 9 0.957394 0.969169
e
3 10 0.766082 0.769356
4 10 0.874214 0.877951
8 10 -1.0092e-05 0
9 10 -1.78211e-05 0
10 10 -4.3842e-06 0
11 10 -8.86179e-06 0
12 10 -1.14186e-05 0
13 10 -3.59789e-05 -2.42975e-05
14 10 -9.17074e-06 0
15 10 0.969169 0.969174
e
0 11 1.43329 1.43791
1 11 0.841287 0.964337
2 11 0.836517 0.848654
3 11 0.769356 1.01412
4 11 0.877951 0.905879
5 11 0.915832 0.925661
6 11 0.8037 0.872233
7 11 0.813264 0.872475
8 11 0.980318 0.988213
9 11 1.09006 1.09768
10 11 0.928256 0.942432
11 11 1.05157 1.07157
12 11 0.97997 0.987625
13 11 1.00224 1.01046
14 11 0.953148 0.962044
15 11 0.969174 0.982693
16 11 1.50373 1.51285
17 11 1.33025 1.33856
e
0 12 -0.437911 -2.23813e-06
1 12 0.964337 1
2 12 0.848654 1.00004
3 12 -0.0141243 0
4 12 0.905879 1.00002
5 12 0.925661 1
6 12 0.872233 1.00002
7 12 0.872475 1
8 12 0.988213 1.00001
9 12 -0.0976799 -1.78211e-05
10 12 0.942432 1
11 12 -0.0715689 -8.86179e-06
12 12 0.987625 1.00001
13 12 -0.0104569 -3.59789e-05
14 12 0.962044 1.00001
15 12 0.982693 1
16 12 -0.512846 0
17 12 -0.338556 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [2.81753e-05:0.931515]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     8.45259e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 84.5 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     8.7468e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 87.5 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.310505
1 0.0171271
2 0.00624561
3 0.00765383
4 0.00670545
5 0.00587611
6 0.00698283
7 0.00810741
8 0.00551769
9 0.00468695
10 0.00635057
11 0.00628365
12 0.00487662
13 0.00476695
14 0.00607196
15 0.005184
16 0.00317805
17 0.00365221
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
set yrange [-53.284639:153.284639]
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
0 0 0 0.0151591
1 0 0 0.274826
2 0 0 0.753644
3 0 0 0.614982
4 0 0 0.701961
5 0 0 0.801034
6 0 0 0.674077
7 0 0 0.580576
8 0 0 0.853068
9 0 0 1.00427
10 0 0 0.741187
11 0 0 0.749082
12 0 0 0.965211
13 0 0 0.987417
14 0 0 0.775197
15 0 0 0.90798
16 0 0 1.48108
17 0 0 1.2888
e
0 1 0.0151591 1.15387
5 1 0.801034 0.843791
6 1 0.674077 0.707343
8 1 0.853068 0.898603
10 1 0.741187 0.780751
11 1 0.749082 0.789066
e
0 2 1.15387 1.42853
1 2 0.274826 0.274901
2 2 0.753644 0.753851
5 2 0.843791 0.865145
6 2 0.707343 0.741347
7 2 0.580576 0.580735
8 2 0.898603 0.921344
9 2 1.00427 1.00455
10 2 0.780751 0.800509
11 2 0.789066 0.809035
12 2 0.965211 0.965476
15 2 0.90798 0.908229
16 2 1.48108 1.48149
17 2 1.2888 1.28915
e
1 3 0.274901 0.812649
e
0 4 1.42853 1.43095
1 4 0.812649 0.822279
2 4 0.753851 0.799119
3 4 0.614982 0.624216
4 4 0.701961 0.712501
5 4 0.865145 0.877174
6 4 0.741347 0.771713
7 4 0.580735 0.633044
8 4 0.921344 0.934154
9 4 1.00455 1.03471
10 4 0.800509 0.822769
11 4 0.809035 0.820284
12 4 0.965476 0.97997
13 4 0.987417 1.00224
16 4 1.48149 1.50373
17 4 1.28915 1.33025
e
3 5 0.624216 0.765388
4 5 0.712501 0.87364
14 5 0.775197 0.953148
e
0 6 1.43095 1.43312
1 6 0.822279 0.839642
2 6 0.799119 0.834823
3 6 0.765388 0.766082
4 6 0.87364 0.874214
5 6 0.877174 0.915129
6 6 0.771713 0.80365
7 6 0.633044 0.660548
8 6 0.934154 0.979386
9 6 1.03471 1.08796
10 6 0.822769 0.908676
11 6 0.820284 0.860003
15 6 0.908229 0.956374
e
7 7 0.660548 0.807427
11 7 0.860003 1.04924
e
0 8 1.43312 1.43329
1 8 0.839642 0.84127
2 8 0.834823 0.836517
5 8 0.915129 0.915202
6 8 -2.04755e-05 0
7 8 0.807427 0.812964
8 8 0.979386 0.979542
9 8 1.08796 1.08811
10 8 0.908676 0.909014
11 8 1.04924 1.04936
15 8 0.956374 0.957394
e
0 9 -2.23813e-06 0
1 9 0.84127 0.841287
2 9 -3.70901e-05 0
4 9 -1.72733e-05 0
5 9 0.915202 0.915832
6 9 0.80365 0.8037
7 9 0.812964 0.813264
8 9 0.979542 0.980318
9 9 1.08811 1.09006
10 9 0.909014 0.928256
11 9 1.04936 1.05157
13 9 -2.42975e-05 0
15 9 0.957394 0.969169
e
3 10 0.766082 0.769356
4 10 0.874214 0.877951
8 10 -1.0092e-05 0
9 10 -1.78211e-05 0
10 10 -4.3842e-06 0
11 10 -8.86179e-06 0
12 10 -1.14186e-05 0
13 10 -3.59789e-05 -2.42975e-05
14 10 -9.17074e-06 0
15 10 0.969169 0.969174
e
0 11 1.43329 1.43791
1 11 0.841287 0.964337
2 11 0.836517 0.848654
3 11 0.769356 1.01412
4 11 0.877951 0.905879
5 11 0.915832 0.925661
6 11 0.8037 0.872233
7 11 0.813264 0.872475
8 11 0.980318 0.988213
9 11 1.09006 1.09768
10 11 0.928256 0.942432
11 11 1.05157 1.07157
12 11 0.97997 0.987625
13 11 1.00224 1.01046
14 11 0.953148 0.962044
15 11 0.969174 0.982693
16 11 1.50373 1.51285
17 11 1.33025 1.33856
e
0 12 -0.437911 -2.23813e-06
1 12 0.964337 1
2 12 0.848654 1.00004
3 12 -0.0141243 0
4 12 0.905879 1.00002
5 12 0.925661 1
6 12 0.872233 1.00002
7 12 0.872475 1
8 12 0.988213 1.00001
9 12 -0.0976799 -1.78211e-05
10 12 0.942432 1
11 12 -0.0715689 -8.86179e-06
12 12 0.987625 1.00001
13 12 -0.0104569 -3.59789e-05
14 12 0.962044 1.00001
15 12 0.982693 1
16 12 -0.512846 0
17 12 -0.338556 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [2.81753e-05:0.931515]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     8.45259e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 84.5 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     8.7468e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 87.5 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.310505
1 0.0171271
2 0.00624561
3 0.00765383
4 0.00670545
5 0.00587611
6 0.00698283
7 0.00810741
8 0.00551769
9 0.00468695
10 0.00635057
11 0.00628365
12 0.00487662
13 0.00476695
14 0.00607196
15 0.005184
16 0.00317805
17 0.00365221
e
unset multiplot
unset logscale y
set output
