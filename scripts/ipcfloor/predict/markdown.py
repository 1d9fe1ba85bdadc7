"""EXPLAIN.md's sections of the prediction (after the measured timeline,
which timeline/render.py writes) and the same tables for the terminal."""
import os

from ..rows import TOP
from ..timeline.render import fmt_pct as pct
from ..units import decimal_size as fmt_size
from ..units import human_s as fmt_s
from .chart import chart
from .explainer import ratio
from .model import CAT_KEYS, CAT_LABEL, rank
from .published import published_section
from .table import PREDICTED_CSV

RESIDUAL_LIMIT = 0.10      # the "at most 10% of the measured total"

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


def fmt_ratio(x):
    """'3.0x', '15x', '1,200x' (two significant figures from 100x on, where
    timeline/render.py's fmt_ratio prints every digit)."""
    if x is None:
        return "-"
    if x >= 100:
        return "{:,.0f}x".format(float("%.2g" % x))
    if x >= 10:
        return "%.0fx" % x
    return "%.1fx" % x


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


def render(ex, cells, ref_path, run, measured, no_plot, quiet):
    """EXPLAIN.md and the terminal tables; `measured`: the measured timeline's
    lines, which open the file; no_plot: no charts; quiet: gnuplot's failures
    not reported."""
    groups = {}
    for c in cells:
        groups.setdefault((c.transport, c.variant), []).append(c)
    keys = sorted(groups, key=lambda k: (rank(k), k))
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
                why = residual_reason(c)
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
    if not no_plot:
        files = []
        for s in sizes:
            for p in ("published", "transport-only"):
                cs = [c for c in cells if c.size == s and c.pattern == p]
                cs.sort(key=lambda c: rank((c.transport, c.variant)))
                files += chart(run, s, p, cs, quiet)
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
               % ("The %d cells" % len(probes) if many else "The one cell", fmt_size(ex.probe_size),
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


def residual_reason(c):
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
                "from the residual" + cpu_reason(c))
    return "no measured part accounts for it" + cpu_reason(c)


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
