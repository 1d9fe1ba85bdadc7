# explain.py: explain-1204224-published; data inline, run `gnuplot explain-1204224-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-published.png"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-32.138492:132.138492]
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
0 0 0 0.0121476
1 0 0 0.244501
2 0 0 0.584089
3 0 0 0.399762
4 0 0 0.62509
5 0 0 0.532441
6 0 0 0.425536
7 0 0 0.285708
8 0 0 0.590637
9 0 0 0.606186
10 0 0 0.538545
11 0 0 0.330073
12 0 0 1.04417
13 0 0 1.01108
14 0 0 0.667392
15 0 0 0.929815
16 0 0 1.02692
17 0 0 1.04839
e
0 1 0.0121476 0.73841
5 1 0.532441 0.546513
6 1 0.425536 0.435435
8 1 0.590637 0.606246
10 1 0.538545 0.552778
11 1 0.330073 0.338796
e
0 2 0.73841 0.907601
1 2 0.244501 0.24458
2 2 0.584089 0.584279
5 2 0.546513 0.553577
6 2 0.435435 0.445228
7 2 0.285708 0.2858
8 2 0.606246 0.614083
9 2 0.606186 0.606382
10 2 0.552778 0.559923
11 2 0.338796 0.343175
12 2 1.04417 1.04451
15 2 0.929815 0.930116
16 2 1.02692 1.02726
17 2 1.04839 1.04873
e
1 3 0.24458 0.600061
e
0 4 0.907601 0.908473
1 4 0.600061 0.606221
2 4 0.584279 0.609503
3 4 0.399762 0.404078
4 4 0.62509 0.631839
5 4 0.553577 0.559326
6 4 0.445228 0.45901
7 4 0.2858 0.304308
8 4 0.614083 0.62046
9 4 0.606382 0.619471
10 4 0.559923 0.571552
11 4 0.343175 0.346739
12 4 1.04451 1.05579
13 4 1.01108 1.022
16 4 1.02726 1.03834
17 4 1.04873 1.07235
e
3 5 0.404078 0.594071
4 5 0.631839 0.928923
14 5 0.667392 0.984581
e
0 6 0.908473 0.912108
1 6 0.606221 0.642592
2 6 0.609503 0.674656
3 6 0.594071 0.595356
4 6 0.928923 0.930409
5 6 0.559326 0.618726
6 6 0.45901 0.506482
7 6 0.304308 0.336177
8 6 0.62046 0.653318
9 6 0.619471 0.653195
10 6 0.571552 0.676481
11 6 0.346739 0.365102
15 6 0.930116 0.981844
e
7 7 0.336177 0.446113
11 7 0.365102 0.657021
e
0 8 0.912108 0.912442
1 8 0.642592 0.646047
2 8 0.674656 0.677707
3 8 0.595356 0.595463
5 8 0.618726 0.619154
6 8 0.506482 0.506938
7 8 0.446113 0.452598
8 8 0.653318 0.653793
9 8 0.653195 0.65356
10 8 0.676481 0.677202
11 8 0.657021 0.657286
15 8 0.981844 0.984148
e
0 9 -0.000135005 0
1 9 -0.00161744 0
2 9 -0.00757327 0
3 9 -0.0028561 0
5 9 0.619154 0.639724
6 9 0.506938 0.551753
7 9 0.452598 0.489341
8 9 0.653793 0.679893
9 9 0.65356 0.698473
10 9 0.677202 0.919461
11 9 0.657286 0.69231
12 9 1.05579 1.06933
13 9 1.022 1.03458
14 9 0.984581 0.984758
15 9 0.984148 1.07666
e
0 10 0.912442 0.928588
1 10 0.646047 0.786933
2 10 0.677707 0.924262
3 10 0.595463 0.601223
4 10 0.930409 0.938951
5 10 0.639724 1.1356
6 10 0.551753 0.830394
7 10 0.489341 0.756137
8 10 0.679893 0.993416
9 10 0.698473 0.92179
10 10 0.919461 1.26943
11 10 0.69231 0.964559
12 10 -4.75646e-05 0
13 10 -4.60573e-05 0
14 10 -5.06688e-05 0
15 10 1.07666 1.07667
e
0 11 0.928588 0.933417
1 11 0.786933 0.864882
2 11 0.924262 0.957121
3 11 0.601223 0.757772
4 11 0.938951 0.984209
5 11 1.1356 1.15195
6 11 0.830394 0.860986
7 11 0.756137 0.780903
8 11 0.993416 1.00111
9 11 0.92179 0.933043
10 11 1.26943 1.30138
11 11 0.964559 0.973014
12 11 1.06933 1.08734
13 11 1.03458 1.04995
14 11 0.984758 1.0096
15 11 1.07667 1.12108
16 11 1.03834 1.0625
17 11 1.07235 1.11134
e
0 12 0.933417 1.00014
1 12 0.864882 1.00162
2 12 0.957121 1.00757
3 12 0.757772 1.00286
4 12 0.984209 1
5 12 -0.151947 0
6 12 0.860986 1
7 12 0.780903 1
8 12 -0.00111465 0
9 12 0.933043 1
10 12 -0.301385 0
11 12 0.973014 1
12 12 -0.0873424 -4.75646e-05
13 12 -0.0499532 -4.60573e-05
14 12 -0.00959826 -5.06688e-05
15 12 -0.121077 0
16 12 -0.0625049 0
17 12 -0.111343 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.24577e-06:0.53446]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     2.47373e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 24.7 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin-then-futex unpinned", \
     4.57172e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 45.7 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.178153
