"""The sweep driver and the set-up step, end to end on a tiny plan."""
import json
import os
import signal
import socket
import subprocess
import tempfile
import time

import pytest

from conftest import PY, TOP, sweep_conf
from conftest import header as micro_header

SWEEP = os.path.join(TOP, "scripts", "sweep.py")


def write_conf(tmp_path, sizes="64 4K", time_s="0.02", placements="same-cpu smt cross-numa",
               prims="pipe all lat,bw"):
    return sweep_conf(tmp_path / "sweep.conf", sizes, placements, time_s, prims)


def read_csv(path):
    with open(path) as f:
        lines = f.read().splitlines()
    cols = lines[0].split(",")
    return [dict(zip(cols, ln.split(","))) for ln in lines[1:]]


def test_sweep_writes_a_complete_folder(tmp_path):
    out = tmp_path / "run"
    r = subprocess.run([PY, SWEEP, "--kind", "quick", "--conf", write_conf(tmp_path),
                        "--out", str(out), "--no-stages"], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    assert "ETA" in r.stderr
    assert sorted(os.listdir(out)) == ["meta.json", "micro.csv", "sweep.log"]
    rows = read_csv(out / "micro.csv")
    assert len(rows) == 1 * 2 * 2 * 3	# variants x modes x sizes x placements
    meta = json.loads((out / "meta.json").read_text())
    for row in rows:
        assert row["primitive"] == "pipe"
        assert row["status"] in ("ok", "skip"), row
        if row["status"] == "skip":
            assert row["reason"].startswith(row["placement"] + ":")
            assert meta["placements"][row["placement"]]["status"] == "skip"
    assert {r["size_bytes"] for r in rows} == {"64", "4096"}
    same = [r for r in rows if r["placement"] == "same-cpu"]
    assert all(r["status"] == "ok" for r in same)
    assert meta["schema_version"] == 1 and meta["complete"] is True
    for key in ("cpu_model", "kernel", "caches", "pipe_max_size", "mqueue", "rlimit_memlock",
                "compiler", "cflags", "liburing_version", "suite_revision", "clock_overhead_ns",
                "vulnerabilities", "thp", "numa_nodes", "threads_per_core", "sweep"):
        assert key in meta, key
    assert meta["clock_overhead_ns"] > 0
    assert meta["floors"] == []
    assert meta["unread"] == []  # and pipe's receiver reads every byte
    assert list(meta["stage_seconds"]) == ["micro"] and meta["stage_seconds"]["micro"] > 0	# the plan has pipe only, which is no floor
    # no host name, serial number or user name
    for key in ("hostname", "host", "node_name", "user", "serial"):
        assert key not in meta
    text = (out / "meta.json").read_text()
    host = socket.gethostname()
    if len(host) > 3:
        assert f'"{host}"' not in text


def test_interrupted_sweep_is_marked_incomplete(tmp_path):
    out = tmp_path / "run"
    conf = write_conf(tmp_path, sizes="64 256 1K 4K 16K 64K", time_s="0.3",
                      placements="same-cpu cross-core")
    p = subprocess.Popen([PY, SWEEP, "--kind", "quick", "--conf", conf, "--out", str(out),
                          "--no-stages"], stderr=subprocess.PIPE, text=True)
    # wait for the first finished cell, then interrupt in the middle of the next
    line = p.stderr.readline()
    while line and "[pass 1/" not in line:
        line = p.stderr.readline()
    time.sleep(0.1)
    p.send_signal(signal.SIGINT)
    p.communicate(timeout=30)
    assert p.returncode == 130
    assert (out / "INCOMPLETE").exists()
    assert not (out / "micro.csv").exists()
    assert (out / "micro.csv.partial").exists()
    meta = json.loads((out / "meta.json").read_text())
    assert meta["complete"] is False and meta["interrupted"] == "SIGINT"


def test_bad_plan_is_one_line(tmp_path):
    conf = write_conf(tmp_path, placements="same-cpu on-the-moon")
    r = subprocess.run([PY, SWEEP, "--kind", "quick", "--conf", conf, "--dry-run"],
                       capture_output=True, text=True)
    assert r.returncode == 1
    assert r.stderr.strip() == f"sweep: {conf}: unknown placement 'on-the-moon'"
    conf = write_conf(tmp_path, prims="pipe nosuch lat")
    r = subprocess.run([PY, SWEEP, "--kind", "quick", "--conf", conf, "--dry-run"],
                       capture_output=True, text=True)
    assert r.returncode == 1 and "has no variant 'nosuch'" in r.stderr


def test_dry_run_lists_every_cell(tmp_path):
    r = subprocess.run([PY, SWEEP, "--kind", "quick", "--conf", write_conf(tmp_path),
                        "--dry-run"], capture_output=True, text=True)
    assert r.returncode == 0
    assert len(r.stdout.splitlines()) == 12
    assert "12 cells" in r.stderr


def test_default_plan_covers_the_reference_sizes():
    r = subprocess.run([PY, SWEEP, "--kind", "full", "--dry-run", "--only", "pipe"],
                       capture_output=True, text=True)
    sizes = {int(ln.split()[3]) for ln in r.stdout.splitlines()}
    for s in (64, 1204224, 4 << 20, 38535168, 1 << 30):
        assert s in sizes
    placements = {ln.split()[4] for ln in r.stdout.splitlines()}
    assert placements == {"same-cpu", "smt", "cross-core", "cross-numa", "unpinned"}


def test_deps_prints_the_apt_line_when_not_root(tmp_path):
    # pytest's own temporary folder is private to root: the list goes where nobody can read it
    pkgs = tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False)
    pkgs.write("# test list\ngcc cmd:gcc\nipcfloor-no-such-package cmd:ipcfloor-no-such-cmd\n")
    pkgs.close()
    os.chmod(pkgs.name, 0o644)
    env = dict(os.environ, IPCFLOOR_PACKAGES=pkgs.name)
    r = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                        os.path.join(TOP, "scripts", "deps.sh")], capture_output=True, text=True,
                       env=env)
    assert r.returncode == 1
    assert "apt-get install -y ipcfloor-no-such-package" in r.stderr
    assert "gcc" not in r.stderr.split("apt-get install -y")[1]
    os.unlink(pkgs.name)


