"""The explain pass of the transport harness, run for real (issue 11): a short
traced run of one HTTP and one multiprocessing transport at 8 KiB, whose
ledger must add up to the traced wall time the client measured with its own
clock, and the same run without perf, which must be a skip with its fix while
the timed results stand."""
import csv
import glob
import os
import subprocess
import sys

import pytest

from conftest import PY, TOP

sys.path.insert(0, os.path.join(TOP, "scripts"))
from ipcfloor.timeline import perf  # noqa: E402

RUN = os.path.join(TOP, "scripts", "transports", "run.py")


def rows(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def run_harness(out, env=None, only="http_json,mp_pipe"):
    cmd = [PY, RUN, "--out", str(out), "--only", only, "--sizes", "8K",
           "--patterns", "published", "--budget", "0.1", "--trace-sizes", "8K",
           "--no-components", "--no-counts"]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=600, env=env)


def test_traced_run_adds_up(tmp_path):
    skip = perf.check()
    if skip:
        pytest.skip("perf cannot record here: %s" % skip.reason)
    r = run_harness(tmp_path)
    assert r.returncode == 0, r.stderr[-2000:]
    cells = {(c["transport"], c["variant"]): c for c in rows(tmp_path / "explain-cells.csv")}
    assert set(cells) == {("http_json", "default"), ("mp_pipe", "send"),
                          ("mp_pipe", "send_bytes")}
    ledger = rows(tmp_path / "explain.csv")
    for (t, v), c in cells.items():
        assert c["status"] == "ok", c
        assert int(c["traced_requests"]) >= 3
        mine = [x for x in ledger if (x["transport"], x["variant"]) == (t, v)]
        total = sum(float(x["seconds"]) for x in mine)
        # the stamps' windows and the client's perf_counter around the same
        # requests: two clocks, one wall time
        assert total == pytest.approx(float(c["traced_wall_s"]), rel=0.05), (t, v)
        assert sum(float(x["share"]) for x in mine) == pytest.approx(1.0, abs=1e-6)
        assert abs(float(c["unattributed_s"])) <= 0.05 * total, (t, v)
        # both sides are named: the client's stages and the server's
        stages = {x["stage"].split(":")[0] for x in mine}
        assert {"client", "server"} <= stages, (t, v, stages)
        assert c["untraced_p50_s"] != "" and c["overhead"] != ""
        folded = tmp_path / "stacks" / ("%s-%s-8192-published.folded" % (t, v))
        lines = folded.read_text().splitlines()
        assert lines and all(ln.rsplit(" ", 1)[1].isdigit() for ln in lines)
    # the HTTP cell names its layers on both sides
    http = {x["stage"] for x in ledger if x["transport"] == "http_json"}
    for stage in ("client:http request", "server:route+validate", "server:draw",
                  "server:encode+render"):
        assert stage in http, http
    # perf.data went with the trace folder: only the CSVs and stacks stay
    assert not glob.glob(str(tmp_path / "**" / "perf.data"), recursive=True)


def test_without_perf_the_pass_is_a_skip(tmp_path):
    """perf absent from PATH: every traced cell is a skip naming perf and the
    fix, and the timed rows stand."""
    env = dict(os.environ, PATH=str(tmp_path / "nobin"))
    r = run_harness(tmp_path / "out", env=env, only="mp_pipe")
    assert r.returncode == 0, r.stderr[-2000:]
    assert "explain pass skipped" in r.stderr
    cells = rows(tmp_path / "out" / "explain-cells.csv")
    assert len(cells) == 2
    for c in cells:
        assert c["status"] == "skip"
        assert "perf" in c["reason"] and "linux-perf" in c["reason"]
    timed = rows(tmp_path / "out" / "transports.csv")
    assert timed and all(x["status"] == "ok" for x in timed)
    assert rows(tmp_path / "out" / "explain.csv") == []


