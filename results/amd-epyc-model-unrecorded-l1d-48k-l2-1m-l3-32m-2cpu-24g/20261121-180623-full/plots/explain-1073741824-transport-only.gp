# explain.py: explain-1073741824-transport-only; data inline, run `gnuplot explain-1073741824-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-21.013418:121.013418]
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
5 1 0 0.17159
6 1 0 0.0880925
8 1 0 0.108993
10 1 0 0.112066
11 1 0 0.0794234
e
1 2 0 3.22562e-08
2 2 0 6.82288e-08
5 2 0.17159 0.460733
6 2 0.0880925 0.182177
8 2 0.108993 0.292655
9 2 0 3.50174e-07
10 2 0.112066 0.300906
11 2 0.0794234 0.213258
12 2 0 8.05198e-06
15 2 0 6.07153e-07
16 2 0 0.00926188
17 2 0 7.97702e-06
e
1 3 3.22562e-08 0.37551
e
1 4 0.37551 0.386355
2 4 6.82288e-08 0.0393249
3 4 0 0.022129
4 4 0 0.0322789
5 4 0.460733 0.478542
6 4 0.182177 0.205575
8 4 0.292655 0.303967
9 4 3.50174e-07 0.100915
10 4 0.300906 0.324169
11 4 0.213258 0.221501
12 4 8.05198e-06 1.16023
13 4 0 1.18853
17 4 7.97702e-06 1.08231
e
3 5 0.022129 0.343482
4 5 0.0322789 0.501026
14 5 0 0.251727
e
1 6 0.386355 0.42122
2 6 0.0393249 0.0946351
5 6 0.478542 0.578736
6 6 0.205575 0.249453
8 6 0.303967 0.33021
9 6 0.100915 0.217969
10 6 0.324169 0.427824
11 6 0.221501 0.240624
15 6 6.07153e-07 0.202956
e
11 7 0.240624 0.763267
e
1 8 0.42122 0.42122
2 8 0.0946351 0.0946354
3 8 0.343482 0.343483
4 8 0.501026 0.501027
5 8 0.578736 0.578753
6 8 0.249453 0.249454
8 8 0.33021 0.330314
9 8 0.217969 0.218169
10 8 0.427824 0.42824
11 8 0.763267 0.7633
12 8 1.16023 1.16027
13 8 1.18853 1.18857
14 8 0.251727 0.251728
15 8 0.202956 0.202964
16 8 0.00926188 0.0549126
17 8 1.08231 1.08235
e
1 9 0.42122 0.423895
2 9 0.0946354 0.09764
3 9 0.343483 0.343773
4 9 0.501027 0.501083
5 9 0.578753 0.581585
6 9 0.249454 0.266652
8 9 0.330314 0.35375
9 9 0.218169 0.321168
10 9 0.42824 0.510999
11 9 0.7633 0.846759
12 9 1.16027 1.16123
13 9 1.18857 1.18952
14 9 0.251728 0.251728
15 9 0.202964 0.475557
e
1 10 0.423895 0.668432
2 10 0.09764 0.445448
3 10 0.343773 0.353335
4 10 0.501083 0.51503
5 10 0.581585 1.07289
6 10 0.266652 0.590787
8 10 0.35375 0.663501
9 10 0.321168 1.01242
10 10 0.510999 0.841985
11 10 0.846759 1.07355
12 10 -1.83594e-06 0
13 10 -1.88073e-06 0
14 10 -4.57167e-08 0
15 10 0.475557 1.07804
e
1 11 0.668432 0.668479
2 11 0.445448 0.445466
3 11 0.353335 0.353619
4 11 0.51503 0.515102
5 11 1.07289 1.07291
6 11 0.590787 0.590815
8 11 0.663501 0.663506
9 11 1.01242 1.01247
10 11 0.841985 0.842008
11 11 1.07355 1.07356
12 11 1.16123 1.16163
13 11 1.18952 1.19013
14 11 0.251728 0.251754
15 11 1.07804 1.07816
16 11 0.0549126 1.05824
17 11 1.08235 1.08374
e
1 12 0.668479 1
2 12 0.445466 1
3 12 0.353619 1
4 12 0.515102 1
5 12 -0.0729118 0
6 12 0.590815 1
8 12 0.663506 1
9 12 -0.0124678 0
10 12 0.842008 1
11 12 -0.073562 0
12 12 -0.161629 -1.83594e-06
13 12 -0.190134 -1.88073e-06
14 12 0.251754 1
15 12 -0.0781591 0
16 12 -0.0582377 0
17 12 -0.0837444 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.65913e-05:42.8756]
unset grid
set grid ytics mytics
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.0937487 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 93.75 ms:", \
     NaN with lines lc rgb 'white' title "  vmsplice/gift same-cpu", \
     0.0414515 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 41.45 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
