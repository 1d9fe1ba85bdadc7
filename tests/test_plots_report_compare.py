"""Tests of scripts/plots.py, scripts/report.py and scripts/compare.py on
synthetic result folders that follow results/README.md (schema version 1).

Run: /usr/bin/python3 -m pytest -q tests/test_plots_report_compare.py
make_run() is also usable by hand to get a folder to look at:
  /usr/bin/python3 -c 'import sys; sys.path.insert(0, "tests"); \
      import test_plots_report_compare as t; t.make_run("/tmp/r")'
"""
import json
import os
import subprocess

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPTS = os.path.join(os.path.dirname(HERE), "scripts")

from ipcfloor import comparison as compare  # noqa: E402
from ipcfloor import stats  # noqa: E402
from ipcfloor import report  # noqa: E402

PY = "/usr/bin/python3"

COLUMNS = ("primitive variant mode size_bytes placement cpus reps iters batch "
           "p50_ns p90_ns p99_ns p999_ns min_ns max_ns mean_ns gbps msgs_per_s "
           "ctxsw_per_msg invol_ctxsw_per_msg faults_per_msg user_ns_per_msg "
           "sys_ns_per_msg cpu_ns_per_msg a_cpu_ns_per_msg b_cpu_ns_per_msg "
           "rep_values spread clock_ns notes status reason").split()

GIB = 1 << 30
SIZES = sorted({4 ** k * 64 for k in range(13)} | {1204224, 4 << 20, 38535168})

# primitive, variant, base one-way ns, copy GB/s, max size (None: all),
# cross-core factor at small sizes.  "shm/spin" is the small-size winner,
# "memfd/pooled-touch" the large-size winner, "pipe" the best copying one.
PRIMS = [
    ("pipe", "default", 2500.0, 4.0, None, 0.8),
    ("socketpair", "stream", 3000.0, 3.5, None, 1.2),
    ("socketpair", "seqpacket", 3200.0, 3.0, 65536, 1.2),
    ("shm", "spin", 60.0, 3.0, None, 3.0),
    ("memfd", "pooled-handoff", 900.0, 400.0, None, 1.5),
    ("memfd", "pooled-touch", 900.0, 12.0, None, 1.5),
    ("mq", "default", 2000.0, 2.5, 8192, 1.1),
]
# what the sweep records in meta.json from the programs' --list flags
FLOOR_PRIMS = {"memcpy", "cacheline", "nullsyscall", "futexwake", "pagefault", "mmap"}
FLOORS = [("memcpy", "warm", 5.0, 20.0, None, 1.0),
          ("cacheline", "", 60.0, 1e9, 64, 1.0),
          ("nullsyscall", "", 40.0, 1e9, 64, 1.0)]


def _row(**kw):
    r = {c: "" for c in COLUMNS}
    r.update({k: str(v) for k, v in kw.items()})
    return r


def _reps(center, n, spread, scale=1.0):
    """n deterministic values around center: center * (1 + spread*(i - mid))."""
    mid = (n - 1) / 2
    return [center * scale * (1 + spread * (i - mid)) for i in range(n)]


