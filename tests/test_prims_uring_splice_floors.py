"""Specifics of uring, vmsplice, tcp, pvm and the floors.

test_micro.py runs every primitive and variant with --verify at the size
classes; this file checks what is particular to these: the forced skip paths
(io_uring disabled, process_vm_readv refused), that the floors' rows carry
the columns FLOORS.md tells readers to use, that a solo copy's verify
catches a corrupted byte, and that a child killed mid-run is reported and
reaped.  No timing is asserted.
"""
import os
import signal
import subprocess
import time

import pytest

from conftest import BIN, children_of, csv_row, our_processes, run

QUICK = ["--iters", "3", "--reps", "2", "--warmup", "0.001", "--format", "csv"]
URING_SYSCTL = "/proc/sys/kernel/io_uring_disabled"


def _skip_row(r, fragment):
    assert r.returncode == 77, r.stderr
    row = csv_row(r.stdout)
    assert row["status"] == "skip"
    assert fragment in row["reason"], row["reason"]
    return row


@pytest.mark.parametrize("var", ["pipe", "socket", "batch", "fixed", "sendzc"])
def test_uring_skip_forced_by_hook(var):
    env = dict(os.environ, IPCFLOOR_URING_DISABLE="1")
    r = run("uring", "--variant", var, *QUICK, env=env)
    row = _skip_row(r, "io_uring unavailable")
    assert "IPCFLOOR_URING_DISABLE" in row["reason"]


@pytest.mark.skipif(not os.access(URING_SYSCTL, os.W_OK), reason="needs root and the sysctl")
def test_uring_skip_when_really_disabled():
    """kernel.io_uring_disabled=2 for one short run, restored whatever happens."""
    with open(URING_SYSCTL) as f:
        old = f.read().strip()
    try:
        with open(URING_SYSCTL, "w") as f:
            f.write("2")
        r = run("uring", "--variant", "pipe", *QUICK)
    finally:
        with open(URING_SYSCTL, "w") as f:
            f.write(old)
    row = _skip_row(r, "io_uring_setup")
    assert "kernel.io_uring_disabled=2" in row["reason"]


@pytest.mark.parametrize("mode", ["lat", "bw"])
def test_pvm_skip_when_ptrace_refused(mode):
    """Non-dumpable peers without CAP_SYS_PTRACE: the kernel really says EPERM."""
    env = dict(os.environ, IPCFLOOR_PVM_DENY="1")
    r = run("pvm", "--mode", mode, *QUICK, env=env)
    row = _skip_row(r, "process_vm_readv")
    assert "ptrace_scope" in row["reason"]


@pytest.mark.parametrize("var,mode", [("warm", "lat"), ("fresh", "bw")])
def test_memcpy_verify_catches_corruption(var, mode):
    env = dict(os.environ, IPCFLOOR_CORRUPT="100")
    r = run("memcpy", "--variant", var, "--mode", mode, "--size", "4096", "--verify", *QUICK,
            env=env)
    assert r.returncode == 1
    row = csv_row(r.stdout)
    assert row["status"] == "fail"
    assert "verify: byte 100 of 4096" in row["reason"], row["reason"]


@pytest.mark.parametrize("prim,var,note", [
    ("nullsyscall", "default", "size_ignored=1"),
    ("mmap", "default", "pages=16"),
    ("pagefault", "4k", "pages=16"),
    ("memcpy", "warm", ""),
    ("memcpy", "fresh", "pages=16"),
])
def test_solo_floor_rows_have_documented_columns(prim, var, note):
    r = run(prim, "--variant", var, "--mode", "lat", "--size", "64K", "--time", "0.05",
            "--reps", "2", "--warmup", "0.001", "--format", "csv")
    assert r.returncode == 0, r.stderr
    row = csv_row(r.stdout)
    assert row["status"] == "ok"
    assert float(row["p50_ns"]) > 0 and row["gbps"] == ""
    assert row["cpu_ns_per_msg"] != "" and row["b_cpu_ns_per_msg"] == ""
    assert note in row["notes"]


