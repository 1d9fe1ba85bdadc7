"""scripts/ipcfloor/timeline/perf.py: the perf script parser on fixture text,
check() and the Recorder's process handling with fake perf programs, and one
short real capture of a python3 child (skipped, with check()'s reason, where
perf cannot record)."""
import os
import signal
import subprocess
import textwrap
import time

import pytest

from conftest import FIXTURES, PY
from ipcfloor.timeline import perf as P
from ipcfloor.timeline.events import Sample, Switch, Wake

SCRIPT = os.path.join(FIXTURES, "timeline", "perf-script.txt")


def fixture():
    with open(SCRIPT) as f:
        return P.parse_script(f)


# ------------------------------------------------------------ parse_script

def test_sample_with_user_stack_every_field():
    s = fixture().samples[0]
    assert s == Sample(
        t_ns=20484092850438, pid=21902, tid=21902, cpu=1, period_ns=100000, comm="python3",
        frames=(("alloc_perturb", "/usr/lib/x86_64-linux-gnu/libc.so.6"),
                ("PyList_Append", "/usr/bin/python3.11"),
                ("[unknown]", "/usr/lib/python3.11/lib-dynload/_json.cpython-311-x86_64-linux-gnu.so"),
                ("_PyEval_EvalFrameDefault", "/usr/bin/python3.11"),
                ("Py_BytesMain", "/usr/bin/python3.11"),
                ("__libc_start_main@@GLIBC_2.34", "/usr/lib/x86_64-linux-gnu/libc.so.6"),
                ("_start", "/usr/bin/python3.11")))
    assert isinstance(s.t_ns, int)


def test_comm_with_space_kernel_frames_offset_and_deleted_dso():
    s = [x for x in fixture().samples if x.tid == 21907][0]
    assert (s.t_ns, s.pid, s.tid, s.cpu, s.comm) == (20484093001002, 21905, 21907, 1, "python3 worker")
    assert s.frames[0] == ("clear_page_erms", "[kernel.kallsyms]")      # +0x14 dropped
    assert s.frames[2] == ("asm_exc_page_fault", "[kernel.kallsyms]")
    assert s.frames[4] == ("[unknown]", "/memfd:ipcfloor (deleted)")
    # perf's ffffffffffffffff end marker is not a frame
    assert s.frames[-1] == ("[unknown]", "/usr/bin/python3.11")
    assert len(s.frames) == 6


def test_kernel_only_stacks_and_default_period():
    got = fixture()
    idle = [x for x in got.samples if x.pid == 0][0]
    assert idle.frames == (("pv_native_safe_halt", "[kernel.kallsyms]"),
                           ("default_idle", "[kernel.kallsyms]"),
                           ("common_startup_64", "[kernel.kallsyms]"))
    kw = [x for x in got.samples if x.pid == 51][0]
    assert kw.comm == "kworker/u8:3-ev" and kw.cpu == 0
    # a sample line without the period field stands for the given period;
    # the last callchain of the text (no blank line after it) is kept
    last = P.parse_script(open(SCRIPT), period_ns=250000).samples[-1]
    assert last.period_ns == 250000 and last.frames == (("_start", "/usr/bin/python3.11"),)


def test_switches_and_wakes_every_field():
    got = fixture()
    assert got.switches == [
        Switch(t_ns=20484068663001, cpu=0, prev_tid=21903, prev_state="R+", next_tid=18),
        Switch(t_ns=20484093100120, cpu=1, prev_tid=21907, prev_state="S", next_tid=0)]
    assert got.wakes == [
        Wake(t_ns=20484068657340, kind="waking", tid=18, waker_tid=21903, cpu=0),
        Wake(t_ns=20484068661187, kind="wakeup", tid=18, waker_tid=21903, cpu=0),
        Wake(t_ns=20484093200007, kind="waking", tid=21907, waker_tid=0, cpu=1),
        Wake(t_ns=20484093200300, kind="wakeup", tid=21907, waker_tid=0, cpu=1)]


