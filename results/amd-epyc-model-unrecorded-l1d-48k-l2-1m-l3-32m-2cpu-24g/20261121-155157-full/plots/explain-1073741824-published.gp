# explain.py: explain-1073741824-published; data inline, run `gnuplot explain-1073741824-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-published.png"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-50.033219:150.033219]
set grid ytics
set key outside right top
unset logscale y
set format y '%.0f%%'
set style fill border -1
plot '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#9e9e9e" fs solid 0.35 title "generation (randn)", \
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
1 0 0 0.166166
2 0 0 0.297328
3 0 0 0.646733
4 0 0 1.08183
5 0 0 0.506593
6 0 0 0.285386
8 0 0 0.387207
9 0 0 1.08903
10 0 0 0.428635
11 0 0 0.258813
12 0 0 0.90261
13 0 0 0.987936
14 0 0 0.591594
15 0 0 0.695708
16 0 0 0.862091
17 0 0 0.915132
e
5 1 0.506593 0.616206
6 1 0.285386 0.29779
8 1 0.387207 0.470988
10 1 0.428635 0.52138
11 1 0.258813 0.314813
e
1 2 0.166166 0.166166
2 2 0.297328 0.297328
5 2 0.616206 0.622835
6 2 0.29779 0.309842
8 2 0.470988 0.476055
9 2 1.08903 1.08903
10 2 0.52138 0.526989
11 2 0.314813 0.3182
12 2 0.90261 0.90261
15 2 0.695708 0.695708
16 2 0.862091 0.862091
17 2 0.915132 0.915132
e
1 3 0.166166 0.303269
e
1 4 0.303269 0.30821
2 4 0.297328 0.312485
3 4 0.646733 0.654975
4 4 1.08183 1.09562
5 4 0.622835 0.629291
6 4 0.309842 0.320753
8 4 0.476055 0.48099
9 4 1.08903 1.11679
10 4 0.526989 0.537914
11 4 0.3182 0.321498
12 4 0.90261 0.914113
13 4 0.987936 1.00053
16 4 0.862091 0.873078
17 4 0.915132 0.926794
e
3 5 0.654975 0.884932
4 5 1.09562 1.48028
14 5 0.591594 0.801945
e
1 6 0.30821 0.325391
2 6 0.312485 0.335542
5 6 0.629291 0.668576
6 6 0.320753 0.342884
8 6 0.48099 0.499138
9 6 1.11679 1.16783
10 6 0.537914 0.563677
11 6 0.321498 0.333629
15 6 0.695708 0.728316
e
1 11 0.325391 0.325415
2 11 0.335542 0.335546
3 11 0.884932 0.88507
4 11 1.48028 1.48033
5 11 0.668576 0.668579
6 11 0.342884 0.342893
8 11 0.499138 0.499138
9 11 1.16783 1.16783
10 11 0.563677 0.563687
11 11 0.333629 0.333632
12 11 0.914113 0.914114
13 11 1.00053 1.00053
14 11 0.801945 0.801945
15 11 0.728316 0.728319
16 11 0.873078 0.873081
e
1 12 0.325415 1
2 12 0.335546 1
3 12 0.88507 1
4 12 -0.480332 0
5 12 0.668579 1
6 12 0.342893 1
8 12 0.499138 1
9 12 -0.167833 0
10 12 0.563687 1
11 12 0.333632 1
12 12 0.914114 1
13 12 -0.000527717 0
14 12 0.801945 1
15 12 0.728319 1
16 12 0.873081 1
17 12 0.926794 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.0145719:88.7]
unset grid
set grid ytics mytics
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.101034 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 101.03 ms:", \
     NaN with lines lc rgb 'white' title "  vmsplice/read same-cpu", \
     0.0437157 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 43.72 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
