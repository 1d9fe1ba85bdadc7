# explain.py: explain-1073741824-transport-only; data inline, run `gnuplot explain-1073741824-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json (missing: total)" 0, "http_base64 (missing: total)" 1, "websocket_bytes (missing: total)" 2, "http_shared_memory (missing: total)" 3, "websocket_shared_memory (missing: total)" 4, "mp_listener (missing: total)" 5, "grpc_bytes (missing: total)" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send (missing: total)" 8, "mp_pipe/send_bytes (missing: total)" 9, "mp_queue (missing: total)" 10, "mp_manager/dict (missing: total)" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-14.980029:114.980029]
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
12 2 0 6.46276e-06
15 2 0 7.51961e-07
16 2 0 0.00790765
17 2 0 1.22745e-05
e
12 4 6.46276e-06 1.06247
13 4 0 1.00225
17 4 1.22745e-05 0.889173
e
14 5 0 1.12951
e
15 6 7.51961e-07 0.266777
e
12 8 1.06247 1.06251
13 8 1.00225 1.00229
14 8 1.12951 1.12951
15 8 0.266777 0.266788
16 8 0.00790765 0.0496696
17 8 0.889173 0.889237
e
12 9 1.06251 1.06293
13 9 1.00229 1.00268
14 9 1.12951 1.12955
15 9 0.266788 0.436933
16 9 0.0496696 0.290807
17 9 0.889237 0.889628
e
12 10 -4.28746e-07 0
13 10 -4.04448e-07 0
14 10 -4.41974e-08 0
15 10 0.436933 1.0908
e
12 11 1.06293 1.0632
13 11 1.00268 1.00296
14 11 1.12955 1.1298
15 11 1.0908 1.09099
16 11 0.290807 0.545516
17 11 0.889628 0.889945
e
12 12 -0.0632033 -4.28746e-07
13 12 -0.00295558 -4.04448e-07
14 12 -0.1298 -4.41974e-08
15 12 -0.0909857 0
16 12 0.545516 1
17 12 0.889945 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [2.15403e-05:2.30106]
unset grid
set grid ytics mytics
set xtics ("http_json (missing: total)" 0, "http_base64 (missing: total)" 1, "websocket_bytes (missing: total)" 2, "http_shared_memory (missing: total)" 3, "websocket_shared_memory (missing: total)" 4, "mp_listener (missing: total)" 5, "grpc_bytes (missing: total)" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send (missing: total)" 8, "mp_pipe/send_bytes (missing: total)" 9, "mp_queue (missing: total)" 10, "mp_manager/dict (missing: total)" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.0696575 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 69.66 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.05171 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 51.71 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
12 0.0790684
13 0.0838186
14 0.767019
15 0.679557
16 6.4621e-05
17 0.0416312
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
set yrange [-14.980029:114.980029]
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
12 2 0 6.46276e-06
15 2 0 7.51961e-07
16 2 0 0.00790765
17 2 0 1.22745e-05
e
12 4 6.46276e-06 1.06247
13 4 0 1.00225
17 4 1.22745e-05 0.889173
e
14 5 0 1.12951
e
15 6 7.51961e-07 0.266777
e
12 8 1.06247 1.06251
13 8 1.00225 1.00229
14 8 1.12951 1.12951
15 8 0.266777 0.266788
16 8 0.00790765 0.0496696
17 8 0.889173 0.889237
e
12 9 1.06251 1.06293
13 9 1.00229 1.00268
14 9 1.12951 1.12955
15 9 0.266788 0.436933
16 9 0.0496696 0.290807
17 9 0.889237 0.889628
e
12 10 -4.28746e-07 0
13 10 -4.04448e-07 0
14 10 -4.41974e-08 0
15 10 0.436933 1.0908
e
12 11 1.06293 1.0632
13 11 1.00268 1.00296
14 11 1.12955 1.1298
15 11 1.0908 1.09099
16 11 0.290807 0.545516
17 11 0.889628 0.889945
e
12 12 -0.0632033 -4.28746e-07
13 12 -0.00295558 -4.04448e-07
14 12 -0.1298 -4.41974e-08
15 12 -0.0909857 0
16 12 0.545516 1
17 12 0.889945 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [2.15403e-05:2.30106]
unset grid
set grid ytics mytics
set xtics ("http_json (missing: total)" 0, "http_base64 (missing: total)" 1, "websocket_bytes (missing: total)" 2, "http_shared_memory (missing: total)" 3, "websocket_shared_memory (missing: total)" 4, "mp_listener (missing: total)" 5, "grpc_bytes (missing: total)" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send (missing: total)" 8, "mp_pipe/send_bytes (missing: total)" 9, "mp_queue (missing: total)" 10, "mp_manager/dict (missing: total)" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.0696575 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 69.66 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.05171 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 51.71 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
12 0.0790684
13 0.0838186
14 0.767019
15 0.679557
16 6.4621e-05
17 0.0416312
e
unset multiplot
unset logscale y
set output
