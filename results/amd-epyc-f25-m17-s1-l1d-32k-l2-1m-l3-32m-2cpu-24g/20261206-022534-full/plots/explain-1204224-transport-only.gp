# explain.py: explain-1204224-transport-only; data inline, run `gnuplot explain-1204224-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-9.607801:109.607801]
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
0 1 0 0.756672
5 1 0 0.0268627
6 1 0 0.0132752
8 1 0 0.0222114
10 1 0 0.0158644
11 1 0 0.0133591
e
0 2 0.756672 0.939476
1 2 0 4.76949e-05
2 2 0 0.000821154
5 2 0.0268627 0.0409191
6 2 0.0132752 0.0266299
7 2 0 0.000102074
8 2 0.0222114 0.033834
9 2 0 0.000485926
10 2 0.0158644 0.0241657
11 2 0.0133591 0.0203496
12 2 0 0.00918726
15 2 0 0.00113236
16 2 0 0.0267605
17 2 0 0.0110055
e
1 3 4.76949e-05 0.363806
e
0 4 0.939476 0.940435
1 4 0.363806 0.369093
2 4 0.000821154 0.156831
3 4 0 0.00977384
4 4 0 0.0149302
5 4 0.0409191 0.0525079
6 4 0.0266299 0.0455797
7 4 0.000102074 0.0291915
8 4 0.033834 0.0434163
9 4 0.000485926 0.0466461
10 4 0.0241657 0.0378539
11 4 0.0203496 0.0261129
12 4 0.00918726 0.445555
13 4 0 0.427865
17 4 0.0110055 0.6079
e
3 5 0.00977384 0.398211
4 5 0.0149302 0.608294
14 5 0 0.585133
e
0 6 0.940435 0.943462
1 6 0.369093 0.398337
2 6 0.156831 0.534379
3 6 0.398211 0.400781
4 6 0.608294 0.611242
5 6 0.0525079 0.164706
6 6 0.0455797 0.106729
7 6 0.0291915 0.0761214
8 6 0.0434163 0.100518
9 6 0.0466461 0.184183
10 6 0.0378539 0.147171
11 6 0.0261129 0.0604569
15 6 0.00113236 0.321635
e
7 7 0.0761214 0.309291
11 7 0.0604569 0.655114
e
0 8 0.943462 0.943824
1 8 0.398337 0.40174
2 8 0.534379 0.554452
4 8 -0.000103841 0
5 8 0.164706 0.165512
6 8 0.106729 0.10875
7 8 0.309291 0.320486
8 8 0.100518 0.101185
9 8 0.184183 0.184985
10 8 0.147171 0.148742
11 8 0.655114 0.655596
12 8 -0.00303499 0
15 8 0.321635 0.335476
e
0 9 -7.64211e-05 0
1 9 -0.000301631 0
2 9 0.554452 0.61625
3 9 -0.00182193 0
5 9 0.165512 0.187577
6 9 -0.00437347 0
7 9 0.320486 0.375034
8 9 0.101185 0.130019
9 9 0.184985 0.279329
10 9 0.148742 0.293089
11 9 0.655596 0.694501
14 9 0.585133 0.59964
15 9 0.335476 0.583254
16 9 0.0267605 0.0436843
e
0 10 0.943824 0.944255
1 10 0.40174 0.49419
2 10 0.61625 0.616586
3 10 0.400781 0.410765
4 10 0.611242 0.625692
5 10 0.187577 0.86641
6 10 0.10875 0.548183
7 10 0.375034 0.68707
8 10 0.130019 0.624767
9 10 0.279329 0.960725
10 10 0.293089 0.608093
11 10 0.694501 1.03789
e
0 11 0.944255 0.948641
1 11 0.49419 0.572049
2 11 0.616586 0.713389
3 11 0.410765 0.81937
4 11 0.625692 0.825809
5 11 0.86641 0.876875
6 11 0.548183 0.625894
7 11 0.68707 0.732697
8 11 0.624767 0.637836
9 11 0.960725 0.979279
10 11 0.608093 0.636867
11 11 1.03789 1.07608
12 11 0.445555 0.835472
13 11 0.427865 1.02317
14 11 0.59964 0.656726
15 11 0.583254 0.812697
16 11 0.0436843 0.959807
17 11 0.6079 0.974313
e
0 12 0.948641 1.00008
1 12 0.572049 1.0003
2 12 0.713389 1
3 12 0.81937 1.00182
4 12 0.825809 1.0001
5 12 0.876875 1
6 12 0.625894 1.00437
7 12 0.732697 1
8 12 0.637836 1
9 12 0.979279 1
10 12 0.636867 1
11 12 -0.076078 0
12 12 0.835472 1.00303
13 12 -0.0231743 0
14 12 0.656726 1
15 12 0.812697 1
16 12 0.959807 1
17 12 0.974313 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [6.48967e-06:0.569119]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     2.80156e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 28.0 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin cross-core", \
     5.05437e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 50.5 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.189706
