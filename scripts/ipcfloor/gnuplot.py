"""gnuplot for ipcfloor: the styles, the tics, and the two figure kinds
(panels of lines against payload size with one legend below them all, and
a heatmap), each written as one self-contained script with its data inline,
so a reader can restyle a plot with `gnuplot <name>.gp` and no suite."""
import math
import os
import shutil
import subprocess

from .rows import RunError
from .units import human_ns, human_size

# Okabe-Ito colours (distinct for colour-blind readers), olive instead of yellow.
COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00",
           "#56B4E9", "#000000", "#999933"]
# (dash type, point type) pairs: 5 dash types x 11 markers, coprime cycles,
# so the first 55 series differ in greyscale too.
DASHES = ["1", "(12,4)", "(6,3,2,3)", "(2,3)", "(12,3,2,3,2,3)"]
POINTS = [7, 5, 9, 11, 13, 4, 6, 8, 10, 12, 1]
FLOOR_GREY = "#6e6e6e"
FLOOR_DASHES = ["(8,4)", "(3,3)", "(10,3,2,3)", "(2,2)", "(14,4,4,4)",
                "(6,2,2,2,2,2)", "(4,6)", "(20,5)"]
PLACEMENT_DASH = {"same-cpu": "1", "smt": "(6,3,2,3)", "cross-core": "(12,4)",
                  "cross-numa": "(12,3,2,3,2,3)", "unpinned": "(2,3)",
                  "cpus": "(4,4)"}


def gnuplot_bin():
    g = shutil.which("gnuplot")
    if not g:
        raise RunError("gnuplot not found: apt-get install gnuplot-nox")
    return g


