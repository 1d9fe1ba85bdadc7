# explain.py: explain-4194304-published; data inline, run `gnuplot explain-4194304-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-published.png"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-9.873878:109.873878]
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
0 0 0 0.00937047
1 0 0 0.218357
2 0 0 0.497697
3 0 0 0.453925
4 0 0 0.527059
5 0 0 0.403815
6 0 0 0.375465
7 0 0 0.289431
8 0 0 0.434171
9 0 0 0.572473
10 0 0 0.318093
11 0 0 0.284253
12 0 0 0.896249
13 0 0 0.903153
14 0 0 0.62166
15 0 0 0.81157
16 0 0 0.931219
17 0 0 0.88821
e
0 1 0.00937047 0.769527
5 1 0.403815 0.415434
6 1 0.375465 0.38531
8 1 0.434171 0.446664
10 1 0.318093 0.327246
11 1 0.284253 0.292432
e
0 2 0.769527 0.959159
1 2 0.218357 0.218379
2 2 0.497697 0.497746
5 2 0.415434 0.421188
6 2 0.38531 0.394014
7 2 0.289431 0.28946
8 2 0.446664 0.452851
9 2 0.572473 0.57253
10 2 0.327246 0.331779
11 2 0.292432 0.296482
12 2 0.896249 0.896338
15 2 0.81157 0.811651
16 2 0.931219 0.931312
17 2 0.88821 0.888299
e
1 3 0.218379 0.595424
e
0 4 0.959159 0.960448
1 4 0.595424 0.60104
2 4 0.497746 0.51969
3 4 0.453925 0.458928
4 4 0.527059 0.532869
5 4 0.421188 0.425639
6 4 0.394014 0.40643
7 4 0.28946 0.308601
8 4 0.452851 0.457636
9 4 0.57253 0.58515
10 4 0.331779 0.338791
11 4 0.296482 0.299615
12 4 0.896338 0.906217
13 4 0.903153 0.913108
16 4 0.931312 0.941577
17 4 0.888299 0.910239
e
3 5 0.458928 0.705179
4 5 0.532869 0.818795
14 5 0.62166 0.958907
e
0 6 0.960448 0.963706
1 6 0.60104 0.633964
2 6 0.51969 0.575969
3 6 0.705179 0.705396
4 6 0.818795 0.818869
5 6 0.425639 0.471304
6 6 0.40643 0.448888
7 6 0.308601 0.34133
8 6 0.457636 0.522693
9 6 0.58515 0.67093
10 6 0.338791 0.387479
11 6 0.299615 0.342208
15 6 0.811651 0.933258
e
7 7 0.34133 0.528384
11 7 0.342208 0.611006
e
0 8 0.963706 0.963996
1 8 0.633964 0.637453
2 8 0.575969 0.57876
3 8 0.705396 0.706051
4 8 0.818869 0.819348
5 8 0.471304 0.471454
6 8 0.448888 0.449632
7 8 0.528384 0.535342
8 8 0.522693 0.522944
9 8 0.67093 0.671261
10 8 0.387479 0.388095
11 8 0.611006 0.611229
12 8 0.906217 0.906365
13 8 0.913108 0.913257
14 8 0.958907 0.959355
15 8 0.933258 0.935684
16 8 0.941577 0.941692
17 8 0.910239 0.910349
e
0 9 0.963996 0.965016
1 9 0.637453 0.644683
2 9 0.57876 0.62349
3 9 0.706051 0.714639
4 9 0.819348 0.824334
5 9 0.471454 0.477185
6 9 0.449632 0.495808
7 9 0.535342 0.63802
8 9 0.522944 0.566071
9 9 0.671261 0.692924
10 9 0.388095 0.546081
11 9 0.611229 0.685179
12 9 0.906365 0.923323
13 9 0.913257 0.930345
14 9 0.959355 0.971117
15 9 0.935684 1.03933
16 9 0.941692 0.950501
17 9 0.910349 0.918751
e
0 10 0.965016 1.00839
1 10 0.644683 0.787127
2 10 0.62349 0.864392
3 10 0.714639 0.721723
4 10 0.824334 0.832559
5 10 0.477185 0.877704
6 10 0.495808 0.951775
7 10 0.63802 0.927243
8 10 0.566071 1.07874
10 10 0.546081 0.910304
11 10 0.685179 0.963837
e
0 11 1.00839 1.00936
1 11 0.787127 0.803515
2 11 0.864392 0.867882
3 11 0.721723 0.774919
4 11 0.832559 0.84292
5 11 0.877704 0.878479
6 11 -0.00696551 0
7 11 -0.00197461 0
8 11 -0.00485659 0
9 11 -0.0041912 0
10 11 -0.000290328 0
11 11 -0.0231506 0
12 11 0.923323 0.925574
13 11 -0.0149157 0
14 11 -0.0106722 0
15 11 1.03933 1.04051
16 11 0.950501 0.960202
17 11 -0.000544849 0
e
0 12 -0.00936484 0
1 12 0.803515 1
2 12 0.867882 1
3 12 0.774919 1
4 12 0.84292 1
5 12 0.878479 1
6 12 0.951775 1.00697
7 12 0.927243 1.00197
8 12 -0.0787388 -0.00485659
9 12 0.692924 1.00419
10 12 0.910304 1.00029
11 12 0.963837 1.02315
12 12 0.925574 1
13 12 0.930345 1.01492
14 12 0.971117 1.01067
15 12 -0.0405051 0
16 12 0.960202 1
17 12 0.918751 1.00054
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [2.67534e-05:2.11797]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     8.02602e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 80.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin-then-futex cross-core", \
     0.000144323 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 144.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.705988
