# explain.py: explain-8192-published; data inline, run `gnuplot explain-8192-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-published.png"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-41.412948:141.412948]
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
0 0 0 0.00645975
1 0 0 0.0200132
2 0 0 0.178842
3 0 0 0.0164299
4 0 0 0.0504925
5 0 0 0.298713
6 0 0 0.0528797
7 0 0 0.034187
8 0 0 0.3331
9 0 0 0.411146
10 0 0 0.144065
11 0 0 0.0747644
12 0 0 0.397102
13 0 0 0.391516
14 0 0 0.0752939
15 0 0 0.137429
16 0 0 0.390203
17 0 0 0.485937
e
0 1 0.00645975 0.344091
5 1 0.298713 0.377666
6 1 0.0528797 0.0566139
8 1 0.3331 0.42114
10 1 0.144065 0.182143
11 1 0.0747644 0.0945251
e
0 2 0.344091 0.42506
1 2 0.0200132 0.020619
2 2 0.178842 0.184256
5 2 0.377666 0.429781
6 2 0.0566139 0.0676911
7 2 0.034187 0.035222
8 2 0.42114 0.479255
9 2 0.411146 0.423592
10 2 0.182143 0.207278
11 2 0.0945251 0.107569
12 2 0.397102 0.409123
15 2 0.137429 0.141589
16 2 0.390203 0.402016
17 2 0.485937 0.500648
e
1 3 0.020619 0.0602352
e
0 4 0.42506 0.42533
1 4 0.0602352 0.0604999
2 4 0.184256 0.188244
3 4 0.0164299 0.0165215
4 4 0.0504925 0.050774
5 4 0.429781 0.431446
6 4 0.0676911 0.0685754
7 4 0.035222 0.0363655
8 4 0.479255 0.481112
9 4 0.423592 0.428176
10 4 0.207278 0.208884
11 4 0.107569 0.107986
12 4 0.409123 0.411337
13 4 0.391516 0.393698
16 4 0.402016 0.404191
17 4 0.500648 0.536808
e
3 5 0.0165215 0.0762611
4 5 0.050774 0.234366
14 5 0.0752939 0.349064
e
0 6 0.42533 0.429775
1 6 0.0604999 0.0680807
2 6 0.188244 0.237761
3 6 0.0762611 0.0826033
4 6 0.234366 0.248938
5 6 0.431446 0.515803
6 6 0.0685754 0.0833928
7 6 0.0363655 0.0457976
8 6 0.481112 0.514104
9 6 0.428176 0.468899
10 6 0.208884 0.226585
11 6 0.107986 0.115391
15 6 0.141589 0.155201
e
7 7 0.0457976 0.559306
11 7 0.115391 0.435002
e
0 8 0.429775 0.430236
1 8 -0.000204057 0
2 8 0.237761 0.239584
3 8 -0.000837611 0
6 8 0.0833928 0.083932
7 8 0.559306 0.560003
15 8 0.155201 0.160806
17 8 -0.00495469 0
e
0 9 0.430236 0.431251
1 9 -0.000597141 -0.000204057
2 9 0.239584 0.411706
3 9 -0.00212843 -0.000837611
4 9 0.248938 0.262822
5 9 -0.0117342 0
6 9 0.083932 0.211683
7 9 -0.014101 0
9 9 -0.00807541 0
10 9 0.226585 0.291667
11 9 -0.0323062 0
13 9 0.393698 0.79357
14 9 0.349064 0.470331
15 9 0.160806 0.519808
16 9 -0.0153281 0
e
3 10 -0.00217624 -0.00212843
8 10 -0.000969305 0
9 10 -0.00927182 -0.00807541
10 10 -0.000419224 0
11 10 -0.0327413 -0.0323062
12 10 -0.00115555 0
13 10 -0.00113929 0
14 10 -0.000219102 0
e
0 11 0.431251 0.865864
1 11 0.0680807 0.999712
2 11 0.411706 1.12334
3 11 0.0826033 1.0223
4 11 0.262822 1.05767
5 11 0.515803 0.969399
6 11 0.211683 1.08282
7 11 0.560003 1.02908
8 11 0.514104 0.985447
9 11 0.468899 0.984312
10 11 0.291667 0.965485
11 11 0.435002 1.03631
12 11 0.411337 1.00409
13 11 0.79357 1.39413
14 11 0.470331 1.22044
15 11 0.519808 1.38793
16 11 0.404191 0.860364
17 11 0.536808 0.98795
e
0 12 0.865864 1
1 12 0.999712 1.0006
2 12 -0.123341 0
3 12 -0.0222991 -0.00217624
4 12 -0.0576678 0
5 12 0.969399 1.01173
6 12 -0.0828169 0
7 12 -0.0290785 -0.014101
8 12 0.985447 1.00097
9 12 0.984312 1.00927
10 12 0.965485 1.00042
11 12 -0.036313 -0.0327413
12 12 -0.00409116 -0.00115555
13 12 -0.394129 -0.00113929
14 12 -0.22044 -0.000219102
15 12 -0.387929 0
16 12 0.860364 1.01533
17 12 0.98795 1.00495
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.1579e-05:0.00783932]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00261311
1 0.000843444
2 9.4385e-05
3 0.00102739
4 0.000334307
5 5.6509e-05
6 0.000319215
7 0.000493754
8 5.06755e-05
9 4.1056e-05
10 0.000117169
11 0.000225776
12 4.2508e-05
13 4.31145e-05
14 0.000224188
15 0.000122828
16 4.32595e-05
17 3.4737e-05
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-published.svg"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-41.412948:141.412948]
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
0 0 0 0.00645975
1 0 0 0.0200132
2 0 0 0.178842
3 0 0 0.0164299
4 0 0 0.0504925
5 0 0 0.298713
6 0 0 0.0528797
7 0 0 0.034187
8 0 0 0.3331
9 0 0 0.411146
10 0 0 0.144065
11 0 0 0.0747644
12 0 0 0.397102
13 0 0 0.391516
14 0 0 0.0752939
15 0 0 0.137429
16 0 0 0.390203
17 0 0 0.485937
e
0 1 0.00645975 0.344091
5 1 0.298713 0.377666
6 1 0.0528797 0.0566139
8 1 0.3331 0.42114
10 1 0.144065 0.182143
11 1 0.0747644 0.0945251
e
0 2 0.344091 0.42506
1 2 0.0200132 0.020619
2 2 0.178842 0.184256
5 2 0.377666 0.429781
6 2 0.0566139 0.0676911
7 2 0.034187 0.035222
8 2 0.42114 0.479255
9 2 0.411146 0.423592
10 2 0.182143 0.207278
11 2 0.0945251 0.107569
12 2 0.397102 0.409123
15 2 0.137429 0.141589
16 2 0.390203 0.402016
17 2 0.485937 0.500648
e
1 3 0.020619 0.0602352
e
0 4 0.42506 0.42533
1 4 0.0602352 0.0604999
2 4 0.184256 0.188244
3 4 0.0164299 0.0165215
4 4 0.0504925 0.050774
5 4 0.429781 0.431446
6 4 0.0676911 0.0685754
7 4 0.035222 0.0363655
8 4 0.479255 0.481112
9 4 0.423592 0.428176
10 4 0.207278 0.208884
11 4 0.107569 0.107986
12 4 0.409123 0.411337
13 4 0.391516 0.393698
16 4 0.402016 0.404191
17 4 0.500648 0.536808
e
3 5 0.0165215 0.0762611
4 5 0.050774 0.234366
14 5 0.0752939 0.349064
e
0 6 0.42533 0.429775
1 6 0.0604999 0.0680807
2 6 0.188244 0.237761
3 6 0.0762611 0.0826033
4 6 0.234366 0.248938
5 6 0.431446 0.515803
6 6 0.0685754 0.0833928
7 6 0.0363655 0.0457976
8 6 0.481112 0.514104
9 6 0.428176 0.468899
10 6 0.208884 0.226585
11 6 0.107986 0.115391
15 6 0.141589 0.155201
e
7 7 0.0457976 0.559306
11 7 0.115391 0.435002
e
0 8 0.429775 0.430236
1 8 -0.000204057 0
2 8 0.237761 0.239584
3 8 -0.000837611 0
6 8 0.0833928 0.083932
7 8 0.559306 0.560003
15 8 0.155201 0.160806
17 8 -0.00495469 0
e
0 9 0.430236 0.431251
1 9 -0.000597141 -0.000204057
2 9 0.239584 0.411706
3 9 -0.00212843 -0.000837611
4 9 0.248938 0.262822
5 9 -0.0117342 0
6 9 0.083932 0.211683
7 9 -0.014101 0
9 9 -0.00807541 0
10 9 0.226585 0.291667
11 9 -0.0323062 0
13 9 0.393698 0.79357
14 9 0.349064 0.470331
15 9 0.160806 0.519808
16 9 -0.0153281 0
e
3 10 -0.00217624 -0.00212843
8 10 -0.000969305 0
9 10 -0.00927182 -0.00807541
10 10 -0.000419224 0
11 10 -0.0327413 -0.0323062
12 10 -0.00115555 0
13 10 -0.00113929 0
14 10 -0.000219102 0
e
0 11 0.431251 0.865864
1 11 0.0680807 0.999712
2 11 0.411706 1.12334
3 11 0.0826033 1.0223
4 11 0.262822 1.05767
5 11 0.515803 0.969399
6 11 0.211683 1.08282
7 11 0.560003 1.02908
8 11 0.514104 0.985447
9 11 0.468899 0.984312
10 11 0.291667 0.965485
11 11 0.435002 1.03631
12 11 0.411337 1.00409
13 11 0.79357 1.39413
14 11 0.470331 1.22044
15 11 0.519808 1.38793
16 11 0.404191 0.860364
17 11 0.536808 0.98795
e
0 12 0.865864 1
1 12 0.999712 1.0006
2 12 -0.123341 0
3 12 -0.0222991 -0.00217624
4 12 -0.0576678 0
5 12 0.969399 1.01173
6 12 -0.0828169 0
7 12 -0.0290785 -0.014101
8 12 0.985447 1.00097
9 12 0.984312 1.00927
10 12 0.965485 1.00042
11 12 -0.036313 -0.0327413
12 12 -0.00409116 -0.00115555
13 12 -0.394129 -0.00113929
14 12 -0.22044 -0.000219102
15 12 -0.387929 0
16 12 0.860364 1.01533
17 12 0.98795 1.00495
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.1579e-05:0.00783932]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00261311
1 0.000843444
2 9.4385e-05
3 0.00102739
4 0.000334307
5 5.6509e-05
6 0.000319215
7 0.000493754
8 5.06755e-05
9 4.1056e-05
10 0.000117169
11 0.000225776
12 4.2508e-05
13 4.31145e-05
14 0.000224188
15 0.000122828
16 4.32595e-05
17 3.4737e-05
e
unset multiplot
unset logscale y
set output
