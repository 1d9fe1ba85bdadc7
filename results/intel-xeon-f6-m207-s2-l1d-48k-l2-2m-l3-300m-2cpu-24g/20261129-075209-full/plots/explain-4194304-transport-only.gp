# explain.py: explain-4194304-transport-only; data inline, run `gnuplot explain-4194304-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-17.580980:117.580980]
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
0 1 0 0.790469
5 1 0 0.119778
6 1 0 0.0423657
8 1 0 0.0869319
10 1 0 0.064794
11 1 0 0.0388969
e
0 2 0.790469 0.993178
1 2 0 2.79251e-05
2 2 0 0.000514736
5 2 0.119778 0.179763
6 2 0.0423657 0.0837082
7 2 0 5.36049e-05
8 2 0.0869319 0.130468
9 2 0 0.000256461
10 2 0.064794 0.097243
11 2 0.0388969 0.0583766
12 2 0 0.00280088
15 2 0 0.00121499
16 2 0 0.0473788
17 2 0 0.00441702
e
1 3 2.79251e-05 0.667313
e
0 4 0.993178 0.9948
1 4 0.667313 0.684577
2 4 0.000514736 0.546012
3 4 0 0.0571639
4 4 0 0.0670154
5 4 0.179763 0.228107
6 4 0.0837082 0.136569
7 4 5.36049e-05 0.0852663
8 4 0.130468 0.165555
9 4 0.000256461 0.13615
10 4 0.097243 0.149547
11 4 0.0583766 0.074076
12 4 0.00280088 0.744868
13 4 0 0.795354
17 4 0.00441702 0.848221
e
3 5 0.0571639 0.61624
4 5 0.0670154 0.722442
14 5 0 0.932296
e
0 6 0.9948 0.996458
1 6 0.684577 0.711004
2 6 0.546012 0.911334
3 6 0.61624 0.617093
4 6 0.722442 0.723167
5 6 0.228107 0.357618
6 6 0.136569 0.183772
7 6 0.0852663 0.123311
8 6 0.165555 0.261016
9 6 0.13615 0.321012
10 6 0.149547 0.307249
11 6 0.074076 0.116789
15 6 0.00121499 0.876999
e
7 7 0.123311 0.274265
11 7 0.116789 0.563514
e
0 8 0.996458 0.996582
1 8 0.711004 0.713059
2 8 0.911334 0.925587
3 8 0.617093 0.617116
4 8 0.723167 0.723194
5 8 0.357618 0.357734
6 8 0.183772 0.184042
7 8 0.274265 0.280636
8 8 0.261016 0.261397
9 8 0.321012 0.321558
10 8 0.307249 0.307922
11 8 0.563514 0.563697
14 8 -3.83184e-05 0
15 8 0.876999 0.88308
e
0 9 0.996582 0.9966
1 9 0.713059 0.713084
2 9 0.925587 0.927052
3 9 0.617116 0.617377
4 9 0.723194 0.723216
5 9 0.357734 0.358907
6 9 0.184042 0.18547
7 9 0.280636 0.282245
8 9 0.261397 0.266898
9 9 0.321558 0.325983
10 9 0.307922 0.340411
11 9 0.563697 0.571122
13 9 -0.000518 0
15 9 0.88308 1.08539
16 9 -0.00817526 0
e
0 10 0.9966 1.00389
2 10 0.927052 0.92717
3 10 0.617377 0.630561
4 10 0.723216 0.738673
5 10 0.358907 0.638439
6 10 0.18547 0.488296
7 10 0.282245 0.388703
8 10 0.266898 0.668262
9 10 0.325983 0.347007
10 10 0.340411 0.632075
11 10 0.571122 0.802936
12 10 -0.000106971 0
13 10 -0.000632652 -0.000518
14 10 -5.20597e-05 -3.83184e-05
e
0 11 1.00389 1.00467
1 11 0.713084 0.751444
2 11 0.92717 0.964249
3 11 0.630561 0.924744
4 11 0.738673 0.780351
5 11 0.638439 0.643497
6 11 0.488296 0.503328
7 11 0.388703 0.39662
8 11 0.668262 0.672399
9 11 0.347007 0.35306
10 11 0.632075 0.63765
11 11 0.802936 0.807443
12 11 0.744868 0.832855
13 11 0.795354 0.888974
14 11 0.932296 0.950078
15 11 1.08539 1.15581
16 11 0.0473788 0.977713
17 11 0.848221 0.950294
e
0 12 -0.00467419 0
1 12 0.751444 1
2 12 0.964249 1
3 12 0.924744 1
4 12 0.780351 1
5 12 0.643497 1
6 12 0.503328 1
7 12 0.39662 1
8 12 0.672399 1
9 12 0.35306 1
10 12 0.63765 1
11 12 0.807443 1
12 12 0.832855 1.00011
13 12 0.888974 1.00063
14 12 0.950078 1.00005
15 12 -0.15581 0
16 12 0.977713 1.00818
17 12 0.950294 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [9.44517e-06:4.87596]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000333657 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 333.7 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     0.000344671 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 344.7 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 1.62532
1 0.0480751
2 0.00260814
3 0.00622216
4 0.00530748
5 0.00735729
6 0.0201859
7 0.0250444
8 0.0101371
9 0.00523472
10 0.0136006
11 0.0226558
12 0.000479314
13 0.000447201
14 0.00373128
15 0.00110495
16 2.83355e-05
17 0.000303939
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
set yrange [-17.580980:117.580980]
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
0 1 0 0.790469
5 1 0 0.119778
6 1 0 0.0423657
8 1 0 0.0869319
10 1 0 0.064794
11 1 0 0.0388969
e
0 2 0.790469 0.993178
1 2 0 2.79251e-05
2 2 0 0.000514736
5 2 0.119778 0.179763
6 2 0.0423657 0.0837082
7 2 0 5.36049e-05
8 2 0.0869319 0.130468
9 2 0 0.000256461
10 2 0.064794 0.097243
11 2 0.0388969 0.0583766
12 2 0 0.00280088
15 2 0 0.00121499
16 2 0 0.0473788
17 2 0 0.00441702
e
1 3 2.79251e-05 0.667313
e
0 4 0.993178 0.9948
1 4 0.667313 0.684577
2 4 0.000514736 0.546012
3 4 0 0.0571639
4 4 0 0.0670154
5 4 0.179763 0.228107
6 4 0.0837082 0.136569
7 4 5.36049e-05 0.0852663
8 4 0.130468 0.165555
9 4 0.000256461 0.13615
10 4 0.097243 0.149547
11 4 0.0583766 0.074076
12 4 0.00280088 0.744868
13 4 0 0.795354
17 4 0.00441702 0.848221
e
3 5 0.0571639 0.61624
4 5 0.0670154 0.722442
14 5 0 0.932296
e
0 6 0.9948 0.996458
1 6 0.684577 0.711004
2 6 0.546012 0.911334
3 6 0.61624 0.617093
4 6 0.722442 0.723167
5 6 0.228107 0.357618
6 6 0.136569 0.183772
7 6 0.0852663 0.123311
8 6 0.165555 0.261016
9 6 0.13615 0.321012
10 6 0.149547 0.307249
11 6 0.074076 0.116789
15 6 0.00121499 0.876999
e
7 7 0.123311 0.274265
11 7 0.116789 0.563514
e
0 8 0.996458 0.996582
1 8 0.711004 0.713059
2 8 0.911334 0.925587
3 8 0.617093 0.617116
4 8 0.723167 0.723194
5 8 0.357618 0.357734
6 8 0.183772 0.184042
7 8 0.274265 0.280636
8 8 0.261016 0.261397
9 8 0.321012 0.321558
10 8 0.307249 0.307922
11 8 0.563514 0.563697
14 8 -3.83184e-05 0
15 8 0.876999 0.88308
e
0 9 0.996582 0.9966
1 9 0.713059 0.713084
2 9 0.925587 0.927052
3 9 0.617116 0.617377
4 9 0.723194 0.723216
5 9 0.357734 0.358907
6 9 0.184042 0.18547
7 9 0.280636 0.282245
8 9 0.261397 0.266898
9 9 0.321558 0.325983
10 9 0.307922 0.340411
11 9 0.563697 0.571122
13 9 -0.000518 0
15 9 0.88308 1.08539
16 9 -0.00817526 0
e
0 10 0.9966 1.00389
2 10 0.927052 0.92717
3 10 0.617377 0.630561
4 10 0.723216 0.738673
5 10 0.358907 0.638439
6 10 0.18547 0.488296
7 10 0.282245 0.388703
8 10 0.266898 0.668262
9 10 0.325983 0.347007
10 10 0.340411 0.632075
11 10 0.571122 0.802936
12 10 -0.000106971 0
13 10 -0.000632652 -0.000518
14 10 -5.20597e-05 -3.83184e-05
e
0 11 1.00389 1.00467
1 11 0.713084 0.751444
2 11 0.92717 0.964249
3 11 0.630561 0.924744
4 11 0.738673 0.780351
5 11 0.638439 0.643497
6 11 0.488296 0.503328
7 11 0.388703 0.39662
8 11 0.668262 0.672399
9 11 0.347007 0.35306
10 11 0.632075 0.63765
11 11 0.802936 0.807443
12 11 0.744868 0.832855
13 11 0.795354 0.888974
14 11 0.932296 0.950078
15 11 1.08539 1.15581
16 11 0.0473788 0.977713
17 11 0.848221 0.950294
e
0 12 -0.00467419 0
1 12 0.751444 1
2 12 0.964249 1
3 12 0.924744 1
4 12 0.780351 1
5 12 0.643497 1
6 12 0.503328 1
7 12 0.39662 1
8 12 0.672399 1
9 12 0.35306 1
10 12 0.63765 1
11 12 0.807443 1
12 12 0.832855 1.00011
13 12 0.888974 1.00063
14 12 0.950078 1.00005
15 12 -0.15581 0
16 12 0.977713 1.00818
17 12 0.950294 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [9.44517e-06:4.87596]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000333657 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 333.7 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     0.000344671 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 344.7 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 1.62532
1 0.0480751
2 0.00260814
3 0.00622216
4 0.00530748
5 0.00735729
6 0.0201859
7 0.0250444
8 0.0101371
9 0.00523472
10 0.0136006
11 0.0226558
12 0.000479314
13 0.000447201
14 0.00373128
15 0.00110495
16 2.83355e-05
17 0.000303939
e
unset multiplot
unset logscale y
set output
