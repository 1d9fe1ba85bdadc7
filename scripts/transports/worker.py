"""Client and server processes of the transport harness: the cells they run.

    worker.py client TRANSPORT VARIANT --sizes .. --patterns .. --budget S ...
    worker.py server KIND [args]

The transports themselves (servers, clients, what each needs) are in
catalog/.  A client process starts its server (a separate process: a
subprocess for the network transports, a forked multiprocessing child for
the multiprocessing family), runs every (size, pattern) cell and reports
JSON lines on stdout:

    {"event": "row", ...}                     one transports.csv row
    {"event": "count_ready", "sides": {...}}  waits for "go" on stdin, makes
    {"event": "count_done"}                   one request (strace attached),
                                              waits for "next", makes one more
    {"event": "count", "side": ..., ...}      with /proc counters around it

Servers print "READY <port-or-address>" on stdout once they accept requests.
Everything a server or client starts stays in the client's process group, so
the harness stops a whole transport with one killpg().
"""
import argparse
import os
import signal
import socket
import sys
import time

import common  # noqa: E402
from common import all_sides, emit, verify  # noqa: E402

# scripts/: the ipcfloor package (this file's own folder is on the path already)
sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from ipcfloor.timeline import stamps  # noqa: E402
from ipcfloor.units import decimal_size, human_s  # noqa: E402
import catalog  # noqa: E402
from tracepass import TRACE_BLOCKS, TracePass, trace_cell  # noqa: E402


# ------------------------------------------------------------- /proc counters
def proc_counters(pid):
    """Counters of a whole process (all threads)."""
    c = {"syscr": 0, "syscw": 0, "wchar_bytes": 0, "rchar_bytes": 0,
         "vol_ctxsw": 0, "invol_ctxsw": 0, "minflt": 0, "majflt": 0, "threads": 0}
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    c["minflt"], c["majflt"] = int(fields[7]), int(fields[9])
    with open("/proc/%d/io" % pid) as f:
        for line in f:
            k, v = line.split(":")
            if k in ("syscr", "syscw"):
                c[k] = int(v)
            elif k == "wchar":
                c["wchar_bytes"] = int(v)
            elif k == "rchar":
                c["rchar_bytes"] = int(v)
    c["cpu_ns"] = 0
    for tid in os.listdir("/proc/%d/task" % pid):
        try:
            with open("/proc/%d/task/%s/status" % (pid, tid)) as f:
                for line in f:
                    if line.startswith("voluntary_ctxt_switches"):
                        c["vol_ctxsw"] += int(line.split()[1])
                    elif line.startswith("nonvoluntary_ctxt_switches"):
                        c["invol_ctxsw"] += int(line.split()[1])
            # schedstat's first field: ns this thread has run, exact (the
            # utime/stime of /proc/<pid>/stat are in 10 ms ticks, too coarse
            # for one request)
            with open("/proc/%d/task/%s/schedstat" % (pid, tid)) as f:
                c["cpu_ns"] += int(f.read().split()[0])
            c["threads"] += 1
        except OSError:
            pass
    return c


# the counted requests after the strace'd one: as many as fit in this time
COUNT_BUDGET_S = 0.3
COUNT_MAX_REQUESTS = 50


def emit_counts(sides, before, after, size, pattern, status, reason, nostrace="", requests=1):
    """One row per process: the counters' change over `requests` requests, per request."""
    for side, lst in sides.items():
        for pid in lst:
            if pid not in before or pid not in after:
                continue
            d = {k: after[pid][k] - before[pid][k] for k in after[pid]}
            if requests > 1:
                d = {k: round(v / requests, 2) for k, v in d.items()}
            d["threads"] = after[pid]["threads"]
            emit(dict(event="count", side=side, pid=pid, comm=comm(pid), size_bytes=size,
                      pattern=pattern, status=status, reason=reason, nostrace=nostrace,
                      requests_counted=requests, **d))


def counters_of(sides):
    out = {}
    for lst in sides.values():
        for pid in lst:
            try:
                out[pid] = proc_counters(pid)
            except OSError:
                pass
    return out


