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
0 1 0 0.0123758
5 1 0 0.154914
6 1 0 0.00762795
8 1 0 0.136749
10 1 0 0.091577
11 1 0 0.0370396
e
0 2 0.0123758 0.0160864
1 2 0 0.000672343
2 2 0 0.0110909
5 2 0.154914 0.260439
6 2 0.00762795 0.0168241
7 2 0 0.00272608
8 2 0.136749 0.2299
9 2 0 0.0359738
10 2 0.091577 0.153957
11 2 0.0370396 0.0622703
12 2 0 0.0281811
15 2 0 0.0128889
16 2 0 0.0495839
17 2 0 0.0395083
e
1 3 0.000672343 0.00166811
e
0 4 0.0160864 0.0161205
1 4 0.00166811 0.00168118
2 4 0.0110909 0.0113509
3 4 0 3.38259e-06
4 4 0 2.15996e-05
5 4 0.260439 0.260572
6 4 0.0168241 0.0169131
7 4 0.00272608 0.00282194
8 4 0.2299 0.230018
9 4 0.0359738 0.0363955
10 4 0.153957 0.154115
11 4 0.0622703 0.0623021
12 4 0.0281811 0.0283463
13 4 0 0.000157301
17 4 0.0395083 0.107286
e
3 5 3.38259e-06 0.0229264
4 5 2.15996e-05 0.146397
14 5 0 0.510266
e
0 6 0.0161205 0.0207739
1 6 0.00168118 0.00541395
2 6 0.0113509 0.0480475
3 6 0.0229264 0.0256256
4 6 0.146397 0.154618
5 6 0.260572 0.338947
6 6 0.0169131 0.0300617
7 6 0.00282194 0.0093081
8 6 0.230018 0.250717
9 6 0.0363955 0.073484
10 6 0.154115 0.162701
11 6 0.0623021 0.0679086
15 6 0.0128889 0.0261772
e
7 7 0.0093081 0.271738
11 7 0.0679086 0.531773
e
0 12 0.0207739 1
1 12 0.00541395 1
2 12 0.0480475 1
3 12 0.0256256 1
4 12 0.154618 1
5 12 0.338947 1
6 12 0.0300617 1
7 12 0.271738 1
8 12 0.250717 1
9 12 0.073484 1
10 12 0.162701 1
11 12 0.531773 1
12 12 0.0283463 1
13 12 0.000157301 1
14 12 0.510266 1
15 12 0.0261772 1
16 12 0.0495839 1
17 12 0.107286 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.69561e-08:0.00624019]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     5.08683e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 51 ns:", \
     NaN with lines lc rgb 'white' title "  shm/seqlock same-cpu", \
     3.17881e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 318 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 0.00164397
1 0.00178555
2 0.000108242
3 0.00208006
4 0.000325747
5 5.2784e-05
6 0.00023722
7 0.000440376
8 5.97955e-05
9 3.33715e-05
10 8.9291e-05
11 0.000220764
12 4.25995e-05
13 4.47295e-05
14 9.3444e-05
15 9.3142e-05
16 2.42115e-05
17 3.0386e-05
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
0 1 0 0.0123758
5 1 0 0.154914
6 1 0 0.00762795
8 1 0 0.136749
10 1 0 0.091577
11 1 0 0.0370396
e
0 2 0.0123758 0.0160864
1 2 0 0.000672343
2 2 0 0.0110909
5 2 0.154914 0.260439
6 2 0.00762795 0.0168241
7 2 0 0.00272608
8 2 0.136749 0.2299
9 2 0 0.0359738
10 2 0.091577 0.153957
11 2 0.0370396 0.0622703
12 2 0 0.0281811
15 2 0 0.0128889
16 2 0 0.0495839
17 2 0 0.0395083
e
1 3 0.000672343 0.00166811
e
0 4 0.0160864 0.0161205
1 4 0.00166811 0.00168118
2 4 0.0110909 0.0113509
3 4 0 3.38259e-06
4 4 0 2.15996e-05
5 4 0.260439 0.260572
6 4 0.0168241 0.0169131
7 4 0.00272608 0.00282194
8 4 0.2299 0.230018
9 4 0.0359738 0.0363955
10 4 0.153957 0.154115
11 4 0.0622703 0.0623021
12 4 0.0281811 0.0283463
13 4 0 0.000157301
17 4 0.0395083 0.107286
e
3 5 3.38259e-06 0.0229264
4 5 2.15996e-05 0.146397
14 5 0 0.510266
e
0 6 0.0161205 0.0207739
1 6 0.00168118 0.00541395
2 6 0.0113509 0.0480475
3 6 0.0229264 0.0256256
4 6 0.146397 0.154618
5 6 0.260572 0.338947
6 6 0.0169131 0.0300617
7 6 0.00282194 0.0093081
8 6 0.230018 0.250717
9 6 0.0363955 0.073484
10 6 0.154115 0.162701
11 6 0.0623021 0.0679086
15 6 0.0128889 0.0261772
e
7 7 0.0093081 0.271738
11 7 0.0679086 0.531773
e
0 12 0.0207739 1
1 12 0.00541395 1
2 12 0.0480475 1
3 12 0.0256256 1
4 12 0.154618 1
5 12 0.338947 1
6 12 0.0300617 1
7 12 0.271738 1
8 12 0.250717 1
9 12 0.073484 1
10 12 0.162701 1
11 12 0.531773 1
12 12 0.0283463 1
13 12 0.000157301 1
14 12 0.510266 1
15 12 0.0261772 1
16 12 0.0495839 1
17 12 0.107286 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.69561e-08:0.00624019]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     5.08683e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 51 ns:", \
     NaN with lines lc rgb 'white' title "  shm/seqlock same-cpu", \
     3.17881e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 318 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 0.00164397
1 0.00178555
2 0.000108242
3 0.00208006
4 0.000325747
5 5.2784e-05
6 0.00023722
7 0.000440376
8 5.97955e-05
9 3.33715e-05
10 8.9291e-05
11 0.000220764
12 4.25995e-05
13 4.47295e-05
14 9.3444e-05
15 9.3142e-05
16 2.42115e-05
17 3.0386e-05
e
unset multiplot
unset logscale y
set output
