"""From one traced cell to its ledger rows: the glue the transport harness
calls once the client has made the cell's traced requests and perf has
stopped.

Output files (in the run folder):
  explain-cells.csv   one row per traced cell (CELL_COLUMNS)
  explain.csv         one row per (cell, stage, category) (LEDGER_COLUMNS)
  stacks/<cell>.folded  the cell's on-CPU samples of every side, folded
"""
import math
import os
import statistics

from . import perf, stamps

GIB = 1 << 30

KEY = ["transport", "variant", "size_bytes", "pattern"]
CELL_COLUMNS = KEY + ["traced_requests", "traced_p50_s", "untraced_p50_s", "overhead",
                      "overhead_low", "overhead_high", "pairs",
                      "traced_wall_s", "ledger_wall_s",
                      "unattributed_s", "unknown_cpu_share", "predicted_s", "samples",
                      "lost", "status", "reason"]
LEDGER_COLUMNS = KEY + ["stage", "category", "seconds", "share"]

# a side whose stage is the latest stamp of any of its threads, not of the
# sampled thread itself: a server hands one request from thread to thread
# (uvicorn's event loop to the thread pool and back), and work done after a
# hand-over (FastAPI rendering the endpoint's result on the loop) belongs to
# the stage the request is in, not to the stage that thread last stamped
SIDE_SCOPED = ("server", "manager", "broker")


def cell_name(key):
    return "%s-%s-%d-%s" % (key["transport"], key["variant"], key["size_bytes"], key["pattern"])


def skip_rows(cells, reason):
    """explain-cells rows of a pass that could not run."""
    return [dict(c, traced_requests=0, status="skip", reason=reason) for c in cells]


def pair_ratios(traced, untraced, block):
    """traced / untraced per pair of blocks (each block's median), a traced
    block and the untraced block beside it (their order within the pair is
    random: see worker.trace_plan)."""
    pairs = min(len(traced), len(untraced)) // block
    return [statistics.median(traced[i * block:(i + 1) * block])
            / statistics.median(untraced[i * block:(i + 1) * block]) for i in range(pairs)]


def median_interval(values, level=0.95):
    """(low, high): the distribution-free interval of the median, two order
    statistics whose ranks come from Binomial(n, 1/2).  It assumes nothing
    about the ratios' shape, which matters here: they are bimodal where two
    unpinned processes share a vCPU in some pairs and not in others.  None
    below 6 values, where no such interval reaches 95%."""
    v = sorted(values)
    n = len(v)
    if n < 6:
        return None
    # the largest j with P(X < j) <= (1 - level) / 2, X ~ Binomial(n, 1/2)
    tail, j, cum = (1 - level) / 2, 0, 0.0
    while True:
        p = math.comb(n, j) / 2 ** n
        if cum + p > tail:
            break
        cum += p
        j += 1
    j = max(j, 1)
    return v[j - 1], v[n - j]


def paired_overhead(traced, untraced, block):
    """The tracer's cost as the median over block pairs of traced / untraced
    - 1.  Two unpinned processes sharing a vCPU or not change a request here
    several-fold, and that state drifts: a ratio of the two medians of 20
    requests each moved from -32% to +51% between runs of the same cell
    (1.2 MB, same settings), while adjacent blocks share the state."""
    ratios = pair_ratios(traced, untraced, block)
    if not ratios:
        return ""
    return statistics.median(ratios) - 1


def overhead_interval(traced, untraced, block):
    """paired_overhead's 95% interval, ("", "") where too few pairs."""
    iv = median_interval(pair_ratios(traced, untraced, block))
    return (iv[0] - 1, iv[1] - 1) if iv else ("", "")


def side_scoped(all_stamps):
    out = []
    for s in all_stamps:
        if s.side in SIDE_SCOPED:
            s = s._replace(tid=-s.pid)      # no real thread has it
        out.append(s)
    return out


