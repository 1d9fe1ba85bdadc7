"""The measured per-request timeline of a run folder, made readable (issue 11).

Reads what the transport stage (scripts/transports/run.py) writes into a run
folder for its traced cells:

  explain.csv        the ledger: one row per (cell, stage, category); seconds
                     summed over the cell's traced requests, share of the
                     cell's traced wall time (a cell's shares sum to 1)
  explain-cells.csv  one row per traced cell: requests, traced and untraced
                     p50, tracing overhead, status (ok|skip|fail) and reason,
                     predicted_s (empty until scripts/explain.py fills it)

and writes, for scripts/explain.py to put in EXPLAIN.md: the opening (one
sentence per cell naming its largest measured costs), the per-cell summary
beside the model's prediction, the full stage x category tables, and
plots/timeline-<size>.{png,svg,gp}.  Everything is read from the two files;
nothing here measures or models.  Per request = seconds / traced_requests,
i.e. the mean over the traced requests, while the headline time of a cell is
their p50: the two differ by the spread of the requests.

Only read_measured, fill_predicted and write_plots touch files; the rest are
functions of the rows.
"""
import csv
import math
import os
from collections import namedtuple

from ..gnuplot import q, run_gnuplot
from ..rows import RunError
from ..units import decimal_size, fnum, human_ns
# the ledger's columns are the transport stage's, which writes the file
from .cells import LEDGER_COLUMNS  # noqa: F401
from .ledger import NOBODY, RUNQ, UNATTRIBUTED, WAKE

LEDGER = "explain.csv"
CELLS = "explain-cells.csv"
# a cell's third cost is named only when it is at least this share: two costs
# always, a third only when it changes the picture
THIRD_MIN = 0.05
# the full tables fold rows below this share into one line (explain.csv has them)
FOLD_BELOW = 0.001
# a segment of a bar gets its share printed in it from this share on (narrower
# segments have no room for "12%")
LABEL_MIN = 0.06

# Fixed style per category, so a colour means the same in every plot of every
# run: CPU work in solid colours (Okabe-Ito first, then Tol's muted set),
# time off the CPU hatched in grey, unattributed time pale.  The order is the
# stacking order, left to right.  (name, colour, fill, label colour)
WHITE, BLACK = 0xFFFFFF, 0x000000
CATEGORY_STYLE = [
    ("interpreter", "#0072B2", "solid 1.0", WHITE),
    ("float<->text (JSON)", "#D55E00", "solid 1.0", WHITE),
    ("base64", "#CC79A7", "solid 1.0", BLACK),
    ("pickle", "#E69F00", "solid 1.0", BLACK),
    ("numpy", "#009E73", "solid 1.0", WHITE),
    ("libc copies", "#56B4E9", "solid 1.0", BLACK),
    ("kernel copies", "#1B3A6B", "solid 1.0", WHITE),
    ("page faults: clearing", "#882255", "solid 1.0", WHITE),
    ("page faults: mapping", "#D39BC8", "solid 1.0", BLACK),
    ("socket stack", "#117733", "solid 1.0", WHITE),
    ("scheduling, futex and epoll", "#999933", "solid 1.0", BLACK),
    ("mmap/munmap/brk", "#44AA99", "solid 1.0", BLACK),
    ("gRPC core", "#DDCC77", "solid 1.0", BLACK),
    ("Erlang VM", "#661100", "solid 1.0", WHITE),
    ("ZeroMQ (libzmq)", "#AA4499", "solid 1.0", WHITE),
    ("other", "#A0A0A0", "solid 1.0", BLACK),
    (WAKE, "#404040", "pattern 4", BLACK),
    (RUNQ, "#404040", "pattern 5", BLACK),
    (NOBODY, "#404040", "pattern 1", BLACK),
    (UNATTRIBUTED, "#000000", "solid 0.12", BLACK),
]
# categories the table above does not know (a newer categories.py) take these
# in sorted order, so they still differ from each other and from "other"
SPARE = ["#8C564B", "#BCBD22", "#17BECF", "#7F7F7F", "#9467BD", "#E377C2"]

Measured = namedtuple("Measured", "cells rows missing")
Measured.__doc__ = """cells: explain-cells.csv rows in file order (None when the file is
missing), numbers parsed; rows: {cell key: ledger rows, largest first};
missing: what is missing or unusable, one phrase each ([] when complete)."""