1 0.0302964
2 0.0132921
3 0.0145739
4 0.0125516
5 0.0163824
6 0.0176193
7 0.0228567
8 0.0152369
9 0.0115559
10 0.0207972
11 0.0232731
12 0.00738126
13 0.00732484
14 0.0106416
15 0.00815142
16 0.00710407
17 0.00744806
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-published.svg"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-9.873878:109.873878]
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
0 0 0 0.00937047
1 0 0 0.218357
2 0 0 0.497697
3 0 0 0.453925
4 0 0 0.527059
5 0 0 0.403815
6 0 0 0.375465
7 0 0 0.289431
8 0 0 0.434171
9 0 0 0.572473
10 0 0 0.318093
11 0 0 0.284253
12 0 0 0.896249
13 0 0 0.903153
14 0 0 0.62166
15 0 0 0.81157
16 0 0 0.931219
17 0 0 0.88821
e
0 1 0.00937047 0.769527
5 1 0.403815 0.415434
6 1 0.375465 0.38531
8 1 0.434171 0.446664
10 1 0.318093 0.327246
11 1 0.284253 0.292432
e
0 2 0.769527 0.959159
1 2 0.218357 0.218379
2 2 0.497697 0.497746
5 2 0.415434 0.421188
6 2 0.38531 0.394014
7 2 0.289431 0.28946
8 2 0.446664 0.452851
9 2 0.572473 0.57253
10 2 0.327246 0.331779
11 2 0.292432 0.296482
12 2 0.896249 0.896338
15 2 0.81157 0.811651
16 2 0.931219 0.931312
17 2 0.88821 0.888299
e
1 3 0.218379 0.595424
e
0 4 0.959159 0.960448
1 4 0.595424 0.60104
2 4 0.497746 0.51969
3 4 0.453925 0.458928
4 4 0.527059 0.532869
5 4 0.421188 0.425639
6 4 0.394014 0.40643
7 4 0.28946 0.308601
8 4 0.452851 0.457636
9 4 0.57253 0.58515
10 4 0.331779 0.338791
11 4 0.296482 0.299615
12 4 0.896338 0.906217
13 4 0.903153 0.913108
16 4 0.931312 0.941577
17 4 0.888299 0.910239
e
3 5 0.458928 0.705179
4 5 0.532869 0.818795
14 5 0.62166 0.958907
e
0 6 0.960448 0.963706
1 6 0.60104 0.633964
2 6 0.51969 0.575969
3 6 0.705179 0.705396
4 6 0.818795 0.818869
5 6 0.425639 0.471304
6 6 0.40643 0.448888
7 6 0.308601 0.34133
8 6 0.457636 0.522693
9 6 0.58515 0.67093
10 6 0.338791 0.387479
11 6 0.299615 0.342208
15 6 0.811651 0.933258
e
7 7 0.34133 0.528384
11 7 0.342208 0.611006
e
0 8 0.963706 0.963996
1 8 0.633964 0.637453
2 8 0.575969 0.57876
3 8 0.705396 0.706051
4 8 0.818869 0.819348
5 8 0.471304 0.471454
6 8 0.448888 0.449632
7 8 0.528384 0.535342
8 8 0.522693 0.522944
9 8 0.67093 0.671261
10 8 0.387479 0.388095
11 8 0.611006 0.611229
12 8 0.906217 0.906365
13 8 0.913108 0.913257
14 8 0.958907 0.959355
15 8 0.933258 0.935684
16 8 0.941577 0.941692
17 8 0.910239 0.910349
e
0 9 0.963996 0.965016
1 9 0.637453 0.644683
2 9 0.57876 0.62349
3 9 0.706051 0.714639
4 9 0.819348 0.824334
5 9 0.471454 0.477185
6 9 0.449632 0.495808
7 9 0.535342 0.63802
8 9 0.522944 0.566071
9 9 0.671261 0.692924
10 9 0.388095 0.546081
11 9 0.611229 0.685179
12 9 0.906365 0.923323
13 9 0.913257 0.930345
14 9 0.959355 0.971117
15 9 0.935684 1.03933
16 9 0.941692 0.950501
17 9 0.910349 0.918751
e
0 10 0.965016 1.00839
1 10 0.644683 0.787127
2 10 0.62349 0.864392
3 10 0.714639 0.721723
4 10 0.824334 0.832559
5 10 0.477185 0.877704
6 10 0.495808 0.951775
7 10 0.63802 0.927243
8 10 0.566071 1.07874
10 10 0.546081 0.910304
11 10 0.685179 0.963837
e
0 11 1.00839 1.00936
1 11 0.787127 0.803515
2 11 0.864392 0.867882
3 11 0.721723 0.774919
4 11 0.832559 0.84292
5 11 0.877704 0.878479
6 11 -0.00696551 0
7 11 -0.00197461 0
8 11 -0.00485659 0
9 11 -0.0041912 0
10 11 -0.000290328 0
11 11 -0.0231506 0
12 11 0.923323 0.925574
13 11 -0.0149157 0
14 11 -0.0106722 0
15 11 1.03933 1.04051
16 11 0.950501 0.960202
17 11 -0.000544849 0
e
0 12 -0.00936484 0
1 12 0.803515 1
2 12 0.867882 1
3 12 0.774919 1
4 12 0.84292 1
5 12 0.878479 1
6 12 0.951775 1.00697
7 12 0.927243 1.00197
8 12 -0.0787388 -0.00485659
9 12 0.692924 1.00419
10 12 0.910304 1.00029
11 12 0.963837 1.02315
12 12 0.925574 1
13 12 0.930345 1.01492
14 12 0.971117 1.01067
15 12 -0.0405051 0
16 12 0.960202 1
17 12 0.918751 1.00054
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [2.67534e-05:2.11797]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     8.02602e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 80.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin-then-futex cross-core", \
     0.000144323 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 144.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.705988
1 0.0302964
2 0.0132921
3 0.0145739
4 0.0125516
5 0.0163824
6 0.0176193
7 0.0228567
8 0.0152369
9 0.0115559
10 0.0207972
11 0.0232731
12 0.00738126
13 0.00732484
14 0.0106416
15 0.00815142
16 0.00710407
17 0.00744806
e
unset multiplot
unset logscale y
set output
