"""Two result folders row by row: medians, the ratio with its bootstrap
interval, Mann-Whitney significance over the passes, the A/A noise band of
the row's kind, and the verdict; the summary screen, compare.csv and the
ratio plot (scripts/compare.py is the command line, and says more)."""
import csv
import io
import math
import os

from . import band as noise
from . import figures, gnuplot, stats, units
from . import rows as runs
from .rows import RunError

ALPHA = 0.05
TOP_CHANGES = 20
# meta fields that differ between any two runs and say nothing of the machine
RUN_FIELDS = {"run_id", "started", "finished", "elapsed_s", "stage_seconds", "stages", "counts",
              "complete", "interrupted", "suite_revision", "clock_overhead_ns"}


# ---------------------------------------------------------------- comparing

class Cmp:
    """One row key present (ok) in both folders."""

    def __init__(self, key, a_row, b_row, alpha, bands):
        self.key = key
        self.mode = key[2]
        col = "p50_ns" if self.mode == "lat" else "gbps"
        self.a_reps, self.b_reps = runs.rep_values(a_row), runs.rep_values(b_row)
        self.a = a_row["_num"][col] if a_row["_num"][col] is not None else stats.median(self.a_reps)
        self.b = b_row["_num"][col] if b_row["_num"][col] is not None else stats.median(self.b_reps)
        self.ratio = self.b / self.a if self.a and self.b is not None else None
        self.p = self.ci = None
        if self.a_reps and self.b_reps:
            self.p = stats.mann_whitney(self.a_reps, self.b_reps)[1]
            self.ci = stats.ratio_ci(self.a_reps, self.b_reps)
        self.band, self.band_kind = bands.lookup(key[0], self.mode, key[4], key[3])
        self.significant = self.p is not None and self.p < alpha
        self.real = (self.significant and self.ratio is not None
                     and stats.deviation(self.ratio) > self.band)
        if self.p is None or self.ratio is None:
            self.verdict = "?"  # no repetition values: cannot tell
        elif not self.real:
            self.verdict = "~"
        elif (self.ratio > 1) == (self.mode == "lat"):
            self.verdict = "slower"
        else:
            self.verdict = "faster"


class Result:
    pass


def key_of(r):
    return (r["primitive"], r["variant"], r["mode"], int(r["_num"]["size_bytes"] or 0),
            r["placement"])


def sort_key(k):
    return (k[0], k[1], k[2], figures.placement_key(k[4]), k[3])


def check_folder(path, allow_incomplete):
    meta, rows = runs.load_run(path)
    incomplete = runs.is_incomplete(path, meta)
    if incomplete and not allow_incomplete:
        why = "INCOMPLETE file" if os.path.exists(os.path.join(path, "INCOMPLETE")) \
            else "meta.json complete=%s" % json_word(meta.get("complete"))
        raise RunError("%s: run is incomplete (%s); refusing to compare "
                       "(use --allow-incomplete to compare anyway)" % (path, why))
    return meta, rows, incomplete


def json_word(v):
    return {True: "true", False: "false", None: "missing"}.get(v, str(v))


def compare_runs(a_dir, b_dir, allow_incomplete=False, alpha=ALPHA, bands=None):
    res = Result()
    res.a_dir, res.b_dir = a_dir, b_dir
    res.bands = bands if bands is not None else noise.Bands()
    res.meta_a, rows_a, res.inc_a = check_folder(a_dir, allow_incomplete)
    res.meta_b, rows_b, res.inc_b = check_folder(b_dir, allow_incomplete)
    va, vb = res.meta_a.get("schema_version"), res.meta_b.get("schema_version")
    if va is None or vb is None or va != vb:
        raise RunError("schema_version %s (%s) and %s (%s) differ: cannot reconcile the two "
                       "folders" % (va, a_dir, vb, b_dir))
    res.all_a = all_a = {key_of(r): r for r in rows_a}
    res.all_b = all_b = {key_of(r): r for r in rows_b}
    ok_a = {k for k, r in all_a.items() if r["status"] == "ok"}
    ok_b = {k for k, r in all_b.items() if r["status"] == "ok"}
    res.common = [Cmp(k, all_a[k], all_b[k], alpha, res.bands)
                  for k in sorted(ok_a & ok_b, key=sort_key)]

    def other(k, rows):
        r = rows.get(k)
        if r is None:
            return "not measured"
        return "%s: %s" % (r["status"], r.get("reason") or "no reason given")
    res.only_a = [(k, other(k, all_b)) for k in sorted(ok_a - ok_b, key=sort_key)]
    res.only_b = [(k, other(k, all_a)) for k in sorted(ok_b - ok_a, key=sort_key)]
    res.geo = {}
    for c in res.common:
        if c.ratio:
            res.geo.setdefault((c.key[0], c.key[4], c.mode), []).append(c.ratio)
            res.geo.setdefault(("overall", "all", c.mode), []).append(c.ratio)
    res.alpha = alpha
    return res