1 29.5667
2 16.5237
3 7.59661
4 4.54135
5 9.69808
6 17.2152
8 12.6882
9 4.51133
10 11.4619
11 18.9827
12 5.44308
13 4.97297
14 8.30465
15 7.06184
16 5.69891
17 5.3686
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-published.svg"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-50.033219:150.033219]
set grid ytics
set key outside right top
unset logscale y
set format y '%.0f%%'
set style fill border -1
plot '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#9e9e9e" fs solid 0.35 title "generation (randn)", \
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
1 0 0 0.166166
2 0 0 0.297328
3 0 0 0.646733
4 0 0 1.08183
5 0 0 0.506593
6 0 0 0.285386
8 0 0 0.387207
9 0 0 1.08903
10 0 0 0.428635
11 0 0 0.258813
12 0 0 0.90261
13 0 0 0.987936
14 0 0 0.591594
15 0 0 0.695708
16 0 0 0.862091
17 0 0 0.915132
e
5 1 0.506593 0.616206
6 1 0.285386 0.29779
8 1 0.387207 0.470988
10 1 0.428635 0.52138
11 1 0.258813 0.314813
e
1 2 0.166166 0.166166
2 2 0.297328 0.297328
5 2 0.616206 0.622835
6 2 0.29779 0.309842
8 2 0.470988 0.476055
9 2 1.08903 1.08903
10 2 0.52138 0.526989
11 2 0.314813 0.3182
12 2 0.90261 0.90261
15 2 0.695708 0.695708
16 2 0.862091 0.862091
17 2 0.915132 0.915132
e
1 3 0.166166 0.303269
e
1 4 0.303269 0.30821
2 4 0.297328 0.312485
3 4 0.646733 0.654975
4 4 1.08183 1.09562
5 4 0.622835 0.629291
6 4 0.309842 0.320753
8 4 0.476055 0.48099
9 4 1.08903 1.11679
10 4 0.526989 0.537914
11 4 0.3182 0.321498
12 4 0.90261 0.914113
13 4 0.987936 1.00053
16 4 0.862091 0.873078
17 4 0.915132 0.926794
e
3 5 0.654975 0.884932
4 5 1.09562 1.48028
14 5 0.591594 0.801945
e
1 6 0.30821 0.325391
2 6 0.312485 0.335542
5 6 0.629291 0.668576
6 6 0.320753 0.342884
8 6 0.48099 0.499138
9 6 1.11679 1.16783
10 6 0.537914 0.563677
11 6 0.321498 0.333629
15 6 0.695708 0.728316
e
1 11 0.325391 0.325415
2 11 0.335542 0.335546
3 11 0.884932 0.88507
4 11 1.48028 1.48033
5 11 0.668576 0.668579
6 11 0.342884 0.342893
8 11 0.499138 0.499138
9 11 1.16783 1.16783
10 11 0.563677 0.563687
11 11 0.333629 0.333632
12 11 0.914113 0.914114
13 11 1.00053 1.00053
14 11 0.801945 0.801945
15 11 0.728316 0.728319
16 11 0.873078 0.873081
e
1 12 0.325415 1
2 12 0.335546 1
3 12 0.88507 1
4 12 -0.480332 0
5 12 0.668579 1
6 12 0.342893 1
8 12 0.499138 1
9 12 -0.167833 0
10 12 0.563687 1
11 12 0.333632 1
12 12 0.914114 1
13 12 -0.000527717 0
14 12 0.801945 1
15 12 0.728319 1
16 12 0.873081 1
17 12 0.926794 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.0145719:88.7]
unset grid
set grid ytics mytics
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.101034 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 101.03 ms:", \
     NaN with lines lc rgb 'white' title "  vmsplice/read same-cpu", \
     0.0437157 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 43.72 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
1 29.5667
2 16.5237
3 7.59661
4 4.54135
5 9.69808
6 17.2152
8 12.6882
9 4.51133
10 11.4619
11 18.9827
12 5.44308
13 4.97297
14 8.30465
15 7.06184
16 5.69891
17 5.3686
e
unset multiplot
unset logscale y
set output
