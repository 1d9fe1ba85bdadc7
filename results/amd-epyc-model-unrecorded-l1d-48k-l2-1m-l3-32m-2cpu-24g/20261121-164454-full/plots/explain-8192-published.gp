# explain.py: explain-8192-published; data inline, run `gnuplot explain-8192-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-published.png"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-303.526410:403.526410]
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
     1/0 with boxes lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
0 0 0 0.00758604
1 0 0 0.0205323
2 0 0 0.106605
3 0 0 0.014069
4 0 0 0.0530869
5 0 0 0.137496
6 0 0 0.0733135
7 0 0 0.0345076
8 0 0 0.172818
9 0 0 0.133912
10 0 0 0.0902332
11 0 0 0.0682186
12 0 0 0.132907
13 0 0 0.376994
14 0 0 0.176393
15 0 0 0.0710692
16 0 0 0.115899
17 0 0 0.176667
e
0 1 0.00758604 0.429788
5 1 0.137496 0.175504
6 1 0.0733135 0.0784713
8 1 0.172818 0.22059
10 1 0.0902332 0.115176
11 1 0.0682186 0.0870762
e
0 2 0.429788 0.536979
1 2 0.0205323 0.0212854
2 2 0.106605 0.110515
5 2 0.175504 0.199793
6 2 0.0784713 0.0845467
7 2 0.0345076 0.0357732
8 2 0.22059 0.251118
9 2 0.133912 0.138824
10 2 0.115176 0.131116
11 2 0.0870762 0.0991268
12 2 0.132907 0.137782
15 2 0.0710692 0.0736758
16 2 0.115899 0.12015
17 2 0.176667 0.183147
e
1 3 0.0212854 0.0457919
e
0 4 0.536979 0.537214
1 4 0.0457919 0.0459935
2 4 0.110515 0.112279
3 4 0.014069 0.0141272
4 4 0.0530869 0.0533066
5 4 0.199793 0.200362
6 4 0.0845467 0.0854568
7 4 0.0357732 0.0366299
8 4 0.251118 0.251833
9 4 0.138824 0.139932
10 4 0.131116 0.131862
11 4 0.0991268 0.0994091
12 4 0.137782 0.138332
13 4 0.376994 0.378554
16 4 0.12015 0.12063
17 4 0.183147 0.196837
e
3 5 0.0141272 0.0544371
4 5 0.0533066 0.205409
14 5 0.176393 0.681788
e
0 6 0.537214 0.541367
1 6 0.0459935 0.0521795
2 6 0.112279 0.135756
3 6 0.0544371 0.0576522
4 6 0.205409 0.208761
5 6 0.200362 0.231245
6 6 0.0854568 0.101797
7 6 0.0366299 0.0442025
8 6 0.251833 0.272542
9 6 0.139932 0.155978
10 6 0.131862 0.147627
11 6 0.0994091 0.107584
15 6 0.0736758 0.0821918
e
7 7 0.0442025 0.63214
11 7 0.107584 1.93464
e
0 8 0.541367 0.544927
1 8 0.0521795 0.0614043
2 8 0.135756 0.149593
3 8 0.0576522 0.0669229
4 8 0.208761 0.229962
5 8 0.231245 0.242228
6 8 0.101797 0.147178
7 8 0.63214 0.63972
8 8 0.272542 0.282894
9 8 0.155978 0.166674
10 8 0.147627 0.158438
11 8 1.93464 1.94418
12 8 0.138332 0.148947
13 8 0.378554 0.408665
14 8 0.681788 0.743427
15 8 0.0821918 0.121927
16 8 0.12063 0.126415
17 8 0.196837 0.20742
e
0 9 0.544927 0.614438
1 9 0.0614043 0.249544
2 9 0.149593 0.638009
3 9 0.0669229 0.195839
4 9 0.229962 0.473182
5 9 0.242228 0.872175
6 9 0.147178 1.65868
7 9 0.63972 1.11401
8 9 0.282894 1.86645
9 9 0.166674 1.39373
10 9 0.158438 0.985255
11 9 1.94418 3.66319
12 9 0.148947 0.757868
13 9 0.408665 3.8631
14 9 0.743427 2.35974
15 9 0.121927 0.935945
16 9 0.126415 0.391914
17 9 0.20742 1.01683
e
0 10 0.614438 0.615969
1 10 0.249544 0.253688
3 10 0.195839 0.201517
4 10 0.473182 0.49461
8 10 1.86645 1.9362
9 10 1.39373 1.4748
10 10 0.985255 1.03988
11 10 3.66319 3.69072
12 10 0.757868 0.838335
13 10 3.8631 4.01526
14 10 2.35974 2.46653
15 10 0.935945 0.950288
16 10 0.391914 0.415304
17 10 1.01683 1.05248
e
0 12 0.615969 1
1 12 0.253688 1
2 12 0.638009 1
3 12 0.201517 1
4 12 0.49461 1
5 12 0.872175 1
6 12 -0.658683 0
7 12 -0.114014 0
8 12 -0.936201 0
9 12 -0.474803 0
10 12 -0.0398849 0
11 12 -2.69072 0
12 12 0.838335 1
13 12 -3.01526 0
14 12 -1.46653 0
15 12 0.950288 1
16 12 0.415304 1
17 12 -0.0524837 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.2078e-05:0.00540203]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00180068
1 0.000665293
2 0.000128137
3 0.000970928
4 0.000257314
5 9.9348e-05
6 0.000186323
7 0.000395855
8 7.90425e-05
9 0.000102007
10 0.000151386
11 0.000200238
12 0.000102779
13 3.6234e-05
14 7.74405e-05
15 0.000192207
16 0.000117861
17 7.73205e-05
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
set yrange [-303.526410:403.526410]
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
     1/0 with boxes lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
