# explain.py: explain-1073741824-transport-only; data inline, run `gnuplot explain-1073741824-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-64.764363:164.764363]
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
5 1 0 0.373859
6 1 0 0.194485
8 1 0 0.350615
10 1 0 0.347146
11 1 0 0.176517
e
1 2 0 6.63551e-08
2 2 0 2.00296e-07
5 2 0.373859 0.572402
6 2 0.194485 0.387003
8 2 0.350615 0.536813
9 2 0 7.57678e-07
10 2 0.347146 0.531502
11 2 0.176517 0.270259
12 2 0 8.36613e-06
15 2 0 1.58307e-06
16 2 0 0.0525158
17 2 0 8.13231e-06
e
1 3 6.63551e-08 0.385334
e
1 4 0.385334 0.409766
2 4 2.00296e-07 0.0881667
3 4 0 0.0508932
4 4 0 0.0736583
5 4 0.572402 0.603356
6 4 0.387003 0.434622
8 4 0.536813 0.565843
9 4 7.57678e-07 0.166758
10 4 0.531502 0.588987
11 4 0.270259 0.284874
12 4 8.36613e-06 0.920659
13 4 0 1.0181
17 4 8.13231e-06 0.859882
e
3 5 0.0508932 0.41375
4 5 0.0736583 0.598825
14 5 0 0.806455
e
1 6 0.409766 0.441477
2 6 0.0881667 0.159957
5 6 0.603356 0.704176
6 6 0.434622 0.486321
8 6 0.565843 0.640076
9 6 0.166758 0.379966
10 6 0.588987 0.769586
11 6 0.284874 0.322246
15 6 1.58307e-06 0.445472
e
11 7 0.322246 0.895665
e
1 8 0.441477 0.441477
2 8 0.159957 0.159957
3 8 0.41375 0.413751
4 8 0.598825 0.598826
5 8 0.704176 0.704192
6 8 0.486321 0.486323
8 8 0.640076 0.640089
9 8 0.379966 0.380004
10 8 0.769586 0.770203
11 8 0.895665 0.89573
12 8 0.920659 0.920678
13 8 1.0181 1.01812
14 8 0.806455 0.806457
15 8 0.445472 0.445482
16 8 0.0525158 0.17107
17 8 0.859882 0.8599
e
1 9 0.441477 0.442448
2 9 0.159957 0.160278
3 9 0.413751 0.413806
4 9 0.598826 0.598846
5 9 0.704192 0.704738
6 9 0.486323 0.489966
8 9 0.640089 0.646195
9 9 0.380004 0.397561
10 9 0.770203 0.794721
11 9 0.89573 0.901778
12 9 0.920678 0.920774
15 9 0.445482 0.482405
16 9 0.17107 0.441692
17 9 0.8599 0.859946
e
1 10 0.442448 0.736692
2 10 0.160278 0.873901
3 10 0.413806 0.430626
4 10 0.598846 0.623189
5 10 0.704738 1.03119
6 10 0.489966 0.825638
8 10 0.646195 0.9487
9 10 0.397561 1.25629
10 10 0.794721 1.1163
11 10 0.901778 1.05737
12 10 -1.11425e-06 0
13 10 -1.23219e-06 0
14 10 -1.82528e-07 0
15 10 0.482405 1.39999
e
1 11 0.736692 0.736809
2 11 0.873901 0.873919
3 11 0.430626 0.431496
4 11 0.623189 0.623347
5 11 1.03119 1.0312
6 11 0.825638 0.825674
8 11 0.9487 0.948715
9 11 1.25629 1.25631
10 11 1.1163 1.11631
11 11 1.05737 1.05738
12 11 0.920774 0.921164
13 11 1.01812 1.01846
14 11 0.806457 0.806536
15 11 1.39999 1.4001
16 11 0.441692 1.62764
17 11 0.859946 0.860149
e
1 12 0.736809 1
2 12 0.873919 1
3 12 0.431496 1
4 12 0.623347 1
5 12 -0.0312003 0
6 12 0.825674 1
8 12 0.948715 1
9 12 -0.256313 0
10 12 -0.116309 0
11 12 -0.0573754 0
12 12 0.921164 1
13 12 -0.018461 -1.23219e-06
14 12 0.806536 1
15 12 -0.400102 0
16 12 -0.627644 0
17 12 0.860149 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [6.214e-06:44.2618]
unset grid
set grid ytics mytics
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.156615 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 156.61 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.148654 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 148.65 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
1 14.7539
2 4.88776
3 2.11687
4 1.46262
5 3.4804
6 6.78722
8 3.71113
9 1.29211
10 3.74822
11 7.3714
12 0.117019
13 0.105819
14 0.952463
15 0.618417
16 1.8642e-05
17 0.120384
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
set yrange [-64.764363:164.764363]
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
5 1 0 0.373859
6 1 0 0.194485
8 1 0 0.350615
10 1 0 0.347146
11 1 0 0.176517
e
1 2 0 6.63551e-08
2 2 0 2.00296e-07
5 2 0.373859 0.572402
6 2 0.194485 0.387003
8 2 0.350615 0.536813
9 2 0 7.57678e-07
10 2 0.347146 0.531502
11 2 0.176517 0.270259
12 2 0 8.36613e-06
15 2 0 1.58307e-06
16 2 0 0.0525158
17 2 0 8.13231e-06
e
1 3 6.63551e-08 0.385334
e
1 4 0.385334 0.409766
2 4 2.00296e-07 0.0881667
3 4 0 0.0508932
4 4 0 0.0736583
5 4 0.572402 0.603356
6 4 0.387003 0.434622
8 4 0.536813 0.565843
9 4 7.57678e-07 0.166758
10 4 0.531502 0.588987
11 4 0.270259 0.284874
12 4 8.36613e-06 0.920659
13 4 0 1.0181
17 4 8.13231e-06 0.859882
e
3 5 0.0508932 0.41375
4 5 0.0736583 0.598825
14 5 0 0.806455
e
1 6 0.409766 0.441477
2 6 0.0881667 0.159957
5 6 0.603356 0.704176
6 6 0.434622 0.486321
8 6 0.565843 0.640076
9 6 0.166758 0.379966
10 6 0.588987 0.769586
11 6 0.284874 0.322246
15 6 1.58307e-06 0.445472
e
11 7 0.322246 0.895665
e
1 8 0.441477 0.441477
2 8 0.159957 0.159957
3 8 0.41375 0.413751
4 8 0.598825 0.598826
5 8 0.704176 0.704192
6 8 0.486321 0.486323
8 8 0.640076 0.640089
9 8 0.379966 0.380004
10 8 0.769586 0.770203
11 8 0.895665 0.89573
12 8 0.920659 0.920678
13 8 1.0181 1.01812
14 8 0.806455 0.806457
15 8 0.445472 0.445482
16 8 0.0525158 0.17107
17 8 0.859882 0.8599
e
1 9 0.441477 0.442448
2 9 0.159957 0.160278
3 9 0.413751 0.413806
4 9 0.598826 0.598846
5 9 0.704192 0.704738
6 9 0.486323 0.489966
8 9 0.640089 0.646195
9 9 0.380004 0.397561
10 9 0.770203 0.794721
11 9 0.89573 0.901778
12 9 0.920678 0.920774
15 9 0.445482 0.482405
16 9 0.17107 0.441692
17 9 0.8599 0.859946
e
1 10 0.442448 0.736692
2 10 0.160278 0.873901
3 10 0.413806 0.430626
4 10 0.598846 0.623189
5 10 0.704738 1.03119
6 10 0.489966 0.825638
8 10 0.646195 0.9487
9 10 0.397561 1.25629
10 10 0.794721 1.1163
11 10 0.901778 1.05737
12 10 -1.11425e-06 0
13 10 -1.23219e-06 0
14 10 -1.82528e-07 0
15 10 0.482405 1.39999
e
1 11 0.736692 0.736809
2 11 0.873901 0.873919
3 11 0.430626 0.431496
4 11 0.623189 0.623347
5 11 1.03119 1.0312
6 11 0.825638 0.825674
8 11 0.9487 0.948715
9 11 1.25629 1.25631
10 11 1.1163 1.11631
11 11 1.05737 1.05738
12 11 0.920774 0.921164
13 11 1.01812 1.01846
14 11 0.806457 0.806536
15 11 1.39999 1.4001
16 11 0.441692 1.62764
17 11 0.859946 0.860149
e
1 12 0.736809 1
2 12 0.873919 1
3 12 0.431496 1
4 12 0.623347 1
5 12 -0.0312003 0
6 12 0.825674 1
8 12 0.948715 1
9 12 -0.256313 0
10 12 -0.116309 0
11 12 -0.0573754 0
12 12 0.921164 1
13 12 -0.018461 -1.23219e-06
14 12 0.806536 1
15 12 -0.400102 0
16 12 -0.627644 0
17 12 0.860149 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [6.214e-06:44.2618]
unset grid
set grid ytics mytics
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.156615 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 156.61 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.148654 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 148.65 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
1 14.7539
2 4.88776
3 2.11687
4 1.46262
5 3.4804
6 6.78722
8 3.71113
9 1.29211
10 3.74822
11 7.3714
12 0.117019
13 0.105819
14 0.952463
15 0.618417
16 1.8642e-05
17 0.120384
e
unset multiplot
unset logscale y
set output