def comm(pid):
    try:
        with open("/proc/%d/comm" % pid) as f:
            return f.read().strip()
    except OSError:
        return "?"


# ------------------------------------------------------------------ measuring
def probe_in(opts, size):
    """Whether this cell pairs its requests with the fixed-cost probe's: only
    small ones.  After a large request the next one, whatever its size, pays
    the large one's deferred work (freeing its array, list or buffers), so a
    probe paired with a large cell would absorb size-dependent time and leave
    the cell's own requests without it; there, the probe cell's own median
    is the fixed work, and a placement state changes little of the total."""
    return (common.PROBE_SIZE in opts.sizes and common.PROBE_SIZE < size <= common.PAIR_MAX)


def run_cell(tr, size, pattern, opts, tracer=None, expect_s=None):
    """The cell's timed requests, emitted as one row.  With a tracer (a
    TracePass, at 1 GiB) its one timed request is also the traced one;
    expect_s, what that request should take, sets perf's period."""
    import numpy as np
    row = {"event": "row", "transport": opts.transport, "variant": opts.variant,
           "size_bytes": size, "pattern": pattern, "requests": 0, "budget_s": opts.budget}
    minutes = catalog.TRANSPORTS[opts.transport].gib_minutes > 0
    big = size >= common.BIG
    expected = common.expected_array(size) if (pattern == "transport-only" and size <= (64 << 20)) else None
    notes = []
    warm = 0
    try:
        # warm-up: at least one request (checked), more while within 20% of the budget
        t_end = time.perf_counter() + 0.2 * opts.budget
        # large sizes: transport-only runs first with one warm-up request
        # (which also draws its array); published then follows on the warm
        # path with no warm-up of its own; a transport whose request takes
        # minutes there (http_json) never warms up
        skip_warm = big and pattern == "published" and (
            "transport-only" in opts.patterns or minutes)
        if skip_warm:
            notes.append("no warm-up of its own (the transport-only cells ran just before)"
                         if not minutes else "no warm-up")
        while not skip_warm:
            a = tr.request(size, pattern)
            verify(a, size, pattern, expected if warm == 0 else None)
            del a
            tr.release()
            warm += 1
            if big or time.perf_counter() >= t_end or warm >= 20:
                break
        row["verified"] = "values" if expected is not None else "shape+dtype"
        # kept (up to 64 MiB) to check the last timed answer too: the paired
        # probe requests in between must not have disturbed the array
        last_check = expected if probe_in(opts, size) else None
        expected = None
        times = []
        # the paired probe: after each timed request, one of PROBE_SIZE,
        # timed apart.  Unpinned, a cell's median at small sizes depends on
        # whether its processes settled on one vCPU or two (cross-vCPU
        # wake-ups cost several times more here), a state that can change
        # from one cell to the next; the probe measured in the same state is
        # the fixed work the explanation subtracts from this cell
        probe = probe_in(opts, size)
        probe_times = []
        min_req = 1 if big else 3
        max_req = opts.max_requests
        if tracer and not tracer.open(1, expect_s):
            tracer = None
        if tracer:
            max_req = 1
            notes.append("the timed request is the explain pass's traced one (perf recording, "
                         "stamps on): at 1 GiB there is no untraced request to set it against")
        deadline = time.perf_counter() + opts.budget
        # at 1 GiB a separate counted request (twice, once under strace)
        # would cost minutes: /proc counters are read around the first timed
        # request of the size instead, and system calls come from /proc/<pid>/io
        count_here = (size >= common.GIB and size in opts.count_sizes
                      and size not in opts.counted)
        while len(times) < max_req and (len(times) < min_req or time.perf_counter() < deadline):
            if count_here:
                sides = all_sides(tr)
                before = counters_of(sides)
            if tracer:
                a, seconds = tracer.request(True)
                tracer.switch(False)
            else:
                t0 = time.perf_counter()
                a = tr.request(size, pattern)
                seconds = time.perf_counter() - t0
            if count_here:
                emit_counts(sides, before, counters_of(sides), size, pattern, "ok", "",
                            nostrace="not run at 1 GiB: /proc counters around the first timed request")
                opts.counted.add(size)
                count_here = False
            times.append(seconds)
            last = len(times) >= max_req or (len(times) >= min_req and time.perf_counter() >= deadline)
            verify(a, size, pattern, last_check if last else None)
            del a
            tr.release()
            if probe:
                t0 = time.perf_counter()
                a = tr.request(common.PROBE_SIZE, pattern)
                probe_times.append(time.perf_counter() - t0)
                verify(a, common.PROBE_SIZE, pattern, None)
                del a
                tr.release()
        times.sort()
        n = len(times)
        row.update(requests=n, p50_s=float(np.median(times)), min_s=times[0], max_s=times[-1],
                   mean_s=sum(times) / n, status="ok", reason="")
        if probe_times:
            row["probe_p50_s"] = float(np.median(probe_times))
        if big:
            notes.append("large size: %d warm-up and %d timed request(s) within the budget" % (warm, n))
    except catalog.Refused as e:
        row.update(status="refused", reason=str(e))
    finally:
        if tracer:
            tracer.release()
    row["warmup"] = warm
    row["note"] = "; ".join(notes)
    emit(row)
    if tracer:
        tracer.close()
    return row


