# explain.py: explain-64-published; data inline, run `gnuplot explain-64-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-64-published.png"
set multiplot layout 2,1 title "Where the time goes at 64 B (64 B), published pattern"
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
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#8c564b" fs solid 0.5 title "broker / extra hop", \
     1/0 with boxes lc rgb "#bcbd22" fs pattern 6 title "system calls", \
     1/0 with boxes lc rgb "#ff7f0e" fs pattern 7 title "wake-ups", \
     1/0 with boxes lc rgb "#e377c2" fs pattern 3 title "page faults", \
     1/0 with boxes lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
0 0 0 0.00092851
1 0 0 0.000812809
2 0 0 0.01642
3 0 0 0.000708829
4 0 0 0.0058876
5 0 0 0.0257795
6 0 0 0.00404257
7 0 0 0.00422021
8 0 0 0.0264617
9 0 0 0.0415363
10 0 0 0.0156359
11 0 0 0.00661158
12 0 0 0.0306356
13 0 0 0.0300918
14 0 0 0.013451
15 0 0 0.0165388
16 0 0 0.0453008
17 0 0 0.0426522
e
0 1 0.00092851 0.0143327
5 1 0.0257795 0.166715
6 1 0.00404257 0.00876647
8 1 0.0264617 0.171127
10 1 0.0156359 0.101117
11 1 0.00661158 0.0427568
e
0 2 0.0143327 0.0179283
1 2 0.000812809 0.00148379
2 2 0.01642 0.029975
5 2 0.166715 0.264253
6 2 0.00876647 0.0147515
7 2 0.00422021 0.00770405
8 2 0.171127 0.271245
9 2 0.0415363 0.075825
10 2 0.101117 0.160276
11 2 0.0427568 0.067772
12 2 0.0306356 0.0559257
15 2 0.0165388 0.0301917
16 2 0.0453008 0.0826971
17 2 0.0426522 0.0778621
e
1 3 0.00148379 0.00236456
e
0 4 0.0179283 0.0179609
1 4 0.00236456 0.00237677
2 4 0.029975 0.0302909
3 4 0.000708829 0.000712238
4 4 0.0058876 0.00591591
5 4 0.264253 0.264377
6 4 0.0147515 0.0148098
7 4 0.00770405 0.00782582
8 4 0.271245 0.271373
9 4 0.075825 0.0762245
10 4 0.160276 0.160426
11 4 0.067772 0.0678038
12 4 0.0559257 0.056073
13 4 0.0300918 0.0302365
16 4 0.0826971 0.082915
17 4 0.0778621 0.133433
e
3 5 0.000712238 0.0211624
4 5 0.00591591 0.175777
14 5 0.013451 0.401522
e
0 6 0.0179609 0.0227158
1 6 0.00237677 0.00600323
2 6 0.0302909 0.0935778
3 6 0.0211624 0.023842
4 6 0.175777 0.19133
5 6 0.264377 0.335768
6 6 0.0148098 0.0232506
7 6 0.00782582 0.0195225
8 6 0.271373 0.293107
9 6 0.0762245 0.110341
10 6 0.160426 0.165771
11 6 0.0678038 0.0732343
15 6 0.0301917 0.0437761
e
7 7 0.0195225 0.369255
11 7 0.0732343 0.570425
e
0 12 0.0227158 1
1 12 0.00600323 1
2 12 0.0935778 1
3 12 0.023842 1
4 12 0.19133 1
5 12 0.335768 1
6 12 0.0232506 1
7 12 0.369255 1
8 12 0.293107 1
9 12 0.110341 1
10 12 0.165771 1
11 12 0.570425 1
12 12 0.056073 1
13 12 0.0302365 1
14 12 0.401522 1
15 12 0.0437761 1
16 12 0.082915 1
17 12 0.133433 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.8649e-08:0.00640352]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     5.5947e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 56 ns:", \
     NaN with lines lc rgb 'white' title "  shm/spin same-cpu", \
     2.38159e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 238 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 0.00162949
