# explain.py: explain-8192-published; data inline, run `gnuplot explain-8192-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-published.png"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-2.000000:102.000000]
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
     1/0 with boxes lc rgb "#8c564b" fs solid 0.5 title "broker / extra hop", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#bcbd22" fs pattern 6 title "system calls", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#ff7f0e" fs pattern 7 title "wake-ups", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#e377c2" fs pattern 3 title "page faults", \
     1/0 with boxes lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
0 0 0 0.00693912
1 0 0 0.0176577
2 0 0 0.139811
3 0 0 0.0120829
4 0 0 0.047316
5 0 0 0.248285
6 0 0 0.0632498
7 0 0 0.0285557
8 0 0 0.332068
9 0 0 0.30331
10 0 0 0.0814432
11 0 0 0.128039
12 0 0 0.378041
13 0 0 0.389501
14 0 0 0.172409
15 0 0 0.212339
16 0 0 0.365563
17 0 0 0.495713
e
0 1 0.00693912 0.168863
5 1 0.248285 0.31572
6 1 0.0632498 0.0677044
8 1 0.332068 0.422258
10 1 0.0814432 0.103563
11 1 0.128039 0.162815
e
0 2 0.168863 0.267149
1 2 0.0176577 0.018293
2 2 0.139811 0.144842
5 2 0.31572 0.359827
6 2 0.0677044 0.0729053
7 2 0.0285557 0.0295833
8 2 0.422258 0.481249
9 2 0.30331 0.314224
10 2 0.103563 0.118032
11 2 0.162815 0.185561
12 2 0.378041 0.391644
15 2 0.212339 0.21998
16 2 0.365563 0.378717
17 2 0.495713 0.513551
e
1 3 0.018293 0.0394564
e
0 4 0.267149 0.267367
1 4 0.0394564 0.0396327
2 4 0.144842 0.147195
3 4 0.0120829 0.0121338
4 4 0.047316 0.0475151
5 4 0.359827 0.360872
6 4 0.0729053 0.0737037
7 4 0.0295833 0.0303043
8 4 0.481249 0.482646
9 4 0.314224 0.316777
10 4 0.118032 0.118717
11 4 0.185561 0.186099
12 4 0.391644 0.393235
13 4 0.389501 0.39114
16 4 0.378717 0.380256
17 4 0.513551 0.515637
e
3 5 0.0121338 0.0452841
4 5 0.0475151 0.17733
14 5 0.172409 0.645427
e
0 6 0.267367 0.271954
1 6 0.0396327 0.0460569
2 6 0.147195 0.184376
3 6 0.0452841 0.0467725
4 6 0.17733 0.181537
5 6 0.360872 0.428216
6 6 0.0737037 0.0907266
7 6 0.0303043 0.0378714
8 6 0.482646 0.50945
9 6 0.316777 0.341259
10 6 0.118717 0.172773
11 6 0.186099 0.196434
15 6 0.21998 0.237119
e
0 8 0.271954 0.275319
1 8 0.0460569 0.0546198
2 8 0.184376 0.203537
3 8 0.0467725 0.0558165
4 8 0.181537 0.20149
5 8 0.428216 0.449156
6 8 0.0907266 0.146737
7 8 0.0378714 0.0444943
8 8 0.50945 0.537456
9 8 0.341259 0.36684
10 8 0.172773 0.187369
11 8 0.196434 0.215332
12 8 0.393235 0.425118
13 8 0.39114 0.42399
14 8 0.645427 0.709042
15 8 0.237119 0.362476
16 8 0.380256 0.403379
17 8 0.515637 0.546992
e
0 9 0.275319 0.281826
1 9 0.0546198 0.0711775
2 9 0.203537 0.229757
3 9 0.0558165 0.0648807
4 9 0.20149 0.219237
5 9 0.449156 0.542284
6 9 0.146737 0.253494
7 9 0.0444943 0.0766266
8 9 0.537456 0.662009
9 9 0.36684 0.537489
10 9 0.187369 0.248465
11 9 0.215332 0.407433
12 9 0.425118 0.566914
13 9 0.42399 0.570085
14 9 0.709042 0.806043
15 9 0.362476 0.561587
16 9 0.403379 0.471937
17 9 0.546992 0.639959
e
1 10 0.0711775 0.0785065
2 10 0.229757 0.258772
3 10 0.0648807 0.0698959
4 10 0.219237 0.238876
7 10 0.0766266 0.0825528
8 10 0.662009 0.937665
9 10 0.537489 0.663381
10 10 0.248465 0.29917
11 10 0.407433 0.487149
12 10 0.566914 0.723824
13 10 0.570085 0.812584
14 10 0.806043 0.984944
15 10 0.561587 0.605654
16 10 0.471937 0.547802
e
0 12 0.281826 1
1 12 0.0785065 1
2 12 0.258772 1
3 12 0.0698959 1
4 12 0.238876 1
5 12 0.542284 1
6 12 0.253494 1
7 12 0.0825528 1
8 12 0.937665 1
9 12 0.663381 1
10 12 0.29917 1
11 12 0.487149 1
12 12 0.723824 1
13 12 0.812584 1
14 12 0.984944 1
15 12 0.605654 1
16 12 0.547802 1
17 12 0.639959 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [9.17533e-06:0.00589916]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00196639
1 0.000772752
2 9.7596e-05
3 0.00112928
4 0.00028838
5 5.4957e-05
6 0.000215732
7 0.000477838
8 4.1091e-05
9 4.4987e-05
10 0.00016754
11 0.000106569
12 3.6094e-05
13 3.5032e-05
14 7.9143e-05
15 6.42605e-05
16 3.7326e-05
17 2.7526e-05
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
set yrange [-2.000000:102.000000]
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
     1/0 with boxes lc rgb "#8c564b" fs solid 0.5 title "broker / extra hop", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#bcbd22" fs pattern 6 title "system calls", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#ff7f0e" fs pattern 7 title "wake-ups", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#e377c2" fs pattern 3 title "page faults", \
     1/0 with boxes lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
