# timeline-38535168: written by scripts/explain.py (ipcfloor/timeline/render.py) from explain.csv; run `gnuplot timeline-38535168.gp` here
# writes timeline-38535168.png and timeline-38535168.svg.  One bar per traced cell, its segments the categories' shares of the cell's traced wall time; data inline below: per category, lines of bar, start, end (shares).
set encoding utf8
# bar 0: http_json  10.2 s
# bar 1: http_base64  510 ms
# bar 2: websocket_bytes  245 ms
# bar 3: http_shared_memory  200 ms
# bar 4: websocket_shared_memory  198 ms
# bar 5: mp_listener  281 ms
# bar 6: grpc_bytes  431 ms
# bar 7: rabbitmq_bytes  350 ms
# bar 8: mp_pipe/send  237 ms
# bar 9: mp_pipe/send_bytes  152 ms
# bar 10: mp_queue  268 ms
# bar 11: mp_manager/dict  406 ms
# bar 12: mp_array/frombuffer  107 ms
# bar 13: shared_memory/reused  150 ms
# bar 14: shared_memory/per_message  179 ms
# bar 15: zmq_ipc/zerocopy  138 ms
# bar 16: fastpath/view  150 ms
# bar 17: fastpath/touch  143 ms
# interpreter
$c0 << EOD
0 0 0.49697
1 0 0.457589
2 0 0.0249465
3 0 0.0351589
4 0 0.0239923
5 0 0.00378049
6 0 0.00394693
7 0 0.112552
8 0 0.00277037
9 0 0.00189367
10 0 0.0947589
11 0 0.0069435
12 0 0.00424937
13 0 0.00219755
14 0 0.00571913
15 0 0.00310116
16 0 0.00190136
17 0 0.00252366
EOD
# float<->text (JSON)
$c1 << EOD
0 0.49697 0.873446
EOD
# numpy
$c2 << EOD
0 0.873446 0.917896
1 0.457589 0.663088
2 0.0249465 0.492782
3 0.0351589 0.717398
4 0.0239923 0.702228
5 0.00378049 0.454882
6 0.00394693 0.343993
7 0.112552 0.462417
8 0.00277037 0.418179
9 0.00189367 0.682443
10 0.0947589 0.459579
11 0.0069435 0.357338
12 0.00424937 0.889981
13 0.00219755 0.899908
14 0.00571913 0.765105
15 0.00310116 0.784594
16 0.00190136 0.903754
17 0.00252366 0.897597
EOD
# libc copies
$c3 << EOD
0 0.917896 0.934363
1 0.663088 0.696323
2 0.492782 0.576366
3 0.717398 0.764425
4 0.702228 0.752337
5 0.454882 0.518225
6 0.343993 0.448739
7 0.462417 0.593963
8 0.418179 0.490644
9 0.682443 0.712786
10 0.459579 0.5335
11 0.357338 0.469421
12 0.889981 0.946225
13 0.899908 0.94742
14 0.765105 0.785833
15 0.784594 0.784764
16 0.903754 0.947501
17 0.897597 0.945737
EOD
# kernel copies
$c4 << EOD
0 0.934363 0.936433
1 0.696323 0.71024
2 0.576366 0.596913
5 0.518225 0.537407
6 0.448739 0.471891
7 0.593963 0.646253
8 0.490644 0.508227
9 0.712786 0.735069
10 0.5335 0.555706
11 0.469421 0.509318
15 0.784764 0.836805
EOD
# page faults: clearing
$c5 << EOD
0 0.936433 0.943215
1 0.71024 0.729141
2 0.596913 0.628423
3 0.764425 0.840438
4 0.752337 0.830152
5 0.537407 0.599456
6 0.471891 0.540974
7 0.646253 0.686939
8 0.508227 0.574591
9 0.735069 0.780864
10 0.555706 0.606382
11 0.509318 0.565654
12 0.946225 0.993435
13 0.94742 0.989123
14 0.785833 0.841622
15 0.836805 0.879998
16 0.947501 0.985639
17 0.945737 0.986376
EOD
# page faults: mapping
$c6 << EOD
0 0.943215 0.992053
1 0.729141 0.969849
2 0.628423 0.960799
3 0.840438 0.979636
4 0.830152 0.97265
5 0.599456 0.963344
6 0.540974 0.948442
7 0.686939 0.915829
8 0.574591 0.955365
9 0.780864 0.980914
10 0.606382 0.94326
11 0.565654 0.960071
12 0.993435 0.997066
13 0.989123 0.996585
14 0.841622 0.989055
15 0.879998 0.974033
16 0.985639 0.996108
17 0.986376 0.995754
EOD
# socket stack
$c7 << EOD
0 0.992053 0.992467
1 0.969849 0.979378
2 0.960799 0.972816
3 0.979636 0.980657
4 0.97265 0.973303
5 0.963344 0.966371
6 0.948442 0.954717
7 0.915829 0.952525
8 0.955365 0.96613
9 0.980914 0.988981
11 0.960071 0.971427
12 0.997066 0.997815
13 0.996585 0.997047
14 0.989055 0.989534
15 0.974033 0.992909
EOD
# mmap/munmap/brk
$c8 << EOD
0 0.992467 0.99871
1 0.979378 0.997693
2 0.972816 0.994621
3 0.980657 0.999411
4 0.973303 0.998767
5 0.966371 0.998493
6 0.954717 0.976773
7 0.952525 0.971504
8 0.96613 0.99903
9 0.988981 0.997513
10 0.94326 0.993973
11 0.971427 0.996599
12 0.997815 0.998541
14 0.989534 0.998876
15 0.992909 0.996829
16 0.996108 0.998351
17 0.995754 0.998255
EOD
# gRPC core
$c9 << EOD
6 0.976773 0.984331
EOD
# Erlang VM
$c10 << EOD
7 0.971504 0.985427
EOD
# other
$c11 << EOD
15 0.996829 0.997114
EOD
# scheduling: wake-up path
$c12 << EOD
0 0.99871 0.999087
1 0.997693 0.997733
2 0.994621 0.994751
3 0.999411 0.99951
4 0.998767 0.998864
5 0.998493 0.998704
6 0.984331 0.989765
7 0.985427 0.985439
8 0.99903 0.999166
9 0.997513 0.99777
10 0.993973 0.994058
11 0.996599 0.996725
12 0.998541 0.998789
13 0.997047 0.997273
14 0.998876 0.999041
15 0.997114 0.99715
16 0.998351 0.998597
17 0.998255 0.998377
EOD
# scheduling: run-queue delay
$c13 << EOD
0 0.999087 0.999131
1 0.997733 0.997796
2 0.994751 0.998633
3 0.99951 0.999633
4 0.998864 0.998895
5 0.998704 0.998805
6 0.989765 0.996984
7 0.985439 0.996044
8 0.999166 0.999347
9 0.99777 0.997987
10 0.994058 0.997323
11 0.996725 0.996763
12 0.998789 0.99886
13 0.997273 0.997348
14 0.999041 0.999086
15 0.99715 0.997227
16 0.998597 0.99865
17 0.998377 0.998584
EOD
# off-cpu: nobody of the cell running
$c14 << EOD
0 0.999131 0.999517
1 0.997796 0.998631
2 0.998633 0.999903
3 0.999633 0.999916
4 0.998895 0.999908
5 0.998805 0.99905
6 0.996984 0.997959
7 0.996044 0.996568
8 0.999347 0.999593
9 0.997987 0.998999
10 0.997323 0.999714
11 0.996763 0.997892
12 0.99886 0.99941
13 0.997348 0.998301
14 0.999086 0.99977
15 0.997227 0.99856
16 0.99865 0.998919
17 0.998584 0.998741
EOD
# scheduling; futex and epoll
$c15 << EOD
1 0.998631 0.999951
5 0.99905 0.999679
6 0.997959 0.999928
7 0.996568 0.999758
11 0.997892 0.999367
12 0.99941 1
15 0.99856 0.999828
17 0.998741 0.999054
EOD
# unattributed
$c16 << EOD
0 0.999517 1
1 0.999951 1
2 0.999903 1
3 0.999916 1
4 0.999908 1
5 0.999679 1
6 0.999928 1
7 0.999758 1
8 0.999593 1
9 0.998999 1
10 0.999714 1
11 0.999367 1
13 0.998301 1
14 0.99977 1
15 0.999828 1
16 0.998919 1
17 0.999054 1
EOD
$labels << EOD
24.85 0 "50%" 16777215
68.52 0 "38%" 16777215
22.88 1 "46%" 16777215
56.03 1 "21%" 16777215
84.95 1 "24%" 0
25.89 2 "47%" 16777215
53.46 2 "8%" 0
79.46 2 "33%" 0
37.63 3 "68%" 16777215
80.24 3 "8%" 16777215
91 3 "14%" 0
36.31 4 "68%" 16777215
79.12 4 "8%" 16777215
90.14 4 "14%" 0
22.93 5 "45%" 16777215
48.66 5 "6%" 0
56.84 5 "6%" 16777215
78.14 5 "36%" 0
17.4 6 "34%" 16777215
39.64 6 "10%" 0
50.64 6 "7%" 16777215
74.47 6 "41%" 0
5.628 7 "11%" 16777215
28.75 7 "35%" 16777215
52.82 7 "13%" 0
80.14 7 "23%" 0
21.05 8 "42%" 16777215
45.44 8 "7%" 0
54.14 8 "7%" 16777215
76.5 8 "38%" 0
34.22 9 "68%" 16777215
88.09 9 "20%" 0
4.738 10 "9%" 16777215
27.72 10 "36%" 16777215
49.65 10 "7%" 0
77.48 10 "34%" 0
18.21 11 "35%" 16777215
41.34 11 "11%" 0
76.29 11 "39%" 0
44.71 12 "89%" 16777215
45.11 13 "90%" 16777215
38.54 14 "76%" 16777215
91.53 14 "15%" 0
39.38 15 "78%" 16777215
92.7 15 "9%" 0
45.28 16 "90%" 16777215
45.01 17 "90%" 16777215
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
  set ytics ("http_json  10.2 s" 0, "http_base64  510 ms" 1, "websocket_bytes  245 ms" 2, "http_shared_memory  200 ms" 3, "websocket_shared_memory  198 ms" 4, "mp_listener  281 ms" 5, "grpc_bytes  431 ms" 6, "rabbitmq_bytes  350 ms" 7, "mp_pipe/send  237 ms" 8, "mp_pipe/send_bytes  152 ms" 9, "mp_queue  268 ms" 10, "mp_manager/dict  406 ms" 11, "mp_array/frombuffer  107 ms" 12, "shared_memory/reused  150 ms" 13, "shared_memory/per_message  179 ms" 14, "zmq_ipc/zerocopy  138 ms" 15, "fastpath/view  150 ms" 16, "fastpath/touch  143 ms" 17) nomirror scale 0
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
       $c11 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#A0A0A0" fs solid 1.0 border lc rgb "#ffffff" notitle, \
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
       NaN with boxes fc rgb "#A0A0A0" fs solid 1.0 border lc rgb "#A0A0A0" title "other", \
       NaN with boxes fc rgb "#404040" fs pattern 4 border lc rgb "#404040" title "scheduling: wake-up path", \
       NaN with boxes fc rgb "#404040" fs pattern 5 border lc rgb "#404040" title "scheduling: run-queue delay", \
       NaN with boxes fc rgb "#404040" fs pattern 1 border lc rgb "#404040" title "off-cpu: nobody of the cell running", \
       NaN with boxes fc rgb "#8C564B" fs solid 1.0 border lc rgb "#8C564B" title "scheduling; futex and epoll", \
       NaN with boxes fc rgb "#000000" fs solid 0.12 border lc rgb "#000000" title "unattributed"
  unset multiplot
  unset output
}