def count_cell(tr, size, pattern, opts):
    """One request with strace attached by the harness, one with /proc counters."""
    sides = all_sides(tr)
    emit({"event": "count_ready", "size_bytes": size, "pattern": pattern, "sides": sides})
    if sys.stdin.readline().strip() != "go":
        return
    try:
        a = tr.request(size, pattern)
        del a
        tr.release()
        status, reason = "ok", ""
    except catalog.Refused as e:
        status, reason = "refused", str(e)
    emit({"event": "count_done"})
    if sys.stdin.readline().strip() != "next":
        return
    # /proc counters over several requests, averaged: one request's switches,
    # faults and CPU time vary by tens of percent from one to the next (the
    # first after strace detaches most of all), and the explanation divides
    # the median request's time by them
    n, t_end = 0, time.perf_counter() + COUNT_BUDGET_S
    before = counters_of(sides)
    while True:
        try:
            a = tr.request(size, pattern)
            del a
            tr.release()
        except catalog.Refused:
            pass
        n += 1
        if n >= COUNT_MAX_REQUESTS or time.perf_counter() >= t_end:
            break
    emit_counts(sides, before, counters_of(sides), size, pattern, status, reason, requests=n)


def dev_shm_shortfall(size):
    """Why /dev/shm cannot hold a segment of `size` bytes, else "".  It is a
    tmpfs with its own size limit (64 MiB in a default Docker container); a
    segment larger than its free space dies with SIGBUS on first touch, so
    the shm-backed transports check first."""
    try:
        st = os.statvfs("/dev/shm")
    except OSError as e:
        return "/dev/shm: %s" % e.strerror
    free = st.f_bavail * st.f_frsize
    if free < size:
        return ("/dev/shm has %d bytes free, a %d-byte segment needs more (a larger tmpfs: "
                "mount -o remount,size=... /dev/shm)" % (free, size))
    return ""


def mem_available():
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    return 0


# At 1 GiB the transport-only pattern runs only where its request is expected
# to take under this (the cell's 38.5 MB request scaled by size): the copying
# transports' rows took 3.6-17 s a request plus as much again to set up, 2.5
# min of the 40-minute run in all.  Their published-pattern rows at 1 GiB
# are measured, and so is transport-only at every smaller size.
GIB_TRANSPORT_ONLY_MAX_S = 1.0


def gib_transport_only_slow(size, pattern, last):
    """The skip reason of a slow 1 GiB transport-only cell, else ""."""
    if size < common.GIB or pattern != "transport-only" or not last:
        return ""
    expect = last[1] * size / last[0]
    if expect <= GIB_TRANSPORT_ONLY_MAX_S:
        return ""
    return ("omitted to keep make run within 40 min: at %s its request took %s, so about "
            "%s here; the published-pattern row at 1 GiB is measured"
            % (decimal_size(last[0]), human_s(last[1]), human_s(expect)))


