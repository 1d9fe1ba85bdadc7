#!/usr/bin/python3
"""Compare two ipcfloor result folders, row by row, the way benchstat does.

Usage: compare.py [--out DIR] [--no-plot] [--alpha A] [--allow-incomplete] A B

For every row key (primitive, variant, mode, size_bytes, placement) with
status ok in both folders it prints the two medians (lat: p50_ns, one-way
ns; bw: gbps, GB/s), the ratio B/A, the p-value of a two-sided Mann-Whitney
U test over the per-repetition values (column rep_values) and a verdict:
`~` when p >= alpha (0.05), else `faster` or `slower` (B relative to A;
for lat a ratio above 1 is slower, for bw a ratio above 1 is faster).

The test is exact for up to 25 values per side (the distribution of U
conditional on the ties, enumerated), and the normal approximation with tie
and continuity correction above that, as golang.org/x/perf's benchstat does.
With 5 repetitions per side the smallest possible p is 2/252 = 0.0079; with
3 or fewer per side p can never be below 0.05, so nothing is significant.

Then: the geometric mean of the ratios per primitive and mode and overall
per mode, the rows present (ok) on one side only, and a plot of the ratios
(ratios.png, ratios.svg, ratios.gp) plus ratios.csv and compare.txt (this
output) in --out, default ./compare-<A machine>_<A run>-vs-<B machine>_<B run>.

Refuses, one line on stderr and exit status 2: a folder without meta.json or
micro.csv, folders whose schema_version differs, and a folder marked
incomplete (meta.json complete != true, or an INCOMPLETE file) unless
--allow-incomplete is given, in which case the output says so loudly.
"""
import csv
import io
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cli  # noqa: E402
import plots  # noqa: E402
from plots import RunError  # noqa: E402

ALPHA = 0.05
EXACT_LIMIT = 25  # per side, for the exact distribution


# ---------------------------------------------------------------- statistics

