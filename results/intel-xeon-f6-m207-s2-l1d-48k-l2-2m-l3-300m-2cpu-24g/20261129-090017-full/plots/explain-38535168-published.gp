# explain.py: explain-38535168-published; data inline, run `gnuplot explain-38535168-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-published.png"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-39.353405:139.353405]
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
0 0 0 0.0150284
1 0 0 0.338275
2 0 0 0.559183
3 0 0 0.677085
4 0 0 0.725779
5 0 0 0.52395
6 0 0 0.455238
7 0 0 0.560412
8 0 0 0.569198
9 0 0 1.11782
10 0 0 0.516821
11 0 0 0.374719
12 0 0 0.872563
13 0 0 1.03793
14 0 0 0.714866
15 0 0 0.966683
16 0 0 0.940942
17 0 0 1.30482
e
0 1 0.0150284 0.74661
5 1 0.52395 0.690399
6 1 0.455238 0.601386
8 1 0.569198 0.750022
10 1 0.516821 0.681006
11 1 0.374719 0.493761
e
0 2 0.74661 0.911325
1 2 0.338275 0.338276
2 2 0.559183 0.559185
5 2 0.690399 0.772836
6 2 0.601386 0.744819
7 2 0.560412 0.560415
8 2 0.750022 0.839579
9 2 1.11782 1.11782
10 2 0.681006 0.762321
11 2 0.493761 0.552719
12 2 0.872563 0.872567
15 2 0.966683 0.966687
16 2 0.940942 0.940946
17 2 1.30482 1.30483
e
1 3 0.338276 0.818204
e
0 4 0.911325 0.915826
1 4 0.818204 0.850302
2 4 0.559185 0.650145
3 4 0.677085 0.704619
4 4 0.725779 0.755294
5 4 0.772836 0.794143
6 4 0.744819 0.800357
7 4 0.560415 0.697154
8 4 0.839579 0.862726
9 4 1.11782 1.20874
10 4 0.762321 0.804356
11 4 0.552719 0.567957
12 4 0.872567 0.908051
13 4 1.03793 1.08014
16 4 0.940946 0.979211
17 4 1.30483 1.37328
e
3 5 0.704619 0.828486
4 5 0.755294 0.888069
14 5 0.714866 0.845644
e
0 6 0.915826 0.918442
1 6 0.850302 0.882274
2 6 0.650145 0.694324
3 6 0.828486 0.828503
4 6 0.888069 0.888076
5 6 0.794143 0.835539
6 6 0.800357 0.836324
7 6 0.697154 0.74143
8 6 0.862726 0.896632
9 6 1.20874 1.27532
10 6 0.804356 0.896959
11 6 0.567957 0.590278
15 6 0.966687 1.02427
e
7 7 0.74143 0.855148
11 7 0.590278 0.891191
e
0 8 0.918442 0.918637
1 8 0.882274 0.884119
2 8 0.694324 0.695515
3 8 0.828503 0.828507
4 8 0.888076 0.888078
5 8 0.835539 0.83556
6 8 0.836324 0.836454
7 8 0.855148 0.859861
8 8 0.896632 0.896644
9 8 1.27532 1.27545
10 8 0.896959 0.897864
11 8 0.891191 0.891241
12 8 -7.07806e-07 0
15 8 1.02427 1.02482
e
0 9 0.918637 0.918671
1 9 0.884119 0.884456
2 9 0.695515 0.695536
3 9 0.828507 0.828512
5 9 0.83556 0.835793
6 9 0.836454 0.839009
7 9 0.859861 0.860503
8 9 0.896644 0.897429
9 9 1.27545 1.27726
10 9 0.897864 0.909118
11 9 0.891241 0.893247
13 9 1.08014 1.08014
15 9 1.02482 1.03005
e
0 10 0.918671 0.952119
1 10 0.884456 1.05591
2 10 0.695536 0.885048
3 10 0.828512 0.829295
4 10 0.888078 0.894491
5 10 0.835793 0.967133
6 10 0.839009 1.09165
7 10 0.860503 1.16118
8 10 0.897429 0.920487
9 10 1.27726 1.33809
10 10 0.909118 1.04844
11 10 -2.25248e-07 0
12 10 -1.23231e-06 -7.07806e-07
13 10 -6.23913e-07 0
14 10 -4.29713e-07 0
15 10 1.03005 1.15625
e
0 11 0.952119 0.952288
1 11 1.05591 1.06039
2 11 0.885048 0.885357
3 11 0.829295 0.838329
4 11 0.894491 0.896053
5 11 0.967133 0.967272
6 11 1.09165 1.09281
7 11 1.16118 1.16215
8 11 0.920487 0.920628
9 11 1.33809 1.33834
10 11 1.04844 1.04871
11 11 0.893247 0.893398
12 11 0.908051 0.908315
13 11 1.08014 1.08038
14 11 0.845644 0.846052
15 11 1.15625 1.15664
16 11 0.979211 0.979407
17 11 1.37328 1.37353
e
0 12 0.952288 1
1 12 -0.0603925 0
2 12 0.885357 1
3 12 0.838329 1
4 12 0.896053 1
5 12 0.967272 1
6 12 -0.0928123 0
7 12 -0.162153 0
8 12 0.920628 1
9 12 -0.338336 0
10 12 -0.0487132 0
11 12 0.893398 1
12 12 0.908315 1
13 12 -0.0803815 -6.23913e-07
14 12 0.846052 1
15 12 -0.156637 0
16 12 0.979407 1
17 12 -0.373534 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.00161136:30.4463]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00483408 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 4.83 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream unpinned", \
     0.00584395 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 5.84 ms:", \
     NaN with lines lc rgb 'white' title "  memfd/pooled-touch unpinned"
