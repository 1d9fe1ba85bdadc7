"""Shared fixtures: where things are, and the leak check run after every test.

After every test no process of ours (any program running from micro/bin) may
be left, and no new entry may appear in /dev/shm or /dev/mqueue.
"""
import ctypes
import os
import subprocess
import sys
import time

import pytest

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(TOP, "micro", "bin")
FIXTURES = os.path.join(TOP, "tests", "fixtures")
PY = "/usr/bin/python3"
# the tests import the scripts and their package (scripts/ipcfloor) as modules
sys.path.insert(0, os.path.join(TOP, "scripts"))


def primitives():
    with open(os.path.join(TOP, "micro", "primitives.list")) as f:
        return [ln.strip() for ln in f if ln.strip() and not ln.startswith("#")]


def variants(prim):
    """[(variant, [flags])] as the program lists them."""
    out = subprocess.run([os.path.join(BIN, prim), "--list"], capture_output=True, text=True,
                         check=True).stdout
    return [(ln.split("\t")[0], ln.split("\t")[1].split(",")) for ln in out.splitlines() if ln]


def verify_cases(sizes):
    """(primitive, variant, mode, size) for every variant and every mode it allows."""
    cases = []
    for prim in primitives():
        for var, flags in variants(prim):
            for mode in ("lat", "bw"):
                if f"no-{mode}" in flags:
                    continue
                for size in sizes:
                    cases.append(pytest.param(prim, var, mode, size,
                                              id=f"{prim}-{var}-{mode}-{size}"))
    return cases


def sweep_conf(path, sizes="64 4K", placements="same-cpu", time_s="0.02", prims="pipe all lat,bw"):
    """A small sweep.conf for scripts/sweep.py --kind quick; returns its path."""
    path.write_text(f"""[quick]
sizes = {sizes}
placements = {placements}
modes = lat bw
time = {time_s}
passes = 2
warmup = 0.001
[full]
sizes = 64
placements = same-cpu
modes = lat
time = 0.01
passes = 2
warmup = 0.001
[primitives]
{prims}
""")
    return str(path)


def header():
    return subprocess.run([os.path.join(BIN, "pipe"), "--header"], capture_output=True, text=True,
                          check=True).stdout.strip().split(",")


def run(prim, *args, timeout=120, env=None):
    return subprocess.run([os.path.join(BIN, prim), *args], capture_output=True, text=True,
                          timeout=timeout, env=env)


def csv_row(stdout):
    """The last CSV row a program printed, as a dict."""
    from ipcfloor.rows import last_row
    row = last_row(stdout, header())
    assert row is not None, f"no CSV row in: {stdout!r}"
    return row


# Orphans of the programs the tests start (a role whose controller was
# killed) are re-parented to this process, so "ours" is exactly our
# descendants, whatever else runs on the machine.
PR_SET_CHILD_SUBREAPER = 36
ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)


def _parent(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return int(f.read().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return 0


def our_processes():
    """pids of live descendants of the test process (zombies reaped first)."""
    try:
        while os.waitpid(-1, os.WNOHANG)[0] > 0:
            pass
    except ChildProcessError:
        pass
    me, found = os.getpid(), []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        p, hops = int(pid), 0
        while p > 1 and hops < 64:
            p, hops = _parent(p), hops + 1
            if p == me:
                found.append(int(pid))
                break
    return found


def ipc_entries():
    names = set()
    for d in ("/dev/shm", "/dev/mqueue"):
        try:
            names |= {f"{d}/{n}" for n in os.listdir(d)}
        except OSError:
            pass
    return names


@pytest.fixture(autouse=True)
def no_leaks():
    before_ipc = ipc_entries()
    before_procs = set(our_processes())
    yield
    # a killed controller's children die by PR_SET_PDEATHSIG: give them a moment
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        left = set(our_processes()) - before_procs
        if not left:
            break
        time.sleep(0.05)
    assert not left, f"processes left behind: {sorted(left)}"
    leaked = ipc_entries() - before_ipc
    assert not leaked, f"left in /dev/shm or /dev/mqueue: {sorted(leaked)}"


def children_of(pid):
    """The direct children of pid (/proc children list; [] once it is gone)."""
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(x) for x in f.read().split()]
    except OSError:
        return []
