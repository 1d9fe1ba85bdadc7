# explain.py: explain-1204224-published; data inline, run `gnuplot explain-1204224-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-published.png"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-2.013934:102.013934]
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
0 0 0 0.00781536
1 0 0 0.187746
2 0 0 0.33587
3 0 0 0.426636
4 0 0 0.446779
5 0 0 0.377636
6 0 0 0.304097
7 0 0 0.300581
8 0 0 0.359572
9 0 0 0.580814
10 0 0 0.398331
11 0 0 0.256885
12 0 0 0.614842
13 0 0 0.566372
14 0 0 0.459868
15 0 0 0.603007
16 0 0 0.564822
17 0 0 0.592905
e
0 1 0.00781536 0.532166
5 1 0.377636 0.400078
6 1 0.304097 0.321316
8 1 0.359572 0.38094
10 1 0.398331 0.422003
11 1 0.256885 0.272151
e
0 2 0.532166 0.658949
1 2 0.187746 0.187789
2 2 0.33587 0.335947
5 2 0.400078 0.409699
6 2 0.321316 0.338524
7 2 0.300581 0.30065
8 2 0.38094 0.390101
9 2 0.580814 0.580947
10 2 0.422003 0.432151
11 2 0.272151 0.278696
12 2 0.614842 0.614982
15 2 0.603007 0.603144
16 2 0.564822 0.564951
17 2 0.592905 0.59304
e
1 3 0.187789 0.569406
e
0 4 0.658949 0.661204
1 4 0.569406 0.579935
2 4 0.335947 0.368235
3 4 0.426636 0.436889
4 4 0.446779 0.457516
5 4 0.409699 0.418775
6 4 0.338524 0.360449
7 4 0.30065 0.343994
8 4 0.390101 0.398743
9 4 0.580947 0.608865
10 4 0.432151 0.451298
11 4 0.278696 0.284869
12 4 0.614982 0.629759
13 4 0.566372 0.579984
16 4 0.564951 0.578526
17 4 0.59304 0.615498
e
3 5 0.436889 0.541735
4 5 0.457516 0.567313
14 5 0.459868 0.572881
e
0 6 0.661204 0.663426
1 6 0.579935 0.605487
2 6 0.368235 0.402512
3 6 0.541735 0.542247
4 6 0.567313 0.567813
5 6 0.418775 0.45732
6 6 0.360449 0.391486
7 6 0.343994 0.374668
8 6 0.398743 0.431181
9 6 0.608865 0.661262
10 6 0.451298 0.528583
11 6 0.284869 0.308044
15 6 0.603144 0.657544
e
7 7 0.374668 0.505027
11 7 0.308044 0.611562
e
0 8 0.663426 0.663597
1 8 0.605487 0.607637
2 8 0.402512 0.403934
3 8 0.542247 0.542362
5 8 0.45732 0.457524
7 8 0.505027 0.510459
8 8 0.431181 0.431278
9 8 0.661262 0.661388
10 8 0.528583 0.528972
11 8 0.611562 0.611729
14 8 0.572881 0.572906
15 8 0.657544 0.658755
e
0 9 -3.37392e-07 0
1 9 0.607637 0.607734
2 9 0.403934 0.403963
3 9 0.542362 0.542399
4 9 -1.92876e-05 0
5 9 0.457524 0.457753
6 9 0.391486 0.39167
7 9 0.510459 0.510862
8 9 0.431278 0.433343
9 9 0.661388 0.66886
10 9 0.528972 0.550364
11 9 0.611729 0.614368
12 9 0.629759 0.632148
14 9 -0.000119116 0
15 9 0.658755 0.669532
16 9 0.578526 0.579623
17 9 0.615498 0.61647
e
0 10 0.663597 0.670417
1 10 0.607734 0.686082
2 10 0.403963 0.506647
3 10 0.542399 0.546617
4 10 0.567813 0.572225
5 10 0.457753 0.649991
6 10 0.39167 0.564059
7 10 0.510862 0.713979
8 10 0.433343 0.659704
9 10 0.66886 0.865093
10 10 0.550364 0.737836
11 10 0.614368 0.76409
12 10 -2.0284e-05 0
13 10 -1.8685e-05 0
14 10 -0.000139344 -0.000119116
15 10 -6.6312e-06 0
e
0 11 0.670417 0.676073
1 11 0.686082 0.803074
2 11 0.506647 0.519852
3 11 0.546617 0.800403
4 11 0.572225 0.614408
5 11 0.649991 0.656014
6 11 0.564059 0.6005
7 11 0.713979 0.766492
8 11 0.659704 0.667891
9 11 0.865093 0.871396
10 11 0.737836 0.746167
11 11 0.76409 0.769416
12 11 0.632148 0.643216
13 11 0.579984 0.587999
14 11 0.572906 0.581633
15 11 0.669532 0.685581
16 11 0.579623 0.584821
17 11 0.61647 0.622963
e
0 12 0.676073 1
1 12 0.803074 1
2 12 0.519852 1
3 12 0.800403 1
4 12 0.614408 1.00002
5 12 0.656014 1
6 12 0.6005 1
7 12 0.766492 1
8 12 0.667891 1
9 12 0.871396 1
10 12 0.746167 1
11 12 0.769416 1
12 12 0.643216 1.00002
13 12 0.587999 1.00002
14 12 0.581633 1.00014
15 12 0.685581 1.00001
16 12 0.584821 1
17 12 0.622963 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [2.59177e-05:0.996854]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     7.77531e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 77.8 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     8.30425e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 83.0 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.332285
1 0.0138321
2 0.00773193
3 0.00608698
4 0.00581255
5 0.00687679
6 0.00853979
7 0.00863967
8 0.00722227
9 0.00447118
10 0.00651951
11 0.0101093
12 0.00422373
13 0.00458519
14 0.00564711
15 0.00430663
16 0.00459777
17 0.00438
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-published.svg"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-2.013934:102.013934]
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
0 0 0 0.00781536
1 0 0 0.187746
2 0 0 0.33587
3 0 0 0.426636
4 0 0 0.446779
5 0 0 0.377636
6 0 0 0.304097
7 0 0 0.300581
8 0 0 0.359572
9 0 0 0.580814
10 0 0 0.398331
11 0 0 0.256885
12 0 0 0.614842
13 0 0 0.566372
14 0 0 0.459868
15 0 0 0.603007
16 0 0 0.564822
17 0 0 0.592905
e
0 1 0.00781536 0.532166
5 1 0.377636 0.400078
6 1 0.304097 0.321316
8 1 0.359572 0.38094
10 1 0.398331 0.422003
11 1 0.256885 0.272151
e
0 2 0.532166 0.658949
1 2 0.187746 0.187789
2 2 0.33587 0.335947
5 2 0.400078 0.409699
6 2 0.321316 0.338524
7 2 0.300581 0.30065
8 2 0.38094 0.390101
9 2 0.580814 0.580947
10 2 0.422003 0.432151
11 2 0.272151 0.278696
12 2 0.614842 0.614982
15 2 0.603007 0.603144
16 2 0.564822 0.564951
17 2 0.592905 0.59304
e
1 3 0.187789 0.569406
e
0 4 0.658949 0.661204
1 4 0.569406 0.579935
2 4 0.335947 0.368235
3 4 0.426636 0.436889
4 4 0.446779 0.457516
5 4 0.409699 0.418775
6 4 0.338524 0.360449
7 4 0.30065 0.343994
8 4 0.390101 0.398743
9 4 0.580947 0.608865
10 4 0.432151 0.451298
11 4 0.278696 0.284869
12 4 0.614982 0.629759
13 4 0.566372 0.579984
16 4 0.564951 0.578526
17 4 0.59304 0.615498
e
3 5 0.436889 0.541735
4 5 0.457516 0.567313
14 5 0.459868 0.572881
e
0 6 0.661204 0.663426
1 6 0.579935 0.605487
2 6 0.368235 0.402512
3 6 0.541735 0.542247
4 6 0.567313 0.567813
5 6 0.418775 0.45732
6 6 0.360449 0.391486
7 6 0.343994 0.374668
8 6 0.398743 0.431181
9 6 0.608865 0.661262
10 6 0.451298 0.528583
11 6 0.284869 0.308044
15 6 0.603144 0.657544
e
7 7 0.374668 0.505027
11 7 0.308044 0.611562
e
0 8 0.663426 0.663597
1 8 0.605487 0.607637
2 8 0.402512 0.403934
3 8 0.542247 0.542362
5 8 0.45732 0.457524
7 8 0.505027 0.510459
8 8 0.431181 0.431278
9 8 0.661262 0.661388
10 8 0.528583 0.528972
11 8 0.611562 0.611729
14 8 0.572881 0.572906
15 8 0.657544 0.658755
e
0 9 -3.37392e-07 0
1 9 0.607637 0.607734
2 9 0.403934 0.403963
3 9 0.542362 0.542399
4 9 -1.92876e-05 0
5 9 0.457524 0.457753
6 9 0.391486 0.39167
7 9 0.510459 0.510862
8 9 0.431278 0.433343
9 9 0.661388 0.66886
10 9 0.528972 0.550364
11 9 0.611729 0.614368
12 9 0.629759 0.632148
14 9 -0.000119116 0
15 9 0.658755 0.669532
16 9 0.578526 0.579623
17 9 0.615498 0.61647
e
0 10 0.663597 0.670417
1 10 0.607734 0.686082
2 10 0.403963 0.506647
3 10 0.542399 0.546617
4 10 0.567813 0.572225
5 10 0.457753 0.649991
6 10 0.39167 0.564059
7 10 0.510862 0.713979
8 10 0.433343 0.659704
9 10 0.66886 0.865093
10 10 0.550364 0.737836
11 10 0.614368 0.76409
12 10 -2.0284e-05 0
13 10 -1.8685e-05 0
14 10 -0.000139344 -0.000119116
15 10 -6.6312e-06 0
e
0 11 0.670417 0.676073
1 11 0.686082 0.803074
2 11 0.506647 0.519852
3 11 0.546617 0.800403
4 11 0.572225 0.614408
5 11 0.649991 0.656014
6 11 0.564059 0.6005
7 11 0.713979 0.766492
8 11 0.659704 0.667891
9 11 0.865093 0.871396
10 11 0.737836 0.746167
11 11 0.76409 0.769416
12 11 0.632148 0.643216
13 11 0.579984 0.587999
14 11 0.572906 0.581633
15 11 0.669532 0.685581
16 11 0.579623 0.584821
17 11 0.61647 0.622963
e
0 12 0.676073 1
1 12 0.803074 1
2 12 0.519852 1
3 12 0.800403 1
4 12 0.614408 1.00002
5 12 0.656014 1
6 12 0.6005 1
7 12 0.766492 1
8 12 0.667891 1
9 12 0.871396 1
10 12 0.746167 1
11 12 0.769416 1
12 12 0.643216 1.00002
13 12 0.587999 1.00002
14 12 0.581633 1.00014
15 12 0.685581 1.00001
16 12 0.584821 1
17 12 0.622963 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [2.59177e-05:0.996854]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     7.77531e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 77.8 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     8.30425e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 83.0 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.332285
1 0.0138321
2 0.00773193
3 0.00608698
4 0.00581255
5 0.00687679
6 0.00853979
7 0.00863967
8 0.00722227
9 0.00447118
10 0.00651951
11 0.0101093
12 0.00422373
13 0.00458519
14 0.00564711
15 0.00430663
16 0.00459777
17 0.00438
e
unset multiplot
unset logscale y
set output
