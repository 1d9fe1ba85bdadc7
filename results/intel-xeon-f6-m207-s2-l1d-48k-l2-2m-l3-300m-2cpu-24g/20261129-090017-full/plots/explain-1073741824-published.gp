# explain.py: explain-1073741824-published; data inline, run `gnuplot explain-1073741824-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-published.png"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-51.452155:151.452155]
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
0 0 0 0.0145798
1 0 0 0.2174
2 0 0 0.405377
3 0 0 0.764744
4 0 0 0.735238
5 0 0 0.576579
6 0 0 0.368678
8 0 0 0.586291
9 0 0 0.909747
10 0 0 0.484246
11 0 0 0.336335
12 0 0 0.932108
13 0 0 0.707995
14 0 0 1.04282
15 0 0 0.767899
16 0 0 1.45486
17 0 0 1.29747
e
5 1 0.576579 0.898355
6 1 0.368678 0.579308
8 1 0.586291 0.913487
10 1 0.484246 0.754493
11 1 0.336335 0.524035
e
1 2 0.2174 0.2174
2 2 0.405377 0.405377
5 2 0.898355 0.995433
6 2 0.579308 0.708071
8 2 0.913487 1.0122
9 2 0.909747 0.909747
10 2 0.754493 0.836025
11 2 0.524035 0.580663
12 2 0.932108 0.932108
15 2 0.767899 0.767899
16 2 1.45486 1.45486
17 2 1.29747 1.29747
e
1 3 0.2174 0.564559
e
1 4 0.564559 0.582294
2 4 0.405377 0.449572
3 4 0.764744 0.785588
4 4 0.735238 0.755277
5 4 0.995433 1.01115
6 4 0.708071 0.738216
8 4 1.0122 1.02818
9 4 0.909747 0.959339
10 4 0.836025 0.862422
11 4 0.580663 0.58983
12 4 0.932108 0.957513
13 4 0.707995 0.727292
16 4 1.45486 1.49451
17 4 1.29747 1.37638
e
3 5 0.785588 0.947126
4 5 0.755277 0.910583
14 5 1.04282 1.2631
e
1 6 0.582294 0.606216
2 6 0.449572 0.483026
5 6 1.01115 1.05873
6 6 0.738216 0.768641
8 6 1.02818 1.06068
9 6 0.959339 1.00977
10 6 0.862422 0.944011
11 6 0.58983 0.608477
15 6 0.767899 0.810471
e
11 7 0.608477 0.956647
e
0 8 0.0145798 0.0145798
1 8 0.606216 0.606216
2 8 0.483026 0.483026
3 8 0.947126 0.947126
4 8 0.910583 0.910583
5 8 1.05873 1.05875
6 8 0.768641 0.768642
8 8 1.06068 1.06069
9 8 1.00977 1.00978
10 8 0.944011 0.944243
11 8 0.956647 0.956648
12 8 0.957513 0.957514
13 8 0.727292 0.727292
14 8 1.2631 1.2631
15 8 0.810471 0.810472
16 8 1.49451 1.49451
17 8 1.37638 1.37638
e
0 9 0.0145798 0.0146536
1 9 0.606216 0.606657
2 9 0.483026 0.483235
3 9 0.947126 0.947182
4 9 0.910583 0.910595
5 9 1.05875 1.05927
6 9 0.768642 0.770163
8 9 1.06069 1.06395
9 9 1.00978 1.01476
10 9 0.944243 0.95482
11 9 0.956648 0.960312
13 9 0.727292 0.727292
14 9 -2.77709e-06 0
15 9 0.810472 0.815844
e
0 10 0.0146536 0.0991064
1 10 0.606657 0.838761
2 10 0.483235 0.882381
3 10 0.947182 0.954164
4 10 0.910595 0.917511
5 10 1.05927 1.22254
6 10 0.770163 1.03037
8 10 1.06395 1.23007
9 10 1.01476 1.27215
10 10 0.95482 1.10023
11 10 0.960312 1.05563
12 10 -2.01465e-08 0
13 10 -1.53026e-08 0
14 10 -2.79963e-06 -2.77709e-06
15 10 0.815844 0.924192
e
0 11 0.0991064 0.0991123
1 11 0.838761 0.838865
2 11 0.882381 0.882389
3 11 0.954164 0.954531
4 11 0.917511 0.917568
5 11 1.22254 1.22254
6 11 1.03037 1.03041
8 11 1.23007 1.23008
9 11 1.27215 1.27216
10 11 1.10023 1.10024
11 11 1.05563 1.05563
12 11 0.957514 0.957524
13 11 0.727292 0.727298
14 11 1.2631 1.26312
15 11 0.924192 0.924203
16 11 1.49451 1.49452
17 11 1.37638 1.37639
e
0 12 0.0991123 1
1 12 0.838865 1
2 12 0.882389 1
3 12 0.954531 1
4 12 0.917568 1
5 12 -0.222545 0
6 12 -0.0304077 0
8 12 -0.230079 0
9 12 -0.272157 0
10 12 -0.100243 0
11 12 -0.0556306 0
12 12 0.957524 1
13 12 0.727298 1
14 12 -0.263123 -2.79963e-06
15 12 0.924203 1
16 12 -0.494522 0
17 12 -0.376387 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.0466076:872.799]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.146315 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 146.31 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.139823 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 139.82 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 290.933
1 19.5113
2 10.4637
3 5.54663
4 5.76923
5 7.35676
6 11.5053
8 7.2349
9 4.66257
10 8.7595
11 12.6117
12 4.55071
13 5.99123
14 4.06757
15 5.52385
16 2.91558
17 3.26925
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
set yrange [-51.452155:151.452155]
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
0 0 0 0.0145798
1 0 0 0.2174
2 0 0 0.405377
3 0 0 0.764744
4 0 0 0.735238
5 0 0 0.576579
6 0 0 0.368678
8 0 0 0.586291
9 0 0 0.909747
10 0 0 0.484246
11 0 0 0.336335
12 0 0 0.932108
13 0 0 0.707995
14 0 0 1.04282
15 0 0 0.767899
16 0 0 1.45486
17 0 0 1.29747
e
5 1 0.576579 0.898355
6 1 0.368678 0.579308
8 1 0.586291 0.913487
10 1 0.484246 0.754493
11 1 0.336335 0.524035
e
1 2 0.2174 0.2174
2 2 0.405377 0.405377
5 2 0.898355 0.995433
6 2 0.579308 0.708071
8 2 0.913487 1.0122
9 2 0.909747 0.909747
10 2 0.754493 0.836025
11 2 0.524035 0.580663
12 2 0.932108 0.932108
15 2 0.767899 0.767899
16 2 1.45486 1.45486
17 2 1.29747 1.29747
e
1 3 0.2174 0.564559
e
1 4 0.564559 0.582294
2 4 0.405377 0.449572
3 4 0.764744 0.785588
4 4 0.735238 0.755277
5 4 0.995433 1.01115
6 4 0.708071 0.738216
8 4 1.0122 1.02818
9 4 0.909747 0.959339
10 4 0.836025 0.862422
11 4 0.580663 0.58983
12 4 0.932108 0.957513
13 4 0.707995 0.727292
16 4 1.45486 1.49451
17 4 1.29747 1.37638
e
3 5 0.785588 0.947126
4 5 0.755277 0.910583
14 5 1.04282 1.2631
e
1 6 0.582294 0.606216
2 6 0.449572 0.483026
5 6 1.01115 1.05873
6 6 0.738216 0.768641
8 6 1.02818 1.06068
9 6 0.959339 1.00977
10 6 0.862422 0.944011
11 6 0.58983 0.608477
15 6 0.767899 0.810471
e
11 7 0.608477 0.956647
e
0 8 0.0145798 0.0145798
1 8 0.606216 0.606216
2 8 0.483026 0.483026
3 8 0.947126 0.947126
4 8 0.910583 0.910583
5 8 1.05873 1.05875
6 8 0.768641 0.768642
8 8 1.06068 1.06069
9 8 1.00977 1.00978
10 8 0.944011 0.944243
11 8 0.956647 0.956648
12 8 0.957513 0.957514
13 8 0.727292 0.727292
14 8 1.2631 1.2631
15 8 0.810471 0.810472
16 8 1.49451 1.49451
17 8 1.37638 1.37638
e
0 9 0.0145798 0.0146536
1 9 0.606216 0.606657
2 9 0.483026 0.483235
3 9 0.947126 0.947182
4 9 0.910583 0.910595
5 9 1.05875 1.05927
6 9 0.768642 0.770163
8 9 1.06069 1.06395
9 9 1.00978 1.01476
10 9 0.944243 0.95482
11 9 0.956648 0.960312
13 9 0.727292 0.727292
14 9 -2.77709e-06 0
15 9 0.810472 0.815844
e
0 10 0.0146536 0.0991064
1 10 0.606657 0.838761
2 10 0.483235 0.882381
3 10 0.947182 0.954164
4 10 0.910595 0.917511
5 10 1.05927 1.22254
6 10 0.770163 1.03037
8 10 1.06395 1.23007
9 10 1.01476 1.27215
10 10 0.95482 1.10023
11 10 0.960312 1.05563
12 10 -2.01465e-08 0
13 10 -1.53026e-08 0
14 10 -2.79963e-06 -2.77709e-06
15 10 0.815844 0.924192
e
0 11 0.0991064 0.0991123
1 11 0.838761 0.838865
2 11 0.882381 0.882389
3 11 0.954164 0.954531
4 11 0.917511 0.917568
5 11 1.22254 1.22254
6 11 1.03037 1.03041
8 11 1.23007 1.23008
9 11 1.27215 1.27216
10 11 1.10023 1.10024
11 11 1.05563 1.05563
12 11 0.957514 0.957524
13 11 0.727292 0.727298
14 11 1.2631 1.26312
15 11 0.924192 0.924203
16 11 1.49451 1.49452
17 11 1.37638 1.37639
e
0 12 0.0991123 1
1 12 0.838865 1
2 12 0.882389 1
3 12 0.954531 1
4 12 0.917568 1
5 12 -0.222545 0
6 12 -0.0304077 0
8 12 -0.230079 0
9 12 -0.272157 0
10 12 -0.100243 0
11 12 -0.0556306 0
12 12 0.957524 1
13 12 0.727298 1
14 12 -0.263123 -2.79963e-06
15 12 0.924203 1
16 12 -0.494522 0
17 12 -0.376387 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.0466076:872.799]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.146315 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 146.31 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.139823 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 139.82 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 290.933
1 19.5113
2 10.4637
3 5.54663
4 5.76923
5 7.35676
6 11.5053
8 7.2349
9 4.66257
10 8.7595
11 12.6117
12 4.55071
13 5.99123
14 4.06757
15 5.52385
16 2.91558
17 3.26925
e
unset multiplot
unset logscale y
set output
