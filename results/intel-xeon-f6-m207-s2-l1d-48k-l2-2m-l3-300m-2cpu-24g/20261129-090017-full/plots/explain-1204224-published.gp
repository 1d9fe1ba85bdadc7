# explain.py: explain-1204224-published; data inline, run `gnuplot explain-1204224-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-published.png"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-35.902447:135.902447]
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
0 0 0 0.00768233
1 0 0 0.228557
2 0 0 0.730137
3 0 0 0.390922
4 0 0 0.550834
5 0 0 0.694227
6 0 0 0.567474
7 0 0 0.575173
8 0 0 0.674653
9 0 0 1.16637
10 0 0 0.821591
11 0 0 0.765643
12 0 0 0.685208
13 0 0 1.30337
14 0 0 0.542848
15 0 0 0.702108
16 0 0 0.933668
17 0 0 1.09586
e
0 1 0.00768233 0.44291
5 1 0.694227 0.730086
6 1 0.567474 0.593999
8 1 0.674653 0.709501
10 1 0.821591 0.864029
11 1 0.765643 0.805191
e
0 2 0.44291 0.554957
1 2 0.228557 0.228628
2 2 0.730137 0.730366
5 2 0.730086 0.744634
6 2 0.593999 0.620778
7 2 0.575173 0.575352
8 2 0.709501 0.723639
9 2 1.16637 1.16673
10 2 0.864029 0.881246
11 2 0.805191 0.821236
12 2 0.685208 0.685422
15 2 0.702108 0.702328
16 2 0.933668 0.93396
17 2 1.09586 1.0962
e
1 3 0.228628 0.641357
e
0 4 0.554957 0.556526
1 4 0.641357 0.650735
2 4 0.730366 0.781721
3 4 0.390922 0.397796
4 4 0.550834 0.560519
5 4 0.744634 0.756841
6 4 0.620778 0.650714
7 4 0.575352 0.636036
8 4 0.723639 0.735502
9 4 1.16673 1.20775
10 4 0.881246 0.91014
11 4 0.821236 0.834699
12 4 0.685422 0.69747
13 4 1.30337 1.32628
16 4 0.93396 0.950378
17 4 1.0962 1.12767
e
3 5 0.397796 0.478262
4 5 0.560519 0.673901
14 5 0.542848 0.654585
e
0 6 0.556526 0.558028
1 6 0.650735 0.673759
2 6 0.781721 0.836874
3 6 0.478262 0.478687
4 6 0.673901 0.674122
5 6 0.756841 0.809289
6 6 0.650714 0.693582
7 6 0.636036 0.679482
8 6 0.735502 0.783053
9 6 1.20775 1.28996
10 6 0.91014 1.0348
11 6 0.834699 0.888664
15 6 0.702328 0.751814
e
7 7 0.679482 0.81905
11 7 0.888664 1.1534
e
0 8 0.558028 0.558129
1 8 0.673759 0.675291
2 8 0.836874 0.838741
3 8 0.478687 0.478714
5 8 0.809289 0.809337
6 8 0.693582 0.694072
7 8 0.81905 0.825251
8 8 0.783053 0.78317
9 8 1.28996 1.2902
10 8 1.0348 1.03534
11 8 1.1534 1.15356
15 8 0.751814 0.752469
e
0 9 0.558129 0.558141
1 9 0.675291 0.675313
2 9 -4.60677e-05 0
3 9 -0.000123325 0
4 9 -1.73773e-05 0
5 9 0.809337 0.809907
6 9 0.694072 0.694251
7 9 0.825251 0.82536
8 9 0.78317 0.783638
9 9 1.2902 1.29189
10 9 1.03534 1.06867
11 9 1.15356 1.15547
13 9 1.32628 1.32633
14 9 -6.85014e-05 0
15 9 0.752469 0.765582
e
3 10 0.478714 0.481514
4 10 0.674122 0.678067
8 10 -1.07377e-05 0
9 10 -1.85638e-05 0
10 10 -1.30764e-05 0
11 10 -1.21859e-05 0
12 10 -1.09057e-05 0
13 10 -2.07442e-05 0
14 10 -7.71413e-05 -6.85014e-05
15 10 -5.58734e-06 0
e
0 11 0.558141 0.561818
1 11 0.675313 0.804378
2 11 0.838741 0.855896
3 11 0.481514 0.703684
4 11 0.678067 0.728557
5 11 0.809907 0.81775
6 11 0.694251 0.755738
7 11 0.82536 0.868059
8 11 0.783638 0.790731
9 11 1.29189 1.30279
10 11 1.06867 1.08694
11 11 1.15547 1.16862
12 11 0.69747 0.706329
13 11 1.32633 1.33902
14 11 0.654585 0.667782
15 11 0.765582 0.777638
16 11 0.950378 0.958639
17 11 1.12767 1.13666
e
0 12 0.561818 1
1 12 0.804378 1
2 12 0.855896 1.00005
3 12 0.703684 1.00012
4 12 0.728557 1.00002
5 12 0.81775 1
6 12 0.755738 1
7 12 0.868059 1
8 12 0.790731 1.00001
9 12 -0.302791 -1.85638e-05
10 12 -0.0869404 -1.30764e-05
11 12 -0.168617 -1.21859e-05
12 12 0.706329 1.00001
13 12 -0.339024 -2.07442e-05
14 12 0.667782 1.00008
15 12 0.777638 1.00001
16 12 0.958639 1
17 12 -0.136663 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [2.24675e-05:1.39827]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     8.0651e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 80.7 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout cross-core", \
     6.74024e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 67.4 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.46609
