# explain.py: explain-1073741824-published; data inline, run `gnuplot explain-1073741824-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-published.png"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-111.223817:211.223817]
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
0 0 0 0.0229582
1 0 0 0.310801
2 0 0 0.94446
3 0 0 0.665591
4 0 0 1.1854
5 0 0 0.602085
6 0 0 0.476812
8 0 0 0.622224
9 0 0 0.790019
10 0 0 0.602973
11 0 0 0.38855
12 0 0 1.11393
13 0 0 1.08011
14 0 0 0.890763
15 0 0 1.07376
16 0 0 2.06527
17 0 0 1.55066
e
0 1 0.0229582 0.709499
5 1 0.602085 0.677782
6 1 0.476812 0.547089
8 1 0.622224 0.700454
10 1 0.602973 0.678782
11 1 0.38855 0.4374
e
0 2 0.709499 0.912944
1 2 0.310801 0.310801
2 2 0.94446 0.94446
5 2 0.677782 0.805338
6 2 0.547089 0.622146
8 2 0.700454 0.832277
9 2 0.790019 0.790019
10 2 0.678782 0.806527
11 2 0.4374 0.519718
12 2 1.11393 1.11393
15 2 1.07376 1.07376
16 2 2.06527 2.06527
17 2 1.55066 1.55066
e
1 3 0.310801 0.638465
e
1 4 0.638465 0.647928
2 4 0.94446 0.993757
3 4 0.665591 0.674276
4 4 1.1854 1.20087
5 4 0.805338 0.813195
6 4 0.622146 0.640812
8 4 0.832277 0.840396
9 4 0.790019 0.810637
10 4 0.806527 0.822263
11 4 0.519718 0.524788
12 4 1.11393 1.12846
13 4 1.08011 1.09421
16 4 2.06527 2.09222
17 4 1.55066 1.58995
e
3 5 0.674276 0.800401
4 5 1.20087 1.42549
14 5 0.890763 1.05956
e
1 6 0.647928 0.67835
2 6 0.993757 1.06309
5 6 0.813195 0.857396
6 6 0.640812 0.675816
8 6 0.840396 0.859232
9 6 0.810637 0.834552
10 6 0.822263 0.892382
11 6 0.524788 0.53655
15 6 1.07376 1.10626
e
11 7 0.53655 0.85801
e
0 8 0.912944 0.912944
1 8 0.67835 0.678351
2 8 1.06309 1.06309
3 8 0.800401 0.800402
4 8 1.42549 1.42549
5 8 0.857396 0.857403
6 8 0.675816 0.675817
8 8 0.859232 0.859307
9 8 0.834552 0.834593
10 8 0.892382 0.892664
11 8 0.85801 0.858031
12 8 1.12846 1.12846
13 8 1.09421 1.09421
14 8 1.05956 1.05956
15 8 1.10626 1.10626
16 8 2.09222 2.09222
17 8 1.58995 1.58995
e
0 9 0.912944 0.913684
1 9 0.678351 0.680685
2 9 1.06309 1.06686
3 9 0.800402 0.800516
4 9 1.42549 1.42552
5 9 0.857403 0.858653
6 9 0.675817 0.689537
8 9 0.859307 0.876128
9 9 0.834593 0.855637
10 9 0.892664 0.948648
11 9 0.858031 0.909364
12 9 1.12846 1.12847
13 9 1.09421 1.09422
14 9 1.05956 1.05956
15 9 1.10626 1.14992
e
0 10 0.913684 0.95426
1 10 0.680685 0.894063
2 10 1.06686 1.50286
3 10 0.800516 0.804269
4 10 1.42552 1.4322
5 10 0.858653 1.0754
6 10 0.689537 0.948121
8 10 0.876128 1.09845
9 10 0.855637 0.996867
10 10 0.948648 1.17255
11 10 0.909364 1.04885
12 10 -2.30011e-08 0
13 10 -2.23029e-08 0
14 10 -3.06551e-08 0
15 10 1.14992 1.24641
e
0 11 0.95426 0.954264
1 11 0.894063 0.894105
2 11 1.50286 1.50289
3 11 0.804269 0.804379
4 11 1.4322 1.43224
5 11 1.0754 1.0754
6 11 0.948121 0.948135
8 11 1.09845 1.09845
9 11 0.996867 0.996874
10 11 1.17255 1.17256
11 11 1.04885 1.04886
12 11 1.12847 1.12848
13 11 1.09422 1.09423
14 11 1.05956 1.05957
15 11 1.24641 1.24643
16 11 2.09222 2.09224
17 11 1.58995 1.58997
e
0 12 0.954264 1
1 12 0.894105 1
2 12 -0.502887 0
3 12 0.804379 1
4 12 -0.432239 0
5 12 -0.075403 0
6 12 0.948135 1
8 12 -0.098455 0
9 12 0.996874 1
10 12 -0.172564 0
11 12 -0.0488584 0
12 12 -0.128482 -2.30011e-08
13 12 -0.0942278 -2.23029e-08
14 12 -0.0595719 -3.06551e-08
15 12 -0.246432 0
16 12 -1.09224 0
17 12 -0.589971 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.0138172:665.195]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.0937487 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 93.75 ms:", \
     NaN with lines lc rgb 'white' title "  vmsplice/gift same-cpu", \
     0.0414515 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 41.45 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 221.732
