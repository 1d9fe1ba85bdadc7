# explain.py: explain-8192-transport-only; data inline, run `gnuplot explain-8192-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-580.167999:680.167999]
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
     1/0 with boxes lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
0 1 0 0.297894
5 1 0 0.0445588
6 1 0 0.0033207
8 1 0 0.128573
10 1 0 0.0293414
11 1 0 0.0178129
e
0 2 0.297894 0.373526
1 2 0 0.000780245
2 2 0 0.00327349
5 2 0.0445588 0.0730334
6 2 0.0033207 0.00723228
7 2 0 0.00105189
8 2 0.128573 0.210736
9 2 0 0.00747099
10 2 0.0293414 0.0480916
11 2 0.0178129 0.0291959
12 2 0 0.011031
15 2 0 0.00320239
16 2 0 0.00625977
17 2 0 0.00636333
e
1 3 0.000780245 0.0261717
e
0 4 0.373526 0.373691
1 4 0.0261717 0.0263805
2 4 0.00327349 0.00475078
3 4 0 5.4629e-05
4 4 0 0.000289619
5 4 0.0730334 0.0737005
6 4 0.00723228 0.00781823
7 4 0.00105189 0.00176395
8 4 0.210736 0.212661
9 4 0.00747099 0.00915677
10 4 0.0480916 0.04897
11 4 0.0291959 0.0294626
12 4 0.011031 0.0122755
13 4 0 0.00290776
17 4 0.00636333 0.01909
e
3 5 5.4629e-05 0.0378805
4 5 0.000289619 0.200826
14 5 0 0.280071
e
0 6 0.373691 0.376621
1 6 0.0263805 0.0327899
2 6 0.00475078 0.0244063
3 6 0.0378805 0.0408975
4 6 0.200826 0.205246
5 6 0.0737005 0.109907
6 6 0.00781823 0.0183383
7 6 0.00176395 0.00805771
8 6 0.212661 0.268395
9 6 0.00915677 0.0335656
10 6 0.04897 0.0675152
11 6 0.0294626 0.0371842
15 6 0.00320239 0.0136651
e
7 7 0.00805771 0.49671
11 7 0.0371842 1.76303
e
0 8 0.376621 0.379133
1 8 0.0327899 0.0423478
2 8 0.0244063 0.0359907
3 8 0.0408975 0.0495969
4 8 0.205246 0.233198
5 8 0.109907 0.122782
6 8 0.0183383 0.0475565
7 8 0.49671 0.50301
8 8 0.268395 0.296258
9 8 0.0335656 0.0498356
10 8 0.0675152 0.0802322
11 8 1.76303 1.77204
12 8 0.0122755 0.0362984
13 8 0.00290776 0.0590349
14 8 0.280071 0.314229
15 8 0.0136651 0.0624831
16 8 0.00625977 0.0147799
17 8 0.01909 0.0294833
e
0 9 0.379133 0.428179
1 9 0.0423478 0.237281
2 9 0.0359907 0.444908
3 9 0.0495969 0.170569
4 9 0.233198 0.553868
5 9 0.122782 0.861306
6 9 0.0475565 1.02071
7 9 0.50301 0.89721
8 9 0.296258 4.55824
9 9 0.0498356 1.91636
10 9 0.0802322 1.05285
11 9 1.77204 3.39582
12 9 0.0362984 1.41427
13 9 0.0590349 6.49805
14 9 0.314229 1.20993
15 9 0.0624831 1.06257
16 9 0.0147799 0.405759
17 9 0.0294833 0.824377
e
0 10 0.428179 0.429259
1 10 0.237281 0.241574
3 10 0.170569 0.175897
4 10 0.553868 0.582118
8 10 4.55824 4.74597
9 10 1.91636 2.03968
10 10 1.05285 1.11711
11 10 3.39582 3.42183
12 10 1.41427 1.59636
13 10 6.49805 6.78168
14 10 1.20993 1.26911
15 10 1.06257 1.08019
16 10 0.405759 0.440203
17 10 0.824377 0.859392
e
0 12 0.429259 1
1 12 0.241574 1
2 12 0.444908 1
3 12 0.175897 1
4 12 0.582118 1
5 12 0.861306 1
6 12 -0.0207111 0
7 12 0.89721 1
8 12 -3.74597 0
9 12 -1.03968 0
10 12 -0.117113 0
11 12 -2.42183 0
12 12 -0.596363 0
13 12 -5.78168 0
14 12 -0.269113 0
15 12 -0.0801937 0
16 12 0.440203 1
17 12 0.859392 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [6.47967e-06:0.00765623]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00255208
1 0.000642107
2 0.000153048
3 0.00103469
4 0.000195166
5 8.4742e-05
6 0.000289397
7 0.000476286
8 2.93685e-05
9 6.70595e-05
10 0.000128692
11 0.000211982
12 4.54175e-05
13 1.9439e-05
14 0.000139743
15 0.000156446
16 8.0035e-05
17 7.87325e-05
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
set yrange [-580.167999:680.167999]
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
     1/0 with boxes lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