def make_run(path, machine="synth-2cpu", run_id="20261121-150000-full", factor=1.0,
             reps=5, complete=True, schema=1, spread=0.01, prims=None,
             placements=("same-cpu", "cross-core"), incomplete_file=False):
    """Write a synthetic result folder.  factor multiplies every latency and
    divides every throughput (factor 2: B is twice as slow)."""
    os.makedirs(path, exist_ok=True)
    rows = []
    for prim, var, base, bw, maxsize, xfac in (prims or PRIMS + FLOORS):
        floor = prim in FLOOR_PRIMS
        for pl in ((placements[0],) if floor and prim != "cacheline" else placements):
            for mode in ("lat", "bw"):
                # crossing cores scales latency only, so the penalty is exact
                cf = xfac if pl == "cross-core" and mode == "lat" else 1.0
                if floor and mode == "bw" and prim != "memcpy":
                    continue
                for size in SIZES:
                    key = dict(primitive=prim, variant=var, mode=mode, size_bytes=size,
                               placement=pl, cpus="0;1" if pl == "cross-core" else "0;0")
                    if maxsize is not None and size > maxsize:
                        if not floor:
                            rows.append(_row(status="skip", reason="size %d over the limit "
                                             "%d (/proc/sys/fs/mqueue/msgsize_max)"
                                             % (size, maxsize), **key))
                        continue
                    lat = (base + size / bw) * cf * factor
                    vals = _reps(lat, reps, spread)
                    common = dict(reps=reps, iters=1000, batch=1,
                                  ctxsw_per_msg="%.4g" % (0 if var == "spin" else 1 + size / 65536),
                                  invol_ctxsw_per_msg=0, faults_per_msg=0,
                                  user_ns_per_msg="%.1f" % (lat * 0.3),
                                  sys_ns_per_msg="%.1f" % (lat * 0.7),
                                  cpu_ns_per_msg="%.1f" % (lat * (2 if var == "spin" else 1)),
                                  a_cpu_ns_per_msg="%.1f" % (lat / 2),
                                  b_cpu_ns_per_msg="%.1f" % (lat / 2),
                                  clock_ns=20, notes="pipe_bytes=1048576", status="ok",
                                  spread="%.4f" % (spread * (reps - 1)))
                    if mode == "lat":
                        rows.append(_row(p50_ns="%.1f" % lat, p90_ns="%.1f" % (lat * 1.2),
                                         p99_ns="%.1f" % (lat * 1.6),
                                         p999_ns="%.1f" % (lat * 2.5),
                                         min_ns="%.1f" % (lat * 0.9),
                                         max_ns="%.1f" % (lat * 4),
                                         mean_ns="%.1f" % (lat * 1.1),
                                         rep_values=";".join("%.1f" % v for v in vals),
                                         **key, **common))
                    else:
                        g = size / lat
                        gv = [size / v for v in vals]
                        rows.append(_row(gbps="%.4g" % g, msgs_per_s="%.4g" % (1e9 / lat),
                                         rep_values=";".join("%.5g" % v for v in gv),
                                         **key, **common))
    for pl in placements[:1]:
        rows.append(_row(primitive="pipe", variant="", mode="lat", size_bytes=64,
                         placement="cross-numa", cpus="", status="skip",
                         reason="cross-numa: 1 NUMA node"))
    rows.append(_row(primitive="socketpair", variant="stream", mode="bw", size_bytes=GIB,
                     placement="smt", cpus="0;1", status="fail",
                     reason="peer timed out after 30 s"))
    with open(os.path.join(path, "micro.csv"), "w") as f:
        f.write(",".join(COLUMNS) + "\n")
        for r in rows:
            f.write(",".join(r[c] for c in COLUMNS) + "\n")
    meta = {"schema_version": schema, "complete": complete, "kind": "full",
            "run_id": run_id, "machine": machine, "started": "2026-11-21T15:00:00Z",
            "finished": "2026-11-21T15:40:00Z", "cpu_model": "Synthetic CPU @ 2.20GHz",
            "cpus_online": 2, "cores": 1, "threads_per_core": 2, "sockets": 1,
            "numa_nodes": 1, "caches": {"L1d": "32K", "L2": "1M", "L3": "38.5M"},
            "placements": {"same-cpu": {"status": "ok", "cpus": "0,0"},
                           "cross-core": {"status": "ok", "cpus": "0,1"},
                           "cross-numa": {"status": "skip",
                                          "reason": "cross-numa: 1 NUMA node"}},
            "kernel": "6.1.0-synthetic", "governor": None, "turbo": None,
            "thp": "madvise", "compiler": "gcc 12.2.0", "cflags": "-O2",
            "suite_revision": "v0-synthetic", "clock_overhead_ns": 20,
            "sweep": {"reps": reps}, "floors": sorted(FLOOR_PRIMS)}
    with open(os.path.join(path, "meta.json"), "w") as f:
        json.dump(meta, f, indent=1)
    if incomplete_file:
        open(os.path.join(path, "INCOMPLETE"), "w").close()
    return path


