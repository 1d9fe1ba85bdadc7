# explain.py: explain-4194304-published; data inline, run `gnuplot explain-4194304-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-published.png"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), published pattern"
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
0 0 0 0.00896284
1 0 0 0.14391
2 0 0 0.297779
3 0 0 0.449128
4 0 0 0.334927
5 0 0 0.299079
6 0 0 0.335958
7 0 0 0.267025
8 0 0 0.372151
9 0 0 0.384361
10 0 0 0.345281
11 0 0 0.28402
12 0 0 0.87923
13 0 0 0.888719
14 0 0 0.417753
15 0 0 0.846596
16 0 0 0.61955
17 0 0 0.894002
e
0 1 0.00896284 0.287625
5 1 0.299079 0.30629
6 1 0.335958 0.344258
8 1 0.372151 0.381123
10 1 0.345281 0.353606
11 1 0.28402 0.290868
e
0 2 0.287625 0.566678
1 2 0.14391 0.14392
2 2 0.297779 0.2978
5 2 0.30629 0.30985
6 2 0.344258 0.352285
7 2 0.267025 0.267044
8 2 0.381123 0.385553
9 2 0.384361 0.384388
10 2 0.353606 0.357716
11 2 0.290868 0.294249
12 2 0.87923 0.87929
15 2 0.846596 0.846654
16 2 0.61955 0.619593
17 2 0.894002 0.894064
e
1 3 0.14392 0.37518
e
0 4 0.566678 0.568522
1 4 0.37518 0.379245
2 4 0.2978 0.312218
3 4 0.449128 0.454565
4 4 0.334927 0.338982
5 4 0.30985 0.31347
6 4 0.352285 0.364486
7 4 0.267044 0.286438
8 4 0.385553 0.390058
9 4 0.384388 0.393693
10 4 0.357716 0.366075
11 4 0.294249 0.297687
12 4 0.87929 0.889934
13 4 0.888719 0.899477
16 4 0.619593 0.627093
17 4 0.894064 0.904886
e
3 5 0.454565 0.866582
4 5 0.338982 0.646234
14 5 0.417753 0.800987
e
0 6 0.568522 0.57322
1 6 0.379245 0.414562
2 6 0.312218 0.367024
3 6 0.866582 0.866694
4 6 0.646234 0.646299
5 6 0.31347 0.368517
6 6 0.364486 0.426319
7 6 0.286438 0.335583
8 6 0.390058 0.412099
9 6 0.393693 0.416457
10 6 0.366075 0.430485
11 6 0.297687 0.314508
15 6 0.846654 0.896794
e
0 8 0.57322 0.573503
1 8 0.414562 0.41678
2 8 0.367024 0.368748
3 8 0.866694 0.867328
4 8 0.646299 0.646588
5 8 0.368517 0.368637
6 8 0.426319 0.427005
7 8 0.335583 0.342139
8 8 0.412099 0.412397
9 8 0.416457 0.416748
10 8 0.430485 0.431169
11 8 0.314508 0.314771
12 8 0.889934 0.890082
13 8 0.899477 0.899627
14 8 0.800987 0.801295
15 8 0.896794 0.899379
16 8 0.627093 0.627171
17 8 0.904886 0.904999
e
0 9 0.573503 0.573566
1 9 0.41678 0.417212
2 9 0.368748 0.371425
3 9 0.867328 0.868001
4 9 0.646588 0.646839
5 9 0.368637 0.369085
6 9 0.427005 0.42839
7 9 0.342139 0.34304
8 9 0.412397 0.415046
9 9 0.416748 0.420204
10 9 0.431169 0.439964
11 9 0.314771 0.321793
12 9 0.890082 0.89074
13 9 0.899627 0.900293
14 9 0.801295 0.801765
15 9 0.899379 0.909845
16 9 0.627171 0.627635
17 9 0.904999 0.905334
e
0 10 0.573566 0.633082
1 10 0.417212 0.465718
2 10 0.371425 0.519446
3 10 0.868001 0.875199
4 10 0.646839 0.652289
5 10 0.369085 0.738613
6 10 0.42839 0.679219
7 10 0.34304 0.616999
8 10 0.415046 0.856597
9 10 0.420204 0.712952
10 10 0.439964 0.845974
11 10 0.321793 0.607727
15 10 0.909845 0.910053
e
1 11 0.465718 0.480719
2 11 0.519446 0.522599
3 11 0.875199 0.944256
4 11 0.652289 0.663051
5 11 0.738613 0.739714
6 11 0.679219 0.687139
7 11 0.616999 0.634136
8 11 0.856597 0.856736
9 11 0.712952 0.713804
10 11 0.845974 0.851909
11 11 0.607727 0.609999
12 11 0.89074 0.892023
13 11 0.900293 0.901147
14 11 0.801765 0.801838
15 11 0.910053 0.913194
16 11 0.627635 0.629166
e
0 12 0.633082 1
1 12 0.480719 1
2 12 0.522599 1
3 12 0.944256 1
4 12 0.663051 1
5 12 0.739714 1
6 12 0.687139 1
7 12 0.634136 1
8 12 0.856736 1
9 12 0.713804 1
10 12 0.851909 1
11 12 0.609999 1
12 12 0.892023 1
13 12 0.901147 1
14 12 0.801838 1
15 12 0.913194 1
16 12 0.629166 1
17 12 0.905334 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [2.6393e-05:2.2865]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     7.91789e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 79.2 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin cross-core", \
     0.000150323 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 150.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.762167
