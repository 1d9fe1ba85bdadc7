# explain.py: explain-1204224-published; data inline, run `gnuplot explain-1204224-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-published.png"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-2.136754:102.136754]
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
0 0 0 0.0113813
1 0 0 0.231207
2 0 0 0.687342
3 0 0 0.473167
4 0 0 0.598174
5 0 0 0.534834
6 0 0 0.378776
7 0 0 0.261991
8 0 0 0.529768
9 0 0 0.592051
10 0 0 0.426465
11 0 0 0.282262
12 0 0 0.891089
13 0 0 0.881047
14 0 0 0.649865
15 0 0 0.808766
16 0 0 0.93506
17 0 0 0.906068
e
0 1 0.0113813 0.690109
5 1 0.534834 0.547668
6 1 0.378776 0.387055
8 1 0.529768 0.54248
10 1 0.426465 0.436698
11 1 0.282262 0.289035
e
0 2 0.690109 0.852253
1 2 0.231207 0.231258
2 2 0.687342 0.687494
5 2 0.547668 0.554276
6 2 0.387055 0.395308
7 2 0.261991 0.262049
8 2 0.54248 0.549026
9 2 0.592051 0.592182
10 2 0.436698 0.441968
11 2 0.289035 0.292523
12 2 0.891089 0.891286
15 2 0.808766 0.808944
16 2 0.93506 0.935266
17 2 0.906068 0.906268
e
1 3 0.231258 0.619116
e
0 4 0.852253 0.853114
1 4 0.619116 0.624657
2 4 0.687494 0.715726
3 4 0.473167 0.478026
4 4 0.598174 0.604316
5 4 0.554276 0.559768
6 4 0.395308 0.406976
7 4 0.262049 0.278191
8 4 0.549026 0.554466
9 4 0.592182 0.604341
10 4 0.441968 0.450726
11 4 0.292523 0.295421
12 4 0.891286 0.900436
13 4 0.881047 0.890094
16 4 0.935266 0.944868
17 4 0.906268 0.926379
e
3 5 0.478026 0.675592
4 5 0.604316 0.854077
14 5 0.649865 0.921209
e
0 6 0.853114 0.856397
1 6 0.624657 0.662641
2 6 0.715726 0.800402
3 6 0.675592 0.676882
4 6 0.854077 0.855344
5 6 0.559768 0.625666
6 6 0.406976 0.453642
7 6 0.278191 0.310465
8 6 0.554466 0.581247
9 6 0.604341 0.634271
10 6 0.450726 0.514818
11 6 0.295421 0.30969
15 6 0.808944 0.84983
e
7 7 0.310465 0.417219
11 7 0.30969 0.635321
e
0 8 0.856397 0.856724
1 8 0.662641 0.665961
2 8 0.800402 0.804036
3 8 0.676882 0.676916
5 8 0.625666 0.626124
6 8 0.453642 0.45413
7 8 0.417219 0.423227
8 8 0.581247 0.581701
9 8 0.634271 0.634482
10 8 0.514818 0.515457
11 8 0.635321 0.635422
15 8 0.84983 0.851968
e
0 9 -6.42218e-05 0
1 9 -0.0007796 0
2 9 0.804036 0.820401
3 9 -0.00136754 0
4 9 0.855344 0.856496
5 9 0.626124 0.636208
6 9 0.45413 0.454599
7 9 0.423227 0.433612
8 9 0.581701 0.594606
9 9 0.634482 0.650697
10 9 0.515457 0.591054
11 9 0.635422 0.649018
14 9 0.921209 0.928543
15 9 0.851968 0.906731
16 9 -0.00025738 0
e
0 10 0.856724 0.867234
1 10 0.665961 0.772907
3 10 0.676916 0.681652
4 10 0.856496 0.862822
5 10 0.636208 0.951022
6 10 0.454599 0.705785
7 10 0.433612 0.523152
8 10 0.594606 0.881102
9 10 0.650697 0.675156
10 10 0.591054 0.902256
11 10 0.649018 0.816964
12 10 -9.92005e-06 0
13 10 -9.80825e-06 0
14 10 -7.23462e-06 0
e
0 11 0.867234 0.871001
1 11 0.772907 0.844414
2 11 0.820401 0.84859
3 11 0.681652 0.879719
4 11 0.862822 0.904929
5 11 0.951022 0.969042
6 11 0.705785 0.747026
7 11 0.523152 0.550024
8 11 0.881102 0.894221
9 11 0.675156 0.68456
10 11 0.902256 0.917265
11 11 0.816964 0.83236
12 11 0.900436 0.92257
13 11 0.890094 0.904574
14 11 0.928543 0.945957
15 11 0.906731 0.943187
16 11 0.944868 0.970256
17 11 0.926379 0.945564
e
0 12 0.871001 1.00006
1 12 0.844414 1.00078
2 12 0.84859 1
3 12 0.879719 1.00137
4 12 0.904929 1
5 12 0.969042 1
6 12 0.747026 1
7 12 0.550024 1
8 12 0.894221 1
9 12 0.68456 1
10 12 0.917265 1
11 12 0.83236 1
12 12 0.92257 1.00001
13 12 0.904574 1.00001
14 12 0.945957 1.00001
15 12 0.943187 1
16 12 0.970256 1.00026
17 12 0.945564 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.92625e-06:0.634986]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     2.67787e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 26.8 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin cross-core", \
     5.06886e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 50.7 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.211662
