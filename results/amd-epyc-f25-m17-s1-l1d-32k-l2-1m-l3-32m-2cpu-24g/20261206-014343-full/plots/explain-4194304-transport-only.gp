# explain.py: explain-4194304-transport-only; data inline, run `gnuplot explain-4194304-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-22.622942:122.622942]
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
0 1 0 0.680684
5 1 0 0.132539
6 1 0 0.0242281
8 1 0 0.026155
10 1 0 0.0200624
11 1 0 0.014419
e
0 2 0.680684 0.864289
1 2 0 2.53813e-05
2 2 0 0.000135545
5 2 0.132539 0.189461
6 2 0.0242281 0.0483715
7 2 0 3.57031e-05
8 2 0.026155 0.0373879
9 2 0 0.000156836
10 2 0.0200624 0.0286788
11 2 0.014419 0.0206115
12 2 0 0.00312223
15 2 0 0.000532516
16 2 0 0.0075746
17 2 0 0.00351491
e
1 3 2.53813e-05 0.719491
e
0 4 0.864289 0.866511
1 4 0.719491 0.729288
2 4 0.000135545 0.0898167
3 4 0 0.0139212
4 4 0 0.0163741
5 4 0.189461 0.241658
6 4 0.0483715 0.0779379
7 4 3.57031e-05 0.0354693
8 4 0.0373879 0.0476882
9 4 0.000156836 0.0520408
10 4 0.0286788 0.0444808
11 4 0.0206115 0.02629
12 4 0.00312223 0.519566
13 4 0 0.524644
17 4 0.00351491 0.632341
e
3 5 0.0139212 0.615775
4 5 0.0163741 0.724273
14 5 0 1.03406
e
0 6 0.866511 0.871111
1 6 0.729288 0.793321
2 6 0.0898167 0.346275
3 6 0.615775 0.616837
4 6 0.724273 0.725242
5 6 0.241658 0.838742
6 6 0.0779379 0.190675
7 6 0.0354693 0.103021
8 6 0.0476882 0.104938
9 6 0.0520408 0.196228
10 6 0.0444808 0.198899
11 6 0.02629 0.0578513
15 6 0.000532516 0.490101
e
7 7 0.103021 0.315867
11 7 0.0578513 0.649927
e
0 8 0.871111 0.871422
1 8 0.793321 0.799115
2 8 0.346275 0.357782
3 8 0.616837 0.616864
4 8 0.725242 0.725274
5 8 0.838742 0.839055
6 8 0.190675 0.191698
7 8 0.315867 0.329076
8 8 0.104938 0.105082
9 8 0.196228 0.197419
10 8 0.198899 0.200051
11 8 0.649927 0.650244
15 8 0.490101 0.506461
e
0 9 0.871422 0.871426
1 9 -2.42275e-05 0
2 9 0.357782 0.372446
3 9 -0.00107115 0
4 9 0.725274 0.726219
5 9 0.839055 0.895885
6 9 0.191698 0.201784
7 9 0.329076 0.351603
8 9 0.105082 0.129711
9 9 0.197419 0.26848
10 9 0.200051 0.380592
11 9 0.650244 0.683615
12 9 0.519566 0.638778
13 9 0.524644 0.653822
14 9 1.03406 1.0416
15 9 0.506461 1.07644
16 9 0.0075746 0.234123
17 9 0.632341 0.741942
e
0 10 0.871426 0.895321
2 10 0.372446 0.827815
3 10 0.616864 0.634803
4 10 0.726219 0.747325
6 10 0.201784 0.751004
7 10 0.351603 0.598994
8 10 0.129711 0.895596
9 10 0.26848 1.02151
10 10 0.380592 0.872375
11 10 0.683615 1.00534
12 10 -0.000208022 0
13 10 -0.000211324 0
14 10 -9.63419e-06 0
e
0 11 0.895321 0.896688
1 11 0.799115 0.834897
2 11 0.827815 0.843787
3 11 0.634803 0.797139
4 11 0.747325 0.793098
5 11 0.895885 0.90949
6 11 0.751004 0.783638
7 11 0.598994 0.622055
8 11 0.895596 0.898128
9 11 1.02151 1.02751
10 11 0.872375 0.881334
11 11 1.00534 1.01493
12 11 0.638778 0.770357
13 11 0.653822 0.794019
14 11 1.0416 1.09558
15 11 1.07644 1.20623
16 11 0.234123 0.473421
17 11 0.741942 0.830982
e
0 12 0.896688 1
1 12 0.834897 1.00002
2 12 0.843787 1
3 12 0.797139 1.00107
4 12 0.793098 1
5 12 0.90949 1
6 12 0.783638 1
7 12 0.622055 1
8 12 0.898128 1
9 12 -0.0275145 0
10 12 0.881334 1
11 12 -0.0149283 0
12 12 0.770357 1.00021
13 12 0.794019 1.00021
14 12 -0.0955763 -9.63419e-06
15 12 -0.206229 0
16 12 0.473421 1
17 12 0.830982 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [2.29275e-05:2.37876]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000105297 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 105.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     0.000161462 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 161.5 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.79292
1 0.0205269
2 0.00384375
3 0.00619041
4 0.00526307
5 0.00165102
6 0.00874418
7 0.0145926
8 0.0083665
9 0.00332195
10 0.0109072
11 0.0151762
12 0.000166868
13 0.00016426
14 0.00360302
15 0.000978375
16 6.87825e-05
17 0.000148225
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-transport-only.svg"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-22.622942:122.622942]
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
0 1 0 0.680684
5 1 0 0.132539
6 1 0 0.0242281
8 1 0 0.026155
10 1 0 0.0200624
11 1 0 0.014419
e
0 2 0.680684 0.864289
1 2 0 2.53813e-05
2 2 0 0.000135545
5 2 0.132539 0.189461
6 2 0.0242281 0.0483715
7 2 0 3.57031e-05
8 2 0.026155 0.0373879
9 2 0 0.000156836
10 2 0.0200624 0.0286788
11 2 0.014419 0.0206115
12 2 0 0.00312223
15 2 0 0.000532516
16 2 0 0.0075746
17 2 0 0.00351491
e
1 3 2.53813e-05 0.719491
e
0 4 0.864289 0.866511
1 4 0.719491 0.729288
2 4 0.000135545 0.0898167
3 4 0 0.0139212
4 4 0 0.0163741
5 4 0.189461 0.241658
6 4 0.0483715 0.0779379
7 4 3.57031e-05 0.0354693
8 4 0.0373879 0.0476882
9 4 0.000156836 0.0520408
10 4 0.0286788 0.0444808
11 4 0.0206115 0.02629
12 4 0.00312223 0.519566
13 4 0 0.524644
17 4 0.00351491 0.632341
e
3 5 0.0139212 0.615775
4 5 0.0163741 0.724273
14 5 0 1.03406
e
0 6 0.866511 0.871111
1 6 0.729288 0.793321
2 6 0.0898167 0.346275
3 6 0.615775 0.616837
4 6 0.724273 0.725242
5 6 0.241658 0.838742
6 6 0.0779379 0.190675
7 6 0.0354693 0.103021
8 6 0.0476882 0.104938
9 6 0.0520408 0.196228
10 6 0.0444808 0.198899
11 6 0.02629 0.0578513
15 6 0.000532516 0.490101
e
7 7 0.103021 0.315867
11 7 0.0578513 0.649927
e
0 8 0.871111 0.871422
1 8 0.793321 0.799115
2 8 0.346275 0.357782
3 8 0.616837 0.616864
4 8 0.725242 0.725274
5 8 0.838742 0.839055
6 8 0.190675 0.191698
7 8 0.315867 0.329076
8 8 0.104938 0.105082
9 8 0.196228 0.197419
10 8 0.198899 0.200051
11 8 0.649927 0.650244
15 8 0.490101 0.506461
e
0 9 0.871422 0.871426
1 9 -2.42275e-05 0
2 9 0.357782 0.372446
3 9 -0.00107115 0
4 9 0.725274 0.726219
5 9 0.839055 0.895885
6 9 0.191698 0.201784
7 9 0.329076 0.351603
8 9 0.105082 0.129711
9 9 0.197419 0.26848
10 9 0.200051 0.380592
11 9 0.650244 0.683615
12 9 0.519566 0.638778
13 9 0.524644 0.653822
14 9 1.03406 1.0416
15 9 0.506461 1.07644
16 9 0.0075746 0.234123
17 9 0.632341 0.741942
e
0 10 0.871426 0.895321
2 10 0.372446 0.827815
3 10 0.616864 0.634803
4 10 0.726219 0.747325
6 10 0.201784 0.751004
7 10 0.351603 0.598994
8 10 0.129711 0.895596
9 10 0.26848 1.02151
10 10 0.380592 0.872375
11 10 0.683615 1.00534
12 10 -0.000208022 0
13 10 -0.000211324 0
14 10 -9.63419e-06 0
e
0 11 0.895321 0.896688
1 11 0.799115 0.834897
2 11 0.827815 0.843787
3 11 0.634803 0.797139
4 11 0.747325 0.793098
5 11 0.895885 0.90949
6 11 0.751004 0.783638
7 11 0.598994 0.622055
8 11 0.895596 0.898128
9 11 1.02151 1.02751
10 11 0.872375 0.881334
11 11 1.00534 1.01493
12 11 0.638778 0.770357
13 11 0.653822 0.794019
14 11 1.0416 1.09558
15 11 1.07644 1.20623
16 11 0.234123 0.473421
17 11 0.741942 0.830982
e
0 12 0.896688 1
1 12 0.834897 1.00002
2 12 0.843787 1
3 12 0.797139 1.00107
4 12 0.793098 1
5 12 0.90949 1
6 12 0.783638 1
7 12 0.622055 1
8 12 0.898128 1
9 12 -0.0275145 0
10 12 0.881334 1
11 12 -0.0149283 0
12 12 0.770357 1.00021
13 12 0.794019 1.00021
14 12 -0.0955763 -9.63419e-06
15 12 -0.206229 0
16 12 0.473421 1
17 12 0.830982 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [2.29275e-05:2.37876]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000105297 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 105.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     0.000161462 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 161.5 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.79292
1 0.0205269
2 0.00384375
3 0.00619041
4 0.00526307
5 0.00165102
6 0.00874418
7 0.0145926
8 0.0083665
9 0.00332195
10 0.0109072
11 0.0151762
12 0.000166868
13 0.00016426
14 0.00360302
15 0.000978375
16 6.87825e-05
17 0.000148225
e
unset multiplot
unset logscale y
set output
