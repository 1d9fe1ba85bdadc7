"""Specifics of the mq, shm and memfd primitives.

test_micro.py runs every primitive and variant with --verify at the size
classes; this file checks what is particular to these three: the mq skip
above fs.mqueue.msgsize_max (and the chunked variant that carries such a
payload), that queue names are gone while a run is still going, that the
sealed memfd variant really is sealed, the huge page skip reasons, the
policy the spinning shm variants use when both roles share one CPU, and
that a child killed mid-run is reported, reaped and leaves no queue, no
/dev/shm entry and no process.  No timing is asserted.

Run: /usr/bin/python3 -m pytest -q tests/test_prims_shm_memfd_mq.py
"""
import os
import signal
import subprocess
import tempfile
import time

import pytest

from conftest import BIN, children_of, csv_row, our_processes, run

QUICK = ["--iters", "3", "--reps", "2", "--warmup", "0.001", "--format", "csv"]
MSGSIZE_MAX = "/proc/sys/fs/mqueue/msgsize_max"


def _msgsize_max():
    try:
        with open(MSGSIZE_MAX) as f:
            return int(f.read())
    except OSError:
        return 8192  # the kernel default


def _mqueue_mounts():
    with open("/proc/self/mounts") as f:
        return [ln.split()[1] for ln in f if ln.split()[2] == "mqueue"]


@pytest.fixture(scope="module")
def mqueue_dir():
    """A directory listing the message queues: the mounted one, or (root) a
    private mount of the mqueue filesystem for this module only."""
    mounts = _mqueue_mounts()
    if mounts:
        yield mounts[0]
        return
    if os.geteuid() != 0:
        yield None
        return
    d = tempfile.mkdtemp(prefix="ipcfloor-mq-")
    if subprocess.run(["mount", "-t", "mqueue", "none", d]).returncode:
        os.rmdir(d)
        yield None
        return
    try:
        yield d
    finally:
        subprocess.run(["umount", d])
        os.rmdir(d)


def _ours(ctl_pid, dirs):
    """entries named with this controller's run tag (ipcfloor-<pid>-...)"""
    tag = f"ipcfloor-{ctl_pid}-"
    found = []
    for d in dirs:
        if d and os.path.isdir(d):
            found += [f"{d}/{n}" for n in os.listdir(d) if n.startswith(tag)]
    return found


