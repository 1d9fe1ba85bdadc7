# explain.py: explain-8192-transport-only; data inline, run `gnuplot explain-8192-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-31.298597:131.298597]
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
0 1 0 0.443885
5 1 0 0.184433
6 1 0 0.00888236
8 1 0 0.132667
10 1 0 0.092812
11 1 0 0.0395376
e
0 2 0.443885 0.544068
1 2 0 0.000636869
2 2 0 0.00918999
5 2 0.184433 0.307738
6 2 0.00888236 0.0181091
7 2 0 0.00292008
8 2 0.132667 0.221362
9 2 0 0.0240568
10 2 0.092812 0.154862
11 2 0.0395376 0.0659709
12 2 0 0.0205552
15 2 0 0.0126637
16 2 0 0.0437819
17 2 0 0.0321413
e
1 3 0.000636869 0.0284719
e
0 4 0.544068 0.544184
1 4 0.0284719 0.0285779
2 4 0.00918999 0.0117677
3 4 0 3.65337e-05
4 4 0 0.000256322
5 4 0.307738 0.309276
6 4 0.0181091 0.0189448
7 4 0.00292008 0.00414867
8 4 0.221362 0.222469
9 4 0.0240568 0.0274306
10 4 0.154862 0.15641
11 4 0.0659709 0.0663006
12 4 0.0205552 0.0219966
13 4 0 0.00159752
17 4 0.0321413 0.108106
e
3 5 3.65337e-05 0.0253108
4 5 0.000256322 0.177582
14 5 0 0.509929
e
0 6 0.544184 0.545629
1 6 0.0285779 0.0308658
2 6 0.0117677 0.0358993
3 6 0.0253108 0.0280468
4 6 0.177582 0.18696
5 6 0.309276 0.368014
6 6 0.0189448 0.0295015
7 6 0.00414867 0.0117893
8 6 0.222469 0.256828
9 6 0.0274306 0.0798254
10 6 0.15641 0.192086
11 6 0.0663006 0.0765405
15 6 0.0126637 0.0402446
e
7 7 0.0117893 0.299095
11 7 0.0765405 0.541243
e
0 8 0.545629 0.545808
1 8 -0.000292569 0
2 8 0.0358993 0.0369547
3 8 0.0280468 0.028346
4 8 -0.000419799 0
6 8 -0.00456225 0
7 8 0.299095 0.299766
10 8 -0.00633766 0
15 8 0.0402446 0.0460621
17 8 0.108106 0.111797
e
0 9 -2.59192e-05 0
1 9 -0.00044165 -0.000292569
4 9 -0.00170327 -0.000419799
5 9 0.368014 0.491228
7 9 -0.00546836 0
10 9 0.192086 0.205004
11 9 0.541243 0.541793
13 9 0.00159752 0.00426391
14 9 0.509929 0.632957
15 9 0.0460621 0.0831167
16 9 0.0437819 0.294874
17 9 0.111797 0.29613
e
8 10 -0.000885713 0
9 10 -0.00270123 0
10 10 -0.0069573 -0.00633766
11 10 -0.000527924 0
12 10 -0.00115403 0
13 10 -0.00127902 0
14 10 -0.000590142 0
e
0 11 0.545808 0.969373
1 11 0.0308658 0.984976
2 11 0.0369547 0.939386
3 11 0.028346 1.00909
4 11 0.18696 0.999319
5 11 0.491228 1.07153
6 11 0.0295015 0.974468
7 11 0.299766 0.971218
8 11 0.256828 0.953174
9 11 0.0798254 0.90802
10 11 0.205004 0.998639
11 11 0.541793 0.966475
12 11 0.0219966 0.984345
13 11 0.00426391 0.991705
14 11 0.632957 1.13881
15 11 0.0831167 0.965079
16 11 0.294874 1.29299
17 11 0.29613 1.2251
e
0 12 0.969373 1.00003
1 12 0.984976 1.00044
2 12 0.939386 1
3 12 -0.00909083 0
4 12 0.999319 1.0017
5 12 -0.0715341 0
6 12 0.974468 1.00456
7 12 0.971218 1.00547
8 12 0.953174 1.00089
9 12 0.90802 1.0027
10 12 0.998639 1.00696
11 12 0.966475 1.00053
12 12 0.984345 1.00115
13 12 0.991705 1.00128
14 12 -0.138809 -0.000590142
15 12 0.965079 1
16 12 -0.292986 0
17 12 -0.225097 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.21117e-06:0.0146104]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00487013
1 0.00169344
2 0.000117356
3 0.00207009
4 0.00029505
5 4.9175e-05
6 0.000271493
7 0.00036934
8 6.8363e-05
9 4.48315e-05
10 9.7719e-05
11 0.000229389
12 5.24685e-05
13 4.7341e-05
14 0.000102602
15 8.5165e-05
16 2.46335e-05
17 3.3555e-05
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
set yrange [-31.298597:131.298597]
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
0 1 0 0.443885
5 1 0 0.184433
6 1 0 0.00888236
8 1 0 0.132667
10 1 0 0.092812
11 1 0 0.0395376
e
0 2 0.443885 0.544068
1 2 0 0.000636869
2 2 0 0.00918999
5 2 0.184433 0.307738
6 2 0.00888236 0.0181091
7 2 0 0.00292008
8 2 0.132667 0.221362
9 2 0 0.0240568
10 2 0.092812 0.154862
11 2 0.0395376 0.0659709
12 2 0 0.0205552
15 2 0 0.0126637
16 2 0 0.0437819
17 2 0 0.0321413
e
1 3 0.000636869 0.0284719
e
0 4 0.544068 0.544184
1 4 0.0284719 0.0285779
2 4 0.00918999 0.0117677
3 4 0 3.65337e-05
4 4 0 0.000256322
5 4 0.307738 0.309276
6 4 0.0181091 0.0189448
7 4 0.00292008 0.00414867
8 4 0.221362 0.222469
9 4 0.0240568 0.0274306
10 4 0.154862 0.15641
11 4 0.0659709 0.0663006
12 4 0.0205552 0.0219966
13 4 0 0.00159752
17 4 0.0321413 0.108106
e
3 5 3.65337e-05 0.0253108
4 5 0.000256322 0.177582
14 5 0 0.509929
e
0 6 0.544184 0.545629
1 6 0.0285779 0.0308658
2 6 0.0117677 0.0358993
3 6 0.0253108 0.0280468
4 6 0.177582 0.18696
5 6 0.309276 0.368014
6 6 0.0189448 0.0295015
7 6 0.00414867 0.0117893
8 6 0.222469 0.256828
9 6 0.0274306 0.0798254
10 6 0.15641 0.192086
11 6 0.0663006 0.0765405
15 6 0.0126637 0.0402446
e
7 7 0.0117893 0.299095
11 7 0.0765405 0.541243
e
0 8 0.545629 0.545808
1 8 -0.000292569 0
2 8 0.0358993 0.0369547
3 8 0.0280468 0.028346
4 8 -0.000419799 0
6 8 -0.00456225 0
7 8 0.299095 0.299766
10 8 -0.00633766 0
15 8 0.0402446 0.0460621
17 8 0.108106 0.111797
e
0 9 -2.59192e-05 0
1 9 -0.00044165 -0.000292569
4 9 -0.00170327 -0.000419799
5 9 0.368014 0.491228
7 9 -0.00546836 0
10 9 0.192086 0.205004
11 9 0.541243 0.541793
13 9 0.00159752 0.00426391
14 9 0.509929 0.632957
15 9 0.0460621 0.0831167
16 9 0.0437819 0.294874
17 9 0.111797 0.29613
e
8 10 -0.000885713 0
9 10 -0.00270123 0
10 10 -0.0069573 -0.00633766
11 10 -0.000527924 0
12 10 -0.00115403 0
13 10 -0.00127902 0
14 10 -0.000590142 0
e
0 11 0.545808 0.969373
1 11 0.0308658 0.984976
2 11 0.0369547 0.939386
3 11 0.028346 1.00909
4 11 0.18696 0.999319
5 11 0.491228 1.07153
6 11 0.0295015 0.974468
7 11 0.299766 0.971218
8 11 0.256828 0.953174
9 11 0.0798254 0.90802
10 11 0.205004 0.998639
11 11 0.541793 0.966475
12 11 0.0219966 0.984345
13 11 0.00426391 0.991705
14 11 0.632957 1.13881
15 11 0.0831167 0.965079
16 11 0.294874 1.29299
17 11 0.29613 1.2251
e
0 12 0.969373 1.00003
1 12 0.984976 1.00044
2 12 0.939386 1
3 12 -0.00909083 0
4 12 0.999319 1.0017
5 12 -0.0715341 0
6 12 0.974468 1.00456
7 12 0.971218 1.00547
8 12 0.953174 1.00089
9 12 0.90802 1.0027
10 12 0.998639 1.00696
11 12 0.966475 1.00053
12 12 0.984345 1.00115
13 12 0.991705 1.00128
14 12 -0.138809 -0.000590142
15 12 0.965079 1
16 12 -0.292986 0
17 12 -0.225097 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.21117e-06:0.0146104]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00487013
1 0.00169344
2 0.000117356
3 0.00207009
4 0.00029505
5 4.9175e-05
6 0.000271493
7 0.00036934
8 6.8363e-05
9 4.48315e-05
10 9.7719e-05
11 0.000229389
12 5.24685e-05
13 4.7341e-05
14 0.000102602
15 8.5165e-05
16 2.46335e-05
17 3.3555e-05
e
unset multiplot
unset logscale y
set output
