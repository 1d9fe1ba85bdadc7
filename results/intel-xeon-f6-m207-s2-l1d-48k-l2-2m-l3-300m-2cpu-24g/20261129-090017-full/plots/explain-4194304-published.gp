# explain.py: explain-4194304-published; data inline, run `gnuplot explain-4194304-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-published.png"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-14.440090:114.440090]
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
0 0 0 0.0102091
1 0 0 0.174155
2 0 0 0.454129
3 0 0 0.461339
4 0 0 0.473098
5 0 0 0.514538
6 0 0 0.386115
7 0 0 0.312076
8 0 0 0.443835
9 0 0 0.547056
10 0 0 0.40492
11 0 0 0.309621
12 0 0 0.574457
13 0 0 0.721443
14 0 0 0.466779
15 0 0 0.632726
16 0 0 0.583095
17 0 0 0.94091
e
0 1 0.0102091 0.84524
5 1 0.514538 0.554683
6 1 0.386115 0.417187
8 1 0.443835 0.478464
10 1 0.40492 0.436513
11 1 0.309621 0.333778
e
0 2 0.84524 1.09547
1 2 0.174155 0.174166
2 2 0.454129 0.454157
5 2 0.554683 0.574934
6 2 0.417187 0.447771
7 2 0.312076 0.312096
8 2 0.478464 0.495932
9 2 0.547056 0.547091
10 2 0.436513 0.45245
11 2 0.333778 0.345964
12 2 0.574457 0.574493
15 2 0.632726 0.632766
16 2 0.583095 0.583131
17 2 0.94091 0.940969
e
1 3 0.174166 0.537
e
0 4 1.09547 1.09785
1 4 0.537 0.55015
2 4 0.454157 0.512935
3 4 0.461339 0.476267
4 4 0.473098 0.488406
5 4 0.574934 0.591584
6 4 0.447771 0.485253
7 4 0.312096 0.372684
8 4 0.495932 0.510294
9 4 0.547091 0.582493
10 4 0.45245 0.478655
11 4 0.345964 0.355983
12 4 0.574493 0.593081
13 4 0.721443 0.744787
16 4 0.583131 0.601999
17 4 0.940969 0.993627
e
3 5 0.476267 0.627143
4 5 0.488406 0.643127
14 5 0.466779 0.619433
e
0 6 1.09785 1.1004
1 6 0.55015 0.571729
2 6 0.512935 0.555136
3 6 0.627143 0.627311
4 6 0.643127 0.643191
5 6 0.591584 0.6394
6 6 0.485253 0.521134
7 6 0.372684 0.401684
8 6 0.510294 0.548046
9 6 0.582493 0.629025
10 6 0.478655 0.556918
11 6 0.355983 0.382319
15 6 0.632766 0.686585
e
7 7 0.401684 0.498732
11 7 0.382319 0.656422
e
0 8 1.1004 1.10057
1 8 0.571729 0.573106
2 8 0.555136 0.556508
3 8 -1.06796e-05 0
4 8 0.643191 0.643196
5 8 0.6394 0.639418
6 8 0.521134 0.521299
7 8 0.498732 0.502825
8 8 0.548046 0.548189
9 8 0.629025 0.629051
10 8 0.556918 0.557237
11 8 0.656422 0.656512
13 8 -8.35041e-06 0
15 8 0.686585 0.686885
e
0 9 1.10057 1.10059
1 9 0.573106 0.573217
2 9 0.556508 0.556685
3 9 -3.50565e-05 -1.06796e-05
4 9 0.643196 0.643201
5 9 0.639418 0.639739
6 9 0.521299 0.522538
7 9 0.502825 0.503529
8 9 0.548189 0.550077
9 9 0.629051 0.63034
10 9 0.557237 0.575864
11 9 0.656512 0.659334
13 9 0.744787 0.744795
14 9 -9.8657e-06 0
15 9 0.686885 0.698245
17 9 -9.9434e-06 0
e
0 10 1.10059 1.12276
2 10 0.556685 0.630214
3 10 0.627311 0.632051
4 10 0.643201 0.648062
5 10 0.639739 0.781164
6 10 0.522538 0.778208
7 10 0.503529 0.708804
8 10 0.550077 0.765851
9 10 0.63034 0.68624
10 10 0.575864 0.776031
11 10 0.659334 0.822324
12 10 -3.68917e-06 0
13 10 -1.29835e-05 -8.35041e-06
14 10 -1.28634e-05 -9.8657e-06
15 10 -2.03168e-06 0
e
0 11 1.12276 1.1244
1 11 0.573217 0.606161
2 11 0.630214 0.633788
3 11 0.632051 0.719881
4 11 0.648062 0.662589
5 11 0.781164 0.783111
6 11 0.778208 0.792222
7 11 0.708804 0.716565
8 11 0.765851 0.767414
9 11 0.68624 0.687953
10 11 0.776031 0.779048
11 11 0.822324 0.824105
12 11 0.593081 0.595569
13 11 0.744795 0.74715
14 11 0.619433 0.623234
15 11 0.698245 0.701885
16 11 0.601999 0.603727
17 11 0.993627 0.996214
e
0 12 -0.124401 0
1 12 0.606161 1
2 12 0.633788 1
3 12 0.719881 1.00004
4 12 0.662589 1
5 12 0.783111 1
6 12 0.792222 1
7 12 0.716565 1
8 12 0.767414 1
9 12 0.687953 1
10 12 0.779048 1
11 12 0.824105 1
12 12 0.595569 1
13 12 0.74715 1.00001
14 12 0.623234 1.00001
15 12 0.701885 1
16 12 0.603727 1
17 12 0.996214 1.00001
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.30641e-05:3.14103]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000354752 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 354.8 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout same-cpu", \
     0.000249192 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 249.2 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 1.04701
