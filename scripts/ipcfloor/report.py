"""REPORT.md of a run folder: one screen of findings computed from the rows,
then the machine, the plots, the skips and failures (scripts/report.py is
the command line, and says what each finding means)."""
import math
import os
import sys

from . import figures
from . import rows as runs
from .rows import RunError
from .units import human_ns, human_size

KIB, MIB, GIB = 1 << 10, 1 << 20, 1 << 30
SIZE_CLASSES = [  # name, title, predicate
    ("small", "Small messages (<= 4 KiB)", lambda s: s <= 4 * KIB),
    ("medium", "Medium messages (> 4 KiB, < 1 MiB)", lambda s: 4 * KIB < s < MIB),
    ("large", "Large messages (>= 1 MiB)", lambda s: s >= MIB),
]
REF_PLACEMENTS = ["cross-core", "smt", "cross-numa", "same-cpu", "unpinned", "cpus"]
MACHINE_KEYS = ["machine", "cpu_model", "cpus_online", "cores", "threads_per_core", "sockets",
                "numa_nodes", "caches", "kernel", "governor", "turbo", "thp",
                "vulnerabilities", "pipe_max_size", "mqueue", "wmem_max", "rmem_max",
                "rlimit_memlock", "compiler", "cflags", "liburing_version", "libnuma_version",
                "suite_revision", "clock_overhead_ns", "kind", "run_id", "started", "finished"]


def geomean(v):
    v = [x for x in v if x and x > 0]
    return math.exp(sum(math.log(x) for x in v) / len(v)) if v else None


def name(r):
    return figures.series_name(r["primitive"], r["variant"])


def is_handoff(r):
    return r["variant"].endswith("-handoff")


def is_touch(r):
    return r["variant"].endswith("-touch")


def rankable(r):
    return not figures.is_floor(r) and figures.is_transfer(r)


def cell(v):
    if isinstance(v, dict):
        v = "; ".join("%s: %s" % (k, cell(x)) for k, x in v.items())
    elif isinstance(v, (list, tuple)):
        v = ", ".join(cell(x) for x in v)
    elif v is None:
        v = "not readable"
    elif v is True or v is False:
        v = "yes" if v else "no"
    return str(v).replace("|", "\\|").replace("\n", " ")


def sizes_text(sizes):
    s = sorted(set(int(x) for x in sizes))
    if len(s) <= 4:
        return ", ".join(human_size(x) for x in s)
    return "%s .. %s (%d sizes)" % (human_size(s[0]), human_size(s[-1]), len(s))


# ---------------------------------------------------------------- findings

def reference_placement(rows):
    have = {r["placement"] for r in rows if rankable(r)}
    for p in REF_PLACEMENTS:
        if p in have:
            return p
    return sorted(have)[0] if have else None


def fastest(rows, placement, mode, pred):
    """[(geomean, name, {size: value})] best first, for candidates covering
    the most sizes of the class (so a primitive that stops at 8 KiB does not
    win the medium class on its one size)."""
    col = "p50_ns" if mode == "lat" else "gbps"
    by = {}
    for r in rows:
        v = r["_num"][col]
        if (rankable(r) and r["mode"] == mode and r["placement"] == placement
                and pred(r["_num"]["size_bytes"]) and v is not None and v > 0):
            by.setdefault(name(r), {})[int(r["_num"]["size_bytes"])] = v
    if not by:
        return []
    most = max(len(v) for v in by.values())
    cands = [(geomean(v.values()), n, v) for n, v in by.items() if len(v) == most]
    cands.sort(key=lambda c: c[0], reverse=(mode == "bw"))
    return cands


def wins(cands, mode):
    """At how many sizes the first candidate is the best of all candidates."""
    best = cands[0]
    n = 0
    for size, v in best[2].items():
        others = [c[2][size] for c in cands[1:] if size in c[2]]
        if all((v <= o) if mode == "lat" else (v >= o) for o in others):
            n += 1
    return n, len(best[2])


