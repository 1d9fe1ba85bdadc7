# explain.py: explain-4194304-published; data inline, run `gnuplot explain-4194304-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-published.png"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-45.560824:145.560824]
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
0 0 0 0.012497
1 0 0 0.419317
2 0 0 0.719463
3 0 0 0.658782
4 0 0 0.730806
5 0 0 0.606009
6 0 0 0.581542
7 0 0 0.369573
8 0 0 0.566656
9 0 0 0.724152
10 0 0 0.530147
11 0 0 0.379367
12 0 0 0.906447
13 0 0 0.979358
14 0 0 0.783084
15 0 0 0.869431
16 0 0 1.40284
17 0 0 0.845382
e
0 1 0.012497 0.600996
5 1 0.606009 0.633886
6 1 0.581542 0.608088
8 1 0.566656 0.592722
10 1 0.530147 0.554534
11 1 0.379367 0.396818
e
0 2 0.600996 0.800658
1 2 0.419317 0.419346
2 2 0.719463 0.719513
5 2 0.633886 0.648077
6 2 0.608088 0.634304
7 2 0.369573 0.369599
8 2 0.592722 0.605992
9 2 0.724152 0.724202
10 2 0.554534 0.566949
11 2 0.396818 0.405702
12 2 0.906447 0.90651
15 2 0.869431 0.869492
16 2 1.40284 1.40294
17 2 0.845382 0.845441
e
1 3 0.419346 1.1547
e
0 4 0.800658 0.802621
1 4 1.1547 1.17532
2 4 0.719513 0.780143
3 4 0.658782 0.672661
4 4 0.730806 0.746203
5 4 0.648077 0.660845
6 4 0.634304 0.671059
7 4 0.369599 0.416316
8 4 0.605992 0.61793
9 4 0.724202 0.754715
10 4 0.566949 0.589287
11 4 0.405702 0.413694
12 4 0.90651 0.925607
13 4 0.979358 0.999991
16 4 1.40294 1.4325
17 4 0.845441 0.873095
e
3 5 0.672661 0.782801
4 5 0.746203 0.868384
14 5 0.783084 0.914005
e
0 6 0.802621 0.804522
1 6 1.17532 1.20866
2 6 0.780143 0.823057
3 6 0.782801 0.78303
4 6 0.868384 0.868513
5 6 0.660845 0.696993
6 6 0.671059 0.705748
7 6 0.416316 0.43836
8 6 0.61793 0.654292
9 6 0.754715 0.801183
10 6 0.589287 0.661767
11 6 0.413694 0.438038
15 6 0.869492 0.925282
e
7 7 0.43836 0.516691
11 7 0.438038 0.732103
e
0 8 0.804522 0.804659
1 8 1.20866 1.21082
2 8 0.823057 0.824472
3 8 0.78303 0.783059
5 8 0.696993 0.697002
6 8 0.705748 0.705945
7 8 0.516691 0.519874
8 8 0.654292 0.654411
9 8 0.801183 0.801292
10 8 0.661767 0.662019
11 8 0.732103 0.732269
15 8 0.925282 0.925891
17 8 0.873095 0.873101
e
0 9 0.804659 0.804668
1 9 1.21082 1.21101
2 9 0.824472 0.824648
3 9 0.783059 0.783105
4 9 -4.48966e-05 0
5 9 0.697002 0.697525
6 9 0.705945 0.707267
7 9 0.519874 0.520461
8 9 0.654411 0.667283
9 9 0.801292 0.802165
10 9 0.662019 0.680756
11 9 0.732269 0.739967
13 9 0.999991 0.999999
14 9 0.914005 0.914594
15 9 0.925891 0.939939
16 9 1.4325 1.43303
17 9 0.873101 0.873419
e
0 10 0.804668 0.824719
2 10 0.824648 0.900612
3 10 0.783105 0.787519
4 10 0.868513 0.873409
5 10 0.697525 0.780366
6 10 0.707267 0.938755
7 10 0.520461 0.679012
8 10 0.667283 0.918466
9 10 0.802165 0.827987
10 10 0.680756 0.852391
11 10 0.739967 0.889715
12 10 -1.89787e-06 0
13 10 -2.05053e-06 0
14 10 -1.63958e-06 0
e
0 11 0.824719 0.825734
1 11 1.21101 1.25733
2 11 0.900612 0.905315
3 11 0.787519 0.862855
4 11 0.873409 0.893019
5 11 0.780366 0.781671
6 11 0.938755 0.952467
7 11 0.679012 0.689579
8 11 0.918466 0.920123
9 11 0.827987 0.82964
10 11 0.852391 0.855208
11 11 0.889715 0.892414
12 11 0.925607 0.928303
13 11 0.999999 1.00267
14 11 0.914594 0.917777
15 11 0.939939 0.943686
16 11 1.43303 1.43561
17 11 0.873419 0.875114
e
0 12 0.825734 1
1 12 -0.257326 0
2 12 0.905315 1
3 12 0.862855 1
4 12 0.893019 1.00004
5 12 0.781671 1
6 12 0.952467 1
7 12 0.689579 1
8 12 0.920123 1
9 12 0.82964 1
10 12 0.855208 1
11 12 0.892414 1
12 12 0.928303 1
13 12 -0.00267473 -2.05053e-06
14 12 0.917777 1
15 12 0.943686 1
16 12 -0.435608 0
17 12 0.875114 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.00010281:3.94601]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000343005 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 343.0 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     0.00030843 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 308.4 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 1.31534
1 0.0392012
2 0.0228472
3 0.0249517
4 0.0224926
5 0.0271245
6 0.0282658
7 0.0444776
8 0.0290083
9 0.0226993
10 0.031006
11 0.0433293
12 0.0181342
13 0.0167842
14 0.020991
15 0.0189063
16 0.0117174
17 0.0194441
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
set yrange [-45.560824:145.560824]
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
0 0 0 0.012497
1 0 0 0.419317
2 0 0 0.719463
3 0 0 0.658782
4 0 0 0.730806
5 0 0 0.606009
6 0 0 0.581542
7 0 0 0.369573
8 0 0 0.566656
9 0 0 0.724152
10 0 0 0.530147
11 0 0 0.379367
12 0 0 0.906447
13 0 0 0.979358
14 0 0 0.783084
15 0 0 0.869431
16 0 0 1.40284
17 0 0 0.845382
e
0 1 0.012497 0.600996
5 1 0.606009 0.633886
6 1 0.581542 0.608088
8 1 0.566656 0.592722
10 1 0.530147 0.554534
11 1 0.379367 0.396818
e
0 2 0.600996 0.800658
1 2 0.419317 0.419346
2 2 0.719463 0.719513
5 2 0.633886 0.648077
6 2 0.608088 0.634304
7 2 0.369573 0.369599
8 2 0.592722 0.605992
9 2 0.724152 0.724202
10 2 0.554534 0.566949
11 2 0.396818 0.405702
12 2 0.906447 0.90651
15 2 0.869431 0.869492
16 2 1.40284 1.40294
17 2 0.845382 0.845441
e
1 3 0.419346 1.1547
e
0 4 0.800658 0.802621
1 4 1.1547 1.17532
2 4 0.719513 0.780143
3 4 0.658782 0.672661
4 4 0.730806 0.746203
5 4 0.648077 0.660845
6 4 0.634304 0.671059
7 4 0.369599 0.416316
8 4 0.605992 0.61793
9 4 0.724202 0.754715
10 4 0.566949 0.589287
11 4 0.405702 0.413694
12 4 0.90651 0.925607
13 4 0.979358 0.999991
16 4 1.40294 1.4325
17 4 0.845441 0.873095
e
3 5 0.672661 0.782801
4 5 0.746203 0.868384
14 5 0.783084 0.914005
e
0 6 0.802621 0.804522
1 6 1.17532 1.20866
2 6 0.780143 0.823057
3 6 0.782801 0.78303
4 6 0.868384 0.868513
5 6 0.660845 0.696993
6 6 0.671059 0.705748
7 6 0.416316 0.43836
8 6 0.61793 0.654292
9 6 0.754715 0.801183
10 6 0.589287 0.661767
11 6 0.413694 0.438038
15 6 0.869492 0.925282
e
7 7 0.43836 0.516691
11 7 0.438038 0.732103
e
0 8 0.804522 0.804659
1 8 1.20866 1.21082
2 8 0.823057 0.824472
3 8 0.78303 0.783059
5 8 0.696993 0.697002
6 8 0.705748 0.705945
7 8 0.516691 0.519874
8 8 0.654292 0.654411
9 8 0.801183 0.801292
10 8 0.661767 0.662019
11 8 0.732103 0.732269
15 8 0.925282 0.925891
17 8 0.873095 0.873101
e
0 9 0.804659 0.804668
1 9 1.21082 1.21101
2 9 0.824472 0.824648
3 9 0.783059 0.783105
4 9 -4.48966e-05 0
5 9 0.697002 0.697525
6 9 0.705945 0.707267
7 9 0.519874 0.520461
8 9 0.654411 0.667283
9 9 0.801292 0.802165
10 9 0.662019 0.680756
11 9 0.732269 0.739967
13 9 0.999991 0.999999
14 9 0.914005 0.914594
15 9 0.925891 0.939939
16 9 1.4325 1.43303
17 9 0.873101 0.873419
e
0 10 0.804668 0.824719
2 10 0.824648 0.900612
3 10 0.783105 0.787519
4 10 0.868513 0.873409
5 10 0.697525 0.780366
6 10 0.707267 0.938755
7 10 0.520461 0.679012
8 10 0.667283 0.918466
9 10 0.802165 0.827987
10 10 0.680756 0.852391
11 10 0.739967 0.889715
12 10 -1.89787e-06 0
13 10 -2.05053e-06 0
14 10 -1.63958e-06 0
e
0 11 0.824719 0.825734
1 11 1.21101 1.25733
2 11 0.900612 0.905315
3 11 0.787519 0.862855
4 11 0.873409 0.893019
5 11 0.780366 0.781671
6 11 0.938755 0.952467
7 11 0.679012 0.689579
8 11 0.918466 0.920123
9 11 0.827987 0.82964
10 11 0.852391 0.855208
11 11 0.889715 0.892414
12 11 0.925607 0.928303
13 11 0.999999 1.00267
14 11 0.914594 0.917777
15 11 0.939939 0.943686
16 11 1.43303 1.43561
17 11 0.873419 0.875114
e
0 12 0.825734 1
1 12 -0.257326 0
2 12 0.905315 1
3 12 0.862855 1
4 12 0.893019 1.00004
5 12 0.781671 1
6 12 0.952467 1
7 12 0.689579 1
8 12 0.920123 1
9 12 0.82964 1
10 12 0.855208 1
11 12 0.892414 1
12 12 0.928303 1
13 12 -0.00267473 -2.05053e-06
14 12 0.917777 1
15 12 0.943686 1
16 12 -0.435608 0
17 12 0.875114 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.00010281:3.94601]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000343005 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 343.0 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     0.00030843 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 308.4 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 1.31534
1 0.0392012
2 0.0228472
3 0.0249517
4 0.0224926
5 0.0271245
6 0.0282658
7 0.0444776
8 0.0290083
9 0.0226993
10 0.031006
11 0.0433293
12 0.0181342
13 0.0167842
14 0.020991
15 0.0189063
16 0.0117174
17 0.0194441
e
unset multiplot
unset logscale y
set output
