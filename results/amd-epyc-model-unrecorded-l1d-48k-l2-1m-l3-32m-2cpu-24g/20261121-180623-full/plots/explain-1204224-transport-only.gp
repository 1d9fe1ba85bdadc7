# explain.py: explain-1204224-transport-only; data inline, run `gnuplot explain-1204224-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-52.059968:152.059968]
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
0 1 0 0.751893
5 1 0 0.0242369
6 1 0 0.0211972
8 1 0 0.0456577
10 1 0 0.0215087
11 1 0 0.0141218
e
0 2 0.751893 0.927054
1 2 0 0.000102856
2 2 0 0.000566777
5 2 0.0242369 0.0364042
6 2 0.0211972 0.0421687
7 2 0 0.000135953
8 2 0.0456577 0.0685785
9 2 0 0.000551044
10 2 0.0215087 0.0323064
11 2 0.0141218 0.0212111
12 2 0 0.00823184
15 2 0 0.00242812
16 2 0 0.0113417
17 2 0 0.00802885
e
1 3 0.000102856 0.461779
e
0 4 0.927054 0.927957
1 4 0.461779 0.469779
2 4 0.000566777 0.0761319
3 4 0 0.00979394
4 4 0 0.0143683
5 4 0.0364042 0.0463053
6 4 0.0421687 0.071684
7 4 0.000135953 0.0273246
8 4 0.0685785 0.0872301
9 4 0.000551044 0.0372848
10 4 0.0323064 0.0498794
11 4 0.0212111 0.02698
12 4 0.00823184 0.282607
13 4 0 0.237482
17 4 0.00802885 0.298866
e
3 5 0.00979394 0.44093
4 5 0.0143683 0.646871
14 5 0 0.92533
e
0 6 0.927957 0.93172
1 6 0.469779 0.517015
2 6 0.0761319 0.271313
3 6 0.44093 0.443847
4 6 0.646871 0.650033
5 6 0.0463053 0.148616
6 6 0.071684 0.173342
7 6 0.0273246 0.0741413
8 6 0.0872301 0.18334
9 6 0.0372848 0.131927
10 6 0.0498794 0.208445
11 6 0.02698 0.0567065
15 6 0.00242812 0.419459
e
7 7 0.0741413 0.235643
11 7 0.0567065 0.529277
e
0 8 0.93172 0.932066
1 8 0.517015 0.521501
2 8 0.271313 0.280452
3 8 0.443847 0.44409
5 8 0.148616 0.149353
6 8 0.173342 0.174318
7 8 0.235643 0.24517
8 8 0.18334 0.184728
9 8 0.131927 0.132952
10 8 0.208445 0.209535
11 8 0.529277 0.529707
15 8 0.419459 0.438031
e
0 9 -0.000139769 0
1 9 -0.00210062 0
2 9 -0.0226874 0
3 9 -0.00648111 0
5 9 0.149353 0.184782
6 9 0.174318 0.270289
7 9 0.24517 0.299146
8 9 0.184728 0.26107
9 9 0.132952 0.258996
10 9 0.209535 0.575631
11 9 0.529707 0.586405
12 9 0.282607 0.612118
13 9 0.237482 0.511044
14 9 0.92533 0.925845
15 9 0.438031 1.18385
e
0 10 0.932066 0.948782
1 10 0.521501 0.704476
2 10 0.280452 1.01906
3 10 0.44409 0.457161
4 10 0.650033 0.66822
5 10 0.184782 1.03886
6 10 0.270289 0.866988
7 10 0.299146 0.691082
8 10 0.26107 1.17811
9 10 0.258996 0.885714
10 10 0.575631 1.10449
11 10 0.586405 1.02713
12 10 -0.00115765 0
13 10 -0.00100199 0
14 10 -0.000147815 0
15 10 1.18385 1.18397
e
0 11 0.948782 0.95405
1 11 0.704476 0.804086
2 11 1.01906 1.11849
3 11 0.457161 0.814041
4 11 0.66822 0.758723
5 11 1.03886 1.06773
6 11 0.866988 0.965712
7 11 0.691082 0.728204
8 11 1.17811 1.20022
9 11 0.885714 0.930654
10 11 1.10449 1.15495
11 11 1.02713 1.05577
12 11 0.612118 0.879447
13 11 0.511044 0.857966
14 11 0.925845 1.015
15 11 1.18397 1.5006
16 11 0.0113417 0.819333
17 11 0.298866 1.21932
e
0 12 0.95405 1.00014
1 12 0.804086 1.0021
2 12 -0.11849 -0.0226874
3 12 0.814041 1.00648
4 12 0.758723 1
5 12 -0.0677286 0
6 12 0.965712 1
7 12 0.728204 1
8 12 -0.20022 0
9 12 0.930654 1
10 12 -0.154947 0
11 12 -0.055766 0
12 12 0.879447 1.00116
13 12 0.857966 1.001
14 12 -0.0149991 -0.000147815
15 12 -0.5006 0
16 12 0.819333 1
17 12 -0.219322 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.24577e-06:0.516242]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     2.47373e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 24.7 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin-then-futex unpinned", \
     4.57172e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 45.7 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.172081
