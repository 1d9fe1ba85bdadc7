# explain.py: explain-4194304-published; data inline, run `gnuplot explain-4194304-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-published.png"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-2.002926:102.002926]
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
0 0 0 0.00718761
1 0 0 0.145339
2 0 0 0.356953
3 0 0 0.429896
4 0 0 0.460479
5 0 0 0.374736
6 0 0 0.318522
7 0 0 0.25354
8 0 0 0.382646
9 0 0 0.470073
10 0 0 0.310203
11 0 0 0.277541
12 0 0 0.617531
13 0 0 0.604346
14 0 0 0.519605
15 0 0 0.581781
16 0 0 0.594117
17 0 0 0.601704
e
0 1 0.00718761 0.505882
5 1 0.374736 0.404742
6 1 0.318522 0.341781
8 1 0.382646 0.413285
10 1 0.310203 0.335042
11 1 0.277541 0.299764
e
0 2 0.505882 0.666046
1 2 0.145339 0.145348
2 2 0.356953 0.356976
5 2 0.404742 0.419961
6 2 0.341781 0.366341
7 2 0.25354 0.253556
8 2 0.413285 0.428826
9 2 0.470073 0.470102
10 2 0.335042 0.34764
11 2 0.299764 0.311036
12 2 0.617531 0.617571
15 2 0.581781 0.581818
16 2 0.594117 0.594155
17 2 0.601704 0.601742
e
1 3 0.145348 0.439023
e
0 4 0.666046 0.667997
1 4 0.439023 0.450416
2 4 0.356976 0.404941
3 4 0.429896 0.444338
4 4 0.460479 0.475948
5 4 0.419961 0.43255
6 4 0.366341 0.398442
7 4 0.253556 0.304659
8 4 0.428826 0.44168
9 4 0.470102 0.501685
10 4 0.34764 0.368482
11 4 0.311036 0.32036
12 4 0.617571 0.638316
13 4 0.604346 0.624648
16 4 0.594155 0.614113
17 4 0.601742 0.636407
e
3 5 0.444338 0.542971
4 5 0.475948 0.581598
14 5 0.519605 0.638822
e
0 6 0.667997 0.669855
1 6 0.450416 0.470558
2 6 0.404941 0.44204
3 6 0.542971 0.543215
4 6 0.581598 0.581795
5 6 0.43255 0.471499
6 6 0.398442 0.431548
7 6 0.304659 0.33101
8 6 0.44168 0.478441
9 6 0.501685 0.546845
10 6 0.368482 0.431323
11 6 0.32036 0.347023
15 6 0.581818 0.637709
e
7 7 0.33101 0.416634
11 7 0.347023 0.618497
e
0 8 0.669855 0.670017
1 8 0.470558 0.472244
2 8 0.44204 0.443503
3 8 -2.67849e-05 0
4 8 0.581795 0.581802
5 8 0.471499 0.471563
6 8 0.431548 0.431687
7 8 0.416634 0.421164
8 8 0.478441 0.478584
9 8 0.546845 0.546962
10 8 0.431323 0.431719
11 8 0.618497 0.618531
14 8 0.638822 0.63883
15 8 0.637709 0.638552
e
0 9 0.670017 0.670071
1 9 0.472244 0.472349
2 9 0.443503 0.443657
3 9 -2.92575e-05 -2.67849e-05
4 9 -1.05941e-05 0
5 9 0.471563 0.471852
6 9 0.431687 0.432462
7 9 0.421164 0.421288
8 9 0.478584 0.480439
9 9 0.546962 0.548454
10 9 0.431719 0.444424
11 9 0.618531 0.622038
12 9 -7.10367e-06 0
13 9 -6.95199e-06 0
14 9 0.63883 0.63923
15 9 0.638552 0.651248
16 9 0.614113 0.614414
17 9 0.636407 0.636747
e
0 10 0.670071 0.680157
1 10 0.472349 0.523123
2 10 0.443657 0.535984
3 10 0.543215 0.546744
4 10 0.581802 0.585582
5 10 0.471852 0.660038
6 10 0.432462 0.621769
7 10 0.421288 0.555599
8 10 0.480439 0.623685
9 10 0.548454 0.558354
10 10 0.444424 0.567302
11 10 0.622038 0.735019
12 10 -1.18574e-05 -7.10367e-06
13 10 -1.16042e-05 -6.95199e-06
14 10 -7.99975e-06 0
15 10 -1.49283e-06 0
16 10 -1.52449e-06 0
e
0 11 0.680157 0.681274
1 11 0.523123 0.549364
2 11 0.535984 0.538893
3 11 0.546744 0.634147
4 11 0.585582 0.59492
5 11 0.660038 0.661464
6 11 0.621769 0.633131
7 11 0.555599 0.561193
8 11 0.623685 0.625194
9 11 0.558354 0.55984
10 11 0.567302 0.569745
11 11 0.735019 0.737681
12 11 0.638316 0.641125
13 11 0.624648 0.627523
14 11 0.63923 0.642643
15 11 0.651248 0.656214
16 11 0.614414 0.61619
17 11 0.636747 0.638551
e
0 12 0.681274 1
1 12 0.549364 1
2 12 0.538893 1
3 12 0.634147 1.00003
4 12 0.59492 1.00001
5 12 0.661464 1
6 12 0.633131 1
7 12 0.561193 1
8 12 0.625194 1
9 12 0.55984 1
10 12 0.569745 1
11 12 0.737681 1
12 12 0.641125 1.00001
13 12 0.627523 1.00001
14 12 0.642643 1.00001
15 12 0.656214 1
16 12 0.61619 1
17 12 0.638551 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.000116835:4.2775]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000350504 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 350.5 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     0.000351511 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 351.5 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 1.42583
1 0.0705133
2 0.0287106
3 0.0238391
4 0.0222558
5 0.0273482
6 0.0321746
7 0.0404211
8 0.0267828
9 0.0218016
10 0.0330375
11 0.0369255
12 0.0165957
13 0.0169577
14 0.0197233
15 0.0176155
16 0.0172497
17 0.0170322
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-published.svg"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-2.002926:102.002926]
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
0 0 0 0.00718761
1 0 0 0.145339
2 0 0 0.356953
3 0 0 0.429896
4 0 0 0.460479
5 0 0 0.374736
6 0 0 0.318522
7 0 0 0.25354
8 0 0 0.382646
9 0 0 0.470073
10 0 0 0.310203
11 0 0 0.277541
12 0 0 0.617531
13 0 0 0.604346
14 0 0 0.519605
15 0 0 0.581781
16 0 0 0.594117
17 0 0 0.601704
e
0 1 0.00718761 0.505882
5 1 0.374736 0.404742
6 1 0.318522 0.341781
8 1 0.382646 0.413285
10 1 0.310203 0.335042
11 1 0.277541 0.299764
e
0 2 0.505882 0.666046
1 2 0.145339 0.145348
2 2 0.356953 0.356976
5 2 0.404742 0.419961
6 2 0.341781 0.366341
7 2 0.25354 0.253556
8 2 0.413285 0.428826
9 2 0.470073 0.470102
10 2 0.335042 0.34764
11 2 0.299764 0.311036
12 2 0.617531 0.617571
15 2 0.581781 0.581818
16 2 0.594117 0.594155
17 2 0.601704 0.601742
e
1 3 0.145348 0.439023
e
0 4 0.666046 0.667997
1 4 0.439023 0.450416
2 4 0.356976 0.404941
3 4 0.429896 0.444338
4 4 0.460479 0.475948
5 4 0.419961 0.43255
6 4 0.366341 0.398442
7 4 0.253556 0.304659
8 4 0.428826 0.44168
9 4 0.470102 0.501685
10 4 0.34764 0.368482
11 4 0.311036 0.32036
12 4 0.617571 0.638316
13 4 0.604346 0.624648
16 4 0.594155 0.614113
17 4 0.601742 0.636407
e
3 5 0.444338 0.542971
4 5 0.475948 0.581598
14 5 0.519605 0.638822
e
0 6 0.667997 0.669855
1 6 0.450416 0.470558
2 6 0.404941 0.44204
3 6 0.542971 0.543215
4 6 0.581598 0.581795
5 6 0.43255 0.471499
6 6 0.398442 0.431548
7 6 0.304659 0.33101
8 6 0.44168 0.478441
9 6 0.501685 0.546845
10 6 0.368482 0.431323
11 6 0.32036 0.347023
15 6 0.581818 0.637709
e
7 7 0.33101 0.416634
11 7 0.347023 0.618497
e
0 8 0.669855 0.670017
1 8 0.470558 0.472244
2 8 0.44204 0.443503
3 8 -2.67849e-05 0
4 8 0.581795 0.581802
5 8 0.471499 0.471563
6 8 0.431548 0.431687
7 8 0.416634 0.421164
8 8 0.478441 0.478584
9 8 0.546845 0.546962
10 8 0.431323 0.431719
11 8 0.618497 0.618531
14 8 0.638822 0.63883
15 8 0.637709 0.638552
e
0 9 0.670017 0.670071
1 9 0.472244 0.472349
2 9 0.443503 0.443657
3 9 -2.92575e-05 -2.67849e-05
4 9 -1.05941e-05 0
5 9 0.471563 0.471852
6 9 0.431687 0.432462
7 9 0.421164 0.421288
8 9 0.478584 0.480439
9 9 0.546962 0.548454
10 9 0.431719 0.444424
11 9 0.618531 0.622038
12 9 -7.10367e-06 0
13 9 -6.95199e-06 0
14 9 0.63883 0.63923
15 9 0.638552 0.651248
16 9 0.614113 0.614414
17 9 0.636407 0.636747
e
0 10 0.670071 0.680157
1 10 0.472349 0.523123
2 10 0.443657 0.535984
3 10 0.543215 0.546744
4 10 0.581802 0.585582
5 10 0.471852 0.660038
6 10 0.432462 0.621769
7 10 0.421288 0.555599
8 10 0.480439 0.623685
9 10 0.548454 0.558354
10 10 0.444424 0.567302
11 10 0.622038 0.735019
12 10 -1.18574e-05 -7.10367e-06
13 10 -1.16042e-05 -6.95199e-06
14 10 -7.99975e-06 0
15 10 -1.49283e-06 0
16 10 -1.52449e-06 0
e
0 11 0.680157 0.681274
1 11 0.523123 0.549364
2 11 0.535984 0.538893
3 11 0.546744 0.634147
4 11 0.585582 0.59492
5 11 0.660038 0.661464
6 11 0.621769 0.633131
7 11 0.555599 0.561193
8 11 0.623685 0.625194
9 11 0.558354 0.55984
10 11 0.567302 0.569745
11 11 0.735019 0.737681
12 11 0.638316 0.641125
13 11 0.624648 0.627523
14 11 0.63923 0.642643
15 11 0.651248 0.656214
16 11 0.614414 0.61619
17 11 0.636747 0.638551
e
0 12 0.681274 1
1 12 0.549364 1
2 12 0.538893 1
3 12 0.634147 1.00003
4 12 0.59492 1.00001
5 12 0.661464 1
6 12 0.633131 1
7 12 0.561193 1
8 12 0.625194 1
9 12 0.55984 1
10 12 0.569745 1
11 12 0.737681 1
12 12 0.641125 1.00001
13 12 0.627523 1.00001
14 12 0.642643 1.00001
15 12 0.656214 1
16 12 0.61619 1
17 12 0.638551 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.000116835:4.2775]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000350504 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 350.5 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     0.000351511 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 351.5 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 1.42583
1 0.0705133
2 0.0287106
3 0.0238391
4 0.0222558
5 0.0273482
6 0.0321746
7 0.0404211
8 0.0267828
9 0.0218016
10 0.0330375
11 0.0369255
12 0.0165957
13 0.0169577
14 0.0197233
15 0.0176155
16 0.0172497
17 0.0170322
e
unset multiplot
unset logscale y
set output
