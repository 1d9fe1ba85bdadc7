# explain.py: explain-1073741824-transport-only; data inline, run `gnuplot explain-1073741824-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-39.321411:139.321411]
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
5 1 0 0.603338
6 1 0 0.254093
8 1 0 0.551636
10 1 0 0.579945
11 1 0 0.280154
e
1 2 0 7.02636e-08
2 2 0 2.20223e-07
5 2 0.603338 0.805538
6 2 0.254093 0.422506
8 2 0.551636 0.736509
9 2 0 7.64582e-07
10 2 0.579945 0.774305
11 2 0.280154 0.374044
12 2 0 9.72157e-06
15 2 0 1.52752e-06
16 2 0 0.0435166
17 2 0 8.06725e-06
e
1 3 7.02636e-08 0.565978
e
1 4 0.565978 0.588878
2 4 2.20223e-07 0.0849052
3 4 0 0.0851257
4 4 0 0.0891479
5 4 0.805538 0.83386
6 4 0.422506 0.461055
8 4 0.736509 0.762404
9 4 7.64582e-07 0.14739
10 4 0.774305 0.828752
11 4 0.374044 0.387195
12 4 9.72157e-06 0.937028
13 4 0 0.966154
17 4 8.06725e-06 0.87183
e
3 5 0.0851257 0.753066
4 5 0.0891479 0.788648
14 5 0 0.91806
e
1 6 0.588878 0.616848
2 6 0.0849052 0.150652
5 6 0.83386 0.921585
6 6 0.461055 0.500857
8 6 0.762404 0.824455
9 6 0.14739 0.323982
10 6 0.828752 1.00318
11 6 0.387195 0.418708
15 6 1.52752e-06 0.352806
e
11 7 0.418708 0.962119
e
1 8 0.616848 0.616848
2 8 0.150652 0.150653
3 8 0.753066 0.753069
4 8 0.788648 0.78865
5 8 0.921585 0.921598
6 8 0.500857 0.500858
8 8 0.824455 0.82446
9 8 0.323982 0.323988
10 8 1.00318 1.00383
11 8 0.962119 0.962126
12 8 0.937028 0.937049
13 8 0.966154 0.966176
14 8 0.91806 0.918063
15 8 0.352806 0.352816
16 8 0.0435166 0.139484
17 8 0.87183 0.871848
e
1 9 0.616848 0.617934
2 9 0.150653 0.15107
3 9 0.753069 0.753128
4 9 0.78865 0.788669
5 9 0.921598 0.922067
6 9 0.500858 0.504369
8 9 0.82446 0.830394
9 9 0.323988 0.341384
10 9 1.00383 1.02788
11 9 0.962126 0.968393
13 9 0.966176 0.966178
14 9 0.918063 0.918071
15 9 0.352816 0.387412
16 9 0.139484 0.338363
17 9 0.871848 0.871889
e
1 10 0.617934 0.92739
2 10 0.15107 1.03745
3 10 0.753128 0.785021
4 10 0.788669 0.82207
5 10 0.922067 1.26071
6 10 0.504369 0.812994
8 10 0.830394 1.14142
9 10 0.341384 1.22389
10 10 1.02788 1.3732
11 10 0.968393 1.1225
12 10 -1.28565e-06 0
13 10 -1.32563e-06 0
14 10 -3.2107e-07 0
15 10 0.387412 1.26657
16 10 -0.00191832 0
e
1 11 0.92739 0.927501
2 11 1.03745 1.03747
3 11 0.785021 0.786392
4 11 0.82207 0.822224
5 11 1.26071 1.26071
6 11 0.812994 0.813051
8 11 1.14142 1.14143
9 11 1.22389 1.22391
10 11 1.3732 1.37321
11 11 1.1225 1.1225
12 11 0.937049 0.937426
13 11 0.966178 0.966602
14 11 0.918071 0.918156
15 11 1.26657 1.26668
16 11 0.338363 1.30997
17 11 0.871889 0.872082
e
1 12 0.927501 1
2 12 -0.0374684 0
3 12 0.786392 1
4 12 0.822224 1
5 12 -0.260715 0
6 12 0.813051 1
8 12 -0.141431 0
9 12 -0.22391 0
10 12 -0.373214 0
11 12 -0.122504 0
12 12 0.937426 1
13 12 0.966602 1
14 12 0.918156 1
15 12 -0.26668 0
16 12 -0.309972 -0.00191832
17 12 0.872082 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.694e-06:48.4604]
unset grid
set grid ytics mytics
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.159893 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 159.89 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.157595 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 157.59 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
1 16.1535
2 5.15388
3 1.28513
4 1.22715
5 3.86266
6 8.51354
8 4.22469
9 1.48447
10 4.01847
11 8.3186
12 0.116751
13 0.11323
14 0.935003
15 0.743033
16 2.6082e-05
17 0.140692
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-1073741824-transport-only.svg"
set multiplot layout 2,1 title "Where the time goes at 1.1 GB (1073741824 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-39.321411:139.321411]
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
5 1 0 0.603338
6 1 0 0.254093
8 1 0 0.551636
10 1 0 0.579945
11 1 0 0.280154
e
1 2 0 7.02636e-08
2 2 0 2.20223e-07
5 2 0.603338 0.805538
6 2 0.254093 0.422506
8 2 0.551636 0.736509
9 2 0 7.64582e-07
10 2 0.579945 0.774305
11 2 0.280154 0.374044
12 2 0 9.72157e-06
15 2 0 1.52752e-06
16 2 0 0.0435166
17 2 0 8.06725e-06
e
1 3 7.02636e-08 0.565978
e
1 4 0.565978 0.588878
2 4 2.20223e-07 0.0849052
3 4 0 0.0851257
4 4 0 0.0891479
5 4 0.805538 0.83386
6 4 0.422506 0.461055
8 4 0.736509 0.762404
9 4 7.64582e-07 0.14739
10 4 0.774305 0.828752
11 4 0.374044 0.387195
12 4 9.72157e-06 0.937028
13 4 0 0.966154
17 4 8.06725e-06 0.87183
e
3 5 0.0851257 0.753066
4 5 0.0891479 0.788648
14 5 0 0.91806
e
1 6 0.588878 0.616848
2 6 0.0849052 0.150652
5 6 0.83386 0.921585
6 6 0.461055 0.500857
8 6 0.762404 0.824455
9 6 0.14739 0.323982
10 6 0.828752 1.00318
11 6 0.387195 0.418708
15 6 1.52752e-06 0.352806
e
11 7 0.418708 0.962119
e
1 8 0.616848 0.616848
2 8 0.150652 0.150653
3 8 0.753066 0.753069
4 8 0.788648 0.78865
5 8 0.921585 0.921598
6 8 0.500857 0.500858
8 8 0.824455 0.82446
9 8 0.323982 0.323988
10 8 1.00318 1.00383
11 8 0.962119 0.962126
12 8 0.937028 0.937049
13 8 0.966154 0.966176
14 8 0.91806 0.918063
15 8 0.352806 0.352816
16 8 0.0435166 0.139484
17 8 0.87183 0.871848
e
1 9 0.616848 0.617934
2 9 0.150653 0.15107
3 9 0.753069 0.753128
4 9 0.78865 0.788669
5 9 0.921598 0.922067
6 9 0.500858 0.504369
8 9 0.82446 0.830394
9 9 0.323988 0.341384
10 9 1.00383 1.02788
11 9 0.962126 0.968393
13 9 0.966176 0.966178
14 9 0.918063 0.918071
15 9 0.352816 0.387412
16 9 0.139484 0.338363
17 9 0.871848 0.871889
e
1 10 0.617934 0.92739
2 10 0.15107 1.03745
3 10 0.753128 0.785021
4 10 0.788669 0.82207
5 10 0.922067 1.26071
6 10 0.504369 0.812994
8 10 0.830394 1.14142
9 10 0.341384 1.22389
10 10 1.02788 1.3732
11 10 0.968393 1.1225
12 10 -1.28565e-06 0
13 10 -1.32563e-06 0
14 10 -3.2107e-07 0
15 10 0.387412 1.26657
16 10 -0.00191832 0
e
1 11 0.92739 0.927501
2 11 1.03745 1.03747
3 11 0.785021 0.786392
4 11 0.82207 0.822224
5 11 1.26071 1.26071
6 11 0.812994 0.813051
8 11 1.14142 1.14143
9 11 1.22389 1.22391
10 11 1.3732 1.37321
11 11 1.1225 1.1225
12 11 0.937049 0.937426
13 11 0.966178 0.966602
14 11 0.918071 0.918156
15 11 1.26657 1.26668
16 11 0.338363 1.30997
17 11 0.871889 0.872082
e
1 12 0.927501 1
2 12 -0.0374684 0
3 12 0.786392 1
4 12 0.822224 1
5 12 -0.260715 0
6 12 0.813051 1
8 12 -0.141431 0
9 12 -0.22391 0
10 12 -0.373214 0
11 12 -0.122504 0
12 12 0.937426 1
13 12 0.966602 1
14 12 0.918156 1
15 12 -0.26668 0
16 12 -0.309972 -0.00191832
17 12 0.872082 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.694e-06:48.4604]
unset grid
set grid ytics mytics
set xtics ("http_json (missing: total)" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes (missing: total)" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.159893 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 159.89 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream cross-core", \
     0.157595 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 157.59 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
1 16.1535
2 5.15388
3 1.28513
4 1.22715
5 3.86266
6 8.51354
8 4.22469
9 1.48447
10 4.01847
11 8.3186
12 0.116751
13 0.11323
14 0.935003
15 0.743033
16 2.6082e-05
17 0.140692
e
unset multiplot
unset logscale y
set output
