"""The seeds' shared-state experiment, scaled to this machine.

Published (i7-8700, 6 cores / 12 threads, Python 3.7): one worker per
logical CPU keeps a 1,000,000-double array and overwrites it whole 10,000
times (`arr[:] = index + i`); the time is the whole Pool.map.  Here the
workers are one per CPU of this machine, the array is the same 1e6 doubles,
and the iterations are scaled so that the five ways take under a minute in
all: every way runs the same iterations, so the ratios to private numpy
compare like with like, and those ratios are what is set beside the
published ones.

The Manager way does what the published one does, `d[k][0] += 1` through a
DictProxy: each iteration fetches the whole array from the manager process
(pickled there, sent over its socket, unpickled in the worker) and changes a
private copy of it.  explain_manager() puts that way under perf and splits
its CPU time by process role and by category, with the same categories as
the transports' ledgers.
"""
import multiprocessing as mp
import os
import time

import numpy as np

N = 1_000_000
# published seconds for the whole run, and the ratios to private numpy
PUBLISHED_S = {
    "private_numpy": 73.15,
    "mp_array_frombuffer": 73.3,
    "shared_memory": None,          # not in the published experiment
    "manager_dict": 672.0,
    "mp_array_copy": 2190.0,        # 2,128-2,253 s
}
PUBLISHED_RATIO = {k: (v / PUBLISHED_S["private_numpy"] if v else None)
                   for k, v in PUBLISHED_S.items()}
WAYS = list(PUBLISHED_S)
DESCRIBE = {
    "private_numpy": "private np.zeros per worker, arr[:] = index + i",
    "mp_array_frombuffer": "mp.Array('d', lock=False) + np.frombuffer, written in place",
    "shared_memory": "shared_memory.SharedMemory + np.ndarray view, written in place",
    "manager_dict": "Manager().dict() holding the array; d[k][0] += 1 through the proxy",
    "mp_array_copy": "mp.Array without frombuffer: private array, then shared[:] = private",
}


# what the workers share: set before the pool forks, so that they inherit
# it (a ctypes Array may not be pickled into a task's arguments)
_shared = None


def _private(index, iters, n):
    arr = np.zeros(n)
    for i in range(iters):
        arr[:] = index + i
    return float(arr[0])


def _frombuffer(index, iters, n):
    arr = np.frombuffer(_shared, dtype=np.float64, count=n, offset=index * n * 8)
    for i in range(iters):
        arr[:] = index + i
    return float(arr[0])


def _shm(index, iters, n):
    from multiprocessing import shared_memory
    # 3.11 registers an attached segment with the resource tracker as if
    # this worker owned it; the tracker is the parent's (started when it
    # made the segment, before the pool forked), whose one unlink settles it
    seg = shared_memory.SharedMemory(name=_shared)
    try:
        arr = np.ndarray((n,), dtype=np.float64, buffer=seg.buf, offset=index * n * 8)
        for i in range(iters):
            arr[:] = index + i
        out = float(arr[0])
        del arr
    finally:
        seg.close()
    return out


def _manager(index, iters, n):
    for i in range(iters):
        _shared[index][0] += 1
    return os.getpid()          # explain_manager tells the workers apart by it


def _copy(index, iters, n):
    arr = np.zeros(n)
    lo = index * n
    for i in range(iters):
        arr[:] = index + i
        # a ctypes array takes a slice element by element, as a Python float
        _shared[lo:lo + n] = arr
    return float(_shared[lo])


def _worker(target, index, iters, n, barrier, out):
    barrier.wait(timeout=60)
    out.send(target(index, iters, n))


def _run_workers(target, workers, iters, n, shared=None):
    """One process per worker, each with its own index (a Pool may hand two
    tasks to one worker while another is still starting, and then the
    "parallel" workers ran one after the other).  The clock starts when all
    of them are up, as the published Pool.map's did after the pool was made."""
    global _shared
    _shared = shared
    ctx = mp.get_context("fork")
    barrier = ctx.Barrier(workers + 1)
    pipes = [ctx.Pipe(duplex=False) for _ in range(workers)]
    procs = [ctx.Process(target=_worker, args=(target, w, iters, n, barrier, pipes[w][1]))
             for w in range(workers)]
    try:
        for p in procs:
            p.start()
        for _, send in pipes:
            send.close()            # a worker that dies shows as end-of-file
        barrier.wait(timeout=60)       # a worker that died first breaks it
        t0 = time.perf_counter()
        got = [recv.recv() for recv, _ in pipes]
        return time.perf_counter() - t0, got
    finally:
        _shared = None
        for p in procs:
            p.join(timeout=30)
            if p.is_alive():
                p.terminate()
                p.join()


