# explain.py: explain-1204224-published; data inline, run `gnuplot explain-1204224-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-published.png"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-12.034815:112.034815]
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
0 0 0 0.00912379
1 0 0 0.257417
2 0 0 0.538482
3 0 0 0.380554
4 0 0 0.697314
5 0 0 0.666874
6 0 0 0.513908
7 0 0 0.34117
8 0 0 0.581795
9 0 0 0.949572
10 0 0 0.721129
11 0 0 0.486864
12 0 0 1.02255
13 0 0 0.753117
14 0 0 0.538537
15 0 0 0.616794
16 0 0 1.0699
17 0 0 0.666253
e
0 1 0.00912379 0.565735
5 1 0.666874 0.704639
6 1 0.513908 0.542166
8 1 0.581795 0.614741
10 1 0.721129 0.761966
11 1 0.486864 0.514435
e
0 2 0.565735 0.697426
1 2 0.257417 0.257474
2 2 0.538482 0.5386
5 2 0.704639 0.721872
6 2 0.542166 0.570736
7 2 0.34117 0.341245
8 2 0.614741 0.629775
9 2 0.949572 0.949782
10 2 0.761966 0.780601
11 2 0.514435 0.527016
12 2 1.02255 1.02277
15 2 0.616794 0.61693
16 2 1.0699 1.07013
17 2 0.666253 0.6664
e
1 3 0.257474 0.805526
e
0 4 0.697426 0.699715
1 4 0.805526 0.818167
2 4 0.5386 0.583925
3 4 0.380554 0.388562
4 4 0.697314 0.711987
5 4 0.721872 0.735904
6 4 0.570736 0.603178
7 4 0.341245 0.38432
8 4 0.629775 0.642018
9 4 0.949782 0.989745
10 4 0.780601 0.81095
11 4 0.527016 0.537261
12 4 1.02277 1.04429
13 4 0.753117 0.768965
16 4 1.07013 1.09265
17 4 0.6664 0.689781
e
3 5 0.388562 0.473606
4 5 0.711987 0.867819
14 5 0.538537 0.658887
e
0 6 0.699715 0.701431
1 6 0.818167 0.842875
2 6 0.583925 0.622683
3 6 0.473606 0.47414
4 6 0.867819 0.868379
5 6 0.735904 0.78391
6 6 0.603178 0.64017
7 6 0.38432 0.408875
8 6 0.642018 0.690569
9 6 0.989745 1.06899
10 6 0.81095 0.934398
11 6 0.537261 0.57789
15 6 0.61693 0.668402
e
7 7 0.408875 0.51778
11 7 0.57789 0.759698
e
0 8 0.701431 0.701562
1 8 0.842875 0.844746
2 8 0.622683 0.624168
3 8 0.47414 0.474211
4 8 -2.59957e-05 0
5 8 0.78391 0.78396
6 8 0.64017 0.640783
7 8 0.51778 0.521774
8 8 0.690569 0.690699
9 8 1.06899 1.06916
10 8 0.934398 0.934855
11 8 0.759698 0.759807
15 8 0.668402 0.669253
e
0 9 0.701562 0.701639
1 9 0.844746 0.844768
2 9 0.624168 0.624186
3 9 0.474211 0.4743
4 9 -9.62292e-05 -2.59957e-05
5 9 0.78396 0.784811
6 9 0.640783 0.642957
7 9 0.521774 0.521957
8 9 0.690699 0.694606
9 9 1.06916 1.07159
10 9 0.934855 0.962988
11 9 0.759807 0.760559
12 9 -3.43304e-05 0
14 9 0.658887 0.658923
15 9 0.669253 0.67356
17 9 -0.00082763 0
e
3 10 0.4743 0.476674
4 10 0.868379 0.872728
6 10 -3.56182e-06 0
8 10 -1.2097e-05 0
10 10 -4.99804e-06 0
11 10 -6.74877e-06 0
13 10 -1.04395e-05 0
14 10 -7.46504e-06 0
15 10 0.67356 0.673564
e
0 11 0.701639 0.707585
1 11 0.844768 0.961313
2 11 0.624186 0.644626
3 11 0.476674 0.743581
4 11 0.872728 0.951037
5 11 0.784811 0.792688
6 11 0.642957 0.7074
7 11 0.521957 0.567508
8 11 0.694606 0.700706
9 11 1.07159 1.07963
10 11 0.962988 0.979851
11 11 0.760559 0.777896
12 11 1.04429 1.05784
13 11 0.768965 0.77378
14 11 0.658923 0.668865
15 11 0.673564 0.68492
16 11 1.09265 1.10035
17 11 0.689781 0.694588
e
0 12 0.707585 1
1 12 0.961313 1
2 12 0.644626 1
3 12 0.743581 1
4 12 0.951037 1.0001
5 12 0.792688 1
6 12 0.7074 1
7 12 0.567508 1
8 12 0.700706 1.00001
9 12 -0.0796322 0
10 12 0.979851 1
11 12 0.777896 1.00001
12 12 -0.0578426 -3.43304e-05
13 12 0.77378 1.00001
14 12 0.668865 1.00001
15 12 0.68492 1
16 12 -0.100348 0
17 12 0.694588 1.00083
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.86915e-05:0.984913]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     7.51077e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 75.1 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout cross-core", \
     5.60746e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 56.1 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.328304
