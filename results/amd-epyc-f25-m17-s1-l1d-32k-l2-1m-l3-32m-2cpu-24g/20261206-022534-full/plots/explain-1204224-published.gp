# explain.py: explain-1204224-published; data inline, run `gnuplot explain-1204224-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-published.png"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-2.270021:102.270021]
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
0 0 0 0.0117252
1 0 0 0.194226
2 0 0 0.654187
3 0 0 0.463161
4 0 0 0.508098
5 0 0 0.495502
6 0 0 0.380009
7 0 0 0.293993
8 0 0 0.528778
9 0 0 0.590615
10 0 0 0.465517
11 0 0 0.30045
12 0 0 0.924705
13 0 0 0.948527
14 0 0 0.66572
15 0 0 0.770079
16 0 0 0.940215
17 0 0 0.895199
e
0 1 0.0117252 0.709745
5 1 0.495502 0.507289
6 1 0.380009 0.388205
8 1 0.528778 0.541357
10 1 0.465517 0.476591
11 1 0.30045 0.307598
e
0 2 0.709745 0.878378
1 2 0.194226 0.194268
2 2 0.654187 0.654328
5 2 0.507289 0.513457
6 2 0.388205 0.39645
7 2 0.293993 0.294057
8 2 0.541357 0.547939
9 2 0.590615 0.590742
10 2 0.476591 0.482386
11 2 0.307598 0.311338
12 2 0.924705 0.924905
15 2 0.770079 0.770246
16 2 0.940215 0.940418
17 2 0.895199 0.895392
e
1 3 0.194268 0.514338
e
0 4 0.878378 0.879264
1 4 0.514338 0.51899
2 4 0.654328 0.681183
3 4 0.463161 0.467915
4 4 0.508098 0.513313
5 4 0.513457 0.518543
6 4 0.39645 0.40815
7 4 0.294057 0.31216
8 4 0.547939 0.553366
9 4 0.590742 0.602865
10 4 0.482386 0.491941
11 4 0.311338 0.314421
12 4 0.924905 0.934395
13 4 0.948527 0.958261
16 4 0.940418 0.950067
17 4 0.895392 0.91507
e
3 5 0.467915 0.656823
4 5 0.513313 0.720549
14 5 0.66572 0.937244
e
0 6 0.879264 0.882056
1 6 0.51899 0.544721
2 6 0.681183 0.746173
3 6 0.656823 0.658072
4 6 0.720549 0.721579
5 6 0.518543 0.567775
6 6 0.40815 0.445904
7 6 0.31216 0.341365
8 6 0.553366 0.585704
9 6 0.602865 0.638985
10 6 0.491941 0.568249
11 6 0.314421 0.332796
15 6 0.770246 0.817341
e
7 7 0.341365 0.486472
11 7 0.332796 0.650945
e
0 8 0.882056 0.88239
1 8 0.544721 0.547716
2 8 0.746173 0.749628
4 8 -3.62672e-05 0
5 8 0.567775 0.568129
6 8 0.445904 0.447152
7 8 0.486472 0.493439
8 8 0.585704 0.586082
9 8 0.638985 0.639196
10 8 0.568249 0.569346
11 8 0.650945 0.651203
12 8 -6.60039e-05 0
15 8 0.817341 0.819375
e
0 9 -7.04974e-05 0
1 9 -0.000265404 0
2 9 0.749628 0.760266
3 9 -0.000886054 0
5 9 0.568129 0.577811
6 9 -0.00270021 0
7 9 0.493439 0.527386
8 9 0.586082 0.602412
9 9 0.639196 0.663973
10 9 0.569346 0.670107
11 9 0.651203 0.672018
14 9 0.937244 0.943976
15 9 0.819375 0.855784
16 9 0.950067 0.950196
e
0 10 0.88239 0.882787
1 10 0.547716 0.629062
2 10 0.760266 0.760323
3 10 0.658072 0.662928
4 10 0.721579 0.726625
5 10 0.577811 0.875683
6 10 0.447152 0.718461
7 10 0.527386 0.721573
8 10 0.602412 0.882601
9 10 0.663973 0.842922
10 10 0.670107 0.889993
11 10 0.672018 0.855735
e
0 11 0.882787 0.886589
1 11 0.629062 0.690972
2 11 0.760323 0.789844
3 11 0.662928 0.8542
4 11 0.726625 0.78645
5 11 0.875683 0.893997
6 11 0.718461 0.762474
7 11 0.721573 0.749469
8 11 0.882601 0.895599
9 11 0.842922 0.851357
10 11 0.889993 0.912252
11 11 0.855735 0.873954
12 11 0.934395 0.950027
13 11 0.958261 0.985637
14 11 0.943976 0.980249
15 11 0.855784 0.907676
16 11 0.950196 0.971383
17 11 0.91507 0.934966
e
0 12 0.886589 1.00007
1 12 0.690972 1.00027
2 12 0.789844 1
3 12 0.8542 1.00089
4 12 0.78645 1.00004
5 12 0.893997 1
6 12 0.762474 1.0027
7 12 0.749469 1
8 12 0.895599 1
9 12 0.851357 1
10 12 0.912252 1
11 12 0.873954 1
12 12 0.950027 1.00007
13 12 0.985637 1
14 12 0.980249 1
15 12 0.907676 1
16 12 0.971383 1
17 12 0.934966 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [9.33854e-06:0.61694]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     2.80156e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 28.0 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin cross-core", \
     5.05437e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 50.5 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.205647
