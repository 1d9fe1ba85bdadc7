# explain.py: explain-1204224-transport-only; data inline, run `gnuplot explain-1204224-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-16.129542:116.129542]
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
0 1 0 0.603772
5 1 0 0.258156
6 1 0 0.0903462
8 1 0 0.219992
10 1 0 0.138382
11 1 0 0.0997608
e
0 2 0.603772 0.75921
1 2 0 8.7391e-05
2 2 0 0.00122846
5 2 0.258156 0.362892
6 2 0.0903462 0.181558
7 2 0 0.000361219
8 2 0.219992 0.309244
9 2 0 0.00285844
10 2 0.138382 0.194525
11 2 0.0997608 0.140235
12 2 0 0.00697887
15 2 0 0.00321974
16 2 0 0.0414421
17 2 0 0.0169764
e
1 3 8.7391e-05 0.505064
e
0 4 0.75921 0.761386
1 4 0.505064 0.516538
2 4 0.00122846 0.277715
3 4 0 0.0201088
4 4 0 0.0332213
5 4 0.362892 0.450776
6 4 0.181558 0.283519
7 4 0.000361219 0.122309
8 4 0.309244 0.384136
9 4 0.00285844 0.324529
10 4 0.194525 0.288743
11 4 0.140235 0.174196
12 4 0.00697887 0.399658
13 4 0 0.396568
17 4 0.0169764 0.621558
e
3 5 0.0201088 0.255498
4 5 0.0332213 0.422104
14 5 0 0.53779
e
0 6 0.761386 0.76347
1 6 0.516538 0.544708
2 6 0.277715 0.574649
3 6 0.255498 0.256743
4 6 0.422104 0.422864
5 6 0.450776 0.82836
6 6 0.283519 0.429532
7 6 0.122309 0.209618
8 6 0.384136 0.684323
9 6 0.324529 0.969209
10 6 0.288743 0.695239
11 6 0.174196 0.310324
15 6 0.00321974 0.729385
e
7 7 0.209618 0.490092
11 7 0.310324 0.978144
e
0 8 0.76347 0.76361
1 8 0.544708 0.546582
2 8 0.574649 0.5847
3 8 0.256743 0.256822
5 8 0.82836 0.828706
6 8 0.429532 0.431201
7 8 0.490092 0.502553
8 8 0.684323 0.685059
9 8 0.969209 0.971105
10 8 0.695239 0.696997
11 8 0.978144 0.978544
15 8 0.729385 0.738997
e
0 9 0.76361 0.763626
1 9 0.546582 0.546609
2 9 -0.00024802 0
3 9 -0.000360768 0
4 9 -5.96019e-05 0
5 9 0.828706 0.832805
6 9 0.431201 0.431811
7 9 0.502553 0.502772
8 9 0.685059 0.688015
9 9 0.971105 0.984379
10 9 0.696997 0.805687
11 9 0.978544 0.983358
13 9 0.396568 0.397279
14 9 -0.000329696 0
15 9 0.738997 0.931411
e
3 10 0.256822 0.265012
4 10 0.422864 0.436395
8 10 -6.77864e-05 0
9 10 -0.000145577 0
10 10 -4.26399e-05 0
11 10 -3.07395e-05 0
12 10 -0.000355426 0
13 10 -0.000358946 0
14 10 -0.00037128 -0.000329696
15 10 -8.1989e-05 0
e
0 11 0.763626 0.768804
1 11 0.546609 0.66973
2 11 0.5847 0.685607
3 11 0.265012 0.966873
4 11 0.436395 0.527783
5 11 0.832805 0.89841
6 11 0.431811 0.594412
7 11 0.502772 0.59025
8 11 0.688015 0.729067
9 11 0.984379 1.06129
10 11 0.805687 0.86752
11 11 0.983358 1.01942
12 11 0.399658 0.688673
13 11 0.397279 0.641002
14 11 0.53779 0.592876
15 11 0.931411 1.1413
16 11 0.0414421 0.96028
17 11 0.621558 0.969643
e
0 12 0.768804 1
1 12 0.66973 1
2 12 0.685607 1.00025
3 12 0.966873 1.00036
4 12 0.527783 1.00006
5 12 0.89841 1
6 12 0.594412 1
7 12 0.59025 1
8 12 0.729067 1.00007
9 12 -0.0612851 -0.000145577
10 12 0.86752 1.00004
11 12 -0.0194212 -3.07395e-05
12 12 0.688673 1.00036
13 12 0.641002 1.00036
14 12 0.592876 1.00037
15 12 -0.141295 -8.1989e-05
16 12 0.96028 1
17 12 0.969643 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [9.0005e-06:1.00794]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     8.0651e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 80.7 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout cross-core", \
     6.74024e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 67.4 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.33598
