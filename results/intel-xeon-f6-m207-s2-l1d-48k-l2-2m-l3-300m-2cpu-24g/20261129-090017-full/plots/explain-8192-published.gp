# explain.py: explain-8192-published; data inline, run `gnuplot explain-8192-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-published.png"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-17.920437:117.920437]
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
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#bcbd22" fs pattern 6 title "system calls", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#ff7f0e" fs pattern 7 title "wake-ups", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#e377c2" fs pattern 3 title "page faults", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
0 0 0 0.00642034
1 0 0 0.0174214
2 0 0 0.253669
3 0 0 0.0132678
4 0 0 0.109567
5 0 0 0.402086
6 0 0 0.0727586
7 0 0 0.0854885
8 0 0 0.448735
9 0 0 0.551291
10 0 0 0.207366
11 0 0 0.168182
12 0 0 0.387267
13 0 0 0.439724
14 0 0 0.181795
15 0 0 0.260054
16 0 0 0.45321
17 0 0 0.585185
e
0 1 0.00642034 0.402476
5 1 0.402086 0.530817
6 1 0.0727586 0.0756735
8 1 0.448735 0.592401
10 1 0.207366 0.273756
11 1 0.168182 0.222027
e
0 2 0.402476 0.498168
1 2 0.0174214 0.0180283
2 2 0.253669 0.262505
5 2 0.530817 0.614172
6 2 0.0756735 0.0800835
7 2 0.0854885 0.0884662
8 2 0.592401 0.685426
9 2 0.551291 0.570494
10 2 0.273756 0.316744
11 2 0.222027 0.256892
12 2 0.387267 0.400756
15 2 0.260054 0.269112
16 2 0.45321 0.468997
17 2 0.585185 0.605568
e
1 3 0.0180283 0.0410922
e
0 4 0.498168 0.498265
1 4 0.0410922 0.0411757
2 4 0.262505 0.264555
3 4 0.0132678 0.0132946
4 4 0.109567 0.109788
5 4 0.614172 0.614984
6 4 0.0800835 0.0805244
7 4 0.0884662 0.0895024
8 4 0.685426 0.686333
9 4 0.570494 0.572721
10 4 0.316744 0.317582
11 4 0.256892 0.257232
12 4 0.400756 0.401539
13 4 0.439724 0.440613
16 4 0.468997 0.469912
17 4 0.605568 0.633378
e
3 5 0.0132946 0.0354854
4 5 0.109788 0.293041
14 5 0.181795 0.485853
e
0 6 0.498265 0.499684
1 6 0.0411757 0.0432959
2 6 0.264555 0.287121
3 6 0.0354854 0.0371456
4 6 0.293041 0.297922
5 6 0.614984 0.651467
6 6 0.0805244 0.0870748
7 6 0.0895024 0.0970805
8 6 0.686333 0.719458
9 6 0.572721 0.613416
10 6 0.317582 0.340276
11 6 0.257232 0.269647
15 6 0.269112 0.288309
e
7 7 0.0970805 0.423783
11 7 0.269647 0.719432
e
0 8 -7.71769e-05 0
1 8 0.0432959 0.0433657
2 8 0.287121 0.288137
3 8 0.0371456 0.0372519
6 8 0.0870748 0.0896987
15 8 0.288309 0.292477
e
0 9 -0.000100665 -7.71769e-05
1 9 -0.000127469 0
3 9 -0.000339771 0
4 9 -0.000400837 0
6 9 -0.00186325 0
7 9 -0.0006255 0
11 9 0.719432 0.720047
12 9 -0.140261 0
13 9 0.440613 0.442221
15 9 0.292477 0.297234
e
8 10 -0.00131596 0
9 10 -0.00161672 0
10 10 -0.000608122 0
11 10 -0.000493212 0
12 10 -0.141396 -0.140261
13 10 -0.00128954 0
14 10 -0.000533133 0
15 10 -0.000381318 0
e
0 11 0.499684 0.897736
1 11 0.0433657 0.98235
2 11 0.288137 1.04203
3 11 0.0372519 0.995018
4 11 0.297922 1.02864
5 11 0.651467 1.10541
6 11 0.0896987 0.991671
7 11 0.423783 0.921874
8 11 0.719458 1.11806
9 11 0.613416 1.15766
10 11 0.340276 0.973514
11 11 0.720047 1.08193
12 11 0.401539 0.978689
13 11 0.442221 1.04296
14 11 0.485853 1.02723
15 11 0.297234 0.957292
16 11 0.469912 0.965475
17 11 0.633378 1.1592
e
0 12 0.897736 1.0001
1 12 0.98235 1.00013
2 12 -0.0420273 0
3 12 0.995018 1.00034
4 12 -0.0286439 -0.000400837
5 12 -0.105414 0
6 12 0.991671 1.00186
7 12 0.921874 1.00063
8 12 -0.118056 -0.00131596
9 12 -0.157658 -0.00161672
10 12 0.973514 1.00061
11 12 -0.0819342 -0.000493212
12 12 0.978689 1.1414
13 12 -0.0429556 -0.00128954
14 12 -0.0272297 -0.000533133
15 12 0.957292 1.00038
16 12 0.965475 1
17 12 -0.159204 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.75882e-05:0.0144278]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00480925
1 0.00177236
2 0.000121721
3 0.00232722
4 0.000281811
5 7.6792e-05
6 0.000424376
7 0.000361183
8 6.8809e-05
9 5.60085e-05
10 0.000148901
11 0.000183593
12 7.97305e-05
13 7.0219e-05
14 0.000169845
15 0.000118733
16 6.81295e-05
17 5.27645e-05
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-published.svg"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-17.920437:117.920437]
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
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#bcbd22" fs pattern 6 title "system calls", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#ff7f0e" fs pattern 7 title "wake-ups", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#e377c2" fs pattern 3 title "page faults", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
0 0 0 0.00642034
1 0 0 0.0174214
2 0 0 0.253669
3 0 0 0.0132678
4 0 0 0.109567
5 0 0 0.402086
6 0 0 0.0727586
7 0 0 0.0854885
8 0 0 0.448735
9 0 0 0.551291
10 0 0 0.207366
11 0 0 0.168182
12 0 0 0.387267
13 0 0 0.439724
14 0 0 0.181795
15 0 0 0.260054
16 0 0 0.45321
17 0 0 0.585185
e
0 1 0.00642034 0.402476
5 1 0.402086 0.530817
6 1 0.0727586 0.0756735
8 1 0.448735 0.592401
10 1 0.207366 0.273756
11 1 0.168182 0.222027
e
0 2 0.402476 0.498168
1 2 0.0174214 0.0180283
2 2 0.253669 0.262505
5 2 0.530817 0.614172
6 2 0.0756735 0.0800835
7 2 0.0854885 0.0884662
8 2 0.592401 0.685426
9 2 0.551291 0.570494
10 2 0.273756 0.316744
11 2 0.222027 0.256892
12 2 0.387267 0.400756
15 2 0.260054 0.269112
16 2 0.45321 0.468997
17 2 0.585185 0.605568
e
1 3 0.0180283 0.0410922
e
0 4 0.498168 0.498265
1 4 0.0410922 0.0411757
2 4 0.262505 0.264555
3 4 0.0132678 0.0132946
4 4 0.109567 0.109788
5 4 0.614172 0.614984
6 4 0.0800835 0.0805244
7 4 0.0884662 0.0895024
8 4 0.685426 0.686333
9 4 0.570494 0.572721
10 4 0.316744 0.317582
11 4 0.256892 0.257232
12 4 0.400756 0.401539
13 4 0.439724 0.440613
16 4 0.468997 0.469912
17 4 0.605568 0.633378
e
3 5 0.0132946 0.0354854
4 5 0.109788 0.293041
14 5 0.181795 0.485853
e
0 6 0.498265 0.499684
1 6 0.0411757 0.0432959
2 6 0.264555 0.287121
3 6 0.0354854 0.0371456
4 6 0.293041 0.297922
5 6 0.614984 0.651467
6 6 0.0805244 0.0870748
7 6 0.0895024 0.0970805
8 6 0.686333 0.719458
9 6 0.572721 0.613416
10 6 0.317582 0.340276
11 6 0.257232 0.269647
15 6 0.269112 0.288309
e
7 7 0.0970805 0.423783
11 7 0.269647 0.719432
e
0 8 -7.71769e-05 0
1 8 0.0432959 0.0433657
2 8 0.287121 0.288137
3 8 0.0371456 0.0372519
6 8 0.0870748 0.0896987
15 8 0.288309 0.292477
e
0 9 -0.000100665 -7.71769e-05
1 9 -0.000127469 0
3 9 -0.000339771 0
4 9 -0.000400837 0
6 9 -0.00186325 0
7 9 -0.0006255 0
11 9 0.719432 0.720047
12 9 -0.140261 0
13 9 0.440613 0.442221
15 9 0.292477 0.297234
e
8 10 -0.00131596 0
9 10 -0.00161672 0
10 10 -0.000608122 0
11 10 -0.000493212 0
12 10 -0.141396 -0.140261
13 10 -0.00128954 0
14 10 -0.000533133 0
15 10 -0.000381318 0
e
0 11 0.499684 0.897736
1 11 0.0433657 0.98235
2 11 0.288137 1.04203
3 11 0.0372519 0.995018
4 11 0.297922 1.02864
5 11 0.651467 1.10541
6 11 0.0896987 0.991671
7 11 0.423783 0.921874
8 11 0.719458 1.11806
9 11 0.613416 1.15766
10 11 0.340276 0.973514
11 11 0.720047 1.08193
12 11 0.401539 0.978689
13 11 0.442221 1.04296
14 11 0.485853 1.02723
15 11 0.297234 0.957292
16 11 0.469912 0.965475
17 11 0.633378 1.1592
e
0 12 0.897736 1.0001
1 12 0.98235 1.00013
2 12 -0.0420273 0
3 12 0.995018 1.00034
4 12 -0.0286439 -0.000400837
5 12 -0.105414 0
6 12 0.991671 1.00186
7 12 0.921874 1.00063
8 12 -0.118056 -0.00131596
9 12 -0.157658 -0.00161672
10 12 0.973514 1.00061
11 12 -0.0819342 -0.000493212
12 12 0.978689 1.1414
13 12 -0.0429556 -0.00128954
14 12 -0.0272297 -0.000533133
15 12 0.957292 1.00038
16 12 0.965475 1
17 12 -0.159204 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.75882e-05:0.0144278]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00480925
1 0.00177236
2 0.000121721
3 0.00232722
4 0.000281811
5 7.6792e-05
6 0.000424376
7 0.000361183
8 6.8809e-05
9 5.60085e-05
10 0.000148901
11 0.000183593
12 7.97305e-05
13 7.0219e-05
14 0.000169845
15 0.000118733
16 6.81295e-05
17 5.27645e-05
e
unset multiplot
unset logscale y
set output
