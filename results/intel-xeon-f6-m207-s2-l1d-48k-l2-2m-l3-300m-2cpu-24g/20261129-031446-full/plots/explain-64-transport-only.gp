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
0 1 0 0.00563285
5 1 0 0.0891723
6 1 0 0.00330795
8 1 0 0.0696715
10 1 0 0.0732348
11 1 0 0.0249866
e
0 2 0.00563285 0.00735245
1 2 0 0.000623151
2 2 0 0.0114419
5 2 0.0891723 0.147422
6 2 0.00330795 0.00948318
7 2 0 0.00175031
8 2 0.0696715 0.115183
9 2 0 0.0362169
10 2 0.0732348 0.121073
11 2 0.0249866 0.0413085
12 2 0 0.0230248
15 2 0 0.0154366
16 2 0 0.0463486
17 2 0 0.0395451
e
1 3 0.000623151 0.00127617
e
0 4 0.00735245 0.00737902
1 4 0.00127617 0.00128943
2 4 0.0114419 0.0117536
3 4 0 3.90419e-06
4 4 0 2.78014e-05
5 4 0.147422 0.147571
6 4 0.00948318 0.00957236
7 4 0.00175031 0.00182185
8 4 0.115183 0.115299
9 4 0.0362169 0.0367103
10 4 0.121073 0.121318
11 4 0.0413085 0.0413503
12 4 0.0230248 0.0231817
13 4 0 0.000204835
17 4 0.0395451 0.10051
e
3 5 3.90419e-06 0.0157377
4 5 2.78014e-05 0.112067
14 5 0 0.2812
e
0 6 0.00737902 0.00943633
1 6 0.00128943 0.00338251
2 6 0.0117536 0.0529243
3 6 0.0157377 0.0173688
4 6 0.112067 0.122132
5 6 0.147571 0.19322
6 6 0.00957236 0.0164319
7 6 0.00182185 0.00635081
8 6 0.115299 0.135183
9 6 0.0367103 0.0788048
10 6 0.121318 0.130602
11 6 0.0413503 0.0484813
15 6 0.0154366 0.0333783
e
7 7 0.00635081 0.259935
11 7 0.0484813 0.578751
e
0 12 0.00943633 1
1 12 0.00338251 1
2 12 0.0529243 1
3 12 0.0173688 1
4 12 0.122132 1
5 12 0.19322 1
6 12 0.0164319 1
7 12 0.259935 1
8 12 0.135183 1
9 12 0.0788048 1
10 12 0.130602 1
11 12 0.578751 1
12 12 0.0231817 1
13 12 0.000204835 1
14 12 0.2812 1
15 12 0.0333783 1
16 12 0.0463486 1
17 12 0.10051 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.42803e-08:0.00604064]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     4.28409e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 43 ns:", \
     NaN with lines lc rgb 'white' title "  shm/spin same-cpu", \
     3.82496e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 382 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 0.00201355
1 0.0017243
2 9.39095e-05
3 0.0018748
4 0.000263281
5 4.90735e-05
6 0.000246226
7 0.00061389
8 6.2809e-05
9 2.96685e-05
10 5.9753e-05
11 0.000175134
12 4.6667e-05
13 3.5734e-05
14 0.000104899
15 6.96075e-05
16 2.3183e-05
17 2.71715e-05
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
0 1 0 0.00563285
5 1 0 0.0891723
6 1 0 0.00330795
8 1 0 0.0696715
10 1 0 0.0732348
11 1 0 0.0249866
e
0 2 0.00563285 0.00735245
1 2 0 0.000623151
2 2 0 0.0114419
5 2 0.0891723 0.147422
6 2 0.00330795 0.00948318
7 2 0 0.00175031
8 2 0.0696715 0.115183
9 2 0 0.0362169
10 2 0.0732348 0.121073
11 2 0.0249866 0.0413085
12 2 0 0.0230248
15 2 0 0.0154366
16 2 0 0.0463486
17 2 0 0.0395451
e
1 3 0.000623151 0.00127617
e
0 4 0.00735245 0.00737902
1 4 0.00127617 0.00128943
2 4 0.0114419 0.0117536
3 4 0 3.90419e-06
4 4 0 2.78014e-05
5 4 0.147422 0.147571
6 4 0.00948318 0.00957236
7 4 0.00175031 0.00182185
8 4 0.115183 0.115299
9 4 0.0362169 0.0367103
10 4 0.121073 0.121318
11 4 0.0413085 0.0413503
12 4 0.0230248 0.0231817
13 4 0 0.000204835
17 4 0.0395451 0.10051
e
3 5 3.90419e-06 0.0157377
4 5 2.78014e-05 0.112067
14 5 0 0.2812
e
0 6 0.00737902 0.00943633
1 6 0.00128943 0.00338251
2 6 0.0117536 0.0529243
3 6 0.0157377 0.0173688
4 6 0.112067 0.122132
5 6 0.147571 0.19322
6 6 0.00957236 0.0164319
7 6 0.00182185 0.00635081
8 6 0.115299 0.135183
9 6 0.0367103 0.0788048
10 6 0.121318 0.130602
11 6 0.0413503 0.0484813
15 6 0.0154366 0.0333783
e
7 7 0.00635081 0.259935
11 7 0.0484813 0.578751
e
0 12 0.00943633 1
1 12 0.00338251 1
2 12 0.0529243 1
3 12 0.0173688 1
4 12 0.122132 1
5 12 0.19322 1
6 12 0.0164319 1
7 12 0.259935 1
8 12 0.135183 1
9 12 0.0788048 1
10 12 0.130602 1
11 12 0.578751 1
12 12 0.0231817 1
13 12 0.000204835 1
14 12 0.2812 1
15 12 0.0333783 1
16 12 0.0463486 1
17 12 0.10051 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.42803e-08:0.00604064]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     4.28409e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 43 ns:", \
     NaN with lines lc rgb 'white' title "  shm/spin same-cpu", \
     3.82496e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 382 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 0.00201355
1 0.0017243
2 9.39095e-05
3 0.0018748
4 0.000263281
5 4.90735e-05
6 0.000246226
7 0.00061389
8 6.2809e-05
9 2.96685e-05
10 5.9753e-05
11 0.000175134
12 4.6667e-05
13 3.5734e-05
14 0.000104899
15 6.96075e-05
16 2.3183e-05
17 2.71715e-05
e
unset multiplot
unset logscale y
set output
