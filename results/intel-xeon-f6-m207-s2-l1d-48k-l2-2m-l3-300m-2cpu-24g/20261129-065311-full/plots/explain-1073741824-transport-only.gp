# explain.py: explain-1073741824-transport-only; data inline, run `gnuplot explain-1073741824-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-51.213868:151.213868]
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
5 1 0 0.679549
6 1 0 0.401926
8 1 0 0.607566
10 1 0 0.650104
11 1 0 0.281877
e
1 2 0 4.78045e-08
2 2 0 1.18063e-07
5 2 0.679549 0.889825
6 2 0.401926 0.664391
8 2 0.607566 0.795568
9 2 0 4.77375e-07
10 2 0.650104 0.851269
11 2 0.281877 0.369099
12 2 0 5.55315e-06
15 2 0 8.28567e-07
16 2 0 0.0281776
17 2 0 4.40031e-06
e
1 3 4.78045e-08 0.50719
e
1 4 0.50719 0.532503
2 4 1.18063e-07 0.0803029
3 4 0 0.0829385
4 4 0 0.0756168
5 4 0.889825 0.922656
6 4 0.664391 0.718954
8 4 0.795568 0.824922
9 4 4.77375e-07 0.162348
10 4 0.851269 0.914086
11 4 0.369099 0.382717
12 4 5.55315e-06 0.944276
13 4 0 1.06365
17 4 4.40031e-06 0.953724
e
3 5 0.0829385 0.799202
4 5 0.0756168 0.728649
14 5 0 1.04492
e
1 6 0.532503 0.568885
2 6 0.0803029 0.147692
5 6 0.922656 1.03286
6 6 0.718954 0.780006
8 6 0.824922 0.889856
9 6 0.162348 0.341917
10 6 0.914086 1.11257
11 6 0.382717 0.412843
15 6 8.28567e-07 0.311673
e
11 7 0.412843 0.937846
e
1 8 0.568885 0.568885
2 8 0.147692 0.147693
3 8 0.799202 0.799204
4 8 0.728649 0.72865
5 8 1.03286 1.03291
6 8 0.780006 0.780008
8 8 0.889856 0.889866
9 8 0.341917 0.341926
10 8 1.11257 1.11311
11 8 0.937846 0.937854
12 8 0.944276 0.944291
13 8 1.06365 1.06367
14 8 1.04492 1.04492
15 8 0.311673 0.31168
16 8 0.0281776 0.107307
17 8 0.953724 0.953736
e
1 9 0.568885 0.56986
2 9 0.147693 0.148052
3 9 0.799204 0.799253
4 9 0.72865 0.728668
5 9 1.03291 1.03373
6 9 0.780008 0.78432
8 9 0.889866 0.895974
9 9 0.341926 0.35771
10 9 1.11311 1.13755
11 9 0.937854 0.943294
13 9 1.06367 1.06367
14 9 1.04492 1.04492
15 9 0.31168 0.369234
e
1 10 0.56986 0.90163
2 10 0.148052 0.886964
3 10 0.799253 0.826908
4 10 0.728668 0.753882
5 10 1.03373 1.3831
6 10 0.78432 1.17257
8 10 0.895974 1.2026
9 10 0.35771 1.22891
10 10 1.13755 1.49212
11 10 0.943294 1.08537
12 10 -3.84342e-07 0
13 10 -8.65864e-07 0
14 10 -9.84961e-08 0
15 10 0.369234 1.11795
e
1 11 0.90163 0.901734
2 11 0.886964 0.886982
3 11 0.826908 0.828572
4 11 0.753882 0.75401
5 11 1.3831 1.38311
6 11 1.17257 1.17261
8 11 1.2026 1.20261
9 11 1.22891 1.22893
10 11 1.49212 1.49214
11 11 1.08537 1.08539
12 11 0.944291 0.944626
13 11 1.06367 1.0641
14 11 1.04492 1.045
15 11 1.11795 1.11805
16 11 0.107307 1.17464
17 11 0.953736 0.95393
e
1 12 0.901734 1
2 12 0.886982 1
3 12 0.828572 1
4 12 0.75401 1
5 12 -0.383107 0
6 12 -0.172614 0
8 12 -0.202612 0
9 12 -0.228931 0
10 12 -0.492139 0
11 12 -0.0853918 0
12 12 0.944626 1
13 12 -0.0640961 -8.65864e-07
14 12 -0.0449976 -9.84961e-08
15 12 -0.118047 0
16 12 -0.174644 0
17 12 0.95393 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [7.37583e-06:39.1282]
unset grid
set grid ytics mytics
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.126114 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 126.11 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.136456 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 136.46 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
1 13.0427
2 5.28108
3 1.27831
4 1.40209
5 3.22929
6 5.8293
8 3.61188
9 1.3061
10 3.37555
11 7.78517
12 0.112279
13 0.0996771
14 0.876246
15 0.752505
16 2.21275e-05
17 0.141695
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-transport-only.svg"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-51.213868:151.213868]
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
5 1 0 0.679549
6 1 0 0.401926
8 1 0 0.607566
10 1 0 0.650104
11 1 0 0.281877
e
1 2 0 4.78045e-08
2 2 0 1.18063e-07
5 2 0.679549 0.889825
6 2 0.401926 0.664391
8 2 0.607566 0.795568
9 2 0 4.77375e-07
10 2 0.650104 0.851269
11 2 0.281877 0.369099
12 2 0 5.55315e-06
15 2 0 8.28567e-07
16 2 0 0.0281776
17 2 0 4.40031e-06
e
1 3 4.78045e-08 0.50719
e
1 4 0.50719 0.532503
2 4 1.18063e-07 0.0803029
3 4 0 0.0829385
4 4 0 0.0756168
5 4 0.889825 0.922656
6 4 0.664391 0.718954
8 4 0.795568 0.824922
9 4 4.77375e-07 0.162348
10 4 0.851269 0.914086
11 4 0.369099 0.382717
12 4 5.55315e-06 0.944276
13 4 0 1.06365
17 4 4.40031e-06 0.953724
e
3 5 0.0829385 0.799202
4 5 0.0756168 0.728649
14 5 0 1.04492
e
1 6 0.532503 0.568885
2 6 0.0803029 0.147692
5 6 0.922656 1.03286
6 6 0.718954 0.780006
8 6 0.824922 0.889856
9 6 0.162348 0.341917
10 6 0.914086 1.11257
11 6 0.382717 0.412843
15 6 8.28567e-07 0.311673
e
11 7 0.412843 0.937846
e
1 8 0.568885 0.568885
2 8 0.147692 0.147693
3 8 0.799202 0.799204
4 8 0.728649 0.72865
5 8 1.03286 1.03291
6 8 0.780006 0.780008
8 8 0.889856 0.889866
9 8 0.341917 0.341926
10 8 1.11257 1.11311
11 8 0.937846 0.937854
12 8 0.944276 0.944291
13 8 1.06365 1.06367
14 8 1.04492 1.04492
15 8 0.311673 0.31168
16 8 0.0281776 0.107307
17 8 0.953724 0.953736
e
1 9 0.568885 0.56986
2 9 0.147693 0.148052
3 9 0.799204 0.799253
4 9 0.72865 0.728668
5 9 1.03291 1.03373
6 9 0.780008 0.78432
8 9 0.889866 0.895974
9 9 0.341926 0.35771
10 9 1.11311 1.13755
11 9 0.937854 0.943294
13 9 1.06367 1.06367
14 9 1.04492 1.04492
15 9 0.31168 0.369234
e
1 10 0.56986 0.90163
2 10 0.148052 0.886964
3 10 0.799253 0.826908
4 10 0.728668 0.753882
5 10 1.03373 1.3831
6 10 0.78432 1.17257
8 10 0.895974 1.2026
9 10 0.35771 1.22891
10 10 1.13755 1.49212
11 10 0.943294 1.08537
12 10 -3.84342e-07 0
13 10 -8.65864e-07 0
14 10 -9.84961e-08 0
15 10 0.369234 1.11795
e
1 11 0.90163 0.901734
2 11 0.886964 0.886982
3 11 0.826908 0.828572
4 11 0.753882 0.75401
5 11 1.3831 1.38311
6 11 1.17257 1.17261
8 11 1.2026 1.20261
9 11 1.22891 1.22893
10 11 1.49212 1.49214
11 11 1.08537 1.08539
12 11 0.944291 0.944626
13 11 1.06367 1.0641
14 11 1.04492 1.045
15 11 1.11795 1.11805
16 11 0.107307 1.17464
17 11 0.953736 0.95393
e
1 12 0.901734 1
2 12 0.886982 1
3 12 0.828572 1
4 12 0.75401 1
5 12 -0.383107 0
6 12 -0.172614 0
8 12 -0.202612 0
9 12 -0.228931 0
10 12 -0.492139 0
11 12 -0.0853918 0
12 12 0.944626 1
13 12 -0.0640961 -8.65864e-07
14 12 -0.0449976 -9.84961e-08
15 12 -0.118047 0
16 12 -0.174644 0
17 12 0.95393 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [7.37583e-06:39.1282]
unset grid
set grid ytics mytics
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.126114 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 126.11 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.136456 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 136.46 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
1 13.0427
2 5.28108
3 1.27831
4 1.40209
5 3.22929
6 5.8293
8 3.61188
9 1.3061
10 3.37555
11 7.78517
12 0.112279
13 0.0996771
14 0.876246
15 0.752505
16 2.21275e-05
17 0.141695
e
unset multiplot
unset logscale y
set output
