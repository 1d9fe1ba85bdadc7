# explain.py: explain-1073741824-transport-only; data inline, run `gnuplot explain-1073741824-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-34.379674:134.379674]
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
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#bcbd22" fs pattern 6 title "system calls", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#ff7f0e" fs pattern 7 title "wake-ups", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#e377c2" fs pattern 3 title "page faults", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
5 1 0 0.194096
6 1 0 0.130968
8 1 0 0.287472
10 1 0 0.221925
11 1 0 0.14255
e
1 2 0 3.31027e-08
2 2 0 8.13459e-08
5 2 0.194096 0.21731
6 2 0.130968 0.265675
8 2 0.287472 0.321853
9 2 0 5.07563e-07
10 2 0.221925 0.248468
11 2 0.14255 0.159599
12 2 0 5.86662e-06
15 2 0 8.84703e-07
16 2 0 0.0331613
17 2 0 5.20191e-06
e
1 3 3.31027e-08 0.326564
e
1 4 0.326564 0.33979
2 4 8.13459e-08 0.0557191
3 4 0 0.053148
4 4 0 0.0444586
5 4 0.21731 0.237766
6 4 0.265675 0.309472
8 4 0.321853 0.35215
9 4 5.07563e-07 0.173832
10 4 0.248468 0.295246
11 4 0.159599 0.174622
12 4 5.86662e-06 1.00461
13 4 0 0.90269
17 4 5.20191e-06 1.14789
e
3 5 0.053148 0.606109
4 5 0.0444586 0.507015
14 5 0 1.3237
e
1 6 0.33979 0.362793
2 6 0.0557191 0.0981138
5 6 0.237766 0.300023
6 6 0.309472 0.353903
8 6 0.35215 0.415009
9 6 0.173832 0.354162
10 6 0.295246 0.436486
11 6 0.174622 0.205793
15 6 8.84703e-07 0.314323
e
11 7 0.205793 0.74781
e
1 8 0.362793 0.362793
2 8 0.0981138 0.098114
3 8 0.606109 0.60611
4 8 0.507015 0.507015
5 8 0.300023 0.300041
6 8 0.353903 0.353904
8 8 0.415009 0.415012
9 8 0.354162 0.354172
10 8 0.436486 0.436903
11 8 0.74781 0.747818
12 8 1.00461 1.00463
13 8 0.90269 0.902705
14 8 1.3237 1.3237
15 8 0.314323 0.314331
16 8 0.0331613 0.129786
17 8 1.14789 1.1479
e
1 9 0.362793 0.363466
2 9 0.098114 0.0983406
3 9 0.60611 0.606155
4 9 0.507015 0.507044
5 9 0.300041 0.300587
6 9 0.353904 0.356539
8 9 0.415012 0.420205
9 9 0.354172 0.368901
10 9 0.436903 0.453582
11 9 0.747818 0.753332
12 9 1.00463 1.00467
13 9 0.902705 0.902784
14 9 1.3237 1.3237
15 9 0.314331 0.341049
16 9 0.129786 0.134725
17 9 1.1479 1.14794
e
1 10 0.363466 0.545153
2 10 0.0983406 0.496484
3 10 0.606155 0.620116
4 10 0.507044 0.518723
5 10 0.300587 0.643962
6 10 0.356539 0.7254
8 10 0.420205 0.929093
9 10 0.368901 1.09825
10 10 0.453582 0.85817
11 10 0.753332 1.00389
12 10 -9.66394e-07 0
13 10 -8.68353e-07 0
14 10 -1.63184e-07 0
15 10 0.341049 0.975289
e
1 11 0.545153 0.545228
2 11 0.496484 0.496498
3 11 0.620116 0.620991
4 11 0.518723 0.5188
5 11 0.643962 0.643966
6 11 0.7254 0.725441
8 11 0.929093 0.929103
9 11 1.09825 1.09827
10 11 0.85817 0.858181
11 11 1.00389 1.0039
12 11 1.00467 1.00496
13 11 0.902784 0.903053
14 11 1.3237 1.3238
15 11 0.975289 0.975381
16 11 0.134725 1.31939
17 11 1.14794 1.14818
e
1 12 0.545228 1
2 12 0.496498 1
3 12 0.620991 1
4 12 0.5188 1
5 12 0.643966 1
6 12 0.725441 1
8 12 0.929103 1
9 12 -0.0982734 0
10 12 0.858181 1
11 12 -0.00390048 0
12 12 -0.00495833 -9.66394e-07
13 12 0.903053 1
14 12 -0.323797 -1.63184e-07
15 12 0.975381 1
16 12 -0.319386 0
17 12 -0.14818 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [6.23217e-06:56.1887]
unset grid
set grid ytics mytics
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.100169 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 100.17 ms:", \
     NaN with lines lc rgb 'white' title "  shm/copyout cross-core", \
     0.14359 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 143.59 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
