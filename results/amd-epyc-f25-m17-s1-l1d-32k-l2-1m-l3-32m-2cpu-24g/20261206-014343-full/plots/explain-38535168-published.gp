# explain.py: explain-38535168-published; data inline, run `gnuplot explain-38535168-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-published.png"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-5.665577:105.665577]
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
0 0 0 0.0118643
1 0 0 0.221933
2 0 0 0.415908
3 0 0 0.632853
4 0 0 0.62739
5 0 0 0.443029
6 0 0 0.311274
7 0 0 0.333506
8 0 0 0.412933
9 0 0 0.640381
10 0 0 0.31551
11 0 0 0.283845
12 0 0 0.939931
13 0 0 0.921564
14 0 0 0.70675
15 0 0 0.756345
16 0 0 0.952827
17 0 0 0.883999
e
0 1 0.0118643 0.708019
5 1 0.443029 0.679123
6 1 0.311274 0.474688
8 1 0.412933 0.632989
10 1 0.31551 0.483648
11 1 0.283845 0.435109
e
0 2 0.708019 0.892706
1 2 0.221933 0.221935
2 2 0.415908 0.415911
5 2 0.679123 0.786069
6 2 0.474688 0.658333
7 2 0.333506 0.333508
8 2 0.632989 0.73267
9 2 0.640381 0.640385
10 2 0.483648 0.559811
11 2 0.435109 0.503629
12 2 0.939931 0.939937
15 2 0.756345 0.75635
16 2 0.952827 0.952833
17 2 0.883999 0.884005
e
1 3 0.221935 0.612485
e
0 4 0.892706 0.895942
1 4 0.612485 0.631665
2 4 0.415911 0.477528
3 4 0.632853 0.656292
4 4 0.62739 0.650628
5 4 0.786069 0.802478
6 4 0.658333 0.69292
7 4 0.333508 0.407623
8 4 0.73267 0.747964
9 4 0.640385 0.687822
10 4 0.559811 0.583183
11 4 0.503629 0.514142
12 4 0.939937 0.974751
13 4 0.921564 0.955696
16 4 0.952833 0.988124
17 4 0.884005 0.930946
e
3 5 0.656292 0.929337
4 5 0.650628 0.921316
14 5 0.70675 1.01168
e
0 6 0.895942 0.899856
1 6 0.631665 0.671428
2 6 0.477528 0.535696
3 6 0.929337 0.929389
4 6 0.921316 0.921356
5 6 0.802478 0.864439
6 6 0.69292 0.736454
7 6 0.407623 0.454266
8 6 0.747964 0.785952
9 6 0.687822 0.746736
10 6 0.583183 0.633596
11 6 0.514142 0.540255
15 6 0.75635 0.825931
e
7 7 0.454266 0.563857
11 7 0.540255 0.94911
e
0 8 0.899856 0.900197
1 8 0.671428 0.674594
2 8 0.535696 0.537886
3 8 0.929389 0.92939
4 8 0.921356 0.92136
5 8 0.864439 0.864486
6 8 0.736454 0.736622
7 8 0.563857 0.571236
8 8 0.785952 0.78624
9 8 0.746736 0.74679
10 8 0.633596 0.635036
11 8 0.94911 0.949221
15 8 0.825931 0.82708
e
0 9 0.900197 0.900354
1 9 0.674594 0.675577
2 9 0.537886 0.541124
3 9 0.92939 0.929407
4 9 0.92136 0.921413
5 9 0.864486 0.865775
6 9 0.736622 0.740623
7 9 0.571236 0.572838
8 9 0.78624 0.800171
9 9 0.74679 0.765284
10 9 0.635036 0.672836
11 9 0.949221 0.964815
12 9 0.974751 0.975133
13 9 0.955696 0.956072
14 9 1.01168 1.01191
15 9 0.82708 0.872679
16 9 0.988124 0.988306
17 9 0.930946 0.931111
e
0 10 0.900354 0.939212
1 10 0.675577 0.880173
2 10 0.541124 0.841283
3 10 0.929407 0.94667
4 10 0.921413 0.931852
5 10 0.865775 1.03261
6 10 0.740623 0.998438
7 10 0.572838 0.834334
8 10 0.800171 0.995551
9 10 0.765284 1.03635
10 10 0.672836 0.795438
11 10 0.964815 1.02599
12 10 -3.9145e-07 0
13 10 -3.838e-07 0
14 10 -2.94338e-07 0
15 10 0.872679 1.02087
e
0 11 0.939212 0.939328
1 11 0.880173 0.882204
2 11 0.841283 0.841788
3 11 0.94667 0.95451
4 11 0.931852 0.933159
5 11 1.03261 1.03305
6 11 0.998438 0.999441
7 11 0.834334 0.835346
8 11 0.995551 0.995854
9 11 1.03635 1.03666
10 11 0.795438 0.795767
11 11 1.02599 1.02644
12 11 0.975133 0.975824
13 11 0.956072 0.95652
14 11 1.01191 1.01248
15 11 1.02087 1.02188
16 11 0.988306 0.989072
17 11 0.931111 0.931665
e
0 12 0.939328 1
1 12 0.882204 1
2 12 0.841788 1
3 12 0.95451 1
4 12 0.933159 1
5 12 -0.0330543 0
6 12 0.999441 1
7 12 0.835346 1
8 12 0.995854 1
9 12 -0.0366558 0
10 12 0.795767 1
11 12 -0.0264445 0
12 12 0.975824 1
13 12 0.95652 1
14 12 -0.012475 -2.94338e-07
15 12 -0.021876 0
16 12 0.989072 1
17 12 0.931665 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.000644865:20.5828]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00296664 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 2.97 ms:", \
     NaN with lines lc rgb 'white' title "  vmsplice/read-huge-spin unpinned", \
     0.00193459 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 1.93 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 6.86092
