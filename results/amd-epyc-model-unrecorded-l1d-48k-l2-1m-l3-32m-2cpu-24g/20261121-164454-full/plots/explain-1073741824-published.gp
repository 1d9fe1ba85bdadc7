# explain.py: explain-1073741824-published; data inline, run `gnuplot explain-1073741824-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-published.png"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-35.647490:135.647490]
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
0 0 0 0.0110301
1 0 0 0.149935
2 0 0 0.229627
3 0 0 0.653295
4 0 0 0.436317
5 0 0 0.314047
6 0 0 0.250726
8 0 0 0.236663
9 0 0 0.41551
10 0 0 0.268207
11 0 0 0.197787
12 0 0 0.519729
13 0 0 0.540935
14 0 0 0.466738
15 0 0 0.463642
16 0 0 1.14256
17 0 0 1.27395
e
0 1 0.0110301 0.679171
5 1 0.314047 0.399451
6 1 0.250726 0.33091
8 1 0.236663 0.301023
10 1 0.268207 0.341145
11 1 0.197787 0.251574
e
0 2 0.679171 0.871194
1 2 0.149935 0.149935
2 2 0.229627 0.229627
5 2 0.399451 0.408726
6 2 0.33091 0.400591
8 2 0.301023 0.308012
9 2 0.41551 0.41551
10 2 0.341145 0.349066
11 2 0.251574 0.257415
12 2 0.519729 0.519729
15 2 0.463642 0.463642
16 2 1.14256 1.14256
17 2 1.27395 1.27395
e
1 3 0.149935 0.558864
e
1 4 0.558864 0.566695
2 4 0.229627 0.250185
3 4 0.653295 0.667918
4 4 0.436317 0.446083
5 4 0.408726 0.415755
6 4 0.400591 0.417427
8 4 0.308012 0.313309
9 4 0.41551 0.43411
10 4 0.349066 0.361072
11 4 0.257415 0.261842
12 4 0.519729 0.531361
13 4 0.540935 0.553042
16 4 1.14256 1.16813
17 4 1.27395 1.33644
e
3 5 0.667918 0.936629
4 5 0.446083 0.625547
14 5 0.466738 0.658715
e
1 6 0.566695 0.592099
2 6 0.250185 0.279366
5 6 0.415755 0.455664
6 6 0.417427 0.449289
8 6 0.313309 0.330199
9 6 0.43411 0.463763
10 6 0.361072 0.39208
11 6 0.261842 0.275957
15 6 0.463642 0.496731
e
11 7 0.275957 0.611358
e
0 8 0.871194 0.871194
1 8 0.592099 0.5921
2 8 0.279366 0.279366
3 8 0.936629 0.93663
4 8 0.625547 0.625548
5 8 0.455664 0.455678
6 8 0.449289 0.44929
8 8 0.330199 0.33027
9 8 0.463763 0.463844
10 8 0.39208 0.392316
11 8 0.611358 0.611397
12 8 0.531361 0.531362
13 8 0.553042 0.553043
14 8 0.658715 0.658715
15 8 0.496731 0.496732
16 8 1.16813 1.16813
17 8 1.33644 1.33644
e
0 9 0.871194 0.87193
1 9 0.5921 0.594385
2 9 0.279366 0.280428
3 9 0.93663 0.936943
4 9 0.625548 0.625591
5 9 0.455678 0.45808
6 9 0.44929 0.468696
8 9 0.33027 0.351234
9 9 0.463844 0.488343
10 9 0.392316 0.446533
11 9 0.611397 0.637126
12 9 0.531362 0.531388
13 9 0.553043 0.55307
14 9 0.658715 0.658738
15 9 0.496732 0.536918
16 9 1.16813 1.16816
17 9 1.33644 1.33647
e
0 10 0.87193 0.911424
1 10 0.594385 0.803112
2 10 0.280428 0.614824
3 10 0.936943 0.944407
4 10 0.625591 0.630576
5 10 0.45808 0.687333
6 10 0.468696 0.744483
8 10 0.351234 0.522692
9 10 0.488343 0.639764
10 10 0.446533 0.64832
11 10 0.637126 0.781694
15 10 0.536918 0.621336
e
0 11 0.911424 0.911427
1 11 0.803112 0.803141
2 11 0.614824 0.614828
3 11 0.944407 0.944606
4 11 0.630576 0.630598
5 11 0.687333 0.687335
6 11 -1.20965e-05 0
8 11 -6.88461e-06 0
9 11 -7.91123e-06 0
10 11 -6.36623e-07 0
11 11 -4.18921e-05 0
12 11 0.531388 0.531391
13 11 -2.32331e-05 0
14 11 -2.08378e-05 0
15 11 0.621336 0.621338
16 11 1.16816 1.16819
17 11 -2.03232e-06 0
e
0 12 0.911427 1
1 12 0.803141 1
2 12 0.614828 1
3 12 0.944606 1
4 12 0.630598 1
5 12 0.687335 1
6 12 0.744483 1.00001
8 12 0.522692 1.00001
9 12 0.639764 1.00001
10 12 0.64832 1
11 12 0.781694 1.00004
12 12 0.531391 1
13 12 0.55307 1.00002
14 12 0.658738 1.00002
15 12 0.621338 1
16 12 -0.168189 0
17 12 -0.336475 -2.03232e-06
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.013579:691.869]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.0850839 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 85.08 ms:", \
     NaN with lines lc rgb 'white' title "  vmsplice/gift same-cpu", \
     0.040737 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 40.74 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 230.623
