# explain.py: explain-1204224-published; data inline, run `gnuplot explain-1204224-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-published.png"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), published pattern"
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
     1/0 with boxes lc rgb "#8c564b" fs solid 0.5 title "broker / extra hop", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#bcbd22" fs pattern 6 title "system calls", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#ff7f0e" fs pattern 7 title "wake-ups", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#e377c2" fs pattern 3 title "page faults", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
0 0 0 0.0106972
1 0 0 0.1777
2 0 0 0.330694
3 0 0 0.347696
4 0 0 0.344051
5 0 0 0.375024
6 0 0 0.296128
7 0 0 0.239868
8 0 0 0.38358
9 0 0 0.483773
10 0 0 0.405772
11 0 0 0.225605
12 0 0 0.920598
13 0 0 0.929894
14 0 0 0.57167
15 0 0 0.830883
16 0 0 0.63768
17 0 0 0.909768
e
0 1 0.0106972 0.324263
5 1 0.375024 0.38559
6 1 0.296128 0.303935
8 1 0.38358 0.394388
10 1 0.405772 0.417205
11 1 0.225605 0.231962
e
0 2 0.324263 0.487195
1 2 0.1777 0.177743
2 2 0.330694 0.330774
5 2 0.38559 0.390996
6 2 0.303935 0.31168
7 2 0.239868 0.239926
8 2 0.394388 0.399917
9 2 0.483773 0.48389
10 2 0.417205 0.423055
11 2 0.231962 0.235214
12 2 0.920598 0.920821
15 2 0.830883 0.831084
16 2 0.63768 0.637834
17 2 0.909768 0.909988
e
1 3 0.177743 0.589067
e
0 4 0.487195 0.488157
1 4 0.589067 0.594067
2 4 0.330774 0.346721
3 4 0.347696 0.351888
4 4 0.344051 0.348199
5 4 0.390996 0.395517
6 4 0.31168 0.32239
7 4 0.239926 0.257277
8 4 0.399917 0.404541
9 4 0.48389 0.495555
10 4 0.423055 0.432839
11 4 0.235214 0.237934
12 4 0.920821 0.93192
13 4 0.929894 0.941105
16 4 0.637834 0.645522
17 4 0.909988 0.920956
e
3 5 0.351888 0.536443
4 5 0.348199 0.530819
14 5 0.57167 0.875108
e
0 6 0.488157 0.493032
1 6 0.594067 0.639824
2 6 0.346721 0.410575
3 6 0.536443 0.536746
4 6 0.530819 0.531049
5 6 0.395517 0.467941
6 6 0.32239 0.379573
7 6 0.257277 0.303592
8 6 0.404541 0.427497
9 6 0.495555 0.524506
10 6 0.432839 0.497021
11 6 0.237934 0.251435
15 6 0.831084 0.880808
e
0 8 0.493032 0.493387
1 8 0.639824 0.643189
2 8 0.410575 0.412777
3 8 0.536746 0.53865
4 8 0.531049 0.532092
5 8 0.467941 0.468385
6 8 0.379573 0.380932
7 8 0.303592 0.309855
8 8 0.427497 0.428149
9 8 0.524506 0.525115
10 8 0.497021 0.498371
11 8 0.251435 0.251936
12 8 0.93192 0.932465
13 8 0.941105 0.941655
14 8 0.875108 0.876588
15 8 0.880808 0.886278
16 8 0.645522 0.645805
17 8 0.920956 0.92136
e
0 9 0.493387 0.493458
1 9 0.643189 0.644125
2 9 0.412777 0.413212
3 9 0.53865 0.541395
4 9 0.532092 0.532998
5 9 0.468385 0.469372
6 9 0.380932 0.385218
7 9 0.309855 0.314274
8 9 0.428149 0.433197
9 9 0.525115 0.531481
10 9 0.498371 0.51172
11 9 0.251936 0.259655
12 9 0.932465 0.934888
13 9 0.941655 0.944103
14 9 0.876588 0.878093
15 9 0.886278 0.899399
16 9 0.645805 0.647483
17 9 0.92136 0.922557
e
0 10 0.493458 0.548074
1 10 0.644125 0.819693
2 10 0.413212 0.57104
3 10 0.541395 0.547364
4 10 0.532998 0.538904
5 10 0.469372 0.828308
6 10 0.385218 0.660763
7 10 0.314274 0.567324
8 10 0.433197 0.888564
9 10 0.531481 0.654399
10 10 0.51172 0.809874
11 10 0.259655 0.527676
e
1 11 0.819693 0.884763
2 11 0.57104 0.583342
3 11 0.547364 0.735163
4 11 0.538904 0.577737
5 11 0.828308 0.833159
6 11 0.660763 0.685286
7 11 0.567324 0.621399
8 11 0.888564 0.889069
9 11 0.654399 0.658166
10 11 0.809874 0.834374
11 11 0.527676 0.534016
12 11 0.934888 0.939607
13 11 0.944103 0.947242
14 11 0.878093 0.878443
15 11 0.899399 0.910226
16 11 0.647483 0.653018
e
0 12 0.548074 1
1 12 0.884763 1
2 12 0.583342 1
3 12 0.735163 1
4 12 0.577737 1
5 12 0.833159 1
6 12 0.685286 1
7 12 0.621399 1
8 12 0.889069 1
9 12 0.658166 1
10 12 0.834374 1
11 12 0.534016 1
12 12 0.939607 1
13 12 0.947242 1
14 12 0.878443 1
15 12 0.910226 1
16 12 0.653018 1
17 12 0.922557 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.77999e-06:0.54537]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     2.634e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 26.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin-then-futex cross-core", \
     4.72111e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 47.2 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.18179