def differing_meta(ma, mb):
    """(field, A, B) of the meta fields that differ, run bookkeeping left out."""
    def flat(m, prefix=""):
        # one level of nesting spelled out (sweep.seed, placements.smt), so
        # the screen names the field that differs, not a whole dictionary
        out = {}
        for k, v in m.items():
            if isinstance(v, dict) and not prefix:
                out.update(flat(v, k + "."))
            else:
                out[prefix + k] = v
        return out
    fa, fb = flat(ma), flat(mb)
    out = []
    for k in sorted(set(fa) | set(fb)):
        if k.split(".")[0] in RUN_FIELDS or k.startswith("_"):
            continue
        va, vb = fa.get(k), fb.get(k)
        if va != vb:
            out.append((k, short(va), short(vb)))
    return out


def short(v, width=46):
    t = "-" if v is None else str(v)
    return t if len(t) <= width else t[:width - 3] + "..."


def table(rows, right=()):
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "".join("  " + "  ".join(f.rjust(widths[j]) if j in right else f.ljust(widths[j])
                                    for j, f in enumerate(r)).rstrip() + "\n" for r in rows)


def fmt_ci(lo, hi):
    return "[%.3f, %.3f]" % (lo, hi) if lo is not None else "-"


def render_text(res):
    """The one screen: machines, band, per-family geomeans, the largest real changes."""
    out = io.StringIO()
    w = out.write
    for tag, d, m, inc in (("A", res.a_dir, res.meta_a, res.inc_a),
                           ("B", res.b_dir, res.meta_b, res.inc_b)):
        w("%s: %s  (%s, run %s, revision %s)\n" % (tag, d, m.get("machine", "?"),
                                                   m.get("run_id", "?"),
                                                   m.get("suite_revision", "?")))
        if inc:
            w("WARNING: %s (%s) is INCOMPLETE: the run was cut short; rows may be missing "
              "or from a disturbed run\n" % (tag, d))
    diff = differing_meta(res.meta_a, res.meta_b)
    if diff:
        w("\nwhat differs between the two (meta.json):\n")
        w(table([("field", "A", "B")] + diff))
    else:
        w("\nthe two meta.json agree on every machine field: an A/A pair or a repeat\n")
    if res.bands:
        w("\nnoise band: %s, from the A/A pair %s vs %s; a row is different when p < %g "
          "and B/A is further from 1 than its band\n"
          % (os.path.relpath(res.bands.path), res.bands.source[0], res.bands.source[1],
             res.alpha))
    else:
        w("\nWARNING: no noise band (%s missing): rows are called different on "
          "significance alone, which two runs of one commit already show\n"
          % os.path.relpath(res.bands.path))
    nreal = sum(1 for c in res.common if c.real)
    nsig = sum(1 for c in res.common if c.significant)
    w("%d rows in both: %d (%.1f%%) different (%d faster in B, %d slower); %d significant "
      "but inside the band\n" % (
          len(res.common), nreal, 100.0 * nreal / max(1, len(res.common)),
          sum(1 for c in res.common if c.verdict == "faster"),
          sum(1 for c in res.common if c.verdict == "slower"), nsig - nreal))
    if res.only_a or res.only_b:
        w("ok in one folder only: %d in A, %d in B (listed in compare.csv)\n"
          % (len(res.only_a), len(res.only_b)))
    w("\ngeometric mean of B/A with its 95% interval (lat > 1 or bw < 1: B slower):\n")
    rows = [("primitive", "placement", "lat", "lat 95%", "bw", "bw 95%", "real/rows")]
    fams = sorted({(p, pl) for p, pl, _ in res.geo if p != "overall"},
                  key=lambda k: (k[0], figures.placement_key(k[1])))
    for p, pl in fams + [("overall", "all")]:
        cells = []
        for m in ("lat", "bw"):
            g, lo, hi = stats.geomean_ci(res.geo.get((p, pl, m), []))
            cells += ["%.3f" % g if g else "-", fmt_ci(lo, hi) if g else "-"]
        mine = [c for c in res.common if p == "overall" or (c.key[0], c.key[4]) == (p, pl)]
        rows.append((p, pl, *cells, "%d/%d" % (sum(c.real for c in mine), len(mine))))
    w(table(rows, right=(2, 4, 6)))
    real = sorted((c for c in res.common if c.real),
                  key=lambda c: -stats.deviation(c.ratio))[:TOP_CHANGES]
    if real:
        w("\nthe %d largest real changes:\n" % len(real))
        rows = [("primitive", "variant", "mode", "size", "placement", "A", "B", "B/A", "95%",
                 "p", "band", "verdict")]
        for c in real:
            k = c.key
            rows.append((k[0], k[1] or "-", k[2], units.human_size(k[3]), k[4],
                         figures.fmt_value(c.a, c.mode), figures.fmt_value(c.b, c.mode),
                         "%.3f" % c.ratio, fmt_ci(*c.ci) if c.ci else "-", "%.3g" % c.p,
                         "%.0f%%" % (100 * c.band), c.verdict))
        w(table(rows, right=(5, 6, 7, 9, 10)))
    else:
        w("\nno row differs beyond its noise band\n")
    return out.getvalue()