0 10.1488
1 0.450875
2 0.272755
3 0.225259
4 0.210146
5 0.291096
6 0.335033
7 0.272156
8 0.267955
9 0.136444
10 0.295111
11 0.407024
12 0.174795
13 0.146945
14 0.213354
15 0.157776
16 0.162093
17 0.116889
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
set yrange [-39.353405:139.353405]
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
0 0 0 0.0150284
1 0 0 0.338275
2 0 0 0.559183
3 0 0 0.677085
4 0 0 0.725779
5 0 0 0.52395
6 0 0 0.455238
7 0 0 0.560412
8 0 0 0.569198
9 0 0 1.11782
10 0 0 0.516821
11 0 0 0.374719
12 0 0 0.872563
13 0 0 1.03793
14 0 0 0.714866
15 0 0 0.966683
16 0 0 0.940942
17 0 0 1.30482
e
0 1 0.0150284 0.74661
5 1 0.52395 0.690399
6 1 0.455238 0.601386
8 1 0.569198 0.750022
10 1 0.516821 0.681006
11 1 0.374719 0.493761
e
0 2 0.74661 0.911325
1 2 0.338275 0.338276
2 2 0.559183 0.559185
5 2 0.690399 0.772836
6 2 0.601386 0.744819
7 2 0.560412 0.560415
8 2 0.750022 0.839579
9 2 1.11782 1.11782
10 2 0.681006 0.762321
11 2 0.493761 0.552719
12 2 0.872563 0.872567
15 2 0.966683 0.966687
16 2 0.940942 0.940946
17 2 1.30482 1.30483
e
1 3 0.338276 0.818204
e
0 4 0.911325 0.915826
1 4 0.818204 0.850302
2 4 0.559185 0.650145
3 4 0.677085 0.704619
4 4 0.725779 0.755294
5 4 0.772836 0.794143
6 4 0.744819 0.800357
7 4 0.560415 0.697154
8 4 0.839579 0.862726
9 4 1.11782 1.20874
10 4 0.762321 0.804356
11 4 0.552719 0.567957
12 4 0.872567 0.908051
13 4 1.03793 1.08014
16 4 0.940946 0.979211
17 4 1.30483 1.37328
e
3 5 0.704619 0.828486
4 5 0.755294 0.888069
14 5 0.714866 0.845644
e
0 6 0.915826 0.918442
1 6 0.850302 0.882274
2 6 0.650145 0.694324
3 6 0.828486 0.828503
4 6 0.888069 0.888076
5 6 0.794143 0.835539
6 6 0.800357 0.836324
7 6 0.697154 0.74143
8 6 0.862726 0.896632
9 6 1.20874 1.27532
10 6 0.804356 0.896959
11 6 0.567957 0.590278
15 6 0.966687 1.02427
e
7 7 0.74143 0.855148
11 7 0.590278 0.891191
e
0 8 0.918442 0.918637
1 8 0.882274 0.884119
2 8 0.694324 0.695515
3 8 0.828503 0.828507
4 8 0.888076 0.888078
5 8 0.835539 0.83556
6 8 0.836324 0.836454
7 8 0.855148 0.859861
8 8 0.896632 0.896644
9 8 1.27532 1.27545
10 8 0.896959 0.897864
11 8 0.891191 0.891241
12 8 -7.07806e-07 0
15 8 1.02427 1.02482
e
0 9 0.918637 0.918671
1 9 0.884119 0.884456
2 9 0.695515 0.695536
3 9 0.828507 0.828512
5 9 0.83556 0.835793
6 9 0.836454 0.839009
7 9 0.859861 0.860503
8 9 0.896644 0.897429
9 9 1.27545 1.27726
10 9 0.897864 0.909118
11 9 0.891241 0.893247
13 9 1.08014 1.08014
15 9 1.02482 1.03005
e
0 10 0.918671 0.952119
1 10 0.884456 1.05591
2 10 0.695536 0.885048
3 10 0.828512 0.829295
4 10 0.888078 0.894491
5 10 0.835793 0.967133
6 10 0.839009 1.09165
7 10 0.860503 1.16118
8 10 0.897429 0.920487
9 10 1.27726 1.33809
10 10 0.909118 1.04844
11 10 -2.25248e-07 0
12 10 -1.23231e-06 -7.07806e-07
13 10 -6.23913e-07 0
14 10 -4.29713e-07 0
15 10 1.03005 1.15625
e
0 11 0.952119 0.952288
1 11 1.05591 1.06039
2 11 0.885048 0.885357
3 11 0.829295 0.838329
4 11 0.894491 0.896053
5 11 0.967133 0.967272
6 11 1.09165 1.09281
7 11 1.16118 1.16215
8 11 0.920487 0.920628
9 11 1.33809 1.33834
10 11 1.04844 1.04871
11 11 0.893247 0.893398
12 11 0.908051 0.908315
13 11 1.08014 1.08038
14 11 0.845644 0.846052
15 11 1.15625 1.15664
16 11 0.979211 0.979407
17 11 1.37328 1.37353
e
0 12 0.952288 1
1 12 -0.0603925 0
2 12 0.885357 1
3 12 0.838329 1
4 12 0.896053 1
5 12 0.967272 1
6 12 -0.0928123 0
7 12 -0.162153 0
8 12 0.920628 1
9 12 -0.338336 0
10 12 -0.0487132 0
11 12 0.893398 1
12 12 0.908315 1
13 12 -0.0803815 -6.23913e-07
14 12 0.846052 1
15 12 -0.156637 0
16 12 0.979407 1
17 12 -0.373534 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.00161136:30.4463]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00483408 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 4.83 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream unpinned", \
     0.00584395 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 5.84 ms:", \
     NaN with lines lc rgb 'white' title "  memfd/pooled-touch unpinned"
0 10.1488
1 0.450875
2 0.272755
3 0.225259
4 0.210146
5 0.291096
6 0.335033
7 0.272156
8 0.267955
9 0.136444
10 0.295111
11 0.407024
12 0.174795
13 0.146945
14 0.213354
15 0.157776
16 0.162093
17 0.116889
e
unset multiplot
unset logscale y
set output