1 0.0116363
2 0.00556264
3 0.0078711
4 0.0042956
5 0.00449167
6 0.00582863
7 0.00877973
8 0.00514852
9 0.00315445
10 0.00415374
11 0.0061524
12 0.00292933
13 0.00397731
14 0.00556207
15 0.00485637
16 0.00279969
17 0.00449586
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
set yrange [-12.034815:112.034815]
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
0 0 0 0.00912379
1 0 0 0.257417
2 0 0 0.538482
3 0 0 0.380554
4 0 0 0.697314
5 0 0 0.666874
6 0 0 0.513908
7 0 0 0.34117
8 0 0 0.581795
9 0 0 0.949572
10 0 0 0.721129
11 0 0 0.486864
12 0 0 1.02255
13 0 0 0.753117
14 0 0 0.538537
15 0 0 0.616794
16 0 0 1.0699
17 0 0 0.666253
e
0 1 0.00912379 0.565735
5 1 0.666874 0.704639
6 1 0.513908 0.542166
8 1 0.581795 0.614741
10 1 0.721129 0.761966
11 1 0.486864 0.514435
e
0 2 0.565735 0.697426
1 2 0.257417 0.257474
2 2 0.538482 0.5386
5 2 0.704639 0.721872
6 2 0.542166 0.570736
7 2 0.34117 0.341245
8 2 0.614741 0.629775
9 2 0.949572 0.949782
10 2 0.761966 0.780601
11 2 0.514435 0.527016
12 2 1.02255 1.02277
15 2 0.616794 0.61693
16 2 1.0699 1.07013
17 2 0.666253 0.6664
e
1 3 0.257474 0.805526
e
0 4 0.697426 0.699715
1 4 0.805526 0.818167
2 4 0.5386 0.583925
3 4 0.380554 0.388562
4 4 0.697314 0.711987
5 4 0.721872 0.735904
6 4 0.570736 0.603178
7 4 0.341245 0.38432
8 4 0.629775 0.642018
9 4 0.949782 0.989745
10 4 0.780601 0.81095
11 4 0.527016 0.537261
12 4 1.02277 1.04429
13 4 0.753117 0.768965
16 4 1.07013 1.09265
17 4 0.6664 0.689781
e
3 5 0.388562 0.473606
4 5 0.711987 0.867819
14 5 0.538537 0.658887
e
0 6 0.699715 0.701431
1 6 0.818167 0.842875
2 6 0.583925 0.622683
3 6 0.473606 0.47414
4 6 0.867819 0.868379
5 6 0.735904 0.78391
6 6 0.603178 0.64017
7 6 0.38432 0.408875
8 6 0.642018 0.690569
9 6 0.989745 1.06899
10 6 0.81095 0.934398
11 6 0.537261 0.57789
15 6 0.61693 0.668402
e
7 7 0.408875 0.51778
11 7 0.57789 0.759698
e
0 8 0.701431 0.701562
1 8 0.842875 0.844746
2 8 0.622683 0.624168
3 8 0.47414 0.474211
4 8 -2.59957e-05 0
5 8 0.78391 0.78396
6 8 0.64017 0.640783
7 8 0.51778 0.521774
8 8 0.690569 0.690699
9 8 1.06899 1.06916
10 8 0.934398 0.934855
11 8 0.759698 0.759807
15 8 0.668402 0.669253
e
0 9 0.701562 0.701639
1 9 0.844746 0.844768
2 9 0.624168 0.624186
3 9 0.474211 0.4743
4 9 -9.62292e-05 -2.59957e-05
5 9 0.78396 0.784811
6 9 0.640783 0.642957
7 9 0.521774 0.521957
8 9 0.690699 0.694606
9 9 1.06916 1.07159
10 9 0.934855 0.962988
11 9 0.759807 0.760559
12 9 -3.43304e-05 0
14 9 0.658887 0.658923
15 9 0.669253 0.67356
17 9 -0.00082763 0
e
3 10 0.4743 0.476674
4 10 0.868379 0.872728
6 10 -3.56182e-06 0
8 10 -1.2097e-05 0
10 10 -4.99804e-06 0
11 10 -6.74877e-06 0
13 10 -1.04395e-05 0
14 10 -7.46504e-06 0
15 10 0.67356 0.673564
e
0 11 0.701639 0.707585
1 11 0.844768 0.961313
2 11 0.624186 0.644626
3 11 0.476674 0.743581
4 11 0.872728 0.951037
5 11 0.784811 0.792688
6 11 0.642957 0.7074
7 11 0.521957 0.567508
8 11 0.694606 0.700706
9 11 1.07159 1.07963
10 11 0.962988 0.979851
11 11 0.760559 0.777896
12 11 1.04429 1.05784
13 11 0.768965 0.77378
14 11 0.658923 0.668865
15 11 0.673564 0.68492
16 11 1.09265 1.10035
17 11 0.689781 0.694588
e
0 12 0.707585 1
1 12 0.961313 1
2 12 0.644626 1
3 12 0.743581 1
4 12 0.951037 1.0001
5 12 0.792688 1
6 12 0.7074 1
7 12 0.567508 1
8 12 0.700706 1.00001
9 12 -0.0796322 0
10 12 0.979851 1
11 12 0.777896 1.00001
12 12 -0.0578426 -3.43304e-05
13 12 0.77378 1.00001
14 12 0.668865 1.00001
15 12 0.68492 1
16 12 -0.100348 0
17 12 0.694588 1.00083
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.86915e-05:0.984913]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     7.51077e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 75.1 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout cross-core", \
     5.60746e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 56.1 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.328304
1 0.0116363
2 0.00556264
3 0.0078711
4 0.0042956
5 0.00449167
6 0.00582863
7 0.00877973
8 0.00514852
9 0.00315445
10 0.00415374
11 0.0061524
12 0.00292933
13 0.00397731
14 0.00556207
15 0.00485637
16 0.00279969
17 0.00449586
e
unset multiplot
unset logscale y
set output
