# explain.py: explain-38535168-transport-only; data inline, run `gnuplot explain-38535168-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-55.523239:155.523239]
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
0 1 0 0.810236
5 1 0 0.377732
6 1 0 0.198688
8 1 0 0.348033
10 1 0 0.294284
11 1 0 0.253834
e
0 2 0.810236 0.992661
1 2 0 1.34004e-06
2 2 0 5.83861e-06
5 2 0.377732 0.564811
6 2 0.198688 0.393684
7 2 0 3.99599e-06
8 2 0.348033 0.520404
9 2 0 2.76057e-05
10 2 0.294284 0.440035
11 2 0.253834 0.379551
12 2 0 0.000173925
15 2 0 2.24034e-05
16 2 0 0.0278805
17 2 0 0.000279096
e
1 3 1.34004e-06 0.409561
e
0 4 0.992661 0.997646
1 4 0.409561 0.436953
2 4 5.83861e-06 0.204603
3 4 0 0.135438
4 4 0 0.104109
5 4 0.564811 0.613165
6 4 0.393684 0.469189
7 4 3.99599e-06 0.210045
8 4 0.520404 0.564955
9 4 2.76057e-05 0.483707
10 4 0.440035 0.515377
11 4 0.379551 0.412044
12 4 0.000173925 1.52385
13 4 0 0.868789
17 4 0.000279096 0.709593
e
3 5 0.135438 0.74472
4 5 0.104109 0.572453
14 5 0 0.737292
e
0 6 0.997646 1.00054
1 6 0.436953 0.464237
2 6 0.204603 0.303975
3 6 0.74472 0.744805
4 6 0.572453 0.572477
5 6 0.613165 0.707106
6 6 0.469189 0.518085
7 6 0.210045 0.278056
8 6 0.564955 0.630214
9 6 0.483707 0.83795
10 6 0.515377 0.68136
11 6 0.412044 0.459639
15 6 2.24034e-05 0.287508
e
7 7 0.278056 0.452734
11 7 0.459639 1.10128
e
0 8 1.00054 1.00076
1 8 0.464237 0.465811
2 8 0.303975 0.306654
3 8 0.744805 0.744822
4 8 0.572477 0.572483
5 8 0.707106 0.707153
6 8 0.518085 0.518263
7 8 0.452734 0.459973
8 8 0.630214 0.630236
9 8 0.83795 0.838611
10 8 0.68136 0.682981
11 8 1.10128 1.10139
12 8 -3.03931e-05 0
15 8 0.287508 0.290241
e
0 9 1.00076 1.0008
1 9 0.465811 0.4661
2 9 0.306654 0.306701
3 9 0.744822 0.744848
5 9 0.707153 0.707681
6 9 0.518263 0.521735
7 9 0.459973 0.46096
8 9 0.630236 0.631747
9 9 0.838611 0.848283
10 9 0.682981 0.703152
11 9 1.10139 1.10566
13 9 0.868789 0.868805
15 9 0.290241 0.31637
e
0 10 1.0008 1.03784
1 10 0.4661 0.612413
2 10 0.306701 0.732974
3 10 0.744848 0.748701
4 10 0.572483 0.595105
5 10 0.707681 1.00574
6 10 0.521735 0.865206
7 10 0.46096 0.922814
8 10 0.631747 0.676128
9 10 0.848283 1.17189
10 10 0.703152 0.952879
11 10 -4.80299e-07 0
12 10 -5.29153e-05 -3.03931e-05
13 10 -1.2842e-05 0
14 10 -2.4226e-06 0
15 10 0.31637 0.946414
e
0 11 1.03784 1.03803
1 11 0.612413 0.615396
2 11 0.732974 0.733732
3 11 0.748701 0.796689
4 11 0.595105 0.598012
5 11 1.00574 1.0061
6 11 0.865206 0.866428
7 11 0.922814 0.924343
8 11 0.676128 0.676376
9 11 1.17189 1.17307
10 11 0.952879 0.953381
11 11 1.10566 1.10601
12 11 1.52385 1.53523
13 11 0.868805 0.874225
14 11 0.737292 0.739286
15 11 0.946414 0.948722
16 11 0.0278805 1.00488
17 11 0.709593 0.718638
e
0 12 -0.0380297 0
1 12 0.615396 1
2 12 0.733732 1
3 12 0.796689 1
4 12 0.598012 1
5 12 -0.00610453 0
6 12 0.866428 1
7 12 0.924343 1
8 12 0.676376 1
9 12 -0.173066 0
10 12 0.953381 1
11 12 -0.106015 -4.80299e-07
12 12 -0.535232 -5.29153e-05
13 12 0.874225 1.00001
14 12 0.739286 1
15 12 0.948722 1
16 12 -0.00488292 0
17 12 0.718638 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.46467e-06:27.4907]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00483408 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 4.83 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream unpinned", \
     0.00584395 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 5.84 ms:", \
     NaN with lines lc rgb 'white' title "  memfd/pooled-touch unpinned"
