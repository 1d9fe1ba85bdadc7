# timeline-64: written by scripts/explain.py (ipcfloor/timeline/render.py) from explain.csv; run `gnuplot timeline-64.gp` here
# writes timeline-64.png and timeline-64.svg.  One bar per traced cell, its segments the categories' shares of the cell's traced wall time; data inline below: per category, lines of bar, start, end (shares).
set encoding utf8
# bar 0: http_json  1.45 ms
# bar 1: http_base64  1.47 ms
# bar 2: websocket_bytes  113 µs
# bar 3: http_shared_memory  1.95 ms
# bar 4: websocket_shared_memory  402 µs
# bar 5: mp_listener  64.8 µs
# bar 6: grpc_bytes  546 µs
# bar 7: rabbitmq_bytes  614 µs
# bar 8: mp_pipe/send  73.4 µs
# bar 9: mp_pipe/send_bytes  54.8 µs
# bar 10: mp_queue  111 µs
# bar 11: mp_manager/dict  263 µs
# bar 12: mp_array/frombuffer  64.6 µs
# bar 13: shared_memory/reused  58.9 µs
# bar 14: shared_memory/per_message  169 µs
# bar 15: zmq_ipc/zerocopy  101 µs
# bar 16: fastpath/view  44.9 µs
# bar 17: fastpath/touch  54.7 µs
# interpreter
$c0 << EOD
0 0 0.784255
1 0 0.788924
2 0 0.419176
3 0 0.836583
4 0 0.614499
5 0 0.321858
6 0 0.305811
7 0 0.508392
8 0 0.279789
9 0 0.379602
10 0 0.458669
11 0 0.343153
12 0 0.352469
13 0 0.376648
14 0 0.380311
15 0 0.168153
16 0 0.338511
17 0 0.381973
EOD
# float<->text (JSON)
$c1 << EOD
0 0.784255 0.799282
3 0.836583 0.837683
EOD
# numpy
$c2 << EOD
0 0.799282 0.809609
1 0.788924 0.802137
2 0.419176 0.441237
3 0.837683 0.854869
4 0.614499 0.645903
5 0.321858 0.35883
6 0.305811 0.321403
7 0.508392 0.528613
8 0.279789 0.315411
9 0.379602 0.40564
10 0.458669 0.538974
11 0.343153 0.396598
12 0.352469 0.379702
13 0.376648 0.397604
14 0.380311 0.409713
15 0.168153 0.205338
16 0.338511 0.387362
17 0.381973 0.483482
EOD
# libc copies
$c3 << EOD
0 0.809609 0.819417
1 0.802137 0.805991
2 0.441237 0.443986
3 0.854869 0.861136
4 0.645903 0.650545
5 0.35883 0.362411
6 0.321403 0.325877
7 0.528613 0.533183
8 0.315411 0.317275
9 0.40564 0.409905
11 0.396598 0.397747
12 0.379702 0.381939
13 0.397604 0.397839
14 0.409713 0.413787
15 0.205338 0.210682
16 0.387362 0.38759
17 0.483482 0.48379
EOD
# kernel copies
$c4 << EOD
0 0.819417 0.819932
2 0.443986 0.447847
3 0.861136 0.862889
4 0.650545 0.652834
5 0.362411 0.369443
6 0.325877 0.327801
7 0.533183 0.536554
8 0.317275 0.3218
9 0.409905 0.415073
10 0.538974 0.543132
11 0.397747 0.401852
12 0.381939 0.382659
13 0.397839 0.398081
14 0.413787 0.416469
15 0.210682 0.216707
16 0.38759 0.392568
17 0.48379 0.488665
EOD
# page faults: clearing
$c5 << EOD
14 0.416469 0.417515
EOD
# page faults: mapping
$c6 << EOD
3 0.862889 0.867673
4 0.652834 0.666513
8 0.3218 0.323083
10 0.543132 0.544345
11 0.401852 0.402375
14 0.417515 0.437906
16 0.392568 0.398674
EOD
# socket stack
$c7 << EOD
0 0.819932 0.84222
1 0.805991 0.834168
2 0.447847 0.514146
3 0.867673 0.895668
4 0.666513 0.721188
5 0.369443 0.471142
6 0.327801 0.377334
7 0.536554 0.649319
8 0.323083 0.422001
9 0.415073 0.534123
11 0.402375 0.475647
12 0.382659 0.489383
13 0.398081 0.525468
14 0.437906 0.473478
15 0.216707 0.275497
16 0.398674 0.513314
17 0.488665 0.572973
EOD
# mmap/munmap/brk
$c8 << EOD
3 0.895668 0.913297
4 0.721188 0.770781
7 0.649319 0.650727
14 0.473478 0.520151
EOD
# gRPC core
$c9 << EOD
6 0.377334 0.709851
EOD
# Erlang VM
$c10 << EOD
7 0.650727 0.946488
EOD
# ZeroMQ (libzmq)
$c11 << EOD
15 0.275497 0.42036
EOD
# other
$c12 << EOD
16 0.513314 0.515691
EOD
# scheduling: wake-up path
$c13 << EOD
0 0.84222 0.848392
1 0.834168 0.840472
2 0.514146 0.600005
3 0.913297 0.918887
4 0.770781 0.898651
5 0.471142 0.53255
6 0.709851 0.900301
7 0.946488 0.956068
8 0.422001 0.544722
9 0.534123 0.690096
10 0.544345 0.589014
11 0.475647 0.592569
12 0.489383 0.63276
13 0.525468 0.667524
14 0.520151 0.772135
15 0.42036 0.608715
16 0.515691 0.618449
17 0.572973 0.693026
EOD
# scheduling: run-queue delay
$c14 << EOD
0 0.848392 0.849669
1 0.840472 0.841436
2 0.600005 0.611325
3 0.918887 0.920798
4 0.898651 0.907957
5 0.53255 0.550605
6 0.900301 0.902403
7 0.956068 0.960014
8 0.544722 0.664856
9 0.690096 0.743087
10 0.589014 0.604431
11 0.592569 0.607919
12 0.63276 0.678568
13 0.667524 0.716044
14 0.772135 0.813505
15 0.608715 0.614539
16 0.618449 0.64909
17 0.693026 0.720386
EOD
# off-cpu: nobody of the cell running
$c15 << EOD
0 0.849669 0.987063
1 0.841436 0.984953
2 0.611325 0.986936
3 0.920798 0.991242
4 0.907957 0.98836
5 0.550605 0.982242
6 0.902403 0.954375
7 0.960014 0.960689
8 0.664856 0.971068
9 0.743087 0.951719
10 0.604431 0.923893
11 0.607919 0.981563
12 0.678568 0.953736
13 0.716044 0.961695
14 0.813505 0.984122
15 0.614539 0.91182
16 0.64909 0.9845
17 0.720386 0.974162
EOD
# scheduling; futex and epoll
$c16 << EOD
0 0.987063 0.999986
1 0.984953 0.999877
2 0.986936 0.999889
3 0.991242 1
4 0.98836 0.999786
5 0.982242 0.999821
6 0.954375 0.999901
7 0.960689 0.999698
8 0.971068 0.999915
9 0.951719 0.999685
10 0.923893 0.999824
11 0.981563 0.999912
12 0.953736 0.99969
13 0.961695 0.999482
14 0.984122 1
15 0.91182 1
16 0.9845 0.999657
17 0.974162 0.999891
EOD
# unattributed
$c17 << EOD
0 0.999986 1
1 0.999877 1
2 0.999889 1
4 0.999786 1
5 0.999821 1
6 0.999901 1
7 0.999698 1
8 0.999915 1
9 0.999685 1
10 0.999824 1
11 0.999912 1
12 0.99969 1
13 0.999482 1
16 0.999657 1
17 0.999891 1
EOD
$labels << EOD
39.21 0 "78%" 16777215
39.45 1 "79%" 16777215
20.96 2 "42%" 16777215
48.1 2 "7%" 16777215
41.83 3 "84%" 16777215
30.72 4 "61%" 16777215
16.09 5 "32%" 16777215
42.03 5 "10%" 16777215
15.29 6 "31%" 16777215
54.36 6 "33%" 0
25.42 7 "51%" 16777215
59.29 7 "11%" 16777215
79.86 7 "30%" 16777215
13.99 8 "28%" 16777215
37.25 8 "10%" 16777215
18.98 9 "38%" 16777215
47.46 9 "12%" 16777215
22.93 10 "46%" 16777215
49.88 10 "8%" 16777215
96.19 10 "8%" 16777215
17.16 11 "34%" 16777215
43.9 11 "7%" 16777215
17.62 12 "35%" 16777215
43.6 12 "11%" 16777215
18.83 13 "38%" 16777215
46.18 13 "13%" 16777215
19.02 14 "38%" 16777215
8.408 15 "17%" 16777215
34.79 15 "14%" 16777215
95.59 15 "9%" 16777215
16.93 16 "34%" 16777215
45.6 16 "11%" 16777215
19.1 17 "38%" 16777215
43.27 17 "10%" 16777215
53.08 17 "8%" 16777215
EOD
$boxed << EOD
91.84 0 "14%" 0
91.32 1 "14%" 0
55.71 2 "9%" 0
79.91 2 "38%" 0
95.6 3 "7%" 0
83.47 4 "13%" 0
94.82 4 "8%" 0
50.18 5 "6%" 0
76.64 5 "43%" 0
80.51 6 "19%" 0
48.34 8 "12%" 0
60.48 8 "12%" 0
81.8 8 "31%" 0
61.21 9 "16%" 0
84.74 9 "21%" 0
76.42 10 "32%" 0
53.41 11 "12%" 0
79.47 11 "37%" 0
56.11 12 "14%" 0
81.62 12 "28%" 0
59.65 13 "14%" 0
83.89 13 "25%" 0
64.61 14 "25%" 0
89.88 14 "17%" 0
51.45 15 "19%" 0
76.32 15 "30%" 0
56.71 16 "10%" 0
81.68 16 "34%" 0
63.3 17 "12%" 0
84.73 17 "25%" 0
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
  set ytics ("http_json  1.45 ms" 0, "http_base64  1.47 ms" 1, "websocket_bytes  113 µs" 2, "http_shared_memory  1.95 ms" 3, "websocket_shared_memory  402 µs" 4, "mp_listener  64.8 µs" 5, "grpc_bytes  546 µs" 6, "rabbitmq_bytes  614 µs" 7, "mp_pipe/send  73.4 µs" 8, "mp_pipe/send_bytes  54.8 µs" 9, "mp_queue  111 µs" 10, "mp_manager/dict  263 µs" 11, "mp_array/frombuffer  64.6 µs" 12, "shared_memory/reused  58.9 µs" 13, "shared_memory/per_message  169 µs" 14, "zmq_ipc/zerocopy  101 µs" 15, "fastpath/view  44.9 µs" 16, "fastpath/touch  54.7 µs" 17) nomirror scale 0
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
       $c12 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#A0A0A0" fs solid 1.0 border lc rgb "#ffffff" notitle, \
       $c13 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#404040" fs pattern 4 border lc rgb "#404040" notitle, \
       $c14 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#404040" fs pattern 5 border lc rgb "#404040" notitle, \
       $c15 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#404040" fs pattern 1 border lc rgb "#404040" notitle, \
       $c16 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#8C564B" fs solid 1.0 border lc rgb "#ffffff" notitle, \
       $c17 using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) with boxxyerror fc rgb "#000000" fs solid 0.12 border lc rgb "#ffffff" notitle, \
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
       NaN with boxes fc rgb "#A0A0A0" fs solid 1.0 border lc rgb "#A0A0A0" title "other", \
       NaN with boxes fc rgb "#404040" fs pattern 4 border lc rgb "#404040" title "scheduling: wake-up path", \
       NaN with boxes fc rgb "#404040" fs pattern 5 border lc rgb "#404040" title "scheduling: run-queue delay", \
       NaN with boxes fc rgb "#404040" fs pattern 1 border lc rgb "#404040" title "off-cpu: nobody of the cell running", \
       NaN with boxes fc rgb "#8C564B" fs solid 1.0 border lc rgb "#8C564B" title "scheduling; futex and epoll", \
       NaN with boxes fc rgb "#000000" fs solid 0.12 border lc rgb "#000000" title "unattributed"
  unset multiplot
  unset output
}