def run_cli(script, *args, cwd=None):
    return subprocess.run([PY, os.path.join(SCRIPTS, script)] + list(args),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=cwd)


# ------------------------------------------------------------- Mann-Whitney

@pytest.mark.parametrize("x,y,u,p", [
    # fully separated, no ties: P(U=0) = 1/C(n1+n2, n1), two-sided doubles it
    ([1, 2, 3], [4, 5, 6], 0, 2 / 20),
    ([1, 2, 3, 4], [5, 6, 7, 8], 0, 2 / 70),
    ([1, 2, 3, 4, 5], [6, 7, 8, 9, 10], 0, 2 / 252),
    # one swap: U = 1, P(U <= 1) = 2/252
    ([1, 2, 3, 4, 6], [5, 7, 8, 9, 10], 1, 4 / 252),
    # n1=2, n2=3: U counts 0,0,1,1,2,2 ... C(5,2)=10; U=1 -> P(U<=1)=2/10
    ([1, 3], [2, 4, 5], 1, 4 / 10),
    # reversed order: same p, U the other tail
    ([6, 7, 8, 9, 10], [1, 2, 3, 4, 5], 25, 2 / 252),
])
def test_mann_whitney_exact_small(x, y, u, p):
    got_u, got_p = stats.mann_whitney(x, y)
    assert got_u == u
    assert got_p == pytest.approx(p, rel=1e-9)
    # symmetric in its arguments
    assert stats.mann_whitney(y, x)[1] == pytest.approx(got_p, rel=1e-9)


def test_mann_whitney_interleaved_exact_value():
    # x = 1,3,5,7,9 vs y = 2,..,10: U_x = 0+1+2+3+4 = 10.  For n=5,5 the
    # frequencies of U = 0..10 are 1,1,2,3,5,7,9,11,14,16,18 (sum 87) of
    # C(10,5) = 252, so p = 2 * 87/252 = 0.690
    u, p = stats.mann_whitney([1, 3, 5, 7, 9], [2, 4, 6, 8, 10])
    assert u == 10
    assert p == pytest.approx(2 * 87 / 252, rel=1e-9)
    # the same by brute force over every split of the ten ranks
    import itertools
    us = [sum(c) - 15 for c in itertools.combinations(range(1, 11), 5)]
    assert sum(1 for v in us if v <= 10) == 87


def test_mann_whitney_ties_and_identical():
    # all values equal: no evidence at all
    assert stats.mann_whitney([5, 5, 5], [5, 5, 5])[1] == pytest.approx(1.0)
    # ties across groups: x={1,2,2}, y={2,3,4}; midranks 1,3,3,3,5,6.
    # U_x = 0 + 0.5 + 0.5 (each x=2 ties the y=2) = 1.0.  Exact distribution
    # conditional on the ties, over the C(6,3) = 20 splits: U = R - 6 <= 1
    # only for {1,3,3} (3 ways), so p = 2 * 3/20 = 0.3
    u, p = stats.mann_whitney([1, 2, 2], [2, 3, 4])
    assert u == pytest.approx(1.0)
    assert p == pytest.approx(6 / 20, rel=1e-9)


def test_mann_whitney_large_uses_normal_approximation():
    x = list(range(30))
    y = [v + 100 for v in range(30)]
    u, p = stats.mann_whitney(x, y)
    assert u == 0
    # z = (0 + 0.5 - 450) / sqrt(30*30*61/12) = -6.3...; p ~ 2.7e-10
    assert 1e-11 < p < 1e-8


# ------------------------------------------------------------- compare

def write_bands(path, rows):
    """A noise-band file: rows of (primitive, mode, placement, size_class, band)."""
    with open(path, "w") as f:
        f.write("primitive,mode,placement,size_class,band,rows,a_run,b_run\n")
        for r in rows:
            f.write("%s,%s,%s,%s,%s,50,aa/one,aa/two\n" % r)
    return str(path)


