"""Faults, systematically: killed peers, hung peers, interrupted and concurrent
sweeps, a small /dev/shm and payloads larger than memory.

Killed peers: every primitive of micro/primitives.list, every variant, both
modes where allowed, role A and role B (A only for one-process floors), each
killed with SIGKILL twice: early (within milliseconds of the role appearing:
setup, pinning, attach, calibration) and mid-measurement (0.1-0.5 s in).  Each
run must exit 1 with one "FAIL <primitive>: ..." line on stderr and a fail row,
well within its --timeout, and leave no process, no /dev/shm or /dev/mqueue
entry and no memfd open in any descendant.  Delays come from a seeded RNG: the
seed is printed, and IPCFLOOR_FAULT_SEED=<n> replays a run.  The runs go four
at a time (the test asserts outcomes, never speed).

The single-case kill, hang and interrupt tests of test_micro.py (pipe) and
the SIGINT sweep test of test_sweep.py are not repeated here.
"""
import concurrent.futures
import importlib.util
import json
import os
import random
import re
import signal
import subprocess
import threading
import time

import pytest

from conftest import BIN, PY, TOP, children_of, csv_row, ipc_entries, our_processes, primitives, sweep_conf, variants

SEED = int(os.environ.get("IPCFLOOR_FAULT_SEED", str(int(time.time() * 1000) % 1000000)))
TIMEOUT = 10		# --timeout of every run: the deadline the failure must beat
SIZE = "4096"		# under every variant's limit (mq default: msgsize_max 8192)
SWEEP = os.path.join(TOP, "scripts", "sweep.py")
COUNTS = {"kill": 0, "skip": 0}
_count_lock = threading.Lock()


def memfds_of(pids):
    """'pid: memfd:...' for every memfd a process holds open or mapped."""
    found = []
    for pid in pids:
        try:
            for fd in os.listdir(f"/proc/{pid}/fd"):
                try:
                    link = os.readlink(f"/proc/{pid}/fd/{fd}")
                except OSError:
                    continue
                if link.startswith("/memfd:"):
                    found.append(f"{pid}: fd {fd} {link}")
            with open(f"/proc/{pid}/maps") as f:
                found += [f"{pid}: map {ln.split()[-2]}" for ln in f if "/memfd:" in ln]
        except OSError:
            continue
    return found


def kill_cases():
    cases = []
    for prim in primitives():
        for var, flags in variants(prim):
            for mode in ("lat", "bw"):
                if f"no-{mode}" in flags:
                    continue
                for victim in ("A",) if "solo" in flags else ("A", "B"):
                    for when in ("early", "mid"):
                        cases.append((prim, var, mode, victim, when))
    return cases


