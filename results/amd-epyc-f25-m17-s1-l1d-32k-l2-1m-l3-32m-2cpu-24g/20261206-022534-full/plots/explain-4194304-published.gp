# explain.py: explain-4194304-published; data inline, run `gnuplot explain-4194304-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-published.png"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-2.006167:102.006167]
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
0 0 0 0.0111082
1 0 0 0.219958
2 0 0 0.632904
3 0 0 0.522813
4 0 0 0.611176
5 0 0 0.468351
6 0 0 0.363433
7 0 0 0.280367
8 0 0 0.457146
9 0 0 0.650461
10 0 0 0.352655
11 0 0 0.300917
12 0 0 0.956168
13 0 0 0.911051
14 0 0 0.653767
15 0 0 0.643828
16 0 0 0.912563
17 0 0 0.891562
e
0 1 0.0111082 0.723821
5 1 0.468351 0.480919
6 1 0.363433 0.372968
8 1 0.457146 0.469414
10 1 0.352655 0.362119
11 1 0.300917 0.308993
e
0 2 0.723821 0.916453
1 2 0.219958 0.219978
2 2 0.632904 0.632962
5 2 0.480919 0.48613
6 2 0.372968 0.382254
7 2 0.280367 0.280393
8 2 0.469414 0.474501
9 2 0.650461 0.65052
10 2 0.362119 0.366043
11 2 0.308993 0.312341
12 2 0.956168 0.956256
15 2 0.643828 0.643888
16 2 0.912563 0.912647
17 2 0.891562 0.891644
e
1 3 0.219978 0.611075
e
0 4 0.916453 0.91808
1 4 0.611075 0.616349
2 4 0.632962 0.658978
3 4 0.522813 0.528185
4 4 0.611176 0.617457
5 4 0.48613 0.490943
6 4 0.382254 0.393458
7 4 0.280393 0.29768
8 4 0.474501 0.479198
9 4 0.65052 0.663889
10 4 0.366043 0.373291
11 4 0.312341 0.315433
12 4 0.956256 0.966082
13 4 0.911051 0.920413
16 4 0.912647 0.922024
17 4 0.891644 0.910743
e
3 5 0.528185 0.768825
4 5 0.617457 0.898768
14 5 0.653767 0.954682
e
0 6 0.91808 0.921896
1 6 0.616349 0.644856
2 6 0.658978 0.720495
3 6 0.768825 0.769231
4 6 0.898768 0.899124
5 6 0.490943 0.536468
6 6 0.393458 0.428784
7 6 0.29768 0.324931
8 6 0.479198 0.508703
9 6 0.663889 0.70587
10 6 0.373291 0.426742
11 6 0.315433 0.334855
15 6 0.643888 0.685441
e
7 7 0.324931 0.435021
11 7 0.334855 0.591068
e
0 8 0.921896 0.922216
1 8 0.644856 0.648172
2 8 0.720495 0.723874
3 8 0.769231 0.769242
5 8 0.536468 0.536545
6 8 0.428784 0.429157
7 8 0.435021 0.441614
8 8 0.508703 0.508928
9 8 0.70587 0.705964
10 8 0.426742 0.427256
11 8 0.591068 0.591117
12 8 -1.96373e-05 0
13 8 -3.74215e-05 0
15 8 0.685441 0.686671
e
0 9 0.922216 0.922284
1 9 0.648172 0.648505
2 9 0.723874 0.72579
3 9 -6.16666e-05 0
4 9 0.899124 0.899148
5 9 0.536545 0.539878
6 9 0.429157 0.432065
7 9 0.441614 0.448641
8 9 0.508928 0.520611
9 9 0.705964 0.726884
10 9 0.427256 0.510234
11 9 0.591117 0.605066
12 9 0.966082 0.968112
13 9 0.920413 0.922813
14 9 0.954682 0.956584
15 9 0.686671 0.733855
16 9 0.922024 0.923782
17 9 0.910743 0.91246
e
0 10 0.922284 0.939474
1 10 0.648505 0.743912
3 10 0.769242 0.774581
4 10 0.899148 0.905391
5 10 0.539878 0.870458
6 10 0.432065 0.681091
7 10 0.448641 0.633381
8 10 0.520611 0.750191
9 10 0.726884 0.91474
10 10 0.510234 0.623915
11 10 0.605066 0.791639
e
0 11 0.939474 0.940511
1 11 0.743912 0.764085
2 11 0.72579 0.734008
3 11 0.774581 0.836704
4 11 0.905391 0.926096
5 11 0.870458 0.875438
6 11 0.681091 0.693202
7 11 0.633381 0.641035
8 11 0.750191 0.753424
9 11 0.91474 0.917413
10 11 0.623915 0.628767
11 11 0.791639 0.79689
12 11 0.968112 0.972762
13 11 0.922813 0.930379
14 11 0.956584 0.966833
15 11 0.733855 0.746338
16 11 0.923782 0.929699
17 11 0.91246 0.918162
e
0 12 0.940511 1
1 12 0.764085 1
2 12 0.734008 1
3 12 0.836704 1.00006
4 12 0.926096 1
5 12 0.875438 1
6 12 0.693202 1
7 12 0.641035 1
8 12 0.753424 1
9 12 0.917413 1
10 12 0.628767 1
11 12 0.79689 1
12 12 0.972762 1.00002
13 12 0.930379 1.00004
14 12 0.966833 1
15 12 0.746338 1
16 12 0.929699 1
17 12 0.918162 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [3.38719e-05:2.26329]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000101616 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 101.6 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin cross-core", \
     0.000160931 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 160.9 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.754429