def read_compare_csv(path):
    import csv
    with open(path) as f:
        return list(csv.DictReader(f))


def test_compare_significant_change(tmp_path):
    a = make_run(str(tmp_path / "a"), run_id="20261121-150000-full")
    b = make_run(str(tmp_path / "b"), run_id="20261122-150000-full", factor=2.0)
    bands = write_bands(tmp_path / "band.csv", [("*", "*", "*", "*", "0.10")])
    out = tmp_path / "cmp"
    r = run_cli("compare.py", a, b, "--out", str(out), "--band-file", bands)
    assert r.returncode == 0, r.stderr
    rows = {(x["primitive"], x["variant"], x["mode"], x["size_bytes"], x["placement"]): x
            for x in read_compare_csv(out / "compare.csv")}
    x = rows[("pipe", "default", "lat", "64", "same-cpu")]
    assert float(x["ratio"]) == pytest.approx(2.0, rel=1e-3)
    assert float(x["p"]) == pytest.approx(2 / 252, rel=1e-2)
    assert x["real"] == "1" and x["verdict"] == "slower" and float(x["band"]) == 0.1
    assert float(x["ci_low"]) <= 2.0 <= float(x["ci_high"])
    x = rows[("pipe", "default", "bw", str(GIB), "cross-core")]
    assert float(x["ratio"]) == pytest.approx(0.5, rel=1e-3) and x["verdict"] == "slower"
    # rows on one side only are in the table too, with their status
    x = rows[("socketpair", "stream", "bw", str(GIB), "smt")]
    assert (x["a_status"], x["b_status"], x["real"]) == ("fail", "fail", "")
    assert "overall" in r.stdout and "2.000" in r.stdout
    for ext in ("png", "svg"):
        p = out / ("ratios." + ext)
        assert p.is_file() and p.stat().st_size > 1000
    assert (out / "compare.txt").read_text() == r.stdout.split("\nfull table:")[0]


@pytest.mark.parametrize("pipe_band, real_pipe, real_other", [
    ("0.20", False, True),     # 10% slower is inside pipe's 20% band, outside the 5%
    ("0.05", True, True),
])
def test_compare_verdict_needs_significance_and_the_band(tmp_path, pipe_band, real_pipe,
                                                          real_other):
    a = make_run(str(tmp_path / "a"))
    b = make_run(str(tmp_path / "b"), factor=1.10)
    bands = compare.noise.Bands(write_bands(tmp_path / "band.csv", [
        ("pipe", "*", "*", "*", pipe_band), ("*", "*", "*", "*", "0.05")]))
    res = compare.compare_runs(a, b, bands=bands)
    assert res.common and all(c.significant for c in res.common)
    for c in res.common:
        assert c.real == (real_pipe if c.key[0] == "pipe" else real_other), c.key
        assert c.band == (float(pipe_band) if c.key[0] == "pipe" else 0.05)


def test_compare_not_significant_is_never_real(tmp_path):
    # spread 0.1 and B 1% slower: the 5 reps of A and B interleave
    a = make_run(str(tmp_path / "a"), spread=0.1)
    b = make_run(str(tmp_path / "b"), spread=0.1, factor=1.01)
    res = compare.compare_runs(a, b, bands=compare.noise.Bands(
        write_bands(tmp_path / "band.csv", [("*", "*", "*", "*", "0")])))
    assert res.common and not any(c.significant or c.real for c in res.common)


def test_compare_summary_screen(tmp_path):
    a = make_run(str(tmp_path / "a"))
    b = make_run(str(tmp_path / "b"), factor=1.5)
    meta = json.loads(open(os.path.join(b, "meta.json")).read())
    meta["kernel"] = "6.18.0-other"
    with open(os.path.join(b, "meta.json"), "w") as f:
        json.dump(meta, f)
    bands = write_bands(tmp_path / "band.csv", [("*", "*", "*", "*", "0.10")])
    r = run_cli("compare.py", a, b, "--no-plot", "--band-file", bands)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert len(lines) <= 80			# one screen, not a row per row
    text = r.stdout
    # the machines side by side: only what differs
    diff = text.split("what differs")[1].split("\n\n")[0]
    assert "6.1.0-synthetic" in diff and "6.18.0-other" in diff and "cpu_model" not in diff
    assert "band.csv, from the A/A pair aa/one vs aa/two" in text
    geo = [l for l in lines if l.split()[:2] == ["pipe", "same-cpu"]]
    assert len(geo) == 1 and geo[0].split()[2] == "1.500"
    top = text.split("largest real changes:")[1].strip().splitlines()
    assert len(top) == 1 + compare.TOP_CHANGES	# header and the 20
    assert all(l.split()[-1] in ("slower", "faster") for l in top[1:])


