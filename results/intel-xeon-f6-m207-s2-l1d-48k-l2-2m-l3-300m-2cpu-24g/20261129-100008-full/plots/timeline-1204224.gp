# timeline-1204224: written by scripts/explain.py (ipcfloor/timeline/render.py) from explain.csv; run `gnuplot timeline-1204224.gp` here
# writes timeline-1204224.png and timeline-1204224.svg.  One bar per traced cell, its segments the categories' shares of the cell's traced wall time; data inline below: per category, lines of bar, start, end (shares).
set encoding utf8
# bar 0: http_json  387 ms
# bar 1: http_base64  15.5 ms
# bar 2: websocket_bytes  6.69 ms
# bar 3: http_shared_memory  8.48 ms
# bar 4: websocket_shared_memory  6.8 ms
# bar 5: mp_listener  8.16 ms
# bar 6: grpc_bytes  9.44 ms
# bar 7: rabbitmq_bytes  10.6 ms
# bar 8: mp_pipe/send  7.97 ms
# bar 9: mp_pipe/send_bytes  6.5 ms
# bar 10: mp_queue  9.62 ms
# bar 11: mp_manager/dict  11.7 ms
# bar 12: mp_array/frombuffer  3.45 ms
# bar 13: shared_memory/reused  5.38 ms
# bar 14: shared_memory/per_message  6.09 ms
# bar 15: zmq_ipc/zerocopy  5.72 ms
# bar 16: fastpath/view  5.05 ms
# bar 17: fastpath/touch  5.06 ms
# interpreter
$c0 << EOD
0 0 0.495847
1 0 0.595094
2 0 0.0715222
3 0 0.288082
4 0 0.11586
5 0 0.0382791
6 0 0.0463321
7 0 0.190267
8 0 0.0379728
9 0 0.0272597
10 0 0.0895523
11 0 0.0611507
12 0 0.0393342
13 0 0.0440203
14 0 0.0676213
15 0 0.0370982
16 0 0.0288667
17 0 0.0263066
EOD
# float<->text (JSON)
$c1 << EOD
0 0.495847 0.907785
3 0.288082 0.288596
EOD
# numpy
$c2 << EOD
0 0.907785 0.941761
1 0.595094 0.800246
2 0.0715222 0.777092
3 0.288596 0.829455
4 0.11586 0.795813
5 0.0382791 0.62336
6 0.0463321 0.4822
7 0.190267 0.55617
8 0.0379728 0.633051
9 0.0272597 0.714736
10 0.0895523 0.587756
11 0.0611507 0.486623
12 0.0393342 0.958844
13 0.0440203 0.958381
14 0.0676213 0.793564
15 0.0370982 0.881689
16 0.0288667 0.962791
17 0.0263066 0.976881
EOD
# libc copies
$c3 << EOD
0 0.941761 0.959067
1 0.800246 0.82298
2 0.777092 0.828901
3 0.829455 0.85547
4 0.795813 0.833452
5 0.62336 0.674807
6 0.4822 0.57909
7 0.55617 0.665449
8 0.633051 0.689562
9 0.714736 0.73193
10 0.587756 0.645791
11 0.486623 0.571216
12 0.958844 0.979588
13 0.958381 0.987601
14 0.793564 0.812104
16 0.962791 0.988244
17 0.976881 0.989688
EOD
# kernel copies
$c4 << EOD
0 0.959067 0.959988
1 0.82298 0.836279
2 0.828901 0.853353
3 0.85547 0.85686
5 0.674807 0.692476
6 0.57909 0.606359
7 0.665449 0.693367
8 0.689562 0.706566
9 0.73193 0.750135
10 0.645791 0.671654
11 0.571216 0.609837
15 0.881689 0.927247
EOD
# page faults: clearing
$c5 << EOD
0 0.959988 0.961359
1 0.836279 0.845685
2 0.853353 0.858742
3 0.85686 0.861184
4 0.833452 0.839396
5 0.692476 0.709456
6 0.606359 0.623427
7 0.693367 0.704058
8 0.706566 0.724309
9 0.750135 0.770363
10 0.671654 0.693597
11 0.609837 0.63087
14 0.812104 0.830317
EOD
# page faults: mapping
$c6 << EOD
0 0.961359 0.988752
1 0.845685 0.974208
2 0.858742 0.951969
3 0.861184 0.952168
4 0.839396 0.964194
5 0.709456 0.972796
6 0.623427 0.896012
7 0.704058 0.910045
8 0.724309 0.974215
9 0.770363 0.97062
10 0.693597 0.957869
11 0.63087 0.945724
14 0.830317 0.971687
EOD
# socket stack
$c7 << EOD
0 0.988752 0.991234
1 0.974208 0.989679
2 0.951969 0.974677
3 0.952168 0.962178
4 0.964194 0.96834
5 0.972796 0.989117
6 0.896012 0.911099
7 0.910045 0.952136
8 0.974215 0.989142
9 0.97062 0.990144
11 0.945724 0.97636
12 0.979588 0.986305
13 0.987601 0.991663
14 0.971687 0.97492
15 0.927247 0.959117
16 0.988244 0.99251
17 0.989688 0.99361
EOD
# mmap/munmap/brk
$c8 << EOD
0 0.991234 0.997649
1 0.989679 0.995812
2 0.974677 0.99169
3 0.962178 0.982399
4 0.96834 0.993502
5 0.989117 0.990966
6 0.911099 0.917705
7 0.952136 0.969792
8 0.989142 0.995063
9 0.990144 0.99419
10 0.957869 0.974919
11 0.97636 0.98947
14 0.97492 0.989988
EOD
# gRPC core
$c9 << EOD
6 0.917705 0.972972
EOD
# Erlang VM
$c10 << EOD
7 0.969792 0.99183
EOD
# ZeroMQ (libzmq)
$c11 << EOD
15 0.959117 0.97451
EOD
# scheduling: wake-up path
$c12 << EOD
0 0.997649 0.997764
1 0.995812 0.996798
2 0.99169 0.99353
3 0.982399 0.984668
4 0.993502 0.996109
5 0.990966 0.995473
6 0.972972 0.975692
7 0.99183 0.991981
8 0.995063 0.998937
9 0.99419 0.998905
10 0.974919 0.979605
11 0.98947 0.993151
12 0.986305 0.992686
13 0.991663 0.997031
14 0.989988 0.994159
15 0.97451 0.975567
16 0.99251 0.996582
17 0.99361 0.997132
EOD
# scheduling: run-queue delay
$c13 << EOD
0 0.997764 0.99781
1 0.996798 0.996944
2 0.99353 0.993814
3 0.984668 0.985283
4 0.996109 0.996614
5 0.995473 0.996217
6 0.975692 0.983254
7 0.991981 0.994647
8 0.998937 0.999885
9 0.998905 0.99999
10 0.979605 0.980414
11 0.993151 0.993796
12 0.992686 0.994419
13 0.997031 0.998231
14 0.994159 0.995014
15 0.975567 0.97813
16 0.996582 0.997698
17 0.997132 0.997942
EOD
# off-cpu: nobody of the cell running
$c14 << EOD
0 0.99781 0.999859
1 0.996944 0.997001
2 0.993814 0.994729
3 0.985283 0.995998
4 0.996614 0.997515
5 0.996217 0.996996
6 0.983254 0.99107
8 0.999885 1
9 0.99999 1
10 0.980414 0.995508
11 0.993796 0.999199
12 0.994419 0.996602
13 0.998231 0.998904
14 0.995014 0.99582
15 0.97813 0.988889
16 0.997698 0.998254
17 0.997942 1
EOD
# scheduling; futex and epoll
$c15 << EOD
1 0.997001 1
2 0.994729 0.995739
3 0.995998 0.999223
4 0.997515 0.999191
5 0.996996 0.998845
6 0.99107 1
7 0.994647 0.9972
10 0.995508 1
11 0.999199 1
12 0.996602 0.998101
13 0.998904 1
14 0.99582 0.999452
15 0.988889 1
16 0.998254 1
EOD
# unattributed
$c16 << EOD
0 0.999859 1
2 0.995739 1
3 0.999223 1
4 0.999191 1
5 0.998845 1
7 0.9972 1
12 0.998101 1
14 0.999452 1
EOD
$labels << EOD
24.79 0 "50%" 16777215
70.18 0 "41%" 16777215
29.75 1 "60%" 16777215
69.77 1 "21%" 16777215
90.99 1 "13%" 0
3.576 2 "7%" 16777215
42.43 2 "71%" 16777215
90.54 2 "9%" 0
14.4 3 "29%" 16777215
55.9 3 "54%" 16777215
90.67 3 "9%" 0
5.793 4 "12%" 16777215
45.58 4 "68%" 16777215
90.18 4 "12%" 0
33.08 5 "59%" 16777215
84.11 5 "26%" 0
26.43 6 "44%" 16777215
53.06 6 "10%" 0
75.97 6 "27%" 0
9.513 7 "19%" 16777215
37.32 7 "37%" 16777215
61.08 7 "11%" 0
80.71 7 "21%" 0
33.55 8 "60%" 16777215
84.93 8 "25%" 0
37.1 9 "69%" 16777215
87.05 9 "20%" 0
4.478 10 "9%" 16777215
33.87 10 "50%" 16777215
82.57 10 "26%" 0
3.058 11 "6%" 16777215
27.39 11 "43%" 16777215
52.89 11 "8%" 0
78.83 11 "31%" 0
49.91 12 "92%" 16777215
50.12 13 "91%" 16777215
3.381 14 "7%" 16777215
43.06 14 "73%" 16777215
90.1 14 "14%" 0
45.94 15 "84%" 16777215
49.58 16 "93%" 16777215
50.16 17 "95%" 16777215
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
  set ytics ("http_json  387 ms" 0, "http_base64  15.5 ms" 1, "websocket_bytes  6.69 ms" 2, "http_shared_memory  8.48 ms" 3, "websocket_shared_memory  6.8 ms" 4, "mp_listener  8.16 ms" 5, "grpc_bytes  9.44 ms" 6, "rabbitmq_bytes  10.6 ms" 7, "mp_pipe/send  7.97 ms" 8, "mp_pipe/send_bytes  6.5 ms" 9, "mp_queue  9.62 ms" 10, "mp_manager/dict  11.7 ms" 11, "mp_array/frombuffer  3.45 ms" 12, "shared_memory/reused  5.38 ms" 13, "shared_memory/per_message  6.09 ms" 14, "zmq_ipc/zerocopy  5.72 ms" 15, "fastpath/view  5.05 ms" 16, "fastpath/touch  5.06 ms" 17) nomirror scale 0
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
