# explain.py: explain-1204224-transport-only; data inline, run `gnuplot explain-1204224-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-24.647595:124.647595]
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
0 1 0 0.399293
5 1 0 0.0547553
6 1 0 0.0388495
8 1 0 0.0509203
10 1 0 0.0494911
11 1 0 0.0278415
e
0 2 0.399293 0.495838
1 2 0 5.35965e-05
2 2 0 0.000325415
5 2 0.0547553 0.0782301
6 2 0.0388495 0.0776762
7 2 0 9.0384e-05
8 2 0.0509203 0.0727509
9 2 0 0.000494599
10 2 0.0494911 0.070709
11 2 0.0278415 0.0397778
12 2 0 0.00432092
15 2 0 0.00141704
16 2 0 0.0261908
17 2 0 0.00615268
e
1 3 5.35965e-05 0.477544
e
0 4 0.495838 0.497555
1 4 0.477544 0.490719
2 4 0.000325415 0.13744
3 4 0 0.0196969
4 4 0 0.0423228
5 4 0.0782301 0.100374
6 4 0.0776762 0.127146
7 4 9.0384e-05 0.0572158
8 4 0.0727509 0.0933443
9 4 0.000494599 0.104695
10 4 0.070709 0.11074
11 4 0.0397778 0.0510376
12 4 0.00432092 0.45948
13 4 0 0.431855
17 4 0.00615268 0.379462
e
3 5 0.0196969 0.221106
4 5 0.0423228 0.47509
14 5 0 0.594144
e
0 6 0.497555 0.499247
1 6 0.490719 0.52269
2 6 0.13744 0.282998
3 6 0.221106 0.222088
4 6 0.47509 0.477064
5 6 0.100374 0.19442
6 6 0.127146 0.197173
7 6 0.0572158 0.0976433
8 6 0.0933443 0.170645
9 6 0.104695 0.300262
10 6 0.11074 0.272325
11 6 0.0510376 0.0933033
15 6 0.00141704 0.561723
e
7 7 0.0976433 0.26945
11 7 0.0933033 0.646859
e
0 8 0.499247 0.499377
1 8 0.52269 0.52538
2 8 0.282998 0.289037
3 8 0.222088 0.22231
5 8 0.19442 0.19492
7 8 0.26945 0.27661
8 8 0.170645 0.170878
9 8 0.300262 0.300733
10 8 0.272325 0.273139
11 8 0.646859 0.647164
14 8 0.594144 0.594275
15 8 0.561723 0.574196
e
0 9 -2.56924e-07 0
1 9 0.52538 0.525502
2 9 0.289037 0.28916
3 9 0.22231 0.222381
4 9 -7.60228e-05 0
5 9 0.19492 0.195477
6 9 0.197173 0.197588
7 9 0.27661 0.27714
8 9 0.170878 0.175798
9 9 0.300733 0.328622
10 9 0.273139 0.317865
11 9 0.647164 0.651978
12 9 0.45948 0.533063
14 9 -0.000626227 0
15 9 0.574196 0.6852
16 9 0.0261908 0.249197
17 9 0.379462 0.423701
e
0 10 0.499377 0.504571
1 10 0.525502 0.623533
2 10 0.28916 0.725212
3 10 0.222381 0.230483
4 10 0.477064 0.494454
5 10 0.195477 0.664523
6 10 0.197588 0.586545
7 10 0.27714 0.544839
8 10 0.175798 0.71522
9 10 0.328622 1.06104
10 10 0.317865 0.709826
11 10 0.651978 0.92504
12 10 -0.000624797 0
13 10 -0.000592807 0
14 10 -0.000732575 -0.000626227
15 10 -6.83004e-05 0
e
0 11 0.504571 0.509142
1 11 0.623533 0.778983
2 11 0.725212 0.77406
3 11 0.230483 0.811875
4 11 0.494454 0.651183
5 11 0.664523 0.678571
6 11 0.586545 0.650531
7 11 0.544839 0.614144
8 11 0.71522 0.733142
9 11 1.06104 1.08385
10 11 0.709826 0.726486
11 11 0.92504 0.938349
12 11 0.533063 0.865501
13 11 0.431855 0.679059
14 11 0.594275 0.664472
15 11 0.6852 0.846118
16 11 0.249197 1.22648
17 11 0.423701 0.677498
e
0 12 0.509142 1
1 12 0.778983 1
2 12 0.77406 1
3 12 0.811875 1
4 12 0.651183 1.00008
5 12 0.678571 1
6 12 0.650531 1
7 12 0.614144 1
8 12 0.733142 1
9 12 -0.0838517 0
10 12 0.726486 1
11 12 0.938349 1
12 12 0.865501 1.00062
13 12 0.679059 1.00059
14 12 0.664472 1.00073
15 12 0.846118 1.00007
16 12 -0.226476 0
17 12 0.677498 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [7.54083e-06:1.30907]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     7.77531e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 77.8 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     8.30425e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 83.0 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.436355
1 0.0110548
2 0.00182075
3 0.00316866
4 0.00147469
5 0.00281845
6 0.00378491
7 0.00655537
8 0.00303072
9 0.00119794
10 0.00311824
11 0.00554298
12 0.000137123
13 0.000144523
14 0.00107415
15 0.000418125
16 2.26225e-05
17 9.62995e-05
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
set yrange [-24.647595:124.647595]
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
0 1 0 0.399293
5 1 0 0.0547553
6 1 0 0.0388495
8 1 0 0.0509203
10 1 0 0.0494911
11 1 0 0.0278415
e
0 2 0.399293 0.495838
1 2 0 5.35965e-05
2 2 0 0.000325415
5 2 0.0547553 0.0782301
6 2 0.0388495 0.0776762
7 2 0 9.0384e-05
8 2 0.0509203 0.0727509
9 2 0 0.000494599
10 2 0.0494911 0.070709
11 2 0.0278415 0.0397778
12 2 0 0.00432092
15 2 0 0.00141704
16 2 0 0.0261908
17 2 0 0.00615268
e
1 3 5.35965e-05 0.477544
e
0 4 0.495838 0.497555
1 4 0.477544 0.490719
2 4 0.000325415 0.13744
3 4 0 0.0196969
4 4 0 0.0423228
5 4 0.0782301 0.100374
6 4 0.0776762 0.127146
7 4 9.0384e-05 0.0572158
8 4 0.0727509 0.0933443
9 4 0.000494599 0.104695
10 4 0.070709 0.11074
11 4 0.0397778 0.0510376
12 4 0.00432092 0.45948
13 4 0 0.431855
17 4 0.00615268 0.379462
e
3 5 0.0196969 0.221106
4 5 0.0423228 0.47509
14 5 0 0.594144
e
0 6 0.497555 0.499247
1 6 0.490719 0.52269
2 6 0.13744 0.282998
3 6 0.221106 0.222088
4 6 0.47509 0.477064
5 6 0.100374 0.19442
6 6 0.127146 0.197173
7 6 0.0572158 0.0976433
8 6 0.0933443 0.170645
9 6 0.104695 0.300262
10 6 0.11074 0.272325
11 6 0.0510376 0.0933033
15 6 0.00141704 0.561723
e
7 7 0.0976433 0.26945
11 7 0.0933033 0.646859
e
0 8 0.499247 0.499377
1 8 0.52269 0.52538
2 8 0.282998 0.289037
3 8 0.222088 0.22231
5 8 0.19442 0.19492
7 8 0.26945 0.27661
8 8 0.170645 0.170878
9 8 0.300262 0.300733
10 8 0.272325 0.273139
11 8 0.646859 0.647164
14 8 0.594144 0.594275
15 8 0.561723 0.574196
e
0 9 -2.56924e-07 0
1 9 0.52538 0.525502
2 9 0.289037 0.28916
3 9 0.22231 0.222381
4 9 -7.60228e-05 0
5 9 0.19492 0.195477
6 9 0.197173 0.197588
7 9 0.27661 0.27714
8 9 0.170878 0.175798
9 9 0.300733 0.328622
10 9 0.273139 0.317865
11 9 0.647164 0.651978
12 9 0.45948 0.533063
14 9 -0.000626227 0
15 9 0.574196 0.6852
16 9 0.0261908 0.249197
17 9 0.379462 0.423701
e
0 10 0.499377 0.504571
1 10 0.525502 0.623533
2 10 0.28916 0.725212
3 10 0.222381 0.230483
4 10 0.477064 0.494454
5 10 0.195477 0.664523
6 10 0.197588 0.586545
7 10 0.27714 0.544839
8 10 0.175798 0.71522
9 10 0.328622 1.06104
10 10 0.317865 0.709826
11 10 0.651978 0.92504
12 10 -0.000624797 0
13 10 -0.000592807 0
14 10 -0.000732575 -0.000626227
15 10 -6.83004e-05 0
e
0 11 0.504571 0.509142
1 11 0.623533 0.778983
2 11 0.725212 0.77406
3 11 0.230483 0.811875
4 11 0.494454 0.651183
5 11 0.664523 0.678571
6 11 0.586545 0.650531
7 11 0.544839 0.614144
8 11 0.71522 0.733142
9 11 1.06104 1.08385
10 11 0.709826 0.726486
11 11 0.92504 0.938349
12 11 0.533063 0.865501
13 11 0.431855 0.679059
14 11 0.594275 0.664472
15 11 0.6852 0.846118
16 11 0.249197 1.22648
17 11 0.423701 0.677498
e
0 12 0.509142 1
1 12 0.778983 1
2 12 0.77406 1
3 12 0.811875 1
4 12 0.651183 1.00008
5 12 0.678571 1
6 12 0.650531 1
7 12 0.614144 1
8 12 0.733142 1
9 12 -0.0838517 0
10 12 0.726486 1
11 12 0.938349 1
12 12 0.865501 1.00062
13 12 0.679059 1.00059
14 12 0.664472 1.00073
15 12 0.846118 1.00007
16 12 -0.226476 0
17 12 0.677498 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [7.54083e-06:1.30907]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     7.77531e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 77.8 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     8.30425e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 83.0 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.436355
1 0.0110548
2 0.00182075
3 0.00316866
4 0.00147469
5 0.00281845
6 0.00378491
7 0.00655537
8 0.00303072
9 0.00119794
10 0.00311824
11 0.00554298
12 0.000137123
13 0.000144523
14 0.00107415
15 0.000418125
16 2.26225e-05
17 9.62995e-05
e
unset multiplot
unset logscale y
set output
