# explain.py: explain-38535168-transport-only; data inline, run `gnuplot explain-38535168-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-59.213400:159.213400]
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
0 1 0 0.527922
5 1 0 0.420891
6 1 0 0.231028
8 1 0 0.514849
10 1 0 0.352709
11 1 0 0.245855
e
0 2 0.527922 0.698481
1 2 0 3.23522e-06
2 2 0 1.19041e-05
5 2 0.420891 0.634983
6 2 0.231028 0.455998
7 2 0 6.23274e-06
8 2 0.514849 0.776733
9 2 0 2.44754e-05
10 2 0.352709 0.532118
11 2 0.245855 0.370912
12 2 0 0.000209042
15 2 0 5.44154e-05
16 2 0 0.0452835
17 2 0 0.000226235
e
1 3 3.23522e-06 0.780085
e
0 4 0.698481 0.702415
1 4 0.780085 0.817539
2 4 1.19041e-05 0.230317
3 4 0 0.095416
4 4 0 0.100561
5 4 0.634983 0.678313
6 4 0.455998 0.524578
7 4 6.23274e-06 0.18088
8 4 0.776733 0.829735
9 4 2.44754e-05 0.236783
10 4 0.532118 0.60474
11 4 0.370912 0.396222
12 4 0.000209042 1.01128
13 4 0 1.56154
17 4 0.000226235 0.391553
e
3 5 0.095416 0.682807
4 5 0.100561 0.719627
14 5 0 1.03174
e
0 6 0.702415 0.704981
1 6 0.817539 0.860197
2 6 0.230317 0.342536
3 6 0.682807 0.682889
4 6 0.719627 0.71969
5 6 0.678313 0.762766
6 6 0.524578 0.569134
7 6 0.18088 0.239636
8 6 0.829735 0.910212
9 6 0.236783 0.416525
10 6 0.60474 0.760517
11 6 0.396222 0.434652
15 6 5.44154e-05 0.39967
e
7 7 0.239636 0.424538
11 7 0.434652 0.900229
e
0 8 0.704981 0.705171
1 8 0.860197 0.862638
2 8 0.342536 0.34602
3 8 -4.42101e-06 0
4 8 0.71969 0.719704
5 8 0.762766 0.762837
6 8 0.569134 0.569281
7 8 0.424538 0.431823
8 8 0.910212 0.910364
9 8 0.416525 0.416561
10 8 0.760517 0.762324
11 8 0.900229 0.900289
15 8 0.39967 0.404054
e
0 9 0.705171 0.705226
1 9 0.862638 0.86293
2 9 0.34602 0.346056
3 9 0.682889 0.682959
5 9 0.762837 0.763366
6 9 0.569281 0.570805
7 9 0.431823 0.43318
8 9 0.910364 0.913182
9 9 0.416561 0.433539
10 9 0.762324 0.782425
11 9 0.900289 0.90587
14 9 -1.88722e-05 0
15 9 0.404054 0.43963
e
0 10 0.705226 0.733124
1 10 0.86293 1.04221
2 10 0.346056 0.872636
3 10 0.682959 0.71805
4 10 0.719704 0.739491
5 10 0.763366 1.01784
6 10 0.570805 0.870767
7 10 0.43318 0.7985
8 10 -7.09461e-07 0
9 10 0.433539 1.19835
10 10 0.782425 1.00661
11 10 0.90587 1.06568
12 10 -1.35335e-05 0
13 10 -2.09019e-05 0
14 10 -2.11156e-05 -1.88722e-05
15 10 0.43963 1.24972
e
0 11 0.733124 0.733229
1 11 1.04221 1.04689
2 11 0.872636 0.873538
3 11 0.71805 0.746349
4 11 0.739491 0.743096
5 11 1.01784 1.0181
6 11 0.870767 0.871891
7 11 0.7985 0.799468
8 11 0.913182 0.913543
9 11 1.19835 1.19896
10 11 1.00661 1.00705
11 11 1.06568 1.0661
12 11 1.01128 1.01819
13 11 1.56154 1.57213
14 11 1.03174 1.03355
15 11 1.24972 1.25304
16 11 0.0452835 0.980818
17 11 0.391553 0.397054
e
0 12 0.733229 1
1 12 -0.046885 0
2 12 0.873538 1
3 12 0.746349 1
4 12 0.743096 1
5 12 -0.0180968 0
6 12 0.871891 1
7 12 0.799468 1
8 12 0.913543 1
9 12 -0.198962 0
10 12 -0.00705319 0
11 12 -0.066103 0
12 12 -0.0181853 -1.35335e-05
13 12 -0.572134 -2.09019e-05
14 12 -0.0335456 -2.11156e-05
15 12 -0.253037 0
16 12 0.980818 1
17 12 0.397054 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [9.39267e-06:36.2277]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00376703 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 3.77 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream unpinned", \
     0.0057971 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 5.80 ms:", \
     NaN with lines lc rgb 'white' title "  memfd/pooled-touch unpinned"
