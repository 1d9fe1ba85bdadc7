# explain.py: explain-4194304-transport-only; data inline, run `gnuplot explain-4194304-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-21.439690:121.439690]
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
0 1 0 0.72364
5 1 0 0.0207899
6 1 0 0.0173151
8 1 0 0.0314187
10 1 0 0.0157196
11 1 0 0.0128705
e
0 2 0.72364 0.916687
1 2 0 1.98782e-05
2 2 0 0.000127782
5 2 0.0207899 0.0297398
6 2 0.0173151 0.0341309
7 2 0 2.77684e-05
8 2 0.0314187 0.0449442
9 2 0 4.74208e-05
10 2 0.0157196 0.0224867
11 2 0.0128705 0.0184112
12 2 0 0.00209755
15 2 0 0.000491662
16 2 0 0.0115593
17 2 0 0.00336802
e
1 3 1.98782e-05 0.564861
e
0 4 0.916687 0.91871
1 4 0.564861 0.572527
2 4 0.000127782 0.0846093
3 4 0 0.0141948
4 4 0 0.0154209
5 4 0.0297398 0.0380097
6 4 0.0341309 0.0542102
7 4 2.77684e-05 0.0275658
8 4 0.0449442 0.057442
9 4 4.74208e-05 0.0157233
10 4 0.0224867 0.0349927
11 4 0.0184112 0.0235308
12 4 0.00209755 0.34879
13 4 0 0.432301
17 4 0.00336802 0.605986
e
3 5 0.0141948 0.566413
4 5 0.0154209 0.61534
14 5 0 0.922367
e
0 6 0.91871 0.922465
1 6 0.572527 0.627854
2 6 0.0846093 0.351336
3 6 0.566413 0.56754
4 6 0.61534 0.616411
5 6 0.0380097 0.142453
6 6 0.0542102 0.138739
7 6 0.0275658 0.0855278
8 6 0.057442 0.149306
9 6 0.0157233 0.0733351
10 6 0.0349927 0.150868
11 6 0.0235308 0.0611625
15 6 0.000491662 0.597814
e
7 7 0.0855278 0.243856
11 7 0.0611625 0.565013
e
0 8 0.922465 0.922772
1 8 0.627854 0.632647
2 8 0.351336 0.362184
3 8 0.56754 0.567569
4 8 0.616411 0.616441
5 8 0.142453 0.142635
6 8 -4.01317e-05 0
7 8 0.243856 0.254368
8 8 0.149306 0.149931
9 8 0.0733351 0.0737424
10 8 0.150868 0.151768
11 8 0.565013 0.565238
12 8 -0.000692922 0
15 8 0.597814 0.612594
e
0 9 0.922772 0.922823
1 9 0.632647 0.633104
2 9 0.362184 0.369984
3 9 -0.000740003 0
4 9 0.616441 0.617178
5 9 0.142635 0.147018
6 9 0.138739 0.151038
7 9 0.254368 0.27038
8 9 0.149931 0.184028
9 9 0.0737424 0.101289
10 9 0.151768 0.287131
11 9 0.565238 0.604406
12 9 0.34879 0.42711
13 9 0.432301 0.550618
14 9 0.922367 0.930092
15 9 0.612594 1.05813
16 9 0.0115593 0.418266
17 9 0.605986 0.72207
e
0 10 0.922823 0.939538
1 10 0.633104 0.780201
2 10 0.369984 0.720662
3 10 0.567569 0.582533
4 10 0.617178 0.633435
5 10 0.147018 0.73135
6 10 0.151038 0.646323
7 10 0.27038 0.582538
8 10 0.184028 0.599459
9 10 0.101289 0.306773
10 10 0.287131 0.778336
11 10 0.604406 0.914011
e
0 11 0.939538 0.940814
1 11 0.780201 0.80904
2 11 0.720662 0.735346
3 11 0.582533 0.745174
4 11 0.633435 0.675735
5 11 0.73135 0.735328
6 11 0.646323 0.678735
7 11 0.582538 0.594581
8 11 0.599459 0.605321
9 11 0.306773 0.308511
10 11 0.778336 0.787611
11 11 0.914011 0.923375
12 11 0.42711 0.518632
13 11 0.550618 0.66155
14 11 0.930092 0.952369
15 11 1.05813 1.1944
16 11 0.418266 0.691784
17 11 0.72207 0.803064
e
0 12 0.940814 1
1 12 0.80904 1
2 12 0.735346 1
3 12 0.745174 1.00074
4 12 0.675735 1
5 12 0.735328 1
6 12 0.678735 1.00004
7 12 0.594581 1
8 12 0.605321 1
9 12 0.308511 1
10 12 0.787611 1
11 12 0.923375 1
12 12 0.518632 1.00069
13 12 0.66155 1
14 12 0.952369 1
15 12 -0.194397 0
16 12 0.691784 1
17 12 0.803064 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.5024e-05:2.34905]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000109819 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 109.8 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin-then-futex cross-core", \
     5.2642e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 52.6 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.783018
