# explain.py: explain-4194304-transport-only; data inline, run `gnuplot explain-4194304-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-96.770452:196.770452]
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
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
0 1 0 0.29323
5 1 0 0.0152994
6 1 0 0.0122687
8 1 0 0.0178716
10 1 0 0.014012
11 1 0 0.0109597
e
0 2 0.29323 0.586873
1 2 0 1.35431e-05
2 2 0 6.51166e-05
5 2 0.0152994 0.0228533
6 2 0.0122687 0.0241351
7 2 0 2.32064e-05
8 2 0.0178716 0.0266955
9 2 0 6.91323e-05
10 2 0.014012 0.0209302
11 2 0.0109597 0.0163709
12 2 0 0.00441489
15 2 0 0.000740475
16 2 0 0.00338613
17 2 0 0.00247942
e
1 3 1.35431e-05 0.315662
e
0 4 0.586873 0.588813
1 4 0.315662 0.321211
2 4 6.51166e-05 0.0457949
3 4 0 0.0120869
4 4 0 0.0148052
5 4 0.0228533 0.0305351
6 4 0.0241351 0.04217
7 4 2.32064e-05 0.0244691
8 4 0.0266955 0.0356688
9 4 6.91323e-05 0.0243441
10 4 0.0209302 0.0350009
11 4 0.0163709 0.0218738
12 4 0.00441489 0.779532
13 4 0 0.781575
e
3 5 0.0120869 0.928067
4 5 0.0148052 1.13679
14 5 0 1.93643
e
0 6 0.588813 0.593757
1 6 0.321211 0.369414
2 6 0.0457949 0.219613
3 6 0.928067 0.928315
4 6 1.13679 1.13703
5 6 0.0305351 0.147332
6 6 0.04217 0.133572
7 6 0.0244691 0.086414
8 6 0.0356688 0.0795708
9 6 0.0243441 0.0837272
10 6 0.0350009 0.143417
11 6 0.0218738 0.0487965
15 6 0.000740475 0.636791
e
0 8 0.593757 0.594054
1 8 0.369414 0.372442
2 8 0.219613 0.225082
3 8 0.928315 0.929724
4 8 1.13703 1.13808
5 8 0.147332 0.147586
6 8 0.133572 0.134587
7 8 0.086414 0.094678
8 8 0.0795708 0.080164
9 8 0.0837272 0.0844873
10 8 0.143417 0.144567
11 8 0.0487965 0.0492177
12 8 0.779532 0.790319
13 8 0.781575 0.792452
14 8 1.93643 1.93799
15 8 0.636791 0.669583
16 8 0.00338613 0.00959106
17 8 0.00247942 0.00702287
e
0 9 0.594054 0.594121
1 9 0.372442 0.373031
2 9 0.225082 0.233573
3 9 0.929724 0.93122
4 9 1.13808 1.139
5 9 0.147586 0.148537
6 9 0.134587 0.136633
7 9 0.094678 0.0958128
8 9 0.080164 0.08544
9 9 0.0844873 0.0935018
10 9 0.144567 0.159372
11 9 0.0492177 0.0604568
12 9 0.790319 0.838292
13 9 0.792452 0.840825
14 9 1.93799 1.94036
15 9 0.669583 0.802345
16 9 0.00959106 0.0463855
17 9 0.00702287 0.0204939
e
0 10 0.594121 0.656749
1 10 0.373031 0.439237
2 10 0.233573 0.703027
3 10 0.93122 0.947223
4 10 1.139 1.1589
5 10 0.148537 0.932595
6 10 0.136633 0.50741
7 10 0.0958128 0.441128
8 10 0.08544 0.964947
9 10 0.0935018 0.85718
10 10 0.159372 0.842774
11 10 0.0604568 0.518101
15 10 0.802345 0.804993
e
1 11 0.439237 0.459764
2 11 0.703027 0.710782
3 11 0.947223 1.08737
4 11 1.1589 1.18596
5 11 0.932595 0.934492
6 11 0.50741 0.518406
7 11 0.441128 0.464901
8 11 0.964947 0.965075
9 11 0.85718 0.85779
10 11 0.842774 0.845237
11 11 0.518101 0.521384
12 11 0.838292 0.905671
13 11 0.840825 0.878362
14 11 1.94036 1.9477
15 11 0.804993 0.841077
16 11 0.0463855 0.0859886
e
0 12 0.656749 1
1 12 0.459764 1
2 12 0.710782 1
3 12 -0.087368 0
4 12 -0.185956 0
5 12 0.934492 1
6 12 0.518406 1
7 12 0.464901 1
8 12 0.965075 1
9 12 0.85779 1
10 12 0.845237 1
11 12 0.521384 1
12 12 0.905671 1
13 12 0.878362 1
14 12 -0.947705 0
15 12 0.841077 1
16 12 0.0859886 1
17 12 0.0204939 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [2.6393e-05:2.1729]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     7.91789e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 79.2 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin cross-core", \
     0.000150323 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 150.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.7243
