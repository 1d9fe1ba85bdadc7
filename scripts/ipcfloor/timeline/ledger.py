"""Where each traced request's wall time went: stage x category, from stamps,
perf samples and scheduler events of one transport cell.

A request's critical path is its client's wall time [t0, t1): t0 its first
stamp on the client thread, t1 its "end" stamp.  Every nanosecond of it goes
to exactly one piece, so the rows add up to the traced wall time by
construction (build() checks it and raises LedgerBug if not):
  - client on CPU: the client's stage;
  - client blocked (voluntary switch-out) until the kernel starts waking it:
    waiting for the peer, shared equally among the cell's other threads
    running at each instant (each share to that thread's side and stage),
    or, when none runs, "off-cpu: nobody of the cell running" in the
    client's stage (loopback softirq on an idle CPU, the CPU idle);
  - sched_waking to sched_wakeup: "scheduling: wake-up path";
  - sched_wakeup (or a preemption) to the switch-in:
    "scheduling: run-queue delay".
On-CPU time of a (side, stage) bucket is then split among categories in
proportion to the samples of that side that fall in the bucket's charged
intervals over all requests of the call: one interval is far shorter than a
sample period, so only the aggregate is an estimate worth having.  A bucket
with charged time and no sample is "unattributed".

What it leaves out: which thread of the cell the client waits FOR (time is
shared among whoever runs, not traced along wake-up chains), and CPU time of
the cell spent outside the client's waits (a server's work while the client
also runs is not on the critical path and is not charged).

All times are int ns (CLOCK_MONOTONIC) until the rows, which are seconds.
"""
import inspect
import math
import statistics
from bisect import bisect_left, bisect_right
from collections import defaultdict, namedtuple

OTHER_SIDE = "other"
IDLE = "idle"
END = "end"
UNATTRIBUTED = "unattributed"
NOBODY = "off-cpu: nobody of the cell running"
WAKE = "scheduling: wake-up path"
RUNQ = "scheduling: run-queue delay"
# categories whose on-CPU time counts as not known in unknown_cpu_share
UNKNOWN_CPU = ("other", UNATTRIBUTED)

# before and after anything the trace holds
NEG, POS = -(1 << 62), 1 << 62

Ledger = namedtuple("Ledger", "rows requests traced_wall_s unattributed_s on_cpu_samples "
                              "unknown_cpu_share dropped buckets")
Ledger.__doc__ = """rows: [{stage, category, seconds, share}] summed over the requests,
largest first; share = seconds / traced_wall_s.  requests: [{req, t0, t1,
wall_s, on_cpu_s, wait_s, wake_s, runq_s}] in time order (the last four add
up to wall_s).  traced_wall_s: sum of the walls.  unattributed_s: the
unattributed rows plus window time no piece covers (0 by construction).
on_cpu_samples: samples that fell in a charged on-CPU interval.
unknown_cpu_share: share of charged on-CPU time in "other" or
"unattributed" (None when nothing was on CPU).  dropped: [Dropped].
buckets: [{stage, charged_s, sampled_s, samples}], per (side, stage) of
on-CPU time: what the ledger charged beside what the samples stand for."""


class Dropped(namedtuple("Dropped", "req reason")):
    """A client request left out of the ledger; str() is the reason alone,
    so a cell's reasons can be listed once each."""
    __slots__ = ()

    def __str__(self):
        return self.reason


class LedgerBug(RuntimeError):
    """The rows do not add up to the traced wall time."""


class _Stages:
    """Stage of a thread at an instant, from the stamps.

    A thread with stamps of its own is in the stage of its latest own stamp
    at or before t.  A thread without any (a thread-pool worker; every
    thread of a side whose stamps were made side-wide, cells.side_scoped),
    or before its first own stamp, is in the stage of the latest stamp of
    ANY thread of its side: a server hands one request between its threads,
    and unstamped work belongs to the stage the request is in.  After an
    "end" stamp, and before a side's first stamp, the stage is "idle"."""

    def __init__(self, stamps, side_of):
        self.side_of = side_of
        own, side = defaultdict(list), defaultdict(list)
        for s in sorted(stamps, key=lambda s: s.t_ns):
            own[s.tid].append((s.t_ns, s.label))
            side[s.side].append((s.t_ns, s.label))
        self.own = {k: ([t for t, _ in v], [lab for _, lab in v]) for k, v in own.items()}
        self.side = {k: ([t for t, _ in v], [lab for _, lab in v]) for k, v in side.items()}
        # every instant at which some thread's stage may change
        self.times = sorted({s.t_ns for s in stamps})

    @staticmethod
    def _at(series, t):
        if series is None:
            return None
        i = bisect_right(series[0], t) - 1
        return series[1][i] if i >= 0 else None

    def stage(self, tid, t):
        side = self.side_of.get(tid, OTHER_SIDE)
        label = self._at(self.own.get(tid), t)
        if label is None:
            label = self._at(self.side.get(side), t)
        if label is None or label == END:
            label = IDLE
        return "%s:%s" % (side, label)

    def cuts(self, a, b):
        """Stamp instants strictly inside (a, b)."""
        return self.times[bisect_right(self.times, a):bisect_left(self.times, b)]