def test_pagefault_counts_one_fault_per_page():
    r = run("pagefault", "--variant", "4k", "--size", "1M", "--time", "0.05", "--reps", "2",
            "--warmup", "0.001", "--format", "csv")
    row = csv_row(r.stdout)
    assert row["status"] == "ok"
    # 256 pages: at least one fault each (a retried fault may add a few)
    assert float(row["faults_per_msg"]) >= 256


def test_pagefault_huge_is_ok_or_a_skip_with_reason():
    r = run("pagefault", "--variant", "huge", "--size", "4M", *QUICK)
    row = csv_row(r.stdout)
    if r.returncode == 77:
        assert row["status"] == "skip" and "huge" in row["reason"]
    else:
        assert r.returncode == 0 and "pages=2" in row["notes"], r.stderr


def _notes(row):
    return dict(kv.split("=", 1) for kv in row["notes"].split(";") if "=" in kv)


@pytest.mark.parametrize("var, fs", [("file", None), ("shmem", "tmpfs")])
def test_pagefault_file_maps_cached_neighbours_in_one_fault(tmp_path, var, fs):
    """A page-cache read fault maps the cached pages around it (fault-around,
    64 KiB by default): fewer faults than pages; the data read is the file's."""
    r = run("pagefault", "--variant", var, "--size", "4M", "--verify", *QUICK,
            env=dict(os.environ, TMPDIR=str(tmp_path)))
    assert r.returncode == 0, r.stderr
    row = csv_row(r.stdout)
    notes = _notes(row)
    assert notes["pages"] == "1024" and notes["fs"] and notes["fault_around_bytes"]
    assert fs is None or notes["fs"] == fs
    fab = notes["fault_around_bytes"]
    if fab == "unknown" or int(fab) > 4096:
        assert float(notes["faults_per_page"]) < 0.5
        assert float(row["faults_per_msg"]) < 1024 / 2
    assert os.listdir(tmp_path) == []	# an unnamed file: nothing to leave behind


