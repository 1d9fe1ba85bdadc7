# explain.py: explain-1204224-transport-only; data inline, run `gnuplot explain-1204224-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-13.889673:113.889673]
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
0 1 0 0.722665
5 1 0 0.0283657
6 1 0 0.015764
8 1 0 0.0275786
10 1 0 0.0170096
11 1 0 0.0125728
e
0 2 0.722665 0.895306
1 2 0 6.69966e-05
2 2 0 0.00112581
5 2 0.0283657 0.0429715
6 2 0.015764 0.0314788
7 2 0 0.000109978
8 2 0.0275786 0.0417791
9 2 0 0.000428255
10 2 0.0170096 0.025768
11 2 0.0125728 0.0190467
12 2 0 0.00732788
15 2 0 0.00124634
16 2 0 0.0245073
17 2 0 0.00894044
e
1 3 6.69966e-05 0.509946
e
0 4 0.895306 0.896223
1 4 0.509946 0.517229
2 4 0.00112581 0.210912
3 4 0 0.00984479
4 4 0 0.0158149
5 4 0.0429715 0.0551101
6 4 0.0314788 0.053697
7 4 0.000109978 0.0308503
8 4 0.0417791 0.0535809
9 4 0.000428255 0.0403294
10 4 0.025768 0.0403258
11 4 0.0190467 0.024427
12 4 0.00732788 0.348702
13 4 0 0.419356
17 4 0.00894044 0.492718
e
3 5 0.00984479 0.410152
4 5 0.0158149 0.658878
14 5 0 0.899211
e
0 6 0.896223 0.899718
1 6 0.517229 0.567163
2 6 0.210912 0.840121
3 6 0.410152 0.412767
4 6 0.658878 0.662138
5 6 0.0551101 0.200759
6 6 0.053697 0.142555
7 6 0.0308503 0.0923144
8 6 0.0535809 0.111682
9 6 0.0403294 0.138547
10 6 0.0403258 0.146857
11 6 0.024427 0.0509146
15 6 0.00124634 0.287087
e
7 7 0.0923144 0.295617
11 7 0.0509146 0.655375
e
0 8 0.899718 0.900066
1 8 0.567163 0.571528
2 8 0.840121 0.867124
3 8 0.412767 0.412836
5 8 0.200759 0.201773
6 8 0.142555 0.143483
7 8 0.295617 0.307059
8 8 0.111682 0.112667
9 8 0.138547 0.139242
10 8 0.146857 0.14792
11 8 0.655375 0.655563
15 8 0.287087 0.302034
e
0 9 -6.83792e-05 0
1 9 -0.00102486 0
2 9 0.867124 0.988731
3 9 -0.00277089 0
4 9 0.662138 0.665106
5 9 0.201773 0.224061
6 9 0.143483 0.144376
7 9 0.307059 0.326835
8 9 0.112667 0.140664
9 9 0.139242 0.192453
10 9 0.14792 0.273574
11 9 0.655563 0.680801
14 9 0.899211 0.923515
15 9 0.302034 0.6849
16 9 -0.0306036 0
e
0 10 0.900066 0.911256
1 10 0.571528 0.712119
3 10 0.412836 0.422431
4 10 0.665106 0.681394
5 10 0.224061 0.919873
6 10 0.144376 0.622665
7 10 0.326835 0.497356
8 10 0.140664 0.762202
9 10 0.192453 0.272718
10 10 0.273574 0.790842
11 10 0.680801 0.992555
12 10 -0.000370095 0
13 10 -0.000454638 0
14 10 -2.39749e-05 0
e
0 11 0.911256 0.91671
1 11 0.712119 0.804789
2 11 0.988731 1.1189
3 11 0.422431 0.822371
4 11 0.681394 0.835414
5 11 0.919873 0.930895
6 11 0.622665 0.708099
7 11 0.497356 0.567056
8 11 0.762202 0.77231
9 11 0.272718 0.288803
10 11 0.790842 0.819596
11 11 0.992555 1.02421
12 11 0.348702 0.651702
13 11 0.419356 0.809755
14 11 0.923515 1.09737
15 11 0.6849 0.98294
16 11 0.0245073 0.784165
17 11 0.492718 0.714933
e
0 12 0.91671 1.00007
1 12 0.804789 1.00102
2 12 -0.118897 0
3 12 0.822371 1.00277
4 12 0.835414 1
5 12 0.930895 1
6 12 0.708099 1
7 12 0.567056 1
8 12 0.77231 1
9 12 0.288803 1
10 12 0.819596 1
11 12 -0.0242092 0
12 12 0.651702 1.00037
13 12 0.809755 1.00045
14 12 -0.0973671 -2.39749e-05
15 12 0.98294 1
16 12 0.784165 1.0306
17 12 0.714933 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [7.22233e-06:0.596379]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     2.67787e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 26.8 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin cross-core", \
     5.06886e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 50.7 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.198793
