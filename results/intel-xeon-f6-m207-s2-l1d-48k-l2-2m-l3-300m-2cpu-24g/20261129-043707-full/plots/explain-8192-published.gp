# explain.py: explain-8192-published; data inline, run `gnuplot explain-8192-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-published.png"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-19.643814:119.643814]
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
0 0 0 0.00690438
1 0 0 0.0155126
2 0 0 0.207885
3 0 0 0.0156854
4 0 0 0.111074
5 0 0 0.364329
6 0 0 0.0876886
7 0 0 0.0754771
8 0 0 0.322686
9 0 0 0.474108
10 0 0 0.220012
11 0 0 0.110514
12 0 0 0.371916
13 0 0 0.356956
14 0 0 0.17654
15 0 0 0.239667
16 0 0 0.5319
17 0 0 0.537226
e
0 1 0.00690438 0.444791
5 1 0.364329 0.434542
6 1 0.0876886 0.0910908
8 1 0.322686 0.384873
10 1 0.220012 0.262413
11 1 0.110514 0.131813
e
0 2 0.444791 0.510726
1 2 0.0155126 0.0160743
2 2 0.207885 0.215412
5 2 0.434542 0.477982
6 2 0.0910908 0.0964527
7 2 0.0754771 0.07821
8 2 0.384873 0.423348
9 2 0.474108 0.491275
10 2 0.262413 0.288645
11 2 0.131813 0.14499
12 2 0.371916 0.385383
15 2 0.239667 0.248345
16 2 0.5319 0.551159
17 2 0.537226 0.556678
e
1 3 0.0160743 0.0423541
e
0 4 0.510726 0.510851
1 4 0.0423541 0.0424433
2 4 0.215412 0.217426
3 4 0.0156854 0.0157234
4 4 0.111074 0.111343
5 4 0.477982 0.478864
6 4 0.0964527 0.0970898
7 4 0.07821 0.0793067
8 4 0.423348 0.42413
9 4 0.491275 0.493571
10 4 0.288645 0.289711
11 4 0.14499 0.145257
12 4 0.385383 0.386284
13 4 0.356956 0.35782
16 4 0.551159 0.552447
17 4 0.556678 0.581259
e
3 5 0.0157234 0.0346709
4 5 0.111343 0.245518
14 5 0.17654 0.389796
e
0 6 0.510851 0.512599
1 6 0.0424433 0.0446046
2 6 0.217426 0.238597
3 6 0.0346709 0.0376019
4 6 0.245518 0.260604
5 6 0.478864 0.516708
6 6 0.0970898 0.106128
7 6 0.0793067 0.0869663
8 6 0.42413 0.444958
9 6 0.493571 0.524172
10 6 0.289711 0.313027
11 6 0.145257 0.15239
15 6 0.248345 0.263814
e
7 7 0.0869663 0.562068
11 7 0.15239 0.629267
e
0 8 0.512599 0.512778
1 8 -0.000320803 0
2 8 0.238597 0.239672
6 8 0.106128 0.107941
7 8 0.562068 0.562849
8 8 -0.00166829 0
14 8 0.389796 0.390708
15 8 0.263814 0.26877
e
0 9 0.512778 0.512804
2 9 -0.0111122 0
3 9 0.0376019 0.0378414
5 9 0.516708 0.518099
6 9 -0.00602649 0
7 9 0.562849 0.563137
9 9 0.524172 0.527793
11 9 0.629267 0.636018
13 9 0.35782 0.360546
14 9 0.390708 0.409582
16 9 0.552447 0.635712
17 9 0.581259 0.681767
e
0 10 -1.32424e-05 0
2 10 0.239672 0.24007
3 10 0.0378414 0.0393456
6 10 -0.00619467 -0.00602649
8 10 -0.00290609 -0.00166829
9 10 -0.00272796 0
10 10 -0.00126593 0
11 10 -0.00084785 0
12 10 -0.00213997 0
13 10 -0.00205388 0
14 10 -0.00203158 0
16 10 -0.00102016 0
e
0 11 0.512804 0.892285
1 11 0.0446046 0.986598
2 11 0.24007 0.902865
3 11 0.0393456 0.992982
4 11 0.260604 0.954688
5 11 0.518099 0.908632
6 11 0.107941 1.0002
7 11 0.563137 1.15572
8 11 0.444958 0.90641
9 11 0.527793 1.03978
10 11 0.313027 0.931983
11 11 0.636018 0.986404
12 11 0.386284 0.98769
13 11 0.360546 0.960593
14 11 0.409582 0.968511
15 11 0.26877 0.9378
16 11 0.635712 1.08002
17 11 0.681767 1.17644
e
0 12 0.892285 1.00001
1 12 0.986598 1.00032
2 12 0.902865 1.01111
3 12 0.992982 1
4 12 0.954688 1
5 12 0.908632 1
6 12 1.0002 1.00619
7 12 -0.155715 0
8 12 0.90641 1.00291
9 12 -0.0397768 -0.00272796
10 12 0.931983 1.00127
11 12 0.986404 1.00085
12 12 0.98769 1.00214
13 12 0.960593 1.00205
14 12 0.968511 1.00203
15 12 0.9378 1
16 12 -0.0800177 -0.00102016
17 12 -0.176438 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.9158e-05:0.013416]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00447202
1 0.00199041
2 0.000148527
3 0.00196849
4 0.00027798
5 8.4749e-05
6 0.000352116
7 0.000409085
8 9.5686e-05
9 6.51255e-05
10 0.00014034
11 0.000279389
12 8.302e-05
13 8.64995e-05
14 0.000174898
15 0.000128831
16 5.80495e-05
17 5.7474e-05
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
set yrange [-19.643814:119.643814]
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
0 0 0 0.00690438
1 0 0 0.0155126
2 0 0 0.207885
3 0 0 0.0156854
4 0 0 0.111074
5 0 0 0.364329
6 0 0 0.0876886
7 0 0 0.0754771
8 0 0 0.322686
9 0 0 0.474108
10 0 0 0.220012
11 0 0 0.110514
12 0 0 0.371916
13 0 0 0.356956
14 0 0 0.17654
15 0 0 0.239667
16 0 0 0.5319
17 0 0 0.537226
e
0 1 0.00690438 0.444791
5 1 0.364329 0.434542
6 1 0.0876886 0.0910908
8 1 0.322686 0.384873
10 1 0.220012 0.262413
11 1 0.110514 0.131813
e
0 2 0.444791 0.510726
1 2 0.0155126 0.0160743
2 2 0.207885 0.215412
5 2 0.434542 0.477982
6 2 0.0910908 0.0964527
7 2 0.0754771 0.07821
8 2 0.384873 0.423348
9 2 0.474108 0.491275
10 2 0.262413 0.288645
11 2 0.131813 0.14499
12 2 0.371916 0.385383
15 2 0.239667 0.248345
16 2 0.5319 0.551159
17 2 0.537226 0.556678
e
1 3 0.0160743 0.0423541
e
0 4 0.510726 0.510851
1 4 0.0423541 0.0424433
2 4 0.215412 0.217426
3 4 0.0156854 0.0157234
4 4 0.111074 0.111343
5 4 0.477982 0.478864
6 4 0.0964527 0.0970898
7 4 0.07821 0.0793067
8 4 0.423348 0.42413
9 4 0.491275 0.493571
10 4 0.288645 0.289711
11 4 0.14499 0.145257
12 4 0.385383 0.386284
13 4 0.356956 0.35782
16 4 0.551159 0.552447
17 4 0.556678 0.581259
e
3 5 0.0157234 0.0346709
4 5 0.111343 0.245518
14 5 0.17654 0.389796
e
0 6 0.510851 0.512599
1 6 0.0424433 0.0446046
2 6 0.217426 0.238597
3 6 0.0346709 0.0376019
4 6 0.245518 0.260604
5 6 0.478864 0.516708
6 6 0.0970898 0.106128
7 6 0.0793067 0.0869663
8 6 0.42413 0.444958
9 6 0.493571 0.524172
10 6 0.289711 0.313027
11 6 0.145257 0.15239
15 6 0.248345 0.263814
e
7 7 0.0869663 0.562068
11 7 0.15239 0.629267
e
0 8 0.512599 0.512778
1 8 -0.000320803 0
2 8 0.238597 0.239672
6 8 0.106128 0.107941
7 8 0.562068 0.562849
8 8 -0.00166829 0
14 8 0.389796 0.390708
15 8 0.263814 0.26877
e
0 9 0.512778 0.512804
2 9 -0.0111122 0
3 9 0.0376019 0.0378414
5 9 0.516708 0.518099
6 9 -0.00602649 0
7 9 0.562849 0.563137
9 9 0.524172 0.527793
11 9 0.629267 0.636018
13 9 0.35782 0.360546
14 9 0.390708 0.409582
16 9 0.552447 0.635712
17 9 0.581259 0.681767
e
0 10 -1.32424e-05 0
2 10 0.239672 0.24007
3 10 0.0378414 0.0393456
6 10 -0.00619467 -0.00602649
8 10 -0.00290609 -0.00166829
9 10 -0.00272796 0
10 10 -0.00126593 0
11 10 -0.00084785 0
12 10 -0.00213997 0
13 10 -0.00205388 0
14 10 -0.00203158 0
16 10 -0.00102016 0
e
0 11 0.512804 0.892285
1 11 0.0446046 0.986598
2 11 0.24007 0.902865
3 11 0.0393456 0.992982
4 11 0.260604 0.954688
5 11 0.518099 0.908632
6 11 0.107941 1.0002
7 11 0.563137 1.15572
8 11 0.444958 0.90641
9 11 0.527793 1.03978
10 11 0.313027 0.931983
11 11 0.636018 0.986404
12 11 0.386284 0.98769
13 11 0.360546 0.960593
14 11 0.409582 0.968511
15 11 0.26877 0.9378
16 11 0.635712 1.08002
17 11 0.681767 1.17644
e
0 12 0.892285 1.00001
1 12 0.986598 1.00032
2 12 0.902865 1.01111
3 12 0.992982 1
4 12 0.954688 1
5 12 0.908632 1
6 12 1.0002 1.00619
7 12 -0.155715 0
8 12 0.90641 1.00291
9 12 -0.0397768 -0.00272796
10 12 0.931983 1.00127
11 12 0.986404 1.00085
12 12 0.98769 1.00214
13 12 0.960593 1.00205
14 12 0.968511 1.00203
15 12 0.9378 1
16 12 -0.0800177 -0.00102016
17 12 -0.176438 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.9158e-05:0.013416]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00447202
1 0.00199041
2 0.000148527
3 0.00196849
4 0.00027798
5 8.4749e-05
6 0.000352116
7 0.000409085
8 9.5686e-05
9 6.51255e-05
10 0.00014034
11 0.000279389
12 8.302e-05
13 8.64995e-05
14 0.000174898
15 0.000128831
16 5.80495e-05
17 5.7474e-05
e
unset multiplot
unset logscale y
set output