1 0.00885128
2 0.00370516
3 0.00541358
4 0.00346213
5 0.00406457
6 0.00508569
7 0.00757468
8 0.00366409
9 0.0035701
10 0.0040185
11 0.00655657
12 0.00207259
13 0.00214042
14 0.00324269
15 0.0023275
16 0.0021074
17 0.00206426
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
set yrange [-32.138492:132.138492]
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
0 0 0 0.0121476
1 0 0 0.244501
2 0 0 0.584089
3 0 0 0.399762
4 0 0 0.62509
5 0 0 0.532441
6 0 0 0.425536
7 0 0 0.285708
8 0 0 0.590637
9 0 0 0.606186
10 0 0 0.538545
11 0 0 0.330073
12 0 0 1.04417
13 0 0 1.01108
14 0 0 0.667392
15 0 0 0.929815
16 0 0 1.02692
17 0 0 1.04839
e
0 1 0.0121476 0.73841
5 1 0.532441 0.546513
6 1 0.425536 0.435435
8 1 0.590637 0.606246
10 1 0.538545 0.552778
11 1 0.330073 0.338796
e
0 2 0.73841 0.907601
1 2 0.244501 0.24458
2 2 0.584089 0.584279
5 2 0.546513 0.553577
6 2 0.435435 0.445228
7 2 0.285708 0.2858
8 2 0.606246 0.614083
9 2 0.606186 0.606382
10 2 0.552778 0.559923
11 2 0.338796 0.343175
12 2 1.04417 1.04451
15 2 0.929815 0.930116
16 2 1.02692 1.02726
17 2 1.04839 1.04873
e
1 3 0.24458 0.600061
e
0 4 0.907601 0.908473
1 4 0.600061 0.606221
2 4 0.584279 0.609503
3 4 0.399762 0.404078
4 4 0.62509 0.631839
5 4 0.553577 0.559326
6 4 0.445228 0.45901
7 4 0.2858 0.304308
8 4 0.614083 0.62046
9 4 0.606382 0.619471
10 4 0.559923 0.571552
11 4 0.343175 0.346739
12 4 1.04451 1.05579
13 4 1.01108 1.022
16 4 1.02726 1.03834
17 4 1.04873 1.07235
e
3 5 0.404078 0.594071
4 5 0.631839 0.928923
14 5 0.667392 0.984581
e
0 6 0.908473 0.912108
1 6 0.606221 0.642592
2 6 0.609503 0.674656
3 6 0.594071 0.595356
4 6 0.928923 0.930409
5 6 0.559326 0.618726
6 6 0.45901 0.506482
7 6 0.304308 0.336177
8 6 0.62046 0.653318
9 6 0.619471 0.653195
10 6 0.571552 0.676481
11 6 0.346739 0.365102
15 6 0.930116 0.981844
e
7 7 0.336177 0.446113
11 7 0.365102 0.657021
e
0 8 0.912108 0.912442
1 8 0.642592 0.646047
2 8 0.674656 0.677707
3 8 0.595356 0.595463
5 8 0.618726 0.619154
6 8 0.506482 0.506938
7 8 0.446113 0.452598
8 8 0.653318 0.653793
9 8 0.653195 0.65356
10 8 0.676481 0.677202
11 8 0.657021 0.657286
15 8 0.981844 0.984148
e
0 9 -0.000135005 0
1 9 -0.00161744 0
2 9 -0.00757327 0
3 9 -0.0028561 0
5 9 0.619154 0.639724
6 9 0.506938 0.551753
7 9 0.452598 0.489341
8 9 0.653793 0.679893
9 9 0.65356 0.698473
10 9 0.677202 0.919461
11 9 0.657286 0.69231
12 9 1.05579 1.06933
13 9 1.022 1.03458
14 9 0.984581 0.984758
15 9 0.984148 1.07666
e
0 10 0.912442 0.928588
1 10 0.646047 0.786933
2 10 0.677707 0.924262
3 10 0.595463 0.601223
4 10 0.930409 0.938951
5 10 0.639724 1.1356
6 10 0.551753 0.830394
7 10 0.489341 0.756137
8 10 0.679893 0.993416
9 10 0.698473 0.92179
10 10 0.919461 1.26943
11 10 0.69231 0.964559
12 10 -4.75646e-05 0
13 10 -4.60573e-05 0
14 10 -5.06688e-05 0
15 10 1.07666 1.07667
e
0 11 0.928588 0.933417
1 11 0.786933 0.864882
2 11 0.924262 0.957121
3 11 0.601223 0.757772
4 11 0.938951 0.984209
5 11 1.1356 1.15195
6 11 0.830394 0.860986
7 11 0.756137 0.780903
8 11 0.993416 1.00111
9 11 0.92179 0.933043
10 11 1.26943 1.30138
11 11 0.964559 0.973014
12 11 1.06933 1.08734
13 11 1.03458 1.04995
14 11 0.984758 1.0096
15 11 1.07667 1.12108
16 11 1.03834 1.0625
17 11 1.07235 1.11134
e
0 12 0.933417 1.00014
1 12 0.864882 1.00162
2 12 0.957121 1.00757
3 12 0.757772 1.00286
4 12 0.984209 1
5 12 -0.151947 0
6 12 0.860986 1
7 12 0.780903 1
8 12 -0.00111465 0
9 12 0.933043 1
10 12 -0.301385 0
11 12 0.973014 1
12 12 -0.0873424 -4.75646e-05
13 12 -0.0499532 -4.60573e-05
14 12 -0.00959826 -5.06688e-05
15 12 -0.121077 0
16 12 -0.0625049 0
17 12 -0.111343 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.24577e-06:0.53446]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     2.47373e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 24.7 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin-then-futex unpinned", \
     4.57172e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 45.7 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.178153
1 0.00885128
2 0.00370516
3 0.00541358
4 0.00346213
5 0.00406457
6 0.00508569
7 0.00757468
8 0.00366409
9 0.0035701
10 0.0040185
11 0.00655657
12 0.00207259
13 0.00214042
14 0.00324269
15 0.0023275
16 0.0021074
17 0.00206426
e
unset multiplot
unset logscale y
set output
