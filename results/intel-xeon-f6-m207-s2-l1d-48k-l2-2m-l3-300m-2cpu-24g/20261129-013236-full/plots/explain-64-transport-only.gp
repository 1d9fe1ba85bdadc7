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
0 1 0 0.0127231
5 1 0 0.195219
6 1 0 0.00299717
8 1 0 0.161511
10 1 0 0.13035
11 1 0 0.0511323
e
0 2 0.0127231 0.0170462
1 2 0 0.000771107
2 2 0 0.00959721
5 2 0.195219 0.330872
6 2 0.00299717 0.00816639
7 2 0 0.002442
8 2 0.161511 0.273741
9 2 0 0.0369431
10 2 0.13035 0.220928
11 2 0.0511323 0.086663
12 2 0 0.0340235
15 2 0 0.0163636
16 2 0 0.0469859
17 2 0 0.0358674
e
1 3 0.000771107 0.0018229
e
0 4 0.0170462 0.0170733
1 4 0.0018229 0.00183424
2 4 0.00959721 0.00976881
3 4 0 2.73516e-06
4 4 0 2.20871e-05
5 4 0.330872 0.330989
6 4 0.00816639 0.00821415
7 4 0.002442 0.00250749
8 4 0.273741 0.273838
9 4 0.0369431 0.0372733
10 4 0.220928 0.221084
11 4 0.086663 0.0866937
12 4 0.0340235 0.0341755
13 4 0 0.000154341
17 4 0.0358674 0.070306
e
3 5 2.73516e-06 0.0178753
4 5 2.20871e-05 0.144348
14 5 0 0.279371
e
0 6 0.0170733 0.0218033
1 6 0.00183424 0.00597604
2 6 0.00976881 0.0590453
3 6 0.0178753 0.0206601
4 6 0.144348 0.161737
5 6 0.330989 0.418413
6 6 0.00821415 0.0171662
7 6 0.00250749 0.0115238
8 6 0.273838 0.294731
9 6 0.0372733 0.0728505
10 6 0.221084 0.232472
11 6 0.0866937 0.0933081
15 6 0.0163636 0.0321222
e
7 7 0.0115238 0.466013
11 7 0.0933081 0.580166
e
0 12 0.0218033 1
1 12 0.00597604 1
2 12 0.0590453 1
3 12 0.0206601 1
4 12 0.161737 1
5 12 0.418413 1
6 12 0.0171662 1
7 12 0.466013 1
8 12 0.294731 1
9 12 0.0728505 1
10 12 0.232472 1
11 12 0.580166 1
12 12 0.0341755 1
13 12 0.000154341 1
14 12 0.279371 1
15 12 0.0321222 1
16 12 0.0469859 1
17 12 0.070306 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.29988e-08:0.00535375]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     3.89963e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 39 ns:", \
     NaN with lines lc rgb 'white' title "  shm/spin same-cpu", \
     2.30811e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 231 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.00142328
1 0.00141615
2 0.000113783
3 0.00178458
4 0.000220994
5 4.1643e-05
6 0.000306623
7 0.000447175
8 5.0334e-05
9 2.9559e-05
10 6.23665e-05
11 0.00015899
12 3.20955e-05
13 3.16255e-05
14 0.000114167
15 6.67335e-05
16 2.3241e-05
17 3.04455e-05
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
0 1 0 0.0127231
5 1 0 0.195219
6 1 0 0.00299717
8 1 0 0.161511
10 1 0 0.13035
11 1 0 0.0511323
e
0 2 0.0127231 0.0170462
1 2 0 0.000771107
2 2 0 0.00959721
5 2 0.195219 0.330872
6 2 0.00299717 0.00816639
7 2 0 0.002442
8 2 0.161511 0.273741
9 2 0 0.0369431
10 2 0.13035 0.220928
11 2 0.0511323 0.086663
12 2 0 0.0340235
15 2 0 0.0163636
16 2 0 0.0469859
17 2 0 0.0358674
e
1 3 0.000771107 0.0018229
e
0 4 0.0170462 0.0170733
1 4 0.0018229 0.00183424
2 4 0.00959721 0.00976881
3 4 0 2.73516e-06
4 4 0 2.20871e-05
5 4 0.330872 0.330989
6 4 0.00816639 0.00821415
7 4 0.002442 0.00250749
8 4 0.273741 0.273838
9 4 0.0369431 0.0372733
10 4 0.220928 0.221084
11 4 0.086663 0.0866937
12 4 0.0340235 0.0341755
13 4 0 0.000154341
17 4 0.0358674 0.070306
e
3 5 2.73516e-06 0.0178753
4 5 2.20871e-05 0.144348
14 5 0 0.279371
e
0 6 0.0170733 0.0218033
1 6 0.00183424 0.00597604
2 6 0.00976881 0.0590453
3 6 0.0178753 0.0206601
4 6 0.144348 0.161737
5 6 0.330989 0.418413
6 6 0.00821415 0.0171662
7 6 0.00250749 0.0115238
8 6 0.273838 0.294731
9 6 0.0372733 0.0728505
10 6 0.221084 0.232472
11 6 0.0866937 0.0933081
15 6 0.0163636 0.0321222
e
7 7 0.0115238 0.466013
11 7 0.0933081 0.580166
e
0 12 0.0218033 1
1 12 0.00597604 1
2 12 0.0590453 1
3 12 0.0206601 1
4 12 0.161737 1
5 12 0.418413 1
6 12 0.0171662 1
7 12 0.466013 1
8 12 0.294731 1
9 12 0.0728505 1
10 12 0.232472 1
11 12 0.580166 1
12 12 0.0341755 1
13 12 0.000154341 1
14 12 0.279371 1
15 12 0.0321222 1
16 12 0.0469859 1
17 12 0.070306 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.29988e-08:0.00535375]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     3.89963e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 39 ns:", \
     NaN with lines lc rgb 'white' title "  shm/spin same-cpu", \
     2.30811e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 231 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.00142328
1 0.00141615
2 0.000113783
3 0.00178458
4 0.000220994
5 4.1643e-05
6 0.000306623
7 0.000447175
8 5.0334e-05
9 2.9559e-05
10 6.23665e-05
11 0.00015899
12 3.20955e-05
13 3.16255e-05
14 0.000114167
15 6.67335e-05
16 2.3241e-05
17 3.04455e-05
e
unset multiplot
unset logscale y
set output
