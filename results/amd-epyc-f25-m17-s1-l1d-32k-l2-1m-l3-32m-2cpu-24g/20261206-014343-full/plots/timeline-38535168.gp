# timeline-38535168: written by scripts/explain.py (ipcfloor/timeline/render.py) from explain.csv; run `gnuplot timeline-38535168.gp` here
# writes timeline-38535168.png and timeline-38535168.svg.  One bar per traced cell, its segments the categories' shares of the cell's traced wall time; data inline below: per category, lines of bar, start, end (shares).
set encoding utf8
# bar 0: http_json  7.06 s
# bar 1: http_base64  355 ms
# bar 2: websocket_bytes  171 ms
# bar 3: http_shared_memory  135 ms
# bar 4: websocket_shared_memory  130 ms
# bar 5: mp_listener  188 ms
# bar 6: grpc_bytes  269 ms
# bar 7: rabbitmq_bytes  257 ms
# bar 8: mp_pipe/send  199 ms
# bar 9: mp_pipe/send_bytes  134 ms
# bar 10: mp_queue  228 ms
# bar 11: mp_manager/dict  285 ms
# bar 12: mp_array/frombuffer  88.8 ms
# bar 13: shared_memory/reused  90.5 ms
# bar 14: shared_memory/per_message  117 ms
# bar 15: zmq_ipc/zerocopy  114 ms
# bar 16: fastpath/view  87.6 ms
# bar 17: fastpath/touch  92.2 ms
# interpreter
$c0 << EOD
0 0 0.448343
1 0 0.373574
2 0 0.0177996
3 0 0.0547431
4 0 0.0456193
5 0 0.00345245
6 0 0.00194472
7 0 0.0756514
8 0 0.00679838
9 0 0.0028943
10 0 0.0552515
11 0 0.00724821
12 0 0.00300421
13 0 0.00312382
14 0 0.00379229
15 0 0.00238569
16 0 0.001907
17 0 0.00326744
EOD
# float<->text (JSON)
$c1 << EOD
0 0.448343 0.82484
3 0.0547431 0.0550411
EOD
# numpy
$c2 << EOD
0 0.82484 0.872246
1 0.373574 0.58878
2 0.0177996 0.469816
3 0.0550411 0.617648
4 0.0456193 0.634708
5 0.00345245 0.434672
6 0.00194472 0.305837
7 0.0756514 0.392935
8 0.00679838 0.379178
9 0.0028943 0.598732
10 0.0552515 0.394604
11 0.00724821 0.283074
12 0.00300421 0.924063
13 0.00312382 0.921286
14 0.00379229 0.686146
15 0.00238569 0.714248
16 0.001907 0.910078
17 0.00326744 0.909588
EOD
# libc copies
$c3 << EOD
0 0.872246 0.892867
1 0.58878 0.623318
2 0.469816 0.54001
3 0.617648 0.671277
4 0.634708 0.685899
5 0.434672 0.527791
6 0.305837 0.440504
7 0.392935 0.515736
8 0.379178 0.474279
9 0.598732 0.656927
10 0.394604 0.468769
11 0.283074 0.413593
12 0.924063 0.959428
13 0.921286 0.957914
14 0.686146 0.723025
16 0.910078 0.949992
17 0.909588 0.945568
EOD
# kernel copies
$c4 << EOD
0 0.892867 0.894027
1 0.623318 0.637969
2 0.54001 0.561176
5 0.527791 0.547721
6 0.440504 0.456111
7 0.515736 0.569134
8 0.474279 0.490042
9 0.656927 0.687134
10 0.468769 0.485693
11 0.413593 0.454472
15 0.714248 0.759191
EOD
# page faults: clearing
$c5 << EOD
0 0.894027 0.910758
1 0.637969 0.693729
2 0.561176 0.653907
3 0.671277 0.775037
4 0.685899 0.770087
5 0.547721 0.629674
6 0.456111 0.557715
7 0.569134 0.629127
8 0.490042 0.655069
9 0.687134 0.76837
10 0.485693 0.582519
11 0.454472 0.558687
12 0.959428 0.991282
13 0.957914 0.991636
14 0.723025 0.795498
15 0.759191 0.813794
16 0.949992 0.985255
17 0.945568 0.982322
EOD
# page faults: mapping
$c6 << EOD
0 0.910758 0.982757
1 0.693729 0.926623
2 0.653907 0.945988
3 0.775037 0.957693
4 0.770087 0.959306
5 0.629674 0.946771
6 0.557715 0.92079
7 0.629127 0.873279
8 0.655069 0.943996
9 0.76837 0.957956
10 0.582519 0.897979
11 0.558687 0.913145
12 0.991282 0.997109
13 0.991636 0.997384
14 0.795498 0.983805
15 0.813794 0.950158
16 0.985255 0.994168
17 0.982322 0.994315
EOD
# socket stack
$c7 << EOD
0 0.982757 0.985464
1 0.926623 0.955974
2 0.945988 0.966149
3 0.957693 0.959331
4 0.959306 0.959627
5 0.946771 0.9533
6 0.92079 0.927034
7 0.873279 0.938055
8 0.943996 0.955779
9 0.957956 0.984138
11 0.913145 0.935264
12 0.997109 0.997294
13 0.997384 0.997589
14 0.983805 0.984409
15 0.950158 0.98076
16 0.994168 0.994563
17 0.994315 0.994646
EOD
# mmap/munmap/brk
$c8 << EOD
0 0.985464 0.999346
1 0.955974 0.995691
2 0.966149 0.997254
3 0.959331 0.995076
4 0.959627 0.997299
5 0.9533 0.99596
6 0.927034 0.970872
7 0.938055 0.968843
8 0.955779 0.996558
9 0.984138 0.99585
10 0.897979 0.994304
11 0.935264 0.993488
12 0.997294 0.997682
13 0.997589 0.997972
14 0.984409 0.998032
15 0.98076 0.982221
16 0.994563 0.998438
17 0.994646 0.999289
EOD
# gRPC core
$c9 << EOD
6 0.970872 0.97658
EOD
# Erlang VM
$c10 << EOD
7 0.968843 0.972463
EOD
# ZeroMQ (libzmq)
$c11 << EOD
15 0.982221 0.984858
EOD
# scheduling: wake-up path
$c12 << EOD
0 0.999346 0.999368
1 0.995691 0.995816
2 0.997254 0.997762
3 0.995076 0.99512
4 0.997299 0.997564
5 0.99596 0.996336
6 0.97658 0.977792
7 0.972463 0.972503
8 0.996558 0.997453
9 0.99585 0.997039
10 0.994304 0.994775
11 0.993488 0.994015
12 0.997682 0.998272
13 0.997972 0.998555
14 0.998032 0.998547
15 0.984858 0.984892
16 0.998438 0.998897
17 0.999289 0.999713
EOD
# scheduling: run-queue delay
$c13 << EOD
0 0.999368 0.999457
1 0.995816 0.997281
2 0.997762 0.998256
3 0.99512 0.997668
4 0.997564 0.998817
5 0.996336 0.997001
6 0.977792 0.996899
7 0.972503 0.993362
8 0.997453 0.998466
9 0.997039 0.997993
10 0.994775 0.997704
11 0.994015 0.997476
12 0.998272 0.998437
13 0.998555 0.998693
14 0.998547 0.999003
15 0.984892 0.985215
16 0.998897 0.999225
17 0.999713 0.9998
EOD
# off-cpu: nobody of the cell running
$c14 << EOD
0 0.999457 0.99977
1 0.997281 0.997522
2 0.998256 0.99859
3 0.997668 0.998186
4 0.998817 0.998971
5 0.997001 0.997794
6 0.996899 0.997228
7 0.993362 0.99375
8 0.998466 0.999762
9 0.997993 0.999081
10 0.997704 0.9995
11 0.997476 0.998451
12 0.998437 0.998827
13 0.998693 0.998873
14 0.999003 0.999052
15 0.985215 0.986739
16 0.999225 0.999483
17 0.9998 1
EOD
# scheduling; futex and epoll
$c15 << EOD
1 0.997522 0.99995
2 0.99859 0.999041
3 0.998186 0.999913
5 0.997794 0.999327
6 0.997228 0.999954
7 0.99375 0.998779
9 0.999081 1
10 0.9995 0.999946
11 0.998451 0.999807
12 0.998827 0.999859
13 0.998873 0.999423
14 0.999052 0.999756
15 0.986739 0.999462
EOD
# unattributed
$c16 << EOD
0 0.99977 1
1 0.99995 1
2 0.999041 1
3 0.999913 1
4 0.998971 1
5 0.999327 1
6 0.999954 1
7 0.998779 1
8 0.999762 1
10 0.999946 1
11 0.999807 1
12 0.999859 1
13 0.999423 1
14 0.999756 1
15 0.999462 1
16 0.999483 1
EOD
$labels << EOD
22.42 0 "45%" 16777215
63.66 0 "38%" 16777215
94.68 0 "7%" 0
18.68 1 "37%" 16777215
48.12 1 "22%" 16777215
81.02 1 "23%" 0
24.38 2 "45%" 16777215
50.49 2 "7%" 0
60.75 2 "9%" 16777215
79.99 2 "29%" 0
33.63 3 "56%" 16777215
72.32 3 "10%" 16777215
86.64 3 "18%" 0
34.02 4 "59%" 16777215
72.8 4 "8%" 16777215
86.47 4 "19%" 0
21.91 5 "43%" 16777215
48.12 5 "9%" 0
58.87 5 "8%" 16777215
78.82 5 "32%" 0
15.39 6 "30%" 16777215
37.32 6 "13%" 0
50.69 6 "10%" 16777215
73.93 6 "36%" 0
3.783 7 "8%" 16777215
23.43 7 "32%" 16777215
45.43 7 "12%" 0
75.12 7 "24%" 0
90.57 7 "6%" 16777215
19.3 8 "37%" 16777215
42.67 8 "10%" 0
57.26 8 "17%" 16777215
79.95 8 "29%" 0
30.08 9 "60%" 16777215
72.78 9 "8%" 16777215
86.32 9 "19%" 0
22.49 10 "34%" 16777215
43.17 10 "7%" 0
53.41 10 "10%" 16777215
74.02 10 "32%" 0
94.61 10 "10%" 0
14.52 11 "28%" 16777215
34.83 11 "13%" 0
50.66 11 "10%" 16777215
73.59 11 "35%" 0
46.35 12 "92%" 16777215
46.22 13 "92%" 16777215
34.5 14 "68%" 16777215
75.93 14 "7%" 16777215
88.97 14 "19%" 0
35.83 15 "71%" 16777215
88.2 15 "14%" 0
45.6 16 "91%" 16777215
45.64 17 "91%" 16777215
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
  set ytics ("http_json  7.06 s" 0, "http_base64  355 ms" 1, "websocket_bytes  171 ms" 2, "http_shared_memory  135 ms" 3, "websocket_shared_memory  130 ms" 4, "mp_listener  188 ms" 5, "grpc_bytes  269 ms" 6, "rabbitmq_bytes  257 ms" 7, "mp_pipe/send  199 ms" 8, "mp_pipe/send_bytes  134 ms" 9, "mp_queue  228 ms" 10, "mp_manager/dict  285 ms" 11, "mp_array/frombuffer  88.8 ms" 12, "shared_memory/reused  90.5 ms" 13, "shared_memory/per_message  117 ms" 14, "zmq_ipc/zerocopy  114 ms" 15, "fastpath/view  87.6 ms" 16, "fastpath/touch  92.2 ms" 17) nomirror scale 0
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
