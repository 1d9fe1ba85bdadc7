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
0 1 0 0.0169836
5 1 0 0.158394
6 1 0 0.00568775
8 1 0 0.152678
10 1 0 0.096879
11 1 0 0.0432986
e
0 2 0.0169836 0.0222802
1 2 0 0.000738647
2 2 0 0.0132627
5 2 0.158394 0.2661
6 2 0.00568775 0.0133788
7 2 0 0.003476
8 2 0.152678 0.256497
9 2 0 0.0399516
10 2 0.096879 0.162755
11 2 0.0432986 0.072741
12 2 0 0.0314355
15 2 0 0.0170321
16 2 0 0.049368
17 2 0 0.0397486
e
1 3 0.000738647 0.00165535
e
0 4 0.0222802 0.0223264
1 4 0.00165535 0.00166887
2 4 0.0132627 0.0135521
3 4 0 3.97211e-06
4 4 0 2.7767e-05
5 4 0.2661 0.266234
6 4 0.0133788 0.0134509
7 4 0.003476 0.00358975
8 4 0.256497 0.256626
9 4 0.0399516 0.0403874
10 4 0.162755 0.162919
11 4 0.072741 0.0727775
12 4 0.0314355 0.031607
13 4 0 0.000178314
17 4 0.0397486 0.0992263
e
3 5 3.97211e-06 0.02348
4 5 2.7767e-05 0.164137
14 5 0 0.399436
e
0 6 0.0223264 0.0277133
1 6 0.00166887 0.00499214
2 6 0.0135521 0.0631149
3 6 0.02348 0.0262562
4 6 0.164137 0.17739
5 6 0.266234 0.334588
6 6 0.0134509 0.0227344
7 6 0.00358975 0.0129307
8 6 0.256626 0.277276
9 6 0.0403874 0.075354
10 6 0.162919 0.170797
11 6 0.0727775 0.0786337
15 6 0.0170321 0.0319391
e
7 7 0.0129307 0.496576
11 7 0.0786337 0.500985
e
0 12 0.0277133 1
1 12 0.00499214 1
2 12 0.0631149 1
3 12 0.0262562 1
4 12 0.17739 1
5 12 0.334588 1
6 12 0.0227344 1
7 12 0.496576 1
8 12 0.277276 1
9 12 0.075354 1
10 12 0.170797 1
11 12 0.500985 1
12 12 0.031607 1
13 12 0.000178314 1
14 12 0.399436 1
15 12 0.0319391 1
16 12 0.049368 1
17 12 0.0992263 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.6955e-08:0.00563943]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     5.08651e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 51 ns:", \
     NaN with lines lc rgb 'white' title "  shm/spin same-cpu", \
     2.36447e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 236 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 0.00131236
1 0.00185339
2 0.000103222
3 0.00187981
4 0.00026891
5 5.593e-05
6 0.000310491
7 0.000393844
8 5.8024e-05
9 3.42665e-05
10 9.1444e-05
11 0.000204602
12 4.35495e-05
13 4.18745e-05
14 0.000110482
15 8.03775e-05
16 2.77305e-05
17 3.44415e-05
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
0 1 0 0.0169836
5 1 0 0.158394
6 1 0 0.00568775
8 1 0 0.152678
10 1 0 0.096879
11 1 0 0.0432986
e
0 2 0.0169836 0.0222802
1 2 0 0.000738647
2 2 0 0.0132627
5 2 0.158394 0.2661
6 2 0.00568775 0.0133788
7 2 0 0.003476
8 2 0.152678 0.256497
9 2 0 0.0399516
10 2 0.096879 0.162755
11 2 0.0432986 0.072741
12 2 0 0.0314355
15 2 0 0.0170321
16 2 0 0.049368
17 2 0 0.0397486
e
1 3 0.000738647 0.00165535
e
0 4 0.0222802 0.0223264
1 4 0.00165535 0.00166887
2 4 0.0132627 0.0135521
3 4 0 3.97211e-06
4 4 0 2.7767e-05
5 4 0.2661 0.266234
6 4 0.0133788 0.0134509
7 4 0.003476 0.00358975
8 4 0.256497 0.256626
9 4 0.0399516 0.0403874
10 4 0.162755 0.162919
11 4 0.072741 0.0727775
12 4 0.0314355 0.031607
13 4 0 0.000178314
17 4 0.0397486 0.0992263
e
3 5 3.97211e-06 0.02348
4 5 2.7767e-05 0.164137
14 5 0 0.399436
e
0 6 0.0223264 0.0277133
1 6 0.00166887 0.00499214
2 6 0.0135521 0.0631149
3 6 0.02348 0.0262562
4 6 0.164137 0.17739
5 6 0.266234 0.334588
6 6 0.0134509 0.0227344
7 6 0.00358975 0.0129307
8 6 0.256626 0.277276
9 6 0.0403874 0.075354
10 6 0.162919 0.170797
11 6 0.0727775 0.0786337
15 6 0.0170321 0.0319391
e
7 7 0.0129307 0.496576
11 7 0.0786337 0.500985
e
0 12 0.0277133 1
1 12 0.00499214 1
2 12 0.0631149 1
3 12 0.0262562 1
4 12 0.17739 1
5 12 0.334588 1
6 12 0.0227344 1
7 12 0.496576 1
8 12 0.277276 1
9 12 0.075354 1
10 12 0.170797 1
11 12 0.500985 1
12 12 0.031607 1
13 12 0.000178314 1
14 12 0.399436 1
15 12 0.0319391 1
16 12 0.049368 1
17 12 0.0992263 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.6955e-08:0.00563943]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     5.08651e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 51 ns:", \
     NaN with lines lc rgb 'white' title "  shm/spin same-cpu", \
     2.36447e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 236 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 0.00131236
1 0.00185339
2 0.000103222
3 0.00187981
4 0.00026891
5 5.593e-05
6 0.000310491
7 0.000393844
8 5.8024e-05
9 3.42665e-05
10 9.1444e-05
11 0.000204602
12 4.35495e-05
13 4.18745e-05
14 0.000110482
15 8.03775e-05
16 2.77305e-05
17 3.44415e-05
e
unset multiplot
unset logscale y
set output
