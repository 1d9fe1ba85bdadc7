# explain.py: explain-1073741824-published; data inline, run `gnuplot explain-1073741824-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-published.png"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-90.187617:190.187617]
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
0 0 0 0.0195334
1 0 0 0.293879
2 0 0 0.457733
3 0 0 0.567576
4 0 0 0.568144
5 0 0 0.632588
6 0 0 0.43426
8 0 0 0.565108
9 0 0 0.762516
10 0 0 0.560163
11 0 0 0.436691
12 0 0 0.937458
13 0 0 0.919415
14 0 0 0.759483
15 0 0 0.861681
16 0 0 1.72626
17 0 0 1.83155
e
5 1 0.632588 1.12626
6 1 0.43426 0.702073
8 1 0.565108 1.00612
10 1 0.560163 0.997312
11 1 0.436691 0.777483
e
1 2 0.293879 0.293879
2 2 0.457733 0.457733
5 2 1.12626 1.20267
6 2 0.702073 0.823158
8 2 1.00612 1.07438
9 2 0.762516 0.762517
10 2 0.997312 1.06498
11 2 0.777483 0.830235
12 2 0.937458 0.937458
15 2 0.861681 0.861681
16 2 1.72626 1.72626
17 2 1.83155 1.83155
e
1 3 0.293879 0.601997
e
1 4 0.601997 0.615513
2 4 0.457733 0.493747
3 4 0.567576 0.57874
4 4 0.568144 0.579319
5 4 1.20267 1.21512
6 4 0.823158 0.848783
8 4 1.07438 1.0855
9 4 0.762517 0.792513
10 4 1.06498 1.08702
11 4 0.830235 0.838825
12 4 0.937458 0.955898
13 4 0.919415 0.937499
16 4 1.72626 1.76022
17 4 1.83155 1.88185
e
3 5 0.57874 0.68543
4 5 0.579319 0.686115
14 5 0.759483 0.902247
e
1 6 0.615513 0.643692
2 6 0.493747 0.526665
5 6 1.21512 1.26061
6 6 0.848783 0.880014
8 6 1.0855 1.10746
9 6 0.792513 0.822145
10 6 1.08702 1.13752
11 6 0.838825 0.855795
15 6 0.861681 0.895166
e
11 7 0.855795 1.17724
e
0 8 0.0195334 0.0195334
1 8 0.643692 0.643693
2 8 0.526665 0.526665
3 8 0.68543 0.68543
4 8 0.686115 0.686116
5 8 1.26061 1.26063
6 8 0.880014 0.880015
8 8 1.10746 1.10755
9 8 0.822145 0.822235
10 8 1.13752 1.13788
11 8 1.17724 1.17729
12 8 0.955898 0.955898
13 8 0.937499 0.9375
14 8 0.902247 0.902247
15 8 0.895166 0.895168
16 8 1.76022 1.76022
17 8 1.88185 1.88185
e
0 9 0.0195334 0.0198429
1 9 0.643693 0.645049
2 9 0.526665 0.527376
3 9 0.68543 0.685625
4 9 0.686116 0.686183
5 9 1.26063 1.26267
6 9 0.880015 0.884659
8 9 1.10755 1.12191
9 9 0.822235 0.837308
10 9 1.13788 1.17663
11 9 1.17729 1.19419
12 9 0.955898 0.955906
13 9 0.9375 0.937507
14 9 0.902247 0.902252
15 9 0.895168 0.915527
16 9 1.76022 1.76022
17 9 1.88185 1.88186
e
0 10 0.0198429 0.0949634
1 10 0.645049 0.856126
2 10 0.527376 0.869529
3 10 0.685625 0.689073
4 10 0.686183 0.689739
5 10 1.26267 1.38192
6 10 0.884659 1.08811
8 10 1.12191 1.22681
9 10 0.837308 0.981405
10 10 1.17663 1.28854
11 10 1.19419 1.27523
15 10 0.915527 0.99674
e
0 11 0.0949634 0.0949674
1 11 0.856126 0.856177
2 11 0.869529 0.869539
3 11 0.689073 0.689206
4 11 0.689739 0.689768
5 11 1.38192 1.38193
6 11 1.08811 1.08815
8 11 1.22681 1.22682
9 11 0.981405 0.981412
10 11 1.28854 1.28855
11 11 1.27523 1.27525
12 11 0.955906 0.95592
13 11 0.937507 0.937517
14 11 0.902252 0.902259
15 11 0.99674 0.996771
16 11 1.76022 1.76025
17 11 1.88186 1.88188
e
0 12 0.0949674 1
1 12 0.856177 1
2 12 0.869539 1
3 12 0.689206 1
4 12 0.689768 1
5 12 -0.381935 0
6 12 -0.0881467 0
8 12 -0.226818 0
9 12 0.981412 1
10 12 -0.288552 0
11 12 -0.275246 0
12 12 0.95592 1
13 12 0.937517 1
14 12 0.902259 1
15 12 0.996771 1
16 12 -0.760248 0
17 12 -0.881876 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.0113945:684.821]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.0744037 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 74.40 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.0341836 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 34.18 ms:", \
     NaN with lines lc rgb 'white' title "  memfd/pooled-touch cross-core"