0 0 0 0.00758604
1 0 0 0.0205323
2 0 0 0.106605
3 0 0 0.014069
4 0 0 0.0530869
5 0 0 0.137496
6 0 0 0.0733135
7 0 0 0.0345076
8 0 0 0.172818
9 0 0 0.133912
10 0 0 0.0902332
11 0 0 0.0682186
12 0 0 0.132907
13 0 0 0.376994
14 0 0 0.176393
15 0 0 0.0710692
16 0 0 0.115899
17 0 0 0.176667
e
0 1 0.00758604 0.429788
5 1 0.137496 0.175504
6 1 0.0733135 0.0784713
8 1 0.172818 0.22059
10 1 0.0902332 0.115176
11 1 0.0682186 0.0870762
e
0 2 0.429788 0.536979
1 2 0.0205323 0.0212854
2 2 0.106605 0.110515
5 2 0.175504 0.199793
6 2 0.0784713 0.0845467
7 2 0.0345076 0.0357732
8 2 0.22059 0.251118
9 2 0.133912 0.138824
10 2 0.115176 0.131116
11 2 0.0870762 0.0991268
12 2 0.132907 0.137782
15 2 0.0710692 0.0736758
16 2 0.115899 0.12015
17 2 0.176667 0.183147
e
1 3 0.0212854 0.0457919
e
0 4 0.536979 0.537214
1 4 0.0457919 0.0459935
2 4 0.110515 0.112279
3 4 0.014069 0.0141272
4 4 0.0530869 0.0533066
5 4 0.199793 0.200362
6 4 0.0845467 0.0854568
7 4 0.0357732 0.0366299
8 4 0.251118 0.251833
9 4 0.138824 0.139932
10 4 0.131116 0.131862
11 4 0.0991268 0.0994091
12 4 0.137782 0.138332
13 4 0.376994 0.378554
16 4 0.12015 0.12063
17 4 0.183147 0.196837
e
3 5 0.0141272 0.0544371
4 5 0.0533066 0.205409
14 5 0.176393 0.681788
e
0 6 0.537214 0.541367
1 6 0.0459935 0.0521795
2 6 0.112279 0.135756
3 6 0.0544371 0.0576522
4 6 0.205409 0.208761
5 6 0.200362 0.231245
6 6 0.0854568 0.101797
7 6 0.0366299 0.0442025
8 6 0.251833 0.272542
9 6 0.139932 0.155978
10 6 0.131862 0.147627
11 6 0.0994091 0.107584
15 6 0.0736758 0.0821918
e
7 7 0.0442025 0.63214
11 7 0.107584 1.93464
e
0 8 0.541367 0.544927
1 8 0.0521795 0.0614043
2 8 0.135756 0.149593
3 8 0.0576522 0.0669229
4 8 0.208761 0.229962
5 8 0.231245 0.242228
6 8 0.101797 0.147178
7 8 0.63214 0.63972
8 8 0.272542 0.282894
9 8 0.155978 0.166674
10 8 0.147627 0.158438
11 8 1.93464 1.94418
12 8 0.138332 0.148947
13 8 0.378554 0.408665
14 8 0.681788 0.743427
15 8 0.0821918 0.121927
16 8 0.12063 0.126415
17 8 0.196837 0.20742
e
0 9 0.544927 0.614438
1 9 0.0614043 0.249544
2 9 0.149593 0.638009
3 9 0.0669229 0.195839
4 9 0.229962 0.473182
5 9 0.242228 0.872175
6 9 0.147178 1.65868
7 9 0.63972 1.11401
8 9 0.282894 1.86645
9 9 0.166674 1.39373
10 9 0.158438 0.985255
11 9 1.94418 3.66319
12 9 0.148947 0.757868
13 9 0.408665 3.8631
14 9 0.743427 2.35974
15 9 0.121927 0.935945
16 9 0.126415 0.391914
17 9 0.20742 1.01683
e
0 10 0.614438 0.615969
1 10 0.249544 0.253688
3 10 0.195839 0.201517
4 10 0.473182 0.49461
8 10 1.86645 1.9362
9 10 1.39373 1.4748
10 10 0.985255 1.03988
11 10 3.66319 3.69072
12 10 0.757868 0.838335
13 10 3.8631 4.01526
14 10 2.35974 2.46653
15 10 0.935945 0.950288
16 10 0.391914 0.415304
17 10 1.01683 1.05248
e
0 12 0.615969 1
1 12 0.253688 1
2 12 0.638009 1
3 12 0.201517 1
4 12 0.49461 1
5 12 0.872175 1
6 12 -0.658683 0
7 12 -0.114014 0
8 12 -0.936201 0
9 12 -0.474803 0
10 12 -0.0398849 0
11 12 -2.69072 0
12 12 0.838335 1
13 12 -3.01526 0
14 12 -1.46653 0
15 12 0.950288 1
16 12 0.415304 1
17 12 -0.0524837 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.2078e-05:0.00540203]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00180068
1 0.000665293
2 0.000128137
3 0.000970928
4 0.000257314
5 9.9348e-05
6 0.000186323
7 0.000395855
8 7.90425e-05
9 0.000102007
10 0.000151386
11 0.000200238
12 0.000102779
13 3.6234e-05
14 7.74405e-05
15 0.000192207
16 0.000117861
17 7.73205e-05
e
unset multiplot
unset logscale y
set output