# ------------------------------------------------------------------ reading
def key_of(r):
    return (r["transport"], r["variant"], int(r["size_bytes"]), r["pattern"])


def _read(path):
    with open(path, newline="", encoding="utf-8") as f:
        rd = csv.DictReader(f)
        return rd.fieldnames or [], list(rd)


def read_measured(run):
    """The two files of `run` as a Measured; never raises for a missing file."""
    missing = []
    cells, rows = None, {}
    cpath, lpath = os.path.join(run, CELLS), os.path.join(run, LEDGER)
    if os.path.exists(lpath):
        cols, raw = _read(lpath)
        if not {"stage", "category"} <= set(cols):
            # the name belonged to the model's table before issue 11: a folder
            # explained then still holds one, which is no ledger
            missing.append("%s here is the model's table of an older explain "
                           "(column `part`; now predicted.csv), not the measured ledger" % LEDGER)
        else:
            for r in raw:
                r = dict(r, seconds=fnum(r.get("seconds")) or 0.0, share=fnum(r.get("share")))
                rows.setdefault(key_of(r), []).append(r)
            for k, rs in rows.items():
                tot = sum(r["seconds"] for r in rs)
                for r in rs:
                    if r["share"] is None:     # the ledger writes it; derive it if not
                        r["share"] = r["seconds"] / tot if tot else 0.0
                rs.sort(key=lambda r: -r["seconds"])
    else:
        missing.append(LEDGER)
    if os.path.exists(cpath):
        cells = []
        for r in _read(cpath)[1]:
            c = dict(r)
            c["size_bytes"] = int(r["size_bytes"])
            for k in ("traced_requests", "traced_p50_s", "untraced_p50_s", "overhead",
                      "overhead_low", "overhead_high", "pairs", "unattributed_s", "unknown_cpu_share", "predicted_s", "samples", "lost"):
                c[k] = fnum(r.get(k))
            c["status"] = r.get("status") or ""
            c["reason"] = r.get("reason") or ""
            cells.append(c)
    else:
        missing.append(CELLS)
    return Measured(cells, rows, missing)


def missing_line(m):
    """One line naming what is missing, '' when nothing is."""
    if not m.missing:
        return ""
    plain = [x for x in m.missing if x in (LEDGER, CELLS)]
    other = [x for x in m.missing if x not in plain]
    parts = []
    if plain:
        parts.append("%s %s missing" % (" and ".join(plain), "are" if len(plain) > 1 else "is"))
    parts += other
    return ("no measured timeline: %s (the transport stage writes them when perf is available; "
            "run make run)" % "; ".join(parts))


