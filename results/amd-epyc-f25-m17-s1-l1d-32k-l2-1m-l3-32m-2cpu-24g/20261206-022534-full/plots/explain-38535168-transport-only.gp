# explain.py: explain-38535168-transport-only; data inline, run `gnuplot explain-38535168-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-30.621068:130.621068]
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
0 1 0 0.720351
5 1 0 0.412039
6 1 0 0.224615
8 1 0 0.547172
10 1 0 0.250681
11 1 0 0.231308
e
0 2 0.720351 0.914439
1 2 0 2.44418e-06
2 2 0 8.55257e-06
5 2 0.412039 0.597363
6 2 0.224615 0.450608
7 2 0 3.96392e-06
8 2 0.547172 0.793274
9 2 0 1.03987e-05
10 2 0.250681 0.363429
11 2 0.231308 0.335344
12 2 0 0.000299263
15 2 0 3.10228e-05
16 2 0 0.0149375
17 2 0 0.00050564
e
1 3 2.44418e-06 0.464635
e
0 4 0.914439 0.918151
1 4 0.464635 0.488782
2 4 8.55257e-06 0.144854
3 4 0 0.0666078
4 4 0 0.0748299
5 4 0.597363 0.628656
6 4 0.450608 0.502656
7 4 3.96392e-06 0.100703
8 4 0.793274 0.83483
9 4 1.03987e-05 0.0880662
10 4 0.363429 0.401507
11 4 0.335344 0.352912
12 4 0.000299263 1.26737
13 4 0 0.998838
17 4 0.00050564 0.76634
e
3 5 0.0666078 0.807318
4 5 0.0748299 0.906974
14 5 0 0.918202
e
0 6 0.918151 0.922107
1 6 0.488782 0.532909
2 6 0.144854 0.266122
3 6 0.807318 0.807448
4 6 0.906974 0.907085
5 6 0.628656 0.733454
6 6 0.502656 0.560757
7 6 0.100703 0.156907
8 6 0.83483 0.911862
9 6 0.0880662 0.169679
10 6 0.401507 0.479499
11 6 0.352912 0.385475
15 6 3.10228e-05 0.243509
e
7 7 0.156907 0.311053
11 7 0.385475 1.04718
e
0 8 0.922107 0.922455
1 8 0.532909 0.53652
2 8 0.266122 0.270942
3 8 0.807448 0.807458
4 8 0.907085 0.907104
5 8 0.733454 0.733554
6 8 0.560757 0.56094
7 8 0.311053 0.320063
8 8 0.911862 0.912229
9 8 0.169679 0.170432
10 8 0.479499 0.481529
11 8 1.04718 1.04728
15 8 0.243509 0.248362
e
0 9 0.922455 0.922659
1 9 0.53652 0.538058
2 9 0.270942 0.271432
3 9 0.807458 0.807688
4 9 0.907104 0.907211
5 9 0.733554 0.735903
6 9 0.56094 0.568403
7 9 0.320063 0.321241
8 9 0.912229 0.923523
9 9 0.170432 0.204041
10 9 0.481529 0.536653
11 9 1.04728 1.07381
12 9 1.26737 1.27785
13 9 0.998838 1.00866
14 9 0.918202 0.918803
15 9 0.248362 0.361976
16 9 0.0149375 0.319825
17 9 0.76634 0.77666
e
0 10 0.922659 0.951663
1 10 0.538058 0.839095
2 10 0.271432 0.968533
3 10 0.807688 0.851953
4 10 0.907211 0.95694
5 10 0.735903 1.0215
6 10 0.568403 0.924737
7 10 0.321241 0.631358
8 10 0.923523 0.923718
9 10 0.204041 0.730981
10 10 0.536653 0.711843
11 10 1.07381 1.28196
15 10 0.361976 0.988932
e
0 11 0.951663 0.951788
1 11 0.839095 0.841723
2 11 0.968533 0.969197
3 11 0.851953 0.872528
4 11 0.95694 0.964351
5 11 1.0215 1.0217
6 11 0.924737 0.926314
7 11 0.631358 0.632525
8 11 0.923718 0.924136
9 11 0.730981 0.731242
10 11 0.711843 0.712435
11 11 1.28196 1.28282
12 11 1.27785 1.28621
13 11 1.00866 1.01893
14 11 0.918803 0.921168
15 11 0.988932 0.993072
16 11 0.319825 0.656646
17 11 0.77666 0.787748
e
0 12 0.951788 1
1 12 0.841723 1
2 12 0.969197 1
3 12 0.872528 1
4 12 0.964351 1
5 12 -0.0217038 0
6 12 0.926314 1
7 12 0.632525 1
8 12 0.924136 1
9 12 0.731242 1
10 12 0.712435 1
11 12 -0.282818 0
12 12 -0.286211 0
13 12 -0.0189334 0
14 12 0.921168 1
15 12 0.993072 1
16 12 0.656646 1
17 12 0.787748 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.76513e-05:19.9367]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00263321 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 2.63 ms:", \
     NaN with lines lc rgb 'white' title "  shm/copyout same-cpu", \
     0.001968 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 1.97 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 6.64556
