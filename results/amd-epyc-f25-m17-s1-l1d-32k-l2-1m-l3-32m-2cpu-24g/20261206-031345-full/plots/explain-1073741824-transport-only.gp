# explain.py: explain-1073741824-transport-only; data inline, run `gnuplot explain-1073741824-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json (missing: total)" 0, "http_base64 (missing: total)" 1, "websocket_bytes (missing: total)" 2, "http_shared_memory (missing: total)" 3, "websocket_shared_memory (missing: total)" 4, "mp_listener (missing: total)" 5, "grpc_bytes (missing: total)" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send (missing: total)" 8, "mp_pipe/send_bytes (missing: total)" 9, "mp_queue (missing: total)" 10, "mp_manager/dict (missing: total)" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-9.089076:109.089076]
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
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#17becf" fs pattern 5 title "shared-memory segment", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#2ca02c" fs pattern 1 title "kernel transfer", \
     1/0 with boxes lc rgb "#8c564b" fs solid 0.5 title "broker / extra hop", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#bcbd22" fs pattern 6 title "system calls", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#ff7f0e" fs pattern 7 title "wake-ups", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#e377c2" fs pattern 3 title "page faults", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
12 2 0 6.31828e-06
15 2 0 7.75706e-07
16 2 0 0.0129582
17 2 0 1.22261e-05
e
12 4 6.31828e-06 1.06568
13 4 0 1.07014
17 4 1.22261e-05 0.81677
e
14 5 0 1.02059
e
15 6 7.75706e-07 0.258486
e
12 8 1.06568 1.06572
13 8 1.07014 1.07017
14 8 1.02059 1.02059
15 8 0.258486 0.258497
16 8 0.0129582 0.0802088
17 8 0.81677 0.816834
e
12 9 1.06572 1.06617
13 9 1.07017 1.07062
14 9 1.02059 1.02063
15 9 0.258497 0.415659
16 9 0.0802088 0.537013
17 9 0.816834 0.817256
e
15 10 0.415659 1.04257
e
12 11 1.06617 1.06645
13 11 1.07062 1.07089
14 11 1.02063 1.02073
15 11 1.04257 1.04278
16 11 0.537013 0.844222
17 11 0.817256 0.817551
e
12 12 -0.0664462 0
13 12 -0.0708908 0
14 12 -0.0207254 0
15 12 -0.042781 0
16 12 0.844222 1
17 12 0.817551 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.33763e-05:2.46379]
unset grid
set grid ytics mytics
set xtics ("http_json (missing: total)" 0, "http_base64 (missing: total)" 1, "websocket_bytes (missing: total)" 2, "http_shared_memory (missing: total)" 3, "websocket_shared_memory (missing: total)" 4, "mp_listener (missing: total)" 5, "grpc_bytes (missing: total)" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send (missing: total)" 8, "mp_pipe/send_bytes (missing: total)" 9, "mp_queue (missing: total)" 10, "mp_manager/dict (missing: total)" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.0744037 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 74.40 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.0341836 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 34.18 ms:", \
     NaN with lines lc rgb 'white' title "  memfd/pooled-touch cross-core"
12 0.0823009
13 0.0819579
14 0.821262
15 0.670357
16 4.0129e-05
17 0.0425318
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
set xtics ("http_json (missing: total)" 0, "http_base64 (missing: total)" 1, "websocket_bytes (missing: total)" 2, "http_shared_memory (missing: total)" 3, "websocket_shared_memory (missing: total)" 4, "mp_listener (missing: total)" 5, "grpc_bytes (missing: total)" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send (missing: total)" 8, "mp_pipe/send_bytes (missing: total)" 9, "mp_queue (missing: total)" 10, "mp_manager/dict (missing: total)" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-9.089076:109.089076]
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
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#17becf" fs pattern 5 title "shared-memory segment", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#2ca02c" fs pattern 1 title "kernel transfer", \
     1/0 with boxes lc rgb "#8c564b" fs solid 0.5 title "broker / extra hop", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#bcbd22" fs pattern 6 title "system calls", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#ff7f0e" fs pattern 7 title "wake-ups", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#e377c2" fs pattern 3 title "page faults", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
12 2 0 6.31828e-06
15 2 0 7.75706e-07
16 2 0 0.0129582
17 2 0 1.22261e-05
e
12 4 6.31828e-06 1.06568
13 4 0 1.07014
17 4 1.22261e-05 0.81677
e
14 5 0 1.02059
e
15 6 7.75706e-07 0.258486
e
12 8 1.06568 1.06572
13 8 1.07014 1.07017
14 8 1.02059 1.02059
15 8 0.258486 0.258497
16 8 0.0129582 0.0802088
17 8 0.81677 0.816834
e
12 9 1.06572 1.06617
13 9 1.07017 1.07062
14 9 1.02059 1.02063
15 9 0.258497 0.415659
16 9 0.0802088 0.537013
17 9 0.816834 0.817256
e
15 10 0.415659 1.04257
e
12 11 1.06617 1.06645
13 11 1.07062 1.07089
14 11 1.02063 1.02073
15 11 1.04257 1.04278
16 11 0.537013 0.844222
17 11 0.817256 0.817551
e
12 12 -0.0664462 0
13 12 -0.0708908 0
14 12 -0.0207254 0
15 12 -0.042781 0
16 12 0.844222 1
17 12 0.817551 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.33763e-05:2.46379]
unset grid
set grid ytics mytics
set xtics ("http_json (missing: total)" 0, "http_base64 (missing: total)" 1, "websocket_bytes (missing: total)" 2, "http_shared_memory (missing: total)" 3, "websocket_shared_memory (missing: total)" 4, "mp_listener (missing: total)" 5, "grpc_bytes (missing: total)" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send (missing: total)" 8, "mp_pipe/send_bytes (missing: total)" 9, "mp_queue (missing: total)" 10, "mp_manager/dict (missing: total)" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.0744037 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 74.40 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.0341836 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 34.18 ms:", \
     NaN with lines lc rgb 'white' title "  memfd/pooled-touch cross-core"
12 0.0823009
13 0.0819579
14 0.821262
15 0.670357
16 4.0129e-05
17 0.0425318
e
unset multiplot
unset logscale y
set output
