# timeline-38535168: written by scripts/explain.py (ipcfloor/timeline/render.py) from explain.csv; run `gnuplot timeline-38535168.gp` here
# writes timeline-38535168.png and timeline-38535168.svg.  One bar per traced cell, its segments the categories' shares of the cell's traced wall time; data inline below: per category, lines of bar, start, end (shares).
set encoding utf8
# bar 0: http_json  9.72 s
# bar 1: http_base64  624 ms
# bar 2: websocket_bytes  260 ms
# bar 3: http_shared_memory  213 ms
# bar 4: websocket_shared_memory  214 ms
# bar 5: mp_listener  276 ms
# bar 6: grpc_bytes  399 ms
# bar 7: rabbitmq_bytes  273 ms
# bar 8: mp_pipe/send  227 ms
# bar 9: mp_pipe/send_bytes  138 ms
# bar 10: mp_queue  317 ms
# bar 11: mp_manager/dict  355 ms
# bar 12: mp_array/frombuffer  124 ms
# bar 13: shared_memory/reused  145 ms
# bar 14: shared_memory/per_message  199 ms
# bar 15: zmq_ipc/zerocopy  190 ms
# bar 16: fastpath/view  164 ms
# bar 17: fastpath/touch  163 ms
# interpreter
$c0 << EOD
0 0 0.485698
1 0 0.46376
2 0 0.0267187
3 0 0.0355116
4 0 0.0217164
5 0 0.00738388
6 0 0.0032228
7 0 0.10265
8 0 0.00450046
9 0 0.00545098
10 0 0.0719362
11 0 0.00495689
12 0 0.00217951
13 0 0.00316379
14 0 0.00519658
15 0 0.00285523
16 0 0.00146762
17 0 0.0015962
EOD
# float<->text (JSON)
$c1 << EOD
0 0.485698 0.859756
EOD
# numpy
$c2 << EOD
0 0.859756 0.907492
1 0.46376 0.681776
2 0.0267187 0.560303
3 0.0355116 0.717076
4 0.0217164 0.692517
5 0.00738388 0.482394
6 0.0032228 0.338365
7 0.10265 0.475808
8 0.00450046 0.463687
9 0.00545098 0.660934
10 0.0719362 0.486578
11 0.00495689 0.331986
12 0.00217951 0.875149
13 0.00316379 0.894367
14 0.00519658 0.755338
15 0.00285523 0.78788
16 0.00146762 0.898139
17 0.0015962 0.904609
EOD
# libc copies
$c3 << EOD
0 0.907492 0.923558
1 0.681776 0.716821
2 0.560303 0.622117
3 0.717076 0.767244
4 0.692517 0.739401
5 0.482394 0.546735
6 0.338365 0.432113
7 0.475808 0.600417
8 0.463687 0.573738
9 0.660934 0.717332
10 0.486578 0.552452
11 0.331986 0.454328
12 0.875149 0.932661
13 0.894367 0.94513
14 0.755338 0.776513
15 0.78788 0.788037
16 0.898139 0.944631
17 0.904609 0.951228
EOD
# kernel copies
$c4 << EOD
1 0.716821 0.726356
2 0.622117 0.639299
5 0.546735 0.563612
6 0.432113 0.452439
7 0.600417 0.643015
8 0.573738 0.597901
9 0.717332 0.753153
10 0.552452 0.574497
11 0.454328 0.499677
15 0.788037 0.828745
EOD
# page faults: clearing
$c5 << EOD
0 0.923558 0.929343
1 0.726356 0.762082
2 0.639299 0.669155
3 0.767244 0.844643
4 0.739401 0.836526
5 0.563612 0.608058
6 0.452439 0.52203
7 0.643015 0.676613
8 0.597901 0.636485
9 0.753153 0.797444
10 0.574497 0.631272
11 0.499677 0.549418
12 0.932661 0.991773
13 0.94513 0.990662
14 0.776513 0.836067
15 0.828745 0.88539
16 0.944631 0.986004
17 0.951228 0.993581
EOD
# page faults: mapping
$c6 << EOD
0 0.929343 0.989894
1 0.762082 0.966369
2 0.669155 0.965323
3 0.844643 0.977252
4 0.836526 0.975282
5 0.608058 0.963145
6 0.52203 0.942714
7 0.676613 0.933297
8 0.636485 0.965719
9 0.797444 0.979988
10 0.631272 0.939319
11 0.549418 0.944838
12 0.991773 0.997051
13 0.990662 0.996851
14 0.836067 0.986938
15 0.88539 0.975785
16 0.986004 0.995388
17 0.993581 0.996323
EOD
# socket stack
$c7 << EOD
0 0.989894 0.990291
1 0.966369 0.973049
2 0.965323 0.975385
4 0.975282 0.976545
5 0.963145 0.968335
6 0.942714 0.949842
7 0.933297 0.960965
8 0.965719 0.974403
9 0.979988 0.99523
11 0.944838 0.959765
12 0.997051 0.997594
13 0.996851 0.997119
15 0.975785 0.992954
16 0.995388 0.995523
17 0.996323 0.996647
EOD
# mmap/munmap/brk
$c8 << EOD
0 0.990291 0.998074
1 0.973049 0.998069
2 0.975385 0.995955
3 0.977252 0.995055
4 0.976545 0.997543
5 0.968335 0.997285
6 0.949842 0.975894
7 0.960965 0.979783
8 0.974403 0.998112
9 0.99523 0.997898
10 0.939319 0.995656
11 0.959765 0.995563
13 0.997119 0.997561
14 0.986938 0.997967
15 0.992954 0.993939
16 0.995523 0.99723
17 0.996647 0.998475
EOD
# gRPC core
$c9 << EOD
6 0.975894 0.981644
EOD
# Erlang VM
$c10 << EOD
7 0.979783 0.986995
EOD
# ZeroMQ (libzmq)
$c11 << EOD
15 0.993939 0.995719
EOD
# scheduling: wake-up path
$c12 << EOD
0 0.998074 0.99808
1 0.998069 0.998179
2 0.995955 0.996116
3 0.995055 0.995181
4 0.997543 0.997672
5 0.997285 0.997687
6 0.981644 0.989384
7 0.986995 0.98701
8 0.998112 0.9984
9 0.997898 0.998263
10 0.995656 0.995949
11 0.995563 0.996749
12 0.997594 0.997927
13 0.997561 0.998028
14 0.997967 0.998232
15 0.995719 0.995755
16 0.99723 0.997404
17 0.998475 0.998638
EOD
# scheduling: run-queue delay
$c13 << EOD
0 0.99808 0.998449
1 0.998179 0.998289
2 0.996116 0.997304
3 0.995181 0.995223
4 0.997672 0.997757
5 0.997687 0.997902
6 0.989384 0.996962
7 0.98701 0.998443
8 0.9984 0.998932
9 0.998263 0.998646
10 0.995949 0.997309
11 0.996749 0.997404
12 0.997927 0.998018
13 0.998028 0.998314
14 0.998232 0.99838
15 0.995755 0.995768
16 0.997404 0.997453
17 0.998638 0.998824
EOD
# off-cpu: nobody of the cell running
$c14 << EOD
0 0.998449 0.999285
1 0.998289 0.99965
2 0.997304 0.998894
3 0.995223 0.999145
4 0.997757 0.998942
5 0.997902 0.998754
6 0.996962 0.999091
7 0.998443 0.999168
8 0.998932 0.999458
9 0.998646 0.999468
10 0.997309 0.999142
11 0.997404 0.998812
12 0.998018 0.998382
13 0.998314 0.99886
14 0.99838 0.999186
15 0.995768 0.997788
16 0.997453 0.99902
17 0.998824 0.999073
EOD
# scheduling; futex and epoll
$c15 << EOD
1 0.99965 0.999947
2 0.998894 0.999735
3 0.999145 0.999719
5 0.998754 0.99962
6 0.999091 0.999939
7 0.999168 0.999802
8 0.999458 0.999906
9 0.999468 0.99985
10 0.999142 0.999781
11 0.998812 0.999655
13 0.99886 0.999302
15 0.997788 0.999413
16 0.99902 0.999446
17 0.999073 0.99964
EOD
# unattributed
$c16 << EOD
0 0.999285 1
1 0.999947 1
2 0.999735 1
3 0.999719 1
4 0.998942 1
5 0.99962 1
6 0.999939 1
7 0.999802 1
8 0.999906 1
9 0.99985 1
10 0.999781 1
11 0.999655 1
12 0.998382 1
13 0.999302 1
14 0.999186 1
15 0.999413 1
16 0.999446 1
17 0.99964 1
EOD
$labels << EOD
24.28 0 "49%" 16777215
67.27 0 "37%" 16777215
95.96 0 "6%" 0
23.19 1 "46%" 16777215
57.28 1 "22%" 16777215
86.42 1 "20%" 0
29.35 2 "53%" 16777215
59.12 2 "6%" 0
81.72 2 "30%" 0
37.63 3 "68%" 16777215
80.59 3 "8%" 16777215
91.09 3 "13%" 0
35.71 4 "67%" 16777215
78.8 4 "10%" 16777215
90.59 4 "14%" 0
24.49 5 "48%" 16777215
51.46 5 "6%" 0
78.56 5 "36%" 0
17.08 6 "34%" 16777215
38.52 6 "9%" 0
48.72 6 "7%" 16777215
73.24 6 "42%" 0
5.132 7 "10%" 16777215
28.92 7 "37%" 16777215
53.81 7 "12%" 0
80.5 7 "26%" 0
23.41 8 "46%" 16777215
51.87 8 "11%" 0
80.11 8 "33%" 0
33.32 9 "66%" 16777215
88.87 9 "18%" 0
3.597 10 "7%" 16777215
27.93 10 "41%" 16777215
51.95 10 "7%" 0
78.53 10 "31%" 0
16.85 11 "33%" 16777215
39.32 11 "12%" 0
74.71 11 "40%" 0
43.87 12 "87%" 16777215
44.88 13 "89%" 16777215
38.03 14 "75%" 16777215
91.15 14 "15%" 0
39.54 15 "79%" 16777215
93.06 15 "9%" 0
44.98 16 "90%" 16777215
45.31 17 "90%" 16777215
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
  set xrange [0:100]
  set yrange [17.5:-0.5]
  set xtics 0,10,100 format "%g%%" nomirror
  set ytics ("http_json  9.72 s" 0, "http_base64  624 ms" 1, "websocket_bytes  260 ms" 2, "http_shared_memory  213 ms" 3, "websocket_shared_memory  214 ms" 4, "mp_listener  276 ms" 5, "grpc_bytes  399 ms" 6, "rabbitmq_bytes  273 ms" 7, "mp_pipe/send  227 ms" 8, "mp_pipe/send_bytes  138 ms" 9, "mp_queue  317 ms" 10, "mp_manager/dict  355 ms" 11, "mp_array/frombuffer  124 ms" 12, "shared_memory/reused  145 ms" 13, "shared_memory/per_message  199 ms" 14, "zmq_ipc/zerocopy  190 ms" 15, "fastpath/view  164 ms" 16, "fastpath/touch  163 ms" 17) nomirror scale 0
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
