# explain.py: explain-8192-published; data inline, run `gnuplot explain-8192-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-published.png"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-7.944380:107.944380]
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
0 0 0 0.00344931
1 0 0 0.0108013
2 0 0 0.144216
3 0 0 0.00819998
4 0 0 0.0660181
5 0 0 0.221962
6 0 0 0.0590496
7 0 0 0.052067
8 0 0 0.162521
9 0 0 0.255439
10 0 0 0.156317
11 0 0 0.0838576
12 0 0 0.222403
13 0 0 0.260694
14 0 0 0.154531
15 0 0 0.173442
16 0 0 0.319179
17 0 0 0.311799
e
0 1 0.00344931 0.209383
5 1 0.221962 0.283291
6 1 0.0590496 0.0625866
8 1 0.162521 0.207427
10 1 0.156317 0.199509
11 1 0.0838576 0.107028
e
0 2 0.209383 0.259984
1 2 0.0108013 0.0111309
2 2 0.144216 0.148616
5 2 0.283291 0.320839
6 2 0.0625866 0.0667642
7 2 0.052067 0.0536557
8 2 0.207427 0.234919
9 2 0.255439 0.263233
10 2 0.199509 0.225951
11 2 0.107028 0.121214
12 2 0.222403 0.229189
15 2 0.173442 0.178734
16 2 0.319179 0.328918
17 2 0.311799 0.321313
e
1 3 0.0111309 0.0289375
e
0 4 0.259984 0.260059
1 4 0.0289375 0.0290114
2 4 0.148616 0.150281
3 4 0.00819998 0.00822364
4 4 0.0660181 0.0662086
5 4 0.320839 0.321479
6 4 0.0667642 0.0672752
7 4 0.0536557 0.054557
8 4 0.234919 0.235388
9 4 0.263233 0.264707
10 4 0.225951 0.226853
11 4 0.121214 0.121455
12 4 0.229189 0.22983
13 4 0.260694 0.261446
16 4 0.328918 0.329839
17 4 0.321313 0.343384
e
3 5 0.00822364 0.0236815
4 5 0.0662086 0.19066
14 5 0.154531 0.445839
e
0 6 0.260059 0.261334
1 6 0.0290114 0.0312093
2 6 0.150281 0.171731
3 6 0.0236815 0.0251068
4 6 0.19066 0.201003
5 6 0.321479 0.355152
6 6 0.0672752 0.076164
7 6 0.054557 0.062274
8 6 0.235388 0.248528
9 6 0.264707 0.285359
10 6 0.226853 0.255333
11 6 0.121455 0.128235
15 6 0.178734 0.192757
e
7 7 0.062274 0.365136
11 7 0.128235 0.580711
e
0 8 0.261334 0.261389
1 8 0.0312093 0.0312951
2 8 0.171731 0.172877
3 8 0.0251068 0.0253022
6 8 0.076164 0.0808539
7 8 0.365136 0.365963
10 8 -0.00620762 0
14 8 0.445839 0.447067
15 8 0.192757 0.198267
e
0 9 0.261389 0.261432
1 9 0.0312951 0.0314316
2 9 0.172877 0.174699
3 9 0.0253022 0.026131
4 9 -0.000834113 0
5 9 -0.035055 0
6 9 0.0808539 0.0816
7 9 0.365963 0.366292
9 9 0.285359 0.446728
10 9 -0.0585452 -0.00620762
11 9 -0.000529754 0
12 9 0.22983 0.368924
14 9 -0.0156195 0
15 9 0.198267 0.222372
16 9 0.329839 0.420574
17 9 0.343384 0.4399
e
0 10 -1.98292e-05 0
1 10 -6.2094e-05 0
2 10 0.174699 0.175113
4 10 -0.00102387 -0.000834113
5 10 -0.035693 -0.035055
6 10 -0.000509191 0
7 10 -0.00014966 0
8 10 -0.00140144 0
9 10 -0.00146845 0
10 10 -0.0594438 -0.0585452
11 10 -0.00125287 -0.000529754
12 10 -0.0019178 0
13 10 -0.00224799 0
14 10 -0.0173962 -0.0156195
15 10 -0.000498536 0
e
0 11 0.261432 0.692863
1 11 0.0314316 0.977251
2 11 0.175113 0.920141
3 11 0.026131 0.990538
4 11 0.201003 0.961284
5 11 0.355152 0.879804
6 11 0.0816 0.948857
7 11 0.366292 0.841349
8 11 0.248528 0.807759
9 11 0.446728 0.915986
10 11 0.255333 0.949567
11 11 0.580711 0.92732
12 11 0.368924 0.957118
13 11 0.261446 0.808626
14 11 0.447067 0.997007
15 11 0.222372 0.910062
16 11 0.420574 0.873586
17 11 0.4399 0.888903
e
0 12 0.692863 1.00002
1 12 0.977251 1.00006
2 12 0.920141 1
3 12 0.990538 1
4 12 0.961284 1.00102
5 12 0.879804 1.03569
6 12 0.948857 1.00051
7 12 0.841349 1.00015
8 12 0.807759 1.0014
9 12 0.915986 1.00147
10 12 0.949567 1.05944
11 12 0.92732 1.00125
12 12 0.957118 1.00192
13 12 0.808626 1.00225
14 12 0.997007 1.0174
15 12 0.910062 1.0005
16 12 0.873586 1
17 12 0.888903 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.85335e-05:0.0154348]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00514495
1 0.00164299
2 0.000123055
3 0.00216421
4 0.000268813
5 7.9953e-05
6 0.000300535
7 0.00034084
8 0.000109195
9 6.94745e-05
10 0.000113529
11 0.000211627
12 7.97945e-05
13 6.8074e-05
14 0.000114841
15 0.000102319
16 5.56005e-05
17 5.69165e-05
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-published.svg"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-7.944380:107.944380]
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
0 0 0 0.00344931
1 0 0 0.0108013
2 0 0 0.144216
3 0 0 0.00819998
4 0 0 0.0660181
5 0 0 0.221962
6 0 0 0.0590496
7 0 0 0.052067
8 0 0 0.162521
9 0 0 0.255439
10 0 0 0.156317
11 0 0 0.0838576
12 0 0 0.222403
13 0 0 0.260694
14 0 0 0.154531
15 0 0 0.173442
16 0 0 0.319179
17 0 0 0.311799
e
0 1 0.00344931 0.209383
5 1 0.221962 0.283291
6 1 0.0590496 0.0625866
8 1 0.162521 0.207427
10 1 0.156317 0.199509
11 1 0.0838576 0.107028
e
0 2 0.209383 0.259984
1 2 0.0108013 0.0111309
2 2 0.144216 0.148616
5 2 0.283291 0.320839
6 2 0.0625866 0.0667642
7 2 0.052067 0.0536557
8 2 0.207427 0.234919
9 2 0.255439 0.263233
10 2 0.199509 0.225951
11 2 0.107028 0.121214
12 2 0.222403 0.229189
15 2 0.173442 0.178734
16 2 0.319179 0.328918
17 2 0.311799 0.321313
e
1 3 0.0111309 0.0289375
e
0 4 0.259984 0.260059
1 4 0.0289375 0.0290114
2 4 0.148616 0.150281
3 4 0.00819998 0.00822364
4 4 0.0660181 0.0662086
5 4 0.320839 0.321479
6 4 0.0667642 0.0672752
7 4 0.0536557 0.054557
8 4 0.234919 0.235388
9 4 0.263233 0.264707
10 4 0.225951 0.226853
11 4 0.121214 0.121455
12 4 0.229189 0.22983
13 4 0.260694 0.261446
16 4 0.328918 0.329839
17 4 0.321313 0.343384
e
3 5 0.00822364 0.0236815
4 5 0.0662086 0.19066
14 5 0.154531 0.445839
e
0 6 0.260059 0.261334
1 6 0.0290114 0.0312093
2 6 0.150281 0.171731
3 6 0.0236815 0.0251068
4 6 0.19066 0.201003
5 6 0.321479 0.355152
6 6 0.0672752 0.076164
7 6 0.054557 0.062274
8 6 0.235388 0.248528
9 6 0.264707 0.285359
10 6 0.226853 0.255333
11 6 0.121455 0.128235
15 6 0.178734 0.192757
e
7 7 0.062274 0.365136
11 7 0.128235 0.580711
e
0 8 0.261334 0.261389
1 8 0.0312093 0.0312951
2 8 0.171731 0.172877
3 8 0.0251068 0.0253022
6 8 0.076164 0.0808539
7 8 0.365136 0.365963
10 8 -0.00620762 0
14 8 0.445839 0.447067
15 8 0.192757 0.198267
e
0 9 0.261389 0.261432
1 9 0.0312951 0.0314316
2 9 0.172877 0.174699
3 9 0.0253022 0.026131
4 9 -0.000834113 0
5 9 -0.035055 0
6 9 0.0808539 0.0816
7 9 0.365963 0.366292
9 9 0.285359 0.446728
10 9 -0.0585452 -0.00620762
11 9 -0.000529754 0
12 9 0.22983 0.368924
14 9 -0.0156195 0
15 9 0.198267 0.222372
16 9 0.329839 0.420574
17 9 0.343384 0.4399
e
0 10 -1.98292e-05 0
1 10 -6.2094e-05 0
2 10 0.174699 0.175113
4 10 -0.00102387 -0.000834113
5 10 -0.035693 -0.035055
6 10 -0.000509191 0
7 10 -0.00014966 0
8 10 -0.00140144 0
9 10 -0.00146845 0
10 10 -0.0594438 -0.0585452
11 10 -0.00125287 -0.000529754
12 10 -0.0019178 0
13 10 -0.00224799 0
14 10 -0.0173962 -0.0156195
15 10 -0.000498536 0
e
0 11 0.261432 0.692863
1 11 0.0314316 0.977251
2 11 0.175113 0.920141
3 11 0.026131 0.990538
4 11 0.201003 0.961284
5 11 0.355152 0.879804
6 11 0.0816 0.948857
7 11 0.366292 0.841349
8 11 0.248528 0.807759
9 11 0.446728 0.915986
10 11 0.255333 0.949567
11 11 0.580711 0.92732
12 11 0.368924 0.957118
13 11 0.261446 0.808626
14 11 0.447067 0.997007
15 11 0.222372 0.910062
16 11 0.420574 0.873586
17 11 0.4399 0.888903
e
0 12 0.692863 1.00002
1 12 0.977251 1.00006
2 12 0.920141 1
3 12 0.990538 1
4 12 0.961284 1.00102
5 12 0.879804 1.03569
6 12 0.948857 1.00051
7 12 0.841349 1.00015
8 12 0.807759 1.0014
9 12 0.915986 1.00147
10 12 0.949567 1.05944
11 12 0.92732 1.00125
12 12 0.957118 1.00192
13 12 0.808626 1.00225
14 12 0.997007 1.0174
15 12 0.910062 1.0005
16 12 0.873586 1
17 12 0.888903 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.85335e-05:0.0154348]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00514495
1 0.00164299
2 0.000123055
3 0.00216421
4 0.000268813
5 7.9953e-05
6 0.000300535
7 0.00034084
8 0.000109195
9 6.94745e-05
10 0.000113529
11 0.000211627
12 7.97945e-05
13 6.8074e-05
14 0.000114841
15 0.000102319
16 5.56005e-05
17 5.69165e-05
e
unset multiplot
unset logscale y
set output
