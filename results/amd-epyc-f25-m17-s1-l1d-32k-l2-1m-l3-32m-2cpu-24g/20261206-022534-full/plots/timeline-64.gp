# timeline-64: written by scripts/explain.py (ipcfloor/timeline/render.py) from explain.csv; run `gnuplot timeline-64.gp` here
# writes timeline-64.png and timeline-64.svg.  One bar per traced cell, its segments the categories' shares of the cell's traced wall time; data inline below: per category, lines of bar, start, end (shares).
set encoding utf8
# bar 0: http_json  918 µs
# bar 1: http_base64  938 µs
# bar 2: websocket_bytes  135 µs
# bar 3: http_shared_memory  1.18 ms
# bar 4: websocket_shared_memory  439 µs
# bar 5: mp_listener  131 µs
# bar 6: grpc_bytes  387 µs
# bar 7: rabbitmq_bytes  500 µs
# bar 8: mp_pipe/send  126 µs
# bar 9: mp_pipe/send_bytes  63.2 µs
# bar 10: mp_queue  131 µs
# bar 11: mp_manager/dict  266 µs
# bar 12: mp_array/frombuffer  75 µs
# bar 13: shared_memory/reused  120 µs
# bar 14: shared_memory/per_message  272 µs
# bar 15: zmq_ipc/zerocopy  168 µs
# bar 16: fastpath/view  85.4 µs
# bar 17: fastpath/touch  72.9 µs
# interpreter
$c0 << EOD
0 0 0.820127
1 0 0.824863
2 0 0.417835
3 0 0.784091
4 0 0.50123
5 0 0.327857
6 0 0.285985
7 0 0.432682
8 0 0.299076
9 0 0.254978
10 0 0.437751
11 0 0.322818
12 0 0.222508
13 0 0.253964
14 0 0.442362
15 0 0.212877
16 0 0.251901
17 0 0.233691
EOD
# float<->text (JSON)
$c1 << EOD
0 0.820127 0.840455
3 0.784091 0.785664
EOD
# numpy
$c2 << EOD
0 0.840455 0.85111
1 0.824863 0.835212
2 0.417835 0.460787
3 0.785664 0.795351
4 0.50123 0.529734
5 0.327857 0.423345
6 0.285985 0.301822
7 0.432682 0.449559
8 0.299076 0.359532
9 0.254978 0.279059
10 0.437751 0.523939
11 0.322818 0.383043
12 0.222508 0.238053
13 0.253964 0.274764
14 0.442362 0.462947
15 0.212877 0.252557
16 0.251901 0.329896
17 0.233691 0.34088
EOD
# libc copies
$c3 << EOD
0 0.85111 0.857232
1 0.835212 0.839987
2 0.460787 0.462461
3 0.795351 0.79718
4 0.529734 0.536016
5 0.423345 0.425903
6 0.301822 0.304042
7 0.449559 0.454075
8 0.359532 0.362422
10 0.523939 0.525823
11 0.383043 0.385021
13 0.274764 0.276325
14 0.462947 0.465123
15 0.252557 0.253694
17 0.34088 0.342974
EOD
# kernel copies
$c4 << EOD
0 0.857232 0.858099
1 0.839987 0.842345
2 0.462461 0.465619
4 0.536016 0.537786
5 0.425903 0.429382
6 0.304042 0.306706
8 0.362422 0.363945
10 0.525823 0.533031
11 0.385021 0.385681
12 0.238053 0.239721
13 0.276325 0.280194
14 0.465123 0.470047
15 0.253694 0.259768
17 0.342974 0.348558
EOD
# page faults: clearing
$c5 << EOD
4 0.537786 0.540302
5 0.429382 0.430364
14 0.470047 0.471136
EOD
# page faults: mapping
$c6 << EOD
0 0.858099 0.859218
2 0.465619 0.468099
3 0.79718 0.804754
4 0.540302 0.562123
5 0.430364 0.432328
6 0.306706 0.307259
7 0.454075 0.455005
8 0.363945 0.364963
9 0.279059 0.28219
11 0.385681 0.386291
12 0.239721 0.244737
13 0.280194 0.281125
14 0.471136 0.494553
16 0.329896 0.330932
17 0.348558 0.352069
EOD
# socket stack
$c7 << EOD
0 0.859218 0.908604
1 0.842345 0.917304
2 0.468099 0.68061
3 0.804754 0.868115
4 0.562123 0.663662
5 0.432328 0.655013
6 0.307259 0.427426
7 0.455005 0.633847
8 0.364963 0.579006
9 0.28219 0.594056
11 0.386291 0.606128
12 0.244737 0.454703
13 0.281125 0.504832
14 0.494553 0.587946
15 0.259768 0.397185
16 0.330932 0.529136
17 0.352069 0.543848
EOD
# mmap/munmap/brk
$c8 << EOD
3 0.868115 0.900539
4 0.663662 0.732636
14 0.587946 0.642147
EOD
# gRPC core
$c9 << EOD
6 0.427426 0.685641
EOD
# Erlang VM
$c10 << EOD
7 0.633847 0.797207
EOD
# ZeroMQ (libzmq)
$c11 << EOD
15 0.397185 0.581194
EOD
# scheduling: wake-up path
$c12 << EOD
0 0.908604 0.93535
1 0.917304 0.945134
2 0.68061 0.86109
3 0.900539 0.919932
4 0.732636 0.799333
5 0.655013 0.860627
6 0.685641 0.718308
7 0.797207 0.836709
8 0.579006 0.830272
9 0.594056 0.786034
10 0.533031 0.646936
11 0.606128 0.776642
12 0.454703 0.749412
13 0.504832 0.786963
14 0.642147 0.79011
15 0.581194 0.601401
16 0.529136 0.737028
17 0.543848 0.743675
EOD
# scheduling: run-queue delay
$c13 << EOD
0 0.93535 0.956368
1 0.945134 0.962986
2 0.86109 0.887506
3 0.919932 0.947061
4 0.799333 0.859536
5 0.860627 0.905764
6 0.718308 0.779381
7 0.836709 0.880745
8 0.830272 0.905548
9 0.786034 0.877408
10 0.646936 0.699555
11 0.776642 0.892046
12 0.749412 0.855179
13 0.786963 0.856477
14 0.79011 0.884516
15 0.601401 0.752188
16 0.737028 0.824001
17 0.743675 0.826494
EOD
# off-cpu: nobody of the cell running
$c14 << EOD
0 0.956368 0.957211
1 0.962986 0.963979
2 0.887506 0.957999
3 0.947061 0.959091
4 0.859536 0.941986
5 0.905764 0.966043
6 0.779381 0.81145
7 0.880745 0.905628
8 0.905548 0.947603
9 0.877408 0.925851
10 0.699555 0.759996
11 0.892046 0.937268
12 0.855179 0.896064
13 0.856477 0.951191
14 0.884516 0.948232
15 0.752188 0.835987
16 0.824001 0.937763
17 0.826494 0.951259
EOD
# scheduling; futex and epoll
$c15 << EOD
0 0.957211 1
1 0.963979 0.999955
2 0.957999 1
3 0.959091 1
4 0.941986 0.999841
5 0.966043 0.999964
6 0.81145 1
7 0.905628 1
8 0.947603 1
9 0.925851 0.999938
10 0.759996 0.99997
11 0.937268 0.99993
12 0.896064 1
13 0.951191 0.999895
14 0.948232 1
15 0.835987 0.999838
16 0.937763 0.999879
17 0.951259 0.999889
EOD
# unattributed
$c16 << EOD
1 0.999955 1
4 0.999841 1
5 0.999964 1
9 0.999938 1
10 0.99997 1
11 0.99993 1
13 0.999895 1
15 0.999838 1
16 0.999879 1
17 0.999889 1
EOD
$labels << EOD
41.01 0 "82%" 16777215
41.24 1 "82%" 16777215
87.98 1 "7%" 16777215
20.89 2 "42%" 16777215
57.44 2 "21%" 16777215
39.2 3 "78%" 16777215
83.64 3 "6%" 16777215
25.06 4 "50%" 16777215
61.29 4 "10%" 16777215
69.81 4 "7%" 0
16.39 5 "33%" 16777215
37.56 5 "10%" 16777215
54.37 5 "22%" 16777215
14.3 6 "29%" 16777215
36.73 6 "12%" 16777215
55.65 6 "26%" 0
90.57 6 "19%" 16777215
21.63 7 "43%" 16777215
54.44 7 "18%" 16777215
71.55 7 "16%" 16777215
95.28 7 "9%" 16777215
14.95 8 "30%" 16777215
32.93 8 "6%" 16777215
47.2 8 "21%" 16777215
12.75 9 "25%" 16777215
43.81 9 "31%" 16777215
96.29 9 "7%" 16777215
21.89 10 "44%" 16777215
48.08 10 "9%" 16777215
88 10 "24%" 16777215
16.14 11 "32%" 16777215
35.29 11 "6%" 16777215
49.62 11 "22%" 16777215
96.86 11 "6%" 16777215
11.13 12 "22%" 16777215
34.97 12 "21%" 16777215
94.8 12 "10%" 16777215
12.7 13 "25%" 16777215
39.3 13 "22%" 16777215
22.12 14 "44%" 16777215
54.12 14 "9%" 16777215
10.64 15 "21%" 16777215
32.85 15 "14%" 16777215
48.92 15 "18%" 16777215
91.79 15 "16%" 16777215
12.6 16 "25%" 16777215
29.09 16 "8%" 16777215
43 16 "20%" 16777215
96.88 16 "6%" 16777215
11.68 17 "23%" 16777215
28.73 17 "11%" 16777215
44.8 17 "19%" 16777215
EOD
$boxed << EOD
77.08 2 "18%" 0
92.28 2 "7%" 0
76.6 4 "7%" 0
82.94 4 "6%" 0
90.08 4 "8%" 0
75.78 5 "21%" 0
93.59 5 "6%" 0
74.88 6 "6%" 0
70.46 8 "25%" 0
86.79 8 "8%" 0
69 9 "19%" 0
83.17 9 "9%" 0
59 10 "11%" 0
72.98 10 "6%" 0
69.14 11 "17%" 0
83.43 11 "12%" 0
60.21 12 "29%" 0
80.23 12 "11%" 0
64.59 13 "28%" 0
82.17 13 "7%" 0
90.38 13 "9%" 0
71.61 14 "15%" 0
83.73 14 "9%" 0
91.64 14 "6%" 0
67.68 15 "15%" 0
79.41 15 "8%" 0
63.31 16 "21%" 0
78.05 16 "9%" 0
88.09 16 "11%" 0
64.38 17 "20%" 0
78.51 17 "8%" 0
88.89 17 "12%" 0
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
  set ytics ("http_json  918 µs" 0, "http_base64  938 µs" 1, "websocket_bytes  135 µs" 2, "http_shared_memory  1.18 ms" 3, "websocket_shared_memory  439 µs" 4, "mp_listener  131 µs" 5, "grpc_bytes  387 µs" 6, "rabbitmq_bytes  500 µs" 7, "mp_pipe/send  126 µs" 8, "mp_pipe/send_bytes  63.2 µs" 9, "mp_queue  131 µs" 10, "mp_manager/dict  266 µs" 11, "mp_array/frombuffer  75 µs" 12, "shared_memory/reused  120 µs" 13, "shared_memory/per_message  272 µs" 14, "zmq_ipc/zerocopy  168 µs" 15, "fastpath/view  85.4 µs" 16, "fastpath/touch  72.9 µs" 17) nomirror scale 0
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
