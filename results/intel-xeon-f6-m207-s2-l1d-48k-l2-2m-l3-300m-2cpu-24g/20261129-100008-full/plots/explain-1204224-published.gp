# explain.py: explain-1204224-published; data inline, run `gnuplot explain-1204224-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-published.png"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-27.575321:127.575321]
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
0 0 0 0.0103787
1 0 0 0.312328
2 0 0 0.751645
3 0 0 0.749922
4 0 0 0.682015
5 0 0 0.616874
6 0 0 0.600438
7 0 0 0.463505
8 0 0 0.585955
9 0 0 0.758848
10 0 0 0.495087
11 0 0 0.482202
12 0 0 0.865804
13 0 0 0.856791
14 0 0 0.940043
15 0 0 0.840433
16 0 0 0.953122
17 0 0 0.917462
e
0 1 0.0103787 0.776917
5 1 0.616874 0.646402
6 1 0.600438 0.628268
8 1 0.585955 0.614004
10 1 0.495087 0.518786
11 1 0.482202 0.505284
e
0 2 0.776917 0.954792
1 2 0.312328 0.312412
2 2 0.751645 0.751846
5 2 0.646402 0.661047
6 2 0.628268 0.654119
7 2 0.463505 0.463629
8 2 0.614004 0.627914
9 2 0.758848 0.759051
10 2 0.518786 0.530539
11 2 0.505284 0.516731
12 2 0.865804 0.866036
15 2 0.840433 0.840658
16 2 0.953122 0.953377
17 2 0.917462 0.917707
e
1 3 0.312412 0.893128
e
0 4 0.954792 0.95647
1 4 0.893128 0.905503
2 4 0.751846 0.802894
3 4 0.749922 0.762655
4 4 0.682015 0.693595
5 4 0.661047 0.67152
6 4 0.654119 0.684703
7 4 0.463629 0.510848
8 4 0.627914 0.637863
9 4 0.759051 0.78482
10 4 0.530539 0.547351
11 4 0.516731 0.524919
12 4 0.866036 0.880736
13 4 0.856791 0.871338
16 4 0.953377 0.96956
17 4 0.917707 0.947381
e
3 5 0.762655 0.938447
4 5 0.693595 0.853468
14 5 0.940043 1.1604
e
0 6 0.95647 0.958054
1 6 0.905503 0.928583
2 6 0.802894 0.844544
3 6 0.938447 0.939394
4 6 0.853468 0.853905
5 6 0.67152 0.705708
6 6 0.684703 0.717977
7 6 0.510848 0.536531
8 6 0.637863 0.670801
9 6 0.78482 0.827476
10 6 0.547351 0.605893
11 6 0.524919 0.552024
15 6 0.840658 0.8879
e
7 7 0.536531 0.658454
11 7 0.552024 0.884189
e
0 8 0.958054 0.95817
1 8 0.928583 0.930291
2 8 0.844544 0.846066
3 8 0.939394 0.939496
4 8 -1.86562e-05 0
5 8 0.705708 0.70591
6 8 0.717977 0.717993
7 8 0.658454 0.662638
8 8 0.670801 0.671041
9 8 0.827476 0.827559
10 8 0.605893 0.606177
11 8 0.884189 0.884374
15 8 0.8879 0.888751
17 8 0.947381 0.947406
e
0 9 -2.89333e-07 0
1 9 0.930291 0.930339
2 9 0.846066 0.846087
3 9 0.939496 0.939642
4 9 0.853905 0.853924
5 9 0.70591 0.70732
6 9 0.717993 0.718445
7 9 0.662638 0.662773
8 9 0.671041 0.673442
9 9 0.827559 0.831854
10 9 0.606177 0.621511
11 9 0.884374 0.888339
13 9 -0.000214967 0
14 9 1.1604 1.16292
15 9 0.888751 0.904964
16 9 0.96956 0.970862
17 9 0.947406 0.94866
e
0 10 0.95817 0.963131
1 10 0.930339 1.02151
3 10 0.939642 0.94443
4 10 0.853924 0.858278
5 10 0.70732 0.924492
6 10 0.718445 0.990429
7 10 0.662773 0.8543
8 10 0.673442 0.934896
9 10 0.831854 0.988923
10 10 0.621511 0.851723
11 10 0.888339 1.087
12 10 -6.14185e-06 0
13 10 -0.000221045 -0.000214967
14 10 -6.66849e-06 0
e
0 11 0.963131 0.96619
1 11 1.02151 1.14674
2 11 0.846087 0.863923
3 11 0.94443 1.25575
4 11 0.858278 0.924713
5 11 0.924492 0.929316
6 11 0.990429 1.04183
7 11 0.8543 0.902411
8 11 0.934896 0.94112
9 11 0.988923 0.995208
10 11 0.851723 0.861274
11 11 1.087 1.09946
12 11 0.880736 0.890085
13 11 0.871338 0.879837
14 11 1.16292 1.17679
15 11 0.904964 0.918114
16 11 0.970862 0.977232
17 11 0.94866 0.955336
e
0 12 0.96619 1
1 12 -0.146744 0
2 12 0.863923 1
3 12 -0.255753 0
4 12 0.924713 1.00002
5 12 0.929316 1
6 12 -0.0418269 0
7 12 0.902411 1
8 12 0.94112 1
9 12 0.995208 1
10 12 0.861274 1
11 12 -0.0994571 0
12 12 0.890085 1.00001
13 12 0.879837 1.00022
14 12 -0.176789 -6.66849e-06
15 12 0.918114 1
16 12 0.977232 1
17 12 0.955336 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [2.77797e-05:1.30884]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     8.3339e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 83.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout cross-core", \
     8.841e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 88.4 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.436279