1 0.0128045
2 0.000910894
3 0.0031311
4 0.00189524
5 0.000716433
6 0.00185254
7 0.00309784
8 0.00084072
9 0.000391471
10 0.00133653
11 0.00185395
12 0.000160341
13 0.000158768
14 0.00137047
15 0.000347543
16 2.70015e-05
17 6.5915e-05
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-transport-only.svg"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-16.129542:116.129542]
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
0 1 0 0.603772
5 1 0 0.258156
6 1 0 0.0903462
8 1 0 0.219992
10 1 0 0.138382
11 1 0 0.0997608
e
0 2 0.603772 0.75921
1 2 0 8.7391e-05
2 2 0 0.00122846
5 2 0.258156 0.362892
6 2 0.0903462 0.181558
7 2 0 0.000361219
8 2 0.219992 0.309244
9 2 0 0.00285844
10 2 0.138382 0.194525
11 2 0.0997608 0.140235
12 2 0 0.00697887
15 2 0 0.00321974
16 2 0 0.0414421
17 2 0 0.0169764
e
1 3 8.7391e-05 0.505064
e
0 4 0.75921 0.761386
1 4 0.505064 0.516538
2 4 0.00122846 0.277715
3 4 0 0.0201088
4 4 0 0.0332213
5 4 0.362892 0.450776
6 4 0.181558 0.283519
7 4 0.000361219 0.122309
8 4 0.309244 0.384136
9 4 0.00285844 0.324529
10 4 0.194525 0.288743
11 4 0.140235 0.174196
12 4 0.00697887 0.399658
13 4 0 0.396568
17 4 0.0169764 0.621558
e
3 5 0.0201088 0.255498
4 5 0.0332213 0.422104
14 5 0 0.53779
e
0 6 0.761386 0.76347
1 6 0.516538 0.544708
2 6 0.277715 0.574649
3 6 0.255498 0.256743
4 6 0.422104 0.422864
5 6 0.450776 0.82836
6 6 0.283519 0.429532
7 6 0.122309 0.209618
8 6 0.384136 0.684323
9 6 0.324529 0.969209
10 6 0.288743 0.695239
11 6 0.174196 0.310324
15 6 0.00321974 0.729385
e
7 7 0.209618 0.490092
11 7 0.310324 0.978144
e
0 8 0.76347 0.76361
1 8 0.544708 0.546582
2 8 0.574649 0.5847
3 8 0.256743 0.256822
5 8 0.82836 0.828706
6 8 0.429532 0.431201
7 8 0.490092 0.502553
8 8 0.684323 0.685059
9 8 0.969209 0.971105
10 8 0.695239 0.696997
11 8 0.978144 0.978544
15 8 0.729385 0.738997
e
0 9 0.76361 0.763626
1 9 0.546582 0.546609
2 9 -0.00024802 0
3 9 -0.000360768 0
4 9 -5.96019e-05 0
5 9 0.828706 0.832805
6 9 0.431201 0.431811
7 9 0.502553 0.502772
8 9 0.685059 0.688015
9 9 0.971105 0.984379
10 9 0.696997 0.805687
11 9 0.978544 0.983358
13 9 0.396568 0.397279
14 9 -0.000329696 0
15 9 0.738997 0.931411
e
3 10 0.256822 0.265012
4 10 0.422864 0.436395
8 10 -6.77864e-05 0
9 10 -0.000145577 0
10 10 -4.26399e-05 0
11 10 -3.07395e-05 0
12 10 -0.000355426 0
13 10 -0.000358946 0
14 10 -0.00037128 -0.000329696
15 10 -8.1989e-05 0
e
0 11 0.763626 0.768804
1 11 0.546609 0.66973
2 11 0.5847 0.685607
3 11 0.265012 0.966873
4 11 0.436395 0.527783
5 11 0.832805 0.89841
6 11 0.431811 0.594412
7 11 0.502772 0.59025
8 11 0.688015 0.729067
9 11 0.984379 1.06129
10 11 0.805687 0.86752
11 11 0.983358 1.01942
12 11 0.399658 0.688673
13 11 0.397279 0.641002
14 11 0.53779 0.592876
15 11 0.931411 1.1413
16 11 0.0414421 0.96028
17 11 0.621558 0.969643
e
0 12 0.768804 1
1 12 0.66973 1
2 12 0.685607 1.00025
3 12 0.966873 1.00036
4 12 0.527783 1.00006
5 12 0.89841 1
6 12 0.594412 1
7 12 0.59025 1
8 12 0.729067 1.00007
9 12 -0.0612851 -0.000145577
10 12 0.86752 1.00004
11 12 -0.0194212 -3.07395e-05
12 12 0.688673 1.00036
13 12 0.641002 1.00036
14 12 0.592876 1.00037
15 12 -0.141295 -8.1989e-05
16 12 0.96028 1
17 12 0.969643 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [9.0005e-06:1.00794]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     8.0651e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 80.7 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout cross-core", \
     6.74024e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 67.4 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.33598
1 0.0128045
2 0.000910894
3 0.0031311
4 0.00189524
5 0.000716433
6 0.00185254
7 0.00309784
8 0.00084072
9 0.000391471
10 0.00133653
11 0.00185395
12 0.000160341
13 0.000158768
14 0.00137047
15 0.000347543
16 2.70015e-05
17 6.5915e-05
e
unset multiplot
unset logscale y
set output
