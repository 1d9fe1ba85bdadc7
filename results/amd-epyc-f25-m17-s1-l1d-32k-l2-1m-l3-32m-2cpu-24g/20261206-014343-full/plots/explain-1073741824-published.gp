# explain.py: explain-1073741824-published; data inline, run `gnuplot explain-1073741824-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-published.png"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-27.036494:127.036494]
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
0 0 0 0.0133005
1 0 0 0.167112
2 0 0 0.257461
3 0 0 0.48515
4 0 0 0.433279
5 0 0 0.379327
6 0 0 0.292612
8 0 0 0.402183
9 0 0 0.557919
10 0 0 0.319508
11 0 0 0.250141
12 0 0 0.711864
13 0 0 0.669707
14 0 0 0.595769
15 0 0 0.593967
16 0 0 1.2173
17 0 0 0.922079
e
5 1 0.379327 0.849572
6 1 0.292612 0.535552
8 1 0.402183 0.900763
10 1 0.319508 0.715597
11 1 0.250141 0.560236
e
1 2 0.167112 0.167112
2 2 0.257461 0.257461
5 2 0.849572 0.924885
6 2 0.535552 0.658651
8 2 0.900763 0.980614
9 2 0.557919 0.557919
10 2 0.715597 0.779033
11 2 0.560236 0.6099
12 2 0.711864 0.711864
15 2 0.593967 0.593967
16 2 1.2173 1.2173
17 2 0.922079 0.922079
e
1 3 0.167112 0.452826
e
1 4 0.452826 0.463406
2 4 0.257461 0.285405
3 4 0.48515 0.498314
4 4 0.433279 0.445036
5 4 0.924885 0.935178
6 4 0.658651 0.68247
8 4 0.980614 0.991527
9 4 0.557919 0.588196
10 4 0.779033 0.796372
11 4 0.6099 0.616687
12 4 0.711864 0.73118
13 4 0.669707 0.687879
16 4 1.2173 1.25033
17 4 0.922079 0.958123
e
3 5 0.498314 0.634071
4 5 0.445036 0.566279
14 5 0.595769 0.762481
e
1 6 0.463406 0.485907
2 6 0.285405 0.311404
5 6 0.935178 0.973484
6 6 0.68247 0.712019
8 6 0.991527 1.01508
9 6 0.588196 0.620865
10 6 0.796372 0.840837
11 6 0.616687 0.631334
15 6 0.593967 0.628747
e
11 7 0.631334 1.01726
e
0 8 0.0133005 0.0133005
1 8 0.485907 0.485907
2 8 0.311404 0.311405
3 8 0.634071 0.634072
4 8 0.566279 0.566279
5 8 0.973484 0.9735
6 8 0.712019 0.712021
8 8 1.01508 1.01514
9 8 0.620865 0.620924
10 8 0.840837 0.841129
11 8 1.01726 1.01732
12 8 0.73118 0.731181
13 8 0.687879 0.687879
14 8 0.762481 0.762481
15 8 0.628747 0.628748
16 8 1.25033 1.25033
17 8 0.958123 0.958124
e
0 9 0.0133005 0.0136227
1 9 0.485907 0.486952
2 9 0.311405 0.31195
3 9 0.634072 0.634235
4 9 0.566279 0.56634
5 9 0.9735 0.97471
6 9 0.712021 0.716219
8 9 1.01514 1.0252
9 9 0.620924 0.634376
10 9 0.841129 0.869185
11 9 1.01732 1.03286
12 9 0.731181 0.731188
13 9 0.687879 0.687887
14 9 0.762481 0.762487
15 9 0.628748 0.65093
16 9 1.25033 1.25034
17 9 0.958124 0.958129
e
0 10 0.0136227 0.0915951
1 10 0.486952 0.667918
2 10 0.31195 0.604835
3 10 0.634235 0.638722
4 10 0.56634 0.570469
5 10 0.97471 1.08366
6 10 0.716219 0.924628
8 10 1.0252 1.14033
9 10 0.634376 0.79146
10 10 0.869185 0.966395
11 10 1.03286 1.10312
12 10 -7.7946e-09 0
13 10 -7.333e-09 0
14 10 -6.52341e-09 0
15 10 0.65093 0.736175
e
0 11 0.0915951 0.0915985
1 11 0.667918 0.667958
2 11 0.604835 0.604843
3 11 0.638722 0.638881
4 11 0.570469 0.570493
5 11 1.08366 1.08367
6 11 0.924628 0.924653
8 11 1.14033 1.14034
9 11 0.79146 0.791467
10 11 0.966395 0.966404
11 11 1.10312 1.10313
12 11 0.731188 0.731202
13 11 0.687887 0.687895
14 11 0.762487 0.762499
15 11 0.736175 0.736196
16 11 1.25034 1.25036
17 11 0.958129 0.958144
e
0 12 0.0915985 1
1 12 0.667958 1
2 12 0.604843 1
3 12 0.638881 1
4 12 0.570493 1
5 12 -0.0836676 0
6 12 0.924653 1
8 12 -0.140342 0
9 12 0.791467 1
10 12 0.966404 1
11 12 -0.103127 0
12 12 0.731202 1
13 12 0.687895 1
14 12 0.762499 1
15 12 0.736196 1
16 12 -0.250365 0
17 12 0.958144 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.0172367:698.33]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.0696575 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 69.66 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.05171 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 51.71 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 232.777
1 18.5268
2 12.0253
3 6.38162
4 7.1456
5 8.16192
6 10.5807
8 7.69808
9 5.54926
10 9.69001
11 12.3772
12 4.3492
13 4.62297
14 5.19671
15 5.21248
16 2.54336
17 3.35767
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
set yrange [-27.036494:127.036494]
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
0 0 0 0.0133005
1 0 0 0.167112
2 0 0 0.257461
3 0 0 0.48515
4 0 0 0.433279
5 0 0 0.379327
6 0 0 0.292612
8 0 0 0.402183
9 0 0 0.557919
10 0 0 0.319508
11 0 0 0.250141
12 0 0 0.711864
13 0 0 0.669707
14 0 0 0.595769
15 0 0 0.593967
16 0 0 1.2173
17 0 0 0.922079
e
5 1 0.379327 0.849572
6 1 0.292612 0.535552
8 1 0.402183 0.900763
10 1 0.319508 0.715597
11 1 0.250141 0.560236
e
1 2 0.167112 0.167112
2 2 0.257461 0.257461
5 2 0.849572 0.924885
6 2 0.535552 0.658651
8 2 0.900763 0.980614
9 2 0.557919 0.557919
10 2 0.715597 0.779033
11 2 0.560236 0.6099
12 2 0.711864 0.711864
15 2 0.593967 0.593967
16 2 1.2173 1.2173
17 2 0.922079 0.922079
e
1 3 0.167112 0.452826
e
1 4 0.452826 0.463406
2 4 0.257461 0.285405
3 4 0.48515 0.498314
4 4 0.433279 0.445036
5 4 0.924885 0.935178
6 4 0.658651 0.68247
8 4 0.980614 0.991527
9 4 0.557919 0.588196
10 4 0.779033 0.796372
11 4 0.6099 0.616687
12 4 0.711864 0.73118
13 4 0.669707 0.687879
16 4 1.2173 1.25033
17 4 0.922079 0.958123
e
3 5 0.498314 0.634071
4 5 0.445036 0.566279
14 5 0.595769 0.762481
e
1 6 0.463406 0.485907
2 6 0.285405 0.311404
5 6 0.935178 0.973484
6 6 0.68247 0.712019
8 6 0.991527 1.01508
9 6 0.588196 0.620865
10 6 0.796372 0.840837
11 6 0.616687 0.631334
15 6 0.593967 0.628747
e
11 7 0.631334 1.01726
e
0 8 0.0133005 0.0133005
1 8 0.485907 0.485907
2 8 0.311404 0.311405
3 8 0.634071 0.634072
4 8 0.566279 0.566279
5 8 0.973484 0.9735
6 8 0.712019 0.712021
8 8 1.01508 1.01514
9 8 0.620865 0.620924
10 8 0.840837 0.841129
11 8 1.01726 1.01732
12 8 0.73118 0.731181
13 8 0.687879 0.687879
14 8 0.762481 0.762481
15 8 0.628747 0.628748
16 8 1.25033 1.25033
17 8 0.958123 0.958124
e
0 9 0.0133005 0.0136227
1 9 0.485907 0.486952
2 9 0.311405 0.31195
3 9 0.634072 0.634235
4 9 0.566279 0.56634
5 9 0.9735 0.97471
6 9 0.712021 0.716219
8 9 1.01514 1.0252
9 9 0.620924 0.634376
10 9 0.841129 0.869185
11 9 1.01732 1.03286
12 9 0.731181 0.731188
13 9 0.687879 0.687887
14 9 0.762481 0.762487
15 9 0.628748 0.65093
16 9 1.25033 1.25034
17 9 0.958124 0.958129
e
0 10 0.0136227 0.0915951
1 10 0.486952 0.667918
2 10 0.31195 0.604835
3 10 0.634235 0.638722
4 10 0.56634 0.570469
5 10 0.97471 1.08366
6 10 0.716219 0.924628
8 10 1.0252 1.14033
9 10 0.634376 0.79146
10 10 0.869185 0.966395
11 10 1.03286 1.10312
12 10 -7.7946e-09 0
13 10 -7.333e-09 0
14 10 -6.52341e-09 0
15 10 0.65093 0.736175
e
0 11 0.0915951 0.0915985
1 11 0.667918 0.667958
2 11 0.604835 0.604843
3 11 0.638722 0.638881
4 11 0.570469 0.570493
5 11 1.08366 1.08367
6 11 0.924628 0.924653
8 11 1.14033 1.14034
9 11 0.79146 0.791467
10 11 0.966395 0.966404
11 11 1.10312 1.10313
12 11 0.731188 0.731202
13 11 0.687887 0.687895
14 11 0.762487 0.762499
15 11 0.736175 0.736196
16 11 1.25034 1.25036
17 11 0.958129 0.958144
e
0 12 0.0915985 1
1 12 0.667958 1
2 12 0.604843 1
3 12 0.638881 1
4 12 0.570493 1
5 12 -0.0836676 0
6 12 0.924653 1
8 12 -0.140342 0
9 12 0.791467 1
10 12 0.966404 1
11 12 -0.103127 0
12 12 0.731202 1
13 12 0.687895 1
14 12 0.762499 1
15 12 0.736196 1
16 12 -0.250365 0
17 12 0.958144 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.0172367:698.33]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.0696575 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 69.66 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.05171 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 51.71 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 232.777
1 18.5268
2 12.0253
3 6.38162
4 7.1456
5 8.16192
6 10.5807
8 7.69808
9 5.54926
10 9.69001
11 12.3772
12 4.3492
13 4.62297
14 5.19671
15 5.21248
16 2.54336
17 3.35767
e
unset multiplot
unset logscale y
set output