1 0.366776
2 0.195716
3 0.128623
4 0.129743
5 0.183735
6 0.261505
7 0.244073
8 0.197126
9 0.127111
10 0.257994
11 0.286775
12 0.0866018
13 0.0883278
14 0.115175
15 0.107622
16 0.0854297
17 0.0920812
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
set yrange [-5.665577:105.665577]
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
0 0 0 0.0118643
1 0 0 0.221933
2 0 0 0.415908
3 0 0 0.632853
4 0 0 0.62739
5 0 0 0.443029
6 0 0 0.311274
7 0 0 0.333506
8 0 0 0.412933
9 0 0 0.640381
10 0 0 0.31551
11 0 0 0.283845
12 0 0 0.939931
13 0 0 0.921564
14 0 0 0.70675
15 0 0 0.756345
16 0 0 0.952827
17 0 0 0.883999
e
0 1 0.0118643 0.708019
5 1 0.443029 0.679123
6 1 0.311274 0.474688
8 1 0.412933 0.632989
10 1 0.31551 0.483648
11 1 0.283845 0.435109
e
0 2 0.708019 0.892706
1 2 0.221933 0.221935
2 2 0.415908 0.415911
5 2 0.679123 0.786069
6 2 0.474688 0.658333
7 2 0.333506 0.333508
8 2 0.632989 0.73267
9 2 0.640381 0.640385
10 2 0.483648 0.559811
11 2 0.435109 0.503629
12 2 0.939931 0.939937
15 2 0.756345 0.75635
16 2 0.952827 0.952833
17 2 0.883999 0.884005
e
1 3 0.221935 0.612485
e
0 4 0.892706 0.895942
1 4 0.612485 0.631665
2 4 0.415911 0.477528
3 4 0.632853 0.656292
4 4 0.62739 0.650628
5 4 0.786069 0.802478
6 4 0.658333 0.69292
7 4 0.333508 0.407623
8 4 0.73267 0.747964
9 4 0.640385 0.687822
10 4 0.559811 0.583183
11 4 0.503629 0.514142
12 4 0.939937 0.974751
13 4 0.921564 0.955696
16 4 0.952833 0.988124
17 4 0.884005 0.930946
e
3 5 0.656292 0.929337
4 5 0.650628 0.921316
14 5 0.70675 1.01168
e
0 6 0.895942 0.899856
1 6 0.631665 0.671428
2 6 0.477528 0.535696
3 6 0.929337 0.929389
4 6 0.921316 0.921356
5 6 0.802478 0.864439
6 6 0.69292 0.736454
7 6 0.407623 0.454266
8 6 0.747964 0.785952
9 6 0.687822 0.746736
10 6 0.583183 0.633596
11 6 0.514142 0.540255
15 6 0.75635 0.825931
e
7 7 0.454266 0.563857
11 7 0.540255 0.94911
e
0 8 0.899856 0.900197
1 8 0.671428 0.674594
2 8 0.535696 0.537886
3 8 0.929389 0.92939
4 8 0.921356 0.92136
5 8 0.864439 0.864486
6 8 0.736454 0.736622
7 8 0.563857 0.571236
8 8 0.785952 0.78624
9 8 0.746736 0.74679
10 8 0.633596 0.635036
11 8 0.94911 0.949221
15 8 0.825931 0.82708
e
0 9 0.900197 0.900354
1 9 0.674594 0.675577
2 9 0.537886 0.541124
3 9 0.92939 0.929407
4 9 0.92136 0.921413
5 9 0.864486 0.865775
6 9 0.736622 0.740623
7 9 0.571236 0.572838
8 9 0.78624 0.800171
9 9 0.74679 0.765284
10 9 0.635036 0.672836
11 9 0.949221 0.964815
12 9 0.974751 0.975133
13 9 0.955696 0.956072
14 9 1.01168 1.01191
15 9 0.82708 0.872679
16 9 0.988124 0.988306
17 9 0.930946 0.931111
e
0 10 0.900354 0.939212
1 10 0.675577 0.880173
2 10 0.541124 0.841283
3 10 0.929407 0.94667
4 10 0.921413 0.931852
5 10 0.865775 1.03261
6 10 0.740623 0.998438
7 10 0.572838 0.834334
8 10 0.800171 0.995551
9 10 0.765284 1.03635
10 10 0.672836 0.795438
11 10 0.964815 1.02599
12 10 -3.9145e-07 0
13 10 -3.838e-07 0
14 10 -2.94338e-07 0
15 10 0.872679 1.02087
e
0 11 0.939212 0.939328
1 11 0.880173 0.882204
2 11 0.841283 0.841788
3 11 0.94667 0.95451
4 11 0.931852 0.933159
5 11 1.03261 1.03305
6 11 0.998438 0.999441
7 11 0.834334 0.835346
8 11 0.995551 0.995854
9 11 1.03635 1.03666
10 11 0.795438 0.795767
11 11 1.02599 1.02644
12 11 0.975133 0.975824
13 11 0.956072 0.95652
14 11 1.01191 1.01248
15 11 1.02087 1.02188
16 11 0.988306 0.989072
17 11 0.931111 0.931665
e
0 12 0.939328 1
1 12 0.882204 1
2 12 0.841788 1
3 12 0.95451 1
4 12 0.933159 1
5 12 -0.0330543 0
6 12 0.999441 1
7 12 0.835346 1
8 12 0.995854 1
9 12 -0.0366558 0
10 12 0.795767 1
11 12 -0.0264445 0
12 12 0.975824 1
13 12 0.95652 1
14 12 -0.012475 -2.94338e-07
15 12 -0.021876 0
16 12 0.989072 1
17 12 0.931665 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.000644865:20.5828]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00296664 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 2.97 ms:", \
     NaN with lines lc rgb 'white' title "  vmsplice/read-huge-spin unpinned", \
     0.00193459 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 1.93 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 6.86092
1 0.366776
2 0.195716
3 0.128623
4 0.129743
5 0.183735
6 0.261505
7 0.244073
8 0.197126
9 0.127111
10 0.257994
11 0.286775
12 0.0866018
13 0.0883278
14 0.115175
15 0.107622
16 0.0854297
17 0.0920812
e
unset multiplot
unset logscale y
set output