def test_threads_lost_and_unwind_failures():
    got = fixture()
    assert got.tid_pid == {21903: 21903, 21902: 21902, 0: 0, 21907: 21905, 51: 51}
    assert got.comm[21907] == "python3 worker"
    assert got.comm[18] == "migration/0"          # known from trace text only
    assert got.lost == 11
    # the worker's chain ended in perf's unknown marker; one python3 stack
    # stops at _PyEval_EvalFrameDefault (truncated); kernel threads, the idle
    # task and stacks reaching _start are whole
    assert got.unwind_failed == 2


def test_pid_filter_keeps_every_scheduler_event():
    got = P.parse_script(open(SCRIPT), pids={21905})
    assert [s.tid for s in got.samples] == [21907]
    assert len(got.switches) == 2 and len(got.wakes) == 4
    assert got.unwind_failed == 1
    assert got.tid_pid[21902] == 21902        # threads are still all known


def test_exact_ns_without_float():
    assert P.to_ns("20484", "092850438") == 20484092850438
    assert P.to_ns("9007199254", "740993001") == 9007199254740993001   # beyond a double
    assert P.to_ns("1", "5") == 1_500_000_000


def test_folded_root_first_and_written_sorted(tmp_path):
    samples = fixture().samples
    f = P.folded(samples)
    assert f["_PyEval_EvalFrameDefault [python3.11];PyOS_double_to_string [python3.11];"
             "_Py_dg_dtoa [python3.11]"] == 1
    assert sum(f.values()) == len(samples)
    by_comm = P.folded(samples, key=lambda s: s.comm)
    assert by_comm["python3;_start [python3.11]"] == 1
    assert any(k.startswith("python3 worker;[unknown] [python3.11];") for k in by_comm)
    out = tmp_path / "x.folded"
    P.write_folded(out, {"b;c": 2, "a": 5})
    assert out.read_text() == "a 5\nb;c 2\n"


# ------------------------------------------------------------ check()

def test_check_missing_perf():
    skip = P.check(perf="/nonexistent/ipcfloor-no-perf")
    assert isinstance(skip, P.Skip)
    assert "perf" in skip.reason and "linux-perf" in skip.fix


def fake_perf(tmp_path, body):
    path = tmp_path / "perf"
    path.write_text("#!" + PY + "\n" + textwrap.dedent(body))
    path.chmod(0o755)
    return str(path)


def test_check_maps_a_tracepoint_error(tmp_path):
    perf = fake_perf(tmp_path, """
        import sys
        sys.stderr.write("event syntax error: 'sched:sched_switch/call-graph=no/'\\n"
                         "                   \\\\___ unknown tracepoint\\n")
        sys.exit(129)
        """)
    skip = P.check(perf=perf)
    assert isinstance(skip, P.Skip) and "tracepoint" in skip.reason
    assert P.check(perf=perf) is skip                      # cached per process


def test_diagnose_when_not_root(monkeypatch):
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    monkeypatch.setattr(P, "_tracefs_mounted", lambda: True)
    skip = P._diagnose("Error:\nAccess to performance monitoring and observability operations "
                       "is limited.\nperf_event_paranoid setting is 2:\n")
    assert "perf_event_paranoid" in skip.reason and "paranoid=-1" in skip.fix
    skip = P._diagnose("Permission error mapping pages.\nConsider increasing "
                       "/proc/sys/kernel/perf_event_mlock_kb,\n")
    assert "ring buffers" in skip.reason and "perf_event_mlock_kb" in skip.fix
    monkeypatch.setattr(P, "_tracefs_mounted", lambda: False)
    skip = P._diagnose("Error: No permissions to read /sys/kernel/tracing/events/sched/sched_switch\n")
    assert "tracefs" in skip.reason and "mount -t tracefs" in skip.fix


# ------------------------------------------------------------ Recorder with fakes

# Answers `ping` (the readiness signal) the way perf 6.1 does, "ack\n" and
# a NUL, then does what the test asks.
FAKE_RECORDER = """
    import os, signal, subprocess, sys, time
    spec = [a for a in sys.argv if a.startswith("fd:")][0][3:]
    ctl, ack = (int(x) for x in spec.split(","))
    def answer():
        line = b""
        while not line.endswith(b"\\n"):
            line += os.read(ctl, 1)
        os.write(ack, b"ack\\n\\0")
    answer()
    MODE
    """


def alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_stop_after_perf_died(tmp_path):
    perf = fake_perf(tmp_path, FAKE_RECORDER.replace("MODE", "sys.exit(0)"))
    rec = P.Recorder(tmp_path / "x.data", perf=perf)
    rec.start()
    pid = rec.proc.pid
    with pytest.raises(P.RecorderError, match="exited"):
        rec.enable()
    assert rec.stop() == 0
    assert rec.stop() == 0                                 # twice is fine
    assert not alive(pid)


def test_start_reports_why_perf_failed(tmp_path):
    perf = fake_perf(tmp_path, """
        import sys
        sys.stderr.write("fake perf: cannot open the events\\n")
        sys.exit(3)
        """)
    rec = P.Recorder(tmp_path / "x.data", perf=perf)
    with pytest.raises(P.RecorderError, match="cannot open the events"):
        rec.start()
    assert rec.proc is None and rec.returncode == 3


def test_stop_kills_a_perf_that_ignores_sigint(tmp_path):
    # perf and a child of its own in its process group, both deaf to SIGINT:
    # stop() must leave neither behind
    perf = fake_perf(tmp_path, FAKE_RECORDER.replace("MODE", textwrap.dedent("""\
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        subprocess.Popen(["sleep", "60"])
        while True:
            answer()
        """).replace("\n", "\n    ")))
    rec = P.Recorder(tmp_path / "x.data", perf=perf, stop_timeout=0.5)
    with rec:
        rec.enable()
        rec.disable()
        pid = rec.proc.pid
    assert rec.returncode == -signal.SIGKILL
    assert not alive(pid)


# ------------------------------------------------------------ a real capture

CHILD = """
import json, sys, time
xs = [i * 1.1 for i in range(2000)]
print("go", flush=True)
end = time.monotonic() + 0.9
while time.monotonic() < end:
    stop = time.monotonic() + 0.05
    while time.monotonic() < stop:
        json.dumps(xs)
    time.sleep(0.005)
"""


def test_real_capture(tmp_path):
    skip = P.check()
    if skip is not None:
        pytest.skip(f"{skip.reason} (fix: {skip.fix})")
    data = tmp_path / "cell.data"
    slack = 5_000_000
    child = None
    try:
        with P.Recorder(data) as rec:
            perf_pid = rec.proc.pid
            child = subprocess.Popen([PY, "-c", CHILD], stdout=subprocess.PIPE, text=True)
            assert child.stdout.readline().strip() == "go"
            time.sleep(0.1)          # recorded nothing of this: still disabled
            t0 = time.monotonic_ns()
            rec.enable()
            time.sleep(0.3)
            rec.disable()
            t1 = time.monotonic_ns()
            child.wait(timeout=60)
    finally:
        if child is not None and child.poll() is None:
            child.kill()
            child.wait()
    assert rec.proc is None and not alive(perf_pid)
    got = P.parse(data, pids={child.pid})

    mine = [s for s in got.samples if s.tid == child.pid]
    assert mine, "no samples of the child"
    assert all(t0 - slack <= s.t_ns <= t1 + slack for s in got.samples), \
        "samples outside the enabled window"
    assert all(s.period_ns == P.DEFAULT_PERIOD_NS for s in mine)
    syms = {sym for s in mine for sym, _ in s.frames}
    assert any(x.startswith("_PyEval_EvalFrame") for x in syms), sorted(syms)[:40]
    # Debian's python3.11 exports these two of the float formatting path
    # (float_repr itself is static, so "[unknown]")
    assert syms & {"_Py_dg_dtoa", "PyOS_double_to_string"}, sorted(syms)[:40]
    assert any(child.pid in (sw.prev_tid, sw.next_tid) for sw in got.switches)
    assert got.tid_pid[child.pid] == child.pid
    assert got.comm[child.pid].startswith("python3")