def run_way(way, workers, iters, n=N, on_manager=None):
    """(seconds, the workers' results) for `workers` workers doing `iters`
    iterations the given way.  on_manager(pid), when given, is called with
    the manager's pid before the timed part (explain_manager traces it)."""
    if way == "private_numpy":
        return _run_workers(_private, workers, iters, n)
    if way == "mp_array_frombuffer":
        shared = mp.get_context("fork").Array("d", workers * n, lock=False)
        return _run_workers(_frombuffer, workers, iters, n, shared)
    if way == "mp_array_copy":
        shared = mp.get_context("fork").Array("d", workers * n, lock=False)
        return _run_workers(_copy, workers, iters, n, shared)
    if way == "shared_memory":
        from multiprocessing import shared_memory
        seg = shared_memory.SharedMemory(create=True, size=workers * n * 8,
                                         name="ipcf%d_state" % os.getpid())
        try:
            return _run_workers(_shm, workers, iters, n, seg.name)
        finally:
            seg.close()
            seg.unlink()
    if way == "manager_dict":
        with mp.get_context("fork").Manager() as m:
            d = m.dict()
            for w in range(workers):
                d[w] = np.zeros(n)
            if on_manager:
                on_manager(m._process.pid)
            return _run_workers(_manager, workers, iters, n, d)
    raise ValueError("unknown way %r" % way)


def check_ways(workers=2, n=4096):
    """Each way really writes what it claims, at a tiny scale: the shared
    ones leave index + iters - 1 in each worker's region."""
    out = {}
    for way in WAYS:
        if way in ("mp_array_frombuffer", "mp_array_copy"):
            shared = mp.get_context("fork").Array("d", workers * n, lock=False)
            target = _frombuffer if way == "mp_array_frombuffer" else _copy
            _run_workers(target, workers, 3, n, shared)
            arr = np.frombuffer(shared, dtype=np.float64)
            out[way] = [float(arr[w * n + n - 1]) for w in range(workers)]
        else:
            out[way] = run_way(way, workers, 3, n)[1]
    return out


def experiment(iters, workers=None, n=N, progress=None):
    """One row per way: seconds, ratio to private numpy, published ratio."""
    workers = workers or os.cpu_count()
    rows = []
    for way in WAYS:
        if progress:
            progress(way)
        s = run_way(way, workers, iters, n)[0]
        rows.append({"way": way, "describe": DESCRIBE[way], "workers": workers,
                     "doubles": n, "iterations": iters, "seconds": s,
                     "per_iteration_s": s / iters})
    base = rows[0]["seconds"]
    for r in rows:
        r["ratio"] = r["seconds"] / base
        pub = PUBLISHED_RATIO[r["way"]]
        r["published_ratio"] = "" if pub is None else pub
    return rows


def pickled_bytes(n=N):
    """What one proxy fetch of the array moves: the manager pickles its reply
    with ForkingPickler, as measured here rather than assumed."""
    from multiprocessing.reduction import ForkingPickler
    return len(ForkingPickler.dumps(np.zeros(n)))


def explain_manager(iters, workers=None, n=N, period_ns=1_000_000, tmpdir="/tmp"):
    """The Manager way under perf: CPU seconds per iteration by role (the
    workers, the manager process, anything else) and category, beside the
    wall time, the proxy round trips and the bytes each one moves.
    Returns (rows, None) or ([], skip reason)."""
    from ..timeline import categories, perf
    skip = perf.check()
    if skip:
        return [], "%s (fix: %s)" % (skip.reason, skip.fix)
    workers = workers or os.cpu_count()
    out = os.path.join(tmpdir, "ipcfloor-manager-%d.data" % os.getpid())
    box = {}
    try:
        with perf.Recorder(out, period_ns=period_ns) as rec:
            def on_manager(pid):
                box["manager"] = pid
                rec.enable()
            wall, worker_pids = run_way("manager_dict", workers, iters, n,
                                        on_manager=on_manager)
            rec.disable()
        got = perf.parse(out, period_ns=period_ns)
    finally:
        try:
            os.unlink(out)
        except OSError:
            pass
    roles = {box.get("manager"): "manager process", os.getpid(): "parent"}
    roles.update({pid: "workers" for pid in worker_pids})
    cpu = {}
    for s in got.samples:
        # anything else that ran meanwhile by its name: perf itself, kworkers
        role = roles.get(s.pid) or "other: " + s.comm.rstrip("0123456789/:-")
        cat = categories.categorize(s.frames, s.comm)
        cpu[(role, cat)] = cpu.get((role, cat), 0.0) + s.period_ns / 1e9
    trips = iters * workers
    rows = [{"role": "wall (whole run)", "category": "", "seconds_per_iteration": wall / iters,
             "note": "%d workers, %d proxy round trips of %d B each"
                     % (workers, trips, pickled_bytes(n))}]
    for (role, cat), sec in sorted(cpu.items(), key=lambda kv: -kv[1]):
        rows.append({"role": role, "category": cat, "seconds_per_iteration": sec / iters,
                     "note": ""})
    return rows, None

