# timeline-64: written by scripts/explain.py (ipcfloor/timeline/render.py) from explain.csv; run `gnuplot timeline-64.gp` here
# writes timeline-64.png and timeline-64.svg.  One bar per traced cell, its segments the categories' shares of the cell's traced wall time; data inline below: per category, lines of bar, start, end (shares).
set encoding utf8
# bar 0: http_json  976 µs
# bar 1: http_base64  861 µs
# bar 2: websocket_bytes  127 µs
# bar 3: http_shared_memory  1.19 ms
# bar 4: websocket_shared_memory  390 µs
# bar 5: mp_listener  106 µs
# bar 6: grpc_bytes  393 µs
# bar 7: rabbitmq_bytes  581 µs
# bar 8: mp_pipe/send  97.5 µs
# bar 9: mp_pipe/send_bytes  70.5 µs
# bar 10: mp_queue  141 µs
# bar 11: mp_manager/dict  262 µs
# bar 12: mp_array/frombuffer  82.6 µs
# bar 13: shared_memory/reused  76.1 µs
# bar 14: shared_memory/per_message  275 µs
# bar 15: zmq_ipc/zerocopy  134 µs
# bar 16: fastpath/view  59.8 µs
# bar 17: fastpath/touch  62.3 µs
# interpreter
$c0 << EOD
0 0 0.830742
1 0 0.812431
2 0 0.4562
3 0 0.78717
4 0 0.498795
5 0 0.335655
6 0 0.26338
7 0 0.406524
8 0 0.248473
9 0 0.213432
10 0 0.420602
11 0 0.296151
12 0 0.237372
13 0 0.242112
14 0 0.392089
15 0 0.183037
16 0 0.247887
17 0 0.218655
EOD
# float<->text (JSON)
$c1 << EOD
0 0.830742 0.842666
EOD
# numpy
$c2 << EOD
0 0.842666 0.853634
1 0.812431 0.82441
2 0.4562 0.49598
3 0.78717 0.793863
4 0.498795 0.531062
5 0.335655 0.414137
6 0.26338 0.284645
7 0.406524 0.428247
8 0.248473 0.304856
9 0.213432 0.239085
10 0.420602 0.497873
11 0.296151 0.359956
12 0.237372 0.263253
13 0.242112 0.26016
14 0.392089 0.411692
15 0.183037 0.222815
16 0.247887 0.303268
17 0.218655 0.325515
EOD
# libc copies
$c3 << EOD
0 0.853634 0.856008
1 0.82441 0.826164
2 0.49598 0.497846
3 0.793863 0.797333
4 0.531062 0.534144
5 0.414137 0.416884
6 0.284645 0.28659
7 0.428247 0.436018
8 0.304856 0.305609
10 0.497873 0.50026
11 0.359956 0.362165
12 0.263253 0.264166
13 0.26016 0.261609
14 0.411692 0.4129
16 0.303268 0.309068
17 0.325515 0.334068
EOD
# kernel copies
$c4 << EOD
2 0.497846 0.500713
3 0.797333 0.798993
4 0.534144 0.5381
5 0.416884 0.421359
6 0.28659 0.28795
8 0.305609 0.307092
9 0.239085 0.241347
10 0.50026 0.502819
11 0.362165 0.368634
12 0.264166 0.269173
13 0.261609 0.266293
14 0.4129 0.417546
15 0.222815 0.230483
16 0.309068 0.314162
17 0.334068 0.338302
EOD
# page faults: clearing
$c5 << EOD
4 0.5381 0.539647
14 0.417546 0.419156
EOD
# page faults: mapping
$c6 << EOD
2 0.500713 0.502387
3 0.798993 0.808708
4 0.539647 0.568008
5 0.421359 0.423245
6 0.28795 0.289005
9 0.241347 0.242497
13 0.266293 0.267655
14 0.419156 0.436105
15 0.230483 0.232257
16 0.314162 0.319836
EOD
# socket stack
$c7 << EOD
0 0.856008 0.911568
1 0.826164 0.904411
2 0.502387 0.732393
3 0.808708 0.862947
4 0.568008 0.676162
5 0.423245 0.66959
6 0.289005 0.393614
7 0.436018 0.612485
8 0.307092 0.540701
9 0.242497 0.545137
11 0.368634 0.565745
12 0.269173 0.496163
13 0.267655 0.484822
14 0.436105 0.558275
15 0.232257 0.330101
16 0.319836 0.526157
17 0.338302 0.524081
EOD
# mmap/munmap/brk
$c8 << EOD
3 0.862947 0.892132
4 0.676162 0.741717
14 0.558275 0.63518
EOD
# gRPC core
$c9 << EOD
6 0.393614 0.672683
EOD
# Erlang VM
$c10 << EOD
7 0.612485 0.772064
EOD
# ZeroMQ (libzmq)
$c11 << EOD
15 0.330101 0.536411
EOD
# scheduling: wake-up path
$c12 << EOD
0 0.911568 0.93756
1 0.904411 0.950477
2 0.732393 0.87683
3 0.892132 0.911553
4 0.741717 0.805303
5 0.66959 0.842369
6 0.672683 0.720566
7 0.772064 0.810841
8 0.540701 0.821782
9 0.545137 0.801908
10 0.502819 0.588894
11 0.565745 0.755004
12 0.496163 0.797961
13 0.484822 0.78254
14 0.63518 0.778757
15 0.536411 0.565102
16 0.526157 0.736382
17 0.524081 0.726327
EOD
# scheduling: run-queue delay
$c13 << EOD
0 0.93756 0.954629
1 0.950477 0.96389
2 0.87683 0.904333
3 0.911553 0.938327
4 0.805303 0.865023
5 0.842369 0.89005
6 0.720566 0.772866
7 0.810841 0.862599
8 0.821782 0.899559
9 0.801908 0.889548
10 0.588894 0.699023
11 0.755004 0.873461
12 0.797961 0.886603
13 0.78254 0.887099
14 0.778757 0.842697
15 0.565102 0.714994
16 0.736382 0.827842
17 0.726327 0.824813
EOD
# off-cpu: nobody of the cell running
$c14 << EOD
0 0.954629 0.964296
1 0.96389 0.965101
2 0.904333 0.955064
3 0.938327 0.950191
4 0.865023 0.934985
5 0.89005 0.95317
6 0.772866 0.826147
7 0.862599 0.895686
8 0.899559 0.951166
9 0.889548 0.95303
10 0.699023 0.740359
11 0.873461 0.911114
12 0.886603 0.939234
13 0.887099 0.922616
14 0.842697 0.9425
15 0.714994 0.809553
16 0.827842 0.939572
17 0.824813 0.918689
EOD
# scheduling; futex and epoll
$c15 << EOD
0 0.964296 1
1 0.965101 0.999959
2 0.955064 1
3 0.950191 0.99996
4 0.934985 0.999934
5 0.95317 0.999951
6 0.826147 0.999954
7 0.895686 1
8 0.951166 1
9 0.95303 1
10 0.740359 0.99996
11 0.911114 0.999922
12 0.939234 1
13 0.922616 0.999814
14 0.9425 0.999964
15 0.809553 0.999816
16 0.939572 0.999882
17 0.918689 0.999934
EOD
# unattributed
$c16 << EOD
1 0.999959 1
3 0.99996 1
4 0.999934 1
5 0.999951 1
6 0.999954 1
10 0.99996 1
11 0.999922 1
13 0.999814 1
14 0.999964 1
15 0.999816 1
16 0.999882 1
17 0.999934 1
EOD
$labels << EOD
41.54 0 "83%" 16777215
40.62 1 "81%" 16777215
86.53 1 "8%" 16777215
22.81 2 "46%" 16777215
61.74 2 "23%" 16777215
39.36 3 "79%" 16777215
24.94 4 "50%" 16777215
62.21 4 "11%" 16777215
70.89 4 "7%" 0
96.75 4 "6%" 16777215
16.78 5 "34%" 16777215
37.49 5 "8%" 16777215
54.64 5 "25%" 16777215
13.17 6 "26%" 16777215
34.13 6 "10%" 16777215
53.31 6 "28%" 0
91.31 6 "17%" 16777215
20.33 7 "41%" 16777215
52.43 7 "18%" 16777215
69.23 7 "16%" 16777215
94.78 7 "10%" 16777215
12.42 8 "25%" 16777215
42.39 8 "23%" 16777215
10.67 9 "21%" 16777215
39.38 9 "30%" 16777215
21.03 10 "42%" 16777215
45.92 10 "8%" 16777215
87.02 10 "26%" 16777215
14.81 11 "30%" 16777215
32.81 11 "6%" 16777215
46.72 11 "20%" 16777215
95.55 11 "9%" 16777215
11.87 12 "24%" 16777215
38.27 12 "23%" 16777215
96.96 12 "6%" 16777215
12.11 13 "24%" 16777215
37.62 13 "22%" 16777215
96.12 13 "8%" 16777215
19.6 14 "39%" 16777215
49.72 14 "12%" 16777215
59.67 14 "8%" 0
9.152 15 "18%" 16777215
28.12 15 "10%" 16777215
43.33 15 "21%" 16777215
90.47 15 "19%" 16777215
12.39 16 "25%" 16777215
42.3 16 "21%" 16777215
96.97 16 "6%" 16777215
10.93 17 "22%" 16777215
27.21 17 "11%" 16777215
43.12 17 "19%" 16777215
95.93 17 "8%" 16777215
EOD
$boxed << EOD
80.46 2 "14%" 0
77.35 4 "6%" 0
90 4 "7%" 0
75.6 5 "17%" 0
92.16 5 "6%" 0
68.12 8 "28%" 0
86.07 8 "8%" 0
67.35 9 "26%" 0
84.57 9 "9%" 0
92.13 9 "6%" 0
54.59 10 "9%" 0
64.4 10 "11%" 0
66.04 11 "19%" 0
81.42 11 "12%" 0
64.71 12 "30%" 0
84.23 12 "9%" 0
63.37 13 "30%" 0
83.48 13 "10%" 0
70.7 14 "14%" 0
81.07 14 "6%" 0
89.26 14 "10%" 0
64 15 "15%" 0
76.23 15 "9%" 0
63.13 16 "21%" 0
78.21 16 "9%" 0
88.37 16 "11%" 0
62.52 17 "20%" 0
77.56 17 "10%" 0
87.18 17 "9%" 0
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
  set ytics ("http_json  976 µs" 0, "http_base64  861 µs" 1, "websocket_bytes  127 µs" 2, "http_shared_memory  1.19 ms" 3, "websocket_shared_memory  390 µs" 4, "mp_listener  106 µs" 5, "grpc_bytes  393 µs" 6, "rabbitmq_bytes  581 µs" 7, "mp_pipe/send  97.5 µs" 8, "mp_pipe/send_bytes  70.5 µs" 9, "mp_queue  141 µs" 10, "mp_manager/dict  262 µs" 11, "mp_array/frombuffer  82.6 µs" 12, "shared_memory/reused  76.1 µs" 13, "shared_memory/per_message  275 µs" 14, "zmq_ipc/zerocopy  134 µs" 15, "fastpath/view  59.8 µs" 16, "fastpath/touch  62.3 µs" 17) nomirror scale 0
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