def fill_predicted(run, predicted):
    """Rewrite explain-cells.csv in place with predicted_s set for the cells
    in `predicted` ({(transport, variant, size_bytes, pattern): seconds}); every
    other column and cell stays as written.  Returns how many were filled."""
    path = os.path.join(run, CELLS)
    if not os.path.exists(path):
        return 0
    cols, raw = _read(path)
    if "predicted_s" not in cols:
        cols = cols + ["predicted_s"]
    n = 0
    for r in raw:
        v = predicted.get(key_of(r))
        if v is not None:
            r["predicted_s"] = "%.9g" % v
            n += 1
    with open(path + ".partial", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        w.writerows(raw)
    os.replace(path + ".partial", path)
    return n


# ---------------------------------------------------------------- formatting
def cell_label(c):
    return c["transport"] if c["variant"] == "default" else "%s/%s" % (c["transport"], c["variant"])


def cell_title(c):
    """'http_json 1.2 MB', with the pattern when it is not the published one."""
    s = "%s %s" % (cell_label(c), decimal_size(c["size_bytes"]))
    return s if c["pattern"] == "published" else "%s (%s)" % (s, c["pattern"])


def fmt_t(seconds):
    return "-" if seconds is None else human_ns(seconds * 1e9)


def fmt_pct(x, digits=0):
    return "-" if x is None else "%.*f%%" % (digits, 100 * x)


def fmt_ratio(x):
    if x is None:
        return "-"
    return "%.1fx" % x if x < 10 else "{:,.0f}x".format(x)


def per_request(c, seconds):
    n = c.get("traced_requests")
    return seconds / n if n else None


def measured_p50(c):
    """The time set against the prediction: the untraced p50 (the request as it
    runs without the tracer), else the traced one."""
    return c["untraced_p50_s"] if c.get("untraced_p50_s") else c.get("traced_p50_s")


def ratio_to_predicted(c):
    m, p = measured_p50(c), c.get("predicted_s")
    return m / p if m and p and p > 0 else None


def unattributed(c, rows):
    """(per request, share) of the cell's unattributed time: the ledger's
    unattributed rows; else the cell's unattributed_s, which, like the
    ledger's seconds, is summed over the traced requests (its share then
    of p50 x requests, the ledger's wall time being unknown)."""
    if rows:        # a cell's ledger covers its whole wall time: no row = none
        us = [r for r in rows if r["category"] == UNATTRIBUTED]
        return per_request(c, sum(r["seconds"] for r in us)), sum(r["share"] for r in us)
    u = c.get("unattributed_s")
    if u is None:
        return None, None
    wall = (c.get("traced_p50_s") or 0) * (c.get("traced_requests") or 0)
    return per_request(c, u), (u / wall if wall else None)


def top_costs(rows):
    """The two largest measured (stage, category) costs of a cell, and a third
    when it is at least THIRD_MIN of the cell; unattributed time is no cost of
    any layer and stays in the tables."""
    named = [r for r in rows if r["category"] != UNATTRIBUTED and r["seconds"] > 0]
    named.sort(key=lambda r: -r["seconds"])
    return named[:2] + [r for r in named[2:3] if r["share"] >= THIRD_MIN]


def sentence(c, rows):
    """One plain sentence for a cell: its traced p50 per request and its
    largest costs, or why it has none."""
    head = cell_title(c)
    if c["status"] == "skip":
        return "%s: not traced (skip): %s." % (head, c["reason"] or "no reason given")
    if c["status"] not in ("ok", ""):
        return "%s: trace failed (%s): %s." % (head, c["status"], c["reason"] or "no reason given")
    s = "%s: %s per request" % (head, fmt_t(c.get("traced_p50_s")))
    top = top_costs(rows)
    if not top:
        return s + "; the ledger (%s) has no row for it." % LEDGER
    costs = ["%s (%s) %s in %s" % (fmt_t(per_request(c, r["seconds"])), fmt_pct(r["share"]),
                                   r["stage"], r["category"]) for r in top]
    said = costs[0] if len(costs) == 1 else ", ".join(costs[:-1]) + " and " + costs[-1]
    return "%s, of which %s." % (s, said)


def size_heading(size):
    """'1.2 MB (1204224 B)'; '64 B' alone."""
    d = decimal_size(size)
    return d if d == "%d B" % size else "%s (%d B)" % (d, size)


def sizes_of(m):
    return sorted({c["size_bytes"] for c in m.cells or []})


# ---------------------------------------------------------------- markdown
def opening(m):
    """The one-page opening of EXPLAIN.md: per traced size (a full run traces
    64 B, 1.2 MB and 38.5 MB), one sentence per cell, in the order the
    transport stage ran them."""
    out = ["## Where a request's time goes, measured", ""]
    if m.cells is None:
        return out + [missing_line(m) + ".", ""]
    out += ["Each traced request is timed by stage stamps on every side and sampled by perf on "
            "every CPU; the ledger (`%s`) puts each slice of the client's wall time in a stage "
            "(`side:label`) and a category. Below: each cell's traced p50 per request and its "
            "largest costs, per request (the ledger's seconds / the traced requests) and as a share "
            "of the traced wall time. Unattributed time and the tracer's overhead are in the "
            "tables further down." % LEDGER, ""]
    if m.missing:
        out += [missing_line(m) + ".", ""]
    if not m.cells:
        return out + ["%s has no traced cell." % CELLS, ""]
    for size in sizes_of(m):
        out += ["### %s" % size_heading(size), ""]
        out += ["- " + sentence(c, m.rows.get(key_of(c), []))
                for c in m.cells if c["size_bytes"] == size]
        out.append("")
    return out


def fmt_overhead(c):
    """+4.1% [-1.0%, +8.3%] over 34 pairs; the bare figure where no interval."""
    ov = c.get("overhead")
    if ov is None:
        return "-"
    out = "%+.1f%%" % (100 * ov)
    if c.get("overhead_low") is not None and c.get("overhead_high") is not None:
        out += " [%+.1f%%, %+.1f%%] over %d pairs" % (
            100 * c["overhead_low"], 100 * c["overhead_high"], c.get("pairs") or 0)
    return out


def summary_table(m):
    """One row per traced cell: the measurement, what it cost, the prediction."""
    if not m.cells:
        return []
    out = ["## Measured beside predicted", "",
           "One row per traced cell (`%s`). Overhead = what perf and the stamps added: the median "
           "over adjacent pairs of a traced and an untraced block of traced / untraced - 1, with "
           "its 95%% interval and the number of pairs. Unattributed = wall time the ledger could not place, per request and "
           "share. Unknown CPU = share of the on-CPU samples with no known frame. Predicted = the "
           "least the data movement costs by this machine's floors (below); measured / predicted "
           "uses the untraced p50." % CELLS, "",
           "| cell | requests | traced p50 | untraced p50 | overhead | unattributed | unknown CPU "
           "| samples (lost) | predicted | measured / predicted | status |",
           "|---|---|---|---|---|---|---|---|---|---|---|"]
    for c in m.cells:
        rows = m.rows.get(key_of(c), [])
        u, us = unattributed(c, rows)
        samples = "-" if c.get("samples") is None else "{:,.0f} ({:,.0f})".format(
            c["samples"], c.get("lost") or 0)
        status = c["status"] if not c["reason"] else "%s: %s" % (c["status"], c["reason"])
        out.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            cell_title(c), "-" if c.get("traced_requests") is None else "%d" % c["traced_requests"],
            fmt_t(c.get("traced_p50_s")), fmt_t(c.get("untraced_p50_s")),
            fmt_overhead(c),
            "-" if u is None else "%s (%s)" % (fmt_t(u), fmt_pct(us, 1)),
            fmt_pct(c.get("unknown_cpu_share")), samples, fmt_t(c.get("predicted_s")),
            fmt_ratio(ratio_to_predicted(c)), status.replace("|", "/")))
    return out + [""]


