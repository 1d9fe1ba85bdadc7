# explain.py: explain-1073741824-published; data inline, run `gnuplot explain-1073741824-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-published.png"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-18.685479:118.685479]
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
0 0 0 0.013256
1 0 0 0.18166
2 0 0 0.383203
3 0 0 0.85591
4 0 0 0.676704
5 0 0 0.51174
6 0 0 0.373225
8 0 0 0.520526
9 0 0 0.611332
10 0 0 0.397489
11 0 0 0.313224
12 0 0 0.702819
13 0 0 0.91802
14 0 0 0.704645
15 0 0 0.702129
16 0 0 1.03406
17 0 0 0.640709
e
5 1 0.51174 0.832758
6 1 0.373225 0.623195
8 1 0.520526 0.847056
10 1 0.397489 0.646838
11 1 0.313224 0.509713
e
1 2 0.18166 0.18166
2 2 0.383203 0.383203
5 2 0.832758 0.932093
6 2 0.623195 0.78643
8 2 0.847056 0.948096
9 2 0.611332 0.611332
10 2 0.646838 0.723995
11 2 0.509713 0.570513
12 2 0.702819 0.702819
15 2 0.702129 0.70213
16 2 1.03406 1.03406
17 2 0.640709 0.640709
e
1 3 0.18166 0.525181
e
1 4 0.525181 0.542326
2 4 0.383203 0.429658
3 4 0.85591 0.88185
4 4 0.676704 0.697214
5 4 0.932093 0.947602
6 4 0.78643 0.820364
8 4 0.948096 0.963871
9 4 0.611332 0.648388
10 4 0.723995 0.748089
11 4 0.570513 0.580006
12 4 0.702819 0.72412
13 4 0.91802 0.945842
16 4 1.03406 1.0654
17 4 0.640709 0.684878
e
3 5 0.88185 1.10587
4 5 0.697214 0.874332
14 5 0.704645 0.889076
e
1 6 0.542326 0.566968
2 6 0.429658 0.468643
5 6 0.947602 0.999664
6 6 0.820364 0.858334
8 6 0.963871 0.99877
9 6 0.648388 0.689374
10 6 0.748089 0.824218
11 6 0.580006 0.601006
15 6 0.70213 0.749203
e
11 7 0.601006 0.966971
e
0 8 0.013256 0.013256
1 8 0.566968 0.566968
2 8 0.468643 0.468643
3 8 1.10587 1.10587
4 8 0.874332 0.874332
5 8 0.999664 0.999684
6 8 0.858334 0.858335
8 8 0.99877 0.998775
9 8 0.689374 0.689376
10 8 0.824218 0.824426
11 8 0.966971 0.966977
12 8 0.72412 0.72412
13 8 0.945842 0.945843
14 8 0.889076 0.889076
15 8 0.749203 0.749204
16 8 1.0654 1.0654
17 8 0.684878 0.684878
e
0 9 0.013256 0.0133178
1 9 0.566968 0.567628
2 9 0.468643 0.468851
3 9 1.10587 1.10589
4 9 0.874332 0.874337
5 9 0.999684 1.00007
6 9 0.858335 0.861017
8 9 0.998775 1.00206
9 9 0.689376 0.692979
10 9 0.824426 0.833799
11 9 0.966977 0.970769
13 9 0.945843 0.945843
14 9 0.889076 0.889077
15 9 0.749204 0.757897
e
0 10 0.0133178 0.100804
1 10 0.567628 0.792337
2 10 0.468851 0.896315
3 10 1.10589 1.11454
4 10 0.874337 0.881175
5 10 1.00007 1.16511
6 10 0.861017 1.10248
8 10 1.00206 1.16685
9 10 0.692979 0.891829
10 10 0.833799 0.969795
11 10 0.970769 1.06981
12 10 -8.66988e-09 0
13 10 -2.26491e-08 0
14 10 -1.73848e-08 0
15 10 0.757897 0.87098
e
0 11 0.100804 0.100812
1 11 0.792337 0.792407
2 11 0.896315 0.896327
3 11 1.11454 1.11505
4 11 0.881175 0.88124
5 11 1.16511 1.16512
6 11 1.10248 1.10252
8 11 1.16685 1.16685
9 11 0.891829 0.891833
10 11 0.969795 0.969803
11 11 1.06981 1.06982
12 11 0.72412 0.724128
13 11 0.945843 0.945848
14 11 0.889077 0.889088
15 11 0.87098 0.870992
16 11 1.0654 1.06541
17 11 0.684878 0.684882
e
0 12 0.100812 1
1 12 0.792407 1
2 12 0.896327 1
3 12 -0.115053 0
4 12 0.88124 1
5 12 -0.165119 0
6 12 -0.102521 0
8 12 -0.166855 0
9 12 0.891833 1
10 12 0.969803 1
11 12 -0.0698185 0
12 12 0.724128 1
13 12 0.945848 1
14 12 0.889088 1
15 12 0.870992 1
16 12 -0.0654103 0
17 12 0.684882 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.0420379:791.689]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.126114 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 126.11 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.136456 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 136.46 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 263.896
1 19.2569
2 9.12887
3 4.08712
4 5.16948
5 6.83592
6 9.37292
8 6.72053
9 5.72227
10 8.80076
11 11.1684
12 4.9774
13 3.8106
14 4.9645
15 4.98228
16 3.38297
17 5.45991
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
set yrange [-18.685479:118.685479]
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
0 0 0 0.013256
1 0 0 0.18166
2 0 0 0.383203
3 0 0 0.85591
4 0 0 0.676704
5 0 0 0.51174
6 0 0 0.373225
8 0 0 0.520526
9 0 0 0.611332
10 0 0 0.397489
11 0 0 0.313224
12 0 0 0.702819
13 0 0 0.91802
14 0 0 0.704645
15 0 0 0.702129
16 0 0 1.03406
17 0 0 0.640709
e
5 1 0.51174 0.832758
6 1 0.373225 0.623195
8 1 0.520526 0.847056
10 1 0.397489 0.646838
11 1 0.313224 0.509713
e
1 2 0.18166 0.18166
2 2 0.383203 0.383203
5 2 0.832758 0.932093
6 2 0.623195 0.78643
8 2 0.847056 0.948096
9 2 0.611332 0.611332
10 2 0.646838 0.723995
11 2 0.509713 0.570513
12 2 0.702819 0.702819
15 2 0.702129 0.70213
16 2 1.03406 1.03406
17 2 0.640709 0.640709
e
1 3 0.18166 0.525181
e
1 4 0.525181 0.542326
2 4 0.383203 0.429658
3 4 0.85591 0.88185
4 4 0.676704 0.697214
5 4 0.932093 0.947602
6 4 0.78643 0.820364
8 4 0.948096 0.963871
9 4 0.611332 0.648388
10 4 0.723995 0.748089
11 4 0.570513 0.580006
12 4 0.702819 0.72412
13 4 0.91802 0.945842
16 4 1.03406 1.0654
17 4 0.640709 0.684878
e
3 5 0.88185 1.10587
4 5 0.697214 0.874332
14 5 0.704645 0.889076
e
1 6 0.542326 0.566968
2 6 0.429658 0.468643
5 6 0.947602 0.999664
6 6 0.820364 0.858334
8 6 0.963871 0.99877
9 6 0.648388 0.689374
10 6 0.748089 0.824218
11 6 0.580006 0.601006
15 6 0.70213 0.749203
e
11 7 0.601006 0.966971
e
0 8 0.013256 0.013256
1 8 0.566968 0.566968
2 8 0.468643 0.468643
3 8 1.10587 1.10587
4 8 0.874332 0.874332
5 8 0.999664 0.999684
6 8 0.858334 0.858335
8 8 0.99877 0.998775
9 8 0.689374 0.689376
10 8 0.824218 0.824426
11 8 0.966971 0.966977
12 8 0.72412 0.72412
13 8 0.945842 0.945843
14 8 0.889076 0.889076
15 8 0.749203 0.749204
16 8 1.0654 1.0654
17 8 0.684878 0.684878
e
0 9 0.013256 0.0133178
1 9 0.566968 0.567628
2 9 0.468643 0.468851
3 9 1.10587 1.10589
4 9 0.874332 0.874337
5 9 0.999684 1.00007
6 9 0.858335 0.861017
8 9 0.998775 1.00206
9 9 0.689376 0.692979
10 9 0.824426 0.833799
11 9 0.966977 0.970769
13 9 0.945843 0.945843
14 9 0.889076 0.889077
15 9 0.749204 0.757897
e
0 10 0.0133178 0.100804
1 10 0.567628 0.792337
2 10 0.468851 0.896315
3 10 1.10589 1.11454
4 10 0.874337 0.881175
5 10 1.00007 1.16511
6 10 0.861017 1.10248
8 10 1.00206 1.16685
9 10 0.692979 0.891829
10 10 0.833799 0.969795
11 10 0.970769 1.06981
12 10 -8.66988e-09 0
13 10 -2.26491e-08 0
14 10 -1.73848e-08 0
15 10 0.757897 0.87098
e
0 11 0.100804 0.100812
1 11 0.792337 0.792407
2 11 0.896315 0.896327
3 11 1.11454 1.11505
4 11 0.881175 0.88124
5 11 1.16511 1.16512
6 11 1.10248 1.10252
8 11 1.16685 1.16685
9 11 0.891829 0.891833
10 11 0.969795 0.969803
11 11 1.06981 1.06982
12 11 0.72412 0.724128
13 11 0.945843 0.945848
14 11 0.889077 0.889088
15 11 0.87098 0.870992
16 11 1.0654 1.06541
17 11 0.684878 0.684882
e
0 12 0.100812 1
1 12 0.792407 1
2 12 0.896327 1
3 12 -0.115053 0
4 12 0.88124 1
5 12 -0.165119 0
6 12 -0.102521 0
8 12 -0.166855 0
9 12 0.891833 1
10 12 0.969803 1
11 12 -0.0698185 0
12 12 0.724128 1
13 12 0.945848 1
14 12 0.889088 1
15 12 0.870992 1
16 12 -0.0654103 0
17 12 0.684882 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.0420379:791.689]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.126114 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 126.11 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.136456 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 136.46 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 263.896
1 19.2569
2 9.12887
3 4.08712
4 5.16948
5 6.83592
6 9.37292
8 6.72053
9 5.72227
10 8.80076
11 11.1684
12 4.9774
13 3.8106
14 4.9645
15 4.98228
16 3.38297
17 5.45991
e
unset multiplot
unset logscale y
set output
