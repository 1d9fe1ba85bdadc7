# explain.py: explain-38535168-transport-only; data inline, run `gnuplot explain-38535168-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-17.062714:117.062714]
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
0 1 0 0.717888
5 1 0 0.349199
6 1 0 0.2489
8 1 0 0.367617
10 1 0 0.319131
11 1 0 0.242244
e
0 2 0.717888 0.914489
1 2 0 2.00087e-06
2 2 0 6.62952e-06
5 2 0.349199 0.528687
6 2 0.2489 0.488333
7 2 0 3.14757e-06
8 2 0.367617 0.556571
9 2 0 9.51836e-06
10 2 0.319131 0.483164
11 2 0.242244 0.366758
12 2 0 0.000190047
15 2 0 1.70115e-05
16 2 0 0.0131713
17 2 0 0.000374205
e
1 3 2.00087e-06 0.536773
e
0 4 0.914489 0.918013
1 4 0.536773 0.564549
2 4 6.62952e-06 0.157771
3 4 0 0.0673749
4 4 0 0.0648883
5 4 0.528687 0.553942
6 4 0.488333 0.540923
7 4 3.14757e-06 0.112359
8 4 0.556571 0.583158
9 4 9.51836e-06 0.113265
10 4 0.483164 0.529325
11 4 0.366758 0.384277
12 4 0.000190047 1.13084
13 4 0 0.900602
17 4 0.000374205 0.796625
e
3 5 0.0673749 0.752169
4 5 0.0648883 0.724408
14 5 0 1.01872
e
0 6 0.918013 0.922725
1 6 0.564549 0.628197
2 6 0.157771 0.294799
3 6 0.752169 0.752315
4 6 0.724408 0.724533
5 6 0.553942 0.641684
6 6 0.540923 0.601826
7 6 0.112359 0.177417
8 6 0.583158 0.641212
9 6 0.113265 0.236915
10 6 0.529325 0.686258
11 6 0.384277 0.422533
15 6 1.70115e-05 0.221007
e
7 7 0.177417 0.374699
11 7 0.422533 0.961744
e
0 8 0.922725 0.923071
1 8 0.628197 0.632552
2 8 0.294799 0.300193
3 8 0.752315 0.752319
4 8 0.724533 0.724544
5 8 0.641684 0.641753
6 8 0.601826 0.602042
7 8 0.374699 0.385356
8 8 0.641212 0.641416
9 8 0.236915 0.237257
10 8 0.686258 0.688954
11 8 0.961744 0.961915
15 8 0.221007 0.224972
e
0 9 0.923071 0.923201
1 9 0.632552 0.633484
2 9 0.300193 0.313329
3 9 0.752319 0.752466
4 9 0.724544 0.724621
5 9 0.641753 0.643691
6 9 0.602042 0.607022
7 9 0.385356 0.388412
8 9 0.641416 0.657788
9 9 0.237257 0.283924
10 9 0.688954 0.76934
11 9 0.961915 0.977382
12 9 1.13084 1.14249
13 9 0.900602 0.91116
14 9 1.01872 1.01954
15 9 0.224972 0.374024
16 9 0.0131713 0.467868
17 9 0.796625 0.80928
e
0 10 0.923201 0.94417
1 10 0.633484 0.842809
2 10 0.313329 0.952552
3 10 0.752466 0.779784
4 10 0.724621 0.767757
5 10 0.643691 0.873751
6 10 0.607022 0.975752
7 10 0.388412 0.73454
8 10 0.657788 0.726295
9 10 0.283924 0.955228
10 10 0.76934 0.987274
11 10 0.977382 0.977982
15 10 0.374024 0.85726
e
0 11 0.94417 0.944321
1 11 0.842809 0.845657
2 11 0.952552 0.9533
3 11 0.779784 0.800827
4 11 0.767757 0.772609
5 11 0.873751 0.874082
6 11 0.975752 0.978066
7 11 0.73454 0.735879
8 11 0.726295 0.726635
9 11 0.955228 0.955571
10 11 0.987274 0.988207
11 11 0.977982 0.978856
12 11 1.14249 1.15063
13 11 0.91116 0.91746
14 11 1.01954 1.02211
15 11 0.85726 0.861886
16 11 0.467868 0.77366
17 11 0.80928 0.81811
e
0 12 0.944321 1
1 12 0.845657 1
2 12 0.9533 1
3 12 0.800827 1
4 12 0.772609 1
5 12 0.874082 1
6 12 0.978066 1
7 12 0.735879 1
8 12 0.726635 1
9 12 0.955571 1
10 12 0.988207 1
11 12 0.978856 1
12 12 -0.150627 0
13 12 0.91746 1
14 12 -0.0221064 0
15 12 0.861886 1
16 12 0.77366 1
17 12 0.81811 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.34383e-05:19.8024]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.0028666 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 2.87 ms:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     0.00121869 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 1.22 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 6.60079
1 0.265385
2 0.0800963
3 0.0468882
4 0.0486851
5 0.125088
6 0.180212
7 0.168701
8 0.118821
9 0.0557869
10 0.136873
11 0.180316
12 0.00279404
13 0.00350776
14 0.0315187
15 0.0312141
16 4.0315e-05
17 0.00141901
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-transport-only.svg"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-17.062714:117.062714]
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
0 1 0 0.717888
5 1 0 0.349199
6 1 0 0.2489
8 1 0 0.367617
10 1 0 0.319131
11 1 0 0.242244
e
0 2 0.717888 0.914489
1 2 0 2.00087e-06
2 2 0 6.62952e-06
5 2 0.349199 0.528687
6 2 0.2489 0.488333
7 2 0 3.14757e-06
8 2 0.367617 0.556571
9 2 0 9.51836e-06
10 2 0.319131 0.483164
11 2 0.242244 0.366758
12 2 0 0.000190047
15 2 0 1.70115e-05
16 2 0 0.0131713
17 2 0 0.000374205
e
1 3 2.00087e-06 0.536773
e
0 4 0.914489 0.918013
1 4 0.536773 0.564549
2 4 6.62952e-06 0.157771
3 4 0 0.0673749
4 4 0 0.0648883
5 4 0.528687 0.553942
6 4 0.488333 0.540923
7 4 3.14757e-06 0.112359
8 4 0.556571 0.583158
9 4 9.51836e-06 0.113265
10 4 0.483164 0.529325
11 4 0.366758 0.384277
12 4 0.000190047 1.13084
13 4 0 0.900602
17 4 0.000374205 0.796625
e
3 5 0.0673749 0.752169
4 5 0.0648883 0.724408
14 5 0 1.01872
e
0 6 0.918013 0.922725
1 6 0.564549 0.628197
2 6 0.157771 0.294799
3 6 0.752169 0.752315
4 6 0.724408 0.724533
5 6 0.553942 0.641684
6 6 0.540923 0.601826
7 6 0.112359 0.177417
8 6 0.583158 0.641212
9 6 0.113265 0.236915
10 6 0.529325 0.686258
11 6 0.384277 0.422533
15 6 1.70115e-05 0.221007
e
7 7 0.177417 0.374699
11 7 0.422533 0.961744
e
0 8 0.922725 0.923071
1 8 0.628197 0.632552
2 8 0.294799 0.300193
3 8 0.752315 0.752319
4 8 0.724533 0.724544
5 8 0.641684 0.641753
6 8 0.601826 0.602042
7 8 0.374699 0.385356
8 8 0.641212 0.641416
9 8 0.236915 0.237257
10 8 0.686258 0.688954
11 8 0.961744 0.961915
15 8 0.221007 0.224972
e
0 9 0.923071 0.923201
1 9 0.632552 0.633484
2 9 0.300193 0.313329
3 9 0.752319 0.752466
4 9 0.724544 0.724621
5 9 0.641753 0.643691
6 9 0.602042 0.607022
7 9 0.385356 0.388412
8 9 0.641416 0.657788
9 9 0.237257 0.283924
10 9 0.688954 0.76934
11 9 0.961915 0.977382
12 9 1.13084 1.14249
13 9 0.900602 0.91116
14 9 1.01872 1.01954
15 9 0.224972 0.374024
16 9 0.0131713 0.467868
17 9 0.796625 0.80928
e
0 10 0.923201 0.94417
1 10 0.633484 0.842809
2 10 0.313329 0.952552
3 10 0.752466 0.779784
4 10 0.724621 0.767757
5 10 0.643691 0.873751
6 10 0.607022 0.975752
7 10 0.388412 0.73454
8 10 0.657788 0.726295
9 10 0.283924 0.955228
10 10 0.76934 0.987274
11 10 0.977382 0.977982
15 10 0.374024 0.85726
e
0 11 0.94417 0.944321
1 11 0.842809 0.845657
2 11 0.952552 0.9533
3 11 0.779784 0.800827
4 11 0.767757 0.772609
5 11 0.873751 0.874082
6 11 0.975752 0.978066
7 11 0.73454 0.735879
8 11 0.726295 0.726635
9 11 0.955228 0.955571
10 11 0.987274 0.988207
11 11 0.977982 0.978856
12 11 1.14249 1.15063
13 11 0.91116 0.91746
14 11 1.01954 1.02211
15 11 0.85726 0.861886
16 11 0.467868 0.77366
17 11 0.80928 0.81811
e
0 12 0.944321 1
1 12 0.845657 1
2 12 0.9533 1
3 12 0.800827 1
4 12 0.772609 1
5 12 0.874082 1
6 12 0.978066 1
7 12 0.735879 1
8 12 0.726635 1
9 12 0.955571 1
10 12 0.988207 1
11 12 0.978856 1
12 12 -0.150627 0
13 12 0.91746 1
14 12 -0.0221064 0
15 12 0.861886 1
16 12 0.77366 1
17 12 0.81811 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.34383e-05:19.8024]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.0028666 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 2.87 ms:", \
     NaN with lines lc rgb 'white' title "  shm/copyout unpinned", \
     0.00121869 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 1.22 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 6.60079
1 0.265385
2 0.0800963
3 0.0468882
4 0.0486851
5 0.125088
6 0.180212
7 0.168701
8 0.118821
9 0.0557869
10 0.136873
11 0.180316
12 0.00279404
13 0.00350776
14 0.0315187
15 0.0312141
16 4.0315e-05
17 0.00141901
e
unset multiplot
unset logscale y
set output
