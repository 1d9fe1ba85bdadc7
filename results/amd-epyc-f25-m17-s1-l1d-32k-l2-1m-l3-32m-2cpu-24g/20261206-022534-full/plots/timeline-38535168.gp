# timeline-38535168: written by scripts/explain.py (ipcfloor/timeline/render.py) from explain.csv; run `gnuplot timeline-38535168.gp` here
# writes timeline-38535168.png and timeline-38535168.svg.  One bar per traced cell, its segments the categories' shares of the cell's traced wall time; data inline below: per category, lines of bar, start, end (shares).
set encoding utf8
# bar 0: http_json  6.98 s
# bar 1: http_base64  419 ms
# bar 2: websocket_bytes  179 ms
# bar 3: http_shared_memory  133 ms
# bar 4: websocket_shared_memory  136 ms
# bar 5: mp_listener  211 ms
# bar 6: grpc_bytes  277 ms
# bar 7: rabbitmq_bytes  260 ms
# bar 8: mp_pipe/send  167 ms
# bar 9: mp_pipe/send_bytes  154 ms
# bar 10: mp_queue  218 ms
# bar 11: mp_manager/dict  279 ms
# bar 12: mp_array/frombuffer  86.6 ms
# bar 13: shared_memory/reused  89 ms
# bar 14: shared_memory/per_message  145 ms
# bar 15: zmq_ipc/zerocopy  111 ms
# bar 16: fastpath/view  90.1 ms
# bar 17: fastpath/touch  90.5 ms
# interpreter
$c0 << EOD
0 0 0.429747
1 0 0.327405
2 0 0.0203388
3 0 0.060666
4 0 0.0455889
5 0 0.00545211
6 0 0.00455429
7 0 0.0789948
8 0 0.00641957
9 0 0.00658627
10 0 0.0825247
11 0 0.00987602
12 0 0.00285733
13 0 0.00369473
14 0 0.00463363
15 0 0.00270615
16 0 0.00233476
17 0 0.00359135
EOD
# float<->text (JSON)
$c1 << EOD
0 0.429747 0.820958
EOD
# numpy
$c2 << EOD
0 0.820958 0.867638
1 0.327405 0.513837
2 0.0203388 0.457771
3 0.060666 0.643097
4 0.0455889 0.613129
5 0.00545211 0.411173
6 0.00455429 0.298996
7 0.0789948 0.397414
8 0.00641957 0.46939
9 0.00658627 0.534822
10 0.0825247 0.440622
11 0.00987602 0.286074
12 0.00285733 0.916771
13 0.00369473 0.916769
14 0.00463363 0.689593
15 0.00270615 0.704506
16 0.00233476 0.900158
17 0.00359135 0.910162
EOD
# libc copies
$c3 << EOD
0 0.867638 0.888882
1 0.513837 0.555782
2 0.457771 0.529811
3 0.643097 0.696364
4 0.613129 0.671649
5 0.411173 0.495245
6 0.298996 0.428848
7 0.397414 0.516911
8 0.46939 0.595831
9 0.534822 0.604894
10 0.440622 0.51785
11 0.286074 0.427353
12 0.916771 0.955477
13 0.916769 0.958383
14 0.689593 0.725041
16 0.900158 0.943118
17 0.910162 0.95332
EOD
# kernel copies
$c4 << EOD
0 0.888882 0.890084
1 0.555782 0.572216
2 0.529811 0.555063
4 0.671649 0.67218
5 0.495245 0.546266
6 0.428848 0.447787
7 0.516911 0.565957
8 0.595831 0.615729
9 0.604894 0.63002
10 0.51785 0.539638
11 0.427353 0.470492
15 0.704506 0.758608
16 0.943118 0.943355
EOD
# page faults: clearing
$c5 << EOD
0 0.890084 0.905126
1 0.572216 0.659747
2 0.555063 0.655215
3 0.696364 0.7813
4 0.67218 0.785587
5 0.546266 0.638336
6 0.447787 0.556395
7 0.565957 0.627744
8 0.615729 0.694402
9 0.63002 0.730206
10 0.539638 0.61869
11 0.470492 0.585234
12 0.955477 0.992662
13 0.958383 0.993338
14 0.725041 0.782409
15 0.758608 0.822531
16 0.943355 0.979473
17 0.95332 0.990986
EOD
# page faults: mapping
$c6 << EOD
0 0.905126 0.980217
1 0.659747 0.912694
2 0.655215 0.937714
3 0.7813 0.958554
4 0.785587 0.958029
5 0.638336 0.942332
6 0.556395 0.915671
7 0.627744 0.877979
8 0.694402 0.942851
9 0.730206 0.943608
10 0.61869 0.914738
11 0.585234 0.910631
12 0.992662 0.997262
13 0.993338 0.996552
14 0.782409 0.978022
15 0.822531 0.944506
16 0.979473 0.992779
17 0.990986 0.997264
EOD
# socket stack
$c7 << EOD
0 0.980217 0.983824
1 0.912694 0.94388
2 0.937714 0.959298
3 0.958554 0.959663
4 0.958029 0.959355
5 0.942332 0.94935
6 0.915671 0.927121
7 0.877979 0.936341
8 0.942851 0.956424
9 0.943608 0.965143
11 0.910631 0.936895
12 0.997262 0.997653
13 0.996552 0.997569
14 0.978022 0.979041
15 0.944506 0.976707
16 0.992779 0.992905
EOD
# mmap/munmap/brk
$c8 << EOD
0 0.983824 0.999175
1 0.94388 0.991373
2 0.959298 0.996002
3 0.959663 0.996492
4 0.959355 0.998125
5 0.94935 0.994304
6 0.927121 0.964267
7 0.936341 0.96722
8 0.956424 0.995591
9 0.965143 0.994162
10 0.914738 0.994199
11 0.936895 0.996432
13 0.997569 0.997839
14 0.979041 0.997723
15 0.976707 0.979088
16 0.992905 0.997087
17 0.997264 0.998441
EOD
# gRPC core
$c9 << EOD
6 0.964267 0.973499
EOD
# Erlang VM
$c10 << EOD
7 0.96722 0.972317
EOD
# ZeroMQ (libzmq)
$c11 << EOD
15 0.979088 0.982956
EOD
# scheduling: wake-up path
$c12 << EOD
0 0.999175 0.999196
1 0.991373 0.991527
2 0.996002 0.997235
3 0.996492 0.996549
4 0.998125 0.998371
5 0.994304 0.995198
6 0.973499 0.974899
7 0.972317 0.97235
8 0.995591 0.996194
9 0.994162 0.996452
10 0.994199 0.9947
11 0.996432 0.997027
12 0.997653 0.998314
13 0.997839 0.998488
14 0.997723 0.998249
15 0.982956 0.982993
16 0.997087 0.997519
17 0.998441 0.998871
EOD
# scheduling: run-queue delay
$c13 << EOD
0 0.999196 0.999495
1 0.991527 0.996761
2 0.997235 0.998883
3 0.996549 0.999224
4 0.998371 0.999479
5 0.995198 0.996286
6 0.974899 0.998586
7 0.97235 0.99518
8 0.996194 0.998356
9 0.996452 0.998433
10 0.9947 0.996606
11 0.997027 0.997843
12 0.998314 0.998501
13 0.998488 0.998957
14 0.998249 0.998832
15 0.982993 0.983242
16 0.997519 0.998959
17 0.998871 0.998983
EOD
# off-cpu: nobody of the cell running
$c14 << EOD
0 0.999495 0.999764
1 0.996761 0.997707
2 0.998883 0.999295
3 0.999224 0.999383
4 0.999479 0.999929
5 0.996286 0.997136
6 0.998586 0.99921
7 0.99518 0.99611
8 0.998356 0.999026
9 0.998433 0.999544
10 0.996606 0.999016
11 0.997843 0.999013
12 0.998501 0.998709
13 0.998957 0.999396
14 0.998832 0.999386
15 0.983242 0.984815
16 0.998959 0.999507
17 0.998983 0.999056
EOD
# scheduling; futex and epoll
$c15 << EOD
1 0.997707 0.999289
2 0.999295 0.999749
3 0.999383 0.999908
5 0.997136 0.99994
6 0.99921 1
7 0.99611 0.999734
8 0.999026 0.999929
9 0.999544 0.999898
10 0.999016 0.999482
11 0.999013 0.999959
13 0.999396 0.999817
14 0.999386 0.999708
15 0.984815 0.999489
16 0.999507 0.999744
EOD
# unattributed
$c16 << EOD
0 0.999764 1
1 0.999289 1
2 0.999749 1
3 0.999908 1
4 0.999929 1
5 0.99994 1
7 0.999734 1
8 0.999929 1
9 0.999898 1
10 0.999482 1
11 0.999959 1
12 0.998709 1
13 0.999817 1
14 0.999708 1
15 0.999489 1
16 0.999744 1
17 0.999056 1
EOD
$labels << EOD
21.49 0 "43%" 16777215
62.54 0 "39%" 16777215
94.27 0 "8%" 0
16.37 1 "33%" 16777215
42.06 1 "19%" 16777215
61.6 1 "9%" 16777215
78.62 1 "25%" 0
23.91 2 "44%" 16777215
49.38 2 "7%" 0
60.51 2 "10%" 16777215
79.65 2 "28%" 0
3.033 3 "6%" 16777215
35.19 3 "58%" 16777215
73.88 3 "8%" 16777215
86.99 3 "18%" 0
32.94 4 "57%" 16777215
72.89 4 "11%" 16777215
87.18 4 "17%" 0
20.83 5 "41%" 16777215
45.32 5 "8%" 0
59.23 5 "9%" 16777215
79.03 5 "30%" 0
15.18 6 "29%" 16777215
36.39 6 "13%" 0
50.21 6 "11%" 16777215
73.6 6 "36%" 0
3.95 7 "8%" 16777215
23.82 7 "32%" 16777215
45.72 7 "12%" 0
59.69 7 "6%" 16777215
75.29 7 "25%" 0
23.79 8 "46%" 16777215
53.26 8 "13%" 0
65.51 8 "8%" 16777215
81.86 8 "25%" 0
27.07 9 "53%" 16777215
56.99 9 "7%" 0
68.01 9 "10%" 16777215
83.69 9 "21%" 0
4.126 10 "8%" 16777215
26.16 10 "36%" 16777215
47.92 10 "8%" 0
57.92 10 "8%" 16777215
76.67 10 "30%" 0
95.45 10 "8%" 0
14.8 11 "28%" 16777215
35.67 11 "14%" 0
52.79 11 "11%" 16777215
74.79 11 "33%" 0
45.98 12 "91%" 16777215
46.02 13 "91%" 16777215
34.71 14 "68%" 16777215
88.02 14 "20%" 0
35.36 15 "70%" 16777215
79.06 15 "6%" 16777215
88.35 15 "12%" 0
45.12 16 "90%" 16777215
45.69 17 "91%" 16777215
EOD
$boxed << EOD
EOD
do for [fmt in "png svg"] {
  if (fmt eq "png") {
    set terminal pngcairo size 1400,948 noenhanced font "DejaVu Sans,11" background "white"
    set output "timeline-38535168.png"
  } else {
    set terminal svg size 1400,948 noenhanced font "DejaVu Sans,11" background "white"
    set output "timeline-38535168.svg"
  }
  set multiplot
  set title "Where a request's time goes at 38.5 MB (38535168 B): share of the traced wall time per request, by category" font ",13"
  set lmargin at screen 0.2289
  set rmargin at screen 0.9786
  set tmargin at screen 0.9262
  set bmargin at screen 0.2595
  set xrange [0:100]
  set yrange [17.5:-0.5]
  set xtics 0,10,100 format "%g%%" nomirror
  set ytics ("http_json  6.98 s" 0, "http_base64  419 ms" 1, "websocket_bytes  179 ms" 2, "http_shared_memory  133 ms" 3, "websocket_shared_memory  136 ms" 4, "mp_listener  211 ms" 5, "grpc_bytes  277 ms" 6, "rabbitmq_bytes  260 ms" 7, "mp_pipe/send  167 ms" 8, "mp_pipe/send_bytes  154 ms" 9, "mp_queue  218 ms" 10, "mp_manager/dict  279 ms" 11, "mp_array/frombuffer  86.6 ms" 12, "shared_memory/reused  89 ms" 13, "shared_memory/per_message  145 ms" 14, "zmq_ipc/zerocopy  111 ms" 15, "fastpath/view  90.1 ms" 16, "fastpath/touch  90.5 ms" 17) nomirror scale 0
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
       NaN with boxes fc rgb "#AA4499" fs solid 1.0 border lc rgb "#AA4499" title "ZeroMQ (libzmq)", \
       NaN with boxes fc rgb "#404040" fs pattern 4 border lc rgb "#404040" title "scheduling: wake-up path", \
       NaN with boxes fc rgb "#404040" fs pattern 5 border lc rgb "#404040" title "scheduling: run-queue delay", \
       NaN with boxes fc rgb "#404040" fs pattern 1 border lc rgb "#404040" title "off-cpu: nobody of the cell running", \
       NaN with boxes fc rgb "#8C564B" fs solid 1.0 border lc rgb "#8C564B" title "scheduling; futex and epoll", \
       NaN with boxes fc rgb "#000000" fs solid 0.12 border lc rgb "#000000" title "unattributed"
  unset multiplot
  unset output
}
