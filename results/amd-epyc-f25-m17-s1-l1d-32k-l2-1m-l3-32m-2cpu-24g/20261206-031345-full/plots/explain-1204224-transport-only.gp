# explain.py: explain-1204224-transport-only; data inline, run `gnuplot explain-1204224-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-33.757831:133.757831]
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
0 1 0 0.728839
5 1 0 0.0288385
6 1 0 0.0135767
8 1 0 0.0249338
10 1 0 0.0164157
11 1 0 0.012093
e
0 2 0.728839 0.904283
1 2 0 6.462e-05
2 2 0 0.000502333
5 2 0.0288385 0.0436817
6 2 0.0135767 0.0271108
7 2 0 9.66545e-05
8 2 0.0249338 0.0377671
9 2 0 0.00221175
10 2 0.0164157 0.0248648
11 2 0.012093 0.0183172
12 2 0 0.00911477
15 2 0 0.0013653
16 2 0 0.0280598
17 2 0 0.0111709
e
1 3 6.462e-05 0.495832
e
0 4 0.904283 0.905203
1 4 0.495832 0.503027
2 4 0.000502333 0.0963678
3 4 0 0.0103742
4 4 0 0.0159615
5 4 0.0436817 0.0561363
6 4 0.0271108 0.0464033
7 4 9.66545e-05 0.0277651
8 4 0.0377671 0.0485354
9 4 0.00221175 0.213257
10 4 0.0248648 0.0390438
11 4 0.0183172 0.0235398
12 4 0.00911477 0.443982
13 4 0 0.43079
17 4 0.0111709 0.623588
e
3 5 0.0103742 0.381515
4 5 0.0159615 0.586992
14 5 0 0.830286
e
0 6 0.905203 0.909077
1 6 0.503027 0.555855
2 6 0.0963678 0.404315
3 6 0.381515 0.384371
4 6 0.586992 0.590831
5 6 0.0561363 0.216191
6 6 0.0464033 0.12904
7 6 0.0277651 0.0870158
8 6 0.0485354 0.124638
9 6 0.213257 0.959022
10 6 0.0390438 0.146883
11 6 0.0235398 0.06045
15 6 0.0013653 0.46172
e
7 7 0.0870158 0.302925
11 7 0.06045 0.579524
e
0 8 0.909077 0.909416
1 8 0.555855 0.560295
2 8 0.404315 0.416927
5 8 0.216191 0.217053
6 8 -0.000801492 0
7 8 0.302925 0.313526
8 8 0.124638 0.125608
9 8 0.959022 0.964136
10 8 0.146883 0.148258
11 8 0.579524 0.579958
13 8 -0.00298281 0
15 8 0.46172 0.478408
e
0 9 -8.50774e-05 0
1 9 -0.00146161 0
2 9 0.416927 0.457325
3 9 -0.00265427 0
4 9 0.590831 0.593233
5 9 0.217053 0.243483
6 9 0.12904 0.133299
7 9 0.313526 0.367521
8 9 0.125608 0.164989
9 9 0.964136 1.20236
10 9 0.148258 0.32111
11 9 0.579958 0.616665
12 9 0.443982 0.457072
13 9 -0.0094663 -0.00298281
14 9 0.830286 0.856483
15 9 0.478408 0.939173
17 9 0.623588 0.631609
e
0 10 0.909416 0.909638
1 10 0.560295 0.685617
2 10 0.457325 0.815299
3 10 0.384371 0.394955
4 10 0.593233 0.608661
5 10 0.243483 0.92409
6 10 0.133299 0.545741
7 10 0.367521 0.671847
8 10 0.164989 0.796797
10 10 0.32111 0.64698
11 10 0.616665 0.954835
e
0 11 0.909638 0.914686
1 11 0.685617 0.779367
2 11 0.815299 0.87302
3 11 0.394955 0.806745
4 11 0.608661 0.760336
5 11 0.92409 0.944849
6 11 0.545741 0.653626
7 11 0.671847 0.713768
8 11 0.796797 0.814294
9 11 1.20236 1.28345
10 11 0.64698 0.683409
11 11 0.954835 0.987927
12 11 0.457072 0.854776
13 11 0.43079 0.813752
14 11 0.856483 0.932026
15 11 0.939173 1.31758
16 11 0.0280598 0.692016
17 11 0.631609 0.900247
e
0 12 0.914686 1.00009
1 12 0.779367 1.00146
2 12 0.87302 1
3 12 0.806745 1.00265
4 12 0.760336 1
5 12 0.944849 1
6 12 0.653626 1.0008
7 12 0.713768 1
8 12 0.814294 1
9 12 -0.283452 0
10 12 0.683409 1
11 12 0.987927 1
12 12 0.854776 1
13 12 0.813752 1.00947
14 12 0.932026 1
15 12 -0.317578 0
16 12 0.692016 1
17 12 0.900247 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [6.18917e-06:0.593625]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     2.7562e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 27.6 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin-then-futex cross-core", \
     2.015e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 20.2 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.197875
