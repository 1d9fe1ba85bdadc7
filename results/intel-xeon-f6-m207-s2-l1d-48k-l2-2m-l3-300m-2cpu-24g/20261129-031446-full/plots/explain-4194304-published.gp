# explain.py: explain-4194304-published; data inline, run `gnuplot explain-4194304-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-published.png"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-2.004021:102.004021]
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
0 0 0 0.00754602
1 0 0 0.180373
2 0 0 0.577148
3 0 0 0.554926
4 0 0 0.460987
5 0 0 0.335554
6 0 0 0.352212
7 0 0 0.231462
8 0 0 0.328584
9 0 0 0.517771
10 0 0 0.266392
11 0 0 0.247258
12 0 0 0.915675
13 0 0 0.902343
14 0 0 0.680807
15 0 0 0.559598
16 0 0 0.586743
17 0 0 0.574693
e
0 1 0.00754602 0.536652
5 1 0.335554 0.360105
6 1 0.352212 0.37773
8 1 0.328584 0.352626
10 1 0.266392 0.285883
11 1 0.247258 0.265349
e
0 2 0.536652 0.675532
1 2 0.180373 0.180384
2 2 0.577148 0.577184
5 2 0.360105 0.372368
6 2 0.37773 0.403297
7 2 0.231462 0.231477
8 2 0.352626 0.364633
9 2 0.517771 0.517803
10 2 0.285883 0.295618
11 2 0.265349 0.274385
12 2 0.915675 0.915732
15 2 0.559598 0.559633
16 2 0.586743 0.586779
17 2 0.574693 0.574729
e
1 3 0.180384 0.54401
e
0 4 0.675532 0.677698
1 4 0.54401 0.560075
2 4 0.577184 0.665301
3 4 0.554926 0.576107
4 4 0.460987 0.478583
5 4 0.372368 0.385175
6 4 0.403297 0.443628
7 4 0.231477 0.284485
8 4 0.364633 0.377175
9 4 0.517803 0.557329
10 4 0.295618 0.315954
11 4 0.274385 0.283823
12 4 0.915732 0.950683
13 4 0.902343 0.936785
16 4 0.586779 0.609175
17 4 0.574729 0.610393
e
3 5 0.576107 0.728963
4 5 0.478583 0.605563
14 5 0.680807 0.868338
e
0 6 0.677698 0.67975
1 6 0.560075 0.587214
2 6 0.665301 0.730426
3 6 0.728963 0.729149
4 6 0.605563 0.605708
5 6 0.385175 0.423041
6 6 0.443628 0.483373
7 6 0.284485 0.310603
8 6 0.377175 0.409076
9 6 0.557329 0.607598
10 6 0.315954 0.37133
11 6 0.283823 0.307828
15 6 0.559633 0.613962
e
7 7 0.310603 0.379162
11 7 0.307828 0.58414
e
0 8 0.67975 0.679914
1 8 0.587214 0.589229
2 8 0.730426 0.732696
3 8 0.729149 0.7292
5 8 0.423041 0.423097
6 8 0.483373 0.483469
7 8 0.379162 0.383193
8 8 0.409076 0.409196
9 8 0.607598 0.607629
10 8 0.37133 0.371621
11 8 0.58414 0.584233
14 8 0.868338 0.868348
15 8 0.613962 0.614752
e
0 9 0.679914 0.680001
1 9 0.589229 0.589261
2 9 0.732696 0.732856
3 9 0.7292 0.729203
5 9 0.423097 0.423459
6 9 0.483469 0.484551
7 9 0.383193 0.383603
8 9 0.409196 0.411364
9 9 0.607629 0.611781
10 9 0.371621 0.385998
11 9 0.584233 0.586793
12 9 0.950683 0.951645
14 9 -3.28871e-05 0
15 9 0.614752 0.61828
16 9 -2.83432e-05 0
17 9 0.610393 0.610734
e
0 10 0.680001 0.692625
1 10 0.589261 0.677286
2 10 0.732856 0.94142
3 10 0.729203 0.735566
4 10 0.605708 0.610992
5 10 0.423459 0.68282
6 10 0.484551 0.745698
7 10 0.383603 0.556258
8 10 0.411364 0.628867
9 10 0.611781 0.733044
10 10 0.385998 0.613688
11 10 0.586793 0.734619
12 10 -9.84659e-06 0
13 10 -9.70322e-06 0
14 10 -4.02081e-05 -3.28871e-05
15 10 -2.00585e-06 0
e
0 11 0.692625 0.694153
1 11 0.677286 0.708728
2 11 0.94142 0.947768
3 11 0.735566 0.827909
4 11 0.610992 0.623167
5 11 0.68282 0.684317
6 11 0.745698 0.757504
7 11 0.556258 0.56757
8 11 0.628867 0.63096
9 11 0.733044 0.734616
10 11 0.613688 0.615246
11 11 0.734619 0.736053
12 11 0.951645 0.956256
13 11 0.936785 0.940357
14 11 0.868348 0.871962
15 11 0.61828 0.622447
16 11 0.609175 0.610685
17 11 0.610734 0.612494
e
0 12 0.694153 1
1 12 0.708728 1
2 12 0.947768 1
3 12 0.827909 1
4 12 0.623167 1
5 12 0.684317 1
6 12 0.757504 1
7 12 0.56757 1
8 12 0.63096 1
9 12 0.734616 1
10 12 0.615246 1
11 12 0.736053 1
12 12 0.956256 1.00001
13 12 0.940357 1.00001
14 12 0.871962 1.00004
15 12 0.622447 1
16 12 0.610685 1.00003
17 12 0.612494 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.000102704:3.69068]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000357955 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 358.0 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     0.000308112 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 308.1 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 1.23023
1 0.0514673
2 0.0160848
3 0.0167289
4 0.0201379
5 0.0276656
6 0.0263572
7 0.0401072
8 0.0282524
9 0.0179294
10 0.0348483
11 0.037545
12 0.0101382
13 0.010288
14 0.0136357
15 0.0165892
16 0.0158218
17 0.0161535
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-published.svg"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-2.004021:102.004021]
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
0 0 0 0.00754602
1 0 0 0.180373
2 0 0 0.577148
3 0 0 0.554926
4 0 0 0.460987
5 0 0 0.335554
6 0 0 0.352212
7 0 0 0.231462
8 0 0 0.328584
9 0 0 0.517771
10 0 0 0.266392
11 0 0 0.247258
12 0 0 0.915675
13 0 0 0.902343
14 0 0 0.680807
15 0 0 0.559598
16 0 0 0.586743
17 0 0 0.574693
e
0 1 0.00754602 0.536652
5 1 0.335554 0.360105
6 1 0.352212 0.37773
8 1 0.328584 0.352626
10 1 0.266392 0.285883
11 1 0.247258 0.265349
e
0 2 0.536652 0.675532
1 2 0.180373 0.180384
2 2 0.577148 0.577184
5 2 0.360105 0.372368
6 2 0.37773 0.403297
7 2 0.231462 0.231477
8 2 0.352626 0.364633
9 2 0.517771 0.517803
10 2 0.285883 0.295618
11 2 0.265349 0.274385
12 2 0.915675 0.915732
15 2 0.559598 0.559633
16 2 0.586743 0.586779
17 2 0.574693 0.574729
e
1 3 0.180384 0.54401
e
0 4 0.675532 0.677698
1 4 0.54401 0.560075
2 4 0.577184 0.665301
3 4 0.554926 0.576107
4 4 0.460987 0.478583
5 4 0.372368 0.385175
6 4 0.403297 0.443628
7 4 0.231477 0.284485
8 4 0.364633 0.377175
9 4 0.517803 0.557329
10 4 0.295618 0.315954
11 4 0.274385 0.283823
12 4 0.915732 0.950683
13 4 0.902343 0.936785
16 4 0.586779 0.609175
17 4 0.574729 0.610393
e
3 5 0.576107 0.728963
4 5 0.478583 0.605563
14 5 0.680807 0.868338
e
0 6 0.677698 0.67975
1 6 0.560075 0.587214
2 6 0.665301 0.730426
3 6 0.728963 0.729149
4 6 0.605563 0.605708
5 6 0.385175 0.423041
6 6 0.443628 0.483373
7 6 0.284485 0.310603
8 6 0.377175 0.409076
9 6 0.557329 0.607598
10 6 0.315954 0.37133
11 6 0.283823 0.307828
15 6 0.559633 0.613962
e
7 7 0.310603 0.379162
11 7 0.307828 0.58414
e
0 8 0.67975 0.679914
1 8 0.587214 0.589229
2 8 0.730426 0.732696
3 8 0.729149 0.7292
5 8 0.423041 0.423097
6 8 0.483373 0.483469
7 8 0.379162 0.383193
8 8 0.409076 0.409196
9 8 0.607598 0.607629
10 8 0.37133 0.371621
11 8 0.58414 0.584233
14 8 0.868338 0.868348
15 8 0.613962 0.614752
e
0 9 0.679914 0.680001
1 9 0.589229 0.589261
2 9 0.732696 0.732856
3 9 0.7292 0.729203
5 9 0.423097 0.423459
6 9 0.483469 0.484551
7 9 0.383193 0.383603
8 9 0.409196 0.411364
9 9 0.607629 0.611781
10 9 0.371621 0.385998
11 9 0.584233 0.586793
12 9 0.950683 0.951645
14 9 -3.28871e-05 0
15 9 0.614752 0.61828
16 9 -2.83432e-05 0
17 9 0.610393 0.610734
e
0 10 0.680001 0.692625
1 10 0.589261 0.677286
2 10 0.732856 0.94142
3 10 0.729203 0.735566
4 10 0.605708 0.610992
5 10 0.423459 0.68282
6 10 0.484551 0.745698
7 10 0.383603 0.556258
8 10 0.411364 0.628867
9 10 0.611781 0.733044
10 10 0.385998 0.613688
11 10 0.586793 0.734619
12 10 -9.84659e-06 0
13 10 -9.70322e-06 0
14 10 -4.02081e-05 -3.28871e-05
15 10 -2.00585e-06 0
e
0 11 0.692625 0.694153
1 11 0.677286 0.708728
2 11 0.94142 0.947768
3 11 0.735566 0.827909
4 11 0.610992 0.623167
5 11 0.68282 0.684317
6 11 0.745698 0.757504
7 11 0.556258 0.56757
8 11 0.628867 0.63096
9 11 0.733044 0.734616
10 11 0.613688 0.615246
11 11 0.734619 0.736053
12 11 0.951645 0.956256
13 11 0.936785 0.940357
14 11 0.868348 0.871962
15 11 0.61828 0.622447
16 11 0.609175 0.610685
17 11 0.610734 0.612494
e
0 12 0.694153 1
1 12 0.708728 1
2 12 0.947768 1
3 12 0.827909 1
4 12 0.623167 1
5 12 0.684317 1
6 12 0.757504 1
7 12 0.56757 1
8 12 0.63096 1
9 12 0.734616 1
10 12 0.615246 1
11 12 0.736053 1
12 12 0.956256 1.00001
13 12 0.940357 1.00001
14 12 0.871962 1.00004
15 12 0.622447 1
16 12 0.610685 1.00003
17 12 0.612494 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.000102704:3.69068]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000357955 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 358.0 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     0.000308112 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 308.1 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 1.23023
1 0.0514673
2 0.0160848
3 0.0167289
4 0.0201379
5 0.0276656
6 0.0263572
7 0.0401072
8 0.0282524
9 0.0179294
10 0.0348483
11 0.037545
12 0.0101382
13 0.010288
14 0.0136357
15 0.0165892
16 0.0158218
17 0.0161535
e
unset multiplot
unset logscale y
set output
