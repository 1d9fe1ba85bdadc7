# explain.py: explain-38535168-published; data inline, run `gnuplot explain-38535168-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-published.png"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-41.453068:141.453068]
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
0 0 0 0.0143907
1 0 0 0.298889
2 0 0 0.663409
3 0 0 0.80208
4 0 0 0.803888
5 0 0 0.602595
6 0 0 0.387292
7 0 0 0.456744
8 0 0 0.539772
9 0 0 0.763055
10 0 0 0.488245
11 0 0 0.370172
12 0 0 1.33978
13 0 0 1.3243
14 0 0 0.951218
15 0 0 1.01273
16 0 0 1.3578
17 0 0 1.30103
e
0 1 0.0143907 0.690818
5 1 0.602595 0.850075
6 1 0.387292 0.546325
8 1 0.539772 0.761452
10 1 0.488245 0.688763
11 1 0.370172 0.522198
e
0 2 0.690818 0.865371
1 2 0.298889 0.29889
2 2 0.663409 0.663413
5 2 0.850075 0.969277
6 2 0.546325 0.704724
7 2 0.456744 0.456747
8 2 0.761452 0.868227
9 2 0.763055 0.76306
10 2 0.688763 0.785344
11 2 0.522198 0.595423
12 2 1.33978 1.33978
15 2 1.01273 1.01274
16 2 1.3578 1.3578
17 2 1.30103 1.30103
e
1 3 0.29889 0.69419
e
0 4 0.865371 0.86824
1 4 0.69419 0.712894
2 4 0.663413 0.733711
3 4 0.80208 0.823329
4 4 0.803888 0.825184
5 4 0.969277 0.98524
6 4 0.704724 0.735503
7 4 0.456747 0.529345
8 4 0.868227 0.882526
9 4 0.76306 0.803488
10 4 0.785344 0.811213
11 4 0.595423 0.605229
12 4 1.33978 1.37528
13 4 1.3243 1.35938
16 4 1.3578 1.39377
17 4 1.30103 1.36671
e
3 5 0.823329 1.09989
4 5 0.825184 1.10237
14 5 0.951218 1.2792
e
0 6 0.86824 0.872504
1 6 0.712894 0.760995
2 6 0.733711 0.805774
3 6 1.09989 1.09995
4 6 1.10237 1.10242
5 6 0.98524 1.0507
6 6 0.735503 0.777573
7 6 0.529345 0.578959
8 6 0.882526 0.913432
9 6 0.803488 0.847179
10 6 0.811213 0.893242
11 6 0.605229 0.626424
15 6 1.01274 1.07072
e
7 7 0.578959 0.706364
11 7 0.626424 1.15162
e
0 8 0.872504 0.872817
1 8 0.760995 0.764192
2 8 0.805774 0.808527
3 8 1.09995 1.09997
4 8 1.10242 1.10242
5 8 1.0507 1.05077
6 8 0.777573 0.777749
7 8 0.706364 0.713931
8 8 0.913432 0.913793
9 8 0.847179 0.84724
10 8 0.893242 0.894911
11 8 1.15162 1.15167
15 8 1.07072 1.07188
e
0 9 0.872817 0.87321
1 9 0.764192 0.764815
2 9 0.808527 0.810349
3 9 1.09997 1.10001
4 9 1.10242 1.10249
5 9 1.05077 1.05332
6 9 0.777749 0.787242
7 9 0.713931 0.75398
8 9 0.913793 0.940526
9 9 0.84724 0.884796
10 9 0.894911 0.985383
11 9 1.15167 1.18719
12 9 1.37528 1.37607
13 9 1.35938 1.36012
14 9 1.2792 1.27921
15 9 1.07188 1.13507
17 9 -1.62995e-05 0
e
0 10 0.87321 0.923642
1 10 0.764815 0.98225
2 10 0.810349 1.28498
3 10 1.10001 1.11679
4 10 1.10249 1.11149
5 10 1.05332 1.24784
6 10 0.787242 1.07836
7 10 0.75398 1.06868
8 10 0.940526 1.0034
9 10 0.884796 1.20055
10 10 0.985383 1.15682
11 10 1.18719 1.28202
12 10 -1.52986e-06 0
13 10 -1.51218e-06 0
14 10 -1.81029e-06 0
15 10 1.13507 1.31235
e
0 11 0.923642 0.923777
1 11 0.98225 0.984506
2 11 1.28498 1.28586
3 11 1.11679 1.12422
4 11 1.11149 1.11287
5 11 1.24784 1.24828
6 11 1.07836 1.07902
7 11 1.06868 1.06962
8 11 1.0034 1.00357
9 11 1.20055 1.20089
10 11 1.15682 1.1575
11 11 1.28202 1.28224
12 11 1.37607 1.37661
13 11 1.36012 1.3606
14 11 1.27921 1.28005
15 11 1.31235 1.3135
16 11 1.39377 1.39453
17 11 1.36671 1.36786
e
0 12 0.923777 1
1 12 0.984506 1
2 12 -0.28586 0
3 12 -0.124224 0
4 12 -0.112867 0
5 12 -0.248282 0
6 12 -0.0790153 0
7 12 -0.0696198 0
8 12 -0.00356764 0
9 12 -0.200886 0
10 12 -0.157504 0
11 12 -0.282245 0
12 12 -0.376613 -1.52986e-06
13 12 -0.360596 -1.51218e-06
14 12 -0.280049 -1.81029e-06
15 12 -0.313497 0
16 12 -0.394531 0
17 12 -0.36786 -1.62995e-05
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.000509157:19.0579]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00337149 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 3.37 ms:", \
     NaN with lines lc rgb 'white' title "  shm/spin-then-futex cross-core", \
     0.00152747 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 1.53 ms:", \
     NaN with lines lc rgb 'white' title "  memfd/pooled-touch same-cpu"
