# explain.py: explain-4194304-transport-only; data inline, run `gnuplot explain-4194304-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-19.976186:119.976186]
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
0 1 0 0.493686
5 1 0 0.137584
6 1 0 0.0560456
8 1 0 0.0961294
10 1 0 0.0877505
11 1 0 0.0459192
e
0 2 0.493686 0.641627
1 2 0 1.63201e-05
2 2 0 0.000116393
5 2 0.137584 0.206988
6 2 0.0560456 0.11121
7 2 0 3.78814e-05
8 2 0.0961294 0.144622
9 2 0 0.000208664
10 2 0.0877505 0.132016
11 2 0.0459192 0.069083
12 2 0 0.00144708
15 2 0 0.000672974
16 2 0 0.024114
17 2 0 0.00223138
e
1 3 1.63201e-05 0.540045
e
0 4 0.641627 0.643034
1 4 0.540045 0.559616
2 4 0.000116393 0.239386
3 4 0 0.0441494
4 4 0 0.0595839
5 4 0.206988 0.264047
6 4 0.11121 0.178814
7 4 3.78814e-05 0.116847
8 4 0.144622 0.184488
9 4 0.000208664 0.214684
10 4 0.132016 0.2048
11 4 0.069083 0.0881266
12 4 0.00144708 0.745139
13 4 0 0.807866
17 4 0.00223138 0.838891
e
3 5 0.0441494 0.490369
4 5 0.0595839 0.661799
14 5 0 0.779449
e
0 6 0.643034 0.644543
1 6 0.559616 0.591734
2 6 0.239386 0.411174
3 6 0.490369 0.490866
4 6 0.661799 0.662047
5 6 0.264047 0.427919
6 6 0.178814 0.243533
7 6 0.116847 0.172757
8 6 0.184488 0.289287
9 6 0.214684 0.496582
10 6 0.2048 0.422181
11 6 0.0881266 0.138187
15 6 0.000672974 0.909836
e
7 7 0.172757 0.35986
11 7 0.138187 0.659212
e
0 8 0.644543 0.644644
1 8 0.591734 0.593784
2 8 0.411174 0.416759
3 8 -3.15853e-05 0
4 8 0.662047 0.662069
5 8 0.427919 0.42798
6 8 0.243533 0.243832
7 8 0.35986 0.36775
8 8 0.289287 0.289686
9 8 0.496582 0.496735
10 8 0.422181 0.423066
11 8 0.659212 0.659382
13 8 -0.000288981 0
15 8 0.909836 0.914908
e
0 9 0.644644 0.644654
1 9 0.593784 0.593949
2 9 0.416759 0.417482
3 9 -0.000103681 -3.15853e-05
4 9 0.662069 0.662088
5 9 0.42798 0.42908
6 9 0.243832 0.246065
7 9 0.36775 0.369108
8 9 0.289686 0.294927
9 9 0.496735 0.504545
10 9 0.423066 0.474804
11 9 0.659382 0.664746
13 9 0.807866 0.80813
14 9 -5.0374e-05 0
15 9 0.914908 1.10682
17 9 -0.000374529 0
e
0 10 0.644654 0.657763
2 10 0.417482 0.716798
3 10 0.490866 0.504886
4 10 0.662088 0.681009
5 10 0.42908 0.913763
6 10 0.246065 0.707215
7 10 0.369108 0.764864
8 10 0.294927 0.893909
9 10 0.504545 0.843198
10 10 0.474804 1.03078
11 10 0.664746 0.974564
12 10 -0.000147601 0
13 10 -0.000449319 -0.000288981
14 10 -6.56799e-05 -5.0374e-05
15 10 -3.43213e-05 0
e
0 11 0.657763 0.658745
1 11 0.593949 0.632179
2 11 0.716798 0.732695
3 11 0.504886 0.785403
4 11 0.681009 0.710847
5 11 0.913763 0.921517
6 11 0.707215 0.726841
7 11 0.764864 0.780117
8 11 0.893909 0.897887
9 11 0.843198 0.852532
10 11 1.03078 1.03947
11 11 0.974564 0.978245
12 11 0.745139 0.844782
13 11 0.80813 0.898513
14 11 0.779449 0.796282
15 11 1.10682 1.17976
16 11 0.024114 0.913074
17 11 0.838891 0.914963
e
0 12 0.658745 1
1 12 0.632179 1
2 12 0.732695 1
3 12 0.785403 1.0001
4 12 0.710847 1
5 12 0.921517 1
6 12 0.726841 1
7 12 0.780117 1
8 12 0.897887 1
9 12 0.852532 1
10 12 -0.0394719 0
11 12 0.978245 1
12 12 0.844782 1.00015
13 12 0.898513 1.00045
14 12 0.796282 1.00007
15 12 -0.179762 -3.43213e-05
16 12 0.913074 1
17 12 0.914963 1.00037
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [9.303e-06:5.3128]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000354752 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 354.8 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout same-cpu", \
     0.000249192 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 249.2 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 1.77093
