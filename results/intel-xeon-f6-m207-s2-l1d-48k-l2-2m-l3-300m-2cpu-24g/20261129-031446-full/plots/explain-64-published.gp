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
0 0 0 0.000509107
1 0 0 0.000595062
2 0 0 0.00895035
3 0 0 0.000612677
4 0 0 0.0034745
5 0 0 0.0186446
6 0 0 0.00305811
7 0 0 0.00157432
8 0 0 0.0140988
9 0 0 0.0307096
10 0 0 0.0153295
11 0 0 0.00619193
12 0 0 0.0198164
13 0 0 0.0256349
14 0 0 0.0121257
15 0 0 0.0133549
16 0 0 0.0372712
17 0 0 0.0300843
e
0 1 0.000509107 0.00648045
5 1 0.0186446 0.103017
6 1 0.00305811 0.00563394
8 1 0.0140988 0.0779005
10 1 0.0153295 0.0847006
11 1 0.00619193 0.0342125
e
0 2 0.00648045 0.00830338
1 2 0.000595062 0.00125628
2 2 0.00895035 0.0188957
5 2 0.103017 0.158132
6 2 0.00563394 0.0104425
7 2 0.00157432 0.00332364
8 2 0.0779005 0.119577
9 2 0.0307096 0.0648332
10 2 0.0847006 0.130015
11 2 0.0342125 0.0525161
12 2 0.0198164 0.0418357
15 2 0.0133549 0.0281944
16 2 0.0372712 0.0786857
17 2 0.0300843 0.0635131
e
1 3 0.00125628 0.00194918
e
0 4 0.00830338 0.00833155
1 4 0.00194918 0.00196325
2 4 0.0188957 0.0191667
3 4 0.000612677 0.000617315
4 4 0.0034745 0.0035008
5 4 0.158132 0.158273
6 4 0.0104425 0.0105119
7 4 0.00332364 0.00339514
8 4 0.119577 0.119684
9 4 0.0648332 0.0652981
10 4 0.130015 0.130247
11 4 0.0525161 0.052563
12 4 0.0418357 0.0419857
13 4 0.0256349 0.025829
16 4 0.0786857 0.0789678
17 4 0.0635131 0.115276
e
3 5 0.000617315 0.0193067
4 5 0.0035008 0.109488
14 5 0.0121257 0.382013
e
0 6 0.00833155 0.0105125
1 6 0.00196325 0.00418418
2 6 0.0191667 0.0549525
3 6 0.0193067 0.0212441
4 6 0.109488 0.11901
5 6 0.158273 0.201465
6 6 0.0105119 0.0158533
7 6 0.00339514 0.00792154
8 6 0.119684 0.137892
9 6 0.0652981 0.10496
10 6 0.130247 0.139041
11 6 0.052563 0.0605599
15 6 0.0281944 0.0454422
e
7 7 0.00792154 0.261363
11 7 0.0605599 0.655216
e
0 12 0.0105125 1
1 12 0.00418418 1
2 12 0.0549525 1
3 12 0.0212441 1
4 12 0.11901 1
5 12 0.201465 1
6 12 0.0158533 1
7 12 0.261363 1
8 12 0.137892 1
9 12 0.10496 1
10 12 0.139041 1
11 12 0.655216 1
12 12 0.0419857 1
13 12 0.025829 1
14 12 0.382013 1
15 12 0.0454422 1
16 12 0.0789678 1
17 12 0.115276 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.42803e-08:0.00569822]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     4.28409e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 43 ns:", \
     NaN with lines lc rgb 'white' title "  shm/spin same-cpu", \
     3.82496e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 382 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 0.00189941
