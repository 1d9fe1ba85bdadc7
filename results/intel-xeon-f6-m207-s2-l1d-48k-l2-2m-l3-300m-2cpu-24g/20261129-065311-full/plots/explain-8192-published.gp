# explain.py: explain-8192-published; data inline, run `gnuplot explain-8192-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-published.png"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-28.500591:128.500591]
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
0 0 0 0.00167096
1 0 0 0.0115632
2 0 0 0.160637
3 0 0 0.009389
4 0 0 0.063444
5 0 0 0.235235
6 0 0 0.0780262
7 0 0 0.054358
8 0 0 0.216664
9 0 0 0.357466
10 0 0 0.180985
11 0 0 0.0732686
12 0 0 0.284735
13 0 0 0.340374
14 0 0 0.16402
15 0 0 0.176116
16 0 0 0.455703
17 0 0 0.314071
e
0 1 0.00167096 0.100953
5 1 0.235235 0.296031
6 1 0.0780262 0.0825109
8 1 0.216664 0.27266
10 1 0.180985 0.227759
11 1 0.0732686 0.0922047
e
0 2 0.100953 0.12727
1 2 0.0115632 0.0119213
2 2 0.160637 0.165612
5 2 0.296031 0.335393
6 2 0.0825109 0.0877372
7 2 0.054358 0.0560412
8 2 0.27266 0.308915
9 2 0.357466 0.368535
10 2 0.227759 0.258044
11 2 0.0922047 0.104465
12 2 0.284735 0.293552
15 2 0.176116 0.18157
16 2 0.455703 0.469815
17 2 0.314071 0.323797
e
1 3 0.0119213 0.0305348
e
0 4 0.12727 0.127315
1 4 0.0305348 0.0306341
2 4 0.165612 0.167938
3 4 0.009389 0.009423
4 4 0.063444 0.0636737
5 4 0.335393 0.336244
6 4 0.0877372 0.0885847
7 4 0.0560412 0.0572221
8 4 0.308915 0.3097
9 4 0.368535 0.371124
10 4 0.258044 0.259354
11 4 0.104465 0.10473
12 4 0.293552 0.294583
13 4 0.340374 0.341606
16 4 0.469815 0.471465
17 4 0.323797 0.345948
e
3 5 0.009423 0.0283355
4 5 0.0636737 0.191471
14 5 0.16402 0.494408
e
0 6 0.127315 0.127932
1 6 0.0306341 0.0329842
2 6 0.167938 0.191802
3 6 0.0283355 0.0302702
4 6 0.191471 0.198683
5 6 0.336244 0.371888
6 6 0.0885847 0.100316
7 6 0.0572221 0.065269
8 6 0.3097 0.334687
9 6 0.371124 0.41235
10 6 0.259354 0.286554
11 6 0.10473 0.11318
15 6 0.18157 0.201881
e
7 7 0.065269 0.819594
11 7 0.11318 0.524067
e
0 8 0.127932 0.128061
1 8 0.0329842 0.033176
2 8 0.191802 0.19269
4 8 -0.000350732 0
6 8 -0.00129403 0
7 8 0.819594 0.820195
10 8 -0.0100052 0
12 8 -0.00157407 0
15 8 0.201881 0.205776
e
2 9 -0.00559823 0
3 9 0.0302702 0.0307376
6 9 0.100316 0.120904
8 9 0.334687 0.442555
12 9 -0.00299165 -0.00157407
13 9 0.341606 0.343301
14 9 0.494408 0.500941
15 9 0.205776 0.218928
e
6 10 0.120904 0.123352
8 10 -0.00156839 0
9 10 -0.00086254 0
10 10 -0.0104419 -0.0100052
11 10 -0.000353584 0
12 10 -0.00367869 -0.00299165
13 10 -0.0016426 0
14 10 -0.000791536 0
e
0 11 0.128061 0.979476
1 11 0.033176 0.998233
2 11 0.19269 0.937961
3 11 0.0307376 0.993406
4 11 0.198683 0.990391
5 11 0.371888 0.905243
6 11 0.123352 0.971671
7 11 0.820195 1.26501
8 11 0.442555 0.962954
9 11 0.41235 0.965722
10 11 0.286554 0.943114
11 11 0.524067 0.950061
12 11 0.294583 0.87798
13 11 0.343301 1.00879
14 11 0.500941 1.0374
15 11 0.218928 0.885758
16 11 0.471465 1.03351
17 11 0.345948 0.84057
e
0 12 0.979476 1
1 12 0.998233 1
2 12 0.937961 1.0056
3 12 0.993406 1
4 12 0.990391 1.00035
5 12 0.905243 1
6 12 0.971671 1.00129
7 12 -0.265006 0
8 12 0.962954 1.00157
9 12 0.965722 1.00086
10 12 0.943114 1.01044
11 12 0.950061 1.00035
12 12 0.87798 1.00368
13 12 -0.00879284 -0.0016426
14 12 -0.0374034 -0.000791536
15 12 0.885758 1
16 12 -0.0335075 0
17 12 0.84057 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.47753e-05:0.0362657]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.0120886
1 0.00174688
2 0.000125746
3 0.0021514
4 0.000318383
5 8.58695e-05
6 0.000258881
7 0.000371602
8 9.32295e-05
9 5.65075e-05
10 0.000111609
11 0.000275691
12 7.09415e-05
13 5.9345e-05
14 0.000123153
15 0.000114694
16 4.4326e-05
17 6.4315e-05
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
set yrange [-28.500591:128.500591]
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
0 0 0 0.00167096
1 0 0 0.0115632
2 0 0 0.160637
3 0 0 0.009389
4 0 0 0.063444
5 0 0 0.235235
6 0 0 0.0780262
7 0 0 0.054358
8 0 0 0.216664
9 0 0 0.357466
10 0 0 0.180985
11 0 0 0.0732686
12 0 0 0.284735
13 0 0 0.340374
14 0 0 0.16402
15 0 0 0.176116
16 0 0 0.455703
17 0 0 0.314071
e
0 1 0.00167096 0.100953
5 1 0.235235 0.296031
6 1 0.0780262 0.0825109
8 1 0.216664 0.27266
10 1 0.180985 0.227759
11 1 0.0732686 0.0922047
e
0 2 0.100953 0.12727
1 2 0.0115632 0.0119213
2 2 0.160637 0.165612
5 2 0.296031 0.335393
6 2 0.0825109 0.0877372
7 2 0.054358 0.0560412
8 2 0.27266 0.308915
9 2 0.357466 0.368535
10 2 0.227759 0.258044
11 2 0.0922047 0.104465
12 2 0.284735 0.293552
15 2 0.176116 0.18157
16 2 0.455703 0.469815
17 2 0.314071 0.323797
e
1 3 0.0119213 0.0305348
e
0 4 0.12727 0.127315
1 4 0.0305348 0.0306341
2 4 0.165612 0.167938
3 4 0.009389 0.009423
4 4 0.063444 0.0636737
5 4 0.335393 0.336244
6 4 0.0877372 0.0885847
7 4 0.0560412 0.0572221
8 4 0.308915 0.3097
9 4 0.368535 0.371124
10 4 0.258044 0.259354
11 4 0.104465 0.10473
12 4 0.293552 0.294583
13 4 0.340374 0.341606
16 4 0.469815 0.471465
17 4 0.323797 0.345948
e
3 5 0.009423 0.0283355
4 5 0.0636737 0.191471
14 5 0.16402 0.494408
e
0 6 0.127315 0.127932
1 6 0.0306341 0.0329842
2 6 0.167938 0.191802
3 6 0.0283355 0.0302702
4 6 0.191471 0.198683
5 6 0.336244 0.371888
6 6 0.0885847 0.100316
7 6 0.0572221 0.065269
8 6 0.3097 0.334687
9 6 0.371124 0.41235
10 6 0.259354 0.286554
11 6 0.10473 0.11318
15 6 0.18157 0.201881
e
7 7 0.065269 0.819594
11 7 0.11318 0.524067
e
0 8 0.127932 0.128061
1 8 0.0329842 0.033176
2 8 0.191802 0.19269
4 8 -0.000350732 0
6 8 -0.00129403 0
7 8 0.819594 0.820195
10 8 -0.0100052 0
12 8 -0.00157407 0
15 8 0.201881 0.205776
e
2 9 -0.00559823 0
3 9 0.0302702 0.0307376
6 9 0.100316 0.120904
8 9 0.334687 0.442555
12 9 -0.00299165 -0.00157407
13 9 0.341606 0.343301
14 9 0.494408 0.500941
15 9 0.205776 0.218928
e
6 10 0.120904 0.123352
8 10 -0.00156839 0
9 10 -0.00086254 0
10 10 -0.0104419 -0.0100052
11 10 -0.000353584 0
12 10 -0.00367869 -0.00299165
13 10 -0.0016426 0
14 10 -0.000791536 0
e
0 11 0.128061 0.979476
1 11 0.033176 0.998233
2 11 0.19269 0.937961
3 11 0.0307376 0.993406
4 11 0.198683 0.990391
5 11 0.371888 0.905243
6 11 0.123352 0.971671
7 11 0.820195 1.26501
8 11 0.442555 0.962954
9 11 0.41235 0.965722
10 11 0.286554 0.943114
11 11 0.524067 0.950061
12 11 0.294583 0.87798
13 11 0.343301 1.00879
14 11 0.500941 1.0374
15 11 0.218928 0.885758
16 11 0.471465 1.03351
17 11 0.345948 0.84057
e
0 12 0.979476 1
1 12 0.998233 1
2 12 0.937961 1.0056
3 12 0.993406 1
4 12 0.990391 1.00035
5 12 0.905243 1
6 12 0.971671 1.00129
7 12 -0.265006 0
8 12 0.962954 1.00157
9 12 0.965722 1.00086
10 12 0.943114 1.01044
11 12 0.950061 1.00035
12 12 0.87798 1.00368
13 12 -0.00879284 -0.0016426
14 12 -0.0374034 -0.000791536
15 12 0.885758 1
16 12 -0.0335075 0
17 12 0.84057 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.47753e-05:0.0362657]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.0120886
1 0.00174688
2 0.000125746
3 0.0021514
4 0.000318383
5 8.58695e-05
6 0.000258881
7 0.000371602
8 9.32295e-05
9 5.65075e-05
10 0.000111609
11 0.000275691
12 7.09415e-05
13 5.9345e-05
14 0.000123153
15 0.000114694
16 4.4326e-05
17 6.4315e-05
e
unset multiplot
unset logscale y
set output
