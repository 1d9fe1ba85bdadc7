# timeline-38535168: written by scripts/explain.py (ipcfloor/timeline/render.py) from explain.csv; run `gnuplot timeline-38535168.gp` here
# writes timeline-38535168.png and timeline-38535168.svg.  One bar per traced cell, its segments the categories' shares of the cell's traced wall time; data inline below: per category, lines of bar, start, end (shares).
set encoding utf8
# bar 0: http_json  6.85 s
# bar 1: http_base64  353 ms
# bar 2: websocket_bytes  171 ms
# bar 3: http_shared_memory  132 ms
# bar 4: websocket_shared_memory  134 ms
# bar 5: mp_listener  194 ms
# bar 6: grpc_bytes  273 ms
# bar 7: rabbitmq_bytes  243 ms
# bar 8: mp_pipe/send  174 ms
# bar 9: mp_pipe/send_bytes  159 ms
# bar 10: mp_queue  254 ms
# bar 11: mp_manager/dict  258 ms
# bar 12: mp_array/frombuffer  88.2 ms
# bar 13: shared_memory/reused  87.1 ms
# bar 14: shared_memory/per_message  115 ms
# bar 15: zmq_ipc/zerocopy  121 ms
# bar 16: fastpath/view  87.2 ms
# bar 17: fastpath/touch  90.1 ms
# interpreter
$c0 << EOD
0 0 0.420471
1 0 0.374649
2 0 0.0187958
3 0 0.058806
4 0 0.0431656
5 0 0.00566046
6 0 0.00187834
7 0 0.0784185
8 0 0.00478548
9 0 0.00550763
10 0 0.168356
11 0 0.00619506
12 0 0.00386411
13 0 0.00390932
14 0 0.0052375
15 0 0.00545244
16 0 0.00312894
17 0 0.000892696
EOD
# float<->text (JSON)
$c1 << EOD
0 0.420471 0.815157
EOD
# numpy
$c2 << EOD
0 0.815157 0.865075
1 0.374649 0.587185
2 0.0187958 0.46723
3 0.058806 0.658325
4 0.0431656 0.651031
5 0.00566046 0.411114
6 0.00187834 0.305021
7 0.0784185 0.399236
8 0.00478548 0.459021
9 0.00550763 0.501244
10 0.168356 0.479027
11 0.00619506 0.294888
12 0.00386411 0.921223
13 0.00390932 0.916522
14 0.0052375 0.700365
15 0.00545244 0.682302
16 0.00312894 0.915275
17 0.000892696 0.902919
EOD
# libc copies
$c3 << EOD
0 0.865075 0.886762
1 0.587185 0.624098
2 0.46723 0.548967
3 0.658325 0.715279
4 0.651031 0.702404
5 0.411114 0.501387
6 0.305021 0.428578
7 0.399236 0.505
8 0.459021 0.595297
9 0.501244 0.575059
10 0.479027 0.551313
11 0.294888 0.438064
12 0.921223 0.955061
13 0.916522 0.957837
14 0.700365 0.742138
16 0.915275 0.957106
17 0.902919 0.942219
EOD
# kernel copies
$c4 << EOD
0 0.886762 0.887899
1 0.624098 0.640883
2 0.548967 0.572778
5 0.501387 0.525358
6 0.428578 0.449028
7 0.505 0.54515
8 0.595297 0.619772
9 0.575059 0.621047
10 0.551313 0.562678
11 0.438064 0.479088
15 0.682302 0.734938
EOD
# page faults: clearing
$c5 << EOD
0 0.887899 0.908415
1 0.640883 0.702237
2 0.572778 0.654918
3 0.715279 0.778643
4 0.702404 0.762274
5 0.525358 0.61563
6 0.449028 0.557376
7 0.54515 0.620208
8 0.619772 0.699562
9 0.621047 0.695404
10 0.562678 0.628467
11 0.479088 0.585479
12 0.955061 0.993205
13 0.957837 0.992312
14 0.742138 0.804429
15 0.734938 0.818225
16 0.957106 0.990803
17 0.942219 0.983809
EOD
# page faults: mapping
$c6 << EOD
0 0.908415 0.980018
1 0.702237 0.934996
2 0.654918 0.938333
3 0.778643 0.954639
4 0.762274 0.955845
5 0.61563 0.944024
6 0.557376 0.925624
7 0.620208 0.874885
8 0.699562 0.945842
9 0.695404 0.926921
10 0.628467 0.916367
11 0.585479 0.906601
12 0.993205 0.9974
13 0.992312 0.997735
14 0.804429 0.981969
15 0.818225 0.943759
16 0.990803 0.995064
17 0.983809 0.992585
EOD
# socket stack
$c7 << EOD
0 0.980018 0.982673
1 0.934996 0.956148
2 0.938333 0.957915
3 0.954639 0.955696
4 0.955845 0.956344
5 0.944024 0.950735
6 0.925624 0.934038
7 0.874885 0.938996
8 0.945842 0.962449
9 0.926921 0.946439
11 0.906601 0.934667
12 0.9974 0.997986
15 0.943759 0.974346
16 0.995064 0.995537
17 0.992585 0.992956
EOD
# mmap/munmap/brk
$c8 << EOD
0 0.982673 0.998924
1 0.956148 0.997093
2 0.957915 0.995317
3 0.955696 0.996024
4 0.956344 0.995916
5 0.950735 0.996938
6 0.934038 0.973461
7 0.938996 0.967982
8 0.962449 0.997826
9 0.946439 0.982302
10 0.916367 0.992518
11 0.934667 0.992358
13 0.997735 0.998122
14 0.981969 0.99812
15 0.974346 0.977575
16 0.995537 0.99786
17 0.992956 0.997534
EOD
# gRPC core
$c9 << EOD
6 0.973461 0.979874
EOD
# Erlang VM
$c10 << EOD
7 0.967982 0.972487
EOD
# ZeroMQ (libzmq)
$c11 << EOD
15 0.977575 0.981878
EOD
# scheduling: wake-up path
$c12 << EOD
0 0.998924 0.998938
1 0.997093 0.997188
2 0.995317 0.996916
3 0.996024 0.996073
4 0.995916 0.996169
5 0.996938 0.997469
6 0.979874 0.981418
7 0.972487 0.972516
8 0.997826 0.998622
9 0.982302 0.994524
10 0.992518 0.992925
11 0.992358 0.993045
12 0.997986 0.998766
13 0.998122 0.998818
14 0.99812 0.99862
15 0.981878 0.981908
16 0.99786 0.998248
17 0.997534 0.99791
EOD
# scheduling: run-queue delay
$c13 << EOD
0 0.998938 0.999258
1 0.997188 0.997945
2 0.996916 0.998927
3 0.996073 0.998586
4 0.996169 0.99824
5 0.997469 0.998397
6 0.981418 0.998379
7 0.972516 0.99623
8 0.998622 0.999178
9 0.994524 0.997608
10 0.992925 0.996023
11 0.993045 0.996827
12 0.998766 0.999005
13 0.998818 0.999069
14 0.99862 0.999148
15 0.981908 0.982187
16 0.998248 0.998329
17 0.99791 0.998129
EOD
# off-cpu: nobody of the cell running
$c14 << EOD
0 0.999258 0.999781
1 0.997945 0.998535
2 0.998927 0.99924
3 0.998586 0.998755
4 0.99824 0.998685
5 0.998397 0.999219
6 0.998379 0.998816
7 0.99623 0.996882
8 0.999178 0.999786
9 0.997608 0.998781
10 0.996023 0.998791
11 0.996827 0.998228
12 0.999005 0.999264
13 0.999069 0.999215
14 0.999148 0.999336
15 0.982187 0.986035
16 0.998329 0.999193
17 0.998129 0.998163
EOD
# scheduling; futex and epoll
$c15 << EOD
1 0.998535 0.999278
2 0.99924 0.999665
3 0.998755 0.999532
4 0.998685 0.999567
5 0.999219 0.999944
6 0.998816 0.999954
7 0.996882 0.999768
9 0.998781 1
10 0.998791 0.999797
11 0.998228 0.999805
12 0.999264 0.999358
13 0.999215 0.999749
14 0.999336 0.999755
15 0.986035 0.999598
EOD
# unattributed
$c16 << EOD
0 0.999781 1
1 0.999278 1
2 0.999665 1
3 0.999532 1
4 0.999567 1
5 0.999944 1
6 0.999954 1
7 0.999768 1
8 0.999786 1
10 0.999797 1
11 0.999805 1
12 0.999358 1
13 0.999749 1
14 0.999755 1
15 0.999598 1
16 0.999193 1
17 0.998163 1
EOD
$labels << EOD
21.02 0 "42%" 16777215
61.78 0 "39%" 16777215
94.42 0 "7%" 0
18.73 1 "37%" 16777215
48.09 1 "21%" 16777215
67.16 1 "6%" 16777215
81.86 1 "23%" 0
24.3 2 "45%" 16777215
50.81 2 "8%" 0
61.38 2 "8%" 16777215
79.66 2 "28%" 0
35.86 3 "60%" 16777215
74.7 3 "6%" 16777215
86.66 3 "18%" 0
34.71 4 "61%" 16777215
85.91 4 "19%" 0
20.84 5 "41%" 16777215
45.63 5 "9%" 0
57.05 5 "9%" 16777215
77.98 5 "33%" 0
15.34 6 "30%" 16777215
36.68 6 "12%" 0
50.32 6 "11%" 16777215
74.15 6 "37%" 0
3.921 7 "8%" 16777215
23.88 7 "32%" 16777215
45.21 7 "11%" 0
58.27 7 "8%" 16777215
74.75 7 "25%" 0
90.69 7 "6%" 16777215
23.19 8 "45%" 16777215
52.72 8 "14%" 0
65.97 8 "8%" 16777215
82.27 8 "25%" 0
25.34 9 "50%" 16777215
53.82 9 "7%" 0
65.82 9 "7%" 16777215
81.12 9 "23%" 0
8.418 10 "17%" 16777215
32.37 10 "31%" 16777215
51.52 10 "7%" 0
59.56 10 "7%" 16777215
77.24 10 "29%" 0
95.44 10 "8%" 0
15.05 11 "29%" 16777215
36.65 11 "14%" 0
53.23 11 "11%" 16777215
74.6 11 "32%" 0
46.25 12 "92%" 16777215
46.02 13 "91%" 16777215
35.28 14 "70%" 16777215
77.33 14 "6%" 16777215
89.32 14 "18%" 0
34.39 15 "68%" 16777215
77.66 15 "8%" 16777215
88.1 15 "13%" 0
45.92 16 "91%" 16777215
45.19 17 "90%" 16777215
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
  set ytics ("http_json  6.85 s" 0, "http_base64  353 ms" 1, "websocket_bytes  171 ms" 2, "http_shared_memory  132 ms" 3, "websocket_shared_memory  134 ms" 4, "mp_listener  194 ms" 5, "grpc_bytes  273 ms" 6, "rabbitmq_bytes  243 ms" 7, "mp_pipe/send  174 ms" 8, "mp_pipe/send_bytes  159 ms" 9, "mp_queue  254 ms" 10, "mp_manager/dict  258 ms" 11, "mp_array/frombuffer  88.2 ms" 12, "shared_memory/reused  87.1 ms" 13, "shared_memory/per_message  115 ms" 14, "zmq_ipc/zerocopy  121 ms" 15, "fastpath/view  87.2 ms" 16, "fastpath/touch  90.1 ms" 17) nomirror scale 0
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
