# explain.py: explain-1073741824-published; data inline, run `gnuplot explain-1073741824-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-published.png"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-14.616558:114.616558]
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
0 0 0 0.0114207
1 0 0 0.186709
2 0 0 0.364748
3 0 0 0.763781
4 0 0 0.585751
5 0 0 0.439845
6 0 0 0.357072
8 0 0 0.410426
9 0 0 0.745016
10 0 0 0.532898
11 0 0 0.305492
12 0 0 0.903607
13 0 0 0.876089
14 0 0 0.717202
15 0 0 0.740712
16 0 0 0.974815
17 0 0 0.940529
e
0 1 0.0114207 0.787454
5 1 0.439845 0.566473
6 1 0.357072 0.454266
8 1 0.410426 0.528586
10 1 0.532898 0.686317
11 1 0.305492 0.393441
e
0 2 0.787454 0.985864
1 2 0.186709 0.186709
2 2 0.364748 0.364748
5 2 0.566473 0.581618
6 2 0.454266 0.554235
8 2 0.528586 0.542718
9 2 0.745016 0.745017
10 2 0.686317 0.704666
11 2 0.393441 0.40396
12 2 0.903607 0.903607
15 2 0.740712 0.740712
16 2 0.974815 0.974816
17 2 0.940529 0.940529
e
1 3 0.186709 0.513069
e
1 4 0.513069 0.526288
2 4 0.364748 0.409016
3 4 0.763781 0.786956
4 4 0.585751 0.603524
5 4 0.581618 0.594964
6 4 0.554235 0.586737
8 4 0.542718 0.555171
9 4 0.745017 0.790226
10 4 0.704666 0.737004
11 4 0.40396 0.413229
12 4 0.903607 0.931024
13 4 0.876089 0.902671
16 4 0.974816 1.00439
17 4 0.940529 1.00584
e
3 5 0.786956 1.02806
4 5 0.603524 0.788433
14 5 0.717202 0.943608
e
1 6 0.526288 0.549276
2 6 0.409016 0.442698
5 6 0.594964 0.63558
6 6 0.586737 0.61971
8 6 0.555171 0.581008
9 6 0.790226 0.837126
10 6 0.737004 0.834644
11 6 0.413229 0.43246
15 6 0.740712 0.787341
e
11 7 0.43246 0.766871
e
0 8 0.985864 0.985864
1 8 0.549276 0.549276
2 8 0.442698 0.442698
3 8 1.02806 1.02807
4 8 0.788433 0.788433
5 8 0.63558 0.635592
6 8 0.61971 0.619711
8 8 0.581008 0.581009
9 8 0.837126 0.837129
10 8 0.834644 0.834932
11 8 0.766871 0.766876
12 8 0.931024 0.931024
13 8 0.902671 0.902671
14 8 0.943608 0.943608
15 8 0.787341 0.787342
16 8 1.00439 1.00439
17 8 1.00584 1.00584
e
0 9 0.985864 0.985928
1 9 0.549276 0.549949
2 9 0.442698 0.442878
3 9 1.02807 1.02809
4 9 0.788433 0.788445
5 9 0.635592 0.635949
6 9 0.619711 0.621666
8 9 0.581009 0.583143
9 9 0.837129 0.84096
10 9 0.834932 0.846463
11 9 0.766876 0.770278
12 9 0.931024 0.931025
13 9 0.902671 0.902673
14 9 0.943608 0.943608
15 9 0.787342 0.791305
16 9 1.00439 1.00439
17 9 1.00584 1.00584
e
0 10 0.985928 1.0105
1 10 0.549949 0.731523
2 10 0.442878 0.759197
3 10 1.02809 1.03417
4 10 0.788445 0.793113
5 10 0.635949 0.859967
6 10 0.621666 0.895405
8 10 0.583143 0.792312
9 10 0.84096 1.03065
10 10 0.846463 1.12616
11 10 0.770278 0.924866
12 10 -2.63739e-08 0
13 10 -2.55707e-08 0
14 10 -2.7911e-08 0
15 10 0.791305 0.885393
e
0 11 1.0105 1.0105
1 11 0.731523 0.731594
2 11 0.759197 0.759208
3 11 1.03417 1.03457
4 11 0.793113 0.793143
5 11 0.859967 0.85997
6 11 0.895405 0.895429
8 11 0.792312 0.792316
9 11 1.03065 1.03065
10 11 1.12616 1.12617
11 11 0.924866 0.924871
12 11 0.931025 0.931033
13 11 0.902673 0.902681
14 11 0.943608 0.94362
15 11 0.885393 0.885407
16 11 1.00439 1.0044
17 11 1.00584 1.00585
e
0 12 -0.010504 0
1 12 0.731594 1
2 12 0.759208 1
3 12 -0.0345714 0
4 12 0.793143 1
5 12 0.85997 1
6 12 0.895429 1
8 12 0.792316 1
9 12 -0.0306531 0
10 12 -0.126166 0
11 12 0.924871 1
12 12 0.931033 1
13 12 0.902681 1
14 12 0.94362 1
15 12 0.885407 1
16 12 -0.0044003 0
17 12 -0.00584986 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.0333897:919.161]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.100169 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 100.17 ms:", \
     NaN with lines lc rgb 'white' title "  shm/copyout cross-core", \
     0.14359 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 143.59 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 306.387