0 9.16357
1 0.528341
2 0.121261
3 0.0457952
4 0.0595763
5 0.128273
6 0.246439
7 0.177177
8 0.139219
9 0.0256468
10 0.164646
11 0.190884
12 0.0040707
13 0.00713916
14 0.0378442
15 0.0316023
16 2.5394e-05
17 0.00253675
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
set yrange [-55.523239:155.523239]
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
0 1 0 0.810236
5 1 0 0.377732
6 1 0 0.198688
8 1 0 0.348033
10 1 0 0.294284
11 1 0 0.253834
e
0 2 0.810236 0.992661
1 2 0 1.34004e-06
2 2 0 5.83861e-06
5 2 0.377732 0.564811
6 2 0.198688 0.393684
7 2 0 3.99599e-06
8 2 0.348033 0.520404
9 2 0 2.76057e-05
10 2 0.294284 0.440035
11 2 0.253834 0.379551
12 2 0 0.000173925
15 2 0 2.24034e-05
16 2 0 0.0278805
17 2 0 0.000279096
e
1 3 1.34004e-06 0.409561
e
0 4 0.992661 0.997646
1 4 0.409561 0.436953
2 4 5.83861e-06 0.204603
3 4 0 0.135438
4 4 0 0.104109
5 4 0.564811 0.613165
6 4 0.393684 0.469189
7 4 3.99599e-06 0.210045
8 4 0.520404 0.564955
9 4 2.76057e-05 0.483707
10 4 0.440035 0.515377
11 4 0.379551 0.412044
12 4 0.000173925 1.52385
13 4 0 0.868789
17 4 0.000279096 0.709593
e
3 5 0.135438 0.74472
4 5 0.104109 0.572453
14 5 0 0.737292
e
0 6 0.997646 1.00054
1 6 0.436953 0.464237
2 6 0.204603 0.303975
3 6 0.74472 0.744805
4 6 0.572453 0.572477
5 6 0.613165 0.707106
6 6 0.469189 0.518085
7 6 0.210045 0.278056
8 6 0.564955 0.630214
9 6 0.483707 0.83795
10 6 0.515377 0.68136
11 6 0.412044 0.459639
15 6 2.24034e-05 0.287508
e
7 7 0.278056 0.452734
11 7 0.459639 1.10128
e
0 8 1.00054 1.00076
1 8 0.464237 0.465811
2 8 0.303975 0.306654
3 8 0.744805 0.744822
4 8 0.572477 0.572483
5 8 0.707106 0.707153
6 8 0.518085 0.518263
7 8 0.452734 0.459973
8 8 0.630214 0.630236
9 8 0.83795 0.838611
10 8 0.68136 0.682981
11 8 1.10128 1.10139
12 8 -3.03931e-05 0
15 8 0.287508 0.290241
e
0 9 1.00076 1.0008
1 9 0.465811 0.4661
2 9 0.306654 0.306701
3 9 0.744822 0.744848
5 9 0.707153 0.707681
6 9 0.518263 0.521735
7 9 0.459973 0.46096
8 9 0.630236 0.631747
9 9 0.838611 0.848283
10 9 0.682981 0.703152
11 9 1.10139 1.10566
13 9 0.868789 0.868805
15 9 0.290241 0.31637
e
0 10 1.0008 1.03784
1 10 0.4661 0.612413
2 10 0.306701 0.732974
3 10 0.744848 0.748701
4 10 0.572483 0.595105
5 10 0.707681 1.00574
6 10 0.521735 0.865206
7 10 0.46096 0.922814
8 10 0.631747 0.676128
9 10 0.848283 1.17189
10 10 0.703152 0.952879
11 10 -4.80299e-07 0
12 10 -5.29153e-05 -3.03931e-05
13 10 -1.2842e-05 0
14 10 -2.4226e-06 0
15 10 0.31637 0.946414
e
0 11 1.03784 1.03803
1 11 0.612413 0.615396
2 11 0.732974 0.733732
3 11 0.748701 0.796689
4 11 0.595105 0.598012
5 11 1.00574 1.0061
6 11 0.865206 0.866428
7 11 0.922814 0.924343
8 11 0.676128 0.676376
9 11 1.17189 1.17307
10 11 0.952879 0.953381
11 11 1.10566 1.10601
12 11 1.52385 1.53523
13 11 0.868805 0.874225
14 11 0.737292 0.739286
15 11 0.946414 0.948722
16 11 0.0278805 1.00488
17 11 0.709593 0.718638
e
0 12 -0.0380297 0
1 12 0.615396 1
2 12 0.733732 1
3 12 0.796689 1
4 12 0.598012 1
5 12 -0.00610453 0
6 12 0.866428 1
7 12 0.924343 1
8 12 0.676376 1
9 12 -0.173066 0
10 12 0.953381 1
11 12 -0.106015 -4.80299e-07
12 12 -0.535232 -5.29153e-05
13 12 0.874225 1.00001
14 12 0.739286 1
15 12 0.948722 1
16 12 -0.00488292 0
17 12 0.718638 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.46467e-06:27.4907]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00483408 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 4.83 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream unpinned", \
     0.00584395 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 5.84 ms:", \
     NaN with lines lc rgb 'white' title "  memfd/pooled-touch unpinned"
0 9.16357
1 0.528341
2 0.121261
3 0.0457952
4 0.0595763
5 0.128273
6 0.246439
7 0.177177
8 0.139219
9 0.0256468
10 0.164646
11 0.190884
12 0.0040707
13 0.00713916
14 0.0378442
15 0.0316023
16 2.5394e-05
17 0.00253675
e
unset multiplot
unset logscale y
set output
