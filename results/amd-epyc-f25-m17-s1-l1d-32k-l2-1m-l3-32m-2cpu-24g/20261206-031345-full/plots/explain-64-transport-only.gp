# explain.py: explain-64-transport-only; data inline, run `gnuplot explain-64-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-64-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 64 B (64 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-2.000000:102.000000]
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
     1/0 with boxes lc rgb "#bcbd22" fs pattern 6 title "system calls", \
     1/0 with boxes lc rgb "#ff7f0e" fs pattern 7 title "wake-ups", \
     1/0 with boxes lc rgb "#e377c2" fs pattern 3 title "page faults", \
     1/0 with boxes lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
0 1 0 0.00891169
5 1 0 0.0764223
6 1 0 0.00189564
8 1 0 0.0829405
10 1 0 0.0300657
11 1 0 0.0172832
e
0 2 0.00891169 0.0116468
1 2 0 0.000733355
2 2 0 0.00820271
5 2 0.0764223 0.126428
6 2 0.00189564 0.00428827
7 2 0 0.00122962
8 2 0.0829405 0.137212
9 2 0 0.026127
10 2 0.0300657 0.0497389
11 2 0.0172832 0.0285923
12 2 0 0.0240778
15 2 0 0.00382261
16 2 0 0.0435255
17 2 0 0.0398976
e
1 3 0.000733355 0.0015203
e
0 4 0.0116468 0.0116802
1 4 0.0015203 0.0015407
2 4 0.00820271 0.00853566
3 4 0 5.5323e-06
4 4 0 2.05266e-05
5 4 0.126428 0.126536
6 4 0.00428827 0.00432868
7 4 0.00122962 0.00130449
8 4 0.137212 0.137328
9 4 0.026127 0.0266573
10 4 0.0497389 0.0498233
11 4 0.0285923 0.0286166
12 4 0.0240778 0.0243221
13 4 0 0.000257557
17 4 0.0398976 0.108954
e
3 5 5.5323e-06 0.0345951
4 5 2.05266e-05 0.128359
14 5 0 0.305511
e
0 6 0.0116802 0.0206126
1 6 0.0015407 0.0119163
2 6 0.00853566 0.124656
3 6 0.0345951 0.0411495
4 6 0.128359 0.148307
5 6 0.126536 0.219359
6 6 0.00432868 0.0131192
7 6 0.00130449 0.0138218
8 6 0.137328 0.174075
9 6 0.0266573 0.110348
10 6 0.0498233 0.053214
11 6 0.0286166 0.0362739
15 6 0.00382261 0.0160672
e
7 7 0.0138218 0.504714
11 7 0.0362739 0.328866
e
0 12 0.0206126 1
1 12 0.0119163 1
2 12 0.124656 1
3 12 0.0411495 1
4 12 0.148307 1
5 12 0.219359 1
6 12 0.0131192 1
7 12 0.504714 1
8 12 0.174075 1
9 12 0.110348 1
10 12 0.053214 1
11 12 0.328866 1
12 12 0.0243221 1
13 12 0.000257557 1
14 12 0.305511 1
15 12 0.0160672 1
16 12 0.0435255 1
17 12 0.108954 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.18097e-08:0.00308703]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     3.54292e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 35 ns:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     1.24399e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 124 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.0010199
1 0.000764978
2 6.8392e-05
3 0.00102901
4 0.000277337
5 5.30735e-05
6 0.000422548
7 0.000456238
8 4.89025e-05
9 2.1472e-05
10 0.000134904
11 0.000234678
12 2.32995e-05
13 2.2103e-05
14 0.000116503
15 0.000146758
16 1.2889e-05
17 1.4061e-05
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-64-transport-only.svg"
set multiplot layout 2,1 title "Where the time goes at 64 B (64 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-2.000000:102.000000]
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
     1/0 with boxes lc rgb "#bcbd22" fs pattern 6 title "system calls", \
     1/0 with boxes lc rgb "#ff7f0e" fs pattern 7 title "wake-ups", \
     1/0 with boxes lc rgb "#e377c2" fs pattern 3 title "page faults", \
     1/0 with boxes lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
0 1 0 0.00891169
5 1 0 0.0764223
6 1 0 0.00189564
8 1 0 0.0829405
10 1 0 0.0300657
11 1 0 0.0172832
e
0 2 0.00891169 0.0116468
1 2 0 0.000733355
2 2 0 0.00820271
5 2 0.0764223 0.126428
6 2 0.00189564 0.00428827
7 2 0 0.00122962
8 2 0.0829405 0.137212
9 2 0 0.026127
10 2 0.0300657 0.0497389
11 2 0.0172832 0.0285923
12 2 0 0.0240778
15 2 0 0.00382261
16 2 0 0.0435255
17 2 0 0.0398976
e
1 3 0.000733355 0.0015203
e
0 4 0.0116468 0.0116802
1 4 0.0015203 0.0015407
2 4 0.00820271 0.00853566
3 4 0 5.5323e-06
4 4 0 2.05266e-05
5 4 0.126428 0.126536
6 4 0.00428827 0.00432868
7 4 0.00122962 0.00130449
8 4 0.137212 0.137328
9 4 0.026127 0.0266573
10 4 0.0497389 0.0498233
11 4 0.0285923 0.0286166
12 4 0.0240778 0.0243221
13 4 0 0.000257557
17 4 0.0398976 0.108954
e
3 5 5.5323e-06 0.0345951
4 5 2.05266e-05 0.128359
14 5 0 0.305511
e
0 6 0.0116802 0.0206126
1 6 0.0015407 0.0119163
2 6 0.00853566 0.124656
3 6 0.0345951 0.0411495
4 6 0.128359 0.148307
5 6 0.126536 0.219359
6 6 0.00432868 0.0131192
7 6 0.00130449 0.0138218
8 6 0.137328 0.174075
9 6 0.0266573 0.110348
10 6 0.0498233 0.053214
11 6 0.0286166 0.0362739
15 6 0.00382261 0.0160672
e
7 7 0.0138218 0.504714
11 7 0.0362739 0.328866
e
0 12 0.0206126 1
1 12 0.0119163 1
2 12 0.124656 1
3 12 0.0411495 1
4 12 0.148307 1
5 12 0.219359 1
6 12 0.0131192 1
7 12 0.504714 1
8 12 0.174075 1
9 12 0.110348 1
10 12 0.053214 1
11 12 0.328866 1
12 12 0.0243221 1
13 12 0.000257557 1
14 12 0.305511 1
15 12 0.0160672 1
16 12 0.0435255 1
17 12 0.108954 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.18097e-08:0.00308703]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     3.54292e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 35 ns:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     1.24399e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 124 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.0010199
1 0.000764978
2 6.8392e-05
3 0.00102901
4 0.000277337
5 5.30735e-05
6 0.000422548
7 0.000456238
8 4.89025e-05
9 2.1472e-05
10 0.000134904
11 0.000234678
12 2.32995e-05
13 2.2103e-05
14 0.000116503
15 0.000146758
16 1.2889e-05
17 1.4061e-05
e
unset multiplot
unset logscale y
set output
