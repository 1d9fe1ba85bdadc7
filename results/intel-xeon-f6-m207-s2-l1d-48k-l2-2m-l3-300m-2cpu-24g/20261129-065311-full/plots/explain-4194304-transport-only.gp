# explain.py: explain-4194304-transport-only; data inline, run `gnuplot explain-4194304-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-35.540296:135.540296]
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
0 1 0 0.62903
5 1 0 0.0828936
6 1 0 0.0662016
8 1 0 0.0849167
10 1 0 0.0713891
11 1 0 0.0399371
e
0 2 0.62903 0.736084
1 2 0 2.50451e-05
2 2 0 0.000133989
5 2 0.0828936 0.125644
6 2 0.0662016 0.130806
7 2 0 3.31968e-05
8 2 0.0849167 0.12871
9 2 0 0.000205715
10 2 0.0713891 0.108206
11 2 0.0399371 0.0605336
12 2 0 0.00156068
15 2 0 0.000658901
16 2 0 0.0306022
17 2 0 0.0031697
e
1 3 2.50451e-05 1.20719
e
0 4 0.736084 0.737558
1 4 1.20719 1.23887
2 4 0.000133989 0.290686
3 4 0 0.0485547
4 4 0 0.069828
5 4 0.125644 0.163842
6 4 0.130806 0.218105
7 4 3.31968e-05 0.108013
8 4 0.12871 0.167841
9 4 0.000205715 0.223249
10 4 0.108206 0.174001
11 4 0.0605336 0.0789373
12 4 0.00156068 0.847636
13 4 0 0.776813
17 4 0.0031697 1.20284
e
3 5 0.0485547 0.503502
4 5 0.069828 0.724101
14 5 0 0.937923
e
0 6 0.737558 0.738689
1 6 1.23887 1.2796
2 6 0.290686 0.45411
3 6 0.503502 0.504075
4 6 0.724101 0.724574
5 6 0.163842 0.249787
6 6 0.218105 0.283577
7 6 0.108013 0.148502
8 6 0.167841 0.271705
9 6 0.223249 0.519257
10 6 0.174001 0.379016
11 6 0.0789373 0.127785
15 6 0.000658901 0.948769
e
7 7 0.148502 0.321808
11 7 0.127785 0.585932
e
0 8 0.738689 0.738787
1 8 1.2796 1.28253
2 8 0.45411 0.459999
3 8 0.504075 0.50409
4 8 0.724574 0.724596
5 8 0.249787 0.249919
6 8 0.283577 0.284053
7 8 0.321808 0.328244
8 8 0.271705 0.272013
9 8 0.519257 0.519958
10 8 0.379016 0.379667
11 8 0.585932 0.585978
15 8 0.948769 0.959208
16 8 -0.00521321 0
e
0 9 0.738787 0.738809
1 9 1.28253 1.28263
2 9 0.459999 0.460657
3 9 0.50409 0.504159
4 9 -1.9761e-05 0
5 9 0.249919 0.250692
6 9 0.284053 0.28717
7 9 0.328244 0.328412
8 9 0.272013 0.277998
9 9 0.519958 0.529079
10 9 0.379667 0.418508
11 9 0.585978 0.592212
12 9 -0.000718307 0
13 9 0.776813 0.777033
14 9 0.937923 0.938149
15 9 0.959208 1.01167
16 9 -0.0380776 -0.00521321
17 9 -0.000486286 0
e
0 10 0.738809 0.748741
2 10 0.460657 0.724793
3 10 0.504159 0.515369
4 10 0.724596 0.740717
5 10 0.250692 0.773409
6 10 0.28717 0.67304
7 10 0.328412 0.592517
8 10 0.277998 0.729284
9 10 0.529079 0.704359
10 10 0.418508 0.784499
11 10 0.592212 0.848248
12 10 -0.000779351 -0.000718307
13 10 -0.000112094 0
14 10 -1.44445e-05 0
e
0 11 0.748741 0.751249
1 11 1.28263 1.33454
2 11 0.724793 0.743633
3 11 0.515369 0.805953
4 11 0.740717 0.776011
5 11 0.773409 0.77743
6 11 0.67304 0.694266
7 11 0.592517 0.601638
8 11 0.729284 0.734506
9 11 0.704359 0.714151
10 11 0.784499 0.790376
11 11 0.848248 0.855439
12 11 0.847636 0.937027
13 11 0.777033 0.870652
14 11 0.938149 0.956314
15 11 1.01167 1.08421
16 11 0.0306022 1.13319
17 11 1.20284 1.3354
e
0 12 0.751249 1
1 12 -0.33454 0
2 12 0.743633 1
3 12 0.805953 1
4 12 0.776011 1.00002
5 12 0.77743 1
6 12 0.694266 1
7 12 0.601638 1
8 12 0.734506 1
9 12 0.714151 1
10 12 0.790376 1
11 12 0.855439 1
12 12 0.937027 1.00078
13 12 0.870652 1.00011
14 12 0.956314 1.00001
15 12 -0.0842148 0
16 12 -0.133193 -0.0380776
17 12 -0.335403 -0.000486286
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [7.14e-06:4.9696]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000332001 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 332.0 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout same-cpu", \
     0.000225308 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 225.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 1.65653
