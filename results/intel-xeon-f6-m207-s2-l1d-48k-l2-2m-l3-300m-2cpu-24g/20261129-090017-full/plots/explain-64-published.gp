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
0 0 0 0.000844913
1 0 0 0.000725766
2 0 0 0.0167003
3 0 0 0.000706835
4 0 0 0.00393138
5 0 0 0.0248558
6 0 0 0.00374107
7 0 0 0.00352162
8 0 0 0.0268703
9 0 0 0.0400512
10 0 0 0.0153186
11 0 0 0.0100578
12 0 0 0.030412
13 0 0 0.0405055
14 0 0 0.011143
15 0 0 0.0227328
16 0 0 0.0435516
17 0 0 0.0451288
e
0 1 0.000844913 0.00987451
5 1 0.0248558 0.170371
6 1 0.00374107 0.00621734
8 1 0.0268703 0.184179
10 1 0.0153186 0.104999
11 1 0.0100578 0.06894
e
0 2 0.00987451 0.0137437
1 2 0.000725766 0.00105268
2 2 0.0167003 0.0242229
5 2 0.170371 0.269937
6 2 0.00621734 0.00924728
7 2 0.00352162 0.00510791
8 2 0.184179 0.291815
9 2 0.0400512 0.0580919
10 2 0.104999 0.166362
11 2 0.06894 0.109229
12 2 0.030412 0.0441108
15 2 0.0227328 0.0329725
16 2 0.0435516 0.0631691
17 2 0.0451288 0.0654567
e
1 3 0.00105268 0.00150942
e
0 4 0.0137437 0.0137674
1 4 0.00150942 0.0015178
2 4 0.0242229 0.024451
3 4 0.000706835 0.000709249
4 4 0.00393138 0.00394481
5 4 0.269937 0.270022
6 4 0.00924728 0.00928561
7 4 0.00510791 0.00518007
8 4 0.291815 0.291907
9 4 0.0580919 0.0583655
10 4 0.166362 0.166466
11 4 0.109229 0.109264
12 4 0.0441108 0.0442146
13 4 0.0405055 0.0406438
16 4 0.0631691 0.0633178
17 4 0.0654567 0.09971
e
3 5 0.000709249 0.021663
4 5 0.00394481 0.120488
14 5 0.011143 0.341472
e
0 6 0.0137674 0.0167436
1 6 0.0015178 0.00374521
2 6 0.024451 0.0461369
3 6 0.021663 0.023501
4 6 0.120488 0.124045
5 6 0.270022 0.31737
6 6 0.00928561 0.0146587
7 6 0.00518007 0.00846847
8 6 0.291907 0.313291
9 6 0.0583655 0.0902403
10 6 0.166466 0.171965
11 6 0.109264 0.117268
15 6 0.0329725 0.0510644
e
7 7 0.00846847 0.364489
11 7 0.117268 0.58023
e
0 12 0.0167436 1
1 12 0.00374521 1
2 12 0.0461369 1
3 12 0.023501 1
4 12 0.124045 1
5 12 0.31737 1
6 12 0.0146587 1
7 12 0.364489 1
8 12 0.313291 1
9 12 0.0902403 1
10 12 0.171965 1
11 12 0.58023 1
12 12 0.0442146 1
13 12 0.0406438 1
14 12 0.341472 1
15 12 0.0510644 1
16 12 0.0633178 1
17 12 0.09971 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.36752e-08:0.00625183]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     4.10256e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 41 ns:", \
     NaN with lines lc rgb 'white' title "  shm/seqlock same-cpu", \
     2.4669e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 247 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.00174338
