"""The harness and every primitive, driven as a user drives them.

Every primitive and variant in micro/primitives.list is run with --verify at
each size class (1 B, 4 KiB, just over a pipe buffer, 64 MiB) in both modes;
bad input is refused with one line; a killed, stopped or interrupted run
leaves nothing behind (checked after every test by conftest.no_leaks).
"""
import os
import re
import signal
import subprocess
import time

import pytest

from conftest import BIN, FIXTURES, TOP, children_of, csv_row, header, our_processes, primitives, run, verify_cases

SIZE_CLASSES = ["1", "4096", "65537", "64M"]


@pytest.mark.parametrize("prim,var,mode,size", verify_cases(SIZE_CLASSES))
def test_verify_every_byte(prim, var, mode, size):
    r = run(prim, "--variant", var, "--mode", mode, "--size", size, "--verify",
            "--iters", "3", "--reps", "2", "--warmup", "0.001", "--format", "csv")
    row = csv_row(r.stdout)
    if r.returncode == 77:
        # a skip is allowed only with its reason (a size over a kernel limit)
        assert row["status"] == "skip" and row["reason"], r.stderr
        assert r.stderr.startswith(f"SKIP {prim}:")
        return
    assert r.returncode == 0, f"{r.stderr}"
    assert row["status"] == "ok"
    assert row["size_bytes"] == str(int(size.rstrip("M")) << 20 if size.endswith("M") else size)
    assert int(row["reps"]) == 2 and int(row["iters"]) >= 3
    if mode == "lat":
        assert 0 < float(row["min_ns"]) <= float(row["p50_ns"]) <= float(row["p99_ns"]) \
            <= float(row["max_ns"])
        assert row["gbps"] == ""
    else:
        assert float(row["gbps"]) > 0 and row["p50_ns"] == ""


def test_verify_catches_corruption():
    """A flipped byte is a failure naming the message and the offset.

    IPCFLOOR_CORRUPT=<offset> is the harness's test hook: with --verify it
    flips that byte of every received copy before the check.
    """
    env = dict(os.environ, IPCFLOOR_CORRUPT="100")
    r = run("pipe", "--size", "4096", "--verify", "--iters", "3", "--reps", "1",
            "--warmup", "0.001", "--format", "csv", env=env)
    assert r.returncode == 1
    row = csv_row(r.stdout)
    assert row["status"] == "fail"
    assert re.search(r"verify: message \d+ byte 100 of 4096", row["reason"]), row["reason"]


def test_csv_header_matches_documentation():
    cols = header()
    required = ("primitive variant mode size_bytes placement cpus reps p50_ns p90_ns p99_ns "
                "p999_ns min_ns max_ns gbps msgs_per_s ctxsw_per_msg faults_per_msg "
                "user_ns_per_msg sys_ns_per_msg status reason").split()
    for c in required:
        assert c in cols, c
    with open(os.path.join(TOP, "results", "README.md")) as f:
        doc = f.read()
    documented = set(re.findall(r"`(\w+)`", doc.split("## micro.csv")[1].split("## meta.json")[0]))
    missing = [c for c in cols if c not in documented]
    assert not missing, f"columns not documented in results/README.md: {missing}"


def test_human_line_and_csv_row_agree_on_shape():
    r = run("pipe", "--size", "64", "--time", "0.05", "--reps", "2", "--warmup", "0.001")
    assert r.returncode == 0
    assert re.match(r"pipe default lat 64 B same-cpu \[cpus \d+;\d+\]: one-way p50 [\d.]+ us",
                    r.stdout)
    r = run("pipe", "--size", "64", "--time", "0.05", "--reps", "2", "--warmup", "0.001",
            "--format", "csv")
    row = csv_row(r.stdout)
    assert len(r.stdout.strip().split(",")) == len(header())
    assert row["placement"] == "same-cpu" and row["cpus"].count(";") == 1
    a, b = row["cpus"].split(";")
    assert a == b
    assert float(row["clock_ns"]) > 0
    assert "ab_pipe_bytes=" in row["notes"]
    assert len(row["rep_values"].split(";")) == 2


@pytest.mark.parametrize("args,fragment", [
    (["--size", "-5"], "not a size"),
    (["--size", "10Z"], "unknown unit"),
    (["--size", "0"], "out of range"),
    (["--size", "1.5"], "whole number"),
    (["--mode", "foo"], "expected lat or bw"),
    (["--cpus", "0,4096"], "--cpus"),
    (["--cpus", "0,999"], "does not exist"),
    (["--cpus", "7"], "expected two CPU numbers"),
    (["--placement", "nowhere"], "--placement"),
    (["--placement", "same-cpu", "--cpus", "0,0"], "exclude each other"),
    (["--variant", "nope"], "no such variant"),
    (["--rx", "handoff"], "zero-copy variants only"),
    (["--reps", "0"], "--reps"),
    (["--time", "-1"], "--time"),
    (["--iters", "x"], "--iters"),
    (["--format", "xml"], "--format"),
    (["--bogus"], "unknown option"),
    (["--size"], "needs a value"),
    (["extra"], "unexpected argument"),
])
def test_bad_input_one_line(args, fragment):
    r = run("pipe", *args)
    assert r.returncode == 2, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert fragment in lines[0]
    assert r.stdout == ""


