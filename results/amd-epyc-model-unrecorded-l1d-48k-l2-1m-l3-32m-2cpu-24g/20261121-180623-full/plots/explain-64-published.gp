# explain.py: explain-64-published; data inline, run `gnuplot explain-64-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-64-published.png"
set multiplot layout 2,1 title "Where the time goes at 64 B (64 B), published pattern"
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
plot '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#9e9e9e" fs solid 0.35 title "generation (randn)", \
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
0 0 0 0.000705037
1 0 0 0.000887454
2 0 0 0.00478634
3 0 0 0.000698029
4 0 0 0.00315719
5 0 0 0.00798805
6 0 0 0.00384112
7 0 0 0.00182449
8 0 0 0.0172723
9 0 0 0.014508
10 0 0 0.00460097
11 0 0 0.00373989
12 0 0 0.0161309
13 0 0 0.0185152
14 0 0 0.00535954
15 0 0 0.00585998
16 0 0 0.0119257
17 0 0 0.00752882
e
0 1 0.000705037 0.00986939
5 1 0.00798805 0.0514014
6 1 0.00384112 0.0084245
8 1 0.0172723 0.111144
10 1 0.00460097 0.0296062
11 1 0.00373989 0.0240654
e
0 2 0.00986939 0.0128371
1 2 0.000887454 0.00164629
2 2 0.00478634 0.00887901
5 2 0.0514014 0.0806524
6 2 0.0084245 0.0142511
7 2 0.00182449 0.00338457
8 2 0.111144 0.174392
9 2 0.014508 0.0269133
10 2 0.0296062 0.0464543
11 2 0.0240654 0.0377603
12 2 0.0161309 0.029924
15 2 0.00585998 0.0108707
16 2 0.0119257 0.022123
17 2 0.00752882 0.0139665
e
1 3 0.00164629 0.00246372
e
0 4 0.0128371 0.0128628
1 4 0.00246372 0.00247819
2 4 0.00887901 0.00898889
3 4 0.000698029 0.000702035
4 4 0.00315719 0.00317531
5 4 0.0806524 0.0806983
6 4 0.0142511 0.0143173
7 4 0.00338457 0.00344739
8 4 0.174392 0.174491
9 4 0.0269133 0.0270799
10 4 0.0464543 0.0465071
11 4 0.0377603 0.0377818
12 4 0.029924 0.0300166
13 4 0.0185152 0.0186214
16 4 0.022123 0.0221914
17 4 0.0139665 0.0240845
e
3 5 0.000702035 0.0397023
4 5 0.00317531 0.179574
14 5 0.00535954 0.304808
e
0 6 0.0128628 0.0233795
1 6 0.00247819 0.0140115
2 6 0.00898889 0.0616449
3 6 0.0397023 0.0473885
4 6 0.179574 0.20338
5 6 0.0806983 0.145133
6 6 0.0143173 0.0376783
7 6 0.00344739 0.0178811
8 6 0.174491 0.215405
9 6 0.0270799 0.0614458
10 6 0.0465071 0.048489
11 6 0.0377818 0.0466407
15 6 0.0108707 0.0247516
e
7 7 0.0178811 0.448841
11 7 0.0466407 0.666162
e
0 12 0.0233795 1
1 12 0.0140115 1
2 12 0.0616449 1
3 12 0.0473885 1
4 12 0.20338 1
5 12 0.145133 1
6 12 0.0376783 1
7 12 0.448841 1
8 12 0.215405 1
9 12 0.0614458 1
10 12 0.048489 1
11 12 0.666162 1
12 12 0.0300166 1
13 12 0.0186214 1
14 12 0.304808 1
15 12 0.0247516 1
16 12 0.0221914 1
17 12 0.0240845 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.11155e-08:0.00266894]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     3.33465e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 33 ns:", \
     NaN with lines lc rgb 'white' title "  shm/spin same-cpu", \
     1.2776e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 128 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 0.000880804
