# explain.py: explain-1204224-published; data inline, run `gnuplot explain-1204224-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-published.png"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-2.016871:102.016871]
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
0 0 0 0.00646039
1 0 0 0.183103
2 0 0 0.410742
3 0 0 0.359442
4 0 0 0.639489
5 0 0 0.40953
6 0 0 0.295472
7 0 0 0.334327
8 0 0 0.477372
9 0 0 0.487217
10 0 0 0.364964
11 0 0 0.267753
12 0 0 0.623674
13 0 0 0.576018
14 0 0 0.465027
15 0 0 0.537807
16 0 0 0.59946
17 0 0 0.607268
e
0 1 0.00646039 0.43792
5 1 0.40953 0.433227
6 1 0.295472 0.311885
8 1 0.477372 0.504994
10 1 0.364964 0.386082
11 1 0.267753 0.283246
e
0 2 0.43792 0.546043
1 2 0.183103 0.183144
2 2 0.410742 0.410835
5 2 0.433227 0.443237
6 2 0.311885 0.328276
7 2 0.334327 0.334403
8 2 0.504994 0.516662
9 2 0.487217 0.487328
10 2 0.386082 0.395002
11 2 0.283246 0.28979
12 2 0.623674 0.623816
15 2 0.537807 0.537929
16 2 0.59946 0.599596
17 2 0.607268 0.607406
e
1 3 0.183144 0.551669
e
0 4 0.546043 0.54767
1 4 0.551669 0.563302
2 4 0.410835 0.455566
3 4 0.359442 0.369228
4 4 0.639489 0.6569
5 4 0.443237 0.454386
6 4 0.328276 0.35241
7 4 0.334403 0.389016
8 4 0.516662 0.529659
9 4 0.487328 0.513857
10 4 0.395002 0.414875
11 4 0.28979 0.29708
12 4 0.623816 0.640796
13 4 0.576018 0.591701
16 4 0.599596 0.615917
17 4 0.607406 0.632051
e
3 5 0.369228 0.456082
4 5 0.6569 0.811424
14 5 0.465027 0.577395
e
0 6 0.54767 0.549348
1 6 0.563302 0.585447
2 6 0.455566 0.492816
3 6 0.456082 0.456806
4 6 0.811424 0.812395
5 6 0.454386 0.491532
6 6 0.35241 0.379208
7 6 0.389016 0.419335
8 6 0.529659 0.576425
9 6 0.513857 0.561588
10 6 0.414875 0.488162
11 6 0.29708 0.32331
15 6 0.537929 0.590616
e
7 7 0.419335 0.550134
11 7 0.32331 0.647003
e
0 8 0.549348 0.549494
1 8 0.585447 0.58755
2 8 0.492816 0.494586
5 8 0.491532 0.491713
6 8 0.379208 0.379567
7 8 0.550134 0.556301
8 8 0.576425 0.576688
9 8 0.561588 0.561938
10 8 0.488162 0.488626
11 8 0.647003 0.64724
13 8 -6.36202e-05 0
14 8 0.577395 0.577421
15 8 0.590616 0.591715
e
1 9 0.58755 0.587587
2 9 0.494586 0.494703
3 9 0.456806 0.456938
4 9 -2.60807e-05 0
5 9 0.491713 0.49203
6 9 -0.000168706 0
7 9 0.556301 0.556955
8 9 0.576688 0.579063
9 9 0.561938 0.566011
10 9 0.488626 0.507202
11 9 0.64724 0.649828
13 9 0.591701 0.591748
14 9 0.577421 0.57871
15 9 0.591715 0.596035
16 9 0.615917 0.616993
17 9 0.632051 0.633215
e
0 10 0.549494 0.554951
1 10 0.587587 0.668134
2 10 0.494703 0.627324
3 10 0.456938 0.460904
4 10 0.812395 0.819451
5 10 0.49203 0.713101
6 10 0.379567 0.617311
7 10 0.556955 0.795567
8 10 0.579063 0.850595
9 10 0.566011 0.600665
10 10 0.507202 0.688616
11 10 0.649828 0.835656
12 10 -2.17309e-05 0
13 10 -8.36906e-05 -6.36202e-05
14 10 -3.24062e-05 0
15 10 0.596035 0.596042
16 10 -6.96239e-06 0
e
0 11 0.554951 0.55851
1 11 0.668134 0.785337
2 11 0.627324 0.639192
3 11 0.460904 0.719996
4 11 0.819451 0.865426
5 11 0.713101 0.718624
6 11 0.617311 0.654678
7 11 0.795567 0.821721
8 11 0.850595 0.85727
9 11 0.600665 0.606127
10 11 0.688616 0.698808
11 11 0.835656 0.844761
12 11 0.640796 0.650854
13 11 0.591748 0.601464
14 11 0.57871 0.58954
15 11 0.596042 0.612317
16 11 0.616993 0.623345
17 11 0.633215 0.639673
e
0 12 0.55851 1
1 12 0.785337 1
2 12 0.639192 1
3 12 0.719996 1
4 12 0.865426 1.00003
5 12 0.718624 1
6 12 0.654678 1.00017
7 12 0.821721 1
8 12 0.85727 1
9 12 0.606127 1
10 12 0.698808 1
11 12 0.844761 1
12 12 0.650854 1.00002
13 12 0.601464 1.00008
14 12 0.58954 1.00003
15 12 0.612317 1
16 12 0.623345 1.00001
17 12 0.639673 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [2.61158e-05:1.34231]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     8.90099e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 89.0 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout cross-core", \
     7.83475e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 78.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.447437
