# explain.py: explain-38535168-published; data inline, run `gnuplot explain-38535168-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-published.png"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-9.325311:109.325311]
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
0 0 0 0.0129389
1 0 0 0.253541
2 0 0 0.465752
3 0 0 0.672929
4 0 0 0.671281
5 0 0 0.421306
6 0 0 0.311486
7 0 0 0.360117
8 0 0 0.448307
9 0 0 0.62086
10 0 0 0.408551
11 0 0 0.293931
12 0 0 1.03452
13 0 0 1.02362
14 0 0 0.705726
15 0 0 0.801231
16 0 0 1.02259
17 0 0 0.99701
e
0 1 0.0129389 0.717321
5 1 0.421306 0.632725
6 1 0.311486 0.471996
8 1 0.448307 0.673274
10 1 0.408551 0.613568
11 1 0.293931 0.44143
e
0 2 0.717321 0.910222
1 2 0.253541 0.253543
2 2 0.465752 0.465755
5 2 0.632725 0.741394
6 2 0.471996 0.626402
7 2 0.360117 0.360119
8 2 0.673274 0.788907
9 2 0.62086 0.620864
10 2 0.613568 0.718947
11 2 0.44143 0.517244
12 2 1.03452 1.03453
15 2 0.801231 0.801236
16 2 1.02259 1.02259
17 2 0.99701 0.997016
e
1 3 0.253543 0.668468
e
0 4 0.910222 0.91368
1 4 0.668468 0.689939
2 4 0.465755 0.533369
3 4 0.672929 0.697351
4 4 0.671281 0.695643
5 4 0.741394 0.756684
6 4 0.626402 0.660316
7 4 0.360119 0.438536
8 4 0.788907 0.805177
9 4 0.620864 0.665929
10 4 0.718947 0.748601
11 4 0.517244 0.527912
12 4 1.03453 1.07207
13 4 1.02362 1.06077
16 4 1.02259 1.05971
17 4 0.997016 1.04614
e
3 5 0.697351 0.945578
4 5 0.695643 0.943263
14 5 0.705726 0.966052
e
0 6 0.91368 0.918304
1 6 0.689939 0.739139
2 6 0.533369 0.592095
3 6 0.945578 0.945631
4 6 0.943263 0.94331
5 6 0.756684 0.809806
6 6 0.660316 0.699591
7 6 0.438536 0.483943
8 6 0.805177 0.840704
9 6 0.665929 0.71513
10 6 0.748601 0.849419
11 6 0.527912 0.551205
15 6 0.801236 0.864731
e
7 7 0.483943 0.621634
11 7 0.551205 0.879523
e
0 8 0.918304 0.918642
1 8 0.739139 0.742506
2 8 0.592095 0.594406
3 8 0.945631 0.945632
4 8 0.94331 0.943314
5 8 0.809806 0.809848
6 8 0.699591 0.69973
7 8 0.621634 0.629072
8 8 0.840704 0.840829
9 8 0.71513 0.715266
10 8 0.849419 0.851151
11 8 0.879523 0.879627
15 8 0.864731 0.86587
e
0 9 0.918642 0.918771
1 9 0.742506 0.743226
2 9 0.594406 0.600036
3 9 0.945632 0.945686
4 9 0.943314 0.943343
5 9 0.809848 0.811021
6 9 0.69973 0.702942
7 9 0.629072 0.631205
8 9 0.840829 0.850848
9 9 0.715266 0.733835
10 9 0.851151 0.902793
11 9 0.879627 0.889045
12 9 1.07207 1.07246
13 9 1.06077 1.06121
14 9 0.966052 0.966261
15 9 0.86587 0.908696
16 9 1.05971 1.05992
17 9 1.04614 1.04635
e
0 10 0.918771 0.939345
1 10 0.743226 0.905035
2 10 0.600036 0.873989
3 10 0.945686 0.955588
4 10 0.943343 0.959538
5 10 0.811021 0.950308
6 10 0.702942 0.940728
7 10 0.631205 0.872782
8 10 0.850848 0.892772
9 10 0.733835 1.00095
10 10 0.902793 1.0428
11 10 0.889045 0.88941
15 10 0.908696 1.04754
e
0 11 0.939345 0.939482
1 11 0.905035 0.907259
2 11 0.873989 0.874553
3 11 0.955588 0.963673
4 11 0.959538 0.961277
5 11 0.950308 0.950706
6 11 0.940728 0.941926
7 11 0.872782 0.873588
8 11 0.892772 0.893099
9 11 1.00095 1.00121
10 11 1.0428 1.0432
11 11 0.88941 0.889815
12 11 1.07246 1.07325
13 11 1.06121 1.06175
14 11 0.966261 0.966598
15 11 1.04754 1.04903
16 11 1.05992 1.06066
17 11 1.04635 1.04685
e
0 12 0.939482 1
1 12 0.907259 1
2 12 0.874553 1
3 12 0.963673 1
4 12 0.961277 1
5 12 0.950706 1
6 12 0.941926 1
7 12 0.873588 1
8 12 0.893099 1
9 12 -0.00121368 0
10 12 -0.0432019 0
11 12 0.889815 1
12 12 -0.0732531 0
13 12 -0.0617507 0
14 12 0.966598 1
15 12 -0.0490265 0
16 12 -0.0606603 0
17 12 -0.046848 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.000406231:20.1821]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.0028666 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 2.87 ms:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     0.00121869 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 1.22 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 6.72736
1 0.343316
2 0.186891
3 0.129352
4 0.12967
5 0.206607
6 0.279451
7 0.241713
8 0.194164
9 0.140201
10 0.213058
11 0.296141
12 0.0841403
13 0.0850363
14 0.123341
15 0.108639
16 0.0851223
17 0.087306
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
set yrange [-9.325311:109.325311]
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
0 0 0 0.0129389
1 0 0 0.253541
2 0 0 0.465752
3 0 0 0.672929
4 0 0 0.671281
5 0 0 0.421306
6 0 0 0.311486
7 0 0 0.360117
8 0 0 0.448307
9 0 0 0.62086
10 0 0 0.408551
11 0 0 0.293931
12 0 0 1.03452
13 0 0 1.02362
14 0 0 0.705726
15 0 0 0.801231
16 0 0 1.02259
17 0 0 0.99701
e
0 1 0.0129389 0.717321
5 1 0.421306 0.632725
6 1 0.311486 0.471996
8 1 0.448307 0.673274
10 1 0.408551 0.613568
11 1 0.293931 0.44143
e
0 2 0.717321 0.910222
1 2 0.253541 0.253543
2 2 0.465752 0.465755
5 2 0.632725 0.741394
6 2 0.471996 0.626402
7 2 0.360117 0.360119
8 2 0.673274 0.788907
9 2 0.62086 0.620864
10 2 0.613568 0.718947
11 2 0.44143 0.517244
12 2 1.03452 1.03453
15 2 0.801231 0.801236
16 2 1.02259 1.02259
17 2 0.99701 0.997016
e
1 3 0.253543 0.668468
e
0 4 0.910222 0.91368
1 4 0.668468 0.689939
2 4 0.465755 0.533369
3 4 0.672929 0.697351
4 4 0.671281 0.695643
5 4 0.741394 0.756684
6 4 0.626402 0.660316
7 4 0.360119 0.438536
8 4 0.788907 0.805177
9 4 0.620864 0.665929
10 4 0.718947 0.748601
11 4 0.517244 0.527912
12 4 1.03453 1.07207
13 4 1.02362 1.06077
16 4 1.02259 1.05971
17 4 0.997016 1.04614
e
3 5 0.697351 0.945578
4 5 0.695643 0.943263
14 5 0.705726 0.966052
e
0 6 0.91368 0.918304
1 6 0.689939 0.739139
2 6 0.533369 0.592095
3 6 0.945578 0.945631
4 6 0.943263 0.94331
5 6 0.756684 0.809806
6 6 0.660316 0.699591
7 6 0.438536 0.483943
8 6 0.805177 0.840704
9 6 0.665929 0.71513
10 6 0.748601 0.849419
11 6 0.527912 0.551205
15 6 0.801236 0.864731
e
7 7 0.483943 0.621634
11 7 0.551205 0.879523
e
0 8 0.918304 0.918642
1 8 0.739139 0.742506
2 8 0.592095 0.594406
3 8 0.945631 0.945632
4 8 0.94331 0.943314
5 8 0.809806 0.809848
6 8 0.699591 0.69973
7 8 0.621634 0.629072
8 8 0.840704 0.840829
9 8 0.71513 0.715266
10 8 0.849419 0.851151
11 8 0.879523 0.879627
15 8 0.864731 0.86587
e
0 9 0.918642 0.918771
1 9 0.742506 0.743226
2 9 0.594406 0.600036
3 9 0.945632 0.945686
4 9 0.943314 0.943343
5 9 0.809848 0.811021
6 9 0.69973 0.702942
7 9 0.629072 0.631205
8 9 0.840829 0.850848
9 9 0.715266 0.733835
10 9 0.851151 0.902793
11 9 0.879627 0.889045
12 9 1.07207 1.07246
13 9 1.06077 1.06121
14 9 0.966052 0.966261
15 9 0.86587 0.908696
16 9 1.05971 1.05992
17 9 1.04614 1.04635
e
0 10 0.918771 0.939345
1 10 0.743226 0.905035
2 10 0.600036 0.873989
3 10 0.945686 0.955588
4 10 0.943343 0.959538
5 10 0.811021 0.950308
6 10 0.702942 0.940728
7 10 0.631205 0.872782
8 10 0.850848 0.892772
9 10 0.733835 1.00095
10 10 0.902793 1.0428
11 10 0.889045 0.88941
15 10 0.908696 1.04754
e
0 11 0.939345 0.939482
1 11 0.905035 0.907259
2 11 0.873989 0.874553
3 11 0.955588 0.963673
4 11 0.959538 0.961277
5 11 0.950308 0.950706
6 11 0.940728 0.941926
7 11 0.872782 0.873588
8 11 0.892772 0.893099
9 11 1.00095 1.00121
10 11 1.0428 1.0432
11 11 0.88941 0.889815
12 11 1.07246 1.07325
13 11 1.06121 1.06175
14 11 0.966261 0.966598
15 11 1.04754 1.04903
16 11 1.05992 1.06066
17 11 1.04635 1.04685
e
0 12 0.939482 1
1 12 0.907259 1
2 12 0.874553 1
3 12 0.963673 1
4 12 0.961277 1
5 12 0.950706 1
6 12 0.941926 1
7 12 0.873588 1
8 12 0.893099 1
9 12 -0.00121368 0
10 12 -0.0432019 0
11 12 0.889815 1
12 12 -0.0732531 0
13 12 -0.0617507 0
14 12 0.966598 1
15 12 -0.0490265 0
16 12 -0.0606603 0
17 12 -0.046848 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.000406231:20.1821]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.0028666 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 2.87 ms:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     0.00121869 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 1.22 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 6.72736
1 0.343316
2 0.186891
3 0.129352
4 0.12967
5 0.206607
6 0.279451
7 0.241713
8 0.194164
9 0.140201
10 0.213058
11 0.296141
12 0.0841403
13 0.0850363
14 0.123341
15 0.108639
16 0.0851223
17 0.087306
e
unset multiplot
unset logscale y
set output