def ledger_table(c, rows):
    """Markdown table of one cell: stage x category, largest first, per-request
    time and share; rows below FOLD_BELOW folded into one."""
    big = [r for r in rows if r["share"] >= FOLD_BELOW]
    small = [r for r in rows if r["share"] < FOLD_BELOW]
    out = ["| stage | category | per request | share |", "|---|---|---|---|"]
    for r in big:
        out.append("| %s | %s | %s | %s |" % (r["stage"], r["category"],
                                              fmt_t(per_request(c, r["seconds"])), fmt_pct(r["share"], 1)))
    if small:
        out.append("| (%d more, each below %s) | | %s | %s |" % (
            len(small), fmt_pct(FOLD_BELOW, 1), fmt_t(per_request(c, sum(r["seconds"] for r in small))),
            fmt_pct(sum(r["share"] for r in small), 1)))
    out.append("| **total** | | %s | %s |" % (fmt_t(per_request(c, sum(r["seconds"] for r in rows))),
                                              fmt_pct(sum(r["share"] for r in rows), 1)))
    return out


def ledger_tables(m):
    """The full tables, one per traced cell with ledger rows."""
    cells = [c for c in m.cells or [] if m.rows.get(key_of(c))]
    if not cells:
        return []
    out = ["## The measured ledger, per cell", "",
           "Every (stage, category) of `%s` for the cell, largest first; per request = seconds / "
           "traced requests, share = of the traced wall time (sums to 100%%)." % LEDGER, ""]
    for c in cells:
        rows = m.rows[key_of(c)]
        u, us = unattributed(c, rows)
        out += ["### %s" % cell_title(c), "",
                "%s traced requests, p50 %s (untraced %s, overhead %s); unattributed %s (%s); %s." % (
                    "-" if c.get("traced_requests") is None else "%d" % c["traced_requests"],
                    fmt_t(c.get("traced_p50_s")), fmt_t(c.get("untraced_p50_s")),
                    fmt_overhead(c), fmt_t(u), fmt_pct(us, 1),
                    "predicted %s (measured / predicted %s)" % (
                        fmt_t(c["predicted_s"]), fmt_ratio(ratio_to_predicted(c)))
                    if c.get("predicted_s") else "no prediction (the model lacks a part of it)"), ""]
        out += ledger_table(c, rows) + [""]
    return out


