# explain.py: explain-38535168-transport-only; data inline, run `gnuplot explain-38535168-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-20.171783:120.171783]
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
     1/0 with boxes lc rgb "#8c564b" fs solid 0.5 title "broker / extra hop", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#bcbd22" fs pattern 6 title "system calls", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#ff7f0e" fs pattern 7 title "wake-ups", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#e377c2" fs pattern 3 title "page faults", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
0 1 0 0.310785
5 1 0 0.204324
6 1 0 0.0955837
8 1 0 0.209592
10 1 0 0.182811
11 1 0 0.0992946
e
0 2 0.310785 0.482873
1 2 0 7.28059e-07
2 2 0 3.73263e-06
5 2 0.204324 0.234087
6 2 0.0955837 0.190906
7 2 0 2.65979e-06
8 2 0.209592 0.240123
9 2 0 1.10188e-05
10 2 0.182811 0.209441
11 2 0.0992946 0.113759
12 2 0 0.000144528
15 2 0 1.91494e-05
16 2 0 0.000115694
17 2 0 9.7255e-05
e
1 3 7.28059e-07 0.185119
e
0 4 0.482873 0.485521
1 4 0.185119 0.195153
2 4 3.73263e-06 0.0897603
3 4 0 0.0535768
4 4 0 0.0627698
5 4 0.234087 0.262629
6 4 0.190906 0.231957
7 4 2.65979e-06 0.0959406
8 4 0.240123 0.2694
9 4 1.10188e-05 0.132492
10 4 0.209441 0.260513
11 4 0.113759 0.127629
12 4 0.000144528 0.868994
13 4 0 0.726204
e
3 5 0.0535768 0.654481
4 5 0.0627698 0.76678
14 5 0 0.966248
e
0 6 0.485521 0.4901
1 6 0.195153 0.224507
2 6 0.0897603 0.190444
3 6 0.654481 0.654512
4 6 0.76678 0.76681
5 6 0.262629 0.390692
6 6 0.231957 0.293354
7 6 0.0959406 0.167685
8 6 0.2694 0.333873
9 6 0.132492 0.278367
10 6 0.260513 0.354084
11 6 0.127629 0.158173
15 6 1.91494e-05 0.253532
e
0 8 0.4901 0.490354
1 8 0.224507 0.226002
2 8 0.190444 0.193399
3 8 0.654512 0.654705
4 8 0.76681 0.766954
5 8 0.390692 0.390775
6 8 0.293354 0.293579
7 8 0.167685 0.176053
8 8 0.333873 0.334584
9 8 0.278367 0.280457
10 8 0.354084 0.356591
11 8 0.158173 0.158619
12 8 0.868994 0.869341
13 8 0.726204 0.726493
14 8 0.966248 0.966399
15 8 0.253532 0.257957
16 8 0.000115694 0.000323723
17 8 9.7255e-05 0.000272129
e
0 9 0.490354 0.490383
1 9 0.226002 0.226192
2 9 0.193399 0.193638
3 9 0.654705 0.654942
4 9 0.766954 0.767065
5 9 0.390775 0.391053
6 9 0.293579 0.294028
7 9 0.176053 0.177003
8 9 0.334584 0.339284
9 9 0.280457 0.290091
10 9 0.356591 0.370021
11 9 0.158619 0.163305
12 9 0.869341 0.870882
13 9 0.726493 0.729069
14 9 0.966399 0.966628
15 9 0.257957 0.276537
16 9 0.000323723 0.00155731
17 9 0.000272129 0.00130911
e
0 10 0.490383 0.565431
1 10 0.226192 0.435657
2 10 0.193638 0.919573
3 10 0.654942 0.697378
4 10 0.767065 0.816783
5 10 0.391053 1.18152
6 10 0.294028 0.94068
7 10 0.177003 0.540022
8 10 0.339284 1.09842
9 10 0.290091 1.04576
10 10 0.370021 1.07539
11 10 0.163305 0.545072
15 10 0.276537 0.930941
e
1 11 0.435657 0.43674
2 11 0.919573 0.920009
3 11 0.697378 0.715181
4 11 0.816783 0.82007
5 11 1.18152 1.18172
6 11 0.94068 0.941397
7 11 0.540022 0.542696
8 11 1.09842 1.09844
9 11 1.04576 1.04585
10 11 1.07539 1.07565
11 11 0.545072 0.545309
12 11 0.870882 0.873046
13 11 0.729069 0.730069
14 11 0.966628 0.967337
15 11 0.930941 0.931857
16 11 0.00155731 0.00288505
e
0 12 0.565431 1
1 12 0.43674 1
2 12 0.920009 1
3 12 0.715181 1
4 12 0.82007 1
5 12 -0.181718 0
6 12 0.941397 1
7 12 0.542696 1
8 12 -0.0984364 0
9 12 -0.0458507 0
10 12 -0.0756464 0
11 12 0.545309 1
12 12 0.873046 1
13 12 0.730069 1
14 12 0.967337 1
15 12 0.931857 1
16 12 0.00288505 1
17 12 0.00130911 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.000509753:23.3446]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00411653 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 4.12 ms:", \
     NaN with lines lc rgb 'white' title "  shm/spin same-cpu", \
     0.00152926 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 1.53 ms:", \
     NaN with lines lc rgb 'white' title "  memfd/pooled-touch unpinned"
