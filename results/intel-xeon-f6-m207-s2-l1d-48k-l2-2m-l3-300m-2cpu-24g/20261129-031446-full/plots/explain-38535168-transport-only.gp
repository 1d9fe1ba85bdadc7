# explain.py: explain-38535168-transport-only; data inline, run `gnuplot explain-38535168-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-55.885311:155.885311]
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
0 1 0 0.537266
5 1 0 0.415026
6 1 0 0.252212
8 1 0 0.549465
10 1 0 0.368995
11 1 0 0.162618
e
0 2 0.537266 0.732312
1 2 0 1.2022e-06
2 2 0 5.91628e-06
5 2 0.415026 0.617242
6 2 0.252212 0.486266
7 2 0 3.25372e-06
8 2 0.549465 0.817185
9 2 0 1.8646e-05
10 2 0.368995 0.548784
11 2 0.162618 0.241852
12 2 0 0.000168905
15 2 0 2.52218e-05
16 2 0 0.0342984
17 2 0 0.000317363
e
1 3 1.2022e-06 0.392089
e
0 4 0.732312 0.736944
1 4 0.392089 0.419091
2 4 5.91628e-06 0.184755
3 4 0 0.0748764
4 4 0 0.0896383
5 4 0.617242 0.654088
6 4 0.486266 0.558286
7 4 3.25372e-06 0.15241
8 4 0.817185 0.865966
9 4 1.8646e-05 0.291151
10 4 0.548784 0.614302
11 4 0.241852 0.256289
12 4 0.000168905 1.31878
13 4 0 1.44692
17 4 0.000317363 0.754832
e
3 5 0.0748764 0.52473
4 5 0.0896383 0.62818
14 5 0 0.841317
e
0 6 0.736944 0.740097
1 6 0.419091 0.455067
2 6 0.184755 0.291667
3 6 0.52473 0.524779
4 6 0.62818 0.628235
5 6 0.654088 0.739377
6 6 0.558286 0.613855
7 6 0.15241 0.211208
8 6 0.865966 0.956547
9 6 0.291151 0.56145
10 6 0.614302 0.789199
11 6 0.256289 0.283097
15 6 2.52218e-05 0.365648
e
7 7 0.211208 0.39131
11 7 0.283097 0.599148
e
0 8 0.740097 0.740275
1 8 0.455067 0.456929
2 8 0.291667 0.2952
3 8 0.524779 0.524792
4 8 0.628235 0.628251
5 8 0.739377 0.73943
6 8 0.613855 0.614041
7 8 0.39131 0.399048
8 8 0.956547 0.95681
9 8 0.56145 0.561998
10 8 0.789199 0.791256
11 8 0.599148 0.599153
14 8 0.841317 0.841321
15 8 0.365648 0.369777
e
0 9 0.740275 0.740334
1 9 0.456929 0.457441
2 9 0.2952 0.295282
3 9 0.524792 0.524849
5 9 0.73943 0.739943
6 9 0.614041 0.616043
7 9 0.399048 0.40005
8 9 0.95681 0.960205
9 9 0.561998 0.569397
10 9 0.791256 0.813598
11 9 0.599153 0.602695
12 9 1.31878 1.32175
13 9 -6.71355e-05 0
15 9 0.369777 0.404243
16 9 0.0342984 0.313836
17 9 0.754832 0.757649
e
0 10 0.740334 0.767178
1 10 0.457441 0.660673
2 10 0.295282 0.907614
3 10 0.524849 0.555838
4 10 0.628251 0.665342
5 10 0.739943 0.986706
6 10 0.616043 0.960586
7 10 0.40005 0.746405
8 10 -1.46938e-06 0
9 10 0.569397 0.886036
10 10 0.813598 1.04148
11 10 0.602695 0.705558
12 10 -2.97893e-05 0
13 10 -9.98233e-05 -6.71355e-05
14 10 -4.21808e-06 0
15 10 0.404243 1.08617
e
0 11 0.767178 0.767362
1 11 0.660673 0.664011
2 11 0.907614 0.908464
3 11 0.555838 0.584382
4 11 0.665342 0.669629
5 11 0.986706 0.987008
6 11 0.960586 0.961789
7 11 0.746405 0.748793
8 11 0.960205 0.960754
9 11 0.886036 0.886859
10 11 1.04148 1.04184
11 11 0.705558 0.705778
12 11 1.32175 1.33419
13 11 1.44692 1.45761
14 11 0.841321 0.843506
15 11 1.08617 1.08891
16 11 0.313836 1.53885
17 11 0.757649 0.770179
e
0 12 0.767362 1
1 12 0.664011 1
2 12 0.908464 1
3 12 0.584382 1
4 12 0.669629 1
5 12 0.987008 1
6 12 0.961789 1
7 12 0.748793 1
8 12 0.960754 1
9 12 0.886859 1
10 12 -0.0418371 0
11 12 0.705778 1
12 12 -0.334187 -2.97893e-05
13 12 -0.457612 -9.98233e-05
14 12 0.843506 1
15 12 -0.0889107 0
16 12 -0.538853 0
17 12 0.770179 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [6.01583e-06:32.4516]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00385321 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 3.85 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream unpinned", \
     0.00538951 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 5.39 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 10.8172
