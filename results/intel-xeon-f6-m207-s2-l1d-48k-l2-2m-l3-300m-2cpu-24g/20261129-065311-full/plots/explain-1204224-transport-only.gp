# explain.py: explain-1204224-transport-only; data inline, run `gnuplot explain-1204224-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-10.567971:110.567971]
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
0 1 0 0.594632
5 1 0 0.195258
6 1 0 0.101588
8 1 0 0.215042
10 1 0 0.143779
11 1 0 0.095982
e
0 2 0.594632 0.735318
1 2 0 8.7523e-05
2 2 0 0.000718233
5 2 0.195258 0.284361
6 2 0.101588 0.204301
7 2 0 0.000174172
8 2 0.215042 0.313172
9 2 0 0.00165338
10 2 0.143779 0.20939
11 2 0.095982 0.139782
12 2 0 0.00387958
15 2 0 0.00175469
16 2 0 0.0261517
17 2 0 0.00711815
e
1 3 8.7523e-05 0.845144
e
0 4 0.735318 0.737763
1 4 0.845144 0.864635
2 4 0.000718233 0.27488
3 4 0 0.0186872
4 4 0 0.034725
5 4 0.284361 0.356917
6 4 0.204301 0.320933
7 4 0.000174172 0.0999009
8 4 0.313172 0.39308
9 4 0.00165338 0.317215
10 4 0.20939 0.316244
11 4 0.139782 0.175448
12 4 0.00387958 0.374105
13 4 0 0.5168
17 4 0.00711815 0.460648
e
3 5 0.0186872 0.217146
4 5 0.034725 0.403506
14 5 0 0.710685
e
0 6 0.737763 0.739597
1 6 0.864635 0.902733
2 6 0.27488 0.509321
3 6 0.217146 0.218391
4 6 0.403506 0.40483
5 6 0.356917 0.60513
6 6 0.320933 0.453921
7 6 0.0999009 0.156751
8 6 0.39308 0.709975
9 6 0.317215 0.942933
10 6 0.316244 0.750884
11 6 0.175448 0.316891
15 6 0.00175469 0.665815
e
7 7 0.156751 0.408886
11 7 0.316891 0.949829
e
0 8 0.739597 0.739737
1 8 0.902733 0.905619
2 8 0.509321 0.518306
3 8 0.218391 0.218556
4 8 -6.15195e-05 0
5 8 0.60513 0.605387
6 8 0.453921 0.456125
7 8 0.408886 0.418133
8 8 0.709975 0.710824
9 8 0.942933 0.94433
10 8 0.750884 0.752493
11 8 0.949829 0.950208
15 8 0.665815 0.676792
e
0 9 0.739737 0.739819
1 9 0.905619 0.905652
2 9 0.518306 0.518416
3 9 0.218556 0.218765
4 9 -0.000227729 -6.15195e-05
5 9 0.605387 0.609786
6 9 0.456125 0.463941
7 9 0.418133 0.418557
8 9 0.710824 0.736323
9 9 0.94433 0.963462
10 9 0.752493 0.851544
11 9 0.950208 0.952826
12 9 -0.000590688 0
14 9 0.710685 0.710899
15 9 0.676792 0.732361
17 9 -0.0400998 0
e
3 10 0.218765 0.224304
4 10 0.40483 0.415124
6 10 -1.28051e-05 0
8 10 -7.89579e-05 0
10 10 -1.75973e-05 0
11 10 -2.34948e-05 0
13 10 -0.000340437 0
14 10 -4.40824e-05 0
15 10 0.732361 0.732416
e
0 11 0.739819 0.753337
1 11 0.905652 1.08568
2 11 0.518416 0.618639
3 11 0.224304 0.854821
4 11 0.415124 0.514074
5 11 0.609786 0.652849
6 11 0.463941 0.623818
7 11 0.418557 0.466048
8 11 0.736323 0.796436
9 11 0.963462 1.04157
10 11 0.851544 0.905353
11 11 0.952826 1.03139
12 11 0.374105 0.59463
13 11 0.5168 0.867941
14 11 0.710899 0.779361
15 11 0.732416 0.924139
16 11 0.0261517 0.961258
17 11 0.460648 0.756081
e
0 12 0.753337 1
1 12 -0.0856797 0
2 12 0.618639 1
3 12 0.854821 1
4 12 0.514074 1.00023
5 12 0.652849 1
6 12 0.623818 1.00001
7 12 0.466048 1
8 12 0.796436 1.00008
9 12 -0.0415684 0
10 12 0.905353 1.00002
11 12 -0.0313934 -2.34948e-05
12 12 0.59463 1.00059
13 12 0.867941 1.00034
14 12 0.779361 1.00004
15 12 0.924139 1
16 12 0.961258 1
17 12 0.756081 1.0401
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.41883e-06:0.921938]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     7.51077e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 75.1 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout cross-core", \
     5.60746e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 56.1 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.307313