0 1 0 0.297894
5 1 0 0.0445588
6 1 0 0.0033207
8 1 0 0.128573
10 1 0 0.0293414
11 1 0 0.0178129
e
0 2 0.297894 0.373526
1 2 0 0.000780245
2 2 0 0.00327349
5 2 0.0445588 0.0730334
6 2 0.0033207 0.00723228
7 2 0 0.00105189
8 2 0.128573 0.210736
9 2 0 0.00747099
10 2 0.0293414 0.0480916
11 2 0.0178129 0.0291959
12 2 0 0.011031
15 2 0 0.00320239
16 2 0 0.00625977
17 2 0 0.00636333
e
1 3 0.000780245 0.0261717
e
0 4 0.373526 0.373691
1 4 0.0261717 0.0263805
2 4 0.00327349 0.00475078
3 4 0 5.4629e-05
4 4 0 0.000289619
5 4 0.0730334 0.0737005
6 4 0.00723228 0.00781823
7 4 0.00105189 0.00176395
8 4 0.210736 0.212661
9 4 0.00747099 0.00915677
10 4 0.0480916 0.04897
11 4 0.0291959 0.0294626
12 4 0.011031 0.0122755
13 4 0 0.00290776
17 4 0.00636333 0.01909
e
3 5 5.4629e-05 0.0378805
4 5 0.000289619 0.200826
14 5 0 0.280071
e
0 6 0.373691 0.376621
1 6 0.0263805 0.0327899
2 6 0.00475078 0.0244063
3 6 0.0378805 0.0408975
4 6 0.200826 0.205246
5 6 0.0737005 0.109907
6 6 0.00781823 0.0183383
7 6 0.00176395 0.00805771
8 6 0.212661 0.268395
9 6 0.00915677 0.0335656
10 6 0.04897 0.0675152
11 6 0.0294626 0.0371842
15 6 0.00320239 0.0136651
e
7 7 0.00805771 0.49671
11 7 0.0371842 1.76303
e
0 8 0.376621 0.379133
1 8 0.0327899 0.0423478
2 8 0.0244063 0.0359907
3 8 0.0408975 0.0495969
4 8 0.205246 0.233198
5 8 0.109907 0.122782
6 8 0.0183383 0.0475565
7 8 0.49671 0.50301
8 8 0.268395 0.296258
9 8 0.0335656 0.0498356
10 8 0.0675152 0.0802322
11 8 1.76303 1.77204
12 8 0.0122755 0.0362984
13 8 0.00290776 0.0590349
14 8 0.280071 0.314229
15 8 0.0136651 0.0624831
16 8 0.00625977 0.0147799
17 8 0.01909 0.0294833
e
0 9 0.379133 0.428179
1 9 0.0423478 0.237281
2 9 0.0359907 0.444908
3 9 0.0495969 0.170569
4 9 0.233198 0.553868
5 9 0.122782 0.861306
6 9 0.0475565 1.02071
7 9 0.50301 0.89721
8 9 0.296258 4.55824
9 9 0.0498356 1.91636
10 9 0.0802322 1.05285
11 9 1.77204 3.39582
12 9 0.0362984 1.41427
13 9 0.0590349 6.49805
14 9 0.314229 1.20993
15 9 0.0624831 1.06257
16 9 0.0147799 0.405759
17 9 0.0294833 0.824377
e
0 10 0.428179 0.429259
1 10 0.237281 0.241574
3 10 0.170569 0.175897
4 10 0.553868 0.582118
8 10 4.55824 4.74597
9 10 1.91636 2.03968
10 10 1.05285 1.11711
11 10 3.39582 3.42183
12 10 1.41427 1.59636
13 10 6.49805 6.78168
14 10 1.20993 1.26911
15 10 1.06257 1.08019
16 10 0.405759 0.440203
17 10 0.824377 0.859392
e
0 12 0.429259 1
1 12 0.241574 1
2 12 0.444908 1
3 12 0.175897 1
4 12 0.582118 1
5 12 0.861306 1
6 12 -0.0207111 0
7 12 0.89721 1
8 12 -3.74597 0
9 12 -1.03968 0
10 12 -0.117113 0
11 12 -2.42183 0
12 12 -0.596363 0
13 12 -5.78168 0
14 12 -0.269113 0
15 12 -0.0801937 0
16 12 0.440203 1
17 12 0.859392 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [6.47967e-06:0.00765623]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00255208
1 0.000642107
2 0.000153048
3 0.00103469
4 0.000195166
5 8.4742e-05
6 0.000289397
7 0.000476286
8 2.93685e-05
9 6.70595e-05
10 0.000128692
11 0.000211982
12 4.54175e-05
13 1.9439e-05
14 0.000139743
15 0.000156446
16 8.0035e-05
17 7.87325e-05
e
unset multiplot
unset logscale y
set output