def _runs(switches, wakes, samples):
    """{tid: [(start, end, out_state)]}: when each thread was on a CPU, from
    sched_switch, in time order.  A thread whose first event is a switch-out
    was on CPU from before the trace (start NEG); one still on CPU at the end
    runs to POS; out_state is the prev_state of the switch that ended the
    run ("" when none did).

    perf loses a CPU's switch out of its idle task (perf.py: nothing is
    recorded while a CPU idles), so a thread woken onto an idle CPU is seen
    switching out without having switched in.  Its run is taken to start at
    its latest sched_wakeup since it could have started (its previous
    switch-out, and that CPU's previous switch): an idle CPU runs what is
    woken onto it at once.  Without a wakeup, at its first sample on that
    CPU in that span less the sample's period; without either, the run is
    empty (no evidence the thread ran)."""
    woken = defaultdict(list)
    for w in wakes:
        if w.kind == "wakeup":
            woken[w.tid].append(w.t_ns)
    for v in woken.values():
        v.sort()
    sampled = defaultdict(list)
    for s in samples:
        sampled[(s.tid, s.cpu)].append((s.t_ns, s.period_ns))
    for v in sampled.values():
        v.sort()

    def missed_in(tid, cpu, lo, t):
        ws = woken.get(tid, ())
        i = bisect_right(ws, t) - 1
        if i >= 0 and ws[i] > lo:
            return ws[i]
        ss = sampled.get((tid, cpu), ())
        j = bisect_right(ss, (lo, POS))
        if j < len(ss) and ss[j][0] <= t:
            return max(lo, ss[j][0] - ss[j][1])
        return t

    runs = defaultdict(list)
    running, last_out, cpu_last, seen = {}, {}, {}, set()
    for s in sorted(switches, key=lambda s: s.t_ns):
        t, cpu, prev, nxt = s.t_ns, s.cpu, s.prev_tid, s.next_tid
        if prev:                     # tid 0 is a CPU's idle task
            if prev in running:
                start = running.pop(prev)
            elif prev not in seen:
                start = NEG
            else:
                lo = max(last_out.get(prev, NEG), cpu_last.get(cpu, NEG))
                start = missed_in(prev, cpu, lo, t)
            runs[prev].append((start, t, s.prev_state))
            last_out[prev] = t
            seen.add(prev)
        if nxt:
            if nxt in running:       # its switch-out was lost: it ends here
                runs[nxt].append((running.pop(nxt), t, ""))
            running[nxt] = t
            seen.add(nxt)
        cpu_last[cpu] = t
    for tid, start in running.items():
        runs[tid].append((start, POS, ""))
    return runs


def _requests(stamps, client_tid):
    """[(req, t0, t1)] in time order, and [Dropped]."""
    by_req = defaultdict(list)
    for s in stamps:
        if s.tid == client_tid:
            by_req[s.req].append(s)
    keep, dropped = [], []
    for req, ss in sorted(by_req.items()):
        t0 = min(s.t_ns for s in ss)
        ends = [s.t_ns for s in ss if s.label == END]
        if req < 0:
            dropped.append(Dropped(req, "client stamps without a request number"))
        elif not ends:
            dropped.append(Dropped(req, 'no "end" stamp'))
        elif min(ends) <= t0:
            dropped.append(Dropped(req, 'nothing stamped before "end"'))
        else:
            keep.append((req, t0, min(ends)))
    keep.sort(key=lambda r: r[1])
    return keep, dropped


def _gap_phases(g0, g1, out_state, waking, wakeup):
    """The client off CPU over [g0, g1) -> [(a, b, phase)] with phase
    "wait" | WAKE | RUNQ.  A waking without its wakeup: waking to the
    switch-in is all wake-up path (the kernel's split is unknown)."""
    if out_state.startswith("R"):
        return [(g0, g1, RUNQ)]        # preempted: runnable all along
    i = bisect_left(waking, g0)
    w1 = waking[i] if i < len(waking) and waking[i] < g1 else None
    j = bisect_left(wakeup, g0 if w1 is None else w1)
    w2 = wakeup[j] if j < len(wakeup) and wakeup[j] < g1 else None
    first = w1 if w1 is not None else (w2 if w2 is not None else g1)
    out = [(g0, first, "wait")]
    if w1 is not None:
        out.append((w1, g1 if w2 is None else w2, WAKE))
    if w2 is not None:
        out.append((w2, g1, RUNQ))
    return out


