# explain.py: explain-38535168-published; data inline, run `gnuplot explain-38535168-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-published.png"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-47.662560:147.662560]
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
0 0 0 0.0139114
1 0 0 0.205936
2 0 0 0.503802
3 0 0 0.914798
4 0 0 1.03834
5 0 0 0.567438
6 0 0 0.42056
7 0 0 0.324279
8 0 0 0.546175
9 0 0 0.792672
10 0 0 0.469483
11 0 0 0.369387
12 0 0 1.40039
13 0 0 1.28331
14 0 0 1.06112
15 0 0 0.846833
16 0 0 1.30325
17 0 0 0.936051
e
0 1 0.0139114 0.587348
5 1 0.567438 0.787386
6 1 0.42056 0.590164
8 1 0.546175 0.757882
10 1 0.469483 0.651463
11 1 0.369387 0.512568
e
0 2 0.587348 0.772611
1 2 0.205936 0.205938
2 2 0.503802 0.503806
5 2 0.787386 0.899266
6 2 0.590164 0.755321
7 2 0.324279 0.324282
8 2 0.757882 0.865569
9 2 0.792672 0.792679
10 2 0.651463 0.744029
11 2 0.512568 0.585398
12 2 1.40039 1.40041
15 2 0.846833 0.84684
16 2 1.30325 1.30326
17 2 0.936051 0.936059
e
1 3 0.205938 0.615617
e
0 4 0.772611 0.776885
1 4 0.615617 0.635287
2 4 0.503806 0.584221
3 4 0.914798 0.951302
4 4 1.03834 1.07978
5 4 0.899266 0.921909
6 4 0.755321 0.805668
7 4 0.324282 0.401922
8 4 0.865569 0.887363
9 4 0.792679 0.855941
10 4 0.744029 0.781498
11 4 0.585398 0.600138
12 4 1.40041 1.45629
13 4 1.28331 1.33452
16 4 1.30326 1.35527
17 4 0.936059 0.98677
e
3 5 0.951302 1.17603
4 5 1.07978 1.33485
14 5 1.06112 1.32179
e
0 6 0.776885 0.779671
1 6 0.635287 0.657689
2 6 0.584221 0.623405
3 6 1.17603 1.17606
4 6 1.33485 1.33488
5 6 0.921909 0.966042
6 6 0.805668 0.838377
7 6 0.401922 0.427144
8 6 0.887363 0.920456
9 6 0.855941 0.903968
10 6 0.781498 0.861871
11 6 0.600138 0.622519
15 6 0.84684 0.898148
e
7 7 0.427144 0.506514
11 7 0.622519 0.893661
e
0 8 0.779671 0.779879
1 8 0.657689 0.658971
2 8 0.623405 0.624622
3 8 -1.6914e-06 0
4 8 1.33488 1.33488
5 8 0.966042 0.96608
6 8 0.838377 0.838486
7 8 0.506514 0.509641
8 8 0.920456 0.920518
9 8 0.903968 0.903978
10 8 0.861871 0.862803
11 8 0.893661 0.893696
15 8 0.898148 0.898711
e
0 9 0.779879 0.779937
1 9 0.658971 0.659125
2 9 0.624622 0.624634
3 9 1.17606 1.17609
5 9 0.96608 0.966356
6 9 0.838486 0.839605
7 9 0.509641 0.510223
8 9 0.920518 0.921677
9 9 0.903978 0.908514
10 9 0.862803 0.873174
11 9 0.893696 0.896946
14 9 -4.76807e-06 0
15 9 0.898711 0.903279
e
0 10 0.779937 0.810241
1 10 0.659125 0.753278
2 10 0.624634 0.8085
3 10 1.17609 1.18951
4 10 1.33488 1.34304
5 10 0.966356 1.09934
6 10 0.839605 1.05982
7 10 0.510223 0.667038
8 10 -2.91732e-07 0
9 10 0.908514 1.11287
10 10 0.873174 0.98884
11 10 0.896946 0.990018
12 10 -7.48001e-07 0
13 10 -6.85463e-07 0
14 10 -5.33485e-06 -4.76807e-06
15 10 0.903279 1.00729
e
0 11 0.810241 0.81037
1 11 0.753278 0.756084
2 11 0.8085 0.808747
3 11 1.18951 1.20059
4 11 1.34304 1.34429
5 11 1.09934 1.09955
6 11 1.05982 1.06112
7 11 0.667038 0.668044
8 11 0.921677 0.921831
9 11 1.11287 1.11306
10 11 0.98884 0.989114
11 11 0.990018 0.990318
12 11 1.45629 1.45663
13 11 1.33452 1.33485
14 11 1.32179 1.32216
15 11 1.00729 1.00767
16 11 1.35527 1.35551
17 11 0.98677 0.986954
e
0 12 0.81037 1
1 12 0.756084 1
2 12 0.808747 1
3 12 -0.200592 -1.6914e-06
4 12 -0.344294 0
5 12 -0.0995481 0
6 12 -0.0611164 0
7 12 0.668044 1
8 12 0.921831 1
9 12 -0.113057 0
10 12 0.989114 1
11 12 0.990318 1
12 12 -0.456626 -7.48001e-07
13 12 -0.334847 -6.85463e-07
14 12 -0.322161 -5.33485e-06
15 12 -0.0076746 0
16 12 -0.355512 0
17 12 0.986954 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.00125568:33.3523]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00376703 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 3.77 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream unpinned", \
     0.0057971 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 5.80 ms:", \
     NaN with lines lc rgb 'white' title "  memfd/pooled-touch unpinned"