def test_deps_quiet_when_everything_is_present(tmp_path):
    pkgs = tmp_path / "packages.txt"
    pkgs.write_text("gcc cmd:gcc\nmake cmd:make\n")
    env = dict(os.environ, IPCFLOOR_PACKAGES=str(pkgs))
    r = subprocess.run([os.path.join(TOP, "scripts", "deps.sh")], capture_output=True, text=True,
                       env=env)
    assert r.returncode == 0 and r.stderr == "" and r.stdout == ""


def test_stages_only_refuses_a_cut_short_folder(tmp_path):
    (tmp_path / "meta.json").write_text('{"schema_version": 1, "complete": false}\n')
    (tmp_path / "micro.csv.partial").write_text("primitive\n")
    r = subprocess.run([PY, SWEEP, "--stages-only", str(tmp_path)], capture_output=True, text=True)
    assert r.returncode == 1
    assert "has no micro.csv" in r.stderr and len(r.stderr.strip().splitlines()) == 1


# the floors as FLOORS.md names them; each program must say so itself
FLOORS = {"memcpy", "cacheline", "nullsyscall", "futexwake", "pagefault", "mmap"}


def flagged(word):
    """(primitive, variant) of every variant whose --list flags hold word."""
    prims = [ln.strip() for ln in open(os.path.join(TOP, "micro", "primitives.list"))
             if ln.strip() and not ln.startswith("#")]
    out = set()
    for p in prims:
        listing = subprocess.run([os.path.join(TOP, "micro", "bin", p), "--list"],
                                 capture_output=True, text=True, timeout=30, check=True).stdout
        out |= {(p, ln.split("\t")[0]) for ln in listing.splitlines()
                if word in ln.split("\t")[1].split(",")}
    return out


def test_floors_are_named_by_the_programs():
    assert {p for p, _ in flagged("floor")} == FLOORS


def test_unread_receivers_are_named_by_the_programs():
    """vmsplice's splice receivers move page references to /dev/null: the
    programs flag them `unread`, and no other variant."""
    assert flagged("unread") == {("vmsplice", "splice"), ("vmsplice", "splice-spin"),
                                 ("vmsplice", "splice-huge"), ("vmsplice", "splice-huge-spin")}


def _passes():
    from ipcfloor import passes
    return passes


