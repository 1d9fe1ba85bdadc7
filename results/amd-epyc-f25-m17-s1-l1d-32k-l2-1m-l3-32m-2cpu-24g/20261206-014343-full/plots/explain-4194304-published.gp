# explain.py: explain-4194304-published; data inline, run `gnuplot explain-4194304-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-published.png"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-7.967441:107.967441]
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
0 0 0 0.0109154
1 0 0 0.271328
2 0 0 0.672267
3 0 0 0.564632
4 0 0 0.59094
5 0 0 0.489766
6 0 0 0.411901
7 0 0 0.358513
8 0 0 0.507888
9 0 0 0.611717
10 0 0 0.431577
11 0 0 0.374492
12 0 0 0.908879
13 0 0 0.907502
14 0 0 0.661488
15 0 0 0.781705
16 0 0 0.93399
17 0 0 0.901848
e
0 1 0.0109154 0.711369
5 1 0.489766 0.502509
6 1 0.411901 0.422277
8 1 0.507888 0.521102
10 1 0.431577 0.442805
11 1 0.374492 0.384235
e
0 2 0.711369 0.900306
1 2 0.271328 0.271344
2 2 0.672267 0.672309
5 2 0.502509 0.507981
6 2 0.422277 0.432615
7 2 0.358513 0.358535
8 2 0.521102 0.526777
9 2 0.611717 0.611755
10 2 0.442805 0.447628
11 2 0.384235 0.38842
12 2 0.908879 0.908935
15 2 0.781705 0.781754
16 2 0.93399 0.934048
17 2 0.901848 0.901904
e
1 3 0.271344 0.747765
e
0 4 0.900306 0.902593
1 4 0.747765 0.754252
2 4 0.672309 0.699861
3 4 0.564632 0.570417
4 4 0.59094 0.596995
5 4 0.507981 0.513
6 4 0.432615 0.445277
7 4 0.358535 0.380575
8 4 0.526777 0.531981
9 4 0.611755 0.624291
10 4 0.447628 0.456472
11 4 0.38842 0.392257
12 4 0.908935 0.918248
13 4 0.907502 0.916801
16 4 0.934048 0.943618
17 4 0.901904 0.921139
e
3 5 0.570417 0.820531
4 5 0.596995 0.858764
14 5 0.661488 0.954507
e
0 6 0.902593 0.907326
1 6 0.754252 0.796654
2 6 0.699861 0.778652
3 6 0.820531 0.820973
4 6 0.858764 0.859122
5 6 0.513 0.570403
6 6 0.445277 0.493554
7 6 0.380575 0.422593
8 6 0.531981 0.560905
9 6 0.624291 0.659127
10 6 0.456472 0.542895
11 6 0.392257 0.413584
15 6 0.781754 0.826271
e
7 7 0.422593 0.554986
11 7 0.413584 0.813663
e
0 8 0.907326 0.907647
1 8 0.796654 0.800491
2 8 0.778652 0.782188
3 8 0.820973 0.820984
4 8 0.859122 0.859134
5 8 0.570403 0.570433
6 8 0.493554 0.493992
7 8 0.554986 0.563203
8 8 0.560905 0.560977
9 8 0.659127 0.659415
10 8 0.542895 0.54354
11 8 0.813663 0.813878
15 8 0.826271 0.827758
e
0 9 0.907647 0.907651
1 9 -1.60431e-05 0
2 9 0.782188 0.786693
3 9 -0.000445143 0
4 9 0.859134 0.859484
5 9 0.570433 0.575897
6 9 0.493992 0.498311
7 9 0.563203 0.577215
8 9 0.560977 0.57342
9 9 0.659415 0.676584
10 9 0.54354 0.644585
11 9 0.813878 0.836427
12 9 0.918248 0.920398
13 9 0.916801 0.91909
14 9 0.954507 0.956645
15 9 0.827758 0.879587
16 9 0.943618 0.945348
17 9 0.921139 0.922881
e
0 10 0.907651 0.932239
2 10 0.786693 0.926594
3 10 0.820984 0.828439
4 10 0.859484 0.867288
6 10 0.498311 0.733502
7 10 0.577215 0.731095
8 10 0.57342 0.960355
9 10 0.676584 0.85852
10 10 0.644585 0.919823
11 10 0.836427 1.05382
12 10 -3.75103e-06 0
13 10 -3.74535e-06 0
14 10 -2.73002e-06 0
e
0 11 0.932239 0.933274
1 11 0.800491 0.824525
2 11 0.926594 0.934491
3 11 0.828439 0.896135
4 11 0.867288 0.879202
5 11 0.575897 0.580623
6 11 0.733502 0.746348
7 11 0.731095 0.741627
8 11 0.960355 0.963958
9 11 0.85852 0.861303
10 11 0.919823 0.924173
11 11 1.05382 1.05967
12 11 0.920398 0.926864
13 11 0.91909 0.923362
14 11 0.956645 0.961722
15 11 0.879587 0.889679
16 11 0.945348 0.952611
17 11 0.922881 0.92835
e
0 12 0.933274 1
1 12 0.824525 1.00002
2 12 0.934491 1
3 12 0.896135 1.00045
4 12 0.879202 1
5 12 0.580623 1
6 12 0.746348 1
7 12 0.741627 1
8 12 0.963958 1
9 12 0.861303 1
10 12 0.924173 1
11 12 -0.0596744 0
12 12 0.926864 1
13 12 0.923362 1
14 12 0.961722 1
15 12 0.889679 1
16 12 0.952611 1
17 12 0.92835 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [3.5099e-05:2.31162]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000105297 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 105.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     0.000161462 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 161.5 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.770541
1 0.0309987
2 0.0125111
3 0.0148961
4 0.0142329
5 0.0171731
6 0.0204194
7 0.0234602
8 0.0165603
9 0.0137495
10 0.0194885
11 0.0224592
12 0.00925403
13 0.00926807
14 0.012715
15 0.0107595
16 0.00900523
17 0.00932618
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
set yrange [-7.967441:107.967441]
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
0 0 0 0.0109154
1 0 0 0.271328
2 0 0 0.672267
3 0 0 0.564632
4 0 0 0.59094
5 0 0 0.489766
6 0 0 0.411901
7 0 0 0.358513
8 0 0 0.507888
9 0 0 0.611717
10 0 0 0.431577
11 0 0 0.374492
12 0 0 0.908879
13 0 0 0.907502
14 0 0 0.661488
15 0 0 0.781705
16 0 0 0.93399
17 0 0 0.901848
e
0 1 0.0109154 0.711369
5 1 0.489766 0.502509
6 1 0.411901 0.422277
8 1 0.507888 0.521102
10 1 0.431577 0.442805
11 1 0.374492 0.384235
e
0 2 0.711369 0.900306
1 2 0.271328 0.271344
2 2 0.672267 0.672309
5 2 0.502509 0.507981
6 2 0.422277 0.432615
7 2 0.358513 0.358535
8 2 0.521102 0.526777
9 2 0.611717 0.611755
10 2 0.442805 0.447628
11 2 0.384235 0.38842
12 2 0.908879 0.908935
15 2 0.781705 0.781754
16 2 0.93399 0.934048
17 2 0.901848 0.901904
e
1 3 0.271344 0.747765
e
0 4 0.900306 0.902593
1 4 0.747765 0.754252
2 4 0.672309 0.699861
3 4 0.564632 0.570417
4 4 0.59094 0.596995
5 4 0.507981 0.513
6 4 0.432615 0.445277
7 4 0.358535 0.380575
8 4 0.526777 0.531981
9 4 0.611755 0.624291
10 4 0.447628 0.456472
11 4 0.38842 0.392257
12 4 0.908935 0.918248
13 4 0.907502 0.916801
16 4 0.934048 0.943618
17 4 0.901904 0.921139
e
3 5 0.570417 0.820531
4 5 0.596995 0.858764
14 5 0.661488 0.954507
e
0 6 0.902593 0.907326
1 6 0.754252 0.796654
2 6 0.699861 0.778652
3 6 0.820531 0.820973
4 6 0.858764 0.859122
5 6 0.513 0.570403
6 6 0.445277 0.493554
7 6 0.380575 0.422593
8 6 0.531981 0.560905
9 6 0.624291 0.659127
10 6 0.456472 0.542895
11 6 0.392257 0.413584
15 6 0.781754 0.826271
e
7 7 0.422593 0.554986
11 7 0.413584 0.813663
e
0 8 0.907326 0.907647
1 8 0.796654 0.800491
2 8 0.778652 0.782188
3 8 0.820973 0.820984
4 8 0.859122 0.859134
5 8 0.570403 0.570433
6 8 0.493554 0.493992
7 8 0.554986 0.563203
8 8 0.560905 0.560977
9 8 0.659127 0.659415
10 8 0.542895 0.54354
11 8 0.813663 0.813878
15 8 0.826271 0.827758
e
0 9 0.907647 0.907651
1 9 -1.60431e-05 0
2 9 0.782188 0.786693
3 9 -0.000445143 0
4 9 0.859134 0.859484
5 9 0.570433 0.575897
6 9 0.493992 0.498311
7 9 0.563203 0.577215
8 9 0.560977 0.57342
9 9 0.659415 0.676584
10 9 0.54354 0.644585
11 9 0.813878 0.836427
12 9 0.918248 0.920398
13 9 0.916801 0.91909
14 9 0.954507 0.956645
15 9 0.827758 0.879587
16 9 0.943618 0.945348
17 9 0.921139 0.922881
e
0 10 0.907651 0.932239
2 10 0.786693 0.926594
3 10 0.820984 0.828439
4 10 0.859484 0.867288
6 10 0.498311 0.733502
7 10 0.577215 0.731095
8 10 0.57342 0.960355
9 10 0.676584 0.85852
10 10 0.644585 0.919823
11 10 0.836427 1.05382
12 10 -3.75103e-06 0
13 10 -3.74535e-06 0
14 10 -2.73002e-06 0
e
0 11 0.932239 0.933274
1 11 0.800491 0.824525
2 11 0.926594 0.934491
3 11 0.828439 0.896135
4 11 0.867288 0.879202
5 11 0.575897 0.580623
6 11 0.733502 0.746348
7 11 0.731095 0.741627
8 11 0.960355 0.963958
9 11 0.85852 0.861303
10 11 0.919823 0.924173
11 11 1.05382 1.05967
12 11 0.920398 0.926864
13 11 0.91909 0.923362
14 11 0.956645 0.961722
15 11 0.879587 0.889679
16 11 0.945348 0.952611
17 11 0.922881 0.92835
e
0 12 0.933274 1
1 12 0.824525 1.00002
2 12 0.934491 1
3 12 0.896135 1.00045
4 12 0.879202 1
5 12 0.580623 1
6 12 0.746348 1
7 12 0.741627 1
8 12 0.963958 1
9 12 0.861303 1
10 12 0.924173 1
11 12 -0.0596744 0
12 12 0.926864 1
13 12 0.923362 1
14 12 0.961722 1
15 12 0.889679 1
16 12 0.952611 1
17 12 0.92835 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [3.5099e-05:2.31162]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000105297 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 105.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     0.000161462 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 161.5 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.770541
1 0.0309987
2 0.0125111
3 0.0148961
4 0.0142329
5 0.0171731
6 0.0204194
7 0.0234602
8 0.0165603
9 0.0137495
10 0.0194885
11 0.0224592
12 0.00925403
13 0.00926807
14 0.012715
15 0.0107595
16 0.00900523
17 0.00932618
e
unset multiplot
unset logscale y
set output
