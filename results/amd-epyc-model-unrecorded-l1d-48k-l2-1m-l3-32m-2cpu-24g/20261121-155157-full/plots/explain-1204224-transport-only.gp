# explain.py: explain-1204224-transport-only; data inline, run `gnuplot explain-1204224-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-19.719004:119.719004]
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
     1/0 with boxes lc rgb "#8c564b" fs solid 0.5 title "broker / extra hop", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#bcbd22" fs pattern 6 title "system calls", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#ff7f0e" fs pattern 7 title "wake-ups", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#e377c2" fs pattern 3 title "page faults", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
0 1 0 0.329192
5 1 0 0.0214119
6 1 0 0.0150818
8 1 0 0.0203062
10 1 0 0.0222431
11 1 0 0.00987067
e
0 2 0.329192 0.500244
1 2 0 3.74495e-05
2 2 0 0.000224579
5 2 0.0214119 0.0323664
6 2 0.0150818 0.0300439
7 2 0 8.49067e-05
8 2 0.0203062 0.030695
9 2 0 0.00055351
10 2 0.0222431 0.0336229
11 2 0.00987067 0.0149206
12 2 0 0.00924178
15 2 0 0.00214674
16 2 0 0.0073685
17 2 0 0.00688937
e
1 3 3.74495e-05 0.358699
e
0 4 0.500244 0.501254
1 4 0.358699 0.363058
2 4 0.000224579 0.0450353
3 4 0 0.0056582
4 4 0 0.010556
5 4 0.0323664 0.0415284
6 4 0.0300439 0.0507351
7 4 8.49067e-05 0.0254973
8 4 0.030695 0.0393838
9 4 0.00055351 0.055775
10 4 0.0336229 0.0526581
11 4 0.0149206 0.0191442
12 4 0.00924178 0.470249
13 4 0 0.461461
e
3 5 0.0056582 0.25477
4 5 0.010556 0.475299
14 5 0 1.13974
e
0 6 0.501254 0.506372
1 6 0.363058 0.402957
2 6 0.0450353 0.224456
3 6 0.25477 0.255179
4 6 0.475299 0.475883
5 6 0.0415284 0.188287
6 6 0.0507351 0.161205
7 6 0.0254973 0.0933289
8 6 0.0393838 0.0825138
9 6 0.055775 0.19283
10 6 0.0526581 0.177526
11 6 0.0191442 0.0401093
15 6 0.00214674 0.533703
e
0 8 0.506372 0.506745
1 8 0.402957 0.405892
2 8 0.224456 0.230643
3 8 0.255179 0.257748
4 8 0.475883 0.478538
5 8 0.188287 0.189186
6 8 0.161205 0.163829
7 8 0.0933289 0.102502
8 8 0.0825138 0.08374
9 8 0.19283 0.19571
10 8 0.177526 0.180153
11 8 0.0401093 0.0408867
12 8 0.470249 0.492878
13 8 0.461461 0.484112
14 8 1.13974 1.1453
15 8 0.533703 0.592179
16 8 0.0073685 0.0208997
17 8 0.00688937 0.0195407
e
0 9 0.506745 0.506819
1 9 0.405892 0.406707
2 9 0.230643 0.231865
3 9 0.257748 0.261454
4 9 0.478538 0.480843
5 9 0.189186 0.191186
6 9 0.163829 0.17211
7 9 0.102502 0.108974
8 9 0.08374 0.0932238
9 9 0.19571 0.225847
10 9 0.180153 0.206124
11 9 0.0408867 0.0528727
12 9 0.492878 0.593515
13 9 0.484112 0.584848
14 9 1.1453 1.15095
15 9 0.592179 0.732439
16 9 0.0208997 0.101138
17 9 0.0195407 0.0570512
e
0 10 0.506819 0.564157
1 10 0.406707 0.559797
2 10 0.231865 0.675342
3 10 0.261454 0.269511
4 10 0.480843 0.495874
5 10 0.191186 0.918526
6 10 0.17211 0.704424
7 10 0.108974 0.479586
8 10 0.0932238 0.948797
9 10 0.225847 0.80774
10 10 0.206124 0.786188
11 10 0.0528727 0.46906
e
1 11 0.559797 0.616681
2 11 0.675342 0.702146
3 11 0.269511 0.500909
4 11 0.495874 0.563908
5 11 0.918526 0.926504
6 11 0.704424 0.748922
7 11 0.479586 0.566749
8 11 0.948797 0.949236
9 11 0.80774 0.812636
10 11 0.786188 0.797938
11 11 0.46906 0.477947
12 11 0.593515 0.734861
13 11 0.584848 0.663019
14 11 1.15095 1.17719
15 11 0.732439 0.837275
16 11 0.101138 0.187501
e
0 12 0.564157 1
1 12 0.616681 1
2 12 0.702146 1
3 12 0.500909 1
4 12 0.563908 1
5 12 0.926504 1
6 12 0.748922 1
7 12 0.566749 1
8 12 0.949236 1
9 12 0.812636 1
10 12 0.797938 1
11 12 0.477947 1
12 12 0.734861 1
13 12 0.663019 1
14 12 -0.17719 0
15 12 0.837275 1
16 12 0.187501 1
17 12 0.0570512 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.77999e-06:0.519482]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     2.634e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 26.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin-then-futex cross-core", \
     4.72111e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 47.2 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.173161
