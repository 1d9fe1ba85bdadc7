# explain.py: explain-38535168-transport-only; data inline, run `gnuplot explain-38535168-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-71.602352:171.602352]
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
0 1 0 0.642907
5 1 0 0.39175
6 1 0 0.241135
8 1 0 0.420324
10 1 0 0.383417
11 1 0 0.22896
e
0 2 0.642907 0.876531
1 2 0 1.53389e-06
2 2 0 9.2175e-06
5 2 0.39175 0.590217
6 2 0.241135 0.484899
7 2 0 3.21997e-06
8 2 0.420324 0.633266
9 2 0 1.87203e-05
10 2 0.383417 0.577662
11 2 0.22896 0.344955
12 2 0 0.00016735
15 2 0 2.63802e-05
16 2 0 0.0277362
17 2 0 0.000256486
e
1 3 1.53389e-06 0.486815
e
0 4 0.876531 0.881082
1 4 0.486815 0.520173
2 4 9.2175e-06 0.343653
3 4 0 0.114636
4 4 0 0.11832
5 4 0.590217 0.630439
6 4 0.484899 0.557711
7 4 3.21997e-06 0.180072
8 4 0.633266 0.676423
9 4 1.87203e-05 0.348981
10 4 0.577662 0.656395
11 4 0.344955 0.368463
12 4 0.00016735 1.55994
13 4 0 1.68449
17 4 0.000256486 0.788659
e
3 5 0.114636 0.789087
4 5 0.11832 0.814446
14 5 0 1.01846
e
0 6 0.881082 0.883827
1 6 0.520173 0.554662
2 6 0.343653 0.500268
3 6 0.789087 0.789187
4 6 0.814446 0.814499
5 6 0.630439 0.703765
6 6 0.557711 0.601957
7 6 0.180072 0.234783
8 6 0.676423 0.740472
9 6 0.348981 0.60793
10 6 0.656395 0.823214
11 6 0.368463 0.403352
15 6 2.63802e-05 0.364933
e
7 7 0.234783 0.419163
11 7 0.403352 1.02934
e
0 8 0.883827 0.883987
1 8 0.554662 0.556476
2 8 0.500268 0.504312
3 8 0.789187 0.789207
4 8 0.814499 0.81451
5 8 0.703765 0.703803
6 8 0.601957 0.602124
7 8 0.419163 0.42508
8 8 0.740472 0.740485
9 8 0.60793 0.608372
10 8 0.823214 0.824818
11 8 1.02934 1.02942
15 8 0.364933 0.368275
17 8 0.788659 0.788704
e
0 9 0.883987 0.884026
1 9 0.556476 0.556916
2 9 0.504312 0.504588
3 9 0.789207 0.78926
4 9 0.81451 0.814513
5 9 0.703803 0.704402
6 9 0.602124 0.604556
7 9 0.42508 0.426256
8 9 0.740485 0.744503
9 9 0.608372 0.618919
10 9 0.824818 0.847115
11 9 1.02942 1.03445
13 9 1.68449 1.68453
14 9 1.01846 1.0188
15 9 0.368275 0.405769
16 9 0.0277362 0.266789
17 9 0.788704 0.790961
e
0 10 0.884026 0.91677
1 10 0.556916 0.750064
2 10 0.504588 1.07948
3 10 0.78926 0.817016
4 10 0.814513 0.861482
5 10 0.704402 0.916901
6 10 0.604556 0.884969
7 10 0.426256 0.757515
8 10 0.744503 0.82549
9 10 0.618919 1.11651
10 10 0.847115 1.06973
11 10 1.03445 1.12165
12 10 -9.45328e-06 0
13 10 -1.02092e-05 0
14 10 -1.04915e-06 0
15 10 0.405769 1.10682
e
0 11 0.91677 0.916922
1 11 0.750064 0.753938
2 11 1.07948 1.08083
3 11 0.817016 0.852475
4 11 0.861482 0.866455
5 11 0.916901 0.917115
6 11 0.884969 0.885821
7 11 0.757515 0.758984
8 11 0.82549 0.825785
9 11 1.11651 1.11733
10 11 1.06973 1.07018
11 11 1.12165 1.12202
12 11 1.55994 1.56979
13 11 1.68453 1.69602
14 11 1.0188 1.02
15 11 1.10682 1.11022
16 11 0.266789 1.17466
17 11 0.790961 0.800858
e
0 12 0.916922 1
1 12 0.753938 1
2 12 -0.08083 0
3 12 0.852475 1
4 12 0.866455 1
5 12 0.917115 1
6 12 0.885821 1
7 12 0.758984 1
8 12 0.825785 1
9 12 -0.117334 0
10 12 -0.0701809 0
11 12 -0.12202 0
12 12 -0.569793 -9.45328e-06
13 12 -0.696024 -1.02092e-05
14 12 -0.0200041 -1.04915e-06
15 12 -0.110224 0
16 12 -0.174664 0
17 12 0.800858 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.44867e-06:31.813]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00494203 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 4.94 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.00585915 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 5.86 ms:", \
     NaN with lines lc rgb 'white' title "  memfd/pooled-touch unpinned"
