"""Tests of the measured timeline in EXPLAIN.md (scripts/ipcfloor/timeline/render.py,
driven by scripts/explain.py) on a small synthetic run folder: the folder of
tests/test_explain.py plus a hand-made ledger (explain.csv) and cell list
(explain-cells.csv) whose numbers are known.

Run: /usr/bin/python3 -m pytest -q tests/test_timeline_render.py
"""
import csv
import os
import re
import subprocess

import pytest

import test_explain as te
from ipcfloor.timeline import render

PY = "/usr/bin/python3"
K, M = te.K, te.M
CELL_COLS = ("transport variant size_bytes pattern traced_requests traced_p50_s untraced_p50_s "
             "overhead unattributed_s unknown_cpu_share predicted_s samples lost status reason").split()
PERF_MISSING = "perf: not found (fix: as root: apt-get install -y linux-perf (or: make deps))"
# transport, variant, size, pattern, requests, traced p50, untraced p50, status, reason
CELLS = [
    ("mp_pipe", "send_bytes", M, "transport-only", 4, 1.6e-3, 1.5e-3, "ok", ""),
    ("http_base64", "default", M, "transport-only", 2, 6e-3, 5e-3, "ok", ""),
    ("shared_memory", "reused", M, "transport-only", 0, "", "", "skip", PERF_MISSING),
    ("mp_pipe", "send_bytes", K, "transport-only", 10, 22e-6, 20e-6, "ok", ""),
]
# per cell: stage, category, seconds summed over its traced requests
LEDGER = {
    ("mp_pipe", "send_bytes", M): [
        ("client:recv+unpickle", "kernel copies", 2.4e-3),     # 600 us per request
        ("server:pickle+send", "socket stack", 1.6e-3),        # 400 us
        ("client:ndarray", "numpy", 0.8e-3),                   # 200 us
        ("client:idle", "scheduling: wake-up path", 0.6e-3),
        ("client:recv+unpickle", "unattributed", 0.4e-3),      # largest after these: no cost named
        ("server:draw", "interpreter", 1e-6),                  # below 0.1%: folded in the table
        ("server:start", "interpreter", 2e-6),
    ],
    ("http_base64", "default", M): [
        ("client:json decode", "base64", 5e-3),
        ("server:encode+render", "base64", 3e-3),
        ("client:http body", "libc copies", 0.3e-3),           # 2.7%: no third cost named
        ("client:idle", "off-cpu: nobody of the cell running", 0.2e-3),
    ],
    ("mp_pipe", "send_bytes", K): [
        ("client:recv+unpickle", "interpreter", 150e-6),
        ("server:pickle+send", "scheduling, futex and epoll", 50e-6),
    ],
}


def ledger_rows():
    out = []
    for (t, v, s), rows in LEDGER.items():
        tot = sum(x for _, _, x in rows)
        out += [(t, v, s, "transport-only", st, cat, "%.9g" % x, "%.9g" % (x / tot))
                for st, cat, x in rows]
    return out


def make_measured(d):
    te.make_run(d)
    te.write_csv(os.path.join(d, "explain.csv"), render.LEDGER_COLUMNS, ledger_rows())
    te.write_csv(os.path.join(d, "explain-cells.csv"), CELL_COLS, [
        (t, v, s, p, n, tp, up, ("%.9g" % (tp / up - 1)) if up else "", "", 0.02 if n else "", "",
         1000 * n, 0, st, r) for t, v, s, p, n, tp, up, st, r in CELLS])
    return d