1 18.7296
2 7.62177
3 1.99762
4 2.38805
5 5.19015
6 7.27245
8 3.5043
9 1.22152
10 4.53931
11 7.06692
12 0.105683
13 0.117615
14 0.834487
15 0.7008
16 1.86965e-05
17 0.119187
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
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-34.379674:134.379674]
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
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#bcbd22" fs pattern 6 title "system calls", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#ff7f0e" fs pattern 7 title "wake-ups", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#e377c2" fs pattern 3 title "page faults", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
5 1 0 0.194096
6 1 0 0.130968
8 1 0 0.287472
10 1 0 0.221925
11 1 0 0.14255
e
1 2 0 3.31027e-08
2 2 0 8.13459e-08
5 2 0.194096 0.21731
6 2 0.130968 0.265675
8 2 0.287472 0.321853
9 2 0 5.07563e-07
10 2 0.221925 0.248468
11 2 0.14255 0.159599
12 2 0 5.86662e-06
15 2 0 8.84703e-07
16 2 0 0.0331613
17 2 0 5.20191e-06
e
1 3 3.31027e-08 0.326564
e
1 4 0.326564 0.33979
2 4 8.13459e-08 0.0557191
3 4 0 0.053148
4 4 0 0.0444586
5 4 0.21731 0.237766
6 4 0.265675 0.309472
8 4 0.321853 0.35215
9 4 5.07563e-07 0.173832
10 4 0.248468 0.295246
11 4 0.159599 0.174622
12 4 5.86662e-06 1.00461
13 4 0 0.90269
17 4 5.20191e-06 1.14789
e
3 5 0.053148 0.606109
4 5 0.0444586 0.507015
14 5 0 1.3237
e
1 6 0.33979 0.362793
2 6 0.0557191 0.0981138
5 6 0.237766 0.300023
6 6 0.309472 0.353903
8 6 0.35215 0.415009
9 6 0.173832 0.354162
10 6 0.295246 0.436486
11 6 0.174622 0.205793
15 6 8.84703e-07 0.314323
e
11 7 0.205793 0.74781
e
1 8 0.362793 0.362793
2 8 0.0981138 0.098114
3 8 0.606109 0.60611
4 8 0.507015 0.507015
5 8 0.300023 0.300041
6 8 0.353903 0.353904
8 8 0.415009 0.415012
9 8 0.354162 0.354172
10 8 0.436486 0.436903
11 8 0.74781 0.747818
12 8 1.00461 1.00463
13 8 0.90269 0.902705
14 8 1.3237 1.3237
15 8 0.314323 0.314331
16 8 0.0331613 0.129786
17 8 1.14789 1.1479
e
1 9 0.362793 0.363466
2 9 0.098114 0.0983406
3 9 0.60611 0.606155
4 9 0.507015 0.507044
5 9 0.300041 0.300587
6 9 0.353904 0.356539
8 9 0.415012 0.420205
9 9 0.354172 0.368901
10 9 0.436903 0.453582
11 9 0.747818 0.753332
12 9 1.00463 1.00467
13 9 0.902705 0.902784
14 9 1.3237 1.3237
15 9 0.314331 0.341049
16 9 0.129786 0.134725
17 9 1.1479 1.14794
e
1 10 0.363466 0.545153
2 10 0.0983406 0.496484
3 10 0.606155 0.620116
4 10 0.507044 0.518723
5 10 0.300587 0.643962
6 10 0.356539 0.7254
8 10 0.420205 0.929093
9 10 0.368901 1.09825
10 10 0.453582 0.85817
11 10 0.753332 1.00389
12 10 -9.66394e-07 0
13 10 -8.68353e-07 0
14 10 -1.63184e-07 0
15 10 0.341049 0.975289
e
1 11 0.545153 0.545228
2 11 0.496484 0.496498
3 11 0.620116 0.620991
4 11 0.518723 0.5188
5 11 0.643962 0.643966
6 11 0.7254 0.725441
8 11 0.929093 0.929103
9 11 1.09825 1.09827
10 11 0.85817 0.858181
11 11 1.00389 1.0039
12 11 1.00467 1.00496
13 11 0.902784 0.903053
14 11 1.3237 1.3238
15 11 0.975289 0.975381
16 11 0.134725 1.31939
17 11 1.14794 1.14818
e
1 12 0.545228 1
2 12 0.496498 1
3 12 0.620991 1
4 12 0.5188 1
5 12 0.643966 1
6 12 0.725441 1
8 12 0.929103 1
9 12 -0.0982734 0
10 12 0.858181 1
11 12 -0.00390048 0
12 12 -0.00495833 -9.66394e-07
13 12 0.903053 1
14 12 -0.323797 -1.63184e-07
15 12 0.975381 1
16 12 -0.319386 0
17 12 -0.14818 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [6.23217e-06:56.1887]
unset grid
set grid ytics mytics
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.100169 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 100.17 ms:", \
     NaN with lines lc rgb 'white' title "  shm/copyout cross-core", \
     0.14359 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 143.59 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
1 18.7296
2 7.62177
3 1.99762
4 2.38805
5 5.19015
6 7.27245
8 3.5043
9 1.22152
10 4.53931
11 7.06692
12 0.105683
13 0.117615
14 0.834487
15 0.7008
16 1.86965e-05
17 0.119187
e
unset multiplot
unset logscale y
set output