1 0.0262097
2 0.00407725
3 0.00606653
4 0.00558416
5 0.0104128
6 0.012866
7 0.0187623
8 0.00689023
9 0.0109867
10 0.0137715
11 0.01682
12 0.000248384
13 0.000199197
14 0.00363201
15 0.00105967
16 4.5072e-05
17 0.00015469
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
set yrange [-21.439690:121.439690]
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
0 1 0 0.72364
5 1 0 0.0207899
6 1 0 0.0173151
8 1 0 0.0314187
10 1 0 0.0157196
11 1 0 0.0128705
e
0 2 0.72364 0.916687
1 2 0 1.98782e-05
2 2 0 0.000127782
5 2 0.0207899 0.0297398
6 2 0.0173151 0.0341309
7 2 0 2.77684e-05
8 2 0.0314187 0.0449442
9 2 0 4.74208e-05
10 2 0.0157196 0.0224867
11 2 0.0128705 0.0184112
12 2 0 0.00209755
15 2 0 0.000491662
16 2 0 0.0115593
17 2 0 0.00336802
e
1 3 1.98782e-05 0.564861
e
0 4 0.916687 0.91871
1 4 0.564861 0.572527
2 4 0.000127782 0.0846093
3 4 0 0.0141948
4 4 0 0.0154209
5 4 0.0297398 0.0380097
6 4 0.0341309 0.0542102
7 4 2.77684e-05 0.0275658
8 4 0.0449442 0.057442
9 4 4.74208e-05 0.0157233
10 4 0.0224867 0.0349927
11 4 0.0184112 0.0235308
12 4 0.00209755 0.34879
13 4 0 0.432301
17 4 0.00336802 0.605986
e
3 5 0.0141948 0.566413
4 5 0.0154209 0.61534
14 5 0 0.922367
e
0 6 0.91871 0.922465
1 6 0.572527 0.627854
2 6 0.0846093 0.351336
3 6 0.566413 0.56754
4 6 0.61534 0.616411
5 6 0.0380097 0.142453
6 6 0.0542102 0.138739
7 6 0.0275658 0.0855278
8 6 0.057442 0.149306
9 6 0.0157233 0.0733351
10 6 0.0349927 0.150868
11 6 0.0235308 0.0611625
15 6 0.000491662 0.597814
e
7 7 0.0855278 0.243856
11 7 0.0611625 0.565013
e
0 8 0.922465 0.922772
1 8 0.627854 0.632647
2 8 0.351336 0.362184
3 8 0.56754 0.567569
4 8 0.616411 0.616441
5 8 0.142453 0.142635
6 8 -4.01317e-05 0
7 8 0.243856 0.254368
8 8 0.149306 0.149931
9 8 0.0733351 0.0737424
10 8 0.150868 0.151768
11 8 0.565013 0.565238
12 8 -0.000692922 0
15 8 0.597814 0.612594
e
0 9 0.922772 0.922823
1 9 0.632647 0.633104
2 9 0.362184 0.369984
3 9 -0.000740003 0
4 9 0.616441 0.617178
5 9 0.142635 0.147018
6 9 0.138739 0.151038
7 9 0.254368 0.27038
8 9 0.149931 0.184028
9 9 0.0737424 0.101289
10 9 0.151768 0.287131
11 9 0.565238 0.604406
12 9 0.34879 0.42711
13 9 0.432301 0.550618
14 9 0.922367 0.930092
15 9 0.612594 1.05813
16 9 0.0115593 0.418266
17 9 0.605986 0.72207
e
0 10 0.922823 0.939538
1 10 0.633104 0.780201
2 10 0.369984 0.720662
3 10 0.567569 0.582533
4 10 0.617178 0.633435
5 10 0.147018 0.73135
6 10 0.151038 0.646323
7 10 0.27038 0.582538
8 10 0.184028 0.599459
9 10 0.101289 0.306773
10 10 0.287131 0.778336
11 10 0.604406 0.914011
e
0 11 0.939538 0.940814
1 11 0.780201 0.80904
2 11 0.720662 0.735346
3 11 0.582533 0.745174
4 11 0.633435 0.675735
5 11 0.73135 0.735328
6 11 0.646323 0.678735
7 11 0.582538 0.594581
8 11 0.599459 0.605321
9 11 0.306773 0.308511
10 11 0.778336 0.787611
11 11 0.914011 0.923375
12 11 0.42711 0.518632
13 11 0.550618 0.66155
14 11 0.930092 0.952369
15 11 1.05813 1.1944
16 11 0.418266 0.691784
17 11 0.72207 0.803064
e
0 12 0.940814 1
1 12 0.80904 1
2 12 0.735346 1
3 12 0.745174 1.00074
4 12 0.675735 1
5 12 0.735328 1
6 12 0.678735 1.00004
7 12 0.594581 1
8 12 0.605321 1
9 12 0.308511 1
10 12 0.787611 1
11 12 0.923375 1
12 12 0.518632 1.00069
13 12 0.66155 1
14 12 0.952369 1
15 12 -0.194397 0
16 12 0.691784 1
17 12 0.803064 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.5024e-05:2.34905]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000109819 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 109.8 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin-then-futex cross-core", \
     5.2642e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 52.6 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.783018
1 0.0262097
2 0.00407725
3 0.00606653
4 0.00558416
5 0.0104128
6 0.012866
7 0.0187623
8 0.00689023
9 0.0109867
10 0.0137715
11 0.01682
12 0.000248384
13 0.000199197
14 0.00363201
15 0.00105967
16 4.5072e-05
17 0.00015469
e
unset multiplot
unset logscale y
set output
