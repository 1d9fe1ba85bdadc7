# explain.py: explain-8192-published; data inline, run `gnuplot explain-8192-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-published.png"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-23.723987:123.723987]
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
0 0 0 0.0073108
1 0 0 0.0150972
2 0 0 0.24568
3 0 0 0.0179434
4 0 0 0.101148
5 0 0 0.38873
6 0 0 0.0954662
7 0 0 0.0762595
8 0 0 0.329078
9 0 0 0.426555
10 0 0 0.281812
11 0 0 0.127628
12 0 0 0.425557
13 0 0 0.39859
14 0 0 0.194722
15 0 0 0.258785
16 0 0 0.663936
17 0 0 0.454072
e
0 1 0.0073108 0.517729
5 1 0.38873 0.503734
6 1 0.0954662 0.10219
8 1 0.329078 0.426434
10 1 0.281812 0.365184
11 1 0.127628 0.165387
e
0 2 0.517729 0.643885
1 2 0.0150972 0.0156703
2 2 0.24568 0.255005
5 2 0.503734 0.577509
6 2 0.10219 0.11027
7 2 0.0762595 0.0791541
8 2 0.426434 0.488889
9 2 0.426555 0.442746
10 2 0.365184 0.418668
11 2 0.165387 0.189609
12 2 0.425557 0.44171
15 2 0.258785 0.268608
16 2 0.663936 0.689137
17 2 0.454072 0.471307
e
1 3 0.0156703 0.0428039
e
0 4 0.643885 0.643996
1 4 0.0428039 0.0428766
2 4 0.255005 0.256999
3 4 0.0179434 0.0179798
4 4 0.101148 0.101354
5 4 0.577509 0.578298
6 4 0.11027 0.110852
7 4 0.0791541 0.0800827
8 4 0.488889 0.489557
9 4 0.442746 0.444477
10 4 0.418668 0.419812
11 4 0.189609 0.189868
12 4 0.44171 0.442574
13 4 0.39859 0.399399
16 4 0.689137 0.690485
17 4 0.471307 0.50895
e
3 5 0.0179798 0.0468915
4 5 0.101354 0.264331
14 5 0.194722 0.508471
e
0 6 0.643996 0.645534
1 6 0.0428766 0.0446246
2 6 0.256999 0.277791
3 6 0.0468915 0.0498088
4 6 0.264331 0.275824
5 6 0.578298 0.611852
6 6 0.110852 0.119028
7 6 0.0800827 0.0865137
8 6 0.489557 0.512113
9 6 0.444477 0.473715
10 6 0.419812 0.447111
11 6 0.189868 0.198616
15 6 0.268608 0.286346
e
7 7 0.0865137 0.581166
11 7 0.198616 0.521693
e
0 8 0.645534 0.645599
1 8 0.0446246 0.0446912
2 8 0.277791 0.278876
3 8 -7.92344e-05 0
6 8 -0.00379404 0
7 8 0.581166 0.581839
10 8 -0.00746655 0
15 8 0.286346 0.290917
e
0 9 -0.000156914 0
1 9 -0.000162018 0
3 9 0.0498088 0.050194
4 9 -0.00036183 0
6 9 -0.00618456 -0.00379404
7 9 -0.000545594 0
9 9 -0.00152588 0
10 9 -0.011499 -0.00746655
11 9 0.521693 0.542238
13 9 -0.142585 0
15 9 0.290917 0.322392
e
6 10 0.119028 0.119331
8 10 -0.00104572 0
9 10 -0.00355909 -0.00152588
10 10 -0.0119467 -0.011499
11 10 -0.000405568 0
12 10 -0.0013523 0
13 10 -0.143851 -0.142585
14 10 -0.000618772 0
e
0 11 0.645599 1.07036
1 11 0.0446912 0.988242
2 11 0.278876 1.01365
3 11 0.050194 0.996708
4 11 0.275824 0.985142
5 11 0.611852 1.0389
6 11 0.119331 1.01302
7 11 0.581839 1.02059
8 11 0.512113 0.979606
9 11 0.473715 0.979115
10 11 0.447111 1.05488
11 11 0.542238 0.945371
12 11 0.442574 1.0331
13 11 0.399399 1.00997
14 11 0.508471 0.998001
15 11 0.322392 0.988772
16 11 0.690485 1.21724
17 11 0.50895 1.08443
e
0 12 -0.070364 -0.000156914
1 12 0.988242 1.00016
2 12 -0.0136514 0
3 12 0.996708 1.00008
4 12 0.985142 1.00036
5 12 -0.0389049 0
6 12 -0.0130198 -0.00618456
7 12 -0.020587 -0.000545594
8 12 0.979606 1.00105
9 12 0.979115 1.00356
10 12 -0.0548812 -0.0119467
11 12 0.945371 1.00041
12 12 -0.0331044 -0.0013523
13 12 1.00997 1.14385
14 12 0.998001 1.00062
15 12 0.988772 1
16 12 -0.21724 0
17 12 -0.0844271 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.62558e-05:0.0132866]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00442886
1 0.00214466
2 0.000131792
3 0.00180448
4 0.000320109
5 8.3293e-05
6 0.000339162
7 0.000424583
8 9.83915e-05
9 7.5907e-05
10 0.000114894
11 0.000253694
12 7.6085e-05
13 8.12325e-05
14 0.000166281
15 0.000125118
16 4.87675e-05
17 7.1307e-05
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-published.svg"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-23.723987:123.723987]
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
0 0 0 0.0073108
1 0 0 0.0150972
2 0 0 0.24568
3 0 0 0.0179434
4 0 0 0.101148
5 0 0 0.38873
6 0 0 0.0954662
7 0 0 0.0762595
8 0 0 0.329078
9 0 0 0.426555
10 0 0 0.281812
11 0 0 0.127628
12 0 0 0.425557
13 0 0 0.39859
14 0 0 0.194722
15 0 0 0.258785
16 0 0 0.663936
17 0 0 0.454072
e
0 1 0.0073108 0.517729
5 1 0.38873 0.503734
6 1 0.0954662 0.10219
8 1 0.329078 0.426434
10 1 0.281812 0.365184
11 1 0.127628 0.165387
e
0 2 0.517729 0.643885
1 2 0.0150972 0.0156703
2 2 0.24568 0.255005
5 2 0.503734 0.577509
6 2 0.10219 0.11027
7 2 0.0762595 0.0791541
8 2 0.426434 0.488889
9 2 0.426555 0.442746
10 2 0.365184 0.418668
11 2 0.165387 0.189609
12 2 0.425557 0.44171
15 2 0.258785 0.268608
16 2 0.663936 0.689137
17 2 0.454072 0.471307
e
1 3 0.0156703 0.0428039
e
0 4 0.643885 0.643996
1 4 0.0428039 0.0428766
2 4 0.255005 0.256999
3 4 0.0179434 0.0179798
4 4 0.101148 0.101354
5 4 0.577509 0.578298
6 4 0.11027 0.110852
7 4 0.0791541 0.0800827
8 4 0.488889 0.489557
9 4 0.442746 0.444477
10 4 0.418668 0.419812
11 4 0.189609 0.189868
12 4 0.44171 0.442574
13 4 0.39859 0.399399
16 4 0.689137 0.690485
17 4 0.471307 0.50895
e
3 5 0.0179798 0.0468915
4 5 0.101354 0.264331
14 5 0.194722 0.508471
e
0 6 0.643996 0.645534
1 6 0.0428766 0.0446246
2 6 0.256999 0.277791
3 6 0.0468915 0.0498088
4 6 0.264331 0.275824
5 6 0.578298 0.611852
6 6 0.110852 0.119028
7 6 0.0800827 0.0865137
8 6 0.489557 0.512113
9 6 0.444477 0.473715
10 6 0.419812 0.447111
11 6 0.189868 0.198616
15 6 0.268608 0.286346
e
7 7 0.0865137 0.581166
11 7 0.198616 0.521693
e
0 8 0.645534 0.645599
1 8 0.0446246 0.0446912
2 8 0.277791 0.278876
3 8 -7.92344e-05 0
6 8 -0.00379404 0
7 8 0.581166 0.581839
10 8 -0.00746655 0
15 8 0.286346 0.290917
e
0 9 -0.000156914 0
1 9 -0.000162018 0
3 9 0.0498088 0.050194
4 9 -0.00036183 0
6 9 -0.00618456 -0.00379404
7 9 -0.000545594 0
9 9 -0.00152588 0
10 9 -0.011499 -0.00746655
11 9 0.521693 0.542238
13 9 -0.142585 0
15 9 0.290917 0.322392
e
6 10 0.119028 0.119331
8 10 -0.00104572 0
9 10 -0.00355909 -0.00152588
10 10 -0.0119467 -0.011499
11 10 -0.000405568 0
12 10 -0.0013523 0
13 10 -0.143851 -0.142585
14 10 -0.000618772 0
e
0 11 0.645599 1.07036
1 11 0.0446912 0.988242
2 11 0.278876 1.01365
3 11 0.050194 0.996708
4 11 0.275824 0.985142
5 11 0.611852 1.0389
6 11 0.119331 1.01302
7 11 0.581839 1.02059
8 11 0.512113 0.979606
9 11 0.473715 0.979115
10 11 0.447111 1.05488
11 11 0.542238 0.945371
12 11 0.442574 1.0331
13 11 0.399399 1.00997
14 11 0.508471 0.998001
15 11 0.322392 0.988772
16 11 0.690485 1.21724
17 11 0.50895 1.08443
e
0 12 -0.070364 -0.000156914
1 12 0.988242 1.00016
2 12 -0.0136514 0
3 12 0.996708 1.00008
4 12 0.985142 1.00036
5 12 -0.0389049 0
6 12 -0.0130198 -0.00618456
7 12 -0.020587 -0.000545594
8 12 0.979606 1.00105
9 12 0.979115 1.00356
10 12 -0.0548812 -0.0119467
11 12 0.945371 1.00041
12 12 -0.0331044 -0.0013523
13 12 1.00997 1.14385
14 12 0.998001 1.00062
15 12 0.988772 1
16 12 -0.21724 0
17 12 -0.0844271 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.62558e-05:0.0132866]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00442886
1 0.00214466
2 0.000131792
3 0.00180448
4 0.000320109
5 8.3293e-05
6 0.000339162
7 0.000424583
8 9.83915e-05
9 7.5907e-05
10 0.000114894
11 0.000253694
12 7.6085e-05
13 8.12325e-05
14 0.000166281
15 0.000125118
16 4.87675e-05
17 7.1307e-05
e
unset multiplot
unset logscale y
set output
