# explain.py: explain-4194304-published; data inline, run `gnuplot explain-4194304-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-published.png"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-49.060210:149.060210]
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
0 0 0 0.0140267
1 0 0 0.250432
2 0 0 0.963681
3 0 0 0.657139
4 0 0 0.784992
5 0 0 0.515216
6 0 0 0.439648
7 0 0 0.323385
8 0 0 0.564544
9 0 0 0.952985
10 0 0 0.620846
11 0 0 0.46461
12 0 0 1.41658
13 0 0 1.43575
14 0 0 0.745412
15 0 0 0.889484
16 0 0 0.900679
17 0 0 0.895216
e
0 1 0.0140267 1.12198
5 1 0.515216 0.54313
6 1 0.439648 0.462763
8 1 0.564544 0.595131
10 1 0.620846 0.654483
11 1 0.46461 0.489782
e
0 2 1.12198 1.4061
1 2 0.250432 0.250453
2 2 0.963681 0.963761
5 2 0.54313 0.55711
6 2 0.462763 0.485321
7 2 0.323385 0.323412
8 2 0.595131 0.610449
9 2 0.952985 0.953063
10 2 0.654483 0.671328
11 2 0.489782 0.502389
12 2 1.41658 1.4167
15 2 0.889484 0.889558
16 2 0.900679 0.900753
17 2 0.895216 0.89529
e
1 3 0.250453 0.74438
e
0 4 1.4061 1.40838
1 4 0.74438 0.757159
2 4 0.963761 1.04805
3 4 0.657139 0.671509
4 4 0.784992 0.802158
5 4 0.55711 0.568376
6 4 0.485321 0.514163
7 4 0.323412 0.365842
8 4 0.610449 0.622794
9 4 0.953063 0.994743
10 4 0.671328 0.698481
11 4 0.502389 0.512549
12 4 1.4167 1.44768
13 4 1.43575 1.46715
16 4 0.900753 0.920449
17 4 0.89529 0.928982
e
3 5 0.671509 0.812052
4 5 0.802158 0.970046
14 5 0.745412 0.904834
e
0 6 1.40838 1.4107
1 6 0.757159 0.77672
2 6 1.04805 1.10451
3 6 0.812052 0.812267
4 6 0.970046 0.970232
5 6 0.568376 0.598559
6 6 0.514163 0.539918
7 6 0.365842 0.384786
8 6 0.622794 0.656381
9 6 0.994743 1.05144
10 6 0.698481 0.78035
11 6 0.512549 0.54019
15 6 0.889558 0.942478
e
7 7 0.384786 0.459951
11 7 0.54019 0.82929
e
0 8 1.4107 1.41088
1 8 0.77672 0.778241
2 8 1.10451 1.10671
3 8 0.812267 0.812272
4 8 0.970232 0.970239
5 8 0.598559 0.598586
6 8 0.539918 0.540065
7 8 0.459951 0.463123
8 8 0.656381 0.656515
9 8 1.05144 1.05161
10 8 0.78035 0.7807
11 8 0.82929 0.829409
14 8 -6.55244e-06 0
15 8 0.942478 0.942845
e
0 9 1.41088 1.4109
1 9 0.778241 0.77826
2 9 1.10671 1.10694
3 9 0.812272 0.812338
4 9 0.970239 0.970244
5 9 0.598586 0.598859
6 9 0.540065 0.540845
7 9 0.463123 0.463924
8 9 0.656515 0.658451
9 9 1.05161 1.05297
10 9 0.7807 0.797566
11 9 0.829409 0.834214
13 9 -2.0448e-05 0
15 9 0.942845 0.95507
16 9 -1.28275e-05 0
e
0 10 1.4109 1.42112
2 10 1.10694 1.10695
3 10 0.812338 0.815652
4 10 0.970244 0.974203
5 10 0.598859 0.664004
6 10 0.540845 0.706074
7 10 0.463924 0.516933
8 10 0.658451 0.79967
9 10 1.05297 1.05941
10 10 0.797566 0.94898
11 10 0.834214 0.984233
12 10 -4.46547e-06 0
13 10 -2.49739e-05 -2.0448e-05
14 10 -8.9022e-06 -6.55244e-06
e
0 11 1.42112 1.42235
1 11 0.77826 0.810709
2 11 1.10695 1.11145
3 11 0.815652 0.891341
4 11 0.974203 0.983241
5 11 0.664004 0.665833
6 11 0.706074 0.719009
7 11 0.516933 0.526478
8 11 0.79967 0.801181
9 11 1.05941 1.06151
10 11 0.94898 0.952416
11 11 0.984233 0.987823
12 11 1.44768 1.45093
13 11 1.46715 1.4706
14 11 0.904834 0.90731
15 11 0.95507 0.958902
16 11 0.920449 0.922053
17 11 0.928982 0.930652
e
0 12 -0.422354 0
1 12 0.810709 1
2 12 -0.111445 0
3 12 0.891341 1
4 12 0.983241 1
5 12 0.665833 1
6 12 0.719009 1
7 12 0.526478 1
8 12 0.801181 1
9 12 -0.0615056 0
10 12 0.952416 1
11 12 0.987823 1
12 12 -0.450926 -4.46547e-06
13 12 -0.470602 -2.49739e-05
14 12 0.90731 1.00001
15 12 0.958902 1
16 12 0.922053 1.00001
17 12 0.930652 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.000111219:3.47876]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000333657 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 333.7 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     0.000344671 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 344.7 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 1.15959
1 0.0649485
2 0.0168782
3 0.0247515
4 0.0207202
5 0.0315697
6 0.036996
7 0.0502967
8 0.0288112
9 0.0170676
10 0.0261985
11 0.0350083
12 0.011482
13 0.0113287
14 0.0218204
15 0.0182861
16 0.0180588
17 0.018169
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-published.svg"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-49.060210:149.060210]
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
0 0 0 0.0140267
1 0 0 0.250432
2 0 0 0.963681
3 0 0 0.657139
4 0 0 0.784992
5 0 0 0.515216
6 0 0 0.439648
7 0 0 0.323385
8 0 0 0.564544
9 0 0 0.952985
10 0 0 0.620846
11 0 0 0.46461
12 0 0 1.41658
13 0 0 1.43575
14 0 0 0.745412
15 0 0 0.889484
16 0 0 0.900679
17 0 0 0.895216
e
0 1 0.0140267 1.12198
5 1 0.515216 0.54313
6 1 0.439648 0.462763
8 1 0.564544 0.595131
10 1 0.620846 0.654483
11 1 0.46461 0.489782
e
0 2 1.12198 1.4061
1 2 0.250432 0.250453
2 2 0.963681 0.963761
5 2 0.54313 0.55711
6 2 0.462763 0.485321
7 2 0.323385 0.323412
8 2 0.595131 0.610449
9 2 0.952985 0.953063
10 2 0.654483 0.671328
11 2 0.489782 0.502389
12 2 1.41658 1.4167
15 2 0.889484 0.889558
16 2 0.900679 0.900753
17 2 0.895216 0.89529
e
1 3 0.250453 0.74438
e
0 4 1.4061 1.40838
1 4 0.74438 0.757159
2 4 0.963761 1.04805
3 4 0.657139 0.671509
4 4 0.784992 0.802158
5 4 0.55711 0.568376
6 4 0.485321 0.514163
7 4 0.323412 0.365842
8 4 0.610449 0.622794
9 4 0.953063 0.994743
10 4 0.671328 0.698481
11 4 0.502389 0.512549
12 4 1.4167 1.44768
13 4 1.43575 1.46715
16 4 0.900753 0.920449
17 4 0.89529 0.928982
e
3 5 0.671509 0.812052
4 5 0.802158 0.970046
14 5 0.745412 0.904834
e
0 6 1.40838 1.4107
1 6 0.757159 0.77672
2 6 1.04805 1.10451
3 6 0.812052 0.812267
4 6 0.970046 0.970232
5 6 0.568376 0.598559
6 6 0.514163 0.539918
7 6 0.365842 0.384786
8 6 0.622794 0.656381
9 6 0.994743 1.05144
10 6 0.698481 0.78035
11 6 0.512549 0.54019
15 6 0.889558 0.942478
e
7 7 0.384786 0.459951
11 7 0.54019 0.82929
e
0 8 1.4107 1.41088
1 8 0.77672 0.778241
2 8 1.10451 1.10671
3 8 0.812267 0.812272
4 8 0.970232 0.970239
5 8 0.598559 0.598586
6 8 0.539918 0.540065
7 8 0.459951 0.463123
8 8 0.656381 0.656515
9 8 1.05144 1.05161
10 8 0.78035 0.7807
11 8 0.82929 0.829409
14 8 -6.55244e-06 0
15 8 0.942478 0.942845
e
0 9 1.41088 1.4109
1 9 0.778241 0.77826
2 9 1.10671 1.10694
3 9 0.812272 0.812338
4 9 0.970239 0.970244
5 9 0.598586 0.598859
6 9 0.540065 0.540845
7 9 0.463123 0.463924
8 9 0.656515 0.658451
9 9 1.05161 1.05297
10 9 0.7807 0.797566
11 9 0.829409 0.834214
13 9 -2.0448e-05 0
15 9 0.942845 0.95507
16 9 -1.28275e-05 0
e
0 10 1.4109 1.42112
2 10 1.10694 1.10695
3 10 0.812338 0.815652
4 10 0.970244 0.974203
5 10 0.598859 0.664004
6 10 0.540845 0.706074
7 10 0.463924 0.516933
8 10 0.658451 0.79967
9 10 1.05297 1.05941
10 10 0.797566 0.94898
11 10 0.834214 0.984233
12 10 -4.46547e-06 0
13 10 -2.49739e-05 -2.0448e-05
14 10 -8.9022e-06 -6.55244e-06
e
0 11 1.42112 1.42235
1 11 0.77826 0.810709
2 11 1.10695 1.11145
3 11 0.815652 0.891341
4 11 0.974203 0.983241
5 11 0.664004 0.665833
6 11 0.706074 0.719009
7 11 0.516933 0.526478
8 11 0.79967 0.801181
9 11 1.05941 1.06151
10 11 0.94898 0.952416
11 11 0.984233 0.987823
12 11 1.44768 1.45093
13 11 1.46715 1.4706
14 11 0.904834 0.90731
15 11 0.95507 0.958902
16 11 0.920449 0.922053
17 11 0.928982 0.930652
e
0 12 -0.422354 0
1 12 0.810709 1
2 12 -0.111445 0
3 12 0.891341 1
4 12 0.983241 1
5 12 0.665833 1
6 12 0.719009 1
7 12 0.526478 1
8 12 0.801181 1
9 12 -0.0615056 0
10 12 0.952416 1
11 12 0.987823 1
12 12 -0.450926 -4.46547e-06
13 12 -0.470602 -2.49739e-05
14 12 0.90731 1.00001
15 12 0.958902 1
16 12 0.922053 1.00001
17 12 0.930652 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.000111219:3.47876]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000333657 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 333.7 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     0.000344671 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 344.7 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 1.15959
1 0.0649485
2 0.0168782
3 0.0247515
4 0.0207202
5 0.0315697
6 0.036996
7 0.0502967
8 0.0288112
9 0.0170676
10 0.0261985
11 0.0350083
12 0.011482
13 0.0113287
14 0.0218204
15 0.0182861
16 0.0180588
17 0.018169
e
unset multiplot
unset logscale y
set output