0 11.1174
1 0.751005
2 0.306984
3 0.169064
4 0.148948
5 0.272557
6 0.367747
7 0.476933
8 0.283168
9 0.195111
10 0.329425
11 0.418692
12 0.11044
13 0.120516
14 0.145751
15 0.182633
16 0.118672
17 0.165225
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-published.svg"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-47.662560:147.662560]
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
0 0 0 0.0139114
1 0 0 0.205936
2 0 0 0.503802
3 0 0 0.914798
4 0 0 1.03834
5 0 0 0.567438
6 0 0 0.42056
7 0 0 0.324279
8 0 0 0.546175
9 0 0 0.792672
10 0 0 0.469483
11 0 0 0.369387
12 0 0 1.40039
13 0 0 1.28331
14 0 0 1.06112
15 0 0 0.846833
16 0 0 1.30325
17 0 0 0.936051
e
0 1 0.0139114 0.587348
5 1 0.567438 0.787386
6 1 0.42056 0.590164
8 1 0.546175 0.757882
10 1 0.469483 0.651463
11 1 0.369387 0.512568
e
0 2 0.587348 0.772611
1 2 0.205936 0.205938
2 2 0.503802 0.503806
5 2 0.787386 0.899266
6 2 0.590164 0.755321
7 2 0.324279 0.324282
8 2 0.757882 0.865569
9 2 0.792672 0.792679
10 2 0.651463 0.744029
11 2 0.512568 0.585398
12 2 1.40039 1.40041
15 2 0.846833 0.84684
16 2 1.30325 1.30326
17 2 0.936051 0.936059
e
1 3 0.205938 0.615617
e
0 4 0.772611 0.776885
1 4 0.615617 0.635287
2 4 0.503806 0.584221
3 4 0.914798 0.951302
4 4 1.03834 1.07978
5 4 0.899266 0.921909
6 4 0.755321 0.805668
7 4 0.324282 0.401922
8 4 0.865569 0.887363
9 4 0.792679 0.855941
10 4 0.744029 0.781498
11 4 0.585398 0.600138
12 4 1.40041 1.45629
13 4 1.28331 1.33452
16 4 1.30326 1.35527
17 4 0.936059 0.98677
e
3 5 0.951302 1.17603
4 5 1.07978 1.33485
14 5 1.06112 1.32179
e
0 6 0.776885 0.779671
1 6 0.635287 0.657689
2 6 0.584221 0.623405
3 6 1.17603 1.17606
4 6 1.33485 1.33488
5 6 0.921909 0.966042
6 6 0.805668 0.838377
7 6 0.401922 0.427144
8 6 0.887363 0.920456
9 6 0.855941 0.903968
10 6 0.781498 0.861871
11 6 0.600138 0.622519
15 6 0.84684 0.898148
e
7 7 0.427144 0.506514
11 7 0.622519 0.893661
e
0 8 0.779671 0.779879
1 8 0.657689 0.658971
2 8 0.623405 0.624622
3 8 -1.6914e-06 0
4 8 1.33488 1.33488
5 8 0.966042 0.96608
6 8 0.838377 0.838486
7 8 0.506514 0.509641
8 8 0.920456 0.920518
9 8 0.903968 0.903978
10 8 0.861871 0.862803
11 8 0.893661 0.893696
15 8 0.898148 0.898711
e
0 9 0.779879 0.779937
1 9 0.658971 0.659125
2 9 0.624622 0.624634
3 9 1.17606 1.17609
5 9 0.96608 0.966356
6 9 0.838486 0.839605
7 9 0.509641 0.510223
8 9 0.920518 0.921677
9 9 0.903978 0.908514
10 9 0.862803 0.873174
11 9 0.893696 0.896946
14 9 -4.76807e-06 0
15 9 0.898711 0.903279
e
0 10 0.779937 0.810241
1 10 0.659125 0.753278
2 10 0.624634 0.8085
3 10 1.17609 1.18951
4 10 1.33488 1.34304
5 10 0.966356 1.09934
6 10 0.839605 1.05982
7 10 0.510223 0.667038
8 10 -2.91732e-07 0
9 10 0.908514 1.11287
10 10 0.873174 0.98884
11 10 0.896946 0.990018
12 10 -7.48001e-07 0
13 10 -6.85463e-07 0
14 10 -5.33485e-06 -4.76807e-06
15 10 0.903279 1.00729
e
0 11 0.810241 0.81037
1 11 0.753278 0.756084
2 11 0.8085 0.808747
3 11 1.18951 1.20059
4 11 1.34304 1.34429
5 11 1.09934 1.09955
6 11 1.05982 1.06112
7 11 0.667038 0.668044
8 11 0.921677 0.921831
9 11 1.11287 1.11306
10 11 0.98884 0.989114
11 11 0.990018 0.990318
12 11 1.45629 1.45663
13 11 1.33452 1.33485
14 11 1.32179 1.32216
15 11 1.00729 1.00767
16 11 1.35527 1.35551
17 11 0.98677 0.986954
e
0 12 0.81037 1
1 12 0.756084 1
2 12 0.808747 1
3 12 -0.200592 -1.6914e-06
4 12 -0.344294 0
5 12 -0.0995481 0
6 12 -0.0611164 0
7 12 0.668044 1
8 12 0.921831 1
9 12 -0.113057 0
10 12 0.989114 1
11 12 0.990318 1
12 12 -0.456626 -7.48001e-07
13 12 -0.334847 -6.85463e-07
14 12 -0.322161 -5.33485e-06
15 12 -0.0076746 0
16 12 -0.355512 0
17 12 0.986954 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.00125568:33.3523]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00376703 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 3.77 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream unpinned", \
     0.0057971 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 5.80 ms:", \
     NaN with lines lc rgb 'white' title "  memfd/pooled-touch unpinned"
0 11.1174
1 0.751005
2 0.306984
3 0.169064
4 0.148948
5 0.272557
6 0.367747
7 0.476933
8 0.283168
9 0.195111
10 0.329425
11 0.418692
12 0.11044
13 0.120516
14 0.145751
15 0.182633
16 0.118672
17 0.165225
e
unset multiplot
unset logscale y
set output