1 0.0124146
2 0.00368588
3 0.00520607
4 0.00474564
5 0.00486628
6 0.00634525
7 0.00820172
8 0.00456004
9 0.00408261
10 0.00517972
11 0.00802545
12 0.00260759
13 0.0025421
14 0.00362202
15 0.00313117
16 0.00256457
17 0.00269353
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-published.svg"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-2.270021:102.270021]
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
0 0 0 0.0117252
1 0 0 0.194226
2 0 0 0.654187
3 0 0 0.463161
4 0 0 0.508098
5 0 0 0.495502
6 0 0 0.380009
7 0 0 0.293993
8 0 0 0.528778
9 0 0 0.590615
10 0 0 0.465517
11 0 0 0.30045
12 0 0 0.924705
13 0 0 0.948527
14 0 0 0.66572
15 0 0 0.770079
16 0 0 0.940215
17 0 0 0.895199
e
0 1 0.0117252 0.709745
5 1 0.495502 0.507289
6 1 0.380009 0.388205
8 1 0.528778 0.541357
10 1 0.465517 0.476591
11 1 0.30045 0.307598
e
0 2 0.709745 0.878378
1 2 0.194226 0.194268
2 2 0.654187 0.654328
5 2 0.507289 0.513457
6 2 0.388205 0.39645
7 2 0.293993 0.294057
8 2 0.541357 0.547939
9 2 0.590615 0.590742
10 2 0.476591 0.482386
11 2 0.307598 0.311338
12 2 0.924705 0.924905
15 2 0.770079 0.770246
16 2 0.940215 0.940418
17 2 0.895199 0.895392
e
1 3 0.194268 0.514338
e
0 4 0.878378 0.879264
1 4 0.514338 0.51899
2 4 0.654328 0.681183
3 4 0.463161 0.467915
4 4 0.508098 0.513313
5 4 0.513457 0.518543
6 4 0.39645 0.40815
7 4 0.294057 0.31216
8 4 0.547939 0.553366
9 4 0.590742 0.602865
10 4 0.482386 0.491941
11 4 0.311338 0.314421
12 4 0.924905 0.934395
13 4 0.948527 0.958261
16 4 0.940418 0.950067
17 4 0.895392 0.91507
e
3 5 0.467915 0.656823
4 5 0.513313 0.720549
14 5 0.66572 0.937244
e
0 6 0.879264 0.882056
1 6 0.51899 0.544721
2 6 0.681183 0.746173
3 6 0.656823 0.658072
4 6 0.720549 0.721579
5 6 0.518543 0.567775
6 6 0.40815 0.445904
7 6 0.31216 0.341365
8 6 0.553366 0.585704
9 6 0.602865 0.638985
10 6 0.491941 0.568249
11 6 0.314421 0.332796
15 6 0.770246 0.817341
e
7 7 0.341365 0.486472
11 7 0.332796 0.650945
e
0 8 0.882056 0.88239
1 8 0.544721 0.547716
2 8 0.746173 0.749628
4 8 -3.62672e-05 0
5 8 0.567775 0.568129
6 8 0.445904 0.447152
7 8 0.486472 0.493439
8 8 0.585704 0.586082
9 8 0.638985 0.639196
10 8 0.568249 0.569346
11 8 0.650945 0.651203
12 8 -6.60039e-05 0
15 8 0.817341 0.819375
e
0 9 -7.04974e-05 0
1 9 -0.000265404 0
2 9 0.749628 0.760266
3 9 -0.000886054 0
5 9 0.568129 0.577811
6 9 -0.00270021 0
7 9 0.493439 0.527386
8 9 0.586082 0.602412
9 9 0.639196 0.663973
10 9 0.569346 0.670107
11 9 0.651203 0.672018
14 9 0.937244 0.943976
15 9 0.819375 0.855784
16 9 0.950067 0.950196
e
0 10 0.88239 0.882787
1 10 0.547716 0.629062
2 10 0.760266 0.760323
3 10 0.658072 0.662928
4 10 0.721579 0.726625
5 10 0.577811 0.875683
6 10 0.447152 0.718461
7 10 0.527386 0.721573
8 10 0.602412 0.882601
9 10 0.663973 0.842922
10 10 0.670107 0.889993
11 10 0.672018 0.855735
e
0 11 0.882787 0.886589
1 11 0.629062 0.690972
2 11 0.760323 0.789844
3 11 0.662928 0.8542
4 11 0.726625 0.78645
5 11 0.875683 0.893997
6 11 0.718461 0.762474
7 11 0.721573 0.749469
8 11 0.882601 0.895599
9 11 0.842922 0.851357
10 11 0.889993 0.912252
11 11 0.855735 0.873954
12 11 0.934395 0.950027
13 11 0.958261 0.985637
14 11 0.943976 0.980249
15 11 0.855784 0.907676
16 11 0.950196 0.971383
17 11 0.91507 0.934966
e
0 12 0.886589 1.00007
1 12 0.690972 1.00027
2 12 0.789844 1
3 12 0.8542 1.00089
4 12 0.78645 1.00004
5 12 0.893997 1
6 12 0.762474 1.0027
7 12 0.749469 1
8 12 0.895599 1
9 12 0.851357 1
10 12 0.912252 1
11 12 0.873954 1
12 12 0.950027 1.00007
13 12 0.985637 1
14 12 0.980249 1
15 12 0.907676 1
16 12 0.971383 1
17 12 0.934966 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [9.33854e-06:0.61694]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     2.80156e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 28.0 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin cross-core", \
     5.05437e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 50.5 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.205647
1 0.0124146
2 0.00368588
3 0.00520607
4 0.00474564
5 0.00486628
6 0.00634525
7 0.00820172
8 0.00456004
9 0.00408261
10 0.00517972
11 0.00802545
12 0.00260759
13 0.0025421
14 0.00362202
15 0.00313117
16 0.00256457
17 0.00269353
e
unset multiplot
unset logscale y
set output
