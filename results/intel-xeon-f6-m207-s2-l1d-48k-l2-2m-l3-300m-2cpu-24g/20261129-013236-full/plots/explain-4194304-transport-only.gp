# explain.py: explain-4194304-transport-only; data inline, run `gnuplot explain-4194304-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-23.419456:123.419456]
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
0 1 0 0.653958
5 1 0 0.084701
6 1 0 0.045732
8 1 0 0.0823598
10 1 0 0.059556
11 1 0 0.0406634
e
0 2 0.653958 0.82185
1 2 0 1.32027e-05
2 2 0 9.91165e-05
5 2 0.084701 0.126884
6 2 0.045732 0.091332
7 2 0 3.18442e-05
8 2 0.0823598 0.123377
9 2 0 0.000407389
10 2 0.059556 0.089216
11 2 0.0406634 0.0609145
12 2 0 0.00145983
15 2 0 0.000612309
16 2 0 0.0232924
17 2 0 0.00183355
e
1 3 1.32027e-05 0.408412
e
0 4 0.82185 0.824148
1 4 0.408412 0.424441
2 4 9.91165e-05 0.20639
3 4 0 0.0588663
4 4 0 0.0677182
5 4 0.126884 0.165239
6 4 0.091332 0.154706
7 4 3.18442e-05 0.099448
8 4 0.123377 0.160672
9 4 0.000407389 0.424358
10 4 0.089216 0.143153
11 4 0.0609145 0.0793281
12 4 0.00145983 0.761049
13 4 0 0.685675
17 4 0.00183355 0.474993
e
3 5 0.0588663 0.482468
4 5 0.0677182 0.555019
14 5 0 0.631229
e
0 6 0.824148 0.826397
1 6 0.424441 0.450712
2 6 0.20639 0.354299
3 6 0.482468 0.483422
4 6 0.555019 0.555935
5 6 0.165239 0.275244
6 6 0.154706 0.215292
7 6 0.099448 0.146968
8 6 0.160672 0.245972
9 6 0.424358 0.909184
10 6 0.143153 0.29408
11 6 0.0793281 0.121443
15 6 0.000612309 0.72931
e
7 7 0.146968 0.340897
11 7 0.121443 0.634092
e
0 8 0.826397 0.826557
1 8 0.450712 0.452582
2 8 0.354299 0.359309
3 8 0.483422 0.483444
4 8 0.555935 0.55596
5 8 0.275244 0.275372
6 8 0.215292 0.215581
7 8 0.340897 0.347922
8 8 0.245972 0.24633
9 8 0.909184 0.91075
10 8 0.29408 0.294798
11 8 0.634092 0.634289
13 8 -0.000506507 0
15 8 0.72931 0.740254
e
0 9 0.826557 0.826606
1 9 0.452582 0.452624
2 9 0.359309 0.359935
3 9 -0.000261429 0
4 9 -0.000100247 0
5 9 0.275372 0.276553
6 9 0.215581 0.216991
7 9 0.347922 0.348212
8 9 0.24633 0.251592
9 9 0.91075 0.961021
10 9 0.294798 0.328641
11 9 0.634289 0.639318
12 9 0.761049 0.76937
13 9 0.685675 0.705773
14 9 0.631229 0.631384
15 9 0.740254 0.829206
16 9 0.0232924 0.0268807
17 9 0.474993 0.487704
e
0 10 0.826606 0.840351
1 10 0.452624 0.51642
2 10 0.359935 0.714292
3 10 0.483444 0.496279
4 10 0.55596 0.570726
5 10 0.276553 0.623106
6 10 0.216991 0.533849
7 10 0.348212 0.58323
8 10 0.251592 0.69914
9 10 0.961021 1.19557
10 10 0.328641 0.766946
11 10 0.639318 0.849795
12 10 -0.000155319 0
13 10 -0.000599977 -0.000506507
14 10 -2.39156e-05 0
15 10 -2.17156e-05 0
e
0 11 0.840351 0.841694
1 11 0.51642 0.547421
2 11 0.714292 0.731993
3 11 0.496279 0.826096
4 11 0.570726 0.610942
5 11 0.623106 0.626084
6 11 0.533849 0.554257
7 11 0.58323 0.595913
8 11 0.69914 0.703385
9 11 1.19557 1.21419
10 11 0.766946 0.771085
11 11 0.849795 0.853735
12 11 0.76937 0.844854
13 11 0.705773 0.775279
14 11 0.631384 0.65452
15 11 0.829206 0.895176
16 11 0.0268807 0.887437
17 11 0.487704 0.574274
e
0 12 0.841694 1
1 12 0.547421 1
2 12 0.731993 1
3 12 0.826096 1.00026
4 12 0.610942 1.0001
5 12 0.626084 1
6 12 0.554257 1
7 12 0.595913 1
8 12 0.703385 1
9 12 -0.214195 0
10 12 0.771085 1
11 12 0.853735 1
12 12 0.844854 1.00016
13 12 0.775279 1.0006
14 12 0.65452 1.00002
15 12 0.895176 1.00002
16 12 0.887437 1
17 12 0.574274 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.57933e-06:3.10967]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000319822 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 319.8 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     0.000355654 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 355.7 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 1.03656
1 0.0454074
2 0.00604844
3 0.00529904
4 0.00460637
5 0.00813281
6 0.0147664
7 0.018826
8 0.008364
9 0.00147156
10 0.0115666
11 0.0169405
12 0.000410663
13 0.000454932
14 0.00355606
15 0.00097908
16 2.5738e-05
17 0.000326961
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
set yrange [-23.419456:123.419456]
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
0 1 0 0.653958
5 1 0 0.084701
6 1 0 0.045732
8 1 0 0.0823598
10 1 0 0.059556
11 1 0 0.0406634
e
0 2 0.653958 0.82185
1 2 0 1.32027e-05
2 2 0 9.91165e-05
5 2 0.084701 0.126884
6 2 0.045732 0.091332
7 2 0 3.18442e-05
8 2 0.0823598 0.123377
9 2 0 0.000407389
10 2 0.059556 0.089216
11 2 0.0406634 0.0609145
12 2 0 0.00145983
15 2 0 0.000612309
16 2 0 0.0232924
17 2 0 0.00183355
e
1 3 1.32027e-05 0.408412
e
0 4 0.82185 0.824148
1 4 0.408412 0.424441
2 4 9.91165e-05 0.20639
3 4 0 0.0588663
4 4 0 0.0677182
5 4 0.126884 0.165239
6 4 0.091332 0.154706
7 4 3.18442e-05 0.099448
8 4 0.123377 0.160672
9 4 0.000407389 0.424358
10 4 0.089216 0.143153
11 4 0.0609145 0.0793281
12 4 0.00145983 0.761049
13 4 0 0.685675
17 4 0.00183355 0.474993
e
3 5 0.0588663 0.482468
4 5 0.0677182 0.555019
14 5 0 0.631229
e
0 6 0.824148 0.826397
1 6 0.424441 0.450712
2 6 0.20639 0.354299
3 6 0.482468 0.483422
4 6 0.555019 0.555935
5 6 0.165239 0.275244
6 6 0.154706 0.215292
7 6 0.099448 0.146968
8 6 0.160672 0.245972
9 6 0.424358 0.909184
10 6 0.143153 0.29408
11 6 0.0793281 0.121443
15 6 0.000612309 0.72931
e
7 7 0.146968 0.340897
11 7 0.121443 0.634092
e
0 8 0.826397 0.826557
1 8 0.450712 0.452582
2 8 0.354299 0.359309
3 8 0.483422 0.483444
4 8 0.555935 0.55596
5 8 0.275244 0.275372
6 8 0.215292 0.215581
7 8 0.340897 0.347922
8 8 0.245972 0.24633
9 8 0.909184 0.91075
10 8 0.29408 0.294798
11 8 0.634092 0.634289
13 8 -0.000506507 0
15 8 0.72931 0.740254
e
0 9 0.826557 0.826606
1 9 0.452582 0.452624
2 9 0.359309 0.359935
3 9 -0.000261429 0
4 9 -0.000100247 0
5 9 0.275372 0.276553
6 9 0.215581 0.216991
7 9 0.347922 0.348212
8 9 0.24633 0.251592
9 9 0.91075 0.961021
10 9 0.294798 0.328641
11 9 0.634289 0.639318
12 9 0.761049 0.76937
13 9 0.685675 0.705773
14 9 0.631229 0.631384
15 9 0.740254 0.829206
16 9 0.0232924 0.0268807
17 9 0.474993 0.487704
e
0 10 0.826606 0.840351
1 10 0.452624 0.51642
2 10 0.359935 0.714292
3 10 0.483444 0.496279
4 10 0.55596 0.570726
5 10 0.276553 0.623106
6 10 0.216991 0.533849
7 10 0.348212 0.58323
8 10 0.251592 0.69914
9 10 0.961021 1.19557
10 10 0.328641 0.766946
11 10 0.639318 0.849795
12 10 -0.000155319 0
13 10 -0.000599977 -0.000506507
14 10 -2.39156e-05 0
15 10 -2.17156e-05 0
e
0 11 0.840351 0.841694
1 11 0.51642 0.547421
2 11 0.714292 0.731993
3 11 0.496279 0.826096
4 11 0.570726 0.610942
5 11 0.623106 0.626084
6 11 0.533849 0.554257
7 11 0.58323 0.595913
8 11 0.69914 0.703385
9 11 1.19557 1.21419
10 11 0.766946 0.771085
11 11 0.849795 0.853735
12 11 0.76937 0.844854
13 11 0.705773 0.775279
14 11 0.631384 0.65452
15 11 0.829206 0.895176
16 11 0.0268807 0.887437
17 11 0.487704 0.574274
e
0 12 0.841694 1
1 12 0.547421 1
2 12 0.731993 1
3 12 0.826096 1.00026
4 12 0.610942 1.0001
5 12 0.626084 1
6 12 0.554257 1
7 12 0.595913 1
8 12 0.703385 1
9 12 -0.214195 0
10 12 0.771085 1
11 12 0.853735 1
12 12 0.844854 1.00016
13 12 0.775279 1.0006
14 12 0.65452 1.00002
15 12 0.895176 1.00002
16 12 0.887437 1
17 12 0.574274 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.57933e-06:3.10967]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000319822 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 319.8 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     0.000355654 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 355.7 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 1.03656
1 0.0454074
2 0.00604844
3 0.00529904
4 0.00460637
5 0.00813281
6 0.0147664
7 0.018826
8 0.008364
9 0.00147156
10 0.0115666
11 0.0169405
12 0.000410663
13 0.000454932
14 0.00355606
15 0.00097908
16 2.5738e-05
17 0.000326961
e
unset multiplot
unset logscale y
set output
