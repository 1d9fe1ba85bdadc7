# explain.py: explain-38535168-published; data inline, run `gnuplot explain-38535168-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-published.png"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-28.528608:128.528608]
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
     1/0 with boxes lc rgb "#8c564b" fs solid 0.5 title "broker / extra hop", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#bcbd22" fs pattern 6 title "system calls", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#ff7f0e" fs pattern 7 title "wake-ups", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#e377c2" fs pattern 3 title "page faults", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
0 0 0 0.0111851
1 0 0 0.126549
2 0 0 0.27001
3 0 0 0.743288
4 0 0 0.780927
5 0 0 0.313428
6 0 0 0.345338
7 0 0 0.318832
8 0 0 0.470652
9 0 0 0.783963
10 0 0 0.333155
11 0 0 0.318851
12 0 0 1.22478
13 0 0 1.19787
14 0 0 0.893548
15 0 0 0.942386
16 0 0 0.885669
17 0 0 1.18001
e
0 1 0.0111851 0.319406
5 1 0.313428 0.387205
6 1 0.345338 0.424654
8 1 0.470652 0.581436
10 1 0.333155 0.411575
11 1 0.318851 0.393905
e
0 2 0.319406 0.490074
1 2 0.126549 0.12655
2 2 0.27001 0.270011
5 2 0.387205 0.397952
6 2 0.424654 0.503754
7 2 0.318832 0.318834
8 2 0.581436 0.597574
9 2 0.783963 0.783967
10 2 0.411575 0.422998
11 2 0.393905 0.404837
12 2 1.22478 1.22479
15 2 0.942386 0.942391
16 2 0.885669 0.885673
17 2 1.18001 1.18001
e
1 3 0.12655 0.302538
e
0 4 0.490074 0.4927
1 4 0.302538 0.312077
2 4 0.270011 0.305523
3 4 0.743288 0.767727
4 4 0.780927 0.806603
5 4 0.397952 0.408257
6 4 0.503754 0.537818
7 4 0.318834 0.381733
8 4 0.597574 0.613049
9 4 0.783967 0.83552
10 4 0.422998 0.444907
11 4 0.404837 0.415321
12 4 1.22479 1.26506
13 4 1.19787 1.23725
16 4 0.885673 0.914794
17 4 1.18001 1.21881
e
3 5 0.767727 1.04183
4 5 0.806603 1.09459
14 5 0.893548 1.22307
e
0 6 0.4927 0.497241
1 6 0.312077 0.339984
2 6 0.305523 0.345358
3 6 1.04183 1.04185
4 6 1.09459 1.0946
5 6 0.408257 0.454498
6 6 0.537818 0.588767
7 6 0.381733 0.42877
8 6 0.613049 0.647128
9 6 0.83552 0.892285
10 6 0.444907 0.485045
11 6 0.415321 0.438409
15 6 0.942391 1.01063
e
0 8 0.497241 0.497494
1 8 0.339984 0.341405
2 8 0.345358 0.346527
3 8 1.04185 1.04193
4 8 1.0946 1.09466
5 8 0.454498 0.454528
6 8 0.588767 0.588953
7 8 0.42877 0.434257
8 8 0.647128 0.647504
9 8 0.892285 0.893099
10 8 0.485045 0.486121
11 8 0.438409 0.438746
12 8 1.26506 1.26508
13 8 1.23725 1.23727
14 8 1.22307 1.22312
15 8 1.01063 1.01182
16 8 0.914794 0.914803
17 8 1.21881 1.21882
e
0 9 0.497494 0.497522
1 9 0.341405 0.341585
2 9 0.346527 0.346621
3 9 1.04193 1.04204
4 9 1.09466 1.09471
5 9 0.454528 0.454628
6 9 0.588953 0.589326
7 9 0.434257 0.43488
8 9 0.647504 0.649988
9 9 0.893099 0.896848
10 9 0.486121 0.491882
11 9 0.438746 0.442288
12 9 1.26508 1.26515
13 9 1.23727 1.23741
14 9 1.22312 1.2232
15 9 1.01182 1.01682
16 9 0.914803 0.914855
17 9 1.21882 1.21889
e
0 10 0.497522 0.571951
1 10 0.341585 0.540719
2 10 0.346621 0.633833
3 10 1.04204 1.0614
4 10 1.09471 1.11504
5 10 0.454628 0.740046
6 10 0.589326 1.12593
7 10 0.43488 0.672883
8 10 0.649988 1.05125
9 10 0.896848 1.1909
10 10 0.491882 0.794462
11 10 0.442288 0.730852
15 10 1.01682 1.19296
e
1 11 0.540719 0.541746
2 11 0.633833 0.634056
3 11 1.0614 1.0703
4 11 1.11504 1.117
5 11 0.740046 0.740135
6 11 1.12593 1.12656
7 11 0.672883 0.674476
8 11 1.05125 1.05126
9 11 1.1909 1.19104
10 11 0.794462 0.794908
11 11 0.730852 0.73105
12 11 1.26515 1.26529
13 11 1.23741 1.2375
14 11 1.2232 1.22321
15 11 1.19296 1.19323
16 11 0.914855 0.915025
e
0 12 0.571951 1
1 12 0.541746 1
2 12 0.634056 1
3 12 -0.0702964 0
4 12 -0.116996 0
5 12 0.740135 1
6 12 -0.126559 0
7 12 0.674476 1
8 12 -0.0512628 0
9 12 -0.19104 0
10 12 0.794908 1
11 12 0.73105 1
12 12 -0.265286 0
13 12 -0.2375 0
14 12 -0.223207 0
15 12 -0.193233 0
16 12 0.915025 1
17 12 -0.218891 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.000509753:23.5388]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00411653 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 4.12 ms:", \
     NaN with lines lc rgb 'white' title "  shm/spin same-cpu", \
     0.00152926 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 1.53 ms:", \
     NaN with lines lc rgb 'white' title "  memfd/pooled-touch unpinned"
