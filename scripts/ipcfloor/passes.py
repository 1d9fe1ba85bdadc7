"""Repetitions as passes: the sweep runs the whole plan R times, each pass in
its own seeded shuffled order, and one repetition of every cell per pass.

Five repetitions taken seconds apart (one program run with --reps 5) never
see the drift between the start and the end of a run, so their spread is too
small and `compare` is sure of differences a rerun would not repeat.  Passes
spread each cell's repetitions over the whole run; shuffling keeps any slow
drift (a neighbour on the host, a warming page cache) from landing on one
primitive, and it makes the ETA honest: the mix of cells done after a minute
is the mix of the whole run.

merge() turns the R one-repetition rows of a cell back into one row of the
harness's schema, column by column (MERGE below), so everything that reads
micro.csv reads it as before.
"""
import os
import random
import re
import statistics

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def pass_order(n_cells, passes, seed):
    """[(pass, cell index)] for passes 1..R, each pass a shuffle of all cells
    drawn from one generator seeded with seed: the same seed, the same order."""
    rng = random.Random(seed)
    order = []
    for p in range(1, passes + 1):
        idx = list(range(n_cells))
        rng.shuffle(idx)
        order += [(p, i) for i in idx]
    return order


def noisy_spread():
    """The harness's threshold for a noisy row, read from its one home
    (micro/internal.h) so a merged row is flagged exactly as a program's is."""
    with open(os.path.join(TOP, "micro", "internal.h")) as f:
        m = re.search(r"#define\s+NOISY_SPREAD\s+([0-9.]+)", f.read())
    if not m:
        raise RuntimeError("micro/internal.h defines no NOISY_SPREAD")
    return float(m.group(1))


def _num(v):
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def fmt(v):
    """Numbers as the harness prints them (row.c csv_num): whole or large
    numbers without an exponent, the rest to 6 significant digits."""
    if v is None:
        return ""
    if abs(v) >= 1e5 or (v == int(v) and abs(v) < 1e15):
        return "%.0f" % v
    return "%.6g" % v


def _median(rows, col):
    vals = [v for v in (_num(r[col]) for r in rows) if v is not None]
    return statistics.median(vals) if vals else None


def _weighted(rows, col):
    """Per-message counters: the mean over every message of every pass."""
    pairs = [(_num(r[col]), _num(r["iters"]) or 0) for r in rows]
    pairs = [(v, w) for v, w in pairs if v is not None]
    tot = sum(w for _, w in pairs)
    if not pairs:
        return None
    return sum(v * w for v, w in pairs) / tot if tot else statistics.mean(v for v, _ in pairs)


def _extreme(fn, rows, col):
    vals = [v for v in (_num(r[col]) for r in rows) if v is not None]
    return fn(vals) if vals else None


def _first(rows, col):
    return rows[0][col]


def _join_unique(rows, col):
    seen = []
    for r in rows:
        if r[col] not in seen:
            seen.append(r[col])
    return "|".join(seen)


# column -> how R one-repetition rows become one.  p50 and gbps are the median
# of the passes' values (the harness's own rule over its repetitions);
# percentiles are the median of the passes' percentiles; min and max are over
# everything; the per-message CPU counters are means over all messages.
MERGE = {
    "primitive": _first, "variant": _first, "mode": _first, "size_bytes": _first,
    "placement": _first,
    "cpus": _join_unique,        # unpinned: where the scheduler put each pass
    "reps": lambda rows, col: len(rows),
    "iters": lambda rows, col: round(_median(rows, col)),
    "batch": lambda rows, col: round(_median(rows, col)),
    "p50_ns": _median, "p90_ns": _median, "p99_ns": _median, "p999_ns": _median,
    "min_ns": lambda rows, col: _extreme(min, rows, col),
    "max_ns": lambda rows, col: _extreme(max, rows, col),
    "mean_ns": _weighted,
    "gbps": _median,
    "msgs_per_s": _median,
    "ctxsw_per_msg": _weighted, "invol_ctxsw_per_msg": _weighted,
    "faults_per_msg": _weighted, "user_ns_per_msg": _weighted, "sys_ns_per_msg": _weighted,
    "cpu_ns_per_msg": _weighted, "a_cpu_ns_per_msg": _weighted,
    "b_cpu_ns_per_msg": _weighted,
    "clock_ns": _median,
}


def merge_notes(rows, extra):
    """Every pass's notes, each key once (the first pass's value), then extra."""
    keys, out = set(), []
    for r in rows:
        for item in filter(None, (r.get("notes") or "").split(";")):
            k = item.split("=", 1)[0]
            if k == "noisy" or k in keys:
                continue
            keys.add(k)
            out.append(item)
    return ";".join(out + extra)


def merge(header, rows, threshold):
    """One row (dict by column) of a cell from its pass rows (dicts), in pass order.

    Every pass ok: an ok row whose rep_values are the passes' values.  Any
    failure: a fail row naming the pass.  Skips mixed with ok passes: the ok
    passes, with skipped_passes=N in the notes.  All skipped: the first skip.
    """
    bad = [(i, r) for i, r in enumerate(rows, 1) if r["status"] == "fail"]
    if bad:
        i, r = bad[0]
        out = dict(r)
        out["reason"] = "pass %d of %d: %s" % (i, len(rows), r["reason"])
        return out
    ok = [r for r in rows if r["status"] == "ok"]
    if not ok:
        return dict(rows[0])
    out = {}
    for col in header:
        rule = MERGE.get(col)
        if rule:
            v = rule(ok, col)
            out[col] = v if isinstance(v, str) else ("%.1f" % v if col == "clock_ns"
                                                      and v is not None else fmt(v))
    vals = [float(r["rep_values"]) for r in ok]
    out["rep_values"] = ";".join(fmt(v) for v in vals)
    med = statistics.median(vals)
    spread = (max(vals) - min(vals)) / med if med > 0 else 0.0
    spread_txt = "%.6g" % spread
    out["spread"] = spread_txt
    extra = []
    if len(ok) < len(rows):
        extra.append("skipped_passes=%d" % (len(rows) - len(ok)))
    # compared as printed, as the harness does, so flag and column agree
    if float(spread_txt) > threshold:
        extra.append("noisy=spread %s>%.2f" % (spread_txt, threshold))
    out["notes"] = merge_notes(ok, extra)
    out["status"], out["reason"] = "ok", ""
    return {col: out.get(col, "") for col in header}
