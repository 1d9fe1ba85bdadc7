# explain.py: explain-8192-transport-only; data inline, run `gnuplot explain-8192-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), transport-only pattern"
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
plot 1/0 with boxes lc rgb "#9e9e9e" fs solid 0.35 title "generation (randn)", \
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
     1/0 with boxes lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
0 1 0 0.164844
5 1 0 0.101327
6 1 0 0.00499735
8 1 0 0.142161
10 1 0 0.0566472
11 1 0 0.0423057
e
0 2 0.164844 0.264903
1 2 0 0.000645263
2 2 0 0.00725189
5 2 0.101327 0.167603
6 2 0.00499735 0.0108319
7 2 0 0.000965978
8 2 0.142161 0.235145
9 2 0 0.0241207
10 2 0.0566472 0.0936987
11 2 0.0423057 0.0699768
12 2 0 0.0249631
15 2 0 0.010181
16 2 0 0.0400702
17 2 0 0.0373256
e
1 3 0.000645263 0.0221374
e
0 4 0.264903 0.265125
1 4 0.0221374 0.0223164
2 4 0.00725189 0.0106441
3 4 0 5.60674e-05
4 4 0 0.000278261
5 4 0.167603 0.169173
6 4 0.0108319 0.0117277
7 4 0.000965978 0.00164376
8 4 0.235145 0.237348
9 4 0.0241207 0.0297621
10 4 0.0936987 0.095454
11 4 0.0699768 0.0706322
12 4 0.0249631 0.0278824
13 4 0 0.00305531
e
3 5 5.60674e-05 0.0366112
4 5 0.000278261 0.1817
14 5 0 0.425061
e
0 6 0.265125 0.269795
1 6 0.0223164 0.0288405
2 6 0.0106441 0.0642384
3 6 0.0366112 0.0382525
4 6 0.1817 0.187581
5 6 0.169173 0.270366
6 6 0.0117277 0.0308246
7 6 0.00164376 0.00875754
8 6 0.237348 0.279597
9 6 0.0297621 0.083869
10 6 0.095454 0.233885
11 6 0.0706322 0.0832052
15 6 0.010181 0.0330189
e
0 8 0.269795 0.27322
1 8 0.0288405 0.0375364
2 8 0.0642384 0.091858
3 8 0.0382525 0.0482254
4 8 0.187581 0.215465
5 8 0.270366 0.30183
6 8 0.0308246 0.0936593
7 8 0.00875754 0.0149836
8 8 0.279597 0.323741
9 8 0.083869 0.140402
10 8 0.233885 0.271264
11 8 0.0832052 0.106195
12 8 0.0278824 0.0863899
13 8 0.00305531 0.06429
14 8 0.425061 0.482227
15 8 0.0330189 0.200052
16 8 0.0400702 0.110506
17 8 0.0373256 0.102937
e
0 9 0.27322 0.279845
1 9 0.0375364 0.0543514
2 9 0.091858 0.129653
3 9 0.0482254 0.0582205
4 9 0.215465 0.240268
5 9 0.30183 0.441763
6 9 0.0936593 0.213424
7 9 0.0149836 0.0451906
8 9 0.323741 0.520066
9 9 0.140402 0.517539
10 9 0.271264 0.427724
11 9 0.106195 0.339892
12 9 0.0863899 0.346596
13 9 0.06429 0.336625
14 9 0.482227 0.569394
15 9 0.200052 0.465359
16 9 0.110506 0.319345
17 9 0.102937 0.297471
e
1 10 0.0543514 0.0617942
2 10 0.129653 0.171477
3 10 0.0582205 0.0637507
4 10 0.240268 0.267714
7 10 0.0451906 0.0507617
8 10 0.520066 0.954567
9 10 0.517539 0.795762
10 10 0.427724 0.557576
11 10 0.339892 0.436869
12 10 0.346596 0.634537
13 10 0.336625 0.788669
14 10 0.569394 0.730157
15 10 0.465359 0.524077
16 10 0.319345 0.550442
e
0 12 0.279845 1
1 12 0.0617942 1
2 12 0.171477 1
3 12 0.0637507 1
4 12 0.267714 1
5 12 0.441763 1
6 12 0.213424 1
7 12 0.0507617 1
8 12 0.954567 1
9 12 0.795762 1
10 12 0.557576 1
11 12 0.436869 1
12 12 0.634537 1
13 12 0.788669 1
14 12 0.730157 1
15 12 0.524077 1
16 12 0.550442 1
17 12 0.297471 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [4.0845e-06:0.00579465]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00193155
1 0.00076093
2 6.77065e-05
3 0.0010241
4 0.000206347
5 3.65745e-05
6 0.000192302
7 0.000508293
8 2.6069e-05
9 2.0356e-05
10 6.54225e-05
11 8.76005e-05
12 1.9669e-05
13 1.8793e-05
14 8.8072e-05
15 4.8227e-05
16 1.22535e-05
17 1.31545e-05
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-transport-only.svg"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), transport-only pattern"
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
plot 1/0 with boxes lc rgb "#9e9e9e" fs solid 0.35 title "generation (randn)", \
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
     1/0 with boxes lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