1 0.0109434
2 0.0058805
3 0.00559294
4 0.00565219
5 0.00518539
6 0.00656691
7 0.00810716
8 0.00506973
9 0.00401975
10 0.00479245
11 0.00861968
12 0.00211237
13 0.00209125
14 0.00340169
15 0.00234046
16 0.00304956
17 0.00213752
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-published.svg"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), published pattern"
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
     1/0 with boxes lc rgb "#8c564b" fs solid 0.5 title "broker / extra hop", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#bcbd22" fs pattern 6 title "system calls", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#ff7f0e" fs pattern 7 title "wake-ups", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#e377c2" fs pattern 3 title "page faults", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
0 0 0 0.0106972
1 0 0 0.1777
2 0 0 0.330694
3 0 0 0.347696
4 0 0 0.344051
5 0 0 0.375024
6 0 0 0.296128
7 0 0 0.239868
8 0 0 0.38358
9 0 0 0.483773
10 0 0 0.405772
11 0 0 0.225605
12 0 0 0.920598
13 0 0 0.929894
14 0 0 0.57167
15 0 0 0.830883
16 0 0 0.63768
17 0 0 0.909768
e
0 1 0.0106972 0.324263
5 1 0.375024 0.38559
6 1 0.296128 0.303935
8 1 0.38358 0.394388
10 1 0.405772 0.417205
11 1 0.225605 0.231962
e
0 2 0.324263 0.487195
1 2 0.1777 0.177743
2 2 0.330694 0.330774
5 2 0.38559 0.390996
6 2 0.303935 0.31168
7 2 0.239868 0.239926
8 2 0.394388 0.399917
9 2 0.483773 0.48389
10 2 0.417205 0.423055
11 2 0.231962 0.235214
12 2 0.920598 0.920821
15 2 0.830883 0.831084
16 2 0.63768 0.637834
17 2 0.909768 0.909988
e
1 3 0.177743 0.589067
e
0 4 0.487195 0.488157
1 4 0.589067 0.594067
2 4 0.330774 0.346721
3 4 0.347696 0.351888
4 4 0.344051 0.348199
5 4 0.390996 0.395517
6 4 0.31168 0.32239
7 4 0.239926 0.257277
8 4 0.399917 0.404541
9 4 0.48389 0.495555
10 4 0.423055 0.432839
11 4 0.235214 0.237934
12 4 0.920821 0.93192
13 4 0.929894 0.941105
16 4 0.637834 0.645522
17 4 0.909988 0.920956
e
3 5 0.351888 0.536443
4 5 0.348199 0.530819
14 5 0.57167 0.875108
e
0 6 0.488157 0.493032
1 6 0.594067 0.639824
2 6 0.346721 0.410575
3 6 0.536443 0.536746
4 6 0.530819 0.531049
5 6 0.395517 0.467941
6 6 0.32239 0.379573
7 6 0.257277 0.303592
8 6 0.404541 0.427497
9 6 0.495555 0.524506
10 6 0.432839 0.497021
11 6 0.237934 0.251435
15 6 0.831084 0.880808
e
0 8 0.493032 0.493387
1 8 0.639824 0.643189
2 8 0.410575 0.412777
3 8 0.536746 0.53865
4 8 0.531049 0.532092
5 8 0.467941 0.468385
6 8 0.379573 0.380932
7 8 0.303592 0.309855
8 8 0.427497 0.428149
9 8 0.524506 0.525115
10 8 0.497021 0.498371
11 8 0.251435 0.251936
12 8 0.93192 0.932465
13 8 0.941105 0.941655
14 8 0.875108 0.876588
15 8 0.880808 0.886278
16 8 0.645522 0.645805
17 8 0.920956 0.92136
e
0 9 0.493387 0.493458
1 9 0.643189 0.644125
2 9 0.412777 0.413212
3 9 0.53865 0.541395
4 9 0.532092 0.532998
5 9 0.468385 0.469372
6 9 0.380932 0.385218
7 9 0.309855 0.314274
8 9 0.428149 0.433197
9 9 0.525115 0.531481
10 9 0.498371 0.51172
11 9 0.251936 0.259655
12 9 0.932465 0.934888
13 9 0.941655 0.944103
14 9 0.876588 0.878093
15 9 0.886278 0.899399
16 9 0.645805 0.647483
17 9 0.92136 0.922557
e
0 10 0.493458 0.548074
1 10 0.644125 0.819693
2 10 0.413212 0.57104
3 10 0.541395 0.547364
4 10 0.532998 0.538904
5 10 0.469372 0.828308
6 10 0.385218 0.660763
7 10 0.314274 0.567324
8 10 0.433197 0.888564
9 10 0.531481 0.654399
10 10 0.51172 0.809874
11 10 0.259655 0.527676
e
1 11 0.819693 0.884763
2 11 0.57104 0.583342
3 11 0.547364 0.735163
4 11 0.538904 0.577737
5 11 0.828308 0.833159
6 11 0.660763 0.685286
7 11 0.567324 0.621399
8 11 0.888564 0.889069
9 11 0.654399 0.658166
10 11 0.809874 0.834374
11 11 0.527676 0.534016
12 11 0.934888 0.939607
13 11 0.944103 0.947242
14 11 0.878093 0.878443
15 11 0.899399 0.910226
16 11 0.647483 0.653018
e
0 12 0.548074 1
1 12 0.884763 1
2 12 0.583342 1
3 12 0.735163 1
4 12 0.577737 1
5 12 0.833159 1
6 12 0.685286 1
7 12 0.621399 1
8 12 0.889069 1
9 12 0.658166 1
10 12 0.834374 1
11 12 0.534016 1
12 12 0.939607 1
13 12 0.947242 1
14 12 0.878443 1
15 12 0.910226 1
16 12 0.653018 1
17 12 0.922557 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.77999e-06:0.54537]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     2.634e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 26.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin-then-futex cross-core", \
     4.72111e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 47.2 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.18179
1 0.0109434
2 0.0058805
3 0.00559294
4 0.00565219
5 0.00518539
6 0.00656691
7 0.00810716
8 0.00506973
9 0.00401975
10 0.00479245
11 0.00861968
12 0.00211237
13 0.00209125
14 0.00340169
15 0.00234046
16 0.00304956
17 0.00213752
e
unset multiplot
unset logscale y
set output