def _call(categorize):
    """categorize(frames, comm) or, for a one-argument one, categorize(frames)."""
    try:
        inspect.signature(categorize).bind((), "")
        return lambda s: categorize(s.frames, s.comm)
    except (TypeError, ValueError):
        return lambda s: categorize(s.frames)


def build(stamps, samples, switches, wakes, side_of_tid, client_tid, categorize):
    """The ledger of the client's requests (see the module docstring).

    side_of_tid: {tid: side} for every thread of the cell's processes (other
    tids are "other": kernel threads, perf, anything else).  client_tid: the
    thread that issues the requests and stamps them.  categorize(frames,
    comm) -> category name (categories.categorize)."""
    side_of = dict(side_of_tid)
    side_of.setdefault(client_tid, "client")
    stages = _Stages(stamps, side_of)
    reqs, dropped = _requests(stamps, client_tid)
    runs = _runs(switches, wakes, samples)
    # the client's runs; with no switch at all it never left its CPU
    cruns = runs.get(client_tid) or [(NEG, POS, "")]
    cends = [e for _, e, _ in cruns]
    waking = sorted(w.t_ns for w in wakes if w.tid == client_tid and w.kind == "waking")
    wakeup = sorted(w.t_ns for w in wakes if w.tid == client_tid and w.kind == "wakeup")

    off_rows = defaultdict(float)    # (stage, category) -> ns, off-CPU pieces
    charged = defaultdict(float)     # stage -> on-CPU ns charged
    spans = defaultdict(list)        # stage -> [(a, b)] charged on-CPU intervals
    waits = []                       # (a, b) client waiting for the peer
    requests = []

    def client_pieces(a, b):
        """[a, b) split where the client's stage changes -> (x, y, stage)."""
        x = a
        for y in stages.cuts(a, b) + [b]:
            yield x, y, stages.stage(client_tid, x)
            x = y

    for req, t0, t1 in reqs:
        tot = dict(on=0, wait=0, wake=0, runq=0)
        i = bisect_right(cends, t0)              # first run ending after t0
        prev_end, prev_state = (cruns[i - 1][1], cruns[i - 1][2]) if i > 0 else (NEG, "")
        cursor = t0
        while cursor < t1:
            s, e, st = cruns[i] if i < len(cruns) else (POS, POS, "")
            if s > cursor:                       # off CPU from prev_end to s
                for g0, g1, phase in _gap_phases(prev_end, s, prev_state, waking, wakeup):
                    a, b = max(g0, cursor), min(g1, t1)
                    if a >= b:
                        continue
                    if phase == "wait":
                        waits.append((a, b))
                        tot["wait"] += b - a
                    else:
                        tot["wake" if phase == WAKE else "runq"] += b - a
                        for x, y, stage in client_pieces(a, b):
                            off_rows[(stage, phase)] += y - x
                cursor = min(s, t1)
            if cursor < min(e, t1):              # on CPU from cursor to e
                b = min(e, t1)
                for x, y, stage in client_pieces(cursor, b):
                    charged[stage] += y - x
                    spans[stage].append((x, y))
                tot["on"] += b - cursor
                cursor = b
            prev_end, prev_state = e, st
            i += 1
        wall = t1 - t0
        if sum(tot.values()) != wall:
            raise LedgerBug("request %s: pieces %d ns, wall %d ns" % (req, sum(tot.values()), wall))
        requests.append(dict(req=req, t0=t0, t1=t1, wall_s=wall / 1e9, on_cpu_s=tot["on"] / 1e9,
                             wait_s=tot["wait"] / 1e9, wake_s=tot["wake"] / 1e9,
                             runq_s=tot["runq"] / 1e9))

    _charge_waits(waits, runs, side_of, client_tid, stages, charged, spans, off_rows)
    on_cpu_samples, weights, counts = _sample(samples, side_of, stages, spans, _call(categorize))

    rows = defaultdict(float)
    for k, ns in off_rows.items():
        rows[k] += ns
    unknown = 0.0
    buckets = []
    for stage, ns in charged.items():
        w = weights.get(stage)
        total_w = sum(w.values()) if w else 0
        if not total_w:
            rows[(stage, UNATTRIBUTED)] += ns
            unknown += ns
        else:
            for cat, cw in w.items():
                rows[(stage, cat)] += ns * cw / total_w
                if cat in UNKNOWN_CPU:
                    unknown += ns * cw / total_w
        buckets.append(dict(stage=stage, charged_s=ns / 1e9, sampled_s=total_w / 1e9,
                            samples=counts.get(stage, 0)))
    buckets.sort(key=lambda b: (-b["charged_s"], b["stage"]))

    wall_ns = sum(r["t1"] - r["t0"] for r in requests)
    traced = wall_ns / 1e9
    out = [dict(stage=st, category=cat, seconds=ns / 1e9, share=ns / wall_ns if wall_ns else 0.0)
           for (st, cat), ns in rows.items() if ns > 0]
    out.sort(key=lambda r: (-r["seconds"], r["stage"], r["category"]))
    got = math.fsum(r["seconds"] for r in out)
    if not math.isclose(got, traced, rel_tol=1e-9, abs_tol=1e-12):
        raise LedgerBug("rows add up to %.12g s, traced wall time is %.12g s" % (got, traced))
    on_cpu_ns = math.fsum(charged.values())
    # window time no piece covers would count here too, but there is none:
    # each request's pieces were checked against its wall above
    return Ledger(rows=out, requests=requests, traced_wall_s=traced,
                  unattributed_s=math.fsum(r["seconds"] for r in out
                                           if r["category"] == UNATTRIBUTED),
                  on_cpu_samples=on_cpu_samples,
                  unknown_cpu_share=unknown / on_cpu_ns if on_cpu_ns else None,
                  dropped=dropped, buckets=buckets)


