# explain.py: explain-38535168-published; data inline, run `gnuplot explain-38535168-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-published.png"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-5.934969:105.934969]
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
0 0 0 0.0113538
1 0 0 0.205826
2 0 0 0.492327
3 0 0 0.5861
4 0 0 0.599207
5 0 0 0.40552
6 0 0 0.297603
7 0 0 0.345272
8 0 0 0.516246
9 0 0 0.389339
10 0 0 0.339798
11 0 0 0.242093
12 0 0 0.989743
13 0 0 0.968351
14 0 0 0.683606
15 0 0 0.718957
16 0 0 0.998367
17 0 0 0.9243
e
0 1 0.0113538 0.721449
5 1 0.40552 0.636433
6 1 0.297603 0.468126
8 1 0.516246 0.81021
10 1 0.339798 0.533287
11 1 0.242093 0.379947
e
0 2 0.721449 0.907529
1 2 0.205826 0.205828
2 2 0.492327 0.492331
5 2 0.636433 0.751056
6 2 0.468126 0.636827
7 2 0.345272 0.345275
8 2 0.81021 0.956131
9 2 0.389339 0.389342
10 2 0.533287 0.629334
11 2 0.379947 0.448377
12 2 0.989743 0.98975
15 2 0.718957 0.718962
16 2 0.998367 0.998374
17 2 0.9243 0.924306
e
1 3 0.205828 0.571096
e
0 4 0.907529 0.909994
1 4 0.571096 0.585572
2 4 0.492331 0.553425
3 4 0.5861 0.604283
4 4 0.599207 0.617796
5 4 0.751056 0.763637
6 4 0.636827 0.664525
7 4 0.345275 0.409543
8 4 0.956131 0.972147
9 4 0.389342 0.413499
10 4 0.629334 0.650417
11 4 0.448377 0.455888
12 4 0.98975 1.02045
13 4 0.968351 0.998392
16 4 0.998374 1.02935
17 4 0.924306 0.983898
e
3 5 0.604283 0.897464
4 5 0.617796 0.917533
14 5 0.683606 1.02556
e
0 6 0.909994 0.915406
1 6 0.585572 0.638848
2 6 0.553425 0.624635
3 6 0.897464 0.897492
4 6 0.917533 0.917542
5 6 0.763637 0.822292
6 6 0.664525 0.70757
7 6 0.409543 0.459483
8 6 0.972147 1.02311
9 6 0.413499 0.451932
10 6 0.650417 0.70752
11 6 0.455888 0.479786
15 6 0.718962 0.789933
e
7 7 0.459483 0.647416
11 7 0.479786 0.858022
e
0 8 0.915406 0.91572
1 8 0.638848 0.641661
2 8 0.624635 0.627222
3 8 0.897492 0.897583
4 8 0.917542 0.917597
5 8 0.822292 0.822353
6 8 0.70757 0.707705
7 8 0.647416 0.654722
8 8 1.02311 1.02331
9 8 0.451932 0.452149
10 8 0.70752 0.709012
11 8 0.858022 0.858104
12 8 1.02045 1.02047
13 8 0.998392 0.998408
14 8 1.02556 1.02561
15 8 0.789933 0.791054
16 8 1.02935 1.02936
17 8 0.983898 0.98391
e
0 9 0.91572 0.91613
1 9 0.641661 0.643666
2 9 0.627222 0.630418
3 9 0.897583 0.89867
4 9 0.917597 0.918153
5 9 0.822353 0.82555
6 9 0.707705 0.717367
7 9 0.654722 0.662248
8 9 1.02331 1.03935
9 9 0.452149 0.48429
10 9 0.709012 0.803568
11 9 0.858104 0.896392
12 9 1.02047 1.02231
13 9 0.998408 1.0002
14 9 1.02561 1.02688
15 9 0.791054 0.846739
16 9 1.02936 1.03028
17 9 0.98391 0.984767
e
0 10 0.91613 0.95936
1 10 0.643666 0.928298
2 10 0.630418 0.93933
3 10 0.89867 0.907114
4 10 0.918153 0.926786
5 10 0.82555 0.990816
6 10 0.717367 1.00036
7 10 0.662248 0.963763
9 10 0.48429 0.619154
10 10 0.803568 0.952513
11 10 0.896392 0.984952
15 10 0.846739 0.999519
e
0 11 0.95936 0.959476
1 11 0.928298 0.929812
2 11 0.93933 0.939669
3 11 0.907114 0.913849
4 11 0.926786 0.927941
5 11 0.990816 0.990892
6 11 -0.000541334 0
7 11 -0.000230964 0
8 11 -0.000566203 0
9 11 -0.000279484 0
10 11 -3.04088e-05 0
11 11 -0.00193324 0
12 11 1.02231 1.02255
13 11 -0.00156805 0
14 11 -0.00115067 0
15 11 0.999519 0.99962
16 11 1.03028 1.0313
17 11 -5.55927e-05 0
e
0 12 0.959476 1
1 12 0.929812 1
2 12 0.939669 1
3 12 0.913849 1
4 12 0.927941 1
5 12 0.990892 1
6 12 1.00036 1.00054
7 12 0.963763 1.00023
8 12 -0.0393497 -0.000566203
9 12 0.619154 1.00028
10 12 0.952513 1.00003
11 12 0.984952 1.00193
12 12 -0.0225504 0
13 12 1.0002 1.00157
14 12 -0.0268779 -0.00115067
15 12 0.99962 1
16 12 -0.0313038 0
17 12 0.984767 1.00006
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.000492737:17.8276]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00347715 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 3.48 ms:", \
     NaN with lines lc rgb 'white' title "  shm/copy cross-core", \
     0.00147821 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 1.48 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 5.94254
