# timeline-1073741824: written by scripts/explain.py (ipcfloor/timeline/render.py) from explain.csv; run `gnuplot timeline-1073741824.gp` here
# writes timeline-1073741824.png and timeline-1073741824.svg.  One bar per traced cell, its segments the categories' shares of the cell's traced wall time; data inline below: per category, lines of bar, start, end (shares).
set encoding utf8
# bar 0: http_json  232 s
# bar 1: http_base64  15.1 s
# bar 2: websocket_bytes  9.73 s
# bar 3: http_shared_memory  7.79 s
# bar 4: websocket_shared_memory  6.74 s
# bar 5: mp_listener  7.71 s
# bar 6: grpc_bytes  10.8 s
# bar 7: mp_pipe/send  7.91 s
# bar 8: mp_pipe/send_bytes  5.73 s
# bar 9: mp_queue  8.04 s
# bar 10: mp_manager/dict  10.8 s
# bar 11: mp_array/frombuffer  4.64 s
# bar 12: shared_memory/reused  4.93 s
# bar 13: shared_memory/per_message  5.43 s
# bar 14: zmq_ipc/zerocopy  4.67 s
# bar 15: fastpath/view  2.57 s
# bar 16: fastpath/touch  2.44 s
# interpreter
$c0 << EOD
0 0 0.342253
1 0 0.257861
2 0 0.0113585
3 0 0.0195203
4 0 0.0207141
5 0 0.00132971
6 0 0.000573009
7 0 0.00302541
8 0 0.0036536
9 0 0.123663
10 0 0.00579642
12 0 0.00184545
14 0 2.66011e-05
EOD
# float<->text (JSON)
$c1 << EOD
0 0.342253 0.667125
EOD
# numpy
$c2 << EOD
0 0.667125 0.711332
1 0.257861 0.407389
2 0.0113585 0.234882
3 0.0195203 0.304335
4 0.0207141 0.348384
5 0.00132971 0.286728
6 0.000573009 0.222614
7 0.00302541 0.279718
8 0.0036536 0.3905
9 0.123663 0.388072
10 0.00579642 0.211536
11 0 0.476932
12 0.00184545 0.470494
13 0 0.414572
14 2.66011e-05 0.484857
15 0 0.85279
16 0 0.917889
EOD
# libc copies
$c3 << EOD
0 0.711332 0.723673
1 0.407389 0.458483
2 0.234882 0.314376
3 0.304335 0.32513
4 0.348384 0.374632
5 0.286728 0.35929
6 0.222614 0.323705
7 0.279718 0.352364
8 0.3905 0.406158
9 0.388072 0.45307
10 0.211536 0.297913
11 0.476932 0.495656
12 0.470494 0.509506
13 0.414572 0.433921
15 0.85279 0.888577
16 0.917889 0.951904
EOD
# kernel copies
$c4 << EOD
0 0.723673 0.726356
1 0.458483 0.467931
2 0.314376 0.325511
5 0.35929 0.371002
6 0.323705 0.337348
7 0.352364 0.365293
8 0.406158 0.415629
9 0.45307 0.460887
10 0.297913 0.319399
14 0.484857 0.517016
EOD
# page faults: clearing
$c5 << EOD
0 0.726356 0.899639
1 0.467931 0.679295
2 0.325511 0.675449
3 0.32513 0.897831
4 0.374632 0.892352
5 0.371002 0.707989
6 0.337348 0.64443
7 0.365293 0.69633
8 0.415629 0.823616
9 0.460887 0.691701
10 0.319399 0.607185
11 0.495656 0.996244
12 0.509506 0.997202
13 0.433921 0.872904
14 0.517016 0.889398
15 0.888577 0.994795
16 0.951904 0.994525
EOD
# page faults: mapping
$c6 << EOD
0 0.899639 0.984232
1 0.679295 0.936338
2 0.675449 0.951055
3 0.897831 0.983872
4 0.892352 0.984137
5 0.707989 0.961938
6 0.64443 0.955664
7 0.69633 0.954299
8 0.823616 0.954892
9 0.691701 0.933727
10 0.607185 0.941244
11 0.996244 0.99865
12 0.997202 0.99966
13 0.872904 0.991065
14 0.889398 0.957736
15 0.994795 0.998602
16 0.994525 0.998623
EOD
# socket stack
$c7 << EOD
0 0.984232 0.986915
1 0.936338 0.962649
2 0.951055 0.965976
5 0.961938 0.964866
6 0.955664 0.962624
7 0.954299 0.965855
8 0.954892 0.970812
10 0.941244 0.958715
14 0.957736 0.986871
EOD
# mmap/munmap/brk
$c8 << EOD
0 0.986915 0.998848
1 0.962649 0.996873
2 0.965976 0.998118
3 0.983872 0.999167
4 0.984137 0.999364
5 0.964866 0.997052
6 0.962624 0.985088
7 0.965855 0.998271
8 0.970812 0.996126
9 0.933727 0.995274
10 0.958715 0.998617
13 0.991065 0.999818
15 0.998602 0.999744
16 0.998623 0.999852
EOD
# gRPC core
$c9 << EOD
6 0.985088 0.991166
EOD
# ZeroMQ (libzmq)
$c10 << EOD
14 0.986871 0.987641
EOD
# scheduling: wake-up path
$c11 << EOD
0 0.998848 0.998851
1 0.996873 0.997057
2 0.998118 0.998156
3 0.999167 0.999168
4 0.999364 0.999369
5 0.997052 0.997125
6 0.991166 0.993436
7 0.998271 0.998573
8 0.996126 0.997123
9 0.995274 0.99538
10 0.998617 0.99864
11 0.99865 0.998664
12 0.99966 0.999672
13 0.999818 0.999831
14 0.987641 0.987642
15 0.999744 0.999759
16 0.999852 0.999862
EOD
# scheduling: run-queue delay
$c12 << EOD
0 0.998851 0.998955
1 0.997057 0.998377
2 0.998156 0.99882
3 0.999168 0.999371
4 0.999369 0.999806
5 0.997125 0.997151
6 0.993436 0.997179
7 0.998573 0.999266
8 0.997123 0.998058
9 0.99538 0.996928
10 0.99864 0.998786
11 0.998664 0.998667
12 0.999672 0.999677
13 0.999831 0.999846
14 0.987642 0.987644
15 0.999759 0.999762
16 0.999862 0.999867
EOD
# off-cpu: nobody of the cell running
$c13 << EOD
0 0.998955 0.999169
1 0.998377 0.99897
2 0.99882 0.998849
3 0.999371 0.999397
4 0.999806 0.999905
5 0.997151 0.998111
6 0.997179 0.997353
7 0.999266 0.999987
8 0.998058 0.999667
9 0.996928 0.999271
10 0.998786 0.999697
11 0.998667 0.999716
12 0.999677 0.999921
13 0.999846 0.999881
14 0.987644 0.991503
15 0.999762 0.999895
16 0.999867 0.99989
EOD
# scheduling; futex and epoll
$c14 << EOD
0 0.999169 0.999834
1 0.99897 0.999909
2 0.998849 0.999962
3 0.999397 0.999769
5 0.998111 0.999974
6 0.997353 0.999972
8 0.999667 0.999966
9 0.999271 0.999981
10 0.999697 0.999982
11 0.999716 0.999917
14 0.991503 0.999953
EOD
# unattributed
$c15 << EOD
0 0.999834 1
1 0.999909 1
2 0.999962 1
3 0.999769 1
4 0.999905 1
5 0.999974 1
6 0.999972 1
7 0.999987 1
8 0.999966 1
9 0.999981 1
10 0.999982 1
11 0.999917 1
12 0.999921 1
13 0.999881 1
14 0.999953 1
15 0.999895 1
16 0.99989 1
EOD
$labels << EOD
17.11 0 "34%" 16777215
50.47 0 "32%" 16777215
81.3 0 "17%" 16777215
94.19 0 "8%" 0
12.89 1 "26%" 16777215
33.26 1 "15%" 16777215
57.36 1 "21%" 16777215
80.78 1 "26%" 0
12.31 2 "22%" 16777215
27.46 2 "8%" 0
50.05 2 "35%" 16777215
81.33 2 "28%" 0
16.19 3 "28%" 16777215
61.15 3 "57%" 16777215
94.09 3 "9%" 0
18.45 4 "33%" 16777215
63.35 4 "52%" 16777215
93.82 4 "9%" 0
14.4 5 "29%" 16777215
32.3 5 "7%" 0
53.95 5 "34%" 16777215
83.5 5 "25%" 0
11.16 6 "22%" 16777215
27.32 6 "10%" 0
49.09 6 "31%" 16777215
80 6 "31%" 0
14.14 7 "28%" 16777215
31.6 7 "7%" 0
53.08 7 "33%" 16777215
82.53 7 "26%" 0
19.71 8 "39%" 16777215
61.96 8 "41%" 16777215
88.93 8 "13%" 0
6.183 9 "12%" 16777215
25.59 9 "26%" 16777215
42.06 9 "6%" 0
57.63 9 "23%" 16777215
81.27 9 "24%" 0
96.45 9 "6%" 0
10.87 10 "21%" 16777215
25.47 10 "9%" 0
46.33 10 "29%" 16777215
77.42 10 "33%" 0
23.85 11 "48%" 16777215
74.59 11 "50%" 16777215
23.62 12 "47%" 16777215
75.34 12 "49%" 16777215
20.73 13 "41%" 16777215
65.34 13 "44%" 16777215
93.2 13 "12%" 0
24.24 14 "48%" 16777215
70.32 14 "37%" 16777215
92.36 14 "7%" 0
42.64 15 "85%" 16777215
94.17 15 "11%" 16777215
45.89 16 "92%" 16777215
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
  set ytics ("http_json  232 s" 0, "http_base64  15.1 s" 1, "websocket_bytes  9.73 s" 2, "http_shared_memory  7.79 s" 3, "websocket_shared_memory  6.74 s" 4, "mp_listener  7.71 s" 5, "grpc_bytes  10.8 s" 6, "mp_pipe/send  7.91 s" 7, "mp_pipe/send_bytes  5.73 s" 8, "mp_queue  8.04 s" 9, "mp_manager/dict  10.8 s" 10, "mp_array/frombuffer  4.64 s" 11, "shared_memory/reused  4.93 s" 12, "shared_memory/per_message  5.43 s" 13, "zmq_ipc/zerocopy  4.67 s" 14, "fastpath/view  2.57 s" 15, "fastpath/touch  2.44 s" 16) nomirror scale 0
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