def test_pagefault_file_leaves_nothing_when_killed(tmp_path):
    p = subprocess.Popen([os.path.join(BIN, "pagefault"), "--variant", "file", "--size", "64M",
                          "--time", "30", "--format", "csv"], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, env=dict(os.environ, TMPDIR=str(tmp_path)))
    time.sleep(0.5)
    p.kill()
    p.communicate(timeout=30)
    deadline = time.monotonic() + 10
    while children_of(p.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert os.listdir(tmp_path) == []


def test_pagefault_anonymous_takes_a_fault_per_page():
    r = run("pagefault", "--variant", "4k", "--size", "256K", *QUICK)
    notes = _notes(csv_row(r.stdout))
    assert r.returncode == 0 and float(notes["faults_per_page"]) >= 1.0


@pytest.mark.parametrize("prim", ["nullsyscall", "mmap", "pagefault", "cacheline", "futexwake"])
def test_no_bw_floors_skip_bw_with_reason(prim):
    r = run(prim, "--mode", "bw", *QUICK)
    _skip_row(r, "throughput mode does not apply")


@pytest.mark.parametrize("var", ["splice", "splice-spin", "splice-huge", "splice-huge-spin"])
def test_vmsplice_splice_is_bw_only(var):
    r = run("vmsplice", "--variant", var, "--mode", "lat", *QUICK)
    _skip_row(r, "latency mode does not apply")


@pytest.mark.parametrize("var", ["read-huge", "splice-huge-spin"])
def test_vmsplice_huge_says_which_pages_it_got(var):
    """hugetlb, or THP with the share smaps reports huge; never a silent fallback."""
    r = run("vmsplice", "--variant", var, "--mode", "bw", "--size", "4M", "--verify", *QUICK)
    row = csv_row(r.stdout)
    if r.returncode == 77:
        assert "vm.nr_hugepages" in row["reason"] and "transparent_hugepage" in row["reason"]
        return
    assert r.returncode == 0, r.stderr
    notes = dict(kv.split("=", 1) for kv in row["notes"].split(";") if "=" in kv)
    assert notes["hugepages"] in ("hugetlb", "thp")
    if notes["hugepages"] == "thp":
        assert notes["thp_share"] == "unknown" or 0 <= float(notes["thp_share"]) <= 1


def test_vmsplice_huge_without_huge_pages_is_a_skip_naming_the_fix():
    r = run("vmsplice", "--variant", "splice-huge", "--mode", "bw", "--size", "1M", *QUICK,
            env=dict(os.environ, IPCFLOOR_HUGE_DENY="1"))
    row = _skip_row(r, "huge pages")
    assert "sysctl vm.nr_hugepages=" in row["reason"] and "madvise" in row["reason"]


@pytest.mark.parametrize("placement, how", [("same-cpu", "spin=yield"),
                                            ("cross-core", "spin=pure"),
                                            ("unpinned", "spin=spin+yield/1024")])
def test_vmsplice_spin_notes_how_it_waits_and_verifies(placement, how):
    """Non-blocking ends with busy retry still deliver every byte in order."""
    r = run("vmsplice", "--variant", "read-spin", "--mode", "lat", "--size", "65537",
            "--placement", placement, "--verify", *QUICK)
    row = csv_row(r.stdout)
    if r.returncode == 77:
        assert placement != "same-cpu" and row["reason"]
        return
    assert r.returncode == 0 and row["status"] == "ok", r.stderr
    assert how in row["notes"]


@pytest.mark.parametrize("placement", ["same-cpu", "cross-core"])
def test_cacheline_notes_how_it_waits(placement):
    r = run("cacheline", "--placement", placement, "--time", "0.05", "--reps", "2",
            "--warmup", "0.001", "--format", "csv")
    row = csv_row(r.stdout)
    if r.returncode == 77:
        assert placement != "same-cpu" and row["reason"]
        return
    assert row["status"] == "ok"
    assert ("spin=yield" if placement == "same-cpu" else "spin=pure") in row["notes"]


KILL_CASES = [
    ("uring", "pipe", "lat", "64K", 1),
    ("uring", "batch", "lat", "64K", 0),
    ("uring", "sendzc", "bw", "1M", 1),
    ("uring", "fixed", "bw", "1M", 0),
    ("vmsplice", "read", "bw", "1M", 1),
    ("vmsplice", "splice", "bw", "1M", 0),
    ("tcp", "default", "lat", "64", 1),
    ("pvm", "default", "bw", "1M", 1),
    ("pvm", "default", "lat", "64", 0),
    ("cacheline", "default", "lat", "64", 1),
    ("futexwake", "default", "lat", "64", 0),
]


@pytest.mark.parametrize("prim,var,mode,size,victim", KILL_CASES,
                         ids=[f"{c[0]}-{c[1]}-{c[2]}-kill{'AB'[c[4]]}" for c in KILL_CASES])
def test_killed_child_is_reported_and_nothing_left(prim, var, mode, size, victim):
    p = subprocess.Popen([os.path.join(BIN, prim), "--variant", var, "--mode", mode,
                          "--size", size, "--iters", "1000000000", "--placement", "cross-core",
                          "--format", "csv"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 10
        while len(children_of(p.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        kids = children_of(p.pid)
        if p.poll() is not None and p.returncode == 77:
            pytest.skip(f"{prim} {var}: {p.stdout.read().strip()}")
        assert len(kids) == 2, "the two roles did not start"
        time.sleep(0.3)	# into warm-up or measurement
        os.kill(kids[victim], signal.SIGKILL)
        out, _ = p.communicate(timeout=30)	# a hang guard, not a timing claim
    finally:
        if p.poll() is None:
            p.kill()
            p.communicate()
    assert p.returncode == 1
    row = csv_row(out)
    assert row["status"] == "fail" and row["reason"], row
    for k in kids:
        assert k not in our_processes()
