# explain.py: explain-4194304-transport-only; data inline, run `gnuplot explain-4194304-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-114.857326:214.857326]
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
0 1 0 0.597962
5 1 0 0.0595347
6 1 0 0.0469099
8 1 0 0.0650322
10 1 0 0.0367013
11 1 0 0.0347203
e
0 2 0.597962 0.754916
1 2 0 1.61201e-05
2 2 0 0.000118321
5 2 0.0595347 0.0892697
6 2 0.0469099 0.0939082
7 2 0 2.76415e-05
8 2 0.0650322 0.0975129
9 2 0 0.000317613
10 2 0.0367013 0.055032
11 2 0.0347203 0.0520616
12 2 0 0.00137688
15 2 0 0.000614541
16 2 0 0.0266654
17 2 0 0.00200067
e
1 3 1.61201e-05 0.520164
e
0 4 0.754916 0.757364
1 4 0.520164 0.543144
2 4 0.000118321 0.289258
3 4 0 0.0542888
4 4 0 0.0707646
5 4 0.0892697 0.120327
6 4 0.0939082 0.168047
7 4 2.76415e-05 0.101349
8 4 0.0975129 0.131438
9 4 0.000317613 0.388393
10 4 0.055032 0.0933242
11 4 0.0520616 0.0701742
12 4 0.00137688 0.842546
13 4 0 0.872717
17 4 0.00200067 0.766993
e
3 5 0.0542888 0.446071
4 5 0.0707646 0.581447
14 5 0 0.815191
e
0 6 0.757364 0.759683
1 6 0.543144 0.581965
2 6 0.289258 0.502954
3 6 0.446071 0.446548
4 6 0.581447 0.582028
5 6 0.120327 0.212147
6 6 0.168047 0.241109
7 6 0.101349 0.151271
8 6 0.131438 0.217731
9 6 0.388393 0.881944
10 6 0.0933242 0.197597
11 6 0.0701742 0.116245
15 6 0.000614541 0.955574
e
7 7 0.151271 0.282318
11 7 0.116245 0.646541
e
0 8 0.759683 0.759868
1 8 0.581965 0.584848
2 8 0.502954 0.510401
3 8 0.446548 0.446678
5 8 0.212147 0.212283
6 8 0.241109 0.241286
7 8 0.282318 0.290022
8 8 0.217731 0.218055
9 8 0.881944 0.882253
10 8 0.197597 0.198145
11 8 0.646541 0.646721
14 8 0.815191 0.815236
15 8 0.955574 0.969463
e
0 9 0.759868 0.759966
1 9 0.584848 0.584893
2 9 0.510401 0.510927
3 9 0.446678 0.446686
5 9 0.212283 0.213162
6 9 0.241286 0.243276
7 9 0.290022 0.290805
8 9 0.218055 0.223921
9 9 0.882253 0.923017
10 9 0.198145 0.225217
11 9 0.646721 0.651633
12 9 0.842546 0.8657
14 9 -0.00014296 0
15 9 0.969463 1.03147
16 9 -0.020617 0
17 9 0.766993 0.785942
e
0 10 0.759966 0.774233
1 10 0.584893 0.710808
2 10 0.510927 1.19529
3 10 0.446686 0.462996
4 10 0.582028 0.603281
5 10 0.213162 0.842086
6 10 0.243276 0.723334
7 10 0.290805 0.620823
8 10 0.223921 0.812265
9 10 0.923017 2.11361
10 10 0.225217 0.653953
11 10 0.651633 0.935341
12 10 -0.000236982 0
13 10 -0.00024587 0
14 10 -0.000174784 -0.00014296
15 10 -3.52573e-05 0
e
0 11 0.774233 0.776065
1 11 0.710808 0.75857
2 11 1.19529 1.21344
3 11 0.462996 0.745249
4 11 0.603281 0.649439
5 11 0.842086 0.845556
6 11 0.723334 0.740225
7 11 0.620823 0.642475
8 11 0.812265 0.817466
9 11 2.11361 2.12857
10 11 0.653953 0.65676
11 11 0.935341 0.939112
12 11 0.8657 0.973916
13 11 0.872717 0.96071
14 11 0.815236 0.839274
15 11 1.03147 1.10276
16 11 0.0266654 1.0431
17 11 0.785942 0.870248
e
0 12 0.776065 1
1 12 0.75857 1
2 12 -0.213437 0
3 12 0.745249 1
4 12 0.649439 1
5 12 0.845556 1
6 12 0.740225 1
7 12 0.642475 1
8 12 0.817466 1
9 12 -1.12857 0
10 12 0.65676 1
11 12 0.939112 1
12 12 0.973916 1.00024
13 12 0.96071 1.00025
14 12 0.839274 1.00017
15 12 -0.10276 -3.52573e-05
16 12 -0.0431015 -0.020617
17 12 0.870248 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [7.25033e-06:3.26569]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000357955 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 358.0 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     0.000308112 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 308.1 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 1.08856
1 0.0359799
2 0.00490193
3 0.00652687
4 0.00500725
5 0.011409
6 0.014338
7 0.0209829
8 0.0104445
9 0.00182612
10 0.018507
11 0.0195629
12 0.000421242
13 0.000406015
14 0.00313683
15 0.000943793
16 2.1751e-05
17 0.000289903
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
set yrange [-114.857326:214.857326]
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
0 1 0 0.597962
5 1 0 0.0595347
6 1 0 0.0469099
8 1 0 0.0650322
10 1 0 0.0367013
11 1 0 0.0347203
e
0 2 0.597962 0.754916
1 2 0 1.61201e-05
2 2 0 0.000118321
5 2 0.0595347 0.0892697
6 2 0.0469099 0.0939082
7 2 0 2.76415e-05
8 2 0.0650322 0.0975129
9 2 0 0.000317613
10 2 0.0367013 0.055032
11 2 0.0347203 0.0520616
12 2 0 0.00137688
15 2 0 0.000614541
16 2 0 0.0266654
17 2 0 0.00200067
e
1 3 1.61201e-05 0.520164
e
0 4 0.754916 0.757364
1 4 0.520164 0.543144
2 4 0.000118321 0.289258
3 4 0 0.0542888
4 4 0 0.0707646
5 4 0.0892697 0.120327
6 4 0.0939082 0.168047
7 4 2.76415e-05 0.101349
8 4 0.0975129 0.131438
9 4 0.000317613 0.388393
10 4 0.055032 0.0933242
11 4 0.0520616 0.0701742
12 4 0.00137688 0.842546
13 4 0 0.872717
17 4 0.00200067 0.766993
e
3 5 0.0542888 0.446071
4 5 0.0707646 0.581447
14 5 0 0.815191
e
0 6 0.757364 0.759683
1 6 0.543144 0.581965
2 6 0.289258 0.502954
3 6 0.446071 0.446548
4 6 0.581447 0.582028
5 6 0.120327 0.212147
6 6 0.168047 0.241109
7 6 0.101349 0.151271
8 6 0.131438 0.217731
9 6 0.388393 0.881944
10 6 0.0933242 0.197597
11 6 0.0701742 0.116245
15 6 0.000614541 0.955574
e
7 7 0.151271 0.282318
11 7 0.116245 0.646541
e
0 8 0.759683 0.759868
1 8 0.581965 0.584848
2 8 0.502954 0.510401
3 8 0.446548 0.446678
5 8 0.212147 0.212283
6 8 0.241109 0.241286
7 8 0.282318 0.290022
8 8 0.217731 0.218055
9 8 0.881944 0.882253
10 8 0.197597 0.198145
11 8 0.646541 0.646721
14 8 0.815191 0.815236
15 8 0.955574 0.969463
e
0 9 0.759868 0.759966
1 9 0.584848 0.584893
2 9 0.510401 0.510927
3 9 0.446678 0.446686
5 9 0.212283 0.213162
6 9 0.241286 0.243276
7 9 0.290022 0.290805
8 9 0.218055 0.223921
9 9 0.882253 0.923017
10 9 0.198145 0.225217
11 9 0.646721 0.651633
12 9 0.842546 0.8657
14 9 -0.00014296 0
15 9 0.969463 1.03147
16 9 -0.020617 0
17 9 0.766993 0.785942
e
0 10 0.759966 0.774233
1 10 0.584893 0.710808
2 10 0.510927 1.19529
3 10 0.446686 0.462996
4 10 0.582028 0.603281
5 10 0.213162 0.842086
6 10 0.243276 0.723334
7 10 0.290805 0.620823
8 10 0.223921 0.812265
9 10 0.923017 2.11361
10 10 0.225217 0.653953
11 10 0.651633 0.935341
12 10 -0.000236982 0
13 10 -0.00024587 0
14 10 -0.000174784 -0.00014296
15 10 -3.52573e-05 0
e
0 11 0.774233 0.776065
1 11 0.710808 0.75857
2 11 1.19529 1.21344
3 11 0.462996 0.745249
4 11 0.603281 0.649439
5 11 0.842086 0.845556
6 11 0.723334 0.740225
7 11 0.620823 0.642475
8 11 0.812265 0.817466
9 11 2.11361 2.12857
10 11 0.653953 0.65676
11 11 0.935341 0.939112
12 11 0.8657 0.973916
13 11 0.872717 0.96071
14 11 0.815236 0.839274
15 11 1.03147 1.10276
16 11 0.0266654 1.0431
17 11 0.785942 0.870248
e
0 12 0.776065 1
1 12 0.75857 1
2 12 -0.213437 0
3 12 0.745249 1
4 12 0.649439 1
5 12 0.845556 1
6 12 0.740225 1
7 12 0.642475 1
8 12 0.817466 1
9 12 -1.12857 0
10 12 0.65676 1
11 12 0.939112 1
12 12 0.973916 1.00024
13 12 0.96071 1.00025
14 12 0.839274 1.00017
15 12 -0.10276 -3.52573e-05
16 12 -0.0431015 -0.020617
17 12 0.870248 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [7.25033e-06:3.26569]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000357955 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 358.0 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     0.000308112 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 308.1 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 1.08856
1 0.0359799
2 0.00490193
3 0.00652687
4 0.00500725
5 0.011409
6 0.014338
7 0.0209829
8 0.0104445
9 0.00182612
10 0.018507
11 0.0195629
12 0.000421242
13 0.000406015
14 0.00313683
15 0.000943793
16 2.1751e-05
17 0.000289903
e
unset multiplot
unset logscale y
set output
