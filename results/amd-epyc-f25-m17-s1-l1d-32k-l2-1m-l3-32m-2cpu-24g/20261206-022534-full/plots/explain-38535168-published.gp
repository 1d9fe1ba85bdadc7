# explain.py: explain-38535168-published; data inline, run `gnuplot explain-38535168-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-published.png"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-13.581217:113.581217]
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
0 0 0 0.0119788
1 0 0 0.190972
2 0 0 0.417497
3 0 0 0.624396
4 0 0 0.620343
5 0 0 0.442079
6 0 0 0.29321
7 0 0 0.295536
8 0 0 0.417215
9 0 0 0.602327
10 0 0 0.315106
11 0 0 0.278641
12 0 0 0.968652
13 0 0 0.897951
14 0 0 0.722336
15 0 0 0.708472
16 0 0 0.92491
17 0 0 0.906381
e
0 1 0.0119788 0.716517
5 1 0.442079 0.68159
6 1 0.29321 0.44941
8 1 0.417215 0.643256
10 1 0.315106 0.485826
11 1 0.278641 0.429605
e
0 2 0.716517 0.906345
1 2 0.190972 0.190974
2 2 0.417497 0.417501
5 2 0.68159 0.789315
6 2 0.44941 0.606568
7 2 0.295536 0.295538
8 2 0.643256 0.744922
9 2 0.602327 0.602333
10 2 0.485826 0.562611
11 2 0.429605 0.497504
12 2 0.968652 0.968661
15 2 0.708472 0.708478
16 2 0.92491 0.924919
17 2 0.906381 0.90639
e
1 3 0.190974 0.543779
e
0 4 0.906345 0.909975
1 4 0.543779 0.562115
2 4 0.417501 0.486216
3 4 0.624396 0.650088
4 4 0.620343 0.645869
5 4 0.789315 0.807505
6 4 0.606568 0.642762
7 4 0.295538 0.368501
8 4 0.744922 0.762089
9 4 0.602333 0.651901
10 4 0.562611 0.588542
11 4 0.497504 0.508969
12 4 0.968661 1.00852
13 4 0.897951 0.934899
16 4 0.924919 0.962977
17 4 0.90639 0.957026
e
3 5 0.650088 0.935797
4 5 0.645869 0.929723
14 5 0.722336 1.05286
e
0 6 0.909975 0.913845
1 6 0.562115 0.595622
2 6 0.486216 0.543745
3 6 0.935797 0.935847
4 6 0.929723 0.929761
5 6 0.807505 0.868423
6 6 0.642762 0.683166
7 6 0.368501 0.409225
8 6 0.762089 0.793912
9 6 0.651901 0.697842
10 6 0.588542 0.641658
11 6 0.508969 0.530222
15 6 0.708478 0.762515
e
7 7 0.409225 0.520913
11 7 0.530222 0.962086
e
0 8 0.913845 0.914185
1 8 0.595622 0.598364
2 8 0.543745 0.546032
3 8 0.935847 0.935851
4 8 0.929761 0.929767
5 8 0.868423 0.868481
6 8 0.683166 0.683293
7 8 0.520913 0.527441
8 8 0.793912 0.794063
9 8 0.697842 0.698266
10 8 0.641658 0.643039
11 8 0.962086 0.962146
15 8 0.762515 0.763593
e
0 9 0.914185 0.914384
1 9 0.598364 0.599532
2 9 0.546032 0.546264
3 9 0.935851 0.935939
4 9 0.929767 0.929804
5 9 0.868481 0.869846
6 9 0.683293 0.688483
7 9 0.527441 0.528295
8 9 0.794063 0.798729
9 9 0.698266 0.717185
10 9 0.643039 0.68058
11 9 0.962146 0.979465
12 9 1.00852 1.00885
13 9 0.934899 0.935263
14 9 1.05286 1.05308
15 9 0.763593 0.788808
16 9 0.962977 0.96316
17 9 0.957026 0.957205
e
0 10 0.914384 0.942751
1 10 0.599532 0.828116
2 10 0.546264 0.87697
3 10 0.935939 0.953013
4 10 0.929804 0.946767
5 10 0.869846 1.03586
6 10 0.688483 0.936281
7 10 0.528295 0.752994
8 10 0.798729 0.798809
9 10 0.717185 1.01381
10 10 0.68058 0.79989
11 10 0.979465 1.11531
15 10 0.788808 0.927954
e
0 11 0.942751 0.942867
1 11 0.828116 0.829919
2 11 0.87697 0.877529
3 11 0.953013 0.960652
4 11 0.946767 0.948931
5 11 1.03586 1.03634
6 11 0.936281 0.937287
7 11 0.752994 0.753825
8 11 0.798809 0.799113
9 11 1.01381 1.01406
10 11 0.79989 0.800336
11 11 1.11531 1.11581
12 11 1.00885 1.00933
13 11 0.935263 0.936031
14 11 1.05308 1.05424
15 11 0.927954 0.929368
16 11 0.96316 0.963778
17 11 0.957205 0.957802
e
0 12 0.942867 1
1 12 0.829919 1
2 12 0.877529 1
3 12 0.960652 1
4 12 0.948931 1
5 12 -0.03634 0
6 12 0.937287 1
7 12 0.753825 1
8 12 0.799113 1
9 12 -0.0140628 0
10 12 0.800336 1
11 12 -0.115812 0
12 12 -0.0093328 0
13 12 0.936031 1
14 12 -0.0542414 0
15 12 0.929368 1
16 12 0.963778 1
17 12 0.957802 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.000655999:20.3842]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00263321 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 2.63 ms:", \
     NaN with lines lc rgb 'white' title "  shm/copyout same-cpu", \
     0.001968 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 1.97 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 6.79472
