# explain.py: explain-4194304-transport-only; data inline, run `gnuplot explain-4194304-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-4194304-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 4.19 MB (4194304 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-36.153683:136.153683]
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
0 1 0 0.675236
5 1 0 0.0832092
6 1 0 0.0468852
8 1 0 0.108915
10 1 0 0.0395783
11 1 0 0.0396963
e
0 2 0.675236 0.892099
1 2 0 1.33025e-05
2 2 0 8.80992e-05
5 2 0.0832092 0.125414
6 2 0.0468852 0.0963917
7 2 0 2.701e-05
8 2 0.108915 0.164158
9 2 0 0.0001519
10 2 0.0395783 0.059653
11 2 0.0396963 0.0598308
12 2 0 0.00143507
15 2 0 0.000542878
16 2 0 0.0279678
17 2 0 0.00199705
e
1 3 1.33025e-05 0.423809
e
0 4 0.892099 0.89474
1 4 0.423809 0.44025
2 4 8.80992e-05 0.186738
3 4 0 0.056266
4 4 0 0.0667405
5 4 0.125414 0.160324
6 4 0.0963917 0.1611
7 4 2.701e-05 0.0858634
8 4 0.164158 0.209852
9 4 0.0001519 0.161062
10 4 0.059653 0.0928626
11 4 0.0598308 0.0764851
12 4 0.00143507 0.761531
13 4 0 0.6305
17 4 0.00199705 0.75826
e
3 5 0.056266 0.44055
4 5 0.0667405 0.522562
14 5 0 0.638059
e
0 6 0.89474 0.897257
1 6 0.44025 0.469316
2 6 0.186738 0.331105
3 6 0.44055 0.441501
4 6 0.522562 0.523413
5 6 0.160324 0.268334
6 6 0.1611 0.227835
7 6 0.0858634 0.130124
8 6 0.209852 0.340527
9 6 0.161062 0.391144
10 6 0.0928626 0.192995
11 6 0.0764851 0.124113
15 6 0.000542878 0.822841
e
7 7 0.130124 0.273942
11 7 0.124113 0.609034
e
0 8 0.897257 0.897475
1 8 0.469316 0.47175
2 8 0.331105 0.336795
3 8 -0.000104356 0
4 8 0.523413 0.523444
5 8 0.268334 0.268512
6 8 0.227835 0.228115
7 8 0.273942 0.281551
8 8 0.340527 0.341036
9 8 0.391144 0.391741
10 8 0.192995 0.193626
11 8 0.609034 0.609096
14 8 0.638059 0.638103
15 8 0.822841 0.835241
e
0 9 0.897475 0.897548
1 9 0.47175 0.471901
2 9 0.336795 0.337394
3 9 -0.000113989 -0.000104356
4 9 -4.57075e-05 0
5 9 0.268512 0.269313
6 9 0.228115 0.229677
7 9 0.281551 0.281759
8 9 0.341036 0.347631
9 9 0.391741 0.399345
10 9 0.193626 0.213871
11 9 0.609096 0.615361
12 9 -0.000260277 0
13 9 -0.0002159 0
14 9 0.638103 0.640246
15 9 0.835241 1.02202
16 9 0.0279678 0.251158
17 9 0.75826 0.776008
e
0 10 0.897548 0.911205
1 10 0.471901 0.545173
2 10 0.337394 0.696672
3 10 0.441501 0.455249
4 10 0.523444 0.539752
5 10 0.269313 0.791175
6 10 0.229677 0.611279
7 10 0.281759 0.507354
8 10 0.347631 0.856835
9 10 0.399345 0.44978
10 10 0.213871 0.409667
11 10 0.615361 0.817174
12 10 -0.000434452 -0.000260277
13 10 -0.000360378 -0.0002159
14 10 -4.28157e-05 0
15 10 -2.19631e-05 0
16 10 -0.00113149 0
e
0 11 0.911205 0.912613
1 11 0.545173 0.582004
2 11 0.696672 0.707504
3 11 0.455249 0.743196
4 11 0.539752 0.576425
5 11 0.791175 0.794024
6 11 0.611279 0.641779
7 11 0.507354 0.515686
8 11 0.856835 0.861819
9 11 0.44978 0.457506
10 11 0.409667 0.413334
11 11 0.817174 0.820566
12 11 0.761531 0.858608
13 11 0.6305 0.718443
14 11 0.640246 0.661785
15 11 1.02202 1.09269
16 11 0.251158 1.34154
17 11 0.776008 0.859437
e
0 12 0.912613 1
1 12 0.582004 1
2 12 0.707504 1
3 12 0.743196 1.00011
4 12 0.576425 1.00005
5 12 0.794024 1
6 12 0.641779 1
7 12 0.515686 1
8 12 0.861819 1
9 12 0.457506 1
10 12 0.413334 1
11 12 0.820566 1
12 12 0.858608 1.00043
13 12 0.718443 1.00036
14 12 0.661785 1.00004
15 12 -0.0926933 -2.19631e-05
16 12 -0.341537 -0.00113149
17 12 0.859437 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [7.747e-06:3.15914]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000350504 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 350.5 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     0.000351511 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 351.5 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 1.05305
1 0.0488631
2 0.00737804
3 0.00611875
4 0.00515846
5 0.00986192
6 0.0159614
7 0.0240652
8 0.00753436
9 0.00427914
10 0.0207336
11 0.020672
12 0.00045294
13 0.00054604
14 0.00368514
15 0.00119732
16 2.3241e-05
17 0.00032548
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
set yrange [-36.153683:136.153683]
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
0 1 0 0.675236
5 1 0 0.0832092
6 1 0 0.0468852
8 1 0 0.108915
10 1 0 0.0395783
11 1 0 0.0396963
e
0 2 0.675236 0.892099
1 2 0 1.33025e-05
2 2 0 8.80992e-05
5 2 0.0832092 0.125414
6 2 0.0468852 0.0963917
7 2 0 2.701e-05
8 2 0.108915 0.164158
9 2 0 0.0001519
10 2 0.0395783 0.059653
11 2 0.0396963 0.0598308
12 2 0 0.00143507
15 2 0 0.000542878
16 2 0 0.0279678
17 2 0 0.00199705
e
1 3 1.33025e-05 0.423809
e
0 4 0.892099 0.89474
1 4 0.423809 0.44025
2 4 8.80992e-05 0.186738
3 4 0 0.056266
4 4 0 0.0667405
5 4 0.125414 0.160324
6 4 0.0963917 0.1611
7 4 2.701e-05 0.0858634
8 4 0.164158 0.209852
9 4 0.0001519 0.161062
10 4 0.059653 0.0928626
11 4 0.0598308 0.0764851
12 4 0.00143507 0.761531
13 4 0 0.6305
17 4 0.00199705 0.75826
e
3 5 0.056266 0.44055
4 5 0.0667405 0.522562
14 5 0 0.638059
e
0 6 0.89474 0.897257
1 6 0.44025 0.469316
2 6 0.186738 0.331105
3 6 0.44055 0.441501
4 6 0.522562 0.523413
5 6 0.160324 0.268334
6 6 0.1611 0.227835
7 6 0.0858634 0.130124
8 6 0.209852 0.340527
9 6 0.161062 0.391144
10 6 0.0928626 0.192995
11 6 0.0764851 0.124113
15 6 0.000542878 0.822841
e
7 7 0.130124 0.273942
11 7 0.124113 0.609034
e
0 8 0.897257 0.897475
1 8 0.469316 0.47175
2 8 0.331105 0.336795
3 8 -0.000104356 0
4 8 0.523413 0.523444
5 8 0.268334 0.268512
6 8 0.227835 0.228115
7 8 0.273942 0.281551
8 8 0.340527 0.341036
9 8 0.391144 0.391741
10 8 0.192995 0.193626
11 8 0.609034 0.609096
14 8 0.638059 0.638103
15 8 0.822841 0.835241
e
0 9 0.897475 0.897548
1 9 0.47175 0.471901
2 9 0.336795 0.337394
3 9 -0.000113989 -0.000104356
4 9 -4.57075e-05 0
5 9 0.268512 0.269313
6 9 0.228115 0.229677
7 9 0.281551 0.281759
8 9 0.341036 0.347631
9 9 0.391741 0.399345
10 9 0.193626 0.213871
11 9 0.609096 0.615361
12 9 -0.000260277 0
13 9 -0.0002159 0
14 9 0.638103 0.640246
15 9 0.835241 1.02202
16 9 0.0279678 0.251158
17 9 0.75826 0.776008
e
0 10 0.897548 0.911205
1 10 0.471901 0.545173
2 10 0.337394 0.696672
3 10 0.441501 0.455249
4 10 0.523444 0.539752
5 10 0.269313 0.791175
6 10 0.229677 0.611279
7 10 0.281759 0.507354
8 10 0.347631 0.856835
9 10 0.399345 0.44978
10 10 0.213871 0.409667
11 10 0.615361 0.817174
12 10 -0.000434452 -0.000260277
13 10 -0.000360378 -0.0002159
14 10 -4.28157e-05 0
15 10 -2.19631e-05 0
16 10 -0.00113149 0
e
0 11 0.911205 0.912613
1 11 0.545173 0.582004
2 11 0.696672 0.707504
3 11 0.455249 0.743196
4 11 0.539752 0.576425
5 11 0.791175 0.794024
6 11 0.611279 0.641779
7 11 0.507354 0.515686
8 11 0.856835 0.861819
9 11 0.44978 0.457506
10 11 0.409667 0.413334
11 11 0.817174 0.820566
12 11 0.761531 0.858608
13 11 0.6305 0.718443
14 11 0.640246 0.661785
15 11 1.02202 1.09269
16 11 0.251158 1.34154
17 11 0.776008 0.859437
e
0 12 0.912613 1
1 12 0.582004 1
2 12 0.707504 1
3 12 0.743196 1.00011
4 12 0.576425 1.00005
5 12 0.794024 1
6 12 0.641779 1
7 12 0.515686 1
8 12 0.861819 1
9 12 0.457506 1
10 12 0.413334 1
11 12 0.820566 1
12 12 0.858608 1.00043
13 12 0.718443 1.00036
14 12 0.661785 1.00004
15 12 -0.0926933 -2.19631e-05
16 12 -0.341537 -0.00113149
17 12 0.859437 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [7.747e-06:3.15914]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.000350504 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 350.5 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     0.000351511 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 351.5 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 1.05305
1 0.0488631
2 0.00737804
3 0.00611875
4 0.00515846
5 0.00986192
6 0.0159614
7 0.0240652
8 0.00753436
9 0.00427914
10 0.0207336
11 0.020672
12 0.00045294
13 0.00054604
14 0.00368514
15 0.00119732
16 2.3241e-05
17 0.00032548
e
unset multiplot
unset logscale y
set output
