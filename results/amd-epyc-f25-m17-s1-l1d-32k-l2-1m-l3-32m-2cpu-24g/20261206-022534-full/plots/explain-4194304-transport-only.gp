# explain.py: explain-4194304-transport-only; data inline, run `gnuplot explain-4194304-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-39.685244:139.685244]
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
0 1 0 0.70613
5 1 0 0.0176088
6 1 0 0.0167026
8 1 0 0.0269578
10 1 0 0.0249263
11 1 0 0.0137289
e
0 2 0.70613 0.896982
1 2 0 2.39195e-05
2 2 0 0.000393998
5 2 0.0176088 0.0249103
6 2 0.0167026 0.032967
7 2 0 4.22913e-05
8 2 0.0269578 0.0381359
9 2 0 0.000309963
10 2 0.0249263 0.035262
11 2 0.0137289 0.0194217
12 2 0 0.00466253
15 2 0 0.000662839
16 2 0 0.0119748
17 2 0 0.00464454
e
1 3 2.39195e-05 0.4623
e
0 4 0.896982 0.898594
1 4 0.4623 0.468534
2 4 0.000393998 0.176427
3 4 0 0.0129212
4 4 0 0.0159055
5 4 0.0249103 0.0316535
6 4 0.032967 0.0525929
7 4 4.22913e-05 0.028385
8 4 0.0381359 0.0484591
9 4 0.000309963 0.0695535
10 4 0.035262 0.0543527
11 4 0.0194217 0.0246791
12 4 0.00466253 0.52545
13 4 0 0.324093
17 4 0.00464454 0.567314
e
3 5 0.0129212 0.591671
4 5 0.0159055 0.728324
14 5 0 1.03579
e
0 6 0.898594 0.902375
1 6 0.468534 0.50223
2 6 0.176427 0.59268
3 6 0.591671 0.592647
4 6 0.728324 0.729226
5 6 0.0316535 0.0954367
6 6 0.0525929 0.114473
7 6 0.028385 0.0730649
8 6 0.0484591 0.113296
9 6 0.0695535 0.286999
10 6 0.0543527 0.195141
11 6 0.0246791 0.0576987
15 6 0.000662839 0.465658
e
7 7 0.0730649 0.253565
11 7 0.0576987 0.493301
e
0 8 0.902375 0.902692
1 8 0.50223 0.506149
2 8 0.59268 0.615548
3 8 0.592647 0.592673
5 8 0.0954367 0.0955445
6 8 0.114473 0.115126
7 8 0.253565 0.264374
8 8 0.113296 0.113791
9 8 0.286999 0.287484
10 8 0.195141 0.196495
11 8 0.493301 0.493385
12 8 -0.00104082 0
13 8 -0.00129543 0
15 8 0.465658 0.479419
e
0 9 0.902692 0.90276
1 9 0.506149 0.506542
2 9 0.615548 0.628513
3 9 -0.000148311 0
4 9 0.729226 0.729287
5 9 0.0955445 0.100214
6 9 0.115126 0.12022
7 9 0.264374 0.275896
8 9 0.113791 0.139464
9 9 0.287484 0.395839
10 9 0.196495 0.415053
11 9 0.493385 0.517101
12 9 0.52545 0.633048
13 9 0.324093 0.407172
14 9 1.03579 1.04233
15 9 0.479419 1.00743
16 9 0.0119748 0.26273
17 9 0.567314 0.664572
e
0 10 0.90276 0.919791
1 10 0.506542 0.619313
3 10 0.592673 0.605515
4 10 0.729287 0.745095
5 10 0.100214 0.563378
6 10 0.12022 0.556429
7 10 0.275896 0.578789
8 10 0.139464 0.643964
9 10 0.395839 1.36885
10 10 0.415053 0.714484
11 10 0.517101 0.834305
e
0 11 0.919791 0.920884
1 11 0.619313 0.645699
2 11 0.628513 0.659899
3 11 0.605515 0.760736
4 11 0.745095 0.806355
5 11 0.563378 0.565128
6 11 0.556429 0.579555
7 11 0.578789 0.591564
8 11 0.643964 0.64801
9 11 1.36885 1.37685
10 11 0.714484 0.726016
11 11 0.834305 0.844316
12 11 0.633048 0.766766
13 11 0.407172 0.536746
14 11 1.04233 1.0681
15 11 1.00743 1.09819
16 11 0.26273 0.539749
17 11 0.664572 0.769065
e
0 12 0.920884 1
1 12 0.645699 1
2 12 0.659899 1
3 12 0.760736 1.00015
4 12 0.806355 1
5 12 0.565128 1
6 12 0.579555 1
7 12 0.591564 1
8 12 0.64801 1
9 12 -0.376852 0
10 12 0.726016 1
11 12 0.844316 1
12 12 0.766766 1.00104
13 12 0.536746 1.0013
14 12 -0.0680993 0
15 12 -0.0981856 0
16 12 0.539749 1
17 12 0.769065 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [2.14618e-05:2.28439]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000101616 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 101.6 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin cross-core", \
     0.000160931 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 160.9 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.761462
