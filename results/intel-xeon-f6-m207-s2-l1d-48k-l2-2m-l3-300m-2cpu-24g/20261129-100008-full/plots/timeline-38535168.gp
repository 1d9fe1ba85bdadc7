# timeline-38535168: written by scripts/explain.py (ipcfloor/timeline/render.py) from explain.csv; run `gnuplot timeline-38535168.gp` here
# writes timeline-38535168.png and timeline-38535168.svg.  One bar per traced cell, its segments the categories' shares of the cell's traced wall time; data inline below: per category, lines of bar, start, end (shares).
set encoding utf8
# bar 0: http_json  9.56 s
# bar 1: http_base64  496 ms
# bar 2: websocket_bytes  272 ms
# bar 3: http_shared_memory  148 ms
# bar 4: websocket_shared_memory  183 ms
# bar 5: mp_listener  299 ms
# bar 6: grpc_bytes  410 ms
# bar 7: rabbitmq_bytes  372 ms
# bar 8: mp_pipe/send  272 ms
# bar 9: mp_pipe/send_bytes  200 ms
# bar 10: mp_queue  314 ms
# bar 11: mp_manager/dict  423 ms
# bar 12: mp_array/frombuffer  170 ms
# bar 13: shared_memory/reused  124 ms
# bar 14: shared_memory/per_message  168 ms
# bar 15: zmq_ipc/zerocopy  185 ms
# bar 16: fastpath/view  148 ms
# bar 17: fastpath/touch  167 ms
# interpreter
$c0 << EOD
0 0 0.43824
1 0 0.444851
2 0 0.0211175
3 0 0.0361737
4 0 0.0234539
5 0 0.00468749
6 0 0.00279433
7 0 0.112579
8 0 0.00406854
9 0 0.00349296
10 0 0.0323078
11 0 0.00970374
12 0 0.00148287
13 0 0.00372118
14 0 0.00598012
15 0 0.000788114
16 0 0.00131628
17 0 0.0025519
EOD
# float<->text (JSON)
$c1 << EOD
0 0.43824 0.855588
EOD
# numpy
$c2 << EOD
0 0.855588 0.899162
1 0.444851 0.661121
2 0.0211175 0.536277
3 0.0361737 0.678823
4 0.0234539 0.686308
5 0.00468749 0.465748
6 0.00279433 0.33704
7 0.112579 0.490389
8 0.00406854 0.501652
9 0.00349296 0.728965
10 0.0323078 0.478382
11 0.00970374 0.345916
12 0.00148287 0.891998
13 0.00372118 0.900062
14 0.00598012 0.764322
15 0.000788114 0.756251
16 0.00131628 0.901708
17 0.0025519 0.899912
EOD
# libc copies
$c3 << EOD
0 0.899162 0.922589
1 0.661121 0.691199
2 0.536277 0.610572
3 0.678823 0.731913
4 0.686308 0.735821
5 0.465748 0.539514
6 0.33704 0.444231
7 0.490389 0.611109
8 0.501652 0.599275
9 0.728965 0.769802
10 0.478382 0.546123
11 0.345916 0.458912
12 0.891998 0.943866
13 0.900062 0.950489
14 0.764322 0.784704
15 0.756251 0.756562
16 0.901708 0.949492
17 0.899912 0.941294
EOD
# kernel copies
$c4 << EOD
0 0.922589 0.923324
1 0.691199 0.706839
2 0.610572 0.630322
3 0.731913 0.73246
5 0.539514 0.555294
6 0.444231 0.468893
7 0.611109 0.655266
8 0.599275 0.617817
9 0.769802 0.800004
10 0.546123 0.563272
11 0.458912 0.515023
15 0.756562 0.834415
EOD
# page faults: clearing
$c5 << EOD
0 0.923324 0.928228
1 0.706839 0.730113
2 0.630322 0.674634
3 0.73246 0.806657
4 0.735821 0.814449
5 0.555294 0.604615
6 0.468893 0.532693
7 0.655266 0.700678
8 0.617817 0.667078
9 0.800004 0.842461
10 0.563272 0.620761
11 0.515023 0.568423
12 0.943866 0.990944
13 0.950489 0.992825
14 0.784704 0.830437
15 0.834415 0.895551
16 0.949492 0.990248
17 0.941294 0.990618
EOD
# page faults: mapping
$c6 << EOD
0 0.928228 0.991552
1 0.730113 0.971719
2 0.674634 0.966922
3 0.806657 0.973465
4 0.814449 0.972224
5 0.604615 0.967018
6 0.532693 0.943922
7 0.700678 0.925771
8 0.667078 0.967943
9 0.842461 0.984953
10 0.620761 0.942557
11 0.568423 0.943214
12 0.990944 0.996224
13 0.992825 0.997529
14 0.830437 0.988965
15 0.895551 0.977087
16 0.990248 0.994933
17 0.990618 0.997306
EOD
# socket stack
$c7 << EOD
0 0.991552 0.992655
1 0.971719 0.977655
2 0.966922 0.974644
3 0.973465 0.974098
5 0.967018 0.968723
6 0.943922 0.948671
7 0.925771 0.964841
8 0.967943 0.972013
9 0.984953 0.992184
11 0.943214 0.957403
13 0.997529 0.998004
15 0.977087 0.989521
16 0.994933 0.995488
17 0.997306 0.997836
EOD
# mmap/munmap/brk
$c8 << EOD
0 0.992655 0.998704
1 0.977655 0.997063
2 0.974644 0.99786
3 0.974098 0.995151
4 0.972224 0.998339
5 0.968723 0.997275
6 0.948671 0.972666
7 0.964841 0.979883
8 0.972013 0.998225
9 0.992184 0.997714
10 0.942557 0.996571
11 0.957403 0.992249
14 0.988965 0.997571
15 0.989521 0.992112
16 0.995488 0.998299
17 0.997836 0.998672
EOD
# gRPC core
$c9 << EOD
6 0.972666 0.981385
EOD
# Erlang VM
$c10 << EOD
7 0.979883 0.985126
EOD
# ZeroMQ (libzmq)
$c11 << EOD
15 0.992112 0.993276
EOD
# scheduling: wake-up path
$c12 << EOD
0 0.998704 0.998711
1 0.997063 0.997306
2 0.99786 0.998264
3 0.995151 0.995303
4 0.998339 0.998539
5 0.997275 0.997559
6 0.981385 0.98903
7 0.985126 0.985141
8 0.998225 0.998489
9 0.997714 0.998026
10 0.996571 0.996753
11 0.992249 0.995932
12 0.996224 0.996579
13 0.998004 0.998368
14 0.997571 0.997829
15 0.993276 0.993307
16 0.998299 0.998608
17 0.998672 0.998839
EOD
# scheduling: run-queue delay
$c13 << EOD
0 0.998711 0.998729
1 0.997306 0.997406
2 0.998264 0.99842
3 0.995303 0.995348
4 0.998539 0.998601
5 0.997559 0.997823
6 0.98903 0.997002
7 0.985141 0.998362
8 0.998489 0.999013
9 0.998026 0.99849
10 0.996753 0.997765
11 0.995932 0.997191
12 0.996579 0.996656
13 0.998368 0.998454
14 0.997829 0.998544
15 0.993307 0.993328
16 0.998608 0.998674
17 0.998839 0.99889
EOD
# off-cpu: nobody of the cell running
$c14 << EOD
0 0.998729 0.999187
1 0.997406 0.999473
2 0.99842 0.998999
3 0.995348 0.999904
4 0.998601 0.998956
5 0.997823 0.998287
6 0.997002 0.998268
7 0.998362 0.998561
8 0.999013 0.999319
9 0.99849 0.999102
10 0.997765 0.999547
11 0.997191 0.998563
12 0.996656 0.997197
13 0.998454 0.998973
14 0.998544 0.998891
15 0.993328 0.995084
16 0.998674 0.999067
17 0.99889 0.999115
EOD
# scheduling; futex and epoll
$c15 << EOD
1 0.999473 0.999947
2 0.998999 0.999136
5 0.998287 0.999136
6 0.998268 0.999934
7 0.998561 0.999846
11 0.998563 0.999442
12 0.997197 0.998601
13 0.998973 0.999829
14 0.998891 0.999344
15 0.995084 0.99952
16 0.999067 0.999535
17 0.999115 0.999533
EOD
# unattributed
$c16 << EOD
0 0.999187 1
1 0.999947 1
2 0.999136 1
3 0.999904 1
4 0.998956 1
5 0.999136 1
6 0.999934 1
7 0.999846 1
8 0.999319 1
9 0.999102 1
10 0.999547 1
11 0.999442 1
12 0.998601 1
13 0.999829 1
14 0.999344 1
15 0.99952 1
16 0.999535 1
17 0.999533 1
EOD
$labels << EOD
21.91 0 "44%" 16777215
64.69 0 "42%" 16777215
95.99 0 "6%" 0
22.24 1 "44%" 16777215
55.3 1 "22%" 16777215
85.09 1 "24%" 0
27.87 2 "52%" 16777215
57.34 2 "7%" 0
82.08 2 "29%" 0
35.75 3 "64%" 16777215
76.96 3 "7%" 16777215
89.01 3 "17%" 0
35.49 4 "66%" 16777215
77.51 4 "8%" 16777215
89.33 4 "16%" 0
23.52 5 "46%" 16777215
50.26 5 "7%" 0
78.58 5 "36%" 0
16.99 6 "33%" 16777215
39.06 6 "11%" 0
50.08 6 "6%" 16777215
73.83 6 "41%" 0
5.629 7 "11%" 16777215
30.15 7 "38%" 16777215
55.07 7 "12%" 0
81.32 7 "23%" 0
25.29 8 "50%" 16777215
55.05 8 "10%" 0
81.75 8 "30%" 0
36.62 9 "73%" 16777215
91.37 9 "14%" 0
25.53 10 "45%" 16777215
51.23 10 "7%" 0
78.17 10 "32%" 0
17.78 11 "34%" 16777215
40.24 11 "11%" 0
75.58 11 "37%" 0
44.67 12 "89%" 16777215
45.19 13 "90%" 16777215
38.52 14 "76%" 16777215
90.97 14 "16%" 0
37.85 15 "76%" 16777215
79.55 15 "8%" 16777215
86.5 15 "6%" 16777215
93.63 15 "8%" 0
45.15 16 "90%" 16777215
45.12 17 "90%" 16777215
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
  set ytics ("http_json  9.56 s" 0, "http_base64  496 ms" 1, "websocket_bytes  272 ms" 2, "http_shared_memory  148 ms" 3, "websocket_shared_memory  183 ms" 4, "mp_listener  299 ms" 5, "grpc_bytes  410 ms" 6, "rabbitmq_bytes  372 ms" 7, "mp_pipe/send  272 ms" 8, "mp_pipe/send_bytes  200 ms" 9, "mp_queue  314 ms" 10, "mp_manager/dict  423 ms" 11, "mp_array/frombuffer  170 ms" 12, "shared_memory/reused  124 ms" 13, "shared_memory/per_message  168 ms" 14, "zmq_ipc/zerocopy  185 ms" 15, "fastpath/view  148 ms" 16, "fastpath/touch  167 ms" 17) nomirror scale 0
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
