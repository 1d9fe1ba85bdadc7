# explain.py: explain-64-published; data inline, run `gnuplot explain-64-published.gp` in this folder
set terminal pngcairo size 1400,900 font 'sans,10' noenhanced
set output "explain-64-published.png"
set multiplot layout 2,1 title "Where the time goes at 64 B (64 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-2.000000:102.000000]
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
     1/0 with boxes lc rgb "#bcbd22" fs pattern 6 title "system calls", \
     1/0 with boxes lc rgb "#ff7f0e" fs pattern 7 title "wake-ups", \
     1/0 with boxes lc rgb "#e377c2" fs pattern 3 title "page faults", \
     1/0 with boxes lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
0 0 0 0.000471981
1 0 0 0.000683193
2 0 0 0.00786324
3 0 0 0.00043563
4 0 0 0.00250488
5 0 0 0.0196298
6 0 0 0.00244542
7 0 0 0.0016133
8 0 0 0.0224748
9 0 0 0.0333537
10 0 0 0.0116904
11 0 0 0.00431251
12 0 0 0.0225794
13 0 0 0.0463676
14 0 0 0.0105136
15 0 0 0.0161481
16 0 0 0.0402986
17 0 0 0.0384275
e
0 1 0.000471981 0.00623733
5 1 0.0196298 0.122878
6 1 0.00244542 0.00492366
8 1 0.0224748 0.140687
10 1 0.0116904 0.0731793
11 1 0.00431251 0.0269954
e
0 2 0.00623733 0.00807712
1 2 0.000683193 0.00113645
2 2 0.00786324 0.0130801
5 2 0.122878 0.190629
6 2 0.00492366 0.00789018
7 2 0.0016133 0.00268364
8 2 0.140687 0.218257
9 2 0.0333537 0.055482
10 2 0.0731793 0.113528
11 2 0.0269954 0.0418796
12 2 0.0225794 0.0375596
15 2 0.0161481 0.0268614
16 2 0.0402986 0.0670345
17 2 0.0384275 0.0639221
e
1 3 0.00113645 0.00176941
e
0 4 0.00807712 0.00809659
1 4 0.00176941 0.00178154
2 4 0.0130801 0.0132618
3 4 0.00043563 0.000438147
4 4 0.00250488 0.00251936
5 4 0.190629 0.190742
6 4 0.00789018 0.00793258
7 4 0.00268364 0.00273958
8 4 0.218257 0.218387
9 4 0.055482 0.0558675
10 4 0.113528 0.113663
11 4 0.0418796 0.0419046
12 4 0.0375596 0.0376901
13 4 0.0463676 0.0466356
16 4 0.0670345 0.0672674
17 4 0.0639221 0.108326
e
3 5 0.000438147 0.015576
4 5 0.00251936 0.089562
14 5 0.0105136 0.375852
e
0 6 0.00809659 0.0109288
1 6 0.00178154 0.00535331
2 6 0.0132618 0.0402164
3 6 0.015576 0.0175057
4 6 0.089562 0.0954472
5 6 0.190742 0.254441
6 6 0.00793258 0.0139156
7 6 0.00273958 0.00671641
8 6 0.218387 0.242251
9 6 0.0558675 0.0912822
10 6 0.113663 0.120944
11 6 0.0419046 0.0464835
15 6 0.0268614 0.0440073
e
7 7 0.00671641 0.30735
11 7 0.0464835 0.50618
e
0 12 0.0109288 1
1 12 0.00535331 1
2 12 0.0402164 1
3 12 0.0175057 1
4 12 0.0954472 1
5 12 0.254441 1
6 12 0.0139156 1
7 12 0.30735 1
8 12 0.242251 1
9 12 0.0912822 1
10 12 0.120944 1
11 12 0.50618 1
12 12 0.0376901 1
13 12 0.0466356 1
14 12 0.375852 1
15 12 0.0440073 1
16 12 0.0672674 1
17 12 0.108326 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.11928e-08:0.00641487]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     3.35785e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 34 ns:", \
     NaN with lines lc rgb 'white' title "  shm/spin same-cpu", \
     2.7448e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 274 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 0.0019736
1 0.00136345
2 0.000118463
3 0.00213829
4 0.000371875
5 4.74535e-05
6 0.000380917
7 0.000577388
8 4.14465e-05
9 2.7928e-05
10 7.9681e-05
11 0.000216
12 4.12545e-05
13 2.00895e-05
14 8.86e-05
15 5.7685e-05
16 2.3115e-05
17 2.42405e-05
e
unset multiplot
unset logscale y
set output
set terminal svg size 1400,900 font 'sans,10' noenhanced
set output "explain-64-published.svg"
set multiplot layout 2,1 title "Where the time goes at 64 B (64 B), published pattern"
set lmargin 12
set rmargin 34
set xrange [-0.6:18.600000]
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
set ylabel 'share of the measured total'
set yrange [-2.000000:102.000000]
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
     1/0 with boxes lc rgb "#bcbd22" fs pattern 6 title "system calls", \
     1/0 with boxes lc rgb "#ff7f0e" fs pattern 7 title "wake-ups", \
     1/0 with boxes lc rgb "#e377c2" fs pattern 3 title "page faults", \
     1/0 with boxes lc rgb "#7f7f7f" fs pattern 2 title "fixed per-request work", \
     '-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) with boxxyerror lc rgb "#000000" fs pattern 0 title "residual", 0 with lines lc rgb 'black' lw 1 notitle