1 0.00806252
2 0.00103716
3 0.00239605
4 0.00155731
5 0.0019958
6 0.00386529
7 0.00539033
8 0.00230836
9 0.000235561
10 0.00350616
11 0.00475946
12 5.716e-05
13 5.7701e-05
14 0.00107104
15 0.000381602
16 1.85675e-05
17 4.6639e-05
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-transport-only.svg"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-33.757831:133.757831]
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
0 1 0 0.728839
5 1 0 0.0288385
6 1 0 0.0135767
8 1 0 0.0249338
10 1 0 0.0164157
11 1 0 0.012093
e
0 2 0.728839 0.904283
1 2 0 6.462e-05
2 2 0 0.000502333
5 2 0.0288385 0.0436817
6 2 0.0135767 0.0271108
7 2 0 9.66545e-05
8 2 0.0249338 0.0377671
9 2 0 0.00221175
10 2 0.0164157 0.0248648
11 2 0.012093 0.0183172
12 2 0 0.00911477
15 2 0 0.0013653
16 2 0 0.0280598
17 2 0 0.0111709
e
1 3 6.462e-05 0.495832
e
0 4 0.904283 0.905203
1 4 0.495832 0.503027
2 4 0.000502333 0.0963678
3 4 0 0.0103742
4 4 0 0.0159615
5 4 0.0436817 0.0561363
6 4 0.0271108 0.0464033
7 4 9.66545e-05 0.0277651
8 4 0.0377671 0.0485354
9 4 0.00221175 0.213257
10 4 0.0248648 0.0390438
11 4 0.0183172 0.0235398
12 4 0.00911477 0.443982
13 4 0 0.43079
17 4 0.0111709 0.623588
e
3 5 0.0103742 0.381515
4 5 0.0159615 0.586992
14 5 0 0.830286
e
0 6 0.905203 0.909077
1 6 0.503027 0.555855
2 6 0.0963678 0.404315
3 6 0.381515 0.384371
4 6 0.586992 0.590831
5 6 0.0561363 0.216191
6 6 0.0464033 0.12904
7 6 0.0277651 0.0870158
8 6 0.0485354 0.124638
9 6 0.213257 0.959022
10 6 0.0390438 0.146883
11 6 0.0235398 0.06045
15 6 0.0013653 0.46172
e
7 7 0.0870158 0.302925
11 7 0.06045 0.579524
e
0 8 0.909077 0.909416
1 8 0.555855 0.560295
2 8 0.404315 0.416927
5 8 0.216191 0.217053
6 8 -0.000801492 0
7 8 0.302925 0.313526
8 8 0.124638 0.125608
9 8 0.959022 0.964136
10 8 0.146883 0.148258
11 8 0.579524 0.579958
13 8 -0.00298281 0
15 8 0.46172 0.478408
e
0 9 -8.50774e-05 0
1 9 -0.00146161 0
2 9 0.416927 0.457325
3 9 -0.00265427 0
4 9 0.590831 0.593233
5 9 0.217053 0.243483
6 9 0.12904 0.133299
7 9 0.313526 0.367521
8 9 0.125608 0.164989
9 9 0.964136 1.20236
10 9 0.148258 0.32111
11 9 0.579958 0.616665
12 9 0.443982 0.457072
13 9 -0.0094663 -0.00298281
14 9 0.830286 0.856483
15 9 0.478408 0.939173
17 9 0.623588 0.631609
e
0 10 0.909416 0.909638
1 10 0.560295 0.685617
2 10 0.457325 0.815299
3 10 0.384371 0.394955
4 10 0.593233 0.608661
5 10 0.243483 0.92409
6 10 0.133299 0.545741
7 10 0.367521 0.671847
8 10 0.164989 0.796797
10 10 0.32111 0.64698
11 10 0.616665 0.954835
e
0 11 0.909638 0.914686
1 11 0.685617 0.779367
2 11 0.815299 0.87302
3 11 0.394955 0.806745
4 11 0.608661 0.760336
5 11 0.92409 0.944849
6 11 0.545741 0.653626
7 11 0.671847 0.713768
8 11 0.796797 0.814294
9 11 1.20236 1.28345
10 11 0.64698 0.683409
11 11 0.954835 0.987927
12 11 0.457072 0.854776
13 11 0.43079 0.813752
14 11 0.856483 0.932026
15 11 0.939173 1.31758
16 11 0.0280598 0.692016
17 11 0.631609 0.900247
e
0 12 0.914686 1.00009
1 12 0.779367 1.00146
2 12 0.87302 1
3 12 0.806745 1.00265
4 12 0.760336 1
5 12 0.944849 1
6 12 0.653626 1.0008
7 12 0.713768 1
8 12 0.814294 1
9 12 -0.283452 0
10 12 0.683409 1
11 12 0.987927 1
12 12 0.854776 1
13 12 0.813752 1.00947
14 12 0.932026 1
15 12 -0.317578 0
16 12 0.692016 1
17 12 0.900247 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [6.18917e-06:0.593625]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     2.7562e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 27.6 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin-then-futex cross-core", \
     2.015e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 20.2 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.197875
1 0.00806252
2 0.00103716
3 0.00239605
4 0.00155731
5 0.0019958
6 0.00386529
7 0.00539033
8 0.00230836
9 0.000235561
10 0.00350616
11 0.00475946
12 5.716e-05
13 5.7701e-05
14 0.00107104
15 0.000381602
16 1.85675e-05
17 4.6639e-05
e
unset multiplot
unset logscale y
set output
