# explain.py: explain-4194304-transport-only; data inline, run `gnuplot explain-4194304-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-33.129672:133.129672]
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
0 1 0 0.724819
5 1 0 0.0158693
6 1 0 0.022601
8 1 0 0.00873289
10 1 0 0.00773294
11 1 0 0.0101884
e
0 2 0.724819 0.916237
1 2 0 2.8397e-05
2 2 0 0.000153888
5 2 0.0158693 0.0238514
6 2 0.022601 0.0452459
7 2 0 4.54657e-05
8 2 0.00873289 0.0131254
9 2 0 0.000638859
10 2 0.00773294 0.0116225
11 2 0.0101884 0.0153131
12 2 0 0.00458589
15 2 0 0.000489095
16 2 0 0.0136454
17 2 0 0.00451802
e
1 3 2.8397e-05 0.455651
e
0 4 0.916237 0.918503
1 4 0.455651 0.462694
2 4 0.000153888 0.065584
3 4 0 0.0120153
4 4 0 0.0154232
5 4 0.0238514 0.0313235
6 4 0.0452459 0.0780182
7 4 4.54657e-05 0.0290421
8 4 0.0131254 0.0172373
9 4 0.000638859 0.136454
10 4 0.0116225 0.0189047
11 4 0.0153131 0.0201104
12 4 0.00458589 0.492043
13 4 0 0.474664
17 4 0.00451802 0.581738
e
3 5 0.0120153 0.601538
4 5 0.0154232 0.77215
14 5 0 1.0842
e
0 6 0.918503 0.92171
1 6 0.462694 0.513035
2 6 0.065584 0.270179
3 6 0.601538 0.602676
4 6 0.77215 0.77323
5 6 0.0313235 0.124787
6 6 0.0780182 0.214656
7 6 0.0290421 0.0894885
8 6 0.0172373 0.0401485
9 6 0.136454 0.514828
10 6 0.0189047 0.114809
11 6 0.0201104 0.0468403
15 6 0.000489095 0.290163
e
7 7 0.0894885 0.370398
11 7 0.0468403 0.455298
e
0 8 0.92171 0.922002
1 8 0.513035 0.517377
2 8 0.270179 0.278538
4 8 0.77323 0.77326
5 8 0.124787 0.124949
6 8 0.214656 0.215109
7 8 0.370398 0.38142
8 8 0.0401485 0.0405866
9 8 0.514828 0.517239
10 8 0.114809 0.115377
11 8 0.455298 0.455545
13 8 -0.000936481 0
15 8 0.290163 0.298676
e
0 9 0.922002 0.922089
1 9 0.517377 0.518024
2 9 0.278538 0.31871
3 9 -0.00182672 0
5 9 0.124949 0.144786
6 9 0.215109 0.280349
7 9 0.38142 0.424129
8 9 0.0405866 0.12184
9 9 0.517239 0.874084
10 9 0.115377 0.260198
11 9 0.455545 0.508712
12 9 0.492043 0.678266
13 9 0.474664 0.644898
14 9 1.0842 1.08437
15 9 0.298676 0.500125
e
0 10 0.922089 0.96223
1 10 0.518024 0.705209
2 10 0.31871 1.07142
3 10 0.602676 0.620223
4 10 0.77326 0.795783
5 10 0.144786 0.82866
6 10 0.280349 0.761184
7 10 0.424129 0.879798
8 10 0.12184 0.517717
9 10 0.874084 1.25844
10 10 0.260198 0.656524
11 10 0.508712 0.896385
12 10 -0.000667556 0
13 10 -0.00158652 -0.000936481
14 10 -5.04365e-05 0
15 10 -2.37321e-05 0
e
0 11 0.96223 0.963512
1 11 0.705209 0.733108
2 11 1.07142 1.0988
3 11 0.620223 0.759498
4 11 0.795783 0.826686
5 11 0.82866 0.83559
6 11 0.761184 0.796054
7 11 0.879798 0.892392
8 11 0.517717 0.519268
9 11 1.25844 1.3113
10 11 0.656524 0.663175
11 11 0.896385 0.903959
12 11 0.678266 0.829348
13 11 0.644898 0.865476
14 11 1.08437 1.11419
15 11 0.500125 0.564827
16 11 0.0136454 0.999812
17 11 0.581738 1.10719
e
0 12 0.963512 1
1 12 0.733108 1
2 12 -0.0988035 0
3 12 0.759498 1.00183
4 12 0.826686 1
5 12 0.83559 1
6 12 0.796054 1
7 12 0.892392 1
8 12 0.519268 1
9 12 -0.311297 0
10 12 0.663175 1
11 12 0.903959 1
12 12 0.829348 1.00067
13 12 0.865476 1.00159
14 12 -0.114186 -5.04365e-05
15 12 0.564827 1.00002
16 12 0.999812 1
17 12 -0.107193 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.688e-05:2.12094]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     8.30205e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 83.0 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin unpinned", \
     0.000152517 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 152.5 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.706979
