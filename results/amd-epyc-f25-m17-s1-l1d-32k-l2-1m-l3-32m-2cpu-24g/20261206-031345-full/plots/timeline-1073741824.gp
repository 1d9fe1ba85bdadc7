# timeline-1073741824: written by scripts/explain.py (ipcfloor/timeline/render.py) from explain.csv; run `gnuplot timeline-1073741824.gp` here
# writes timeline-1073741824.png and timeline-1073741824.svg.  One bar per traced cell, its segments the categories' shares of the cell's traced wall time; data inline below: per category, lines of bar, start, end (shares).
set encoding utf8
# bar 0: http_json  228 s
# bar 1: http_base64  15.2 s
# bar 2: websocket_bytes  9.74 s
# bar 3: http_shared_memory  7.86 s
# bar 4: websocket_shared_memory  7.85 s
# bar 5: mp_listener  7.05 s
# bar 6: grpc_bytes  10.3 s
# bar 7: mp_pipe/send  7.89 s
# bar 8: mp_pipe/send_bytes  5.85 s
# bar 9: mp_queue  7.96 s
# bar 10: mp_manager/dict  10.2 s
# bar 11: mp_array/frombuffer  4.76 s
# bar 12: shared_memory/reused  4.85 s
# bar 13: shared_memory/per_message  5.87 s
# bar 14: zmq_ipc/zerocopy  5.17 s
# bar 15: fastpath/view  2.58 s
# bar 16: fastpath/touch  2.43 s
# interpreter
$c0 << EOD
0 0 0.340816
1 0 0.249576
2 0 0.0112811
3 0 0.0188607
4 0 0.0183712
5 0 0.00131794
6 0 0.000302603
7 0 0.00563642
8 0 0.00293345
9 0 0.0430693
10 0 0.00312113
13 0 0.00210069
EOD
# float<->text (JSON)
$c1 << EOD
0 0.340816 0.669049
EOD
# numpy
$c2 << EOD
0 0.669049 0.711391
1 0.249576 0.39401
2 0.0112811 0.235815
3 0.0188607 0.295863
4 0.0183712 0.297011
5 0.00131794 0.311566
6 0.000302603 0.217874
7 0.00563642 0.282873
8 0.00293345 0.37623
9 0.0430693 0.315259
10 0.00312113 0.216462
11 0 0.476111
12 0 0.46578
13 0.00210069 0.404065
14 0 0.433329
15 0 0.852407
16 0 0.9283
EOD
# libc copies
$c3 << EOD
0 0.711391 0.732775
1 0.39401 0.452178
2 0.235815 0.320389
3 0.295863 0.31691
4 0.297011 0.320489
5 0.311566 0.391033
6 0.217874 0.326804
7 0.282873 0.352247
8 0.37623 0.387697
9 0.315259 0.387362
10 0.216462 0.315968
11 0.476111 0.494398
12 0.46578 0.484403
13 0.404065 0.424138
15 0.852407 0.883708
16 0.9283 0.961773
EOD
# kernel copies
$c4 << EOD
0 0.732775 0.734066
1 0.452178 0.462283
2 0.320389 0.332097
5 0.391033 0.491397
6 0.326804 0.338325
7 0.352247 0.365416
8 0.387697 0.395443
9 0.387362 0.400136
10 0.315968 0.343041
14 0.433329 0.460367
EOD
# page faults: clearing
$c5 << EOD
0 0.734066 0.910871
1 0.462283 0.696635
2 0.332097 0.642183
3 0.31691 0.902328
4 0.320489 0.904905
5 0.491397 0.67949
6 0.338325 0.631937
7 0.365416 0.710352
8 0.395443 0.81649
9 0.400136 0.673313
10 0.343041 0.586192
11 0.494398 0.995146
12 0.484403 0.995928
13 0.424138 0.875819
14 0.460367 0.902148
15 0.883708 0.997629
16 0.961773 0.994847
EOD
# page faults: mapping
$c6 << EOD
0 0.910871 0.984102
1 0.696635 0.94554
2 0.642183 0.94396
3 0.902328 0.982771
4 0.904905 0.98484
5 0.67949 0.959466
6 0.631937 0.961482
7 0.710352 0.945555
8 0.81649 0.951964
9 0.673313 0.930818
10 0.586192 0.92802
11 0.995146 0.999252
12 0.995928 0.999805
13 0.875819 0.991352
14 0.902148 0.964645
15 0.997629 0.999085
16 0.994847 0.997238
EOD
# socket stack
$c7 << EOD
0 0.984102 0.987331
1 0.94554 0.964487
2 0.94396 0.959072
5 0.959466 0.963402
6 0.961482 0.968153
7 0.945555 0.959382
8 0.951964 0.970365
10 0.92802 0.947791
14 0.964645 0.988598
EOD
# mmap/munmap/brk
$c8 << EOD
0 0.987331 0.9992
1 0.964487 0.99801
2 0.959072 0.997065
3 0.982771 0.998845
4 0.98484 0.999526
5 0.963402 0.995007
6 0.968153 0.992453
7 0.959382 0.993035
8 0.970365 0.9965
9 0.930818 0.995539
10 0.947791 0.997777
13 0.991352 0.999288
15 0.999085 0.999813
16 0.997238 0.998433
EOD
# gRPC core
$c9 << EOD
6 0.992453 0.994279
EOD
# ZeroMQ (libzmq)
$c10 << EOD
14 0.988598 0.98963
EOD
# scheduling: wake-up path
$c11 << EOD
0 0.9992 0.999202
1 0.99801 0.998024
2 0.997065 0.997093
3 0.998845 0.998846
4 0.999526 0.99953
5 0.995007 0.996668
6 0.994279 0.994984
7 0.993035 0.996904
8 0.9965 0.996725
9 0.995539 0.995918
10 0.997777 0.997803
11 0.999252 0.999261
12 0.999805 0.999816
13 0.999288 0.999298
14 0.98963 0.989631
15 0.999813 0.999821
16 0.998433 0.998442
EOD
# scheduling: run-queue delay
$c12 << EOD
0 0.999202 0.999352
1 0.998024 0.998914
2 0.997093 0.999064
3 0.998846 0.998976
4 0.99953 0.999725
5 0.996668 0.998266
6 0.994984 0.998097
7 0.996904 0.998468
8 0.996725 0.997423
9 0.995918 0.997306
10 0.997803 0.997857
11 0.999261 0.999263
12 0.999816 0.999818
13 0.999298 0.9993
14 0.989631 0.989633
15 0.999821 0.999822
16 0.998442 0.998451
EOD
# off-cpu: nobody of the cell running
$c13 << EOD
0 0.999352 0.999531
1 0.998914 0.99913
2 0.999064 0.999757
3 0.998976 0.999187
4 0.999725 0.999892
5 0.998266 0.998657
6 0.998097 0.998156
7 0.998468 0.999423
8 0.997423 0.999707
9 0.997306 0.999667
10 0.997857 0.999379
11 0.999263 0.999527
12 0.999818 0.99993
13 0.9993 0.999414
14 0.989633 0.994665
15 0.999822 0.999906
16 0.998451 0.999102
EOD
# scheduling; futex and epoll
$c14 << EOD
0 0.999531 0.99986
1 0.99913 0.999888
2 0.999757 0.999969
3 0.999187 0.999782
5 0.998657 0.999976
6 0.998156 0.999969
7 0.999423 0.999987
8 0.999707 0.999973
9 0.999667 0.999987
10 0.999379 0.999982
11 0.999527 0.999918
13 0.999414 0.99988
14 0.994665 0.999947
16 0.999102 0.999904
EOD
# unattributed
$c15 << EOD
0 0.99986 1
1 0.999888 1
2 0.999969 1
3 0.999782 1
4 0.999892 1
5 0.999976 1
6 0.999969 1
7 0.999987 1
8 0.999973 1
9 0.999987 1
10 0.999982 1
11 0.999918 1
12 0.99993 1
13 0.99988 1
14 0.999947 1
15 0.999906 1
16 0.999904 1
EOD
$labels << EOD
17.04 0 "34%" 16777215
50.49 0 "33%" 16777215
82.25 0 "18%" 16777215
94.75 0 "7%" 0
12.48 1 "25%" 16777215
32.18 1 "14%" 16777215
57.95 1 "23%" 16777215
82.11 1 "25%" 0
12.35 2 "22%" 16777215
27.81 2 "8%" 0
48.71 2 "31%" 16777215
79.31 2 "30%" 0
15.74 3 "28%" 16777215
60.96 3 "59%" 16777215
94.25 3 "8%" 0
15.77 4 "28%" 16777215
61.27 4 "58%" 16777215
94.49 4 "8%" 0
15.64 5 "31%" 16777215
35.13 5 "8%" 0
44.12 5 "10%" 16777215
58.54 5 "19%" 16777215
81.95 5 "28%" 0
10.91 6 "22%" 16777215
27.23 6 "11%" 0
48.51 6 "29%" 16777215
79.67 6 "33%" 0
14.43 7 "28%" 16777215
31.76 7 "7%" 0
53.79 7 "34%" 16777215
82.8 7 "24%" 0
18.96 8 "37%" 16777215
60.6 8 "42%" 16777215
88.42 8 "14%" 0
17.92 9 "27%" 16777215
35.13 9 "7%" 0
53.67 9 "27%" 16777215
80.21 9 "26%" 0
96.32 9 "6%" 0
10.98 10 "21%" 16777215
26.62 10 "10%" 0
46.46 10 "24%" 16777215
75.71 10 "34%" 0
23.81 11 "48%" 16777215
74.48 11 "50%" 16777215
23.29 12 "47%" 16777215
74.02 12 "51%" 16777215
20.31 13 "40%" 16777215
65 13 "45%" 16777215
93.36 13 "12%" 0
21.67 14 "43%" 16777215
68.13 14 "44%" 16777215
93.34 14 "6%" 0
42.62 15 "85%" 16777215
94.07 15 "11%" 16777215
46.42 16 "93%" 16777215
EOD
$boxed << EOD
EOD
do for [fmt in "png svg"] {
  if (fmt eq "png") {
    set terminal pngcairo size 1400,914 noenhanced font "DejaVu Sans,11" background "white"
    set output "timeline-1073741824.png"
  } else {
    set terminal svg size 1400,914 noenhanced font "DejaVu Sans,11" background "white"
    set output "timeline-1073741824.svg"
  }
  set multiplot
  set title "Where a request's time goes at 1.1 GB (1073741824 B): share of the traced wall time per request, by category" font ",13"
  set lmargin at screen 0.2289
  set rmargin at screen 0.9786
  set tmargin at screen 0.9234
  set bmargin at screen 0.2691
  set xrange [0:101]
  set yrange [16.5:-0.5]
  set xtics 0,10,100 format "%g%%" nomirror
  set ytics ("http_json  228 s" 0, "http_base64  15.2 s" 1, "websocket_bytes  9.74 s" 2, "http_shared_memory  7.86 s" 3, "websocket_shared_memory  7.85 s" 4, "mp_listener  7.05 s" 5, "grpc_bytes  10.3 s" 6, "mp_pipe/send  7.89 s" 7, "mp_pipe/send_bytes  5.85 s" 8, "mp_queue  7.96 s" 9, "mp_manager/dict  10.2 s" 10, "mp_array/frombuffer  4.76 s" 11, "shared_memory/reused  4.85 s" 12, "shared_memory/per_message  5.87 s" 13, "zmq_ipc/zerocopy  5.17 s" 14, "fastpath/view  2.58 s" 15, "fastpath/touch  2.43 s" 16) nomirror scale 0
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
       $c10 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#AA4499" fs solid 1.0 border lc rgb "#ffffff" notitle, \
       $c11 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#404040" fs pattern 4 border lc rgb "#404040" notitle, \
       $c12 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#404040" fs pattern 5 border lc rgb "#404040" notitle, \
       $c13 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#404040" fs pattern 1 border lc rgb "#404040" notitle, \
       $c14 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#8C564B" fs solid 1.0 border lc rgb "#ffffff" notitle, \
       $c15 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#000000" fs solid 0.12 border lc rgb "#ffffff" notitle, \
       $labels using 1:2:3:4 with labels tc rgb variable font ",9" notitle
  unset title; unset xlabel; unset ylabel; unset grid; unset border
  unset xtics; unset ytics; set xrange [0:1]; set yrange [0:1]
  set lmargin at screen 0.02; set rmargin at screen 0.98
  set bmargin at screen 0.0; set tmargin at screen 0.1816
  set key at screen 0.5,0.1772 center top horizontal maxcols 3 maxrows 6 samplen 3 spacing 1.15 width 1 Left reverse box lc rgb "#bbbbbb"
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
       NaN with boxes fc rgb "#AA4499" fs solid 1.0 border lc rgb "#AA4499" title "ZeroMQ (libzmq)", \
       NaN with boxes fc rgb "#404040" fs pattern 4 border lc rgb "#404040" title "scheduling: wake-up path", \
       NaN with boxes fc rgb "#404040" fs pattern 5 border lc rgb "#404040" title "scheduling: run-queue delay", \
       NaN with boxes fc rgb "#404040" fs pattern 1 border lc rgb "#404040" title "off-cpu: nobody of the cell running", \
       NaN with boxes fc rgb "#8C564B" fs solid 1.0 border lc rgb "#8C564B" title "scheduling; futex and epoll", \
       NaN with boxes fc rgb "#000000" fs solid 0.12 border lc rgb "#000000" title "unattributed"
  unset multiplot
  unset output
}