def class_finding(rows, placement, cls, title, pred):
    parts = []
    for mode, what in (("lat", "lowest one-way latency"), ("bw", "highest throughput")):
        cands = fastest(rows, placement, mode, pred)
        if not cands:
            parts.append("%s: no ok `%s` rows in this class" % (what, mode))
            continue
        g, n, vals = cands[0]
        lo, hi = min(vals), max(vals)
        fmt = human_ns if mode == "lat" else (lambda v: "%.3g GB/s" % v)
        span = ("%s at %s" % (fmt(vals[lo]), human_size(lo)) if lo == hi else
                "%s at %s, %s at %s" % (fmt(vals[lo]), human_size(lo), fmt(vals[hi]),
                                        human_size(hi)))
        w, t = wins(cands, mode)
        text = "%s `%s` (%s; best at %d of %d sizes)" % (what, n, span, w, t)
        if len(cands) > 1:
            g2, n2, _ = cands[1]
            factor = g2 / g if mode == "lat" else g / g2
            text += ", %.2fx %s than the next, `%s`" % (
                factor, "lower" if mode == "lat" else "higher", n2)
        parts.append(text)
    return "- **%s**, placement %s: %s." % (title, placement, "; ".join(parts))


def cross_core_penalty(rows):
    """(sentence, [(ratio, name, nsizes)])."""
    small = lambda s: s <= 4 * KIB  # noqa: E731
    at = {}
    for r in rows:
        v = r["_num"]["p50_ns"]
        if (not figures.is_floor(r) and r["mode"] == "lat" and small(r["_num"]["size_bytes"])
                and r["placement"] in ("same-cpu", "cross-core") and v):
            at.setdefault((name(r), r["placement"]), {})[int(r["_num"]["size_bytes"])] = v
    missing = [p for p in ("same-cpu", "cross-core") if not any(k[1] == p for k in at)]
    if missing:
        return ("- **Cross-core penalty**: not computable: no ok latency rows <= 4 KiB at "
                "placement %s (missing)." % " and ".join(missing)), []
    table = []
    for n in sorted({k[0] for k in at}):
        a, b = at.get((n, "same-cpu"), {}), at.get((n, "cross-core"), {})
        common = sorted(set(a) & set(b))
        if common:
            table.append((geomean(b[s] / a[s] for s in common), n, len(common)))
    if not table:
        return ("- **Cross-core penalty**: not computable: no primitive has ok latency rows "
                "<= 4 KiB at both same-cpu and cross-core (missing pairs)."), []
    table.sort()
    lo, hi = table[0], table[-1]
    text = ("- **Cross-core penalty** (one-way p50 cross-core / same-cpu, geometric mean over "
            "the sizes <= 4 KiB): ")
    if len(table) == 1:
        text += "%.2fx for `%s`, the only primitive measured at both" % (lo[0], lo[1])
    else:
        text += "from %.2fx for `%s` to %.2fx for `%s`" % (lo[0], lo[1], hi[0], hi[1])
    if len(table) > 2:
        text += ", median %.2fx over %d primitives/variants" % (
            sorted(t[0] for t in table)[len(table) // 2], len(table))
    if lo[0] < 1:
        text += ("; below 1 means the pair is faster on two cores than on one, where each "
                 "message waits for the peer to be scheduled")
    return text + ".", table


def zero_copy(rows):
    big = [r for r in rows if r["mode"] == "bw" and r["_num"]["size_bytes"] == GIB
           and r["_num"]["gbps"] and not figures.is_floor(r)]
    touch = sorted((r for r in big if is_touch(r)), key=lambda r: -r["_num"]["gbps"])
    copy = sorted((r for r in big if not is_touch(r) and not is_handoff(r)
                   and not figures.is_unread(r)),
                  key=lambda r: -r["_num"]["gbps"])
    handoff = sorted((r for r in big if is_handoff(r)), key=lambda r: -r["_num"]["gbps"])
    missing = []
    if not touch:
        missing.append("no `*-touch` row")
    if not copy:
        missing.append("no copying primitive's row")
    if missing:
        return ("- **Zero-copy at 1 GiB**: not computable: %s with mode bw, size 1 GiB and "
                "status ok." % " and ".join(missing))
    t, c = touch[0], copy[0]
    text = ("- **Zero-copy at 1 GiB**: the best zero-copy variant whose receiver reads every "
            "byte, `%s` (%.3g GB/s, %s), moves %.2fx the throughput of the best copying "
            "primitive, `%s` (%.3g GB/s, %s)" % (
                name(t), t["_num"]["gbps"], t["placement"],
                t["_num"]["gbps"] / c["_num"]["gbps"], name(c), c["_num"]["gbps"],
                c["placement"]))
    if handoff:
        h = handoff[0]
        text += ("; handing off the mapping without reading it (`%s`, %.3g GB/s) is not a "
                 "transfer and is not compared" % (name(h), h["_num"]["gbps"]))
    return text + "."


# ---------------------------------------------------------------- report

def grouped(rows, status):
    g = {}
    for r in rows:
        if r.get("status") == status:
            k = (r["primitive"], r["variant"] or "-", r["mode"], r["placement"],
                 r.get("reason") or "no reason given")
            g.setdefault(k, []).append(r["_num"]["size_bytes"] or 0)
    return sorted(g.items())


def status_table(rows, status, none):
    """The rows of one status grouped by reason, as a table, or the none line."""
    groups = grouped(rows, status)
    if not groups:
        return [none]
    out = ["| primitive | variant | mode | placement | sizes | reason |",
           "|---|---|---|---|---|---|"]
    for (prim, var, mode, pl, why), sizes in groups:
        out.append("| %s | %s | %s | %s | %s | %s |" % (prim, var, mode, pl, sizes_text(sizes),
                                                      cell(why)))
    return out


def is_noisy(r):
    """The harness flags a row whose spread is over its threshold: notes hold noisy=..."""
    return r.get("status") == "ok" and "noisy=" in (r.get("notes") or "")


def noisy_groups(rows):
    g = {}
    for r in rows:
        if is_noisy(r):
            k = (r["primitive"], r["variant"] or "-", r["mode"], r["placement"])
            g.setdefault(k, []).append((r["_num"]["size_bytes"] or 0, runs.num(r.get("spread"))))
    return sorted(g.items())


def placements_not_measured(meta):
    out = []
    pl = meta.get("placements")
    if isinstance(pl, dict):
        for p, v in pl.items():
            if isinstance(v, str) and not any(ch.isdigit() for ch in v.split(":")[0]):
                out.append((p, v))
            elif isinstance(v, dict) and (v.get("reason") or v.get("skip")):
                out.append((p, v.get("reason") or v.get("skip")))
    return out


def page_faults(ok):
    """Each kind of page fault priced per page and per fault (pagefault rows:
    p50_ns is one region; note pages=N; faults_per_msg counted by the harness)."""
    rows = sorted((r for r in ok if r["primitive"] == "pagefault" and r["mode"] == "lat"
                   and (r["_num"]["size_bytes"] or 0) >= 4096),
                  key=lambda r: (r["variant"], r["_num"]["size_bytes"]))
    if not rows:
        return []
    L = ["## Page faults", "",
         "What each kind of fault costs (`pagefault` rows; see micro/FLOORS.md): `4k` a fresh "
         "anonymous page (allocate, zero, free), `huge` a 2 MiB page, `file` a page-cache page "
         "mapped by a read fault with fault-around, `shmem` the same on a memfd.", "",
         "| variant | size | per region | pages | per page | faults per page | per fault |",
         "|---|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        notes = dict(kv.split("=", 1) for kv in r.get("notes", "").split(";") if "=" in kv)
        p50, faults = r["_num"]["p50_ns"], r["_num"]["faults_per_msg"]
        try:
            pages = int(notes["pages"])
        except (KeyError, ValueError):
            continue
        L.append("| %s | %s | %s | %d | %s | %.4g | %s |" % (
            r["variant"], human_size(int(r["_num"]["size_bytes"])), human_ns(p50), pages,
            human_ns(p50 / pages), (faults or 0) / pages,
            human_ns(p50 / faults) if faults else "-"))
    L.append("")
    return L


def human_seconds(sec):
    sec = int(round(sec))
    return "%d min %02d s" % (sec // 60, sec % 60) if sec >= 60 else "%d s" % sec


def build(run_dir, meta, rows, plot_list, incomplete):
    machine, run_id = runs.run_label(run_dir, meta)
    ok = runs.ok_rows(rows)
    L = []
    L.append("# ipcfloor report: %s, run %s" % (machine, run_id))
    L.append("")
    if incomplete:
        L.append("> **WARNING: INCOMPLETE RUN.** This folder was cut short or is still being "
                 "written; rows may be missing. Do not quote these figures as a whole run.")
        L.append("")
    counts = {s: sum(1 for r in rows if r.get("status") == s) for s in ("ok", "skip", "fail")}
    n_noisy = sum(1 for r in rows if is_noisy(r))
    # the first screen: what was found, then where to look; the details follow
    L.append("## Findings")
    L.append("")
    ref = reference_placement(ok)
    if ref is None:
        L.append("No primitive has an ok row: nothing to rank.")
    else:
        for cls, title, pred in SIZE_CLASSES:
            L.append(class_finding(ok, ref, cls, title, pred))
    pen_text, pen = cross_core_penalty(ok)
    L.append(pen_text)
    L.append(zero_copy(ok))
    sweep = meta.get("sweep") or {}
    stages = meta.get("stage_seconds") or {}
    L.append("- **This run:** %d rows ok (%d noisy), %d skipped, %d failed%s%s." % (
        counts["ok"], n_noisy, counts["skip"], counts["fail"],
        "; %s passes in shuffled order (seed %s), one repetition of each cell per pass"
        % (sweep["passes"], sweep.get("seed")) if sweep.get("passes") else "",
        "; wall time %s (%s)" % (
            human_seconds(sum(stages.values())),
            ", ".join("%s %s" % (k, human_seconds(v)) for k, v in stages.items()))
        if stages else ""))
    L.append("")
    key = [n for n in ("lat-%s" % ref, "bw-%s" % ref, "heatmap-lat-%s" % ref) if ref
           and any(pn == n for pn, _ in plot_list)]
    if key:
        L.append("Look first at " + ", ".join("[%s](plots/%s.png)" % (n, n) for n in key) +
                 "; every plot is listed under [Plots](#plots).")
        L.append("")
    L.append("Written by `make report` (scripts/report.py) from `micro.csv` and `meta.json`. "
             "Latency is one-way (half the round trip); GB/s is 10^9 bytes per second.  "
             "Floors (%s), `*-handoff` variants and receivers that never read the bytes "
             "(%s) are not ranked; the fastest is the best geometric mean over the sizes "
             "of the class among the primitives/variants measured at the most sizes of "
             "that class." % (", ".join(figures.floors_of(meta)),
                              ", ".join(meta.get("unread") or []) or "none"))
    L.append("")
    if pen:
        L.append("| primitive/variant | cross-core / same-cpu p50 (<= 4 KiB) | sizes |")
        L.append("|---|---:|---:|")
        for ratio, n, k in sorted(pen, key=lambda t: -t[0]):
            L.append("| `%s` | %.2fx | %d |" % (n, ratio, k))
        L.append("")
    L.append("## Machine")
    L.append("")
    L.append("| | |")
    L.append("|---|---|")
    for k in MACHINE_KEYS:
        if k in meta:
            L.append("| %s | %s |" % (k, cell(meta[k])))
    L.append("")
    L += page_faults(ok)
    L.append("## Plots")
    L.append("")
    if not plot_list:
        L.append("No plots (see `make plots`).")
    else:
        L.append("Index with captions: [plots/index.md](plots/index.md). Each plot also as SVG.")
        for pname, caption in plot_list:
            L.append("")
            L.append("### %s" % pname)
            L.append("")
            L.append(caption)
            L.append("")
            L.append("![%s](plots/%s.png)" % (pname, pname))
    L.append("")
    L.append("## Explanation")
    L.append("")
    if os.path.isfile(os.path.join(run_dir, "EXPLAIN.md")):
        L.append("Where each transport loses time: see [EXPLAIN.md](EXPLAIN.md).")
    else:
        L.append("No EXPLAIN.md in this folder (`make explain` writes it).")
    if os.path.isfile(os.path.join(run_dir, "REMEDIES.md")):
        L.append("")
        L.append("What to change in each transport, each change measured alone against the "
                 "saving the explanation predicted: see [REMEDIES.md](REMEDIES.md).")
    L.append("")
    L.append("## Noisy rows")
    L.append("")
    noisy = noisy_groups(rows)
    if noisy:
        L.append("%d ok rows are flagged noisy by the harness: their repetitions disagree by "
                 "more than the threshold in their notes (`noisy=spread X>T`; spread = "
                 "(max - min) / median over the repetitions). Their medians stand, but read "
                 "them as rough; the plots do not mark them." % n_noisy)
        L.append("")
        L.append("| primitive | variant | mode | placement | sizes | worst spread |")
        L.append("|---|---|---|---|---|---:|")
        for (prim, var, mode, pl), items in noisy:
            worst = max((sp for _, sp in items if sp is not None), default=None)
            L.append("| %s | %s | %s | %s | %s | %s |" % (
                prim, var, mode, pl, sizes_text([sz for sz, _ in items]),
                "%.2f" % worst if worst is not None else "-"))
    else:
        L.append("No row was flagged noisy.")
    L.append("")
    L.append("## Skipped")
    L.append("")
    notp = placements_not_measured(meta)
    for p, why in notp:
        why = str(why)
        if why.startswith(p + ":"):
            why = why[len(p) + 1:].strip()
        L.append("- placement %s not measured: %s" % (p, cell(why)))
    if notp:
        L.append("")
    L += status_table(rows, "skip", "No row was skipped.")
    L.append("")
    L.append("## Failures")
    L.append("")
    L += status_table(rows, "fail", "No row failed.")
    L.append("")
    return "\n".join(L)


def newest_complete(root=runs.RESULTS):
    best = None
    for d in runs.find_run_dirs(root):
        if figures.incomplete_reason(d):
            continue
        try:
            meta, _ = runs.load_run(d)
        except RunError:
            continue
        key = (str(meta.get("run_id") or os.path.basename(d)), str(meta.get("started") or ""), d)
        if best is None or key > best:
            best = key
    return best[2] if best else None


def write_report(run_dir, allow_incomplete=False):
    meta, rows = runs.load_run(run_dir)
    incomplete = runs.is_incomplete(run_dir, meta)
    if incomplete and not allow_incomplete:
        raise RunError("%s: run is incomplete (%s); no report (use --allow-incomplete)"
                       % (run_dir, figures.incomplete_reason(run_dir) or "complete is not true"))
    plot_list = []
    try:
        if not figures.has_plots(run_dir):
            figures.render_run(run_dir, allow_incomplete=allow_incomplete)
        plot_list = [(n, c) for n, c, _, _ in figures.plan(run_dir, meta, rows)
                     if os.path.isfile(os.path.join(run_dir, "plots", n + ".png"))]
    except RunError as e:
        print("report: plots not rendered: %s" % e, file=sys.stderr)
    text = build(run_dir, meta, rows, plot_list, incomplete)
    path = os.path.join(run_dir, "REPORT.md")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path