1 0.0243336
2 0.00449029
3 0.00611303
4 0.00476231
5 0.00982983
6 0.00672368
7 0.0151983
8 0.0178627
9 0.00108162
10 0.0201725
11 0.0153108
12 0.00015068
13 0.000154741
14 0.0033239
15 0.00141282
16 5.064e-05
17 0.000152943
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
set yrange [-33.129672:133.129672]
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
0 1 0 0.724819
5 1 0 0.0158693
6 1 0 0.022601
8 1 0 0.00873289
10 1 0 0.00773294
11 1 0 0.0101884
e
0 2 0.724819 0.916237
1 2 0 2.8397e-05
2 2 0 0.000153888
5 2 0.0158693 0.0238514
6 2 0.022601 0.0452459
7 2 0 4.54657e-05
8 2 0.00873289 0.0131254
9 2 0 0.000638859
10 2 0.00773294 0.0116225
11 2 0.0101884 0.0153131
12 2 0 0.00458589
15 2 0 0.000489095
16 2 0 0.0136454
17 2 0 0.00451802
e
1 3 2.8397e-05 0.455651
e
0 4 0.916237 0.918503
1 4 0.455651 0.462694
2 4 0.000153888 0.065584
3 4 0 0.0120153
4 4 0 0.0154232
5 4 0.0238514 0.0313235
6 4 0.0452459 0.0780182
7 4 4.54657e-05 0.0290421
8 4 0.0131254 0.0172373
9 4 0.000638859 0.136454
10 4 0.0116225 0.0189047
11 4 0.0153131 0.0201104
12 4 0.00458589 0.492043
13 4 0 0.474664
17 4 0.00451802 0.581738
e
3 5 0.0120153 0.601538
4 5 0.0154232 0.77215
14 5 0 1.0842
e
0 6 0.918503 0.92171
1 6 0.462694 0.513035
2 6 0.065584 0.270179
3 6 0.601538 0.602676
4 6 0.77215 0.77323
5 6 0.0313235 0.124787
6 6 0.0780182 0.214656
7 6 0.0290421 0.0894885
8 6 0.0172373 0.0401485
9 6 0.136454 0.514828
10 6 0.0189047 0.114809
11 6 0.0201104 0.0468403
15 6 0.000489095 0.290163
e
7 7 0.0894885 0.370398
11 7 0.0468403 0.455298
e
0 8 0.92171 0.922002
1 8 0.513035 0.517377
2 8 0.270179 0.278538
4 8 0.77323 0.77326
5 8 0.124787 0.124949
6 8 0.214656 0.215109
7 8 0.370398 0.38142
8 8 0.0401485 0.0405866
9 8 0.514828 0.517239
10 8 0.114809 0.115377
11 8 0.455298 0.455545
13 8 -0.000936481 0
15 8 0.290163 0.298676
e
0 9 0.922002 0.922089
1 9 0.517377 0.518024
2 9 0.278538 0.31871
3 9 -0.00182672 0
5 9 0.124949 0.144786
6 9 0.215109 0.280349
7 9 0.38142 0.424129
8 9 0.0405866 0.12184
9 9 0.517239 0.874084
10 9 0.115377 0.260198
11 9 0.455545 0.508712
12 9 0.492043 0.678266
13 9 0.474664 0.644898
14 9 1.0842 1.08437
15 9 0.298676 0.500125
e
0 10 0.922089 0.96223
1 10 0.518024 0.705209
2 10 0.31871 1.07142
3 10 0.602676 0.620223
4 10 0.77326 0.795783
5 10 0.144786 0.82866
6 10 0.280349 0.761184
7 10 0.424129 0.879798
8 10 0.12184 0.517717
9 10 0.874084 1.25844
10 10 0.260198 0.656524
11 10 0.508712 0.896385
12 10 -0.000667556 0
13 10 -0.00158652 -0.000936481
14 10 -5.04365e-05 0
15 10 -2.37321e-05 0
e
0 11 0.96223 0.963512
1 11 0.705209 0.733108
2 11 1.07142 1.0988
3 11 0.620223 0.759498
4 11 0.795783 0.826686
5 11 0.82866 0.83559
6 11 0.761184 0.796054
7 11 0.879798 0.892392
8 11 0.517717 0.519268
9 11 1.25844 1.3113
10 11 0.656524 0.663175
11 11 0.896385 0.903959
12 11 0.678266 0.829348
13 11 0.644898 0.865476
14 11 1.08437 1.11419
15 11 0.500125 0.564827
16 11 0.0136454 0.999812
17 11 0.581738 1.10719
e
0 12 0.963512 1
1 12 0.733108 1
2 12 -0.0988035 0
3 12 0.759498 1.00183
4 12 0.826686 1
5 12 0.83559 1
6 12 0.796054 1
7 12 0.892392 1
8 12 0.519268 1
9 12 -0.311297 0
10 12 0.663175 1
11 12 0.903959 1
12 12 0.829348 1.00067
13 12 0.865476 1.00159
14 12 -0.114186 -5.04365e-05
15 12 0.564827 1.00002
16 12 0.999812 1
17 12 -0.107193 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.688e-05:2.12094]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     8.30205e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 83.0 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin unpinned", \
     0.000152517 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 152.5 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.706979
1 0.0243336
2 0.00449029
3 0.00611303
4 0.00476231
5 0.00982983
6 0.00672368
7 0.0151983
8 0.0178627
9 0.00108162
10 0.0201725
11 0.0153108
12 0.00015068
13 0.000154741
14 0.0033239
15 0.00141282
16 5.064e-05
17 0.000152943
e
unset multiplot
unset logscale y
set output
