#!/usr/bin/python3
"""Render the plots of ipcfloor result folders with gnuplot.

Usage: plots.py [--force] [--allow-incomplete] [RUN_DIR ...]

Without RUN_DIR every run folder under results/ that has no plots yet
(no plots/index.md) is rendered; a folder with an INCOMPLETE file is skipped
with a message.  Each plot is one self-contained gnuplot script
<run>/plots/<name>.gp (its data inline) that writes <name>.png and <name>.svg,
so a reader can restyle a plot without running the suite.  plots/index.md
lists every plot with a one-line caption.

Only rows with status ok are drawn.  Rows of the floor primitives
(FLOOR_PRIMITIVES) are drawn as thin grey dashed lines without markers on the
same axes as the primitives they bound.  Every other line has a colour, a
dash type and a marker, so the plots stay readable printed in greyscale.

Also the small shared library of report.py and compare.py: loading a run
folder, human units, running gnuplot.  Python 3 standard library only.
"""
import json
import math
import os
import re
import shutil
import subprocess
import sys

import cli
from ipcfloor.placements import ORDER as PLACEMENT_ORDER
from ipcfloor.rows import (RunError, find_run_dirs, floors_of, is_incomplete, load_run,
                           ok_rows, run_label)
from ipcfloor.units import human_ns, human_size

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESULTS = os.path.join(REPO, "results")

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


def placement_key(p):
    return (PLACEMENT_ORDER.index(p) if p in PLACEMENT_ORDER else len(PLACEMENT_ORDER), p)


def series_name(primitive, variant):
    """pipe, socketpair/seqpacket: the default variant goes unnamed."""
    return "%s/%s" % (primitive, variant) if variant not in ("", "default") else primitive


def is_floor(row):
    return row.get("_floor", False)


def is_unread(row):
    return row.get("_unread", False)


def is_transfer(row):
    """A row that moves the bytes: not a mapping handed over (-handoff), not a
    receiver that never reads them (meta.json unread)."""
    return not row["variant"].endswith("-handoff") and not is_unread(row)


# ---------------------------------------------------------------- units

def fmt_value(v, mode):
    if v is None:
        return "-"
    return human_ns(v) if mode == "lat" else "%.3g GB/s" % v


# ---------------------------------------------------------------- gnuplot

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


# ---------------------------------------------------------------- plot plan

class Styler:
    """The same primitive/variant has the same style in every plot of a run."""

    def __init__(self, rows):
        names = sorted({series_name(r["primitive"], r["variant"])
                        for r in rows if not is_floor(r)})
        self.idx = {n: i for i, n in enumerate(names)}
        fnames = sorted({series_name(r["primitive"], r["variant"])
                         for r in rows if is_floor(r)})
        self.fidx = {n: i for i, n in enumerate(fnames)}

    def series(self, name, floor, suffix=""):
        if floor:
            i = self.fidx.get(name, 0)
            return Series("floor: " + name + suffix, FLOOR_GREY,
                          FLOOR_DASHES[i % len(FLOOR_DASHES)], 0, floor=True)
        i = self.idx.get(name, 0)
        return Series(name + suffix, COLOURS[i % len(COLOURS)],
                      DASHES[i % len(DASHES)], POINTS[i % len(POINTS)])


def group(rows, *cols):
    out = {}
    for r in rows:
        out.setdefault(tuple(r[c] for c in cols), []).append(r)
    return out


def floor_rows_for(rows, mode, placement):
    """Floor rows of `mode` to draw on a plot of `placement`: the rows at that
    placement, or, for a floor measured elsewhere only (one-process floors),
    its rows at its best-covered placement, labelled with that placement."""
    out = []
    floors = [r for r in rows if is_floor(r) and r["mode"] == mode]
    for (prim, var), rs in sorted(group(floors, "primitive", "variant").items()):
        here = [r for r in rs if r["placement"] == placement]
        if here:
            out.append((prim, var, "", here))
            continue
        byp = group(rs, "placement")
        best = sorted(byp, key=lambda p: (-len(byp[p]), placement_key(p[0])))[0]
        out.append((prim, var, " (%s)" % best[0], byp[best]))
    return out


