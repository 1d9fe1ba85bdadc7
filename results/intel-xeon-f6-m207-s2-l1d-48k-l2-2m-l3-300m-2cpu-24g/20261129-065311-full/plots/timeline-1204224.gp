# timeline-1204224: written by scripts/explain.py (ipcfloor/timeline/render.py) from explain.csv; run `gnuplot timeline-1204224.gp` here
# writes timeline-1204224.png and timeline-1204224.svg.  One bar per traced cell, its segments the categories' shares of the cell's traced wall time; data inline below: per category, lines of bar, start, end (shares).
set encoding utf8
# bar 0: http_json  498 ms
# bar 1: http_base64  17.6 ms
# bar 2: websocket_bytes  6.37 ms
# bar 3: http_shared_memory  8.85 ms
# bar 4: websocket_shared_memory  4.86 ms
# bar 5: mp_listener  4.81 ms
# bar 6: grpc_bytes  6.35 ms
# bar 7: rabbitmq_bytes  10.7 ms
# bar 8: mp_pipe/send  5.53 ms
# bar 9: mp_pipe/send_bytes  3.35 ms
# bar 10: mp_queue  4.27 ms
# bar 11: mp_manager/dict  6.9 ms
# bar 12: mp_array/frombuffer  3.05 ms
# bar 13: shared_memory/reused  3.19 ms
# bar 14: shared_memory/per_message  5.98 ms
# bar 15: zmq_ipc/zerocopy  3.5 ms
# bar 16: fastpath/view  5.26 ms
# bar 17: fastpath/touch  5.27 ms
# interpreter
$c0 << EOD
0 0 0.494443
1 0 0.733311
2 0 0.0900539
3 0 0.332796
4 0 0.110213
5 0 0.0452453
6 0 0.0759093
7 0 0.222092
8 0 0.0503709
9 0 0.0436561
10 0 0.130955
11 0 0.0935164
12 0 0.034423
13 0 0.0577202
14 0 0.0696485
15 0 0.0371632
16 0 0.0261098
17 0 0.0262338
EOD
# float<->text (JSON)
$c1 << EOD
0 0.494443 0.916058
3 0.332796 0.334587
EOD
# numpy
$c2 << EOD
0 0.916058 0.948437
1 0.733311 0.951588
2 0.0900539 0.881006
3 0.334587 0.842557
4 0.110213 0.772719
5 0.0452453 0.863364
6 0.0759093 0.724037
7 0.222092 0.708662
8 0.0503709 0.848593
9 0.0436561 0.906942
10 0.130955 0.810472
11 0.0935164 0.724779
12 0.034423 0.956747
13 0.0577202 0.962609
14 0.0696485 0.820428
15 0.0371632 0.873783
16 0.0261098 0.978697
17 0.0262338 0.960161
EOD
# libc copies
$c3 << EOD
0 0.948437 0.965143
1 0.951588 0.973348
2 0.881006 0.948841
3 0.842557 0.875081
4 0.772719 0.816166
5 0.863364 0.954203
6 0.724037 0.877884
7 0.708662 0.842392
8 0.848593 0.94791
9 0.906942 0.940165
10 0.810472 0.895398
11 0.724779 0.876036
12 0.956747 0.983663
13 0.962609 0.986506
14 0.820428 0.842925
15 0.873783 0.875632
16 0.978697 0.997035
17 0.960161 0.9887
EOD
# kernel copies
$c4 << EOD
0 0.965143 0.969362
1 0.973348 0.982735
2 0.948841 0.973113
5 0.954203 0.981078
6 0.877884 0.89971
7 0.842392 0.874881
8 0.94791 0.963448
9 0.940165 0.980308
10 0.895398 0.939793
11 0.876036 0.94495
14 0.842925 0.843759
15 0.875632 0.940749
17 0.9887 0.989166
EOD
# page faults: clearing
$c5 << EOD
0 0.969362 0.970564
3 0.875081 0.880531
4 0.816166 0.825858
14 0.843759 0.852091
EOD
# page faults: mapping
$c6 << EOD
0 0.970564 0.987671
3 0.880531 0.961013
4 0.825858 0.961567
7 0.874881 0.877972
11 0.94495 0.945685
14 0.852091 0.971242
EOD
# socket stack
$c7 << EOD
0 0.987671 0.989805
1 0.982735 0.996099
2 0.973113 0.993674
3 0.961013 0.970127
4 0.961567 0.97213
5 0.981078 0.996457
6 0.89971 0.924279
7 0.877972 0.930785
8 0.963448 0.99315
9 0.980308 0.995782
11 0.945685 0.986807
12 0.983663 0.992877
13 0.986506 0.991212
14 0.971242 0.976388
15 0.940749 0.975723
16 0.997035 0.998258
17 0.989166 0.992938
EOD
# mmap/munmap/brk
$c8 << EOD
0 0.989805 0.993116
3 0.970127 0.991458
4 0.97213 0.997316
7 0.930785 0.931129
14 0.976388 0.994594
EOD
# gRPC core
$c9 << EOD
6 0.924279 0.978915
EOD
# Erlang VM
$c10 << EOD
7 0.931129 0.980597
EOD
# other
$c11 << EOD
15 0.975723 0.984384
EOD
# scheduling: wake-up path
$c12 << EOD
0 0.993116 0.996129
1 0.996099 0.996502
2 0.993674 0.995235
3 0.991458 0.992434
4 0.997316 0.998262
5 0.996457 0.998493
6 0.978915 0.980574
7 0.980597 0.980678
8 0.99315 0.996279
9 0.995782 0.999098
10 0.939793 0.949371
11 0.986807 0.990652
12 0.992877 0.996177
13 0.991212 0.994926
14 0.994594 0.996747
15 0.984384 0.985205
16 0.998258 0.999485
17 0.992938 0.994607
EOD
# scheduling: run-queue delay
$c13 << EOD
0 0.996129 0.996341
1 0.996502 0.997122
2 0.995235 0.997694
3 0.992434 0.992724
4 0.998262 0.99863
5 0.998493 1
6 0.980574 0.985792
7 0.980678 0.984999
8 0.996279 0.997753
9 0.999098 1
10 0.949371 0.951859
11 0.990652 0.991752
12 0.996177 0.99714
13 0.994926 0.996546
14 0.996747 0.997502
15 0.985205 0.98749
16 0.999485 1
17 0.994607 0.99541
EOD
# off-cpu: nobody of the cell running
$c14 << EOD
0 0.996341 0.99985
1 0.997122 0.997324
3 0.992724 0.992791
4 0.99863 0.999051
6 0.985792 0.990291
7 0.984999 0.988427
8 0.997753 0.997797
10 0.951859 0.987019
11 0.991752 0.994077
12 0.99714 0.997148
14 0.997502 0.997591
15 0.98749 0.989921
17 0.99541 0.997744
EOD
# scheduling; futex and epoll
$c15 << EOD
1 0.997324 1
2 0.997694 0.998411
3 0.992791 1
4 0.999051 1
6 0.990291 1
7 0.988427 1
10 0.987019 0.998608
11 0.994077 1
12 0.997148 1
13 0.996546 1
14 0.997591 1
15 0.989921 1
17 0.997744 1
EOD
# unattributed
$c16 << EOD
0 0.99985 1
2 0.998411 1
8 0.997797 1
10 0.998608 1
EOD
$labels << EOD
24.72 0 "49%" 16777215
70.53 0 "42%" 16777215
36.67 1 "73%" 16777215
84.24 1 "22%" 16777215
4.503 2 "9%" 16777215
48.55 2 "79%" 16777215
91.49 2 "7%" 0
16.64 3 "33%" 16777215
58.86 3 "51%" 16777215
92.08 3 "8%" 0
5.511 4 "11%" 16777215
44.15 4 "66%" 16777215
89.37 4 "14%" 0
45.43 5 "82%" 16777215
90.88 5 "9%" 0
3.795 6 "8%" 16777215
40 6 "65%" 16777215
80.1 6 "15%" 0
11.1 7 "22%" 16777215
46.54 7 "49%" 16777215
77.55 7 "13%" 0
44.95 8 "80%" 16777215
89.83 8 "10%" 0
47.53 9 "86%" 16777215
6.548 10 "13%" 16777215
47.07 10 "68%" 16777215
85.29 10 "8%" 0
4.676 11 "9%" 16777215
40.91 11 "63%" 16777215
80.04 11 "15%" 0
91.05 11 "7%" 16777215
49.56 12 "92%" 16777215
51.02 13 "90%" 16777215
3.482 14 "7%" 16777215
44.5 14 "75%" 16777215
91.17 14 "12%" 0
45.55 15 "84%" 16777215
90.82 15 "7%" 16777215
50.24 16 "95%" 16777215
49.32 17 "93%" 16777215
EOD
$boxed << EOD
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
  set ytics ("http_json  498 ms" 0, "http_base64  17.6 ms" 1, "websocket_bytes  6.37 ms" 2, "http_shared_memory  8.85 ms" 3, "websocket_shared_memory  4.86 ms" 4, "mp_listener  4.81 ms" 5, "grpc_bytes  6.35 ms" 6, "rabbitmq_bytes  10.7 ms" 7, "mp_pipe/send  5.53 ms" 8, "mp_pipe/send_bytes  3.35 ms" 9, "mp_queue  4.27 ms" 10, "mp_manager/dict  6.9 ms" 11, "mp_array/frombuffer  3.05 ms" 12, "shared_memory/reused  3.19 ms" 13, "shared_memory/per_message  5.98 ms" 14, "zmq_ipc/zerocopy  3.5 ms" 15, "fastpath/view  5.26 ms" 16, "fastpath/touch  5.27 ms" 17) nomirror scale 0
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
       $c11 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#A0A0A0" fs solid 1.0 border lc rgb "#ffffff" notitle, \
       $c12 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#404040" fs pattern 4 border lc rgb "#404040" notitle, \
       $c13 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#404040" fs pattern 5 border lc rgb "#404040" notitle, \
       $c14 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#404040" fs pattern 1 border lc rgb "#404040" notitle, \
       $c15 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#8C564B" fs solid 1.0 border lc rgb "#ffffff" notitle, \
       $c16 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#000000" fs solid 0.12 border lc rgb "#ffffff" notitle, \
       $labels using 1:2:3:4 with labels tc rgb variable font ",9" notitle
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
       NaN with boxes fc rgb "#A0A0A0" fs solid 1.0 border lc rgb "#A0A0A0" title "other", \
       NaN with boxes fc rgb "#404040" fs pattern 4 border lc rgb "#404040" title "scheduling: wake-up path", \
       NaN with boxes fc rgb "#404040" fs pattern 5 border lc rgb "#404040" title "scheduling: run-queue delay", \
       NaN with boxes fc rgb "#404040" fs pattern 1 border lc rgb "#404040" title "off-cpu: nobody of the cell running", \
       NaN with boxes fc rgb "#8C564B" fs solid 1.0 border lc rgb "#8C564B" title "scheduling; futex and epoll", \
       NaN with boxes fc rgb "#000000" fs solid 0.12 border lc rgb "#000000" title "unattributed"
  unset multiplot
  unset output
}