def test_overhead_pairs_adjacent_blocks():
    """Each traced block against the untraced block right after it: a drift
    of the whole cell (here 2x between the first and the second half) leaves
    the ratio alone, where a ratio of the two medians would take it in."""
    from ipcfloor.timeline.cells import paired_overhead
    traced = [1.1, 1.1, 2.2, 2.2, 2.2]
    untraced = [1.0, 1.0, 2.0, 2.0, 2.0]
    assert paired_overhead(traced, untraced, 1) == pytest.approx(0.1)
    # blocks of two: pairs (1.1, 1.1 | 1.0, 1.0) and (2.2, 2.2 | 2.0, 2.0)
    assert paired_overhead(traced[:4], untraced[:4], 2) == pytest.approx(0.1)
    assert paired_overhead([1.0], [], 1) == ""


def test_median_interval_order_statistics():
    """The distribution-free 95% interval of a median: ranks 6 and 15 of 20
    (binomial tails of 2.1% each), min and max of 6 (1/64 each), none of 5."""
    from ipcfloor.timeline.cells import median_interval, overhead_interval
    v = list(range(20, 0, -1))            # unsorted on purpose
    assert median_interval(v) == (6, 15)
    assert median_interval([3, 1, 2, 6, 5, 4]) == (1, 6)
    assert median_interval([1, 2, 3, 4, 5]) is None
    # the overhead's interval is the pair ratios' - 1
    traced = [1.0 + i / 100 for i in range(20)]
    low, high = overhead_interval(traced, [1.0] * 20, 1)
    assert (low, high) == (pytest.approx(0.05), pytest.approx(0.14))
    assert overhead_interval([1.1] * 5, [1.0] * 5, 1) == ("", "")


def test_trace_extends_while_overhead_is_wide():
    """More pairs only while the interval is wider than +-5%: the stopping
    rule reads the interval's width, never the estimate itself."""
    w = _tracepass()
    assert w.overhead_wide([1.0] * 5, [1.0] * 5, 1)             # no interval yet
    assert not w.overhead_wide([1.0] * 20, [1.0] * 20, 1)        # 0 +- 0
    # pair ratios spread 0.7 .. 1.3: ranks 6 and 15 lie 0.2 apart or more
    spread = [0.7 + 0.6 * i / 19 for i in range(20)]
    assert w.overhead_wide(spread, [1.0] * 20, 1)
    # the same spread shifted by +30%: as wide, so still wide
    assert w.overhead_wide([x + 0.3 for x in spread], [1.0] * 20, 1)


def _tracepass():
    sys.path.insert(0, os.path.join(TOP, "scripts", "transports"))
    import tracepass
    return tracepass


class _Opts:
    transport, trace_requests = "mp_pipe", 20


def _pairs(plan, block):
    assert len(plan) % (2 * block) == 0
    return [plan[i:i + 2 * block] for i in range(0, len(plan), 2 * block)]


def test_trace_plan_pairs_in_random_order():
    """Every pair is one traced and one untraced block of the same length, in
    an order drawn per pair: a cell whose requests alternate slow and fast
    must not see all its traced requests land on the slow ones."""
    w = _tracepass()
    plan, block = w.trace_plan(1204224, _Opts, 0.006, seed="a")
    assert block == 2                     # a 6 ms request: blocks of two
    pairs = _pairs(plan, block)
    assert len(pairs) == 41                # 0.5 s of 12 ms blocks
    for p in pairs:
        assert p in ([True] * 2 + [False] * 2, [False] * 2 + [True] * 2)
    firsts = {p[0] for p in pairs}
    assert firsts == {True, False}
    assert w.trace_plan(1204224, _Opts, 0.006, seed="a") == (plan, block)
    assert w.trace_plan(1204224, _Opts, 0.006, seed="b")[0] != plan
    # traced requests sit at odd and even positions alike
    at = [i % 2 for i, on in enumerate(w.trace_plan(1204224, _Opts, 0.3, seed="c")[0]) if on]
    assert 0 in at and 1 in at