0 12.0759
1 0.394409
2 0.10719
3 0.0646807
4 0.0613714
5 0.142432
6 0.269974
7 0.204725
8 0.116439
9 0.052134
10 0.169966
11 0.243837
12 0.00610402
13 0.00395224
14 0.0368239
15 0.0234492
16 2.8178e-05
17 0.00564016
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-transport-only.svg"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-59.213400:159.213400]
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
0 1 0 0.527922
5 1 0 0.420891
6 1 0 0.231028
8 1 0 0.514849
10 1 0 0.352709
11 1 0 0.245855
e
0 2 0.527922 0.698481
1 2 0 3.23522e-06
2 2 0 1.19041e-05
5 2 0.420891 0.634983
6 2 0.231028 0.455998
7 2 0 6.23274e-06
8 2 0.514849 0.776733
9 2 0 2.44754e-05
10 2 0.352709 0.532118
11 2 0.245855 0.370912
12 2 0 0.000209042
15 2 0 5.44154e-05
16 2 0 0.0452835
17 2 0 0.000226235
e
1 3 3.23522e-06 0.780085
e
0 4 0.698481 0.702415
1 4 0.780085 0.817539
2 4 1.19041e-05 0.230317
3 4 0 0.095416
4 4 0 0.100561
5 4 0.634983 0.678313
6 4 0.455998 0.524578
7 4 6.23274e-06 0.18088
8 4 0.776733 0.829735
9 4 2.44754e-05 0.236783
10 4 0.532118 0.60474
11 4 0.370912 0.396222
12 4 0.000209042 1.01128
13 4 0 1.56154
17 4 0.000226235 0.391553
e
3 5 0.095416 0.682807
4 5 0.100561 0.719627
14 5 0 1.03174
e
0 6 0.702415 0.704981
1 6 0.817539 0.860197
2 6 0.230317 0.342536
3 6 0.682807 0.682889
4 6 0.719627 0.71969
5 6 0.678313 0.762766
6 6 0.524578 0.569134
7 6 0.18088 0.239636
8 6 0.829735 0.910212
9 6 0.236783 0.416525
10 6 0.60474 0.760517
11 6 0.396222 0.434652
15 6 5.44154e-05 0.39967
e
7 7 0.239636 0.424538
11 7 0.434652 0.900229
e
0 8 0.704981 0.705171
1 8 0.860197 0.862638
2 8 0.342536 0.34602
3 8 -4.42101e-06 0
4 8 0.71969 0.719704
5 8 0.762766 0.762837
6 8 0.569134 0.569281
7 8 0.424538 0.431823
8 8 0.910212 0.910364
9 8 0.416525 0.416561
10 8 0.760517 0.762324
11 8 0.900229 0.900289
15 8 0.39967 0.404054
e
0 9 0.705171 0.705226
1 9 0.862638 0.86293
2 9 0.34602 0.346056
3 9 0.682889 0.682959
5 9 0.762837 0.763366
6 9 0.569281 0.570805
7 9 0.431823 0.43318
8 9 0.910364 0.913182
9 9 0.416561 0.433539
10 9 0.762324 0.782425
11 9 0.900289 0.90587
14 9 -1.88722e-05 0
15 9 0.404054 0.43963
e
0 10 0.705226 0.733124
1 10 0.86293 1.04221
2 10 0.346056 0.872636
3 10 0.682959 0.71805
4 10 0.719704 0.739491
5 10 0.763366 1.01784
6 10 0.570805 0.870767
7 10 0.43318 0.7985
8 10 -7.09461e-07 0
9 10 0.433539 1.19835
10 10 0.782425 1.00661
11 10 0.90587 1.06568
12 10 -1.35335e-05 0
13 10 -2.09019e-05 0
14 10 -2.11156e-05 -1.88722e-05
15 10 0.43963 1.24972
e
0 11 0.733124 0.733229
1 11 1.04221 1.04689
2 11 0.872636 0.873538
3 11 0.71805 0.746349
4 11 0.739491 0.743096
5 11 1.01784 1.0181
6 11 0.870767 0.871891
7 11 0.7985 0.799468
8 11 0.913182 0.913543
9 11 1.19835 1.19896
10 11 1.00661 1.00705
11 11 1.06568 1.0661
12 11 1.01128 1.01819
13 11 1.56154 1.57213
14 11 1.03174 1.03355
15 11 1.24972 1.25304
16 11 0.0452835 0.980818
17 11 0.391553 0.397054
e
0 12 0.733229 1
1 12 -0.046885 0
2 12 0.873538 1
3 12 0.746349 1
4 12 0.743096 1
5 12 -0.0180968 0
6 12 0.871891 1
7 12 0.799468 1
8 12 0.913543 1
9 12 -0.198962 0
10 12 -0.00705319 0
11 12 -0.066103 0
12 12 -0.0181853 -1.35335e-05
13 12 -0.572134 -2.09019e-05
14 12 -0.0335456 -2.11156e-05
15 12 -0.253037 0
16 12 0.980818 1
17 12 0.397054 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [9.39267e-06:36.2277]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00376703 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 3.77 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream unpinned", \
     0.0057971 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 5.80 ms:", \
     NaN with lines lc rgb 'white' title "  memfd/pooled-touch unpinned"
0 12.0759
1 0.394409
2 0.10719
3 0.0646807
4 0.0613714
5 0.142432
6 0.269974
7 0.204725
8 0.116439
9 0.052134
10 0.169966
11 0.243837
12 0.00610402
13 0.00395224
14 0.0368239
15 0.0234492
16 2.8178e-05
17 0.00564016
e
unset multiplot
unset logscale y
set output
