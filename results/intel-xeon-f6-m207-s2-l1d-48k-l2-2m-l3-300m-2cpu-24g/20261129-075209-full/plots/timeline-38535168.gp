# timeline-38535168: written by scripts/explain.py (ipcfloor/timeline/render.py) from explain.csv; run `gnuplot timeline-38535168.gp` here
# writes timeline-38535168.png and timeline-38535168.svg.  One bar per traced cell, its segments the categories' shares of the cell's traced wall time; data inline below: per category, lines of bar, start, end (shares).
set encoding utf8
# bar 0: http_json  12.7 s
# bar 1: http_base64  704 ms
# bar 2: websocket_bytes  305 ms
# bar 3: http_shared_memory  154 ms
# bar 4: websocket_shared_memory  206 ms
# bar 5: mp_listener  325 ms
# bar 6: grpc_bytes  374 ms
# bar 7: rabbitmq_bytes  444 ms
# bar 8: mp_pipe/send  259 ms
# bar 9: mp_pipe/send_bytes  217 ms
# bar 10: mp_queue  340 ms
# bar 11: mp_manager/dict  468 ms
# bar 12: mp_array/frombuffer  116 ms
# bar 13: shared_memory/reused  126 ms
# bar 14: shared_memory/per_message  198 ms
# bar 15: zmq_ipc/zerocopy  141 ms
# bar 16: fastpath/view  150 ms
# bar 17: fastpath/touch  126 ms
# interpreter
$c0 << EOD
0 0 0.4384
1 0 0.458877
2 0 0.0201851
3 0 0.0358853
4 0 0.0285594
5 0 0.00671692
6 0 0.003071
7 0 0.0956848
8 0 0.00621066
9 0 0.00521135
10 0 0.0277321
11 0 0.00640374
12 0 0.0035203
13 0 0.00407013
14 0 0.00287781
15 0 0.0021235
16 0 0.00132421
17 0 0.00278378
EOD
# float<->text (JSON)
$c1 << EOD
0 0.4384 0.877479
3 0.0358853 0.0361635
EOD
# numpy
$c2 << EOD
0 0.877479 0.920141
1 0.458877 0.675796
2 0.0201851 0.506746
3 0.0361635 0.651797
4 0.0285594 0.699555
5 0.00671692 0.47379
6 0.003071 0.310298
7 0.0956848 0.521772
8 0.00621066 0.511591
9 0.00521135 0.704922
10 0.0277321 0.485823
11 0.00640374 0.335888
12 0.0035203 0.90178
13 0.00407013 0.896516
14 0.00287781 0.756896
15 0.0021235 0.770327
16 0.00132421 0.906038
17 0.00278378 0.897653
EOD
# libc copies
$c3 << EOD
0 0.920141 0.931857
1 0.675796 0.70526
2 0.506746 0.576291
3 0.651797 0.709454
4 0.699555 0.751266
5 0.47379 0.545598
6 0.310298 0.408454
7 0.521772 0.636809
8 0.511591 0.606739
9 0.704922 0.746524
10 0.485823 0.54851
11 0.335888 0.410906
12 0.90178 0.952442
13 0.896516 0.948493
14 0.756896 0.778809
16 0.906038 0.953047
17 0.897653 0.947597
EOD
# kernel copies
$c4 << EOD
0 0.931857 0.933018
1 0.70526 0.714451
2 0.576291 0.591134
5 0.545598 0.563718
6 0.408454 0.430571
7 0.636809 0.669947
8 0.606739 0.629353
9 0.746524 0.776193
10 0.54851 0.569179
11 0.410906 0.445631
15 0.770327 0.819157
EOD
# page faults: clearing
$c5 << EOD
0 0.933018 0.940185
1 0.714451 0.752662
2 0.591134 0.657063
3 0.709454 0.786632
4 0.751266 0.831974
5 0.563718 0.623913
6 0.430571 0.501601
7 0.669947 0.708521
8 0.629353 0.677206
9 0.776193 0.822164
10 0.569179 0.621231
11 0.445631 0.518469
12 0.952442 0.992927
13 0.948493 0.993522
14 0.778809 0.828332
15 0.819157 0.871116
16 0.953047 0.989575
17 0.947597 0.989858
EOD
# page faults: mapping
$c6 << EOD
0 0.940185 0.987078
1 0.752662 0.960814
2 0.657063 0.954846
3 0.786632 0.969064
4 0.831974 0.975281
5 0.623913 0.966884
6 0.501601 0.939058
7 0.708521 0.928924
8 0.677206 0.961806
9 0.822164 0.981047
10 0.621231 0.938013
11 0.518469 0.943617
12 0.992927 0.998117
13 0.993522 0.99814
14 0.828332 0.986219
15 0.871116 0.977962
16 0.989575 0.994975
17 0.989858 0.997542
EOD
# socket stack
$c7 << EOD
0 0.987078 0.988625
1 0.960814 0.969692
2 0.954846 0.965685
3 0.969064 0.96967
4 0.975281 0.975697
5 0.966884 0.969619
6 0.939058 0.944893
7 0.928924 0.958273
8 0.961806 0.975033
9 0.981047 0.993599
11 0.943617 0.955998
12 0.998117 0.998412
14 0.986219 0.986824
15 0.977962 0.995124
16 0.994975 0.995191
EOD
# mmap/munmap/brk
$c8 << EOD
0 0.988625 0.998793
1 0.969692 0.998277
2 0.965685 0.994625
3 0.96967 0.996705
4 0.975697 0.998942
5 0.969619 0.997659
6 0.944893 0.975607
7 0.958273 0.974341
8 0.975033 0.997646
9 0.993599 0.998262
10 0.938013 0.996633
11 0.955998 0.995826
12 0.998412 0.998758
13 0.99814 0.99891
14 0.986824 0.997622
15 0.995124 0.996128
16 0.995191 0.996779
17 0.997542 0.998502
EOD
# gRPC core
$c9 << EOD
6 0.975607 0.986056
EOD
# Erlang VM
$c10 << EOD
7 0.974341 0.978213
EOD
# ZeroMQ (libzmq)
$c11 << EOD
15 0.996128 0.996718
EOD
# scheduling: wake-up path
$c12 << EOD
0 0.998793 0.999149
1 0.998277 0.998333
2 0.994625 0.994789
3 0.996705 0.996817
4 0.998942 0.999074
5 0.997659 0.998115
6 0.986056 0.994133
7 0.978213 0.978225
8 0.997646 0.997923
9 0.998262 0.998552
10 0.996633 0.996711
11 0.995826 0.995881
12 0.998758 0.999105
13 0.99891 0.999361
14 0.997622 0.998099
15 0.996718 0.996753
16 0.996779 0.997298
17 0.998502 0.99865
EOD
# scheduling: run-queue delay
$c13 << EOD
0 0.999149 0.999207
1 0.998333 0.998821
2 0.994789 0.998692
3 0.996817 0.996857
4 0.999074 0.999114
5 0.998115 0.998236
6 0.994133 0.998787
7 0.978225 0.998215
8 0.997923 0.998356
9 0.998552 0.998712
10 0.996711 0.998421
11 0.995881 0.997459
12 0.999105 0.999177
13 0.999361 0.999427
14 0.998099 0.998165
15 0.996753 0.996821
16 0.997298 0.997342
17 0.99865 0.998694
EOD
# off-cpu: nobody of the cell running
$c14 << EOD
0 0.999207 0.999622
1 0.998821 0.999738
2 0.998692 0.99903
3 0.996857 0.996933
4 0.999114 0.999691
5 0.998236 0.998734
6 0.998787 0.999494
7 0.998215 0.998325
8 0.998356 0.999481
9 0.998712 0.999649
10 0.998421 0.998899
11 0.997459 0.998908
12 0.999177 0.999387
13 0.999427 1
14 0.998165 0.999069
15 0.996821 0.997989
16 0.997342 0.999017
17 0.998694 0.998845
EOD
# scheduling; futex and epoll
$c15 << EOD
0 0.999622 0.999977
3 0.996933 0.998824
4 0.999691 1
5 0.998734 0.99976
6 0.999494 0.999926
7 0.998325 0.999797
8 0.999481 0.999908
10 0.998899 0.999655
11 0.998908 0.999579
14 0.999069 0.999765
15 0.997989 0.999825
16 0.999017 0.999334
17 0.998845 0.999325
EOD
# unattributed
$c16 << EOD
0 0.999977 1
1 0.999738 1
2 0.99903 1
3 0.998824 1
5 0.99976 1
6 0.999926 1
7 0.999797 1
8 0.999908 1
9 0.999649 1
10 0.999655 1
11 0.999579 1
12 0.999387 1
14 0.999765 1
15 0.999825 1
16 0.999334 1
17 0.999325 1
EOD
$labels << EOD
21.92 0 "44%" 16777215
65.79 0 "44%" 16777215
22.94 1 "46%" 16777215
56.73 1 "22%" 16777215
85.67 1 "21%" 0
26.35 2 "49%" 16777215
54.15 2 "7%" 0
62.41 2 "7%" 16777215
80.6 2 "30%" 0
34.4 3 "62%" 16777215
74.8 3 "8%" 16777215
87.78 3 "18%" 0
36.41 4 "67%" 16777215
79.16 4 "8%" 16777215
90.36 4 "14%" 0
24.03 5 "47%" 16777215
50.97 5 "7%" 0
59.38 5 "6%" 16777215
79.54 5 "34%" 0
15.67 6 "31%" 16777215
35.94 6 "10%" 0
46.61 6 "7%" 16777215
72.03 6 "44%" 0
4.784 7 "10%" 16777215
30.87 7 "43%" 16777215
57.93 7 "12%" 0
81.87 7 "22%" 0
25.89 8 "51%" 16777215
55.92 8 "10%" 0
81.95 8 "28%" 0
35.51 9 "70%" 16777215
90.16 9 "16%" 0
25.68 10 "46%" 16777215
51.72 10 "6%" 0
77.96 10 "32%" 0
17.11 11 "33%" 16777215
37.34 11 "8%" 0
48.21 11 "7%" 16777215
73.1 11 "43%" 0
45.26 12 "90%" 16777215
45.03 13 "89%" 16777215
37.99 14 "75%" 16777215
90.73 14 "16%" 0
38.62 15 "77%" 16777215
92.45 15 "11%" 0
45.37 16 "90%" 16777215
45.02 17 "89%" 16777215
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
  set xrange [0:101]
  set yrange [17.5:-0.5]
  set xtics 0,10,100 format "%g%%" nomirror
  set ytics ("http_json  12.7 s" 0, "http_base64  704 ms" 1, "websocket_bytes  305 ms" 2, "http_shared_memory  154 ms" 3, "websocket_shared_memory  206 ms" 4, "mp_listener  325 ms" 5, "grpc_bytes  374 ms" 6, "rabbitmq_bytes  444 ms" 7, "mp_pipe/send  259 ms" 8, "mp_pipe/send_bytes  217 ms" 9, "mp_queue  340 ms" 10, "mp_manager/dict  468 ms" 11, "mp_array/frombuffer  116 ms" 12, "shared_memory/reused  126 ms" 13, "shared_memory/per_message  198 ms" 14, "zmq_ipc/zerocopy  141 ms" 15, "fastpath/view  150 ms" 16, "fastpath/touch  126 ms" 17) nomirror scale 0
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