def kill_one(case, rng):
    """Run one case; returns 'kill' or 'skip', raises AssertionError on a fault."""
    prim, var, mode, victim, when = case
    what = f"{prim} {var} {mode} kill {victim} {when}"
    t0 = time.monotonic()
    p = subprocess.Popen([os.path.join(BIN, prim), "--variant", var, "--mode", mode,
                          "--size", SIZE, "--iters", "1000000000", "--timeout", str(TIMEOUT),
                          "--format", "csv"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True)
    want = 1 if victim == "A" else 2
    deadline = time.monotonic() + 8
    kids = []
    while time.monotonic() < deadline and p.poll() is None:
        kids = children_of(p.pid)
        if len(kids) >= want:
            break
        time.sleep(0.0005 if when == "early" else 0.01)
    if p.poll() is not None or len(kids) < want:
        out, err = p.communicate(timeout=TIMEOUT + 5)
        # a case the machine cannot run ends in setup, before any role exists
        assert p.returncode == 77 and err.startswith(f"SKIP {prim}:"), \
            f"{what}: roles never started: exit {p.returncode} {err!r}"
        return "skip"
    delay = rng.uniform(0, 0.02) if when == "early" else rng.uniform(0.1, 0.5)
    time.sleep(delay)
    try:
        os.kill(kids[want - 1], signal.SIGKILL)
    except ProcessLookupError:
        pass
    t_kill = time.monotonic()
    try:
        out, err = p.communicate(timeout=TIMEOUT + 5)
    except subprocess.TimeoutExpired:
        p.kill()
        p.communicate()
        raise AssertionError(f"{what}: no result {TIMEOUT + 5} s after the kill")
    took = time.monotonic() - t_kill
    lines = err.strip().splitlines()
    if p.returncode == 77 and when == "early" and len(lines) == 1 and \
            lines[0].startswith(f"SKIP {prim}:"):
        return "skip"	# the other role skipped in attach before the kill landed
    assert p.returncode == 1, f"{what} (delay {delay:.3f}): exit {p.returncode}, {err!r}"
    assert len(lines) == 1 and lines[0].startswith(f"FAIL {prim}: "), f"{what}: {err!r}"
    row = csv_row(out)
    assert row["status"] == "fail" and row["reason"], f"{what}: {row}"
    assert took < TIMEOUT, f"{what}: {took:.1f} s to report, deadline {TIMEOUT}"
    assert time.monotonic() - t0 < TIMEOUT + 10
    return "kill"


def _check_clean(what, before_ipc, before_procs):
    """No new descendant (so no memfd held by one), no new /dev/shm or mqueue entry."""
    deadline = time.monotonic() + 5
    while set(our_processes()) - before_procs and time.monotonic() < deadline:
        time.sleep(0.02)
    left = sorted(set(our_processes()) - before_procs)
    assert not left, f"{what}: processes left: {left}"
    assert not memfds_of(left), f"{what}: memfds left"
    leaked = ipc_entries() - before_ipc
    assert not leaked, f"{what}: left in /dev/shm or /dev/mqueue: {leaked}"


@pytest.mark.parametrize("prim", primitives())
def test_sigkill_a_role_at_random_points(prim):
    print(f"fault seed {SEED} (IPCFLOOR_FAULT_SEED={SEED} replays it)")
    cases = [c for c in kill_cases() if c[0] == prim]
    before, before_procs = ipc_entries(), set(our_processes())
    results = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        futs = {pool.submit(kill_one, c, random.Random(f"{SEED}:{'/'.join(c)}")): c
                for c in cases}
        for f in concurrent.futures.as_completed(futs):
            results.append(f.result())
    _check_clean(prim, before, before_procs)
    with _count_lock:
        for r in results:
            COUNTS[r] += 1
    print(f"{prim}: {results.count('kill')} kill cases, {results.count('skip')} skipped "
          f"(totals so far: {COUNTS})")
    assert results.count("kill") + results.count("skip") == len(cases)


def test_memfd_check_sees_a_live_memfd():
    """The memfd leak check is not vacuous: a running memfd run shows its memfds."""
    p = subprocess.Popen([os.path.join(BIN, "memfd"), "--variant", "pooled", "--time", "30",
                          "--format", "csv"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 10
    seen = []
    while time.monotonic() < deadline and not seen:
        seen = memfds_of([p.pid] + children_of(p.pid))
        time.sleep(0.05)
    p.send_signal(signal.SIGTERM)
    p.communicate(timeout=10)
    assert seen, "no memfd seen in a running memfd run"
    assert not memfds_of([p.pid] + children_of(p.pid))


@pytest.mark.parametrize("prim", primitives())
def test_stopped_role_hits_the_deadline(prim):
    """A role stopped (SIGSTOP) mid-run: the other waits forever, the deadline ends it."""
    solo = all("solo" in f for _, f in variants(prim))
    mode = "lat"
    p = subprocess.Popen([os.path.join(BIN, prim), "--mode", mode, "--size", SIZE, "--iters", "1000000000",
                          "--timeout", "2", "--format", "csv"], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    want = 1 if solo else 2
    deadline = time.monotonic() + 8
    while len(children_of(p.pid)) < want and time.monotonic() < deadline and p.poll() is None:
        time.sleep(0.01)
    if p.poll() is not None:
        out, err = p.communicate()
        assert p.returncode == 77, err
        pytest.skip(err.strip())
    time.sleep(0.2)
    kids = children_of(p.pid)
    os.kill(kids[-1], signal.SIGSTOP)
    t0 = time.monotonic()
    out, err = p.communicate(timeout=15)
    assert p.returncode == 1, err
    assert "deadline" in csv_row(out)["reason"]
    assert time.monotonic() - t0 < 5
    assert len(err.strip().splitlines()) == 1


def test_kill_case_count():
    cases = kill_cases()
    print(f"{len(cases)} SIGKILL cases over {len(primitives())} primitives "
          f"(run so far: {COUNTS})")
    assert len(cases) >= 100


# ---- the driver interrupted, and two drivers at once ----
def write_conf(path, prims="pipe all lat,bw\nmq default lat\nshm copy lat\nmemfd pooled bw",
               sizes="64 4K 64K", time_s="0.05"):
    return sweep_conf(path, sizes, "same-cpu cross-core", time_s, prims)


@pytest.mark.parametrize("sig,delay", [(signal.SIGINT, 0.05), (signal.SIGTERM, 0.05),
                                       (signal.SIGTERM, "first-cell"),
                                       (signal.SIGINT, "random")])
def test_sweep_interrupted(tmp_path, sig, delay):
    out = tmp_path / "run"
    # cells long enough (36 x 0.3 s) that no delay below (at most 2 s) can
    # outlast the sweep: at 0.05 s a fast machine finished the plan in 1.9 s,
    # and a signal then met a finished sweep (exit 0) or its interpreter's
    # shutdown, which restores SIGINT's default action (exit -2)
    conf = write_conf(tmp_path / "sweep.conf", time_s="0.3")
    before, before_procs = ipc_entries(), set(our_processes())
    p = subprocess.Popen([PY, SWEEP, "--kind", "quick", "--conf", conf, "--out", str(out),
                          "--no-stages"], stderr=subprocess.PIPE, text=True)
    if delay == "first-cell":
        line = p.stderr.readline()
        while line and "[pass 1/" not in line:
            line = p.stderr.readline()
    else:
        # once the folder exists (a signal before that is the set-up test's
        # case): during the metadata, the first cell or a later one
        deadline = time.monotonic() + 10
        while not (out / "meta.json").exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        if delay == "random":
            delay = random.Random(f"{SEED}:sweep").uniform(0.0, 2.0)
            print(f"interrupt {delay:.2f} s after the folder appeared (seed {SEED})")
        time.sleep(delay)
    p.send_signal(sig)
    _, err = p.communicate(timeout=30)
    assert p.returncode == 128 + sig, err
    assert (out / "INCOMPLETE").exists()
    assert not (out / "micro.csv").exists()
    meta = json.loads((out / "meta.json").read_text())
    assert meta["complete"] is False
    assert meta["interrupted"] == signal.Signals(sig).name
    assert "Traceback" not in err
    _check_clean("sweep", before, before_procs)


def script_started(pid):
    """Whether a Python child started with SIGINT ignored has run its script's
    first line.  An interpreter that finds SIGINT ignored at start-up leaves
    it ignored (it installs its KeyboardInterrupt handler only over the
    default action), and the sweep's first act gives SIGINT its default
    action: so SIGINT no longer ignored means our first line has run.  (The
    interpreter's own start-up, where a KeyboardInterrupt traceback cannot
    be prevented, is thus never hit, on any load: watching for SIGPIPE
    ignored and SIGINT not caught raced with the few microseconds between
    the interpreter ignoring SIGPIPE and catching SIGINT.)"""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                key, _, val = line.partition(":")
                if key == "SigIgn":
                    return not int(val, 16) & (1 << (signal.SIGINT - 1))
    except OSError:
        pass
    return True  # gone already: nothing left to wait for


def _sigint_ignored():
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
@pytest.mark.parametrize("delay", [0.0, 0.02, 0.05, 0.08, 0.12, 0.16, 0.2, 0.3, 0.45])
def test_sweep_interrupted_during_setup(tmp_path, sig, delay):
    """A signal at any moment of start-up: no traceback, nothing left running,
    and once the folder exists it is marked INCOMPLETE with exit 128+sig.
    (Before the handler is in, the signal's default action is the right end:
    nothing has been made.)"""
    out = tmp_path / "run"
    conf = write_conf(tmp_path / "sweep.conf")
    before, before_procs = ipc_entries(), set(our_processes())
    p = subprocess.Popen([PY, SWEEP, "--kind", "quick", "--conf", conf, "--out", str(out),
                          "--no-stages"], stderr=subprocess.PIPE, text=True,
                         preexec_fn=_sigint_ignored)
    # count from the script's first line (see script_started)
    deadline = time.monotonic() + 10
    while not script_started(p.pid) and time.monotonic() < deadline:
        time.sleep(0.0005)
    time.sleep(delay)
    p.send_signal(sig)
    _, err = p.communicate(timeout=30)
    assert "Traceback" not in err, err
    if out.exists():
        assert p.returncode == 128 + sig, err
        assert (out / "INCOMPLETE").exists()
        assert not (out / "micro.csv").exists()
        meta = json.loads((out / "meta.json").read_text())
        assert meta["complete"] is False
        assert meta["interrupted"] == signal.Signals(sig).name
    else:
        assert p.returncode in (128 + sig, -sig), err
    _check_clean("sweep set-up", before, before_procs)


def _sweep(conf, out):
    return subprocess.Popen([PY, SWEEP, "--kind", "quick", "--conf", conf, "--out", str(out),
                             "--no-stages"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def test_two_sweeps_at_once(tmp_path):
    """Into two folders of one parent and one elsewhere: all complete, no collision."""
    conf = write_conf(tmp_path / "sweep.conf", sizes="64 4K", time_s="0.02")
    outs = [tmp_path / "runs" / "a", tmp_path / "runs" / "b", tmp_path / "other" / "c"]
    procs = [_sweep(conf, o) for o in outs]
    for p, o in zip(procs, outs):
        _, err = p.communicate(timeout=180)
        assert p.returncode == 0, err
        meta = json.loads((o / "meta.json").read_text())
        assert meta["complete"] is True and not (o / "INCOMPLETE").exists()
        with open(o / "micro.csv") as f:
            rows = f.read().splitlines()[1:]
        assert rows and all(r.split(",")[-2] in ("ok", "skip") for r in rows), rows
        # pipe lat and bw, mq, shm, memfd touch and handoff; 2 sizes; 2 placements
        assert len(rows) == 6 * 2 * 2


def test_two_sweeps_into_one_folder(tmp_path):
    """Two sweeps given the same --out: one runs, the other is refused in one line."""
    conf = write_conf(tmp_path / "sweep.conf", prims="pipe all lat", sizes="64", time_s="0.02")
    out = tmp_path / "same"
    procs = [_sweep(conf, out) for _ in range(2)]
    results = [(p.wait(timeout=120), p.stderr.read()) for p in procs]
    codes = sorted(r for r, _ in results)
    assert codes == [0, 1], results
    refused = [e for r, e in results if r == 1][0]
    assert refused.strip().splitlines() == [
        f"sweep: cannot create the result folder: {out} already holds a run (meta.json); "
        "choose another --out"]
    assert json.loads((out / "meta.json").read_text())["complete"] is True


def test_run_ids_started_in_one_second_do_not_collide(tmp_path):
    spec = importlib.util.spec_from_file_location("sweep_mod", SWEEP)
    sweep = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sweep)
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        dirs = list(pool.map(lambda _: sweep.make_run_dir(None, str(tmp_path), "quick"),
                             range(8)))
    assert len(set(dirs)) == 8, dirs
    base = os.path.basename(min(dirs, key=len))
    assert re.fullmatch(r"\d{8}-\d{6}-quick", base)
    for d in dirs:
        assert os.path.isdir(d) and os.path.dirname(d) == str(tmp_path)


# ---- resources the run cannot have ----
def _root_with_unshare():
    if os.geteuid() != 0:
        return "needs root to mount a small /dev/shm"
    if subprocess.run(["unshare", "--mount", "true"], capture_output=True).returncode:
        return "unshare --mount is not permitted here"
    return None


@pytest.mark.skipif(_root_with_unshare() is not None, reason=str(_root_with_unshare()))
@pytest.mark.parametrize("prim,var", [("shm", "copy"), ("shm", "inplace"), ("memfd", "pooled"),
                                      ("memfd", "fresh"), ("mq", "chunked")])
def test_small_dev_shm(prim, var):
    """The harness checks /dev/shm only for a primitive that declares shm_factor > 0;
    none does: shm and memfd map memfds (shmem, but not in /dev/shm), mq uses
    the mqueue filesystem.  So with a 1 MiB /dev/shm a 4 MiB run must neither
    be refused nor fail, and must put nothing there."""
    script = (f"mount -t tmpfs -o size=1M,mode=1777 tmpfs /dev/shm && "
              f"{os.path.join(BIN, prim)} --variant {var} --size 4M --verify --iters 3 "
              f"--reps 1 --warmup 0.001 --format csv; rc=$?; "
              f"ls -A /dev/shm | sed 's/^/LEFT /'; df -k /dev/shm | tail -1 | sed 's/^/DF /'; "
              f"exit $rc")
    r = subprocess.run(["unshare", "--mount", "sh", "-c", script], capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert csv_row(r.stdout)["status"] == "ok"
    assert "LEFT " not in r.stdout
    df = [ln for ln in r.stdout.splitlines() if ln.startswith("DF ")][0].split()
    assert int(df[2]) <= 1024, df	# 1 MiB tmpfs, so 4 MiB never went there


def _mem_available():
    with open("/proc/meminfo") as f:
        for ln in f:
            if ln.startswith("MemAvailable:"):
                return int(ln.split()[1]) * 1024
    return 0


RSS_PROBE = """
import json, os, subprocess, sys
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
out, err = p.stdout.read(), p.stderr.read()
_, status, ru = os.wait4(p.pid, 0)
print(json.dumps({"rc": os.waitstatus_to_exitcode(status), "out": out, "err": err,
                  "maxrss": ru.ru_maxrss}))
"""


@pytest.mark.parametrize("prim", primitives())
def test_payload_larger_than_memory_refused_before_allocating(prim):
    """--size 16G (the largest accepted) on this machine: one SKIP line naming the
    memory, quickly, with no role forked and no buffer touched (peak RSS small)."""
    if 16 << 30 < _mem_available() * 0.45:
        pytest.skip("this machine has room for two 16 GiB buffers")
    var, flags = variants(prim)[0]
    mode = "bw" if "no-lat" in flags else "lat"
    t0 = time.monotonic()
    # Linux counts the RSS of the process that forked a program into the
    # program's ru_maxrss (the pre-exec copy of its memory): forked straight
    # from pytest, with numpy and scipy loaded, it starts near 100 MB.  A small
    # interpreter in between forks it instead and reports its wait4 rusage.
    r = subprocess.run([PY, "-c", RSS_PROBE, os.path.join(BIN, prim), "--mode", mode, "--size",
                        "16G", "--format", "csv"], capture_output=True, text=True, timeout=30)
    got = json.loads(r.stdout)
    out, err, maxrss = got["out"], got["err"], got["maxrss"]
    assert got["rc"] == 77, err
    assert time.monotonic() - t0 < 5
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"SKIP {prim}: not enough memory: "
                                                   "--size 16 GiB needs about"), err
    assert csv_row(out)["status"] == "skip"
    assert maxrss < 64 * 1024, f"peak RSS {maxrss} KiB: something was allocated"


@pytest.mark.parametrize("size,frag", [("1T", "unknown unit"), ("17G", "out of range"),
                                       ("1024G", "out of range")])
def test_payload_beyond_the_option_range(size, frag):
    r = subprocess.run([os.path.join(BIN, "pipe"), "--size", size], capture_output=True,
                       text=True, timeout=5)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
    assert frag in r.stderr and "--size" in r.stderr