def test_trace_plan_sizes():
    w = _tracepass()
    # 64 B requests of 50 us: 10 ms blocks, as many pairs as the stamp
    # files hold (0.5 s would be 10,000 requests)
    plan, block = w.trace_plan(64, _Opts, 50e-6, seed=1)
    assert block == 200 and plan.count(True) == w.TRACE_MAX_REQUESTS
    # 64 B requests of 1.3 ms: as many pairs as fill 0.5 s
    plan, block = w.trace_plan(64, _Opts, 1.3e-3, seed=1)
    assert block == 7 and plan.count(True) == 54 * 7
    # 38.5 MB requests of ~0.5 s: still 20 traced ones
    plan, block = w.trace_plan(38535168, _Opts, 0.47, seed=1)
    assert (block, plan.count(True), plan.count(False)) == (1, 20, 20)
    # over the traced-time cap: fewer, never under 3
    plan, block = w.trace_plan(38535168, _Opts, 2.0, seed=1)
    assert plan.count(True) == 7
    # one request over 5 s: all traced, the timed requests stand for the rest
    plan, block = w.trace_plan(38535168, _Opts, 12.0, seed=1)
    assert plan == [True] * 3 and block == 3


def test_timed_request_traced_at_the_largest_sizes(tmp_path):
    """From --trace-timed-from on (1 GiB in make run, where one request takes
    3-300 s) the cell's one timed request is its traced one: its row says so,
    its explain-cells row has one traced request and no overhead, and its
    ledger still sums to the client's own clock."""
    skip = perf.check()
    if skip:
        pytest.skip("perf cannot record here: %s" % skip.reason)
    # 1 MiB, not 8 KiB: with one request a cell, the ~20 us between the
    # stamps and the client's clock around it would be 5% of an 8 KiB one
    cmd = [PY, RUN, "--out", str(tmp_path), "--only", "mp_pipe", "--sizes", "1M",
           "--patterns", "published", "--budget", "0.1", "--trace-sizes", "1M",
           "--trace-timed-from", "1M", "--no-components", "--no-counts"]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    timed = rows(tmp_path / "transports.csv")
    assert {x["variant"] for x in timed} == {"send", "send_bytes"}
    for row in timed:
        assert row["status"] == "ok" and row["requests"] == "1", row
        assert "traced one" in row["note"], row
    ledger = rows(tmp_path / "explain.csv")
    for c in rows(tmp_path / "explain-cells.csv"):
        assert c["status"] == "ok", c
        assert c["traced_requests"] == "1" and c["overhead"] == "" and c["untraced_p50_s"] == ""
        assert "overhead not measured" in c["reason"]
        mine = [x for x in ledger if x["variant"] == c["variant"]]
        assert sum(float(x["seconds"]) for x in mine) == pytest.approx(
            float(c["traced_wall_s"]), rel=0.05)
    assert "--trace-timed-from" in subprocess.run(
        [PY, RUN, "--help"], capture_output=True, text=True).stdout
    bad = subprocess.run(cmd[:-4] + ["--trace-timed-from", "10Z"], capture_output=True,
                         text=True)
    assert bad.returncode == 2 and "10Z" in bad.stderr


def test_a_failed_pass_takes_the_harness_next(monkeypatch):
    """perf did not start: the client reports it in the cell's trace event
    and then takes the harness's "next", which answers every trace event,
    so that the word is not left in the socket where the next cell awaits
    its "go" (it used to be, and the next cell read "next" as its answer)."""
    import json
    import socket
    tp_mod = _tracepass()
    client, harness = socket.socketpair()
    events = []

    def emit(ev):
        events.append(json.loads(json.dumps(ev)))
        if ev["event"] == "trace":
            harness.send(b"next")          # as run.py's end_trace does
    monkeypatch.setattr(tp_mod, "emit", emit)
    monkeypatch.setattr(tp_mod.stamps, "switch", lambda on: None)

    class Tr:
        def sides(self):
            return {"server": [1]}

    class Opts:
        trace_req = 0

    harness.send(b"perf did not start: no such file")
    tp = tp_mod.TracePass(Tr(), 8192, "published", Opts, client)
    assert tp.open(1, 0.01) is False
    assert [e["event"] for e in events] == ["trace_ready", "trace"]
    assert events[1]["error"].startswith("perf did not start") and events[1]["traced_s"] == []
    harness.send(b"go")
    assert client.recv(16) == b"go"
    client.close()
    harness.close()
