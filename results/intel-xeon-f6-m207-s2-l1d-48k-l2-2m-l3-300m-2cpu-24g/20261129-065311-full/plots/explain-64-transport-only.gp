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
0 1 0 0.00272535
5 1 0 0.100912
6 1 0 0.00358154
8 1 0 0.0866769
10 1 0 0.0678733
11 1 0 0.0198159
e
0 2 0.00272535 0.00359504
1 2 0 0.000452759
2 2 0 0.0064375
5 2 0.100912 0.16713
6 2 0.00358154 0.00786875
7 2 0 0.00173291
8 2 0.0866769 0.143553
9 2 0 0.01883
10 2 0.0678733 0.112411
11 2 0.0198159 0.0328188
12 2 0 0.0161916
15 2 0 0.00837682
16 2 0 0.0254998
17 2 0 0.0212353
e
1 3 0.000452759 0.00108501
e
0 4 0.00359504 0.00360425
1 4 0.00108501 0.00109713
2 4 0.0064375 0.00666179
3 4 0 2.48843e-06
4 4 0 2.51338e-05
5 4 0.16713 0.167241
6 4 0.00786875 0.00793002
7 4 0.00173291 0.00182348
8 4 0.143553 0.143649
9 4 0.01883 0.019158
10 4 0.112411 0.11256
11 4 0.0328188 0.0328406
12 4 0.0161916 0.0163326
13 4 0 0.000125677
17 4 0.0212353 0.0580362
e
3 5 2.48843e-06 0.0149659
4 5 2.51338e-05 0.15116
14 5 0 0.334206
e
0 6 0.00360425 0.00494307
1 6 0.00109713 0.00466495
2 6 0.00666179 0.0399235
3 6 0.0149659 0.0168734
4 6 0.15116 0.161379
5 6 0.167241 0.229499
6 6 0.00793002 0.0165767
7 6 0.00182348 0.0082621
8 6 0.143649 0.161146
9 6 0.019158 0.0492939
10 6 0.11256 0.120597
11 6 0.0328406 0.0368408
15 6 0.00837682 0.0217833
e
7 7 0.0082621 0.494997
11 7 0.0368408 0.438434
e
0 12 0.00494307 1
1 12 0.00466495 1
2 12 0.0399235 1
3 12 0.0168734 1
4 12 0.161379 1
5 12 0.229499 1
6 12 0.0165767 1
7 12 0.494997 1
8 12 0.161146 1
9 12 0.0492939 1
10 12 0.120597 1
11 12 0.438434 1
12 12 0.0163326 1
13 12 0.000125677 1
14 12 0.334206 1
15 12 0.0217833 1
16 12 0.0254998 1
17 12 0.0580362 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.11928e-08:0.0125252]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     3.35785e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 34 ns:", \
     NaN with lines lc rgb 'white' title "  shm/spin same-cpu", \
     2.7448e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 274 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 0.00417506
1 0.00136496
2 9.6e-05
3 0.0021632
4 0.000214173
5 4.8552e-05
6 0.000263574
7 0.000356625
8 5.6526e-05
9 3.282e-05
10 7.2186e-05
11 0.000247251
12 3.8168e-05
13 4.2832e-05
14 9.68535e-05
15 7.3775e-05
16 2.42355e-05
17 2.91025e-05
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
0 1 0 0.00272535
5 1 0 0.100912
6 1 0 0.00358154
8 1 0 0.0866769
10 1 0 0.0678733
11 1 0 0.0198159
e
0 2 0.00272535 0.00359504
1 2 0 0.000452759
2 2 0 0.0064375
5 2 0.100912 0.16713
6 2 0.00358154 0.00786875
7 2 0 0.00173291
8 2 0.0866769 0.143553
9 2 0 0.01883
10 2 0.0678733 0.112411
11 2 0.0198159 0.0328188
12 2 0 0.0161916
15 2 0 0.00837682
16 2 0 0.0254998
17 2 0 0.0212353
e
1 3 0.000452759 0.00108501
e
0 4 0.00359504 0.00360425
1 4 0.00108501 0.00109713
2 4 0.0064375 0.00666179
3 4 0 2.48843e-06
4 4 0 2.51338e-05
5 4 0.16713 0.167241
6 4 0.00786875 0.00793002
7 4 0.00173291 0.00182348
8 4 0.143553 0.143649
9 4 0.01883 0.019158
10 4 0.112411 0.11256
11 4 0.0328188 0.0328406
12 4 0.0161916 0.0163326
13 4 0 0.000125677
17 4 0.0212353 0.0580362
e
3 5 2.48843e-06 0.0149659
4 5 2.51338e-05 0.15116
14 5 0 0.334206
e
0 6 0.00360425 0.00494307
1 6 0.00109713 0.00466495
2 6 0.00666179 0.0399235
3 6 0.0149659 0.0168734
4 6 0.15116 0.161379
5 6 0.167241 0.229499
6 6 0.00793002 0.0165767
7 6 0.00182348 0.0082621
8 6 0.143649 0.161146
9 6 0.019158 0.0492939
10 6 0.11256 0.120597
11 6 0.0328406 0.0368408
15 6 0.00837682 0.0217833
e
7 7 0.0082621 0.494997
11 7 0.0368408 0.438434
e
0 12 0.00494307 1
1 12 0.00466495 1
2 12 0.0399235 1
3 12 0.0168734 1
4 12 0.161379 1
5 12 0.229499 1
6 12 0.0165767 1
7 12 0.494997 1
8 12 0.161146 1
9 12 0.0492939 1
10 12 0.120597 1
11 12 0.438434 1
12 12 0.0163326 1
13 12 0.000125677 1
14 12 0.334206 1
15 12 0.0217833 1
16 12 0.0254998 1
17 12 0.0580362 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.11928e-08:0.0125252]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     3.35785e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 34 ns:", \
     NaN with lines lc rgb 'white' title "  shm/spin same-cpu", \
     2.7448e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 274 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 0.00417506
1 0.00136496
2 9.6e-05
3 0.0021632
4 0.000214173
5 4.8552e-05
6 0.000263574
7 0.000356625
8 5.6526e-05
9 3.282e-05
10 7.2186e-05
11 0.000247251
12 3.8168e-05
13 4.2832e-05
14 9.68535e-05
15 7.3775e-05
16 2.42355e-05
17 2.91025e-05
e
unset multiplot
unset logscale y
set output
