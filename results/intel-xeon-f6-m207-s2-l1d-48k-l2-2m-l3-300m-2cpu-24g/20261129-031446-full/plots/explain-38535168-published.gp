# explain.py: explain-38535168-published; data inline, run `gnuplot explain-38535168-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-38535168-published.png"
set multiplot layout 2,1 title "Where the time goes at 38.5 MB (38535168 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-3.296616:103.296616]
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
0 0 0 0.00695911
1 0 0 0.148445
2 0 0 0.477509
3 0 0 0.520214
4 0 0 0.702026
5 0 0 0.321422
6 0 0 0.316984
7 0 0 0.292535
8 0 0 0.317764
9 0 0 0.453689
10 0 0 0.31397
11 0 0 0.232548
12 0 0 0.867735
13 0 0 0.91368
14 0 0 0.700009
15 0 0 0.561379
16 0 0 0.964169
17 0 0 0.913285
e
0 1 0.00695911 0.427959
5 1 0.321422 0.50354
6 1 0.316984 0.484504
8 1 0.317764 0.49781
10 1 0.31397 0.491866
11 1 0.232548 0.36431
e
0 2 0.427959 0.580797
1 2 0.148445 0.148446
2 2 0.477509 0.477512
5 2 0.50354 0.592275
6 2 0.484504 0.639963
7 2 0.292535 0.292537
8 2 0.49781 0.585536
9 2 0.453689 0.453692
10 2 0.491866 0.578543
11 2 0.36431 0.42851
12 2 0.867735 0.86774
15 2 0.561379 0.561382
16 2 0.964169 0.964176
17 2 0.913285 0.91329
e
1 3 0.148446 0.460397
e
0 4 0.580797 0.584426
1 4 0.460397 0.48188
2 4 0.477512 0.573591
3 4 0.520214 0.546382
4 4 0.702026 0.73734
5 4 0.592275 0.608443
6 4 0.639963 0.687798
7 4 0.292537 0.380829
8 4 0.585536 0.60152
9 4 0.453692 0.499336
10 4 0.578543 0.61013
11 4 0.42851 0.440208
12 4 0.86774 0.911389
13 4 0.91368 0.95964
16 4 0.964176 1.01268
17 4 0.91329 0.973221
e
3 5 0.546382 0.703598
4 5 0.73734 0.949503
14 5 0.700009 0.911562
e
0 6 0.584426 0.586897
1 6 0.48188 0.510503
2 6 0.573591 0.629191
3 6 0.703598 0.703615
4 6 0.949503 0.949524
5 6 0.608443 0.645869
6 6 0.687798 0.724708
7 6 0.380829 0.414891
8 6 0.60152 0.631201
9 6 0.499336 0.541713
10 6 0.61013 0.69445
11 6 0.440208 0.461929
15 6 0.561382 0.613818
e
7 7 0.414891 0.519227
11 7 0.461929 0.71801
e
0 8 0.586897 0.587036
1 8 0.510503 0.511985
2 8 0.629191 0.631028
3 8 0.703615 0.703619
4 8 0.949524 0.94953
5 8 0.645869 0.645892
6 8 0.724708 0.724831
7 8 0.519227 0.52371
8 8 0.631201 0.631287
9 8 0.541713 0.541799
10 8 0.69445 0.695441
11 8 0.71801 0.718014
14 8 0.911562 0.911563
15 8 0.613818 0.614411
e
0 9 0.587036 0.587083
1 9 0.511985 0.512392
2 9 0.631028 0.631071
3 9 0.703619 0.703639
5 9 0.645892 0.646117
6 9 0.724831 0.726161
7 9 0.52371 0.52429
8 9 0.631287 0.6324
9 9 0.541799 0.542959
10 9 0.695441 0.706212
11 9 0.718014 0.720884
12 9 0.911389 0.911488
13 9 -2.13252e-06 0
15 9 0.614411 0.619353
16 9 1.01268 1.01273
17 9 0.973221 0.973274
e
0 10 0.587083 0.608117
1 10 0.512392 0.674087
2 10 0.631071 0.949516
3 10 0.703639 0.71447
4 10 0.94953 0.964142
5 10 0.646117 0.7544
6 10 0.726161 0.955006
7 10 0.52429 0.724939
8 10 -4.81478e-07 0
9 10 0.542959 0.592601
10 10 0.706212 0.816079
11 10 0.720884 0.80423
12 10 -9.86097e-07 0
13 10 -3.17083e-06 -2.13252e-06
14 10 -1.06066e-06 0
15 10 0.619353 0.717152
e
0 11 0.608117 0.608254
1 11 0.674087 0.676587
2 11 0.949516 0.950024
3 11 0.71447 0.722835
4 11 0.964142 0.965934
5 11 0.7544 0.754539
6 11 0.955006 0.956033
7 11 0.724939 0.72632
8 11 0.6324 0.632595
9 11 0.592601 0.592734
10 11 0.816079 0.816256
11 11 0.80423 0.80436
12 11 0.911488 0.91191
13 11 0.95964 0.95999
14 11 0.911563 0.911922
15 11 0.717152 0.717556
16 11 1.01273 1.01297
17 11 0.973274 0.973544
e
0 12 0.608254 1
1 12 0.676587 1
2 12 0.950024 1
3 12 0.722835 1
4 12 0.965934 1
5 12 0.754539 1
6 12 0.956033 1
7 12 0.72632 1
8 12 0.632595 1
9 12 0.592734 1
10 12 0.816256 1
11 12 0.80436 1
12 12 0.91191 1
13 12 0.95999 1
14 12 0.911922 1
15 12 0.717556 1
16 12 -0.0129662 0
17 12 0.973544 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.0012844:41.4136]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00385321 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 3.85 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream unpinned", \
     0.00538951 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 5.39 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 13.8045