1 0.0109236
2 0.000634474
3 0.00253186
4 0.00165744
5 0.00213532
6 0.0039176
7 0.00510413
8 0.00258247
9 0.00107218
10 0.00361568
11 0.00429372
12 5.6709e-05
13 5.7836e-05
14 0.00168076
15 0.000460102
16 1.9469e-05
17 4.734e-05
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
set yrange [-9.607801:109.607801]
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
0 1 0 0.756672
5 1 0 0.0268627
6 1 0 0.0132752
8 1 0 0.0222114
10 1 0 0.0158644
11 1 0 0.0133591
e
0 2 0.756672 0.939476
1 2 0 4.76949e-05
2 2 0 0.000821154
5 2 0.0268627 0.0409191
6 2 0.0132752 0.0266299
7 2 0 0.000102074
8 2 0.0222114 0.033834
9 2 0 0.000485926
10 2 0.0158644 0.0241657
11 2 0.0133591 0.0203496
12 2 0 0.00918726
15 2 0 0.00113236
16 2 0 0.0267605
17 2 0 0.0110055
e
1 3 4.76949e-05 0.363806
e
0 4 0.939476 0.940435
1 4 0.363806 0.369093
2 4 0.000821154 0.156831
3 4 0 0.00977384
4 4 0 0.0149302
5 4 0.0409191 0.0525079
6 4 0.0266299 0.0455797
7 4 0.000102074 0.0291915
8 4 0.033834 0.0434163
9 4 0.000485926 0.0466461
10 4 0.0241657 0.0378539
11 4 0.0203496 0.0261129
12 4 0.00918726 0.445555
13 4 0 0.427865
17 4 0.0110055 0.6079
e
3 5 0.00977384 0.398211
4 5 0.0149302 0.608294
14 5 0 0.585133
e
0 6 0.940435 0.943462
1 6 0.369093 0.398337
2 6 0.156831 0.534379
3 6 0.398211 0.400781
4 6 0.608294 0.611242
5 6 0.0525079 0.164706
6 6 0.0455797 0.106729
7 6 0.0291915 0.0761214
8 6 0.0434163 0.100518
9 6 0.0466461 0.184183
10 6 0.0378539 0.147171
11 6 0.0261129 0.0604569
15 6 0.00113236 0.321635
e
7 7 0.0761214 0.309291
11 7 0.0604569 0.655114
e
0 8 0.943462 0.943824
1 8 0.398337 0.40174
2 8 0.534379 0.554452
4 8 -0.000103841 0
5 8 0.164706 0.165512
6 8 0.106729 0.10875
7 8 0.309291 0.320486
8 8 0.100518 0.101185
9 8 0.184183 0.184985
10 8 0.147171 0.148742
11 8 0.655114 0.655596
12 8 -0.00303499 0
15 8 0.321635 0.335476
e
0 9 -7.64211e-05 0
1 9 -0.000301631 0
2 9 0.554452 0.61625
3 9 -0.00182193 0
5 9 0.165512 0.187577
6 9 -0.00437347 0
7 9 0.320486 0.375034
8 9 0.101185 0.130019
9 9 0.184985 0.279329
10 9 0.148742 0.293089
11 9 0.655596 0.694501
14 9 0.585133 0.59964
15 9 0.335476 0.583254
16 9 0.0267605 0.0436843
e
0 10 0.943824 0.944255
1 10 0.40174 0.49419
2 10 0.61625 0.616586
3 10 0.400781 0.410765
4 10 0.611242 0.625692
5 10 0.187577 0.86641
6 10 0.10875 0.548183
7 10 0.375034 0.68707
8 10 0.130019 0.624767
9 10 0.279329 0.960725
10 10 0.293089 0.608093
11 10 0.694501 1.03789
e
0 11 0.944255 0.948641
1 11 0.49419 0.572049
2 11 0.616586 0.713389
3 11 0.410765 0.81937
4 11 0.625692 0.825809
5 11 0.86641 0.876875
6 11 0.548183 0.625894
7 11 0.68707 0.732697
8 11 0.624767 0.637836
9 11 0.960725 0.979279
10 11 0.608093 0.636867
11 11 1.03789 1.07608
12 11 0.445555 0.835472
13 11 0.427865 1.02317
14 11 0.59964 0.656726
15 11 0.583254 0.812697
16 11 0.0436843 0.959807
17 11 0.6079 0.974313
e
0 12 0.948641 1.00008
1 12 0.572049 1.0003
2 12 0.713389 1
3 12 0.81937 1.00182
4 12 0.825809 1.0001
5 12 0.876875 1
6 12 0.625894 1.00437
7 12 0.732697 1
8 12 0.637836 1
9 12 0.979279 1
10 12 0.636867 1
11 12 -0.076078 0
12 12 0.835472 1.00303
13 12 -0.0231743 0
14 12 0.656726 1
15 12 0.812697 1
16 12 0.959807 1
17 12 0.974313 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [6.48967e-06:0.569119]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     2.80156e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 28.0 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin cross-core", \
     5.05437e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 50.5 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.189706
1 0.0109236
2 0.000634474
3 0.00253186
4 0.00165744
5 0.00213532
6 0.0039176
7 0.00510413
8 0.00258247
9 0.00107218
10 0.00361568
11 0.00429372
12 5.6709e-05
13 5.7836e-05
14 0.00168076
15 0.000460102
16 1.9469e-05
17 4.734e-05
e
unset multiplot
unset logscale y
set output
