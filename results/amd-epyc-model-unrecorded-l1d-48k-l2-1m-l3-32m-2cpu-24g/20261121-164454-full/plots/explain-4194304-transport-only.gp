# explain.py: explain-4194304-transport-only; data inline, run `gnuplot explain-4194304-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-78.467990:178.467990]
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
0 1 0 0.787004
5 1 0 0.0204262
6 1 0 0.0159689
8 1 0 0.032574
10 1 0 0.00963476
11 1 0 0.0122721
e
0 2 0.787004 0.983333
1 2 0 2.95266e-05
2 2 0 0.00013442
5 2 0.0204262 0.0305426
6 2 0.0159689 0.0300878
7 2 0 3.70136e-05
8 2 0.032574 0.0487066
9 2 0 0.000644112
10 2 0.00963476 0.0144065
11 2 0.0122721 0.0183501
12 2 0 0.00336023
15 2 0 0.000440935
16 2 0 0.0107145
17 2 0 0.0037727
e
1 3 2.95266e-05 0.510296
e
0 4 0.983333 0.984668
1 4 0.510296 0.517897
2 4 0.00013442 0.0594491
3 4 0 0.0108068
4 4 0 0.0136232
5 4 0.0305426 0.0383677
6 4 0.0300878 0.0502269
7 4 3.70136e-05 0.0245362
8 4 0.0487066 0.0611854
9 4 0.000644112 0.142756
10 4 0.0144065 0.0217885
11 4 0.0183501 0.0230514
12 4 0.00336023 0.374047
13 4 0 0.433085
17 4 0.0037727 0.520249
e
3 5 0.0108068 0.54268
4 5 0.0136232 0.68411
14 5 0 1.04099
e
0 6 0.984668 0.988041
1 6 0.517897 0.562454
2 6 0.0594491 0.211576
3 6 0.54268 0.543148
4 6 0.68411 0.684286
5 6 0.0383677 0.118648
6 6 0.0502269 0.119098
7 6 0.0245362 0.0664252
8 6 0.0611854 0.230824
9 6 0.142756 1.1087
10 6 0.0217885 0.0730424
11 6 0.0230514 0.0869621
15 6 0.000440935 0.661689
e
7 7 0.0664252 0.305835
11 7 0.0869621 0.490292
e
0 8 0.988041 0.988341
1 8 0.562454 0.567175
2 8 0.211576 0.21912
3 8 0.543148 0.544563
4 8 0.684286 0.685407
5 8 0.118648 0.118912
6 8 0.119098 0.120303
7 8 0.305835 0.31474
8 8 0.230824 0.231477
9 8 1.1087 1.11242
10 8 0.0730424 0.0736913
11 8 0.490292 0.490626
12 8 0.374047 0.379594
13 8 0.433085 0.439565
14 8 1.04099 1.04237
15 8 0.661689 0.674881
16 8 0.0107145 0.0239787
17 8 0.520249 0.524919
e
0 9 0.988341 0.989397
1 9 0.567175 0.57696
2 9 0.21912 0.340026
3 9 0.544563 0.563113
4 9 0.685407 0.697099
5 9 0.118912 0.128986
6 9 0.120303 0.195204
7 9 0.31474 0.446158
8 9 0.231477 0.343934
9 9 1.11242 1.35636
10 9 0.0736913 0.240004
11 9 0.490626 0.601589
12 9 0.379594 1.01589
13 9 0.439565 1.18297
14 9 1.04237 1.07868
15 9 0.674881 1.23848
16 9 0.0239787 1.03844
17 9 0.524919 0.882121
e
0 10 0.989397 1.0343
1 10 0.57696 0.769733
2 10 0.340026 0.9912
3 10 0.563113 0.578414
4 10 0.697099 0.716388
5 10 0.128986 0.83311
6 10 0.195204 0.934814
7 10 0.446158 0.816333
8 10 0.343934 1.68073
10 10 0.240004 0.623423
11 10 0.601589 1.01971
e
0 11 1.0343 1.03643
1 11 0.769733 0.791487
2 11 0.9912 1.00848
3 11 0.578414 0.704785
4 11 0.716388 0.731624
5 11 0.83311 0.834372
6 11 -0.000551792 0
7 11 0.816333 0.819074
8 11 -0.0188269 0
9 11 -0.0679393 0
10 11 -0.000762883 0
11 11 -0.0330996 0
12 11 -0.13769 0
13 11 -0.667514 0
14 11 -0.0109083 0
15 11 -0.00836907 0
16 11 1.03844 1.76468
17 11 0.882121 0.945306
e
0 12 -0.0364342 0
1 12 0.791487 1
2 12 -0.00847602 0
3 12 0.704785 1
4 12 0.731624 1
5 12 0.834372 1
6 12 0.934814 1.00055
7 12 0.819074 1
8 12 -0.680731 -0.0188269
9 12 -0.35636 -0.0679393
10 12 0.623423 1.00076
11 12 1.01971 1.0331
12 12 1.01589 1.13769
13 12 1.18297 1.66751
14 12 -0.0786807 -0.0109083
15 12 -0.238478 -0.00836907
16 12 -0.76468 0
17 12 0.945306 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [2.0564e-05:2.04571]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     8.02602e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 80.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin-then-futex cross-core", \
     0.000144323 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 144.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.681905