1 0.0322332
2 0.00195686
3 0.00666485
4 0.00541435
5 0.0127712
6 0.0131639
7 0.0182307
8 0.00834212
9 0.00248739
10 0.009022
11 0.0163804
12 0.000165361
13 0.00026572
14 0.00372401
15 0.00116318
16 6.43855e-05
17 0.000166001
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-transport-only.svg"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-39.685244:139.685244]
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
0 1 0 0.70613
5 1 0 0.0176088
6 1 0 0.0167026
8 1 0 0.0269578
10 1 0 0.0249263
11 1 0 0.0137289
e
0 2 0.70613 0.896982
1 2 0 2.39195e-05
2 2 0 0.000393998
5 2 0.0176088 0.0249103
6 2 0.0167026 0.032967
7 2 0 4.22913e-05
8 2 0.0269578 0.0381359
9 2 0 0.000309963
10 2 0.0249263 0.035262
11 2 0.0137289 0.0194217
12 2 0 0.00466253
15 2 0 0.000662839
16 2 0 0.0119748
17 2 0 0.00464454
e
1 3 2.39195e-05 0.4623
e
0 4 0.896982 0.898594
1 4 0.4623 0.468534
2 4 0.000393998 0.176427
3 4 0 0.0129212
4 4 0 0.0159055
5 4 0.0249103 0.0316535
6 4 0.032967 0.0525929
7 4 4.22913e-05 0.028385
8 4 0.0381359 0.0484591
9 4 0.000309963 0.0695535
10 4 0.035262 0.0543527
11 4 0.0194217 0.0246791
12 4 0.00466253 0.52545
13 4 0 0.324093
17 4 0.00464454 0.567314
e
3 5 0.0129212 0.591671
4 5 0.0159055 0.728324
14 5 0 1.03579
e
0 6 0.898594 0.902375
1 6 0.468534 0.50223
2 6 0.176427 0.59268
3 6 0.591671 0.592647
4 6 0.728324 0.729226
5 6 0.0316535 0.0954367
6 6 0.0525929 0.114473
7 6 0.028385 0.0730649
8 6 0.0484591 0.113296
9 6 0.0695535 0.286999
10 6 0.0543527 0.195141
11 6 0.0246791 0.0576987
15 6 0.000662839 0.465658
e
7 7 0.0730649 0.253565
11 7 0.0576987 0.493301
e
0 8 0.902375 0.902692
1 8 0.50223 0.506149
2 8 0.59268 0.615548
3 8 0.592647 0.592673
5 8 0.0954367 0.0955445
6 8 0.114473 0.115126
7 8 0.253565 0.264374
8 8 0.113296 0.113791
9 8 0.286999 0.287484
10 8 0.195141 0.196495
11 8 0.493301 0.493385
12 8 -0.00104082 0
13 8 -0.00129543 0
15 8 0.465658 0.479419
e
0 9 0.902692 0.90276
1 9 0.506149 0.506542
2 9 0.615548 0.628513
3 9 -0.000148311 0
4 9 0.729226 0.729287
5 9 0.0955445 0.100214
6 9 0.115126 0.12022
7 9 0.264374 0.275896
8 9 0.113791 0.139464
9 9 0.287484 0.395839
10 9 0.196495 0.415053
11 9 0.493385 0.517101
12 9 0.52545 0.633048
13 9 0.324093 0.407172
14 9 1.03579 1.04233
15 9 0.479419 1.00743
16 9 0.0119748 0.26273
17 9 0.567314 0.664572
e
0 10 0.90276 0.919791
1 10 0.506542 0.619313
3 10 0.592673 0.605515
4 10 0.729287 0.745095
5 10 0.100214 0.563378
6 10 0.12022 0.556429
7 10 0.275896 0.578789
8 10 0.139464 0.643964
9 10 0.395839 1.36885
10 10 0.415053 0.714484
11 10 0.517101 0.834305
e
0 11 0.919791 0.920884
1 11 0.619313 0.645699
2 11 0.628513 0.659899
3 11 0.605515 0.760736
4 11 0.745095 0.806355
5 11 0.563378 0.565128
6 11 0.556429 0.579555
7 11 0.578789 0.591564
8 11 0.643964 0.64801
9 11 1.36885 1.37685
10 11 0.714484 0.726016
11 11 0.834305 0.844316
12 11 0.633048 0.766766
13 11 0.407172 0.536746
14 11 1.04233 1.0681
15 11 1.00743 1.09819
16 11 0.26273 0.539749
17 11 0.664572 0.769065
e
0 12 0.920884 1
1 12 0.645699 1
2 12 0.659899 1
3 12 0.760736 1.00015
4 12 0.806355 1
5 12 0.565128 1
6 12 0.579555 1
7 12 0.591564 1
8 12 0.64801 1
9 12 -0.376852 0
10 12 0.726016 1
11 12 0.844316 1
12 12 0.766766 1.00104
13 12 0.536746 1.0013
14 12 -0.0680993 0
15 12 -0.0981856 0
16 12 0.539749 1
17 12 0.769065 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [2.14618e-05:2.28439]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000101616 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 101.6 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin cross-core", \
     0.000160931 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 160.9 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.761462
1 0.0322332
2 0.00195686
3 0.00666485
4 0.00541435
5 0.0127712
6 0.0131639
7 0.0182307
8 0.00834212
9 0.00248739
10 0.009022
11 0.0163804
12 0.000165361
13 0.00026572
14 0.00372401
15 0.00116318
16 6.43855e-05
17 0.000166001
e
unset multiplot
unset logscale y
set output