0 0 0 0.000471981
1 0 0 0.000683193
2 0 0 0.00786324
3 0 0 0.00043563
4 0 0 0.00250488
5 0 0 0.0196298
6 0 0 0.00244542
7 0 0 0.0016133
8 0 0 0.0224748
9 0 0 0.0333537
10 0 0 0.0116904
11 0 0 0.00431251
12 0 0 0.0225794
13 0 0 0.0463676
14 0 0 0.0105136
15 0 0 0.0161481
16 0 0 0.0402986
17 0 0 0.0384275
e
0 1 0.000471981 0.00623733
5 1 0.0196298 0.122878
6 1 0.00244542 0.00492366
8 1 0.0224748 0.140687
10 1 0.0116904 0.0731793
11 1 0.00431251 0.0269954
e
0 2 0.00623733 0.00807712
1 2 0.000683193 0.00113645
2 2 0.00786324 0.0130801
5 2 0.122878 0.190629
6 2 0.00492366 0.00789018
7 2 0.0016133 0.00268364
8 2 0.140687 0.218257
9 2 0.0333537 0.055482
10 2 0.0731793 0.113528
11 2 0.0269954 0.0418796
12 2 0.0225794 0.0375596
15 2 0.0161481 0.0268614
16 2 0.0402986 0.0670345
17 2 0.0384275 0.0639221
e
1 3 0.00113645 0.00176941
e
0 4 0.00807712 0.00809659
1 4 0.00176941 0.00178154
2 4 0.0130801 0.0132618
3 4 0.00043563 0.000438147
4 4 0.00250488 0.00251936
5 4 0.190629 0.190742
6 4 0.00789018 0.00793258
7 4 0.00268364 0.00273958
8 4 0.218257 0.218387
9 4 0.055482 0.0558675
10 4 0.113528 0.113663
11 4 0.0418796 0.0419046
12 4 0.0375596 0.0376901
13 4 0.0463676 0.0466356
16 4 0.0670345 0.0672674
17 4 0.0639221 0.108326
e
3 5 0.000438147 0.015576
4 5 0.00251936 0.089562
14 5 0.0105136 0.375852
e
0 6 0.00809659 0.0109288
1 6 0.00178154 0.00535331
2 6 0.0132618 0.0402164
3 6 0.015576 0.0175057
4 6 0.089562 0.0954472
5 6 0.190742 0.254441
6 6 0.00793258 0.0139156
7 6 0.00273958 0.00671641
8 6 0.218387 0.242251
9 6 0.0558675 0.0912822
10 6 0.113663 0.120944
11 6 0.0419046 0.0464835
15 6 0.0268614 0.0440073
e
7 7 0.00671641 0.30735
11 7 0.0464835 0.50618
e
0 12 0.0109288 1
1 12 0.00535331 1
2 12 0.0402164 1
3 12 0.0175057 1
4 12 0.0954472 1
5 12 0.254441 1
6 12 0.0139156 1
7 12 0.30735 1
8 12 0.242251 1
9 12 0.0912822 1
10 12 0.120944 1
11 12 0.50618 1
12 12 0.0376901 1
13 12 0.0466356 1
14 12 0.375852 1
15 12 0.0440073 1
16 12 0.0672674 1
17 12 0.108326 1
e
set ylabel 'seconds per request (log)'
set logscale y
set format y '%.0e'
set yrange [1.11928e-08:0.00641487]
unset grid
set grid ytics mytics
set xtics ("http_json" 0, "http_base64" 1, "websocket_bytes" 2, "http_shared_memory" 3, "websocket_shared_memory" 4, "mp_listener" 5, "grpc_bytes" 6, "rabbitmq_bytes" 7, "mp_pipe/send" 8, "mp_pipe/send_bytes" 9, "mp_queue" 10, "mp_manager/dict" 11, "mp_array/frombuffer" 12, "shared_memory/reused" 13, "shared_memory/per_message" 14, "zmq_ipc/zerocopy" 15, "fastpath/view" 16, "fastpath/touch" 17, "object_store/plasma (missing: total)" 18) rotate by -30 left
plot '-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total', \
     3.35785e-08 with lines lc rgb 'black' dt 2 lw 2 title "copy floor 34 ns:", \
     NaN with lines lc rgb 'white' title "  shm/spin same-cpu", \
     2.7448e-07 with lines lc rgb 'black' dt 3 lw 2 title "zero-copy floor 274 ns:", \
     NaN with lines lc rgb 'white' title "  shm/inplace-touch cross-core"
0 0.0019736
1 0.00136345
2 0.000118463
3 0.00213829
4 0.000371875
5 4.74535e-05
6 0.000380917
7 0.000577388
8 4.14465e-05
9 2.7928e-05
10 7.9681e-05
11 0.000216
12 4.12545e-05
13 2.00895e-05
14 8.86e-05
15 5.7685e-05
16 2.3115e-05
17 2.42405e-05
e
unset multiplot
unset logscale y
set output