1 0.0261728
2 0.00489219
3 0.00731874
4 0.00508906
5 0.00930291
6 0.0122117
7 0.0197459
8 0.00908126
9 0.00318645
10 0.0108021
11 0.0193092
12 0.000420008
13 0.000457457
14 0.00355001
15 0.000994838
16 2.142e-05
17 0.000206802
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
set yrange [-35.540296:135.540296]
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
0 1 0 0.62903
5 1 0 0.0828936
6 1 0 0.0662016
8 1 0 0.0849167
10 1 0 0.0713891
11 1 0 0.0399371
e
0 2 0.62903 0.736084
1 2 0 2.50451e-05
2 2 0 0.000133989
5 2 0.0828936 0.125644
6 2 0.0662016 0.130806
7 2 0 3.31968e-05
8 2 0.0849167 0.12871
9 2 0 0.000205715
10 2 0.0713891 0.108206
11 2 0.0399371 0.0605336
12 2 0 0.00156068
15 2 0 0.000658901
16 2 0 0.0306022
17 2 0 0.0031697
e
1 3 2.50451e-05 1.20719
e
0 4 0.736084 0.737558
1 4 1.20719 1.23887
2 4 0.000133989 0.290686
3 4 0 0.0485547
4 4 0 0.069828
5 4 0.125644 0.163842
6 4 0.130806 0.218105
7 4 3.31968e-05 0.108013
8 4 0.12871 0.167841
9 4 0.000205715 0.223249
10 4 0.108206 0.174001
11 4 0.0605336 0.0789373
12 4 0.00156068 0.847636
13 4 0 0.776813
17 4 0.0031697 1.20284
e
3 5 0.0485547 0.503502
4 5 0.069828 0.724101
14 5 0 0.937923
e
0 6 0.737558 0.738689
1 6 1.23887 1.2796
2 6 0.290686 0.45411
3 6 0.503502 0.504075
4 6 0.724101 0.724574
5 6 0.163842 0.249787
6 6 0.218105 0.283577
7 6 0.108013 0.148502
8 6 0.167841 0.271705
9 6 0.223249 0.519257
10 6 0.174001 0.379016
11 6 0.0789373 0.127785
15 6 0.000658901 0.948769
e
7 7 0.148502 0.321808
11 7 0.127785 0.585932
e
0 8 0.738689 0.738787
1 8 1.2796 1.28253
2 8 0.45411 0.459999
3 8 0.504075 0.50409
4 8 0.724574 0.724596
5 8 0.249787 0.249919
6 8 0.283577 0.284053
7 8 0.321808 0.328244
8 8 0.271705 0.272013
9 8 0.519257 0.519958
10 8 0.379016 0.379667
11 8 0.585932 0.585978
15 8 0.948769 0.959208
16 8 -0.00521321 0
e
0 9 0.738787 0.738809
1 9 1.28253 1.28263
2 9 0.459999 0.460657
3 9 0.50409 0.504159
4 9 -1.9761e-05 0
5 9 0.249919 0.250692
6 9 0.284053 0.28717
7 9 0.328244 0.328412
8 9 0.272013 0.277998
9 9 0.519958 0.529079
10 9 0.379667 0.418508
11 9 0.585978 0.592212
12 9 -0.000718307 0
13 9 0.776813 0.777033
14 9 0.937923 0.938149
15 9 0.959208 1.01167
16 9 -0.0380776 -0.00521321
17 9 -0.000486286 0
e
0 10 0.738809 0.748741
2 10 0.460657 0.724793
3 10 0.504159 0.515369
4 10 0.724596 0.740717
5 10 0.250692 0.773409
6 10 0.28717 0.67304
7 10 0.328412 0.592517
8 10 0.277998 0.729284
9 10 0.529079 0.704359
10 10 0.418508 0.784499
11 10 0.592212 0.848248
12 10 -0.000779351 -0.000718307
13 10 -0.000112094 0
14 10 -1.44445e-05 0
e
0 11 0.748741 0.751249
1 11 1.28263 1.33454
2 11 0.724793 0.743633
3 11 0.515369 0.805953
4 11 0.740717 0.776011
5 11 0.773409 0.77743
6 11 0.67304 0.694266
7 11 0.592517 0.601638
8 11 0.729284 0.734506
9 11 0.704359 0.714151
10 11 0.784499 0.790376
11 11 0.848248 0.855439
12 11 0.847636 0.937027
13 11 0.777033 0.870652
14 11 0.938149 0.956314
15 11 1.01167 1.08421
16 11 0.0306022 1.13319
17 11 1.20284 1.3354
e
0 12 0.751249 1
1 12 -0.33454 0
2 12 0.743633 1
3 12 0.805953 1
4 12 0.776011 1.00002
5 12 0.77743 1
6 12 0.694266 1
7 12 0.601638 1
8 12 0.734506 1
9 12 0.714151 1
10 12 0.790376 1
11 12 0.855439 1
12 12 0.937027 1.00078
13 12 0.870652 1.00011
14 12 0.956314 1.00001
15 12 -0.0842148 0
16 12 -0.133193 -0.0380776
17 12 -0.335403 -0.000486286
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [7.14e-06:4.9696]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000332001 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 332.0 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout same-cpu", \
     0.000225308 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 225.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 1.65653
1 0.0261728
2 0.00489219
3 0.00731874
4 0.00508906
5 0.00930291
6 0.0122117
7 0.0197459
8 0.00908126
9 0.00318645
10 0.0108021
11 0.0193092
12 0.000420008
13 0.000457457
14 0.00355001
15 0.000994838
16 2.142e-05
17 0.000206802
e
unset multiplot
unset logscale y
set output