def add_series(panel, styler, name, floor, rs, ycol, bandcol=None, suffix=""):
    s = styler.series(name, floor, suffix)
    for r in rs:
        x = r["_num"]["size_bytes"]
        y = r["_num"][ycol]
        if y is None or y <= 0:
            continue  # not measured, or zero: nothing to draw on a log axis
        yhi = r["_num"][bandcol] if bandcol else None
        s.points.append((x, y, yhi if (yhi is not None and yhi > 0) else None))
    panel.series.append(s)
    return s


BEST_LINES = 10	# a best-of plot: at most this many lines, floors included


def best_of_family(rows, mode, ycol):
    """{primitive: variant}: each primitive's best transfer at one placement:
    the variant best at the most sizes of those all its variants have (bulk
    sizes have fewer variants), the geometric mean breaking ties."""
    out = {}
    for (prim,), rs in group([r for r in rows if r["mode"] == mode and r["_num"][ycol]],
                             "primitive").items():
        byvar = {v: {r["_num"]["size_bytes"]: r["_num"][ycol] for r in vr}
                 for (v,), vr in group(rs, "variant").items()}
        shared = set.intersection(*(set(v) for v in byvar.values()))
        sign = 1 if mode == "lat" else -1
        wins = dict.fromkeys(byvar, 0)
        for size in shared:
            wins[min(byvar, key=lambda v: sign * byvar[v][size])] += 1

        def score(v):
            vals = [byvar[v][size] for size in shared]
            g = math.exp(sum(math.log(x) for x in vals) / len(vals)) if vals else float("inf")
            return (-wins[v], sign * g)
        out[prim] = min(sorted(byvar), key=score)
    return out


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


def floor_at(rows, prim, var, mode, placement, size, col):
    for r in rows:
        if (r["primitive"], r["variant"], r["mode"], r["placement"]) == (prim, var, mode, placement) \
                and r["_num"]["size_bytes"] == size:
            return r["_num"][col]
    return None


def best_score(rows, prim, var, mode, ycol):
    vals = [r["_num"][ycol] for r in rows if (r["primitive"], r["variant"]) == (prim, var)
            and r["_num"][ycol]]
    g = math.exp(sum(math.log(v) for v in vals) / len(vals)) if vals else float("inf")
    return g if mode == "lat" else -g


def heatmaps(rows, placements, head):
    """Every transfer row against the floor of the same run, size by size:
    lat: p50 / (one cache-line transfer at the placement + a warm memcpy of
    the payload), the least a one-way message can cost; bw: warm memcpy
    GB/s / the row's GB/s.  1 is the floor; handoffs (no copy) can go under."""
    out = []
    for mode, ycol in (("lat", "p50_ns"), ("bw", "gbps")):
        for pl in placements:
            mine = [r for r in rows if not is_floor(r) and r["mode"] == mode
                    and r["placement"] == pl]
            if not mine:
                continue
            sizes = sorted({r["_num"]["size_bytes"] for r in mine})
            labels = sorted({series_name(r["primitive"], r["variant"]) for r in mine})
            cells = {}
            for r in mine:
                size = r["_num"]["size_bytes"]
                copy = floor_at(rows, "memcpy", "warm", mode, "same-cpu", size, ycol)
                if mode == "lat":
                    line = floor_at(rows, "cacheline", "", "lat", pl, 64, "p50_ns") or \
                        floor_at(rows, "cacheline", "default", "lat", pl, 64, "p50_ns") or 0
                    ratio = r["_num"][ycol] / (copy + line) if copy else None
                else:
                    ratio = copy / r["_num"][ycol] if copy and r["_num"][ycol] else None
                if ratio:
                    cells[(labels.index(series_name(r["primitive"], r["variant"])),
                           sizes.index(size))] = ratio
            if not cells:
                continue
            what = ("one-way p50 / (cache-line transfer + warm memcpy of the payload)"
                    if mode == "lat" else "warm memcpy GB/s / the row's GB/s")
            out.append(("heatmap-%s-%s" % (mode, pl),
                        "Every variant against the floor of this run at %s (%s mode): %s.  "
                        "1 is the floor; the number in each cell is the factor above it.  "
                        "Below 1: a handoff, which copies nothing, or (bw) a pipelined pair "
                        "whose two cores together out-copy one core's memcpy." % (pl, mode, what),
                        head + "  %s above the floor, %s" % (mode, pl),
                        heatmap_script("heatmap-%s-%s" % (mode, pl),
                                       head + "  %s above the floor, %s" % (mode, pl),
                                       labels, sizes, cells, "factor above the floor (log)",
                                       what)))
    return out


