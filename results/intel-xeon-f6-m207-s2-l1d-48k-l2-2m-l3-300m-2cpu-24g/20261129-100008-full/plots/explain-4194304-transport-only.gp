# explain.py: explain-4194304-transport-only; data inline, run `gnuplot explain-4194304-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-26.794470:126.794470]
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
0 1 0 0.696777
5 1 0 0.135499
6 1 0 0.0558522
8 1 0 0.0442362
10 1 0 0.0561148
11 1 0 0.0310473
e
0 2 0.696777 0.933174
1 2 0 2.92893e-05
2 2 0 0.000232702
5 2 0.135499 0.204479
6 2 0.0558522 0.111009
7 2 0 4.55834e-05
8 2 0.0442362 0.0667561
9 2 0 0.000320663
10 2 0.0561148 0.084682
11 2 0.0310473 0.046853
12 2 0 0.00239539
15 2 0 0.000846745
16 2 0 0.0471932
17 2 0 0.00367538
e
1 3 2.92893e-05 0.735817
e
0 4 0.933174 0.935499
1 4 0.735817 0.756443
2 4 0.000232702 0.281145
3 4 0 0.0518666
4 4 0 0.0647264
5 4 0.204479 0.266537
6 4 0.111009 0.188342
7 4 4.55834e-05 0.082586
8 4 0.0667561 0.087016
9 4 0.000320663 0.193868
10 4 0.084682 0.136083
11 4 0.046853 0.0610726
12 4 0.00239539 0.725307
13 4 0 0.729503
17 4 0.00367538 0.616721
e
3 5 0.0518666 0.463461
4 5 0.0647264 0.57837
14 5 0 0.721099
e
0 6 0.935499 0.937749
1 6 0.756443 0.789812
2 6 0.281145 0.479972
3 6 0.463461 0.464316
4 6 0.57837 0.578912
5 6 0.266537 0.44224
6 6 0.188342 0.261325
7 6 0.082586 0.121533
8 6 0.087016 0.148724
9 6 0.193868 0.488622
10 6 0.136083 0.302862
11 6 0.0610726 0.104382
15 6 0.000846745 0.779174
e
7 7 0.121533 0.259931
11 7 0.104382 0.627559
e
0 8 0.937749 0.937911
1 8 0.789812 0.791965
2 8 0.479972 0.486527
3 8 0.464316 0.464427
5 8 0.44224 0.442285
6 8 0.261325 0.26174
7 8 0.259931 0.265555
8 8 0.148724 0.148927
9 8 0.488622 0.489314
10 8 0.302862 0.303441
11 8 0.627559 0.627854
15 8 0.779174 0.787674
17 8 0.616721 0.617117
e
0 9 0.937911 0.937922
1 9 0.791965 0.79216
2 9 0.486527 0.487347
3 9 0.464427 0.464598
4 9 -0.000188743 0
5 9 0.442285 0.444829
6 9 0.26174 0.264521
7 9 0.265555 0.266593
8 9 0.148927 0.170771
9 9 0.489314 0.494852
10 9 0.303441 0.346556
11 9 0.627854 0.64155
13 9 0.729503 0.729769
14 9 0.721099 0.724345
15 9 0.787674 0.983652
16 9 0.0471932 0.301574
17 9 0.617117 0.636928
e
0 10 0.937922 0.961662
2 10 0.487347 0.839301
3 10 0.464598 0.481092
4 10 0.578912 0.599497
5 10 0.444829 0.847488
6 10 0.264521 0.751563
7 10 0.266593 0.546724
8 10 0.170771 0.597044
9 10 0.494852 0.658648
10 10 0.346556 0.741492
11 10 0.64155 0.907968
12 10 -7.18438e-05 0
13 10 -7.24989e-05 0
14 10 -9.03064e-06 0
e
0 11 0.961662 0.963112
1 11 0.79216 0.837489
2 11 0.839301 0.860196
3 11 0.481092 0.784641
4 11 0.599497 0.650966
5 11 0.847488 0.853741
6 11 0.751563 0.768689
7 11 0.546724 0.559464
8 11 0.597044 0.599665
9 11 0.658648 0.667288
10 11 0.741492 0.74704
11 11 0.907968 0.912212
12 11 0.725307 0.811712
13 11 0.729769 0.823978
14 11 0.724345 0.736353
15 11 0.983652 1.05058
16 11 0.301574 1.24794
17 11 0.636928 0.723811
e
0 12 0.963112 1
1 12 0.837489 1
2 12 0.860196 1
3 12 0.784641 1
4 12 0.650966 1.00019
5 12 0.853741 1
6 12 0.768689 1
7 12 0.559464 1
8 12 0.599665 1
9 12 0.667288 1
10 12 0.74704 1
11 12 0.912212 1
12 12 0.811712 1.00007
13 12 0.823978 1.00007
14 12 0.736353 1.00001
15 12 -0.0505831 0
16 12 -0.247945 0
17 12 0.723811 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.105e-06:3.33281]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000343005 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 343.0 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     0.00030843 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 308.4 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 1.11094
1 0.0391782
2 0.0049312
3 0.00667689
4 0.00535034
5 0.00558041
6 0.0134345
7 0.0251737
8 0.0170932
9 0.00357853
10 0.0134749
11 0.0243544
12 0.000479046
13 0.000474717
14 0.00381108
15 0.00135519
16 2.4315e-05
17 0.000312213
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
set yrange [-26.794470:126.794470]
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
0 1 0 0.696777
5 1 0 0.135499
6 1 0 0.0558522
8 1 0 0.0442362
10 1 0 0.0561148
11 1 0 0.0310473
e
0 2 0.696777 0.933174
1 2 0 2.92893e-05
2 2 0 0.000232702
5 2 0.135499 0.204479
6 2 0.0558522 0.111009
7 2 0 4.55834e-05
8 2 0.0442362 0.0667561
9 2 0 0.000320663
10 2 0.0561148 0.084682
11 2 0.0310473 0.046853
12 2 0 0.00239539
15 2 0 0.000846745
16 2 0 0.0471932
17 2 0 0.00367538
e
1 3 2.92893e-05 0.735817
e
0 4 0.933174 0.935499
1 4 0.735817 0.756443
2 4 0.000232702 0.281145
3 4 0 0.0518666
4 4 0 0.0647264
5 4 0.204479 0.266537
6 4 0.111009 0.188342
7 4 4.55834e-05 0.082586
8 4 0.0667561 0.087016
9 4 0.000320663 0.193868
10 4 0.084682 0.136083
11 4 0.046853 0.0610726
12 4 0.00239539 0.725307
13 4 0 0.729503
17 4 0.00367538 0.616721
e
3 5 0.0518666 0.463461
4 5 0.0647264 0.57837
14 5 0 0.721099
e
0 6 0.935499 0.937749
1 6 0.756443 0.789812
2 6 0.281145 0.479972
3 6 0.463461 0.464316
4 6 0.57837 0.578912
5 6 0.266537 0.44224
6 6 0.188342 0.261325
7 6 0.082586 0.121533
8 6 0.087016 0.148724
9 6 0.193868 0.488622
10 6 0.136083 0.302862
11 6 0.0610726 0.104382
15 6 0.000846745 0.779174
e
7 7 0.121533 0.259931
11 7 0.104382 0.627559
e
0 8 0.937749 0.937911
1 8 0.789812 0.791965
2 8 0.479972 0.486527
3 8 0.464316 0.464427
5 8 0.44224 0.442285
6 8 0.261325 0.26174
7 8 0.259931 0.265555
8 8 0.148724 0.148927
9 8 0.488622 0.489314
10 8 0.302862 0.303441
11 8 0.627559 0.627854
15 8 0.779174 0.787674
17 8 0.616721 0.617117
e
0 9 0.937911 0.937922
1 9 0.791965 0.79216
2 9 0.486527 0.487347
3 9 0.464427 0.464598
4 9 -0.000188743 0
5 9 0.442285 0.444829
6 9 0.26174 0.264521
7 9 0.265555 0.266593
8 9 0.148927 0.170771
9 9 0.489314 0.494852
10 9 0.303441 0.346556
11 9 0.627854 0.64155
13 9 0.729503 0.729769
14 9 0.721099 0.724345
15 9 0.787674 0.983652
16 9 0.0471932 0.301574
17 9 0.617117 0.636928
e
0 10 0.937922 0.961662
2 10 0.487347 0.839301
3 10 0.464598 0.481092
4 10 0.578912 0.599497
5 10 0.444829 0.847488
6 10 0.264521 0.751563
7 10 0.266593 0.546724
8 10 0.170771 0.597044
9 10 0.494852 0.658648
10 10 0.346556 0.741492
11 10 0.64155 0.907968
12 10 -7.18438e-05 0
13 10 -7.24989e-05 0
14 10 -9.03064e-06 0
e
0 11 0.961662 0.963112
1 11 0.79216 0.837489
2 11 0.839301 0.860196
3 11 0.481092 0.784641
4 11 0.599497 0.650966
5 11 0.847488 0.853741
6 11 0.751563 0.768689
7 11 0.546724 0.559464
8 11 0.597044 0.599665
9 11 0.658648 0.667288
10 11 0.741492 0.74704
11 11 0.907968 0.912212
12 11 0.725307 0.811712
13 11 0.729769 0.823978
14 11 0.724345 0.736353
15 11 0.983652 1.05058
16 11 0.301574 1.24794
17 11 0.636928 0.723811
e
0 12 0.963112 1
1 12 0.837489 1
2 12 0.860196 1
3 12 0.784641 1
4 12 0.650966 1.00019
5 12 0.853741 1
6 12 0.768689 1
7 12 0.559464 1
8 12 0.599665 1
9 12 0.667288 1
10 12 0.74704 1
11 12 0.912212 1
12 12 0.811712 1.00007
13 12 0.823978 1.00007
14 12 0.736353 1.00001
15 12 -0.0505831 0
16 12 -0.247945 0
17 12 0.723811 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.105e-06:3.33281]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000343005 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 343.0 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     0.00030843 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 308.4 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 1.11094
1 0.0391782
2 0.0049312
3 0.00667689
4 0.00535034
5 0.00558041
6 0.0134345
7 0.0251737
8 0.0170932
9 0.00357853
10 0.0134749
11 0.0243544
12 0.000479046
13 0.000474717
14 0.00381108
15 0.00135519
16 2.4315e-05
17 0.000312213
e
unset multiplot
unset logscale y
set output
