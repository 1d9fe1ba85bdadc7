# explain.py: explain-38535168-published; data inline, run `gnuplot explain-38535168-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-published.png"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-10.949167:110.949167]
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
0 0 0 0.0109262
1 0 0 0.16632
2 0 0 0.353843
3 0 0 0.473949
4 0 0 0.547744
5 0 0 0.321867
6 0 0 0.286889
7 0 0 0.307155
8 0 0 0.319721
9 0 0 0.463633
10 0 0 0.37304
11 0 0 0.206908
12 0 0 0.55724
13 0 0 0.694499
14 0 0 0.532342
15 0 0 0.487599
16 0 0 0.598374
17 0 0 0.587546
e
0 1 0.0109262 0.767193
5 1 0.321867 0.530404
6 1 0.286889 0.476496
8 1 0.319721 0.526867
10 1 0.37304 0.614732
11 1 0.206908 0.340963
e
0 2 0.767193 1.04201
1 2 0.16632 0.166321
2 2 0.353843 0.353846
5 2 0.530404 0.636052
6 2 0.476496 0.668171
7 2 0.307155 0.307157
8 2 0.526867 0.631811
9 2 0.463633 0.463637
10 2 0.614732 0.737176
11 2 0.340963 0.408877
12 2 0.55724 0.557244
15 2 0.487599 0.487603
16 2 0.598374 0.598378
17 2 0.587546 0.587551
e
1 3 0.166321 0.543065
e
0 4 1.04201 1.04736
1 4 0.543065 0.568881
2 4 0.353846 0.448
3 4 0.473949 0.505477
4 4 0.547744 0.584182
5 4 0.636052 0.657463
6 4 0.668171 0.725425
7 4 0.307157 0.429753
8 4 0.631811 0.653079
9 4 0.463637 0.525321
10 4 0.737176 0.786807
11 4 0.408877 0.422641
12 4 0.557244 0.594313
13 4 0.694499 0.740698
16 4 0.598378 0.638183
17 4 0.587551 0.639526
e
3 5 0.505477 0.690971
4 5 0.584182 0.798557
14 5 0.532342 0.740689
e
0 6 1.04736 1.05059
1 6 0.568881 0.595571
2 6 0.448 0.49091
3 6 0.690971 0.690999
4 6 0.798557 0.798574
5 6 0.657463 0.696496
6 6 0.725425 0.760216
7 6 0.429753 0.467001
8 6 0.653079 0.684644
9 6 0.525321 0.571094
10 6 0.786807 0.891963
11 6 0.422641 0.443069
15 6 0.487603 0.535742
e
7 7 0.467001 0.592532
11 7 0.443069 0.809581
e
0 8 1.05059 1.05078
1 8 0.595571 0.596975
2 8 0.49091 0.492018
3 8 0.690999 0.691004
4 8 0.798574 0.798577
5 8 0.696496 0.696516
6 8 0.760216 0.760347
7 8 0.592532 0.596561
8 8 0.684644 0.684651
9 8 0.571094 0.571172
10 8 0.891963 0.892975
11 8 0.809581 0.809628
15 8 0.535742 0.536183
17 8 0.639526 0.639527
e
0 9 1.05078 1.05083
1 9 0.596975 0.597316
2 9 0.492018 0.492093
3 9 0.691004 0.691019
4 9 0.798577 0.798578
5 9 0.696516 0.696835
6 9 0.760347 0.76226
7 9 0.596561 0.597361
8 9 0.684651 0.686631
9 9 0.571172 0.573036
10 9 0.892975 0.90703
11 9 0.809628 0.812572
13 9 0.740698 0.740699
14 9 0.740689 0.740758
15 9 0.536183 0.541129
16 9 0.638183 0.63822
17 9 0.639527 0.639563
e
0 10 1.05083 1.08934
1 10 0.597316 0.746792
2 10 0.492093 0.649606
3 10 0.691019 0.698652
4 10 0.798578 0.813042
5 10 0.696835 0.809953
6 10 0.76226 0.982752
7 10 0.597361 0.822891
8 10 0.686631 0.726543
9 10 0.573036 0.660992
10 10 0.90703 1.04736
11 10 0.812572 0.863628
12 10 -2.24663e-07 0
13 10 -2.80001e-07 0
14 10 -2.14624e-07 0
15 10 0.541129 0.633613
e
0 11 1.08934 1.08949
1 11 0.746792 0.749858
2 11 0.649606 0.649992
3 11 0.698652 0.707697
4 11 0.813042 0.815495
5 11 0.809953 0.810069
6 11 0.982752 0.983881
7 11 0.822891 0.824356
8 11 0.726543 0.726699
9 11 0.660992 0.661169
10 11 1.04736 1.04769
11 11 0.863628 0.863874
12 11 0.594313 0.594589
13 11 0.740699 0.741016
14 11 0.740758 0.741119
15 11 0.633613 0.633963
16 11 0.63822 0.638404
17 11 0.639563 0.63976
e
0 12 -0.0894917 0
1 12 0.749858 1
2 12 0.649992 1
3 12 0.707697 1
4 12 0.815495 1
5 12 0.810069 1
6 12 0.983881 1
7 12 0.824356 1
8 12 0.726699 1
9 12 0.661169 1
10 12 -0.0476901 0
11 12 0.863874 1
12 12 0.594589 1
13 12 0.741016 1
14 12 0.741119 1
15 12 0.633963 1
16 12 0.638404 1
17 12 0.63976 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.00164734:27.0444]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00494203 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 4.94 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.00585915 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 5.86 ms:", \
     NaN with lines lc rgb 'white' title "  memfd/pooled-touch unpinned"
