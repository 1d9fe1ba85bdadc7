# explain.py: explain-38535168-transport-only; data inline, run `gnuplot explain-38535168-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-20.480240:120.480240]
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
0 1 0 0.587113
5 1 0 0.373503
6 1 0 0.247583
8 1 0 0.546343
10 1 0 0.323217
11 1 0 0.239551
e
0 2 0.587113 0.728098
1 2 0 1.35492e-06
2 2 0 5.70813e-06
5 2 0.373503 0.559965
6 2 0.247583 0.51076
7 2 0 3.35313e-06
8 2 0.546343 0.819092
9 2 0 1.67204e-05
10 2 0.323217 0.484576
11 2 0.239551 0.359141
12 2 0 0.000188284
15 2 0 2.50279e-05
16 2 0 0.0268884
17 2 0 0.000279574
e
1 3 1.35492e-06 0.456143
e
0 4 0.728098 0.730931
1 4 0.456143 0.474438
2 4 5.70813e-06 0.102429
3 4 0 0.066477
4 4 0 0.0574755
5 4 0.559965 0.583267
6 4 0.51076 0.554143
7 4 3.35313e-06 0.0902531
8 4 0.819092 0.853177
9 4 1.67204e-05 0.150027
10 4 0.484576 0.524905
11 4 0.359141 0.374086
12 4 0.000188284 0.844802
13 4 0 0.858179
17 4 0.000279574 0.908657
e
3 5 0.066477 0.86989
4 5 0.0574755 0.7521
14 5 0 1.0664
e
0 6 0.730931 0.733543
1 6 0.474438 0.508228
2 6 0.102429 0.204636
3 6 0.86989 0.870006
4 6 0.7521 0.752185
5 6 0.583267 0.676277
6 6 0.554143 0.611865
7 6 0.0902531 0.150293
8 6 0.853177 0.955594
9 6 0.150027 0.375403
10 6 0.524905 0.683166
11 6 0.374086 0.418992
15 6 2.50279e-05 0.337379
e
7 7 0.150293 0.290793
11 7 0.418992 0.988004
e
0 8 0.733543 0.733681
1 8 0.508228 0.509855
2 8 0.204636 0.207175
3 8 0.870006 0.870041
4 8 0.752185 0.752198
5 8 0.676277 0.676322
6 8 0.611865 0.612065
7 8 0.290793 0.297048
8 8 0.955594 0.955773
9 8 0.375403 0.375875
10 8 0.683166 0.684897
11 8 0.988004 0.988067
12 8 -3.36323e-05 0
15 8 0.337379 0.340486
e
0 9 0.733681 0.733729
1 9 0.509855 0.510078
2 9 0.207175 0.207271
3 9 -2.6524e-05 0
4 9 0.752198 0.752229
5 9 0.676322 0.676853
6 9 0.612065 0.614063
7 9 0.297048 0.297876
8 9 0.955773 0.958806
9 9 0.375875 0.383358
10 9 0.684897 0.703895
11 9 0.988067 0.994246
12 9 0.844802 0.845853
13 9 0.858179 0.860918
14 9 1.0664 1.0664
15 9 0.340486 0.367213
16 9 -0.184802 0
17 9 0.908657 0.910579
e
0 10 0.733729 0.754903
1 10 0.510078 0.684442
2 10 0.207271 0.748949
3 10 0.870041 0.890326
4 10 0.752229 0.785002
5 10 0.676853 0.886845
6 10 0.614063 0.914855
7 10 0.297876 0.580505
8 10 -1.41479e-06 0
9 10 0.383358 0.608195
10 10 0.703895 0.896921
11 10 0.994246 1.13953
12 10 -5.99262e-05 -3.36323e-05
13 10 -2.67162e-05 0
14 10 -3.66258e-06 0
15 10 0.367213 0.903017
e
0 11 0.754903 0.755026
1 11 0.684442 0.687399
2 11 0.748949 0.749896
3 11 0.890326 0.930481
4 11 0.785002 0.788682
5 11 0.886845 0.88704
6 11 0.914855 0.916361
7 11 0.580505 0.581746
8 11 0.958806 0.959224
9 11 0.608195 0.608906
10 11 0.896921 0.897255
11 11 1.13953 1.13987
12 11 0.845853 0.854902
13 11 0.860918 0.870297
14 11 1.0664 1.06891
15 11 0.903017 0.905523
16 11 0.0268884 0.950225
17 11 0.910579 0.922847
e
0 12 0.755026 1
1 12 0.687399 1
2 12 0.749896 1
3 12 0.930481 1.00003
4 12 0.788682 1
5 12 0.88704 1
6 12 0.916361 1
7 12 0.581746 1
8 12 0.959224 1
9 12 0.608906 1
10 12 0.897255 1
11 12 -0.139872 0
12 12 0.854902 1.00006
13 12 0.870297 1.00003
14 12 -0.0689056 -3.66258e-06
15 12 0.905523 1
16 12 0.950225 1.1848
17 12 0.922847 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [7.996e-06:34.0202]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.0036293 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 3.63 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream unpinned", \
     0.00493919 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 4.94 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 11.3401
