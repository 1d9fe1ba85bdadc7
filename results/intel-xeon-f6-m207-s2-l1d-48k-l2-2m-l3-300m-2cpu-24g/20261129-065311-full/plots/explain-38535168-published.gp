# explain.py: explain-38535168-published; data inline, run `gnuplot explain-38535168-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-published.png"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-46.981457:146.981457]
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
0 0 0 0.0132477
1 0 0 0.330028
2 0 0 0.557154
3 0 0 1.02007
4 0 0 0.895778
5 0 0 0.684949
6 0 0 0.33957
7 0 0 0.427969
8 0 0 0.643889
9 0 0 0.761273
10 0 0 0.512459
11 0 0 0.369099
12 0 0 1.33723
13 0 0 0.920026
14 0 0 1.17236
15 0 0 1.17231
16 0 0 1.04674
17 0 0 1.38925
e
0 1 0.0132477 0.61778
5 1 0.684949 0.911968
6 1 0.33957 0.454581
8 1 0.643889 0.857299
10 1 0.512459 0.682308
11 1 0.369099 0.491433
e
0 2 0.61778 0.756036
1 2 0.330028 0.33003
2 2 0.557154 0.557157
5 2 0.911968 1.02194
6 2 0.454581 0.566372
7 2 0.427969 0.427971
8 2 0.857299 0.960676
9 2 0.761273 0.761276
10 2 0.682308 0.764583
11 2 0.491433 0.550692
12 2 1.33723 1.33724
15 2 1.17231 1.17231
16 2 1.04674 1.04675
17 2 1.38925 1.38925
e
1 3 0.33003 0.808465
e
0 4 0.756036 0.760042
1 4 0.808465 0.837342
2 4 0.557157 0.630176
3 4 1.02007 1.05349
4 4 0.895778 0.925128
5 4 1.02194 1.04438
6 4 0.566372 0.599749
7 4 0.427971 0.512104
8 4 0.960676 0.981773
9 4 0.761276 0.811162
10 4 0.764583 0.798164
11 4 0.550692 0.562785
12 4 1.33724 1.38105
13 4 0.920026 0.95017
16 4 1.04675 1.08104
17 4 1.38925 1.44961
e
3 5 1.05349 1.25559
4 5 0.925128 1.1026
14 5 1.17236 1.40463
e
0 6 0.760042 0.762751
1 6 0.837342 0.873999
2 6 0.630176 0.675445
3 6 1.25559 1.25562
4 6 1.1026 1.10262
5 6 1.04438 1.10003
6 6 0.599749 0.627339
7 6 0.512104 0.546876
8 6 0.981773 1.01857
9 6 0.811162 0.854666
10 6 0.798164 0.877812
11 6 0.562785 0.583878
15 6 1.17231 1.23931
e
7 7 0.546876 0.647052
11 7 0.583878 0.916835
e
0 8 0.762751 0.76291
1 8 0.873999 0.875682
2 8 0.675445 0.676504
3 8 1.25562 1.25563
4 8 1.10262 1.10262
5 8 1.10003 1.10006
6 8 0.627339 0.627437
7 8 0.647052 0.650434
8 8 1.01857 1.01858
9 8 0.854666 0.854722
10 8 0.877812 0.878651
11 8 0.916835 0.916886
13 8 -1.39814e-06 0
15 8 1.23931 1.23994
e
0 9 0.76291 0.762934
1 9 0.875682 0.876021
2 9 0.676504 0.676542
3 9 1.25563 1.25564
5 9 1.10006 1.10038
6 9 0.627437 0.628837
7 9 0.650434 0.651063
8 9 1.01858 1.0209
9 9 0.854722 0.857557
10 9 0.878651 0.888995
11 9 0.916886 0.918912
12 9 -4.57531e-06 0
13 9 0.95017 0.950171
14 9 1.40463 1.40463
15 9 1.23994 1.24594
e
0 10 0.762934 0.782698
1 10 0.876021 1.05917
2 10 0.676542 0.804097
3 10 1.25564 1.25662
4 10 1.10262 1.10348
5 10 1.10038 1.24353
6 10 0.628837 0.788994
7 10 0.651063 0.842271
8 10 1.0209 1.05655
9 10 0.857557 0.991437
10 10 0.888995 1.00423
11 10 -1.85064e-07 0
12 10 -4.91055e-06 -4.57531e-06
13 10 -1.85944e-06 -1.39814e-06
14 10 -5.87813e-07 0
15 10 1.24594 1.3736
e
0 11 0.782698 0.782874
1 11 1.05917 1.06221
2 11 0.804097 0.804528
3 11 1.25662 1.2712
4 11 1.10348 1.10553
5 11 1.24353 1.2437
6 11 0.788994 0.789862
7 11 0.842271 0.843436
8 11 1.05655 1.05669
9 11 0.991437 0.991569
10 11 1.00423 1.00447
11 11 0.918912 0.91918
12 11 1.38105 1.38141
13 11 0.950171 0.95029
14 11 1.40463 1.40508
15 11 1.3736 1.37404
16 11 1.08104 1.0812
17 11 1.44961 1.44981
e
0 12 0.782874 1
1 12 -0.0622132 0
2 12 0.804528 1
3 12 -0.271202 0
4 12 -0.105535 0
5 12 -0.243699 0
6 12 0.789862 1
7 12 0.843436 1
8 12 -0.0566925 0
9 12 0.991569 1
10 12 -0.00447255 0
11 12 0.91918 1
12 12 -0.381414 -4.91055e-06
13 12 0.95029 1
14 12 -0.405076 -5.87813e-07
15 12 -0.374037 0
16 12 -0.0811972 0
17 12 -0.449815 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.00118899:33.28]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00356698 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 3.57 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.00531814 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 5.32 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 11.0933
1 0.445299
2 0.263771
3 0.14407
4 0.16406
5 0.214558
6 0.432786
7 0.343393
8 0.22824
9 0.193047
10 0.286777
11 0.398162
12 0.1099
13 0.159736
14 0.125355
15 0.125361
16 0.140399
17 0.105785
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
set yrange [-46.981457:146.981457]
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
0 0 0 0.0132477
1 0 0 0.330028
2 0 0 0.557154
3 0 0 1.02007
4 0 0 0.895778
5 0 0 0.684949
6 0 0 0.33957
7 0 0 0.427969
8 0 0 0.643889
9 0 0 0.761273
10 0 0 0.512459
11 0 0 0.369099
12 0 0 1.33723
13 0 0 0.920026
14 0 0 1.17236
15 0 0 1.17231
16 0 0 1.04674
17 0 0 1.38925
e
0 1 0.0132477 0.61778
5 1 0.684949 0.911968
6 1 0.33957 0.454581
8 1 0.643889 0.857299
10 1 0.512459 0.682308
11 1 0.369099 0.491433
e
0 2 0.61778 0.756036
1 2 0.330028 0.33003
2 2 0.557154 0.557157
5 2 0.911968 1.02194
6 2 0.454581 0.566372
7 2 0.427969 0.427971
8 2 0.857299 0.960676
9 2 0.761273 0.761276
10 2 0.682308 0.764583
11 2 0.491433 0.550692
12 2 1.33723 1.33724
15 2 1.17231 1.17231
16 2 1.04674 1.04675
17 2 1.38925 1.38925
e
1 3 0.33003 0.808465
e
0 4 0.756036 0.760042
1 4 0.808465 0.837342
2 4 0.557157 0.630176
3 4 1.02007 1.05349
4 4 0.895778 0.925128
5 4 1.02194 1.04438
6 4 0.566372 0.599749
7 4 0.427971 0.512104
8 4 0.960676 0.981773
9 4 0.761276 0.811162
10 4 0.764583 0.798164
11 4 0.550692 0.562785
12 4 1.33724 1.38105
13 4 0.920026 0.95017
16 4 1.04675 1.08104
17 4 1.38925 1.44961
e
3 5 1.05349 1.25559
4 5 0.925128 1.1026
14 5 1.17236 1.40463
e
0 6 0.760042 0.762751
1 6 0.837342 0.873999
2 6 0.630176 0.675445
3 6 1.25559 1.25562
4 6 1.1026 1.10262
5 6 1.04438 1.10003
6 6 0.599749 0.627339
7 6 0.512104 0.546876
8 6 0.981773 1.01857
9 6 0.811162 0.854666
10 6 0.798164 0.877812
11 6 0.562785 0.583878
15 6 1.17231 1.23931
e
7 7 0.546876 0.647052
11 7 0.583878 0.916835
e
0 8 0.762751 0.76291
1 8 0.873999 0.875682
2 8 0.675445 0.676504
3 8 1.25562 1.25563
4 8 1.10262 1.10262
5 8 1.10003 1.10006
6 8 0.627339 0.627437
7 8 0.647052 0.650434
8 8 1.01857 1.01858
9 8 0.854666 0.854722
10 8 0.877812 0.878651
11 8 0.916835 0.916886
13 8 -1.39814e-06 0
15 8 1.23931 1.23994
e
0 9 0.76291 0.762934
1 9 0.875682 0.876021
2 9 0.676504 0.676542
3 9 1.25563 1.25564
5 9 1.10006 1.10038
6 9 0.627437 0.628837
7 9 0.650434 0.651063
8 9 1.01858 1.0209
9 9 0.854722 0.857557
10 9 0.878651 0.888995
11 9 0.916886 0.918912
12 9 -4.57531e-06 0
13 9 0.95017 0.950171
14 9 1.40463 1.40463
15 9 1.23994 1.24594
e
0 10 0.762934 0.782698
1 10 0.876021 1.05917
2 10 0.676542 0.804097
3 10 1.25564 1.25662
4 10 1.10262 1.10348
5 10 1.10038 1.24353
6 10 0.628837 0.788994
7 10 0.651063 0.842271
8 10 1.0209 1.05655
9 10 0.857557 0.991437
10 10 0.888995 1.00423
11 10 -1.85064e-07 0
12 10 -4.91055e-06 -4.57531e-06
13 10 -1.85944e-06 -1.39814e-06
14 10 -5.87813e-07 0
15 10 1.24594 1.3736
e
0 11 0.782698 0.782874
1 11 1.05917 1.06221
2 11 0.804097 0.804528
3 11 1.25662 1.2712
4 11 1.10348 1.10553
5 11 1.24353 1.2437
6 11 0.788994 0.789862
7 11 0.842271 0.843436
8 11 1.05655 1.05669
9 11 0.991437 0.991569
10 11 1.00423 1.00447
11 11 0.918912 0.91918
12 11 1.38105 1.38141
13 11 0.950171 0.95029
14 11 1.40463 1.40508
15 11 1.3736 1.37404
16 11 1.08104 1.0812
17 11 1.44961 1.44981
e
0 12 0.782874 1
1 12 -0.0622132 0
2 12 0.804528 1
3 12 -0.271202 0
4 12 -0.105535 0
5 12 -0.243699 0
6 12 0.789862 1
7 12 0.843436 1
8 12 -0.0566925 0
9 12 0.991569 1
10 12 -0.00447255 0
11 12 0.91918 1
12 12 -0.381414 -4.91055e-06
13 12 0.95029 1
14 12 -0.405076 -5.87813e-07
15 12 -0.374037 0
16 12 -0.0811972 0
17 12 -0.449815 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.00118899:33.28]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00356698 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 3.57 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.00531814 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 5.32 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 11.0933
1 0.445299
2 0.263771
3 0.14407
4 0.16406
5 0.214558
6 0.432786
7 0.343393
8 0.22824
9 0.193047
10 0.286777
11 0.398162
12 0.1099
13 0.159736
14 0.125355
15 0.125361
16 0.140399
17 0.105785
e
unset multiplot
unset logscale y
set output