1 0.0104192
2 0.0035048
3 0.00509122
4 0.00402725
5 0.0045042
6 0.00635996
7 0.00919496
8 0.00454727
9 0.0040689
10 0.00564876
11 0.00853461
12 0.00270343
13 0.00273425
14 0.00370692
15 0.00297861
16 0.0025763
17 0.00265874
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
set yrange [-2.136754:102.136754]
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
0 0 0 0.0113813
1 0 0 0.231207
2 0 0 0.687342
3 0 0 0.473167
4 0 0 0.598174
5 0 0 0.534834
6 0 0 0.378776
7 0 0 0.261991
8 0 0 0.529768
9 0 0 0.592051
10 0 0 0.426465
11 0 0 0.282262
12 0 0 0.891089
13 0 0 0.881047
14 0 0 0.649865
15 0 0 0.808766
16 0 0 0.93506
17 0 0 0.906068
e
0 1 0.0113813 0.690109
5 1 0.534834 0.547668
6 1 0.378776 0.387055
8 1 0.529768 0.54248
10 1 0.426465 0.436698
11 1 0.282262 0.289035
e
0 2 0.690109 0.852253
1 2 0.231207 0.231258
2 2 0.687342 0.687494
5 2 0.547668 0.554276
6 2 0.387055 0.395308
7 2 0.261991 0.262049
8 2 0.54248 0.549026
9 2 0.592051 0.592182
10 2 0.436698 0.441968
11 2 0.289035 0.292523
12 2 0.891089 0.891286
15 2 0.808766 0.808944
16 2 0.93506 0.935266
17 2 0.906068 0.906268
e
1 3 0.231258 0.619116
e
0 4 0.852253 0.853114
1 4 0.619116 0.624657
2 4 0.687494 0.715726
3 4 0.473167 0.478026
4 4 0.598174 0.604316
5 4 0.554276 0.559768
6 4 0.395308 0.406976
7 4 0.262049 0.278191
8 4 0.549026 0.554466
9 4 0.592182 0.604341
10 4 0.441968 0.450726
11 4 0.292523 0.295421
12 4 0.891286 0.900436
13 4 0.881047 0.890094
16 4 0.935266 0.944868
17 4 0.906268 0.926379
e
3 5 0.478026 0.675592
4 5 0.604316 0.854077
14 5 0.649865 0.921209
e
0 6 0.853114 0.856397
1 6 0.624657 0.662641
2 6 0.715726 0.800402
3 6 0.675592 0.676882
4 6 0.854077 0.855344
5 6 0.559768 0.625666
6 6 0.406976 0.453642
7 6 0.278191 0.310465
8 6 0.554466 0.581247
9 6 0.604341 0.634271
10 6 0.450726 0.514818
11 6 0.295421 0.30969
15 6 0.808944 0.84983
e
7 7 0.310465 0.417219
11 7 0.30969 0.635321
e
0 8 0.856397 0.856724
1 8 0.662641 0.665961
2 8 0.800402 0.804036
3 8 0.676882 0.676916
5 8 0.625666 0.626124
6 8 0.453642 0.45413
7 8 0.417219 0.423227
8 8 0.581247 0.581701
9 8 0.634271 0.634482
10 8 0.514818 0.515457
11 8 0.635321 0.635422
15 8 0.84983 0.851968
e
0 9 -6.42218e-05 0
1 9 -0.0007796 0
2 9 0.804036 0.820401
3 9 -0.00136754 0
4 9 0.855344 0.856496
5 9 0.626124 0.636208
6 9 0.45413 0.454599
7 9 0.423227 0.433612
8 9 0.581701 0.594606
9 9 0.634482 0.650697
10 9 0.515457 0.591054
11 9 0.635422 0.649018
14 9 0.921209 0.928543
15 9 0.851968 0.906731
16 9 -0.00025738 0
e
0 10 0.856724 0.867234
1 10 0.665961 0.772907
3 10 0.676916 0.681652
4 10 0.856496 0.862822
5 10 0.636208 0.951022
6 10 0.454599 0.705785
7 10 0.433612 0.523152
8 10 0.594606 0.881102
9 10 0.650697 0.675156
10 10 0.591054 0.902256
11 10 0.649018 0.816964
12 10 -9.92005e-06 0
13 10 -9.80825e-06 0
14 10 -7.23462e-06 0
e
0 11 0.867234 0.871001
1 11 0.772907 0.844414
2 11 0.820401 0.84859
3 11 0.681652 0.879719
4 11 0.862822 0.904929
5 11 0.951022 0.969042
6 11 0.705785 0.747026
7 11 0.523152 0.550024
8 11 0.881102 0.894221
9 11 0.675156 0.68456
10 11 0.902256 0.917265
11 11 0.816964 0.83236
12 11 0.900436 0.92257
13 11 0.890094 0.904574
14 11 0.928543 0.945957
15 11 0.906731 0.943187
16 11 0.944868 0.970256
17 11 0.926379 0.945564
e
0 12 0.871001 1.00006
1 12 0.844414 1.00078
2 12 0.84859 1
3 12 0.879719 1.00137
4 12 0.904929 1
5 12 0.969042 1
6 12 0.747026 1
7 12 0.550024 1
8 12 0.894221 1
9 12 0.68456 1
10 12 0.917265 1
11 12 0.83236 1
12 12 0.92257 1.00001
13 12 0.904574 1.00001
14 12 0.945957 1.00001
15 12 0.943187 1
16 12 0.970256 1.00026
17 12 0.945564 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.92625e-06:0.634986]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     2.67787e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 26.8 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin cross-core", \
     5.06886e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 50.7 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.211662
1 0.0104192
2 0.0035048
3 0.00509122
4 0.00402725
5 0.0045042
6 0.00635996
7 0.00919496
8 0.00454727
9 0.0040689
10 0.00564876
11 0.00853461
12 0.00270343
13 0.00273425
14 0.00370692
15 0.00297861
16 0.0025763
17 0.00265874
e
unset multiplot
unset logscale y
set output
