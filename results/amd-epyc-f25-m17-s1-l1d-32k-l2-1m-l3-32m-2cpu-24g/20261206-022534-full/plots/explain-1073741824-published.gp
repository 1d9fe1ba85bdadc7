# explain.py: explain-1073741824-published; data inline, run `gnuplot explain-1073741824-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-published.png"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-40.327779:140.327779]
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
0 0 0 0.0140397
1 0 0 0.215799
2 0 0 0.334298
3 0 0 0.417239
4 0 0 0.482831
5 0 0 0.421687
6 0 0 0.302433
8 0 0 0.411408
9 0 0 0.567403
10 0 0 0.404385
11 0 0 0.299897
12 0 0 0.70097
13 0 0 0.659332
14 0 0 0.598948
15 0 0 0.696872
16 0 0 1.26345
17 0 0 1.33286
e
5 1 0.421687 0.904869
6 1 0.302433 0.524424
8 1 0.411408 0.882811
10 1 0.404385 0.867741
11 1 0.299897 0.643527
e
1 2 0.215799 0.215799
2 2 0.334298 0.334298
5 2 0.904869 0.979013
6 2 0.524424 0.640766
8 2 0.882811 0.955148
9 2 0.567403 0.567403
10 2 0.867741 0.938842
11 2 0.643527 0.696257
12 2 0.70097 0.70097
15 2 0.696872 0.696872
16 2 1.26345 1.26345
17 2 1.33286 1.33286
e
1 3 0.215799 0.568402
e
1 4 0.568402 0.582364
2 4 0.334298 0.369651
3 4 0.417239 0.428271
4 4 0.482831 0.495597
5 4 0.979013 0.990161
6 4 0.640766 0.664754
8 4 0.955148 0.966025
9 4 0.567403 0.597406
10 4 0.938842 0.960225
11 4 0.696257 0.704186
12 4 0.70097 0.719503
13 4 0.659332 0.676764
16 4 1.26345 1.29685
17 4 1.33286 1.38325
e
3 5 0.428271 0.536899
4 5 0.495597 0.621302
14 5 0.598948 0.754883
e
1 6 0.582364 0.609491
2 6 0.369651 0.401169
5 6 0.990161 1.02992
6 6 0.664754 0.693267
8 6 0.966025 0.986004
9 6 0.597406 0.62496
10 6 0.960225 1.00945
11 6 0.704186 0.71875
15 6 0.696872 0.730714
e
11 7 0.71875 1.02564
e
0 8 0.0140397 0.0140398
1 8 0.609491 0.609492
2 8 0.401169 0.401169
3 8 0.536899 0.536899
4 8 0.621302 0.621302
5 8 1.02992 1.02993
6 8 0.693267 0.693269
8 8 0.986004 0.986071
9 8 0.62496 0.625044
10 8 1.00945 1.00981
11 8 1.02564 1.02568
12 8 0.719503 0.719504
13 8 0.676764 0.676764
14 8 0.754883 0.754884
15 8 0.730714 0.730716
16 8 1.29685 1.29686
17 8 1.38325 1.38325
e
0 9 0.0140398 0.0143378
1 9 0.609492 0.611018
2 9 0.401169 0.401816
3 9 0.536899 0.537068
4 9 0.621302 0.621373
5 9 1.02993 1.03068
6 9 0.693269 0.698402
8 9 0.986071 0.996204
9 9 0.625044 0.638903
10 9 1.00981 1.04344
11 9 1.02568 1.03954
12 9 0.719504 0.719511
13 9 0.676764 0.676771
14 9 0.754884 0.754892
15 9 0.730716 0.756591
16 9 1.29686 1.29686
17 9 1.38325 1.38326
e
0 10 0.0143378 0.0928993
1 10 0.611018 0.835688
2 10 0.401816 0.717174
3 10 0.537068 0.540862
4 10 0.621373 0.625764
5 10 1.03068 1.1461
6 10 0.698402 0.904545
8 10 0.996204 1.10659
9 10 0.638903 0.794329
10 10 1.04344 1.16073
11 10 1.03954 1.11981
14 10 0.754892 0.754892
15 10 0.756591 0.852026
e
0 11 0.0928993 0.0929027
1 11 0.835688 0.835739
2 11 0.717174 0.717185
3 11 0.540862 0.54099
4 11 0.625764 0.625806
5 11 1.1461 1.14612
6 11 0.904545 0.904571
8 11 1.10659 1.1066
9 11 0.794329 0.794335
10 11 1.16073 1.16075
11 11 1.11981 1.11982
12 11 0.719511 0.71952
13 11 0.676771 0.676785
14 11 0.754892 0.754916
15 11 0.852026 0.852061
16 11 1.29686 1.29688
17 11 1.38326 1.38328
e
0 12 0.0929027 1
1 12 0.835739 1
2 12 0.717185 1
3 12 0.54099 1
4 12 0.625806 1
5 12 -0.146116 0
6 12 0.904571 1
8 12 -0.106598 0
9 12 0.794335 1
10 12 -0.160747 0
11 12 -0.119823 0
12 12 0.71952 1
13 12 0.676785 1
14 12 0.754916 1
15 12 0.852061 1
16 12 -0.296882 0
17 12 -0.383278 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.0172363:694.928]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.072634 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 72.63 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.051709 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 51.71 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 231.643
1 15.0705
2 9.72847
3 7.79458
4 6.73569
5 7.71237
6 10.7535
8 7.90506
9 5.73174
10 8.04236
11 10.8444
12 4.63958
13 4.93258
14 5.42987
15 4.66686
16 2.57407
17 2.44003
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-published.svg"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-40.327779:140.327779]
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
0 0 0 0.0140397
1 0 0 0.215799
2 0 0 0.334298
3 0 0 0.417239
4 0 0 0.482831
5 0 0 0.421687
6 0 0 0.302433
8 0 0 0.411408
9 0 0 0.567403
10 0 0 0.404385
11 0 0 0.299897
12 0 0 0.70097
13 0 0 0.659332
14 0 0 0.598948
15 0 0 0.696872
16 0 0 1.26345
17 0 0 1.33286
e
5 1 0.421687 0.904869
6 1 0.302433 0.524424
8 1 0.411408 0.882811
10 1 0.404385 0.867741
11 1 0.299897 0.643527
e
1 2 0.215799 0.215799
2 2 0.334298 0.334298
5 2 0.904869 0.979013
6 2 0.524424 0.640766
8 2 0.882811 0.955148
9 2 0.567403 0.567403
10 2 0.867741 0.938842
11 2 0.643527 0.696257
12 2 0.70097 0.70097
15 2 0.696872 0.696872
16 2 1.26345 1.26345
17 2 1.33286 1.33286
e
1 3 0.215799 0.568402
e
1 4 0.568402 0.582364
2 4 0.334298 0.369651
3 4 0.417239 0.428271
4 4 0.482831 0.495597
5 4 0.979013 0.990161
6 4 0.640766 0.664754
8 4 0.955148 0.966025
9 4 0.567403 0.597406
10 4 0.938842 0.960225
11 4 0.696257 0.704186
12 4 0.70097 0.719503
13 4 0.659332 0.676764
16 4 1.26345 1.29685
17 4 1.33286 1.38325
e
3 5 0.428271 0.536899
4 5 0.495597 0.621302
14 5 0.598948 0.754883
e
1 6 0.582364 0.609491
2 6 0.369651 0.401169
5 6 0.990161 1.02992
6 6 0.664754 0.693267
8 6 0.966025 0.986004
9 6 0.597406 0.62496
10 6 0.960225 1.00945
11 6 0.704186 0.71875
15 6 0.696872 0.730714
e
11 7 0.71875 1.02564
e
0 8 0.0140397 0.0140398
1 8 0.609491 0.609492
2 8 0.401169 0.401169
3 8 0.536899 0.536899
4 8 0.621302 0.621302
5 8 1.02992 1.02993
6 8 0.693267 0.693269
8 8 0.986004 0.986071
9 8 0.62496 0.625044
10 8 1.00945 1.00981
11 8 1.02564 1.02568
12 8 0.719503 0.719504
13 8 0.676764 0.676764
14 8 0.754883 0.754884
15 8 0.730714 0.730716
16 8 1.29685 1.29686
17 8 1.38325 1.38325
e
0 9 0.0140398 0.0143378
1 9 0.609492 0.611018
2 9 0.401169 0.401816
3 9 0.536899 0.537068
4 9 0.621302 0.621373
5 9 1.02993 1.03068
6 9 0.693269 0.698402
8 9 0.986071 0.996204
9 9 0.625044 0.638903
10 9 1.00981 1.04344
11 9 1.02568 1.03954
12 9 0.719504 0.719511
13 9 0.676764 0.676771
14 9 0.754884 0.754892
15 9 0.730716 0.756591
16 9 1.29686 1.29686
17 9 1.38325 1.38326
e
0 10 0.0143378 0.0928993
1 10 0.611018 0.835688
2 10 0.401816 0.717174
3 10 0.537068 0.540862
4 10 0.621373 0.625764
5 10 1.03068 1.1461
6 10 0.698402 0.904545
8 10 0.996204 1.10659
9 10 0.638903 0.794329
10 10 1.04344 1.16073
11 10 1.03954 1.11981
14 10 0.754892 0.754892
15 10 0.756591 0.852026
e
0 11 0.0928993 0.0929027
1 11 0.835688 0.835739
2 11 0.717174 0.717185
3 11 0.540862 0.54099
4 11 0.625764 0.625806
5 11 1.1461 1.14612
6 11 0.904545 0.904571
8 11 1.10659 1.1066
9 11 0.794329 0.794335
10 11 1.16073 1.16075
11 11 1.11981 1.11982
12 11 0.719511 0.71952
13 11 0.676771 0.676785
14 11 0.754892 0.754916
15 11 0.852026 0.852061
16 11 1.29686 1.29688
17 11 1.38326 1.38328
e
0 12 0.0929027 1
1 12 0.835739 1
2 12 0.717185 1
3 12 0.54099 1
4 12 0.625806 1
5 12 -0.146116 0
6 12 0.904571 1
8 12 -0.106598 0
9 12 0.794335 1
10 12 -0.160747 0
11 12 -0.119823 0
12 12 0.71952 1
13 12 0.676785 1
14 12 0.754916 1
15 12 0.852061 1
16 12 -0.296882 0
17 12 -0.383278 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.0172363:694.928]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.072634 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 72.63 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.051709 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 51.71 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 231.643
1 15.0705
2 9.72847
3 7.79458
4 6.73569
5 7.71237
6 10.7535
8 7.90506
9 5.73174
10 8.04236
11 10.8444
12 4.63958
13 4.93258
14 5.42987
15 4.66686
16 2.57407
17 2.44003
e
unset multiplot
unset logscale y
set output
