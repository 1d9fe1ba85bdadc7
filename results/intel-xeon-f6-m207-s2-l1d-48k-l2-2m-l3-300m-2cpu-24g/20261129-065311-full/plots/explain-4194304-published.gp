# explain.py: explain-4194304-published; data inline, run `gnuplot explain-4194304-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-published.png"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-15.155997:115.155997]
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
0 0 0 0.00613422
1 0 0 0.25362
2 0 0 0.647108
3 0 0 0.437119
4 0 0 0.50291
5 0 0 0.470781
6 0 0 0.373462
7 0 0 0.257738
8 0 0 0.452766
9 0 0 0.6172
10 0 0 0.379301
11 0 0 0.266754
12 0 0 0.710232
13 0 0 1.00998
14 0 0 0.748428
15 0 0 0.602722
16 0 0 1.01844
17 0 0 0.694457
e
0 1 0.00613422 0.639655
5 1 0.470781 0.506763
6 1 0.373462 0.403387
8 1 0.452766 0.487371
10 1 0.379301 0.408291
11 1 0.266754 0.287142
e
0 2 0.639655 0.747472
1 2 0.25362 0.253637
2 2 0.647108 0.64715
5 2 0.506763 0.52532
6 2 0.403387 0.432589
7 2 0.257738 0.257754
8 2 0.487371 0.505218
9 2 0.6172 0.617241
10 2 0.408291 0.423242
11 2 0.287142 0.297657
12 2 0.710232 0.710278
15 2 0.602722 0.602762
16 2 1.01844 1.01851
17 2 0.694457 0.694502
e
1 3 0.253637 1.04784
e
0 4 0.747472 0.748957
1 4 1.04784 1.06868
2 4 0.64715 0.738316
3 4 0.437119 0.452515
4 4 0.50291 0.520623
5 4 0.52532 0.541901
6 4 0.432589 0.472049
7 4 0.257754 0.31222
8 4 0.505218 0.521165
9 4 0.617241 0.660717
10 4 0.423242 0.449961
11 4 0.297657 0.307052
12 4 0.710278 0.735293
13 4 1.00998 1.04555
16 4 1.01851 1.05438
17 4 0.694502 0.736038
e
3 5 0.452515 0.596768
4 5 0.520623 0.686588
14 5 0.748428 0.995416
e
0 6 0.748957 0.750096
1 6 1.06868 1.09548
2 6 0.738316 0.789593
3 6 0.596768 0.59695
4 6 0.686588 0.686707
5 6 0.541901 0.579208
6 6 0.472049 0.501644
7 6 0.31222 0.332643
8 6 0.521165 0.563491
9 6 0.660717 0.718416
10 6 0.449961 0.533215
11 6 0.307052 0.331989
15 6 0.602762 0.659107
e
7 7 0.332643 0.420061
11 7 0.331989 0.565877
e
0 8 0.750096 0.750195
1 8 1.09548 1.0974
2 8 0.789593 0.791441
3 8 0.59695 0.596955
4 8 0.686707 0.686713
5 8 0.579208 0.579265
6 8 0.501644 0.501859
7 8 0.420061 0.423307
8 8 0.563491 0.563617
9 8 0.718416 0.718552
10 8 0.533215 0.533479
11 8 0.565877 0.5659
15 8 0.659107 0.659727
16 8 -1.12717e-05 0
e
0 9 0.750195 0.750216
1 9 1.0974 1.09747
2 9 0.791441 0.791647
3 9 0.596955 0.596977
4 9 -5.01264e-06 0
5 9 0.579265 0.579601
6 9 0.501859 0.503268
7 9 0.423307 0.423392
8 9 0.563617 0.566056
9 9 0.718552 0.72033
10 9 0.533479 0.549252
11 9 0.5659 0.569083
12 9 -2.12372e-05 0
13 9 1.04555 1.04556
14 9 0.995416 0.995476
15 9 0.659727 0.662845
16 9 -8.23292e-05 -1.12717e-05
17 9 -6.92184e-06 0
e
0 10 0.750216 0.76022
2 10 0.791647 0.874525
3 10 0.596977 0.600531
4 10 0.686713 0.690802
5 10 0.579601 0.8065
6 10 0.503268 0.677687
7 10 0.423392 0.556609
8 10 0.566056 0.749964
9 10 0.72033 0.754496
10 10 0.549252 0.697877
11 10 0.569083 0.699791
12 10 -2.3042e-05 -2.12372e-05
13 10 -5.13303e-06 0
14 10 -3.80374e-06 0
e
0 11 0.76022 0.761407
1 11 1.09747 1.13156
2 11 0.874525 0.881817
3 11 0.600531 0.691549
4 11 0.690802 0.707569
5 11 0.8065 0.808151
6 11 0.677687 0.691591
7 11 0.556609 0.566825
8 11 0.749964 0.751373
9 11 0.754496 0.756049
10 11 0.697877 0.70051
11 11 0.699791 0.702612
12 11 0.735293 0.738087
13 11 1.04556 1.04748
14 11 0.995476 0.999578
15 11 0.662845 0.66614
16 11 1.05438 1.05655
17 11 0.736038 0.737525
e
0 12 0.761407 1
1 12 -0.13156 0
2 12 0.881817 1
3 12 0.691549 1
4 12 0.707569 1.00001
5 12 0.808151 1
6 12 0.691591 1
7 12 0.566825 1
8 12 0.751373 1
9 12 0.756049 1
10 12 0.70051 1
11 12 0.702612 1
12 12 0.738087 1.00002
13 12 -0.0474799 -5.13303e-06
14 12 0.999578 1
15 12 0.66614 1
16 12 -0.0565533 -8.23292e-05
17 12 0.737525 1.00001
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [7.51025e-05:4.93438]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000332001 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 332.0 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout same-cpu", \
     0.000225308 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 225.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 1.64479