def test_compare_without_band_says_so(tmp_path):
    a = make_run(str(tmp_path / "a"))
    r = run_cli("compare.py", a, a, "--no-plot", "--band-file", str(tmp_path / "none.csv"))
    assert r.returncode == 0, r.stderr
    assert "WARNING: no noise band" in r.stdout
    assert "agree on every machine field" in r.stdout


def test_write_band_from_an_aa_pair(tmp_path):
    a = make_run(str(tmp_path / "a"), spread=0.1)
    b = make_run(str(tmp_path / "b"), spread=0.1, factor=1.03)
    path = tmp_path / "band.csv"
    r = run_cli("compare.py", a, b, "--write-band", "--band-file", str(path))
    assert r.returncode == 0, r.stderr
    bands = compare.noise.Bands(str(path))
    # every row is 3% off: every kind's band is 3%
    band, kind = bands.lookup("pipe", "lat", "same-cpu", 64)
    assert band == pytest.approx(0.03, abs=1e-3)
    # a kind with too few rows (5 small sizes of pipe) takes the coarser one
    assert kind == ("pipe", "lat", "same-cpu", "*")
    band, kind = bands.lookup("cacheline", "lat", "cross-core", 64)
    assert kind == ("*", "lat", "*", "small")
    # then an A/A compare against those bands calls nothing different
    res = compare.compare_runs(a, b, bands=bands)
    assert not any(c.real for c in res.common)
    # a pair of two revisions is no A/A pair
    meta = json.loads(open(os.path.join(b, "meta.json")).read())
    meta["suite_revision"] = "v1-other"
    with open(os.path.join(b, "meta.json"), "w") as f:
        json.dump(meta, f)
    r = run_cli("compare.py", a, b, "--write-band", "--band-file", str(path))
    assert r.returncode == 2 and "A/A pair" in r.stderr


def test_compare_rows_on_one_side_only(tmp_path):
    a = make_run(str(tmp_path / "a"))
    b = make_run(str(tmp_path / "b"), prims=PRIMS[:2])
    res = compare.compare_runs(a, b)
    only_a = {(k[0], k[1]) for k, why in res.only_a}
    assert ("shm", "spin") in only_a and ("memcpy", "warm") in only_a
    assert not res.only_b
    r = run_cli("compare.py", a, b, "--no-plot")
    assert "ok in one folder only" in r.stdout