def test_size_larger_than_memory_refused_before_allocating():
    r = run("pipe", "--size", "16G", "--format", "csv", timeout=10)
    assert r.returncode == 77
    assert len(r.stderr.strip().splitlines()) == 1
    assert "not enough memory" in r.stderr
    assert csv_row(r.stdout)["status"] == "skip"


def test_seqpacket_over_limit_is_a_skip_with_reason():
    r = run("socketpair", "--variant", "seqpacket", "--size", "256M", "--format", "csv")
    assert r.returncode == 77, r.stderr
    row = csv_row(r.stdout)
    assert row["status"] == "skip"
    assert "refuses a 268435456-byte record" in row["reason"]
    assert "wmem_max" in row["reason"]


def test_help_on_every_program():
    for prim in primitives():
        r = run(prim, "--help")
        assert r.returncode == 0
        assert r.stdout.startswith(f"usage: {prim} ")
        for opt in ("--mode", "--size", "--placement", "--cpus", "--verify", "--reps", "--time",
                    "--format"):
            assert opt in r.stdout


def test_placements_from_fixture_topology():
    r = run("pipe", "--show-placements", "--sysfs", os.path.join(FIXTURES, "topo-2s-smt"))
    got = dict(ln.split("\t")[:2] for ln in r.stdout.splitlines())
    assert got == {"same-cpu": "0,0", "smt": "0,2", "cross-core": "0,1", "cross-numa": "0,4",
                   "unpinned": "-1,-1"}
    env = dict(os.environ, IPCFLOOR_SYSFS=os.path.join(FIXTURES, "topo-1cpu"))
    r = run("pipe", "--show-placements", env=env)
    assert "cross-core\tskip\tcross-core: only 1 core" in r.stdout


def test_unsatisfiable_placement_is_a_skip():
    r = run("pipe", "--placement", "cross-numa", "--format", "csv",
            "--sysfs", os.path.join(FIXTURES, "topo-vm2"))
    assert r.returncode == 77
    row = csv_row(r.stdout)
    assert row["status"] == "skip" and row["reason"] == "cross-numa: 1 NUMA node"


def test_cpus_pins_both_roles():
    ncpu = os.cpu_count()
    b = 1 if ncpu > 1 else 0
    r = run("pipe", "--cpus", f"0,{b}", "--time", "0.05", "--reps", "1", "--warmup", "0.001",
            "--format", "csv")
    assert r.returncode == 0, r.stderr
    row = csv_row(r.stdout)
    assert row["placement"] == "cpus" and row["cpus"] == f"0;{b}"


def test_membind_runs_on_a_one_node_machine():
    r = run("pipe", "--cpus", "0,0", "--membind", "--size", "1M", "--verify", "--iters", "3",
            "--reps", "1", "--warmup", "0.001")
    assert r.returncode == 0, r.stderr


def _start_long_run(*extra):
    p = subprocess.Popen([os.path.join(BIN, "pipe"), "--size", "64K", "--iters", "1000000000",
                          "--format", "csv", *extra], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 10
    while len(children_of(p.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    kids = children_of(p.pid)
    assert len(kids) == 2, "the two roles did not start"
    time.sleep(0.2)	# into the measurement
    return p, kids


@pytest.mark.parametrize("victim", [0, 1])
def test_killed_peer_is_reported_and_reaped(victim):
    p, kids = _start_long_run()
    os.kill(kids[victim], signal.SIGKILL)
    out, err = p.communicate(timeout=10)
    assert p.returncode == 1
    row = csv_row(out)
    assert row["status"] == "fail"
    assert "killed by signal 9" in row["reason"] or "peer gone" in row["reason"], row["reason"]


def test_hung_peer_hits_the_deadline():
    p, kids = _start_long_run("--timeout", "2")
    os.kill(kids[1], signal.SIGSTOP)	# B stops answering; A waits forever
    out, err = p.communicate(timeout=20)
    assert p.returncode == 1
    assert "deadline" in csv_row(out)["reason"]


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_run_stops_itschildren_of(sig):
    p, kids = _start_long_run()
    p.send_signal(sig)
    p.communicate(timeout=10)
    assert p.returncode == 128 + sig
    for k in kids:
        assert not os.path.exists(f"/proc/{k}") or k not in our_processes()


def test_controller_killed_children_follow():
    p, kids = _start_long_run()
    p.kill()
    p.communicate(timeout=10)
    # PR_SET_PDEATHSIG: the leak check of conftest waits for them to go
    deadline = time.monotonic() + 5
    while any(k in our_processes() for k in kids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(k in our_processes() for k in kids)