def plan(run_dir, meta, rows):
    """[(name, caption, title, [Panel] or gnuplot text)] for one run."""
    machine, run_id = run_label(run_dir, meta)
    head = "%s  run %s" % (machine, run_id)
    if is_incomplete(run_dir, meta):
        head += "  (INCOMPLETE RUN)"
    rows = ok_rows(rows)
    styler = Styler(rows)
    placements = sorted({r["placement"] for r in rows if not is_floor(r)}, key=placement_key)
    figures = []

    def floors_for(p, mode, pl, ycol, room):
        """The floors: each one measured at one size (a cache line, a null
        system call) as a single marker, and as many lines as the room leaves
        of those measured at every size, a warm memcpy first: the copy is
        what a transfer of the bytes cannot beat."""
        cands = floor_rows_for(rows, mode, pl)
        points = [c for c in cands if len({r["_num"]["size_bytes"] for r in c[3]}) == 1]
        lines = sorted((c for c in cands if c not in points),
                       key=lambda c: (c[:2] != ("memcpy", "warm"), c[0], c[1]))
        for prim, var, suf, rs in points:
            sr = add_series(p, styler, series_name(prim, var), True, rs, ycol, suffix=suf)
            sr.as_point = True
            sr.point = 6 + 2 * (styler.fidx.get(series_name(prim, var), 0) % 4)
        for prim, var, suf, rs in lines[:room]:
            add_series(p, styler, series_name(prim, var), True, rs, ycol, suffix=suf)

    def best_panel(mode, pl, ycol, band, kind, ylabel, what):
        mine = [r for r in rows if not is_floor(r) and r["mode"] == mode
                and r["placement"] == pl and is_transfer(r)]
        best = best_of_family(mine, mode, ycol)
        # the families, best first, so a cut keeps the best
        order = sorted(best, key=lambda prim: best_score(mine, prim, best[prim], mode, ycol))
        lines_floor = 1
        keep = order[:BEST_LINES - lines_floor]
        p = Panel("%s, placement %s: the best variant of each primitive" % (what, pl),
                  ylabel, kind, band=band)
        for prim in sorted(keep):
            rs = [r for r in mine if r["primitive"] == prim and r["variant"] == best[prim]]
            nvar = len({r["variant"] for r in mine if r["primitive"] == prim})
            add_series(p, styler, series_name(prim, best[prim]), False, rs, ycol,
                       "p99_ns" if band else None,
                       suffix=" (best of %d)" % nvar if nvar > 1 else "")
        if p.nonempty():
            floors_for(p, mode, pl, ycol, lines_floor)
        return p, order[BEST_LINES - lines_floor:]

    for pl in placements:
        p, cut = best_panel("lat", pl, "p50_ns", True, "time", "one-way latency (time, log scale)",
                            "One-way latency: line p50, shaded p50..p99")
        if p.nonempty():
            figures.append(("lat-%s" % pl,
                            "One-way latency (p50 line, p50..p99 band) against payload size at "
                            "%s: the best variant of each primitive (lowest geometric mean over "
                            "its sizes; every variant is in primitive-*.png), floors in grey%s."
                            % (pl, "; left out: " + ", ".join(cut) if cut else ""),
                            head + "  one-way latency, " + pl, [p]))
        p, cut = best_panel("bw", pl, "gbps", False, "gbps",
                            "throughput (GB/s = 10^9 B/s, log scale)", "Streaming throughput")
        if p.nonempty():
            figures.append(("bw-%s" % pl,
                            "Streaming throughput (GB/s) against payload size at %s: the best "
                            "variant of each primitive that moves the bytes (handoffs are in "
                            "handoff-%s.png), memory copy floor in grey%s." % (
                                pl, pl, "; left out: " + ", ".join(cut) if cut else ""),
                            head + "  throughput, " + pl, [p]))
    # what is handed over rather than moved: time per message, never GB/s
    for pl in placements:
        panels = []
        for mode, ycol, what in (("lat", "p50_ns", "one-way handoff latency p50"),
                                 ("bw", "msgs_per_s", "streaming: time per handoff")):
            mine = [r for r in rows if not is_floor(r) and r["mode"] == mode
                    and r["placement"] == pl and not is_transfer(r)]
            if mode == "bw":
                mine = [dict(r, _num=dict(r["_num"], per_msg_ns=1e9 / r["_num"]["msgs_per_s"]))
                        for r in mine if r["_num"]["msgs_per_s"]]
                ycol = "per_msg_ns"
            p = Panel(what + ", placement " + pl, "time per message (log scale)", "time")
            for (prim, var), rs in sorted(group(mine, "primitive", "variant").items()):
                add_series(p, styler, series_name(prim, var), False, rs, ycol)
            panels.append(p)
        if any(p.nonempty() for p in panels):
            figures.append(("handoff-%s" % pl,
                            "Handoffs at %s: a mapping passed over (-handoff) or pages spliced "
                            "on without being read (vmsplice splice*).  No byte is copied, so "
                            "the time per message is drawn, not a throughput." % pl,
                            head + "  handoffs (no copy), " + pl, panels))
    for mode, mname in (("lat", "ping-pong"), ("bw", "streaming")):
        for pl in placements:
            best = best_of_family([r for r in rows if not is_floor(r) and r["mode"] == mode
                                   and r["placement"] == pl and is_transfer(r)], mode,
                                  "p50_ns" if mode == "lat" else "gbps")
            ps = []
            for ycol, kind, ylabel, what in (
                    ("cpu_ns_per_msg", "time", "CPU time of both processes per message (log scale)",
                     "CPU time per message"),
                    ("ctxsw_per_msg", "count", "context switches per message (log scale)",
                     "Context switches per message")):
                p = Panel("%s, placement %s" % (what, pl), ylabel, kind)
                for prim, var in sorted(best.items()):
                    rs = [r for r in rows if (r["primitive"], r["variant"], r["mode"],
                                              r["placement"]) == (prim, var, mode, pl)]
                    add_series(p, styler, series_name(prim, var), False, rs, ycol)
                if p.nonempty():
                    ps.append(p)
            if ps:
                figures.append(("cpu-%s-%s" % (mode, pl),
                                "CPU cost per message in %s (%s mode) at %s, for the variants of "
                                "%s-%s.png: CPU ns of both processes (left) and context switches "
                                "(right); zero values are not drawn on the log axes."
                                % (mname, mode, pl, mode, pl),
                                head + "  CPU cost per message, %s (%s), %s" % (mname, mode, pl),
                                ps))
    figures += heatmaps(rows, placements, head)
    # one primitive, its placements side by side (dash type = placement)
    for prim in sorted({r["primitive"] for r in rows}):
        mine = [r for r in rows if r["primitive"] == prim]
        variants = sorted({r["variant"] for r in mine})
        panels = []
        for mode, ycol, kind, ylabel, what in (
                ("lat", "p50_ns", "time", "one-way latency p50 (time, log scale)", "One-way latency p50"),
                ("bw", "gbps", "gbps", "throughput (GB/s, log scale)", "Streaming throughput")):
            p = Panel(what + " (colour, marker: variant; dash: placement)", ylabel, kind)
            for vi, var in enumerate(variants):
                for pl in sorted({r["placement"] for r in mine}, key=placement_key):
                    # throughput only for rows that move the bytes: handoffs
                    # have their own plot (handoff-<placement>.png)
                    rs = [r for r in mine if r["variant"] == var and r["mode"] == mode
                          and r["placement"] == pl and (mode == "lat" or is_transfer(r))]
                    if not rs:
                        continue
                    s = Series("%s  @ %s" % (series_name(prim, var), pl),
                               COLOURS[vi % len(COLOURS)], PLACEMENT_DASH.get(pl, "(4,4)"),
                               POINTS[vi % len(POINTS)])
                    for r in rs:
                        y = r["_num"][ycol]
                        if y is not None and y > 0:
                            s.points.append((r["_num"]["size_bytes"], y, None))
                    p.series.append(s)
            if p.nonempty() and not is_floor(mine[0]):
                ref = [pl for pl in ("cross-core", "same-cpu") if any(
                    r["placement"] == pl for r in mine)] or [placements[0] if placements else ""]
                floors_for(p, mode, ref[0], ycol, 1)
            panels.append(p)
        if any(p.nonempty() for p in panels):
            figures.append(("primitive-%s" % re.sub(r"[^A-Za-z0-9_.-]", "_", prim),
                            "%s at every placement side by side: latency p50 (left) and "
                            "throughput (right); colour and marker = variant, dash = placement."
                            % prim,
                            head + "  %s at every placement" % prim, panels))
    return figures


