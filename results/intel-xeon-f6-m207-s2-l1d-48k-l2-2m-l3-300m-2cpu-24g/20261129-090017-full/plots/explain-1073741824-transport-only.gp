# explain.py: explain-1073741824-transport-only; data inline, run `gnuplot explain-1073741824-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json (missing: total)" 0, "http_base64 (missing: total)" 1, "websocket_bytes (missing: total)" 2, "http_shared_memory (missing: total)" 3, "websocket_shared_memory (missing: total)" 4, "mp_listener (missing: total)" 5, "grpc_bytes (missing: total)" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send (missing: total)" 8, "mp_pipe/send_bytes" 9, "mp_queue (missing: total)" 10, "mp_manager/dict (missing: total)" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message (missing: total)" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-25.484806:125.484806]
set grid ytics
set key outside right top
unset logscale y
set format y '%.0f%%'
set style fill border -1
plot 1/0 with boxes lc rgb "#9e9e9e" fs solid 0.35 title "generation (randn)", \
     1/0 with boxes lc rgb "#d62728" fs solid 1.0 title "serialisation", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#ff9896" fs pattern 4 title "deserialisation", \
     1/0 with boxes lc rgb "#9467bd" fs pattern 2 title "encoding (base64)", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#1f77b4" fs solid 0.7 title "user-space copies", \
     1/0 with boxes lc rgb "#17becf" fs pattern 5 title "shared-memory segment", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#2ca02c" fs pattern 1 title "kernel transfer", \
     1/0 with boxes lc rgb "#8c564b" fs solid 0.5 title "broker / extra hop", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#bcbd22" fs pattern 6 title "system calls", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#ff7f0e" fs pattern 7 title "wake-ups", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#e377c2" fs pattern 3 title "page faults", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
9 2 0 4.91655e-07
12 2 0 6.60022e-06
15 2 0 9.07857e-07
16 2 0 0.0310073
17 2 0 5.82449e-06
e
9 4 4.91655e-07 0.164997
12 4 6.60022e-06 1.1075
13 4 0 0.83264
17 4 5.82449e-06 1.20337
e
9 6 0.164997 0.332804
15 6 9.07857e-07 0.309863
e
9 8 0.332804 0.332828
12 8 1.1075 1.10752
13 8 0.83264 0.832654
15 8 0.309863 0.30987
16 8 0.0310073 0.118312
17 8 1.20337 1.20339
e
9 9 0.332828 0.349388
13 9 0.832654 0.832655
15 9 0.30987 0.348972
e
9 10 0.349388 1.20576
12 10 -8.78257e-07 0
13 10 -6.60293e-07 0
15 10 0.348972 1.13758
e
9 11 1.20576 1.20578
12 11 1.10752 1.10797
13 11 0.832655 0.832934
15 11 1.13758 1.13768
16 11 0.118312 1.23485
17 11 1.20339 1.20358
e
9 12 -0.205778 0
12 12 -0.107966 -8.78257e-07
13 12 0.832934 1
15 12 -0.137678 0
16 12 -0.234848 0
17 12 -0.20358 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [7.40683e-06:4.20415]
unset grid
set grid ytics mytics
set xtics ("http_json (missing: total)" 0, "http_base64 (missing: total)" 1, "websocket_bytes (missing: total)" 2, "http_shared_memory (missing: total)" 3, "websocket_shared_memory (missing: total)" 4, "mp_listener (missing: total)" 5, "grpc_bytes (missing: total)" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send (missing: total)" 8, "mp_pipe/send_bytes" 9, "mp_queue (missing: total)" 10, "mp_manager/dict (missing: total)" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message (missing: total)" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.146315 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 146.31 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.139823 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 139.82 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
9 1.40138
12 0.10439
13 0.138849
15 0.758926
16 2.22205e-05
17 0.118293
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
set xtics ("http_json (missing: total)" 0, "http_base64 (missing: total)" 1, "websocket_bytes (missing: total)" 2, "http_shared_memory (missing: total)" 3, "websocket_shared_memory (missing: total)" 4, "mp_listener (missing: total)" 5, "grpc_bytes (missing: total)" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send (missing: total)" 8, "mp_pipe/send_bytes" 9, "mp_queue (missing: total)" 10, "mp_manager/dict (missing: total)" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message (missing: total)" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-25.484806:125.484806]
set grid ytics
set key outside right top
unset logscale y
set format y '%.0f%%'
set style fill border -1
plot 1/0 with boxes lc rgb "#9e9e9e" fs solid 0.35 title "generation (randn)", \
     1/0 with boxes lc rgb "#d62728" fs solid 1.0 title "serialisation", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#ff9896" fs pattern 4 title "deserialisation", \
     1/0 with boxes lc rgb "#9467bd" fs pattern 2 title "encoding (base64)", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#1f77b4" fs solid 0.7 title "user-space copies", \
     1/0 with boxes lc rgb "#17becf" fs pattern 5 title "shared-memory segment", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#2ca02c" fs pattern 1 title "kernel transfer", \
     1/0 with boxes lc rgb "#8c564b" fs solid 0.5 title "broker / extra hop", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#bcbd22" fs pattern 6 title "system calls", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#ff7f0e" fs pattern 7 title "wake-ups", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#e377c2" fs pattern 3 title "page faults", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
9 2 0 4.91655e-07
12 2 0 6.60022e-06
15 2 0 9.07857e-07
16 2 0 0.0310073
17 2 0 5.82449e-06
e
9 4 4.91655e-07 0.164997
12 4 6.60022e-06 1.1075
13 4 0 0.83264
17 4 5.82449e-06 1.20337
e
9 6 0.164997 0.332804
15 6 9.07857e-07 0.309863
e
9 8 0.332804 0.332828
12 8 1.1075 1.10752
13 8 0.83264 0.832654
15 8 0.309863 0.30987
16 8 0.0310073 0.118312
17 8 1.20337 1.20339
e
9 9 0.332828 0.349388
13 9 0.832654 0.832655
15 9 0.30987 0.348972
e
9 10 0.349388 1.20576
12 10 -8.78257e-07 0
13 10 -6.60293e-07 0
15 10 0.348972 1.13758
e
9 11 1.20576 1.20578
12 11 1.10752 1.10797
13 11 0.832655 0.832934
15 11 1.13758 1.13768
16 11 0.118312 1.23485
17 11 1.20339 1.20358
e
9 12 -0.205778 0
12 12 -0.107966 -8.78257e-07
13 12 0.832934 1
15 12 -0.137678 0
16 12 -0.234848 0
17 12 -0.20358 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [7.40683e-06:4.20415]
unset grid
set grid ytics mytics
set xtics ("http_json (missing: total)" 0, "http_base64 (missing: total)" 1, "websocket_bytes (missing: total)" 2, "http_shared_memory (missing: total)" 3, "websocket_shared_memory (missing: total)" 4, "mp_listener (missing: total)" 5, "grpc_bytes (missing: total)" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send (missing: total)" 8, "mp_pipe/send_bytes" 9, "mp_queue (missing: total)" 10, "mp_manager/dict (missing: total)" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message (missing: total)" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.146315 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 146.31 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.139823 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 139.82 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
9 1.40138
12 0.10439
13 0.138849
15 0.758926
16 2.22205e-05
17 0.118293
e
unset multiplot
unset logscale y
set output
