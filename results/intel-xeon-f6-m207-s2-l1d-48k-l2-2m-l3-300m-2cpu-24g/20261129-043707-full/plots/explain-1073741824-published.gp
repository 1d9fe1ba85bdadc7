# explain.py: explain-1073741824-published; data inline, run `gnuplot explain-1073741824-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-published.png"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-50.942522:150.942522]
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
0 0 0 0.0146522
1 0 0 0.233163
2 0 0 0.516769
3 0 0 1.12496
4 0 0 1.02304
5 0 0 0.574391
6 0 0 0.406252
8 0 0 0.602056
9 0 0 0.961273
10 0 0 0.51314
11 0 0 0.373686
12 0 0 0.868061
13 0 0 1.18155
14 0 0 0.926352
15 0 0 0.812216
16 0 0 1.36847
17 0 0 1.42206
e
5 1 0.574391 0.847586
6 1 0.406252 0.585609
8 1 0.602056 0.888409
10 1 0.51314 0.757202
11 1 0.373686 0.55142
e
1 2 0.233163 0.233163
2 2 0.516769 0.516769
5 2 0.847586 0.939143
6 2 0.585609 0.704486
8 2 0.888409 0.984376
9 2 0.961273 0.961273
10 2 0.757202 0.838996
11 2 0.55142 0.610986
12 2 0.868061 0.868061
15 2 0.812216 0.812216
16 2 1.36847 1.36847
17 2 1.42206 1.42206
e
1 3 0.233163 0.668217
e
1 4 0.668217 0.685821
2 4 0.516769 0.56292
3 4 1.12496 1.15007
4 4 1.02304 1.04588
5 4 0.939143 0.951968
6 4 0.704486 0.731697
8 4 0.984376 0.997818
9 4 0.961273 1.0042
10 4 0.838996 0.86191
11 4 0.610986 0.619329
12 4 0.868061 0.887442
13 4 1.18155 1.20793
16 4 1.36847 1.39902
17 4 1.42206 1.48941
e
3 5 1.15007 1.34715
4 5 1.04588 1.22511
14 5 0.926352 1.08864
e
1 6 0.685821 0.70732
2 6 0.56292 0.598658
5 6 0.951968 0.99169
6 6 0.731697 0.759792
8 6 0.997818 1.03003
9 6 1.0042 1.05563
10 6 0.86191 0.935315
11 6 0.619329 0.639321
15 6 0.812216 0.855671
e
11 7 0.639321 0.984071
e
0 8 0.0146522 0.0146522
1 8 0.70732 0.70732
2 8 0.598658 0.598658
3 8 1.34715 1.34715
4 8 1.22511 1.22511
5 8 0.99169 0.991696
6 8 0.759792 0.759793
8 8 1.03003 1.03003
9 8 1.05563 1.05563
10 8 0.935315 0.935589
11 8 0.984071 0.984075
12 8 0.887442 0.887442
13 8 1.20793 1.20793
14 8 1.08864 1.08864
15 8 0.855671 0.855672
16 8 1.39902 1.39902
17 8 1.48941 1.48941
e
0 9 0.0146522 0.0147269
1 9 0.70732 0.708155
2 9 0.598658 0.598885
3 9 1.34715 1.34717
4 9 1.22511 1.22511
5 9 0.991696 0.991908
6 9 0.759793 0.762271
8 9 1.03003 1.03311
9 9 1.05563 1.06069
10 9 0.935589 0.945711
11 9 0.984075 0.988051
13 9 1.20793 1.20793
14 9 1.08864 1.08864
15 9 0.855672 0.859933
16 9 1.39902 1.39903
17 9 1.48941 1.48942
e
0 10 0.0147269 0.0948738
1 10 0.708155 0.946027
2 10 0.598885 1.08069
3 10 1.34717 1.35658
4 10 1.22511 1.23367
5 10 0.991908 1.14525
6 10 0.762271 0.980119
8 10 1.03311 1.19457
9 10 1.06069 1.31771
10 10 0.945711 1.09103
11 10 0.988051 1.08582
12 10 -2.6592e-08 0
13 10 -3.61955e-08 0
14 10 -5.67554e-08 0
15 10 0.859933 0.968217
16 10 -1.39738e-08 0
e
0 11 0.0948738 0.0948785
1 11 0.946027 0.946115
2 11 1.08069 1.0807
3 11 1.35658 1.35706
4 11 1.23367 1.23371
5 11 1.14525 1.14525
6 11 0.980119 0.98015
8 11 1.19457 1.19457
9 11 1.31771 1.31771
10 11 1.09103 1.09104
11 11 1.08582 1.08582
12 11 0.887442 0.887451
13 11 1.20793 1.20795
14 11 1.08864 1.08865
15 11 0.968217 0.968231
16 11 1.39903 1.39903
17 11 1.48942 1.48943
e
0 12 0.0948785 1
1 12 0.946115 1
2 12 -0.080698 0
3 12 -0.35706 0
4 12 -0.233714 0
5 12 -0.145251 0
6 12 0.98015 1
8 12 -0.194571 0
9 12 -0.317712 0
10 12 -0.0910406 0
11 12 -0.0858239 0
12 12 0.887451 1
13 12 -0.207946 -3.61955e-08
14 12 -0.0886521 -5.67554e-08
15 12 0.968231 1
16 12 -0.399035 -1.39738e-08
17 12 -0.489425 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.0525316:1003.23]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.159893 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 159.89 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.157595 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 157.59 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 334.41
1 21.0146
2 9.48167
3 4.35557
4 4.78947
5 8.53049
6 12.0611
8 8.13851
9 5.09724
10 9.54874
11 13.1122
12 5.64458
13 4.14694
14 5.28939
15 6.03267
16 3.58052
17 3.44558
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
set yrange [-50.942522:150.942522]
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
0 0 0 0.0146522
1 0 0 0.233163
2 0 0 0.516769
3 0 0 1.12496
4 0 0 1.02304
5 0 0 0.574391
6 0 0 0.406252
8 0 0 0.602056
9 0 0 0.961273
10 0 0 0.51314
11 0 0 0.373686
12 0 0 0.868061
13 0 0 1.18155
14 0 0 0.926352
15 0 0 0.812216
16 0 0 1.36847
17 0 0 1.42206
e
5 1 0.574391 0.847586
6 1 0.406252 0.585609
8 1 0.602056 0.888409
10 1 0.51314 0.757202
11 1 0.373686 0.55142
e
1 2 0.233163 0.233163
2 2 0.516769 0.516769
5 2 0.847586 0.939143
6 2 0.585609 0.704486
8 2 0.888409 0.984376
9 2 0.961273 0.961273
10 2 0.757202 0.838996
11 2 0.55142 0.610986
12 2 0.868061 0.868061
15 2 0.812216 0.812216
16 2 1.36847 1.36847
17 2 1.42206 1.42206
e
1 3 0.233163 0.668217
e
1 4 0.668217 0.685821
2 4 0.516769 0.56292
3 4 1.12496 1.15007
4 4 1.02304 1.04588
5 4 0.939143 0.951968
6 4 0.704486 0.731697
8 4 0.984376 0.997818
9 4 0.961273 1.0042
10 4 0.838996 0.86191
11 4 0.610986 0.619329
12 4 0.868061 0.887442
13 4 1.18155 1.20793
16 4 1.36847 1.39902
17 4 1.42206 1.48941
e
3 5 1.15007 1.34715
4 5 1.04588 1.22511
14 5 0.926352 1.08864
e
1 6 0.685821 0.70732
2 6 0.56292 0.598658
5 6 0.951968 0.99169
6 6 0.731697 0.759792
8 6 0.997818 1.03003
9 6 1.0042 1.05563
10 6 0.86191 0.935315
11 6 0.619329 0.639321
15 6 0.812216 0.855671
e
11 7 0.639321 0.984071
e
0 8 0.0146522 0.0146522
1 8 0.70732 0.70732
2 8 0.598658 0.598658
3 8 1.34715 1.34715
4 8 1.22511 1.22511
5 8 0.99169 0.991696
6 8 0.759792 0.759793
8 8 1.03003 1.03003
9 8 1.05563 1.05563
10 8 0.935315 0.935589
11 8 0.984071 0.984075
12 8 0.887442 0.887442
13 8 1.20793 1.20793
14 8 1.08864 1.08864
15 8 0.855671 0.855672
16 8 1.39902 1.39902
17 8 1.48941 1.48941
e
0 9 0.0146522 0.0147269
1 9 0.70732 0.708155
2 9 0.598658 0.598885
3 9 1.34715 1.34717
4 9 1.22511 1.22511
5 9 0.991696 0.991908
6 9 0.759793 0.762271
8 9 1.03003 1.03311
9 9 1.05563 1.06069
10 9 0.935589 0.945711
11 9 0.984075 0.988051
13 9 1.20793 1.20793
14 9 1.08864 1.08864
15 9 0.855672 0.859933
16 9 1.39902 1.39903
17 9 1.48941 1.48942
e
0 10 0.0147269 0.0948738
1 10 0.708155 0.946027
2 10 0.598885 1.08069
3 10 1.34717 1.35658
4 10 1.22511 1.23367
5 10 0.991908 1.14525
6 10 0.762271 0.980119
8 10 1.03311 1.19457
9 10 1.06069 1.31771
10 10 0.945711 1.09103
11 10 0.988051 1.08582
12 10 -2.6592e-08 0
13 10 -3.61955e-08 0
14 10 -5.67554e-08 0
15 10 0.859933 0.968217
16 10 -1.39738e-08 0
e
0 11 0.0948738 0.0948785
1 11 0.946027 0.946115
2 11 1.08069 1.0807
3 11 1.35658 1.35706
4 11 1.23367 1.23371
5 11 1.14525 1.14525
6 11 0.980119 0.98015
8 11 1.19457 1.19457
9 11 1.31771 1.31771
10 11 1.09103 1.09104
11 11 1.08582 1.08582
12 11 0.887442 0.887451
13 11 1.20793 1.20795
14 11 1.08864 1.08865
15 11 0.968217 0.968231
16 11 1.39903 1.39903
17 11 1.48942 1.48943
e
0 12 0.0948785 1
1 12 0.946115 1
2 12 -0.080698 0
3 12 -0.35706 0
4 12 -0.233714 0
5 12 -0.145251 0
6 12 0.98015 1
8 12 -0.194571 0
9 12 -0.317712 0
10 12 -0.0910406 0
11 12 -0.0858239 0
12 12 0.887451 1
13 12 -0.207946 -3.61955e-08
14 12 -0.0886521 -5.67554e-08
15 12 0.968231 1
16 12 -0.399035 -1.39738e-08
17 12 -0.489425 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.0525316:1003.23]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.159893 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 159.89 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.157595 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 157.59 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 334.41
1 21.0146
2 9.48167
3 4.35557
4 4.78947
5 8.53049
6 12.0611
8 8.13851
9 5.09724
10 9.54874
11 13.1122
12 5.64458
13 4.14694
14 5.28939
15 6.03267
16 3.58052
17 3.44558
e
unset multiplot
unset logscale y
set output