1 0.0223866
2 0.00491743
3 0.00674753
4 0.00535258
5 0.0093186
6 0.0108623
7 0.0178583
8 0.00584343
9 0.00102622
10 0.019756
11 0.0155103
12 0.000196713
13 0.000168371
14 0.00344752
15 0.00149909
16 6.1692e-05
17 0.000175206
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-transport-only.svg"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-78.467990:178.467990]
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
0 1 0 0.787004
5 1 0 0.0204262
6 1 0 0.0159689
8 1 0 0.032574
10 1 0 0.00963476
11 1 0 0.0122721
e
0 2 0.787004 0.983333
1 2 0 2.95266e-05
2 2 0 0.00013442
5 2 0.0204262 0.0305426
6 2 0.0159689 0.0300878
7 2 0 3.70136e-05
8 2 0.032574 0.0487066
9 2 0 0.000644112
10 2 0.00963476 0.0144065
11 2 0.0122721 0.0183501
12 2 0 0.00336023
15 2 0 0.000440935
16 2 0 0.0107145
17 2 0 0.0037727
e
1 3 2.95266e-05 0.510296
e
0 4 0.983333 0.984668
1 4 0.510296 0.517897
2 4 0.00013442 0.0594491
3 4 0 0.0108068
4 4 0 0.0136232
5 4 0.0305426 0.0383677
6 4 0.0300878 0.0502269
7 4 3.70136e-05 0.0245362
8 4 0.0487066 0.0611854
9 4 0.000644112 0.142756
10 4 0.0144065 0.0217885
11 4 0.0183501 0.0230514
12 4 0.00336023 0.374047
13 4 0 0.433085
17 4 0.0037727 0.520249
e
3 5 0.0108068 0.54268
4 5 0.0136232 0.68411
14 5 0 1.04099
e
0 6 0.984668 0.988041
1 6 0.517897 0.562454
2 6 0.0594491 0.211576
3 6 0.54268 0.543148
4 6 0.68411 0.684286
5 6 0.0383677 0.118648
6 6 0.0502269 0.119098
7 6 0.0245362 0.0664252
8 6 0.0611854 0.230824
9 6 0.142756 1.1087
10 6 0.0217885 0.0730424
11 6 0.0230514 0.0869621
15 6 0.000440935 0.661689
e
7 7 0.0664252 0.305835
11 7 0.0869621 0.490292
e
0 8 0.988041 0.988341
1 8 0.562454 0.567175
2 8 0.211576 0.21912
3 8 0.543148 0.544563
4 8 0.684286 0.685407
5 8 0.118648 0.118912
6 8 0.119098 0.120303
7 8 0.305835 0.31474
8 8 0.230824 0.231477
9 8 1.1087 1.11242
10 8 0.0730424 0.0736913
11 8 0.490292 0.490626
12 8 0.374047 0.379594
13 8 0.433085 0.439565
14 8 1.04099 1.04237
15 8 0.661689 0.674881
16 8 0.0107145 0.0239787
17 8 0.520249 0.524919
e
0 9 0.988341 0.989397
1 9 0.567175 0.57696
2 9 0.21912 0.340026
3 9 0.544563 0.563113
4 9 0.685407 0.697099
5 9 0.118912 0.128986
6 9 0.120303 0.195204
7 9 0.31474 0.446158
8 9 0.231477 0.343934
9 9 1.11242 1.35636
10 9 0.0736913 0.240004
11 9 0.490626 0.601589
12 9 0.379594 1.01589
13 9 0.439565 1.18297
14 9 1.04237 1.07868
15 9 0.674881 1.23848
16 9 0.0239787 1.03844
17 9 0.524919 0.882121
e
0 10 0.989397 1.0343
1 10 0.57696 0.769733
2 10 0.340026 0.9912
3 10 0.563113 0.578414
4 10 0.697099 0.716388
5 10 0.128986 0.83311
6 10 0.195204 0.934814
7 10 0.446158 0.816333
8 10 0.343934 1.68073
10 10 0.240004 0.623423
11 10 0.601589 1.01971
e
0 11 1.0343 1.03643
1 11 0.769733 0.791487
2 11 0.9912 1.00848
3 11 0.578414 0.704785
4 11 0.716388 0.731624
5 11 0.83311 0.834372
6 11 -0.000551792 0
7 11 0.816333 0.819074
8 11 -0.0188269 0
9 11 -0.0679393 0
10 11 -0.000762883 0
11 11 -0.0330996 0
12 11 -0.13769 0
13 11 -0.667514 0
14 11 -0.0109083 0
15 11 -0.00836907 0
16 11 1.03844 1.76468
17 11 0.882121 0.945306
e
0 12 -0.0364342 0
1 12 0.791487 1
2 12 -0.00847602 0
3 12 0.704785 1
4 12 0.731624 1
5 12 0.834372 1
6 12 0.934814 1.00055
7 12 0.819074 1
8 12 -0.680731 -0.0188269
9 12 -0.35636 -0.0679393
10 12 0.623423 1.00076
11 12 1.01971 1.0331
12 12 1.01589 1.13769
13 12 1.18297 1.66751
14 12 -0.0786807 -0.0109083
15 12 -0.238478 -0.00836907
16 12 -0.76468 0
17 12 0.945306 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [2.0564e-05:2.04571]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     8.02602e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 80.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin-then-futex cross-core", \
     0.000144323 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 144.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.681905
1 0.0223866
2 0.00491743
3 0.00674753
4 0.00535258
5 0.0093186
6 0.0108623
7 0.0178583
8 0.00584343
9 0.00102622
10 0.019756
11 0.0155103
12 0.000196713
13 0.000168371
14 0.00344752
15 0.00149909
16 6.1692e-05
17 0.000175206
e
unset multiplot
unset logscale y
set output