0 7.78152
1 0.659287
2 0.128596
3 0.0538588
4 0.0459708
5 0.101102
6 0.210881
7 0.180465
8 0.0985613
9 0.0435621
10 0.113
11 0.208044
12 0.00332115
13 0.00397351
14 0.0334944
15 0.0250661
16 0.00414888
17 0.00493548
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
set yrange [-20.171783:120.171783]
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
     1/0 with boxes lc rgb "#8c564b" fs solid 0.5 title "broker / extra hop", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#bcbd22" fs pattern 6 title "system calls", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#ff7f0e" fs pattern 7 title "wake-ups", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#e377c2" fs pattern 3 title "page faults", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
0 1 0 0.310785
5 1 0 0.204324
6 1 0 0.0955837
8 1 0 0.209592
10 1 0 0.182811
11 1 0 0.0992946
e
0 2 0.310785 0.482873
1 2 0 7.28059e-07
2 2 0 3.73263e-06
5 2 0.204324 0.234087
6 2 0.0955837 0.190906
7 2 0 2.65979e-06
8 2 0.209592 0.240123
9 2 0 1.10188e-05
10 2 0.182811 0.209441
11 2 0.0992946 0.113759
12 2 0 0.000144528
15 2 0 1.91494e-05
16 2 0 0.000115694
17 2 0 9.7255e-05
e
1 3 7.28059e-07 0.185119
e
0 4 0.482873 0.485521
1 4 0.185119 0.195153
2 4 3.73263e-06 0.0897603
3 4 0 0.0535768
4 4 0 0.0627698
5 4 0.234087 0.262629
6 4 0.190906 0.231957
7 4 2.65979e-06 0.0959406
8 4 0.240123 0.2694
9 4 1.10188e-05 0.132492
10 4 0.209441 0.260513
11 4 0.113759 0.127629
12 4 0.000144528 0.868994
13 4 0 0.726204
e
3 5 0.0535768 0.654481
4 5 0.0627698 0.76678
14 5 0 0.966248
e
0 6 0.485521 0.4901
1 6 0.195153 0.224507
2 6 0.0897603 0.190444
3 6 0.654481 0.654512
4 6 0.76678 0.76681
5 6 0.262629 0.390692
6 6 0.231957 0.293354
7 6 0.0959406 0.167685
8 6 0.2694 0.333873
9 6 0.132492 0.278367
10 6 0.260513 0.354084
11 6 0.127629 0.158173
15 6 1.91494e-05 0.253532
e
0 8 0.4901 0.490354
1 8 0.224507 0.226002
2 8 0.190444 0.193399
3 8 0.654512 0.654705
4 8 0.76681 0.766954
5 8 0.390692 0.390775
6 8 0.293354 0.293579
7 8 0.167685 0.176053
8 8 0.333873 0.334584
9 8 0.278367 0.280457
10 8 0.354084 0.356591
11 8 0.158173 0.158619
12 8 0.868994 0.869341
13 8 0.726204 0.726493
14 8 0.966248 0.966399
15 8 0.253532 0.257957
16 8 0.000115694 0.000323723
17 8 9.7255e-05 0.000272129
e
0 9 0.490354 0.490383
1 9 0.226002 0.226192
2 9 0.193399 0.193638
3 9 0.654705 0.654942
4 9 0.766954 0.767065
5 9 0.390775 0.391053
6 9 0.293579 0.294028
7 9 0.176053 0.177003
8 9 0.334584 0.339284
9 9 0.280457 0.290091
10 9 0.356591 0.370021
11 9 0.158619 0.163305
12 9 0.869341 0.870882
13 9 0.726493 0.729069
14 9 0.966399 0.966628
15 9 0.257957 0.276537
16 9 0.000323723 0.00155731
17 9 0.000272129 0.00130911
e
0 10 0.490383 0.565431
1 10 0.226192 0.435657
2 10 0.193638 0.919573
3 10 0.654942 0.697378
4 10 0.767065 0.816783
5 10 0.391053 1.18152
6 10 0.294028 0.94068
7 10 0.177003 0.540022
8 10 0.339284 1.09842
9 10 0.290091 1.04576
10 10 0.370021 1.07539
11 10 0.163305 0.545072
15 10 0.276537 0.930941
e
1 11 0.435657 0.43674
2 11 0.919573 0.920009
3 11 0.697378 0.715181
4 11 0.816783 0.82007
5 11 1.18152 1.18172
6 11 0.94068 0.941397
7 11 0.540022 0.542696
8 11 1.09842 1.09844
9 11 1.04576 1.04585
10 11 1.07539 1.07565
11 11 0.545072 0.545309
12 11 0.870882 0.873046
13 11 0.729069 0.730069
14 11 0.966628 0.967337
15 11 0.930941 0.931857
16 11 0.00155731 0.00288505
e
0 12 0.565431 1
1 12 0.43674 1
2 12 0.920009 1
3 12 0.715181 1
4 12 0.82007 1
5 12 -0.181718 0
6 12 0.941397 1
7 12 0.542696 1
8 12 -0.0984364 0
9 12 -0.0458507 0
10 12 -0.0756464 0
11 12 0.545309 1
12 12 0.873046 1
13 12 0.730069 1
14 12 0.967337 1
15 12 0.931857 1
16 12 0.00288505 1
17 12 0.00130911 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.000509753:23.3446]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00411653 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 4.12 ms:", \
     NaN with lines lc rgb 'white' title "  shm/spin same-cpu", \
     0.00152926 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 1.53 ms:", \
     NaN with lines lc rgb 'white' title "  memfd/pooled-touch unpinned"
0 7.78152
1 0.659287
2 0.128596
3 0.0538588
4 0.0459708
5 0.101102
6 0.210881
7 0.180465
8 0.0985613
9 0.0435621
10 0.113
11 0.208044
12 0.00332115
13 0.00397351
14 0.0334944
15 0.0250661
16 0.00414888
17 0.00493548
e
unset multiplot
unset logscale y
set output
