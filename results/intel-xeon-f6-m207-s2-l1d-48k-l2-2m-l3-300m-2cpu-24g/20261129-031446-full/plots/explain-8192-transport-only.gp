# explain.py: explain-8192-transport-only; data inline, run `gnuplot explain-8192-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-28.404290:128.404290]
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
0 1 0 0.203049
5 1 0 0.0914167
6 1 0 0.00312606
8 1 0 0.0688104
10 1 0 0.0570029
11 1 0 0.0301214
e
0 2 0.203049 0.252941
1 2 0 0.000327802
2 2 0 0.00536684
5 2 0.0914167 0.147383
6 2 0.00312606 0.00681822
7 2 0 0.00173421
8 2 0.0688104 0.110937
9 2 0 0.0149741
10 2 0.0570029 0.0919009
11 2 0.0301214 0.0485623
12 2 0 0.0139522
15 2 0 0.00793471
16 2 0 0.0226674
17 2 0 0.0219173
e
1 3 0.000327802 0.0180382
e
0 4 0.252941 0.253014
1 4 0.0180382 0.0181117
2 4 0.00536684 0.00739656
3 4 0 2.93441e-05
4 4 0 0.00022121
5 4 0.147383 0.148338
6 4 0.00681822 0.00726991
7 4 0.00173421 0.00271801
8 4 0.110937 0.111656
9 4 0.0149741 0.0178057
10 4 0.0919009 0.0930913
11 4 0.0485623 0.0488768
12 4 0.0139522 0.0152714
13 4 0 0.00142608
17 4 0.0219173 0.0706899
e
3 5 2.93441e-05 0.0192034
4 5 0.00022121 0.144764
14 5 0 0.350466
e
0 6 0.253014 0.254272
1 6 0.0181117 0.0202978
2 6 0.00739656 0.0335577
3 6 0.0192034 0.0209713
4 6 0.144764 0.156776
5 6 0.148338 0.19853
6 6 0.00726991 0.0151259
7 6 0.00271801 0.0111417
8 6 0.111656 0.13179
9 6 0.0178057 0.0574818
10 6 0.0930913 0.130679
11 6 0.0488768 0.0576904
15 6 0.00793471 0.0289589
e
7 7 0.0111417 0.341738
11 7 0.0576904 0.645903
e
0 8 0.254272 0.254326
1 8 0.0202978 0.0203831
2 8 0.0335577 0.0349547
3 8 0.0209713 0.0212137
6 8 0.0151259 0.0192709
7 8 0.341738 0.34264
10 8 -0.00819261 0
14 8 0.350466 0.351943
15 8 0.0289589 0.0372203
e
0 9 0.254326 0.254369
1 9 0.0203831 0.0205189
2 9 0.0349547 0.0371769
3 9 0.0212137 0.0222418
4 9 -0.000968771 0
5 9 -0.0522521 0
6 9 0.0192709 0.0199303
7 9 0.34264 0.342999
9 9 0.0574818 0.367499
10 9 -0.077266 -0.00819261
11 9 -0.000688674 0
12 9 0.0152714 0.301244
14 9 -0.0187915 0
15 9 0.0372203 0.0733613
16 9 0.0226674 0.23385
17 9 0.0706899 0.293036
e
0 10 -1.95514e-05 0
1 10 -6.17587e-05 0
2 10 0.0371769 0.0376825
4 10 -0.00118917 -0.000968771
5 10 -0.0532031 -0.0522521
6 10 -0.000450029 0
7 10 -0.000163364 0
8 10 -0.00214746 0
9 10 -0.00282115 0
10 10 -0.078452 -0.077266
11 10 -0.00162871 -0.000688674
12 10 -0.00394295 0
13 10 -0.0042625 0
14 10 -0.020929 -0.0187915
15 10 -0.00074746 0
e
0 11 0.254369 0.658848
1 11 0.0205189 0.979139
2 11 0.0376825 0.950122
3 11 0.0222418 1.00526
4 11 0.156776 0.987205
5 11 0.19853 0.950968
6 11 0.0199303 1.0063
7 11 0.342999 0.799375
8 11 0.13179 0.912803
9 11 0.367499 1.19854
10 11 0.130679 0.993553
11 11 0.645903 0.950731
12 11 0.301244 1.26404
13 11 0.00142608 0.986223
14 11 0.351943 1.02296
15 11 0.0733613 0.949009
16 11 0.23385 1.24635
17 11 0.293036 1.23368
e
0 12 0.658848 1.00002
1 12 0.979139 1.00006
2 12 0.950122 1
3 12 -0.00526234 0
4 12 0.987205 1.00119
5 12 0.950968 1.0532
6 12 -0.00629987 -0.000450029
7 12 0.799375 1.00016
8 12 0.912803 1.00215
9 12 -0.198539 -0.00282115
10 12 0.993553 1.07845
11 12 0.950731 1.00163
12 12 -0.264043 -0.00394295
13 12 0.986223 1.00426
14 12 -0.0229563 -0.020929
15 12 0.949009 1.00075
16 12 -0.246346 0
17 12 -0.233679 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [7.963e-06:0.0156541]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00521805
1 0.00165191
2 0.000100898
3 0.00174476
4 0.000231448
5 5.3639e-05
6 0.000340045
7 0.000312247
8 7.1261e-05
9 3.61625e-05
10 8.6022e-05
11 0.000162791
12 3.8811e-05
13 3.59015e-05
14 9.5456e-05
15 6.82445e-05
16 2.3889e-05
17 2.47065e-05
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-transport-only.svg"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-28.404290:128.404290]
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
0 1 0 0.203049
5 1 0 0.0914167
6 1 0 0.00312606
8 1 0 0.0688104
10 1 0 0.0570029
11 1 0 0.0301214
e
0 2 0.203049 0.252941
1 2 0 0.000327802
2 2 0 0.00536684
5 2 0.0914167 0.147383
6 2 0.00312606 0.00681822
7 2 0 0.00173421
8 2 0.0688104 0.110937
9 2 0 0.0149741
10 2 0.0570029 0.0919009
11 2 0.0301214 0.0485623
12 2 0 0.0139522
15 2 0 0.00793471
16 2 0 0.0226674
17 2 0 0.0219173
e
1 3 0.000327802 0.0180382
e
0 4 0.252941 0.253014
1 4 0.0180382 0.0181117
2 4 0.00536684 0.00739656
3 4 0 2.93441e-05
4 4 0 0.00022121
5 4 0.147383 0.148338
6 4 0.00681822 0.00726991
7 4 0.00173421 0.00271801
8 4 0.110937 0.111656
9 4 0.0149741 0.0178057
10 4 0.0919009 0.0930913
11 4 0.0485623 0.0488768
12 4 0.0139522 0.0152714
13 4 0 0.00142608
17 4 0.0219173 0.0706899
e
3 5 2.93441e-05 0.0192034
4 5 0.00022121 0.144764
14 5 0 0.350466
e
0 6 0.253014 0.254272
1 6 0.0181117 0.0202978
2 6 0.00739656 0.0335577
3 6 0.0192034 0.0209713
4 6 0.144764 0.156776
5 6 0.148338 0.19853
6 6 0.00726991 0.0151259
7 6 0.00271801 0.0111417
8 6 0.111656 0.13179
9 6 0.0178057 0.0574818
10 6 0.0930913 0.130679
11 6 0.0488768 0.0576904
15 6 0.00793471 0.0289589
e
7 7 0.0111417 0.341738
11 7 0.0576904 0.645903
e
0 8 0.254272 0.254326
1 8 0.0202978 0.0203831
2 8 0.0335577 0.0349547
3 8 0.0209713 0.0212137
6 8 0.0151259 0.0192709
7 8 0.341738 0.34264
10 8 -0.00819261 0
14 8 0.350466 0.351943
15 8 0.0289589 0.0372203
e
0 9 0.254326 0.254369
1 9 0.0203831 0.0205189
2 9 0.0349547 0.0371769
3 9 0.0212137 0.0222418
4 9 -0.000968771 0
5 9 -0.0522521 0
6 9 0.0192709 0.0199303
7 9 0.34264 0.342999
9 9 0.0574818 0.367499
10 9 -0.077266 -0.00819261
11 9 -0.000688674 0
12 9 0.0152714 0.301244
14 9 -0.0187915 0
15 9 0.0372203 0.0733613
16 9 0.0226674 0.23385
17 9 0.0706899 0.293036
e
0 10 -1.95514e-05 0
1 10 -6.17587e-05 0
2 10 0.0371769 0.0376825
4 10 -0.00118917 -0.000968771
5 10 -0.0532031 -0.0522521
6 10 -0.000450029 0
7 10 -0.000163364 0
8 10 -0.00214746 0
9 10 -0.00282115 0
10 10 -0.078452 -0.077266
11 10 -0.00162871 -0.000688674
12 10 -0.00394295 0
13 10 -0.0042625 0
14 10 -0.020929 -0.0187915
15 10 -0.00074746 0
e
0 11 0.254369 0.658848
1 11 0.0205189 0.979139
2 11 0.0376825 0.950122
3 11 0.0222418 1.00526
4 11 0.156776 0.987205
5 11 0.19853 0.950968
6 11 0.0199303 1.0063
7 11 0.342999 0.799375
8 11 0.13179 0.912803
9 11 0.367499 1.19854
10 11 0.130679 0.993553
11 11 0.645903 0.950731
12 11 0.301244 1.26404
13 11 0.00142608 0.986223
14 11 0.351943 1.02296
15 11 0.0733613 0.949009
16 11 0.23385 1.24635
17 11 0.293036 1.23368
e
0 12 0.658848 1.00002
1 12 0.979139 1.00006
2 12 0.950122 1
3 12 -0.00526234 0
4 12 0.987205 1.00119
5 12 0.950968 1.0532
6 12 -0.00629987 -0.000450029
7 12 0.799375 1.00016
8 12 0.912803 1.00215
9 12 -0.198539 -0.00282115
10 12 0.993553 1.07845
11 12 0.950731 1.00163
12 12 -0.264043 -0.00394295
13 12 0.986223 1.00426
14 12 -0.0229563 -0.020929
15 12 0.949009 1.00075
16 12 -0.246346 0
17 12 -0.233679 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [7.963e-06:0.0156541]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00521805
1 0.00165191
2 0.000100898
3 0.00174476
4 0.000231448
5 5.3639e-05
6 0.000340045
7 0.000312247
8 7.1261e-05
9 3.61625e-05
10 8.6022e-05
11 0.000162791
12 3.8811e-05
13 3.59015e-05
14 9.5456e-05
15 6.82445e-05
16 2.3889e-05
17 2.47065e-05
e
unset multiplot
unset logscale y
set output
