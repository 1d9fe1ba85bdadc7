# explain.py: explain-1204224-transport-only; data inline, run `gnuplot explain-1204224-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-117.690875:217.690875]
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
0 1 0 0.771819
5 1 0 0.0255726
6 1 0 0.0148992
8 1 0 0.0250547
10 1 0 0.0141418
11 1 0 0.0104334
e
0 2 0.771819 0.948967
1 2 0 7.41437e-05
2 2 0 0.000341192
5 2 0.0255726 0.0384978
6 2 0.0148992 0.0298505
7 2 0 0.000110819
8 2 0.0250547 0.0377181
9 2 0 0.000406251
10 2 0.0141418 0.0212894
11 2 0.0104334 0.0157067
12 2 0 0.00354582
15 2 0 0.00142557
16 2 0 0.00954554
17 2 0 0.00602878
e
1 3 7.41437e-05 0.483601
e
0 4 0.948967 0.949903
1 4 0.483601 0.491966
2 4 0.000341192 0.0663211
3 4 0 0.0082317
4 4 0 0.0123715
5 4 0.0384978 0.0498099
6 4 0.0298505 0.051269
7 4 0.000110819 0.0322563
8 4 0.0377181 0.0488011
9 4 0.000406251 0.0396868
10 4 0.0212894 0.0338007
11 4 0.0157067 0.020322
12 4 0.00354582 0.174969
13 4 0 0.218247
17 4 0.00602878 0.321719
e
3 5 0.0082317 0.374881
4 5 0.0123715 0.56341
14 5 0 0.976669
e
0 6 0.949903 0.953105
1 6 0.491966 0.547083
2 6 0.0663211 0.256514
3 6 0.374881 0.375996
4 6 0.56341 0.5639
5 6 0.0498099 0.180261
6 6 0.051269 0.133596
7 6 0.0322563 0.0940291
8 6 0.0488011 0.109501
9 6 0.0396868 0.147254
10 6 0.0338007 0.10199
11 6 0.020322 0.0455991
15 6 0.00142557 0.37889
e
7 7 0.0940291 0.340891
11 7 0.0455991 0.685555
e
0 8 0.953105 0.953484
1 8 0.547083 0.552506
2 8 0.256514 0.265317
3 8 0.375996 0.379424
4 8 0.5639 0.566803
5 8 0.180261 0.181588
6 8 0.133596 0.137072
7 8 0.340891 0.351983
8 8 0.109501 0.111061
9 8 0.147254 0.151862
10 8 0.10199 0.103641
11 8 0.685555 0.686367
12 8 0.174969 0.183012
13 8 0.218247 0.227207
14 8 0.976669 0.98117
15 8 0.37889 0.414864
16 8 0.00954554 0.0257847
17 8 0.321719 0.331975
e
0 9 0.953484 0.954244
1 9 0.552506 0.571801
2 9 0.265317 0.398497
3 9 0.379424 0.423732
4 9 0.566803 0.600098
5 9 0.181588 0.242477
6 9 0.137072 0.223538
7 9 0.351983 0.496173
8 9 0.111061 0.245287
9 9 0.151862 0.442583
10 9 0.103641 0.440359
11 9 0.686367 0.822999
12 9 0.183012 1.10572
13 9 0.227207 1.40195
14 9 0.98117 1.0992
15 9 0.414864 1.71326
16 9 0.0257847 1.26778
17 9 0.331975 1.11639
e
0 10 0.954244 0.973018
1 10 0.571801 0.758284
2 10 0.398497 1.02796
3 10 0.423732 0.434467
4 10 0.600098 0.61708
5 10 0.242477 1.01577
6 10 0.223538 0.724826
7 10 0.496173 0.948464
8 10 0.245287 1.09344
9 10 0.442583 1.19477
10 10 0.440359 0.807886
11 10 0.822999 1.2614
e
0 11 0.973018 0.981862
1 11 0.758284 0.833351
2 11 1.02796 1.08822
3 11 0.434467 0.736311
4 11 0.61708 0.66047
5 11 1.01577 1.02149
6 11 -0.00184021 0
7 11 0.948464 0.959743
8 11 -0.0524332 0
9 11 -0.0588859 0
10 11 -0.00405443 0
11 11 -0.101891 0
12 11 -0.199667 0
13 11 -1.05482 0
14 11 -0.0354611 0
15 11 -0.0371834 0
16 11 1.26778 2.15691
17 11 1.11639 1.25515
e
0 12 0.981862 1
1 12 0.833351 1
2 12 -0.0882235 0
3 12 0.736311 1
4 12 0.66047 1
5 12 -0.0214918 0
6 12 0.724826 1.00184
7 12 0.959743 1
8 12 -0.0934444 -0.0524332
9 12 -0.19477 -0.0588859
10 12 0.807886 1.00405
11 12 -0.261402 -0.101891
12 12 1.10572 1.19967
13 12 1.40195 2.05482
14 12 -0.0991968 -0.0354611
15 12 -0.713257 -0.0371834
16 12 -1.15691 0
17 12 -0.255148 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.44223e-06:0.49405]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     2.53267e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 25.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin-then-futex cross-core", \
     4.54984e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 45.5 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.164683
