# explain.py: explain-1204224-transport-only; data inline, run `gnuplot explain-1204224-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-35.051713:135.051713]
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
0 1 0 0.613824
5 1 0 0.0712972
6 1 0 0.0346005
8 1 0 0.0609317
10 1 0 0.0521854
11 1 0 0.0270465
e
0 2 0.613824 0.767647
1 2 0 4.14254e-05
2 2 0 0.000312823
5 2 0.0712972 0.101412
6 2 0.0346005 0.069156
7 2 0 0.000124165
8 2 0.0609317 0.0866686
9 2 0 0.000503534
10 2 0.0521854 0.0742279
11 2 0.0270465 0.0384706
12 2 0 0.00470573
15 2 0 0.00150647
16 2 0 0.0279888
17 2 0 0.00615122
e
1 3 4.14254e-05 0.36743
e
0 4 0.767647 0.769962
1 4 0.36743 0.379027
2 4 0.000312823 0.150428
3 4 0 0.0227413
4 4 0 0.0466366
5 4 0.101412 0.134959
6 4 0.069156 0.120033
7 4 0.000124165 0.089499
8 4 0.0866686 0.115338
9 4 0.000503534 0.121319
10 4 0.0742279 0.123336
11 4 0.0384706 0.0511963
12 4 0.00470573 0.569243
13 4 0 0.438187
17 4 0.00615122 0.368211
e
3 5 0.0227413 0.224579
4 5 0.0466366 0.460553
14 5 0 0.572083
e
0 6 0.769962 0.772349
1 6 0.379027 0.401104
2 6 0.150428 0.275437
3 6 0.224579 0.22626
4 6 0.460553 0.463155
5 6 0.134959 0.246719
6 6 0.120033 0.176528
7 6 0.089499 0.139116
8 6 0.115338 0.218497
9 6 0.121319 0.338684
10 6 0.123336 0.304436
11 6 0.0511963 0.0969871
15 6 0.00150647 0.651815
e
7 7 0.139116 0.353168
11 7 0.0969871 0.662059
e
0 8 0.772349 0.772558
1 8 0.401104 0.4032
2 8 0.275437 0.281375
5 8 0.246719 0.247263
6 8 0.176528 0.177284
7 8 0.353168 0.363259
8 8 0.218497 0.219079
9 8 0.338684 0.340277
10 8 0.304436 0.305582
11 8 0.662059 0.662472
13 8 -0.00177762 0
14 8 0.572083 0.572213
15 8 0.651815 0.665378
e
1 9 0.4032 0.403238
2 9 0.281375 0.281768
3 9 0.22626 0.226567
4 9 -6.98609e-05 0
5 9 0.247263 0.248218
6 9 -0.00035566 0
7 9 0.363259 0.36433
8 9 0.219079 0.224318
9 9 0.340277 0.358828
10 9 0.305582 0.351485
11 9 0.662472 0.66699
13 9 0.438187 0.4395
14 9 0.572213 0.578779
15 9 0.665378 0.718712
16 9 0.0279888 0.249303
17 9 0.368211 0.420166
e
0 10 0.772558 0.780321
1 10 0.403238 0.483536
2 10 0.281768 0.726838
3 10 0.226567 0.235783
4 10 0.463155 0.482055
5 10 0.248218 0.913356
6 10 0.177284 0.678488
7 10 0.36433 0.754817
8 10 0.224318 0.823283
9 10 0.358828 0.516643
10 10 0.351485 0.79978
11 10 0.66699 0.99139
12 10 -0.000722493 0
13 10 -0.00233841 -0.00177762
14 10 -0.000164985 0
15 10 0.718712 0.718789
16 10 -0.00143241 0
e
0 11 0.780321 0.785034
1 11 0.483536 0.597184
2 11 0.726838 0.764946
3 11 0.235783 0.744904
4 11 0.482055 0.594159
5 11 0.913356 0.925335
6 11 0.678488 0.783395
7 11 0.754817 0.792771
8 11 0.823283 0.836962
9 11 0.516643 0.54202
10 11 0.79978 0.823499
11 11 0.99139 1.00273
12 11 0.569243 0.884654
13 11 0.4395 0.706871
14 11 0.578779 0.64379
15 11 0.718789 0.913105
16 11 0.249303 1.33052
17 11 0.420166 0.67479
e
0 12 0.785034 1
1 12 0.597184 1
2 12 0.764946 1
3 12 0.744904 1
4 12 0.594159 1.00007
5 12 0.925335 1
6 12 0.783395 1.00036
7 12 0.792771 1
8 12 0.836962 1
9 12 0.54202 1
10 12 0.823499 1
11 12 -0.00272931 0
12 12 0.884654 1.00072
13 12 0.706871 1.00234
14 12 0.64379 1.00016
15 12 0.913105 1
16 12 -0.330517 -0.00143241
17 12 0.67479 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [7.81267e-06:0.943517]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     8.90099e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 89.0 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout cross-core", \
     7.83475e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 78.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.314506