0 228.274
1 15.1728
2 9.74141
3 7.85615
4 7.8483
5 7.04877
6 10.268
8 7.89046
9 5.84769
10 7.96012
11 10.2108
12 4.75644
13 4.84978
14 5.87105
15 5.17472
16 2.58302
17 2.43452
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-published.svg"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-90.187617:190.187617]
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
0 0 0 0.0195334
1 0 0 0.293879
2 0 0 0.457733
3 0 0 0.567576
4 0 0 0.568144
5 0 0 0.632588
6 0 0 0.43426
8 0 0 0.565108
9 0 0 0.762516
10 0 0 0.560163
11 0 0 0.436691
12 0 0 0.937458
13 0 0 0.919415
14 0 0 0.759483
15 0 0 0.861681
16 0 0 1.72626
17 0 0 1.83155
e
5 1 0.632588 1.12626
6 1 0.43426 0.702073
8 1 0.565108 1.00612
10 1 0.560163 0.997312
11 1 0.436691 0.777483
e
1 2 0.293879 0.293879
2 2 0.457733 0.457733
5 2 1.12626 1.20267
6 2 0.702073 0.823158
8 2 1.00612 1.07438
9 2 0.762516 0.762517
10 2 0.997312 1.06498
11 2 0.777483 0.830235
12 2 0.937458 0.937458
15 2 0.861681 0.861681
16 2 1.72626 1.72626
17 2 1.83155 1.83155
e
1 3 0.293879 0.601997
e
1 4 0.601997 0.615513
2 4 0.457733 0.493747
3 4 0.567576 0.57874
4 4 0.568144 0.579319
5 4 1.20267 1.21512
6 4 0.823158 0.848783
8 4 1.07438 1.0855
9 4 0.762517 0.792513
10 4 1.06498 1.08702
11 4 0.830235 0.838825
12 4 0.937458 0.955898
13 4 0.919415 0.937499
16 4 1.72626 1.76022
17 4 1.83155 1.88185
e
3 5 0.57874 0.68543
4 5 0.579319 0.686115
14 5 0.759483 0.902247
e
1 6 0.615513 0.643692
2 6 0.493747 0.526665
5 6 1.21512 1.26061
6 6 0.848783 0.880014
8 6 1.0855 1.10746
9 6 0.792513 0.822145
10 6 1.08702 1.13752
11 6 0.838825 0.855795
15 6 0.861681 0.895166
e
11 7 0.855795 1.17724
e
0 8 0.0195334 0.0195334
1 8 0.643692 0.643693
2 8 0.526665 0.526665
3 8 0.68543 0.68543
4 8 0.686115 0.686116
5 8 1.26061 1.26063
6 8 0.880014 0.880015
8 8 1.10746 1.10755
9 8 0.822145 0.822235
10 8 1.13752 1.13788
11 8 1.17724 1.17729
12 8 0.955898 0.955898
13 8 0.937499 0.9375
14 8 0.902247 0.902247
15 8 0.895166 0.895168
16 8 1.76022 1.76022
17 8 1.88185 1.88185
e
0 9 0.0195334 0.0198429
1 9 0.643693 0.645049
2 9 0.526665 0.527376
3 9 0.68543 0.685625
4 9 0.686116 0.686183
5 9 1.26063 1.26267
6 9 0.880015 0.884659
8 9 1.10755 1.12191
9 9 0.822235 0.837308
10 9 1.13788 1.17663
11 9 1.17729 1.19419
12 9 0.955898 0.955906
13 9 0.9375 0.937507
14 9 0.902247 0.902252
15 9 0.895168 0.915527
16 9 1.76022 1.76022
17 9 1.88185 1.88186
e
0 10 0.0198429 0.0949634
1 10 0.645049 0.856126
2 10 0.527376 0.869529
3 10 0.685625 0.689073
4 10 0.686183 0.689739
5 10 1.26267 1.38192
6 10 0.884659 1.08811
8 10 1.12191 1.22681
9 10 0.837308 0.981405
10 10 1.17663 1.28854
11 10 1.19419 1.27523
15 10 0.915527 0.99674
e
0 11 0.0949634 0.0949674
1 11 0.856126 0.856177
2 11 0.869529 0.869539
3 11 0.689073 0.689206
4 11 0.689739 0.689768
5 11 1.38192 1.38193
6 11 1.08811 1.08815
8 11 1.22681 1.22682
9 11 0.981405 0.981412
10 11 1.28854 1.28855
11 11 1.27523 1.27525
12 11 0.955906 0.95592
13 11 0.937507 0.937517
14 11 0.902252 0.902259
15 11 0.99674 0.996771
16 11 1.76022 1.76025
17 11 1.88186 1.88188
e
0 12 0.0949674 1
1 12 0.856177 1
2 12 0.869539 1
3 12 0.689206 1
4 12 0.689768 1
5 12 -0.381935 0
6 12 -0.0881467 0
8 12 -0.226818 0
9 12 0.981412 1
10 12 -0.288552 0
11 12 -0.275246 0
12 12 0.95592 1
13 12 0.937517 1
14 12 0.902259 1
15 12 0.996771 1
16 12 -0.760248 0
17 12 -0.881876 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.0113945:684.821]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.0744037 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 74.40 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.0341836 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 34.18 ms:", \
     NaN with lines lc rgb 'white' title "  memfd/pooled-touch cross-core"
0 228.274
1 15.1728
2 9.74141
3 7.85615
4 7.8483
5 7.04877
6 10.268
8 7.89046
9 5.84769
10 7.96012
11 10.2108
12 4.75644
13 4.84978
14 5.87105
15 5.17472
16 2.58302
17 2.43452
e
unset multiplot
unset logscale y
set output
