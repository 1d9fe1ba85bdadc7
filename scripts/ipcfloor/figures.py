"""The plots of a run folder: which figures, which rows in each, and
rendering them (scripts/plots.py is the command line).

Only rows with status ok are drawn.  Floors (the programs' `floor` flag,
recorded in meta.json) are grey on the axes of the primitives they bound.
Every other line has a colour, a dash type and a marker, so the plots stay
readable printed in greyscale.
"""
import json
import math
import os
import re

from .gnuplot import (COLOURS, DASHES, FLOOR_DASHES, FLOOR_GREY, PLACEMENT_DASH, POINTS,
                      Panel, Series, figure_script, heatmap_script, run_gnuplot)
from .placements import key as placement_key
from .rows import RunError, floors_of, is_incomplete, load_run, ok_rows, run_label
from .units import human_ns

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


def fmt_value(v, mode):
    if v is None:
        return "-"
    return human_ns(v) if mode == "lat" else "%.3g GB/s" % v


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
FLOOR_MARKERS = [6, 8, 12, 10, 4, 14]	# open circle, triangle, diamond, ...


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
            return (-wins[v], sign * log_mean([byvar[v][size] for size in shared]))
        out[prim] = min(sorted(byvar), key=score)
    return out


def floor_at(rows, prim, var, mode, placement, size, col):
    for r in rows:
        if (r["primitive"], r["variant"], r["mode"], r["placement"]) == (prim, var, mode, placement) \
                and r["_num"]["size_bytes"] == size:
            return r["_num"][col]
    return None


def log_mean(vals):
    """Geometric mean of positive values; infinity for none (ranks last)."""
    return math.exp(sum(math.log(v) for v in vals) / len(vals)) if vals else float("inf")


def best_score(rows, prim, var, mode, ycol):
    g = log_mean([r["_num"][ycol] for r in rows
                  if (r["primitive"], r["variant"]) == (prim, var) and r["_num"][ycol]])
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
        for i, (prim, var, suf, rs) in enumerate(points):
            sr = add_series(p, styler, series_name(prim, var), True, rs, ycol, suffix=suf)
            sr.as_point = True
            # open markers, a different one for each floor in the panel
            sr.point = FLOOR_MARKERS[i % len(FLOOR_MARKERS)]
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