1 0.000699753
2 0.000129744
3 0.000889647
4 0.000196694
5 7.7741e-05
6 0.000161672
7 0.000340368
8 3.59535e-05
9 4.2804e-05
10 0.000134971
11 0.000166048
12 3.84975e-05
13 3.354e-05
14 0.000115868
15 0.000105973
16 5.20725e-05
17 8.2483e-05
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-64-published.svg"
set multiplot layout 2,1 title "Where the time goes at 64 B (64 B), published pattern"
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
plot '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#9e9e9e" fs solid 0.35 title "generation (randn)", \
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
0 0 0 0.000705037
1 0 0 0.000887454
2 0 0 0.00478634
3 0 0 0.000698029
4 0 0 0.00315719
5 0 0 0.00798805
6 0 0 0.00384112
7 0 0 0.00182449
8 0 0 0.0172723
9 0 0 0.014508
10 0 0 0.00460097
11 0 0 0.00373989
12 0 0 0.0161309
13 0 0 0.0185152
14 0 0 0.00535954
15 0 0 0.00585998
16 0 0 0.0119257
17 0 0 0.00752882
e
0 1 0.000705037 0.00986939
5 1 0.00798805 0.0514014
6 1 0.00384112 0.0084245
8 1 0.0172723 0.111144
10 1 0.00460097 0.0296062
11 1 0.00373989 0.0240654
e
0 2 0.00986939 0.0128371
1 2 0.000887454 0.00164629
2 2 0.00478634 0.00887901
5 2 0.0514014 0.0806524
6 2 0.0084245 0.0142511
7 2 0.00182449 0.00338457
8 2 0.111144 0.174392
9 2 0.014508 0.0269133
10 2 0.0296062 0.0464543
11 2 0.0240654 0.0377603
12 2 0.0161309 0.029924
15 2 0.00585998 0.0108707
16 2 0.0119257 0.022123
17 2 0.00752882 0.0139665
e
1 3 0.00164629 0.00246372
e
0 4 0.0128371 0.0128628
1 4 0.00246372 0.00247819
2 4 0.00887901 0.00898889
3 4 0.000698029 0.000702035
4 4 0.00315719 0.00317531
5 4 0.0806524 0.0806983
6 4 0.0142511 0.0143173
7 4 0.00338457 0.00344739
8 4 0.174392 0.174491
9 4 0.0269133 0.0270799
10 4 0.0464543 0.0465071
11 4 0.0377603 0.0377818
12 4 0.029924 0.0300166
13 4 0.0185152 0.0186214
16 4 0.022123 0.0221914
17 4 0.0139665 0.0240845
e
3 5 0.000702035 0.0397023
4 5 0.00317531 0.179574
14 5 0.00535954 0.304808
e
0 6 0.0128628 0.0233795
1 6 0.00247819 0.0140115
2 6 0.00898889 0.0616449
3 6 0.0397023 0.0473885
4 6 0.179574 0.20338
5 6 0.0806983 0.145133
6 6 0.0143173 0.0376783
7 6 0.00344739 0.0178811
8 6 0.174491 0.215405
9 6 0.0270799 0.0614458
10 6 0.0465071 0.048489
11 6 0.0377818 0.0466407
15 6 0.0108707 0.0247516
e
7 7 0.0178811 0.448841
11 7 0.0466407 0.666162
e
0 12 0.0233795 1
1 12 0.0140115 1
2 12 0.0616449 1
3 12 0.0473885 1
4 12 0.20338 1
5 12 0.145133 1
6 12 0.0376783 1
7 12 0.448841 1
8 12 0.215405 1
9 12 0.0614458 1
10 12 0.048489 1
11 12 0.666162 1
12 12 0.0300166 1
13 12 0.0186214 1
14 12 0.304808 1
15 12 0.0247516 1
16 12 0.0221914 1
17 12 0.0240845 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.11155e-08:0.00266894]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     3.33465e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 33 ns:", \
     NaN with lines lc rgb 'white' title "  shm/spin same-cpu", \
     1.2776e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 128 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 0.000880804
1 0.000699753
2 0.000129744
3 0.000889647
4 0.000196694
5 7.7741e-05
6 0.000161672
7 0.000340368
8 3.59535e-05
9 4.2804e-05
10 0.000134971
11 0.000166048
12 3.84975e-05
13 3.354e-05
14 0.000115868
15 0.000105973
16 5.20725e-05
17 8.2483e-05
e
unset multiplot
unset logscale y
set output
