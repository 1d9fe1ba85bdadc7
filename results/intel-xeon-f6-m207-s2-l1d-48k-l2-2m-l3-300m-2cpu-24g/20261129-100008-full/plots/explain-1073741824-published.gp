# explain.py: explain-1073741824-published; data inline, run `gnuplot explain-1073741824-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-published.png"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-4.933808:104.933808]
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
0 0 0 0.010988
1 0 0 0.183779
2 0 0 0.354356
3 0 0 0.68528
4 0 0 0.529919
5 0 0 0.432386
6 0 0 0.298073
8 0 0 0.411219
9 0 0 0.585252
10 0 0 0.336793
11 0 0 0.254211
12 0 0 0.63714
13 0 0 0.640991
14 0 0 0.694241
15 0 0 0.659413
16 0 0 0.973526
17 0 0 0.897194
e
5 1 0.432386 0.739256
6 1 0.298073 0.493394
8 1 0.411219 0.703067
10 1 0.336793 0.575819
11 1 0.254211 0.434629
e
1 2 0.183779 0.183779
2 2 0.354356 0.354356
5 2 0.739256 0.83744
6 2 0.493394 0.626369
8 2 0.703067 0.796445
9 2 0.585252 0.585252
10 2 0.575819 0.652296
11 2 0.434629 0.492354
12 2 0.63714 0.63714
15 2 0.659413 0.659413
16 2 0.973526 0.973526
17 2 0.897194 0.897194
e
1 3 0.183779 0.588588
e
1 4 0.588588 0.607837
2 4 0.354356 0.39926
3 4 0.68528 0.70699
4 4 0.529919 0.546707
5 4 0.83744 0.851138
6 4 0.626369 0.654698
8 4 0.796445 0.809472
9 4 0.585252 0.622334
10 4 0.652296 0.673635
11 4 0.492354 0.500407
12 4 0.63714 0.657325
13 4 0.640991 0.661297
16 4 0.973526 1.00437
17 4 0.897194 0.962665
e
3 5 0.70699 0.929086
4 5 0.546707 0.718451
14 5 0.694241 0.919241
e
1 6 0.607837 0.632323
2 6 0.39926 0.43467
5 6 0.851138 0.894345
6 6 0.654698 0.684484
8 6 0.809472 0.841108
9 6 0.622334 0.667358
10 6 0.673635 0.743161
11 6 0.500407 0.519964
15 6 0.659413 0.710143
e
11 7 0.519964 0.852031
e
0 8 0.010988 0.010988
1 8 0.632323 0.632324
2 8 0.43467 0.43467
3 8 0.929086 0.929087
4 8 0.718451 0.718452
5 8 0.894345 0.894351
6 8 0.684484 0.684485
8 8 0.841108 0.841206
9 8 0.667358 0.66736
10 8 0.743161 0.743366
11 8 0.852031 0.852033
12 8 0.657325 0.657325
13 8 0.661297 0.661298
14 8 0.919241 0.919242
15 8 0.710143 0.710144
16 8 1.00437 1.00437
17 8 0.962665 0.962666
e
0 9 0.010988 0.011057
1 9 0.632324 0.632755
2 9 0.43467 0.434929
3 9 0.929087 0.92915
4 9 0.718452 0.718466
5 9 0.894351 0.894605
6 9 0.684485 0.686315
8 9 0.841206 0.843171
9 9 0.66736 0.672082
10 9 0.743366 0.753824
11 9 0.852033 0.855728
13 9 0.661298 0.661298
15 9 0.710144 0.716435
16 9 1.00437 1.00437
17 9 0.962666 0.962667
e
0 10 0.011057 0.0811843
1 10 0.632755 0.849224
2 10 0.434929 0.816874
3 10 0.92915 0.936259
4 10 0.718466 0.723963
5 10 0.894605 1.02933
6 10 0.686315 0.917712
8 10 0.843171 0.970456
9 10 0.672082 0.854363
10 10 0.753824 0.865366
11 10 0.855728 0.93506
12 10 -7.59409e-09 0
13 10 -7.63999e-09 0
14 10 -8.27468e-09 0
15 10 0.716435 0.819452
e
0 11 0.0811843 0.0811887
1 11 0.849224 0.849325
2 11 0.816874 0.816886
3 11 0.936259 0.936646
4 11 0.723963 0.724034
5 11 1.02933 1.02934
6 11 0.917712 0.917747
8 11 0.970456 0.970462
9 11 0.854363 0.85437
10 11 0.865366 0.865375
11 11 0.93506 0.935069
12 11 0.657325 0.657334
13 11 0.661298 0.661306
14 11 0.919242 0.919256
15 11 0.819452 0.819466
16 11 1.00437 1.00438
17 11 0.962667 0.962676
e
0 12 0.0811887 1
1 12 0.849325 1
2 12 0.816886 1
3 12 0.936646 1
4 12 0.724034 1
5 12 -0.0293381 0
6 12 0.917747 1
8 12 0.970462 1
9 12 0.85437 1
10 12 0.865375 1
11 12 0.935069 1
12 12 0.657334 1
13 12 0.661306 1
14 12 0.919256 1
15 12 0.819466 1
16 12 -0.00437876 0
17 12 0.962676 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.0480341:909.655]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.144102 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 144.10 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.15049 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 150.49 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 303.218
1 18.1292
2 9.4023
3 4.8619
4 6.2873
5 7.70553
6 11.1777
8 8.10215
9 5.69286
10 9.89262
11 13.1063
12 5.22924
13 5.19783
14 4.79914
15 5.05261
16 3.42236
17 3.71354
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
set yrange [-4.933808:104.933808]
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
0 0 0 0.010988
1 0 0 0.183779
2 0 0 0.354356
3 0 0 0.68528
4 0 0 0.529919
5 0 0 0.432386
6 0 0 0.298073
8 0 0 0.411219
9 0 0 0.585252
10 0 0 0.336793
11 0 0 0.254211
12 0 0 0.63714
13 0 0 0.640991
14 0 0 0.694241
15 0 0 0.659413
16 0 0 0.973526
17 0 0 0.897194
e
5 1 0.432386 0.739256
6 1 0.298073 0.493394
8 1 0.411219 0.703067
10 1 0.336793 0.575819
11 1 0.254211 0.434629
e
1 2 0.183779 0.183779
2 2 0.354356 0.354356
5 2 0.739256 0.83744
6 2 0.493394 0.626369
8 2 0.703067 0.796445
9 2 0.585252 0.585252
10 2 0.575819 0.652296
11 2 0.434629 0.492354
12 2 0.63714 0.63714
15 2 0.659413 0.659413
16 2 0.973526 0.973526
17 2 0.897194 0.897194
e
1 3 0.183779 0.588588
e
1 4 0.588588 0.607837
2 4 0.354356 0.39926
3 4 0.68528 0.70699
4 4 0.529919 0.546707
5 4 0.83744 0.851138
6 4 0.626369 0.654698
8 4 0.796445 0.809472
9 4 0.585252 0.622334
10 4 0.652296 0.673635
11 4 0.492354 0.500407
12 4 0.63714 0.657325
13 4 0.640991 0.661297
16 4 0.973526 1.00437
17 4 0.897194 0.962665
e
3 5 0.70699 0.929086
4 5 0.546707 0.718451
14 5 0.694241 0.919241
e
1 6 0.607837 0.632323
2 6 0.39926 0.43467
5 6 0.851138 0.894345
6 6 0.654698 0.684484
8 6 0.809472 0.841108
9 6 0.622334 0.667358
10 6 0.673635 0.743161
11 6 0.500407 0.519964
15 6 0.659413 0.710143
e
11 7 0.519964 0.852031
e
0 8 0.010988 0.010988
1 8 0.632323 0.632324
2 8 0.43467 0.43467
3 8 0.929086 0.929087
4 8 0.718451 0.718452
5 8 0.894345 0.894351
6 8 0.684484 0.684485
8 8 0.841108 0.841206
9 8 0.667358 0.66736
10 8 0.743161 0.743366
11 8 0.852031 0.852033
12 8 0.657325 0.657325
13 8 0.661297 0.661298
14 8 0.919241 0.919242
15 8 0.710143 0.710144
16 8 1.00437 1.00437
17 8 0.962665 0.962666
e
0 9 0.010988 0.011057
1 9 0.632324 0.632755
2 9 0.43467 0.434929
3 9 0.929087 0.92915
4 9 0.718452 0.718466
5 9 0.894351 0.894605
6 9 0.684485 0.686315
8 9 0.841206 0.843171
9 9 0.66736 0.672082
10 9 0.743366 0.753824
11 9 0.852033 0.855728
13 9 0.661298 0.661298
15 9 0.710144 0.716435
16 9 1.00437 1.00437
17 9 0.962666 0.962667
e
0 10 0.011057 0.0811843
1 10 0.632755 0.849224
2 10 0.434929 0.816874
3 10 0.92915 0.936259
4 10 0.718466 0.723963
5 10 0.894605 1.02933
6 10 0.686315 0.917712
8 10 0.843171 0.970456
9 10 0.672082 0.854363
10 10 0.753824 0.865366
11 10 0.855728 0.93506
12 10 -7.59409e-09 0
13 10 -7.63999e-09 0
14 10 -8.27468e-09 0
15 10 0.716435 0.819452
e
0 11 0.0811843 0.0811887
1 11 0.849224 0.849325
2 11 0.816874 0.816886
3 11 0.936259 0.936646
4 11 0.723963 0.724034
5 11 1.02933 1.02934
6 11 0.917712 0.917747
8 11 0.970456 0.970462
9 11 0.854363 0.85437
10 11 0.865366 0.865375
11 11 0.93506 0.935069
12 11 0.657325 0.657334
13 11 0.661298 0.661306
14 11 0.919242 0.919256
15 11 0.819452 0.819466
16 11 1.00437 1.00438
17 11 0.962667 0.962676
e
0 12 0.0811887 1
1 12 0.849325 1
2 12 0.816886 1
3 12 0.936646 1
4 12 0.724034 1
5 12 -0.0293381 0
6 12 0.917747 1
8 12 0.970462 1
9 12 0.85437 1
10 12 0.865375 1
11 12 0.935069 1
12 12 0.657334 1
13 12 0.661306 1
14 12 0.919256 1
15 12 0.819466 1
16 12 -0.00437876 0
17 12 0.962676 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.0480341:909.655]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.144102 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 144.10 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.15049 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 150.49 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 303.218
1 18.1292
2 9.4023
3 4.8619
4 6.2873
5 7.70553
6 11.1777
8 8.10215
9 5.69286
10 9.89262
11 13.1063
12 5.22924
13 5.19783
14 4.79914
15 5.05261
16 3.42236
17 3.71354
e
unset multiplot
unset logscale y
set output