1 0.0347779
2 0.00723318
3 0.00684155
4 0.00558539
5 0.0107649
6 0.0137555
7 0.0202962
8 0.00921549
9 0.00681302
10 0.0117539
11 0.0150274
12 0.000106685
13 0.000105803
14 0.00323622
15 0.000636079
16 0.000139097
17 0.000189964
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-transport-only.svg"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-96.770452:196.770452]
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
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
0 1 0 0.29323
5 1 0 0.0152994
6 1 0 0.0122687
8 1 0 0.0178716
10 1 0 0.014012
11 1 0 0.0109597
e
0 2 0.29323 0.586873
1 2 0 1.35431e-05
2 2 0 6.51166e-05
5 2 0.0152994 0.0228533
6 2 0.0122687 0.0241351
7 2 0 2.32064e-05
8 2 0.0178716 0.0266955
9 2 0 6.91323e-05
10 2 0.014012 0.0209302
11 2 0.0109597 0.0163709
12 2 0 0.00441489
15 2 0 0.000740475
16 2 0 0.00338613
17 2 0 0.00247942
e
1 3 1.35431e-05 0.315662
e
0 4 0.586873 0.588813
1 4 0.315662 0.321211
2 4 6.51166e-05 0.0457949
3 4 0 0.0120869
4 4 0 0.0148052
5 4 0.0228533 0.0305351
6 4 0.0241351 0.04217
7 4 2.32064e-05 0.0244691
8 4 0.0266955 0.0356688
9 4 6.91323e-05 0.0243441
10 4 0.0209302 0.0350009
11 4 0.0163709 0.0218738
12 4 0.00441489 0.779532
13 4 0 0.781575
e
3 5 0.0120869 0.928067
4 5 0.0148052 1.13679
14 5 0 1.93643
e
0 6 0.588813 0.593757
1 6 0.321211 0.369414
2 6 0.0457949 0.219613
3 6 0.928067 0.928315
4 6 1.13679 1.13703
5 6 0.0305351 0.147332
6 6 0.04217 0.133572
7 6 0.0244691 0.086414
8 6 0.0356688 0.0795708
9 6 0.0243441 0.0837272
10 6 0.0350009 0.143417
11 6 0.0218738 0.0487965
15 6 0.000740475 0.636791
e
0 8 0.593757 0.594054
1 8 0.369414 0.372442
2 8 0.219613 0.225082
3 8 0.928315 0.929724
4 8 1.13703 1.13808
5 8 0.147332 0.147586
6 8 0.133572 0.134587
7 8 0.086414 0.094678
8 8 0.0795708 0.080164
9 8 0.0837272 0.0844873
10 8 0.143417 0.144567
11 8 0.0487965 0.0492177
12 8 0.779532 0.790319
13 8 0.781575 0.792452
14 8 1.93643 1.93799
15 8 0.636791 0.669583
16 8 0.00338613 0.00959106
17 8 0.00247942 0.00702287
e
0 9 0.594054 0.594121
1 9 0.372442 0.373031
2 9 0.225082 0.233573
3 9 0.929724 0.93122
4 9 1.13808 1.139
5 9 0.147586 0.148537
6 9 0.134587 0.136633
7 9 0.094678 0.0958128
8 9 0.080164 0.08544
9 9 0.0844873 0.0935018
10 9 0.144567 0.159372
11 9 0.0492177 0.0604568
12 9 0.790319 0.838292
13 9 0.792452 0.840825
14 9 1.93799 1.94036
15 9 0.669583 0.802345
16 9 0.00959106 0.0463855
17 9 0.00702287 0.0204939
e
0 10 0.594121 0.656749
1 10 0.373031 0.439237
2 10 0.233573 0.703027
3 10 0.93122 0.947223
4 10 1.139 1.1589
5 10 0.148537 0.932595
6 10 0.136633 0.50741
7 10 0.0958128 0.441128
8 10 0.08544 0.964947
9 10 0.0935018 0.85718
10 10 0.159372 0.842774
11 10 0.0604568 0.518101
15 10 0.802345 0.804993
e
1 11 0.439237 0.459764
2 11 0.703027 0.710782
3 11 0.947223 1.08737
4 11 1.1589 1.18596
5 11 0.932595 0.934492
6 11 0.50741 0.518406
7 11 0.441128 0.464901
8 11 0.964947 0.965075
9 11 0.85718 0.85779
10 11 0.842774 0.845237
11 11 0.518101 0.521384
12 11 0.838292 0.905671
13 11 0.840825 0.878362
14 11 1.94036 1.9477
15 11 0.804993 0.841077
16 11 0.0463855 0.0859886
e
0 12 0.656749 1
1 12 0.459764 1
2 12 0.710782 1
3 12 -0.087368 0
4 12 -0.185956 0
5 12 0.934492 1
6 12 0.518406 1
7 12 0.464901 1
8 12 0.965075 1
9 12 0.85779 1
10 12 0.845237 1
11 12 0.521384 1
12 12 0.905671 1
13 12 0.878362 1
14 12 -0.947705 0
15 12 0.841077 1
16 12 0.0859886 1
17 12 0.0204939 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [2.6393e-05:2.1729]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     7.91789e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 79.2 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin cross-core", \
     0.000150323 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 150.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.7243
1 0.0347779
2 0.00723318
3 0.00684155
4 0.00558539
5 0.0107649
6 0.0137555
7 0.0202962
8 0.00921549
9 0.00681302
10 0.0117539
11 0.0150274
12 0.000106685
13 0.000105803
14 0.00323622
15 0.000636079
16 0.000139097
17 0.000189964
e
unset multiplot
unset logscale y
set output