# ---------------------------------------------------------------- outputs

CSV_COLUMNS = ["primitive", "variant", "mode", "size_bytes", "placement", "a", "b", "ratio",
               "ci_low", "ci_high", "p", "band", "real", "verdict", "a_reps", "b_reps",
               "a_status", "b_status"]


def write_csv(res, path):
    """Every row of the two runs: compared ones with their verdict, the rest
    with their status on each side."""
    def g(v, f="%.6g"):
        return f % v if v is not None else ""
    with open(path, "w", newline="") as f:
        wr = csv.writer(f)
        wr.writerow(CSV_COLUMNS)
        common = {c.key: c for c in res.common}
        for k in sorted(set(res.all_a) | set(res.all_b), key=sort_key):
            ra, rb = res.all_a.get(k), res.all_b.get(k)
            st = [ra["status"] if ra else "absent", rb["status"] if rb else "absent"]
            c = common.get(k)
            if c is None:
                wr.writerow(list(k) + [""] * (len(CSV_COLUMNS) - 7) + st)
                continue
            lo, hi = c.ci or (None, None)
            wr.writerow(list(k) + [g(c.a), g(c.b), g(c.ratio), g(lo), g(hi), g(c.p),
                                   "%.4f" % c.band, int(c.real), c.verdict,
                                   len(c.a_reps), len(c.b_reps)] + st)