1 0.327803
2 0.137044
3 0.115118
4 0.1126
5 0.16638
6 0.226713
7 0.195412
8 0.130694
9 0.173295
10 0.198561
11 0.278696
12 0.0681698
13 0.0696757
14 0.098698
15 0.093845
16 0.0675809
17 0.0729964
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
set yrange [-5.934969:105.934969]
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
0 0 0 0.0113538
1 0 0 0.205826
2 0 0 0.492327
3 0 0 0.5861
4 0 0 0.599207
5 0 0 0.40552
6 0 0 0.297603
7 0 0 0.345272
8 0 0 0.516246
9 0 0 0.389339
10 0 0 0.339798
11 0 0 0.242093
12 0 0 0.989743
13 0 0 0.968351
14 0 0 0.683606
15 0 0 0.718957
16 0 0 0.998367
17 0 0 0.9243
e
0 1 0.0113538 0.721449
5 1 0.40552 0.636433
6 1 0.297603 0.468126
8 1 0.516246 0.81021
10 1 0.339798 0.533287
11 1 0.242093 0.379947
e
0 2 0.721449 0.907529
1 2 0.205826 0.205828
2 2 0.492327 0.492331
5 2 0.636433 0.751056
6 2 0.468126 0.636827
7 2 0.345272 0.345275
8 2 0.81021 0.956131
9 2 0.389339 0.389342
10 2 0.533287 0.629334
11 2 0.379947 0.448377
12 2 0.989743 0.98975
15 2 0.718957 0.718962
16 2 0.998367 0.998374
17 2 0.9243 0.924306
e
1 3 0.205828 0.571096
e
0 4 0.907529 0.909994
1 4 0.571096 0.585572
2 4 0.492331 0.553425
3 4 0.5861 0.604283
4 4 0.599207 0.617796
5 4 0.751056 0.763637
6 4 0.636827 0.664525
7 4 0.345275 0.409543
8 4 0.956131 0.972147
9 4 0.389342 0.413499
10 4 0.629334 0.650417
11 4 0.448377 0.455888
12 4 0.98975 1.02045
13 4 0.968351 0.998392
16 4 0.998374 1.02935
17 4 0.924306 0.983898
e
3 5 0.604283 0.897464
4 5 0.617796 0.917533
14 5 0.683606 1.02556
e
0 6 0.909994 0.915406
1 6 0.585572 0.638848
2 6 0.553425 0.624635
3 6 0.897464 0.897492
4 6 0.917533 0.917542
5 6 0.763637 0.822292
6 6 0.664525 0.70757
7 6 0.409543 0.459483
8 6 0.972147 1.02311
9 6 0.413499 0.451932
10 6 0.650417 0.70752
11 6 0.455888 0.479786
15 6 0.718962 0.789933
e
7 7 0.459483 0.647416
11 7 0.479786 0.858022
e
0 8 0.915406 0.91572
1 8 0.638848 0.641661
2 8 0.624635 0.627222
3 8 0.897492 0.897583
4 8 0.917542 0.917597
5 8 0.822292 0.822353
6 8 0.70757 0.707705
7 8 0.647416 0.654722
8 8 1.02311 1.02331
9 8 0.451932 0.452149
10 8 0.70752 0.709012
11 8 0.858022 0.858104
12 8 1.02045 1.02047
13 8 0.998392 0.998408
14 8 1.02556 1.02561
15 8 0.789933 0.791054
16 8 1.02935 1.02936
17 8 0.983898 0.98391
e
0 9 0.91572 0.91613
1 9 0.641661 0.643666
2 9 0.627222 0.630418
3 9 0.897583 0.89867
4 9 0.917597 0.918153
5 9 0.822353 0.82555
6 9 0.707705 0.717367
7 9 0.654722 0.662248
8 9 1.02331 1.03935
9 9 0.452149 0.48429
10 9 0.709012 0.803568
11 9 0.858104 0.896392
12 9 1.02047 1.02231
13 9 0.998408 1.0002
14 9 1.02561 1.02688
15 9 0.791054 0.846739
16 9 1.02936 1.03028
17 9 0.98391 0.984767
e
0 10 0.91613 0.95936
1 10 0.643666 0.928298
2 10 0.630418 0.93933
3 10 0.89867 0.907114
4 10 0.918153 0.926786
5 10 0.82555 0.990816
6 10 0.717367 1.00036
7 10 0.662248 0.963763
9 10 0.48429 0.619154
10 10 0.803568 0.952513
11 10 0.896392 0.984952
15 10 0.846739 0.999519
e
0 11 0.95936 0.959476
1 11 0.928298 0.929812
2 11 0.93933 0.939669
3 11 0.907114 0.913849
4 11 0.926786 0.927941
5 11 0.990816 0.990892
6 11 -0.000541334 0
7 11 -0.000230964 0
8 11 -0.000566203 0
9 11 -0.000279484 0
10 11 -3.04088e-05 0
11 11 -0.00193324 0
12 11 1.02231 1.02255
13 11 -0.00156805 0
14 11 -0.00115067 0
15 11 0.999519 0.99962
16 11 1.03028 1.0313
17 11 -5.55927e-05 0
e
0 12 0.959476 1
1 12 0.929812 1
2 12 0.939669 1
3 12 0.913849 1
4 12 0.927941 1
5 12 0.990892 1
6 12 1.00036 1.00054
7 12 0.963763 1.00023
8 12 -0.0393497 -0.000566203
9 12 0.619154 1.00028
10 12 0.952513 1.00003
11 12 0.984952 1.00193
12 12 -0.0225504 0
13 12 1.0002 1.00157
14 12 -0.0268779 -0.00115067
15 12 0.99962 1
16 12 -0.0313038 0
17 12 0.984767 1.00006
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.000492737:17.8276]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00347715 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 3.48 ms:", \
     NaN with lines lc rgb 'white' title "  shm/copy cross-core", \
     0.00147821 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 1.48 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 5.94254
1 0.327803
2 0.137044
3 0.115118
4 0.1126
5 0.16638
6 0.226713
7 0.195412
8 0.130694
9 0.173295
10 0.198561
11 0.278696
12 0.0681698
13 0.0696757
14 0.098698
15 0.093845
16 0.0675809
17 0.0729964
e
unset multiplot
unset logscale y
set output
