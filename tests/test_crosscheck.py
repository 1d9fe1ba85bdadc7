"""scripts/crosscheck.py: parsing of real perf output, skips, usage errors, one short run.

Speed is never asserted: only the structure of what is printed.
"""
import csv
import os
import shutil
import stat
import subprocess

import pytest

from conftest import BIN, PY, TOP

SCRIPT = os.path.join(TOP, "scripts", "crosscheck.py")
HAVE_PERF = shutil.which("perf") is not None

from ipcfloor import crosscheck as cc  # noqa: E402

# Captured on the Debian 12 KVM guest (perf version 6.1.187, kernel 6.18)
PIPE_OUT = """# Running 'sched/pipe' benchmark:
# Executed 200000 pipe operations between two processes

     Total time: 0.984 [sec]

       4.921035 usecs/op
         203209 ops/sec
"""
SYSCALL_OUT = """# Running 'syscall/basic' benchmark:
# Executed 10000000 getppid() calls
     Total time: 1.350 [sec]

       0.135050 usecs/op
        7404653 ops/sec
"""
MEMCPY_OUT = """# Running 'mem/memcpy' benchmark:
# function 'default' (Default memcpy() provided by glibc)
# Copying 1GB bytes ...

      17.850449 GB/sec
"""
MEMCPY_INF = """# Running 'mem/memcpy' benchmark:
# function 'default' (Default memcpy() provided by glibc)
# Copying 1KB bytes ...

            inf GB/sec
"""
PLACEMENTS = ("same-cpu\t0,0\tnodes 0,0\nsmt\tskip\tsmt: no SMT siblings (1 thread per core)\n"
              "cross-core\t0,1\tnodes 0,0\ncross-numa\tskip\tcross-numa: 1 NUMA node\n"
              "unpinned\t-1,-1\tnodes -1,-1\n")


def crosscheck(*args, env=None, timeout=300):
    return subprocess.run([PY, SCRIPT, *args], capture_output=True, text=True, timeout=timeout,
                          env=env, cwd=TOP)


def env_with_path(path):
    env = dict(os.environ)
    env["PATH"] = path
    return env


def test_parse_pipe_and_syscall():
    assert cc.parse_perf_usecs_per_op(PIPE_OUT) == pytest.approx(4.921035)
    assert cc.parse_perf_loops(PIPE_OUT) == 200000
    assert cc.parse_perf_usecs_per_op(SYSCALL_OUT) == pytest.approx(0.135050)
    assert cc.parse_perf_loops(SYSCALL_OUT) == 10000000


def test_parse_memcpy_is_binary_gigabytes():
    # perf's GB/sec is 2^30 bytes a second
    assert cc.parse_perf_bandwidth(MEMCPY_OUT) == pytest.approx(17.850449 * 1024 ** 3)
    assert cc.parse_perf_bandwidth("      812.5 MB/sec\n") == pytest.approx(812.5 * 1024 ** 2)
    assert cc.parse_perf_bandwidth("      12.000000d KB/sec\n") == pytest.approx(12 * 1024)


def test_parse_failures_are_errors():
    with pytest.raises(cc.RunError):
        cc.parse_perf_bandwidth(MEMCPY_INF)   # a copy too short to time
    with pytest.raises(cc.RunError):
        cc.parse_perf_usecs_per_op("# Running 'sched/pipe' benchmark:\n")


def test_parse_placements_and_suite_row():
    p = cc.parse_placements(PLACEMENTS)
    assert p["same-cpu"] == [0, 0] and p["cross-core"] == [0, 1]
    assert p["smt"].startswith("smt: no SMT")
    header = subprocess.run([os.path.join(BIN, "pipe"), "--header"], capture_output=True,
                            text=True, check=True).stdout.strip().split(",")
    line = ",".join(["x"] * len(header))
    row = cc.parse_suite_csv("noise\n" + line + "\n", header)
    assert set(row) == set(header)


def test_verdicts():
    assert cc.verdict([1.0], [1.1], 1.0, 1.1, None)[0] == "ok"
    v, note = cc.verdict([1.0, 2.0], [1.5, 1.6], 1.0, 1.5, None)
    assert v == "noise" and "overlap" in note
    v, note = cc.verdict([1.0, 1.1], [2.0, 2.1], 1.0, 2.0, "because")
    assert (v, note) == ("DIFF", "explained: because")
    assert cc.verdict([1.0, 1.1], [2.0, 2.1], 1.0, 2.0, None) == ("DIFF", "unexplained")
    assert cc.calibrate(0.5, 5.0, 1000, 10 ** 6) == 100000
    assert cc.calibrate(0.5, 0.0, 1000, 10 ** 6) == 1000


@pytest.mark.parametrize("args", [["--bogus"], ["--only", "nope"], ["--runs", "0"],
                                  ["--runs", "x"], ["extra"]])
def test_bad_options_one_line_exit_2(args):
    r = crosscheck(*args)
    assert r.returncode == 2
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("crosscheck.py: ")


def test_help_and_list():
    r = crosscheck("--help")
    assert r.returncode == 0 and "Exit status" in r.stdout and "--only" in r.stdout
    r = crosscheck("--list")
    names = [ln.split("\t")[0] for ln in r.stdout.splitlines()]
    assert r.returncode == 0
    assert names == ["pipe-same-cpu", "pipe-cross-core", "syscall", "memcpy-256m", "memcpy-4m",
                     "cacheline-cross-core", "shm-seqlock-64-cross-core"]


