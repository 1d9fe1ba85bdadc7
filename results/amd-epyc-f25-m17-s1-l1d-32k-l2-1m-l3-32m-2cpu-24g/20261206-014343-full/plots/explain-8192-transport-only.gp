# explain.py: explain-8192-transport-only; data inline, run `gnuplot explain-8192-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-77.857605:177.857605]
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
0 1 0 0.350898
5 1 0 0.122034
6 1 0 0.00350525
8 1 0 0.139367
10 1 0 0.0459643
11 1 0 0.0193867
e
0 2 0.350898 0.435048
1 2 0 0.000657348
2 2 0 0.00449472
5 2 0.122034 0.202588
6 2 0.00350525 0.0139034
7 2 0 0.00105988
8 2 0.139367 0.231363
9 2 0 0.0220363
10 2 0.0459643 0.0763049
11 2 0.0193867 0.0321836
12 2 0 0.0216663
15 2 0 0.0049551
16 2 0 0.0291143
17 2 0 0.0338355
e
1 3 0.000657348 0.043641
e
0 4 0.435048 0.435328
1 4 0.043641 0.0439282
2 4 0.00449472 0.00780565
3 4 0 8.98121e-05
4 4 0 0.000308945
5 4 0.202588 0.205162
6 4 0.0139034 0.0147336
7 4 0.00105988 0.00223097
8 4 0.231363 0.234302
9 4 0.0220363 0.0301526
10 4 0.0763049 0.0782439
11 4 0.0321836 0.0325925
12 4 0.0216663 0.0256563
13 4 0 0.00415049
17 4 0.0338355 0.110776
e
3 5 8.98121e-05 0.0586666
4 5 0.000308945 0.201807
14 5 0 0.308157
e
0 6 0.435328 0.439949
1 6 0.0439282 0.0521533
2 6 0.00780565 0.0489147
3 6 0.0586666 0.0648853
4 6 0.201807 0.217801
5 6 0.205162 0.335549
6 6 0.0147336 0.0286426
7 6 0.00223097 0.0118905
8 6 0.234302 0.286529
9 6 0.0301526 0.102251
10 6 0.0782439 0.099612
11 6 0.0325925 0.0398575
15 6 0.0049551 0.0211673
e
7 7 0.0118905 0.537778
11 7 0.0398575 0.353418
e
0 8 0.439949 0.440428
1 8 -0.000221403 0
2 8 0.0489147 0.0504286
3 8 -0.000821307 0
6 8 0.0286426 0.0291488
7 8 0.537778 0.538492
15 8 0.0211673 0.027843
17 8 -0.0113962 0
e
0 9 0.440428 0.441483
1 9 -0.000647899 -0.000221403
2 9 0.0504286 0.193324
3 9 -0.002087 -0.000821307
4 9 0.217801 0.233039
5 9 -0.0181372 0
6 9 0.0291488 0.149068
7 9 -0.0144409 0
9 9 -0.0142975 0
10 9 0.099612 0.178173
11 9 -0.0316946 0
13 9 0.00415049 0.764539
14 9 0.308157 0.444655
15 9 0.027843 0.45543
16 9 -0.0377796 0
e
3 10 -0.00213388 -0.002087
8 10 -0.0015344 0
9 10 -0.0164157 -0.0142975
10 10 -0.000506055 0
11 10 -0.0321215 -0.0316946
12 10 -0.00208268 0
13 10 -0.00216645 0
14 10 -0.000246622 0
e
0 11 0.441483 0.907502
1 11 0.0521533 0.995146
2 11 0.193324 1.09363
3 11 0.0648853 1.01869
4 11 0.233039 1.07922
5 11 0.335549 0.97022
6 11 0.149068 1.04296
7 11 0.538492 1.0634
8 11 0.286529 0.954596
9 11 0.102251 0.945488
10 11 0.178173 1.06749
11 11 0.353418 0.96036
12 11 0.0256563 0.999296
13 11 0.764539 1.75858
14 11 0.444655 1.24787
15 11 0.45543 1.37961
16 11 0.0291143 1.05849
17 11 0.110776 1.05896
e
0 12 0.907502 1
1 12 0.995146 1.00065
2 12 -0.0936286 0
3 12 -0.018687 -0.00213388
4 12 -0.0792233 0
5 12 0.97022 1.01814
6 12 -0.0429581 0
7 12 -0.0633989 -0.0144409
8 12 0.954596 1.00153
9 12 0.945488 1.01642
10 12 -0.0674852 -0.000506055
11 12 0.96036 1.03212
12 12 0.999296 1.00208
13 12 -0.758576 -0.00216645
14 12 -0.247872 -0.000246622
15 12 -0.379612 0
16 12 -0.058485 -0.0377796
17 12 -0.0589637 -0.0113962
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [5.03417e-06:0.00754294]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00251431
1 0.000777366
2 0.000113689
3 0.00104779
4 0.000304598
5 3.65595e-05
6 0.000340061
7 0.000482132
8 3.20125e-05
9 2.3189e-05
10 9.70645e-05
11 0.000230133
12 2.3585e-05
13 2.2673e-05
14 0.000199172
15 0.000103126
16 1.75515e-05
17 1.51025e-05
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-transport-only.svg"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-77.857605:177.857605]
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
0 1 0 0.350898
5 1 0 0.122034
6 1 0 0.00350525
8 1 0 0.139367
10 1 0 0.0459643
11 1 0 0.0193867
e
0 2 0.350898 0.435048
1 2 0 0.000657348
2 2 0 0.00449472
5 2 0.122034 0.202588
6 2 0.00350525 0.0139034
7 2 0 0.00105988
8 2 0.139367 0.231363
9 2 0 0.0220363
10 2 0.0459643 0.0763049
11 2 0.0193867 0.0321836
12 2 0 0.0216663
15 2 0 0.0049551
16 2 0 0.0291143
17 2 0 0.0338355
e
1 3 0.000657348 0.043641
e
0 4 0.435048 0.435328
1 4 0.043641 0.0439282
2 4 0.00449472 0.00780565
3 4 0 8.98121e-05
4 4 0 0.000308945
5 4 0.202588 0.205162
6 4 0.0139034 0.0147336
7 4 0.00105988 0.00223097
8 4 0.231363 0.234302
9 4 0.0220363 0.0301526
10 4 0.0763049 0.0782439
11 4 0.0321836 0.0325925
12 4 0.0216663 0.0256563
13 4 0 0.00415049
17 4 0.0338355 0.110776
e
3 5 8.98121e-05 0.0586666
4 5 0.000308945 0.201807
14 5 0 0.308157
e
0 6 0.435328 0.439949
1 6 0.0439282 0.0521533
2 6 0.00780565 0.0489147
3 6 0.0586666 0.0648853
4 6 0.201807 0.217801
5 6 0.205162 0.335549
6 6 0.0147336 0.0286426
7 6 0.00223097 0.0118905
8 6 0.234302 0.286529
9 6 0.0301526 0.102251
10 6 0.0782439 0.099612
11 6 0.0325925 0.0398575
15 6 0.0049551 0.0211673
e
7 7 0.0118905 0.537778
11 7 0.0398575 0.353418
e
0 8 0.439949 0.440428
1 8 -0.000221403 0
2 8 0.0489147 0.0504286
3 8 -0.000821307 0
6 8 0.0286426 0.0291488
7 8 0.537778 0.538492
15 8 0.0211673 0.027843
17 8 -0.0113962 0
e
0 9 0.440428 0.441483
1 9 -0.000647899 -0.000221403
2 9 0.0504286 0.193324
3 9 -0.002087 -0.000821307
4 9 0.217801 0.233039
5 9 -0.0181372 0
6 9 0.0291488 0.149068
7 9 -0.0144409 0
9 9 -0.0142975 0
10 9 0.099612 0.178173
11 9 -0.0316946 0
13 9 0.00415049 0.764539
14 9 0.308157 0.444655
15 9 0.027843 0.45543
16 9 -0.0377796 0
e
3 10 -0.00213388 -0.002087
8 10 -0.0015344 0
9 10 -0.0164157 -0.0142975
10 10 -0.000506055 0
11 10 -0.0321215 -0.0316946
12 10 -0.00208268 0
13 10 -0.00216645 0
14 10 -0.000246622 0
e
0 11 0.441483 0.907502
1 11 0.0521533 0.995146
2 11 0.193324 1.09363
3 11 0.0648853 1.01869
4 11 0.233039 1.07922
5 11 0.335549 0.97022
6 11 0.149068 1.04296
7 11 0.538492 1.0634
8 11 0.286529 0.954596
9 11 0.102251 0.945488
10 11 0.178173 1.06749
11 11 0.353418 0.96036
12 11 0.0256563 0.999296
13 11 0.764539 1.75858
14 11 0.444655 1.24787
15 11 0.45543 1.37961
16 11 0.0291143 1.05849
17 11 0.110776 1.05896
e
0 12 0.907502 1
1 12 0.995146 1.00065
2 12 -0.0936286 0
3 12 -0.018687 -0.00213388
4 12 -0.0792233 0
5 12 0.97022 1.01814
6 12 -0.0429581 0
7 12 -0.0633989 -0.0144409
8 12 0.954596 1.00153
9 12 0.945488 1.01642
10 12 -0.0674852 -0.000506055
11 12 0.96036 1.03212
12 12 0.999296 1.00208
13 12 -0.758576 -0.00216645
14 12 -0.247872 -0.000246622
15 12 -0.379612 0
16 12 -0.058485 -0.0377796
17 12 -0.0589637 -0.0113962
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [5.03417e-06:0.00754294]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00251431
1 0.000777366
2 0.000113689
3 0.00104779
4 0.000304598
5 3.65595e-05
6 0.000340061
7 0.000482132
8 3.20125e-05
9 2.3189e-05
10 9.70645e-05
11 0.000230133
12 2.3585e-05
13 2.2673e-05
14 0.000199172
15 0.000103126
16 1.75515e-05
17 1.51025e-05
e
unset multiplot
unset logscale y
set output
