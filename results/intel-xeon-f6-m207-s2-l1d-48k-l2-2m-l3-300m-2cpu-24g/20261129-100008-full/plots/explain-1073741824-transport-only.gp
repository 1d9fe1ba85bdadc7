# explain.py: explain-1073741824-transport-only; data inline, run `gnuplot explain-1073741824-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json (missing: total)" 0, "http_base64 (missing: total)" 1, "websocket_bytes (missing: total)" 2, "http_shared_memory (missing: total)" 3, "websocket_shared_memory (missing: total)" 4, "mp_listener (missing: total)" 5, "grpc_bytes (missing: total)" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send (missing: total)" 8, "mp_pipe/send_bytes (missing: total)" 9, "mp_queue (missing: total)" 10, "mp_manager/dict (missing: total)" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message (missing: total)" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-46.766855:146.766855]
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
12 2 0 5.25339e-06
15 2 0 8.79589e-07
16 2 0 0.0310943
17 2 0 4.72418e-06
e
12 4 5.25339e-06 0.811267
13 4 0 0.999717
17 4 4.72418e-06 0.950927
e
15 6 8.79589e-07 0.329851
e
12 8 0.811267 0.811282
13 8 0.999717 0.999736
15 8 0.329851 0.329859
16 8 0.0310943 0.119448
17 8 0.950927 0.95094
e
13 9 0.999736 0.999737
15 9 0.329859 0.370766
16 9 0.119448 0.400834
17 9 0.95094 0.950983
e
12 10 -3.05222e-07 0
13 10 -3.76125e-07 0
15 10 0.370766 1.0406
e
12 11 0.811282 0.8116
13 11 0.999737 1.00016
15 11 1.0406 1.04072
16 11 0.400834 1.44767
17 11 0.950983 0.95117
e
12 12 0.8116 1
13 12 -0.000160565 -3.76125e-07
15 12 -0.0407174 0
16 12 -0.447669 0
17 12 0.95117 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [7.32717e-06:2.3312]
unset grid
set grid ytics mytics
set xtics ("http_json (missing: total)" 0, "http_base64 (missing: total)" 1, "websocket_bytes (missing: total)" 2, "http_shared_memory (missing: total)" 3, "websocket_shared_memory (missing: total)" 4, "mp_listener (missing: total)" 5, "grpc_bytes (missing: total)" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send (missing: total)" 8, "mp_pipe/send_bytes (missing: total)" 9, "mp_queue (missing: total)" 10, "mp_manager/dict (missing: total)" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message (missing: total)" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.144102 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 144.10 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.15049 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 150.49 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
12 0.130106
13 0.10558
15 0.777068
16 2.19815e-05
17 0.144681
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
set xtics ("http_json (missing: total)" 0, "http_base64 (missing: total)" 1, "websocket_bytes (missing: total)" 2, "http_shared_memory (missing: total)" 3, "websocket_shared_memory (missing: total)" 4, "mp_listener (missing: total)" 5, "grpc_bytes (missing: total)" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send (missing: total)" 8, "mp_pipe/send_bytes (missing: total)" 9, "mp_queue (missing: total)" 10, "mp_manager/dict (missing: total)" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message (missing: total)" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-46.766855:146.766855]
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
12 2 0 5.25339e-06
15 2 0 8.79589e-07
16 2 0 0.0310943
17 2 0 4.72418e-06
e
12 4 5.25339e-06 0.811267
13 4 0 0.999717
17 4 4.72418e-06 0.950927
e
15 6 8.79589e-07 0.329851
e
12 8 0.811267 0.811282
13 8 0.999717 0.999736
15 8 0.329851 0.329859
16 8 0.0310943 0.119448
17 8 0.950927 0.95094
e
13 9 0.999736 0.999737
15 9 0.329859 0.370766
16 9 0.119448 0.400834
17 9 0.95094 0.950983
e
12 10 -3.05222e-07 0
13 10 -3.76125e-07 0
15 10 0.370766 1.0406
e
12 11 0.811282 0.8116
13 11 0.999737 1.00016
15 11 1.0406 1.04072
16 11 0.400834 1.44767
17 11 0.950983 0.95117
e
12 12 0.8116 1
13 12 -0.000160565 -3.76125e-07
15 12 -0.0407174 0
16 12 -0.447669 0
17 12 0.95117 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [7.32717e-06:2.3312]
unset grid
set grid ytics mytics
set xtics ("http_json (missing: total)" 0, "http_base64 (missing: total)" 1, "websocket_bytes (missing: total)" 2, "http_shared_memory (missing: total)" 3, "websocket_shared_memory (missing: total)" 4, "mp_listener (missing: total)" 5, "grpc_bytes (missing: total)" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send (missing: total)" 8, "mp_pipe/send_bytes (missing: total)" 9, "mp_queue (missing: total)" 10, "mp_manager/dict (missing: total)" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message (missing: total)" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.144102 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 144.10 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.15049 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 150.49 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
12 0.130106
13 0.10558
15 0.777068
16 2.19815e-05
17 0.144681
e
unset multiplot
unset logscale y
set output