0 6.35264
1 0.305862
2 0.137801
3 0.113977
4 0.113721
5 0.151708
6 0.236046
7 0.200153
8 0.169365
9 0.119806
10 0.187239
11 0.246963
12 0.0682343
13 0.0690318
14 0.096107
15 0.0902695
16 0.0673287
17 0.0702667
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
set yrange [-41.453068:141.453068]
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
0 0 0 0.0143907
1 0 0 0.298889
2 0 0 0.663409
3 0 0 0.80208
4 0 0 0.803888
5 0 0 0.602595
6 0 0 0.387292
7 0 0 0.456744
8 0 0 0.539772
9 0 0 0.763055
10 0 0 0.488245
11 0 0 0.370172
12 0 0 1.33978
13 0 0 1.3243
14 0 0 0.951218
15 0 0 1.01273
16 0 0 1.3578
17 0 0 1.30103
e
0 1 0.0143907 0.690818
5 1 0.602595 0.850075
6 1 0.387292 0.546325
8 1 0.539772 0.761452
10 1 0.488245 0.688763
11 1 0.370172 0.522198
e
0 2 0.690818 0.865371
1 2 0.298889 0.29889
2 2 0.663409 0.663413
5 2 0.850075 0.969277
6 2 0.546325 0.704724
7 2 0.456744 0.456747
8 2 0.761452 0.868227
9 2 0.763055 0.76306
10 2 0.688763 0.785344
11 2 0.522198 0.595423
12 2 1.33978 1.33978
15 2 1.01273 1.01274
16 2 1.3578 1.3578
17 2 1.30103 1.30103
e
1 3 0.29889 0.69419
e
0 4 0.865371 0.86824
1 4 0.69419 0.712894
2 4 0.663413 0.733711
3 4 0.80208 0.823329
4 4 0.803888 0.825184
5 4 0.969277 0.98524
6 4 0.704724 0.735503
7 4 0.456747 0.529345
8 4 0.868227 0.882526
9 4 0.76306 0.803488
10 4 0.785344 0.811213
11 4 0.595423 0.605229
12 4 1.33978 1.37528
13 4 1.3243 1.35938
16 4 1.3578 1.39377
17 4 1.30103 1.36671
e
3 5 0.823329 1.09989
4 5 0.825184 1.10237
14 5 0.951218 1.2792
e
0 6 0.86824 0.872504
1 6 0.712894 0.760995
2 6 0.733711 0.805774
3 6 1.09989 1.09995
4 6 1.10237 1.10242
5 6 0.98524 1.0507
6 6 0.735503 0.777573
7 6 0.529345 0.578959
8 6 0.882526 0.913432
9 6 0.803488 0.847179
10 6 0.811213 0.893242
11 6 0.605229 0.626424
15 6 1.01274 1.07072
e
7 7 0.578959 0.706364
11 7 0.626424 1.15162
e
0 8 0.872504 0.872817
1 8 0.760995 0.764192
2 8 0.805774 0.808527
3 8 1.09995 1.09997
4 8 1.10242 1.10242
5 8 1.0507 1.05077
6 8 0.777573 0.777749
7 8 0.706364 0.713931
8 8 0.913432 0.913793
9 8 0.847179 0.84724
10 8 0.893242 0.894911
11 8 1.15162 1.15167
15 8 1.07072 1.07188
e
0 9 0.872817 0.87321
1 9 0.764192 0.764815
2 9 0.808527 0.810349
3 9 1.09997 1.10001
4 9 1.10242 1.10249
5 9 1.05077 1.05332
6 9 0.777749 0.787242
7 9 0.713931 0.75398
8 9 0.913793 0.940526
9 9 0.84724 0.884796
10 9 0.894911 0.985383
11 9 1.15167 1.18719
12 9 1.37528 1.37607
13 9 1.35938 1.36012
14 9 1.2792 1.27921
15 9 1.07188 1.13507
17 9 -1.62995e-05 0
e
0 10 0.87321 0.923642
1 10 0.764815 0.98225
2 10 0.810349 1.28498
3 10 1.10001 1.11679
4 10 1.10249 1.11149
5 10 1.05332 1.24784
6 10 0.787242 1.07836
7 10 0.75398 1.06868
8 10 0.940526 1.0034
9 10 0.884796 1.20055
10 10 0.985383 1.15682
11 10 1.18719 1.28202
12 10 -1.52986e-06 0
13 10 -1.51218e-06 0
14 10 -1.81029e-06 0
15 10 1.13507 1.31235
e
0 11 0.923642 0.923777
1 11 0.98225 0.984506
2 11 1.28498 1.28586
3 11 1.11679 1.12422
4 11 1.11149 1.11287
5 11 1.24784 1.24828
6 11 1.07836 1.07902
7 11 1.06868 1.06962
8 11 1.0034 1.00357
9 11 1.20055 1.20089
10 11 1.15682 1.1575
11 11 1.28202 1.28224
12 11 1.37607 1.37661
13 11 1.36012 1.3606
14 11 1.27921 1.28005
15 11 1.31235 1.3135
16 11 1.39377 1.39453
17 11 1.36671 1.36786
e
0 12 0.923777 1
1 12 0.984506 1
2 12 -0.28586 0
3 12 -0.124224 0
4 12 -0.112867 0
5 12 -0.248282 0
6 12 -0.0790153 0
7 12 -0.0696198 0
8 12 -0.00356764 0
9 12 -0.200886 0
10 12 -0.157504 0
11 12 -0.282245 0
12 12 -0.376613 -1.52986e-06
13 12 -0.360596 -1.51218e-06
14 12 -0.280049 -1.81029e-06
15 12 -0.313497 0
16 12 -0.394531 0
17 12 -0.36786 -1.62995e-05
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.000509157:19.0579]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00337149 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 3.37 ms:", \
     NaN with lines lc rgb 'white' title "  shm/spin-then-futex cross-core", \
     0.00152747 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 1.53 ms:", \
     NaN with lines lc rgb 'white' title "  memfd/pooled-touch same-cpu"
0 6.35264
1 0.305862
2 0.137801
3 0.113977
4 0.113721
5 0.151708
6 0.236046
7 0.200153
8 0.169365
9 0.119806
10 0.187239
11 0.246963
12 0.0682343
13 0.0690318
14 0.096107
15 0.0902695
16 0.0673287
17 0.0702667
e
unset multiplot
unset logscale y
set output
