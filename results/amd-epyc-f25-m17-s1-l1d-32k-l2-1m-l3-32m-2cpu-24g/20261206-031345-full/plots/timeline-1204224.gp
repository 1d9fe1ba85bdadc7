# timeline-1204224: written by scripts/explain.py (ipcfloor/timeline/render.py) from explain.csv; run `gnuplot timeline-1204224.gp` here
# writes timeline-1204224.png and timeline-1204224.svg.  One bar per traced cell, its segments the categories' shares of the cell's traced wall time; data inline below: per category, lines of bar, start, end (shares).
set encoding utf8
# bar 0: http_json  221 ms
# bar 1: http_base64  11 ms
# bar 2: websocket_bytes  3.9 ms
# bar 3: http_shared_memory  5.38 ms
# bar 4: websocket_shared_memory  4.39 ms
# bar 5: mp_listener  5.26 ms
# bar 6: grpc_bytes  8.52 ms
# bar 7: rabbitmq_bytes  9.12 ms
# bar 8: mp_pipe/send  5.97 ms
# bar 9: mp_pipe/send_bytes  3.94 ms
# bar 10: mp_queue  5.68 ms
# bar 11: mp_manager/dict  9.41 ms
# bar 12: mp_array/frombuffer  2.79 ms
# bar 13: shared_memory/reused  2.76 ms
# bar 14: shared_memory/per_message  4.3 ms
# bar 15: zmq_ipc/zerocopy  3.61 ms
# bar 16: fastpath/view  2.64 ms
# bar 17: fastpath/touch  2.7 ms
# interpreter
$c0 << EOD
0 0 0.46468
1 0 0.491155
2 0 0.0751979
3 0 0.254119
4 0 0.12035
5 0 0.0351276
6 0 0.0511295
7 0 0.124874
8 0 0.0333542
9 0 0.0298346
10 0 0.0805419
11 0 0.0531879
12 0 0.0366175
13 0 0.0350256
14 0 0.0769076
15 0 0.0451784
16 0 0.0162494
17 0 0.0147687
EOD
# float<->text (JSON)
$c1 << EOD
0 0.46468 0.880483
3 0.254119 0.255042
EOD
# numpy
$c2 << EOD
0 0.880483 0.928644
1 0.491155 0.719605
2 0.0751979 0.713776
3 0.255042 0.72233
4 0.12035 0.696769
5 0.0351276 0.515831
6 0.0511295 0.404452
7 0.124874 0.432763
8 0.0333542 0.485271
9 0.0298346 0.687898
10 0.0805419 0.547581
11 0.0531879 0.332783
12 0.0366175 0.913648
13 0.0350256 0.925591
14 0.0769076 0.686936
15 0.0451784 0.827252
16 0.0162494 0.950334
17 0.0147687 0.96034
EOD
# libc copies
$c3 << EOD
0 0.928644 0.948929
1 0.719605 0.745655
2 0.713776 0.773261
3 0.72233 0.75461
4 0.696769 0.731955
5 0.515831 0.571156
6 0.404452 0.483119
7 0.432763 0.523678
8 0.485271 0.561947
9 0.687898 0.719752
10 0.547581 0.615622
11 0.332783 0.392862
12 0.913648 0.933776
13 0.925591 0.947241
14 0.686936 0.713442
15 0.827252 0.828166
16 0.950334 0.965786
17 0.96034 0.976428
EOD
# kernel copies
$c4 << EOD
0 0.948929 0.950487
1 0.745655 0.754259
2 0.773261 0.797581
3 0.75461 0.756449
5 0.571156 0.597089
6 0.483119 0.490438
7 0.523678 0.54884
8 0.561947 0.573928
9 0.719752 0.742051
10 0.615622 0.631122
11 0.392862 0.417007
15 0.828166 0.893586
17 0.976428 0.977568
EOD
# page faults: clearing
$c5 << EOD
0 0.950487 0.957042
1 0.754259 0.782189
2 0.797581 0.818335
3 0.756449 0.772631
4 0.731955 0.760126
5 0.597089 0.657653
6 0.490438 0.545536
7 0.54884 0.59304
8 0.573928 0.631434
9 0.742051 0.771781
10 0.631122 0.66999
11 0.417007 0.469525
14 0.713442 0.758501
EOD
# page faults: mapping
$c6 << EOD
0 0.957042 0.984513
1 0.782189 0.940069
2 0.818335 0.918246
3 0.772631 0.894813
4 0.760126 0.936067
5 0.657653 0.919523
6 0.545536 0.838479
7 0.59304 0.852898
8 0.631434 0.931747
9 0.771781 0.92893
10 0.66999 0.881117
11 0.469525 0.769549
14 0.758501 0.923718
EOD
# socket stack
$c7 << EOD
0 0.984513 0.988328
1 0.940069 0.955341
2 0.918246 0.959515
3 0.894813 0.910414
4 0.936067 0.944655
5 0.919523 0.948352
6 0.838479 0.865751
7 0.852898 0.914604
8 0.931747 0.956917
9 0.92893 0.953813
11 0.769549 0.804142
12 0.933776 0.954917
13 0.947241 0.96479
14 0.923718 0.93742
15 0.893586 0.92636
16 0.965786 0.975035
17 0.977568 0.986126
EOD
# mmap/munmap/brk
$c8 << EOD
0 0.988328 0.996132
1 0.955341 0.978685
2 0.959515 0.981961
3 0.910414 0.950923
4 0.944655 0.978224
5 0.948352 0.953221
6 0.865751 0.87925
7 0.914604 0.932471
8 0.956917 0.964904
9 0.953813 0.954874
10 0.881117 0.936413
11 0.804142 0.827753
14 0.93742 0.965455
EOD
# gRPC core
$c9 << EOD
6 0.87925 0.929263
EOD
# Erlang VM
$c10 << EOD
7 0.932471 0.954837
EOD
# ZeroMQ (libzmq)
$c11 << EOD
15 0.92636 0.958087
EOD
# scheduling: wake-up path
$c12 << EOD
0 0.996132 0.996339
1 0.978685 0.980764
2 0.981961 0.989898
3 0.950923 0.952
4 0.978224 0.983154
5 0.953221 0.961925
6 0.929263 0.933922
7 0.954837 0.955442
8 0.964904 0.97401
9 0.954874 0.966325
10 0.936413 0.93792
11 0.827753 0.833572
12 0.954917 0.97148
13 0.96479 0.978551
14 0.965455 0.977028
15 0.958087 0.962494
16 0.975035 0.982674
17 0.986126 0.993358
EOD
# scheduling: run-queue delay
$c13 << EOD
0 0.996339 0.99723
1 0.980764 0.99629
2 0.989898 0.997595
3 0.952 0.976964
4 0.983154 0.991104
5 0.961925 0.986104
6 0.933922 0.983287
7 0.955442 0.985099
8 0.97401 0.991765
9 0.966325 0.987625
10 0.93792 0.976467
11 0.833572 0.991595
12 0.97148 0.992843
13 0.978551 0.995619
14 0.977028 0.993603
15 0.962494 0.966912
16 0.982674 0.994293
17 0.993358 0.994943
EOD
# off-cpu: nobody of the cell running
$c14 << EOD
0 0.99723 0.997759
1 0.99629 0.996566
2 0.997595 0.998981
3 0.976964 0.984837
4 0.991104 0.992056
5 0.986104 0.995854
6 0.983287 0.987767
7 0.985099 0.988662
8 0.991765 0.993925
9 0.987625 0.993632
10 0.976467 0.980137
11 0.991595 0.992184
12 0.992843 0.995485
13 0.995619 0.997205
14 0.993603 0.995809
15 0.966912 0.974537
16 0.994293 0.997886
17 0.994943 0.997914
EOD
# scheduling; futex and epoll
$c15 << EOD
0 0.997759 0.999681
1 0.996566 0.999408
2 0.998981 1
3 0.984837 0.999311
4 0.992056 1
5 0.995854 1
6 0.987767 1
7 0.988662 0.999264
8 0.993925 0.998792
9 0.993632 1
10 0.980137 0.999073
11 0.992184 0.999147
12 0.995485 1
13 0.997205 1
14 0.995809 1
15 0.974537 1
16 0.997886 1
17 0.997914 1
EOD
# unattributed
$c16 << EOD
0 0.999681 1
1 0.999408 1
3 0.999311 1
7 0.999264 1
8 0.998792 1
10 0.999073 1
11 0.999147 1
EOD
$labels << EOD
23.23 0 "46%" 16777215
67.26 0 "42%" 16777215
24.56 1 "49%" 16777215
60.54 1 "23%" 16777215
86.11 1 "16%" 0
3.76 2 "8%" 16777215
39.45 2 "64%" 16777215
86.83 2 "10%" 0
12.71 3 "25%" 16777215
48.87 3 "47%" 16777215
83.37 3 "12%" 0
6.018 4 "12%" 16777215
40.86 4 "58%" 16777215
84.81 4 "18%" 0
27.55 5 "48%" 16777215
62.74 5 "6%" 16777215
78.86 5 "26%" 0
22.78 6 "35%" 16777215
44.38 6 "8%" 0
69.2 6 "29%" 0
6.244 7 "12%" 16777215
27.88 7 "31%" 16777215
47.82 7 "9%" 0
72.3 7 "26%" 0
88.38 7 "6%" 16777215
25.93 8 "45%" 16777215
52.36 8 "8%" 0
78.16 8 "30%" 0
35.89 9 "66%" 16777215
85.04 9 "16%" 0
4.027 10 "8%" 16777215
31.41 10 "47%" 16777215
58.16 10 "7%" 0
77.56 10 "21%" 0
19.3 11 "28%" 16777215
36.28 11 "6%" 0
61.95 11 "30%" 0
47.51 12 "88%" 16777215
48.03 13 "89%" 16777215
3.845 14 "8%" 16777215
38.19 14 "61%" 16777215
84.11 14 "17%" 0
43.62 15 "78%" 16777215
86.09 15 "7%" 16777215
48.33 16 "93%" 16777215
48.76 17 "95%" 16777215
EOD
$boxed << EOD
91.26 11 "16%" 0
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
  set lmargin at screen 0.2289
  set rmargin at screen 0.9786
  set tmargin at screen 0.9262
  set bmargin at screen 0.2595
  set xrange [0:101]
  set yrange [17.5:-0.5]
  set xtics 0,10,100 format "%g%%" nomirror
  set ytics ("http_json  221 ms" 0, "http_base64  11 ms" 1, "websocket_bytes  3.9 ms" 2, "http_shared_memory  5.38 ms" 3, "websocket_shared_memory  4.39 ms" 4, "mp_listener  5.26 ms" 5, "grpc_bytes  8.52 ms" 6, "rabbitmq_bytes  9.12 ms" 7, "mp_pipe/send  5.97 ms" 8, "mp_pipe/send_bytes  3.94 ms" 9, "mp_queue  5.68 ms" 10, "mp_manager/dict  9.41 ms" 11, "mp_array/frombuffer  2.79 ms" 12, "shared_memory/reused  2.76 ms" 13, "shared_memory/per_message  4.3 ms" 14, "zmq_ipc/zerocopy  3.61 ms" 15, "fastpath/view  2.64 ms" 16, "fastpath/touch  2.7 ms" 17) nomirror scale 0
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
