# explain.py: explain-1073741824-transport-only; data inline, run `gnuplot explain-1073741824-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-92.064008:192.064008]
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
5 1 0 0.197797
6 1 0 0.0850802
8 1 0 0.157008
10 1 0 0.12764
11 1 0 0.0822987
e
1 2 0 3.78941e-08
2 2 0 6.59179e-08
5 2 0.197797 0.219276
6 2 0.0850802 0.159017
8 2 0.157008 0.174058
9 2 0 3.04592e-07
10 2 0.12764 0.141501
11 2 0.0822987 0.0912357
12 2 0 7.97183e-06
15 2 0 2.21534e-07
16 2 0 0.00779118
17 2 0 7.48757e-06
e
1 3 3.78941e-08 0.582938
e
1 4 0.582938 0.5941
2 4 6.59179e-08 0.0332864
3 4 0 0.016604
4 4 0 0.0240166
5 4 0.219276 0.235556
6 4 0.159017 0.17688
8 4 0.174058 0.18698
9 4 3.04592e-07 0.0769049
10 4 0.141501 0.162511
11 4 0.0912357 0.0980092
12 4 7.97183e-06 1.00639
13 4 0 0.982081
17 4 7.48757e-06 1.12627
e
3 5 0.016604 0.321737
4 5 0.0240166 0.465371
14 5 0 1.06556
e
1 6 0.5941 0.630315
2 6 0.0332864 0.0805343
5 6 0.235556 0.327985
6 6 0.17688 0.210688
8 6 0.18698 0.228183
9 6 0.0769049 0.199512
10 6 0.162511 0.216774
11 6 0.0980092 0.119606
15 6 2.21534e-07 0.089174
e
11 7 0.119606 0.632794
e
1 8 0.630315 0.630315
2 8 0.0805343 0.0805346
3 8 0.321737 0.321738
4 8 0.465371 0.465372
5 8 0.327985 0.328017
6 8 0.210688 0.210689
8 8 0.228183 0.228356
9 8 0.199512 0.199846
10 8 0.216774 0.217187
11 8 0.632794 0.632853
12 8 1.00639 1.00644
13 8 0.982081 0.982133
14 8 1.06556 1.06556
15 8 0.089174 0.0891776
16 8 0.00779118 0.0454879
17 8 1.12627 1.1263
e
1 9 0.630315 0.633573
2 9 0.0805346 0.0822543
3 9 0.321738 0.322094
4 9 0.465372 0.465478
5 9 0.328017 0.333582
6 9 0.210689 0.23128
8 9 0.228356 0.279499
9 9 0.199846 0.30114
10 9 0.217187 0.312067
11 9 0.632853 0.672221
12 9 1.00644 1.00865
13 9 0.982133 0.984292
14 9 1.06556 1.06569
15 9 0.0891776 0.19748
16 9 0.0454879 1.12665
17 9 1.1263 1.12734
e
1 10 0.633573 0.931118
2 10 0.0822543 0.623688
3 10 0.322094 0.33057
4 10 0.465478 0.477737
5 10 0.333582 0.864533
6 10 0.23128 0.523907
8 10 0.279499 0.697776
9 10 0.30114 0.927218
10 10 0.312067 0.665188
11 10 0.672221 0.89342
15 10 0.19748 0.424989
e
1 11 0.931118 0.931158
2 11 0.623688 0.6237
3 11 0.33057 0.330818
4 11 0.477737 0.477772
5 11 0.864533 0.864537
6 11 -6.26839e-07 0
8 11 -2.4969e-05 0
9 11 -4.70873e-05 0
10 11 -2.78085e-06 0
11 11 -6.10757e-05 0
12 11 -0.000478757 0
13 11 -0.00193863 0
14 11 -3.82986e-05 0
15 11 -6.16267e-06 0
16 11 1.12665 1.90064
17 11 1.12734 1.12753
e
1 12 0.931158 1
2 12 0.6237 1
3 12 0.330818 1
4 12 0.477772 1
5 12 0.864537 1
6 12 0.523907 1
8 12 0.697776 1.00002
9 12 0.927218 1.00005
10 12 0.665188 1
11 12 0.89342 1.00006
12 12 -0.00865205 -0.000478757
13 12 0.984292 1.00194
14 12 -0.0656865 -3.82986e-05
15 12 0.424989 1.00001
16 12 -0.90064 0
17 12 -0.127525 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.92953e-05:35.7048]
unset grid
set grid ytics mytics
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.0850839 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 85.08 ms:", \
     NaN with lines lc rgb 'white' title "  vmsplice/gift same-cpu", \
     0.040737 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 40.74 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
