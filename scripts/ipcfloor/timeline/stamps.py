"""Stage stamps: each side of a request marks the layer boundaries it crosses.

A stamp is a CLOCK_MONOTONIC time, the thread, the request number (the
client's; -1 on sides that cannot know it) and a label.  Each process writes
its stamps into its own file, mapped into memory: a stamp is one
struct.pack_into, no system call, so stamping adds no syscall or context
switch to the very timeline it marks.  The file lives in page cache, so what
a process stamped survives it being killed (servers are stopped with
SIGTERM's default action, in the middle of a C call).

A process turns stamping on with enable(dir, side); a process started from
it learns the folder and its own side from the environment (ENV_DIR and
ENV_SIDE), and a forked multiprocessing child calls enable() itself.  The
client, which enables first, creates the folder's switch (one shared byte,
`ctl`): every side stamps only while it is on, so traced and untraced
requests alternate in one pass and only the traced ones carry stamps.  With
stamping off, mark() is a test or two.
"""
import itertools
import mmap
import os
import struct
import threading
import time

from .events import Stamp

ENV_DIR = "IPCFLOOR_STAMPS"
ENV_SIDE = "IPCFLOOR_STAMP_SIDE"

# t_ns, tid, req, label: 64 bytes, so a record never straddles a page
RECORD = struct.Struct("<qii48s")
# 2^16 records (4 MiB): an explain pass stamps a few thousand per process
# (tens of requests x a few sizes x under ten stamps per side)
CAPACITY = 1 << 16

# this many empty bytes after an empty record: no stamp follows
EMPTY_END = 64 * RECORD.size

_state = None
_req = -1


class _File:
    def __init__(self, path):
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.ftruncate(fd, RECORD.size * CAPACITY)
            self.map = mmap.mmap(fd, RECORD.size * CAPACITY)
        finally:
            os.close(fd)
        # fault every page in now: a stamp that lands on a fresh page of the
        # file pays a page-cache fault (with read-ahead) inside the traced
        # request, ~0.25 ms per request of http_json at 64 B when measured
        # before this.  One byte a page, not a write of a 4 MiB bytes object:
        # freeing that malloc'd chunk raised glibc's dynamic mmap and trim
        # thresholds to 4 and 8 MiB for the rest of the process, and with
        # them 1.2 MB buffers stopped being unmapped: ~850 page faults a
        # request (20% of it) vanished from every traced process, as the
        # malloc-reuse ablation found
        view = memoryview(self.map)
        for off in range(0, len(self.map), mmap.PAGESIZE):
            view[off] = 0
        view.release()
        # next() of a count is one C call, atomic under the GIL, so threads
        # of one server (the event loop and the thread pool) never share a slot
        self.slots = itertools.count()


def _switch(folder, create):
    path = os.path.join(folder, "ctl")
    fd = os.open(path, os.O_RDWR | (os.O_CREAT if create else 0), 0o600)
    try:
        if create:
            os.ftruncate(fd, mmap.PAGESIZE)
        return mmap.mmap(fd, mmap.PAGESIZE)
    finally:
        os.close(fd)


def enable(folder, side, first=False):
    """Stamp this process into folder/stamps-<side>-<pid>.bin while the
    folder's switch is on; `first` (the client) creates the switch, off."""
    global _state, _req
    ctl = _switch(folder, first)
    _req = -1       # a forked child's marks must not carry its parent's number
    path = os.path.join(folder, "stamps-%s-%d.bin" % (side, os.getpid()))
    _state = (_File(path), os.getpid(), ctl)
    os.environ[ENV_DIR] = folder
    os.environ[ENV_SIDE] = side


def switch(on):
    """Every side of the folder stamps from now on (True) or not (False)."""
    _state[2][0] = 1 if on else 0


def set_request(req):
    """The client's request number that this process's marks carry."""
    global _req
    _req = req


def enable_from_env(side=None):
    """In a process started by a stamping one: stamp when it asked for it."""
    folder = os.environ.get(ENV_DIR)
    if folder:
        enable(folder, side or os.environ.get(ENV_SIDE, "server"))


def disable():
    global _state
    _state = None


def active():
    return _state is not None


def mark(label, req=None):
    """Thread enters stage `label` now."""
    st = _state
    if st is None or not st[2][0]:
        return
    f, pid, _ = st
    if os.getpid() != pid:
        # a forked child inherited the parent's map: its stamps would land
        # in the parent's file under the parent's side; it must enable()
        return
    i = next(f.slots)
    if i < CAPACITY:
        RECORD.pack_into(f.map, i * RECORD.size, time.monotonic_ns(), threading.get_native_id(),
                         _req if req is None else req, label.encode()[:48])


def read(folder):
    """Every stamp written into folder, in time order."""
    out = []
    for name in sorted(os.listdir(folder)):
        if not (name.startswith("stamps-") and name.endswith(".bin")):
            continue
        side, pid = name[len("stamps-"):-len(".bin")].rsplit("-", 1)
        with open(os.path.join(folder, name), "rb") as f:
            data = f.read()
        for off in range(0, len(data) - RECORD.size + 1, RECORD.size):
            t, tid, req, label = RECORD.unpack_from(data, off)
            if t == 0:
                # slots are taken in order, but a thread stopped between
                # taking one and filling it leaves a hole; the stamps end
                # where a whole window after a hole is empty
                if not data[off:off + EMPTY_END].strip(b"\0"):
                    break
                continue
            out.append(Stamp(t, side, int(pid), tid, req, label.rstrip(b"\0").decode()))
    out.sort(key=lambda s: s.t_ns)
    return out
