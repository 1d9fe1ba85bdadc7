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
0 1 0 0.0143891
5 1 0 0.178671
6 1 0 0.00357883
8 1 0 0.156669
10 1 0 0.0913468
11 1 0 0.0415343
e
0 2 0.0143891 0.0182489
1 2 0 0.000690299
2 2 0 0.0143526
5 2 0.178671 0.302325
6 2 0.00357883 0.0081131
7 2 0 0.00376897
8 2 0.156669 0.265096
9 2 0 0.0351168
10 2 0.0913468 0.154566
11 2 0.0415343 0.0702792
12 2 0 0.0276169
15 2 0 0.0143385
16 2 0 0.0469717
17 2 0 0.0411295
e
1 3 0.000690299 0.00159642
e
0 4 0.0182489 0.018284
1 4 0.00159642 0.00160898
2 4 0.0143526 0.0146871
3 4 0 4.01729e-06
4 4 0 3.0724e-05
5 4 0.302325 0.302483
6 4 0.0081131 0.00815729
7 4 0.00376897 0.00390071
8 4 0.265096 0.265234
9 4 0.0351168 0.035526
10 4 0.154566 0.154726
11 4 0.0702792 0.0703158
12 4 0.0276169 0.0277777
13 4 0 0.000151503
17 4 0.0411295 0.105804
e
3 5 4.01729e-06 0.0241039
4 5 3.0724e-05 0.184345
14 5 0 0.354813
e
0 6 0.018284 0.0233883
1 6 0.00160898 0.00533984
2 6 0.0146871 0.0816982
3 6 0.0241039 0.0272617
4 6 0.184345 0.201222
5 6 0.302483 0.392989
6 6 0.00815729 0.014552
7 6 0.00390071 0.0165547
8 6 0.265234 0.288772
9 6 0.035526 0.0704664
10 6 0.154726 0.160438
11 6 0.0703158 0.076556
15 6 0.0143385 0.028605
e
7 7 0.0165547 0.394911
11 7 0.076556 0.647877
e
0 12 0.0233883 1
1 12 0.00533984 1
2 12 0.0816982 1
3 12 0.0272617 1
4 12 0.201222 1
5 12 0.392989 1
6 12 0.014552 1
7 12 0.394911 1
8 12 0.288772 1
9 12 0.0704664 1
10 12 0.160438 1
11 12 0.647877 1
12 12 0.0277777 1
13 12 0.000151503 1
14 12 0.354813 1
15 12 0.028605 1
16 12 0.0469717 1
17 12 0.105804 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.8649e-08:0.00543376]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     5.5947e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 56 ns:", \
     NaN with lines lc rgb 'white' title "  shm/spin same-cpu", \
     2.38159e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 238 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 0.00151795
1 0.00180936
2 8.70225e-05
3 0.00181125
4 0.000236829
5 4.62945e-05
6 0.000494015
7 0.00033139
8 5.2796e-05
9 3.5567e-05
10 9.05505e-05
11 0.000199149
12 4.5226e-05
13 4.80275e-05
14 0.000123026
15 8.7108e-05
16 2.65905e-05
17 3.03675e-05
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
0 1 0 0.0143891
5 1 0 0.178671
6 1 0 0.00357883
8 1 0 0.156669
10 1 0 0.0913468
11 1 0 0.0415343
e
0 2 0.0143891 0.0182489
1 2 0 0.000690299
2 2 0 0.0143526
5 2 0.178671 0.302325
6 2 0.00357883 0.0081131
7 2 0 0.00376897
8 2 0.156669 0.265096
9 2 0 0.0351168
10 2 0.0913468 0.154566
11 2 0.0415343 0.0702792
12 2 0 0.0276169
15 2 0 0.0143385
16 2 0 0.0469717
17 2 0 0.0411295
e
1 3 0.000690299 0.00159642
e
0 4 0.0182489 0.018284
1 4 0.00159642 0.00160898
2 4 0.0143526 0.0146871
3 4 0 4.01729e-06
4 4 0 3.0724e-05
5 4 0.302325 0.302483
6 4 0.0081131 0.00815729
7 4 0.00376897 0.00390071
8 4 0.265096 0.265234
9 4 0.0351168 0.035526
10 4 0.154566 0.154726
11 4 0.0702792 0.0703158
12 4 0.0276169 0.0277777
13 4 0 0.000151503
17 4 0.0411295 0.105804
e
3 5 4.01729e-06 0.0241039
4 5 3.0724e-05 0.184345
14 5 0 0.354813
e
0 6 0.018284 0.0233883
1 6 0.00160898 0.00533984
2 6 0.0146871 0.0816982
3 6 0.0241039 0.0272617
4 6 0.184345 0.201222
5 6 0.302483 0.392989
6 6 0.00815729 0.014552
7 6 0.00390071 0.0165547
8 6 0.265234 0.288772
9 6 0.035526 0.0704664
10 6 0.154726 0.160438
11 6 0.0703158 0.076556
15 6 0.0143385 0.028605
e
7 7 0.0165547 0.394911
11 7 0.076556 0.647877
e
0 12 0.0233883 1
1 12 0.00533984 1
2 12 0.0816982 1
3 12 0.0272617 1
4 12 0.201222 1
5 12 0.392989 1
6 12 0.014552 1
7 12 0.394911 1
8 12 0.288772 1
9 12 0.0704664 1
10 12 0.160438 1
11 12 0.647877 1
12 12 0.0277777 1
13 12 0.000151503 1
14 12 0.354813 1
15 12 0.028605 1
16 12 0.0469717 1
17 12 0.105804 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.8649e-08:0.00543376]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     5.5947e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 56 ns:", \
     NaN with lines lc rgb 'white' title "  shm/spin same-cpu", \
     2.38159e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 238 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 0.00151795
1 0.00180936
2 8.70225e-05
3 0.00181125
4 0.000236829
5 4.62945e-05
6 0.000494015
7 0.00033139
8 5.2796e-05
9 3.5567e-05
10 9.05505e-05
11 0.000199149
12 4.5226e-05
13 4.80275e-05
14 0.000123026
15 8.7108e-05
16 2.65905e-05
17 3.03675e-05
e
unset multiplot
unset logscale y
set output