1 0.0158357
2 0.00209704
3 0.00346062
4 0.0016875
5 0.00234598
6 0.00464056
7 0.0052833
8 0.00274507
9 0.00130279
10 0.00320515
11 0.00618424
12 0.000139404
13 0.000179601
14 0.00122095
15 0.000435457
16 2.3438e-05
17 0.000106646
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
set yrange [-35.051713:135.051713]
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
0 1 0 0.613824
5 1 0 0.0712972
6 1 0 0.0346005
8 1 0 0.0609317
10 1 0 0.0521854
11 1 0 0.0270465
e
0 2 0.613824 0.767647
1 2 0 4.14254e-05
2 2 0 0.000312823
5 2 0.0712972 0.101412
6 2 0.0346005 0.069156
7 2 0 0.000124165
8 2 0.0609317 0.0866686
9 2 0 0.000503534
10 2 0.0521854 0.0742279
11 2 0.0270465 0.0384706
12 2 0 0.00470573
15 2 0 0.00150647
16 2 0 0.0279888
17 2 0 0.00615122
e
1 3 4.14254e-05 0.36743
e
0 4 0.767647 0.769962
1 4 0.36743 0.379027
2 4 0.000312823 0.150428
3 4 0 0.0227413
4 4 0 0.0466366
5 4 0.101412 0.134959
6 4 0.069156 0.120033
7 4 0.000124165 0.089499
8 4 0.0866686 0.115338
9 4 0.000503534 0.121319
10 4 0.0742279 0.123336
11 4 0.0384706 0.0511963
12 4 0.00470573 0.569243
13 4 0 0.438187
17 4 0.00615122 0.368211
e
3 5 0.0227413 0.224579
4 5 0.0466366 0.460553
14 5 0 0.572083
e
0 6 0.769962 0.772349
1 6 0.379027 0.401104
2 6 0.150428 0.275437
3 6 0.224579 0.22626
4 6 0.460553 0.463155
5 6 0.134959 0.246719
6 6 0.120033 0.176528
7 6 0.089499 0.139116
8 6 0.115338 0.218497
9 6 0.121319 0.338684
10 6 0.123336 0.304436
11 6 0.0511963 0.0969871
15 6 0.00150647 0.651815
e
7 7 0.139116 0.353168
11 7 0.0969871 0.662059
e
0 8 0.772349 0.772558
1 8 0.401104 0.4032
2 8 0.275437 0.281375
5 8 0.246719 0.247263
6 8 0.176528 0.177284
7 8 0.353168 0.363259
8 8 0.218497 0.219079
9 8 0.338684 0.340277
10 8 0.304436 0.305582
11 8 0.662059 0.662472
13 8 -0.00177762 0
14 8 0.572083 0.572213
15 8 0.651815 0.665378
e
1 9 0.4032 0.403238
2 9 0.281375 0.281768
3 9 0.22626 0.226567
4 9 -6.98609e-05 0
5 9 0.247263 0.248218
6 9 -0.00035566 0
7 9 0.363259 0.36433
8 9 0.219079 0.224318
9 9 0.340277 0.358828
10 9 0.305582 0.351485
11 9 0.662472 0.66699
13 9 0.438187 0.4395
14 9 0.572213 0.578779
15 9 0.665378 0.718712
16 9 0.0279888 0.249303
17 9 0.368211 0.420166
e
0 10 0.772558 0.780321
1 10 0.403238 0.483536
2 10 0.281768 0.726838
3 10 0.226567 0.235783
4 10 0.463155 0.482055
5 10 0.248218 0.913356
6 10 0.177284 0.678488
7 10 0.36433 0.754817
8 10 0.224318 0.823283
9 10 0.358828 0.516643
10 10 0.351485 0.79978
11 10 0.66699 0.99139
12 10 -0.000722493 0
13 10 -0.00233841 -0.00177762
14 10 -0.000164985 0
15 10 0.718712 0.718789
16 10 -0.00143241 0
e
0 11 0.780321 0.785034
1 11 0.483536 0.597184
2 11 0.726838 0.764946
3 11 0.235783 0.744904
4 11 0.482055 0.594159
5 11 0.913356 0.925335
6 11 0.678488 0.783395
7 11 0.754817 0.792771
8 11 0.823283 0.836962
9 11 0.516643 0.54202
10 11 0.79978 0.823499
11 11 0.99139 1.00273
12 11 0.569243 0.884654
13 11 0.4395 0.706871
14 11 0.578779 0.64379
15 11 0.718789 0.913105
16 11 0.249303 1.33052
17 11 0.420166 0.67479
e
0 12 0.785034 1
1 12 0.597184 1
2 12 0.764946 1
3 12 0.744904 1
4 12 0.594159 1.00007
5 12 0.925335 1
6 12 0.783395 1.00036
7 12 0.792771 1
8 12 0.836962 1
9 12 0.54202 1
10 12 0.823499 1
11 12 -0.00272931 0
12 12 0.884654 1.00072
13 12 0.706871 1.00234
14 12 0.64379 1.00016
15 12 0.913105 1
16 12 -0.330517 -0.00143241
17 12 0.67479 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [7.81267e-06:0.943517]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     8.90099e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 89.0 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout cross-core", \
     7.83475e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 78.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.314506
1 0.0158357
2 0.00209704
3 0.00346062
4 0.0016875
5 0.00234598
6 0.00464056
7 0.0052833
8 0.00274507
9 0.00130279
10 0.00320515
11 0.00618424
12 0.000139404
13 0.000179601
14 0.00122095
15 0.000435457
16 2.3438e-05
17 0.000106646
e
unset multiplot
unset logscale y
set output