1 0.0125502
2 0.0020928
3 0.00414355
4 0.00222102
5 0.00255895
6 0.00339926
7 0.00553549
8 0.00269829
9 0.000849127
10 0.00246332
11 0.00555099
12 5.0856e-05
13 5.0806e-05
14 0.00090565
15 0.000218936
16 6.3785e-05
17 6.8221e-05
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-transport-only.svg"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-19.719004:119.719004]
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
     1/0 with boxes lc rgb "#8c564b" fs solid 0.5 title "broker / extra hop", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#bcbd22" fs pattern 6 title "system calls", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#ff7f0e" fs pattern 7 title "wake-ups", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#e377c2" fs pattern 3 title "page faults", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
0 1 0 0.329192
5 1 0 0.0214119
6 1 0 0.0150818
8 1 0 0.0203062
10 1 0 0.0222431
11 1 0 0.00987067
e
0 2 0.329192 0.500244
1 2 0 3.74495e-05
2 2 0 0.000224579
5 2 0.0214119 0.0323664
6 2 0.0150818 0.0300439
7 2 0 8.49067e-05
8 2 0.0203062 0.030695
9 2 0 0.00055351
10 2 0.0222431 0.0336229
11 2 0.00987067 0.0149206
12 2 0 0.00924178
15 2 0 0.00214674
16 2 0 0.0073685
17 2 0 0.00688937
e
1 3 3.74495e-05 0.358699
e
0 4 0.500244 0.501254
1 4 0.358699 0.363058
2 4 0.000224579 0.0450353
3 4 0 0.0056582
4 4 0 0.010556
5 4 0.0323664 0.0415284
6 4 0.0300439 0.0507351
7 4 8.49067e-05 0.0254973
8 4 0.030695 0.0393838
9 4 0.00055351 0.055775
10 4 0.0336229 0.0526581
11 4 0.0149206 0.0191442
12 4 0.00924178 0.470249
13 4 0 0.461461
e
3 5 0.0056582 0.25477
4 5 0.010556 0.475299
14 5 0 1.13974
e
0 6 0.501254 0.506372
1 6 0.363058 0.402957
2 6 0.0450353 0.224456
3 6 0.25477 0.255179
4 6 0.475299 0.475883
5 6 0.0415284 0.188287
6 6 0.0507351 0.161205
7 6 0.0254973 0.0933289
8 6 0.0393838 0.0825138
9 6 0.055775 0.19283
10 6 0.0526581 0.177526
11 6 0.0191442 0.0401093
15 6 0.00214674 0.533703
e
0 8 0.506372 0.506745
1 8 0.402957 0.405892
2 8 0.224456 0.230643
3 8 0.255179 0.257748
4 8 0.475883 0.478538
5 8 0.188287 0.189186
6 8 0.161205 0.163829
7 8 0.0933289 0.102502
8 8 0.0825138 0.08374
9 8 0.19283 0.19571
10 8 0.177526 0.180153
11 8 0.0401093 0.0408867
12 8 0.470249 0.492878
13 8 0.461461 0.484112
14 8 1.13974 1.1453
15 8 0.533703 0.592179
16 8 0.0073685 0.0208997
17 8 0.00688937 0.0195407
e
0 9 0.506745 0.506819
1 9 0.405892 0.406707
2 9 0.230643 0.231865
3 9 0.257748 0.261454
4 9 0.478538 0.480843
5 9 0.189186 0.191186
6 9 0.163829 0.17211
7 9 0.102502 0.108974
8 9 0.08374 0.0932238
9 9 0.19571 0.225847
10 9 0.180153 0.206124
11 9 0.0408867 0.0528727
12 9 0.492878 0.593515
13 9 0.484112 0.584848
14 9 1.1453 1.15095
15 9 0.592179 0.732439
16 9 0.0208997 0.101138
17 9 0.0195407 0.0570512
e
0 10 0.506819 0.564157
1 10 0.406707 0.559797
2 10 0.231865 0.675342
3 10 0.261454 0.269511
4 10 0.480843 0.495874
5 10 0.191186 0.918526
6 10 0.17211 0.704424
7 10 0.108974 0.479586
8 10 0.0932238 0.948797
9 10 0.225847 0.80774
10 10 0.206124 0.786188
11 10 0.0528727 0.46906
e
1 11 0.559797 0.616681
2 11 0.675342 0.702146
3 11 0.269511 0.500909
4 11 0.495874 0.563908
5 11 0.918526 0.926504
6 11 0.704424 0.748922
7 11 0.479586 0.566749
8 11 0.948797 0.949236
9 11 0.80774 0.812636
10 11 0.786188 0.797938
11 11 0.46906 0.477947
12 11 0.593515 0.734861
13 11 0.584848 0.663019
14 11 1.15095 1.17719
15 11 0.732439 0.837275
16 11 0.101138 0.187501
e
0 12 0.564157 1
1 12 0.616681 1
2 12 0.702146 1
3 12 0.500909 1
4 12 0.563908 1
5 12 0.926504 1
6 12 0.748922 1
7 12 0.566749 1
8 12 0.949236 1
9 12 0.812636 1
10 12 0.797938 1
11 12 0.477947 1
12 12 0.734861 1
13 12 0.663019 1
14 12 -0.17719 0
15 12 0.837275 1
16 12 0.187501 1
17 12 0.0570512 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [8.77999e-06:0.519482]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     2.634e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 26.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/spin-then-futex cross-core", \
     4.72111e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 47.2 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch same-cpu"
0 0.173161
1 0.0125502
2 0.0020928
3 0.00414355
4 0.00222102
5 0.00255895
6 0.00339926
7 0.00553549
8 0.00269829
9 0.000849127
10 0.00246332
11 0.00555099
12 5.0856e-05
13 5.0806e-05
14 0.00090565
15 0.000218936
16 6.3785e-05
17 6.8221e-05
e
unset multiplot
unset logscale y
set output
