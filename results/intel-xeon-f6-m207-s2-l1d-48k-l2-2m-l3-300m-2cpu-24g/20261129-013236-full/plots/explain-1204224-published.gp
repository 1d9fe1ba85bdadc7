# explain.py: explain-1204224-published; data inline, run `gnuplot explain-1204224-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-published.png"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-7.293815:107.293815]
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
0 0 0 0.00729787
1 0 0 0.15847
2 0 0 0.37454
3 0 0 0.445474
4 0 0 0.498812
5 0 0 0.444609
6 0 0 0.36453
7 0 0 0.296365
8 0 0 0.446286
9 0 0 0.629678
10 0 0 0.44485
11 0 0 0.36619
12 0 0 0.945823
13 0 0 1.01942
14 0 0 0.744273
15 0 0 0.612215
16 0 0 0.659644
17 0 0 0.605208
e
0 1 0.00729787 0.530449
5 1 0.444609 0.470229
6 1 0.36453 0.383491
8 1 0.446286 0.472002
10 1 0.44485 0.470484
11 1 0.36619 0.38729
e
0 2 0.530449 0.652881
1 2 0.15847 0.158505
2 2 0.37454 0.374624
5 2 0.470229 0.481114
6 2 0.383491 0.402228
7 2 0.296365 0.296431
8 2 0.472002 0.482928
9 2 0.629678 0.629818
10 2 0.470484 0.481375
11 2 0.38729 0.396256
12 2 0.945823 0.946034
15 2 0.612215 0.612352
16 2 0.659644 0.659792
17 2 0.605208 0.605343
e
1 3 0.158505 0.465869
e
0 4 0.652881 0.654535
1 4 0.465869 0.473016
2 4 0.374624 0.403578
3 4 0.445474 0.454084
4 4 0.498812 0.508452
5 4 0.481114 0.489707
6 4 0.402228 0.423364
7 4 0.296431 0.330797
8 4 0.482928 0.491553
9 4 0.629818 0.654158
10 4 0.481375 0.49857
11 4 0.396256 0.403333
12 4 0.946034 0.964314
13 4 1.01942 1.03912
16 4 0.659792 0.67254
17 4 0.605343 0.624725
e
3 5 0.454084 0.551135
4 5 0.508452 0.617124
14 5 0.744273 0.906421
e
0 6 0.654535 0.656116
1 6 0.473016 0.493395
2 6 0.403578 0.439696
3 6 0.551135 0.551909
4 6 0.617124 0.617847
5 6 0.489707 0.532588
6 6 0.423364 0.45852
7 6 0.330797 0.359376
8 6 0.491553 0.521105
9 6 0.654158 0.695854
10 6 0.49857 0.568082
11 6 0.403333 0.427581
15 6 0.612352 0.652891
e
7 7 0.359376 0.473175
11 7 0.427581 0.776353
e
0 8 0.656116 0.656232
1 8 0.493395 0.494756
2 8 0.439696 0.440853
3 8 -8.81597e-05 0
5 8 0.532588 0.532729
6 8 0.45852 0.458664
7 8 0.473175 0.477093
8 8 0.521105 0.521317
9 8 0.695854 0.695953
10 8 0.568082 0.568399
11 8 0.776353 0.776454
15 8 0.652891 0.653788
e
1 9 0.494756 0.494779
2 9 0.440853 0.4409
3 9 -0.000413237 -8.81597e-05
4 9 0.617847 0.617879
5 9 0.532729 0.533533
6 9 -0.000242878 0
7 9 0.477093 0.481221
8 9 0.521317 0.523526
9 9 0.695953 0.700928
10 9 0.568399 0.586917
11 9 0.776454 0.778813
12 9 0.964314 0.965484
13 9 1.03912 1.04236
14 9 0.906421 0.906492
15 9 0.653788 0.663286
16 9 -0.000983657 0
17 9 0.624725 0.625666
e
0 10 0.656232 0.660253
1 10 0.494779 0.535408
2 10 0.4409 0.511248
3 10 0.551909 0.554765
4 10 0.617879 0.620909
5 10 0.533533 0.67264
6 10 0.458664 0.618563
7 10 0.481221 0.604361
8 10 0.523526 0.697836
9 10 0.700928 0.819184
10 10 0.586917 0.715544
11 10 0.778813 0.890327
12 10 -1.91707e-05 0
13 10 -2.06624e-05 0
14 10 -2.0114e-05 0
15 10 -4.13629e-06 0
e
0 11 0.660253 0.664155
1 11 0.535408 0.607432
2 11 0.511248 0.524834
3 11 0.554765 0.834498
4 11 0.620909 0.651004
5 11 0.67264 0.676478
6 11 0.618563 0.648676
7 11 0.604361 0.628656
8 11 0.697836 0.703405
9 11 0.819184 0.824291
10 11 0.715544 0.723459
11 11 0.890327 0.897954
12 11 0.965484 0.975732
13 11 1.04236 1.05294
14 11 0.906492 0.92147
15 11 0.663286 0.676632
16 11 0.67254 0.678158
17 11 0.625666 0.632103
e
0 12 0.664155 1
1 12 0.607432 1
2 12 0.524834 1
3 12 0.834498 1.00041
4 12 0.651004 1
5 12 0.676478 1
6 12 0.648676 1.00024
7 12 0.628656 1
8 12 0.703405 1
9 12 0.824291 1
10 12 0.723459 1
11 12 0.897954 1
12 12 0.975732 1.00002
13 12 -0.0529381 -2.06624e-05
14 12 0.92147 1.00002
15 12 0.676632 1
16 12 0.678158 1.00098
17 12 0.632103 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [2.27394e-05:1.1966]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     8.2895e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 82.9 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     6.82183e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 68.2 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 0.398867
1 0.0183687
2 0.00777188
3 0.00653434
4 0.00583563
5 0.00654705
6 0.00798529
7 0.00982196
8 0.00652246
9 0.00462281
10 0.0065435
11 0.0079491
12 0.00307761
13 0.00285543
14 0.00391104
15 0.00475467
16 0.0044128
17 0.00480972
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
set yrange [-7.293815:107.293815]
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
0 0 0 0.00729787
1 0 0 0.15847
2 0 0 0.37454
3 0 0 0.445474
4 0 0 0.498812
5 0 0 0.444609
6 0 0 0.36453
7 0 0 0.296365
8 0 0 0.446286
9 0 0 0.629678
10 0 0 0.44485
11 0 0 0.36619
12 0 0 0.945823
13 0 0 1.01942
14 0 0 0.744273
15 0 0 0.612215
16 0 0 0.659644
17 0 0 0.605208
e
0 1 0.00729787 0.530449
5 1 0.444609 0.470229
6 1 0.36453 0.383491
8 1 0.446286 0.472002
10 1 0.44485 0.470484
11 1 0.36619 0.38729
e
0 2 0.530449 0.652881
1 2 0.15847 0.158505
2 2 0.37454 0.374624
5 2 0.470229 0.481114
6 2 0.383491 0.402228
7 2 0.296365 0.296431
8 2 0.472002 0.482928
9 2 0.629678 0.629818
10 2 0.470484 0.481375
11 2 0.38729 0.396256
12 2 0.945823 0.946034
15 2 0.612215 0.612352
16 2 0.659644 0.659792
17 2 0.605208 0.605343
e
1 3 0.158505 0.465869
e
0 4 0.652881 0.654535
1 4 0.465869 0.473016
2 4 0.374624 0.403578
3 4 0.445474 0.454084
4 4 0.498812 0.508452
5 4 0.481114 0.489707
6 4 0.402228 0.423364
7 4 0.296431 0.330797
8 4 0.482928 0.491553
9 4 0.629818 0.654158
10 4 0.481375 0.49857
11 4 0.396256 0.403333
12 4 0.946034 0.964314
13 4 1.01942 1.03912
16 4 0.659792 0.67254
17 4 0.605343 0.624725
e
3 5 0.454084 0.551135
4 5 0.508452 0.617124
14 5 0.744273 0.906421
e
0 6 0.654535 0.656116
1 6 0.473016 0.493395
2 6 0.403578 0.439696
3 6 0.551135 0.551909
4 6 0.617124 0.617847
5 6 0.489707 0.532588
6 6 0.423364 0.45852
7 6 0.330797 0.359376
8 6 0.491553 0.521105
9 6 0.654158 0.695854
10 6 0.49857 0.568082
11 6 0.403333 0.427581
15 6 0.612352 0.652891
e
7 7 0.359376 0.473175
11 7 0.427581 0.776353
e
0 8 0.656116 0.656232
1 8 0.493395 0.494756
2 8 0.439696 0.440853
3 8 -8.81597e-05 0
5 8 0.532588 0.532729
6 8 0.45852 0.458664
7 8 0.473175 0.477093
8 8 0.521105 0.521317
9 8 0.695854 0.695953
10 8 0.568082 0.568399
11 8 0.776353 0.776454
15 8 0.652891 0.653788
e
1 9 0.494756 0.494779
2 9 0.440853 0.4409
3 9 -0.000413237 -8.81597e-05
4 9 0.617847 0.617879
5 9 0.532729 0.533533
6 9 -0.000242878 0
7 9 0.477093 0.481221
8 9 0.521317 0.523526
9 9 0.695953 0.700928
10 9 0.568399 0.586917
11 9 0.776454 0.778813
12 9 0.964314 0.965484
13 9 1.03912 1.04236
14 9 0.906421 0.906492
15 9 0.653788 0.663286
16 9 -0.000983657 0
17 9 0.624725 0.625666
e
0 10 0.656232 0.660253
1 10 0.494779 0.535408
2 10 0.4409 0.511248
3 10 0.551909 0.554765
4 10 0.617879 0.620909
5 10 0.533533 0.67264
6 10 0.458664 0.618563
7 10 0.481221 0.604361
8 10 0.523526 0.697836
9 10 0.700928 0.819184
10 10 0.586917 0.715544
11 10 0.778813 0.890327
12 10 -1.91707e-05 0
13 10 -2.06624e-05 0
14 10 -2.0114e-05 0
15 10 -4.13629e-06 0
e
0 11 0.660253 0.664155
1 11 0.535408 0.607432
2 11 0.511248 0.524834
3 11 0.554765 0.834498
4 11 0.620909 0.651004
5 11 0.67264 0.676478
6 11 0.618563 0.648676
7 11 0.604361 0.628656
8 11 0.697836 0.703405
9 11 0.819184 0.824291
10 11 0.715544 0.723459
11 11 0.890327 0.897954
12 11 0.965484 0.975732
13 11 1.04236 1.05294
14 11 0.906492 0.92147
15 11 0.663286 0.676632
16 11 0.67254 0.678158
17 11 0.625666 0.632103
e
0 12 0.664155 1
1 12 0.607432 1
2 12 0.524834 1
3 12 0.834498 1.00041
4 12 0.651004 1
5 12 0.676478 1
6 12 0.648676 1.00024
7 12 0.628656 1
8 12 0.703405 1
9 12 0.824291 1
10 12 0.723459 1
11 12 0.897954 1
12 12 0.975732 1.00002
13 12 -0.0529381 -2.06624e-05
14 12 0.92147 1.00002
15 12 0.676632 1
16 12 0.678158 1.00098
17 12 0.632103 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [2.27394e-05:1.1966]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     8.2895e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 82.9 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     6.82183e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 68.2 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 0.398867
1 0.0183687
2 0.00777188
3 0.00653434
4 0.00583563
5 0.00654705
6 0.00798529
7 0.00982196
8 0.00652246
9 0.00462281
10 0.0065435
11 0.0079491
12 0.00307761
13 0.00285543
14 0.00391104
15 0.00475467
16 0.0044128
17 0.00480972
e
unset multiplot
unset logscale y
set output