1 0.0412374
2 0.00578209
3 0.00783408
4 0.00580476
5 0.00606163
6 0.0153483
7 0.0177659
8 0.00867563
9 0.00322527
10 0.00950402
11 0.018162
12 0.000465072
13 0.000428128
14 0.00448486
15 0.00100003
16 2.7909e-05
17 0.000301606
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
set yrange [-19.976186:119.976186]
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
0 1 0 0.493686
5 1 0 0.137584
6 1 0 0.0560456
8 1 0 0.0961294
10 1 0 0.0877505
11 1 0 0.0459192
e
0 2 0.493686 0.641627
1 2 0 1.63201e-05
2 2 0 0.000116393
5 2 0.137584 0.206988
6 2 0.0560456 0.11121
7 2 0 3.78814e-05
8 2 0.0961294 0.144622
9 2 0 0.000208664
10 2 0.0877505 0.132016
11 2 0.0459192 0.069083
12 2 0 0.00144708
15 2 0 0.000672974
16 2 0 0.024114
17 2 0 0.00223138
e
1 3 1.63201e-05 0.540045
e
0 4 0.641627 0.643034
1 4 0.540045 0.559616
2 4 0.000116393 0.239386
3 4 0 0.0441494
4 4 0 0.0595839
5 4 0.206988 0.264047
6 4 0.11121 0.178814
7 4 3.78814e-05 0.116847
8 4 0.144622 0.184488
9 4 0.000208664 0.214684
10 4 0.132016 0.2048
11 4 0.069083 0.0881266
12 4 0.00144708 0.745139
13 4 0 0.807866
17 4 0.00223138 0.838891
e
3 5 0.0441494 0.490369
4 5 0.0595839 0.661799
14 5 0 0.779449
e
0 6 0.643034 0.644543
1 6 0.559616 0.591734
2 6 0.239386 0.411174
3 6 0.490369 0.490866
4 6 0.661799 0.662047
5 6 0.264047 0.427919
6 6 0.178814 0.243533
7 6 0.116847 0.172757
8 6 0.184488 0.289287
9 6 0.214684 0.496582
10 6 0.2048 0.422181
11 6 0.0881266 0.138187
15 6 0.000672974 0.909836
e
7 7 0.172757 0.35986
11 7 0.138187 0.659212
e
0 8 0.644543 0.644644
1 8 0.591734 0.593784
2 8 0.411174 0.416759
3 8 -3.15853e-05 0
4 8 0.662047 0.662069
5 8 0.427919 0.42798
6 8 0.243533 0.243832
7 8 0.35986 0.36775
8 8 0.289287 0.289686
9 8 0.496582 0.496735
10 8 0.422181 0.423066
11 8 0.659212 0.659382
13 8 -0.000288981 0
15 8 0.909836 0.914908
e
0 9 0.644644 0.644654
1 9 0.593784 0.593949
2 9 0.416759 0.417482
3 9 -0.000103681 -3.15853e-05
4 9 0.662069 0.662088
5 9 0.42798 0.42908
6 9 0.243832 0.246065
7 9 0.36775 0.369108
8 9 0.289686 0.294927
9 9 0.496735 0.504545
10 9 0.423066 0.474804
11 9 0.659382 0.664746
13 9 0.807866 0.80813
14 9 -5.0374e-05 0
15 9 0.914908 1.10682
17 9 -0.000374529 0
e
0 10 0.644654 0.657763
2 10 0.417482 0.716798
3 10 0.490866 0.504886
4 10 0.662088 0.681009
5 10 0.42908 0.913763
6 10 0.246065 0.707215
7 10 0.369108 0.764864
8 10 0.294927 0.893909
9 10 0.504545 0.843198
10 10 0.474804 1.03078
11 10 0.664746 0.974564
12 10 -0.000147601 0
13 10 -0.000449319 -0.000288981
14 10 -6.56799e-05 -5.0374e-05
15 10 -3.43213e-05 0
e
0 11 0.657763 0.658745
1 11 0.593949 0.632179
2 11 0.716798 0.732695
3 11 0.504886 0.785403
4 11 0.681009 0.710847
5 11 0.913763 0.921517
6 11 0.707215 0.726841
7 11 0.764864 0.780117
8 11 0.893909 0.897887
9 11 0.843198 0.852532
10 11 1.03078 1.03947
11 11 0.974564 0.978245
12 11 0.745139 0.844782
13 11 0.80813 0.898513
14 11 0.779449 0.796282
15 11 1.10682 1.17976
16 11 0.024114 0.913074
17 11 0.838891 0.914963
e
0 12 0.658745 1
1 12 0.632179 1
2 12 0.732695 1
3 12 0.785403 1.0001
4 12 0.710847 1
5 12 0.921517 1
6 12 0.726841 1
7 12 0.780117 1
8 12 0.897887 1
9 12 0.852532 1
10 12 -0.0394719 0
11 12 0.978245 1
12 12 0.844782 1.00015
13 12 0.898513 1.00045
14 12 0.796282 1.00007
15 12 -0.179762 -3.43213e-05
16 12 0.913074 1
17 12 0.914963 1.00037
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [9.303e-06:5.3128]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000354752 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 354.8 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout same-cpu", \
     0.000249192 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 249.2 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 1.77093
1 0.0412374
2 0.00578209
3 0.00783408
4 0.00580476
5 0.00606163
6 0.0153483
7 0.0177659
8 0.00867563
9 0.00322527
10 0.00950402
11 0.018162
12 0.000465072
13 0.000428128
14 0.00448486
15 0.00100003
16 2.7909e-05
17 0.000301606
e
unset multiplot
unset logscale y
set output