1 18.7412
2 9.59334
3 4.58135
4 5.97378
5 7.95543
6 9.79958
8 8.52565
9 4.69675
10 6.56627
11 11.4542
12 3.87243
13 3.99406
14 4.87889
15 4.72404
16 3.58955
17 3.72041
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
set yrange [-14.616558:114.616558]
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
0 0 0 0.0114207
1 0 0 0.186709
2 0 0 0.364748
3 0 0 0.763781
4 0 0 0.585751
5 0 0 0.439845
6 0 0 0.357072
8 0 0 0.410426
9 0 0 0.745016
10 0 0 0.532898
11 0 0 0.305492
12 0 0 0.903607
13 0 0 0.876089
14 0 0 0.717202
15 0 0 0.740712
16 0 0 0.974815
17 0 0 0.940529
e
0 1 0.0114207 0.787454
5 1 0.439845 0.566473
6 1 0.357072 0.454266
8 1 0.410426 0.528586
10 1 0.532898 0.686317
11 1 0.305492 0.393441
e
0 2 0.787454 0.985864
1 2 0.186709 0.186709
2 2 0.364748 0.364748
5 2 0.566473 0.581618
6 2 0.454266 0.554235
8 2 0.528586 0.542718
9 2 0.745016 0.745017
10 2 0.686317 0.704666
11 2 0.393441 0.40396
12 2 0.903607 0.903607
15 2 0.740712 0.740712
16 2 0.974815 0.974816
17 2 0.940529 0.940529
e
1 3 0.186709 0.513069
e
1 4 0.513069 0.526288
2 4 0.364748 0.409016
3 4 0.763781 0.786956
4 4 0.585751 0.603524
5 4 0.581618 0.594964
6 4 0.554235 0.586737
8 4 0.542718 0.555171
9 4 0.745017 0.790226
10 4 0.704666 0.737004
11 4 0.40396 0.413229
12 4 0.903607 0.931024
13 4 0.876089 0.902671
16 4 0.974816 1.00439
17 4 0.940529 1.00584
e
3 5 0.786956 1.02806
4 5 0.603524 0.788433
14 5 0.717202 0.943608
e
1 6 0.526288 0.549276
2 6 0.409016 0.442698
5 6 0.594964 0.63558
6 6 0.586737 0.61971
8 6 0.555171 0.581008
9 6 0.790226 0.837126
10 6 0.737004 0.834644
11 6 0.413229 0.43246
15 6 0.740712 0.787341
e
11 7 0.43246 0.766871
e
0 8 0.985864 0.985864
1 8 0.549276 0.549276
2 8 0.442698 0.442698
3 8 1.02806 1.02807
4 8 0.788433 0.788433
5 8 0.63558 0.635592
6 8 0.61971 0.619711
8 8 0.581008 0.581009
9 8 0.837126 0.837129
10 8 0.834644 0.834932
11 8 0.766871 0.766876
12 8 0.931024 0.931024
13 8 0.902671 0.902671
14 8 0.943608 0.943608
15 8 0.787341 0.787342
16 8 1.00439 1.00439
17 8 1.00584 1.00584
e
0 9 0.985864 0.985928
1 9 0.549276 0.549949
2 9 0.442698 0.442878
3 9 1.02807 1.02809
4 9 0.788433 0.788445
5 9 0.635592 0.635949
6 9 0.619711 0.621666
8 9 0.581009 0.583143
9 9 0.837129 0.84096
10 9 0.834932 0.846463
11 9 0.766876 0.770278
12 9 0.931024 0.931025
13 9 0.902671 0.902673
14 9 0.943608 0.943608
15 9 0.787342 0.791305
16 9 1.00439 1.00439
17 9 1.00584 1.00584
e
0 10 0.985928 1.0105
1 10 0.549949 0.731523
2 10 0.442878 0.759197
3 10 1.02809 1.03417
4 10 0.788445 0.793113
5 10 0.635949 0.859967
6 10 0.621666 0.895405
8 10 0.583143 0.792312
9 10 0.84096 1.03065
10 10 0.846463 1.12616
11 10 0.770278 0.924866
12 10 -2.63739e-08 0
13 10 -2.55707e-08 0
14 10 -2.7911e-08 0
15 10 0.791305 0.885393
e
0 11 1.0105 1.0105
1 11 0.731523 0.731594
2 11 0.759197 0.759208
3 11 1.03417 1.03457
4 11 0.793113 0.793143
5 11 0.859967 0.85997
6 11 0.895405 0.895429
8 11 0.792312 0.792316
9 11 1.03065 1.03065
10 11 1.12616 1.12617
11 11 0.924866 0.924871
12 11 0.931025 0.931033
13 11 0.902673 0.902681
14 11 0.943608 0.94362
15 11 0.885393 0.885407
16 11 1.00439 1.0044
17 11 1.00584 1.00585
e
0 12 -0.010504 0
1 12 0.731594 1
2 12 0.759208 1
3 12 -0.0345714 0
4 12 0.793143 1
5 12 0.85997 1
6 12 0.895429 1
8 12 0.792316 1
9 12 -0.0306531 0
10 12 -0.126166 0
11 12 0.924871 1
12 12 0.931033 1
13 12 0.902681 1
14 12 0.94362 1
15 12 0.885407 1
16 12 -0.0044003 0
17 12 -0.00584986 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.0333897:919.161]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.100169 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 100.17 ms:", \
     NaN with lines lc rgb 'white' title "  shm/copyout cross-core", \
     0.14359 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 143.59 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 306.387
1 18.7412
2 9.59334
3 4.58135
4 5.97378
5 7.95543
6 9.79958
8 8.52565
9 4.69675
10 6.56627
11 11.4542
12 3.87243
13 3.99406
14 4.87889
15 4.72404
16 3.58955
17 3.72041
e
unset multiplot
unset logscale y
set output