1 11.9016
2 6.84185
3 3.429
4 2.37066
5 3.49741
6 9.56182
8 4.40601
9 1.48067
10 5.41974
11 8.40568
12 0.0565742
13 0.0579739
14 0.981931
15 2.0358
16 5.7886e-05
17 0.0602332
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-transport-only.svg"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-92.064008:192.064008]
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
5 1 0 0.197797
6 1 0 0.0850802
8 1 0 0.157008
10 1 0 0.12764
11 1 0 0.0822987
e
1 2 0 3.78941e-08
2 2 0 6.59179e-08
5 2 0.197797 0.219276
6 2 0.0850802 0.159017
8 2 0.157008 0.174058
9 2 0 3.04592e-07
10 2 0.12764 0.141501
11 2 0.0822987 0.0912357
12 2 0 7.97183e-06
15 2 0 2.21534e-07
16 2 0 0.00779118
17 2 0 7.48757e-06
e
1 3 3.78941e-08 0.582938
e
1 4 0.582938 0.5941
2 4 6.59179e-08 0.0332864
3 4 0 0.016604
4 4 0 0.0240166
5 4 0.219276 0.235556
6 4 0.159017 0.17688
8 4 0.174058 0.18698
9 4 3.04592e-07 0.0769049
10 4 0.141501 0.162511
11 4 0.0912357 0.0980092
12 4 7.97183e-06 1.00639
13 4 0 0.982081
17 4 7.48757e-06 1.12627
e
3 5 0.016604 0.321737
4 5 0.0240166 0.465371
14 5 0 1.06556
e
1 6 0.5941 0.630315
2 6 0.0332864 0.0805343
5 6 0.235556 0.327985
6 6 0.17688 0.210688
8 6 0.18698 0.228183
9 6 0.0769049 0.199512
10 6 0.162511 0.216774
11 6 0.0980092 0.119606
15 6 2.21534e-07 0.089174
e
11 7 0.119606 0.632794
e
1 8 0.630315 0.630315
2 8 0.0805343 0.0805346
3 8 0.321737 0.321738
4 8 0.465371 0.465372
5 8 0.327985 0.328017
6 8 0.210688 0.210689
8 8 0.228183 0.228356
9 8 0.199512 0.199846
10 8 0.216774 0.217187
11 8 0.632794 0.632853
12 8 1.00639 1.00644
13 8 0.982081 0.982133
14 8 1.06556 1.06556
15 8 0.089174 0.0891776
16 8 0.00779118 0.0454879
17 8 1.12627 1.1263
e
1 9 0.630315 0.633573
2 9 0.0805346 0.0822543
3 9 0.321738 0.322094
4 9 0.465372 0.465478
5 9 0.328017 0.333582
6 9 0.210689 0.23128
8 9 0.228356 0.279499
9 9 0.199846 0.30114
10 9 0.217187 0.312067
11 9 0.632853 0.672221
12 9 1.00644 1.00865
13 9 0.982133 0.984292
14 9 1.06556 1.06569
15 9 0.0891776 0.19748
16 9 0.0454879 1.12665
17 9 1.1263 1.12734
e
1 10 0.633573 0.931118
2 10 0.0822543 0.623688
3 10 0.322094 0.33057
4 10 0.465478 0.477737
5 10 0.333582 0.864533
6 10 0.23128 0.523907
8 10 0.279499 0.697776
9 10 0.30114 0.927218
10 10 0.312067 0.665188
11 10 0.672221 0.89342
15 10 0.19748 0.424989
e
1 11 0.931118 0.931158
2 11 0.623688 0.6237
3 11 0.33057 0.330818
4 11 0.477737 0.477772
5 11 0.864533 0.864537
6 11 -6.26839e-07 0
8 11 -2.4969e-05 0
9 11 -4.70873e-05 0
10 11 -2.78085e-06 0
11 11 -6.10757e-05 0
12 11 -0.000478757 0
13 11 -0.00193863 0
14 11 -3.82986e-05 0
15 11 -6.16267e-06 0
16 11 1.12665 1.90064
17 11 1.12734 1.12753
e
1 12 0.931158 1
2 12 0.6237 1
3 12 0.330818 1
4 12 0.477772 1
5 12 0.864537 1
6 12 0.523907 1
8 12 0.697776 1.00002
9 12 0.927218 1.00005
10 12 0.665188 1
11 12 0.89342 1.00006
12 12 -0.00865205 -0.000478757
13 12 0.984292 1.00194
14 12 -0.0656865 -3.82986e-05
15 12 0.424989 1.00001
16 12 -0.90064 0
17 12 -0.127525 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.92953e-05:35.7048]
unset grid
set grid ytics mytics
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.0850839 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 85.08 ms:", \
     NaN with lines lc rgb 'white' title "  vmsplice/gift same-cpu", \
     0.040737 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 40.74 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
1 11.9016
2 6.84185
3 3.429
4 2.37066
5 3.49741
6 9.56182
8 4.40601
9 1.48067
10 5.41974
11 8.40568
12 0.0565742
13 0.0579739
14 0.981931
15 2.0358
16 5.7886e-05
17 0.0602332
e
unset multiplot
unset logscale y
set output