def _start(prim, var, mode, size):
    p = subprocess.Popen([os.path.join(BIN, prim), "--variant", var, "--mode", mode,
                          "--size", size, "--iters", "1000000000", "--format", "csv"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 10
    while len(children_of(p.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    kids = children_of(p.pid)
    if len(kids) < 2:
        p.kill()
        p.communicate()
        pytest.fail("the two roles did not start")
    time.sleep(0.5)  # past attach, into warm-up or measurement
    return p, kids


# ---- mq ----

def test_mq_over_msgsize_max_is_a_skip_naming_the_limit():
    limit = _msgsize_max()
    for mode in ("lat", "bw"):
        r = run("mq", "--size", str(limit + 1), "--mode", mode, *QUICK)
        assert r.returncode == 77, r.stderr
        row = csv_row(r.stdout)
        assert row["status"] == "skip"
        assert "msgsize_max" in row["reason"], row["reason"]
        assert str(limit) in row["reason"], row["reason"]
        assert row["size_bytes"] == str(limit + 1)  # never clamped to the limit


def test_mq_at_the_limit_runs_unchunked():
    limit = _msgsize_max()
    r = run("mq", "--size", str(limit), "--verify", *QUICK)
    assert r.returncode == 0, r.stderr
    row = csv_row(r.stdout)
    assert row["status"] == "ok"
    assert f"mq_msgsize={limit}" in row["notes"], row["notes"]


@pytest.mark.parametrize("mode", ["lat", "bw"])
def test_mq_chunked_carries_payloads_over_the_limit(mode):
    limit = _msgsize_max()
    size = 4 * limit + 1  # a short last chunk too
    r = run("mq", "--variant", "chunked", "--size", str(size), "--mode", mode, "--verify", *QUICK)
    assert r.returncode == 0, r.stderr
    row = csv_row(r.stdout)
    assert row["status"] == "ok"
    assert row["size_bytes"] == str(size)
    assert f"chunk_bytes={limit}" in row["notes"], row["notes"]
    assert "chunks=5" in row["notes"], row["notes"]


def test_mq_names_are_unlinked_while_the_run_goes_on(mqueue_dir):
    if not mqueue_dir:
        pytest.skip("no mqueue filesystem to look at (not mounted, not root)")
    p, kids = _start("mq", "default", "lat", "4K")
    try:
        assert _ours(p.pid, [mqueue_dir]) == []
    finally:
        p.send_signal(signal.SIGTERM)
        p.communicate(timeout=10)


# ---- memfd ----

@pytest.mark.parametrize("mode", ["lat", "bw"])
def test_memfd_sealed_is_really_sealed(mode):
    r = run("memfd", "--variant", "sealed", "--size", "64K", "--mode", mode, "--verify", *QUICK)
    assert r.returncode == 0, r.stderr
    notes = csv_row(r.stdout)["notes"]
    seals = [n for n in notes.split(";") if n.startswith("seals=")]
    assert seals, notes
    for s in ("write", "shrink", "grow"):
        assert s in seals[0], seals
    assert "write_map=refused" in notes and "truncate=refused" in notes, notes


def test_memfd_unsealed_variants_say_nothing_of_seals():
    r = run("memfd", "--variant", "fresh", "--size", "4K", "--verify", *QUICK)
    assert r.returncode == 0, r.stderr
    assert "seals=" not in csv_row(r.stdout)["notes"]


@pytest.mark.parametrize("var", ["hugetlb", "thp"])
def test_memfd_huge_page_variants_run_or_skip_with_reason(var):
    r = run("memfd", "--variant", var, "--size", "4M", "--mode", "bw", "--verify", *QUICK)
    row = csv_row(r.stdout)
    if r.returncode == 77:
        assert row["status"] == "skip"
        assert "huge pages" in row["reason"], row["reason"]
        # the reason names the setting to change
        assert ("nr_hugepages" in row["reason"] or "shmem_enabled" in row["reason"]
                or "HugePages_Free" in row["reason"]), row["reason"]
    else:
        assert r.returncode == 0, r.stderr
        assert row["status"] == "ok"


def test_memfd_hugetlb_skip_when_none_reserved():
    try:
        with open("/proc/sys/vm/nr_hugepages") as f:
            reserved = int(f.read())
    except OSError:
        pytest.skip("no vm.nr_hugepages")
    if reserved:
        pytest.skip("huge pages are reserved on this machine")
    r = run("memfd", "--variant", "hugetlb", *QUICK)
    assert r.returncode == 77
    assert "vm.nr_hugepages=0" in csv_row(r.stdout)["reason"]


def test_memfd_pooled_takes_no_fault_per_message():
    r = run("memfd", "--variant", "pooled", "--size", "1M", "--mode", "bw", *QUICK)
    assert r.returncode == 0, r.stderr
    row = csv_row(r.stdout)
    # fresh faults 256 pages per MiB on the sender alone; pooled prefaulted
    assert float(row["faults_per_msg"]) < 8, row


# ---- shm ----

@pytest.mark.parametrize("var,policy", [("spin", "wait=spin-yield(same-cpu)"),
                                        ("spin-then-futex", "wait=futex(same-cpu)"),
                                        ("copy", "wait=futex")])
def test_shm_same_cpu_policy_is_recorded_and_cpu_reported(var, policy):
    r = run("shm", "--variant", var, "--placement", "same-cpu", "--mode", "lat", "--verify",
            *QUICK)
    assert r.returncode == 0, r.stderr
    row = csv_row(r.stdout)
    assert policy in row["notes"].split(";"), row["notes"]
    for col in ("cpu_ns_per_msg", "a_cpu_ns_per_msg", "b_cpu_ns_per_msg"):
        assert row[col] != "", col


@pytest.mark.parametrize("size, lines", [(1, 1), (56, 1), (57, 2), (64, 2), (112, 2), (113, 3)])
def test_shm_seqlock_shares_lines_with_the_sequence(size, lines):
    """56 payload bytes per 64-byte line beside its sequence word; every byte
    arrives (--verify), through the send/recv path."""
    r = run("shm", "--variant", "seqlock", "--size", str(size), "--placement", "cross-core",
            "--verify", "--iters", "50", "--reps", "2", "--warmup", "0.001", "--format", "csv")
    row = csv_row(r.stdout)
    if r.returncode == 77:
        pytest.skip(row["reason"])
    assert r.returncode == 0 and row["status"] == "ok", r.stderr
    assert f"lines={lines};line_payload=56" in row["notes"]


@pytest.mark.parametrize("placement", ["same-cpu", "cross-core", "unpinned"])
def test_shm_seqlock_timed_loop_runs(placement):
    """Without --verify the latency rows go through the variant's own loop
    (flag loop in --list); it must finish in every placement."""
    r = run("shm", "--variant", "seqlock", "--size", "64", "--placement", placement,
            "--iters", "200", "--reps", "2", "--warmup", "0.001", "--format", "csv")
    row = csv_row(r.stdout)
    if r.returncode == 77:
        assert placement != "same-cpu"
        return
    assert r.returncode == 0 and row["status"] == "ok", r.stderr
    lst = run("shm", "--list").stdout
    assert any(ln.startswith("seqlock\tloop") for ln in lst.splitlines())


@pytest.mark.parametrize("var, size", [("stream", 131073), ("stream", 1), ("copyout", 65537)])
@pytest.mark.parametrize("mode", ["lat", "bw"])
def test_shm_large_copy_variants_deliver_every_byte(var, size, mode):
    """stream's chunks (128 KiB) and copyout's in-slot build: sizes that are
    not multiples of a chunk, both modes, checked byte for byte."""
    r = run("shm", "--variant", var, "--mode", mode, "--size", str(size), "--placement",
            "cross-core", "--verify", "--iters", "20", "--reps", "2", "--warmup", "0.001",
            "--format", "csv")
    row = csv_row(r.stdout)
    if r.returncode == 77:
        pytest.skip(row["reason"])
    assert r.returncode == 0 and row["status"] == "ok", r.stderr
    if var == "stream":
        assert "chunks=8;chunk_bytes=131072" in row["notes"]


def test_shm_unpinned_spin_does_not_crawl():
    # a pure spin with both roles on one CPU would take a time slice per message
    r = run("shm", "--variant", "spin", "--placement", "unpinned", "--mode", "lat",
            "--iters", "2000", "--reps", "2", "--warmup", "0.001", "--format", "csv",
            timeout=60)
    assert r.returncode == 0, r.stderr
    assert "wait=spin-yield(unpinned)" in csv_row(r.stdout)["notes"]


# ---- a child killed mid-run ----

KILL_CASES = [
    ("mq", "default", "lat", "4K"),
    ("mq", "chunked", "bw", "64K"),
    ("shm", "copy", "bw", "64K"),
    ("shm", "inplace", "lat", "4K"),
    ("shm", "spin", "lat", "64"),
    ("shm", "spin-then-futex", "bw", "4K"),
    ("memfd", "fresh", "bw", "64K"),
    ("memfd", "pooled", "lat", "4K"),
    ("memfd", "sealed", "lat", "64K"),
]


@pytest.mark.parametrize("victim", [0, 1])
@pytest.mark.parametrize("prim,var,mode,size", KILL_CASES)
def test_killed_child_is_reported_and_leaves_nothing(prim, var, mode, size, victim, mqueue_dir):
    p, kids = _start(prim, var, mode, size)
    os.kill(kids[victim], signal.SIGKILL)
    t0 = time.monotonic()
    out, err = p.communicate(timeout=10)
    assert time.monotonic() - t0 < 5, "the controller took too long to notice"
    assert p.returncode != 0
    row = csv_row(out)
    assert row["status"] == "fail"
    assert row["reason"], row
    assert "killed by signal 9" in row["reason"] or "peer gone" in row["reason"], row["reason"]
    deadline = time.monotonic() + 5
    while any(k in our_processes() for k in kids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(k in our_processes() for k in kids), "a role outlived the run"
    assert _ours(p.pid, ["/dev/shm", mqueue_dir]) == []
