#!/usr/bin/python3
"""Explain where each high-level transport loses time, from one result folder.

    explain.py RUN_DIR [--no-plot] [--quiet] [--reference CSV]

Reads RUN_DIR/micro.csv (primitives and floors), transports.csv, components.csv
and counts.csv (scripts/transports/run.py) and, for every transport x variant
x size x pattern, splits the measured median request time into parts that each
come from a measured row of the same folder:

    part (category)   time = count x a measured unit
    generation        components.csv randn (published pattern only)
    serialise         components.csv tolist / json_dumps / pickle_dumps_p4 / protobuf_serialize
    deserialise       components.csv json_loads / np_array_from_list / pickle_loads_p4 /
                      protobuf_parse / frombuffer
    encode            components.csv base64_encode / base64_decode
    copies            user-space copies (the MODEL table) x the micro.csv
                      memcpy warm lat row at the size (per byte for wire bytes)
    shm               components.csv shm_create_copy_unlink, micro.csv mmap
                      (attach + munmap of a segment)
    kernel            bytes through the kernel / the micro.csv bw row of the
                      underlying primitive (tcp, socketpair stream, pipe)
    hop               the same for a second leg through a middle process
                      (RabbitMQ broker, multiprocessing Manager)
    syscalls          counts.csv system calls (all sides) x micro.csv nullsyscall p50
    wakeups           counts.csv voluntary context switches x futexwake one-way p50
    faults            counts.csv minor faults x pagefault 4k p50 / pages
    fixed             the residual of the same transport at the smallest
                      size measured (its size-independent per-request work);
                      a full run measures a 64 B probe for it, whose cells
                      are the measurement of `fixed` and are listed apart
    residual          measured total - sum of the parts (never clamped)

Writes RUN_DIR/predicted.csv (this model's table), RUN_DIR/EXPLAIN.md and
RUN_DIR/plots/explain-*.{png,svg,gp}, and prints the tables.  No time here is
a constant: the MODEL table (ipcfloor/predict/model.py) holds only structure
(which components, how many copies, which primitive).

The model is the prediction: count x unit is the least the data movement can
cost by this machine's floors.  What each request really spent is measured by
the transport stage (explain.csv, the ledger, and explain-cells.csv, for the
traced cells); EXPLAIN.md opens with that (ipcfloor/timeline/render.py) and
sets the two side by side.  explain.csv is never written here: it is the
measured ledger.  predicted_s of explain-cells.csv is filled here with
predicted_totals() of the matching cell.
"""
import csv
import math
import os
import shutil
import subprocess
import sys

# transports/common.py is a sibling script's module, not part of the package
sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), "transports"))
import cli  # noqa: E402
from ipcfloor.predict.explainer import Explainer, predicted_totals, ratio  # noqa: E402
from ipcfloor.predict.model import CAT_KEYS, CAT_LABEL, CATEGORIES, MODEL  # noqa: E402
from ipcfloor.predict.table import PREDICTED_CSV, csv_rows, write_csv  # noqa: E402
from ipcfloor.timeline import render as timeline  # noqa: E402
from ipcfloor.units import decimal_size as fmt_size  # noqa: E402
from ipcfloor.units import fnum  # noqa: E402
from ipcfloor.units import human_s as fmt_s  # noqa: E402
from common import PROBE_SIZE  # noqa: E402  (stdlib only at import)

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# what a category is doing, for the plain sentences
CAT_PHRASE = {
    "generation": "drawing the random array",
    "serialise": "serialising",
    "deserialise": "deserialising",
    "encode": "base64 encoding and decoding",
    "copies": "copying in user space",
    "shm": "creating, faulting in and unlinking a shared-memory segment",
    "kernel": "moving the bytes through the kernel",
    "hop": "the extra hop through a middle process",
    "syscalls": "system calls",
    "wakeups": "waking the other side",
    "faults": "page faults",
    "fixed": "the framework's fixed per-request work",
    "residual": "unexplained time (residual)",
}

