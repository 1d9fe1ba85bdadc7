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
0 1 0 0.0106068
5 1 0 0.116399
6 1 0 0.00263587
8 1 0 0.0940212
10 1 0 0.0352452
11 1 0 0.0170432
e
0 2 0.0106068 0.0138734
1 2 0 0.000617998
2 2 0 0.00775613
5 2 0.116399 0.195387
6 2 0.00263587 0.00574144
7 2 0 0.00116118
8 2 0.0940212 0.157824
9 2 0 0.024456
10 2 0.0352452 0.0591625
11 2 0.0170432 0.0286087
12 2 0 0.0234453
15 2 0 0.00494529
16 2 0 0.0289106
17 2 0 0.0281728
e
1 3 0.000617998 0.00135121
e
0 4 0.0138734 0.0139133
1 4 0.00135121 0.00136935
2 4 0.00775613 0.0080887
3 4 0 5.28746e-06
4 4 0 1.53105e-05
5 4 0.195387 0.195556
6 4 0.00574144 0.00579657
7 4 0.00116118 0.00123586
8 4 0.157824 0.157961
9 4 0.024456 0.0249803
10 4 0.0591625 0.0592651
11 4 0.0286087 0.0286335
12 4 0.0234453 0.0236966
13 4 0 0.000165292
17 4 0.0281728 0.0796902
e
3 5 5.28746e-06 0.0330407
4 5 1.53105e-05 0.0956733
14 5 0 0.270419
e
0 6 0.0139133 0.0240736
1 6 0.00136935 0.0101529
2 6 0.0080887 0.102874
3 6 0.0330407 0.038998
4 6 0.0956733 0.107833
5 6 0.195556 0.334972
6 6 0.00579657 0.0171983
7 6 0.00123586 0.0114402
8 6 0.157961 0.188657
9 6 0.0249803 0.0837878
10 6 0.0592651 0.0624316
11 6 0.0286335 0.0341977
15 6 0.00494529 0.0168369
e
7 7 0.0114402 0.490733
11 7 0.0341977 0.285439
e
0 12 0.0240736 1
1 12 0.0101529 1
2 12 0.102874 1
3 12 0.038998 1
4 12 0.107833 1
5 12 0.334972 1
6 12 0.0171983 1
7 12 0.490733 1
8 12 0.188657 1
9 12 0.0837878 1
10 12 0.0624316 1
11 12 0.285439 1
12 12 0.0236966 1
13 12 0.000165292 1
14 12 0.270419 1
15 12 0.0168369 1
16 12 0.0289106 1
17 12 0.0796902 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.07738e-08:0.00322953]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     3.23214e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 32 ns:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     9.68816e-08 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 97 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 0.000852568
1 0.000859227
2 6.8462e-05
3 0.00107651
4 0.000371772
5 3.36e-05
6 0.000309765
7 0.000457295
8 4.1597e-05
9 2.17125e-05
10 0.000110966
11 0.000229476
12 2.26485e-05
13 3.4436e-05
14 0.000131511
15 0.000107375
16 1.8367e-05
17 1.8848e-05
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
0 1 0 0.0106068
5 1 0 0.116399
6 1 0 0.00263587
8 1 0 0.0940212
10 1 0 0.0352452
11 1 0 0.0170432
e
0 2 0.0106068 0.0138734
1 2 0 0.000617998
2 2 0 0.00775613
5 2 0.116399 0.195387
6 2 0.00263587 0.00574144
7 2 0 0.00116118
8 2 0.0940212 0.157824
9 2 0 0.024456
10 2 0.0352452 0.0591625
11 2 0.0170432 0.0286087
12 2 0 0.0234453
15 2 0 0.00494529
16 2 0 0.0289106
17 2 0 0.0281728
e
1 3 0.000617998 0.00135121
e
0 4 0.0138734 0.0139133
1 4 0.00135121 0.00136935
2 4 0.00775613 0.0080887
3 4 0 5.28746e-06
4 4 0 1.53105e-05
5 4 0.195387 0.195556
6 4 0.00574144 0.00579657
7 4 0.00116118 0.00123586
8 4 0.157824 0.157961
9 4 0.024456 0.0249803
10 4 0.0591625 0.0592651
11 4 0.0286087 0.0286335
12 4 0.0234453 0.0236966
13 4 0 0.000165292
17 4 0.0281728 0.0796902
e
3 5 5.28746e-06 0.0330407
4 5 1.53105e-05 0.0956733
14 5 0 0.270419
e
0 6 0.0139133 0.0240736
1 6 0.00136935 0.0101529
2 6 0.0080887 0.102874
3 6 0.0330407 0.038998
4 6 0.0956733 0.107833
5 6 0.195556 0.334972
6 6 0.00579657 0.0171983
7 6 0.00123586 0.0114402
8 6 0.157961 0.188657
9 6 0.0249803 0.0837878
10 6 0.0592651 0.0624316
11 6 0.0286335 0.0341977
15 6 0.00494529 0.0168369
e
7 7 0.0114402 0.490733
11 7 0.0341977 0.285439
e
0 12 0.0240736 1
1 12 0.0101529 1
2 12 0.102874 1
3 12 0.038998 1
4 12 0.107833 1
5 12 0.334972 1
6 12 0.0171983 1
7 12 0.490733 1
8 12 0.188657 1
9 12 0.0837878 1
10 12 0.0624316 1
11 12 0.285439 1
12 12 0.0236966 1
13 12 0.000165292 1
14 12 0.270419 1
15 12 0.0168369 1
16 12 0.0289106 1
17 12 0.0796902 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.07738e-08:0.00322953]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     3.23214e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 32 ns:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     9.68816e-08 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 97 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 0.000852568
1 0.000859227
2 6.8462e-05
3 0.00107651
4 0.000371772
5 3.36e-05
6 0.000309765
7 0.000457295
8 4.1597e-05
9 2.17125e-05
10 0.000110966
11 0.000229476
12 2.26485e-05
13 3.4436e-05
14 0.000131511
15 0.000107375
16 1.8367e-05
17 1.8848e-05
e
unset multiplot
unset logscale y
set output
