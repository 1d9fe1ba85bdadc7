"""The seeds' object-store claim, as a mechanism measured here.

Ray's object store is said to make numeric work 9x faster than
multiprocessing, because workers map one copy of a large array instead of
each unpickling its own.  Ray (and Arrow's Plasma) are not in Debian 12, so
this builds the mechanism: put() writes the array once into a sealed memfd,
and each task maps it read-only (a worker maps it on its first task and keeps
the mapping, as a store client does).  Against it: multiprocessing.Pool
passing the same array to every task by pickle.  Both run the same task on
the same array; a third run does the task on an array the worker already
holds, so that what is left over is each way's own cost per task.

Figures: seconds per task (wall time of the whole map / tasks), that minus
the task's own compute (overhead per task), and the workers' memory: how far
their peak RSS (VmHWM) rose above their RSS at start (a forked worker starts
out mapping the parent's copy of the array, which RSS would count), and
their proportional set size (Pss, which divides a shared page among the
processes mapping it) at the end of their last task.
"""
import fcntl
import mmap
import multiprocessing as mp
import os
import time

import numpy as np

F_ADD_SEALS = getattr(fcntl, "F_ADD_SEALS", 1033)
SEALS = (getattr(fcntl, "F_SEAL_SEAL", 1) | getattr(fcntl, "F_SEAL_SHRINK", 2)
         | getattr(fcntl, "F_SEAL_GROW", 4) | getattr(fcntl, "F_SEAL_WRITE", 8))


def put(arr):
    """The array into a sealed memfd: (fd, shape).  After the seals nobody,
    the writer included, can change or resize it, so a reader's read-only
    map is the array as put."""
    fd = os.memfd_create("ipcfloor-store", os.MFD_CLOEXEC | os.MFD_ALLOW_SEALING)
    os.ftruncate(fd, arr.nbytes)
    with mmap.mmap(fd, arr.nbytes) as m:
        np.frombuffer(m, dtype=np.float64)[:] = arr.ravel()
    fcntl.fcntl(fd, F_ADD_SEALS, SEALS)
    return fd, arr.shape


_mapped = {}
_local = {}
_start = {}


def get(handle):
    """A read-only ndarray over the store's copy (mapped once per worker)."""
    fd, shape = handle
    # by inode too: a descriptor number is reused once a store is closed
    key = (fd, os.fstat(fd).st_ino)
    if key not in _mapped:
        size = int(np.prod(shape)) * 8
        _mapped[key] = np.frombuffer(mmap.mmap(fd, size, prot=mmap.PROT_READ),
                                     dtype=np.float64).reshape(shape)
    return _mapped[key]


def work(arr, i):
    """The task: a strided reduction that reads 1/16 of the array, so that
    moving the array, not the arithmetic, is what a way adds."""
    return float(arr.reshape(-1)[i % 16::16].sum())


def _status(field):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    return 0


def _note_start():
    _start["rss"] = _status("VmRSS")


def _memory():
    out = {"added": _status("VmHWM") - _start.get("rss", 0)}
    with open("/proc/self/smaps_rollup") as f:
        for line in f:
            if line.startswith("Pss:"):
                out["pss"] = int(line.split()[1]) * 1024
    return out


def task_pickle(arr, i):
    return work(arr, i), os.getpid(), _memory()


def task_store(handle, i):
    return work(get(handle), i), os.getpid(), _memory()


def task_local(shape, i):
    if "a" not in _local:
        _local["a"] = np.ones(shape)
    return work(_local["a"], i), os.getpid(), _memory()


def _map(fn, args, workers, pass_fds=()):
    # fork: the workers inherit the store's descriptor (the seal makes the
    # copy they map read-only whatever they do with it)
    for fd in pass_fds:
        os.set_inheritable(fd, True)
    with mp.get_context("fork").Pool(workers, initializer=_note_start) as pool:
        t0 = time.perf_counter()
        got = pool.starmap(fn, args, chunksize=1)
        wall = time.perf_counter() - t0
    last = {}
    for _, pid, mem in got:
        last[pid] = mem
    return wall, got, last


def experiment(size_bytes, tasks, workers=None):
    """Rows for the three ways at one array size."""
    workers = workers or os.cpu_count()
    shape = (size_bytes // 8,)
    arr = np.random.default_rng(1).standard_normal(shape)
    handle = put(arr)
    try:
        runs = {
            "local (task only)": _map(task_local, [(shape, i) for i in range(tasks)], workers),
            "pickle per task (multiprocessing.Pool)":
                _map(task_pickle, [(arr, i) for i in range(tasks)], workers),
            "object store (memfd, mapped read-only)":
                _map(task_store, [(handle, i) for i in range(tasks)], workers,
                     pass_fds=(handle[0],)),
        }
    finally:
        os.close(handle[0])
    want = [work(arr, i) for i in range(tasks)]
    base = runs["local (task only)"][0] / tasks
    rows = []
    for way, (wall, got, last) in runs.items():
        if way != "local (task only)" and [g[0] for g in got] != want:
            raise AssertionError("%s returned other sums than the array's" % way)
        per = wall / tasks
        rows.append({"way": way, "size_bytes": size_bytes, "tasks": tasks, "workers": workers,
                     "seconds_per_task": per, "overhead_per_task_s": per - base,
                     "worker_added_rss_bytes": max(m["added"] for m in last.values()),
                     "worker_pss_bytes": max(m["pss"] for m in last.values())})
    return rows