1 0.00186145
2 9.21435e-05
3 0.00213451
4 0.000256981
5 5.869e-05
6 0.000374267
7 0.000358513
8 5.7177e-05
9 3.6426e-05
10 9.67645e-05
11 0.000228841
12 4.9387e-05
13 5.02795e-05
14 0.000112482
15 9.1482e-05
16 3.3399e-05
17 3.5473e-05
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-64-published.svg"
set multiplot layout 2,1 title "Where the time goes at 64 B (64 B), published pattern"
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
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#8c564b" fs solid 0.5 title "broker / extra hop", \
     1/0 with boxes lc rgb "#bcbd22" fs pattern 6 title "system calls", \
     1/0 with boxes lc rgb "#ff7f0e" fs pattern 7 title "wake-ups", \
     1/0 with boxes lc rgb "#e377c2" fs pattern 3 title "page faults", \
     1/0 with boxes lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
0 0 0 0.00092851
1 0 0 0.000812809
2 0 0 0.01642
3 0 0 0.000708829
4 0 0 0.0058876
5 0 0 0.0257795
6 0 0 0.00404257
7 0 0 0.00422021
8 0 0 0.0264617
9 0 0 0.0415363
10 0 0 0.0156359
11 0 0 0.00661158
12 0 0 0.0306356
13 0 0 0.0300918
14 0 0 0.013451
15 0 0 0.0165388
16 0 0 0.0453008
17 0 0 0.0426522
e
0 1 0.00092851 0.0143327
5 1 0.0257795 0.166715
6 1 0.00404257 0.00876647
8 1 0.0264617 0.171127
10 1 0.0156359 0.101117
11 1 0.00661158 0.0427568
e
0 2 0.0143327 0.0179283
1 2 0.000812809 0.00148379
2 2 0.01642 0.029975
5 2 0.166715 0.264253
6 2 0.00876647 0.0147515
7 2 0.00422021 0.00770405
8 2 0.171127 0.271245
9 2 0.0415363 0.075825
10 2 0.101117 0.160276
11 2 0.0427568 0.067772
12 2 0.0306356 0.0559257
15 2 0.0165388 0.0301917
16 2 0.0453008 0.0826971
17 2 0.0426522 0.0778621
e
1 3 0.00148379 0.00236456
e
0 4 0.0179283 0.0179609
1 4 0.00236456 0.00237677
2 4 0.029975 0.0302909
3 4 0.000708829 0.000712238
4 4 0.0058876 0.00591591
5 4 0.264253 0.264377
6 4 0.0147515 0.0148098
7 4 0.00770405 0.00782582
8 4 0.271245 0.271373
9 4 0.075825 0.0762245
10 4 0.160276 0.160426
11 4 0.067772 0.0678038
12 4 0.0559257 0.056073
13 4 0.0300918 0.0302365
16 4 0.0826971 0.082915
17 4 0.0778621 0.133433
e
3 5 0.000712238 0.0211624
4 5 0.00591591 0.175777
14 5 0.013451 0.401522
e
0 6 0.0179609 0.0227158
1 6 0.00237677 0.00600323
2 6 0.0302909 0.0935778
3 6 0.0211624 0.023842
4 6 0.175777 0.19133
5 6 0.264377 0.335768
6 6 0.0148098 0.0232506
7 6 0.00782582 0.0195225
8 6 0.271373 0.293107
9 6 0.0762245 0.110341
10 6 0.160426 0.165771
11 6 0.0678038 0.0732343
15 6 0.0301917 0.0437761
e
7 7 0.0195225 0.369255
11 7 0.0732343 0.570425
e
0 12 0.0227158 1
1 12 0.00600323 1
2 12 0.0935778 1
3 12 0.023842 1
4 12 0.19133 1
5 12 0.335768 1
6 12 0.0232506 1
7 12 0.369255 1
8 12 0.293107 1
9 12 0.110341 1
10 12 0.165771 1
11 12 0.570425 1
12 12 0.056073 1
13 12 0.0302365 1
14 12 0.401522 1
15 12 0.0437761 1
16 12 0.082915 1
17 12 0.133433 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.8649e-08:0.00640352]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     5.5947e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 56 ns:", \
     NaN with lines lc rgb 'white' title "  shm/spin same-cpu", \
     2.38159e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 238 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 0.00162949
1 0.00186145
2 9.21435e-05
3 0.00213451
4 0.000256981
5 5.869e-05
6 0.000374267
7 0.000358513
8 5.7177e-05
9 3.6426e-05
10 9.67645e-05
11 0.000228841
12 4.9387e-05
13 5.02795e-05
14 0.000112482
15 9.1482e-05
16 3.3399e-05
17 3.5473e-05
e
unset multiplot
unset logscale y
set output
