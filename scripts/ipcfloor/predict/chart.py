"""plots/explain-<size>-<pattern>.{gp,png,svg}: each cell's parts as shares
of its measured total, and the totals against the floors."""
import os
import shutil
import subprocess
import sys

from ..gnuplot import q
from ..units import decimal_size as fmt_size
from ..units import human_s as fmt_s
from .model import CAT_KEYS, CATEGORIES


def chart(run, size, pattern, cells, quiet):
    """Two panels: the breakdown as shares (stacked, negative residual below 0),
    and the measured totals on a log scale with the floors as lines."""
    if not any(c.total for c in cells) or not shutil.which("gnuplot"):
        return []
    pdir = os.path.join(run, "plots")
    os.makedirs(pdir, exist_ok=True)
    base = "explain-%d-%s" % (size, pattern)
    n = len(cells)
    data = []        # x, category index, y0, y1
    for i, c in enumerate(cells):
        if not c.total:
            continue
        d = c.by_category()
        up = down = 0.0
        for k in CAT_KEYS:
            v = d.get(k)
            if not v:
                continue
            sh = v / c.total
            if sh >= 0:
                data.append((i, CAT_KEYS.index(k), up, up + sh))
                up += sh
            else:
                data.append((i, CAT_KEYS.index(k), down + sh, down))
                down += sh
    ymin = min([0.0] + [y0 for _, _, y0, _ in data])
    ymax = max([1.0] + [y1 for _, _, _, y1 in data])
    fc = cells[0].floor_copy
    fz = cells[0].floor_zero
    totals = [c.total for c in cells if c.total]
    lo = min(totals + [f[0] for f in (fc, fz) if f and f[0]])
    hi = max(totals)
    xt = ", ".join("%s %d" % (q(c.name if c.total else "%s (%s)" % (
        c.name, "missing: " + ", ".join(w for w, _ in c.missing))), i) for i, c in enumerate(cells))
    g = []
    for term, ext in (("pngcairo size 1400,900 font 'sans,10'", "png"), ("svg size 1400,900 font 'sans,10'", "svg")):
        g += ["set terminal %s noenhanced" % term, "set output %s" % q(base + "." + ext),
              "set multiplot layout 2,1 title %s" % q(
                  "Where the time goes at %s (%d B), %s pattern" % (fmt_size(size), size, pattern)),
              "set lmargin 12", "set rmargin 34",
              "set xrange [-0.6:%f]" % (n - 0.4), "set xtics (%s) rotate by -30 left" % xt,
              "set ylabel 'share of the measured total'",
              "set yrange [%f:%f]" % (100 * min(ymin, 0) - 2, 100 * ymax + 2),
              "set grid ytics", "set key outside right top", "unset logscale y",
              "set format y '%.0f%%'", "set style fill border -1"]
        plots = []
        for ci, (k, label, colour, fill) in enumerate(CATEGORIES):
            rows = [r for r in data if r[1] == ci]
            if not rows:
                plots.append("1/0 with boxes lc rgb %s fs %s title %s" % (q(colour), fill, q(label)))
                continue
            plots.append("'-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) "
                         "with boxxyerror lc rgb %s fs %s title %s" % (q(colour), fill, q(label)))
        g.append("plot " + ", \\\n     ".join(plots) + ", 0 with lines lc rgb 'black' lw 1 notitle")
        for ci in range(len(CATEGORIES)):
            rows = [r for r in data if r[1] == ci]
            if rows:
                for (x, _, y0, y1) in rows:
                    g.append("%d %d %.6g %.6g" % (x, ci, y0, y1))
                g.append("e")
        g += ["set ylabel 'seconds per request (log)'", "set logscale y", "set format y '%.0e'",
              "set yrange [%g:%g]" % (lo / 3, hi * 3), "unset grid", "set grid ytics mytics",
              "set xtics (%s) rotate by -30 left" % xt]
        plots = ["'-' using 1:2:(0.7) with boxes lc rgb '#4c72b0' fs solid 0.6 title 'measured total'"]
        for f, name, dt in ((fc, "copy floor", 2), (fz, "zero-copy floor", 3)):
            if f and f[0]:
                plots.append("%g with lines lc rgb 'black' dt %d lw 2 title %s"
                             % (f[0], dt, q("%s %s:" % (name, fmt_s(f[0])))))
            elif f:
                plots.append("NaN with lines lc rgb 'white' title %s" % q("%s: missing" % name))
            if f and f[0]:
                plots.append("NaN with lines lc rgb 'white' title %s" % q(
                    "  " + " ".join(f[1].replace("micro.csv ", "").split()[:1] + f[1].split()[-1:])))
        g.append("plot " + ", \\\n     ".join(plots))
        for i, c in enumerate(cells):
            if c.total:
                g.append("%d %.6g" % (i, c.total))
        g += ["e", "unset multiplot", "unset logscale y", "set output"]
    gp = os.path.join(pdir, base + ".gp")
    with open(gp, "w") as f:
        f.write("# explain.py: %s; data inline, run `gnuplot %s.gp` in this folder\n" % (base, base))
        f.write("\n".join(g) + "\n")
    r = subprocess.run(["gnuplot", base + ".gp"], cwd=pdir, capture_output=True, text=True)
    if r.returncode != 0 and not quiet:
        sys.stderr.write("explain: gnuplot failed on %s: %s\n" % (gp, r.stderr.strip()[-300:]))
    return [base + ".png", base + ".svg"]