def test_pass_order_is_seeded_and_runs_every_cell_once_per_pass():
    passes = _passes()
    order = passes.pass_order(50, 4, seed=7)
    assert order == passes.pass_order(50, 4, seed=7)	# the recorded seed replays the run
    assert order != passes.pass_order(50, 4, seed=8)
    assert [p for p, _ in order] == [p for p in range(1, 5) for _ in range(50)]
    for p in range(1, 5):
        assert sorted(i for q, i in order if q == p) == list(range(50))
    firsts = [[i for q, i in order if q == p] for p in range(1, 5)]
    assert len({tuple(f) for f in firsts}) == 4	# each pass its own shuffle


def test_merge_of_passes():
    passes = _passes()
    header = micro_header()
    base = dict.fromkeys(header, "")
    base.update(primitive="pipe", variant="default", mode="lat", size_bytes="64",
                placement="same-cpu", cpus="0;0", reps="1", batch="1", status="ok",
                notes="ab_pipe_bytes=65536")
    rows = [dict(base, iters=str(it), p50_ns=str(v), rep_values=str(v), min_ns=str(v - 1),
                 max_ns=str(v + 50), mean_ns=str(v + 1), cpu_ns_per_msg=str(c), clock_ns="20.0")
            for it, v, c in ((100, 1000, 10), (300, 1100, 20), (100, 1500, 30))]
    m = passes.merge(header, rows, 0.25)
    assert m["reps"] == "3" and m["rep_values"] == "1000;1100;1500"
    assert float(m["p50_ns"]) == 1100 and float(m["min_ns"]) == 999 and float(m["max_ns"]) == 1550
    assert float(m["cpu_ns_per_msg"]) == pytest.approx((10 * 100 + 20 * 300 + 30 * 100) / 500)
    assert float(m["spread"]) == pytest.approx(500 / 1100, rel=1e-5)
    assert m["notes"].startswith("ab_pipe_bytes=65536;noisy=spread 0.454545>0.25")
    assert m["status"] == "ok" and list(m) == header
    # one failed pass fails the cell, naming the pass
    bad = dict(base, status="fail", reason="peer died")
    m = passes.merge(header, rows[:1] + [bad], 0.25)
    assert m["status"] == "fail" and m["reason"] == "pass 2 of 2: peer died"
    # a pass skipped (memory was short then) leaves the others, and says so
    skip = dict(base, status="skip", reason="too little memory")
    m = passes.merge(header, [rows[0], skip, rows[1]], 0.25)
    assert m["status"] == "ok" and m["reps"] == "2" and "skipped_passes=1" in m["notes"]


def test_merged_rows_are_flagged_as_the_harness_flags():
    assert _passes().noisy_spread() == 0.25


def test_bulk_sizes_are_bw_only_and_the_bulk_variants(tmp_path):
    r = subprocess.run([PY, SWEEP, "--kind", "full", "--dry-run", "--only", "shm"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    cells = [ln.split() for ln in r.stdout.splitlines()]
    big = [c for c in cells if int(c[3]) > 38535168]
    assert {int(c[3]) for c in big} == {64 << 20, 1 << 30}
    assert {c[2] for c in big} == {"bw"}
    # the receiver of a zero-copy variant reads every byte there: no handoff
    assert {c[1] for c in big} == {"copy", "inplace-touch", "stream"}
    small = [c for c in cells if int(c[3]) == 38535168]
    assert "inplace-handoff" in {c[1] for c in small}
    assert {c[2] for c in small} == {"lat", "bw"}


def test_eta_counts_the_later_stages_of_the_last_whole_run(tmp_path):
    from ipcfloor.runmeta import later_stages_estimate
    m = tmp_path / "box"
    for run, meta in (("20260101-000000-full", {"complete": True, "kind": "full", "stage_seconds":
                                                {"micro": 900, "transports": 600, "plots": 5}}),
                      ("20260102-000000-full", {"complete": False, "kind": "full",
                                                "stage_seconds": {"micro": 1, "transports": 1}}),
                      ("20260103-000000-quick", {"complete": True, "kind": "quick",
                                                 "stage_seconds": {"micro": 1, "transports": 1}})):
        (m / run).mkdir(parents=True)
        (m / run / "meta.json").write_text(json.dumps(meta))
    assert later_stages_estimate("box", "full", str(tmp_path)) == (605, "20260101-000000-full")
    assert later_stages_estimate("nothing", "full", str(tmp_path)) == (0.0, None)