1 0.323626
2 0.0924868
3 0.0502806
4 0.0447559
5 0.107022
6 0.19304
7 0.19955
8 0.0805914
9 0.0760672
10 0.175911
11 0.190643
12 0.00264316
13 0.00335298
14 0.0405612
15 0.0254974
16 5.2954e-05
17 0.00156436
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
set yrange [-30.621068:130.621068]
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
0 1 0 0.720351
5 1 0 0.412039
6 1 0 0.224615
8 1 0 0.547172
10 1 0 0.250681
11 1 0 0.231308
e
0 2 0.720351 0.914439
1 2 0 2.44418e-06
2 2 0 8.55257e-06
5 2 0.412039 0.597363
6 2 0.224615 0.450608
7 2 0 3.96392e-06
8 2 0.547172 0.793274
9 2 0 1.03987e-05
10 2 0.250681 0.363429
11 2 0.231308 0.335344
12 2 0 0.000299263
15 2 0 3.10228e-05
16 2 0 0.0149375
17 2 0 0.00050564
e
1 3 2.44418e-06 0.464635
e
0 4 0.914439 0.918151
1 4 0.464635 0.488782
2 4 8.55257e-06 0.144854
3 4 0 0.0666078
4 4 0 0.0748299
5 4 0.597363 0.628656
6 4 0.450608 0.502656
7 4 3.96392e-06 0.100703
8 4 0.793274 0.83483
9 4 1.03987e-05 0.0880662
10 4 0.363429 0.401507
11 4 0.335344 0.352912
12 4 0.000299263 1.26737
13 4 0 0.998838
17 4 0.00050564 0.76634
e
3 5 0.0666078 0.807318
4 5 0.0748299 0.906974
14 5 0 0.918202
e
0 6 0.918151 0.922107
1 6 0.488782 0.532909
2 6 0.144854 0.266122
3 6 0.807318 0.807448
4 6 0.906974 0.907085
5 6 0.628656 0.733454
6 6 0.502656 0.560757
7 6 0.100703 0.156907
8 6 0.83483 0.911862
9 6 0.0880662 0.169679
10 6 0.401507 0.479499
11 6 0.352912 0.385475
15 6 3.10228e-05 0.243509
e
7 7 0.156907 0.311053
11 7 0.385475 1.04718
e
0 8 0.922107 0.922455
1 8 0.532909 0.53652
2 8 0.266122 0.270942
3 8 0.807448 0.807458
4 8 0.907085 0.907104
5 8 0.733454 0.733554
6 8 0.560757 0.56094
7 8 0.311053 0.320063
8 8 0.911862 0.912229
9 8 0.169679 0.170432
10 8 0.479499 0.481529
11 8 1.04718 1.04728
15 8 0.243509 0.248362
e
0 9 0.922455 0.922659
1 9 0.53652 0.538058
2 9 0.270942 0.271432
3 9 0.807458 0.807688
4 9 0.907104 0.907211
5 9 0.733554 0.735903
6 9 0.56094 0.568403
7 9 0.320063 0.321241
8 9 0.912229 0.923523
9 9 0.170432 0.204041
10 9 0.481529 0.536653
11 9 1.04728 1.07381
12 9 1.26737 1.27785
13 9 0.998838 1.00866
14 9 0.918202 0.918803
15 9 0.248362 0.361976
16 9 0.0149375 0.319825
17 9 0.76634 0.77666
e
0 10 0.922659 0.951663
1 10 0.538058 0.839095
2 10 0.271432 0.968533
3 10 0.807688 0.851953
4 10 0.907211 0.95694
5 10 0.735903 1.0215
6 10 0.568403 0.924737
7 10 0.321241 0.631358
8 10 0.923523 0.923718
9 10 0.204041 0.730981
10 10 0.536653 0.711843
11 10 1.07381 1.28196
15 10 0.361976 0.988932
e
0 11 0.951663 0.951788
1 11 0.839095 0.841723
2 11 0.968533 0.969197
3 11 0.851953 0.872528
4 11 0.95694 0.964351
5 11 1.0215 1.0217
6 11 0.924737 0.926314
7 11 0.631358 0.632525
8 11 0.923718 0.924136
9 11 0.730981 0.731242
10 11 0.711843 0.712435
11 11 1.28196 1.28282
12 11 1.27785 1.28621
13 11 1.00866 1.01893
14 11 0.918803 0.921168
15 11 0.988932 0.993072
16 11 0.319825 0.656646
17 11 0.77666 0.787748
e
0 12 0.951788 1
1 12 0.841723 1
2 12 0.969197 1
3 12 0.872528 1
4 12 0.964351 1
5 12 -0.0217038 0
6 12 0.926314 1
7 12 0.632525 1
8 12 0.924136 1
9 12 0.731242 1
10 12 0.712435 1
11 12 -0.282818 0
12 12 -0.286211 0
13 12 -0.0189334 0
14 12 0.921168 1
15 12 0.993072 1
16 12 0.656646 1
17 12 0.787748 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.76513e-05:19.9367]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00263321 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 2.63 ms:", \
     NaN with lines lc rgb 'white' title "  shm/copyout same-cpu", \
     0.001968 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 1.97 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 6.64556
1 0.323626
2 0.0924868
3 0.0502806
4 0.0447559
5 0.107022
6 0.19304
7 0.19955
8 0.0805914
9 0.0760672
10 0.175911
11 0.190643
12 0.00264316
13 0.00335298
14 0.0405612
15 0.0254974
16 5.2954e-05
17 0.00156436
e
unset multiplot
unset logscale y
set output
