# timeline-64: written by scripts/explain.py (ipcfloor/timeline/render.py) from explain.csv; run `gnuplot timeline-64.gp` here
# writes timeline-64.png and timeline-64.svg.  One bar per traced cell, its segments the categories' shares of the cell's traced wall time; data inline below: per category, lines of bar, start, end (shares).
set encoding utf8
# bar 0: http_json  2.26 ms
# bar 1: http_base64  1.93 ms
# bar 2: websocket_bytes  154 µs
# bar 3: http_shared_memory  2.59 ms
# bar 4: websocket_shared_memory  296 µs
# bar 5: mp_listener  65.7 µs
# bar 6: grpc_bytes  486 µs
# bar 7: rabbitmq_bytes  843 µs
# bar 8: mp_pipe/send  75.1 µs
# bar 9: mp_pipe/send_bytes  36.7 µs
# bar 10: mp_queue  96.8 µs
# bar 11: mp_manager/dict  274 µs
# bar 12: mp_array/frombuffer  49.9 µs
# bar 13: shared_memory/reused  49.2 µs
# bar 14: shared_memory/per_message  121 µs
# bar 15: zmq_ipc/zerocopy  94 µs
# bar 16: fastpath/view  35.9 µs
# bar 17: fastpath/touch  33 µs
# interpreter
$c0 << EOD
0 0 0.721276
1 0 0.90737
2 0 0.746757
3 0 0.894741
4 0 0.754111
5 0 0.431528
6 0 0.415214
7 0 0.621501
8 0 0.485004
9 0 0.393247
10 0 0.462096
11 0 0.495491
12 0 0.41391
13 0 0.363202
14 0 0.504838
15 0 0.269602
16 0 0.334492
17 0 0.35108
EOD
# float<->text (JSON)
$c1 << EOD
0 0.721276 0.736308
3 0.894741 0.895715
EOD
# numpy
$c2 << EOD
0 0.736308 0.742558
1 0.90737 0.918189
2 0.746757 0.79513
3 0.895715 0.907075
4 0.754111 0.799681
5 0.431528 0.527457
6 0.415214 0.440995
7 0.621501 0.645454
8 0.485004 0.604845
9 0.393247 0.427629
10 0.462096 0.505623
11 0.495491 0.594773
12 0.41391 0.459518
13 0.363202 0.398926
14 0.504838 0.545986
15 0.269602 0.301901
16 0.334492 0.40133
17 0.35108 0.464196
EOD
# libc copies
$c3 << EOD
0 0.742558 0.745348
1 0.918189 0.924919
2 0.79513 0.801189
3 0.907075 0.913825
4 0.799681 0.802914
5 0.527457 0.531153
6 0.440995 0.445587
7 0.645454 0.650806
8 0.604845 0.605539
9 0.427629 0.427937
10 0.505623 0.506785
11 0.594773 0.601249
12 0.459518 0.46022
13 0.398926 0.400601
14 0.545986 0.54862
15 0.301901 0.30364
16 0.40133 0.402702
17 0.464196 0.46435
EOD
# kernel copies
$c4 << EOD
2 0.801189 0.805212
3 0.913825 0.91478
4 0.802914 0.805107
5 0.531153 0.53756
6 0.445587 0.449131
7 0.650806 0.653181
8 0.605539 0.61339
9 0.427937 0.432844
10 0.506785 0.509048
11 0.601249 0.609693
12 0.46022 0.468395
13 0.400601 0.408449
14 0.54862 0.553694
15 0.30364 0.312099
16 0.402702 0.412304
17 0.46435 0.47501
EOD
# page faults: clearing
$c5 << EOD
14 0.553694 0.554332
EOD
# page faults: mapping
$c6 << EOD
1 0.924919 0.925767
3 0.91478 0.919556
4 0.805107 0.829769
5 0.53756 0.538154
6 0.449131 0.449727
12 0.468395 0.470032
13 0.408449 0.408824
14 0.554332 0.567084
16 0.412304 0.413746
17 0.47501 0.475474
EOD
# socket stack
$c7 << EOD
0 0.745348 0.809119
1 0.925767 0.971504
2 0.805212 0.913981
3 0.919556 0.953115
4 0.829769 0.876466
5 0.538154 0.686063
6 0.449727 0.50066
7 0.653181 0.735003
8 0.61339 0.709313
9 0.432844 0.582854
11 0.609693 0.695862
12 0.470032 0.593796
13 0.408824 0.526548
14 0.567084 0.622599
15 0.312099 0.37147
16 0.413746 0.530206
17 0.475474 0.594293
EOD
# mmap/munmap/brk
$c8 << EOD
3 0.953115 0.968527
4 0.876466 0.929544
14 0.622599 0.658232
EOD
# gRPC core
$c9 << EOD
6 0.50066 0.889037
EOD
# Erlang VM
$c10 << EOD
7 0.735003 0.962964
EOD
# other
$c11 << EOD
5 0.686063 0.686369
11 0.695862 0.696502
15 0.37147 0.470918
EOD
# scheduling: wake-up path
$c12 << EOD
0 0.809119 0.823058
1 0.971504 0.974616
2 0.913981 0.952262
3 0.968527 0.971798
4 0.929544 0.954049
5 0.686369 0.744311
6 0.889037 0.891109
7 0.962964 0.964029
8 0.709313 0.81843
9 0.582854 0.740076
10 0.509048 0.546602
11 0.696502 0.827379
12 0.593796 0.733841
13 0.526548 0.674347
14 0.658232 0.736305
15 0.470918 0.58159
16 0.530206 0.652992
17 0.594293 0.691468
EOD
# scheduling: run-queue delay
$c13 << EOD
0 0.823058 0.917392
1 0.974616 0.976009
2 0.952262 0.969049
3 0.971798 0.980321
4 0.954049 0.969177
5 0.744311 0.762923
6 0.891109 0.892616
7 0.964029 0.964067
8 0.81843 0.844363
9 0.740076 0.787197
10 0.546602 0.559159
11 0.827379 0.861827
12 0.733841 0.788023
13 0.674347 0.749217
14 0.736305 0.89707
15 0.58159 0.591537
16 0.652992 0.678932
17 0.691468 0.725696
EOD
# off-cpu: nobody of the cell running
$c14 << EOD
0 0.917392 0.977105
1 0.976009 0.982168
2 0.969049 0.972723
3 0.980321 0.980446
4 0.969177 0.98027
5 0.762923 0.986246
6 0.892616 0.94259
7 0.964067 0.968355
8 0.844363 0.981272
9 0.787197 0.970968
10 0.559159 0.903032
11 0.861827 0.974237
12 0.788023 0.948054
13 0.749217 0.963322
14 0.89707 0.969607
15 0.591537 0.887772
16 0.678932 0.972932
17 0.725696 0.978398
EOD
# scheduling; futex and epoll
$c15 << EOD
0 0.977105 1
1 0.982168 0.999436
2 0.972723 1
3 0.980446 0.997987
4 0.98027 1
5 0.986246 1
6 0.94259 1
7 0.968355 1
8 0.981272 1
9 0.970968 1
10 0.903032 0.99893
11 0.974237 0.99984
12 0.948054 1
13 0.963322 1
14 0.969607 1
15 0.887772 1
16 0.972932 1
17 0.978398 0.999677
EOD
# unattributed
$c16 << EOD
1 0.999436 1
3 0.997987 1
10 0.99893 1
11 0.99984 1
17 0.999677 1
EOD
$labels << EOD
36.06 0 "72%" 16777215
77.72 0 "6%" 16777215
45.37 1 "91%" 16777215
37.34 2 "75%" 16777215
85.96 2 "11%" 16777215
44.74 3 "89%" 16777215
37.71 4 "75%" 16777215
21.58 5 "43%" 16777215
47.95 5 "10%" 16777215
61.21 5 "15%" 16777215
20.76 6 "42%" 16777215
69.48 6 "39%" 0
31.08 7 "62%" 16777215
69.41 7 "8%" 16777215
84.9 7 "23%" 16777215
24.25 8 "49%" 16777215
54.49 8 "12%" 16777215
66.14 8 "10%" 16777215
19.66 9 "39%" 16777215
50.78 9 "15%" 16777215
23.1 10 "46%" 16777215
95.1 10 "10%" 16777215
24.77 11 "50%" 16777215
54.51 11 "10%" 16777215
65.28 11 "9%" 16777215
20.7 12 "41%" 16777215
53.19 12 "12%" 16777215
18.16 13 "36%" 16777215
46.77 13 "12%" 16777215
25.24 14 "50%" 16777215
13.48 15 "27%" 16777215
42.12 15 "10%" 0
94.39 15 "11%" 16777215
16.72 16 "33%" 16777215
36.79 16 "7%" 16777215
47.2 16 "12%" 16777215
17.55 17 "35%" 16777215
40.76 17 "11%" 16777215
53.49 17 "12%" 16777215
EOD
$boxed << EOD
87.02 0 "9%" 0
87.46 5 "22%" 0
76.39 8 "11%" 0
91.28 8 "14%" 0
66.15 9 "16%" 0
87.91 9 "18%" 0
73.11 10 "34%" 0
76.19 11 "13%" 0
91.8 11 "11%" 0
66.38 12 "14%" 0
86.8 12 "16%" 0
60.04 13 "15%" 0
71.18 13 "7%" 0
85.63 13 "21%" 0
69.73 14 "8%" 0
81.67 14 "16%" 0
93.33 14 "7%" 0
52.63 15 "11%" 0
73.97 15 "30%" 0
59.16 16 "12%" 0
82.59 16 "29%" 0
64.29 17 "10%" 0
85.2 17 "25%" 0
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
  set ytics ("http_json  2.26 ms" 0, "http_base64  1.93 ms" 1, "websocket_bytes  154 µs" 2, "http_shared_memory  2.59 ms" 3, "websocket_shared_memory  296 µs" 4, "mp_listener  65.7 µs" 5, "grpc_bytes  486 µs" 6, "rabbitmq_bytes  843 µs" 7, "mp_pipe/send  75.1 µs" 8, "mp_pipe/send_bytes  36.7 µs" 9, "mp_queue  96.8 µs" 10, "mp_manager/dict  274 µs" 11, "mp_array/frombuffer  49.9 µs" 12, "shared_memory/reused  49.2 µs" 13, "shared_memory/per_message  121 µs" 14, "zmq_ipc/zerocopy  94 µs" 15, "fastpath/view  35.9 µs" 16, "fastpath/touch  33 µs" 17) nomirror scale 0
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
       NaN with boxes fc rgb "#A0A0A0" fs solid 1.0 border lc rgb "#A0A0A0" title "other", \
       NaN with boxes fc rgb "#404040" fs pattern 4 border lc rgb "#404040" title "scheduling: wake-up path", \
       NaN with boxes fc rgb "#404040" fs pattern 5 border lc rgb "#404040" title "scheduling: run-queue delay", \
       NaN with boxes fc rgb "#404040" fs pattern 1 border lc rgb "#404040" title "off-cpu: nobody of the cell running", \
       NaN with boxes fc rgb "#8C564B" fs solid 1.0 border lc rgb "#8C564B" title "scheduling; futex and epoll", \
       NaN with boxes fc rgb "#000000" fs solid 0.12 border lc rgb "#000000" title "unattributed"
  unset multiplot
  unset output
}