1 0.0075466
2 0.000919618
3 0.00337295
4 0.00181515
5 0.000868717
6 0.00162128
7 0.00379222
8 0.000788795
9 0.000399485
10 0.00117976
11 0.00176725
12 0.000170251
13 0.000121964
14 0.000941896
15 0.000376419
16 2.52565e-05
17 9.2791e-05
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
set yrange [-10.567971:110.567971]
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
0 1 0 0.594632
5 1 0 0.195258
6 1 0 0.101588
8 1 0 0.215042
10 1 0 0.143779
11 1 0 0.095982
e
0 2 0.594632 0.735318
1 2 0 8.7523e-05
2 2 0 0.000718233
5 2 0.195258 0.284361
6 2 0.101588 0.204301
7 2 0 0.000174172
8 2 0.215042 0.313172
9 2 0 0.00165338
10 2 0.143779 0.20939
11 2 0.095982 0.139782
12 2 0 0.00387958
15 2 0 0.00175469
16 2 0 0.0261517
17 2 0 0.00711815
e
1 3 8.7523e-05 0.845144
e
0 4 0.735318 0.737763
1 4 0.845144 0.864635
2 4 0.000718233 0.27488
3 4 0 0.0186872
4 4 0 0.034725
5 4 0.284361 0.356917
6 4 0.204301 0.320933
7 4 0.000174172 0.0999009
8 4 0.313172 0.39308
9 4 0.00165338 0.317215
10 4 0.20939 0.316244
11 4 0.139782 0.175448
12 4 0.00387958 0.374105
13 4 0 0.5168
17 4 0.00711815 0.460648
e
3 5 0.0186872 0.217146
4 5 0.034725 0.403506
14 5 0 0.710685
e
0 6 0.737763 0.739597
1 6 0.864635 0.902733
2 6 0.27488 0.509321
3 6 0.217146 0.218391
4 6 0.403506 0.40483
5 6 0.356917 0.60513
6 6 0.320933 0.453921
7 6 0.0999009 0.156751
8 6 0.39308 0.709975
9 6 0.317215 0.942933
10 6 0.316244 0.750884
11 6 0.175448 0.316891
15 6 0.00175469 0.665815
e
7 7 0.156751 0.408886
11 7 0.316891 0.949829
e
0 8 0.739597 0.739737
1 8 0.902733 0.905619
2 8 0.509321 0.518306
3 8 0.218391 0.218556
4 8 -6.15195e-05 0
5 8 0.60513 0.605387
6 8 0.453921 0.456125
7 8 0.408886 0.418133
8 8 0.709975 0.710824
9 8 0.942933 0.94433
10 8 0.750884 0.752493
11 8 0.949829 0.950208
15 8 0.665815 0.676792
e
0 9 0.739737 0.739819
1 9 0.905619 0.905652
2 9 0.518306 0.518416
3 9 0.218556 0.218765
4 9 -0.000227729 -6.15195e-05
5 9 0.605387 0.609786
6 9 0.456125 0.463941
7 9 0.418133 0.418557
8 9 0.710824 0.736323
9 9 0.94433 0.963462
10 9 0.752493 0.851544
11 9 0.950208 0.952826
12 9 -0.000590688 0
14 9 0.710685 0.710899
15 9 0.676792 0.732361
17 9 -0.0400998 0
e
3 10 0.218765 0.224304
4 10 0.40483 0.415124
6 10 -1.28051e-05 0
8 10 -7.89579e-05 0
10 10 -1.75973e-05 0
11 10 -2.34948e-05 0
13 10 -0.000340437 0
14 10 -4.40824e-05 0
15 10 0.732361 0.732416
e
0 11 0.739819 0.753337
1 11 0.905652 1.08568
2 11 0.518416 0.618639
3 11 0.224304 0.854821
4 11 0.415124 0.514074
5 11 0.609786 0.652849
6 11 0.463941 0.623818
7 11 0.418557 0.466048
8 11 0.736323 0.796436
9 11 0.963462 1.04157
10 11 0.851544 0.905353
11 11 0.952826 1.03139
12 11 0.374105 0.59463
13 11 0.5168 0.867941
14 11 0.710899 0.779361
15 11 0.732416 0.924139
16 11 0.0261517 0.961258
17 11 0.460648 0.756081
e
0 12 0.753337 1
1 12 -0.0856797 0
2 12 0.618639 1
3 12 0.854821 1
4 12 0.514074 1.00023
5 12 0.652849 1
6 12 0.623818 1.00001
7 12 0.466048 1
8 12 0.796436 1.00008
9 12 -0.0415684 0
10 12 0.905353 1.00002
11 12 -0.0313934 -2.34948e-05
12 12 0.59463 1.00059
13 12 0.867941 1.00034
14 12 0.779361 1.00004
15 12 0.924139 1
16 12 0.961258 1
17 12 0.756081 1.0401
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.41883e-06:0.921938]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     7.51077e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 75.1 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout cross-core", \
     5.60746e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 56.1 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.307313
1 0.0075466
2 0.000919618
3 0.00337295
4 0.00181515
5 0.000868717
6 0.00162128
7 0.00379222
8 0.000788795
9 0.000399485
10 0.00117976
11 0.00176725
12 0.000170251
13 0.000121964
14 0.000941896
15 0.000376419
16 2.52565e-05
17 9.2791e-05
e
unset multiplot
unset logscale y
set output