1 0.00792577
2 0.000471661
3 0.0025127
4 0.00156416
5 0.00203788
6 0.0033401
7 0.00482825
8 0.00209605
9 0.00123991
10 0.00339844
11 0.0045977
12 7.2463e-05
13 5.8988e-05
14 0.00111859
15 0.000426049
16 2.1667e-05
17 5.9393e-05
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
set yrange [-13.889673:113.889673]
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
0 1 0 0.722665
5 1 0 0.0283657
6 1 0 0.015764
8 1 0 0.0275786
10 1 0 0.0170096
11 1 0 0.0125728
e
0 2 0.722665 0.895306
1 2 0 6.69966e-05
2 2 0 0.00112581
5 2 0.0283657 0.0429715
6 2 0.015764 0.0314788
7 2 0 0.000109978
8 2 0.0275786 0.0417791
9 2 0 0.000428255
10 2 0.0170096 0.025768
11 2 0.0125728 0.0190467
12 2 0 0.00732788
15 2 0 0.00124634
16 2 0 0.0245073
17 2 0 0.00894044
e
1 3 6.69966e-05 0.509946
e
0 4 0.895306 0.896223
1 4 0.509946 0.517229
2 4 0.00112581 0.210912
3 4 0 0.00984479
4 4 0 0.0158149
5 4 0.0429715 0.0551101
6 4 0.0314788 0.053697
7 4 0.000109978 0.0308503
8 4 0.0417791 0.0535809
9 4 0.000428255 0.0403294
10 4 0.025768 0.0403258
11 4 0.0190467 0.024427
12 4 0.00732788 0.348702
13 4 0 0.419356
17 4 0.00894044 0.492718
e
3 5 0.00984479 0.410152
4 5 0.0158149 0.658878
14 5 0 0.899211
e
0 6 0.896223 0.899718
1 6 0.517229 0.567163
2 6 0.210912 0.840121
3 6 0.410152 0.412767
4 6 0.658878 0.662138
5 6 0.0551101 0.200759
6 6 0.053697 0.142555
7 6 0.0308503 0.0923144
8 6 0.0535809 0.111682
9 6 0.0403294 0.138547
10 6 0.0403258 0.146857
11 6 0.024427 0.0509146
15 6 0.00124634 0.287087
e
7 7 0.0923144 0.295617
11 7 0.0509146 0.655375
e
0 8 0.899718 0.900066
1 8 0.567163 0.571528
2 8 0.840121 0.867124
3 8 0.412767 0.412836
5 8 0.200759 0.201773
6 8 0.142555 0.143483
7 8 0.295617 0.307059
8 8 0.111682 0.112667
9 8 0.138547 0.139242
10 8 0.146857 0.14792
11 8 0.655375 0.655563
15 8 0.287087 0.302034
e
0 9 -6.83792e-05 0
1 9 -0.00102486 0
2 9 0.867124 0.988731
3 9 -0.00277089 0
4 9 0.662138 0.665106
5 9 0.201773 0.224061
6 9 0.143483 0.144376
7 9 0.307059 0.326835
8 9 0.112667 0.140664
9 9 0.139242 0.192453
10 9 0.14792 0.273574
11 9 0.655563 0.680801
14 9 0.899211 0.923515
15 9 0.302034 0.6849
16 9 -0.0306036 0
e
0 10 0.900066 0.911256
1 10 0.571528 0.712119
3 10 0.412836 0.422431
4 10 0.665106 0.681394
5 10 0.224061 0.919873
6 10 0.144376 0.622665
7 10 0.326835 0.497356
8 10 0.140664 0.762202
9 10 0.192453 0.272718
10 10 0.273574 0.790842
11 10 0.680801 0.992555
12 10 -0.000370095 0
13 10 -0.000454638 0
14 10 -2.39749e-05 0
e
0 11 0.911256 0.91671
1 11 0.712119 0.804789
2 11 0.988731 1.1189
3 11 0.422431 0.822371
4 11 0.681394 0.835414
5 11 0.919873 0.930895
6 11 0.622665 0.708099
7 11 0.497356 0.567056
8 11 0.762202 0.77231
9 11 0.272718 0.288803
10 11 0.790842 0.819596
11 11 0.992555 1.02421
12 11 0.348702 0.651702
13 11 0.419356 0.809755
14 11 0.923515 1.09737
15 11 0.6849 0.98294
16 11 0.0245073 0.784165
17 11 0.492718 0.714933
e
0 12 0.91671 1.00007
1 12 0.804789 1.00102
2 12 -0.118897 0
3 12 0.822371 1.00277
4 12 0.835414 1
5 12 0.930895 1
6 12 0.708099 1
7 12 0.567056 1
8 12 0.77231 1
9 12 0.288803 1
10 12 0.819596 1
11 12 -0.0242092 0
12 12 0.651702 1.00037
13 12 0.809755 1.00045
14 12 -0.0973671 -2.39749e-05
15 12 0.98294 1
16 12 0.784165 1.0306
17 12 0.714933 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [7.22233e-06:0.596379]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     2.67787e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 26.8 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin cross-core", \
     5.06886e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 50.7 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.198793
1 0.00792577
2 0.000471661
3 0.0025127
4 0.00156416
5 0.00203788
6 0.0033401
7 0.00482825
8 0.00209605
9 0.00123991
10 0.00339844
11 0.0045977
12 7.2463e-05
13 5.8988e-05
14 0.00111859
15 0.000426049
16 2.1667e-05
17 5.9393e-05
e
unset multiplot
unset logscale y
set output