0 7.84626
1 0.693491
2 0.325029
3 0.118071
4 0.11238
5 0.280003
6 0.254131
7 0.275257
8 0.186467
9 0.111945
10 0.263423
11 0.275241
12 0.0716543
13 0.0732642
14 0.0982162
15 0.0931263
16 0.09909
17 0.0743733
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
set yrange [-28.528608:128.528608]
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
     1/0 with boxes lc rgb "#8c564b" fs solid 0.5 title "broker / extra hop", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#bcbd22" fs pattern 6 title "system calls", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#ff7f0e" fs pattern 7 title "wake-ups", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#e377c2" fs pattern 3 title "page faults", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
0 0 0 0.0111851
1 0 0 0.126549
2 0 0 0.27001
3 0 0 0.743288
4 0 0 0.780927
5 0 0 0.313428
6 0 0 0.345338
7 0 0 0.318832
8 0 0 0.470652
9 0 0 0.783963
10 0 0 0.333155
11 0 0 0.318851
12 0 0 1.22478
13 0 0 1.19787
14 0 0 0.893548
15 0 0 0.942386
16 0 0 0.885669
17 0 0 1.18001
e
0 1 0.0111851 0.319406
5 1 0.313428 0.387205
6 1 0.345338 0.424654
8 1 0.470652 0.581436
10 1 0.333155 0.411575
11 1 0.318851 0.393905
e
0 2 0.319406 0.490074
1 2 0.126549 0.12655
2 2 0.27001 0.270011
5 2 0.387205 0.397952
6 2 0.424654 0.503754
7 2 0.318832 0.318834
8 2 0.581436 0.597574
9 2 0.783963 0.783967
10 2 0.411575 0.422998
11 2 0.393905 0.404837
12 2 1.22478 1.22479
15 2 0.942386 0.942391
16 2 0.885669 0.885673
17 2 1.18001 1.18001
e
1 3 0.12655 0.302538
e
0 4 0.490074 0.4927
1 4 0.302538 0.312077
2 4 0.270011 0.305523
3 4 0.743288 0.767727
4 4 0.780927 0.806603
5 4 0.397952 0.408257
6 4 0.503754 0.537818
7 4 0.318834 0.381733
8 4 0.597574 0.613049
9 4 0.783967 0.83552
10 4 0.422998 0.444907
11 4 0.404837 0.415321
12 4 1.22479 1.26506
13 4 1.19787 1.23725
16 4 0.885673 0.914794
17 4 1.18001 1.21881
e
3 5 0.767727 1.04183
4 5 0.806603 1.09459
14 5 0.893548 1.22307
e
0 6 0.4927 0.497241
1 6 0.312077 0.339984
2 6 0.305523 0.345358
3 6 1.04183 1.04185
4 6 1.09459 1.0946
5 6 0.408257 0.454498
6 6 0.537818 0.588767
7 6 0.381733 0.42877
8 6 0.613049 0.647128
9 6 0.83552 0.892285
10 6 0.444907 0.485045
11 6 0.415321 0.438409
15 6 0.942391 1.01063
e
0 8 0.497241 0.497494
1 8 0.339984 0.341405
2 8 0.345358 0.346527
3 8 1.04185 1.04193
4 8 1.0946 1.09466
5 8 0.454498 0.454528
6 8 0.588767 0.588953
7 8 0.42877 0.434257
8 8 0.647128 0.647504
9 8 0.892285 0.893099
10 8 0.485045 0.486121
11 8 0.438409 0.438746
12 8 1.26506 1.26508
13 8 1.23725 1.23727
14 8 1.22307 1.22312
15 8 1.01063 1.01182
16 8 0.914794 0.914803
17 8 1.21881 1.21882
e
0 9 0.497494 0.497522
1 9 0.341405 0.341585
2 9 0.346527 0.346621
3 9 1.04193 1.04204
4 9 1.09466 1.09471
5 9 0.454528 0.454628
6 9 0.588953 0.589326
7 9 0.434257 0.43488
8 9 0.647504 0.649988
9 9 0.893099 0.896848
10 9 0.486121 0.491882
11 9 0.438746 0.442288
12 9 1.26508 1.26515
13 9 1.23727 1.23741
14 9 1.22312 1.2232
15 9 1.01182 1.01682
16 9 0.914803 0.914855
17 9 1.21882 1.21889
e
0 10 0.497522 0.571951
1 10 0.341585 0.540719
2 10 0.346621 0.633833
3 10 1.04204 1.0614
4 10 1.09471 1.11504
5 10 0.454628 0.740046
6 10 0.589326 1.12593
7 10 0.43488 0.672883
8 10 0.649988 1.05125
9 10 0.896848 1.1909
10 10 0.491882 0.794462
11 10 0.442288 0.730852
15 10 1.01682 1.19296
e
1 11 0.540719 0.541746
2 11 0.633833 0.634056
3 11 1.0614 1.0703
4 11 1.11504 1.117
5 11 0.740046 0.740135
6 11 1.12593 1.12656
7 11 0.672883 0.674476
8 11 1.05125 1.05126
9 11 1.1909 1.19104
10 11 0.794462 0.794908
11 11 0.730852 0.73105
12 11 1.26515 1.26529
13 11 1.23741 1.2375
14 11 1.2232 1.22321
15 11 1.19296 1.19323
16 11 0.914855 0.915025
e
0 12 0.571951 1
1 12 0.541746 1
2 12 0.634056 1
3 12 -0.0702964 0
4 12 -0.116996 0
5 12 0.740135 1
6 12 -0.126559 0
7 12 0.674476 1
8 12 -0.0512628 0
9 12 -0.19104 0
10 12 0.794908 1
11 12 0.73105 1
12 12 -0.265286 0
13 12 -0.2375 0
14 12 -0.223207 0
15 12 -0.193233 0
16 12 0.915025 1
17 12 -0.218891 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.000509753:23.5388]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00411653 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 4.12 ms:", \
     NaN with lines lc rgb 'white' title "  shm/spin same-cpu", \
     0.00152926 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 1.53 ms:", \
     NaN with lines lc rgb 'white' title "  memfd/pooled-touch unpinned"
0 7.84626
1 0.693491
2 0.325029
3 0.118071
4 0.11238
5 0.280003
6 0.254131
7 0.275257
8 0.186467
9 0.111945
10 0.263423
11 0.275241
12 0.0716543
13 0.0732642
14 0.0982162
15 0.0931263
16 0.09909
17 0.0743733
e
unset multiplot
unset logscale y
set output
