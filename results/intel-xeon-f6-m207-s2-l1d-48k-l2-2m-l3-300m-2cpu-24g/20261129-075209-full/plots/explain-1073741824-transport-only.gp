# explain.py: explain-1073741824-transport-only; data inline, run `gnuplot explain-1073741824-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-46.990191:146.990191]
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
5 1 0 0.676941
6 1 0 0.317985
8 1 0 0.622595
10 1 0 0.656132
11 1 0 0.301761
e
1 2 0 8.27416e-08
2 2 0 2.27181e-07
5 2 0.676941 0.885785
6 2 0.317985 0.52181
8 2 0.622595 0.814672
9 2 0 9.74685e-07
10 2 0.656132 0.858556
11 2 0.301761 0.394858
12 2 0 1.33912e-05
15 2 0 1.8876e-06
16 2 0 0.0487775
17 2 0 1.00353e-05
e
1 3 8.27416e-08 0.521176
e
1 4 0.521176 0.542109
2 4 2.27181e-07 0.0729398
3 4 0 0.0810431
4 4 0 0.0752306
5 4 0.885785 0.916383
6 4 0.52181 0.570744
8 4 0.814672 0.842814
9 4 9.74685e-07 0.156469
10 4 0.858556 0.917871
11 4 0.394858 0.408497
12 4 1.33912e-05 1.07487
13 4 0 1.05335
17 4 1.00353e-05 0.821198
e
3 5 0.0810431 0.66177
4 5 0.0752306 0.614307
14 5 0 0.934765
e
1 6 0.542109 0.568146
2 6 0.0729398 0.126557
5 6 0.916383 1.00635
6 6 0.570744 0.618704
8 6 0.842814 0.910725
9 6 0.156469 0.345265
10 6 0.917871 1.10021
11 6 0.408497 0.441413
15 6 1.8876e-06 0.365628
e
11 7 0.441413 1.01224
e
1 8 0.568146 0.568147
2 8 0.126557 0.126557
3 8 0.66177 0.661772
4 8 0.614307 0.614309
5 8 1.00635 1.00639
6 8 0.618704 0.618706
8 8 0.910725 0.910731
9 8 0.345265 0.345287
10 8 1.10021 1.10084
11 8 1.01224 1.01225
12 8 1.07487 1.07489
13 8 1.05335 1.05337
14 8 0.934765 0.934767
15 8 0.365628 0.365636
16 8 0.0487775 0.127591
17 8 0.821198 0.821214
e
1 9 0.568147 0.568952
2 9 0.126557 0.126918
3 9 0.661772 0.66183
4 9 0.614309 0.614328
5 9 1.00639 1.0071
6 9 0.618706 0.622175
8 9 0.910731 0.916735
9 9 0.345287 0.362597
10 9 1.10084 1.12613
11 9 1.01225 1.01821
15 9 0.365636 0.400158
e
1 10 0.568952 0.828746
2 10 0.126918 0.773919
3 10 0.66183 0.687961
4 10 0.614328 0.638586
5 10 1.0071 1.32258
6 10 0.622175 0.95969
8 10 0.916735 1.20629
9 10 0.362597 1.15752
10 10 1.12613 1.44988
11 10 1.01821 1.15853
12 10 -8.46111e-07 0
13 10 -8.29182e-07 0
14 10 -1.02689e-07 0
15 10 0.400158 1.17873
e
1 11 0.828746 0.828856
2 11 0.773919 0.773935
3 11 0.687961 0.689293
4 11 0.638586 0.638736
5 11 1.32258 1.32259
6 11 0.95969 0.959735
8 11 1.20629 1.2063
9 11 1.15752 1.15755
10 11 1.44988 1.4499
11 11 1.15853 1.15854
12 11 1.07489 1.0753
13 11 1.05337 1.05377
14 11 0.934767 0.934845
15 11 1.17873 1.17884
16 11 0.127591 1.05433
17 11 0.821214 0.821438
e
1 12 0.828856 1
2 12 0.773935 1
3 12 0.689293 1
4 12 0.638736 1
5 12 -0.322588 0
6 12 0.959735 1
8 12 -0.206301 0
9 12 -0.157547 0
10 12 -0.449902 0
11 12 -0.158538 0
12 12 -0.0753 -8.46111e-07
13 12 -0.0537701 -8.29182e-07
14 12 0.934845 1
15 12 -0.178837 0
16 12 -0.0543277 0
17 12 0.821438 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [9.48183e-06:50.3072]
unset grid
set grid ytics mytics
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.14331 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 143.31 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.146541 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 146.54 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
1 16.7691
2 6.10747
3 1.3742
4 1.48037
5 3.63975
6 6.82777
8 3.95747
9 1.42354
10 3.75518
11 8.16506
12 0.103613
13 0.105728
14 0.853726
15 0.735061
16 2.84455e-05
17 0.138262
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-transport-only.svg"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-46.990191:146.990191]
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
5 1 0 0.676941
6 1 0 0.317985
8 1 0 0.622595
10 1 0 0.656132
11 1 0 0.301761
e
1 2 0 8.27416e-08
2 2 0 2.27181e-07
5 2 0.676941 0.885785
6 2 0.317985 0.52181
8 2 0.622595 0.814672
9 2 0 9.74685e-07
10 2 0.656132 0.858556
11 2 0.301761 0.394858
12 2 0 1.33912e-05
15 2 0 1.8876e-06
16 2 0 0.0487775
17 2 0 1.00353e-05
e
1 3 8.27416e-08 0.521176
e
1 4 0.521176 0.542109
2 4 2.27181e-07 0.0729398
3 4 0 0.0810431
4 4 0 0.0752306
5 4 0.885785 0.916383
6 4 0.52181 0.570744
8 4 0.814672 0.842814
9 4 9.74685e-07 0.156469
10 4 0.858556 0.917871
11 4 0.394858 0.408497
12 4 1.33912e-05 1.07487
13 4 0 1.05335
17 4 1.00353e-05 0.821198
e
3 5 0.0810431 0.66177
4 5 0.0752306 0.614307
14 5 0 0.934765
e
1 6 0.542109 0.568146
2 6 0.0729398 0.126557
5 6 0.916383 1.00635
6 6 0.570744 0.618704
8 6 0.842814 0.910725
9 6 0.156469 0.345265
10 6 0.917871 1.10021
11 6 0.408497 0.441413
15 6 1.8876e-06 0.365628
e
11 7 0.441413 1.01224
e
1 8 0.568146 0.568147
2 8 0.126557 0.126557
3 8 0.66177 0.661772
4 8 0.614307 0.614309
5 8 1.00635 1.00639
6 8 0.618704 0.618706
8 8 0.910725 0.910731
9 8 0.345265 0.345287
10 8 1.10021 1.10084
11 8 1.01224 1.01225
12 8 1.07487 1.07489
13 8 1.05335 1.05337
14 8 0.934765 0.934767
15 8 0.365628 0.365636
16 8 0.0487775 0.127591
17 8 0.821198 0.821214
e
1 9 0.568147 0.568952
2 9 0.126557 0.126918
3 9 0.661772 0.66183
4 9 0.614309 0.614328
5 9 1.00639 1.0071
6 9 0.618706 0.622175
8 9 0.910731 0.916735
9 9 0.345287 0.362597
10 9 1.10084 1.12613
11 9 1.01225 1.01821
15 9 0.365636 0.400158
e
1 10 0.568952 0.828746
2 10 0.126918 0.773919
3 10 0.66183 0.687961
4 10 0.614328 0.638586
5 10 1.0071 1.32258
6 10 0.622175 0.95969
8 10 0.916735 1.20629
9 10 0.362597 1.15752
10 10 1.12613 1.44988
11 10 1.01821 1.15853
12 10 -8.46111e-07 0
13 10 -8.29182e-07 0
14 10 -1.02689e-07 0
15 10 0.400158 1.17873
e
1 11 0.828746 0.828856
2 11 0.773919 0.773935
3 11 0.687961 0.689293
4 11 0.638586 0.638736
5 11 1.32258 1.32259
6 11 0.95969 0.959735
8 11 1.20629 1.2063
9 11 1.15752 1.15755
10 11 1.44988 1.4499
11 11 1.15853 1.15854
12 11 1.07489 1.0753
13 11 1.05337 1.05377
14 11 0.934767 0.934845
15 11 1.17873 1.17884
16 11 0.127591 1.05433
17 11 0.821214 0.821438
e
1 12 0.828856 1
2 12 0.773935 1
3 12 0.689293 1
4 12 0.638736 1
5 12 -0.322588 0
6 12 0.959735 1
8 12 -0.206301 0
9 12 -0.157547 0
10 12 -0.449902 0
11 12 -0.158538 0
12 12 -0.0753 -8.46111e-07
13 12 -0.0537701 -8.29182e-07
14 12 0.934845 1
15 12 -0.178837 0
16 12 -0.0543277 0
17 12 0.821438 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [9.48183e-06:50.3072]
unset grid
set grid ytics mytics
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.14331 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 143.31 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.146541 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 146.54 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
1 16.7691
2 6.10747
3 1.3742
4 1.48037
5 3.63975
6 6.82777
8 3.95747
9 1.42354
10 3.75518
11 8.16506
12 0.103613
13 0.105728
14 0.853726
15 0.735061
16 2.84455e-05
17 0.138262
e
unset multiplot
unset logscale y
set output