def render_run(run_dir, allow_incomplete=False, quiet=False):
    """Write <run>/plots/*.gp, *.png, *.svg and index.md.  Returns the list of
    (name, caption).  Raises RunError."""
    meta, rows = load_run(run_dir)
    if is_incomplete(run_dir, meta) and not allow_incomplete:
        raise RunError("%s: run is incomplete (INCOMPLETE file or complete=false); "
                       "not plotted (use --allow-incomplete)" % run_dir)
    figures = plan(run_dir, meta, rows)
    outdir = os.path.join(run_dir, "plots")
    os.makedirs(outdir, exist_ok=True)
    done = []
    for name, caption, title, panels in figures:
        gp = os.path.join(outdir, name + ".gp")
        with open(gp, "w", encoding="utf-8") as f:
            # a heatmap comes as its script; the rest as panels to lay out
            f.write(panels if isinstance(panels, str) else figure_script(name, title, panels))
        run_gnuplot(gp)
        for ext in ("png", "svg"):
            p = os.path.join(outdir, "%s.%s" % (name, ext))
            if not os.path.isfile(p) or os.path.getsize(p) == 0:
                raise RunError("gnuplot wrote no %s" % p)
        done.append((name, caption))
    machine, run_id = run_label(run_dir, meta)
    with open(os.path.join(outdir, "index.md"), "w", encoding="utf-8") as f:
        f.write("# Plots of %s, run %s\n\n" % (machine, run_id))
        f.write("Made by `make plots` (scripts/plots.py) from micro.csv, rows with "
                "status ok only.  Each `<name>.gp` redraws its plot with gnuplot.  "
                "Floors (%s) are grey dashed lines without markers.\n\n"
                % (", ".join(floors_of(meta)) or "none recorded in meta.json"))
        if not done:
            f.write("No plot: micro.csv has no row with status ok.\n")
        for name, caption in done:
            f.write("- [%s.png](%s.png) ([svg](%s.svg)): %s\n" % (name, name, name, caption))
    if not quiet:
        print("plots: %s: %d plots in %s" % (run_dir, len(done), outdir))
    return done


