# explain.py: explain-8192-published; data inline, run `gnuplot explain-8192-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-published.png"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-37.379835:137.379835]
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
0 0 0 0.00620475
1 0 0 0.0214807
2 0 0 0.19517
3 0 0 0.0181828
4 0 0 0.0552805
5 0 0 0.217359
6 0 0 0.0471342
7 0 0 0.0358045
8 0 0 0.213902
9 0 0 0.442637
10 0 0 0.130717
11 0 0 0.0707381
12 0 0 0.427985
13 0 0 0.441556
14 0 0 0.095449
15 0 0 0.13774
16 0 0 0.561529
17 0 0 0.548184
e
0 1 0.00620475 0.304828
5 1 0.217359 0.271732
6 1 0.0471342 0.0502374
8 1 0.213902 0.26741
10 1 0.130717 0.163416
11 1 0.0707381 0.0884332
e
0 2 0.304828 0.375067
1 2 0.0214807 0.022082
2 2 0.19517 0.200633
5 2 0.271732 0.30727
6 2 0.0502374 0.0593663
7 2 0.0358045 0.0368066
8 2 0.26741 0.302383
9 2 0.442637 0.455026
10 2 0.163416 0.184788
11 2 0.0884332 0.0999988
12 2 0.427985 0.439964
15 2 0.13774 0.141595
16 2 0.561529 0.577246
17 2 0.548184 0.563527
e
1 3 0.022082 0.0672707
e
0 4 0.375067 0.375317
1 4 0.0672707 0.0675451
2 4 0.200633 0.204835
3 4 0.0181828 0.0182807
4 4 0.0552805 0.0555781
5 4 0.30727 0.30844
6 4 0.0593663 0.0601274
7 4 0.0368066 0.0379629
8 4 0.302383 0.303534
9 4 0.455026 0.459791
10 4 0.184788 0.186195
11 4 0.0999988 0.10038
12 4 0.439964 0.442268
13 4 0.441556 0.443932
16 4 0.577246 0.580269
17 4 0.563527 0.601338
e
3 5 0.0182807 0.0613496
4 5 0.0555781 0.186518
14 5 0.095449 0.321534
e
0 6 0.375317 0.378844
1 6 0.0675451 0.0742668
2 6 0.204835 0.249476
3 6 0.0613496 0.0681057
4 6 0.186518 0.20381
5 6 0.30844 0.359148
6 6 0.0601274 0.0710381
7 6 0.0379629 0.0461235
8 6 0.303534 0.323092
9 6 0.459791 0.500263
10 6 0.186195 0.203036
11 6 0.10038 0.106847
15 6 0.141595 0.154189
e
7 7 0.0461235 0.501878
11 7 0.106847 0.379803
e
0 8 0.378844 0.378903
1 8 -0.000405003 0
2 8 0.249476 0.251316
3 8 0.0681057 0.0682771
4 8 0.20381 0.205374
6 8 -0.00533208 0
7 8 0.501878 0.502553
8 8 0.323092 0.325109
9 8 0.500263 0.504436
15 8 0.154189 0.159383
e
0 9 0.378903 0.379284
1 9 -0.000845165 -0.000405003
2 9 0.251316 0.451277
3 9 -0.000745169 0
4 9 0.205374 0.216701
5 9 0.359148 0.572936
6 9 0.0710381 0.128988
7 9 -0.00880403 0
8 9 0.325109 0.605626
11 9 -0.0536312 0
13 9 -0.00904791 0
14 9 0.321534 0.462355
15 9 0.159383 0.475495
17 9 -0.0112328 0
e
8 10 -0.000574972 0
12 10 0.442268 0.443418
e
0 11 0.379284 0.778954
1 11 0.0742668 1.00545
2 11 0.451277 1.14308
3 11 0.0682771 1.02262
4 11 0.216701 1.01556
5 11 0.572936 1.08891
6 11 0.128988 1.05844
7 11 0.502553 0.998935
8 11 0.605626 1.17623
9 11 0.504436 0.996838
10 11 0.203036 0.967605
11 11 0.379803 1.0114
12 11 0.443418 1.03339
13 11 0.443932 1.04981
14 11 0.462355 1.1998
15 11 0.475495 1.3538
16 11 0.580269 1.02152
17 11 0.601338 1.05132
e
0 12 0.778954 1
1 12 -0.00544982 -0.000845165
2 12 -0.143075 0
3 12 -0.02262 -0.000745169
4 12 -0.0155617 0
5 12 -0.0889138 0
6 12 -0.0584401 -0.00533208
7 12 0.998935 1.0088
8 12 -0.176231 -0.000574972
9 12 0.996838 1
10 12 0.967605 1
11 12 1.0114 1.05363
12 12 -0.0333854 0
13 12 -0.049812 -0.00904791
14 12 -0.199799 0
15 12 -0.353798 0
16 12 -0.0215169 0
17 12 -0.0513167 -0.0112328
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.08377e-05:0.00882727]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00294242
1 0.000849924
2 9.3544e-05
3 0.00100408
4 0.000330261
5 8.39945e-05
6 0.000387341
7 0.000509908
8 8.5352e-05
9 4.1246e-05
10 0.000139668
11 0.000258093
12 4.2658e-05
13 4.1347e-05
14 0.000191275
15 0.000132547
16 3.2513e-05
17 3.33045e-05
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
set yrange [-37.379835:137.379835]
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
0 0 0 0.00620475
1 0 0 0.0214807
2 0 0 0.19517
3 0 0 0.0181828
4 0 0 0.0552805
5 0 0 0.217359
6 0 0 0.0471342
7 0 0 0.0358045
8 0 0 0.213902
9 0 0 0.442637
10 0 0 0.130717
11 0 0 0.0707381
12 0 0 0.427985
13 0 0 0.441556
14 0 0 0.095449
15 0 0 0.13774
16 0 0 0.561529
17 0 0 0.548184
e
0 1 0.00620475 0.304828
5 1 0.217359 0.271732
6 1 0.0471342 0.0502374
8 1 0.213902 0.26741
10 1 0.130717 0.163416
11 1 0.0707381 0.0884332
e
0 2 0.304828 0.375067
1 2 0.0214807 0.022082
2 2 0.19517 0.200633
5 2 0.271732 0.30727
6 2 0.0502374 0.0593663
7 2 0.0358045 0.0368066
8 2 0.26741 0.302383
9 2 0.442637 0.455026
10 2 0.163416 0.184788
11 2 0.0884332 0.0999988
12 2 0.427985 0.439964
15 2 0.13774 0.141595
16 2 0.561529 0.577246
17 2 0.548184 0.563527
e
1 3 0.022082 0.0672707
e
0 4 0.375067 0.375317
1 4 0.0672707 0.0675451
2 4 0.200633 0.204835
3 4 0.0181828 0.0182807
4 4 0.0552805 0.0555781
5 4 0.30727 0.30844
6 4 0.0593663 0.0601274
7 4 0.0368066 0.0379629
8 4 0.302383 0.303534
9 4 0.455026 0.459791
10 4 0.184788 0.186195
11 4 0.0999988 0.10038
12 4 0.439964 0.442268
13 4 0.441556 0.443932
16 4 0.577246 0.580269
17 4 0.563527 0.601338
e
3 5 0.0182807 0.0613496
4 5 0.0555781 0.186518
14 5 0.095449 0.321534
e
0 6 0.375317 0.378844
1 6 0.0675451 0.0742668
2 6 0.204835 0.249476
3 6 0.0613496 0.0681057
4 6 0.186518 0.20381
5 6 0.30844 0.359148
6 6 0.0601274 0.0710381
7 6 0.0379629 0.0461235
8 6 0.303534 0.323092
9 6 0.459791 0.500263
10 6 0.186195 0.203036
11 6 0.10038 0.106847
15 6 0.141595 0.154189
e
7 7 0.0461235 0.501878
11 7 0.106847 0.379803
e
0 8 0.378844 0.378903
1 8 -0.000405003 0
2 8 0.249476 0.251316
3 8 0.0681057 0.0682771
4 8 0.20381 0.205374
6 8 -0.00533208 0
7 8 0.501878 0.502553
8 8 0.323092 0.325109
9 8 0.500263 0.504436
15 8 0.154189 0.159383
e
0 9 0.378903 0.379284
1 9 -0.000845165 -0.000405003
2 9 0.251316 0.451277
3 9 -0.000745169 0
4 9 0.205374 0.216701
5 9 0.359148 0.572936
6 9 0.0710381 0.128988
7 9 -0.00880403 0
8 9 0.325109 0.605626
11 9 -0.0536312 0
13 9 -0.00904791 0
14 9 0.321534 0.462355
15 9 0.159383 0.475495
17 9 -0.0112328 0
e
8 10 -0.000574972 0
12 10 0.442268 0.443418
e
0 11 0.379284 0.778954
1 11 0.0742668 1.00545
2 11 0.451277 1.14308
3 11 0.0682771 1.02262
4 11 0.216701 1.01556
5 11 0.572936 1.08891
6 11 0.128988 1.05844
7 11 0.502553 0.998935
8 11 0.605626 1.17623
9 11 0.504436 0.996838
10 11 0.203036 0.967605
11 11 0.379803 1.0114
12 11 0.443418 1.03339
13 11 0.443932 1.04981
14 11 0.462355 1.1998
15 11 0.475495 1.3538
16 11 0.580269 1.02152
17 11 0.601338 1.05132
e
0 12 0.778954 1
1 12 -0.00544982 -0.000845165
2 12 -0.143075 0
3 12 -0.02262 -0.000745169
4 12 -0.0155617 0
5 12 -0.0889138 0
6 12 -0.0584401 -0.00533208
7 12 0.998935 1.0088
8 12 -0.176231 -0.000574972
9 12 0.996838 1
10 12 0.967605 1
11 12 1.0114 1.05363
12 12 -0.0333854 0
13 12 -0.049812 -0.00904791
14 12 -0.199799 0
15 12 -0.353798 0
16 12 -0.0215169 0
17 12 -0.0513167 -0.0112328
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.08377e-05:0.00882727]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00294242
1 0.000849924
2 9.3544e-05
3 0.00100408
4 0.000330261
5 8.39945e-05
6 0.000387341
7 0.000509908
8 8.5352e-05
9 4.1246e-05
10 0.000139668
11 0.000258093
12 4.2658e-05
13 4.1347e-05
14 0.000191275
15 0.000132547
16 3.2513e-05
17 3.33045e-05
e
unset multiplot
unset logscale y
set output