1 16.3788
2 5.38992
3 7.64819
4 4.29439
5 8.45489
6 10.6762
8 8.18123
9 6.44359
10 8.44244
11 13.1014
12 4.56993
13 4.71298
14 5.71483
15 4.74089
16 2.46484
17 3.28284
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-published.svg"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-111.223817:211.223817]
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
0 0 0 0.0229582
1 0 0 0.310801
2 0 0 0.94446
3 0 0 0.665591
4 0 0 1.1854
5 0 0 0.602085
6 0 0 0.476812
8 0 0 0.622224
9 0 0 0.790019
10 0 0 0.602973
11 0 0 0.38855
12 0 0 1.11393
13 0 0 1.08011
14 0 0 0.890763
15 0 0 1.07376
16 0 0 2.06527
17 0 0 1.55066
e
0 1 0.0229582 0.709499
5 1 0.602085 0.677782
6 1 0.476812 0.547089
8 1 0.622224 0.700454
10 1 0.602973 0.678782
11 1 0.38855 0.4374
e
0 2 0.709499 0.912944
1 2 0.310801 0.310801
2 2 0.94446 0.94446
5 2 0.677782 0.805338
6 2 0.547089 0.622146
8 2 0.700454 0.832277
9 2 0.790019 0.790019
10 2 0.678782 0.806527
11 2 0.4374 0.519718
12 2 1.11393 1.11393
15 2 1.07376 1.07376
16 2 2.06527 2.06527
17 2 1.55066 1.55066
e
1 3 0.310801 0.638465
e
1 4 0.638465 0.647928
2 4 0.94446 0.993757
3 4 0.665591 0.674276
4 4 1.1854 1.20087
5 4 0.805338 0.813195
6 4 0.622146 0.640812
8 4 0.832277 0.840396
9 4 0.790019 0.810637
10 4 0.806527 0.822263
11 4 0.519718 0.524788
12 4 1.11393 1.12846
13 4 1.08011 1.09421
16 4 2.06527 2.09222
17 4 1.55066 1.58995
e
3 5 0.674276 0.800401
4 5 1.20087 1.42549
14 5 0.890763 1.05956
e
1 6 0.647928 0.67835
2 6 0.993757 1.06309
5 6 0.813195 0.857396
6 6 0.640812 0.675816
8 6 0.840396 0.859232
9 6 0.810637 0.834552
10 6 0.822263 0.892382
11 6 0.524788 0.53655
15 6 1.07376 1.10626
e
11 7 0.53655 0.85801
e
0 8 0.912944 0.912944
1 8 0.67835 0.678351
2 8 1.06309 1.06309
3 8 0.800401 0.800402
4 8 1.42549 1.42549
5 8 0.857396 0.857403
6 8 0.675816 0.675817
8 8 0.859232 0.859307
9 8 0.834552 0.834593
10 8 0.892382 0.892664
11 8 0.85801 0.858031
12 8 1.12846 1.12846
13 8 1.09421 1.09421
14 8 1.05956 1.05956
15 8 1.10626 1.10626
16 8 2.09222 2.09222
17 8 1.58995 1.58995
e
0 9 0.912944 0.913684
1 9 0.678351 0.680685
2 9 1.06309 1.06686
3 9 0.800402 0.800516
4 9 1.42549 1.42552
5 9 0.857403 0.858653
6 9 0.675817 0.689537
8 9 0.859307 0.876128
9 9 0.834593 0.855637
10 9 0.892664 0.948648
11 9 0.858031 0.909364
12 9 1.12846 1.12847
13 9 1.09421 1.09422
14 9 1.05956 1.05956
15 9 1.10626 1.14992
e
0 10 0.913684 0.95426
1 10 0.680685 0.894063
2 10 1.06686 1.50286
3 10 0.800516 0.804269
4 10 1.42552 1.4322
5 10 0.858653 1.0754
6 10 0.689537 0.948121
8 10 0.876128 1.09845
9 10 0.855637 0.996867
10 10 0.948648 1.17255
11 10 0.909364 1.04885
12 10 -2.30011e-08 0
13 10 -2.23029e-08 0
14 10 -3.06551e-08 0
15 10 1.14992 1.24641
e
0 11 0.95426 0.954264
1 11 0.894063 0.894105
2 11 1.50286 1.50289
3 11 0.804269 0.804379
4 11 1.4322 1.43224
5 11 1.0754 1.0754
6 11 0.948121 0.948135
8 11 1.09845 1.09845
9 11 0.996867 0.996874
10 11 1.17255 1.17256
11 11 1.04885 1.04886
12 11 1.12847 1.12848
13 11 1.09422 1.09423
14 11 1.05956 1.05957
15 11 1.24641 1.24643
16 11 2.09222 2.09224
17 11 1.58995 1.58997
e
0 12 0.954264 1
1 12 0.894105 1
2 12 -0.502887 0
3 12 0.804379 1
4 12 -0.432239 0
5 12 -0.075403 0
6 12 0.948135 1
8 12 -0.098455 0
9 12 0.996874 1
10 12 -0.172564 0
11 12 -0.0488584 0
12 12 -0.128482 -2.30011e-08
13 12 -0.0942278 -2.23029e-08
14 12 -0.0595719 -3.06551e-08
15 12 -0.246432 0
16 12 -1.09224 0
17 12 -0.589971 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.0138172:665.195]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.0937487 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 93.75 ms:", \
     NaN with lines lc rgb 'white' title "  vmsplice/gift same-cpu", \
     0.0414515 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 41.45 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 221.732
1 16.3788
2 5.38992
3 7.64819
4 4.29439
5 8.45489
6 10.6762
8 8.18123
9 6.44359
10 8.44244
11 13.1014
12 4.56993
13 4.71298
14 5.71483
15 4.74089
16 2.46484
17 3.28284
e
unset multiplot
unset logscale y
set output
