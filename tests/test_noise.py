"""Robustness of results: noise is flagged by the spread, never hidden.

A row whose spread ((max - min) / median of the repetitions) is over
NOISY_SPREAD carries `noisy=spread X>T` in its notes and NOISY on the human
line; a row at or under it carries neither.  Under a CPU hog pinned to the
other CPU a run still completes with status ok, and on every row the flag
agrees with the spread column.  Whether the hog makes a given row noisy is not
asserted (it depends on the host); the exact threshold is checked with the
IPCFLOOR_REP_VALUES hook, which sets the repetition values.
"""
import os
import re
import subprocess
import time

import pytest

from conftest import BIN, PY, TOP, csv_row, sweep_conf

NOISY_SPREAD = 0.25	# micro/internal.h NOISY_SPREAD, documented in results/README.md


def flagged(row):
    m = re.search(r"(?:^|;)noisy=spread ([0-9.e+-]+)>([0-9.]+)", row["notes"])
    if m:
        assert float(m.group(2)) == NOISY_SPREAD
        assert float(m.group(1)) == pytest.approx(float(row["spread"]), rel=1e-5)
    return bool(m)


def consistent(row):
    assert row["status"] == "ok", row
    spread = float(row["spread"])
    assert flagged(row) == (spread > NOISY_SPREAD), \
        f"spread {spread} but notes {row['notes']!r}"
    # rep_values reproduce the spread
    v = sorted(float(x) for x in row["rep_values"].split(";"))
    med = v[len(v) // 2] if len(v) % 2 else (v[len(v) // 2 - 1] + v[len(v) // 2]) / 2
    assert (v[-1] - v[0]) / med == pytest.approx(spread, rel=1e-3, abs=1e-6)


@pytest.fixture
def hog():
    """A busy loop pinned to the last CPU (the other one of a cross-core pair)."""
    cpu = os.cpu_count() - 1
    p = subprocess.Popen(["taskset", "-c", str(cpu), PY, "-c", "while 1: pass"])
    time.sleep(0.2)
    yield cpu
    p.kill()
    p.wait()


@pytest.mark.parametrize("prim,mode,size", [("pipe", "lat", "64"), ("pipe", "bw", "64K"),
                                            ("shm", "lat", "64"), ("socketpair", "lat", "4K")])
def test_run_under_a_hog_completes_and_flag_matches_spread(hog, prim, mode, size):
    placement = "cross-core" if os.cpu_count() > 1 else "same-cpu"
    r = subprocess.run([os.path.join(BIN, prim), "--mode", mode, "--size", size, "--placement",
                        placement, "--reps", "7", "--time", "0.7", "--warmup", "0.05",
                        "--format", "csv"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    row = csv_row(r.stdout)
    consistent(row)
    print(f"{prim} {mode} {size} {placement} beside a hog on CPU {hog}: spread {row['spread']}"
          f"{' NOISY' if flagged(row) else ''}")


def test_human_line_says_noisy_exactly_when_flagged(hog):
    for _ in range(3):
        r = subprocess.run([os.path.join(BIN, "pipe"), "--placement", "unpinned", "--reps", "5",
                            "--time", "0.3", "--warmup", "0.01"], capture_output=True,
                           text=True, timeout=60)
        assert r.returncode == 0, r.stderr
        m = re.search(r"spread ([0-9.]+)%( NOISY)?", r.stdout)
        assert m, r.stdout
        pct = float(m.group(1))
        # the human line rounds to 0.1 %: stay clear of the edge
        if abs(pct - 100 * NOISY_SPREAD) > 0.1:
            assert bool(m.group(2)) == (pct > 100 * NOISY_SPREAD), r.stdout
        assert ("noisy=spread" in r.stdout) == bool(m.group(2))


@pytest.mark.parametrize("values,spread,noisy", [
    ("100;100;100;100;100", 0.0, False),
    ("100;100;100;100;125", 0.25, False),	# at the threshold: not over it
    ("100;100;100;100;126", 0.26, True),
    ("80;100;100;100;100", 0.2, False),
    ("100;200", 100 / 150, True),
    ("50;100;100;100;100;100;100", 0.5, True),
])
@pytest.mark.parametrize("mode", ["lat", "bw"])
def test_threshold_exactly(values, spread, noisy, mode):
    env = dict(os.environ, IPCFLOOR_REP_VALUES=values)
    n = len(values.split(";"))
    r = subprocess.run([os.path.join(BIN, "pipe"), "--mode", mode, "--reps", str(n), "--iters",
                        "5", "--warmup", "0.001", "--format", "csv"], capture_output=True,
                       text=True, timeout=60, env=env)
    assert r.returncode == 0, r.stderr
    row = csv_row(r.stdout)
    assert float(row["spread"]) == pytest.approx(spread, abs=1e-5)
    assert flagged(row) == noisy, row["notes"]
    consistent(row)


def test_quiet_rows_are_consistent_too():
    for args in (["--placement", "same-cpu"], ["--mode", "bw", "--size", "64K"]):
        r = subprocess.run([os.path.join(BIN, "pipe"), *args, "--reps", "5", "--time", "0.2",
                            "--warmup", "0.01", "--format", "csv"], capture_output=True,
                           text=True, timeout=60)
        assert r.returncode == 0, r.stderr
        consistent(csv_row(r.stdout))


def test_report_counts_and_lists_noisy_rows(tmp_path):
    """A sweep whose every row is noisy: REPORT.md counts them all.  The sweep
    runs one repetition per pass, so the spread is made where it arises: each
    cell's passes are merged again from two passes forced to 100 and 200."""
    from ipcfloor.passes import merge, noisy_spread
    conf = tmp_path / "sweep.conf"
    sweep_conf(conf)
    out = tmp_path / "run"
    r = subprocess.run([PY, os.path.join(TOP, "scripts", "sweep.py"), "--kind", "quick", "--conf",
                        str(conf), "--out", str(out), "--no-stages"], capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    lines = (out / "micro.csv").read_text().splitlines()
    header = lines[0].split(",")
    rows = [dict(zip(header, ln.split(",", len(header) - 1))) for ln in lines[1:]]
    with open(out / "micro.csv", "w") as f:
        f.write(lines[0] + "\n")
        for row in rows:
            if row["status"] == "ok":
                row = merge(header, [dict(row, rep_values=v) for v in ("100", "200")],
                            noisy_spread())
            f.write(",".join(row[h] for h in header) + "\n")
    r = subprocess.run([PY, os.path.join(TOP, "scripts", "report.py"), str(out)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    text = (out / "REPORT.md").read_text()
    assert "4 rows ok (4 noisy)" in text
    section = text.split("## Noisy rows")[1].split("\n## ")[0]
    assert "4 ok rows are flagged noisy" in section
    assert "| pipe | default | lat | same-cpu | 64 B, 4 KiB | 0.67 |" in section
    assert "| pipe | default | bw | same-cpu | 64 B, 4 KiB | 0.67 |" in section


def test_threshold_documented():
    with open(os.path.join(TOP, "results", "README.md")) as f:
        doc = f.read()
    assert "noisy=spread" in doc and str(NOISY_SPREAD) in doc
    with open(os.path.join(TOP, "micro", "internal.h")) as f:
        src = f.read()
    assert re.search(r"#define NOISY_SPREAD\s+%s\b" % re.escape(str(NOISY_SPREAD)), src)