def plot_links(files, problem):
    out = []
    if files:
        out += ["Plots, one per size: each traced cell's request as one bar, 100% = its traced wall "
                "time, split by category: " + ", ".join("[%s](plots/%s)" % (f, f) for f in files) + ".",
                ""]
    if problem:
        out += ["Timeline plots not drawn: %s." % problem, ""]
    return out


def terminal(m):
    """The opening for the terminal: the sentences, or the missing line."""
    if m.cells is None:
        return [missing_line(m)]
    out = ["measured timeline (%s, %s):" % (LEDGER, CELLS)]
    if m.missing:
        out.append("  " + missing_line(m))
    out += ["  " + sentence(c, m.rows.get(key_of(c), [])) for c in m.cells]
    return out


# -------------------------------------------------------------------- plots
def category_style(categories):
    """{category: (colour, fill, label colour)} for `categories`, and their
    stacking order: the fixed table's order, unknown ones before unattributed."""
    known = {n: (col, fill, tc) for n, col, fill, tc in CATEGORY_STYLE}
    order = [n for n, _, _, _ in CATEGORY_STYLE if n != UNATTRIBUTED]
    extra = sorted(set(categories) - set(known))
    style = dict(known)
    for i, n in enumerate(extra):
        style[n] = (SPARE[i % len(SPARE)], "solid 1.0", WHITE)
    return style, order + extra + [UNATTRIBUTED]


def category_shares(rows):
    """[(category, share)] of one cell, stages summed, in no particular order."""
    out = {}
    for r in rows:
        out[r["category"]] = out.get(r["category"], 0.0) + r["share"]
    return sorted(out.items())


def bars_at(m, size):
    """(label, [(category, share)]) per ok cell with ledger rows at `size`."""
    out = []
    for c in m.cells or []:
        rows = m.rows.get(key_of(c))
        if c["size_bytes"] != size or c["status"] not in ("ok", "") or not rows:
            continue
        label = cell_label(c) + ("" if c["pattern"] == "published" else " (%s)" % c["pattern"])
        out.append(("%s  %s" % (label, fmt_t(c.get("traced_p50_s"))), category_shares(rows)))
    return out