1 0.039782
2 0.0155917
3 0.0230819
4 0.0200623
5 0.0214315
6 0.0270162
7 0.0391465
8 0.0222842
9 0.0163472
10 0.0266003
11 0.0378234
12 0.014206
13 0.00998982
14 0.013481
15 0.0167399
16 0.00990683
17 0.0145287
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
set yrange [-15.155997:115.155997]
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
0 0 0 0.00613422
1 0 0 0.25362
2 0 0 0.647108
3 0 0 0.437119
4 0 0 0.50291
5 0 0 0.470781
6 0 0 0.373462
7 0 0 0.257738
8 0 0 0.452766
9 0 0 0.6172
10 0 0 0.379301
11 0 0 0.266754
12 0 0 0.710232
13 0 0 1.00998
14 0 0 0.748428
15 0 0 0.602722
16 0 0 1.01844
17 0 0 0.694457
e
0 1 0.00613422 0.639655
5 1 0.470781 0.506763
6 1 0.373462 0.403387
8 1 0.452766 0.487371
10 1 0.379301 0.408291
11 1 0.266754 0.287142
e
0 2 0.639655 0.747472
1 2 0.25362 0.253637
2 2 0.647108 0.64715
5 2 0.506763 0.52532
6 2 0.403387 0.432589
7 2 0.257738 0.257754
8 2 0.487371 0.505218
9 2 0.6172 0.617241
10 2 0.408291 0.423242
11 2 0.287142 0.297657
12 2 0.710232 0.710278
15 2 0.602722 0.602762
16 2 1.01844 1.01851
17 2 0.694457 0.694502
e
1 3 0.253637 1.04784
e
0 4 0.747472 0.748957
1 4 1.04784 1.06868
2 4 0.64715 0.738316
3 4 0.437119 0.452515
4 4 0.50291 0.520623
5 4 0.52532 0.541901
6 4 0.432589 0.472049
7 4 0.257754 0.31222
8 4 0.505218 0.521165
9 4 0.617241 0.660717
10 4 0.423242 0.449961
11 4 0.297657 0.307052
12 4 0.710278 0.735293
13 4 1.00998 1.04555
16 4 1.01851 1.05438
17 4 0.694502 0.736038
e
3 5 0.452515 0.596768
4 5 0.520623 0.686588
14 5 0.748428 0.995416
e
0 6 0.748957 0.750096
1 6 1.06868 1.09548
2 6 0.738316 0.789593
3 6 0.596768 0.59695
4 6 0.686588 0.686707
5 6 0.541901 0.579208
6 6 0.472049 0.501644
7 6 0.31222 0.332643
8 6 0.521165 0.563491
9 6 0.660717 0.718416
10 6 0.449961 0.533215
11 6 0.307052 0.331989
15 6 0.602762 0.659107
e
7 7 0.332643 0.420061
11 7 0.331989 0.565877
e
0 8 0.750096 0.750195
1 8 1.09548 1.0974
2 8 0.789593 0.791441
3 8 0.59695 0.596955
4 8 0.686707 0.686713
5 8 0.579208 0.579265
6 8 0.501644 0.501859
7 8 0.420061 0.423307
8 8 0.563491 0.563617
9 8 0.718416 0.718552
10 8 0.533215 0.533479
11 8 0.565877 0.5659
15 8 0.659107 0.659727
16 8 -1.12717e-05 0
e
0 9 0.750195 0.750216
1 9 1.0974 1.09747
2 9 0.791441 0.791647
3 9 0.596955 0.596977
4 9 -5.01264e-06 0
5 9 0.579265 0.579601
6 9 0.501859 0.503268
7 9 0.423307 0.423392
8 9 0.563617 0.566056
9 9 0.718552 0.72033
10 9 0.533479 0.549252
11 9 0.5659 0.569083
12 9 -2.12372e-05 0
13 9 1.04555 1.04556
14 9 0.995416 0.995476
15 9 0.659727 0.662845
16 9 -8.23292e-05 -1.12717e-05
17 9 -6.92184e-06 0
e
0 10 0.750216 0.76022
2 10 0.791647 0.874525
3 10 0.596977 0.600531
4 10 0.686713 0.690802
5 10 0.579601 0.8065
6 10 0.503268 0.677687
7 10 0.423392 0.556609
8 10 0.566056 0.749964
9 10 0.72033 0.754496
10 10 0.549252 0.697877
11 10 0.569083 0.699791
12 10 -2.3042e-05 -2.12372e-05
13 10 -5.13303e-06 0
14 10 -3.80374e-06 0
e
0 11 0.76022 0.761407
1 11 1.09747 1.13156
2 11 0.874525 0.881817
3 11 0.600531 0.691549
4 11 0.690802 0.707569
5 11 0.8065 0.808151
6 11 0.677687 0.691591
7 11 0.556609 0.566825
8 11 0.749964 0.751373
9 11 0.754496 0.756049
10 11 0.697877 0.70051
11 11 0.699791 0.702612
12 11 0.735293 0.738087
13 11 1.04556 1.04748
14 11 0.995476 0.999578
15 11 0.662845 0.66614
16 11 1.05438 1.05655
17 11 0.736038 0.737525
e
0 12 0.761407 1
1 12 -0.13156 0
2 12 0.881817 1
3 12 0.691549 1
4 12 0.707569 1.00001
5 12 0.808151 1
6 12 0.691591 1
7 12 0.566825 1
8 12 0.751373 1
9 12 0.756049 1
10 12 0.70051 1
11 12 0.702612 1
12 12 0.738087 1.00002
13 12 -0.0474799 -5.13303e-06
14 12 0.999578 1
15 12 0.66614 1
16 12 -0.0565533 -8.23292e-05
17 12 0.737525 1.00001
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [7.51025e-05:4.93438]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000332001 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 332.0 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout same-cpu", \
     0.000225308 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 225.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 1.64479
1 0.039782
2 0.0155917
3 0.0230819
4 0.0200623
5 0.0214315
6 0.0270162
7 0.0391465
8 0.0222842
9 0.0163472
10 0.0266003
11 0.0378234
12 0.014206
13 0.00998982
14 0.013481
15 0.0167399
16 0.00990683
17 0.0145287
e
unset multiplot
unset logscale y
set output