def explain_cell(perf_data, stamp_dir, ev, key_base, out_dir, period_ns):
    """ev: the client's "trace" event of one cell (size_bytes, pattern, reqs,
    traced_s, untraced_s, timed_p50_s, block, sides).  Writes the cell's
    folded stacks; returns (its explain-cells row, its ledger rows)."""
    from . import categories, ledger
    pid_side = {pid: side for side, pids in ev["sides"].items() for pid in pids}
    # the client's requests run on its main thread, whose tid is its pid
    client_pid = next(p for p, s in pid_side.items() if s == "client")
    parsed = perf.parse(perf_data, pids=set(pid_side), period_ns=period_ns)
    side_of_tid = {tid: pid_side[pid] for tid, pid in parsed.tid_pid.items() if pid in pid_side}
    all_stamps = side_scoped(stamps.read(stamp_dir))
    stamped = {s.side for s in all_stamps}
    key = dict(key_base, size_bytes=ev["size_bytes"], pattern=ev["pattern"])
    reqs = set(ev["reqs"])
    mine = [s for s in all_stamps if s.side != "client" or s.req in reqs]
    res = ledger.build(mine, parsed.samples, parsed.switches, parsed.wakes, side_of_tid,
                       client_pid, categories.categorize)
    untraced = ev["untraced_s"]
    traced_p50 = statistics.median(ev["traced_s"]) if ev["traced_s"] else None
    untraced_p50 = statistics.median(untraced) if untraced else None
    notes = []
    if not untraced and ev.get("timed_p50_s") and ev["size_bytes"] < GIB:
        # one request takes seconds: the cell's timed requests stand
        # for untraced ones (the client made none)
        untraced_p50 = ev["timed_p50_s"]
        notes.append("untraced = the cell's timed requests (one takes over 5 s)")
    elif not untraced:
        notes.append("the timed request is the traced one (no untraced request beside it): "
                     "overhead not measured")
    if res.dropped:
        notes.append("%d request(s) dropped: %s" % (
            len(res.dropped), "; ".join(sorted({str(d) for d in res.dropped}))[:200]))
    ov_iv = overhead_interval(ev["traced_s"], untraced, ev.get("block", 1))
    cell = dict(key, traced_requests=len(res.requests),
                traced_p50_s=traced_p50, untraced_p50_s=untraced_p50,
                overhead=paired_overhead(ev["traced_s"], untraced, ev.get("block", 1))
                if untraced else (traced_p50 / untraced_p50 - 1) if untraced_p50 else "",
                # the client's own clock around its traced requests, and
                # the same requests' windows from its stamps: the ledger
                # sums to the second, so the two must agree
                overhead_low=ov_iv[0], overhead_high=ov_iv[1],
                pairs=len(pair_ratios(ev["traced_s"], untraced, ev.get("block", 1))),
                traced_wall_s=sum(ev["traced_s"]), ledger_wall_s=res.traced_wall_s,
                unattributed_s=res.unattributed_s, unknown_cpu_share=res.unknown_cpu_share,
                predicted_s="", samples=res.on_cpu_samples, lost=parsed.lost,
                status="ok" if res.requests else "fail", reason="; ".join(notes))
    rows = []
    for r in res.rows:
        side = r["stage"].partition(":")[0]
        stage = r["stage"]
        if side not in stamped and side != "other":
            # a process we cannot stamp (the Manager's server process,
            # the broker): its time is named by its side alone
            stage = side + ":(not stamped)"
        rows.append(dict(key, stage=stage, category=r["category"],
                         seconds=r["seconds"], share=r["share"]))
    windows = [(q["t0"], q["t1"]) for q in res.requests]
    picked = [s for s in parsed.samples if any(a < s.t_ns <= b for a, b in windows)]
    os.makedirs(os.path.join(out_dir, "stacks"), exist_ok=True)
    perf.write_folded(os.path.join(out_dir, "stacks", cell_name(key) + ".folded"),
                      perf.folded(picked, key=lambda s: pid_side.get(s.pid, "other")))
    return cell, rows