0 10.6043
1 0.458315
2 0.0762683
3 0.0571575
4 0.0553778
5 0.162901
6 0.269966
7 0.218326
8 0.151827
9 0.037553
10 0.166442
11 0.278723
12 0.0042008
13 0.00388977
14 0.0378512
15 0.0266488
16 2.5346e-05
17 0.00274091
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-transport-only.svg"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-71.602352:171.602352]
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
0 1 0 0.642907
5 1 0 0.39175
6 1 0 0.241135
8 1 0 0.420324
10 1 0 0.383417
11 1 0 0.22896
e
0 2 0.642907 0.876531
1 2 0 1.53389e-06
2 2 0 9.2175e-06
5 2 0.39175 0.590217
6 2 0.241135 0.484899
7 2 0 3.21997e-06
8 2 0.420324 0.633266
9 2 0 1.87203e-05
10 2 0.383417 0.577662
11 2 0.22896 0.344955
12 2 0 0.00016735
15 2 0 2.63802e-05
16 2 0 0.0277362
17 2 0 0.000256486
e
1 3 1.53389e-06 0.486815
e
0 4 0.876531 0.881082
1 4 0.486815 0.520173
2 4 9.2175e-06 0.343653
3 4 0 0.114636
4 4 0 0.11832
5 4 0.590217 0.630439
6 4 0.484899 0.557711
7 4 3.21997e-06 0.180072
8 4 0.633266 0.676423
9 4 1.87203e-05 0.348981
10 4 0.577662 0.656395
11 4 0.344955 0.368463
12 4 0.00016735 1.55994
13 4 0 1.68449
17 4 0.000256486 0.788659
e
3 5 0.114636 0.789087
4 5 0.11832 0.814446
14 5 0 1.01846
e
0 6 0.881082 0.883827
1 6 0.520173 0.554662
2 6 0.343653 0.500268
3 6 0.789087 0.789187
4 6 0.814446 0.814499
5 6 0.630439 0.703765
6 6 0.557711 0.601957
7 6 0.180072 0.234783
8 6 0.676423 0.740472
9 6 0.348981 0.60793
10 6 0.656395 0.823214
11 6 0.368463 0.403352
15 6 2.63802e-05 0.364933
e
7 7 0.234783 0.419163
11 7 0.403352 1.02934
e
0 8 0.883827 0.883987
1 8 0.554662 0.556476
2 8 0.500268 0.504312
3 8 0.789187 0.789207
4 8 0.814499 0.81451
5 8 0.703765 0.703803
6 8 0.601957 0.602124
7 8 0.419163 0.42508
8 8 0.740472 0.740485
9 8 0.60793 0.608372
10 8 0.823214 0.824818
11 8 1.02934 1.02942
15 8 0.364933 0.368275
17 8 0.788659 0.788704
e
0 9 0.883987 0.884026
1 9 0.556476 0.556916
2 9 0.504312 0.504588
3 9 0.789207 0.78926
4 9 0.81451 0.814513
5 9 0.703803 0.704402
6 9 0.602124 0.604556
7 9 0.42508 0.426256
8 9 0.740485 0.744503
9 9 0.608372 0.618919
10 9 0.824818 0.847115
11 9 1.02942 1.03445
13 9 1.68449 1.68453
14 9 1.01846 1.0188
15 9 0.368275 0.405769
16 9 0.0277362 0.266789
17 9 0.788704 0.790961
e
0 10 0.884026 0.91677
1 10 0.556916 0.750064
2 10 0.504588 1.07948
3 10 0.78926 0.817016
4 10 0.814513 0.861482
5 10 0.704402 0.916901
6 10 0.604556 0.884969
7 10 0.426256 0.757515
8 10 0.744503 0.82549
9 10 0.618919 1.11651
10 10 0.847115 1.06973
11 10 1.03445 1.12165
12 10 -9.45328e-06 0
13 10 -1.02092e-05 0
14 10 -1.04915e-06 0
15 10 0.405769 1.10682
e
0 11 0.91677 0.916922
1 11 0.750064 0.753938
2 11 1.07948 1.08083
3 11 0.817016 0.852475
4 11 0.861482 0.866455
5 11 0.916901 0.917115
6 11 0.884969 0.885821
7 11 0.757515 0.758984
8 11 0.82549 0.825785
9 11 1.11651 1.11733
10 11 1.06973 1.07018
11 11 1.12165 1.12202
12 11 1.55994 1.56979
13 11 1.68453 1.69602
14 11 1.0188 1.02
15 11 1.10682 1.11022
16 11 0.266789 1.17466
17 11 0.790961 0.800858
e
0 12 0.916922 1
1 12 0.753938 1
2 12 -0.08083 0
3 12 0.852475 1
4 12 0.866455 1
5 12 0.917115 1
6 12 0.885821 1
7 12 0.758984 1
8 12 0.825785 1
9 12 -0.117334 0
10 12 -0.0701809 0
11 12 -0.12202 0
12 12 -0.569793 -9.45328e-06
13 12 -0.696024 -1.02092e-05
14 12 -0.0200041 -1.04915e-06
15 12 -0.110224 0
16 12 -0.174664 0
17 12 0.800858 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.44867e-06:31.813]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00494203 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 4.94 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.00585915 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 5.86 ms:", \
     NaN with lines lc rgb 'white' title "  memfd/pooled-touch unpinned"
0 10.6043
1 0.458315
2 0.0762683
3 0.0571575
4 0.0553778
5 0.162901
6 0.269966
7 0.218326
8 0.151827
9 0.037553
10 0.166442
11 0.278723
12 0.0042008
13 0.00388977
14 0.0378512
15 0.0266488
16 2.5346e-05
17 0.00274091
e
unset multiplot
unset logscale y
set output