def start_client(t, opts):
    """The variant's client, started (its server too), or None after a
    "fail" event saying why."""
    tr = t.variants[opts.variant](opts, opts.variant)
    try:
        tr.start()
    except Exception as e:
        emit({"event": "fail", "reason": "start: %s: %s" % (type(e).__name__, e)})
        tr.stop()
        return None
    return tr


def client_main(opts):
    signal.signal(signal.SIGTERM, lambda *a: sys.exit(143))
    tsock = None
    if opts.trace_dir:
        # before the servers start: they learn the folder from our environment
        stamps.enable(opts.trace_dir, "client", first=True)
        tsock = socket.socket(fileno=opts.trace_sock)
    t = catalog.TRANSPORTS[opts.transport]
    tr = start_client(t, opts)
    if tr is None:
        return 1
    last_ok = {}         # pattern -> (size, p50) of its last measured cell
    try:
        for size in opts.sizes:
            patterns = list(opts.patterns)
            if size >= common.BIG:
                patterns.sort(key=lambda p: p != "transport-only")
            for pattern in patterns:
                if t.gib_minutes and size >= common.GIB and opts.kind != "full":
                    emit({"event": "row", "transport": opts.transport, "variant": opts.variant,
                          "size_bytes": size, "pattern": pattern, "status": "skip",
                          "reason": "%s at 1 GiB (about %d min) runs only with --kind full"
                                    % (t.name, t.gib_minutes)})
                    continue
                slow = gib_transport_only_slow(size, pattern, last_ok.get(pattern))
                if slow:
                    emit({"event": "row", "transport": opts.transport, "variant": opts.variant,
                          "size_bytes": size, "pattern": pattern, "status": "skip",
                          "reason": slow})
                    continue
                if t.gib_memory and size >= common.GIB:
                    need, what = t.gib_memory
                    avail = mem_available()
                    if avail < need * common.GIB:
                        emit({"event": "row", "transport": opts.transport, "variant": opts.variant,
                              "size_bytes": size, "pattern": pattern, "status": "skip",
                              "reason": "needs ~%d GiB of free memory (%s); %.1f GiB available"
                                        % (need, what, avail / common.GIB)})
                        continue
                short = t.shm_backed and dev_shm_shortfall(size)
                if short:
                    emit({"event": "row", "transport": opts.transport, "variant": opts.variant,
                          "size_bytes": size, "pattern": pattern, "status": "skip", "reason": short})
                    continue
                traced = (tsock and size in opts.trace_sizes and pattern in opts.trace_patterns)
                tracer, expect_s = None, None
                if traced and size >= opts.trace_timed_from:
                    last = last_ok.get(pattern)
                    tracer = TracePass(tr, size, pattern, opts, tsock)
                    expect_s = last[1] * size / last[0] if last else 5.0
                try:
                    row = run_cell(tr, size, pattern, opts, tracer, expect_s)
                    status = row["status"]
                except Exception as e:
                    emit({"event": "row", "transport": opts.transport, "variant": opts.variant,
                          "size_bytes": size, "pattern": pattern, "status": "fail",
                          "reason": "%s: %s" % (type(e).__name__, str(e).splitlines()[0] if str(e) else "")})
                    return 1
                if status == "ok":
                    last_ok[pattern] = (size, row["p50_s"])
                if (size in opts.count_sizes and size < common.GIB and pattern == "transport-only"
                        and status == "ok"):
                    count_cell(tr, size, pattern, opts)
                if traced and status == "ok" and size < opts.trace_timed_from:
                    trace_cell(tr, size, pattern, opts, tsock, row["p50_s"])
    finally:
        tr.stop()
    return 0


def minflt_of(pids):
    """Page faults so far of these processes (the ones alive)."""
    n = 0
    for pid in pids:
        try:
            with open("/proc/%d/stat" % pid) as f:
                n += int(f.read().rsplit(")", 1)[1].split()[7])
        except (OSError, ValueError, IndexError):
            pass
    return n