def test_compare_schema_mismatch_refused(tmp_path):
    a = make_run(str(tmp_path / "a"))
    b = make_run(str(tmp_path / "b"), schema=2)
    r = run_cli("compare.py", a, b, "--no-plot")
    assert r.returncode != 0
    assert "schema_version" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_compare_missing_files_refused(tmp_path):
    a = make_run(str(tmp_path / "a"))
    (tmp_path / "empty").mkdir()
    r = run_cli("compare.py", a, str(tmp_path / "empty"), "--no-plot")
    assert r.returncode != 0
    assert "meta.json" in r.stderr and len(r.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("how", ["meta", "file"])
def test_compare_incomplete_refused_or_flagged(tmp_path, how):
    a = make_run(str(tmp_path / "a"))
    b = make_run(str(tmp_path / "b"), complete=(how != "meta"), incomplete_file=(how == "file"))
    r = run_cli("compare.py", a, b, "--no-plot")
    assert r.returncode != 0
    assert "incomplete" in r.stderr.lower() and len(r.stderr.strip().splitlines()) == 1
    r = run_cli("compare.py", a, b, "--no-plot", "--allow-incomplete")
    assert r.returncode == 0, r.stderr
    assert "WARNING" in r.stdout and "INCOMPLETE" in r.stdout


def test_help_on_every_script():
    for s in ("plots.py", "report.py", "compare.py"):
        r = run_cli(s, "--help")
        assert r.returncode == 0 and "usage" in r.stdout.lower()


# ------------------------------------------------------------- plots

def test_plots_written(tmp_path):
    run = make_run(str(tmp_path / "run"))
    r = run_cli("plots.py", run)
    assert r.returncode == 0, r.stderr
    d = tmp_path / "run" / "plots"
    names = [p.stem for p in d.glob("*.png")]
    for want in ("lat-same-cpu", "lat-cross-core", "bw-cross-core", "cpu-bw-cross-core",
                 "primitive-pipe", "primitive-memcpy"):
        assert want in names, names
    for n in names:
        png, svg = d / (n + ".png"), d / (n + ".svg")
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5000
        assert "<svg" in svg.read_text() and svg.stat().st_size > 5000
    index = (d / "index.md").read_text()
    assert "lat-cross-core.png" in index and "one-way latency" in index.lower()
    gp = (d / "lat-cross-core.gp").read_text()
    assert "floor: cacheline" in gp and "floor: memcpy/warm" in gp
    assert "synth-2cpu" in gp and "20261121-150000-full" in gp
    assert '"1 GiB"' in gp and '"64 B"' in gp
    # rows with status skip/fail are not plotted: seqpacket stops at 64 KiB
    detail = (d / "primitive-socketpair.gp").read_text()
    block = detail.split("socketpair/seqpacket  @ same-cpu\n")[1].split("EOD")[1]
    assert str(GIB) not in block and "65536" in block
    # a best-of plot: at most 10 lines, the best variant of each primitive
    for n in ("lat-cross-core", "bw-cross-core", "lat-same-cpu"):
        legend = (d / (n + ".gp")).read_text().split("plot NaN")[1]
        lines = [l for l in legend.split("title")[:-1] if "with points" not in l.split("NaN")[-1]]
        assert 0 < len(lines) <= 10, (n, len(lines))
    assert "(best of 2)" in gp.split("socketpair/")[1].split("\n")[0]
    assert "memfd/pooled-touch" in gp and "pooled-handoff" not in gp
    # handing a mapping over is not throughput: its own plot, time per message
    bw = (d / "bw-cross-core.gp").read_text()
    assert "pooled-handoff" not in bw
    handoff = (d / "handoff-cross-core.gp").read_text()
    assert "memfd/pooled-handoff" in handoff and "time per message" in handoff
    assert "heatmap-lat-cross-core" in names and "heatmap-bw-cross-core" in names
    heat = (d / "heatmap-lat-cross-core.gp").read_text()
    assert '"pipe"' in heat and "factor above the floor" in heat


def test_plots_skips_incomplete_and_done_folders(tmp_path):
    root = tmp_path / "results"
    make_run(str(root / "m" / "done"))
    make_run(str(root / "m" / "cut"), complete=False, incomplete_file=True)
    r = run_cli("plots.py", "--results", str(root))
    assert r.returncode == 0, r.stderr
    assert "skipping" in r.stdout and "INCOMPLETE" in r.stdout
    assert (root / "m" / "done" / "plots" / "index.md").is_file()
    assert not (root / "m" / "cut" / "plots").exists()
    r = run_cli("plots.py", "--results", str(root))  # nothing left to do
    assert "plots in" not in r.stdout


# ------------------------------------------------------------- report

def test_report_headlines(tmp_path):
    run = make_run(str(tmp_path / "run"))
    with open(os.path.join(run, "EXPLAIN.md"), "w") as f:
        f.write("# why\n")
    r = run_cli("report.py", run)
    assert r.returncode == 0, r.stderr
    text = open(os.path.join(run, "REPORT.md")).read()
    assert "Synthetic CPU @ 2.20GHz" in text
    # small: shm/spin has the lowest latency; large: memfd/pooled-touch the
    # highest throughput (handoff variants are not transfers and not ranked)
    small = [l for l in text.splitlines() if l.startswith("- **Small")][0]
    assert "`shm/spin`" in small
    large = [l for l in text.splitlines() if l.startswith("- **Large")][0]
    assert "`memfd/pooled-touch`" in large and "handoff" not in large
    # cross-core penalty: shm/spin 3x is the largest, pipe 0.8x the smallest
    pen = [l for l in text.splitlines() if l.startswith("- **Cross-core")][0]
    assert "`shm/spin`" in pen and "3.00x" in pen and "`pipe`" in pen and "0.80x" in pen
    # zero copy at 1 GiB: pooled-touch 1073741824/(900*1.0+GIB/12) vs pipe
    zc = [l for l in text.splitlines() if l.startswith("- **Zero-copy")][0]
    assert "`memfd/pooled-touch`" in zc and "`pipe`" in zc and "3.00x" in zc
    assert "](plots/lat-cross-core.png)" in text
    assert "[EXPLAIN.md](EXPLAIN.md)" in text
    assert "placement cross-numa not measured: 1 NUMA node" in text
    assert "msgsize_max" in text and "peer timed out" in text


def test_report_says_what_is_missing(tmp_path):
    run = make_run(str(tmp_path / "run"), prims=PRIMS[:3], placements=("cross-core",))
    r = run_cli("report.py", run)
    assert r.returncode == 0, r.stderr
    text = open(os.path.join(run, "REPORT.md")).read()
    zc = [l for l in text.splitlines() if l.startswith("- **Zero-copy")][0]
    assert "no `*-touch` row" in zc
    pen = [l for l in text.splitlines() if l.startswith("- **Cross-core")][0]
    assert "same-cpu" in pen and "missing" in pen


def test_report_default_is_newest_complete(tmp_path):
    root = tmp_path / "results"
    make_run(str(root / "m" / "20261120-100000-full"), run_id="20261120-100000-full")
    make_run(str(root / "m" / "20261121-100000-full"), run_id="20261121-100000-full")
    make_run(str(root / "m" / "20261122-100000-full"), run_id="20261122-100000-full",
             complete=False, incomplete_file=True)
    assert report.newest_complete(str(root)).endswith("20261121-100000-full")


def test_report_refuses_incomplete_unless_allowed(tmp_path):
    run = make_run(str(tmp_path / "run"), complete=False)
    r = run_cli("report.py", run)
    assert r.returncode != 0 and "incomplete" in r.stderr
    assert not os.path.exists(os.path.join(run, "REPORT.md"))
    r = run_cli("report.py", "--allow-incomplete", run)
    assert r.returncode == 0, r.stderr
    assert "WARNING: INCOMPLETE RUN" in open(os.path.join(run, "REPORT.md")).read()


def test_report_prices_each_kind_of_fault():
    """Per page = p50 / pages, per fault = p50 / faults_per_msg, worked by hand."""
    def row(var, size, p50, faults, pages):
        r = {"primitive": "pagefault", "variant": var, "mode": "lat", "status": "ok",
             "notes": "pages=%d;page_bytes=4096" % pages}
        r["_num"] = {"size_bytes": size, "p50_ns": p50, "faults_per_msg": faults}
        return r
    lines = report.page_faults([row("4k", 4 << 20, 2048000.0, 1024.0, 1024),
                                row("file", 4 << 20, 204800.0, 64.0, 1024),
                                row("file", 1024, 1000.0, 1.0, 1)])   # under a page: left out
    table = [ln for ln in lines if ln.startswith("| 4k") or ln.startswith("| file")]
    assert table == ["| 4k | 4 MiB | 2.05 ms | 1024 | 2 µs | 1 | 2 µs |",
                     "| file | 4 MiB | 205 µs | 1024 | 200 ns | 0.0625 | 3.2 µs |"]
    assert report.page_faults([]) == []
