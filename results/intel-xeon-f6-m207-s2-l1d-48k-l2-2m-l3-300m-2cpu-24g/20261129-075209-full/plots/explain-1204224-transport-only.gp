# explain.py: explain-1204224-transport-only; data inline, run `gnuplot explain-1204224-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-48.878386:148.878386]
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
0 1 0 1.17597
5 1 0 0.263499
6 1 0 0.122014
8 1 0 0.320848
10 1 0 0.199725
11 1 0 0.135005
e
0 2 1.17597 1.45962
1 2 0 9.28142e-05
2 2 0 0.00146475
5 2 0.263499 0.395096
6 2 0.122014 0.246733
7 2 0 0.000315999
8 2 0.320848 0.481086
9 2 0 0.00357082
10 2 0.199725 0.299472
11 2 0.135005 0.202429
12 2 0 0.00855548
15 2 0 0.00332417
16 2 0 0.052683
17 2 0 0.0064496
e
1 3 9.28142e-05 0.660443
e
0 4 1.45962 1.46213
1 4 0.660443 0.672269
2 4 0.00146475 0.321372
3 4 0 0.0239773
4 4 0 0.0373772
5 4 0.395096 0.469223
6 4 0.246733 0.358112
7 4 0.000315999 0.103839
8 4 0.481086 0.571347
9 4 0.00357082 0.393511
10 4 0.299472 0.411844
11 4 0.202429 0.240409
12 4 0.00855548 0.475693
13 4 0 0.625681
17 4 0.0064496 0.402035
e
3 5 0.0239773 0.390521
4 5 0.0373772 0.608765
14 5 0 0.784875
e
0 6 1.46213 1.46436
1 6 0.672269 0.69359
2 6 0.321372 0.573695
3 6 0.390521 0.392322
4 6 0.608765 0.610802
5 6 0.469223 0.703125
6 6 0.358112 0.475251
7 6 0.103839 0.158273
8 6 0.571347 0.890064
9 6 0.393511 1.08197
10 6 0.411844 0.845528
11 6 0.240409 0.374517
15 6 0.00332417 0.644225
e
7 7 0.158273 0.448958
11 7 0.374517 1.01348
e
0 8 1.46436 1.46454
1 8 0.69359 0.695589
2 8 0.573695 0.585667
5 8 0.703125 0.703575
6 8 -7.51005e-05 0
7 8 0.448958 0.459917
8 8 0.890064 0.89116
9 8 1.08197 1.08394
10 8 0.845528 0.847233
11 8 1.01348 1.01386
15 8 0.644225 0.65781
e
0 9 -2.31137e-06 0
1 9 0.695589 0.69561
2 9 -0.000262116 0
4 9 -6.12501e-05 0
5 9 0.703575 0.707462
6 9 0.475251 0.475433
7 9 0.459917 0.460511
8 9 0.89116 0.896633
9 9 1.08394 1.10918
10 9 0.847233 0.944369
11 9 1.01386 1.02133
13 9 -0.0010253 0
15 9 0.65781 0.814555
e
3 10 0.392322 0.400822
4 10 0.610802 0.624053
8 10 -7.11098e-05 0
9 10 -0.000230404 0
10 10 -2.21326e-05 0
11 10 -2.99212e-05 0
12 10 -0.000368024 0
13 10 -0.00151823 -0.0010253
14 10 -4.04489e-05 0
15 10 0.814555 0.814627
e
0 11 1.46454 1.46878
1 11 0.69561 0.827833
2 11 0.585667 0.695093
3 11 0.400822 1.02177
4 11 0.624053 0.741031
5 11 0.707462 0.746493
6 11 0.475433 0.634815
7 11 0.460511 0.508911
8 11 0.896633 0.950185
9 11 1.10918 1.19658
10 11 0.944369 1.00465
11 11 1.02133 1.07619
12 11 0.475693 0.754419
13 11 0.625681 0.996296
14 11 0.784875 0.833072
15 11 0.814627 1.01444
16 11 0.052683 1.12553
17 11 0.402035 0.556607
e
0 12 -0.468784 -2.31137e-06
1 12 0.827833 1
2 12 0.695093 1.00026
3 12 -0.021773 0
4 12 0.741031 1.00006
5 12 0.746493 1
6 12 0.634815 1.00008
7 12 0.508911 1
8 12 0.950185 1.00007
9 12 -0.196579 -0.000230404
10 12 -0.00464557 -2.21326e-05
11 12 -0.0761936 -2.99212e-05
12 12 0.754419 1.00037
13 12 0.996296 1.00152
14 12 0.833072 1.00004
15 12 -0.0144373 0
16 12 -0.125532 0
17 12 0.556607 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.1905e-06:0.901998]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     8.45259e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 84.5 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     8.7468e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 87.5 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.300666
1 0.0139472
2 0.000883769
3 0.00294782
4 0.00189102
5 0.000953508
6 0.00190381
7 0.00409653
8 0.000783076
9 0.000362522
10 0.00125797
11 0.00186103
12 0.000151307
13 0.000112966
14 0.00137666
15 0.00038942
16 2.45715e-05
17 0.00020071
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-transport-only.svg"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-48.878386:148.878386]
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
0 1 0 1.17597
5 1 0 0.263499
6 1 0 0.122014
8 1 0 0.320848
10 1 0 0.199725
11 1 0 0.135005
e
0 2 1.17597 1.45962
1 2 0 9.28142e-05
2 2 0 0.00146475
5 2 0.263499 0.395096
6 2 0.122014 0.246733
7 2 0 0.000315999
8 2 0.320848 0.481086
9 2 0 0.00357082
10 2 0.199725 0.299472
11 2 0.135005 0.202429
12 2 0 0.00855548
15 2 0 0.00332417
16 2 0 0.052683
17 2 0 0.0064496
e
1 3 9.28142e-05 0.660443
e
0 4 1.45962 1.46213
1 4 0.660443 0.672269
2 4 0.00146475 0.321372
3 4 0 0.0239773
4 4 0 0.0373772
5 4 0.395096 0.469223
6 4 0.246733 0.358112
7 4 0.000315999 0.103839
8 4 0.481086 0.571347
9 4 0.00357082 0.393511
10 4 0.299472 0.411844
11 4 0.202429 0.240409
12 4 0.00855548 0.475693
13 4 0 0.625681
17 4 0.0064496 0.402035
e
3 5 0.0239773 0.390521
4 5 0.0373772 0.608765
14 5 0 0.784875
e
0 6 1.46213 1.46436
1 6 0.672269 0.69359
2 6 0.321372 0.573695
3 6 0.390521 0.392322
4 6 0.608765 0.610802
5 6 0.469223 0.703125
6 6 0.358112 0.475251
7 6 0.103839 0.158273
8 6 0.571347 0.890064
9 6 0.393511 1.08197
10 6 0.411844 0.845528
11 6 0.240409 0.374517
15 6 0.00332417 0.644225
e
7 7 0.158273 0.448958
11 7 0.374517 1.01348
e
0 8 1.46436 1.46454
1 8 0.69359 0.695589
2 8 0.573695 0.585667
5 8 0.703125 0.703575
6 8 -7.51005e-05 0
7 8 0.448958 0.459917
8 8 0.890064 0.89116
9 8 1.08197 1.08394
10 8 0.845528 0.847233
11 8 1.01348 1.01386
15 8 0.644225 0.65781
e
0 9 -2.31137e-06 0
1 9 0.695589 0.69561
2 9 -0.000262116 0
4 9 -6.12501e-05 0
5 9 0.703575 0.707462
6 9 0.475251 0.475433
7 9 0.459917 0.460511
8 9 0.89116 0.896633
9 9 1.08394 1.10918
10 9 0.847233 0.944369
11 9 1.01386 1.02133
13 9 -0.0010253 0
15 9 0.65781 0.814555
e
3 10 0.392322 0.400822
4 10 0.610802 0.624053
8 10 -7.11098e-05 0
9 10 -0.000230404 0
10 10 -2.21326e-05 0
11 10 -2.99212e-05 0
12 10 -0.000368024 0
13 10 -0.00151823 -0.0010253
14 10 -4.04489e-05 0
15 10 0.814555 0.814627
e
0 11 1.46454 1.46878
1 11 0.69561 0.827833
2 11 0.585667 0.695093
3 11 0.400822 1.02177
4 11 0.624053 0.741031
5 11 0.707462 0.746493
6 11 0.475433 0.634815
7 11 0.460511 0.508911
8 11 0.896633 0.950185
9 11 1.10918 1.19658
10 11 0.944369 1.00465
11 11 1.02133 1.07619
12 11 0.475693 0.754419
13 11 0.625681 0.996296
14 11 0.784875 0.833072
15 11 0.814627 1.01444
16 11 0.052683 1.12553
17 11 0.402035 0.556607
e
0 12 -0.468784 -2.31137e-06
1 12 0.827833 1
2 12 0.695093 1.00026
3 12 -0.021773 0
4 12 0.741031 1.00006
5 12 0.746493 1
6 12 0.634815 1.00008
7 12 0.508911 1
8 12 0.950185 1.00007
9 12 -0.196579 -0.000230404
10 12 -0.00464557 -2.21326e-05
11 12 -0.0761936 -2.99212e-05
12 12 0.754419 1.00037
13 12 0.996296 1.00152
14 12 0.833072 1.00004
15 12 -0.0144373 0
16 12 -0.125532 0
17 12 0.556607 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.1905e-06:0.901998]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     8.45259e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 84.5 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     8.7468e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 87.5 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.300666
1 0.0139472
2 0.000883769
3 0.00294782
4 0.00189102
5 0.000953508
6 0.00190381
7 0.00409653
8 0.000783076
9 0.000362522
10 0.00125797
11 0.00186103
12 0.000151307
13 0.000112966
14 0.00137666
15 0.00038942
16 2.45715e-05
17 0.00020071
e
unset multiplot
unset logscale y
set output