def test_missing_perf_is_a_skip_naming_the_package(tmp_path):
    perf_pairs = "pipe-same-cpu,pipe-cross-core,syscall,memcpy-256m,memcpy-4m"
    r = crosscheck("--only", perf_pairs, "--out", str(tmp_path / "x.csv"),
                   env=env_with_path(str(tmp_path)))
    assert r.returncode == 0, r.stderr
    for name in ("pipe-same-cpu", "pipe-cross-core", "syscall", "memcpy-256m", "memcpy-4m"):
        assert f"skip {name}: perf not on PATH (package linux-perf)" in r.stdout
    rows = list(csv.DictReader(open(tmp_path / "x.csv")))
    assert [r["verdict"] for r in rows] == ["skip"] * 5
    assert all("package linux-perf" in r["note"] for r in rows)


def _fake_perf(tmp_path, body):
    p = tmp_path / "perf"
    p.write_text("#!/bin/sh\n" + body)
    p.chmod(p.stat().st_mode | stat.S_IXUSR)
    return env_with_path(f"{tmp_path}:/usr/bin:/bin")


def test_perf_that_cannot_run_is_a_skip(tmp_path):
    # what Debian's versioned wrapper says when no perf matches the kernel
    env = _fake_perf(tmp_path, 'echo "E: linux-perf-9.9 is not installed." >&2; exit 1\n')
    r = crosscheck("--quick", "--only", "syscall", env=env)
    assert r.returncode == 0, r.stderr
    assert ("skip syscall: perf exited 1: E: linux-perf-9.9 is not installed. "
            "(package linux-perf)") in r.stdout


def test_unreadable_perf_output_is_an_error(tmp_path):
    env = _fake_perf(tmp_path, 'echo "something else"; exit 0\n')
    r = crosscheck("--quick", "--only", "syscall", env=env)
    assert r.returncode == 1
    assert "error syscall: no 'usecs/op' line" in r.stdout
    assert "Traceback" not in r.stderr


@pytest.mark.skipif(not HAVE_PERF, reason="perf not installed (package linux-perf)")
def test_quick_run_end_to_end(tmp_path):
    out = tmp_path / "cc.csv"
    r = crosscheck("--quick", "--only", "pipe-same-cpu,syscall", "--out", str(out))
    assert "Traceback" not in r.stderr
    if "skip pipe-same-cpu:" in r.stdout:
        pytest.skip("perf cannot run here: " + r.stdout)
    # 1 only for an unexplained difference: noise is not asserted
    assert r.returncode in (0, 1), r.stdout + r.stderr
    lines = r.stdout.splitlines()
    head = [ln for ln in lines if ln.startswith("pair ")]
    assert head and "tool/suite" in head[0] and "verdict" in head[0]
    for name, measures in (("pipe-same-cpu", "round trip, mean"), ("syscall", "one call, mean")):
        row = [ln for ln in lines if ln.startswith(name + " ")]
        assert row and measures in row[0], r.stdout
    assert "perf bench sched pipe -l" in r.stdout
    assert "micro/bin/nullsyscall --placement same-cpu" in r.stdout
    rows = list(csv.DictReader(open(out)))
    assert [x["pair"] for x in rows] == ["pipe-same-cpu", "syscall"]
    for x in rows:
        assert x["verdict"] in ("ok", "noise", "DIFF")
        assert float(x["ratio"]) == pytest.approx(float(x["tool_value"]) / float(x["suite_value"]),
                                                  rel=0.01)
        assert x["unit"] == "us"


def test_linebounce_output_is_parsed():
    text = "linebounce cpus 0,1: one-way p50 29.61 ns (min 28.60, max 30.62) over 11 reps x 1000 round trips\n"
    assert cc.parse_linebounce(text) == pytest.approx(29.61)
    with pytest.raises(cc.RunError):
        cc.parse_linebounce("nothing here")


def test_linebounce_two_lines_checks_every_line():
    """lines=2 is the two-line message's floor: the reader must find the
    sequence in both lines (it exits 1 when one lags), and the label says 2."""
    if len(os.sched_getaffinity(0)) < 2:
        pytest.skip("needs two CPUs")
    cpus = sorted(os.sched_getaffinity(0))[:2]
    tool = os.path.join(cc.BIN, "ref-linebounce")
    r = subprocess.run([tool, str(cpus[0]), str(cpus[1]), "20000", "3", "2"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert " lines 2: " in r.stdout and cc.parse_linebounce(r.stdout) > 0
    r = subprocess.run([tool, "0", "1", "10", "1", "65"], capture_output=True, text=True)
    assert r.returncode == 2 and "lines '65'" in r.stderr


def test_cacheline_pair_runs_both_sides(tmp_path):
    """The floor and the bare bounce, both measured: no perf needed.  The
    verdict itself depends on the machine's load, so only its form is checked."""
    if len(os.sched_getaffinity(0)) < 2:
        pytest.skip("needs two CPUs")
    r = crosscheck("--only", "cacheline-cross-core", "--quick", "--out", str(tmp_path / "c.csv"),
                   env=env_with_path("/usr/bin:/bin"))
    rows = list(csv.DictReader(open(tmp_path / "c.csv")))
    assert len(rows) == 1 and rows[0]["verdict"] in ("ok", "noise", "DIFF"), r.stdout + r.stderr
    assert float(rows[0]["tool_value"]) > 0 and float(rows[0]["suite_value"]) > 0
    assert "micro/bin/ref-linebounce" in rows[0]["tool_cmd"]
    assert r.returncode in (0, 1)