1 0.0064874
2 0.00140976
3 0.00282493
4 0.00187965
5 0.00205568
6 0.00325709
7 0.00434039
8 0.00209817
9 0.001184
10 0.00371729
11 0.00503854
12 0.000135653
13 0.000106549
14 0.0010605
15 0.000337408
16 5.039e-05
17 7.9784e-05
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
set yrange [-117.690875:217.690875]
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
0 1 0 0.771819
5 1 0 0.0255726
6 1 0 0.0148992
8 1 0 0.0250547
10 1 0 0.0141418
11 1 0 0.0104334
e
0 2 0.771819 0.948967
1 2 0 7.41437e-05
2 2 0 0.000341192
5 2 0.0255726 0.0384978
6 2 0.0148992 0.0298505
7 2 0 0.000110819
8 2 0.0250547 0.0377181
9 2 0 0.000406251
10 2 0.0141418 0.0212894
11 2 0.0104334 0.0157067
12 2 0 0.00354582
15 2 0 0.00142557
16 2 0 0.00954554
17 2 0 0.00602878
e
1 3 7.41437e-05 0.483601
e
0 4 0.948967 0.949903
1 4 0.483601 0.491966
2 4 0.000341192 0.0663211
3 4 0 0.0082317
4 4 0 0.0123715
5 4 0.0384978 0.0498099
6 4 0.0298505 0.051269
7 4 0.000110819 0.0322563
8 4 0.0377181 0.0488011
9 4 0.000406251 0.0396868
10 4 0.0212894 0.0338007
11 4 0.0157067 0.020322
12 4 0.00354582 0.174969
13 4 0 0.218247
17 4 0.00602878 0.321719
e
3 5 0.0082317 0.374881
4 5 0.0123715 0.56341
14 5 0 0.976669
e
0 6 0.949903 0.953105
1 6 0.491966 0.547083
2 6 0.0663211 0.256514
3 6 0.374881 0.375996
4 6 0.56341 0.5639
5 6 0.0498099 0.180261
6 6 0.051269 0.133596
7 6 0.0322563 0.0940291
8 6 0.0488011 0.109501
9 6 0.0396868 0.147254
10 6 0.0338007 0.10199
11 6 0.020322 0.0455991
15 6 0.00142557 0.37889
e
7 7 0.0940291 0.340891
11 7 0.0455991 0.685555
e
0 8 0.953105 0.953484
1 8 0.547083 0.552506
2 8 0.256514 0.265317
3 8 0.375996 0.379424
4 8 0.5639 0.566803
5 8 0.180261 0.181588
6 8 0.133596 0.137072
7 8 0.340891 0.351983
8 8 0.109501 0.111061
9 8 0.147254 0.151862
10 8 0.10199 0.103641
11 8 0.685555 0.686367
12 8 0.174969 0.183012
13 8 0.218247 0.227207
14 8 0.976669 0.98117
15 8 0.37889 0.414864
16 8 0.00954554 0.0257847
17 8 0.321719 0.331975
e
0 9 0.953484 0.954244
1 9 0.552506 0.571801
2 9 0.265317 0.398497
3 9 0.379424 0.423732
4 9 0.566803 0.600098
5 9 0.181588 0.242477
6 9 0.137072 0.223538
7 9 0.351983 0.496173
8 9 0.111061 0.245287
9 9 0.151862 0.442583
10 9 0.103641 0.440359
11 9 0.686367 0.822999
12 9 0.183012 1.10572
13 9 0.227207 1.40195
14 9 0.98117 1.0992
15 9 0.414864 1.71326
16 9 0.0257847 1.26778
17 9 0.331975 1.11639
e
0 10 0.954244 0.973018
1 10 0.571801 0.758284
2 10 0.398497 1.02796
3 10 0.423732 0.434467
4 10 0.600098 0.61708
5 10 0.242477 1.01577
6 10 0.223538 0.724826
7 10 0.496173 0.948464
8 10 0.245287 1.09344
9 10 0.442583 1.19477
10 10 0.440359 0.807886
11 10 0.822999 1.2614
e
0 11 0.973018 0.981862
1 11 0.758284 0.833351
2 11 1.02796 1.08822
3 11 0.434467 0.736311
4 11 0.61708 0.66047
5 11 1.01577 1.02149
6 11 -0.00184021 0
7 11 0.948464 0.959743
8 11 -0.0524332 0
9 11 -0.0588859 0
10 11 -0.00405443 0
11 11 -0.101891 0
12 11 -0.199667 0
13 11 -1.05482 0
14 11 -0.0354611 0
15 11 -0.0371834 0
16 11 1.26778 2.15691
17 11 1.11639 1.25515
e
0 12 0.981862 1
1 12 0.833351 1
2 12 -0.0882235 0
3 12 0.736311 1
4 12 0.66047 1
5 12 -0.0214918 0
6 12 0.724826 1.00184
7 12 0.959743 1
8 12 -0.0934444 -0.0524332
9 12 -0.19477 -0.0588859
10 12 0.807886 1.00405
11 12 -0.261402 -0.101891
12 12 1.10572 1.19967
13 12 1.40195 2.05482
14 12 -0.0991968 -0.0354611
15 12 -0.713257 -0.0371834
16 12 -1.15691 0
17 12 -0.255148 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.44223e-06:0.49405]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     2.53267e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 25.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin-then-futex cross-core", \
     4.54984e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 45.5 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.164683
1 0.0064874
2 0.00140976
3 0.00282493
4 0.00187965
5 0.00205568
6 0.00325709
7 0.00434039
8 0.00209817
9 0.001184
10 0.00371729
11 0.00503854
12 0.000135653
13 0.000106549
14 0.0010605
15 0.000337408
16 5.039e-05
17 7.9784e-05
e
unset multiplot
unset logscale y
set output