1 0.00202958
2 8.8202e-05
3 0.00208394
4 0.000374678
5 5.9262e-05
6 0.000393738
7 0.000418274
8 5.4819e-05
9 3.6778e-05
10 9.6158e-05
11 0.000146454
12 4.8435e-05
13 3.63655e-05
14 0.000132191
15 6.47965e-05
16 3.3822e-05
17 3.264e-05
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
0 0 0 0.000844913
1 0 0 0.000725766
2 0 0 0.0167003
3 0 0 0.000706835
4 0 0 0.00393138
5 0 0 0.0248558
6 0 0 0.00374107
7 0 0 0.00352162
8 0 0 0.0268703
9 0 0 0.0400512
10 0 0 0.0153186
11 0 0 0.0100578
12 0 0 0.030412
13 0 0 0.0405055
14 0 0 0.011143
15 0 0 0.0227328
16 0 0 0.0435516
17 0 0 0.0451288
e
0 1 0.000844913 0.00987451
5 1 0.0248558 0.170371
6 1 0.00374107 0.00621734
8 1 0.0268703 0.184179
10 1 0.0153186 0.104999
11 1 0.0100578 0.06894
e
0 2 0.00987451 0.0137437
1 2 0.000725766 0.00105268
2 2 0.0167003 0.0242229
5 2 0.170371 0.269937
6 2 0.00621734 0.00924728
7 2 0.00352162 0.00510791
8 2 0.184179 0.291815
9 2 0.0400512 0.0580919
10 2 0.104999 0.166362
11 2 0.06894 0.109229
12 2 0.030412 0.0441108
15 2 0.0227328 0.0329725
16 2 0.0435516 0.0631691
17 2 0.0451288 0.0654567
e
1 3 0.00105268 0.00150942
e
0 4 0.0137437 0.0137674
1 4 0.00150942 0.0015178
2 4 0.0242229 0.024451
3 4 0.000706835 0.000709249
4 4 0.00393138 0.00394481
5 4 0.269937 0.270022
6 4 0.00924728 0.00928561
7 4 0.00510791 0.00518007
8 4 0.291815 0.291907
9 4 0.0580919 0.0583655
10 4 0.166362 0.166466
11 4 0.109229 0.109264
12 4 0.0441108 0.0442146
13 4 0.0405055 0.0406438
16 4 0.0631691 0.0633178
17 4 0.0654567 0.09971
e
3 5 0.000709249 0.021663
4 5 0.00394481 0.120488
14 5 0.011143 0.341472
e
0 6 0.0137674 0.0167436
1 6 0.0015178 0.00374521
2 6 0.024451 0.0461369
3 6 0.021663 0.023501
4 6 0.120488 0.124045
5 6 0.270022 0.31737
6 6 0.00928561 0.0146587
7 6 0.00518007 0.00846847
8 6 0.291907 0.313291
9 6 0.0583655 0.0902403
10 6 0.166466 0.171965
11 6 0.109264 0.117268
15 6 0.0329725 0.0510644
e
7 7 0.00846847 0.364489
11 7 0.117268 0.58023
e
0 12 0.0167436 1
1 12 0.00374521 1
2 12 0.0461369 1
3 12 0.023501 1
4 12 0.124045 1
5 12 0.31737 1
6 12 0.0146587 1
7 12 0.364489 1
8 12 0.313291 1
9 12 0.0902403 1
10 12 0.171965 1
11 12 0.58023 1
12 12 0.0442146 1
13 12 0.0406438 1
14 12 0.341472 1
15 12 0.0510644 1
16 12 0.0633178 1
17 12 0.09971 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.36752e-08:0.00625183]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     4.10256e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 41 ns:", \
     NaN with lines lc rgb 'white' title "  shm/seqlock same-cpu", \
     2.4669e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 247 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.00174338
1 0.00202958
2 8.8202e-05
3 0.00208394
4 0.000374678
5 5.9262e-05
6 0.000393738
7 0.000418274
8 5.4819e-05
9 3.6778e-05
10 9.6158e-05
11 0.000146454
12 4.8435e-05
13 3.63655e-05
14 0.000132191
15 6.47965e-05
16 3.3822e-05
17 3.264e-05
e
unset multiplot
unset logscale y
set output