SCALING = {"generation", "serialise", "deserialise", "encode", "fixed", "residual", "shm"}
RESIDUAL_LIMIT = 0.10      # the "at most 10% of the measured total"
ADD_UP = 1.5               # prediction / published outside [1/x, x]: "does not add up"


# ------------------------------------------------------------------- writing
def fmt_ratio(x):
    if x is None:
        return "-"
    if x >= 100:
        return "{:,.0f}x".format(float("%.2g" % x))
    if x >= 10:
        return "%.0fx" % x
    return "%.1fx" % x


def pct(x):
    return "-" if x is None else "%.0f%%" % (100 * x)


def top_phrase(cell):
    cats = cell.by_category()
    t = cell.total
    # serialisation reads as one activity: into the format and back
    merged = dict(cats)
    ser = merged.pop("serialise", 0.0) + merged.pop("deserialise", 0.0)
    comps = {p.name.split(":", 1)[1] for p in cell.parts if p.category in ("serialise", "deserialise")}
    if ser:
        merged["serialisation"] = ser
    pos = sorted(((v, k) for k, v in merged.items() if v > 0), reverse=True)
    if not pos or not t:
        return "nothing to break down"

    def phrase(k):
        if k == "serialisation":
            if comps & {"json_dumps", "json_loads", "tolist"}:
                return "turning the array into JSON and back"
            if any(x.startswith("pickle") for x in comps):
                return "pickling and unpickling"
            if any(x.startswith("protobuf") for x in comps):
                return "protobuf serialising and parsing"
            return "deserialising (%s)" % ", ".join(sorted(comps))
        return CAT_PHRASE.get(k, k)
    v, k = pos[0]
    s = "%.0f%% %s" % (100 * v / t, phrase(k))
    if v / t < 0.6 and len(pos) > 1:
        s += ", %.0f%% %s" % (100 * pos[1][0] / t, phrase(pos[1][1]))
    return s


def sentence(cell):
    head = "%s at %s (%s)" % (cell.name, fmt_size(cell.size), cell.pattern)
    if cell.total is None:
        return "%s: not measured (%s)." % (head, "; ".join(w for _, w in cell.missing if _ == "total"))
    if cell.probe:
        return ("%s: %s, the fixed-cost probe: %s of it is no part's (the transport's fixed "
                "per-request work, carried to every larger size as `fixed`)."
                % (head, fmt_s(cell.total), fmt_s(cell.residual())))
    s = "%s: %s in %s" % (head, fmt_s(cell.total), top_phrase(cell))
    rz, rc = ratio(cell, cell.floor_zero), ratio(cell, cell.floor_copy)
    if rz is not None:
        s += "; %s the zero-copy floor" % fmt_ratio(rz)
    if rc is not None:
        s += ("; %s the copy floor" if rz is None else " (%s the copy floor)") % fmt_ratio(rc)
    if cell.missing:
        s += " [missing: %s]" % ", ".join(w for w, _ in cell.missing)
    return s + "."


def cell_table(cells):
    """Markdown table of one transport: rows = categories, columns = size/pattern."""
    cols = sorted(cells, key=lambda c: (c.size, c.pattern != "published"))
    head = ["part"] + ["%s %s" % (fmt_size(c.size), "pub" if c.pattern == "published" else "t-only")
                      for c in cols]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    cats = [k for k in CAT_KEYS if any(k in c.by_category() for c in cols)]
    for k in cats:
        vals = []
        for c in cols:
            d = c.by_category()
            if k not in d or c.total is None:
                vals.append("-")
            else:
                vals.append("%s (%s)" % (fmt_s(d[k]), pct(d[k] / c.total)))
        lines.append("| %s | %s |" % (CAT_LABEL[k], " | ".join(vals)))
    lines.append("| **total (measured)** | %s |" % " | ".join(fmt_s(c.total) for c in cols))
    lines.append("| x copy floor | %s |" % " | ".join(fmt_ratio(ratio(c, c.floor_copy)) for c in cols))
    lines.append("| x zero-copy floor | %s |" % " | ".join(fmt_ratio(ratio(c, c.floor_zero)) for c in cols))
    miss = ["%s: %s" % (w, ", ".join(sorted({m for m, _ in c.missing})))
            for c, w in ((c, "%s %s" % (fmt_size(c.size), c.pattern)) for c in cols) if c.missing]
    return lines, miss