1 0.0156664
2 0.00490409
3 0.00915952
4 0.00650043
5 0.00515776
6 0.00630982
7 0.00622536
8 0.00530741
9 0.00306993
10 0.0043582
11 0.00467666
12 0.00522565
13 0.00274724
14 0.00659607
15 0.00509987
16 0.00383504
17 0.00326744
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
set yrange [-35.902447:135.902447]
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
0 0 0 0.00768233
1 0 0 0.228557
2 0 0 0.730137
3 0 0 0.390922
4 0 0 0.550834
5 0 0 0.694227
6 0 0 0.567474
7 0 0 0.575173
8 0 0 0.674653
9 0 0 1.16637
10 0 0 0.821591
11 0 0 0.765643
12 0 0 0.685208
13 0 0 1.30337
14 0 0 0.542848
15 0 0 0.702108
16 0 0 0.933668
17 0 0 1.09586
e
0 1 0.00768233 0.44291
5 1 0.694227 0.730086
6 1 0.567474 0.593999
8 1 0.674653 0.709501
10 1 0.821591 0.864029
11 1 0.765643 0.805191
e
0 2 0.44291 0.554957
1 2 0.228557 0.228628
2 2 0.730137 0.730366
5 2 0.730086 0.744634
6 2 0.593999 0.620778
7 2 0.575173 0.575352
8 2 0.709501 0.723639
9 2 1.16637 1.16673
10 2 0.864029 0.881246
11 2 0.805191 0.821236
12 2 0.685208 0.685422
15 2 0.702108 0.702328
16 2 0.933668 0.93396
17 2 1.09586 1.0962
e
1 3 0.228628 0.641357
e
0 4 0.554957 0.556526
1 4 0.641357 0.650735
2 4 0.730366 0.781721
3 4 0.390922 0.397796
4 4 0.550834 0.560519
5 4 0.744634 0.756841
6 4 0.620778 0.650714
7 4 0.575352 0.636036
8 4 0.723639 0.735502
9 4 1.16673 1.20775
10 4 0.881246 0.91014
11 4 0.821236 0.834699
12 4 0.685422 0.69747
13 4 1.30337 1.32628
16 4 0.93396 0.950378
17 4 1.0962 1.12767
e
3 5 0.397796 0.478262
4 5 0.560519 0.673901
14 5 0.542848 0.654585
e
0 6 0.556526 0.558028
1 6 0.650735 0.673759
2 6 0.781721 0.836874
3 6 0.478262 0.478687
4 6 0.673901 0.674122
5 6 0.756841 0.809289
6 6 0.650714 0.693582
7 6 0.636036 0.679482
8 6 0.735502 0.783053
9 6 1.20775 1.28996
10 6 0.91014 1.0348
11 6 0.834699 0.888664
15 6 0.702328 0.751814
e
7 7 0.679482 0.81905
11 7 0.888664 1.1534
e
0 8 0.558028 0.558129
1 8 0.673759 0.675291
2 8 0.836874 0.838741
3 8 0.478687 0.478714
5 8 0.809289 0.809337
6 8 0.693582 0.694072
7 8 0.81905 0.825251
8 8 0.783053 0.78317
9 8 1.28996 1.2902
10 8 1.0348 1.03534
11 8 1.1534 1.15356
15 8 0.751814 0.752469
e
0 9 0.558129 0.558141
1 9 0.675291 0.675313
2 9 -4.60677e-05 0
3 9 -0.000123325 0
4 9 -1.73773e-05 0
5 9 0.809337 0.809907
6 9 0.694072 0.694251
7 9 0.825251 0.82536
8 9 0.78317 0.783638
9 9 1.2902 1.29189
10 9 1.03534 1.06867
11 9 1.15356 1.15547
13 9 1.32628 1.32633
14 9 -6.85014e-05 0
15 9 0.752469 0.765582
e
3 10 0.478714 0.481514
4 10 0.674122 0.678067
8 10 -1.07377e-05 0
9 10 -1.85638e-05 0
10 10 -1.30764e-05 0
11 10 -1.21859e-05 0
12 10 -1.09057e-05 0
13 10 -2.07442e-05 0
14 10 -7.71413e-05 -6.85014e-05
15 10 -5.58734e-06 0
e
0 11 0.558141 0.561818
1 11 0.675313 0.804378
2 11 0.838741 0.855896
3 11 0.481514 0.703684
4 11 0.678067 0.728557
5 11 0.809907 0.81775
6 11 0.694251 0.755738
7 11 0.82536 0.868059
8 11 0.783638 0.790731
9 11 1.29189 1.30279
10 11 1.06867 1.08694
11 11 1.15547 1.16862
12 11 0.69747 0.706329
13 11 1.32633 1.33902
14 11 0.654585 0.667782
15 11 0.765582 0.777638
16 11 0.950378 0.958639
17 11 1.12767 1.13666
e
0 12 0.561818 1
1 12 0.804378 1
2 12 0.855896 1.00005
3 12 0.703684 1.00012
4 12 0.728557 1.00002
5 12 0.81775 1
6 12 0.755738 1
7 12 0.868059 1
8 12 0.790731 1.00001
9 12 -0.302791 -1.85638e-05
10 12 -0.0869404 -1.30764e-05
11 12 -0.168617 -1.21859e-05
12 12 0.706329 1.00001
13 12 -0.339024 -2.07442e-05
14 12 0.667782 1.00008
15 12 0.777638 1.00001
16 12 0.958639 1
17 12 -0.136663 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [2.24675e-05:1.39827]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     8.0651e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 80.7 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout cross-core", \
     6.74024e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 67.4 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.46609
1 0.0156664
2 0.00490409
3 0.00915952
4 0.00650043
5 0.00515776
6 0.00630982
7 0.00622536
8 0.00530741
9 0.00306993
10 0.0043582
11 0.00467666
12 0.00522565
13 0.00274724
14 0.00659607
15 0.00509987
16 0.00383504
17 0.00326744
e
unset multiplot
unset logscale y
set output
