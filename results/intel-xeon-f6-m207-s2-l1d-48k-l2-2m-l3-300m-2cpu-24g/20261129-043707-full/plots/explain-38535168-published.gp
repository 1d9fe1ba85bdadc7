# explain.py: explain-38535168-published; data inline, run `gnuplot explain-38535168-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-published.png"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-2.162983:102.162983]
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
0 0 0 0.0076767
1 0 0 0.150676
2 0 0 0.356576
3 0 0 0.593202
4 0 0 0.559482
5 0 0 0.387533
6 0 0 0.307698
7 0 0 0.301331
8 0 0 0.412186
9 0 0 0.493569
10 0 0 0.320145
11 0 0 0.275733
12 0 0 0.683318
13 0 0 0.743397
14 0 0 0.575539
15 0 0 0.587767
16 0 0 0.916557
17 0 0 0.655359
e
0 1 0.0076767 0.714731
5 1 0.387533 0.621301
6 1 0.307698 0.466273
8 1 0.412186 0.660825
10 1 0.320145 0.513263
11 1 0.275733 0.442061
e
0 2 0.714731 0.876585
1 2 0.150676 0.150677
2 2 0.356576 0.356579
5 2 0.621301 0.73162
6 2 0.466273 0.648665
7 2 0.301331 0.301333
8 2 0.660825 0.778161
9 2 0.493569 0.493572
10 2 0.513263 0.604398
11 2 0.442061 0.520553
12 2 0.683318 0.683322
15 2 0.587767 0.58777
16 2 0.916557 0.916563
17 2 0.655359 0.655363
e
1 3 0.150677 0.544572
e
0 4 0.876585 0.880278
1 4 0.544572 0.567423
2 4 0.356579 0.448657
3 4 0.593202 0.631498
4 4 0.559482 0.5956
5 4 0.73162 0.756638
6 4 0.648665 0.708257
7 4 0.301333 0.418052
8 4 0.778161 0.804771
9 4 0.493572 0.557299
10 4 0.604398 0.645734
11 4 0.520553 0.538354
12 4 0.683322 0.727436
13 4 0.743397 0.791389
16 4 0.916563 0.975734
17 4 0.655363 0.710626
e
3 5 0.631498 0.8636
4 5 0.5956 0.814509
14 5 0.575539 0.80073
e
0 6 0.880278 0.882286
1 6 0.567423 0.588826
2 6 0.448657 0.487615
3 6 0.8636 0.863633
4 6 0.814509 0.814532
5 6 0.756638 0.798978
6 6 0.708257 0.741875
7 6 0.418052 0.450973
8 6 0.804771 0.840877
9 6 0.557299 0.600534
10 6 0.645734 0.723848
11 6 0.538354 0.562507
15 6 0.58777 0.639257
e
7 7 0.450973 0.55759
11 7 0.562507 0.914788
e
0 8 0.882286 0.882442
1 8 0.588826 0.590345
2 8 0.487615 0.488942
3 8 0.863633 0.863635
4 8 0.814532 0.814535
5 8 0.798978 0.799011
6 8 0.741875 0.74201
7 8 0.55759 0.562269
8 8 0.840877 0.840966
9 8 0.600534 0.600537
10 8 0.723848 0.724874
11 8 0.914788 0.914862
14 8 0.80073 0.800731
15 8 0.639257 0.639866
e
0 9 0.882442 0.882497
1 9 0.590345 0.590651
2 9 0.488942 0.489013
3 9 0.863635 0.86365
5 9 0.799011 0.799295
6 9 0.74201 0.743483
7 9 0.562269 0.562691
8 9 0.840966 0.844716
9 9 0.600537 0.603868
10 9 0.724874 0.73522
11 9 0.914862 0.91732
13 9 0.791389 0.79139
14 9 0.800731 0.80077
15 9 0.639866 0.644836
16 9 0.975734 0.975778
17 9 0.710626 0.710661
e
0 10 0.882497 0.907638
1 10 0.590651 0.764518
2 10 0.489013 0.729628
3 10 0.86365 0.870821
4 10 0.814535 0.821299
5 10 0.799295 0.935702
6 10 0.743483 0.988632
7 10 0.562691 0.783886
8 10 0.844716 1.00147
9 10 0.603868 0.773895
10 10 0.73522 0.853186
11 10 -5.66929e-07 0
12 10 -8.42973e-07 0
13 10 -9.17089e-07 0
14 10 -1.42002e-06 0
15 10 0.644836 0.749818
16 10 -3.76903e-07 0
e
0 11 0.907638 0.907752
1 11 0.764518 0.767115
2 11 0.729628 0.729905
3 11 0.870821 0.882335
4 11 0.821299 0.822382
5 11 0.935702 0.935843
6 11 0.988632 0.98968
7 11 0.783886 0.78452
8 11 1.00147 1.00163
9 11 0.773895 0.774044
10 11 0.853186 0.853427
11 11 0.91732 0.917572
12 11 0.727436 0.727732
13 11 0.79139 0.791728
14 11 0.80077 0.801131
15 11 0.749818 0.750297
16 11 0.975778 0.976039
17 11 0.710661 0.710849
e
0 12 0.907752 1
1 12 0.767115 1
2 12 0.729905 1
3 12 0.882335 1
4 12 0.822382 1
5 12 0.935843 1
6 12 0.98968 1
7 12 0.78452 1
8 12 -0.00162983 0
9 12 0.774044 1
10 12 0.853427 1
11 12 0.917572 1
12 12 0.727732 1
13 12 0.791728 1
14 12 0.801131 1
15 12 0.750297 1
16 12 0.976039 1
17 12 0.710849 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.00148807:41.9506]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00446422 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 4.46 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.00663975 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 6.64 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 13.9835
1 0.712437
2 0.30105
3 0.180963
4 0.191869
5 0.277002
6 0.348872
7 0.356244
8 0.260434
9 0.217492
10 0.335309
11 0.389316
12 0.157097
13 0.144401
14 0.186516
15 0.182636
16 0.11712
17 0.163799
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
set yrange [-2.162983:102.162983]
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
0 0 0 0.0076767
1 0 0 0.150676
2 0 0 0.356576
3 0 0 0.593202
4 0 0 0.559482
5 0 0 0.387533
6 0 0 0.307698
7 0 0 0.301331
8 0 0 0.412186
9 0 0 0.493569
10 0 0 0.320145
11 0 0 0.275733
12 0 0 0.683318
13 0 0 0.743397
14 0 0 0.575539
15 0 0 0.587767
16 0 0 0.916557
17 0 0 0.655359
e
0 1 0.0076767 0.714731
5 1 0.387533 0.621301
6 1 0.307698 0.466273
8 1 0.412186 0.660825
10 1 0.320145 0.513263
11 1 0.275733 0.442061
e
0 2 0.714731 0.876585
1 2 0.150676 0.150677
2 2 0.356576 0.356579
5 2 0.621301 0.73162
6 2 0.466273 0.648665
7 2 0.301331 0.301333
8 2 0.660825 0.778161
9 2 0.493569 0.493572
10 2 0.513263 0.604398
11 2 0.442061 0.520553
12 2 0.683318 0.683322
15 2 0.587767 0.58777
16 2 0.916557 0.916563
17 2 0.655359 0.655363
e
1 3 0.150677 0.544572
e
0 4 0.876585 0.880278
1 4 0.544572 0.567423
2 4 0.356579 0.448657
3 4 0.593202 0.631498
4 4 0.559482 0.5956
5 4 0.73162 0.756638
6 4 0.648665 0.708257
7 4 0.301333 0.418052
8 4 0.778161 0.804771
9 4 0.493572 0.557299
10 4 0.604398 0.645734
11 4 0.520553 0.538354
12 4 0.683322 0.727436
13 4 0.743397 0.791389
16 4 0.916563 0.975734
17 4 0.655363 0.710626
e
3 5 0.631498 0.8636
4 5 0.5956 0.814509
14 5 0.575539 0.80073
e
0 6 0.880278 0.882286
1 6 0.567423 0.588826
2 6 0.448657 0.487615
3 6 0.8636 0.863633
4 6 0.814509 0.814532
5 6 0.756638 0.798978
6 6 0.708257 0.741875
7 6 0.418052 0.450973
8 6 0.804771 0.840877
9 6 0.557299 0.600534
10 6 0.645734 0.723848
11 6 0.538354 0.562507
15 6 0.58777 0.639257
e
7 7 0.450973 0.55759
11 7 0.562507 0.914788
e
0 8 0.882286 0.882442
1 8 0.588826 0.590345
2 8 0.487615 0.488942
3 8 0.863633 0.863635
4 8 0.814532 0.814535
5 8 0.798978 0.799011
6 8 0.741875 0.74201
7 8 0.55759 0.562269
8 8 0.840877 0.840966
9 8 0.600534 0.600537
10 8 0.723848 0.724874
11 8 0.914788 0.914862
14 8 0.80073 0.800731
15 8 0.639257 0.639866
e
0 9 0.882442 0.882497
1 9 0.590345 0.590651
2 9 0.488942 0.489013
3 9 0.863635 0.86365
5 9 0.799011 0.799295
6 9 0.74201 0.743483
7 9 0.562269 0.562691
8 9 0.840966 0.844716
9 9 0.600537 0.603868
10 9 0.724874 0.73522
11 9 0.914862 0.91732
13 9 0.791389 0.79139
14 9 0.800731 0.80077
15 9 0.639866 0.644836
16 9 0.975734 0.975778
17 9 0.710626 0.710661
e
0 10 0.882497 0.907638
1 10 0.590651 0.764518
2 10 0.489013 0.729628
3 10 0.86365 0.870821
4 10 0.814535 0.821299
5 10 0.799295 0.935702
6 10 0.743483 0.988632
7 10 0.562691 0.783886
8 10 0.844716 1.00147
9 10 0.603868 0.773895
10 10 0.73522 0.853186
11 10 -5.66929e-07 0
12 10 -8.42973e-07 0
13 10 -9.17089e-07 0
14 10 -1.42002e-06 0
15 10 0.644836 0.749818
16 10 -3.76903e-07 0
e
0 11 0.907638 0.907752
1 11 0.764518 0.767115
2 11 0.729628 0.729905
3 11 0.870821 0.882335
4 11 0.821299 0.822382
5 11 0.935702 0.935843
6 11 0.988632 0.98968
7 11 0.783886 0.78452
8 11 1.00147 1.00163
9 11 0.773895 0.774044
10 11 0.853186 0.853427
11 11 0.91732 0.917572
12 11 0.727436 0.727732
13 11 0.79139 0.791728
14 11 0.80077 0.801131
15 11 0.749818 0.750297
16 11 0.975778 0.976039
17 11 0.710661 0.710849
e
0 12 0.907752 1
1 12 0.767115 1
2 12 0.729905 1
3 12 0.882335 1
4 12 0.822382 1
5 12 0.935843 1
6 12 0.98968 1
7 12 0.78452 1
8 12 -0.00162983 0
9 12 0.774044 1
10 12 0.853427 1
11 12 0.917572 1
12 12 0.727732 1
13 12 0.791728 1
14 12 0.801131 1
15 12 0.750297 1
16 12 0.976039 1
17 12 0.710849 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.00148807:41.9506]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00446422 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 4.46 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.00663975 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 6.64 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 13.9835
1 0.712437
2 0.30105
3 0.180963
4 0.191869
5 0.277002
6 0.348872
7 0.356244
8 0.260434
9 0.217492
10 0.335309
11 0.389316
12 0.157097
13 0.144401
14 0.186516
15 0.182636
16 0.11712
17 0.163799
e
unset multiplot
unset logscale y
set output