def text_table(cells):
    """The same table for the terminal."""
    cols = sorted(cells, key=lambda c: (c.size, c.pattern != "published"))
    head = ["part"] + ["%s %s" % (fmt_size(c.size), "pub" if c.pattern == "published" else "t-only")
                      for c in cols]
    rows = []
    for k in CAT_KEYS:
        if not any(k in c.by_category() for c in cols):
            continue
        rows.append([CAT_LABEL[k]] + ["-" if (k not in c.by_category() or not c.total) else
                                      "%s %s" % (fmt_s(c.by_category()[k]), pct(c.by_category()[k] / c.total))
                                      for c in cols])
    rows.append(["total"] + [fmt_s(c.total) for c in cols])
    rows.append(["x zero-copy floor"] + [fmt_ratio(ratio(c, c.floor_zero)) for c in cols])
    w = [max(len(r[i]) for r in [head] + rows) for i in range(len(head))]
    out = ["  ".join(x.ljust(w[i]) for i, x in enumerate(head))]
    for r in rows:
        out.append("  ".join(x.ljust(w[i]) for i, x in enumerate(r)))
    return out


# --------------------------------------------------------------- published
def find_reference():
    for p in (os.path.join(TOP, "results", "reference", "python-transports-i7-10900X.csv"),
              os.path.join(TOP, "..", "shared", "reference", "python-transports-i7-10900X.csv")):
        if os.path.exists(p):
            return p
    d = os.path.join(TOP, "results", "reference")
    if os.path.isdir(d):
        for n in sorted(os.listdir(d)):
            if n.endswith(".csv"):
                return os.path.join(d, n)
    return None


def read_reference(path):
    out = {}
    with open(path, newline="") as f:
        lines = [ln for ln in f if not ln.startswith("#")]
    for r in csv.DictReader(lines):
        try:
            out[(r["transport"], int(r["bytes"]))] = (fnum(r.get("seconds")), r.get("status", ""))
        except (KeyError, ValueError):
            continue
    return out