1 16.966
2 11.0779
3 3.89378
4 5.83013
5 8.10002
6 10.1457
8 10.7486
9 6.12209
10 9.48442
11 12.8613
12 4.89445
13 4.70257
14 5.45014
15 5.48653
16 2.2264
17 1.99676
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
set yrange [-35.647490:135.647490]
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
0 0 0 0.0110301
1 0 0 0.149935
2 0 0 0.229627
3 0 0 0.653295
4 0 0 0.436317
5 0 0 0.314047
6 0 0 0.250726
8 0 0 0.236663
9 0 0 0.41551
10 0 0 0.268207
11 0 0 0.197787
12 0 0 0.519729
13 0 0 0.540935
14 0 0 0.466738
15 0 0 0.463642
16 0 0 1.14256
17 0 0 1.27395
e
0 1 0.0110301 0.679171
5 1 0.314047 0.399451
6 1 0.250726 0.33091
8 1 0.236663 0.301023
10 1 0.268207 0.341145
11 1 0.197787 0.251574
e
0 2 0.679171 0.871194
1 2 0.149935 0.149935
2 2 0.229627 0.229627
5 2 0.399451 0.408726
6 2 0.33091 0.400591
8 2 0.301023 0.308012
9 2 0.41551 0.41551
10 2 0.341145 0.349066
11 2 0.251574 0.257415
12 2 0.519729 0.519729
15 2 0.463642 0.463642
16 2 1.14256 1.14256
17 2 1.27395 1.27395
e
1 3 0.149935 0.558864
e
1 4 0.558864 0.566695
2 4 0.229627 0.250185
3 4 0.653295 0.667918
4 4 0.436317 0.446083
5 4 0.408726 0.415755
6 4 0.400591 0.417427
8 4 0.308012 0.313309
9 4 0.41551 0.43411
10 4 0.349066 0.361072
11 4 0.257415 0.261842
12 4 0.519729 0.531361
13 4 0.540935 0.553042
16 4 1.14256 1.16813
17 4 1.27395 1.33644
e
3 5 0.667918 0.936629
4 5 0.446083 0.625547
14 5 0.466738 0.658715
e
1 6 0.566695 0.592099
2 6 0.250185 0.279366
5 6 0.415755 0.455664
6 6 0.417427 0.449289
8 6 0.313309 0.330199
9 6 0.43411 0.463763
10 6 0.361072 0.39208
11 6 0.261842 0.275957
15 6 0.463642 0.496731
e
11 7 0.275957 0.611358
e
0 8 0.871194 0.871194
1 8 0.592099 0.5921
2 8 0.279366 0.279366
3 8 0.936629 0.93663
4 8 0.625547 0.625548
5 8 0.455664 0.455678
6 8 0.449289 0.44929
8 8 0.330199 0.33027
9 8 0.463763 0.463844
10 8 0.39208 0.392316
11 8 0.611358 0.611397
12 8 0.531361 0.531362
13 8 0.553042 0.553043
14 8 0.658715 0.658715
15 8 0.496731 0.496732
16 8 1.16813 1.16813
17 8 1.33644 1.33644
e
0 9 0.871194 0.87193
1 9 0.5921 0.594385
2 9 0.279366 0.280428
3 9 0.93663 0.936943
4 9 0.625548 0.625591
5 9 0.455678 0.45808
6 9 0.44929 0.468696
8 9 0.33027 0.351234
9 9 0.463844 0.488343
10 9 0.392316 0.446533
11 9 0.611397 0.637126
12 9 0.531362 0.531388
13 9 0.553043 0.55307
14 9 0.658715 0.658738
15 9 0.496732 0.536918
16 9 1.16813 1.16816
17 9 1.33644 1.33647
e
0 10 0.87193 0.911424
1 10 0.594385 0.803112
2 10 0.280428 0.614824
3 10 0.936943 0.944407
4 10 0.625591 0.630576
5 10 0.45808 0.687333
6 10 0.468696 0.744483
8 10 0.351234 0.522692
9 10 0.488343 0.639764
10 10 0.446533 0.64832
11 10 0.637126 0.781694
15 10 0.536918 0.621336
e
0 11 0.911424 0.911427
1 11 0.803112 0.803141
2 11 0.614824 0.614828
3 11 0.944407 0.944606
4 11 0.630576 0.630598
5 11 0.687333 0.687335
6 11 -1.20965e-05 0
8 11 -6.88461e-06 0
9 11 -7.91123e-06 0
10 11 -6.36623e-07 0
11 11 -4.18921e-05 0
12 11 0.531388 0.531391
13 11 -2.32331e-05 0
14 11 -2.08378e-05 0
15 11 0.621336 0.621338
16 11 1.16816 1.16819
17 11 -2.03232e-06 0
e
0 12 0.911427 1
1 12 0.803141 1
2 12 0.614828 1
3 12 0.944606 1
4 12 0.630598 1
5 12 0.687335 1
6 12 0.744483 1.00001
8 12 0.522692 1.00001
9 12 0.639764 1.00001
10 12 0.64832 1
11 12 0.781694 1.00004
12 12 0.531391 1
13 12 0.55307 1.00002
14 12 0.658738 1.00002
15 12 0.621338 1
16 12 -0.168189 0
17 12 -0.336475 -2.03232e-06
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.013579:691.869]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.0850839 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 85.08 ms:", \
     NaN with lines lc rgb 'white' title "  vmsplice/gift same-cpu", \
     0.040737 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 40.74 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 230.623
1 16.966
2 11.0779
3 3.89378
4 5.83013
5 8.10002
6 10.1457
8 10.7486
9 6.12209
10 9.48442
11 12.8613
12 4.89445
13 4.70257
14 5.45014
15 5.48653
16 2.2264
17 1.99676
e
unset multiplot
unset logscale y
set output