0 1 0 0.164844
5 1 0 0.101327
6 1 0 0.00499735
8 1 0 0.142161
10 1 0 0.0566472
11 1 0 0.0423057
e
0 2 0.164844 0.264903
1 2 0 0.000645263
2 2 0 0.00725189
5 2 0.101327 0.167603
6 2 0.00499735 0.0108319
7 2 0 0.000965978
8 2 0.142161 0.235145
9 2 0 0.0241207
10 2 0.0566472 0.0936987
11 2 0.0423057 0.0699768
12 2 0 0.0249631
15 2 0 0.010181
16 2 0 0.0400702
17 2 0 0.0373256
e
1 3 0.000645263 0.0221374
e
0 4 0.264903 0.265125
1 4 0.0221374 0.0223164
2 4 0.00725189 0.0106441
3 4 0 5.60674e-05
4 4 0 0.000278261
5 4 0.167603 0.169173
6 4 0.0108319 0.0117277
7 4 0.000965978 0.00164376
8 4 0.235145 0.237348
9 4 0.0241207 0.0297621
10 4 0.0936987 0.095454
11 4 0.0699768 0.0706322
12 4 0.0249631 0.0278824
13 4 0 0.00305531
e
3 5 5.60674e-05 0.0366112
4 5 0.000278261 0.1817
14 5 0 0.425061
e
0 6 0.265125 0.269795
1 6 0.0223164 0.0288405
2 6 0.0106441 0.0642384
3 6 0.0366112 0.0382525
4 6 0.1817 0.187581
5 6 0.169173 0.270366
6 6 0.0117277 0.0308246
7 6 0.00164376 0.00875754
8 6 0.237348 0.279597
9 6 0.0297621 0.083869
10 6 0.095454 0.233885
11 6 0.0706322 0.0832052
15 6 0.010181 0.0330189
e
0 8 0.269795 0.27322
1 8 0.0288405 0.0375364
2 8 0.0642384 0.091858
3 8 0.0382525 0.0482254
4 8 0.187581 0.215465
5 8 0.270366 0.30183
6 8 0.0308246 0.0936593
7 8 0.00875754 0.0149836
8 8 0.279597 0.323741
9 8 0.083869 0.140402
10 8 0.233885 0.271264
11 8 0.0832052 0.106195
12 8 0.0278824 0.0863899
13 8 0.00305531 0.06429
14 8 0.425061 0.482227
15 8 0.0330189 0.200052
16 8 0.0400702 0.110506
17 8 0.0373256 0.102937
e
0 9 0.27322 0.279845
1 9 0.0375364 0.0543514
2 9 0.091858 0.129653
3 9 0.0482254 0.0582205
4 9 0.215465 0.240268
5 9 0.30183 0.441763
6 9 0.0936593 0.213424
7 9 0.0149836 0.0451906
8 9 0.323741 0.520066
9 9 0.140402 0.517539
10 9 0.271264 0.427724
11 9 0.106195 0.339892
12 9 0.0863899 0.346596
13 9 0.06429 0.336625
14 9 0.482227 0.569394
15 9 0.200052 0.465359
16 9 0.110506 0.319345
17 9 0.102937 0.297471
e
1 10 0.0543514 0.0617942
2 10 0.129653 0.171477
3 10 0.0582205 0.0637507
4 10 0.240268 0.267714
7 10 0.0451906 0.0507617
8 10 0.520066 0.954567
9 10 0.517539 0.795762
10 10 0.427724 0.557576
11 10 0.339892 0.436869
12 10 0.346596 0.634537
13 10 0.336625 0.788669
14 10 0.569394 0.730157
15 10 0.465359 0.524077
16 10 0.319345 0.550442
e
0 12 0.279845 1
1 12 0.0617942 1
2 12 0.171477 1
3 12 0.0637507 1
4 12 0.267714 1
5 12 0.441763 1
6 12 0.213424 1
7 12 0.0507617 1
8 12 0.954567 1
9 12 0.795762 1
10 12 0.557576 1
11 12 0.436869 1
12 12 0.634537 1
13 12 0.788669 1
14 12 0.730157 1
15 12 0.524077 1
16 12 0.550442 1
17 12 0.297471 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [4.0845e-06:0.00579465]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00193155
1 0.00076093
2 6.77065e-05
3 0.0010241
4 0.000206347
5 3.65745e-05
6 0.000192302
7 0.000508293
8 2.6069e-05
9 2.0356e-05
10 6.54225e-05
11 8.76005e-05
12 1.9669e-05
13 1.8793e-05
14 8.8072e-05
15 4.8227e-05
16 1.22535e-05
17 1.31545e-05
e
unset multiplot
unset logscale y
set output