1 0.0380996
2 0.013241
3 0.0160293
4 0.0137118
5 0.0178932
6 0.0230587
7 0.0298905
8 0.0183318
9 0.0128837
10 0.0237635
11 0.0278492
12 0.00876448
13 0.00919851
14 0.0128185
15 0.0130164
16 0.00918327
17 0.00939959
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-published.svg"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-2.006167:102.006167]
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
0 0 0 0.0111082
1 0 0 0.219958
2 0 0 0.632904
3 0 0 0.522813
4 0 0 0.611176
5 0 0 0.468351
6 0 0 0.363433
7 0 0 0.280367
8 0 0 0.457146
9 0 0 0.650461
10 0 0 0.352655
11 0 0 0.300917
12 0 0 0.956168
13 0 0 0.911051
14 0 0 0.653767
15 0 0 0.643828
16 0 0 0.912563
17 0 0 0.891562
e
0 1 0.0111082 0.723821
5 1 0.468351 0.480919
6 1 0.363433 0.372968
8 1 0.457146 0.469414
10 1 0.352655 0.362119
11 1 0.300917 0.308993
e
0 2 0.723821 0.916453
1 2 0.219958 0.219978
2 2 0.632904 0.632962
5 2 0.480919 0.48613
6 2 0.372968 0.382254
7 2 0.280367 0.280393
8 2 0.469414 0.474501
9 2 0.650461 0.65052
10 2 0.362119 0.366043
11 2 0.308993 0.312341
12 2 0.956168 0.956256
15 2 0.643828 0.643888
16 2 0.912563 0.912647
17 2 0.891562 0.891644
e
1 3 0.219978 0.611075
e
0 4 0.916453 0.91808
1 4 0.611075 0.616349
2 4 0.632962 0.658978
3 4 0.522813 0.528185
4 4 0.611176 0.617457
5 4 0.48613 0.490943
6 4 0.382254 0.393458
7 4 0.280393 0.29768
8 4 0.474501 0.479198
9 4 0.65052 0.663889
10 4 0.366043 0.373291
11 4 0.312341 0.315433
12 4 0.956256 0.966082
13 4 0.911051 0.920413
16 4 0.912647 0.922024
17 4 0.891644 0.910743
e
3 5 0.528185 0.768825
4 5 0.617457 0.898768
14 5 0.653767 0.954682
e
0 6 0.91808 0.921896
1 6 0.616349 0.644856
2 6 0.658978 0.720495
3 6 0.768825 0.769231
4 6 0.898768 0.899124
5 6 0.490943 0.536468
6 6 0.393458 0.428784
7 6 0.29768 0.324931
8 6 0.479198 0.508703
9 6 0.663889 0.70587
10 6 0.373291 0.426742
11 6 0.315433 0.334855
15 6 0.643888 0.685441
e
7 7 0.324931 0.435021
11 7 0.334855 0.591068
e
0 8 0.921896 0.922216
1 8 0.644856 0.648172
2 8 0.720495 0.723874
3 8 0.769231 0.769242
5 8 0.536468 0.536545
6 8 0.428784 0.429157
7 8 0.435021 0.441614
8 8 0.508703 0.508928
9 8 0.70587 0.705964
10 8 0.426742 0.427256
11 8 0.591068 0.591117
12 8 -1.96373e-05 0
13 8 -3.74215e-05 0
15 8 0.685441 0.686671
e
0 9 0.922216 0.922284
1 9 0.648172 0.648505
2 9 0.723874 0.72579
3 9 -6.16666e-05 0
4 9 0.899124 0.899148
5 9 0.536545 0.539878
6 9 0.429157 0.432065
7 9 0.441614 0.448641
8 9 0.508928 0.520611
9 9 0.705964 0.726884
10 9 0.427256 0.510234
11 9 0.591117 0.605066
12 9 0.966082 0.968112
13 9 0.920413 0.922813
14 9 0.954682 0.956584
15 9 0.686671 0.733855
16 9 0.922024 0.923782
17 9 0.910743 0.91246
e
0 10 0.922284 0.939474
1 10 0.648505 0.743912
3 10 0.769242 0.774581
4 10 0.899148 0.905391
5 10 0.539878 0.870458
6 10 0.432065 0.681091
7 10 0.448641 0.633381
8 10 0.520611 0.750191
9 10 0.726884 0.91474
10 10 0.510234 0.623915
11 10 0.605066 0.791639
e
0 11 0.939474 0.940511
1 11 0.743912 0.764085
2 11 0.72579 0.734008
3 11 0.774581 0.836704
4 11 0.905391 0.926096
5 11 0.870458 0.875438
6 11 0.681091 0.693202
7 11 0.633381 0.641035
8 11 0.750191 0.753424
9 11 0.91474 0.917413
10 11 0.623915 0.628767
11 11 0.791639 0.79689
12 11 0.968112 0.972762
13 11 0.922813 0.930379
14 11 0.956584 0.966833
15 11 0.733855 0.746338
16 11 0.923782 0.929699
17 11 0.91246 0.918162
e
0 12 0.940511 1
1 12 0.764085 1
2 12 0.734008 1
3 12 0.836704 1.00006
4 12 0.926096 1
5 12 0.875438 1
6 12 0.693202 1
7 12 0.641035 1
8 12 0.753424 1
9 12 0.917413 1
10 12 0.628767 1
11 12 0.79689 1
12 12 0.972762 1.00002
13 12 0.930379 1.00004
14 12 0.966833 1
15 12 0.746338 1
16 12 0.929699 1
17 12 0.918162 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [3.38719e-05:2.26329]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000101616 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 101.6 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin cross-core", \
     0.000160931 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 160.9 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.754429
1 0.0380996
2 0.013241
3 0.0160293
4 0.0137118
5 0.0178932
6 0.0230587
7 0.0298905
8 0.0183318
9 0.0128837
10 0.0237635
11 0.0278492
12 0.00876448
13 0.00919851
14 0.0128185
15 0.0130164
16 0.00918327
17 0.00939959
e
unset multiplot
unset logscale y
set output