def incomplete_reason(run_dir):
    """Why a folder is not a whole run, or '' when it is (or unreadable:
    load_run says why later)."""
    if os.path.exists(os.path.join(run_dir, "INCOMPLETE")):
        return "INCOMPLETE file (run cut short or still going)"
    try:
        with open(os.path.join(run_dir, "meta.json"), encoding="utf-8") as f:
            meta = json.load(f)
    except (OSError, ValueError):
        return ""
    if isinstance(meta, dict) and meta.get("complete") is not True:
        return "INCOMPLETE: meta.json complete is not true"
    return ""


def has_plots(run_dir):
    return os.path.isfile(os.path.join(run_dir, "plots", "index.md"))


def main(argv=None):
    ap = cli.OneLineParser(
        description="Render gnuplot plots (PNG and SVG) of ipcfloor result folders into "
                    "<run>/plots/, with an index.md of captions.  Without RUN_DIR: every "
                    "run folder under results/ that has no plots yet.")
    ap.add_argument("runs", nargs="*", metavar="RUN_DIR", help="result folder(s) to render")
    ap.add_argument("--force", action="store_true", help="re-render folders that have plots")
    ap.add_argument("--allow-incomplete", action="store_true",
                    help="render folders marked incomplete too (titled INCOMPLETE)")
    ap.add_argument("--results", default=RESULTS, help="where to look without RUN_DIR "
                    "(default: %(default)s)")
    a = ap.parse_args(argv)
    explicit = bool(a.runs)
    runs = a.runs if explicit else find_run_dirs(a.results)
    if not runs:
        print("plots: no result folder under %s" % a.results)
        return 0
    status = 0
    for run in runs:
        if not explicit and has_plots(run) and not a.force:
            continue
        if not a.allow_incomplete and incomplete_reason(run):
            print("plots: skipping %s: %s" % (run, incomplete_reason(run)))
            continue
        try:
            render_run(run, allow_incomplete=a.allow_incomplete)
        except RunError as e:
            print("plots: %s" % e, file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
