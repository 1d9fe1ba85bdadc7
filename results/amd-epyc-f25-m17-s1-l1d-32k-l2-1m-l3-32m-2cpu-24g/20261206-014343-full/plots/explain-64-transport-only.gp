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
0 1 0 0.00803112
5 1 0 0.114387
6 1 0 0.00278907
8 1 0 0.134154
10 1 0 0.0368692
11 1 0 0.0172886
e
0 2 0.00803112 0.0106146
1 2 0 0.000727762
2 2 0 0.0078711
5 2 0.114387 0.193118
6 2 0.00278907 0.00630379
7 2 0 0.00094792
8 2 0.134154 0.22649
9 2 0 0.0251196
10 2 0.0368692 0.0622454
11 2 0.0172886 0.029188
12 2 0 0.0240412
15 2 0 0.00420812
16 2 0 0.0318226
17 2 0 0.0368002
e
1 3 0.000727762 0.00168555
e
0 4 0.0106146 0.0106454
1 4 0.00168555 0.00170652
2 4 0.0078711 0.00820264
3 4 0 5.44139e-06
4 4 0 2.02598e-05
5 4 0.193118 0.193287
6 4 0.00630379 0.00636257
7 4 0.00094792 0.00100781
8 4 0.22649 0.226688
9 4 0.0251196 0.0256486
10 4 0.0622454 0.0623544
11 4 0.029188 0.0292135
12 4 0.0240412 0.0242944
13 4 0 0.000247325
17 4 0.0368002 0.102238
e
3 5 5.44139e-06 0.0339723
4 5 2.02598e-05 0.126488
14 5 0 0.154598
e
0 6 0.0106454 0.0185666
1 6 0.00170652 0.0119622
2 6 0.00820264 0.106766
3 6 0.0339723 0.04016
4 6 0.126488 0.143271
5 6 0.193287 0.333661
6 6 0.00636257 0.0186324
7 6 0.00100781 0.00954356
8 6 0.226688 0.262898
9 6 0.0256486 0.0739743
10 6 0.0623544 0.0656625
11 6 0.0292135 0.03388
15 6 0.00420812 0.0123038
e
7 7 0.00954356 0.410347
11 7 0.03388 0.34748
e
0 12 0.0185666 1
1 12 0.0119622 1
2 12 0.106766 1
3 12 0.04016 1
4 12 0.143271 1
5 12 0.333661 1
6 12 0.0186324 1
7 12 0.410347 1
8 12 0.262898 1
9 12 0.0739743 1
10 12 0.0656625 1
11 12 0.34748 1
12 12 0.0242944 1
13 12 0.000247325 1
14 12 0.154598 1
15 12 0.0123038 1
16 12 0.0318226 1
17 12 0.102238 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.01103e-08:0.00331411]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     3.0331e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 30 ns:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     8.47947e-08 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 85 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.0011047
1 0.000743375
2 6.87325e-05
3 0.00104698
4 0.000281198
5 3.371e-05
6 0.000290777
7 0.000570724
8 2.8743e-05
9 2.1537e-05
10 0.000104586
11 0.000223037
12 2.2503e-05
13 2.30345e-05
14 0.000230032
15 0.000128561
16 1.70005e-05
17 1.4701e-05
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
0 1 0 0.00803112
5 1 0 0.114387
6 1 0 0.00278907
8 1 0 0.134154
10 1 0 0.0368692
11 1 0 0.0172886
e
0 2 0.00803112 0.0106146
1 2 0 0.000727762
2 2 0 0.0078711
5 2 0.114387 0.193118
6 2 0.00278907 0.00630379
7 2 0 0.00094792
8 2 0.134154 0.22649
9 2 0 0.0251196
10 2 0.0368692 0.0622454
11 2 0.0172886 0.029188
12 2 0 0.0240412
15 2 0 0.00420812
16 2 0 0.0318226
17 2 0 0.0368002
e
1 3 0.000727762 0.00168555
e
0 4 0.0106146 0.0106454
1 4 0.00168555 0.00170652
2 4 0.0078711 0.00820264
3 4 0 5.44139e-06
4 4 0 2.02598e-05
5 4 0.193118 0.193287
6 4 0.00630379 0.00636257
7 4 0.00094792 0.00100781
8 4 0.22649 0.226688
9 4 0.0251196 0.0256486
10 4 0.0622454 0.0623544
11 4 0.029188 0.0292135
12 4 0.0240412 0.0242944
13 4 0 0.000247325
17 4 0.0368002 0.102238
e
3 5 5.44139e-06 0.0339723
4 5 2.02598e-05 0.126488
14 5 0 0.154598
e
0 6 0.0106454 0.0185666
1 6 0.00170652 0.0119622
2 6 0.00820264 0.106766
3 6 0.0339723 0.04016
4 6 0.126488 0.143271
5 6 0.193287 0.333661
6 6 0.00636257 0.0186324
7 6 0.00100781 0.00954356
8 6 0.226688 0.262898
9 6 0.0256486 0.0739743
10 6 0.0623544 0.0656625
11 6 0.0292135 0.03388
15 6 0.00420812 0.0123038
e
7 7 0.00954356 0.410347
11 7 0.03388 0.34748
e
0 12 0.0185666 1
1 12 0.0119622 1
2 12 0.106766 1
3 12 0.04016 1
4 12 0.143271 1
5 12 0.333661 1
6 12 0.0186324 1
7 12 0.410347 1
8 12 0.262898 1
9 12 0.0739743 1
10 12 0.0656625 1
11 12 0.34748 1
12 12 0.0242944 1
13 12 0.000247325 1
14 12 0.154598 1
15 12 0.0123038 1
16 12 0.0318226 1
17 12 0.102238 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.01103e-08:0.00331411]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     3.0331e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 30 ns:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     8.47947e-08 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 85 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.0011047
1 0.000743375
2 6.87325e-05
3 0.00104698
4 0.000281198
5 3.371e-05
6 0.000290777
7 0.000570724
8 2.8743e-05
9 2.1537e-05
10 0.000104586
11 0.000223037
12 2.2503e-05
13 2.30345e-05
14 0.000230032
15 0.000128561
16 1.70005e-05
17 1.4701e-05
e
unset multiplot
unset logscale y
set output
