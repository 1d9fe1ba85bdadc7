# explain.py: explain-8192-transport-only; data inline, run `gnuplot explain-8192-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-26.424196:126.424196]
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
0 1 0 0.537243
5 1 0 0.177645
6 1 0 0.00703187
8 1 0 0.150276
10 1 0 0.110539
11 1 0 0.0552355
e
0 2 0.537243 0.670029
1 2 0 0.000677204
2 2 0 0.0117719
5 2 0.177645 0.291606
6 2 0.00703187 0.0154821
7 2 0 0.00292869
8 2 0.150276 0.24668
9 2 0 0.0283608
10 2 0.110539 0.181451
11 2 0.0552355 0.0906695
12 2 0 0.0268241
15 2 0 0.0132411
16 2 0 0.0485656
17 2 0 0.0337443
e
1 3 0.000677204 0.0327424
e
0 4 0.670029 0.670146
1 4 0.0327424 0.0328284
2 4 0.0117719 0.0142895
3 4 0 3.51659e-05
4 4 0 0.000230584
5 4 0.291606 0.292825
6 4 0.0154821 0.01609
7 4 0.00292869 0.00386824
8 4 0.24668 0.247711
9 4 0.0283608 0.0313936
10 4 0.181451 0.182968
11 4 0.0906695 0.0910484
12 4 0.0268241 0.0282583
13 4 0 0.00137349
17 4 0.0337443 0.10564
e
3 5 3.51659e-05 0.0279542
4 5 0.000230584 0.183296
14 5 0 0.379953
e
0 6 0.670146 0.671765
1 6 0.0328284 0.034894
2 6 0.0142895 0.0405356
3 6 0.0279542 0.0307713
4 6 0.183296 0.196205
5 6 0.292825 0.344655
6 6 0.01609 0.0246409
7 6 0.00386824 0.0103749
8 6 0.247711 0.282529
9 6 0.0313936 0.0826084
10 6 0.182968 0.219161
11 6 0.0910484 0.103846
15 6 0.0132411 0.0371523
e
7 7 0.0103749 0.510852
11 7 0.103846 0.576468
e
0 8 0.671765 0.671833
1 8 0.034894 0.0349727
2 8 0.0405356 0.0419051
3 8 -7.65139e-05 0
6 8 -0.0039678 0
7 8 0.510852 0.511533
10 8 -0.00989951 0
15 8 0.0371523 0.043314
e
0 9 -0.00016516 0
1 9 -0.000191466 0
3 9 0.0307713 0.0311433
4 9 -0.000406428 0
6 9 -0.00646781 -0.0039678
7 9 -0.000552019 0
9 9 -0.00267281 0
10 9 -0.0152459 -0.00989951
11 9 0.576468 0.606523
13 9 -0.242091 0
15 9 0.043314 0.0857421
e
6 10 0.0246409 0.0249581
8 10 -0.00161415 0
9 10 -0.00623429 -0.00267281
10 10 -0.0158395 -0.0152459
11 10 -0.000593296 0
12 10 -0.00224567 0
13 10 -0.244242 -0.242091
14 10 -0.000749337 0
e
0 11 0.671833 1.04832
1 11 0.0349727 0.988357
2 11 0.0419051 0.919777
3 11 0.0311433 1.02215
4 11 0.196205 0.991581
5 11 0.344655 0.941647
6 11 0.0249581 0.983503
7 11 0.511533 0.993858
8 11 0.282529 0.943679
9 11 0.0826084 0.910537
10 11 0.219161 0.978317
11 11 0.606523 0.938018
12 11 0.0282583 0.993021
13 11 0.00137349 0.990516
14 11 0.379953 1.00889
15 11 0.0857421 0.976488
16 11 0.0485656 1.0391
17 11 0.10564 1.02595
e
0 12 -0.0483214 -0.00016516
1 12 0.988357 1.00019
2 12 0.919777 1
3 12 -0.0221513 -7.65139e-05
4 12 0.991581 1.00041
5 12 0.941647 1
6 12 0.983503 1.00647
7 12 0.993858 1.00055
8 12 0.943679 1.00161
9 12 0.910537 1.00623
10 12 0.978317 1.01584
11 12 0.938018 1.00059
12 12 0.993021 1.00225
13 12 0.990516 1.24424
14 12 -0.00888601 -0.000749337
15 12 0.976488 1
16 12 -0.0391014 0
17 12 -0.0259466 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.43533e-06:0.0126232]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00420773
1 0.00181482
2 0.000104401
3 0.00186864
4 0.000284983
5 5.3922e-05
6 0.000324309
7 0.000419641
8 6.37425e-05
9 4.33345e-05
10 8.6657e-05
11 0.000173421
12 4.5817e-05
13 4.78435e-05
14 0.000137308
15 9.2817e-05
16 2.5306e-05
17 3.6421e-05
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
set yrange [-26.424196:126.424196]
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
0 1 0 0.537243
5 1 0 0.177645
6 1 0 0.00703187
8 1 0 0.150276
10 1 0 0.110539
11 1 0 0.0552355
e
0 2 0.537243 0.670029
1 2 0 0.000677204
2 2 0 0.0117719
5 2 0.177645 0.291606
6 2 0.00703187 0.0154821
7 2 0 0.00292869
8 2 0.150276 0.24668
9 2 0 0.0283608
10 2 0.110539 0.181451
11 2 0.0552355 0.0906695
12 2 0 0.0268241
15 2 0 0.0132411
16 2 0 0.0485656
17 2 0 0.0337443
e
1 3 0.000677204 0.0327424
e
0 4 0.670029 0.670146
1 4 0.0327424 0.0328284
2 4 0.0117719 0.0142895
3 4 0 3.51659e-05
4 4 0 0.000230584
5 4 0.291606 0.292825
6 4 0.0154821 0.01609
7 4 0.00292869 0.00386824
8 4 0.24668 0.247711
9 4 0.0283608 0.0313936
10 4 0.181451 0.182968
11 4 0.0906695 0.0910484
12 4 0.0268241 0.0282583
13 4 0 0.00137349
17 4 0.0337443 0.10564
e
3 5 3.51659e-05 0.0279542
4 5 0.000230584 0.183296
14 5 0 0.379953
e
0 6 0.670146 0.671765
1 6 0.0328284 0.034894
2 6 0.0142895 0.0405356
3 6 0.0279542 0.0307713
4 6 0.183296 0.196205
5 6 0.292825 0.344655
6 6 0.01609 0.0246409
7 6 0.00386824 0.0103749
8 6 0.247711 0.282529
9 6 0.0313936 0.0826084
10 6 0.182968 0.219161
11 6 0.0910484 0.103846
15 6 0.0132411 0.0371523
e
7 7 0.0103749 0.510852
11 7 0.103846 0.576468
e
0 8 0.671765 0.671833
1 8 0.034894 0.0349727
2 8 0.0405356 0.0419051
3 8 -7.65139e-05 0
6 8 -0.0039678 0
7 8 0.510852 0.511533
10 8 -0.00989951 0
15 8 0.0371523 0.043314
e
0 9 -0.00016516 0
1 9 -0.000191466 0
3 9 0.0307713 0.0311433
4 9 -0.000406428 0
6 9 -0.00646781 -0.0039678
7 9 -0.000552019 0
9 9 -0.00267281 0
10 9 -0.0152459 -0.00989951
11 9 0.576468 0.606523
13 9 -0.242091 0
15 9 0.043314 0.0857421
e
6 10 0.0246409 0.0249581
8 10 -0.00161415 0
9 10 -0.00623429 -0.00267281
10 10 -0.0158395 -0.0152459
11 10 -0.000593296 0
12 10 -0.00224567 0
13 10 -0.244242 -0.242091
14 10 -0.000749337 0
e
0 11 0.671833 1.04832
1 11 0.0349727 0.988357
2 11 0.0419051 0.919777
3 11 0.0311433 1.02215
4 11 0.196205 0.991581
5 11 0.344655 0.941647
6 11 0.0249581 0.983503
7 11 0.511533 0.993858
8 11 0.282529 0.943679
9 11 0.0826084 0.910537
10 11 0.219161 0.978317
11 11 0.606523 0.938018
12 11 0.0282583 0.993021
13 11 0.00137349 0.990516
14 11 0.379953 1.00889
15 11 0.0857421 0.976488
16 11 0.0485656 1.0391
17 11 0.10564 1.02595
e
0 12 -0.0483214 -0.00016516
1 12 0.988357 1.00019
2 12 0.919777 1
3 12 -0.0221513 -7.65139e-05
4 12 0.991581 1.00041
5 12 0.941647 1
6 12 0.983503 1.00647
7 12 0.993858 1.00055
8 12 0.943679 1.00161
9 12 0.910537 1.00623
10 12 0.978317 1.01584
11 12 0.938018 1.00059
12 12 0.993021 1.00225
13 12 0.990516 1.24424
14 12 -0.00888601 -0.000749337
15 12 0.976488 1
16 12 -0.0391014 0
17 12 -0.0259466 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.43533e-06:0.0126232]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00420773
1 0.00181482
2 0.000104401
3 0.00186864
4 0.000284983
5 5.3922e-05
6 0.000324309
7 0.000419641
8 6.37425e-05
9 4.33345e-05
10 8.6657e-05
11 0.000173421
12 4.5817e-05
13 4.78435e-05
14 0.000137308
15 9.2817e-05
16 2.5306e-05
17 3.6421e-05
e
unset multiplot
unset logscale y
set output
