# explain.py: explain-8192-transport-only; data inline, run `gnuplot explain-8192-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-25.003804:125.003804]
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
0 1 0 0.542296
5 1 0 0.177664
6 1 0 0.00302253
8 1 0 0.193033
10 1 0 0.0934309
11 1 0 0.0626354
e
0 2 0.542296 0.67332
1 2 0 0.000668
2 2 0 0.0111084
5 2 0.177664 0.292704
6 2 0.00302253 0.00759543
7 2 0 0.00338931
8 2 0.193033 0.318024
9 2 0 0.0300722
10 2 0.0934309 0.153929
11 2 0.0626354 0.103193
12 2 0 0.0219457
15 2 0 0.0128166
16 2 0 0.0332274
17 2 0 0.0367964
e
1 3 0.000668 0.0260572
e
0 4 0.67332 0.673453
1 4 0.0260572 0.0261491
2 4 0.0111084 0.0136854
3 4 0 2.6959e-05
4 4 0 0.000238608
5 4 0.292704 0.293825
6 4 0.00759543 0.00805266
7 4 0.00338931 0.00456871
8 4 0.318024 0.319242
9 4 0.0300722 0.0335604
10 4 0.153929 0.155108
11 4 0.103193 0.103588
12 4 0.0219457 0.0232184
13 4 0 0.00154934
17 4 0.0367964 0.0848659
e
3 5 2.6959e-05 0.0223473
4 5 0.000238608 0.197791
14 5 0 0.362453
e
0 6 0.673453 0.675397
1 6 0.0261491 0.0284831
2 6 0.0136854 0.0420556
3 6 0.0223473 0.0240173
4 6 0.197791 0.203053
5 6 0.293825 0.344175
6 6 0.00805266 0.014845
7 6 0.00456871 0.0131942
8 6 0.319242 0.363749
9 6 0.0335604 0.0972914
10 6 0.155108 0.187046
11 6 0.103588 0.11803
15 6 0.0128166 0.0399783
e
7 7 0.0131942 0.385054
11 7 0.11803 0.641246
e
0 8 -0.000105674 0
1 8 0.0284831 0.02856
2 8 0.0420556 0.0433335
3 8 0.0240173 0.0241242
6 8 0.014845 0.0175658
15 8 0.0399783 0.0458758
e
0 9 -0.000137835 -0.000105674
1 9 -0.00014032 0
3 9 -0.000341755 0
4 9 -0.000432115 0
6 9 -0.00193207 0
7 9 -0.000711957 0
11 9 0.641246 0.641962
12 9 -0.22819 0
13 9 0.00154934 0.00435518
15 9 0.0458758 0.0526064
e
8 10 -0.00176816 0
9 10 -0.00253188 0
10 10 -0.000855816 0
11 10 -0.000573733 0
12 10 -0.230038 -0.22819
13 10 -0.00224919 0
14 10 -0.000635523 0
15 10 -0.000539534 0
e
0 11 0.675397 1.16919
1 11 0.02856 0.993194
2 11 0.0433335 0.967094
3 11 0.0241242 1.00161
4 11 0.203053 1.01516
5 11 0.344175 0.971495
6 11 0.0175658 0.956367
7 11 0.385054 0.887135
8 11 0.363749 0.923266
9 11 0.0972914 0.918331
10 11 0.187046 0.993745
11 11 0.641962 1.02676
12 11 0.0232184 0.998946
13 11 0.00435518 0.994506
14 11 0.362453 1.03175
15 11 0.0526064 0.952228
16 11 0.0332274 1.08077
17 11 0.0848659 1.04567
e
0 12 -0.16919 -0.000137835
1 12 0.993194 1.00014
2 12 0.967094 1
3 12 -0.0016102 -0.000341755
4 12 -0.0151587 -0.000432115
5 12 0.971495 1
6 12 0.956367 1.00193
7 12 0.887135 1.00071
8 12 0.923266 1.00177
9 12 0.918331 1.00253
10 12 0.993745 1.00086
11 12 -0.0267573 -0.000573733
12 12 0.998946 1.23004
13 12 0.994506 1.00225
14 12 -0.031754 -0.000635523
15 12 0.952228 1.00054
16 12 -0.0807743 0
17 12 -0.0456746 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [9.74283e-06:0.010537]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00351235
1 0.00161003
2 9.68185e-05
3 0.0023137
4 0.000261412
5 5.56415e-05
6 0.00040926
7 0.000317322
8 5.12115e-05
9 3.5764e-05
10 0.000105805
11 0.000157826
12 4.90075e-05
13 4.0259e-05
14 0.000142481
15 8.3915e-05
16 3.2368e-05
17 2.92285e-05
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
set yrange [-25.003804:125.003804]
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
0 1 0 0.542296
5 1 0 0.177664
6 1 0 0.00302253
8 1 0 0.193033
10 1 0 0.0934309
11 1 0 0.0626354
e
0 2 0.542296 0.67332
1 2 0 0.000668
2 2 0 0.0111084
5 2 0.177664 0.292704
6 2 0.00302253 0.00759543
7 2 0 0.00338931
8 2 0.193033 0.318024
9 2 0 0.0300722
10 2 0.0934309 0.153929
11 2 0.0626354 0.103193
12 2 0 0.0219457
15 2 0 0.0128166
16 2 0 0.0332274
17 2 0 0.0367964
e
1 3 0.000668 0.0260572
e
0 4 0.67332 0.673453
1 4 0.0260572 0.0261491
2 4 0.0111084 0.0136854
3 4 0 2.6959e-05
4 4 0 0.000238608
5 4 0.292704 0.293825
6 4 0.00759543 0.00805266
7 4 0.00338931 0.00456871
8 4 0.318024 0.319242
9 4 0.0300722 0.0335604
10 4 0.153929 0.155108
11 4 0.103193 0.103588
12 4 0.0219457 0.0232184
13 4 0 0.00154934
17 4 0.0367964 0.0848659
e
3 5 2.6959e-05 0.0223473
4 5 0.000238608 0.197791
14 5 0 0.362453
e
0 6 0.673453 0.675397
1 6 0.0261491 0.0284831
2 6 0.0136854 0.0420556
3 6 0.0223473 0.0240173
4 6 0.197791 0.203053
5 6 0.293825 0.344175
6 6 0.00805266 0.014845
7 6 0.00456871 0.0131942
8 6 0.319242 0.363749
9 6 0.0335604 0.0972914
10 6 0.155108 0.187046
11 6 0.103588 0.11803
15 6 0.0128166 0.0399783
e
7 7 0.0131942 0.385054
11 7 0.11803 0.641246
e
0 8 -0.000105674 0
1 8 0.0284831 0.02856
2 8 0.0420556 0.0433335
3 8 0.0240173 0.0241242
6 8 0.014845 0.0175658
15 8 0.0399783 0.0458758
e
0 9 -0.000137835 -0.000105674
1 9 -0.00014032 0
3 9 -0.000341755 0
4 9 -0.000432115 0
6 9 -0.00193207 0
7 9 -0.000711957 0
11 9 0.641246 0.641962
12 9 -0.22819 0
13 9 0.00154934 0.00435518
15 9 0.0458758 0.0526064
e
8 10 -0.00176816 0
9 10 -0.00253188 0
10 10 -0.000855816 0
11 10 -0.000573733 0
12 10 -0.230038 -0.22819
13 10 -0.00224919 0
14 10 -0.000635523 0
15 10 -0.000539534 0
e
0 11 0.675397 1.16919
1 11 0.02856 0.993194
2 11 0.0433335 0.967094
3 11 0.0241242 1.00161
4 11 0.203053 1.01516
5 11 0.344175 0.971495
6 11 0.0175658 0.956367
7 11 0.385054 0.887135
8 11 0.363749 0.923266
9 11 0.0972914 0.918331
10 11 0.187046 0.993745
11 11 0.641962 1.02676
12 11 0.0232184 0.998946
13 11 0.00435518 0.994506
14 11 0.362453 1.03175
15 11 0.0526064 0.952228
16 11 0.0332274 1.08077
17 11 0.0848659 1.04567
e
0 12 -0.16919 -0.000137835
1 12 0.993194 1.00014
2 12 0.967094 1
3 12 -0.0016102 -0.000341755
4 12 -0.0151587 -0.000432115
5 12 0.971495 1
6 12 0.956367 1.00193
7 12 0.887135 1.00071
8 12 0.923266 1.00177
9 12 0.918331 1.00253
10 12 0.993745 1.00086
11 12 -0.0267573 -0.000573733
12 12 0.998946 1.23004
13 12 0.994506 1.00225
14 12 -0.031754 -0.000635523
15 12 0.952228 1.00054
16 12 -0.0807743 0
17 12 -0.0456746 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [9.74283e-06:0.010537]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00351235
1 0.00161003
2 9.68185e-05
3 0.0023137
4 0.000261412
5 5.56415e-05
6 0.00040926
7 0.000317322
8 5.12115e-05
9 3.5764e-05
10 0.000105805
11 0.000157826
12 4.90075e-05
13 4.0259e-05
14 0.000142481
15 8.3915e-05
16 3.2368e-05
17 2.92285e-05
e
unset multiplot
unset logscale y
set output