1 0.426203
2 0.194955
3 0.130355
4 0.131206
5 0.184114
6 0.277592
7 0.275408
8 0.195086
9 0.135131
10 0.258303
11 0.292106
12 0.0840269
13 0.0906428
14 0.11268
15 0.114885
16 0.0880008
17 0.0897998
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-published.svg"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-13.581217:113.581217]
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
0 0 0 0.0119788
1 0 0 0.190972
2 0 0 0.417497
3 0 0 0.624396
4 0 0 0.620343
5 0 0 0.442079
6 0 0 0.29321
7 0 0 0.295536
8 0 0 0.417215
9 0 0 0.602327
10 0 0 0.315106
11 0 0 0.278641
12 0 0 0.968652
13 0 0 0.897951
14 0 0 0.722336
15 0 0 0.708472
16 0 0 0.92491
17 0 0 0.906381
e
0 1 0.0119788 0.716517
5 1 0.442079 0.68159
6 1 0.29321 0.44941
8 1 0.417215 0.643256
10 1 0.315106 0.485826
11 1 0.278641 0.429605
e
0 2 0.716517 0.906345
1 2 0.190972 0.190974
2 2 0.417497 0.417501
5 2 0.68159 0.789315
6 2 0.44941 0.606568
7 2 0.295536 0.295538
8 2 0.643256 0.744922
9 2 0.602327 0.602333
10 2 0.485826 0.562611
11 2 0.429605 0.497504
12 2 0.968652 0.968661
15 2 0.708472 0.708478
16 2 0.92491 0.924919
17 2 0.906381 0.90639
e
1 3 0.190974 0.543779
e
0 4 0.906345 0.909975
1 4 0.543779 0.562115
2 4 0.417501 0.486216
3 4 0.624396 0.650088
4 4 0.620343 0.645869
5 4 0.789315 0.807505
6 4 0.606568 0.642762
7 4 0.295538 0.368501
8 4 0.744922 0.762089
9 4 0.602333 0.651901
10 4 0.562611 0.588542
11 4 0.497504 0.508969
12 4 0.968661 1.00852
13 4 0.897951 0.934899
16 4 0.924919 0.962977
17 4 0.90639 0.957026
e
3 5 0.650088 0.935797
4 5 0.645869 0.929723
14 5 0.722336 1.05286
e
0 6 0.909975 0.913845
1 6 0.562115 0.595622
2 6 0.486216 0.543745
3 6 0.935797 0.935847
4 6 0.929723 0.929761
5 6 0.807505 0.868423
6 6 0.642762 0.683166
7 6 0.368501 0.409225
8 6 0.762089 0.793912
9 6 0.651901 0.697842
10 6 0.588542 0.641658
11 6 0.508969 0.530222
15 6 0.708478 0.762515
e
7 7 0.409225 0.520913
11 7 0.530222 0.962086
e
0 8 0.913845 0.914185
1 8 0.595622 0.598364
2 8 0.543745 0.546032
3 8 0.935847 0.935851
4 8 0.929761 0.929767
5 8 0.868423 0.868481
6 8 0.683166 0.683293
7 8 0.520913 0.527441
8 8 0.793912 0.794063
9 8 0.697842 0.698266
10 8 0.641658 0.643039
11 8 0.962086 0.962146
15 8 0.762515 0.763593
e
0 9 0.914185 0.914384
1 9 0.598364 0.599532
2 9 0.546032 0.546264
3 9 0.935851 0.935939
4 9 0.929767 0.929804
5 9 0.868481 0.869846
6 9 0.683293 0.688483
7 9 0.527441 0.528295
8 9 0.794063 0.798729
9 9 0.698266 0.717185
10 9 0.643039 0.68058
11 9 0.962146 0.979465
12 9 1.00852 1.00885
13 9 0.934899 0.935263
14 9 1.05286 1.05308
15 9 0.763593 0.788808
16 9 0.962977 0.96316
17 9 0.957026 0.957205
e
0 10 0.914384 0.942751
1 10 0.599532 0.828116
2 10 0.546264 0.87697
3 10 0.935939 0.953013
4 10 0.929804 0.946767
5 10 0.869846 1.03586
6 10 0.688483 0.936281
7 10 0.528295 0.752994
8 10 0.798729 0.798809
9 10 0.717185 1.01381
10 10 0.68058 0.79989
11 10 0.979465 1.11531
15 10 0.788808 0.927954
e
0 11 0.942751 0.942867
1 11 0.828116 0.829919
2 11 0.87697 0.877529
3 11 0.953013 0.960652
4 11 0.946767 0.948931
5 11 1.03586 1.03634
6 11 0.936281 0.937287
7 11 0.752994 0.753825
8 11 0.798809 0.799113
9 11 1.01381 1.01406
10 11 0.79989 0.800336
11 11 1.11531 1.11581
12 11 1.00885 1.00933
13 11 0.935263 0.936031
14 11 1.05308 1.05424
15 11 0.927954 0.929368
16 11 0.96316 0.963778
17 11 0.957205 0.957802
e
0 12 0.942867 1
1 12 0.829919 1
2 12 0.877529 1
3 12 0.960652 1
4 12 0.948931 1
5 12 -0.03634 0
6 12 0.937287 1
7 12 0.753825 1
8 12 0.799113 1
9 12 -0.0140628 0
10 12 0.800336 1
11 12 -0.115812 0
12 12 -0.0093328 0
13 12 0.936031 1
14 12 -0.0542414 0
15 12 0.929368 1
16 12 0.963778 1
17 12 0.957802 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.000655999:20.3842]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00263321 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 2.63 ms:", \
     NaN with lines lc rgb 'white' title "  shm/copyout same-cpu", \
     0.001968 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 1.97 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 6.79472
1 0.426203
2 0.194955
3 0.130355
4 0.131206
5 0.184114
6 0.277592
7 0.275408
8 0.195086
9 0.135131
10 0.258303
11 0.292106
12 0.0840269
13 0.0906428
14 0.11268
15 0.114885
16 0.0880008
17 0.0897998
e
unset multiplot
unset logscale y
set output
