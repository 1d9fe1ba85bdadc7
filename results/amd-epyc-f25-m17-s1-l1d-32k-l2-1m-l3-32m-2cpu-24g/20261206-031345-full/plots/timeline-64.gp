# timeline-64: written by scripts/explain.py (ipcfloor/timeline/render.py) from explain.csv; run `gnuplot timeline-64.gp` here
# writes timeline-64.png and timeline-64.svg.  One bar per traced cell, its segments the categories' shares of the cell's traced wall time; data inline below: per category, lines of bar, start, end (shares).
set encoding utf8
# bar 0: http_json  1.21 ms
# bar 1: http_base64  915 µs
# bar 2: websocket_bytes  137 µs
# bar 3: http_shared_memory  1.2 ms
# bar 4: websocket_shared_memory  385 µs
# bar 5: mp_listener  105 µs
# bar 6: grpc_bytes  469 µs
# bar 7: rabbitmq_bytes  492 µs
# bar 8: mp_pipe/send  117 µs
# bar 9: mp_pipe/send_bytes  59.2 µs
# bar 10: mp_queue  150 µs
# bar 11: mp_manager/dict  279 µs
# bar 12: mp_array/frombuffer  81.1 µs
# bar 13: shared_memory/reused  81.7 µs
# bar 14: shared_memory/per_message  253 µs
# bar 15: zmq_ipc/zerocopy  158 µs
# bar 16: fastpath/view  67.9 µs
# bar 17: fastpath/touch  60.7 µs
# interpreter
$c0 << EOD
0 0 0.838862
1 0 0.820494
2 0 0.479118
3 0 0.788443
4 0 0.511602
5 0 0.318644
6 0 0.286997
7 0 0.446265
8 0 0.265432
9 0 0.225728
10 0 0.429694
11 0 0.247683
12 0 0.216825
13 0 0.211378
14 0 0.387095
15 0 0.200672
16 0 0.203961
17 0 0.220043
EOD
# float<->text (JSON)
$c1 << EOD
0 0.838862 0.847533
3 0.788443 0.790114
EOD
# numpy
$c2 << EOD
0 0.847533 0.855098
1 0.820494 0.829826
2 0.479118 0.511862
3 0.790114 0.80484
4 0.511602 0.546328
5 0.318644 0.400943
6 0.286997 0.308225
7 0.446265 0.46118
8 0.265432 0.320867
9 0.225728 0.245321
10 0.429694 0.506243
11 0.247683 0.285542
12 0.216825 0.241964
13 0.211378 0.233173
14 0.387095 0.407978
15 0.200672 0.242813
16 0.203961 0.288054
17 0.220043 0.304861
EOD
# libc copies
$c3 << EOD
0 0.855098 0.860907
1 0.829826 0.833979
3 0.80484 0.811374
4 0.546328 0.550887
5 0.400943 0.402066
6 0.308225 0.312268
7 0.46118 0.465968
8 0.320867 0.321875
10 0.506243 0.507988
13 0.233173 0.235068
14 0.407978 0.408842
15 0.242813 0.243915
17 0.304861 0.308792
EOD
# kernel copies
$c4 << EOD
1 0.833979 0.834932
2 0.511862 0.512682
4 0.550887 0.554252
5 0.402066 0.403872
6 0.312268 0.313147
7 0.465968 0.469921
8 0.321875 0.32451
9 0.245321 0.24886
10 0.507988 0.511479
11 0.285542 0.292397
12 0.241964 0.249947
13 0.235068 0.237881
14 0.408842 0.413342
15 0.243915 0.246119
16 0.288054 0.290072
17 0.308792 0.310405
EOD
# page faults: clearing
$c5 << EOD
4 0.554252 0.554878
5 0.403872 0.40567
14 0.413342 0.415596
EOD
# page faults: mapping
$c6 << EOD
2 0.512682 0.513487
3 0.811374 0.819831
4 0.554878 0.579605
5 0.40567 0.406569
6 0.313147 0.313955
7 0.469921 0.470797
8 0.32451 0.327295
9 0.24886 0.250788
10 0.511479 0.513496
11 0.292397 0.293256
12 0.249947 0.25123
13 0.237881 0.24045
14 0.415596 0.44364
17 0.310405 0.312196
EOD
# socket stack
$c7 << EOD
0 0.860907 0.917085
1 0.834932 0.894365
2 0.513487 0.721127
3 0.819831 0.87238
4 0.579605 0.692997
5 0.406569 0.637335
6 0.313955 0.416291
7 0.470797 0.662197
8 0.327295 0.53147
9 0.250788 0.557918
11 0.293256 0.534917
12 0.25123 0.481779
13 0.24045 0.432643
14 0.44364 0.558266
15 0.246119 0.380057
16 0.290072 0.514413
17 0.312196 0.535137
EOD
# mmap/munmap/brk
$c8 << EOD
3 0.87238 0.898939
4 0.692997 0.763271
14 0.558266 0.631078
EOD
# gRPC core
$c9 << EOD
6 0.416291 0.727961
EOD
# Erlang VM
$c10 << EOD
7 0.662197 0.808613
EOD
# ZeroMQ (libzmq)
$c11 << EOD
15 0.380057 0.554185
EOD
# scheduling: wake-up path
$c12 << EOD
0 0.917085 0.942601
1 0.894365 0.921149
2 0.721127 0.864497
3 0.898939 0.92105
4 0.763271 0.82703
5 0.637335 0.815858
6 0.727961 0.761122
7 0.808613 0.850721
8 0.53147 0.80869
9 0.557918 0.797367
10 0.513496 0.599836
11 0.534917 0.619223
12 0.481779 0.799588
13 0.432643 0.734122
14 0.631078 0.788854
15 0.554185 0.579026
16 0.514413 0.722929
17 0.535137 0.742903
EOD
# scheduling: run-queue delay
$c13 << EOD
0 0.942601 0.957561
1 0.921149 0.936268
2 0.864497 0.901657
3 0.92105 0.949675
4 0.82703 0.886941
5 0.815858 0.85994
6 0.761122 0.817447
7 0.850721 0.899907
8 0.80869 0.88508
9 0.797367 0.872289
10 0.599836 0.698803
11 0.619223 0.874155
12 0.799588 0.8901
13 0.734122 0.800842
14 0.788854 0.853275
15 0.579026 0.728712
16 0.722929 0.809984
17 0.742903 0.838793
EOD
# off-cpu: nobody of the cell running
$c14 << EOD
0 0.957561 0.963308
1 0.936268 0.961228
2 0.901657 0.954116
3 0.949675 0.963397
4 0.886941 0.947654
5 0.85994 0.953076
6 0.817447 0.85234
7 0.899907 0.917727
8 0.88508 0.943976
9 0.872289 0.944507
10 0.698803 0.75244
11 0.874155 0.937969
12 0.8901 0.944634
13 0.800842 0.958743
14 0.853275 0.946825
15 0.728712 0.816909
16 0.809984 0.953387
17 0.838793 0.932854
EOD
# scheduling; futex and epoll
$c15 << EOD
0 0.963308 0.997957
1 0.961228 0.999959
2 0.954116 1
3 0.963397 1
4 0.947654 0.999907
5 0.953076 0.999961
6 0.85234 0.99994
7 0.917727 0.999639
8 0.943976 1
9 0.944507 0.999916
10 0.75244 0.999968
11 0.937969 0.999929
12 0.944634 1
13 0.958743 0.999879
14 0.946825 1
15 0.816909 0.999797
16 0.953387 0.999853
17 0.932854 0.999903
EOD
# unattributed
$c16 << EOD
0 0.997957 1
1 0.999959 1
4 0.999907 1
5 0.999961 1
6 0.99994 1
7 0.999639 1
9 0.999916 1
10 0.999968 1
11 0.999929 1
13 0.999879 1
15 0.999797 1
16 0.999853 1
17 0.999903 1
EOD
$labels << EOD
41.94 0 "84%" 16777215
41.02 1 "82%" 16777215
23.96 2 "48%" 16777215
61.73 2 "21%" 16777215
39.42 3 "79%" 16777215
25.58 4 "51%" 16777215
63.63 4 "11%" 16777215
72.81 4 "7%" 0
15.93 5 "32%" 16777215
35.98 5 "8%" 16777215
52.2 5 "23%" 16777215
14.35 6 "29%" 16777215
36.51 6 "10%" 16777215
57.21 6 "31%" 0
92.61 6 "15%" 16777215
22.31 7 "45%" 16777215
56.65 7 "19%" 16777215
73.54 7 "15%" 16777215
95.87 7 "8%" 16777215
13.27 8 "27%" 16777215
42.94 8 "20%" 16777215
11.29 9 "23%" 16777215
40.44 9 "31%" 16777215
21.48 10 "43%" 16777215
46.8 10 "8%" 16777215
87.62 10 "25%" 16777215
12.38 11 "25%" 16777215
41.41 11 "24%" 16777215
96.89 11 "6%" 16777215
10.84 12 "22%" 16777215
36.65 12 "23%" 16777215
10.57 13 "21%" 16777215
33.65 13 "19%" 16777215
19.35 14 "39%" 16777215
50.1 14 "11%" 16777215
59.47 14 "7%" 0
10.03 15 "20%" 16777215
31.31 15 "13%" 16777215
46.71 15 "17%" 16777215
90.84 15 "18%" 16777215
10.2 16 "20%" 16777215
24.6 16 "8%" 16777215
40.22 16 "22%" 16777215
11 17 "22%" 16777215
26.25 17 "8%" 16777215
42.37 17 "22%" 16777215
96.64 17 "7%" 16777215
EOD
$boxed << EOD
79.28 2 "14%" 0
79.52 4 "6%" 0
91.73 4 "6%" 0
72.66 5 "18%" 0
90.65 5 "9%" 0
67.01 8 "28%" 0
84.69 8 "8%" 0
67.76 9 "24%" 0
83.48 9 "7%" 0
90.84 9 "7%" 0
55.67 10 "9%" 0
64.93 10 "10%" 0
57.71 11 "8%" 0
74.67 11 "25%" 0
90.61 11 "6%" 0
64.07 12 "32%" 0
84.48 12 "9%" 0
58.34 13 "30%" 0
76.75 13 "7%" 0
87.98 13 "16%" 0
71 14 "16%" 0
82.11 14 "6%" 0
90.01 14 "9%" 0
65.39 15 "15%" 0
77.28 15 "9%" 0
61.87 16 "21%" 0
76.65 16 "9%" 0
88.17 16 "14%" 0
63.9 17 "21%" 0
79.08 17 "10%" 0
88.58 17 "9%" 0
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
  set xrange [0:100]
  set yrange [17.5:-0.5]
  set xtics 0,10,100 format "%g%%" nomirror
  set ytics ("http_json  1.21 ms" 0, "http_base64  915 µs" 1, "websocket_bytes  137 µs" 2, "http_shared_memory  1.2 ms" 3, "websocket_shared_memory  385 µs" 4, "mp_listener  105 µs" 5, "grpc_bytes  469 µs" 6, "rabbitmq_bytes  492 µs" 7, "mp_pipe/send  117 µs" 8, "mp_pipe/send_bytes  59.2 µs" 9, "mp_queue  150 µs" 10, "mp_manager/dict  279 µs" 11, "mp_array/frombuffer  81.1 µs" 12, "shared_memory/reused  81.7 µs" 13, "shared_memory/per_message  253 µs" 14, "zmq_ipc/zerocopy  158 µs" 15, "fastpath/view  67.9 µs" 16, "fastpath/touch  60.7 µs" 17) nomirror scale 0
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
