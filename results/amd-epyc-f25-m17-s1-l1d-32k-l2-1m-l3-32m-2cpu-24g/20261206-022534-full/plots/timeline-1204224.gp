# timeline-1204224: written by scripts/explain.py (ipcfloor/timeline/render.py) from explain.csv; run `gnuplot timeline-1204224.gp` here
# writes timeline-1204224.png and timeline-1204224.svg.  One bar per traced cell, its segments the categories' shares of the cell's traced wall time; data inline below: per category, lines of bar, start, end (shares).
set encoding utf8
# bar 0: http_json  194 ms
# bar 1: http_base64  13.1 ms
# bar 2: websocket_bytes  4.04 ms
# bar 3: http_shared_memory  6.22 ms
# bar 4: websocket_shared_memory  4.62 ms
# bar 5: mp_listener  4.96 ms
# bar 6: grpc_bytes  6.74 ms
# bar 7: rabbitmq_bytes  8.79 ms
# bar 8: mp_pipe/send  5.26 ms
# bar 9: mp_pipe/send_bytes  4.14 ms
# bar 10: mp_queue  5.79 ms
# bar 11: mp_manager/dict  8.67 ms
# bar 12: mp_array/frombuffer  2.73 ms
# bar 13: shared_memory/reused  2.73 ms
# bar 14: shared_memory/per_message  4.03 ms
# bar 15: zmq_ipc/zerocopy  3.27 ms
# bar 16: fastpath/view  2.76 ms
# bar 17: fastpath/touch  2.83 ms
# interpreter
$c0 << EOD
0 0 0.472778
1 0 0.519587
2 0 0.0855513
3 0 0.274076
4 0 0.14959
5 0 0.0270033
6 0 0.0398394
7 0 0.127956
8 0 0.0321645
9 0 0.0242984
10 0 0.0780612
11 0 0.0349612
12 0 0.0263341
13 0 0.0240181
14 0 0.0704282
15 0 0.0331873
16 0 0.0303221
17 0 0.0247326
EOD
# float<->text (JSON)
$c1 << EOD
0 0.472778 0.889358
EOD
# numpy
$c2 << EOD
0 0.889358 0.930533
1 0.519587 0.725375
2 0.0855513 0.724067
3 0.274076 0.722703
4 0.14959 0.710828
5 0.0270033 0.550488
6 0.0398394 0.433071
7 0.127956 0.427694
8 0.0321645 0.50577
9 0.0242984 0.637127
10 0.0780612 0.55951
11 0.0349612 0.321017
12 0.0263341 0.94561
13 0.0240181 0.935791
14 0.0704282 0.699097
15 0.0331873 0.813995
16 0.0303221 0.944881
17 0.0247326 0.949388
EOD
# libc copies
$c3 << EOD
0 0.930533 0.949167
1 0.725375 0.751067
2 0.724067 0.770467
3 0.722703 0.750573
4 0.710828 0.743774
5 0.550488 0.595873
6 0.433071 0.517061
7 0.427694 0.536756
8 0.50577 0.554227
9 0.637127 0.660594
10 0.55951 0.621537
11 0.321017 0.383593
12 0.94561 0.955709
13 0.935791 0.95188
14 0.699097 0.726236
15 0.813995 0.815015
16 0.944881 0.956077
17 0.949388 0.969735
EOD
# kernel copies
$c4 << EOD
0 0.949167 0.951193
1 0.751067 0.773008
2 0.770467 0.791632
3 0.750573 0.751253
5 0.595873 0.613838
6 0.517061 0.532894
7 0.536756 0.550903
8 0.554227 0.572594
9 0.660594 0.682021
10 0.621537 0.639566
11 0.383593 0.40505
12 0.955709 0.95749
15 0.815015 0.894264
EOD
# page faults: clearing
$c5 << EOD
0 0.951193 0.956183
1 0.773008 0.803352
2 0.791632 0.805414
3 0.751253 0.77107
4 0.743774 0.774384
5 0.613838 0.643415
6 0.532894 0.586435
7 0.550903 0.589177
8 0.572594 0.626412
9 0.682021 0.699366
10 0.639566 0.671498
11 0.40505 0.450156
14 0.726236 0.754201
EOD
# page faults: mapping
$c6 << EOD
0 0.956183 0.990021
1 0.803352 0.936988
2 0.805414 0.908178
3 0.77107 0.894237
4 0.774384 0.928025
5 0.643415 0.950751
6 0.586435 0.889041
7 0.589177 0.837741
8 0.626412 0.930684
9 0.699366 0.918732
10 0.671498 0.902524
11 0.450156 0.750256
14 0.754201 0.925486
EOD
# socket stack
$c7 << EOD
0 0.990021 0.991525
1 0.936988 0.966098
2 0.908178 0.947201
3 0.894237 0.908641
4 0.928025 0.93931
5 0.950751 0.97331
6 0.889041 0.909419
7 0.837741 0.916435
8 0.930684 0.959471
9 0.918732 0.955846
11 0.750256 0.786208
12 0.95749 0.966403
13 0.95188 0.966078
14 0.925486 0.936386
15 0.894264 0.930031
16 0.956077 0.96816
17 0.969735 0.982442
EOD
# mmap/munmap/brk
$c8 << EOD
0 0.991525 0.996514
1 0.966098 0.988729
2 0.947201 0.975511
3 0.908641 0.942501
4 0.93931 0.977986
5 0.97331 0.981155
6 0.909419 0.922182
7 0.916435 0.929766
8 0.959471 0.967399
9 0.955846 0.957887
10 0.902524 0.94481
11 0.786208 0.805478
14 0.936386 0.958158
EOD
# gRPC core
$c9 << EOD
6 0.922182 0.956849
EOD
# Erlang VM
$c10 << EOD
7 0.929766 0.951114
EOD
# ZeroMQ (libzmq)
$c11 << EOD
15 0.930031 0.958024
EOD
# scheduling: wake-up path
$c12 << EOD
0 0.996514 0.996647
1 0.988729 0.990623
2 0.975511 0.9854
3 0.942501 0.943714
4 0.977986 0.984755
5 0.981155 0.989045
6 0.956849 0.960816
7 0.951114 0.951608
8 0.967399 0.975305
9 0.957887 0.969331
10 0.94481 0.946114
11 0.805478 0.811154
12 0.966403 0.981027
13 0.966078 0.979532
14 0.958158 0.969703
15 0.958024 0.961467
16 0.96816 0.978802
17 0.982442 0.991655
EOD
# scheduling: run-queue delay
$c13 << EOD
0 0.996647 0.99753
1 0.990623 0.99938
2 0.9854 0.996384
3 0.943714 0.982662
4 0.984755 0.997156
5 0.989045 0.997717
6 0.960816 0.984493
7 0.951608 0.991735
8 0.975305 0.995008
9 0.969331 0.9931
10 0.946114 0.984262
11 0.811154 0.990714
12 0.981027 0.993526
13 0.979532 0.994775
14 0.969703 0.99273
15 0.961467 0.966185
16 0.978802 0.995446
17 0.991655 0.993793
EOD
# off-cpu: nobody of the cell running
$c14 << EOD
0 0.99753 0.998594
1 0.99938 1
2 0.996384 0.997878
3 0.982662 0.990012
4 0.997156 0.997413
5 0.997717 0.99803
6 0.984493 0.988658
7 0.991735 0.99217
8 0.995008 0.995702
9 0.9931 0.995601
10 0.984262 0.988084
11 0.990714 0.991993
12 0.993526 0.995904
13 0.994775 0.996793
14 0.99273 0.993914
15 0.966185 0.971169
16 0.995446 0.997764
17 0.993793 0.997304
EOD
# scheduling; futex and epoll
$c15 << EOD
0 0.998594 0.999032
2 0.997878 1
3 0.990012 0.999205
4 0.997413 1
5 0.99803 0.99926
6 0.988658 0.999197
7 0.99217 0.999277
8 0.995702 1
9 0.995601 1
10 0.988084 1
11 0.991993 0.99884
12 0.995904 1
13 0.996793 0.998694
14 0.993914 0.999394
15 0.971169 1
16 0.997764 1
17 0.997304 1
EOD
# unattributed
$c16 << EOD
0 0.999032 1
3 0.999205 1
5 0.99926 1
6 0.999197 1
7 0.999277 1
11 0.99884 1
13 0.998694 1
14 0.999394 1
EOD
$labels << EOD
23.64 0 "47%" 16777215
68.11 0 "42%" 16777215
25.98 1 "52%" 16777215
62.25 1 "21%" 16777215
87.02 1 "13%" 0
4.278 2 "9%" 16777215
40.48 2 "64%" 16777215
85.68 2 "10%" 0
13.7 3 "27%" 16777215
49.84 3 "45%" 16777215
83.27 3 "12%" 0
7.48 4 "15%" 16777215
43.02 4 "56%" 16777215
85.12 4 "15%" 0
28.87 5 "52%" 16777215
79.71 5 "31%" 0
23.65 6 "39%" 16777215
47.51 6 "8%" 0
73.77 6 "30%" 0
6.398 7 "13%" 16777215
27.78 7 "30%" 16777215
48.22 7 "11%" 0
71.35 7 "25%" 0
87.71 7 "8%" 16777215
26.9 8 "47%" 16777215
77.85 8 "30%" 0
33.07 9 "61%" 16777215
80.9 9 "22%" 0
3.903 10 "8%" 16777215
31.88 10 "48%" 16777215
59.05 10 "6%" 0
78.7 10 "23%" 0
17.8 11 "29%" 16777215
35.23 11 "6%" 0
60.02 11 "30%" 0
48.6 12 "92%" 16777215
47.99 13 "91%" 16777215
3.521 14 "7%" 16777215
38.48 14 "63%" 16777215
83.98 14 "17%" 0
42.36 15 "78%" 16777215
85.46 15 "8%" 16777215
48.76 16 "91%" 16777215
48.71 17 "92%" 16777215
EOD
$boxed << EOD
90.09 11 "18%" 0
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
  set ytics ("http_json  194 ms" 0, "http_base64  13.1 ms" 1, "websocket_bytes  4.04 ms" 2, "http_shared_memory  6.22 ms" 3, "websocket_shared_memory  4.62 ms" 4, "mp_listener  4.96 ms" 5, "grpc_bytes  6.74 ms" 6, "rabbitmq_bytes  8.79 ms" 7, "mp_pipe/send  5.26 ms" 8, "mp_pipe/send_bytes  4.14 ms" 9, "mp_queue  5.79 ms" 10, "mp_manager/dict  8.67 ms" 11, "mp_array/frombuffer  2.73 ms" 12, "shared_memory/reused  2.73 ms" 13, "shared_memory/per_message  4.03 ms" 14, "zmq_ipc/zerocopy  3.27 ms" 15, "fastpath/view  2.76 ms" 16, "fastpath/touch  2.83 ms" 17) nomirror scale 0
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