def published_section(cells, ref_path):
    """Scale this machine's published-pattern breakdown to the reference machine."""
    if not ref_path:
        return ["No published reference CSV found (results/reference/ or ../shared/reference/)."], []
    ref = read_reference(ref_path)
    mine = {(c.transport, c.size): c for c in cells if c.pattern == "published" and c.variant == "default"}
    lines = ["Source: `%s`." % os.path.relpath(ref_path, TOP), ""]
    # CPU factor per size: this machine's http_json / the published http_json
    k = {}
    for (t, s), (sec, st) in ref.items():
        c = mine.get(("http_json", s))
        if t == "http_json" and sec and c is not None and c.total:
            k[s] = c.total / sec
    if not k:
        lines.append("http_json was not measured here at a published size, so the CPU factor "
                     "between the machines cannot be derived; the published figures are not explained.")
        return lines, []
    kg = math.exp(sum(math.log(v) for v in k.values()) / len(k))
    lines += ["The CPU factor is this machine's http_json time / the published one at the same size "
              "(http_json is almost all Python work on the CPU): %s; where http_json is missing the "
              "geometric mean %.2f is used. Parts that are Python work (generation, serialisation, "
              "encoding, shared-memory set-up, fixed work, residual) are divided by it; copies, kernel "
              "transfer, system calls, wake-ups and page faults are memory- and kernel-bound and are "
              "kept as measured here (they do not scale with the CPU factor). "
              "A prediction more than %.1fx off the published figure does not add up."
              % (", ".join("%.2f at %s" % (v, fmt_size(s)) for s, v in sorted(k.items())), kg, ADD_UP), "",
              "| transport | size | published | here | predicted | predicted / published | verdict |",
              "|---|---|---|---|---|---|---|"]
    off = []
    for (t, s) in sorted(ref, key=lambda x: (list(MODEL).index((x[0], "default"))
                                             if (x[0], "default") in MODEL else 99, x[1])):
        sec, st = ref[(t, s)]
        c = mine.get((t, s))
        f = k.get(s, kg)
        if sec is None:
            here = "refused" if (c is not None and c.total is None) else (fmt_s(c.total) if c else "-")
            lines.append("| %s | %s | %s | %s | - | - | %s |" % (t, fmt_size(s), st or "-", here,
                         "agrees: refused here too" if here == "refused" else "published refused"))
            continue
        if c is None or c.total is None:
            lines.append("| %s | %s | %s | not measured | - | - | missing here |" % (t, fmt_size(s), fmt_s(sec)))
            continue
        d = c.by_category()
        pred = sum((v / f if cat in SCALING else v) for cat, v in d.items())
        q = pred / sec
        ok = 1 / ADD_UP <= q <= ADD_UP
        verdict = "adds up" if ok else "does not add up"
        lines.append("| %s | %s | %s | %s | %s | %.2f | %s |" % (t, fmt_size(s), fmt_s(sec), fmt_s(c.total),
                                                                fmt_s(pred), q, verdict))
        if not ok:
            big = max(((v, cat) for cat, v in d.items() if v > 0), default=(0, "?"))
            off.append("%s at %s: predicted %s against the published %s (%.2fx); its largest part here "
                       "is %s (%s), %s" % (t, fmt_size(s), fmt_s(pred), fmt_s(sec), q,
                                           CAT_LABEL.get(big[1], big[1]), pct(big[0] / c.total),
                                           "which is scaled by the CPU factor" if big[1] in SCALING
                                           else "which is kept unscaled"))
    return lines, off


