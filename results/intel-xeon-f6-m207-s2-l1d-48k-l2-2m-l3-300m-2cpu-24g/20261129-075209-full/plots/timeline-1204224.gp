# timeline-1204224: written by scripts/explain.py (ipcfloor/timeline/render.py) from explain.csv; run `gnuplot timeline-1204224.gp` here
# writes timeline-1204224.png and timeline-1204224.svg.  One bar per traced cell, its segments the categories' shares of the cell's traced wall time; data inline below: per category, lines of bar, start, end (shares).
set encoding utf8
# bar 0: http_json  416 ms
# bar 1: http_base64  19.2 ms
# bar 2: websocket_bytes  6.65 ms
# bar 3: http_shared_memory  6.94 ms
# bar 4: websocket_shared_memory  7.6 ms
# bar 5: mp_listener  6.52 ms
# bar 6: grpc_bytes  8.77 ms
# bar 7: rabbitmq_bytes  9.8 ms
# bar 8: mp_pipe/send  5.99 ms
# bar 9: mp_pipe/send_bytes  5.53 ms
# bar 10: mp_queue  5.64 ms
# bar 11: mp_manager/dict  7.54 ms
# bar 12: mp_array/frombuffer  5.35 ms
# bar 13: shared_memory/reused  3.54 ms
# bar 14: shared_memory/per_message  4.64 ms
# bar 15: zmq_ipc/zerocopy  3.9 ms
# bar 16: fastpath/view  3.85 ms
# bar 17: fastpath/touch  5.14 ms
# interpreter
$c0 << EOD
0 0 0.533582
1 0 0.719098
2 0 0.117552
3 0 0.357338
4 0 0.118876
5 0 0.0536633
6 0 0.0776663
7 0 0.261406
8 0 0.0511832
9 0 0.0349295
10 0 0.153624
11 0 0.101154
12 0 0.0395638
13 0 0.0455237
14 0 0.0958494
15 0 0.041171
16 0 0.0379309
17 0 0.0288965
EOD
# float<->text (JSON)
$c1 << EOD
0 0.533582 0.934239
3 0.357338 0.358038
EOD
# numpy
$c2 << EOD
0 0.934239 0.96471
1 0.719098 0.929837
2 0.117552 0.876917
3 0.358038 0.836863
4 0.118876 0.80079
5 0.0536633 0.844368
6 0.0776663 0.70051
7 0.261406 0.71103
8 0.0511832 0.852757
9 0.0349295 0.799701
10 0.153624 0.824373
11 0.101154 0.73902
12 0.0395638 0.964083
13 0.0455237 0.936276
14 0.0958494 0.796494
15 0.041171 0.873698
16 0.0379309 0.95873
17 0.0288965 0.960016
EOD
# libc copies
$c3 << EOD
0 0.96471 0.980653
1 0.929837 0.96037
2 0.876917 0.943945
3 0.836863 0.867588
4 0.80079 0.837189
5 0.844368 0.94632
6 0.70051 0.826446
7 0.71103 0.865234
8 0.852757 0.9566
9 0.799701 0.842324
10 0.824373 0.917838
11 0.73902 0.892255
12 0.964083 0.990305
13 0.936276 0.965108
14 0.796494 0.831184
16 0.95873 0.985804
17 0.960016 0.989454
EOD
# kernel copies
$c4 << EOD
0 0.980653 0.981766
1 0.96037 0.96967
2 0.943945 0.970299
4 0.837189 0.838537
5 0.94632 0.969677
6 0.826446 0.848161
7 0.865234 0.899312
8 0.9566 0.976003
9 0.842324 0.869633
10 0.917838 0.96366
11 0.892255 0.949331
15 0.873698 0.928336
17 0.989454 0.991908
EOD
# page faults: clearing
$c5 << EOD
0 0.981766 0.982348
3 0.867588 0.869664
4 0.838537 0.847078
7 0.899312 0.900069
14 0.831184 0.83645
EOD
# page faults: mapping
$c6 << EOD
0 0.982348 0.994851
3 0.869664 0.955998
4 0.847078 0.965853
10 0.96366 0.964543
14 0.83645 0.975451
EOD
# socket stack
$c7 << EOD
0 0.994851 0.995945
1 0.96967 0.991101
2 0.970299 0.997035
3 0.955998 0.971134
4 0.965853 0.975182
5 0.969677 0.992006
6 0.848161 0.864436
7 0.900069 0.948159
8 0.976003 0.995044
9 0.869633 0.879706
11 0.949331 0.98038
12 0.990305 0.994373
13 0.965108 0.968721
14 0.975451 0.979877
15 0.928336 0.969124
16 0.985804 0.991586
17 0.991908 0.994393
EOD
# mmap/munmap/brk
$c8 << EOD
0 0.995945 0.999434
3 0.971134 0.991717
4 0.975182 0.996643
7 0.948159 0.948537
14 0.979877 0.996547
EOD
# gRPC core
$c9 << EOD
6 0.864436 0.93706
EOD
# Erlang VM
$c10 << EOD
7 0.948537 0.990893
EOD
# ZeroMQ (libzmq)
$c11 << EOD
15 0.969124 0.983205
EOD
# scheduling: wake-up path
$c12 << EOD
0 0.999434 0.999495
1 0.991101 0.991446
2 0.997035 0.999046
3 0.991717 0.992851
4 0.996643 0.998208
5 0.992006 0.994207
6 0.93706 0.937824
7 0.990893 0.99111
8 0.995044 0.997774
9 0.879706 0.995118
10 0.964543 0.971132
11 0.98038 0.983932
12 0.994373 0.996956
13 0.968721 0.971507
14 0.996547 0.999233
15 0.983205 0.98391
16 0.991586 0.994455
17 0.994393 0.995714
EOD
# scheduling: run-queue delay
$c13 << EOD
0 0.999495 0.999546
1 0.991446 0.992004
2 0.999046 1
3 0.992851 0.996056
4 0.998208 0.998572
5 0.994207 0.999097
6 0.937824 0.996453
7 0.99111 0.993484
8 0.997774 0.999076
9 0.995118 0.997226
10 0.971132 0.974083
11 0.983932 0.991418
12 0.996956 0.997865
13 0.971507 0.999934
14 0.999233 1
15 0.98391 0.985762
16 0.994455 0.997643
17 0.995714 0.996285
EOD
# off-cpu: nobody of the cell running
$c14 << EOD
0 0.999546 0.99985
1 0.992004 0.993942
3 0.996056 0.996141
4 0.998572 0.998621
5 0.999097 0.999195
7 0.993484 0.994791
9 0.997226 0.998331
10 0.974083 0.990986
11 0.991418 0.997438
13 0.999934 1
15 0.985762 0.987663
16 0.997643 0.998231
EOD
# scheduling; futex and epoll
$c15 << EOD
1 0.993942 0.999821
3 0.996141 0.998933
4 0.998621 1
5 0.999195 1
6 0.996453 1
7 0.994791 1
8 0.999076 1
9 0.998331 1
10 0.990986 1
11 0.997438 1
12 0.997865 1
15 0.987663 1
16 0.998231 1
17 0.996285 1
EOD
# unattributed
$c16 << EOD
0 0.99985 1
1 0.999821 1
3 0.998933 1
EOD
$labels << EOD
26.68 0 "53%" 16777215
73.39 0 "40%" 16777215
35.95 1 "72%" 16777215
82.45 1 "21%" 16777215
5.878 2 "12%" 16777215
49.72 2 "76%" 16777215
91.04 2 "7%" 0
17.87 3 "36%" 16777215
59.75 3 "48%" 16777215
91.28 3 "9%" 0
5.944 4 "12%" 16777215
45.98 4 "68%" 16777215
90.65 4 "12%" 0
44.9 5 "79%" 16777215
89.53 5 "10%" 0
3.883 6 "8%" 16777215
38.91 6 "62%" 16777215
76.35 6 "13%" 0
90.07 6 "7%" 0
13.07 7 "26%" 16777215
48.62 7 "45%" 16777215
78.81 7 "15%" 0
45.2 8 "80%" 16777215
90.47 8 "10%" 0
41.73 9 "76%" 16777215
7.681 10 "15%" 16777215
48.9 10 "67%" 16777215
87.11 10 "9%" 0
5.058 11 "10%" 16777215
42.01 11 "64%" 16777215
81.56 11 "15%" 0
50.18 12 "92%" 16777215
49.09 13 "89%" 16777215
4.792 14 "10%" 16777215
44.62 14 "70%" 16777215
90.6 14 "14%" 0
45.74 15 "83%" 16777215
49.83 16 "92%" 16777215
49.45 17 "93%" 16777215
EOD
$boxed << EOD
93.74 9 "12%" 0
EOD
do for [fmt in "png svg"] {
  if (fmt eq "png") {
    set terminal pngcairo size 1400,948 noenhanced font "DejaVu Sans,11" background "white"
    set output "timeline-1204224.png"
  } else {
    set terminal svg size 1400,948 noenhanced font "DejaVu Sans,11" background "white"
    set output "timeline-1204224.svg"
  }
  set multiplot
  set title "Where a request's time goes at 1.2 MB (1204224 B): share of the traced wall time per request, by category" font ",13"
  set lmargin at screen 0.2350
  set rmargin at screen 0.9786
  set tmargin at screen 0.9262
  set bmargin at screen 0.2595
  set xrange [0:101]
  set yrange [17.5:-0.5]
  set xtics 0,10,100 format "%g%%" nomirror
  set ytics ("http_json  416 ms" 0, "http_base64  19.2 ms" 1, "websocket_bytes  6.65 ms" 2, "http_shared_memory  6.94 ms" 3, "websocket_shared_memory  7.6 ms" 4, "mp_listener  6.52 ms" 5, "grpc_bytes  8.77 ms" 6, "rabbitmq_bytes  9.8 ms" 7, "mp_pipe/send  5.99 ms" 8, "mp_pipe/send_bytes  5.53 ms" 9, "mp_queue  5.64 ms" 10, "mp_manager/dict  7.54 ms" 11, "mp_array/frombuffer  5.35 ms" 12, "shared_memory/reused  3.54 ms" 13, "shared_memory/per_message  4.64 ms" 14, "zmq_ipc/zerocopy  3.9 ms" 15, "fastpath/view  3.85 ms" 16, "fastpath/touch  5.14 ms" 17) nomirror scale 0
  set xlabel "share of the traced wall time per request (100% = the whole traced request; the time after each name is its traced p50)"
  set grid xtics lc rgb "#d0d0d0" lw 1 dt 1 front
  set border 1 lw 1
  set style textbox opaque noborder margins 1,1
  unset key
  plot $c0 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#0072B2" fs solid 1.0 border lc rgb "#ffffff" notitle, \
       $c1 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#D55E00" fs solid 1.0 border lc rgb "#ffffff" notitle, \
       $c2 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#009E73" fs solid 1.0 border lc rgb "#ffffff" notitle, \
       $c3 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#56B4E9" fs solid 1.0 border lc rgb "#ffffff" notitle, \
       $c4 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#1B3A6B" fs solid 1.0 border lc rgb "#ffffff" notitle, \
       $c5 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#882255" fs solid 1.0 border lc rgb "#ffffff" notitle, \
       $c6 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#D39BC8" fs solid 1.0 border lc rgb "#ffffff" notitle, \
       $c7 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#117733" fs solid 1.0 border lc rgb "#ffffff" notitle, \
       $c8 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#44AA99" fs solid 1.0 border lc rgb "#ffffff" notitle, \
       $c9 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#DDCC77" fs solid 1.0 border lc rgb "#ffffff" notitle, \
       $c10 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#661100" fs solid 1.0 border lc rgb "#ffffff" notitle, \
       $c11 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#AA4499" fs solid 1.0 border lc rgb "#ffffff" notitle, \
       $c12 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#404040" fs pattern 4 border lc rgb "#404040" notitle, \
       $c13 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#404040" fs pattern 5 border lc rgb "#404040" notitle, \
       $c14 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#404040" fs pattern 1 border lc rgb "#404040" notitle, \
       $c15 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#8C564B" fs solid 1.0 border lc rgb "#ffffff" notitle, \
       $c16 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#000000" fs solid 0.12 border lc rgb "#ffffff" notitle, \
       $labels using 1:2:3:4 with labels tc rgb variable font ",9" notitle, \
       $boxed using 1:2:3 with labels boxed tc rgb "black" font ",9" notitle
  unset title; unset xlabel; unset ylabel; unset grid; unset border
  unset xtics; unset ytics; set xrange [0:1]; set yrange [0:1]
  set lmargin at screen 0.02; set rmargin at screen 0.98
  set bmargin at screen 0.0; set tmargin at screen 0.1751
  set key at screen 0.5,0.1709 center top horizontal maxcols 3 maxrows 6 samplen 3 spacing 1.15 width 1 Left reverse box lc rgb "#bbbbbb"
  plot NaN with boxes fc rgb "#0072B2" fs solid 1.0 border lc rgb "#0072B2" title "interpreter", \
       NaN with boxes fc rgb "#D55E00" fs solid 1.0 border lc rgb "#D55E00" title "float<->text (JSON)", \
       NaN with boxes fc rgb "#009E73" fs solid 1.0 border lc rgb "#009E73" title "numpy", \
       NaN with boxes fc rgb "#56B4E9" fs solid 1.0 border lc rgb "#56B4E9" title "libc copies", \
       NaN with boxes fc rgb "#1B3A6B" fs solid 1.0 border lc rgb "#1B3A6B" title "kernel copies", \
       NaN with boxes fc rgb "#882255" fs solid 1.0 border lc rgb "#882255" title "page faults: clearing", \
       NaN with boxes fc rgb "#D39BC8" fs solid 1.0 border lc rgb "#D39BC8" title "page faults: mapping", \
       NaN with boxes fc rgb "#117733" fs solid 1.0 border lc rgb "#117733" title "socket stack", \
       NaN with boxes fc rgb "#44AA99" fs solid 1.0 border lc rgb "#44AA99" title "mmap/munmap/brk", \
       NaN with boxes fc rgb "#DDCC77" fs solid 1.0 border lc rgb "#DDCC77" title "gRPC core", \
       NaN with boxes fc rgb "#661100" fs solid 1.0 border lc rgb "#661100" title "Erlang VM", \
       NaN with boxes fc rgb "#AA4499" fs solid 1.0 border lc rgb "#AA4499" title "ZeroMQ (libzmq)", \
       NaN with boxes fc rgb "#404040" fs pattern 4 border lc rgb "#404040" title "scheduling: wake-up path", \
       NaN with boxes fc rgb "#404040" fs pattern 5 border lc rgb "#404040" title "scheduling: run-queue delay", \
       NaN with boxes fc rgb "#404040" fs pattern 1 border lc rgb "#404040" title "off-cpu: nobody of the cell running", \
       NaN with boxes fc rgb "#8C564B" fs solid 1.0 border lc rgb "#8C564B" title "scheduling; futex and epoll", \
       NaN with boxes fc rgb "#000000" fs solid 0.12 border lc rgb "#000000" title "unattributed"
  unset multiplot
  unset output
}