1 0.0474685
2 0.0229404
3 0.0152099
4 0.020396
5 0.0228407
6 0.0203334
7 0.0255825
8 0.0183559
9 0.0177728
10 0.0197844
11 0.0240517
12 0.0077695
13 0.00768654
14 0.0163522
15 0.008069
16 0.011026
17 0.00764112
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
0 0 0 0.00896284
1 0 0 0.14391
2 0 0 0.297779
3 0 0 0.449128
4 0 0 0.334927
5 0 0 0.299079
6 0 0 0.335958
7 0 0 0.267025
8 0 0 0.372151
9 0 0 0.384361
10 0 0 0.345281
11 0 0 0.28402
12 0 0 0.87923
13 0 0 0.888719
14 0 0 0.417753
15 0 0 0.846596
16 0 0 0.61955
17 0 0 0.894002
e
0 1 0.00896284 0.287625
5 1 0.299079 0.30629
6 1 0.335958 0.344258
8 1 0.372151 0.381123
10 1 0.345281 0.353606
11 1 0.28402 0.290868
e
0 2 0.287625 0.566678
1 2 0.14391 0.14392
2 2 0.297779 0.2978
5 2 0.30629 0.30985
6 2 0.344258 0.352285
7 2 0.267025 0.267044
8 2 0.381123 0.385553
9 2 0.384361 0.384388
10 2 0.353606 0.357716
11 2 0.290868 0.294249
12 2 0.87923 0.87929
15 2 0.846596 0.846654
16 2 0.61955 0.619593
17 2 0.894002 0.894064
e
1 3 0.14392 0.37518
e
0 4 0.566678 0.568522
1 4 0.37518 0.379245
2 4 0.2978 0.312218
3 4 0.449128 0.454565
4 4 0.334927 0.338982
5 4 0.30985 0.31347
6 4 0.352285 0.364486
7 4 0.267044 0.286438
8 4 0.385553 0.390058
9 4 0.384388 0.393693
10 4 0.357716 0.366075
11 4 0.294249 0.297687
12 4 0.87929 0.889934
13 4 0.888719 0.899477
16 4 0.619593 0.627093
17 4 0.894064 0.904886
e
3 5 0.454565 0.866582
4 5 0.338982 0.646234
14 5 0.417753 0.800987
e
0 6 0.568522 0.57322
1 6 0.379245 0.414562
2 6 0.312218 0.367024
3 6 0.866582 0.866694
4 6 0.646234 0.646299
5 6 0.31347 0.368517
6 6 0.364486 0.426319
7 6 0.286438 0.335583
8 6 0.390058 0.412099
9 6 0.393693 0.416457
10 6 0.366075 0.430485
11 6 0.297687 0.314508
15 6 0.846654 0.896794
e
0 8 0.57322 0.573503
1 8 0.414562 0.41678
2 8 0.367024 0.368748
3 8 0.866694 0.867328
4 8 0.646299 0.646588
5 8 0.368517 0.368637
6 8 0.426319 0.427005
7 8 0.335583 0.342139
8 8 0.412099 0.412397
9 8 0.416457 0.416748
10 8 0.430485 0.431169
11 8 0.314508 0.314771
12 8 0.889934 0.890082
13 8 0.899477 0.899627
14 8 0.800987 0.801295
15 8 0.896794 0.899379
16 8 0.627093 0.627171
17 8 0.904886 0.904999
e
0 9 0.573503 0.573566
1 9 0.41678 0.417212
2 9 0.368748 0.371425
3 9 0.867328 0.868001
4 9 0.646588 0.646839
5 9 0.368637 0.369085
6 9 0.427005 0.42839
7 9 0.342139 0.34304
8 9 0.412397 0.415046
9 9 0.416748 0.420204
10 9 0.431169 0.439964
11 9 0.314771 0.321793
12 9 0.890082 0.89074
13 9 0.899627 0.900293
14 9 0.801295 0.801765
15 9 0.899379 0.909845
16 9 0.627171 0.627635
17 9 0.904999 0.905334
e
0 10 0.573566 0.633082
1 10 0.417212 0.465718
2 10 0.371425 0.519446
3 10 0.868001 0.875199
4 10 0.646839 0.652289
5 10 0.369085 0.738613
6 10 0.42839 0.679219
7 10 0.34304 0.616999
8 10 0.415046 0.856597
9 10 0.420204 0.712952
10 10 0.439964 0.845974
11 10 0.321793 0.607727
15 10 0.909845 0.910053
e
1 11 0.465718 0.480719
2 11 0.519446 0.522599
3 11 0.875199 0.944256
4 11 0.652289 0.663051
5 11 0.738613 0.739714
6 11 0.679219 0.687139
7 11 0.616999 0.634136
8 11 0.856597 0.856736
9 11 0.712952 0.713804
10 11 0.845974 0.851909
11 11 0.607727 0.609999
12 11 0.89074 0.892023
13 11 0.900293 0.901147
14 11 0.801765 0.801838
15 11 0.910053 0.913194
16 11 0.627635 0.629166
e
0 12 0.633082 1
1 12 0.480719 1
2 12 0.522599 1
3 12 0.944256 1
4 12 0.663051 1
5 12 0.739714 1
6 12 0.687139 1
7 12 0.634136 1
8 12 0.856736 1
9 12 0.713804 1
10 12 0.851909 1
11 12 0.609999 1
12 12 0.892023 1
13 12 0.901147 1
14 12 0.801838 1
15 12 0.913194 1
16 12 0.629166 1
17 12 0.905334 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [2.6393e-05:2.2865]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     7.91789e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 79.2 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin cross-core", \
     0.000150323 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 150.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.762167
1 0.0474685
2 0.0229404
3 0.0152099
4 0.020396
5 0.0228407
6 0.0203334
7 0.0255825
8 0.0183559
9 0.0177728
10 0.0197844
11 0.0240517
12 0.0077695
13 0.00768654
14 0.0163522
15 0.008069
16 0.011026
17 0.00764112
e
unset multiplot
unset logscale y
set output