# -------------------------------------------------------------------- charts
def gp_quote(s):
    return '"%s"' % s.replace("\\", "\\\\").replace('"', '\\"')


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
    xt = ", ".join("%s %d" % (gp_quote(c.name if c.total else "%s (%s)" % (
        c.name, "missing: " + ", ".join(w for w, _ in c.missing))), i) for i, c in enumerate(cells))
    g = []
    for term, ext in (("pngcairo size 1400,900 font 'sans,10'", "png"), ("svg size 1400,900 font 'sans,10'", "svg")):
        g += ["set terminal %s noenhanced" % term, "set output %s" % gp_quote(base + "." + ext),
              "set multiplot layout 2,1 title %s" % gp_quote(
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
                plots.append("1/0 with boxes lc rgb %s fs %s title %s" % (gp_quote(colour), fill, gp_quote(label)))
                continue
            plots.append("'-' using 1:(($3+$4)/2*100):($1-0.35):($1+0.35):($3*100):($4*100) "
                         "with boxxyerror lc rgb %s fs %s title %s" % (gp_quote(colour), fill, gp_quote(label)))
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
                             % (f[0], dt, gp_quote("%s %s:" % (name, fmt_s(f[0])))))
            elif f:
                plots.append("NaN with lines lc rgb 'white' title %s" % gp_quote("%s: missing" % name))
            if f and f[0]:
                plots.append("NaN with lines lc rgb 'white' title %s" % gp_quote(
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


# ---------------------------------------------------------------------- main
def newest_run():
    best = None
    root = os.path.join(TOP, "results")
    for dp, dn, fn in os.walk(root):
        if "micro.csv" in fn and "transports.csv" in fn and "INCOMPLETE" not in fn:
            rid = os.path.basename(dp)
            if best is None or rid > os.path.basename(best):
                best = dp
    return best


def main(argv=None):
    ap = cli.OneLineParser(
        prog="explain.py",
        description="Explain where each transport loses time, from one result folder: the "
                    "measured timeline (explain.csv, explain-cells.csv) and the model's prediction; "
                    "writes predicted.csv, EXPLAIN.md, plots/timeline-<size>.{png,svg,gp} and "
                    "plots/explain-<size>-<pattern>.{png,svg,gp} in it, fills predicted_s of "
                    "explain-cells.csv, and prints the tables.",
        epilog="Every part is count x a measured row of the folder (micro.csv, components.csv, "
               "counts.csv); the residual is the measured total minus the parts, shown even when "
               "negative. Without RUN_DIR: the newest folder under results/ with micro.csv and "
               "transports.csv and no INCOMPLETE marker.")
    ap.add_argument("run", nargs="?", help="result folder (results/<machine>/<run-id>)")
    ap.add_argument("--no-plot", action="store_true", help="do not draw the charts")
    ap.add_argument("--quiet", action="store_true", help="do not print the tables")
    ap.add_argument("--reference", help="published figures CSV (default results/reference/ or "
                                        "../shared/reference/python-transports-i7-10900X.csv)")
    a = ap.parse_args(argv)
    run = a.run or newest_run()
    if not run:
        sys.stderr.write("explain.py: no run folder given and none found under results/\n")
        return 2
    if not os.path.isdir(run):
        sys.stderr.write("explain.py: %s is not a folder\n" % run)
        return 2
    ex = Explainer(run, PROBE_SIZE)
    if not ex.have["transports.csv"]:
        # nothing to predict: say so in both outputs rather than write nothing
        measured = timeline.read_measured(run)
        md = ["# Where each transport loses time", "",
              "`transports.csv` is missing from this folder: no transport was measured, so nothing "
              "is predicted (run `scripts/transports/run.py --out %s`)." % run, ""]
        md += measured_md(run, measured, a)
        with open(os.path.join(run, "EXPLAIN.md"), "w") as f:
            f.write("\n".join(md) + "\n")
        write_csv(os.path.join(run, PREDICTED_CSV), [dict(
            transport="", variant="", size_bytes="", pattern="", part="missing:transports.csv",
            seconds="", share="", count="", unit_s="", source="", note="transports.csv not in the folder")])
        if not a.quiet:
            print("\n".join(md[:3] + timeline.terminal(measured)))
        return 0
    cells = ex.build()
    write_csv(os.path.join(run, PREDICTED_CSV), csv_rows(cells))
    timeline.fill_predicted(run, predicted_totals(cells))
    measured = timeline.read_measured(run)
    ref_path = a.reference or find_reference()
    md, term = render(ex, cells, ref_path, run, a, measured_md(run, measured, a))
    term = timeline.terminal(measured) + [""] + term
    with open(os.path.join(run, "EXPLAIN.md"), "w") as f:
        f.write("\n".join(md) + "\n")
    if not a.quiet:
        print("\n".join(term))
    return 0


def measured_md(run, measured, a):
    """The measured timeline's sections of EXPLAIN.md (ipcfloor/timeline/render.py)."""
    md = timeline.opening(measured)
    if measured.cells is None:
        return md
    files, problem = ([], "") if a.no_plot else timeline.write_plots(run, measured)
    return (md + timeline.summary_table(measured) + timeline.plot_links(files, problem)
            + timeline.ledger_tables(measured))


def render(ex, cells, ref_path, run, a, measured):
    """EXPLAIN.md and the terminal tables; `measured`: the measured timeline's
    lines, which open the file."""
    order = [k for k in MODEL]
    groups = {}
    for c in cells:
        groups.setdefault((c.transport, c.variant), []).append(c)
    keys = sorted(groups, key=lambda k: (order.index(k) if k in order else 999, k))
    sizes = sorted({c.size for c in cells})
    md = ["# Where each transport loses time", "",
          "Run folder `%s`. How to read this file and its CSVs: `results/README.md`." % shown_path(run),
          ""] + measured + [
          "## Predicted from the primitives", "",
          "What the data movement must cost at least, by this machine's floors: each part is a count "
          "(copies, bytes, calls, switches, faults) times a measured unit of this folder (micro.csv, "
          "components.csv, counts.csv). `fixed` is the residual of the same transport at its smallest "
          "measured size (size-independent per-request work); `residual` = the request's measured "
          "p50 (transports.csv) - the parts, never clamped (negative = the parts over-count). The "
          "prediction of a cell (`predicted_s` in explain-cells.csv, set against the measured ledger "
          "above as measured / predicted) is the sum of the parts without `fixed` and `residual`: "
          "both are measured time, not count x unit. Numbers: `%s`." % PREDICTED_CSV, ""]
    missing_inputs = [n for n, h in ex.have.items() if not h]
    if missing_inputs:
        md += ["**Missing inputs:** %s (the parts that need them are reported as `missing:`)."
               % ", ".join(missing_inputs), ""]
    md += ["## Floors", "", "| size | copy floor | zero-copy floor |", "|---|---|---|"]
    for s in sizes:
        c = next(c for c in cells if c.size == s)
        md.append("| %s | %s | %s |" % (fmt_size(s), *[("%s (%s)" % (fmt_s(f[0]), f[1].replace("micro.csv ", "")))
                                                        if f and f[0] else "missing: %s" % (f[1] if f else "-")
                                                        for f in (c.floor_copy, c.floor_zero)]))
    md += [""]
    term = ["explain: %s" % run, ""]
    high, probes = [], []
    for k in keys:
        cs = groups[k]
        name = cs[0].name
        md += ["## %s" % name, ""]
        lines, miss = cell_table(cs)
        md += lines + [""]
        if miss:
            md += ["Missing inputs: " + "; ".join(miss) + ".", ""]
        for c in sorted(cs, key=lambda c: (c.size, c.pattern != "published")):
            md.append("- " + sentence(c))
        md.append("")
        model = MODEL.get(k, {})
        for c in sorted(cs, key=lambda c: (c.size, c.pattern)):
            if c.total is None:
                continue
            r = c.residual()
            if c.probe:
                probes.append(c)
                md.append("- **fixed per-request work %s (%s) at %s %s** (the probe's residual)%s"
                          % (fmt_s(r), pct(r / c.total), fmt_size(c.size), c.pattern,
                             cpu_reason(c)))
            elif abs(r) > RESIDUAL_LIMIT * c.total:
                why = residual_reason(c, model)
                high.append((c, why))
                md.append("- **residual %s (%s) at %s %s**: %s" % (fmt_s(r), pct(r / c.total),
                                                                  fmt_size(c.size), c.pattern, why))
        md.append("")
        term += ["== %s" % name] + text_table(cs) + [""]
    md += ["## The published figures, explained by this machine's parts", ""]
    pl, off = published_section(cells, ref_path)
    md += pl + [""]
    if off:
        md += ["Where it does not add up:", ""] + ["- " + x for x in off] + [""]
    if not a.no_plot:
        files = []
        for s in sizes:
            for p in ("published", "transport-only"):
                cs = [c for c in cells if c.size == s and c.pattern == p]
                cs.sort(key=lambda c: (order.index((c.transport, c.variant))
                                       if (c.transport, c.variant) in order else 999))
                files += chart(run, s, p, cs, a.quiet)
        if files:
            md += ["## Charts", "", "Top: each part as a share of the measured total (a negative residual "
                   "is drawn below zero); bottom: the measured totals on a log scale, with the copy and "
                   "zero-copy floors as lines.", ""]
            md += ["- [%s](plots/%s)" % (f, f) for f in files if f.endswith(".png")] + [""]
    md += ["## Closing note", ""]
    if probes:
        many = len(probes) > 1
        md += ["%s at %s %s the fixed-cost probe: %s residual is, by construction, each "
               "transport's fixed per-request work, carried to its larger sizes as the `fixed` part; "
               "%s not counted below (the CPU split is listed with each transport)."
               % ("The %d cells" % len(probes) if many else "The one cell", fmt_size(PROBE_SIZE),
                  "are" if many else "is", "their" if many else "its",
                  "they are" if many else "it is"), ""]
    if high:
        md.append("Residual above %d%% of the measured total in %d of %d explained cells:"
                  % (RESIDUAL_LIMIT * 100, len(high),
                     sum(1 for c in cells if c.total and not c.probe)))
        md.append("")
        for c, why in high:
            md.append("- %s at %s %s: %s (%s): %s" % (c.name, fmt_size(c.size), c.pattern,
                                                       fmt_s(c.residual()), pct(c.residual() / c.total), why))
    else:
        md.append("Every explained cell has a residual within %d%% of its measured total."
                  % (RESIDUAL_LIMIT * 100))
    nm = [c for c in cells if c.missing]
    if nm:
        md += ["", "Cells with missing inputs (reported, not dropped): %d of %d." % (len(nm), len(cells))]
    term += ["residual above %d%%: %d cells; EXPLAIN.md and %s in %s"
             % (RESIDUAL_LIMIT * 100, len(high), PREDICTED_CSV, run)]
    return md, term


def shown_path(run):
    """The folder as the reader finds it: relative to the repository when inside it."""
    full = os.path.abspath(run)
    return os.path.relpath(full, TOP) if full.startswith(TOP + os.sep) else run


def residual_reason(c, model):
    """The measured reason for a large residual, where the folder has one."""
    r = c.residual()
    miss = [w for w, _ in c.missing]
    if miss:
        return "the parts %s are missing, so their time is in the residual" % ", ".join(miss)
    if r < 0:
        big = max(c.parts, key=lambda p: p.seconds)
        return ("the parts add up to more than the measured time; the largest, %s (%s), is measured in "
                "a separate process or loop and over-counts here" % (big.name, fmt_s(big.seconds)))
    if not any(p.category == "fixed" for p in c.parts):
        return ("smallest size measured: the framework's fixed per-request work is not separated "
                "from the residual" + ("; " + model["fixed_note"] if model.get("fixed_note") else "")
                + cpu_reason(c))
    why = model.get("fixed_note") or "no measured part accounts for it"
    return why + cpu_reason(c)


def cpu_reason(c):
    """Where the residual sits, from the CPU time each side used in the counted
    request (counts.csv cpu_ns): work no part measures, or time no side ran."""
    if not c.cpu:
        return ""
    cpu = sum(c.cpu.values())
    if c.pattern == "published":
        gen = sum(p.seconds for p in c.parts if p.category == "generation")
        cpu += gen      # the counted request was transport-only: no draw in it
    wake = sum(p.seconds for p in c.parts if p.category == "wakeups")
    parts = c.explained() - wake        # wake-ups are time off the CPU
    sides = ", ".join("%s %s" % (k, fmt_s(v)) for k, v in sorted(c.cpu.items()))
    s = ("; CPU time of all sides per counted request %s (%s%s) against %s of parts that are "
         "CPU work: " % (fmt_s(cpu), sides, " + the draw" if c.pattern == "published" else "",
                         fmt_s(parts)))
    if cpu > parts:
        s += "%s of CPU work that no part measures (interpreter and framework code)" % fmt_s(cpu - parts)
    else:
        s += "the parts over-count the CPU work by %s" % fmt_s(parts - cpu)
    if c.total > cpu:
        s += ("; %s with no side on a CPU, of which the wake-ups part is %s (the rest: waiting to "
              "be scheduled, or for a lock)" % (fmt_s(c.total - cpu), fmt_s(wake)))
    else:
        s += "; the sides ran in parallel for %s" % fmt_s(cpu - c.total)
    return s


if __name__ == "__main__":
    sys.exit(main())
