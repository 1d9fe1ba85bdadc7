# timeline-1204224: written by scripts/explain.py (ipcfloor/timeline/render.py) from explain.csv; run `gnuplot timeline-1204224.gp` here
# writes timeline-1204224.png and timeline-1204224.svg.  One bar per traced cell, its segments the categories' shares of the cell's traced wall time; data inline below: per category, lines of bar, start, end (shares).
set encoding utf8
# bar 0: http_json  418 ms
# bar 1: http_base64  17.4 ms
# bar 2: websocket_bytes  5.83 ms
# bar 3: http_shared_memory  8.6 ms
# bar 4: websocket_shared_memory  6.73 ms
# bar 5: mp_listener  3.85 ms
# bar 6: grpc_bytes  6.51 ms
# bar 7: rabbitmq_bytes  6.58 ms
# bar 8: mp_pipe/send  5.25 ms
# bar 9: mp_pipe/send_bytes  4.64 ms
# bar 10: mp_queue  5.75 ms
# bar 11: mp_manager/dict  6.37 ms
# bar 12: mp_array/frombuffer  5.06 ms
# bar 13: shared_memory/reused  4.35 ms
# bar 14: shared_memory/per_message  6.93 ms
# bar 15: zmq_ipc/zerocopy  4.52 ms
# bar 16: fastpath/view  4.81 ms
# bar 17: fastpath/touch  3.48 ms
# interpreter
$c0 << EOD
0 0 0.496442
1 0 0.695131
2 0 0.100794
3 0 0.280386
4 0 0.105104
5 0 0.0405225
6 0 0.0490173
7 0 0.218015
8 0 0.0495635
9 0 0.0244646
10 0 0.118676
11 0 0.073504
12 0 0.0406832
13 0 0.035955
14 0 0.0741815
15 0 0.0323576
16 0 0.0327939
17 0 0.0265024
EOD
# float<->text (JSON)
$c1 << EOD
0 0.496442 0.928262
EOD
# numpy
$c2 << EOD
0 0.928262 0.964142
1 0.695131 0.950535
2 0.100794 0.876494
3 0.280386 0.828036
4 0.105104 0.781301
5 0.0405225 0.851753
6 0.0490173 0.692066
7 0.218015 0.685296
8 0.0495635 0.868887
9 0.0244646 0.906809
10 0.118676 0.835469
11 0.073504 0.739884
12 0.0406832 0.958611
13 0.035955 0.958856
14 0.0741815 0.777533
15 0.0323576 0.890444
16 0.0327939 0.959741
17 0.0265024 0.957358
EOD
# libc copies
$c3 << EOD
0 0.964142 0.980069
1 0.950535 0.971501
2 0.876494 0.938996
3 0.828036 0.861096
4 0.781301 0.827152
5 0.851753 0.942347
6 0.692066 0.839133
7 0.685296 0.869188
8 0.868887 0.955618
9 0.906809 0.932151
10 0.835469 0.896052
11 0.739884 0.876547
12 0.958611 0.984613
13 0.958856 0.982989
14 0.777533 0.795417
15 0.890444 0.891482
16 0.959741 0.985509
17 0.957358 0.986455
EOD
# kernel copies
$c4 << EOD
0 0.980069 0.980963
1 0.971501 0.981959
2 0.938996 0.961972
4 0.827152 0.828098
5 0.942347 0.971612
6 0.839133 0.87377
7 0.869188 0.903091
8 0.955618 0.978032
9 0.932151 0.954168
10 0.896052 0.930037
11 0.876547 0.943665
15 0.891482 0.939802
17 0.986455 0.98759
EOD
# page faults: clearing
$c5 << EOD
0 0.980963 0.981903
3 0.861096 0.864181
4 0.828098 0.840404
14 0.795417 0.815287
EOD
# page faults: mapping
$c6 << EOD
0 0.981903 0.99225
3 0.864181 0.942265
4 0.840404 0.954191
7 0.903091 0.905458
14 0.815287 0.962331
EOD
# socket stack
$c7 << EOD
0 0.99225 0.99391
1 0.981959 0.996577
2 0.961972 0.991697
3 0.942265 0.953291
4 0.954191 0.966558
5 0.971612 0.989924
6 0.87377 0.890413
7 0.905458 0.95655
8 0.978032 0.99266
9 0.954168 0.978583
11 0.943665 0.975684
12 0.984613 0.991201
13 0.982989 0.989195
14 0.962331 0.969519
15 0.939802 0.96918
16 0.985509 0.990837
17 0.98759 0.990484
EOD
# mmap/munmap/brk
$c8 << EOD
0 0.99391 0.996731
3 0.953291 0.977301
4 0.966558 0.994448
7 0.95655 0.957141
14 0.969519 0.980758
EOD
# gRPC core
$c9 << EOD
6 0.890413 0.957999
EOD
# Erlang VM
$c10 << EOD
7 0.957141 0.984947
EOD
# ZeroMQ (libzmq)
$c11 << EOD
15 0.96918 0.984308
EOD
# scheduling: wake-up path
$c12 << EOD
0 0.996731 0.99684
1 0.996577 0.997382
2 0.991697 0.995273
3 0.977301 0.979098
4 0.994448 0.996452
5 0.989924 0.995309
6 0.957999 0.963643
7 0.984947 0.98531
8 0.99266 0.997796
9 0.978583 0.984574
10 0.930037 0.938862
11 0.975684 0.983819
12 0.991201 0.996435
13 0.989195 0.995349
14 0.980758 0.984713
15 0.984308 0.985173
16 0.990837 0.995837
17 0.990484 0.994371
EOD
# scheduling: run-queue delay
$c13 << EOD
0 0.99684 0.996933
1 0.997382 0.997977
2 0.995273 0.996566
3 0.979098 0.979425
4 0.996452 0.99688
5 0.995309 0.996259
6 0.963643 0.976572
7 0.98531 0.986598
8 0.997796 0.99939
9 0.984574 0.997215
10 0.938862 0.94073
11 0.983819 0.984999
12 0.996435 0.997701
13 0.995349 0.998351
14 0.984713 0.996467
15 0.985173 0.987471
16 0.995837 0.997357
17 0.994371 0.995365
EOD
# off-cpu: nobody of the cell running
$c14 << EOD
0 0.996933 0.999276
1 0.997977 0.998371
2 0.996566 0.997084
3 0.979425 0.994935
4 0.99688 0.998182
5 0.996259 0.996269
6 0.976572 0.988443
7 0.986598 0.991932
8 0.99939 1
9 0.997215 0.997767
10 0.94073 0.993687
11 0.984999 0.995166
12 0.997701 0.998423
13 0.998351 0.998789
14 0.996467 0.999239
15 0.987471 0.995202
16 0.997357 0.998036
17 0.995365 0.996122
EOD
# scheduling; futex and epoll
$c15 << EOD
0 0.999276 0.999787
1 0.998371 1
2 0.997084 1
3 0.994935 1
4 0.998182 1
5 0.996269 1
6 0.988443 1
7 0.991932 1
9 0.997767 1
10 0.993687 0.999077
11 0.995166 1
12 0.998423 1
13 0.998789 1
14 0.999239 1
15 0.995202 1
16 0.998036 1
17 0.996122 1
EOD
# unattributed
$c16 << EOD
0 0.999787 1
10 0.999077 1
EOD
$labels << EOD
24.82 0 "50%" 16777215
71.24 0 "43%" 16777215
34.76 1 "70%" 16777215
82.28 1 "26%" 16777215
5.04 2 "10%" 16777215
48.86 2 "78%" 16777215
90.77 2 "6%" 0
14.02 3 "28%" 16777215
55.42 3 "55%" 16777215
90.32 3 "8%" 0
5.255 4 "11%" 16777215
44.32 4 "68%" 16777215
89.73 4 "11%" 0
44.61 5 "81%" 16777215
89.7 5 "9%" 0
37.05 6 "64%" 16777215
76.56 6 "15%" 0
92.42 6 "7%" 0
10.9 7 "22%" 16777215
45.17 7 "47%" 16777215
77.72 7 "18%" 0
45.92 8 "82%" 16777215
91.23 8 "9%" 0
46.56 9 "88%" 16777215
5.934 10 "12%" 16777215
47.71 10 "72%" 16777215
86.58 10 "6%" 0
3.675 11 "7%" 16777215
40.67 11 "67%" 16777215
80.82 11 "14%" 0
91.01 11 "7%" 16777215
49.96 12 "92%" 16777215
49.74 13 "92%" 16777215
3.709 14 "7%" 16777215
42.59 14 "70%" 16777215
88.88 14 "15%" 0
46.14 15 "86%" 16777215
49.63 16 "93%" 16777215
49.19 17 "93%" 16777215
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
  set ytics ("http_json  418 ms" 0, "http_base64  17.4 ms" 1, "websocket_bytes  5.83 ms" 2, "http_shared_memory  8.6 ms" 3, "websocket_shared_memory  6.73 ms" 4, "mp_listener  3.85 ms" 5, "grpc_bytes  6.51 ms" 6, "rabbitmq_bytes  6.58 ms" 7, "mp_pipe/send  5.25 ms" 8, "mp_pipe/send_bytes  4.64 ms" 9, "mp_queue  5.75 ms" 10, "mp_manager/dict  6.37 ms" 11, "mp_array/frombuffer  5.06 ms" 12, "shared_memory/reused  4.35 ms" 13, "shared_memory/per_message  6.93 ms" 14, "zmq_ipc/zerocopy  4.52 ms" 15, "fastpath/view  4.81 ms" 16, "fastpath/touch  3.48 ms" 17) nomirror scale 0
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