def plot_script(name, size, bars):
    """A gnuplot script drawing `bars` as horizontal 100%-stacked bars, one per
    cell, to <name>.png and <name>.svg, with the legend below the bars."""
    cats = sorted({k for _, shares in bars for k, _ in shares})
    style, order = category_style(cats)
    present = [k for k in order if k in cats]
    n = len(bars)
    width = 1400
    # DejaVu Sans at 11 pt is about 8.5 px a character (a key entry adds its sample)
    label_w = 40 + 8.5 * max(len(lbl) for lbl, _ in bars)
    bar_h, top, xlab_h = 34, 70, 70
    plot_h = n * bar_h + 20
    entry_w = 80 + 9 * max(len(k) for k in present)
    cols = max(1, min(4, int((width - 80) // entry_w), len(present)))
    krows = math.ceil(len(present) / cols)
    key_h = krows * 21 + 40
    height = top + plot_h + xlab_h + key_h + 10
    title = ("Where a request's time goes at %s: share of the traced wall time per request, "
             "by category" % size_heading(size))
    out = ["# %s: written by scripts/explain.py (ipcfloor/timeline/render.py) from explain.csv; "
           "run `gnuplot %s.gp` here" % (name, name),
           "# writes %s.png and %s.svg.  One bar per traced cell, its segments the categories' "
           "shares of the cell's traced wall time; data inline below: per category, "
           "lines of bar, start, end (shares)." % (name, name),
           "set encoding utf8"]
    for i, (label, _) in enumerate(bars):
        out.append("# bar %d: %s" % (i, label))
    segs = {k: [] for k in present}
    labels = []
    for i, (_, shares) in enumerate(bars):
        d = dict(shares)
        x = 0.0
        for k in present:
            v = d.get(k)
            if not v or v <= 0:
                continue
            segs[k].append((i, x, x + v))
            if v >= LABEL_MIN:
                labels.append((100 * (x + v / 2), i, "%.0f%%" % (100 * v), style[k][2],
                               not style[k][1].startswith("solid")))
            x += v
    for ci, k in enumerate(present):
        out += ["# %s" % k, "$c%d << EOD" % ci]
        out += ["%d %.6g %.6g" % s for s in segs[k]]
        out.append("EOD")
    # a share on a hatched segment sits on a white box, or the hatching hides it
    for j, block in enumerate(("$labels", "$boxed")):
        out.append("%s << EOD" % block)
        out += ['%.4g %d "%s" %d' % lab[:4] for lab in labels if lab[4] == bool(j)]
        out.append("EOD")
    xmax = max([100.0] + [100 * segs[k][-1][2] for k in present if segs[k]])
    out += ['do for [fmt in "png svg"] {',
            '  if (fmt eq "png") {',
            '    set terminal pngcairo size %d,%d noenhanced font "DejaVu Sans,11" background "white"'
            % (width, height),
            '    set output "%s.png"' % name,
            '  } else {',
            '    set terminal svg size %d,%d noenhanced font "DejaVu Sans,11" background "white"'
            % (width, height),
            '    set output "%s.svg"' % name,
            '  }',
            '  set multiplot',
            '  set title %s font ",13"' % q(title),
            '  set lmargin at screen %.4f' % (label_w / width),
            '  set rmargin at screen %.4f' % (1 - 30 / width),
            '  set tmargin at screen %.4f' % (1 - top / height),
            '  set bmargin at screen %.4f' % ((key_h + xlab_h + 10) / height),
            # a ledger whose shares add to a hair over 1 still fits
            '  set xrange [0:%g]' % max(100.0, math.ceil(xmax)),
            '  set yrange [%g:-0.5]' % (n - 0.5),
            '  set xtics 0,10,100 format "%g%%" nomirror',
            '  set ytics (%s) nomirror scale 0' % ", ".join(
                "%s %d" % (q(lbl), i) for i, (lbl, _) in enumerate(bars)),
            '  set xlabel "share of the traced wall time per request (100% = the whole traced '
            'request; the time after each name is its traced p50)"',
            '  set grid xtics lc rgb "#d0d0d0" lw 1 dt 1 front',
            '  set border 1 lw 1',
            '  set style textbox opaque noborder margins 1,1',
            '  unset key']
    parts = []
    for ci, k in enumerate(present):
        col, fill, _ = style[k]
        parts.append("$c%d using (($2+$3)*50):1:($2*100):($3*100):($1-0.36):($1+0.36) "
                     "with boxxyerror fc rgb %s fs %s border lc rgb %s notitle"
                     % (ci, q(col), fill, q("#ffffff" if fill.startswith("solid") else col)))
    if any(not lab[4] for lab in labels):
        parts.append('$labels using 1:2:3:4 with labels tc rgb variable font ",9" notitle')
    if any(lab[4] for lab in labels):
        parts.append('$boxed using 1:2:3 with labels boxed tc rgb "black" font ",9" notitle')
    out.append("  plot " + ", \\\n       ".join(parts))
    # the legend once, below the bars: an empty plot whose only content is the
    # key, so no bar is ever covered and no entry cut off
    out += ['  unset title; unset xlabel; unset ylabel; unset grid; unset border',
            '  unset xtics; unset ytics; set xrange [0:1]; set yrange [0:1]',
            '  set lmargin at screen 0.02; set rmargin at screen 0.98',
            '  set bmargin at screen 0.0; set tmargin at screen %.4f' % (key_h / height),
            '  set key at screen 0.5,%.4f center top horizontal maxcols %d maxrows %d samplen 3 '
            'spacing 1.15 width 1 Left reverse box lc rgb "#bbbbbb"'
            % ((key_h - 4) / height, cols, krows)]
    out.append("  plot " + ", \\\n       ".join(
        "NaN with boxes fc rgb %s fs %s border lc rgb %s title %s"
        % (q(style[k][0]), style[k][1], q(style[k][0]), q(k)) for k in present))
    out += ['  unset multiplot', '  unset output', '}']
    return "\n".join(out) + "\n"


def write_plots(run, m):
    """plots/timeline-<size>.{gp,png,svg} for every size with a drawable cell.
    Returns (png names, problem): problem is '' or why plots are missing."""
    files = []
    pdir = os.path.join(run, "plots")
    try:
        for size in sizes_of(m):
            bars = bars_at(m, size)
            if not bars:
                continue
            os.makedirs(pdir, exist_ok=True)
            name = "timeline-%d" % size
            gp = os.path.join(pdir, name + ".gp")
            with open(gp, "w", encoding="utf-8") as f:
                f.write(plot_script(name, size, bars))
            run_gnuplot(gp)
            files.append(name + ".png")
    except RunError as e:
        return files, str(e)
    return files, ""
