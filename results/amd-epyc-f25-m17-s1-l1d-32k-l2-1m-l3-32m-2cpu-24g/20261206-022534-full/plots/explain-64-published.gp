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
0 0 0 0.000847959
1 0 0 0.000875324
2 0 0 0.00584383
3 0 0 0.000655792
4 0 0 0.00209746
5 0 0 0.0067389
6 0 0 0.00238709
7 0 0 0.00150038
8 0 0 0.0100442
9 0 0 0.0184355
10 0 0 0.00554095
11 0 0 0.00320621
12 0 0 0.016223
13 0 0 0.00968988
14 0 0 0.00406266
15 0 0 0.004128
16 0 0 0.0122586
17 0 0 0.0122091
e
0 1 0.000847959 0.012108
5 1 0.0067389 0.0454406
6 1 0.00238709 0.00524915
8 1 0.0100442 0.0677281
10 1 0.00554095 0.0373628
11 1 0.00320621 0.0216195
e
0 2 0.012108 0.0155758
1 2 0.000875324 0.00155785
2 2 0.00584383 0.0104005
5 2 0.0454406 0.0717035
6 2 0.00524915 0.00862124
7 2 0.00150038 0.00267028
8 2 0.0677281 0.106872
9 2 0.0184355 0.0328104
10 2 0.0373628 0.0589571
11 2 0.0216195 0.0341148
12 2 0.016223 0.0288726
15 2 0.004128 0.00734675
16 2 0.0122586 0.021817
17 2 0.0122091 0.021729
e
1 3 0.00155785 0.00236762
e
0 4 0.0155758 0.0156182
1 4 0.00236762 0.00238764
2 4 0.0104005 0.0105959
3 4 0.000655792 0.000661273
4 4 0.00209746 0.002115
5 4 0.0717035 0.0717599
6 4 0.00862124 0.00868109
7 4 0.00267028 0.00274553
8 4 0.106872 0.106956
9 4 0.0328104 0.0331186
10 4 0.0589571 0.0590497
11 4 0.0341148 0.0341416
12 4 0.0288726 0.0290082
13 4 0.00968988 0.00977087
16 4 0.021817 0.0219195
17 4 0.021729 0.0392393
e
3 5 0.000661273 0.0349079
4 5 0.002115 0.111648
14 5 0.00406266 0.216222
e
0 6 0.0156182 0.0264043
1 6 0.00238764 0.0120882
2 6 0.0105959 0.0662814
3 6 0.0349079 0.0410836
4 6 0.111648 0.125572
5 6 0.0717599 0.118114
6 6 0.00868109 0.0210613
7 6 0.00274553 0.0130265
8 6 0.106956 0.125789
9 6 0.0331186 0.0676848
10 6 0.0590497 0.0619086
11 6 0.0341416 0.0401532
15 6 0.00734675 0.0150866
e
7 7 0.0130265 0.495922
11 7 0.0401532 0.311592
e
0 12 0.0264043 1
1 12 0.0120882 1
2 12 0.0662814 1
3 12 0.0410836 1
4 12 0.125572 1
5 12 0.118114 1
6 12 0.0210613 1
7 12 0.495922 1
8 12 0.125789 1
9 12 0.0676848 1
10 12 0.0619086 1
11 12 0.311592 1
12 12 0.0290082 1
13 12 0.00977087 1
14 12 0.216222 1
15 12 0.0150866 1
16 12 0.0219195 1
17 12 0.0392393 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.07738e-08:0.00311532]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     3.23214e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 32 ns:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     9.68816e-08 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 97 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 0.000803104
1 0.000777997
2 0.000116533
3 0.00103844
4 0.000324678
5 0.000101055
6 0.000285284
7 0.000453885
8 6.78005e-05
9 3.69395e-05
10 0.000122903
11 0.0002124
12 4.19775e-05
13 7.02795e-05
14 0.000167624
15 0.000164971
16 5.5553e-05
17 5.5778e-05
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
0 0 0 0.000847959
1 0 0 0.000875324
2 0 0 0.00584383
3 0 0 0.000655792
4 0 0 0.00209746
5 0 0 0.0067389
6 0 0 0.00238709
7 0 0 0.00150038
8 0 0 0.0100442
9 0 0 0.0184355
10 0 0 0.00554095
11 0 0 0.00320621
12 0 0 0.016223
13 0 0 0.00968988
14 0 0 0.00406266
15 0 0 0.004128
16 0 0 0.0122586
17 0 0 0.0122091
e
0 1 0.000847959 0.012108
5 1 0.0067389 0.0454406
6 1 0.00238709 0.00524915
8 1 0.0100442 0.0677281
10 1 0.00554095 0.0373628
11 1 0.00320621 0.0216195
e
0 2 0.012108 0.0155758
1 2 0.000875324 0.00155785
2 2 0.00584383 0.0104005
5 2 0.0454406 0.0717035
6 2 0.00524915 0.00862124
7 2 0.00150038 0.00267028
8 2 0.0677281 0.106872
9 2 0.0184355 0.0328104
10 2 0.0373628 0.0589571
11 2 0.0216195 0.0341148
12 2 0.016223 0.0288726
15 2 0.004128 0.00734675
16 2 0.0122586 0.021817
17 2 0.0122091 0.021729
e
1 3 0.00155785 0.00236762
e
0 4 0.0155758 0.0156182
1 4 0.00236762 0.00238764
2 4 0.0104005 0.0105959
3 4 0.000655792 0.000661273
4 4 0.00209746 0.002115
5 4 0.0717035 0.0717599
6 4 0.00862124 0.00868109
7 4 0.00267028 0.00274553
8 4 0.106872 0.106956
9 4 0.0328104 0.0331186
10 4 0.0589571 0.0590497
11 4 0.0341148 0.0341416
12 4 0.0288726 0.0290082
13 4 0.00968988 0.00977087
16 4 0.021817 0.0219195
17 4 0.021729 0.0392393
e
3 5 0.000661273 0.0349079
4 5 0.002115 0.111648
14 5 0.00406266 0.216222
e
0 6 0.0156182 0.0264043
1 6 0.00238764 0.0120882
2 6 0.0105959 0.0662814
3 6 0.0349079 0.0410836
4 6 0.111648 0.125572
5 6 0.0717599 0.118114
6 6 0.00868109 0.0210613
7 6 0.00274553 0.0130265
8 6 0.106956 0.125789
9 6 0.0331186 0.0676848
10 6 0.0590497 0.0619086
11 6 0.0341416 0.0401532
15 6 0.00734675 0.0150866
e
7 7 0.0130265 0.495922
11 7 0.0401532 0.311592
e
0 12 0.0264043 1
1 12 0.0120882 1
2 12 0.0662814 1
3 12 0.0410836 1
4 12 0.125572 1
5 12 0.118114 1
6 12 0.0210613 1
7 12 0.495922 1
8 12 0.125789 1
9 12 0.0676848 1
10 12 0.0619086 1
11 12 0.311592 1
12 12 0.0290082 1
13 12 0.00977087 1
14 12 0.216222 1
15 12 0.0150866 1
16 12 0.0219195 1
17 12 0.0392393 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.07738e-08:0.00311532]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     3.23214e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 32 ns:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     9.68816e-08 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 97 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 0.000803104
1 0.000777997
2 0.000116533
3 0.00103844
4 0.000324678
5 0.000101055
6 0.000285284
7 0.000453885
8 6.78005e-05
9 3.69395e-05
10 0.000122903
11 0.0002124
12 4.19775e-05
13 7.02795e-05
14 0.000167624
15 0.000164971
16 5.5553e-05
17 5.5778e-05
e
unset multiplot
unset logscale y
set output