def run_explain(d, *extra):
    r = subprocess.run([PY, te.SCRIPT, d, *extra], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return r


def cells_of(d):
    with open(os.path.join(d, "explain-cells.csv"), newline="") as f:
        return {(r["transport"], r["variant"], int(r["size_bytes"]), r["pattern"]): r
                for r in csv.DictReader(f)}


@pytest.fixture(scope="module")
def measured(tmp_path_factory):
    d = make_measured(str(tmp_path_factory.mktemp("timeline") / "run"))
    with open(os.path.join(d, "explain.csv"), "rb") as f:
        ledger = f.read()
    r = run_explain(d)
    return d, r.stdout, ledger, open(os.path.join(d, "EXPLAIN.md")).read()


def test_sentence_names_top_costs_in_order(measured):
    d, out, _, md = measured
    s = ("mp_pipe/send_bytes 1.05 MB (transport-only): 1.6 ms per request, of which "
         "600 µs (41%) client:recv+unpickle in kernel copies, 400 µs (28%) server:pickle+send in "
         "socket stack and 200 µs (14%) client:ndarray in numpy.")
    assert "- " + s in md
    assert s in out
    # a third cost under 5% is not named; two always are
    assert ("http_base64 1.05 MB (transport-only): 6 ms per request, of which 2.5 ms (59%) "
            "client:json decode in base64 and 1.5 ms (35%) server:encode+render in base64.") in md
    # the opening comes first, before the model's prediction
    assert md.index("## Where a request's time goes, measured") < md.index("## Predicted from the primitives")
    opening = md.split("## Measured beside predicted")[0]
    assert "unattributed" not in opening.split("tables further down.")[1]


def test_table_shares_sum_to_100(measured):
    d, _, _, md = measured
    tables = md.split("## The measured ledger, per cell")[1].split("\n## ")[0]
    sections = re.split(r"\n### ", tables)[1:]
    assert len(sections) == 3                          # the skipped cell has no ledger
    for sec in sections:
        rows = [ln for ln in sec.splitlines() if ln.startswith("| ") and not ln.startswith(
            ("| stage", "| **total**"))]
        shares = [float(ln.rstrip(" |").rsplit("|", 1)[1].strip().rstrip("%")) for ln in rows]
        assert sum(shares) == pytest.approx(100, abs=0.3), sec
        assert "| **total** |" in sec and "100.0%" in sec.split("| **total** |")[1]
    mp = [s for s in sections if s.startswith("mp_pipe/send_bytes 1.05 MB")][0]
    assert "| (2 more, each below 0.1%) |" in mp       # the two tiny rows folded, not dropped
    assert "| client:recv+unpickle | kernel copies | 600 µs | 41.4% |" in mp
    # largest first
    lines = [ln for ln in mp.splitlines() if ln.startswith("| client:") or ln.startswith("| server:")]
    assert lines[0].startswith("| client:recv+unpickle | kernel copies")
    assert lines[1].startswith("| server:pickle+send")


def test_skip_cell_shows_reason(measured):
    d, out, _, md = measured
    assert "- shared_memory/reused 1.05 MB (transport-only): not traced (skip): %s." % PERF_MISSING in md
    summary = md.split("## Measured beside predicted")[1].split("\n## ")[0]
    row = [ln for ln in summary.splitlines() if ln.startswith("| shared_memory/reused")]
    assert len(row) == 1 and PERF_MISSING in row[0]
    assert PERF_MISSING in out


def test_predicted_filled(measured):
    d, _, _, md = measured
    cells = cells_of(d)
    mp = cells[("mp_pipe", "send_bytes", M, "transport-only")]
    # test_explain's known parts: 1500 us total - 19.8 residual - 11.2 fixed
    # - 10 wake-ups (5 x 2 us) - 256 faults (256 x 1 us), the parts left out
    # of the prediction for their defects (transport-only: no generation)
    assert float(mp["predicted_s"]) == pytest.approx(1203e-6, rel=1e-6)
    # the model misses base64_decode and tcp for http_base64: no prediction
    assert cells[("http_base64", "default", M, "transport-only")]["predicted_s"] == ""
    assert cells[("mp_pipe", "send_bytes", K, "transport-only")]["predicted_s"] != ""
    # the other columns are as the transport stage wrote them
    assert mp["traced_p50_s"] == "0.0016" and mp["status"] == "ok" and mp["samples"] == "4000"
    assert cells[("shared_memory", "reused", M, "transport-only")]["reason"] == PERF_MISSING
    # measured (untraced 1.5 ms) / predicted (1.203 ms) = 1.25
    row = [ln for ln in md.splitlines() if ln.startswith("| mp_pipe/send_bytes 1.05 MB")][0]
    assert "| 1.2 ms | 1.2x |" in row


def test_measured_ledger_never_overwritten(measured):
    d, _, ledger, _ = measured
    with open(os.path.join(d, "explain.csv"), "rb") as f:
        assert f.read() == ledger
    with open(os.path.join(d, "predicted.csv"), newline="") as f:
        assert "part" in next(csv.reader(f))


def test_missing_measured_files_named(tmp_path):
    d = te.make_run(str(tmp_path / "r"))
    r = run_explain(d, "--no-plot")
    line = ("no measured timeline: explain.csv and explain-cells.csv are missing (the transport "
            "stage writes them when perf is available; run make run)")
    md = open(os.path.join(d, "EXPLAIN.md")).read()
    assert line in md and line in r.stdout
    assert not os.path.exists(os.path.join(d, "explain.csv"))
    assert not os.path.exists(os.path.join(d, "explain-cells.csv"))
    assert "## Predicted from the primitives" in md            # the prediction still stands
    assert os.path.getsize(os.path.join(d, "predicted.csv")) > 0


def test_old_model_table_is_no_ledger(tmp_path):
    """A folder explained before the ledger existed has the model's table under
    the ledger's name: it is named as such, and left as it is."""
    d = te.make_run(str(tmp_path / "r"))
    old = "transport,variant,size_bytes,pattern,part,seconds,share,count,unit_s,source,note\n"
    with open(os.path.join(d, "explain.csv"), "w") as f:
        f.write(old)
    r = run_explain(d, "--no-plot")
    assert open(os.path.join(d, "explain.csv")).read() == old
    assert "not the measured ledger" in r.stdout
    assert "explain-cells.csv is missing" in open(os.path.join(d, "EXPLAIN.md")).read()


def test_plot_has_one_bar_per_traced_cell(measured):
    d, _, _, md = measured
    gp = open(os.path.join(d, "plots", "timeline-%d.gp" % M)).read()
    bars = re.findall(r"^# bar \d+: (.*)$", gp, re.M)
    # the two ok cells at 1 MiB; the skipped one has no bar
    assert [b.split()[0] for b in bars] == ["mp_pipe/send_bytes", "http_base64"]
    ytics = re.search(r"set ytics \((.*)\) nomirror", gp).group(1)
    assert ytics.count('",') + ytics.count('" ') == 2
    assert "share of the traced wall time per request" in gp
    # a category has the same colour whatever the cell or size
    assert gp.count('fc rgb "#56B4E9"') >= 1 and "libc copies" in gp
    assert os.path.exists(os.path.join(d, "plots", "timeline-%d.gp" % K))
    # nothing else lands in plots/ (a data block's name once became a file name)
    assert {n.rsplit(".", 1)[0] for n in os.listdir(os.path.join(d, "plots"))} <= {
        "timeline-%d" % K, "timeline-%d" % M} | {"explain-%d-%s" % (s, p) for s in (K, M)
                                                 for p in ("published", "transport-only")}
    assert "timeline-%d.png" % M in md


def test_plot_script_pure():
    bars = [("a  1 ms", [("numpy", 0.5), ("interpreter", 0.5)]),
            ("b  2 ms", [("some new category", 0.9), ("unattributed", 0.1)]),
            ("c  3 ms", [("pickle", 1.0)])]
    gp = render.plot_script("timeline-64", 64, bars)
    assert len(re.findall(r"^# bar \d+:", gp, re.M)) == 3
    # stacking order: the fixed table's, an unknown category before unattributed
    assert gp.index("# interpreter") < gp.index("# numpy") < gp.index("# some new category") \
        < gp.index("# unattributed")
