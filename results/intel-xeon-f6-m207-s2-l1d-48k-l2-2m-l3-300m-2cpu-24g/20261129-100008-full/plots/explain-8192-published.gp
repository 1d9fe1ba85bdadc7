# explain.py: explain-8192-published; data inline, run `gnuplot explain-8192-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-published.png"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-37.531908:137.531908]
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
0 0 0 0.0101315
1 0 0 0.0201711
2 0 0 0.204795
3 0 0 0.0162849
4 0 0 0.0841993
5 0 0 0.435027
6 0 0 0.0990775
7 0 0 0.0830044
8 0 0 0.286972
9 0 0 0.401644
10 0 0 0.215133
11 0 0 0.111609
12 0 0 0.425048
13 0 0 0.385456
14 0 0 0.247797
15 0 0 0.216448
16 0 0 0.618275
17 0 0 0.433284
e
0 1 0.0101315 0.720903
5 1 0.435027 0.563067
6 1 0.0990775 0.106831
8 1 0.286972 0.371435
10 1 0.215133 0.278452
11 1 0.111609 0.144458
e
0 2 0.720903 0.881321
1 2 0.0201711 0.0208771
2 2 0.204795 0.211963
5 2 0.563067 0.648669
6 2 0.106831 0.114885
7 2 0.0830044 0.0859095
8 2 0.371435 0.427904
9 2 0.401644 0.415701
10 2 0.278452 0.320785
11 2 0.144458 0.16642
12 2 0.425048 0.439925
15 2 0.216448 0.224024
16 2 0.618275 0.639914
17 2 0.433284 0.448449
e
1 3 0.0208771 0.0517328
e
0 4 0.881321 0.881508
1 4 0.0517328 0.0518503
2 4 0.211963 0.213973
3 4 0.0162849 0.0163249
4 4 0.0841993 0.0844059
5 4 0.648669 0.649737
6 4 0.114885 0.115615
7 4 0.0859095 0.0871318
8 4 0.427904 0.428608
9 4 0.415701 0.417673
10 4 0.320785 0.321841
11 4 0.16642 0.166694
12 4 0.439925 0.440968
13 4 0.385456 0.386402
16 4 0.639914 0.641431
17 4 0.448449 0.485354
e
3 5 0.0163249 0.0439751
4 5 0.0844059 0.227368
14 5 0.247797 0.668531
e
0 6 0.881508 0.883822
1 6 0.0518503 0.0543865
2 6 0.213973 0.232795
3 6 0.0439751 0.0469682
4 6 0.227368 0.234929
5 6 0.649737 0.690515
6 6 0.115615 0.12483
7 6 0.0871318 0.0947333
8 6 0.428608 0.450484
9 6 0.417673 0.448289
10 6 0.321841 0.34618
11 6 0.166694 0.175202
15 6 0.224024 0.240523
e
7 7 0.0947333 0.380569
11 7 0.175202 0.561294
e
0 8 0.883822 0.884107
1 8 -0.000324319 0
2 8 0.232795 0.233618
3 8 0.0469682 0.0472955
4 8 -0.000338448 0
6 8 -0.00398252 0
7 8 0.380569 0.381236
10 8 -0.00432375 0
15 8 0.240523 0.244003
17 8 0.485354 0.487095
e
0 9 -4.15033e-05 0
1 9 -0.000489578 -0.000324319
4 9 -0.0013732 -0.000338448
5 9 0.690515 0.776054
7 9 -0.00544037 0
10 9 0.34618 0.354993
11 9 0.561294 0.561751
13 9 0.386402 0.387981
14 9 0.668531 0.770039
15 9 0.244003 0.26617
16 9 0.641431 0.765535
17 9 0.487095 0.574067
e
8 10 -0.000563896 0
9 10 -0.00157845 0
10 10 -0.00474648 -0.00432375
11 10 -0.00043862 0
12 10 -0.000835213 0
13 10 -0.000757415 0
14 10 -0.000486916 0
e
0 11 0.884107 1.35532
1 11 0.0543865 0.977352
2 11 0.233618 0.963873
3 11 0.0472955 1.00267
4 11 0.234929 0.990979
5 11 0.776054 1.17068
6 11 0.12483 0.985174
7 11 0.381236 0.975049
8 11 0.450484 0.937225
9 11 0.448289 0.935251
10 11 0.354993 0.969759
11 11 0.561751 0.951224
12 11 0.440968 1.08226
13 11 0.387981 0.984018
14 11 0.770039 1.18527
15 11 0.26617 0.911501
16 11 0.765535 1.29348
17 11 0.574067 1.02557
e
0 12 -0.355319 -4.15033e-05
1 12 0.977352 1.00049
2 12 0.963873 1
3 12 -0.00267085 0
4 12 0.990979 1.00137
5 12 -0.170677 0
6 12 0.985174 1.00398
7 12 0.975049 1.00544
8 12 0.937225 1.00056
9 12 0.935251 1.00158
10 12 0.969759 1.00475
11 12 0.951224 1.00044
12 12 -0.0822604 -0.000835213
13 12 0.984018 1.00076
14 12 -0.185271 -0.000486916
15 12 0.911501 1
16 12 -0.293479 0
17 12 -0.0255732 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.66132e-05:0.00912434]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00304145
1 0.00152766
2 0.000150465
3 0.00189221
4 0.000365971
5 7.08335e-05
6 0.000311014
7 0.00037124
8 0.000107378
9 7.6721e-05
10 0.000143235
11 0.000276093
12 7.24965e-05
13 7.9943e-05
14 0.000124354
15 0.000142365
16 4.98395e-05
17 7.11185e-05
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
set yrange [-37.531908:137.531908]
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
0 0 0 0.0101315
1 0 0 0.0201711
2 0 0 0.204795
3 0 0 0.0162849
4 0 0 0.0841993
5 0 0 0.435027
6 0 0 0.0990775
7 0 0 0.0830044
8 0 0 0.286972
9 0 0 0.401644
10 0 0 0.215133
11 0 0 0.111609
12 0 0 0.425048
13 0 0 0.385456
14 0 0 0.247797
15 0 0 0.216448
16 0 0 0.618275
17 0 0 0.433284
e
0 1 0.0101315 0.720903
5 1 0.435027 0.563067
6 1 0.0990775 0.106831
8 1 0.286972 0.371435
10 1 0.215133 0.278452
11 1 0.111609 0.144458
e
0 2 0.720903 0.881321
1 2 0.0201711 0.0208771
2 2 0.204795 0.211963
5 2 0.563067 0.648669
6 2 0.106831 0.114885
7 2 0.0830044 0.0859095
8 2 0.371435 0.427904
9 2 0.401644 0.415701
10 2 0.278452 0.320785
11 2 0.144458 0.16642
12 2 0.425048 0.439925
15 2 0.216448 0.224024
16 2 0.618275 0.639914
17 2 0.433284 0.448449
e
1 3 0.0208771 0.0517328
e
0 4 0.881321 0.881508
1 4 0.0517328 0.0518503
2 4 0.211963 0.213973
3 4 0.0162849 0.0163249
4 4 0.0841993 0.0844059
5 4 0.648669 0.649737
6 4 0.114885 0.115615
7 4 0.0859095 0.0871318
8 4 0.427904 0.428608
9 4 0.415701 0.417673
10 4 0.320785 0.321841
11 4 0.16642 0.166694
12 4 0.439925 0.440968
13 4 0.385456 0.386402
16 4 0.639914 0.641431
17 4 0.448449 0.485354
e
3 5 0.0163249 0.0439751
4 5 0.0844059 0.227368
14 5 0.247797 0.668531
e
0 6 0.881508 0.883822
1 6 0.0518503 0.0543865
2 6 0.213973 0.232795
3 6 0.0439751 0.0469682
4 6 0.227368 0.234929
5 6 0.649737 0.690515
6 6 0.115615 0.12483
7 6 0.0871318 0.0947333
8 6 0.428608 0.450484
9 6 0.417673 0.448289
10 6 0.321841 0.34618
11 6 0.166694 0.175202
15 6 0.224024 0.240523
e
7 7 0.0947333 0.380569
11 7 0.175202 0.561294
e
0 8 0.883822 0.884107
1 8 -0.000324319 0
2 8 0.232795 0.233618
3 8 0.0469682 0.0472955
4 8 -0.000338448 0
6 8 -0.00398252 0
7 8 0.380569 0.381236
10 8 -0.00432375 0
15 8 0.240523 0.244003
17 8 0.485354 0.487095
e
0 9 -4.15033e-05 0
1 9 -0.000489578 -0.000324319
4 9 -0.0013732 -0.000338448
5 9 0.690515 0.776054
7 9 -0.00544037 0
10 9 0.34618 0.354993
11 9 0.561294 0.561751
13 9 0.386402 0.387981
14 9 0.668531 0.770039
15 9 0.244003 0.26617
16 9 0.641431 0.765535
17 9 0.487095 0.574067
e
8 10 -0.000563896 0
9 10 -0.00157845 0
10 10 -0.00474648 -0.00432375
11 10 -0.00043862 0
12 10 -0.000835213 0
13 10 -0.000757415 0
14 10 -0.000486916 0
e
0 11 0.884107 1.35532
1 11 0.0543865 0.977352
2 11 0.233618 0.963873
3 11 0.0472955 1.00267
4 11 0.234929 0.990979
5 11 0.776054 1.17068
6 11 0.12483 0.985174
7 11 0.381236 0.975049
8 11 0.450484 0.937225
9 11 0.448289 0.935251
10 11 0.354993 0.969759
11 11 0.561751 0.951224
12 11 0.440968 1.08226
13 11 0.387981 0.984018
14 11 0.770039 1.18527
15 11 0.26617 0.911501
16 11 0.765535 1.29348
17 11 0.574067 1.02557
e
0 12 -0.355319 -4.15033e-05
1 12 0.977352 1.00049
2 12 0.963873 1
3 12 -0.00267085 0
4 12 0.990979 1.00137
5 12 -0.170677 0
6 12 0.985174 1.00398
7 12 0.975049 1.00544
8 12 0.937225 1.00056
9 12 0.935251 1.00158
10 12 0.969759 1.00475
11 12 0.951224 1.00044
12 12 -0.0822604 -0.000835213
13 12 0.984018 1.00076
14 12 -0.185271 -0.000486916
15 12 0.911501 1
16 12 -0.293479 0
17 12 -0.0255732 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.66132e-05:0.00912434]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00304145
1 0.00152766
2 0.000150465
3 0.00189221
4 0.000365971
5 7.08335e-05
6 0.000311014
7 0.00037124
8 0.000107378
9 7.6721e-05
10 0.000143235
11 0.000276093
12 7.24965e-05
13 7.9943e-05
14 0.000124354
15 0.000142365
16 4.98395e-05
17 7.11185e-05
e
unset multiplot
unset logscale y
set output
