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
0 1 0 0.00890737
5 1 0 0.134037
6 1 0 0.00319125
8 1 0 0.171733
10 1 0 0.088261
11 1 0 0.057351
e
0 2 0.00890737 0.0127242
1 2 0 0.000419238
2 2 0 0.00702029
5 2 0.134037 0.22575
6 2 0.00319125 0.00709605
7 2 0 0.00157237
8 2 0.171733 0.289239
9 2 0 0.0207653
10 2 0.088261 0.148652
11 2 0.057351 0.0965926
12 2 0 0.0141142
15 2 0 0.00887278
16 2 0 0.0260467
17 2 0 0.0268401
e
1 3 0.000419238 0.00100497
e
0 4 0.0127242 0.0127475
1 4 0.00100497 0.00101571
2 4 0.00702029 0.0072332
3 4 0 2.24072e-06
4 4 0 2.30546e-05
5 4 0.22575 0.225829
6 4 0.00709605 0.00714545
7 4 0.00157237 0.0016439
8 4 0.289239 0.289339
9 4 0.0207653 0.0210801
10 4 0.148652 0.148755
11 4 0.0965926 0.096626
12 4 0.0141142 0.0142212
13 4 0 0.000129989
17 4 0.0268401 0.0718635
e
3 5 2.24072e-06 0.0194519
4 5 2.30546e-05 0.200139
14 5 0 0.36645
e
0 6 0.0127475 0.0156835
1 6 0.00101571 0.00387215
2 6 0.0072332 0.0274712
3 6 0.0194519 0.021158
4 6 0.200139 0.206246
5 6 0.225829 0.269442
6 6 0.00714545 0.01407
7 6 0.0016439 0.00490345
8 6 0.289339 0.312685
9 6 0.0210801 0.0577687
10 6 0.148755 0.154167
11 6 0.096626 0.104422
15 6 0.00887278 0.0245494
e
7 7 0.00490345 0.357801
11 7 0.104422 0.555346
e
0 12 0.0156835 1
1 12 0.00387215 1
2 12 0.0274712 1
3 12 0.021158 1
4 12 0.206246 1
5 12 0.269442 1
6 12 0.01407 1
7 12 0.357801 1
8 12 0.312685 1
9 12 0.0577687 1
10 12 0.154167 1
11 12 0.555346 1
12 12 0.0142212 1
13 12 0.000129989 1
14 12 0.36645 1
15 12 0.0245494 1
16 12 0.0260467 1
17 12 0.0718635 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.36752e-08:0.00673528]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     4.10256e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 41 ns:", \
     NaN with lines lc rgb 'white' title "  shm/seqlock same-cpu", \
     2.4669e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 247 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.0017673
1 0.00158264
2 9.4512e-05
3 0.00224509
4 0.000218205
5 6.43365e-05
6 0.000305522
7 0.000421976
8 5.02145e-05
9 3.19525e-05
10 9.77045e-05
11 0.000150363
12 4.70095e-05
13 3.87005e-05
14 0.000119161
15 7.47795e-05
16 2.54735e-05
17 2.47205e-05
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
0 1 0 0.00890737
5 1 0 0.134037
6 1 0 0.00319125
8 1 0 0.171733
10 1 0 0.088261
11 1 0 0.057351
e
0 2 0.00890737 0.0127242
1 2 0 0.000419238
2 2 0 0.00702029
5 2 0.134037 0.22575
6 2 0.00319125 0.00709605
7 2 0 0.00157237
8 2 0.171733 0.289239
9 2 0 0.0207653
10 2 0.088261 0.148652
11 2 0.057351 0.0965926
12 2 0 0.0141142
15 2 0 0.00887278
16 2 0 0.0260467
17 2 0 0.0268401
e
1 3 0.000419238 0.00100497
e
0 4 0.0127242 0.0127475
1 4 0.00100497 0.00101571
2 4 0.00702029 0.0072332
3 4 0 2.24072e-06
4 4 0 2.30546e-05
5 4 0.22575 0.225829
6 4 0.00709605 0.00714545
7 4 0.00157237 0.0016439
8 4 0.289239 0.289339
9 4 0.0207653 0.0210801
10 4 0.148652 0.148755
11 4 0.0965926 0.096626
12 4 0.0141142 0.0142212
13 4 0 0.000129989
17 4 0.0268401 0.0718635
e
3 5 2.24072e-06 0.0194519
4 5 2.30546e-05 0.200139
14 5 0 0.36645
e
0 6 0.0127475 0.0156835
1 6 0.00101571 0.00387215
2 6 0.0072332 0.0274712
3 6 0.0194519 0.021158
4 6 0.200139 0.206246
5 6 0.225829 0.269442
6 6 0.00714545 0.01407
7 6 0.0016439 0.00490345
8 6 0.289339 0.312685
9 6 0.0210801 0.0577687
10 6 0.148755 0.154167
11 6 0.096626 0.104422
15 6 0.00887278 0.0245494
e
7 7 0.00490345 0.357801
11 7 0.104422 0.555346
e
0 12 0.0156835 1
1 12 0.00387215 1
2 12 0.0274712 1
3 12 0.021158 1
4 12 0.206246 1
5 12 0.269442 1
6 12 0.01407 1
7 12 0.357801 1
8 12 0.312685 1
9 12 0.0577687 1
10 12 0.154167 1
11 12 0.555346 1
12 12 0.0142212 1
13 12 0.000129989 1
14 12 0.36645 1
15 12 0.0245494 1
16 12 0.0260467 1
17 12 0.0718635 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.36752e-08:0.00673528]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     4.10256e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 41 ns:", \
     NaN with lines lc rgb 'white' title "  shm/seqlock same-cpu", \
     2.4669e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 247 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.0017673
1 0.00158264
2 9.4512e-05
3 0.00224509
4 0.000218205
5 6.43365e-05
6 0.000305522
7 0.000421976
8 5.02145e-05
9 3.19525e-05
10 9.77045e-05
11 0.000150363
12 4.70095e-05
13 3.87005e-05
14 0.000119161
15 7.47795e-05
16 2.54735e-05
17 2.47205e-05
e
unset multiplot
unset logscale y
set output