1 0.0157869
2 0.00703756
3 0.00804197
4 0.0045202
5 0.00705838
6 0.00978305
7 0.00864609
8 0.00605528
9 0.00593292
10 0.00792029
11 0.0107959
12 0.00463482
13 0.00501828
14 0.00621603
15 0.00537483
16 0.00482204
17 0.00476004
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-1204224-published.svg"
set multiplot layout 2,1 title "Where the time goes at 1.2 MB (1204224 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-2.016871:102.016871]
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
0 0 0 0.00646039
1 0 0 0.183103
2 0 0 0.410742
3 0 0 0.359442
4 0 0 0.639489
5 0 0 0.40953
6 0 0 0.295472
7 0 0 0.334327
8 0 0 0.477372
9 0 0 0.487217
10 0 0 0.364964
11 0 0 0.267753
12 0 0 0.623674
13 0 0 0.576018
14 0 0 0.465027
15 0 0 0.537807
16 0 0 0.59946
17 0 0 0.607268
e
0 1 0.00646039 0.43792
5 1 0.40953 0.433227
6 1 0.295472 0.311885
8 1 0.477372 0.504994
10 1 0.364964 0.386082
11 1 0.267753 0.283246
e
0 2 0.43792 0.546043
1 2 0.183103 0.183144
2 2 0.410742 0.410835
5 2 0.433227 0.443237
6 2 0.311885 0.328276
7 2 0.334327 0.334403
8 2 0.504994 0.516662
9 2 0.487217 0.487328
10 2 0.386082 0.395002
11 2 0.283246 0.28979
12 2 0.623674 0.623816
15 2 0.537807 0.537929
16 2 0.59946 0.599596
17 2 0.607268 0.607406
e
1 3 0.183144 0.551669
e
0 4 0.546043 0.54767
1 4 0.551669 0.563302
2 4 0.410835 0.455566
3 4 0.359442 0.369228
4 4 0.639489 0.6569
5 4 0.443237 0.454386
6 4 0.328276 0.35241
7 4 0.334403 0.389016
8 4 0.516662 0.529659
9 4 0.487328 0.513857
10 4 0.395002 0.414875
11 4 0.28979 0.29708
12 4 0.623816 0.640796
13 4 0.576018 0.591701
16 4 0.599596 0.615917
17 4 0.607406 0.632051
e
3 5 0.369228 0.456082
4 5 0.6569 0.811424
14 5 0.465027 0.577395
e
0 6 0.54767 0.549348
1 6 0.563302 0.585447
2 6 0.455566 0.492816
3 6 0.456082 0.456806
4 6 0.811424 0.812395
5 6 0.454386 0.491532
6 6 0.35241 0.379208
7 6 0.389016 0.419335
8 6 0.529659 0.576425
9 6 0.513857 0.561588
10 6 0.414875 0.488162
11 6 0.29708 0.32331
15 6 0.537929 0.590616
e
7 7 0.419335 0.550134
11 7 0.32331 0.647003
e
0 8 0.549348 0.549494
1 8 0.585447 0.58755
2 8 0.492816 0.494586
5 8 0.491532 0.491713
6 8 0.379208 0.379567
7 8 0.550134 0.556301
8 8 0.576425 0.576688
9 8 0.561588 0.561938
10 8 0.488162 0.488626
11 8 0.647003 0.64724
13 8 -6.36202e-05 0
14 8 0.577395 0.577421
15 8 0.590616 0.591715
e
1 9 0.58755 0.587587
2 9 0.494586 0.494703
3 9 0.456806 0.456938
4 9 -2.60807e-05 0
5 9 0.491713 0.49203
6 9 -0.000168706 0
7 9 0.556301 0.556955
8 9 0.576688 0.579063
9 9 0.561938 0.566011
10 9 0.488626 0.507202
11 9 0.64724 0.649828
13 9 0.591701 0.591748
14 9 0.577421 0.57871
15 9 0.591715 0.596035
16 9 0.615917 0.616993
17 9 0.632051 0.633215
e
0 10 0.549494 0.554951
1 10 0.587587 0.668134
2 10 0.494703 0.627324
3 10 0.456938 0.460904
4 10 0.812395 0.819451
5 10 0.49203 0.713101
6 10 0.379567 0.617311
7 10 0.556955 0.795567
8 10 0.579063 0.850595
9 10 0.566011 0.600665
10 10 0.507202 0.688616
11 10 0.649828 0.835656
12 10 -2.17309e-05 0
13 10 -8.36906e-05 -6.36202e-05
14 10 -3.24062e-05 0
15 10 0.596035 0.596042
16 10 -6.96239e-06 0
e
0 11 0.554951 0.55851
1 11 0.668134 0.785337
2 11 0.627324 0.639192
3 11 0.460904 0.719996
4 11 0.819451 0.865426
5 11 0.713101 0.718624
6 11 0.617311 0.654678
7 11 0.795567 0.821721
8 11 0.850595 0.85727
9 11 0.600665 0.606127
10 11 0.688616 0.698808
11 11 0.835656 0.844761
12 11 0.640796 0.650854
13 11 0.591748 0.601464
14 11 0.57871 0.58954
15 11 0.596042 0.612317
16 11 0.616993 0.623345
17 11 0.633215 0.639673
e
0 12 0.55851 1
1 12 0.785337 1
2 12 0.639192 1
3 12 0.719996 1
4 12 0.865426 1.00003
5 12 0.718624 1
6 12 0.654678 1.00017
7 12 0.821721 1
8 12 0.85727 1
9 12 0.606127 1
10 12 0.698808 1
11 12 0.844761 1
12 12 0.650854 1.00002
13 12 0.601464 1.00008
14 12 0.58954 1.00003
15 12 0.612317 1
16 12 0.623345 1.00001
17 12 0.639673 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [2.61158e-05:1.34231]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     8.90099e-05 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 89.0 us:", \
     NaN with lines lc rgb 'white' title "  shm/copyout cross-core", \
     7.83475e-05 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 78.3 us:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch unpinned"
0 0.447437
1 0.0157869
2 0.00703756
3 0.00804197
4 0.0045202
5 0.00705838
6 0.00978305
7 0.00864609
8 0.00605528
9 0.00593292
10 0.00792029
11 0.0107959
12 0.00463482
13 0.00501828
14 0.00621603
15 0.00537483
16 0.00482204
17 0.00476004
e
unset multiplot
unset logscale y
set output