1 0.00681531
2 0.00123681
3 0.00238566
4 0.00162615
5 0.00235985
6 0.00237487
7 0.00515619
8 0.0012527
9 0.00127213
10 0.00265918
11 0.00405016
12 8.5157e-05
13 9.83865e-05
14 0.00111154
15 0.0002887
16 6.1807e-05
17 8.731e-05
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-transport-only.svg"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-52.059968:152.059968]
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
0 1 0 0.751893
5 1 0 0.0242369
6 1 0 0.0211972
8 1 0 0.0456577
10 1 0 0.0215087
11 1 0 0.0141218
e
0 2 0.751893 0.927054
1 2 0 0.000102856
2 2 0 0.000566777
5 2 0.0242369 0.0364042
6 2 0.0211972 0.0421687
7 2 0 0.000135953
8 2 0.0456577 0.0685785
9 2 0 0.000551044
10 2 0.0215087 0.0323064
11 2 0.0141218 0.0212111
12 2 0 0.00823184
15 2 0 0.00242812
16 2 0 0.0113417
17 2 0 0.00802885
e
1 3 0.000102856 0.461779
e
0 4 0.927054 0.927957
1 4 0.461779 0.469779
2 4 0.000566777 0.0761319
3 4 0 0.00979394
4 4 0 0.0143683
5 4 0.0364042 0.0463053
6 4 0.0421687 0.071684
7 4 0.000135953 0.0273246
8 4 0.0685785 0.0872301
9 4 0.000551044 0.0372848
10 4 0.0323064 0.0498794
11 4 0.0212111 0.02698
12 4 0.00823184 0.282607
13 4 0 0.237482
17 4 0.00802885 0.298866
e
3 5 0.00979394 0.44093
4 5 0.0143683 0.646871
14 5 0 0.92533
e
0 6 0.927957 0.93172
1 6 0.469779 0.517015
2 6 0.0761319 0.271313
3 6 0.44093 0.443847
4 6 0.646871 0.650033
5 6 0.0463053 0.148616
6 6 0.071684 0.173342
7 6 0.0273246 0.0741413
8 6 0.0872301 0.18334
9 6 0.0372848 0.131927
10 6 0.0498794 0.208445
11 6 0.02698 0.0567065
15 6 0.00242812 0.419459
e
7 7 0.0741413 0.235643
11 7 0.0567065 0.529277
e
0 8 0.93172 0.932066
1 8 0.517015 0.521501
2 8 0.271313 0.280452
3 8 0.443847 0.44409
5 8 0.148616 0.149353
6 8 0.173342 0.174318
7 8 0.235643 0.24517
8 8 0.18334 0.184728
9 8 0.131927 0.132952
10 8 0.208445 0.209535
11 8 0.529277 0.529707
15 8 0.419459 0.438031
e
0 9 -0.000139769 0
1 9 -0.00210062 0
2 9 -0.0226874 0
3 9 -0.00648111 0
5 9 0.149353 0.184782
6 9 0.174318 0.270289
7 9 0.24517 0.299146
8 9 0.184728 0.26107
9 9 0.132952 0.258996
10 9 0.209535 0.575631
11 9 0.529707 0.586405
12 9 0.282607 0.612118
13 9 0.237482 0.511044
14 9 0.92533 0.925845
15 9 0.438031 1.18385
e
0 10 0.932066 0.948782
1 10 0.521501 0.704476
2 10 0.280452 1.01906
3 10 0.44409 0.457161
4 10 0.650033 0.66822
5 10 0.184782 1.03886
6 10 0.270289 0.866988
7 10 0.299146 0.691082
8 10 0.26107 1.17811
9 10 0.258996 0.885714
10 10 0.575631 1.10449
11 10 0.586405 1.02713
12 10 -0.00115765 0
13 10 -0.00100199 0
14 10 -0.000147815 0
15 10 1.18385 1.18397
e
0 11 0.948782 0.95405
1 11 0.704476 0.804086
2 11 1.01906 1.11849
3 11 0.457161 0.814041
4 11 0.66822 0.758723
5 11 1.03886 1.06773
6 11 0.866988 0.965712
7 11 0.691082 0.728204
8 11 1.17811 1.20022
9 11 0.885714 0.930654
10 11 1.10449 1.15495
11 11 1.02713 1.05577
12 11 0.612118 0.879447
13 11 0.511044 0.857966
14 11 0.925845 1.015
15 11 1.18397 1.5006
16 11 0.0113417 0.819333
17 11 0.298866 1.21932
e
0 12 0.95405 1.00014
1 12 0.804086 1.0021
2 12 -0.11849 -0.0226874
3 12 0.814041 1.00648
4 12 0.758723 1
5 12 -0.0677286 0
6 12 0.965712 1
7 12 0.728204 1
8 12 -0.20022 0
9 12 0.930654 1
10 12 -0.154947 0
11 12 -0.055766 0
12 12 0.879447 1.00116
13 12 0.857966 1.001
14 12 -0.0149991 -0.000147815
15 12 -0.5006 0
16 12 0.819333 1
17 12 -0.219322 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.24577e-06:0.516242]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     2.47373e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 24.7 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin-then-futex unpinned", \
     4.57172e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 45.7 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.172081
1 0.00681531
2 0.00123681
3 0.00238566
4 0.00162615
5 0.00235985
6 0.00237487
7 0.00515619
8 0.0012527
9 0.00127213
10 0.00265918
11 0.00405016
12 8.5157e-05
13 9.83865e-05
14 0.00111154
15 0.0002887
16 6.1807e-05
17 8.731e-05
e
unset multiplot
unset logscale y
set output
