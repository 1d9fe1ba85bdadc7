# timeline-64: written by scripts/explain.py (ipcfloor/timeline/render.py) from explain.csv; run `gnuplot timeline-64.gp` here
# writes timeline-64.png and timeline-64.svg.  One bar per traced cell, its segments the categories' shares of the cell's traced wall time; data inline below: per category, lines of bar, start, end (shares).
set encoding utf8
# bar 0: http_json  1.29 ms
# bar 1: http_base64  2.42 ms
# bar 2: websocket_bytes  99 µs
# bar 3: http_shared_memory  2.61 ms
# bar 4: websocket_shared_memory  381 µs
# bar 5: mp_listener  94.2 µs
# bar 6: grpc_bytes  678 µs
# bar 7: rabbitmq_bytes  942 µs
# bar 8: mp_pipe/send  88.3 µs
# bar 9: mp_pipe/send_bytes  58 µs
# bar 10: mp_queue  144 µs
# bar 11: mp_manager/dict  291 µs
# bar 12: mp_array/frombuffer  69.2 µs
# bar 13: shared_memory/reused  48.8 µs
# bar 14: shared_memory/per_message  180 µs
# bar 15: zmq_ipc/zerocopy  115 µs
# bar 16: fastpath/view  43.6 µs
# bar 17: fastpath/touch  42.1 µs
# interpreter
$c0 << EOD
0 0 0.902067
1 0 0.916418
2 0 0.569629
3 0 0.888021
4 0 0.766684
5 0 0.41806
6 0 0.439514
7 0 0.669904
8 0 0.519689
9 0 0.431041
10 0 0.556493
11 0 0.58623
12 0 0.456888
13 0 0.385525
14 0 0.587161
15 0 0.230233
16 0 0.37711
17 0 0.347826
EOD
# float<->text (JSON)
$c1 << EOD
0 0.902067 0.921934
3 0.888021 0.889022
EOD
# numpy
$c2 << EOD
0 0.921934 0.933804
1 0.916418 0.922968
2 0.569629 0.599431
3 0.889022 0.90834
4 0.766684 0.805153
5 0.41806 0.508109
6 0.439514 0.469333
7 0.669904 0.695378
8 0.519689 0.605916
9 0.431041 0.471627
10 0.556493 0.658028
11 0.58623 0.670259
12 0.456888 0.508714
13 0.385525 0.417853
14 0.587161 0.625987
15 0.230233 0.274749
16 0.37711 0.429899
17 0.347826 0.466164
EOD
# libc copies
$c3 << EOD
0 0.933804 0.937385
1 0.922968 0.931309
2 0.599431 0.604039
3 0.90834 0.915957
4 0.805153 0.811228
5 0.508109 0.511149
6 0.469333 0.471561
7 0.695378 0.701468
8 0.605916 0.610641
9 0.471627 0.473448
10 0.658028 0.662776
11 0.670259 0.673551
12 0.508714 0.512012
13 0.417853 0.421311
14 0.625987 0.630118
15 0.274749 0.278583
16 0.429899 0.430298
17 0.466164 0.468762
EOD
# kernel copies
$c4 << EOD
2 0.604039 0.607634
3 0.915957 0.917918
4 0.811228 0.814252
5 0.511149 0.522112
6 0.471561 0.473719
7 0.701468 0.705194
8 0.610641 0.613829
9 0.473448 0.479762
10 0.662776 0.667426
11 0.673551 0.681436
12 0.512012 0.518952
13 0.421311 0.423015
14 0.630118 0.635841
15 0.278583 0.284256
16 0.430298 0.437376
17 0.468762 0.473401
EOD
# page faults: clearing
$c5 << EOD
4 0.814252 0.81539
14 0.635841 0.636868
EOD
# page faults: mapping
$c6 << EOD
3 0.917918 0.924477
4 0.81539 0.838525
7 0.705194 0.705855
8 0.613829 0.614889
9 0.479762 0.480223
12 0.518952 0.519749
13 0.423015 0.423289
14 0.636868 0.653814
16 0.437376 0.438561
17 0.473401 0.474626
EOD
# socket stack
$c7 << EOD
0 0.937385 0.97657
1 0.931309 0.971326
2 0.607634 0.691171
3 0.924477 0.959833
4 0.838525 0.8927
5 0.522112 0.671125
6 0.473719 0.515724
7 0.705855 0.797566
8 0.614889 0.704053
9 0.480223 0.601197
11 0.681436 0.77657
12 0.519749 0.63807
13 0.423289 0.534742
14 0.653814 0.712327
15 0.284256 0.357757
16 0.438561 0.559908
17 0.474626 0.585817
EOD
# mmap/munmap/brk
$c8 << EOD
3 0.959833 0.980474
4 0.8927 0.947078
7 0.797566 0.799224
14 0.712327 0.763963
EOD
# gRPC core
$c9 << EOD
6 0.515724 0.889987
EOD
# Erlang VM
$c10 << EOD
7 0.799224 0.93791
EOD
# ZeroMQ (libzmq)
$c11 << EOD
15 0.357757 0.553457
EOD
# scheduling: wake-up path
$c12 << EOD
0 0.97657 0.979855
1 0.971326 0.974587
2 0.691171 0.811903
3 0.980474 0.9835
4 0.947078 0.955603
5 0.671125 0.729103
6 0.889987 0.895204
7 0.93791 0.940036
8 0.704053 0.794787
9 0.601197 0.782543
10 0.667426 0.706811
11 0.77657 0.851571
12 0.63807 0.781489
13 0.534742 0.678384
14 0.763963 0.810982
15 0.553457 0.647393
16 0.559908 0.669768
17 0.585817 0.730587
EOD
# scheduling: run-queue delay
$c13 << EOD
0 0.979855 0.980712
1 0.974587 0.975655
2 0.811903 0.821286
3 0.9835 0.98839
4 0.955603 0.973232
5 0.729103 0.751487
6 0.895204 0.901471
7 0.940036 0.960072
8 0.794787 0.838725
9 0.782543 0.82981
10 0.706811 0.721744
11 0.851571 0.865402
12 0.781489 0.836328
13 0.678384 0.723787
14 0.810982 0.951332
15 0.647393 0.658279
16 0.669768 0.714637
17 0.730587 0.756565
EOD
# off-cpu: nobody of the cell running
$c14 << EOD
0 0.980712 0.981845
2 0.821286 0.959146
3 0.98839 0.989291
4 0.973232 0.982139
5 0.751487 0.964389
6 0.901471 0.936441
7 0.960072 0.965879
8 0.838725 0.977352
9 0.82981 0.964494
10 0.721744 0.931388
11 0.865402 0.974585
12 0.836328 0.96522
13 0.723787 0.955751
14 0.951332 0.966238
15 0.658279 0.885539
16 0.714637 0.952384
17 0.756565 0.975627
EOD
# scheduling; futex and epoll
$c15 << EOD
0 0.981845 1
1 0.975655 0.994691
2 0.959146 1
3 0.989291 1
4 0.982139 1
5 0.964389 1
6 0.936441 1
7 0.965879 1
8 0.977352 0.999717
9 0.964494 1
10 0.931388 0.999082
11 0.974585 1
12 0.96522 1
13 0.955751 0.999513
14 0.966238 1
15 0.885539 0.999292
16 0.952384 0.999733
17 0.975627 1
EOD
# unattributed
$c16 << EOD
1 0.994691 1
8 0.999717 1
10 0.999082 1
13 0.999513 1
15 0.999292 1
16 0.999733 1
EOD
$labels << EOD
45.1 0 "90%" 16777215
45.82 1 "92%" 16777215
28.48 2 "57%" 16777215
64.94 2 "8%" 16777215
44.4 3 "89%" 16777215
38.33 4 "77%" 16777215
20.9 5 "42%" 16777215
46.31 5 "9%" 16777215
59.66 5 "15%" 16777215
21.98 6 "44%" 16777215
70.29 6 "37%" 0
96.82 6 "6%" 16777215
33.5 7 "67%" 16777215
75.17 7 "9%" 16777215
86.86 7 "14%" 16777215
25.98 8 "52%" 16777215
56.28 8 "9%" 16777215
65.95 8 "9%" 16777215
21.55 9 "43%" 16777215
54.07 9 "12%" 16777215
27.82 10 "56%" 16777215
60.73 10 "10%" 16777215
96.52 10 "7%" 16777215
29.31 11 "59%" 16777215
62.82 11 "8%" 16777215
72.9 11 "10%" 16777215
22.84 12 "46%" 16777215
57.89 12 "12%" 16777215
19.28 13 "39%" 16777215
47.9 13 "11%" 16777215
29.36 14 "59%" 16777215
11.51 15 "23%" 16777215
32.1 15 "7%" 16777215
45.56 15 "20%" 16777215
94.24 15 "11%" 16777215
18.86 16 "38%" 16777215
49.92 16 "12%" 16777215
17.39 17 "35%" 16777215
40.7 17 "12%" 16777215
53.02 17 "11%" 16777215
EOD
$boxed << EOD
75.15 2 "12%" 0
89.02 2 "14%" 0
85.79 5 "21%" 0
74.94 8 "9%" 0
90.8 8 "14%" 0
69.19 9 "18%" 0
89.72 9 "13%" 0
82.66 10 "21%" 0
81.41 11 "8%" 0
92 11 "11%" 0
70.98 12 "14%" 0
90.08 12 "13%" 0
60.66 13 "14%" 0
83.98 13 "23%" 0
88.12 14 "14%" 0
60.04 15 "9%" 0
77.19 15 "23%" 0
61.48 16 "11%" 0
83.35 16 "24%" 0
65.82 17 "14%" 0
86.61 17 "22%" 0
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
  set ytics ("http_json  1.29 ms" 0, "http_base64  2.42 ms" 1, "websocket_bytes  99 µs" 2, "http_shared_memory  2.61 ms" 3, "websocket_shared_memory  381 µs" 4, "mp_listener  94.2 µs" 5, "grpc_bytes  678 µs" 6, "rabbitmq_bytes  942 µs" 7, "mp_pipe/send  88.3 µs" 8, "mp_pipe/send_bytes  58 µs" 9, "mp_queue  144 µs" 10, "mp_manager/dict  291 µs" 11, "mp_array/frombuffer  69.2 µs" 12, "shared_memory/reused  48.8 µs" 13, "shared_memory/per_message  180 µs" 14, "zmq_ipc/zerocopy  115 µs" 15, "fastpath/view  43.6 µs" 16, "fastpath/touch  42.1 µs" 17) nomirror scale 0
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
