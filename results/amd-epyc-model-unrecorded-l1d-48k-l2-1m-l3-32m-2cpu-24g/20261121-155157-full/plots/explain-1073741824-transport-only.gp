# explain.py: explain-1073741824-transport-only; data inline, run `gnuplot explain-1073741824-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-48.537469:148.537469]
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
     1/0 with boxes lc rgb "#8c564b" fs solid 0.5 title "broker / extra hop", \
     1/0 with boxes lc rgb "#bcbd22" fs pattern 6 title "system calls", \
     1/0 with boxes lc rgb "#ff7f0e" fs pattern 7 title "wake-ups", \
     1/0 with boxes lc rgb "#e377c2" fs pattern 3 title "page faults", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
5 1 0 0.270354
6 1 0 0.0188553
8 1 0 0.119395
10 1 0 0.18229
11 1 0 0.104508
e
1 2 0 3.14542e-08
2 2 0 5.23187e-08
5 2 0.270354 0.286704
6 2 0.0188553 0.0371757
8 2 0.119395 0.126616
9 2 0 2.87837e-07
10 2 0.18229 0.193315
11 2 0.104508 0.110828
12 2 0 7.01357e-06
15 2 0 6.8493e-07
16 2 0 5.49902e-06
17 2 0 3.73267e-06
e
1 3 3.14542e-08 0.270712
e
1 4 0.270712 0.280468
2 4 5.23187e-08 0.027819
3 4 0 0.0104555
4 4 0 0.0328033
5 4 0.286704 0.302628
6 4 0.0371757 0.0537613
8 4 0.126616 0.133648
9 4 2.87837e-07 0.0765246
10 4 0.193315 0.214788
11 4 0.110828 0.116983
12 4 7.01357e-06 0.932322
13 4 0 0.96726
e
3 5 0.0104555 0.302178
4 5 0.0328033 0.948055
14 5 0 1.46535
e
1 6 0.280468 0.314392
2 6 0.027819 0.0701389
5 6 0.302628 0.39952
6 6 0.0537613 0.0874028
8 6 0.133648 0.15951
9 6 0.0765246 0.217248
10 6 0.214788 0.265425
11 6 0.116983 0.139621
15 6 6.8493e-07 0.334863
e
1 11 0.314392 0.31444
2 11 0.0701389 0.0701451
3 11 0.302178 0.302338
4 11 0.948055 0.948134
5 11 0.39952 0.399526
6 11 0.0874028 0.0874162
8 11 0.15951 0.159511
9 11 0.217248 0.217251
10 11 0.265425 0.26543
11 11 0.139621 0.139626
12 11 0.932322 0.932429
13 11 0.96726 0.967322
14 11 1.46535 1.46537
15 11 0.334863 0.334897
16 11 5.49902e-06 6.98138e-05
e
1 12 0.31444 1
2 12 0.0701451 1
3 12 0.302338 1
4 12 0.948134 1
5 12 0.399526 1
6 12 0.0874162 1
8 12 0.159511 1
9 12 0.217251 1
10 12 0.26543 1
11 12 0.139626 1
12 12 0.932429 1
13 12 0.967322 1
14 12 -0.465375 0
15 12 0.334897 1
16 12 6.98138e-05 1
17 12 3.73267e-06 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.0145719:44.9224]
unset grid
set grid ytics mytics
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.101034 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 101.03 ms:", \
     NaN with lines lc rgb 'white' title "  vmsplice/read same-cpu", \
     0.0437157 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 43.72 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
1 14.9741
2 9.00251
3 5.98822
4 1.90865
5 3.93203
6 11.3249
8 8.90356
9 1.63634
10 5.83157
11 10.1719
12 0.0671554
13 0.0647292
14 1.19213
15 0.687661
16 0.0856516
17 0.126183
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
set yrange [-48.537469:148.537469]
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
     1/0 with boxes lc rgb "#8c564b" fs solid 0.5 title "broker / extra hop", \
     1/0 with boxes lc rgb "#bcbd22" fs pattern 6 title "system calls", \
     1/0 with boxes lc rgb "#ff7f0e" fs pattern 7 title "wake-ups", \
     1/0 with boxes lc rgb "#e377c2" fs pattern 3 title "page faults", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
5 1 0 0.270354
6 1 0 0.0188553
8 1 0 0.119395
10 1 0 0.18229
11 1 0 0.104508
e
1 2 0 3.14542e-08
2 2 0 5.23187e-08
5 2 0.270354 0.286704
6 2 0.0188553 0.0371757
8 2 0.119395 0.126616
9 2 0 2.87837e-07
10 2 0.18229 0.193315
11 2 0.104508 0.110828
12 2 0 7.01357e-06
15 2 0 6.8493e-07
16 2 0 5.49902e-06
17 2 0 3.73267e-06
e
1 3 3.14542e-08 0.270712
e
1 4 0.270712 0.280468
2 4 5.23187e-08 0.027819
3 4 0 0.0104555
4 4 0 0.0328033
5 4 0.286704 0.302628
6 4 0.0371757 0.0537613
8 4 0.126616 0.133648
9 4 2.87837e-07 0.0765246
10 4 0.193315 0.214788
11 4 0.110828 0.116983
12 4 7.01357e-06 0.932322
13 4 0 0.96726
e
3 5 0.0104555 0.302178
4 5 0.0328033 0.948055
14 5 0 1.46535
e
1 6 0.280468 0.314392
2 6 0.027819 0.0701389
5 6 0.302628 0.39952
6 6 0.0537613 0.0874028
8 6 0.133648 0.15951
9 6 0.0765246 0.217248
10 6 0.214788 0.265425
11 6 0.116983 0.139621
15 6 6.8493e-07 0.334863
e
1 11 0.314392 0.31444
2 11 0.0701389 0.0701451
3 11 0.302178 0.302338
4 11 0.948055 0.948134
5 11 0.39952 0.399526
6 11 0.0874028 0.0874162
8 11 0.15951 0.159511
9 11 0.217248 0.217251
10 11 0.265425 0.26543
11 11 0.139621 0.139626
12 11 0.932322 0.932429
13 11 0.96726 0.967322
14 11 1.46535 1.46537
15 11 0.334863 0.334897
16 11 5.49902e-06 6.98138e-05
e
1 12 0.31444 1
2 12 0.0701451 1
3 12 0.302338 1
4 12 0.948134 1
5 12 0.399526 1
6 12 0.0874162 1
8 12 0.159511 1
9 12 0.217251 1
10 12 0.26543 1
11 12 0.139626 1
12 12 0.932429 1
13 12 0.967322 1
14 12 -0.465375 0
15 12 0.334897 1
16 12 6.98138e-05 1
17 12 3.73267e-06 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.0145719:44.9224]
unset grid
set grid ytics mytics
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.101034 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 101.03 ms:", \
     NaN with lines lc rgb 'white' title "  vmsplice/read same-cpu", \
     0.0437157 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 43.72 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
1 14.9741
2 9.00251
3 5.98822
4 1.90865
5 3.93203
6 11.3249
8 8.90356
9 1.63634
10 5.83157
11 10.1719
12 0.0671554
13 0.0647292
14 1.19213
15 0.687661
16 0.0856516
17 0.126183
e
unset multiplot
unset logscale y
set output