1 14.2919
2 6.75669
3 3.00178
4 2.05789
5 3.7299
6 8.51712
8 5.87207
9 1.31649
10 5.71104
11 8.05827
12 0.0572532
13 0.0558896
14 3.83205
15 0.759284
16 4.9774e-05
17 0.0577911
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-transport-only.svg"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-21.013418:121.013418]
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
5 1 0 0.17159
6 1 0 0.0880925
8 1 0 0.108993
10 1 0 0.112066
11 1 0 0.0794234
e
1 2 0 3.22562e-08
2 2 0 6.82288e-08
5 2 0.17159 0.460733
6 2 0.0880925 0.182177
8 2 0.108993 0.292655
9 2 0 3.50174e-07
10 2 0.112066 0.300906
11 2 0.0794234 0.213258
12 2 0 8.05198e-06
15 2 0 6.07153e-07
16 2 0 0.00926188
17 2 0 7.97702e-06
e
1 3 3.22562e-08 0.37551
e
1 4 0.37551 0.386355
2 4 6.82288e-08 0.0393249
3 4 0 0.022129
4 4 0 0.0322789
5 4 0.460733 0.478542
6 4 0.182177 0.205575
8 4 0.292655 0.303967
9 4 3.50174e-07 0.100915
10 4 0.300906 0.324169
11 4 0.213258 0.221501
12 4 8.05198e-06 1.16023
13 4 0 1.18853
17 4 7.97702e-06 1.08231
e
3 5 0.022129 0.343482
4 5 0.0322789 0.501026
14 5 0 0.251727
e
1 6 0.386355 0.42122
2 6 0.0393249 0.0946351
5 6 0.478542 0.578736
6 6 0.205575 0.249453
8 6 0.303967 0.33021
9 6 0.100915 0.217969
10 6 0.324169 0.427824
11 6 0.221501 0.240624
15 6 6.07153e-07 0.202956
e
11 7 0.240624 0.763267
e
1 8 0.42122 0.42122
2 8 0.0946351 0.0946354
3 8 0.343482 0.343483
4 8 0.501026 0.501027
5 8 0.578736 0.578753
6 8 0.249453 0.249454
8 8 0.33021 0.330314
9 8 0.217969 0.218169
10 8 0.427824 0.42824
11 8 0.763267 0.7633
12 8 1.16023 1.16027
13 8 1.18853 1.18857
14 8 0.251727 0.251728
15 8 0.202956 0.202964
16 8 0.00926188 0.0549126
17 8 1.08231 1.08235
e
1 9 0.42122 0.423895
2 9 0.0946354 0.09764
3 9 0.343483 0.343773
4 9 0.501027 0.501083
5 9 0.578753 0.581585
6 9 0.249454 0.266652
8 9 0.330314 0.35375
9 9 0.218169 0.321168
10 9 0.42824 0.510999
11 9 0.7633 0.846759
12 9 1.16027 1.16123
13 9 1.18857 1.18952
14 9 0.251728 0.251728
15 9 0.202964 0.475557
e
1 10 0.423895 0.668432
2 10 0.09764 0.445448
3 10 0.343773 0.353335
4 10 0.501083 0.51503
5 10 0.581585 1.07289
6 10 0.266652 0.590787
8 10 0.35375 0.663501
9 10 0.321168 1.01242
10 10 0.510999 0.841985
11 10 0.846759 1.07355
12 10 -1.83594e-06 0
13 10 -1.88073e-06 0
14 10 -4.57167e-08 0
15 10 0.475557 1.07804
e
1 11 0.668432 0.668479
2 11 0.445448 0.445466
3 11 0.353335 0.353619
4 11 0.51503 0.515102
5 11 1.07289 1.07291
6 11 0.590787 0.590815
8 11 0.663501 0.663506
9 11 1.01242 1.01247
10 11 0.841985 0.842008
11 11 1.07355 1.07356
12 11 1.16123 1.16163
13 11 1.18952 1.19013
14 11 0.251728 0.251754
15 11 1.07804 1.07816
16 11 0.0549126 1.05824
17 11 1.08235 1.08374
e
1 12 0.668479 1
2 12 0.445466 1
3 12 0.353619 1
4 12 0.515102 1
5 12 -0.0729118 0
6 12 0.590815 1
8 12 0.663506 1
9 12 -0.0124678 0
10 12 0.842008 1
11 12 -0.073562 0
12 12 -0.161629 -1.83594e-06
13 12 -0.190134 -1.88073e-06
14 12 0.251754 1
15 12 -0.0781591 0
16 12 -0.0582377 0
17 12 -0.0837444 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.65913e-05:42.8756]
unset grid
set grid ytics mytics
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.0937487 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 93.75 ms:", \
     NaN with lines lc rgb 'white' title "  vmsplice/gift same-cpu", \
     0.0414515 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 41.45 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
1 14.2919
2 6.75669
3 3.00178
4 2.05789
5 3.7299
6 8.51712
8 5.87207
9 1.31649
10 5.71104
11 8.05827
12 0.0572532
13 0.0558896
14 3.83205
15 0.759284
16 4.9774e-05
17 0.0577911
e
unset multiplot
unset logscale y
set output