def serve_main(opts):
    """One request per line on stdin, "SIZE PATTERN" ("quit" ends), each
    answered with a JSON line: its time and the page faults all processes
    of the transport took meanwhile.  The ablation driver runs two of these
    side by side, one with the ablation (scripts/ipcfloor/ablation/driver.py)."""
    signal.signal(signal.SIGTERM, lambda *a: sys.exit(143))
    t = catalog.TRANSPORTS[opts.transport]
    why = t.prepare() if t.prepare else None
    if why:
        emit({"event": "fail", "reason": why})
        return 1
    tr = start_client(t, opts)
    if tr is None:
        return 1
    try:
        emit({"event": "ready"})
        pids = [p for lst in all_sides(tr).values() for p in lst]
        expected = {}   # transport-only answers must be the seeded array, value by value
        for line in sys.stdin:
            if line.strip() == "quit":
                break
            size, pattern = line.split()
            size = int(size)
            f0 = minflt_of(pids)
            t0 = time.perf_counter()
            a = tr.request(size, pattern)
            t1 = time.perf_counter()
            f1 = minflt_of(pids)
            if pattern == "transport-only" and size not in expected:
                expected[size] = common.expected_array(size)
            verify(a, size, pattern, expected.get(size) if pattern == "transport-only" else None)
            summary = [float(a.mean()), float(a.std())]
            del a
            tr.release()
            emit({"event": "req", "s": t1 - t0, "minflt": f1 - f0, "mean_std": summary})
    except Exception as e:
        emit({"event": "fail", "reason": "%s: %s" % (type(e).__name__, e)})
        return 1
    finally:
        tr.stop()
    return 0


def transport_options(p):
    """What a client needs to start its transport (client and serve)."""
    p.add_argument("transport")
    p.add_argument("variant")
    # the largest one sizes what a transport maps once (shared_memory/reused)
    p.add_argument("--sizes", required=True, type=lambda s: [int(x) for x in s.split(",")])
    p.add_argument("--kind", default="quick")
    p.add_argument("--shm-prefix", default="ipcf_")
    p.add_argument("--tmpdir", default="/tmp")
    p.add_argument("--rmq-port", type=int, default=0)
    p.add_argument("--rmq-pid", type=int, default=0)


def main(argv=None):
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("client")
    transport_options(c)
    c.add_argument("--patterns", default="published,transport-only", type=lambda s: s.split(","))
    c.add_argument("--budget", type=float, default=1.0)
    c.add_argument("--max-requests", type=int, default=200)
    c.add_argument("--count-sizes", default="", type=lambda s: [int(x) for x in s.split(",") if x])
    # the explain pass: stamps go to --trace-dir; perf's control pipes come
    # per cell over --trace-sock, a socket inherited from the harness
    c.add_argument("--trace-dir", default="")
    c.add_argument("--trace-sizes", default="", type=lambda s: [int(x) for x in s.split(",") if x])
    c.add_argument("--trace-requests", type=int, default=TRACE_BLOCKS)
    c.add_argument("--trace-patterns", default="published", type=lambda s: s.split(","))
    c.add_argument("--trace-sock", type=int, default=-1)
    # from this size on, the timed request is the traced one (run_cell)
    c.add_argument("--trace-timed-from", type=int, default=common.GIB)
    transport_options(sub.add_parser("serve"))
    s = sub.add_parser("server")
    s.add_argument("kind", choices=sorted(catalog.SERVERS))
    s.add_argument("--shm-prefix", default="ipcf_")
    s.add_argument("--port", type=int, default=0)
    s.add_argument("--queue", default="")
    s.add_argument("--path", default="")
    s.add_argument("--address", default="")
    opts = ap.parse_args(argv)
    opts.counted = set()
    opts.trace_req = 0
    if opts.cmd == "client":
        return client_main(opts)
    if opts.cmd == "serve":
        return serve_main(opts)
    # the harness (or the client) stops a server with SIGTERM; the default
    # action ends it at once, even inside a blocking C call (zmq, grpc)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    stamps.enable_from_env("server")
    catalog.SERVERS[opts.kind](opts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