def run_gnuplot(script_path):
    """Run one script in its own folder; raise RunError with gnuplot's words."""
    p = subprocess.run([gnuplot_bin(), os.path.basename(script_path)],
                       cwd=os.path.dirname(os.path.abspath(script_path)),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if p.returncode != 0:
        msg = " | ".join(l for l in p.stderr.strip().splitlines()[-3:])
        raise RunError("gnuplot failed on %s: %s" % (script_path, msg))
    return p.stderr


def q(s):
    """A gnuplot double-quoted string."""
    return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"') + '"'


def size_tics(xmin, xmax, dense):
    """Powers of 4 from 64 B; every one labelled when dense, else every
    power of 16 labelled and the others unlabelled minor tics."""
    tics = []
    e = 0
    while (1 << e) <= xmax * 1.01:
        v = 1 << e
        if v >= xmin / 1.01 and e % 2 == 0:
            label = human_size(v) if (dense or e % 4 == 2) else ""
            tics.append((label, v, 0 if label else 1))
        e += 1
    if not tics:
        tics = [(human_size(xmin), xmin, 0)]
    return tics


def value_tics(lo, hi, kind):
    """Tic values for a log axis spanning lo..hi (1, 2, 5 steps when the
    range is under three decades) with labels in the axis unit."""
    lo_e = math.floor(math.log10(lo))
    hi_e = math.ceil(math.log10(hi))
    for steps in ((1,), (1, 2, 5), (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8),
                  (1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.8, 2, 2.5, 3, 3.5, 4, 5, 6, 7, 8, 9)):
        tics = []
        for e in range(lo_e, hi_e + 1):
            for m in steps:
                v = m * 10.0 ** e
                if lo <= v <= hi:
                    tics.append((tic_label(v, kind), v))
        if len(tics) >= 4:
            break
    if len(tics) < 2:
        tics = [(tic_label(lo, kind), lo), (tic_label(hi, kind), hi)]
    return tics


def tic_label(v, kind):
    if kind == "time":
        return human_ns(v).replace(".0 ", " ")
    if kind == "ratio":
        return "%gx" % float("%.3g" % v)
    return "%g" % float("%.3g" % v)


class Series:
    def __init__(self, label, colour, dash, point, floor=False):
        self.label, self.colour, self.dash, self.point = label, colour, dash, point
        self.floor = floor
        self.points = []  # (x, y, yhi or None)
        self.marks = None  # optional [(x, y, point type)]: markers drawn apart
        self.as_point = False  # a floor measured at one size: one marker, no line

    def line_style(self):
        return 'lc rgb %s dt %s lw 1.8' % (q(self.colour), self.dash)

    def style(self):
        if self.as_point:
            return 'lc rgb %s pt %d ps 1.8 lw 2' % (q(self.colour), self.point)
        if self.floor:
            return 'lc rgb %s dt %s lw 2' % (q(self.colour), self.dash)
        return 'lc rgb %s dt %s lw 1.8 pt %d ps 1.0' % (
            q(self.colour), self.dash, self.point)

    def how(self):
        if self.as_point:
            return "points"
        return "lines" if self.floor else "linespoints"


class Panel:
    def __init__(self, title, ylabel, kind, band=False, ymin_pos=True):
        self.title, self.ylabel, self.kind, self.band = title, ylabel, kind, band
        self.series = []
        self.extra = []     # more gnuplot plot elements (a reference line)
        self.force_y = ()   # values the y range must include

    def nonempty(self):
        return any(s.points for s in self.series)


def stretch_flat_floors(panel):
    """A floor measured at one size only (a cache-line round trip, a null
    system call) bounds every size: draw it flat across the panel, its label
    naming the size it was measured at."""
    xs = [pt[0] for s in panel.series if not s.floor for pt in s.points]
    if not xs:
        return
    for s in panel.series:
        if s.floor and not s.as_point and len({pt[0] for pt in s.points}) == 1:
            x, y, _ = s.points[0]
            s.points = [(min(xs), y, None), (max(xs), y, None)]
            if s.label.endswith(")"):
                s.label = s.label[:-1] + ", at %s)" % human_size(x)
            else:
                s.label += " (at %s)" % human_size(x)


def figure_script(name, title, panels, note=""):
    """One self-contained gnuplot script drawing `panels` side by side and a
    single legend below all of them, to <name>.png and <name>.svg."""
    panels = [p for p in panels if p.nonempty()]
    for p in panels:
        stretch_flat_floors(p)
    legend = []  # unique by label, in order of first appearance
    seen = set()
    for p in panels:
        for s in p.series:
            if s.points and s.label not in seen:
                seen.add(s.label)
                legend.append(s)
    npan = len(panels)
    width = 1200 if npan == 1 else 1700
    # columns of the legend: as many as fit the width at ~6.5 px a character
    entry_w = 95 + 6.5 * max([len(s.label) for s in legend] + [10])
    cols = max(1, min(5, int((width - 80) // entry_w), len(legend)))
    rows = max(1, math.ceil(len(legend) / cols))
    plot_h = 560
    # gnuplot's key row at spacing 1.15 and an 11 pt font is ~23 px: 25 keeps
    # the last row inside the figure
    key_h = rows * 25 + 30
    top = 70
    xlab_h = 70
    height = top + plot_h + xlab_h + key_h + 10
    out = []
    out.append("# %s: generated by scripts/plots.py; run `gnuplot %s.gp` here"
               % (title, name))
    out.append("# writes %s.png and %s.svg.  Data inline below." % (name, name))
    out.append("set encoding utf8")
    blocks = []
    for pi, p in enumerate(panels):
        for si, s in enumerate(p.series):
            if not s.points:
                continue
            bname = "$p%ds%d" % (pi, si)
            blocks.append((p, s, bname))
            out.append("# %s: %s" % (p.title, s.label))
            out.append("%s << EOD" % bname)
            for x, y, yhi in sorted(s.points):
                out.append("%d %.6g %s" % (x, y, "%.6g" % yhi if yhi is not None else "NaN"))
            out.append("EOD")
            if s.marks:
                out.append("%sm << EOD" % bname)
                for x, y, pt in sorted(s.marks):
                    out.append("%d %.6g %d" % (x, y, pt))
                out.append("EOD")
    out.append('do for [fmt in "png svg"] {')
    out.append('  if (fmt eq "png") {')
    out.append('    set terminal pngcairo size %d,%d noenhanced font "DejaVu Sans,11" background "white"' % (width, height))
    out.append('    set output "%s.png"' % name)
    out.append('  } else {')
    out.append('    set terminal svg size %d,%d noenhanced font "DejaVu Sans,11" background "white"' % (width, height))
    out.append('    set output "%s.svg"' % name)
    out.append('  }')
    out.append('  set multiplot title %s font ",13"' % q(title))
    b_margin = (key_h + xlab_h + 10) / height
    t_margin = 1 - top / height
    left, right, gap = 90 / width, 1 - 25 / width, 110 / width
    pw = (right - left - gap * (npan - 1)) / npan
    for pi, p in enumerate(panels):
        xs = [pt[0] for s in p.series for pt in s.points]
        ys = [v for s in p.series for pt in s.points for v in (pt[1], pt[2])
              if v is not None and v > 0] + list(p.force_y)
        xmin, xmax = min(xs), max(xs)
        ylo, yhi = min(ys), max(ys)
        if ylo == yhi:
            ylo, yhi = ylo / 2, yhi * 2
        ylo, yhi = ylo / 1.25, yhi * 1.25
        pl = left + pi * (pw + gap)
        out.append('  set lmargin at screen %.4f' % pl)
        out.append('  set rmargin at screen %.4f' % (pl + pw))
        out.append('  set bmargin at screen %.4f' % b_margin)
        out.append('  set tmargin at screen %.4f' % t_margin)
        out.append('  set title %s' % q(p.title))
        out.append('  set logscale xy')
        out.append('  set xrange [%g:%g]' % (xmin / 1.4, xmax * 1.4))
        out.append('  set yrange [%g:%g]' % (ylo, yhi))
        dense = pw * width >= 1000
        out.append('  set xtics (%s)' % ", ".join(
            "%s %d %d" % (q(l), v, lvl) for l, v, lvl in size_tics(xmin, xmax, dense)))
        out.append('  set ytics (%s)' % ", ".join(
            "%s %.6g" % (q(l), v) for l, v in value_tics(ylo, yhi, p.kind)))
        out.append('  set mxtics 1; set mytics 10')
        out.append('  set xlabel "payload per message (bytes, log scale)"')
        out.append('  set ylabel %s' % q(p.ylabel))
        out.append('  set grid xtics ytics lc rgb "#c8c8c8" lw 1 dt 1')
        out.append('  set border 3 lw 1; set xtics nomirror; set ytics nomirror')
        out.append('  unset key')
        parts = []
        mine = [(s, b) for pp, s, b in blocks if pp is p]
        if p.band:
            for s, b in mine:
                if not s.floor:
                    parts.append('%s using 1:2:3 with filledcurves fc rgb %s '
                                 'fs transparent solid 0.13 noborder notitle'
                                 % (b, q(s.colour)))
        parts.extend(p.extra)
        for s, b in mine:
            if s.marks:
                parts.append('%s using 1:2 with lines %s notitle' % (b, s.line_style()))
                parts.append('%sm using 1:2:3 with points lc rgb %s pt variable ps 1.3 notitle'
                             % (b, q(s.colour)))
            else:
                parts.append('%s using 1:2 with %s %s notitle' % (b, s.how(), s.style()))
        out.append('  plot ' + ", \\\n       ".join(parts))
    # The legend of all panels, once, below them: an empty plot as wide as
    # the figure whose only content is the key, so no data is ever covered.
    out.append('  unset title; unset xlabel; unset ylabel; unset grid; unset border')
    out.append('  unset xtics; unset ytics; unset logscale; set xrange [0:1]; set yrange [0:1]')
    out.append('  set lmargin at screen 0.02; set rmargin at screen 0.98')
    out.append('  set bmargin at screen 0.0; set tmargin at screen %.4f' % (key_h / height))
    out.append('  set key at screen 0.5,%.4f center top horizontal maxcols %d maxrows %d '
               'samplen 4 spacing 1.15 width 1 Left reverse box lc rgb "#bbbbbb"'
               % ((key_h - 4) / height, cols, rows))
    out.append('  plot ' + ", \\\n       ".join(
        'NaN with %s %s title %s' % (s.how(), s.style(), q(s.label)) for s in legend))
    out.append('  unset multiplot')
    out.append('  unset output')
    out.append('}')
    return "\n".join(out) + "\n"



def heatmap_script(name, title, rows_labels, sizes, cells, cblabel, note):
    """A heatmap: one row per primitive/variant, one column per size, the
    colour the ratio (log scale), the value printed in each cell."""
    h = 120 + 22 * len(rows_labels) + 60
    w = 260 + 78 * len(sizes)
    out = ["# %s: generated by scripts/plots.py; run `gnuplot %s.gp` here" % (title, name),
           "set encoding utf8", "$cells << EOD"]
    for (i, j), v in sorted(cells.items()):
        out.append("%d %d %.6g" % (j, i, v))
    out.append("EOD")
    out += [
        'do for [fmt in "png svg"] {',
        '  if (fmt eq "png") { set terminal pngcairo size %d,%d noenhanced font "DejaVu Sans,10" '
        'background "white"; set output "%s.png" } else { set terminal svg size %d,%d '
        'noenhanced font "DejaVu Sans,10" background "white"; set output "%s.svg" }'
        % (w, h, name, w, h, name),
        "  set title %s font \",12\"" % q(title),
        "  set label 1 %s at screen 0.5, screen 0.015 center" % q(note),
        "  set lmargin 30; set rmargin 14; set bmargin 7; set tmargin 3",
        "  set xrange [-0.5:%g]; set yrange [%g:-0.5]" % (len(sizes) - 0.5, len(rows_labels) - 0.5),
        "  set xtics (%s) rotate by 35 right" % ", ".join(
            "%s %d" % (q(human_size(sz)), j) for j, sz in enumerate(sizes)),
        "  set ytics (%s)" % ", ".join("%s %d" % (q(l), i) for i, l in enumerate(rows_labels)),
        "  set xlabel \"payload per message\"; set tics scale 0",
        # log colour axis 0.01..1000: below 1 (a handoff, no copy) in blues,
        # above it warmer the further from the floor
        "  set logscale cb; set cbrange [0.01:1000]; set cblabel %s" % q(cblabel),
        "  set cbtics (\"0.01\" 0.01, \"0.1\" 0.1, \"1 = floor\" 1, \"10\" 10, \"100\" 100, "
        "\"1000\" 1000)",
        "  set palette defined (0 \"#2166ac\", 0.39 \"#d1e5f0\", 0.4 \"#fff7ec\", "
        "0.6 \"#fdd49e\", 0.8 \"#fc8d59\", 1 \"#b30000\")",
        "  plot $cells using 1:2:(0.5):(0.5):3 with boxxyerror fs solid 1.0 noborder "
        "lc palette notitle, \\",
        "       $cells using 1:2:($3 >= 100 ? sprintf(\"%.0f\", $3) : sprintf(\"%.3g\", $3)) "
        "with labels font \",8\" notitle",
        "}",
    ]
    return "\n".join(out) + "\n"
