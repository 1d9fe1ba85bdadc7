# explain.py: explain-4194304-published; data inline, run `gnuplot explain-4194304-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-published.png"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-6.332391:106.332391]
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
0 0 0 0.0111298
1 0 0 0.26268
2 0 0 0.700789
3 0 0 0.595918
4 0 0 0.653301
5 0 0 0.51644
6 0 0 0.391091
7 0 0 0.331206
8 0 0 0.481195
9 0 0 0.666423
10 0 0 0.406727
11 0 0 0.385323
12 0 0 0.984324
13 0 0 0.998183
14 0 0 0.732761
15 0 0 0.878989
16 0 0 1.01455
17 0 0 0.999919
e
0 1 0.0111298 0.706204
5 1 0.51644 0.528762
6 1 0.391091 0.400694
8 1 0.481195 0.492677
10 1 0.406727 0.416431
11 1 0.385323 0.394517
e
0 2 0.706204 0.89163
1 2 0.26268 0.262695
2 2 0.700789 0.700829
5 2 0.528762 0.534067
6 2 0.400694 0.41002
7 2 0.331206 0.331225
8 2 0.492677 0.497619
9 2 0.666423 0.666461
10 2 0.416431 0.420609
11 2 0.394517 0.398475
12 2 0.984324 0.98438
15 2 0.878989 0.87904
16 2 1.01455 1.01461
17 2 0.999919 0.999977
e
1 3 0.262695 0.691308
e
0 4 0.89163 0.893574
1 4 0.691308 0.697125
2 4 0.700829 0.727434
3 4 0.595918 0.601574
4 4 0.653301 0.659502
5 4 0.534067 0.538969
6 4 0.41002 0.421155
7 4 0.331225 0.350086
8 4 0.497619 0.502186
9 4 0.666461 0.679111
10 4 0.420609 0.42833
11 4 0.398475 0.402132
12 4 0.98438 0.993723
13 4 0.998183 1.00766
16 4 1.01461 1.02424
17 4 0.999977 1.01974
e
3 5 0.601574 0.821607
4 5 0.659502 0.900722
14 5 0.732761 1.00332
e
0 6 0.893574 0.89718
1 6 0.697125 0.739108
2 6 0.727434 0.811432
3 6 0.821607 0.822056
4 6 0.900722 0.901153
5 6 0.538969 0.600873
6 6 0.421155 0.468034
7 6 0.350086 0.389785
8 6 0.502186 0.535756
9 6 0.679111 0.725603
10 6 0.42833 0.499866
11 6 0.402132 0.429014
15 6 0.87904 0.940361
e
7 7 0.389785 0.498226
11 7 0.429014 0.788931
e
0 8 0.89718 0.897475
1 8 0.739108 0.742746
2 8 0.811432 0.814849
3 8 0.822056 0.822067
4 8 0.901153 0.901165
5 8 0.600873 0.600981
6 8 -2.22565e-05 0
7 8 0.498226 0.505426
8 8 0.535756 0.535985
9 8 0.725603 0.725932
10 8 0.499866 0.500421
11 8 0.788931 0.789092
12 8 -1.86723e-05 0
15 8 0.940361 0.941879
e
0 9 0.897475 0.897523
1 9 0.742746 0.743092
2 9 0.814849 0.817305
3 9 -0.000294856 0
4 9 0.901165 0.901461
5 9 0.600981 0.603579
6 9 0.468034 0.474855
7 9 0.505426 0.516392
8 9 0.535985 0.548445
9 9 0.725932 0.748162
10 9 0.500421 0.583988
11 9 0.789092 0.817071
12 9 0.993723 0.995833
13 9 1.00766 1.01025
14 9 1.00332 1.00559
15 9 0.941879 0.987618
16 9 1.02424 1.02629
17 9 1.01974 1.02172
e
0 10 0.897523 0.913579
1 10 0.743092 0.854713
2 10 0.817305 0.927742
3 10 0.822067 0.82803
4 10 0.901461 0.907998
5 10 0.603579 0.949915
6 10 0.474855 0.749534
7 10 0.516392 0.730193
8 10 0.548445 0.700256
9 10 0.748162 0.913985
10 10 0.583988 0.887235
11 10 0.817071 1.03823
e
0 11 0.913579 0.91471
1 11 0.854713 0.876824
2 11 0.927742 0.935882
3 11 0.82803 0.896717
4 11 0.907998 0.92423
5 11 0.949915 0.954597
6 11 0.749534 0.763964
7 11 0.730193 0.737313
8 11 0.700256 0.703624
9 11 0.913985 0.916678
10 11 0.887235 0.891086
11 11 1.03823 1.04332
12 11 0.995833 1.00307
13 11 1.01025 1.01534
14 11 1.00559 1.00894
15 11 0.987618 1.00327
16 11 1.02629 1.03333
17 11 1.02172 1.02653
e
0 12 0.91471 1
1 12 0.876824 1
2 12 0.935882 1
3 12 0.896717 1.00029
4 12 0.92423 1
5 12 0.954597 1
6 12 0.763964 1.00002
7 12 0.737313 1
8 12 0.703624 1
9 12 0.916678 1
10 12 0.891086 1
11 12 -0.0433239 0
12 12 -0.00307359 -1.86723e-05
13 12 -0.0153402 0
14 12 -0.00893891 0
15 12 -0.00327021 0
16 12 -0.0333284 0
17 12 -0.0265347 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.75473e-05:2.4456]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000109819 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 109.8 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin-then-futex cross-core", \
     5.2642e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 52.6 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.815198