def write_plot(res, out_dir):
    """ratios.png/.svg: every row's B/A per primitive, one panel per mode,
    log scale; red: called different, grey: within noise or not significant;
    black bar: the primitive's geometric mean."""
    prims = sorted({c.key[0] for c in res.common if c.ratio})
    if not prims:
        return None
    ma, mb = res.meta_a, res.meta_b
    title = "B/A per row   A = %s   B = %s" % (ma.get("run_id", "?"), mb.get("run_id", "?"))
    if ma.get("machine") != mb.get("machine"):
        title += "   (two machines: compare.txt names them)"
    if res.inc_a or res.inc_b:
        title += "  (INCOMPLETE RUN)"
    gp = os.path.join(out_dir, "ratios.gp")
    lines = ["# %s: generated by scripts/compare.py; run `gnuplot ratios.gp` here" % title,
             "set encoding utf8"]
    xt = ", ".join('"%s" %d' % (p, i) for i, p in enumerate(prims))
    for mode in ("lat", "bw"):
        for tag, pick in (("real", lambda c: c.real), ("same", lambda c: not c.real)):
            lines.append("$%s%s << EOD" % (mode, tag))
            for c in res.common:
                if c.mode == mode and c.ratio and pick(c):
                    # across its slot, a primitive's rows go left to right
                    # by size, 64 B to 1 GiB
                    at = (math.log2(max(c.key[3], 64)) - 6) / 24 * 0.6 - 0.3
                    lines.append("%.3f %.6g" % (prims.index(c.key[0]) + at, c.ratio))
            lines.append("EOD")
        lines.append("$%sgeo << EOD" % mode)
        for i, p in enumerate(prims):
            g = stats.geomean([c.ratio for c in res.common if c.mode == mode and c.key[0] == p])
            if g:
                lines.append("%d %.6g" % (i, g))
        lines.append("EOD")
    lines += [
        'do for [fmt in "png svg"] {',
        '  if (fmt eq "png") { set terminal pngcairo size 1500,680 noenhanced '
        'font "DejaVu Sans,11" background "white"; set output "ratios.png" } '
        'else { set terminal svg size 1500,680 noenhanced font "DejaVu Sans,11" '
        'background "white"; set output "ratios.svg" }',
        '  set multiplot layout 1,2 title %s font ",13"' % gnuplot.q(title),
        "  set logscale y; set grid ytics; set xrange [-0.7:%g]" % (len(prims) - 0.3),
        "  set xtics (%s) rotate by 35 right" % xt,
        '  set key below',
    ]
    for mode, what in (("lat", "latency p50 B/A (above 1: B slower)"),
                       ("bw", "throughput B/A (above 1: B faster)")):
        lines += [
            "  set title %s" % gnuplot.q(mode + ": one point per row; in each slot, "
                                       "small sizes left, large right"),
            "  set ylabel %s" % gnuplot.q(what),
            "  plot $%ssame using 1:2 with points pt 7 ps 0.5 lc rgb \"#b0b0b0\" "
            "title \"within the noise band or not significant\", \\" % mode,
            "       $%sreal using 1:2 with points pt 7 ps 0.7 lc rgb \"#D55E00\" "
            "title \"different (p < %g and beyond the band)\", \\" % (mode, res.alpha),
            "       $%sgeo using 1:2:(0.35) with xerrorbars pt -1 lw 3 lc rgb \"#000000\" "
            "title \"geometric mean\", \\" % mode,
            "       1 with lines lc rgb \"#000000\" lw 1 dt 2 notitle",
        ]
    lines += ["  unset multiplot", "}"]
    with open(gp, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    gnuplot.run_gnuplot(gp)
    return gp


def default_out(res):
    def lab(m, d):
        return "%s_%s" % (m.get("machine") or "A", m.get("run_id") or os.path.basename(d))
    return os.path.join(os.getcwd(), "compare-%s-vs-%s" % (lab(res.meta_a, res.a_dir),
                                                         lab(res.meta_b, res.b_dir)))


def write_band(res, path):
    """The bands of an A/A pair into path; refuses a pair that is not one."""
    diff = [d for d in differing_meta(res.meta_a, res.meta_b) if d[0] != "machine"]
    if res.meta_a.get("suite_revision") != res.meta_b.get("suite_revision"):
        raise RunError("--write-band needs an A/A pair: the revisions differ (%s, %s)"
                       % (res.meta_a.get("suite_revision"), res.meta_b.get("suite_revision")))
    if res.meta_a.get("machine") != res.meta_b.get("machine"):
        raise RunError("--write-band needs an A/A pair: the machines differ")
    pairs = [((c.key[0], c.mode, c.key[4], c.key[3]), c.ratio) for c in res.common]
    bands = noise.calibrate(pairs)
    rel = lambda d: os.path.relpath(os.path.abspath(d), noise.TOP)  # noqa: E731
    noise.write(path, bands, rel(res.a_dir), rel(res.b_dir))
    return bands, diff