1 0.0613763
2 0.0235374
3 0.0231695
4 0.0225937
5 0.020774
6 0.0276835
7 0.0342513
8 0.0240833
9 0.0195392
10 0.0263978
11 0.0345229
12 0.0186072
13 0.0148162
14 0.0228995
15 0.0168936
16 0.0183315
17 0.0113603
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
set yrange [-14.440090:114.440090]
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
0 0 0 0.0102091
1 0 0 0.174155
2 0 0 0.454129
3 0 0 0.461339
4 0 0 0.473098
5 0 0 0.514538
6 0 0 0.386115
7 0 0 0.312076
8 0 0 0.443835
9 0 0 0.547056
10 0 0 0.40492
11 0 0 0.309621
12 0 0 0.574457
13 0 0 0.721443
14 0 0 0.466779
15 0 0 0.632726
16 0 0 0.583095
17 0 0 0.94091
e
0 1 0.0102091 0.84524
5 1 0.514538 0.554683
6 1 0.386115 0.417187
8 1 0.443835 0.478464
10 1 0.40492 0.436513
11 1 0.309621 0.333778
e
0 2 0.84524 1.09547
1 2 0.174155 0.174166
2 2 0.454129 0.454157
5 2 0.554683 0.574934
6 2 0.417187 0.447771
7 2 0.312076 0.312096
8 2 0.478464 0.495932
9 2 0.547056 0.547091
10 2 0.436513 0.45245
11 2 0.333778 0.345964
12 2 0.574457 0.574493
15 2 0.632726 0.632766
16 2 0.583095 0.583131
17 2 0.94091 0.940969
e
1 3 0.174166 0.537
e
0 4 1.09547 1.09785
1 4 0.537 0.55015
2 4 0.454157 0.512935
3 4 0.461339 0.476267
4 4 0.473098 0.488406
5 4 0.574934 0.591584
6 4 0.447771 0.485253
7 4 0.312096 0.372684
8 4 0.495932 0.510294
9 4 0.547091 0.582493
10 4 0.45245 0.478655
11 4 0.345964 0.355983
12 4 0.574493 0.593081
13 4 0.721443 0.744787
16 4 0.583131 0.601999
17 4 0.940969 0.993627
e
3 5 0.476267 0.627143
4 5 0.488406 0.643127
14 5 0.466779 0.619433
e
0 6 1.09785 1.1004
1 6 0.55015 0.571729
2 6 0.512935 0.555136
3 6 0.627143 0.627311
4 6 0.643127 0.643191
5 6 0.591584 0.6394
6 6 0.485253 0.521134
7 6 0.372684 0.401684
8 6 0.510294 0.548046
9 6 0.582493 0.629025
10 6 0.478655 0.556918
11 6 0.355983 0.382319
15 6 0.632766 0.686585
e
7 7 0.401684 0.498732
11 7 0.382319 0.656422
e
0 8 1.1004 1.10057
1 8 0.571729 0.573106
2 8 0.555136 0.556508
3 8 -1.06796e-05 0
4 8 0.643191 0.643196
5 8 0.6394 0.639418
6 8 0.521134 0.521299
7 8 0.498732 0.502825
8 8 0.548046 0.548189
9 8 0.629025 0.629051
10 8 0.556918 0.557237
11 8 0.656422 0.656512
13 8 -8.35041e-06 0
15 8 0.686585 0.686885
e
0 9 1.10057 1.10059
1 9 0.573106 0.573217
2 9 0.556508 0.556685
3 9 -3.50565e-05 -1.06796e-05
4 9 0.643196 0.643201
5 9 0.639418 0.639739
6 9 0.521299 0.522538
7 9 0.502825 0.503529
8 9 0.548189 0.550077
9 9 0.629051 0.63034
10 9 0.557237 0.575864
11 9 0.656512 0.659334
13 9 0.744787 0.744795
14 9 -9.8657e-06 0
15 9 0.686885 0.698245
17 9 -9.9434e-06 0
e
0 10 1.10059 1.12276
2 10 0.556685 0.630214
3 10 0.627311 0.632051
4 10 0.643201 0.648062
5 10 0.639739 0.781164
6 10 0.522538 0.778208
7 10 0.503529 0.708804
8 10 0.550077 0.765851
9 10 0.63034 0.68624
10 10 0.575864 0.776031
11 10 0.659334 0.822324
12 10 -3.68917e-06 0
13 10 -1.29835e-05 -8.35041e-06
14 10 -1.28634e-05 -9.8657e-06
15 10 -2.03168e-06 0
e
0 11 1.12276 1.1244
1 11 0.573217 0.606161
2 11 0.630214 0.633788
3 11 0.632051 0.719881
4 11 0.648062 0.662589
5 11 0.781164 0.783111
6 11 0.778208 0.792222
7 11 0.708804 0.716565
8 11 0.765851 0.767414
9 11 0.68624 0.687953
10 11 0.776031 0.779048
11 11 0.822324 0.824105
12 11 0.593081 0.595569
13 11 0.744795 0.74715
14 11 0.619433 0.623234
15 11 0.698245 0.701885
16 11 0.601999 0.603727
17 11 0.993627 0.996214
e
0 12 -0.124401 0
1 12 0.606161 1
2 12 0.633788 1
3 12 0.719881 1.00004
4 12 0.662589 1
5 12 0.783111 1
6 12 0.792222 1
7 12 0.716565 1
8 12 0.767414 1
9 12 0.687953 1
10 12 0.779048 1
11 12 0.824105 1
12 12 0.595569 1
13 12 0.74715 1.00001
14 12 0.623234 1.00001
15 12 0.701885 1
16 12 0.603727 1
17 12 0.996214 1.00001
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.30641e-05:3.14103]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000354752 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 354.8 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout same-cpu", \
     0.000249192 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 249.2 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 1.04701
1 0.0613763
2 0.0235374
3 0.0231695
4 0.0225937
5 0.020774
6 0.0276835
7 0.0342513
8 0.0240833
9 0.0195392
10 0.0263978
11 0.0345229
12 0.0186072
13 0.0148162
14 0.0228995
15 0.0168936
16 0.0183315
17 0.0113603
e
unset multiplot
unset logscale y
set output
