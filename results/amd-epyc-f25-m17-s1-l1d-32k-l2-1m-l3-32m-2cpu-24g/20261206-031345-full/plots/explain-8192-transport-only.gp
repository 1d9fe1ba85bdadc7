# explain.py: explain-8192-transport-only; data inline, run `gnuplot explain-8192-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-46.511083:146.511083]
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
0 1 0 0.324973
5 1 0 0.125091
6 1 0 0.00276292
8 1 0 0.0821137
10 1 0 0.0346428
11 1 0 0.0196557
e
0 2 0.324973 0.40141
1 2 0 0.000644093
2 2 0 0.00446484
5 2 0.125091 0.20685
6 2 0.00276292 0.0108908
7 2 0 0.00106391
8 2 0.0821137 0.135783
9 2 0 0.0207922
10 2 0.0346428 0.0572855
11 2 0.0196557 0.0325026
12 2 0 0.0224477
15 2 0 0.00372466
16 2 0 0.0381914
17 2 0 0.034902
e
1 3 0.000644093 0.0490543
e
0 4 0.40141 0.401682
1 4 0.0490543 0.0493483
2 4 0.00446484 0.00789938
3 4 0 9.3903e-05
4 4 0 0.000320643
5 4 0.20685 0.209542
6 4 0.0108908 0.0115684
7 4 0.00106391 0.00229152
8 4 0.135783 0.13755
9 4 0.0207922 0.0287894
10 4 0.0572855 0.0587763
11 4 0.0325026 0.0329256
12 4 0.0224477 0.0267647
13 4 0 0.00440223
17 4 0.034902 0.1142
e
3 5 9.3903e-05 0.0414163
4 5 0.000320643 0.141421
14 5 0 0.163524
e
0 6 0.401682 0.40552
1 6 0.0493483 0.0565492
2 6 0.00789938 0.0443858
3 6 0.0414163 0.0478984
4 6 0.141421 0.160054
5 6 0.209542 0.326201
6 6 0.0115684 0.0212827
7 6 0.00229152 0.0109551
8 6 0.13755 0.167564
9 6 0.0287894 0.0967128
10 6 0.0587763 0.0766185
11 6 0.0329256 0.0401101
15 6 0.00372466 0.0158922
e
7 7 0.0109551 0.494801
11 7 0.0401101 0.343307
e
0 8 0.40552 0.405584
1 8 -0.000433876 0
2 8 0.0443858 0.0458896
3 8 0.0478984 0.0480629
4 8 0.160054 0.161739
6 8 -0.00474738 0
7 8 0.494801 0.495518
8 8 0.167564 0.170659
9 8 0.0967128 0.103716
15 8 0.0158922 0.0209103
e
0 9 0.405584 0.405999
1 9 -0.000905417 -0.000433876
2 9 0.0458896 0.209325
3 9 -0.000714951 0
4 9 0.161739 0.173946
5 9 0.326201 0.818046
6 9 0.0212827 0.0728777
7 9 -0.00934668 0
8 9 0.170659 0.601143
11 9 -0.0595731 0
13 9 -0.0167587 0
14 9 0.163524 0.265378
15 9 0.0209103 0.326315
17 9 -0.0255518 0
e
8 10 -0.000882358 0
12 10 0.0267647 0.0289205
e
0 11 0.405999 0.872958
1 11 0.0565492 1.00058
2 11 0.209325 1.1103
3 11 0.0480629 1.00067
4 11 0.173946 1.01288
5 11 0.818046 1.44511
6 11 0.0728777 0.989704
7 11 0.495518 0.993823
8 11 0.601143 1.32401
9 11 0.103716 0.908473
10 11 0.0766185 0.98407
11 11 0.343307 1.04761
12 11 0.0289205 1.00271
13 11 0.00440223 1.00146
14 11 0.265378 1.12935
15 11 0.326315 1.26686
16 11 0.0381914 1.06102
17 11 0.1142 1.0599
e
0 12 0.872958 1
1 12 1.00058 1.00091
2 12 -0.110295 0
3 12 1.00067 1.00071
4 12 -0.0128798 0
5 12 -0.445111 0
6 12 0.989704 1.00475
7 12 0.993823 1.00935
8 12 -0.324008 -0.000882358
9 12 0.908473 1
10 12 0.98407 1
11 12 1.04761 1.05957
12 12 -0.00270838 0
13 12 1.00146 1.01676
14 12 -0.12935 0
15 12 -0.266859 0
16 12 -0.0610239 0
17 12 -0.0599003 -0.0255518
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [4.46e-06:0.00811154]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00270385
1 0.000793365
2 0.00011445
3 0.00104652
4 0.000306481
5 3.65095e-05
6 0.000435047
7 0.000480304
8 5.5618e-05
9 2.45765e-05
10 0.000131831
11 0.00023235
12 2.2764e-05
13 2.2323e-05
14 0.000264453
15 0.000137194
16 1.338e-05
17 1.4641e-05
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-transport-only.svg"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-46.511083:146.511083]
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
0 1 0 0.324973
5 1 0 0.125091
6 1 0 0.00276292
8 1 0 0.0821137
10 1 0 0.0346428
11 1 0 0.0196557
e
0 2 0.324973 0.40141
1 2 0 0.000644093
2 2 0 0.00446484
5 2 0.125091 0.20685
6 2 0.00276292 0.0108908
7 2 0 0.00106391
8 2 0.0821137 0.135783
9 2 0 0.0207922
10 2 0.0346428 0.0572855
11 2 0.0196557 0.0325026
12 2 0 0.0224477
15 2 0 0.00372466
16 2 0 0.0381914
17 2 0 0.034902
e
1 3 0.000644093 0.0490543
e
0 4 0.40141 0.401682
1 4 0.0490543 0.0493483
2 4 0.00446484 0.00789938
3 4 0 9.3903e-05
4 4 0 0.000320643
5 4 0.20685 0.209542
6 4 0.0108908 0.0115684
7 4 0.00106391 0.00229152
8 4 0.135783 0.13755
9 4 0.0207922 0.0287894
10 4 0.0572855 0.0587763
11 4 0.0325026 0.0329256
12 4 0.0224477 0.0267647
13 4 0 0.00440223
17 4 0.034902 0.1142
e
3 5 9.3903e-05 0.0414163
4 5 0.000320643 0.141421
14 5 0 0.163524
e
0 6 0.401682 0.40552
1 6 0.0493483 0.0565492
2 6 0.00789938 0.0443858
3 6 0.0414163 0.0478984
4 6 0.141421 0.160054
5 6 0.209542 0.326201
6 6 0.0115684 0.0212827
7 6 0.00229152 0.0109551
8 6 0.13755 0.167564
9 6 0.0287894 0.0967128
10 6 0.0587763 0.0766185
11 6 0.0329256 0.0401101
15 6 0.00372466 0.0158922
e
7 7 0.0109551 0.494801
11 7 0.0401101 0.343307
e
0 8 0.40552 0.405584
1 8 -0.000433876 0
2 8 0.0443858 0.0458896
3 8 0.0478984 0.0480629
4 8 0.160054 0.161739
6 8 -0.00474738 0
7 8 0.494801 0.495518
8 8 0.167564 0.170659
9 8 0.0967128 0.103716
15 8 0.0158922 0.0209103
e
0 9 0.405584 0.405999
1 9 -0.000905417 -0.000433876
2 9 0.0458896 0.209325
3 9 -0.000714951 0
4 9 0.161739 0.173946
5 9 0.326201 0.818046
6 9 0.0212827 0.0728777
7 9 -0.00934668 0
8 9 0.170659 0.601143
11 9 -0.0595731 0
13 9 -0.0167587 0
14 9 0.163524 0.265378
15 9 0.0209103 0.326315
17 9 -0.0255518 0
e
8 10 -0.000882358 0
12 10 0.0267647 0.0289205
e
0 11 0.405999 0.872958
1 11 0.0565492 1.00058
2 11 0.209325 1.1103
3 11 0.0480629 1.00067
4 11 0.173946 1.01288
5 11 0.818046 1.44511
6 11 0.0728777 0.989704
7 11 0.495518 0.993823
8 11 0.601143 1.32401
9 11 0.103716 0.908473
10 11 0.0766185 0.98407
11 11 0.343307 1.04761
12 11 0.0289205 1.00271
13 11 0.00440223 1.00146
14 11 0.265378 1.12935
15 11 0.326315 1.26686
16 11 0.0381914 1.06102
17 11 0.1142 1.0599
e
0 12 0.872958 1
1 12 1.00058 1.00091
2 12 -0.110295 0
3 12 1.00067 1.00071
4 12 -0.0128798 0
5 12 -0.445111 0
6 12 0.989704 1.00475
7 12 0.993823 1.00935
8 12 -0.324008 -0.000882358
9 12 0.908473 1
10 12 0.98407 1
11 12 1.04761 1.05957
12 12 -0.00270838 0
13 12 1.00146 1.01676
14 12 -0.12935 0
15 12 -0.266859 0
16 12 -0.0610239 0
17 12 -0.0599003 -0.0255518
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [4.46e-06:0.00811154]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00270385
1 0.000793365
2 0.00011445
3 0.00104652
4 0.000306481
5 3.65095e-05
6 0.000435047
7 0.000480304
8 5.5618e-05
9 2.45765e-05
10 0.000131831
11 0.00023235
12 2.2764e-05
13 2.2323e-05
14 0.000264453
15 0.000137194
16 1.338e-05
17 1.4641e-05
e
unset multiplot
unset logscale y
set output