1 0.51489
2 0.104627
3 0.0645387
4 0.0539103
5 0.131153
6 0.201297
7 0.190244
8 0.0990635
9 0.0331974
10 0.147514
11 0.334722
12 0.00366478
13 0.00333981
14 0.0345089
15 0.0245423
16 1.80475e-05
17 0.00195045
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-transport-only.svg"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-55.885311:155.885311]
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
0 1 0 0.537266
5 1 0 0.415026
6 1 0 0.252212
8 1 0 0.549465
10 1 0 0.368995
11 1 0 0.162618
e
0 2 0.537266 0.732312
1 2 0 1.2022e-06
2 2 0 5.91628e-06
5 2 0.415026 0.617242
6 2 0.252212 0.486266
7 2 0 3.25372e-06
8 2 0.549465 0.817185
9 2 0 1.8646e-05
10 2 0.368995 0.548784
11 2 0.162618 0.241852
12 2 0 0.000168905
15 2 0 2.52218e-05
16 2 0 0.0342984
17 2 0 0.000317363
e
1 3 1.2022e-06 0.392089
e
0 4 0.732312 0.736944
1 4 0.392089 0.419091
2 4 5.91628e-06 0.184755
3 4 0 0.0748764
4 4 0 0.0896383
5 4 0.617242 0.654088
6 4 0.486266 0.558286
7 4 3.25372e-06 0.15241
8 4 0.817185 0.865966
9 4 1.8646e-05 0.291151
10 4 0.548784 0.614302
11 4 0.241852 0.256289
12 4 0.000168905 1.31878
13 4 0 1.44692
17 4 0.000317363 0.754832
e
3 5 0.0748764 0.52473
4 5 0.0896383 0.62818
14 5 0 0.841317
e
0 6 0.736944 0.740097
1 6 0.419091 0.455067
2 6 0.184755 0.291667
3 6 0.52473 0.524779
4 6 0.62818 0.628235
5 6 0.654088 0.739377
6 6 0.558286 0.613855
7 6 0.15241 0.211208
8 6 0.865966 0.956547
9 6 0.291151 0.56145
10 6 0.614302 0.789199
11 6 0.256289 0.283097
15 6 2.52218e-05 0.365648
e
7 7 0.211208 0.39131
11 7 0.283097 0.599148
e
0 8 0.740097 0.740275
1 8 0.455067 0.456929
2 8 0.291667 0.2952
3 8 0.524779 0.524792
4 8 0.628235 0.628251
5 8 0.739377 0.73943
6 8 0.613855 0.614041
7 8 0.39131 0.399048
8 8 0.956547 0.95681
9 8 0.56145 0.561998
10 8 0.789199 0.791256
11 8 0.599148 0.599153
14 8 0.841317 0.841321
15 8 0.365648 0.369777
e
0 9 0.740275 0.740334
1 9 0.456929 0.457441
2 9 0.2952 0.295282
3 9 0.524792 0.524849
5 9 0.73943 0.739943
6 9 0.614041 0.616043
7 9 0.399048 0.40005
8 9 0.95681 0.960205
9 9 0.561998 0.569397
10 9 0.791256 0.813598
11 9 0.599153 0.602695
12 9 1.31878 1.32175
13 9 -6.71355e-05 0
15 9 0.369777 0.404243
16 9 0.0342984 0.313836
17 9 0.754832 0.757649
e
0 10 0.740334 0.767178
1 10 0.457441 0.660673
2 10 0.295282 0.907614
3 10 0.524849 0.555838
4 10 0.628251 0.665342
5 10 0.739943 0.986706
6 10 0.616043 0.960586
7 10 0.40005 0.746405
8 10 -1.46938e-06 0
9 10 0.569397 0.886036
10 10 0.813598 1.04148
11 10 0.602695 0.705558
12 10 -2.97893e-05 0
13 10 -9.98233e-05 -6.71355e-05
14 10 -4.21808e-06 0
15 10 0.404243 1.08617
e
0 11 0.767178 0.767362
1 11 0.660673 0.664011
2 11 0.907614 0.908464
3 11 0.555838 0.584382
4 11 0.665342 0.669629
5 11 0.986706 0.987008
6 11 0.960586 0.961789
7 11 0.746405 0.748793
8 11 0.960205 0.960754
9 11 0.886036 0.886859
10 11 1.04148 1.04184
11 11 0.705558 0.705778
12 11 1.32175 1.33419
13 11 1.44692 1.45761
14 11 0.841321 0.843506
15 11 1.08617 1.08891
16 11 0.313836 1.53885
17 11 0.757649 0.770179
e
0 12 0.767362 1
1 12 0.664011 1
2 12 0.908464 1
3 12 0.584382 1
4 12 0.669629 1
5 12 0.987008 1
6 12 0.961789 1
7 12 0.748793 1
8 12 0.960754 1
9 12 0.886859 1
10 12 -0.0418371 0
11 12 0.705778 1
12 12 -0.334187 -2.97893e-05
13 12 -0.457612 -9.98233e-05
14 12 0.843506 1
15 12 -0.0889107 0
16 12 -0.538853 0
17 12 0.770179 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [6.01583e-06:32.4516]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00385321 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 3.85 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream unpinned", \
     0.00538951 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 5.39 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 10.8172
1 0.51489
2 0.104627
3 0.0645387
4 0.0539103
5 0.131153
6 0.201297
7 0.190244
8 0.0990635
9 0.0331974
10 0.147514
11 0.334722
12 0.00366478
13 0.00333981
14 0.0345089
15 0.0245423
16 1.80475e-05
17 0.00195045
e
unset multiplot
unset logscale y
set output