1 0.00162504
2 0.00010804
3 0.00157832
4 0.000278314
5 5.1865e-05
6 0.000316209
7 0.000614235
8 6.85875e-05
9 3.14885e-05
10 6.3081e-05
11 0.000156171
12 4.8798e-05
13 3.7722e-05
14 7.9748e-05
15 7.2408e-05
16 2.5945e-05
17 3.2143e-05
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
0 0 0 0.000509107
1 0 0 0.000595062
2 0 0 0.00895035
3 0 0 0.000612677
4 0 0 0.0034745
5 0 0 0.0186446
6 0 0 0.00305811
7 0 0 0.00157432
8 0 0 0.0140988
9 0 0 0.0307096
10 0 0 0.0153295
11 0 0 0.00619193
12 0 0 0.0198164
13 0 0 0.0256349
14 0 0 0.0121257
15 0 0 0.0133549
16 0 0 0.0372712
17 0 0 0.0300843
e
0 1 0.000509107 0.00648045
5 1 0.0186446 0.103017
6 1 0.00305811 0.00563394
8 1 0.0140988 0.0779005
10 1 0.0153295 0.0847006
11 1 0.00619193 0.0342125
e
0 2 0.00648045 0.00830338
1 2 0.000595062 0.00125628
2 2 0.00895035 0.0188957
5 2 0.103017 0.158132
6 2 0.00563394 0.0104425
7 2 0.00157432 0.00332364
8 2 0.0779005 0.119577
9 2 0.0307096 0.0648332
10 2 0.0847006 0.130015
11 2 0.0342125 0.0525161
12 2 0.0198164 0.0418357
15 2 0.0133549 0.0281944
16 2 0.0372712 0.0786857
17 2 0.0300843 0.0635131
e
1 3 0.00125628 0.00194918
e
0 4 0.00830338 0.00833155
1 4 0.00194918 0.00196325
2 4 0.0188957 0.0191667
3 4 0.000612677 0.000617315
4 4 0.0034745 0.0035008
5 4 0.158132 0.158273
6 4 0.0104425 0.0105119
7 4 0.00332364 0.00339514
8 4 0.119577 0.119684
9 4 0.0648332 0.0652981
10 4 0.130015 0.130247
11 4 0.0525161 0.052563
12 4 0.0418357 0.0419857
13 4 0.0256349 0.025829
16 4 0.0786857 0.0789678
17 4 0.0635131 0.115276
e
3 5 0.000617315 0.0193067
4 5 0.0035008 0.109488
14 5 0.0121257 0.382013
e
0 6 0.00833155 0.0105125
1 6 0.00196325 0.00418418
2 6 0.0191667 0.0549525
3 6 0.0193067 0.0212441
4 6 0.109488 0.11901
5 6 0.158273 0.201465
6 6 0.0105119 0.0158533
7 6 0.00339514 0.00792154
8 6 0.119684 0.137892
9 6 0.0652981 0.10496
10 6 0.130247 0.139041
11 6 0.052563 0.0605599
15 6 0.0281944 0.0454422
e
7 7 0.00792154 0.261363
11 7 0.0605599 0.655216
e
0 12 0.0105125 1
1 12 0.00418418 1
2 12 0.0549525 1
3 12 0.0212441 1
4 12 0.11901 1
5 12 0.201465 1
6 12 0.0158533 1
7 12 0.261363 1
8 12 0.137892 1
9 12 0.10496 1
10 12 0.139041 1
11 12 0.655216 1
12 12 0.0419857 1
13 12 0.025829 1
14 12 0.382013 1
15 12 0.0454422 1
16 12 0.0789678 1
17 12 0.115276 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.42803e-08:0.00569822]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     4.28409e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 43 ns:", \
     NaN with lines lc rgb 'white' title "  shm/spin same-cpu", \
     3.82496e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 382 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 0.00189941
1 0.00162504
2 0.00010804
3 0.00157832
4 0.000278314
5 5.1865e-05
6 0.000316209
7 0.000614235
8 6.85875e-05
9 3.14885e-05
10 6.3081e-05
11 0.000156171
12 4.8798e-05
13 3.7722e-05
14 7.9748e-05
15 7.2408e-05
16 2.5945e-05
17 3.2143e-05
e
unset multiplot
unset logscale y
set output