0 0 0 0.00693912
1 0 0 0.0176577
2 0 0 0.139811
3 0 0 0.0120829
4 0 0 0.047316
5 0 0 0.248285
6 0 0 0.0632498
7 0 0 0.0285557
8 0 0 0.332068
9 0 0 0.30331
10 0 0 0.0814432
11 0 0 0.128039
12 0 0 0.378041
13 0 0 0.389501
14 0 0 0.172409
15 0 0 0.212339
16 0 0 0.365563
17 0 0 0.495713
e
0 1 0.00693912 0.168863
5 1 0.248285 0.31572
6 1 0.0632498 0.0677044
8 1 0.332068 0.422258
10 1 0.0814432 0.103563
11 1 0.128039 0.162815
e
0 2 0.168863 0.267149
1 2 0.0176577 0.018293
2 2 0.139811 0.144842
5 2 0.31572 0.359827
6 2 0.0677044 0.0729053
7 2 0.0285557 0.0295833
8 2 0.422258 0.481249
9 2 0.30331 0.314224
10 2 0.103563 0.118032
11 2 0.162815 0.185561
12 2 0.378041 0.391644
15 2 0.212339 0.21998
16 2 0.365563 0.378717
17 2 0.495713 0.513551
e
1 3 0.018293 0.0394564
e
0 4 0.267149 0.267367
1 4 0.0394564 0.0396327
2 4 0.144842 0.147195
3 4 0.0120829 0.0121338
4 4 0.047316 0.0475151
5 4 0.359827 0.360872
6 4 0.0729053 0.0737037
7 4 0.0295833 0.0303043
8 4 0.481249 0.482646
9 4 0.314224 0.316777
10 4 0.118032 0.118717
11 4 0.185561 0.186099
12 4 0.391644 0.393235
13 4 0.389501 0.39114
16 4 0.378717 0.380256
17 4 0.513551 0.515637
e
3 5 0.0121338 0.0452841
4 5 0.0475151 0.17733
14 5 0.172409 0.645427
e
0 6 0.267367 0.271954
1 6 0.0396327 0.0460569
2 6 0.147195 0.184376
3 6 0.0452841 0.0467725
4 6 0.17733 0.181537
5 6 0.360872 0.428216
6 6 0.0737037 0.0907266
7 6 0.0303043 0.0378714
8 6 0.482646 0.50945
9 6 0.316777 0.341259
10 6 0.118717 0.172773
11 6 0.186099 0.196434
15 6 0.21998 0.237119
e
0 8 0.271954 0.275319
1 8 0.0460569 0.0546198
2 8 0.184376 0.203537
3 8 0.0467725 0.0558165
4 8 0.181537 0.20149
5 8 0.428216 0.449156
6 8 0.0907266 0.146737
7 8 0.0378714 0.0444943
8 8 0.50945 0.537456
9 8 0.341259 0.36684
10 8 0.172773 0.187369
11 8 0.196434 0.215332
12 8 0.393235 0.425118
13 8 0.39114 0.42399
14 8 0.645427 0.709042
15 8 0.237119 0.362476
16 8 0.380256 0.403379
17 8 0.515637 0.546992
e
0 9 0.275319 0.281826
1 9 0.0546198 0.0711775
2 9 0.203537 0.229757
3 9 0.0558165 0.0648807
4 9 0.20149 0.219237
5 9 0.449156 0.542284
6 9 0.146737 0.253494
7 9 0.0444943 0.0766266
8 9 0.537456 0.662009
9 9 0.36684 0.537489
10 9 0.187369 0.248465
11 9 0.215332 0.407433
12 9 0.425118 0.566914
13 9 0.42399 0.570085
14 9 0.709042 0.806043
15 9 0.362476 0.561587
16 9 0.403379 0.471937
17 9 0.546992 0.639959
e
1 10 0.0711775 0.0785065
2 10 0.229757 0.258772
3 10 0.0648807 0.0698959
4 10 0.219237 0.238876
7 10 0.0766266 0.0825528
8 10 0.662009 0.937665
9 10 0.537489 0.663381
10 10 0.248465 0.29917
11 10 0.407433 0.487149
12 10 0.566914 0.723824
13 10 0.570085 0.812584
14 10 0.806043 0.984944
15 10 0.561587 0.605654
16 10 0.471937 0.547802
e
0 12 0.281826 1
1 12 0.0785065 1
2 12 0.258772 1
3 12 0.0698959 1
4 12 0.238876 1
5 12 0.542284 1
6 12 0.253494 1
7 12 0.0825528 1
8 12 0.937665 1
9 12 0.663381 1
10 12 0.29917 1
11 12 0.487149 1
12 12 0.723824 1
13 12 0.812584 1
14 12 0.984944 1
15 12 0.605654 1
16 12 0.547802 1
17 12 0.639959 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [9.17533e-06:0.00589916]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00196639
1 0.000772752
2 9.7596e-05
3 0.00112928
4 0.00028838
5 5.4957e-05
6 0.000215732
7 0.000477838
8 4.1091e-05
9 4.4987e-05
10 0.00016754
11 0.000106569
12 3.6094e-05
13 3.5032e-05
14 7.9143e-05
15 6.42605e-05
16 3.7326e-05
17 2.7526e-05
e
unset multiplot
unset logscale y
set output