def _charge_waits(waits, runs, side_of, client_tid, stages, charged, spans, off_rows):
    """Share each wait among the cell's threads running at each instant.

    The cell's threads are every tid of side_of but the client's own:
    including the client process's other threads (a gRPC poller doing the
    client's reads while its main thread waits is the cell at work, not
    "nobody").  The waits are swept in time order against the runs'
    boundaries, so the whole call is one pass over the switches."""
    events = []
    for tid, rs in runs.items():
        if tid == client_tid or tid not in side_of:
            continue
        for s, e, _ in rs:
            if e > s:
                events.append((s, 1, tid))
                events.append((e, -1, tid))
    events.sort()
    times = [t for t, _, _ in events]
    on = defaultdict(int)
    j, swept = 0, NEG

    def advance(t):
        nonlocal j
        while j < len(events) and events[j][0] <= t:
            _, d, tid = events[j]
            on[tid] += d
            if not on[tid]:
                del on[tid]
            j += 1

    for a, b in sorted(waits):
        if a < swept:       # windows that overlap (bad stamps): sweep again
            j = 0
            on.clear()
        advance(a)
        lo, hi = bisect_right(times, a), bisect_left(times, b)
        x = a
        for y in sorted(set(times[lo:hi]) | set(stages.cuts(a, b))) + [b]:
            if y > x:
                running = sorted(on)
                if not running:
                    off_rows[(stages.stage(client_tid, x), NOBODY)] += y - x
                for tid in running:
                    stage = stages.stage(tid, x)
                    charged[stage] += (y - x) / len(running)
                    spans[stage].append((x, y))
            advance(y)
            x = y
        swept = b


def _merge(iv):
    iv.sort()
    starts, ends = [], []
    for a, b in iv:
        if ends and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    return starts, ends


def _sample(samples, side_of, stages, spans, cat_of):
    """Samples in charged on-CPU intervals -> (count, {stage: {category:
    period ns}}, {stage: count}).  A sample at t_ns stands for the period
    ending at t_ns, so it is placed at t_ns - 1: one exactly on a boundary
    belongs to the interval that ends there.  It counts for the bucket of
    its own thread's side and stage at that instant, when that instant is in
    any interval charged to the bucket (by any thread of the side)."""
    merged = {stage: _merge(iv) for stage, iv in spans.items()}
    weights = defaultdict(lambda: defaultdict(int))
    counts = defaultdict(int)
    n = 0
    for s in samples:
        if s.tid not in side_of:
            continue
        u = s.t_ns - 1
        stage = stages.stage(s.tid, u)
        m = merged.get(stage)
        if m is None:
            continue
        i = bisect_right(m[0], u) - 1
        if i < 0 or u >= m[1][i]:
            continue
        weights[stage][cat_of(s)] += s.period_ns
        counts[stage] += 1
        n += 1
    return n, weights, counts


def per_request_wall_p50(result):
    """Median wall time of the ledger's requests, in seconds (None: none)."""
    walls = [r["wall_s"] for r in result.requests]
    return statistics.median(walls) if walls else None


def to_csv_rows(result, key_fields):
    """The rows as explain.csv rows: the cell's key fields (transport,
    variant, size_bytes, pattern) first, then stage, category, seconds,
    share."""
    return [dict(key_fields, stage=r["stage"], category=r["category"], seconds=r["seconds"],
                 share=r["share"]) for r in result.rows]
