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