1 0.0144976
2 0.00602414
3 0.00603797
4 0.00663917
5 0.00734025
6 0.00754118
7 0.00976907
8 0.00772757
9 0.00596696
10 0.00914588
11 0.00939027
12 0.00522984
13 0.00528485
14 0.00481681
15 0.00538772
16 0.00475072
17 0.00493537
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-published.svg"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-27.575321:127.575321]
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
0 0 0 0.0103787
1 0 0 0.312328
2 0 0 0.751645
3 0 0 0.749922
4 0 0 0.682015
5 0 0 0.616874
6 0 0 0.600438
7 0 0 0.463505
8 0 0 0.585955
9 0 0 0.758848
10 0 0 0.495087
11 0 0 0.482202
12 0 0 0.865804
13 0 0 0.856791
14 0 0 0.940043
15 0 0 0.840433
16 0 0 0.953122
17 0 0 0.917462
e
0 1 0.0103787 0.776917
5 1 0.616874 0.646402
6 1 0.600438 0.628268
8 1 0.585955 0.614004
10 1 0.495087 0.518786
11 1 0.482202 0.505284
e
0 2 0.776917 0.954792
1 2 0.312328 0.312412
2 2 0.751645 0.751846
5 2 0.646402 0.661047
6 2 0.628268 0.654119
7 2 0.463505 0.463629
8 2 0.614004 0.627914
9 2 0.758848 0.759051
10 2 0.518786 0.530539
11 2 0.505284 0.516731
12 2 0.865804 0.866036
15 2 0.840433 0.840658
16 2 0.953122 0.953377
17 2 0.917462 0.917707
e
1 3 0.312412 0.893128
e
0 4 0.954792 0.95647
1 4 0.893128 0.905503
2 4 0.751846 0.802894
3 4 0.749922 0.762655
4 4 0.682015 0.693595
5 4 0.661047 0.67152
6 4 0.654119 0.684703
7 4 0.463629 0.510848
8 4 0.627914 0.637863
9 4 0.759051 0.78482
10 4 0.530539 0.547351
11 4 0.516731 0.524919
12 4 0.866036 0.880736
13 4 0.856791 0.871338
16 4 0.953377 0.96956
17 4 0.917707 0.947381
e
3 5 0.762655 0.938447
4 5 0.693595 0.853468
14 5 0.940043 1.1604
e
0 6 0.95647 0.958054
1 6 0.905503 0.928583
2 6 0.802894 0.844544
3 6 0.938447 0.939394
4 6 0.853468 0.853905
5 6 0.67152 0.705708
6 6 0.684703 0.717977
7 6 0.510848 0.536531
8 6 0.637863 0.670801
9 6 0.78482 0.827476
10 6 0.547351 0.605893
11 6 0.524919 0.552024
15 6 0.840658 0.8879
e
7 7 0.536531 0.658454
11 7 0.552024 0.884189
e
0 8 0.958054 0.95817
1 8 0.928583 0.930291
2 8 0.844544 0.846066
3 8 0.939394 0.939496
4 8 -1.86562e-05 0
5 8 0.705708 0.70591
6 8 0.717977 0.717993
7 8 0.658454 0.662638
8 8 0.670801 0.671041
9 8 0.827476 0.827559
10 8 0.605893 0.606177
11 8 0.884189 0.884374
15 8 0.8879 0.888751
17 8 0.947381 0.947406
e
0 9 -2.89333e-07 0
1 9 0.930291 0.930339
2 9 0.846066 0.846087
3 9 0.939496 0.939642
4 9 0.853905 0.853924
5 9 0.70591 0.70732
6 9 0.717993 0.718445
7 9 0.662638 0.662773
8 9 0.671041 0.673442
9 9 0.827559 0.831854
10 9 0.606177 0.621511
11 9 0.884374 0.888339
13 9 -0.000214967 0
14 9 1.1604 1.16292
15 9 0.888751 0.904964
16 9 0.96956 0.970862
17 9 0.947406 0.94866
e
0 10 0.95817 0.963131
1 10 0.930339 1.02151
3 10 0.939642 0.94443
4 10 0.853924 0.858278
5 10 0.70732 0.924492
6 10 0.718445 0.990429
7 10 0.662773 0.8543
8 10 0.673442 0.934896
9 10 0.831854 0.988923
10 10 0.621511 0.851723
11 10 0.888339 1.087
12 10 -6.14185e-06 0
13 10 -0.000221045 -0.000214967
14 10 -6.66849e-06 0
e
0 11 0.963131 0.96619
1 11 1.02151 1.14674
2 11 0.846087 0.863923
3 11 0.94443 1.25575
4 11 0.858278 0.924713
5 11 0.924492 0.929316
6 11 0.990429 1.04183
7 11 0.8543 0.902411
8 11 0.934896 0.94112
9 11 0.988923 0.995208
10 11 0.851723 0.861274
11 11 1.087 1.09946
12 11 0.880736 0.890085
13 11 0.871338 0.879837
14 11 1.16292 1.17679
15 11 0.904964 0.918114
16 11 0.970862 0.977232
17 11 0.94866 0.955336
e
0 12 0.96619 1
1 12 -0.146744 0
2 12 0.863923 1
3 12 -0.255753 0
4 12 0.924713 1.00002
5 12 0.929316 1
6 12 -0.0418269 0
7 12 0.902411 1
8 12 0.94112 1
9 12 0.995208 1
10 12 0.861274 1
11 12 -0.0994571 0
12 12 0.890085 1.00001
13 12 0.879837 1.00022
14 12 -0.176789 -6.66849e-06
15 12 0.918114 1
16 12 0.977232 1
17 12 0.955336 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [2.77797e-05:1.30884]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     8.3339e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 83.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout cross-core", \
     8.841e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 88.4 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.436279
1 0.0144976
2 0.00602414
3 0.00603797
4 0.00663917
5 0.00734025
6 0.00754118
7 0.00976907
8 0.00772757
9 0.00596696
10 0.00914588
11 0.00939027
12 0.00522984
13 0.00528485
14 0.00481681
15 0.00538772
16 0.00475072
17 0.00493537
e
unset multiplot
unset logscale y
set output
