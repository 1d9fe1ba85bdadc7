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
0 1 0 0.00871357
5 1 0 0.0428425
6 1 0 0.00308843
8 1 0 0.096909
10 1 0 0.024091
11 1 0 0.0149361
e
0 2 0.00871357 0.0115353
1 2 0 0.000771732
2 2 0 0.00407367
5 2 0.0428425 0.0717088
6 2 0.00308843 0.00701461
7 2 0 0.00154559
8 2 0.096909 0.162204
9 2 0 0.00897284
10 2 0.024091 0.0403229
11 2 0.0149361 0.0249998
12 2 0 0.0227902
15 2 0 0.00568434
16 2 0 0.010521
17 2 0 0.00649723
e
1 3 0.000771732 0.00160305
e
0 4 0.0115353 0.0115597
1 4 0.00160305 0.00161777
2 4 0.00407367 0.00418304
3 4 0 3.99115e-06
4 4 0 1.91035e-05
5 4 0.0717088 0.071754
6 4 0.00701461 0.00705917
7 4 0.00154559 0.00160783
8 4 0.162204 0.162306
9 4 0.00897284 0.00909329
10 4 0.0403229 0.0403738
11 4 0.0249998 0.0250156
12 4 0.0227902 0.0229431
13 4 0 0.000104401
17 4 0.00649723 0.0166652
e
3 5 3.99115e-06 0.0388608
4 5 1.91035e-05 0.186006
14 5 0 0.259326
e
0 6 0.0115597 0.0215591
1 6 0.00161777 0.013347
2 6 0.00418304 0.0565947
3 6 0.0388608 0.0465188
4 6 0.186006 0.211106
5 6 0.071754 0.135342
6 6 0.00705917 0.0228006
7 6 0.00160783 0.0159075
8 6 0.162306 0.204544
9 6 0.00909329 0.0339503
10 6 0.0403738 0.0422833
11 6 0.0250156 0.0315255
15 6 0.00568434 0.0214314
e
7 7 0.0159075 0.442868
11 7 0.0315255 0.486779
e
0 12 0.0215591 1
1 12 0.013347 1
2 12 0.0565947 1
3 12 0.0465188 1
4 12 0.211106 1
5 12 0.135342 1
6 12 0.0228006 1
7 12 0.442868 1
8 12 0.204544 1
9 12 0.0339503 1
10 12 0.0422833 1
11 12 0.486779 1
12 12 0.0229431 1
13 12 0.000104401 1
14 12 0.259326 1
15 12 0.0214314 1
16 12 0.010521 1
17 12 0.0166652 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.11155e-08:0.00277911]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     3.33465e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 33 ns:", \
     NaN with lines lc rgb 'white' title "  shm/spin same-cpu", \
     1.2776e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 128 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 0.000926371
1 0.000688061
2 0.000130349
3 0.000892931
4 0.000186554
5 7.8777e-05
6 0.000239928
7 0.000343557
8 3.48265e-05
9 5.91785e-05
10 0.000140094
11 0.000225962
12 2.32995e-05
13 3.4136e-05
14 0.000133795
15 9.34145e-05
16 5.04705e-05
17 8.1727e-05
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
0 1 0 0.00871357
5 1 0 0.0428425
6 1 0 0.00308843
8 1 0 0.096909
10 1 0 0.024091
11 1 0 0.0149361
e
0 2 0.00871357 0.0115353
1 2 0 0.000771732
2 2 0 0.00407367
5 2 0.0428425 0.0717088
6 2 0.00308843 0.00701461
7 2 0 0.00154559
8 2 0.096909 0.162204
9 2 0 0.00897284
10 2 0.024091 0.0403229
11 2 0.0149361 0.0249998
12 2 0 0.0227902
15 2 0 0.00568434
16 2 0 0.010521
17 2 0 0.00649723
e
1 3 0.000771732 0.00160305
e
0 4 0.0115353 0.0115597
1 4 0.00160305 0.00161777
2 4 0.00407367 0.00418304
3 4 0 3.99115e-06
4 4 0 1.91035e-05
5 4 0.0717088 0.071754
6 4 0.00701461 0.00705917
7 4 0.00154559 0.00160783
8 4 0.162204 0.162306
9 4 0.00897284 0.00909329
10 4 0.0403229 0.0403738
11 4 0.0249998 0.0250156
12 4 0.0227902 0.0229431
13 4 0 0.000104401
17 4 0.00649723 0.0166652
e
3 5 3.99115e-06 0.0388608
4 5 1.91035e-05 0.186006
14 5 0 0.259326
e
0 6 0.0115597 0.0215591
1 6 0.00161777 0.013347
2 6 0.00418304 0.0565947
3 6 0.0388608 0.0465188
4 6 0.186006 0.211106
5 6 0.071754 0.135342
6 6 0.00705917 0.0228006
7 6 0.00160783 0.0159075
8 6 0.162306 0.204544
9 6 0.00909329 0.0339503
10 6 0.0403738 0.0422833
11 6 0.0250156 0.0315255
15 6 0.00568434 0.0214314
e
7 7 0.0159075 0.442868
11 7 0.0315255 0.486779
e
0 12 0.0215591 1
1 12 0.013347 1
2 12 0.0565947 1
3 12 0.0465188 1
4 12 0.211106 1
5 12 0.135342 1
6 12 0.0228006 1
7 12 0.442868 1
8 12 0.204544 1
9 12 0.0339503 1
10 12 0.0422833 1
11 12 0.486779 1
12 12 0.0229431 1
13 12 0.000104401 1
14 12 0.259326 1
15 12 0.0214314 1
16 12 0.010521 1
17 12 0.0166652 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.11155e-08:0.00277911]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     3.33465e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 33 ns:", \
     NaN with lines lc rgb 'white' title "  shm/spin same-cpu", \
     1.2776e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 128 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 0.000926371
1 0.000688061
2 0.000130349
3 0.000892931
4 0.000186554
5 7.8777e-05
6 0.000239928
7 0.000343557
8 3.48265e-05
9 5.91785e-05
10 0.000140094
11 0.000225962
12 2.32995e-05
13 3.4136e-05
14 0.000133795
15 9.34145e-05
16 5.04705e-05
17 8.1727e-05
e
unset multiplot
unset logscale y
set output