1 0.647159
2 0.201184
3 0.184669
4 0.136843
5 0.298882
6 0.303066
7 0.328395
8 0.302322
9 0.211747
10 0.305976
11 0.413107
12 0.11071
13 0.105143
14 0.137237
15 0.171127
16 0.0996373
17 0.105189
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
set yrange [-3.296616:103.296616]
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
0 0 0 0.00695911
1 0 0 0.148445
2 0 0 0.477509
3 0 0 0.520214
4 0 0 0.702026
5 0 0 0.321422
6 0 0 0.316984
7 0 0 0.292535
8 0 0 0.317764
9 0 0 0.453689
10 0 0 0.31397
11 0 0 0.232548
12 0 0 0.867735
13 0 0 0.91368
14 0 0 0.700009
15 0 0 0.561379
16 0 0 0.964169
17 0 0 0.913285
e
0 1 0.00695911 0.427959
5 1 0.321422 0.50354
6 1 0.316984 0.484504
8 1 0.317764 0.49781
10 1 0.31397 0.491866
11 1 0.232548 0.36431
e
0 2 0.427959 0.580797
1 2 0.148445 0.148446
2 2 0.477509 0.477512
5 2 0.50354 0.592275
6 2 0.484504 0.639963
7 2 0.292535 0.292537
8 2 0.49781 0.585536
9 2 0.453689 0.453692
10 2 0.491866 0.578543
11 2 0.36431 0.42851
12 2 0.867735 0.86774
15 2 0.561379 0.561382
16 2 0.964169 0.964176
17 2 0.913285 0.91329
e
1 3 0.148446 0.460397
e
0 4 0.580797 0.584426
1 4 0.460397 0.48188
2 4 0.477512 0.573591
3 4 0.520214 0.546382
4 4 0.702026 0.73734
5 4 0.592275 0.608443
6 4 0.639963 0.687798
7 4 0.292537 0.380829
8 4 0.585536 0.60152
9 4 0.453692 0.499336
10 4 0.578543 0.61013
11 4 0.42851 0.440208
12 4 0.86774 0.911389
13 4 0.91368 0.95964
16 4 0.964176 1.01268
17 4 0.91329 0.973221
e
3 5 0.546382 0.703598
4 5 0.73734 0.949503
14 5 0.700009 0.911562
e
0 6 0.584426 0.586897
1 6 0.48188 0.510503
2 6 0.573591 0.629191
3 6 0.703598 0.703615
4 6 0.949503 0.949524
5 6 0.608443 0.645869
6 6 0.687798 0.724708
7 6 0.380829 0.414891
8 6 0.60152 0.631201
9 6 0.499336 0.541713
10 6 0.61013 0.69445
11 6 0.440208 0.461929
15 6 0.561382 0.613818
e
7 7 0.414891 0.519227
11 7 0.461929 0.71801
e
0 8 0.586897 0.587036
1 8 0.510503 0.511985
2 8 0.629191 0.631028
3 8 0.703615 0.703619
4 8 0.949524 0.94953
5 8 0.645869 0.645892
6 8 0.724708 0.724831
7 8 0.519227 0.52371
8 8 0.631201 0.631287
9 8 0.541713 0.541799
10 8 0.69445 0.695441
11 8 0.71801 0.718014
14 8 0.911562 0.911563
15 8 0.613818 0.614411
e
0 9 0.587036 0.587083
1 9 0.511985 0.512392
2 9 0.631028 0.631071
3 9 0.703619 0.703639
5 9 0.645892 0.646117
6 9 0.724831 0.726161
7 9 0.52371 0.52429
8 9 0.631287 0.6324
9 9 0.541799 0.542959
10 9 0.695441 0.706212
11 9 0.718014 0.720884
12 9 0.911389 0.911488
13 9 -2.13252e-06 0
15 9 0.614411 0.619353
16 9 1.01268 1.01273
17 9 0.973221 0.973274
e
0 10 0.587083 0.608117
1 10 0.512392 0.674087
2 10 0.631071 0.949516
3 10 0.703639 0.71447
4 10 0.94953 0.964142
5 10 0.646117 0.7544
6 10 0.726161 0.955006
7 10 0.52429 0.724939
8 10 -4.81478e-07 0
9 10 0.542959 0.592601
10 10 0.706212 0.816079
11 10 0.720884 0.80423
12 10 -9.86097e-07 0
13 10 -3.17083e-06 -2.13252e-06
14 10 -1.06066e-06 0
15 10 0.619353 0.717152
e
0 11 0.608117 0.608254
1 11 0.674087 0.676587
2 11 0.949516 0.950024
3 11 0.71447 0.722835
4 11 0.964142 0.965934
5 11 0.7544 0.754539
6 11 0.955006 0.956033
7 11 0.724939 0.72632
8 11 0.6324 0.632595
9 11 0.592601 0.592734
10 11 0.816079 0.816256
11 11 0.80423 0.80436
12 11 0.911488 0.91191
13 11 0.95964 0.95999
14 11 0.911563 0.911922
15 11 0.717152 0.717556
16 11 1.01273 1.01297
17 11 0.973274 0.973544
e
0 12 0.608254 1
1 12 0.676587 1
2 12 0.950024 1
3 12 0.722835 1
4 12 0.965934 1
5 12 0.754539 1
6 12 0.956033 1
7 12 0.72632 1
8 12 0.632595 1
9 12 0.592734 1
10 12 0.816256 1
11 12 0.80436 1
12 12 0.91191 1
13 12 0.95999 1
14 12 0.911922 1
15 12 0.717556 1
16 12 -0.0129662 0
17 12 0.973544 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [0.0012844:41.4136]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     0.00385321 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 3.85 ms:", \
     NaN with lines lc rgb 'white' title "  shm/stream unpinned", \
     0.00538951 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 5.39 ms:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 13.8045
1 0.647159
2 0.201184
3 0.184669
4 0.136843
5 0.298882
6 0.303066
7 0.328395
8 0.302322
9 0.211747
10 0.305976
11 0.413107
12 0.11071
13 0.105143
14 0.137237
15 0.171127
16 0.0996373
17 0.105189
e
unset multiplot
unset logscale y
set output
