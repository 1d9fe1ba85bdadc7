# explain.py: explain-8192-transport-only; data inline, run `gnuplot explain-8192-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-26.525873:126.525873]
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
0 1 0 0.414761
5 1 0 0.113761
6 1 0 0.00376398
8 1 0 0.0984245
10 1 0 0.0603787
11 1 0 0.0258651
e
0 2 0.414761 0.477215
1 2 0 0.00055837
2 2 0 0.0109138
5 2 0.113761 0.184144
6 2 0.00376398 0.00969586
7 2 0 0.00282899
8 2 0.0984245 0.159319
9 2 0 0.0285853
10 2 0.0603787 0.0977342
11 2 0.0258651 0.0418675
12 2 0 0.022605
15 2 0 0.0125942
16 2 0 0.0446324
17 2 0 0.0386443
e
1 3 0.00055837 0.0266827
e
0 4 0.477215 0.477333
1 4 0.0266827 0.0267713
2 4 0.0109138 0.0138335
3 4 0 3.84755e-05
4 4 0 0.000294764
5 4 0.184144 0.185573
6 4 0.00969586 0.0104006
7 4 0.00282899 0.00396421
8 4 0.159319 0.160555
9 4 0.0285853 0.0324088
10 4 0.0977342 0.0992516
11 4 0.0418675 0.0421925
12 4 0.022605 0.0241168
13 4 0 0.00160173
17 4 0.0386443 0.0848931
e
3 5 3.84755e-05 0.0192309
4 5 0.000294764 0.14733
14 5 0 0.36221
e
0 6 0.477333 0.478989
1 6 0.0267713 0.0289199
2 6 0.0138335 0.0445301
3 6 0.0192309 0.0221998
4 6 0.14733 0.163861
5 6 0.185573 0.246889
6 6 0.0104006 0.0203993
7 6 0.00396421 0.011893
8 6 0.160555 0.19352
9 6 0.0324088 0.0833648
10 6 0.0992516 0.132453
11 6 0.0421925 0.0508553
15 6 0.0125942 0.0350445
e
7 7 0.011893 0.503695
11 7 0.0508553 0.629985
e
0 8 0.478989 0.479158
1 8 -0.000318905 0
2 8 0.0445301 0.0460884
6 8 0.0203993 0.0224055
7 8 0.503695 0.504503
8 8 -0.0026404 0
14 8 0.36221 0.36376
15 8 0.0350445 0.0422375
e
0 9 0.479158 0.479183
2 9 -0.0161117 0
3 9 0.0221998 0.0224424
5 9 0.246889 0.249143
6 9 -0.00666715 0
7 9 0.504503 0.504801
9 9 0.0833648 0.0893933
11 9 0.629985 0.638184
13 9 0.00160173 0.0066525
14 9 0.36376 0.395816
16 9 0.0446324 0.237594
17 9 0.0848931 0.284565
e
0 10 -1.2543e-05 0
2 10 0.0460884 0.0466665
3 10 0.0224424 0.0239661
6 10 -0.00685321 -0.00666715
8 10 -0.00459946 -0.0026404
9 10 -0.00454246 0
10 10 -0.00180268 0
11 10 -0.00102965 0
12 10 -0.00359214 0
13 10 -0.00380575 0
14 10 -0.0034506 0
16 10 -0.00236417 0
e
0 11 0.479183 0.875928
1 11 0.0289199 0.974137
2 11 0.0466665 0.950711
3 11 0.0239661 0.991731
4 11 0.163861 0.954711
5 11 0.249143 0.839948
6 11 0.0224055 0.993051
7 11 0.504801 1.14384
8 11 0.19352 0.841843
9 11 0.0893933 0.914614
10 11 0.132453 0.933711
11 11 0.638184 0.989489
12 11 0.0241168 0.988091
13 11 0.0066525 0.997832
14 11 0.395816 0.932017
15 11 0.0422375 0.921075
16 11 0.237594 1.24526
17 11 0.284565 1.2237
e
0 12 0.875928 1.00001
1 12 0.974137 1.00032
2 12 0.950711 1.01611
3 12 0.991731 1
4 12 0.954711 1
5 12 0.839948 1
6 12 0.993051 1.00685
7 12 -0.143839 0
8 12 0.841843 1.0046
9 12 0.914614 1.00454
10 12 0.933711 1.0018
11 12 0.989489 1.00103
12 12 0.988091 1.00359
13 12 0.997832 1.00381
14 12 0.932017 1.00345
15 12 0.921075 1
16 12 -0.245259 -0.00236417
17 12 -0.223695 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.34967e-06:0.0141641]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00472135
1 0.00200225
2 0.000102439
3 0.00194337
4 0.000253667
5 5.2307e-05
6 0.00031828
7 0.000395194
8 6.04575e-05
9 3.9111e-05
10 9.8553e-05
11 0.000230059
12 4.9458e-05
13 4.6682e-05
14 0.000102973
15 8.8771e-05
16 2.5049e-05
17 2.89305e-05
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
set yrange [-26.525873:126.525873]
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
0 1 0 0.414761
5 1 0 0.113761
6 1 0 0.00376398
8 1 0 0.0984245
10 1 0 0.0603787
11 1 0 0.0258651
e
0 2 0.414761 0.477215
1 2 0 0.00055837
2 2 0 0.0109138
5 2 0.113761 0.184144
6 2 0.00376398 0.00969586
7 2 0 0.00282899
8 2 0.0984245 0.159319
9 2 0 0.0285853
10 2 0.0603787 0.0977342
11 2 0.0258651 0.0418675
12 2 0 0.022605
15 2 0 0.0125942
16 2 0 0.0446324
17 2 0 0.0386443
e
1 3 0.00055837 0.0266827
e
0 4 0.477215 0.477333
1 4 0.0266827 0.0267713
2 4 0.0109138 0.0138335
3 4 0 3.84755e-05
4 4 0 0.000294764
5 4 0.184144 0.185573
6 4 0.00969586 0.0104006
7 4 0.00282899 0.00396421
8 4 0.159319 0.160555
9 4 0.0285853 0.0324088
10 4 0.0977342 0.0992516
11 4 0.0418675 0.0421925
12 4 0.022605 0.0241168
13 4 0 0.00160173
17 4 0.0386443 0.0848931
e
3 5 3.84755e-05 0.0192309
4 5 0.000294764 0.14733
14 5 0 0.36221
e
0 6 0.477333 0.478989
1 6 0.0267713 0.0289199
2 6 0.0138335 0.0445301
3 6 0.0192309 0.0221998
4 6 0.14733 0.163861
5 6 0.185573 0.246889
6 6 0.0104006 0.0203993
7 6 0.00396421 0.011893
8 6 0.160555 0.19352
9 6 0.0324088 0.0833648
10 6 0.0992516 0.132453
11 6 0.0421925 0.0508553
15 6 0.0125942 0.0350445
e
7 7 0.011893 0.503695
11 7 0.0508553 0.629985
e
0 8 0.478989 0.479158
1 8 -0.000318905 0
2 8 0.0445301 0.0460884
6 8 0.0203993 0.0224055
7 8 0.503695 0.504503
8 8 -0.0026404 0
14 8 0.36221 0.36376
15 8 0.0350445 0.0422375
e
0 9 0.479158 0.479183
2 9 -0.0161117 0
3 9 0.0221998 0.0224424
5 9 0.246889 0.249143
6 9 -0.00666715 0
7 9 0.504503 0.504801
9 9 0.0833648 0.0893933
11 9 0.629985 0.638184
13 9 0.00160173 0.0066525
14 9 0.36376 0.395816
16 9 0.0446324 0.237594
17 9 0.0848931 0.284565
e
0 10 -1.2543e-05 0
2 10 0.0460884 0.0466665
3 10 0.0224424 0.0239661
6 10 -0.00685321 -0.00666715
8 10 -0.00459946 -0.0026404
9 10 -0.00454246 0
10 10 -0.00180268 0
11 10 -0.00102965 0
12 10 -0.00359214 0
13 10 -0.00380575 0
14 10 -0.0034506 0
16 10 -0.00236417 0
e
0 11 0.479183 0.875928
1 11 0.0289199 0.974137
2 11 0.0466665 0.950711
3 11 0.0239661 0.991731
4 11 0.163861 0.954711
5 11 0.249143 0.839948
6 11 0.0224055 0.993051
7 11 0.504801 1.14384
8 11 0.19352 0.841843
9 11 0.0893933 0.914614
10 11 0.132453 0.933711
11 11 0.638184 0.989489
12 11 0.0241168 0.988091
13 11 0.0066525 0.997832
14 11 0.395816 0.932017
15 11 0.0422375 0.921075
16 11 0.237594 1.24526
17 11 0.284565 1.2237
e
0 12 0.875928 1.00001
1 12 0.974137 1.00032
2 12 0.950711 1.01611
3 12 0.991731 1
4 12 0.954711 1
5 12 0.839948 1
6 12 0.993051 1.00685
7 12 -0.143839 0
8 12 0.841843 1.0046
9 12 0.914614 1.00454
10 12 0.933711 1.0018
11 12 0.989489 1.00103
12 12 0.988091 1.00359
13 12 0.997832 1.00381
14 12 0.932017 1.00345
15 12 0.921075 1
16 12 -0.245259 -0.00236417
17 12 -0.223695 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.34967e-06:0.0141641]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00472135
1 0.00200225
2 0.000102439
3 0.00194337
4 0.000253667
5 5.2307e-05
6 0.00031828
7 0.000395194
8 6.04575e-05
9 3.9111e-05
10 9.8553e-05
11 0.000230059
12 4.9458e-05
13 4.6682e-05
14 0.000102973
15 8.8771e-05
16 2.5049e-05
17 2.89305e-05
e
unset multiplot
unset logscale y
set output
