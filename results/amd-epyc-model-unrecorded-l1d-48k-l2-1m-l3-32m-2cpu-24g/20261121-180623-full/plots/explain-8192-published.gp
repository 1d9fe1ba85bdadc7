# explain.py: explain-8192-published; data inline, run `gnuplot explain-8192-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-published.png"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-58.377127:158.377127]
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
0 0 0 0.00905752
1 0 0 0.0284809
2 0 0 0.207508
3 0 0 0.0212807
4 0 0 0.0862665
5 0 0 0.265376
6 0 0 0.074865
7 0 0 0.0491268
8 0 0 0.253051
9 0 0 0.23541
10 0 0 0.241346
11 0 0 0.0771508
12 0 0 0.294697
13 0 0 0.294479
14 0 0 0.0997092
15 0 0 0.216589
16 0 0 0.329503
17 0 0 0.291681
e
0 1 0.00905752 0.370417
5 1 0.265376 0.314224
6 1 0.074865 0.0784792
8 1 0.253051 0.29963
10 1 0.241346 0.28577
11 1 0.0771508 0.091352
e
0 2 0.370417 0.458848
1 2 0.0284809 0.0292038
2 2 0.207508 0.212774
5 2 0.314224 0.346738
6 2 0.0784792 0.0827395
7 2 0.0491268 0.0503737
8 2 0.29963 0.330634
9 2 0.23541 0.241385
10 2 0.28577 0.31534
11 2 0.091352 0.100804
12 2 0.294697 0.302177
15 2 0.216589 0.222087
16 2 0.329503 0.337866
17 2 0.291681 0.299085
e
1 3 0.0292038 0.0520822
e
0 4 0.458848 0.459043
1 4 0.0520822 0.0522765
2 4 0.212774 0.215161
3 4 0.0212807 0.0213419
4 4 0.0862665 0.0865145
5 4 0.346738 0.3475
6 4 0.0827395 0.0833852
7 4 0.0503737 0.0512211
8 4 0.330634 0.331361
9 4 0.241385 0.242739
10 4 0.31534 0.316727
11 4 0.100804 0.101026
12 4 0.302177 0.303024
13 4 0.294479 0.295325
16 4 0.337866 0.338814
17 4 0.299085 0.315056
e
3 5 0.0213419 0.0725002
4 5 0.0865145 0.293897
14 5 0.0997092 0.339408
e
0 6 0.459043 0.462526
1 6 0.0522765 0.0583054
2 6 0.215161 0.247268
3 6 0.0725002 0.0799516
4 6 0.293897 0.315412
5 6 0.3475 0.389381
6 6 0.0833852 0.0951084
7 6 0.0512211 0.0587956
8 6 0.331361 0.358013
9 6 0.242739 0.267533
10 6 0.316727 0.353265
11 6 0.101026 0.109152
15 6 0.222087 0.244898
e
7 7 0.0587956 0.474174
11 7 0.109152 0.323494
e
0 8 0.462526 0.462659
1 8 0.0583054 0.0585149
2 8 0.247268 0.248794
3 8 0.0799516 0.0807344
5 8 0.389381 0.391333
6 8 0.0951084 0.105022
7 8 0.474174 0.474897
8 8 0.358013 0.359874
10 8 0.353265 0.356816
15 8 0.244898 0.251271
e
0 9 0.462659 0.464239
1 9 -0.00413974 0
2 9 0.248794 0.254827
3 9 -0.00371181 0
6 9 0.105022 0.662167
7 9 0.474897 0.547732
8 9 0.359874 0.492287
9 9 0.267533 0.335967
10 9 0.356816 0.805839
11 9 -0.210823 0
12 9 0.303024 0.345858
13 9 0.295325 0.312446
14 9 0.339408 0.342307
15 9 0.251271 0.440161
e
0 10 -5.36444e-05 0
1 10 -0.00422408 -0.00413974
2 10 0.254827 0.255441
5 10 -0.000785863 0
6 10 -0.000443398 0
8 10 -0.00299746 0
9 10 -0.00209137 0
10 10 -0.0014294 0
11 10 -0.211508 -0.210823
12 10 -0.00261807 0
13 10 -0.00261613 0
14 10 -0.00147635 0
15 10 -0.000641389 0
e
0 11 0.464239 0.954855
1 11 0.0585149 0.992901
2 11 0.255441 1.00572
3 11 0.0807344 1.01265
4 11 0.315412 1.03006
5 11 0.391333 1.04411
6 11 0.662167 1.56377
7 11 0.547732 1.08926
8 11 0.492287 1.01373
9 11 0.335967 0.959852
10 11 0.805839 1.52505
11 11 0.323494 0.732535
12 11 0.345858 0.915736
13 11 0.312446 0.89777
14 11 0.342307 1.01991
15 11 0.440161 1.22297
16 11 0.338814 1.09091
17 11 0.315056 1.08114
e
0 12 0.954855 1.00005
1 12 0.992901 1.00422
2 12 -0.00571847 0
3 12 -0.0126489 -0.00371181
4 12 -0.0300562 0
5 12 -0.0441131 -0.000785863
6 12 -0.563771 -0.000443398
7 12 -0.089264 0
8 12 -0.0137325 -0.00299746
9 12 0.959852 1.00209
10 12 -0.525048 -0.0014294
11 12 0.732535 1.21151
12 12 0.915736 1.00262
13 12 0.89777 1.00262
14 12 -0.0199082 -0.00147635
15 12 -0.222972 -0.000641389
16 12 -0.0909117 0
17 12 -0.0811429 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.9928e-05:0.00652464]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00217488
1 0.000691657
2 9.49315e-05
3 0.000925675
4 0.000228351
5 7.42305e-05
6 0.000263127
7 0.000400983
8 7.7846e-05
9 8.36795e-05
10 8.16215e-05
11 0.000255331
12 6.6845e-05
13 6.68945e-05
14 0.000197565
15 9.0951e-05
16 5.9784e-05
17 6.7536e-05
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
set yrange [-58.377127:158.377127]
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
0 0 0 0.00905752
1 0 0 0.0284809
2 0 0 0.207508
3 0 0 0.0212807
4 0 0 0.0862665
5 0 0 0.265376
6 0 0 0.074865
7 0 0 0.0491268
8 0 0 0.253051
9 0 0 0.23541
10 0 0 0.241346
11 0 0 0.0771508
12 0 0 0.294697
13 0 0 0.294479
14 0 0 0.0997092
15 0 0 0.216589
16 0 0 0.329503
17 0 0 0.291681
e
0 1 0.00905752 0.370417
5 1 0.265376 0.314224
6 1 0.074865 0.0784792
8 1 0.253051 0.29963
10 1 0.241346 0.28577
11 1 0.0771508 0.091352
e
0 2 0.370417 0.458848
1 2 0.0284809 0.0292038
2 2 0.207508 0.212774
5 2 0.314224 0.346738
6 2 0.0784792 0.0827395
7 2 0.0491268 0.0503737
8 2 0.29963 0.330634
9 2 0.23541 0.241385
10 2 0.28577 0.31534
11 2 0.091352 0.100804
12 2 0.294697 0.302177
15 2 0.216589 0.222087
16 2 0.329503 0.337866
17 2 0.291681 0.299085
e
1 3 0.0292038 0.0520822
e
0 4 0.458848 0.459043
1 4 0.0520822 0.0522765
2 4 0.212774 0.215161
3 4 0.0212807 0.0213419
4 4 0.0862665 0.0865145
5 4 0.346738 0.3475
6 4 0.0827395 0.0833852
7 4 0.0503737 0.0512211
8 4 0.330634 0.331361
9 4 0.241385 0.242739
10 4 0.31534 0.316727
11 4 0.100804 0.101026
12 4 0.302177 0.303024
13 4 0.294479 0.295325
16 4 0.337866 0.338814
17 4 0.299085 0.315056
e
3 5 0.0213419 0.0725002
4 5 0.0865145 0.293897
14 5 0.0997092 0.339408
e
0 6 0.459043 0.462526
1 6 0.0522765 0.0583054
2 6 0.215161 0.247268
3 6 0.0725002 0.0799516
4 6 0.293897 0.315412
5 6 0.3475 0.389381
6 6 0.0833852 0.0951084
7 6 0.0512211 0.0587956
8 6 0.331361 0.358013
9 6 0.242739 0.267533
10 6 0.316727 0.353265
11 6 0.101026 0.109152
15 6 0.222087 0.244898
e
7 7 0.0587956 0.474174
11 7 0.109152 0.323494
e
0 8 0.462526 0.462659
1 8 0.0583054 0.0585149
2 8 0.247268 0.248794
3 8 0.0799516 0.0807344
5 8 0.389381 0.391333
6 8 0.0951084 0.105022
7 8 0.474174 0.474897
8 8 0.358013 0.359874
10 8 0.353265 0.356816
15 8 0.244898 0.251271
e
0 9 0.462659 0.464239
1 9 -0.00413974 0
2 9 0.248794 0.254827
3 9 -0.00371181 0
6 9 0.105022 0.662167
7 9 0.474897 0.547732
8 9 0.359874 0.492287
9 9 0.267533 0.335967
10 9 0.356816 0.805839
11 9 -0.210823 0
12 9 0.303024 0.345858
13 9 0.295325 0.312446
14 9 0.339408 0.342307
15 9 0.251271 0.440161
e
0 10 -5.36444e-05 0
1 10 -0.00422408 -0.00413974
2 10 0.254827 0.255441
5 10 -0.000785863 0
6 10 -0.000443398 0
8 10 -0.00299746 0
9 10 -0.00209137 0
10 10 -0.0014294 0
11 10 -0.211508 -0.210823
12 10 -0.00261807 0
13 10 -0.00261613 0
14 10 -0.00147635 0
15 10 -0.000641389 0
e
0 11 0.464239 0.954855
1 11 0.0585149 0.992901
2 11 0.255441 1.00572
3 11 0.0807344 1.01265
4 11 0.315412 1.03006
5 11 0.391333 1.04411
6 11 0.662167 1.56377
7 11 0.547732 1.08926
8 11 0.492287 1.01373
9 11 0.335967 0.959852
10 11 0.805839 1.52505
11 11 0.323494 0.732535
12 11 0.345858 0.915736
13 11 0.312446 0.89777
14 11 0.342307 1.01991
15 11 0.440161 1.22297
16 11 0.338814 1.09091
17 11 0.315056 1.08114
e
0 12 0.954855 1.00005
1 12 0.992901 1.00422
2 12 -0.00571847 0
3 12 -0.0126489 -0.00371181
4 12 -0.0300562 0
5 12 -0.0441131 -0.000785863
6 12 -0.563771 -0.000443398
7 12 -0.089264 0
8 12 -0.0137325 -0.00299746
9 12 0.959852 1.00209
10 12 -0.525048 -0.0014294
11 12 0.732535 1.21151
12 12 0.915736 1.00262
13 12 0.89777 1.00262
14 12 -0.0199082 -0.00147635
15 12 -0.222972 -0.000641389
16 12 -0.0909117 0
17 12 -0.0811429 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.9928e-05:0.00652464]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00217488
1 0.000691657
2 9.49315e-05
3 0.000925675
4 0.000228351
5 7.42305e-05
6 0.000263127
7 0.000400983
8 7.7846e-05
9 8.36795e-05
10 8.16215e-05
11 0.000255331
12 6.6845e-05
13 6.68945e-05
14 0.000197565
15 9.0951e-05
16 5.9784e-05
17 6.7536e-05
e
unset multiplot
unset logscale y
set output