0 9.01481
1 0.592217
2 0.278365
3 0.207823
4 0.179824
5 0.30602
6 0.343331
7 0.320678
8 0.308074
9 0.212447
10 0.264041
11 0.476047
12 0.17676
13 0.141826
14 0.185027
15 0.202006
16 0.164609
17 0.167642
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-published.svg"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-10.949167:110.949167]
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
0 0 0 0.0109262
1 0 0 0.16632
2 0 0 0.353843
3 0 0 0.473949
4 0 0 0.547744
5 0 0 0.321867
6 0 0 0.286889
7 0 0 0.307155
8 0 0 0.319721
9 0 0 0.463633
10 0 0 0.37304
11 0 0 0.206908
12 0 0 0.55724
13 0 0 0.694499
14 0 0 0.532342
15 0 0 0.487599
16 0 0 0.598374
17 0 0 0.587546
e
0 1 0.0109262 0.767193
5 1 0.321867 0.530404
6 1 0.286889 0.476496
8 1 0.319721 0.526867
10 1 0.37304 0.614732
11 1 0.206908 0.340963
e
0 2 0.767193 1.04201
1 2 0.16632 0.166321
2 2 0.353843 0.353846
5 2 0.530404 0.636052
6 2 0.476496 0.668171
7 2 0.307155 0.307157
8 2 0.526867 0.631811
9 2 0.463633 0.463637
10 2 0.614732 0.737176
11 2 0.340963 0.408877
12 2 0.55724 0.557244
15 2 0.487599 0.487603
16 2 0.598374 0.598378
17 2 0.587546 0.587551
e
1 3 0.166321 0.543065
e
0 4 1.04201 1.04736
1 4 0.543065 0.568881
2 4 0.353846 0.448
3 4 0.473949 0.505477
4 4 0.547744 0.584182
5 4 0.636052 0.657463
6 4 0.668171 0.725425
7 4 0.307157 0.429753
8 4 0.631811 0.653079
9 4 0.463637 0.525321
10 4 0.737176 0.786807
11 4 0.408877 0.422641
12 4 0.557244 0.594313
13 4 0.694499 0.740698
16 4 0.598378 0.638183
17 4 0.587551 0.639526
e
3 5 0.505477 0.690971
4 5 0.584182 0.798557
14 5 0.532342 0.740689
e
0 6 1.04736 1.05059
1 6 0.568881 0.595571
2 6 0.448 0.49091
3 6 0.690971 0.690999
4 6 0.798557 0.798574
5 6 0.657463 0.696496
6 6 0.725425 0.760216
7 6 0.429753 0.467001
8 6 0.653079 0.684644
9 6 0.525321 0.571094
10 6 0.786807 0.891963
11 6 0.422641 0.443069
15 6 0.487603 0.535742
e
7 7 0.467001 0.592532
11 7 0.443069 0.809581
e
0 8 1.05059 1.05078
1 8 0.595571 0.596975
2 8 0.49091 0.492018
3 8 0.690999 0.691004
4 8 0.798574 0.798577
5 8 0.696496 0.696516
6 8 0.760216 0.760347
7 8 0.592532 0.596561
8 8 0.684644 0.684651
9 8 0.571094 0.571172
10 8 0.891963 0.892975
11 8 0.809581 0.809628
15 8 0.535742 0.536183
17 8 0.639526 0.639527
e
0 9 1.05078 1.05083
1 9 0.596975 0.597316
2 9 0.492018 0.492093
3 9 0.691004 0.691019
4 9 0.798577 0.798578
5 9 0.696516 0.696835
6 9 0.760347 0.76226
7 9 0.596561 0.597361
8 9 0.684651 0.686631
9 9 0.571172 0.573036
10 9 0.892975 0.90703
11 9 0.809628 0.812572
13 9 0.740698 0.740699
14 9 0.740689 0.740758
15 9 0.536183 0.541129
16 9 0.638183 0.63822
17 9 0.639527 0.639563
e
0 10 1.05083 1.08934
1 10 0.597316 0.746792
2 10 0.492093 0.649606
3 10 0.691019 0.698652
4 10 0.798578 0.813042
5 10 0.696835 0.809953
6 10 0.76226 0.982752
7 10 0.597361 0.822891
8 10 0.686631 0.726543
9 10 0.573036 0.660992
10 10 0.90703 1.04736
11 10 0.812572 0.863628
12 10 -2.24663e-07 0
13 10 -2.80001e-07 0
14 10 -2.14624e-07 0
15 10 0.541129 0.633613
e
0 11 1.08934 1.08949
1 11 0.746792 0.749858
2 11 0.649606 0.649992
3 11 0.698652 0.707697
4 11 0.813042 0.815495
5 11 0.809953 0.810069
6 11 0.982752 0.983881
7 11 0.822891 0.824356
8 11 0.726543 0.726699
9 11 0.660992 0.661169
10 11 1.04736 1.04769
11 11 0.863628 0.863874
12 11 0.594313 0.594589
13 11 0.740699 0.741016
14 11 0.740758 0.741119
15 11 0.633613 0.633963
16 11 0.63822 0.638404
17 11 0.639563 0.63976
e
0 12 -0.0894917 0
1 12 0.749858 1
2 12 0.649992 1
3 12 0.707697 1
4 12 0.815495 1
5 12 0.810069 1
6 12 0.983881 1
7 12 0.824356 1
8 12 0.726699 1
9 12 0.661169 1
10 12 -0.0476901 0
11 12 0.863874 1
12 12 0.594589 1
13 12 0.741016 1
14 12 0.741119 1
15 12 0.633963 1
16 12 0.638404 1
17 12 0.63976 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.00164734:27.0444]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00494203 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 4.94 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.00585915 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 5.86 ms:", \
     NaN with lines lc rgb 'white' title "  memfd/pooled-touch unpinned"
0 9.01481
1 0.592217
2 0.278365
3 0.207823
4 0.179824
5 0.30602
6 0.343331
7 0.320678
8 0.308074
9 0.212447
10 0.264041
11 0.476047
12 0.17676
13 0.141826
14 0.185027
15 0.202006
16 0.164609
17 0.167642
e
unset multiplot
unset logscale y
set output
