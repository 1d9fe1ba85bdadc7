# explain.py: explain-1204224-transport-only; data inline, run `gnuplot explain-1204224-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-20.375214:120.375214]
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
0 1 0 0.635051
5 1 0 0.075746
6 1 0 0.036088
8 1 0 0.068774
10 1 0 0.058877
11 1 0 0.0354992
e
0 2 0.635051 0.783672
1 2 0 6.29619e-05
2 2 0 0.000361354
5 2 0.075746 0.107929
6 2 0.036088 0.0717511
7 2 0 0.000110734
8 2 0.068774 0.0979946
9 2 0 0.000611044
10 2 0.058877 0.0838925
11 2 0.0354992 0.0505821
12 2 0 0.00570957
15 2 0 0.00213595
16 2 0 0.0275162
17 2 0 0.00616599
e
1 3 6.29619e-05 0.546945
e
0 4 0.783672 0.785679
1 4 0.546945 0.559662
2 4 0.000361354 0.125463
3 4 0 0.0176143
4 4 0 0.0323478
5 4 0.107929 0.133334
6 4 0.0717511 0.111978
7 4 0.000110734 0.0576156
8 4 0.0979946 0.121062
9 4 0.000611044 0.106384
10 4 0.0838925 0.123388
11 4 0.0505821 0.0624887
12 4 0.00570957 0.499877
13 4 0 0.531533
17 4 0.00616599 0.356821
e
3 5 0.0176143 0.216171
4 5 0.0323478 0.396988
14 5 0 0.629923
e
0 6 0.785679 0.787599
1 6 0.559662 0.595922
2 6 0.125463 0.281516
3 6 0.216171 0.217754
4 6 0.396988 0.399415
5 6 0.133334 0.260116
6 6 0.111978 0.17889
7 6 0.0576156 0.105435
8 6 0.121062 0.200095
9 6 0.106384 0.287585
10 6 0.123388 0.283049
11 6 0.0624887 0.103283
15 6 0.00213595 0.635538
e
7 7 0.105435 0.295852
11 7 0.103283 0.690044
e
0 8 0.787599 0.787739
1 8 0.595922 0.598343
2 8 0.281516 0.286512
3 8 -0.000180365 0
5 8 0.260116 0.260532
6 8 0.17889 0.179165
7 8 0.295852 0.302408
8 8 0.200095 0.200662
9 8 0.287585 0.288018
10 8 0.283049 0.283777
11 8 0.690044 0.690215
15 8 0.635538 0.649547
e
1 9 0.598343 0.598384
2 9 0.286512 0.286718
3 9 -0.000845436 -0.000180365
4 9 0.399415 0.399521
5 9 0.260532 0.26291
6 9 -0.00046227 0
7 9 0.302408 0.309315
8 9 0.200662 0.206569
9 9 0.288018 0.309636
10 9 0.283777 0.326309
11 9 0.690215 0.694183
12 9 0.499877 0.531515
13 9 0.531533 0.618791
14 9 0.629923 0.630198
15 9 0.649547 0.797951
16 9 -0.183752 0
17 9 0.356821 0.39975
e
0 10 0.787739 0.79262
1 10 0.598384 0.670675
2 10 0.286718 0.590663
3 10 0.217754 0.223598
4 10 0.399521 0.409687
5 10 0.26291 0.674191
6 10 0.179165 0.4835
7 10 0.309315 0.515362
8 10 0.206569 0.672735
9 10 0.309636 0.823547
10 10 0.326309 0.621751
11 10 0.694183 0.88179
12 10 -0.000518253 0
13 10 -0.00055744 0
14 10 -7.814e-05 0
15 10 -6.46262e-05 0
e
0 11 0.79262 0.796857
1 11 0.670675 0.807029
2 11 0.590663 0.650183
3 11 0.223598 0.770803
4 11 0.409687 0.516204
5 11 0.674191 0.685128
6 11 0.4835 0.555329
7 11 0.515362 0.556042
8 11 0.672735 0.687291
9 11 0.823547 0.84931
10 11 0.621751 0.638554
11 11 0.88179 0.895917
12 11 0.531515 0.803806
13 11 0.618791 0.917547
14 11 0.630198 0.711919
15 11 0.797951 1.0102
16 11 0.0275162 0.965139
17 11 0.39975 0.668255
e
0 12 0.796857 1
1 12 0.807029 1
2 12 0.650183 1
3 12 0.770803 1.00085
4 12 0.516204 1
5 12 0.685128 1
6 12 0.555329 1.00046
7 12 0.556042 1
8 12 0.687291 1
9 12 0.84931 1
10 12 0.638554 1
11 12 0.895917 1
12 12 0.803806 1.00052
13 12 0.917547 1.00056
14 12 0.711919 1.00008
15 12 -0.0101987 -6.46262e-05
16 12 0.965139 1.18375
17 12 0.668255 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [7.87417e-06:0.985751]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     8.2895e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 82.9 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     6.82183e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 68.2 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 0.328584
1 0.0103237
2 0.00179879
3 0.00319389
4 0.00173916
5 0.00221441
6 0.0041955
7 0.0058699
8 0.00243889
9 0.00106375
10 0.00284886
11 0.00472496
12 0.000113844
13 0.000105841
14 0.00100674
15 0.000304314
16 2.36225e-05
17 0.000105417
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-transport-only.svg"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-20.375214:120.375214]
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
0 1 0 0.635051
5 1 0 0.075746
6 1 0 0.036088
8 1 0 0.068774
10 1 0 0.058877
11 1 0 0.0354992
e
0 2 0.635051 0.783672
1 2 0 6.29619e-05
2 2 0 0.000361354
5 2 0.075746 0.107929
6 2 0.036088 0.0717511
7 2 0 0.000110734
8 2 0.068774 0.0979946
9 2 0 0.000611044
10 2 0.058877 0.0838925
11 2 0.0354992 0.0505821
12 2 0 0.00570957
15 2 0 0.00213595
16 2 0 0.0275162
17 2 0 0.00616599
e
1 3 6.29619e-05 0.546945
e
0 4 0.783672 0.785679
1 4 0.546945 0.559662
2 4 0.000361354 0.125463
3 4 0 0.0176143
4 4 0 0.0323478
5 4 0.107929 0.133334
6 4 0.0717511 0.111978
7 4 0.000110734 0.0576156
8 4 0.0979946 0.121062
9 4 0.000611044 0.106384
10 4 0.0838925 0.123388
11 4 0.0505821 0.0624887
12 4 0.00570957 0.499877
13 4 0 0.531533
17 4 0.00616599 0.356821
e
3 5 0.0176143 0.216171
4 5 0.0323478 0.396988
14 5 0 0.629923
e
0 6 0.785679 0.787599
1 6 0.559662 0.595922
2 6 0.125463 0.281516
3 6 0.216171 0.217754
4 6 0.396988 0.399415
5 6 0.133334 0.260116
6 6 0.111978 0.17889
7 6 0.0576156 0.105435
8 6 0.121062 0.200095
9 6 0.106384 0.287585
10 6 0.123388 0.283049
11 6 0.0624887 0.103283
15 6 0.00213595 0.635538
e
7 7 0.105435 0.295852
11 7 0.103283 0.690044
e
0 8 0.787599 0.787739
1 8 0.595922 0.598343
2 8 0.281516 0.286512
3 8 -0.000180365 0
5 8 0.260116 0.260532
6 8 0.17889 0.179165
7 8 0.295852 0.302408
8 8 0.200095 0.200662
9 8 0.287585 0.288018
10 8 0.283049 0.283777
11 8 0.690044 0.690215
15 8 0.635538 0.649547
e
1 9 0.598343 0.598384
2 9 0.286512 0.286718
3 9 -0.000845436 -0.000180365
4 9 0.399415 0.399521
5 9 0.260532 0.26291
6 9 -0.00046227 0
7 9 0.302408 0.309315
8 9 0.200662 0.206569
9 9 0.288018 0.309636
10 9 0.283777 0.326309
11 9 0.690215 0.694183
12 9 0.499877 0.531515
13 9 0.531533 0.618791
14 9 0.629923 0.630198
15 9 0.649547 0.797951
16 9 -0.183752 0
17 9 0.356821 0.39975
e
0 10 0.787739 0.79262
1 10 0.598384 0.670675
2 10 0.286718 0.590663
3 10 0.217754 0.223598
4 10 0.399521 0.409687
5 10 0.26291 0.674191
6 10 0.179165 0.4835
7 10 0.309315 0.515362
8 10 0.206569 0.672735
9 10 0.309636 0.823547
10 10 0.326309 0.621751
11 10 0.694183 0.88179
12 10 -0.000518253 0
13 10 -0.00055744 0
14 10 -7.814e-05 0
15 10 -6.46262e-05 0
e
0 11 0.79262 0.796857
1 11 0.670675 0.807029
2 11 0.590663 0.650183
3 11 0.223598 0.770803
4 11 0.409687 0.516204
5 11 0.674191 0.685128
6 11 0.4835 0.555329
7 11 0.515362 0.556042
8 11 0.672735 0.687291
9 11 0.823547 0.84931
10 11 0.621751 0.638554
11 11 0.88179 0.895917
12 11 0.531515 0.803806
13 11 0.618791 0.917547
14 11 0.630198 0.711919
15 11 0.797951 1.0102
16 11 0.0275162 0.965139
17 11 0.39975 0.668255
e
0 12 0.796857 1
1 12 0.807029 1
2 12 0.650183 1
3 12 0.770803 1.00085
4 12 0.516204 1
5 12 0.685128 1
6 12 0.555329 1.00046
7 12 0.556042 1
8 12 0.687291 1
9 12 0.84931 1
10 12 0.638554 1
11 12 0.895917 1
12 12 0.803806 1.00052
13 12 0.917547 1.00056
14 12 0.711919 1.00008
15 12 -0.0101987 -6.46262e-05
16 12 0.965139 1.18375
17 12 0.668255 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [7.87417e-06:0.985751]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     8.2895e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 82.9 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     6.82183e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 68.2 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 0.328584
1 0.0103237
2 0.00179879
3 0.00319389
4 0.00173916
5 0.00221441
6 0.0041955
7 0.0058699
8 0.00243889
9 0.00106375
10 0.00284886
11 0.00472496
12 0.000113844
13 0.000105841
14 0.00100674
15 0.000304314
16 2.36225e-05
17 0.000105417
e
unset multiplot
unset logscale y
set output