1 0.03454
2 0.0129468
3 0.0152252
4 0.0138879
5 0.0175683
6 0.0231992
7 0.0273938
8 0.0188551
9 0.0136145
10 0.0223073
11 0.0235464
12 0.00921747
13 0.00908949
14 0.0123819
15 0.0103221
16 0.00894286
17 0.00907371
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
set yrange [-6.332391:106.332391]
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
0 0 0 0.0111298
1 0 0 0.26268
2 0 0 0.700789
3 0 0 0.595918
4 0 0 0.653301
5 0 0 0.51644
6 0 0 0.391091
7 0 0 0.331206
8 0 0 0.481195
9 0 0 0.666423
10 0 0 0.406727
11 0 0 0.385323
12 0 0 0.984324
13 0 0 0.998183
14 0 0 0.732761
15 0 0 0.878989
16 0 0 1.01455
17 0 0 0.999919
e
0 1 0.0111298 0.706204
5 1 0.51644 0.528762
6 1 0.391091 0.400694
8 1 0.481195 0.492677
10 1 0.406727 0.416431
11 1 0.385323 0.394517
e
0 2 0.706204 0.89163
1 2 0.26268 0.262695
2 2 0.700789 0.700829
5 2 0.528762 0.534067
6 2 0.400694 0.41002
7 2 0.331206 0.331225
8 2 0.492677 0.497619
9 2 0.666423 0.666461
10 2 0.416431 0.420609
11 2 0.394517 0.398475
12 2 0.984324 0.98438
15 2 0.878989 0.87904
16 2 1.01455 1.01461
17 2 0.999919 0.999977
e
1 3 0.262695 0.691308
e
0 4 0.89163 0.893574
1 4 0.691308 0.697125
2 4 0.700829 0.727434
3 4 0.595918 0.601574
4 4 0.653301 0.659502
5 4 0.534067 0.538969
6 4 0.41002 0.421155
7 4 0.331225 0.350086
8 4 0.497619 0.502186
9 4 0.666461 0.679111
10 4 0.420609 0.42833
11 4 0.398475 0.402132
12 4 0.98438 0.993723
13 4 0.998183 1.00766
16 4 1.01461 1.02424
17 4 0.999977 1.01974
e
3 5 0.601574 0.821607
4 5 0.659502 0.900722
14 5 0.732761 1.00332
e
0 6 0.893574 0.89718
1 6 0.697125 0.739108
2 6 0.727434 0.811432
3 6 0.821607 0.822056
4 6 0.900722 0.901153
5 6 0.538969 0.600873
6 6 0.421155 0.468034
7 6 0.350086 0.389785
8 6 0.502186 0.535756
9 6 0.679111 0.725603
10 6 0.42833 0.499866
11 6 0.402132 0.429014
15 6 0.87904 0.940361
e
7 7 0.389785 0.498226
11 7 0.429014 0.788931
e
0 8 0.89718 0.897475
1 8 0.739108 0.742746
2 8 0.811432 0.814849
3 8 0.822056 0.822067
4 8 0.901153 0.901165
5 8 0.600873 0.600981
6 8 -2.22565e-05 0
7 8 0.498226 0.505426
8 8 0.535756 0.535985
9 8 0.725603 0.725932
10 8 0.499866 0.500421
11 8 0.788931 0.789092
12 8 -1.86723e-05 0
15 8 0.940361 0.941879
e
0 9 0.897475 0.897523
1 9 0.742746 0.743092
2 9 0.814849 0.817305
3 9 -0.000294856 0
4 9 0.901165 0.901461
5 9 0.600981 0.603579
6 9 0.468034 0.474855
7 9 0.505426 0.516392
8 9 0.535985 0.548445
9 9 0.725932 0.748162
10 9 0.500421 0.583988
11 9 0.789092 0.817071
12 9 0.993723 0.995833
13 9 1.00766 1.01025
14 9 1.00332 1.00559
15 9 0.941879 0.987618
16 9 1.02424 1.02629
17 9 1.01974 1.02172
e
0 10 0.897523 0.913579
1 10 0.743092 0.854713
2 10 0.817305 0.927742
3 10 0.822067 0.82803
4 10 0.901461 0.907998
5 10 0.603579 0.949915
6 10 0.474855 0.749534
7 10 0.516392 0.730193
8 10 0.548445 0.700256
9 10 0.748162 0.913985
10 10 0.583988 0.887235
11 10 0.817071 1.03823
e
0 11 0.913579 0.91471
1 11 0.854713 0.876824
2 11 0.927742 0.935882
3 11 0.82803 0.896717
4 11 0.907998 0.92423
5 11 0.949915 0.954597
6 11 0.749534 0.763964
7 11 0.730193 0.737313
8 11 0.700256 0.703624
9 11 0.913985 0.916678
10 11 0.887235 0.891086
11 11 1.03823 1.04332
12 11 0.995833 1.00307
13 11 1.01025 1.01534
14 11 1.00559 1.00894
15 11 0.987618 1.00327
16 11 1.02629 1.03333
17 11 1.02172 1.02653
e
0 12 0.91471 1
1 12 0.876824 1
2 12 0.935882 1
3 12 0.896717 1.00029
4 12 0.92423 1
5 12 0.954597 1
6 12 0.763964 1.00002
7 12 0.737313 1
8 12 0.703624 1
9 12 0.916678 1
10 12 0.891086 1
11 12 -0.0433239 0
12 12 -0.00307359 -1.86723e-05
13 12 -0.0153402 0
14 12 -0.00893891 0
15 12 -0.00327021 0
16 12 -0.0333284 0
17 12 -0.0265347 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.75473e-05:2.4456]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000109819 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 109.8 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin-then-futex cross-core", \
     5.2642e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 52.6 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.815198
1 0.03454
2 0.0129468
3 0.0152252
4 0.0138879
5 0.0175683
6 0.0231992
7 0.0273938
8 0.0188551
9 0.0136145
10 0.0223073
11 0.0235464
12 0.00921747
13 0.00908949
14 0.0123819
15 0.0103221
16 0.00894286
17 0.00907371
e
unset multiplot
unset logscale y
set output