1 0.476043
2 0.112997
3 0.0435243
4 0.0503408
5 0.124171
6 0.200082
7 0.192357
8 0.0848884
9 0.0385756
10 0.143489
11 0.193605
12 0.00342567
13 0.00337152
14 0.0327908
15 0.0257712
16 2.3988e-05
17 0.00230708
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
set yrange [-20.480240:120.480240]
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
0 1 0 0.587113
5 1 0 0.373503
6 1 0 0.247583
8 1 0 0.546343
10 1 0 0.323217
11 1 0 0.239551
e
0 2 0.587113 0.728098
1 2 0 1.35492e-06
2 2 0 5.70813e-06
5 2 0.373503 0.559965
6 2 0.247583 0.51076
7 2 0 3.35313e-06
8 2 0.546343 0.819092
9 2 0 1.67204e-05
10 2 0.323217 0.484576
11 2 0.239551 0.359141
12 2 0 0.000188284
15 2 0 2.50279e-05
16 2 0 0.0268884
17 2 0 0.000279574
e
1 3 1.35492e-06 0.456143
e
0 4 0.728098 0.730931
1 4 0.456143 0.474438
2 4 5.70813e-06 0.102429
3 4 0 0.066477
4 4 0 0.0574755
5 4 0.559965 0.583267
6 4 0.51076 0.554143
7 4 3.35313e-06 0.0902531
8 4 0.819092 0.853177
9 4 1.67204e-05 0.150027
10 4 0.484576 0.524905
11 4 0.359141 0.374086
12 4 0.000188284 0.844802
13 4 0 0.858179
17 4 0.000279574 0.908657
e
3 5 0.066477 0.86989
4 5 0.0574755 0.7521
14 5 0 1.0664
e
0 6 0.730931 0.733543
1 6 0.474438 0.508228
2 6 0.102429 0.204636
3 6 0.86989 0.870006
4 6 0.7521 0.752185
5 6 0.583267 0.676277
6 6 0.554143 0.611865
7 6 0.0902531 0.150293
8 6 0.853177 0.955594
9 6 0.150027 0.375403
10 6 0.524905 0.683166
11 6 0.374086 0.418992
15 6 2.50279e-05 0.337379
e
7 7 0.150293 0.290793
11 7 0.418992 0.988004
e
0 8 0.733543 0.733681
1 8 0.508228 0.509855
2 8 0.204636 0.207175
3 8 0.870006 0.870041
4 8 0.752185 0.752198
5 8 0.676277 0.676322
6 8 0.611865 0.612065
7 8 0.290793 0.297048
8 8 0.955594 0.955773
9 8 0.375403 0.375875
10 8 0.683166 0.684897
11 8 0.988004 0.988067
12 8 -3.36323e-05 0
15 8 0.337379 0.340486
e
0 9 0.733681 0.733729
1 9 0.509855 0.510078
2 9 0.207175 0.207271
3 9 -2.6524e-05 0
4 9 0.752198 0.752229
5 9 0.676322 0.676853
6 9 0.612065 0.614063
7 9 0.297048 0.297876
8 9 0.955773 0.958806
9 9 0.375875 0.383358
10 9 0.684897 0.703895
11 9 0.988067 0.994246
12 9 0.844802 0.845853
13 9 0.858179 0.860918
14 9 1.0664 1.0664
15 9 0.340486 0.367213
16 9 -0.184802 0
17 9 0.908657 0.910579
e
0 10 0.733729 0.754903
1 10 0.510078 0.684442
2 10 0.207271 0.748949
3 10 0.870041 0.890326
4 10 0.752229 0.785002
5 10 0.676853 0.886845
6 10 0.614063 0.914855
7 10 0.297876 0.580505
8 10 -1.41479e-06 0
9 10 0.383358 0.608195
10 10 0.703895 0.896921
11 10 0.994246 1.13953
12 10 -5.99262e-05 -3.36323e-05
13 10 -2.67162e-05 0
14 10 -3.66258e-06 0
15 10 0.367213 0.903017
e
0 11 0.754903 0.755026
1 11 0.684442 0.687399
2 11 0.748949 0.749896
3 11 0.890326 0.930481
4 11 0.785002 0.788682
5 11 0.886845 0.88704
6 11 0.914855 0.916361
7 11 0.580505 0.581746
8 11 0.958806 0.959224
9 11 0.608195 0.608906
10 11 0.896921 0.897255
11 11 1.13953 1.13987
12 11 0.845853 0.854902
13 11 0.860918 0.870297
14 11 1.0664 1.06891
15 11 0.903017 0.905523
16 11 0.0268884 0.950225
17 11 0.910579 0.922847
e
0 12 0.755026 1
1 12 0.687399 1
2 12 0.749896 1
3 12 0.930481 1.00003
4 12 0.788682 1
5 12 0.88704 1
6 12 0.916361 1
7 12 0.581746 1
8 12 0.959224 1
9 12 0.608906 1
10 12 0.897255 1
11 12 -0.139872 0
12 12 0.854902 1.00006
13 12 0.870297 1.00003
14 12 -0.0689056 -3.66258e-06
15 12 0.905523 1
16 12 0.950225 1.1848
17 12 0.922847 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [7.996e-06:34.0202]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.0036293 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 3.63 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream unpinned", \
     0.00493919 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 4.94 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 11.3401
1 0.476043
2 0.112997
3 0.0435243
4 0.0503408
5 0.124171
6 0.200082
7 0.192357
8 0.0848884
9 0.0385756
10 0.143489
11 0.193605
12 0.00342567
13 0.00337152
14 0.0327908
15 0.0257712
16 2.3988e-05
17 0.00230708
e
unset multiplot
unset logscale y
set output