def midranks(values):
    """Ranks 1..N of values, ties sharing their mean rank."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def mann_whitney(x, y):
    """(U, p): U counts the pairs with x_i > y_j (ties count one half); p
    is two-sided.  Exact (conditional on ties) for up to EXACT_LIMIT values
    per side, the normal approximation otherwise."""
    n1, n2 = len(x), len(y)
    if n1 == 0 or n2 == 0:
        raise ValueError("mann_whitney needs values on both sides")
    ranks = midranks(list(x) + list(y))
    r1 = sum(ranks[:n1])
    u = r1 - n1 * (n1 + 1) / 2
    n = n1 + n2
    if n1 <= EXACT_LIMIT and n2 <= EXACT_LIMIT:
        # Distribution of the (doubled, so integer) rank sum of n1 items drawn
        # from these N ranks: count subsets by size and sum.
        twice = [int(round(2 * r)) for r in ranks]
        dp = [dict() for _ in range(n1 + 1)]
        dp[0][0] = 1
        for i, r in enumerate(twice):
            for k in range(min(i + 1, n1), 0, -1):
                src, dst = dp[k - 1], dp[k]
                for s, c in src.items():
                    dst[s + r] = dst.get(s + r, 0) + c
        dist = dp[n1]
        total = sum(dist.values())
        obs = int(round(2 * r1))
        lo = sum(c for s, c in dist.items() if s <= obs)
        hi = sum(c for s, c in dist.items() if s >= obs)
        p = min(1.0, 2 * min(lo, hi) / total)
        return u, p
    # normal approximation, tie-corrected variance, continuity correction
    ties = {}
    for r in ranks:
        ties[r] = ties.get(r, 0) + 1
    tsum = sum(t ** 3 - t for t in ties.values())
    var = n1 * n2 / 12.0 * ((n + 1) - tsum / (n * (n - 1)))
    if var <= 0:
        return u, 1.0
    z = (abs(u - n1 * n2 / 2.0) - 0.5) / math.sqrt(var)
    if z <= 0:
        return u, 1.0
    return u, min(1.0, math.erfc(z / math.sqrt(2)))


def median(v):
    s = sorted(v)
    n = len(s)
    if not n:
        return None
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def geomean(v):
    v = [x for x in v if x and x > 0]
    return math.exp(sum(math.log(x) for x in v) / len(v)) if v else None


# ---------------------------------------------------------------- comparing

class Cmp:
    """One row key present (ok) in both folders."""

    def __init__(self, key, a_row, b_row, alpha):
        self.key = key
        self.mode = key[2]
        col = "p50_ns" if self.mode == "lat" else "gbps"
        self.a_reps, self.b_reps = plots.rep_values(a_row), plots.rep_values(b_row)
        self.a = a_row["_num"][col] if a_row["_num"][col] is not None else median(self.a_reps)
        self.b = b_row["_num"][col] if b_row["_num"][col] is not None else median(self.b_reps)
        self.ratio = self.b / self.a if self.a and self.b is not None else None
        self.p = None
        if self.a_reps and self.b_reps:
            self.p = mann_whitney(self.a_reps, self.b_reps)[1]
        self.significant = self.p is not None and self.p < alpha
        if self.p is None or self.ratio is None:
            self.verdict = "?"  # no repetition values: cannot tell
        elif not self.significant:
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
    return (k[0], k[1], k[2], plots.placement_key(k[4]), k[3])


def check_folder(path, allow_incomplete):
    meta, rows = plots.load_run(path)
    incomplete = plots.is_incomplete(path, meta)
    if incomplete and not allow_incomplete:
        why = "INCOMPLETE file" if os.path.exists(os.path.join(path, "INCOMPLETE")) \
            else "meta.json complete=%s" % json_word(meta.get("complete"))
        raise RunError("%s: run is incomplete (%s); refusing to compare "
                       "(use --allow-incomplete to compare anyway)" % (path, why))
    return meta, rows, incomplete


def json_word(v):
    return {True: "true", False: "false", None: "missing"}.get(v, str(v))


def compare_runs(a_dir, b_dir, allow_incomplete=False, alpha=ALPHA):
    res = Result()
    res.a_dir, res.b_dir = a_dir, b_dir
    res.meta_a, rows_a, res.inc_a = check_folder(a_dir, allow_incomplete)
    res.meta_b, rows_b, res.inc_b = check_folder(b_dir, allow_incomplete)
    va, vb = res.meta_a.get("schema_version"), res.meta_b.get("schema_version")
    if va is None or vb is None or va != vb:
        raise RunError("schema_version %s (%s) and %s (%s) differ: cannot reconcile the two "
                       "folders" % (va, a_dir, vb, b_dir))
    all_a = {key_of(r): r for r in rows_a}
    all_b = {key_of(r): r for r in rows_b}
    ok_a = {k for k, r in all_a.items() if r["status"] == "ok"}
    ok_b = {k for k, r in all_b.items() if r["status"] == "ok"}
    res.common = [Cmp(k, all_a[k], all_b[k], alpha) for k in sorted(ok_a & ok_b, key=sort_key)]

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
            res.geo.setdefault((c.key[0], c.mode), []).append(c.ratio)
            res.geo.setdefault(("overall", c.mode), []).append(c.ratio)
    res.alpha = alpha
    return res


def fmt_num(v):
    return "-" if v is None else "%.4g" % v


def render_text(res):
    out = io.StringIO()
    w = out.write
    for tag, d, m, inc in (("A", res.a_dir, res.meta_a, res.inc_a),
                           ("B", res.b_dir, res.meta_b, res.inc_b)):
        w("%s: %s  machine %s  run %s  cpu %s  kernel %s\n" % (
            tag, d, m.get("machine", "?"), m.get("run_id", "?"), m.get("cpu_model", "?"),
            m.get("kernel", "?")))
        if inc:
            w("WARNING: %s (%s) is INCOMPLETE: the run was cut short; rows may be missing "
              "or from a disturbed run\n" % (tag, d))
    w("lat: p50 one-way ns; bw: GB/s.  B/A > 1 is slower for lat, faster for bw.  "
      "p: two-sided Mann-Whitney U over rep_values; ~ = not significant (p >= %g)\n\n"
      % res.alpha)
    hdr = ["primitive", "variant", "mode", "size_bytes", "placement", "A", "B", "B/A", "p",
           "verdict"]
    table = [hdr]
    for c in res.common:
        k = c.key
        table.append([k[0], k[1] or "-", k[2], str(k[3]), k[4], fmt_num(c.a), fmt_num(c.b),
                      "%.3f" % c.ratio if c.ratio is not None else "-",
                      "%.3g" % c.p if c.p is not None else "-", c.verdict])
    widths = [max(len(r[i]) for r in table) for i in range(len(hdr))]
    for i, r in enumerate(table):
        w("  ".join(f.ljust(widths[j]) if j < 5 or j == 9 else f.rjust(widths[j])
                    for j, f in enumerate(r)).rstrip() + "\n")
    few = [c for c in res.common if c.a_reps and c.b_reps
           and (len(c.a_reps) < 4 or len(c.b_reps) < 4)]
    if few:
        w("\nnote: %d rows have fewer than 4 repetitions on a side: they can never be "
          "significant at alpha %g\n" % (len(few), res.alpha))
    nsig = sum(1 for c in res.common if c.significant)
    w("\n%d rows in both, %d significantly different (%d faster in B, %d slower)\n" % (
        len(res.common), nsig, sum(1 for c in res.common if c.verdict == "faster"),
        sum(1 for c in res.common if c.verdict == "slower")))
    w("\ngeomean of B/A per primitive (lat > 1 and bw < 1 mean B is slower):\n")
    prims = sorted({p for p, _ in res.geo if p != "overall"})
    if prims:
        pw = max(len(p) for p in prims + ["primitive"])
        w("  %s  %9s  %9s\n" % ("primitive".ljust(pw), "lat", "bw"))
        for p in prims:
            g = [geomean(res.geo.get((p, m), [])) for m in ("lat", "bw")]
            w("  %s  %9s  %9s\n" % (p.ljust(pw), *["%.3f" % v if v else "-" for v in g]))
    for m in ("lat", "bw"):
        r = res.geo.get(("overall", m), [])
        if r:
            g = geomean(r)
            better = (g < 1) if m == "lat" else (g > 1)
            w("overall %s: %.3f over %d rows (B %s)\n" % (
                m, g, len(r), "faster" if better else ("same" if g == 1 else "slower")))
    for tag, lst, other in (("A", res.only_a, "B"), ("B", res.only_b, "A")):
        if lst:
            w("\nonly in %s (%d rows ok there; in %s:)\n" % (tag, len(lst), other))
            for k, why in lst:
                w("  %s %s %s %s %s  -- %s\n" % (k[0], k[1] or "-", k[2], k[3], k[4], why))
    return out.getvalue()


# ---------------------------------------------------------------- plot

OPEN = {7: 6, 5: 4, 9: 8, 11: 10, 13: 12}


def write_plot(res, out_dir):
    """ratios.png/.svg: B/A against size, lat and bw panels, one line per
    primitive/variant@placement; filled markers significant, open not."""
    ma, mb = res.meta_a, res.meta_b
    title = "B/A  A = %s %s   B = %s %s" % (ma.get("machine", "?"), ma.get("run_id", "?"),
                                           mb.get("machine", "?"), mb.get("run_id", "?"))
    if res.inc_a or res.inc_b:
        title += "  (INCOMPLETE RUN)"
    panels = []
    names = sorted({(c.key[0], c.key[1], c.key[4]) for c in res.common},
                   key=lambda n: (n[0], n[1], plots.placement_key(n[2])))
    idx = {n: i for i, n in enumerate(names)}
    fills = [7, 5, 9, 11, 13]
    dashes = ["1", "(12,4)", "(6,3,2,3)", "(2,3)"]
    for mode, what in (("lat", "latency p50 ratio B/A (above 1: B slower)"),
                       ("bw", "throughput ratio B/A (above 1: B faster)")):
        p = plots.Panel("%s; filled marker: significant, open: ~" % mode, what, "ratio")
        for n in names:
            rows = [c for c in res.common if c.mode == mode and c.ratio
                    and (c.key[0], c.key[1], c.key[4]) == n]
            if not rows:
                continue
            i = idx[n]
            pt = fills[i % len(fills)]
            s = plots.Series("%s @ %s" % (plots.series_name(n[0], n[1]), n[2]),
                             plots.COLOURS[i % len(plots.COLOURS)], dashes[i % len(dashes)], pt)
            s.marks = []
            for c in rows:
                s.points.append((c.key[3], c.ratio, None))
                s.marks.append((c.key[3], c.ratio, pt if c.significant else OPEN[pt]))
            p.series.append(s)
        p.extra = ['1 with lines lc rgb "#000000" lw 1 notitle']
        p.force_y = (1.0,)
        panels.append(p)
    if not any(p.nonempty() for p in panels):
        return None
    gp = os.path.join(out_dir, "ratios.gp")
    with open(gp, "w", encoding="utf-8") as f:
        f.write(plots.figure_script("ratios", title, panels))
    plots.run_gnuplot(gp)
    return gp


def write_csv(res, path):
    with open(path, "w", newline="") as f:
        wr = csv.writer(f)
        wr.writerow(["primitive", "variant", "mode", "size_bytes", "placement", "a", "b",
                     "ratio", "p", "verdict", "a_reps", "b_reps"])
        for c in res.common:
            wr.writerow(list(c.key) + [fmt_num(c.a), fmt_num(c.b),
                                       "%.6g" % c.ratio if c.ratio else "",
                                       "%.6g" % c.p if c.p is not None else "", c.verdict,
                                       len(c.a_reps), len(c.b_reps)])


def default_out(res):
    def lab(m, d):
        return "%s_%s" % (m.get("machine") or "A", m.get("run_id") or os.path.basename(d))
    return os.path.join(os.getcwd(), "compare-%s-vs-%s" % (lab(res.meta_a, res.a_dir),
                                                         lab(res.meta_b, res.b_dir)))


def main(argv=None):
    ap = cli.OneLineParser(
        description="Compare two ipcfloor result folders row by row: medians, ratio B/A, "
                    "Mann-Whitney U significance over the repetitions (~ = not significant), "
                    "geometric means, rows on one side only, and a plot of the ratios.")
    ap.add_argument("a", metavar="A", help="baseline result folder")
    ap.add_argument("b", metavar="B", help="result folder compared against A")
    ap.add_argument("--out", help="folder for ratios.png/.svg/.gp, ratios.csv and compare.txt "
                    "(default: ./compare-<A machine>_<A run>-vs-<B machine>_<B run>)")
    ap.add_argument("--no-plot", action="store_true", help="print only; write no files")
    ap.add_argument("--alpha", type=float, default=ALPHA, help="significance level "
                    "(default %(default)s)")
    ap.add_argument("--allow-incomplete", action="store_true",
                    help="compare folders marked incomplete too, with a warning")
    a = ap.parse_args(argv)
    try:
        res = compare_runs(a.a, a.b, a.allow_incomplete, a.alpha)
        text = render_text(res)
        sys.stdout.write(text)
        if not a.no_plot:
            out = a.out or default_out(res)
            os.makedirs(out, exist_ok=True)
            with open(os.path.join(out, "compare.txt"), "w", encoding="utf-8") as f:
                f.write(text)
            write_csv(res, os.path.join(out, "ratios.csv"))
            gp = write_plot(res, out)
            print("\nwrote %s" % (os.path.join(out, "ratios.png") if gp else out))
    except RunError as e:
        print("compare: %s" % e, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # `compare.py A B | head`
        sys.stderr.close()
        sys.exit(0)
