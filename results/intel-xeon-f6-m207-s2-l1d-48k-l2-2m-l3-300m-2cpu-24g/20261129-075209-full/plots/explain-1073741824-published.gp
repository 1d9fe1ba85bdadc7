# explain.py: explain-1073741824-published; data inline, run `gnuplot explain-1073741824-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-published.png"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-14.772342:114.772342]
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
0 0 0 0.0131996
1 0 0 0.215906
2 0 0 0.373522
3 0 0 0.733993
4 0 0 0.471638
5 0 0 0.44764
6 0 0 0.35506
8 0 0 0.503728
9 0 0 0.689903
10 0 0 0.443503
11 0 0 0.288943
12 0 0 0.955394
13 0 0 0.695668
14 0 0 0.792841
15 0 0 0.832338
16 0 0 0.83608
17 0 0 0.827543
e
5 1 0.44764 0.733836
6 1 0.35506 0.555092
8 1 0.503728 0.825783
10 1 0.443503 0.727055
11 1 0.288943 0.473676
e
1 2 0.215906 0.215906
2 2 0.373522 0.373522
5 2 0.733836 0.822131
6 2 0.555092 0.683311
8 2 0.825783 0.925141
9 2 0.689903 0.689903
10 2 0.727055 0.814534
11 2 0.473676 0.530669
12 2 0.955394 0.955394
15 2 0.832338 0.832338
16 2 0.83608 0.83608
17 2 0.827543 0.827543
e
1 3 0.215906 0.70554
e
1 4 0.70554 0.725205
2 4 0.373522 0.416699
3 4 0.733993 0.755205
4 4 0.471638 0.485268
5 4 0.822131 0.835067
6 4 0.683311 0.714093
8 4 0.925141 0.939699
9 4 0.689903 0.729778
10 4 0.814534 0.840167
11 4 0.530669 0.539019
12 4 0.955394 0.983004
13 4 0.695668 0.715771
16 4 0.83608 0.860241
17 4 0.827543 0.875838
e
3 5 0.755205 0.907198
4 5 0.485268 0.582933
14 5 0.792841 0.957021
e
1 6 0.725205 0.749667
2 6 0.416699 0.448438
5 6 0.835067 0.873104
6 6 0.714093 0.744263
8 6 0.939699 0.974828
9 6 0.729778 0.77789
10 6 0.840167 0.918967
11 6 0.539019 0.559169
15 6 0.832338 0.890384
e
11 7 0.559169 0.908624
e
0 8 0.0131996 0.0131996
1 8 0.749667 0.749667
2 8 0.448438 0.448438
3 8 0.907198 0.907199
4 8 0.582933 0.582934
5 8 0.873104 0.873122
6 8 0.744263 0.744264
8 8 0.974828 0.974831
9 8 0.77789 0.777896
10 8 0.918967 0.919237
11 8 0.908624 0.908628
12 8 0.983004 0.983004
13 8 0.715771 0.715772
14 8 0.957021 0.957021
15 8 0.890384 0.890385
16 8 0.860241 0.860242
17 8 0.875838 0.875839
e
0 9 0.0131996 0.0132723
1 9 0.749667 0.750423
2 9 0.448438 0.448651
3 9 0.907199 0.907214
4 9 0.582934 0.582937
5 9 0.873122 0.873421
6 9 0.744264 0.746446
8 9 0.974831 0.977936
9 9 0.777896 0.782307
10 9 0.919237 0.930168
11 9 0.908628 0.912279
15 9 0.890385 0.895866
e
0 10 0.0132723 0.0937117
1 10 0.750423 0.994494
2 10 0.448651 0.831648
3 10 0.907214 0.914054
4 10 0.582937 0.587332
5 10 0.873421 1.0068
6 10 0.746446 0.958764
8 10 0.977936 1.12772
9 10 0.782307 0.984887
10 10 0.930168 1.07008
11 10 0.912279 0.998176
12 10 -2.17338e-08 0
13 10 -1.58254e-08 0
14 10 -1.8036e-08 0
15 10 0.895866 1.01947
e
0 11 0.0937117 0.0937166
1 11 0.994494 0.994612
2 11 0.831648 0.831656
3 11 0.914054 0.91441
4 11 0.587332 0.587355
5 11 1.0068 1.0068
6 11 0.958764 0.958808
8 11 1.12772 1.12772
9 11 0.984887 0.984893
10 11 1.07008 1.07009
11 11 0.998176 0.998185
12 11 0.983004 0.983013
13 11 0.715772 0.715779
14 11 0.957021 0.957033
15 11 1.01947 1.01949
16 11 0.860242 0.860248
17 11 0.875839 0.875845
e
0 12 0.0937166 1
1 12 0.994612 1
2 12 0.831656 1
3 12 0.91441 1
4 12 0.587355 1
5 12 -0.00680459 0
6 12 0.958808 1
8 12 -0.127723 0
9 12 0.984893 1
10 12 -0.0700888 0
11 12 0.998185 1
12 12 0.983013 1
13 12 0.715779 1
14 12 0.957033 1
15 12 -0.0194857 0
16 12 0.860248 1
17 12 0.875845 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.0477701:875.886]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.14331 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 143.31 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.146541 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 146.54 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 291.962
1 17.8494
2 10.3174
3 5.25044
4 8.17107
5 8.60912
6 10.8539
8 7.65053
9 5.58599
10 8.68942
11 13.3376
12 4.03372
13 5.5397
14 4.86073
15 4.63008
16 4.60936
17 4.65691
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
set yrange [-14.772342:114.772342]
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
0 0 0 0.0131996
1 0 0 0.215906
2 0 0 0.373522
3 0 0 0.733993
4 0 0 0.471638
5 0 0 0.44764
6 0 0 0.35506
8 0 0 0.503728
9 0 0 0.689903
10 0 0 0.443503
11 0 0 0.288943
12 0 0 0.955394
13 0 0 0.695668
14 0 0 0.792841
15 0 0 0.832338
16 0 0 0.83608
17 0 0 0.827543
e
5 1 0.44764 0.733836
6 1 0.35506 0.555092
8 1 0.503728 0.825783
10 1 0.443503 0.727055
11 1 0.288943 0.473676
e
1 2 0.215906 0.215906
2 2 0.373522 0.373522
5 2 0.733836 0.822131
6 2 0.555092 0.683311
8 2 0.825783 0.925141
9 2 0.689903 0.689903
10 2 0.727055 0.814534
11 2 0.473676 0.530669
12 2 0.955394 0.955394
15 2 0.832338 0.832338
16 2 0.83608 0.83608
17 2 0.827543 0.827543
e
1 3 0.215906 0.70554
e
1 4 0.70554 0.725205
2 4 0.373522 0.416699
3 4 0.733993 0.755205
4 4 0.471638 0.485268
5 4 0.822131 0.835067
6 4 0.683311 0.714093
8 4 0.925141 0.939699
9 4 0.689903 0.729778
10 4 0.814534 0.840167
11 4 0.530669 0.539019
12 4 0.955394 0.983004
13 4 0.695668 0.715771
16 4 0.83608 0.860241
17 4 0.827543 0.875838
e
3 5 0.755205 0.907198
4 5 0.485268 0.582933
14 5 0.792841 0.957021
e
1 6 0.725205 0.749667
2 6 0.416699 0.448438
5 6 0.835067 0.873104
6 6 0.714093 0.744263
8 6 0.939699 0.974828
9 6 0.729778 0.77789
10 6 0.840167 0.918967
11 6 0.539019 0.559169
15 6 0.832338 0.890384
e
11 7 0.559169 0.908624
e
0 8 0.0131996 0.0131996
1 8 0.749667 0.749667
2 8 0.448438 0.448438
3 8 0.907198 0.907199
4 8 0.582933 0.582934
5 8 0.873104 0.873122
6 8 0.744263 0.744264
8 8 0.974828 0.974831
9 8 0.77789 0.777896
10 8 0.918967 0.919237
11 8 0.908624 0.908628
12 8 0.983004 0.983004
13 8 0.715771 0.715772
14 8 0.957021 0.957021
15 8 0.890384 0.890385
16 8 0.860241 0.860242
17 8 0.875838 0.875839
e
0 9 0.0131996 0.0132723
1 9 0.749667 0.750423
2 9 0.448438 0.448651
3 9 0.907199 0.907214
4 9 0.582934 0.582937
5 9 0.873122 0.873421
6 9 0.744264 0.746446
8 9 0.974831 0.977936
9 9 0.777896 0.782307
10 9 0.919237 0.930168
11 9 0.908628 0.912279
15 9 0.890385 0.895866
e
0 10 0.0132723 0.0937117
1 10 0.750423 0.994494
2 10 0.448651 0.831648
3 10 0.907214 0.914054
4 10 0.582937 0.587332
5 10 0.873421 1.0068
6 10 0.746446 0.958764
8 10 0.977936 1.12772
9 10 0.782307 0.984887
10 10 0.930168 1.07008
11 10 0.912279 0.998176
12 10 -2.17338e-08 0
13 10 -1.58254e-08 0
14 10 -1.8036e-08 0
15 10 0.895866 1.01947
e
0 11 0.0937117 0.0937166
1 11 0.994494 0.994612
2 11 0.831648 0.831656
3 11 0.914054 0.91441
4 11 0.587332 0.587355
5 11 1.0068 1.0068
6 11 0.958764 0.958808
8 11 1.12772 1.12772
9 11 0.984887 0.984893
10 11 1.07008 1.07009
11 11 0.998176 0.998185
12 11 0.983004 0.983013
13 11 0.715772 0.715779
14 11 0.957021 0.957033
15 11 1.01947 1.01949
16 11 0.860242 0.860248
17 11 0.875839 0.875845
e
0 12 0.0937166 1
1 12 0.994612 1
2 12 0.831656 1
3 12 0.91441 1
4 12 0.587355 1
5 12 -0.00680459 0
6 12 0.958808 1
8 12 -0.127723 0
9 12 0.984893 1
10 12 -0.0700888 0
11 12 0.998185 1
12 12 0.983013 1
13 12 0.715779 1
14 12 0.957033 1
15 12 -0.0194857 0
16 12 0.860248 1
17 12 0.875845 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.0477701:875.886]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.14331 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 143.31 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.146541 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 146.54 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 291.962
1 17.8494
2 10.3174
3 5.25044
4 8.17107
5 8.60912
6 10.8539
8 7.65053
9 5.58599
10 8.68942
11 13.3376
12 4.03372
13 5.5397
14 4.86073
15 4.63008
16 4.60936
17 4.65691
e
unset multiplot
unset logscale y
set output
