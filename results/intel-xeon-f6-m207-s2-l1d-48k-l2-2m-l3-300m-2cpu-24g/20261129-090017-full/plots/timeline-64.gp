# timeline-64: written by scripts/explain.py (ipcfloor/timeline/render.py) from explain.csv; run `gnuplot timeline-64.gp` here
# writes timeline-64.png and timeline-64.svg.  One bar per traced cell, its segments the categories' shares of the cell's traced wall time; data inline below: per category, lines of bar, start, end (shares).
set encoding utf8
# bar 0: http_json  1.81 ms
# bar 1: http_base64  1.87 ms
# bar 2: websocket_bytes  132 µs
# bar 3: http_shared_memory  2.28 ms
# bar 4: websocket_shared_memory  259 µs
# bar 5: mp_listener  60.1 µs
# bar 6: grpc_bytes  398 µs
# bar 7: rabbitmq_bytes  355 µs
# bar 8: mp_pipe/send  78.5 µs
# bar 9: mp_pipe/send_bytes  44.6 µs
# bar 10: mp_queue  87.8 µs
# bar 11: mp_manager/dict  209 µs
# bar 12: mp_array/frombuffer  65.9 µs
# bar 13: shared_memory/reused  48.8 µs
# bar 14: shared_memory/per_message  178 µs
# bar 15: zmq_ipc/zerocopy  96.7 µs
# bar 16: fastpath/view  44.4 µs
# bar 17: fastpath/touch  43.5 µs
# interpreter
$c0 << EOD
0 0 0.843967
1 0 0.844328
2 0 0.398332
3 0 0.837928
4 0 0.521259
5 0 0.308275
6 0 0.335398
7 0 0.366064
8 0 0.351674
9 0 0.283303
10 0 0.435472
11 0 0.351562
12 0 0.311888
13 0 0.320621
14 0 0.471693
15 0 0.181965
16 0 0.351447
17 0 0.35542
EOD
# float<->text (JSON)
$c1 << EOD
0 0.843967 0.857496
3 0.837928 0.839799
EOD
# numpy
$c2 << EOD
0 0.857496 0.872365
1 0.844328 0.854566
2 0.398332 0.424172
3 0.839799 0.8528
4 0.521259 0.546433
5 0.308275 0.359628
6 0.335398 0.352504
7 0.366064 0.376094
8 0.351674 0.410558
9 0.283303 0.306199
10 0.435472 0.49416
11 0.351562 0.416606
12 0.311888 0.340886
13 0.320621 0.34508
14 0.471693 0.503973
15 0.181965 0.214643
16 0.351447 0.401459
17 0.35542 0.448334
EOD
# libc copies
$c3 << EOD
0 0.872365 0.882547
1 0.854566 0.866706
2 0.424172 0.426214
3 0.8528 0.859556
4 0.546433 0.550779
5 0.359628 0.366193
6 0.352504 0.354986
7 0.376094 0.37872
8 0.410558 0.414082
11 0.416606 0.419012
13 0.34508 0.347649
14 0.503973 0.507516
15 0.214643 0.215499
16 0.401459 0.402095
EOD
# kernel copies
$c4 << EOD
0 0.882547 0.884534
1 0.866706 0.868348
3 0.859556 0.862554
4 0.550779 0.554261
5 0.366193 0.366733
6 0.354986 0.359548
7 0.37872 0.379673
8 0.414082 0.419186
9 0.306199 0.309334
10 0.49416 0.498084
11 0.419012 0.423675
12 0.340886 0.343249
13 0.347649 0.351033
14 0.507516 0.511119
15 0.215499 0.221539
16 0.402095 0.40757
17 0.448334 0.454694
EOD
# page faults: clearing
$c5 << EOD
4 0.554261 0.554904
14 0.511119 0.51238
EOD
# page faults: mapping
$c6 << EOD
2 0.426214 0.427155
3 0.862554 0.867182
4 0.554904 0.566479
7 0.379673 0.38033
8 0.419186 0.421893
11 0.423675 0.424213
13 0.351033 0.353752
14 0.51238 0.524574
15 0.221539 0.222906
16 0.40757 0.411854
17 0.454694 0.457074
EOD
# socket stack
$c7 << EOD
0 0.884534 0.904502
1 0.868348 0.906101
2 0.427155 0.505684
3 0.867182 0.899262
4 0.566479 0.623759
5 0.366733 0.478232
6 0.359548 0.38687
7 0.38033 0.454022
8 0.421893 0.509246
9 0.309334 0.420375
11 0.424213 0.513689
12 0.343249 0.435775
13 0.353752 0.49012
14 0.524574 0.575738
15 0.222906 0.282259
16 0.411854 0.509515
17 0.457074 0.549455
EOD
# mmap/munmap/brk
$c8 << EOD
3 0.899262 0.918711
4 0.623759 0.666562
14 0.575738 0.614857
EOD
# gRPC core
$c9 << EOD
6 0.38687 0.638861
EOD
# Erlang VM
$c10 << EOD
7 0.454022 0.567322
EOD
# ZeroMQ (libzmq)
$c11 << EOD
15 0.282259 0.418766
EOD
# other
$c12 << EOD
6 0.638861 0.639437
EOD
# scheduling: wake-up path
$c13 << EOD
0 0.904502 0.911489
1 0.906101 0.913097
2 0.505684 0.546592
3 0.918711 0.925691
4 0.666562 0.699858
5 0.478232 0.565921
6 0.639437 0.871202
7 0.567322 0.787992
8 0.509246 0.624891
9 0.420375 0.70763
10 0.498084 0.538621
11 0.513689 0.664443
12 0.435775 0.556749
13 0.49012 0.636097
14 0.614857 0.717
15 0.418766 0.576205
16 0.509515 0.616205
17 0.549455 0.643499
EOD
# scheduling: run-queue delay
$c14 << EOD
0 0.911489 0.912681
1 0.913097 0.914316
2 0.546592 0.562819
3 0.925691 0.93041
4 0.699858 0.718663
5 0.565921 0.583962
6 0.871202 0.872313
7 0.787992 0.790892
8 0.624891 0.658624
9 0.70763 0.741414
10 0.538621 0.550002
11 0.664443 0.678345
12 0.556749 0.590171
13 0.636097 0.680621
14 0.717 0.766153
15 0.576205 0.583162
16 0.616205 0.64958
17 0.643499 0.67172
EOD
# off-cpu: nobody of the cell running
$c15 << EOD
0 0.912681 0.991661
1 0.914316 0.980373
2 0.562819 0.984541
3 0.93041 0.986815
4 0.718663 0.993405
5 0.583962 0.99309
6 0.872313 0.948211
7 0.790892 0.977925
8 0.658624 0.978909
9 0.741414 0.964976
10 0.550002 0.944281
11 0.678345 0.982604
12 0.590171 0.980969
13 0.680621 0.967846
14 0.766153 0.979921
15 0.583162 0.879327
16 0.64958 0.962961
17 0.67172 0.976106
EOD
# scheduling; futex and epoll
$c16 << EOD
0 0.991661 0.99998
1 0.980373 0.999918
2 0.984541 0.999961
3 0.986815 0.999937
4 0.993405 0.999639
5 0.99309 0.99987
6 0.948211 0.999814
7 0.977925 0.999399
8 0.978909 0.999781
9 0.964976 0.999815
10 0.944281 0.999824
11 0.982604 0.999944
12 0.980969 0.999663
13 0.967846 0.999633
14 0.979921 1
15 0.879327 0.999616
16 0.962961 0.999671
17 0.976106 0.99982
EOD
# unattributed
$c17 << EOD
0 0.99998 1
1 0.999918 1
2 0.999961 1
3 0.999937 1
4 0.999639 1
5 0.99987 1
6 0.999814 1
7 0.999399 1
8 0.999781 1
9 0.999815 1
10 0.999824 1
11 0.999944 1
12 0.999663 1
13 0.999633 1
15 0.999616 1
16 0.999671 1
17 0.99982 1
EOD
$labels << EOD
42.2 0 "84%" 16777215
42.22 1 "84%" 16777215
19.92 2 "40%" 16777215
46.64 2 "8%" 16777215
41.9 3 "84%" 16777215
26.06 4 "52%" 16777215
15.41 5 "31%" 16777215
42.25 5 "11%" 16777215
16.77 6 "34%" 16777215
51.29 6 "25%" 0
18.3 7 "37%" 16777215
41.72 7 "7%" 16777215
51.07 7 "11%" 16777215
17.58 8 "35%" 16777215
46.56 8 "9%" 16777215
14.17 9 "28%" 16777215
36.49 9 "11%" 16777215
21.77 10 "44%" 16777215
17.58 11 "35%" 16777215
38.41 11 "7%" 16777215
46.9 11 "9%" 16777215
15.59 12 "31%" 16777215
38.95 12 "9%" 16777215
16.03 13 "32%" 16777215
42.19 13 "14%" 16777215
23.58 14 "47%" 16777215
9.098 15 "18%" 16777215
35.05 15 "14%" 16777215
93.95 15 "12%" 16777215
17.57 16 "35%" 16777215
46.07 16 "10%" 16777215
17.77 17 "36%" 16777215
40.19 17 "9%" 16777215
50.33 17 "9%" 16777215
EOD
$boxed << EOD
95.22 0 "8%" 0
94.73 1 "7%" 0
77.37 2 "42%" 0
85.6 4 "27%" 0
52.21 5 "9%" 0
78.85 5 "41%" 0
75.53 6 "23%" 0
91.03 6 "8%" 0
67.77 7 "22%" 0
88.44 7 "19%" 0
56.71 8 "12%" 0
81.88 8 "32%" 0
56.4 9 "29%" 0
85.32 9 "22%" 0
74.71 10 "39%" 0
58.91 11 "15%" 0
83.05 11 "30%" 0
49.63 12 "12%" 0
78.56 12 "39%" 0
56.31 13 "15%" 0
82.42 13 "29%" 0
66.59 14 "10%" 0
87.3 14 "21%" 0
49.75 15 "16%" 0
73.12 15 "30%" 0
56.29 16 "11%" 0
80.63 16 "31%" 0
59.65 17 "9%" 0
82.39 17 "30%" 0
EOD
do for [fmt in "png svg"] {
  if (fmt eq "png") {
    set terminal pngcairo size 1400,948 noenhanced font "DejaVu Sans,11" background "white"
    set output "timeline-64.png"
  } else {
    set terminal svg size 1400,948 noenhanced font "DejaVu Sans,11" background "white"
    set output "timeline-64.svg"
  }
  set multiplot
  set title "Where a request's time goes at 64 B: share of the traced wall time per request, by category" font ",13"
  set lmargin at screen 0.2289
  set rmargin at screen 0.9786
  set tmargin at screen 0.9262
  set bmargin at screen 0.2595
  set xrange [0:101]
  set yrange [17.5:-0.5]
  set xtics 0,10,100 format "%g%%" nomirror
  set ytics ("http_json  1.81 ms" 0, "http_base64  1.87 ms" 1, "websocket_bytes  132 µs" 2, "http_shared_memory  2.28 ms" 3, "websocket_shared_memory  259 µs" 4, "mp_listener  60.1 µs" 5, "grpc_bytes  398 µs" 6, "rabbitmq_bytes  355 µs" 7, "mp_pipe/send  78.5 µs" 8, "mp_pipe/send_bytes  44.6 µs" 9, "mp_queue  87.8 µs" 10, "mp_manager/dict  209 µs" 11, "mp_array/frombuffer  65.9 µs" 12, "shared_memory/reused  48.8 µs" 13, "shared_memory/per_message  178 µs" 14, "zmq_ipc/zerocopy  96.7 µs" 15, "fastpath/view  44.4 µs" 16, "fastpath/touch  43.5 µs" 17) nomirror scale 0
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
       $c12 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#A0A0A0" fs solid 1.0 border lc rgb "#ffffff" notitle, \
       $c13 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#404040" fs pattern 4 border lc rgb "#404040" notitle, \
       $c14 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#404040" fs pattern 5 border lc rgb "#404040" notitle, \
       $c15 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#404040" fs pattern 1 border lc rgb "#404040" notitle, \
       $c16 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#8C564B" fs solid 1.0 border lc rgb "#ffffff" notitle, \
       $c17 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#000000" fs solid 0.12 border lc rgb "#ffffff" notitle, \
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
       NaN with boxes fc rgb "#A0A0A0" fs solid 1.0 border lc rgb "#A0A0A0" title "other", \
       NaN with boxes fc rgb "#404040" fs pattern 4 border lc rgb "#404040" title "scheduling: wake-up path", \
       NaN with boxes fc rgb "#404040" fs pattern 5 border lc rgb "#404040" title "scheduling: run-queue delay", \
       NaN with boxes fc rgb "#404040" fs pattern 1 border lc rgb "#404040" title "off-cpu: nobody of the cell running", \
       NaN with boxes fc rgb "#8C564B" fs solid 1.0 border lc rgb "#8C564B" title "scheduling; futex and epoll", \
       NaN with boxes fc rgb "#000000" fs solid 0.12 border lc rgb "#000000" title "unattributed"
  unset multiplot
  unset output
}
