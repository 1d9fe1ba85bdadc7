# timeline-1204224: written by scripts/explain.py (ipcfloor/timeline/render.py) from explain.csv; run `gnuplot timeline-1204224.gp` here
# writes timeline-1204224.png and timeline-1204224.svg.  One bar per traced cell, its segments the categories' shares of the cell's traced wall time; data inline below: per category, lines of bar, start, end (shares).
set encoding utf8
# bar 0: http_json  202 ms
# bar 1: http_base64  10.5 ms
# bar 2: websocket_bytes  3.61 ms
# bar 3: http_shared_memory  5.57 ms
# bar 4: websocket_shared_memory  4.5 ms
# bar 5: mp_listener  4.94 ms
# bar 6: grpc_bytes  6.67 ms
# bar 7: rabbitmq_bytes  8.29 ms
# bar 8: mp_pipe/send  4.96 ms
# bar 9: mp_pipe/send_bytes  4.64 ms
# bar 10: mp_queue  6.1 ms
# bar 11: mp_manager/dict  8.34 ms
# bar 12: mp_array/frombuffer  2.79 ms
# bar 13: shared_memory/reused  2.83 ms
# bar 14: shared_memory/per_message  3.77 ms
# bar 15: zmq_ipc/zerocopy  3.36 ms
# bar 16: fastpath/view  2.69 ms
# bar 17: fastpath/touch  2.79 ms
# interpreter
$c0 << EOD
0 0 0.465105
1 0 0.51343
2 0 0.0553909
3 0 0.269698
4 0 0.133914
5 0 0.0285728
6 0 0.0362608
7 0 0.148166
8 0 0.0152706
9 0 0.0279214
10 0 0.0528867
11 0 0.0288697
12 0 0.0222133
13 0 0.029366
14 0 0.0422357
15 0 0.0377513
16 0 0.024133
17 0 0.0266623
EOD
# float<->text (JSON)
$c1 << EOD
0 0.465105 0.872941
3 0.269698 0.270679
EOD
# numpy
$c2 << EOD
0 0.872941 0.915642
1 0.51343 0.751825
2 0.0553909 0.746551
3 0.270679 0.721473
4 0.133914 0.687629
5 0.0285728 0.533114
6 0.0362608 0.435711
7 0.148166 0.456931
8 0.0152706 0.525604
9 0.0279214 0.647706
10 0.0528867 0.474941
11 0.0288697 0.320183
12 0.0222133 0.946204
13 0.029366 0.943576
14 0.0422357 0.713337
15 0.0377513 0.819072
16 0.024133 0.955012
17 0.0266623 0.956476
EOD
# libc copies
$c3 << EOD
0 0.915642 0.931986
1 0.751825 0.767211
2 0.746551 0.789883
3 0.721473 0.755181
4 0.687629 0.725503
5 0.533114 0.577239
6 0.435711 0.519261
7 0.456931 0.580147
8 0.525604 0.589935
9 0.647706 0.68569
10 0.474941 0.533949
11 0.320183 0.381435
12 0.946204 0.960498
13 0.943576 0.956543
14 0.713337 0.738214
15 0.819072 0.819912
16 0.955012 0.971018
17 0.956476 0.972802
EOD
# kernel copies
$c4 << EOD
0 0.931986 0.932802
1 0.767211 0.77551
2 0.789883 0.814354
4 0.725503 0.726335
5 0.577239 0.600372
6 0.519261 0.535349
7 0.580147 0.642802
8 0.589935 0.60362
9 0.68569 0.707296
10 0.533949 0.5441
11 0.381435 0.414331
15 0.819912 0.889406
16 0.971018 0.972543
EOD
# page faults: clearing
$c5 << EOD
0 0.932802 0.940155
1 0.77551 0.805328
2 0.814354 0.821146
3 0.755181 0.774429
4 0.726335 0.750361
5 0.600372 0.643445
6 0.535349 0.576806
7 0.642802 0.664388
8 0.60362 0.627705
9 0.707296 0.737848
10 0.5441 0.596653
11 0.414331 0.473321
14 0.738214 0.768067
EOD
# page faults: mapping
$c6 << EOD
0 0.940155 0.987581
1 0.805328 0.94118
2 0.821146 0.921085
3 0.774429 0.899897
4 0.750361 0.919935
5 0.643445 0.936321
6 0.576806 0.872235
7 0.664388 0.796287
8 0.627705 0.942094
9 0.737848 0.930243
10 0.596653 0.908289
11 0.473321 0.748484
14 0.768067 0.928276
EOD
# socket stack
$c7 << EOD
0 0.987581 0.990217
1 0.94118 0.956959
2 0.921085 0.962062
3 0.899897 0.913587
4 0.919935 0.935035
5 0.936321 0.968089
6 0.872235 0.892297
7 0.796287 0.876333
8 0.942094 0.970273
9 0.930243 0.965533
11 0.748484 0.777844
12 0.960498 0.971074
13 0.956543 0.960922
14 0.928276 0.94146
15 0.889406 0.928158
16 0.972543 0.982917
17 0.972802 0.985039
EOD
# mmap/munmap/brk
$c8 << EOD
0 0.990217 0.996316
1 0.956959 0.971901
2 0.962062 0.980606
3 0.913587 0.94908
4 0.935035 0.975941
5 0.968089 0.97448
6 0.892297 0.909479
7 0.876333 0.892796
8 0.970273 0.972193
9 0.965533 0.969662
10 0.908289 0.937767
11 0.777844 0.797446
14 0.94146 0.959255
EOD
# gRPC core
$c9 << EOD
6 0.909479 0.948241
EOD
# Erlang VM
$c10 << EOD
7 0.892796 0.925708
EOD
# ZeroMQ (libzmq)
$c11 << EOD
15 0.928158 0.956087
EOD
# scheduling: wake-up path
$c12 << EOD
0 0.996316 0.996457
1 0.971901 0.973904
2 0.980606 0.990551
3 0.94908 0.949962
4 0.975941 0.981724
5 0.97448 0.983621
6 0.948241 0.952891
7 0.925708 0.926455
8 0.972193 0.981129
9 0.969662 0.981374
10 0.937767 0.940943
11 0.797446 0.803318
12 0.971074 0.984872
13 0.960922 0.974119
14 0.959255 0.969349
15 0.956087 0.959689
16 0.982917 0.992315
17 0.985039 0.99506
EOD
# scheduling: run-queue delay
$c13 << EOD
0 0.996457 0.997794
1 0.973904 0.991283
2 0.990551 0.994417
3 0.949962 0.97905
4 0.981724 0.99536
5 0.983621 0.998263
6 0.952891 0.985877
7 0.926455 0.978059
8 0.981129 0.995318
9 0.981374 0.993755
10 0.940943 0.978458
11 0.803318 0.982115
12 0.984872 0.992839
13 0.974119 0.992861
14 0.969349 0.991529
15 0.959689 0.966064
16 0.992315 0.99797
17 0.99506 0.997364
EOD
# off-cpu: nobody of the cell running
$c14 << EOD
0 0.997794 0.998798
1 0.991283 0.992029
2 0.994417 0.995632
3 0.97905 0.991181
4 0.99536 0.996723
5 0.998263 0.999059
6 0.985877 0.9899
7 0.978059 0.979322
8 0.995318 0.99636
9 0.993755 0.996336
10 0.978458 0.979216
11 0.982115 0.992253
12 0.992839 0.995952
13 0.992861 0.995287
14 0.991529 0.993327
15 0.966064 0.975568
16 0.99797 1
17 0.997364 1
EOD
# scheduling; futex and epoll
$c15 << EOD
0 0.998798 0.999665
1 0.992029 0.99939
2 0.995632 0.999185
3 0.991181 0.999256
4 0.996723 1
5 0.999059 1
6 0.9899 0.999167
7 0.979322 1
8 0.99636 0.999133
9 0.996336 1
10 0.979216 0.999165
11 0.992253 0.999272
12 0.995952 1
13 0.995287 1
14 0.993327 0.997489
15 0.975568 0.998618
EOD
# unattributed
$c16 << EOD
0 0.999665 1
1 0.99939 1
2 0.999185 1
3 0.999256 1
6 0.999167 1
8 0.999133 1
10 0.999165 1
11 0.999272 1
14 0.997489 1
15 0.998618 1
EOD
$labels << EOD
23.26 0 "47%" 16777215
66.9 0 "41%" 16777215
25.67 1 "51%" 16777215
63.26 1 "24%" 16777215
87.33 1 "14%" 0
40.1 2 "69%" 16777215
87.11 2 "10%" 0
13.48 3 "27%" 16777215
49.61 3 "45%" 16777215
83.72 3 "13%" 0
6.696 4 "13%" 16777215
41.08 4 "55%" 16777215
83.51 4 "17%" 0
28.08 5 "50%" 16777215
78.99 5 "29%" 0
23.6 6 "40%" 16777215
47.75 6 "8%" 0
72.45 6 "30%" 0
7.408 7 "15%" 16777215
30.25 7 "31%" 16777215
51.85 7 "12%" 0
61.15 7 "6%" 16777215
73.03 7 "13%" 0
83.63 7 "8%" 16777215
27.04 8 "51%" 16777215
55.78 8 "6%" 0
78.49 8 "31%" 0
33.78 9 "62%" 16777215
83.4 9 "19%" 0
26.39 10 "42%" 16777215
75.25 10 "31%" 0
17.45 11 "29%" 16777215
35.08 11 "6%" 0
61.09 11 "28%" 0
48.42 12 "92%" 16777215
48.65 13 "91%" 16777215
37.78 14 "67%" 16777215
84.82 14 "16%" 0
42.84 15 "78%" 16777215
85.47 15 "7%" 16777215
48.96 16 "93%" 16777215
49.16 17 "93%" 16777215
EOD
$boxed << EOD
89.27 11 "18%" 0
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
  set ytics ("http_json  202 ms" 0, "http_base64  10.5 ms" 1, "websocket_bytes  3.61 ms" 2, "http_shared_memory  5.57 ms" 3, "websocket_shared_memory  4.5 ms" 4, "mp_listener  4.94 ms" 5, "grpc_bytes  6.67 ms" 6, "rabbitmq_bytes  8.29 ms" 7, "mp_pipe/send  4.96 ms" 8, "mp_pipe/send_bytes  4.64 ms" 9, "mp_queue  6.1 ms" 10, "mp_manager/dict  8.34 ms" 11, "mp_array/frombuffer  2.79 ms" 12, "shared_memory/reused  2.83 ms" 13, "shared_memory/per_message  3.77 ms" 14, "zmq_ipc/zerocopy  3.36 ms" 15, "fastpath/view  2.69 ms" 16, "fastpath/touch  2.79 ms" 17) nomirror scale 0
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
