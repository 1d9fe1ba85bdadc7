# explain.py: explain-38535168-transport-only; data inline, run `gnuplot explain-38535168-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-77.401427:177.401427]
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
0 1 0 0.745914
5 1 0 0.457833
6 1 0 0.226668
8 1 0 0.571326
10 1 0 0.376935
11 1 0 0.269036
e
0 2 0.745914 0.916664
1 2 0 1.28357e-06
2 2 0 5.44358e-06
5 2 0.457833 0.67389
6 2 0.226668 0.48738
7 2 0 3.86139e-06
8 2 0.571326 0.840942
9 2 0 1.23331e-05
10 2 0.376935 0.554815
11 2 0.269036 0.395998
12 2 0 0.000135163
15 2 0 2.48119e-05
16 2 0 0.0284207
17 2 0 0.000348489
e
1 3 1.28357e-06 0.530489
e
0 4 0.916664 0.920561
1 4 0.530489 0.561264
2 4 5.44358e-06 0.222241
3 4 0 0.14056
4 4 0 0.112537
5 4 0.67389 0.722888
6 4 0.48738 0.572562
7 4 3.86139e-06 0.236467
8 4 0.840942 0.902086
9 4 1.23331e-05 0.251763
10 4 0.554815 0.635495
11 4 0.395998 0.424791
12 4 0.000135163 1.37965
13 4 0 1.74189
17 4 0.000348489 1.0894
e
3 5 0.14056 0.992468
4 5 0.112537 0.794602
14 5 0 1.32632
e
0 6 0.920561 0.922679
1 6 0.561264 0.590089
2 6 0.222241 0.316266
3 6 0.992468 0.992586
4 6 0.794602 0.794674
5 6 0.722888 0.805811
6 6 0.572562 0.620616
7 6 0.236467 0.303164
8 6 0.902086 0.985051
9 6 0.251763 0.42256
10 6 0.635495 0.787962
11 6 0.424791 0.463858
15 6 2.48119e-05 0.343636
e
7 7 0.303164 0.519159
11 7 0.463858 1.03367
e
0 8 0.922679 0.922844
1 8 0.590089 0.592135
2 8 0.316266 0.319468
3 8 0.992586 0.992596
4 8 0.794674 0.794682
5 8 0.805811 0.805876
6 8 0.620616 0.620809
7 8 0.519159 0.528639
8 8 0.985051 0.985255
9 8 0.42256 0.422574
10 8 0.787962 0.789964
11 8 1.03367 1.03379
14 8 1.32632 1.32632
15 8 0.343636 0.347702
e
0 9 0.922844 0.922902
1 9 0.592135 0.592548
2 9 0.319468 0.319641
3 9 0.992596 0.992648
5 9 0.805876 0.806433
6 9 0.620809 0.622914
7 9 0.528639 0.529494
8 9 0.985255 0.993871
9 9 0.422574 0.435732
10 9 0.789964 0.810157
11 9 1.03379 1.03777
13 9 1.74189 1.74194
14 9 1.32632 1.32655
15 9 0.347702 0.380873
16 9 0.0284207 0.245538
17 9 1.0894 1.09236
e
0 10 0.922902 0.949424
1 10 0.592548 0.826708
2 10 0.319641 0.900373
3 10 0.992648 1.01897
4 10 0.794682 0.815756
5 10 0.806433 1.07358
6 10 0.622914 0.973332
7 10 0.529494 0.977617
8 10 0.993871 1.35407
9 10 0.435732 1.10741
10 10 0.810157 1.04041
11 10 -9.1701e-07 0
12 10 -2.63616e-05 0
13 10 -3.32862e-05 0
14 10 -8.36357e-06 0
15 10 0.380873 1.0815
16 10 -0.00184768 0
e
0 11 0.949424 0.949536
1 11 0.826708 0.83011
2 11 0.900373 0.901014
3 11 1.01897 1.05471
4 11 0.815756 0.818828
5 11 1.07358 1.07378
6 11 0.973332 0.975327
7 11 0.977617 0.978757
8 11 1.35407 1.3544
9 11 1.10741 1.10801
10 11 1.04041 1.04085
11 11 1.03777 1.03806
12 11 1.37965 1.3884
13 11 1.74194 1.75401
14 11 1.32655 1.32906
15 11 1.0815 1.0846
16 11 0.245538 1.30625
17 11 1.09236 1.1063
e
0 12 0.949536 1
1 12 0.83011 1
2 12 0.901014 1
3 12 -0.0547058 0
4 12 0.818828 1
5 12 -0.0737821 0
6 12 0.975327 1
7 12 0.978757 1
8 12 -0.354405 0
9 12 -0.108014 0
10 12 -0.0408507 0
11 12 -0.0380616 -9.1701e-07
12 12 -0.388405 -2.63616e-05
13 12 -0.754014 -3.32862e-05
14 12 -0.329061 -8.36357e-06
15 12 -0.0845968 0
16 12 -0.306252 -0.00184768
17 12 -0.106298 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [7.96367e-06:39.7651]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00446422 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 4.46 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.00663975 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 6.64 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 13.255
1 0.528994
2 0.124734
3 0.0493033
4 0.0615805
5 0.141436
6 0.244068
7 0.175843
8 0.11334
9 0.0550551
10 0.171792
11 0.240689
12 0.00502355
13 0.00397849
14 0.031668
15 0.0273659
16 2.3891e-05
17 0.00194841
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-transport-only.svg"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-77.401427:177.401427]
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
0 1 0 0.745914
5 1 0 0.457833
6 1 0 0.226668
8 1 0 0.571326
10 1 0 0.376935
11 1 0 0.269036
e
0 2 0.745914 0.916664
1 2 0 1.28357e-06
2 2 0 5.44358e-06
5 2 0.457833 0.67389
6 2 0.226668 0.48738
7 2 0 3.86139e-06
8 2 0.571326 0.840942
9 2 0 1.23331e-05
10 2 0.376935 0.554815
11 2 0.269036 0.395998
12 2 0 0.000135163
15 2 0 2.48119e-05
16 2 0 0.0284207
17 2 0 0.000348489
e
1 3 1.28357e-06 0.530489
e
0 4 0.916664 0.920561
1 4 0.530489 0.561264
2 4 5.44358e-06 0.222241
3 4 0 0.14056
4 4 0 0.112537
5 4 0.67389 0.722888
6 4 0.48738 0.572562
7 4 3.86139e-06 0.236467
8 4 0.840942 0.902086
9 4 1.23331e-05 0.251763
10 4 0.554815 0.635495
11 4 0.395998 0.424791
12 4 0.000135163 1.37965
13 4 0 1.74189
17 4 0.000348489 1.0894
e
3 5 0.14056 0.992468
4 5 0.112537 0.794602
14 5 0 1.32632
e
0 6 0.920561 0.922679
1 6 0.561264 0.590089
2 6 0.222241 0.316266
3 6 0.992468 0.992586
4 6 0.794602 0.794674
5 6 0.722888 0.805811
6 6 0.572562 0.620616
7 6 0.236467 0.303164
8 6 0.902086 0.985051
9 6 0.251763 0.42256
10 6 0.635495 0.787962
11 6 0.424791 0.463858
15 6 2.48119e-05 0.343636
e
7 7 0.303164 0.519159
11 7 0.463858 1.03367
e
0 8 0.922679 0.922844
1 8 0.590089 0.592135
2 8 0.316266 0.319468
3 8 0.992586 0.992596
4 8 0.794674 0.794682
5 8 0.805811 0.805876
6 8 0.620616 0.620809
7 8 0.519159 0.528639
8 8 0.985051 0.985255
9 8 0.42256 0.422574
10 8 0.787962 0.789964
11 8 1.03367 1.03379
14 8 1.32632 1.32632
15 8 0.343636 0.347702
e
0 9 0.922844 0.922902
1 9 0.592135 0.592548
2 9 0.319468 0.319641
3 9 0.992596 0.992648
5 9 0.805876 0.806433
6 9 0.620809 0.622914
7 9 0.528639 0.529494
8 9 0.985255 0.993871
9 9 0.422574 0.435732
10 9 0.789964 0.810157
11 9 1.03379 1.03777
13 9 1.74189 1.74194
14 9 1.32632 1.32655
15 9 0.347702 0.380873
16 9 0.0284207 0.245538
17 9 1.0894 1.09236
e
0 10 0.922902 0.949424
1 10 0.592548 0.826708
2 10 0.319641 0.900373
3 10 0.992648 1.01897
4 10 0.794682 0.815756
5 10 0.806433 1.07358
6 10 0.622914 0.973332
7 10 0.529494 0.977617
8 10 0.993871 1.35407
9 10 0.435732 1.10741
10 10 0.810157 1.04041
11 10 -9.1701e-07 0
12 10 -2.63616e-05 0
13 10 -3.32862e-05 0
14 10 -8.36357e-06 0
15 10 0.380873 1.0815
16 10 -0.00184768 0
e
0 11 0.949424 0.949536
1 11 0.826708 0.83011
2 11 0.900373 0.901014
3 11 1.01897 1.05471
4 11 0.815756 0.818828
5 11 1.07358 1.07378
6 11 0.973332 0.975327
7 11 0.977617 0.978757
8 11 1.35407 1.3544
9 11 1.10741 1.10801
10 11 1.04041 1.04085
11 11 1.03777 1.03806
12 11 1.37965 1.3884
13 11 1.74194 1.75401
14 11 1.32655 1.32906
15 11 1.0815 1.0846
16 11 0.245538 1.30625
17 11 1.09236 1.1063
e
0 12 0.949536 1
1 12 0.83011 1
2 12 0.901014 1
3 12 -0.0547058 0
4 12 0.818828 1
5 12 -0.0737821 0
6 12 0.975327 1
7 12 0.978757 1
8 12 -0.354405 0
9 12 -0.108014 0
10 12 -0.0408507 0
11 12 -0.0380616 -9.1701e-07
12 12 -0.388405 -2.63616e-05
13 12 -0.754014 -3.32862e-05
14 12 -0.329061 -8.36357e-06
15 12 -0.0845968 0
16 12 -0.306252 -0.00184768
17 12 -0.106298 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [7.96367e-06:39.7651]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00446422 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 4.46 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.00663975 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 6.64 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 13.255
1 0.528994
2 0.124734
3 0.0493033
4 0.0615805
5 0.141436
6 0.244068
7 0.175843
8 0.11334
9 0.0550551
10 0.171792
11 0.240689
12 0.00502355
13 0.00397849
14 0.031668
15 0.0273659
16 2.3891e-05
17 0.00194841
e
unset multiplot
unset logscale y
set output
