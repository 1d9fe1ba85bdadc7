# explain.py: explain-8192-transport-only; data inline, run `gnuplot explain-8192-transport-only.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-transport-only.png"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-26.168627:126.168627]
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
0 1 0 0.370969
5 1 0 0.124799
6 1 0 0.0037707
8 1 0 0.14026
10 1 0 0.0466842
11 1 0 0.0207557
e
0 2 0.370969 0.458049
1 2 0 0.000514777
2 2 0 0.00292562
5 2 0.124799 0.205197
6 2 0.0037707 0.0148834
7 2 0 0.00102807
8 2 0.14026 0.230617
9 2 0 0.0221821
10 2 0.0466842 0.0767587
11 2 0.0207557 0.0341268
12 2 0 0.0227203
15 2 0 0.00363706
16 2 0 0.0363643
17 2 0 0.0198701
e
1 3 0.000514777 0.0392833
e
0 4 0.458049 0.458337
1 4 0.0392833 0.0395019
2 4 0.00292562 0.00501933
3 4 0 7.89637e-05
4 4 0 0.000253966
5 4 0.205197 0.207706
6 4 0.0148834 0.0157521
7 4 0.00102807 0.00213167
8 4 0.230617 0.233438
9 4 0.0221821 0.0301193
10 4 0.0767587 0.078636
11 4 0.0341268 0.0345442
12 4 0.0227203 0.0267852
13 4 0 0.00283315
17 4 0.0198701 0.0650452
e
3 5 7.89637e-05 0.0476409
4 5 0.000253966 0.153224
14 5 0 0.26424
e
0 6 0.458337 0.462718
1 6 0.0395019 0.0452712
2 6 0.00501933 0.0289861
3 6 0.0476409 0.0531635
4 6 0.153224 0.166074
5 6 0.207706 0.324894
6 6 0.0157521 0.0291705
7 6 0.00213167 0.010524
8 6 0.233438 0.282509
9 6 0.0301193 0.0991737
10 6 0.078636 0.0999325
11 6 0.0345442 0.0418057
15 6 0.00363706 0.0149595
e
7 7 0.010524 0.485076
11 7 0.0418057 0.375794
e
0 8 0.462718 0.462862
1 8 0.0452712 0.0463024
2 8 0.0289861 0.0299629
3 8 -0.000736782 0
4 8 -0.000473933 0
6 8 0.0291705 0.0356549
7 8 0.485076 0.485762
9 8 0.0991737 0.10658
15 8 0.0149595 0.0198167
e
0 9 0.462862 0.463549
2 9 0.0299629 0.121591
3 9 0.0531635 0.0562666
5 9 -0.00896449 0
6 9 0.0356549 0.0584134
7 9 0.485762 0.560672
9 9 -0.014178 0
11 9 0.375794 0.417539
14 9 0.26424 0.37865
15 9 0.0198167 0.333649
e
8 10 -0.00149135 0
e
0 11 0.463549 0.927183
1 11 0.0463024 0.990502
2 11 0.121591 1.04792
3 11 0.0562666 1.00959
4 11 0.166074 1.03075
5 11 0.324894 0.964982
6 11 0.0584134 1.0766
7 11 0.560672 1.09785
8 11 0.282509 0.939501
9 11 0.10658 0.936944
10 11 0.0999325 0.977708
11 11 0.417539 1.07873
12 11 0.0267852 1.00267
13 11 0.00283315 0.987898
14 11 0.37865 1.20294
15 11 0.333649 1.24169
16 11 0.0363643 1.05506
17 11 0.0650452 1.05793
e
0 12 0.927183 1
1 12 0.990502 1
2 12 -0.047917 0
3 12 -0.00959176 -0.000736782
4 12 -0.0307523 -0.000473933
5 12 0.964982 1.00896
6 12 -0.0766046 0
7 12 -0.0978485 0
8 12 0.939501 1.00149
9 12 0.936944 1.01418
10 12 0.977708 1
11 12 -0.0787328 0
12 12 -0.00266809 0
13 12 0.987898 1
14 12 -0.20294 0
15 12 -0.241686 0
16 12 -0.0550579 0
17 12 -0.0579336 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [4.72533e-06:0.00718804]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00239601
1 0.0010014
2 0.000176202
3 0.00116799
4 0.000363155
5 3.6755e-05
6 0.000318509
7 0.000501425
8 3.27035e-05
9 2.32395e-05
10 9.8256e-05
11 0.000220999
12 2.2689e-05
13 3.25535e-05
14 0.000210233
15 0.000141735
16 1.4176e-05
17 2.59435e-05
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-8192-transport-only.svg"
set multiplot layout 2,1 title "Where the time goes at 8.19 kB (8192 B), transport-only pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-26.168627:126.168627]
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
0 1 0 0.370969
5 1 0 0.124799
6 1 0 0.0037707
8 1 0 0.14026
10 1 0 0.0466842
11 1 0 0.0207557
e
0 2 0.370969 0.458049
1 2 0 0.000514777
2 2 0 0.00292562
5 2 0.124799 0.205197
6 2 0.0037707 0.0148834
7 2 0 0.00102807
8 2 0.14026 0.230617
9 2 0 0.0221821
10 2 0.0466842 0.0767587
11 2 0.0207557 0.0341268
12 2 0 0.0227203
15 2 0 0.00363706
16 2 0 0.0363643
17 2 0 0.0198701
e
1 3 0.000514777 0.0392833
e
0 4 0.458049 0.458337
1 4 0.0392833 0.0395019
2 4 0.00292562 0.00501933
3 4 0 7.89637e-05
4 4 0 0.000253966
5 4 0.205197 0.207706
6 4 0.0148834 0.0157521
7 4 0.00102807 0.00213167
8 4 0.230617 0.233438
9 4 0.0221821 0.0301193
10 4 0.0767587 0.078636
11 4 0.0341268 0.0345442
12 4 0.0227203 0.0267852
13 4 0 0.00283315
17 4 0.0198701 0.0650452
e
3 5 7.89637e-05 0.0476409
4 5 0.000253966 0.153224
14 5 0 0.26424
e
0 6 0.458337 0.462718
1 6 0.0395019 0.0452712
2 6 0.00501933 0.0289861
3 6 0.0476409 0.0531635
4 6 0.153224 0.166074
5 6 0.207706 0.324894
6 6 0.0157521 0.0291705
7 6 0.00213167 0.010524
8 6 0.233438 0.282509
9 6 0.0301193 0.0991737
10 6 0.078636 0.0999325
11 6 0.0345442 0.0418057
15 6 0.00363706 0.0149595
e
7 7 0.010524 0.485076
11 7 0.0418057 0.375794
e
0 8 0.462718 0.462862
1 8 0.0452712 0.0463024
2 8 0.0289861 0.0299629
3 8 -0.000736782 0
4 8 -0.000473933 0
6 8 0.0291705 0.0356549
7 8 0.485076 0.485762
9 8 0.0991737 0.10658
15 8 0.0149595 0.0198167
e
0 9 0.462862 0.463549
2 9 0.0299629 0.121591
3 9 0.0531635 0.0562666
5 9 -0.00896449 0
6 9 0.0356549 0.0584134
7 9 0.485762 0.560672
9 9 -0.014178 0
11 9 0.375794 0.417539
14 9 0.26424 0.37865
15 9 0.0198167 0.333649
e
8 10 -0.00149135 0
e
0 11 0.463549 0.927183
1 11 0.0463024 0.990502
2 11 0.121591 1.04792
3 11 0.0562666 1.00959
4 11 0.166074 1.03075
5 11 0.324894 0.964982
6 11 0.0584134 1.0766
7 11 0.560672 1.09785
8 11 0.282509 0.939501
9 11 0.10658 0.936944
10 11 0.0999325 0.977708
11 11 0.417539 1.07873
12 11 0.0267852 1.00267
13 11 0.00283315 0.987898
14 11 0.37865 1.20294
15 11 0.333649 1.24169
16 11 0.0363643 1.05506
17 11 0.0650452 1.05793
e
0 12 0.927183 1
1 12 0.990502 1
2 12 -0.047917 0
3 12 -0.00959176 -0.000736782
4 12 -0.0307523 -0.000473933
5 12 0.964982 1.00896
6 12 -0.0766046 0
7 12 -0.0978485 0
8 12 0.939501 1.00149
9 12 0.936944 1.01418
10 12 0.977708 1
11 12 -0.0787328 0
12 12 -0.00266809 0
13 12 0.987898 1
14 12 -0.20294 0
15 12 -0.241686 0
16 12 -0.0550579 0
17 12 -0.0579336 0
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [4.72533e-06:0.00718804]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     NaN with lines lc rgb 'white' title "copy floor: missing", \
     NaN with lines lc rgb 'white' title "zero-copy floor: missing"
0 0.00239601
1 0.0010014
2 0.000176202
3 0.00116799
4 0.000363155
5 3.6755e-05
6 0.000318509
7 0.000501425
8 3.27035e-05
9 2.32395e-05
10 9.8256e-05
11 0.000220999
12 2.2689e-05
13 3.25535e-05
14 0.000210233
15 0.000141735
16 1.4176e-05
17 2.59435e-05
e
unset multiplot
unset logscale y
set output
