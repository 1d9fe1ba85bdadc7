"""Tests of scripts/explain.py on a small synthetic result folder whose parts
are known (computed by hand below).

Run: /usr/bin/python3 -m pytest -q tests/test_explain.py
make_run() is usable by hand:
  /usr/bin/python3 -c 'import sys; sys.path.insert(0, "tests"); \
      import test_explain as t; t.make_run("/tmp/e")'
"""
import csv
import os
import shutil
import subprocess
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(os.path.dirname(HERE), "scripts", "explain.py")
import explain  # noqa: E402
from ipcfloor.predict.model import MODEL  # noqa: E402

PY = "/usr/bin/python3"
K, M = 8192, 1 << 20
US = 1e-6

MICRO_COLS = "primitive variant mode size_bytes placement p50_ns gbps notes status reason".split()
# primitive, variant, mode, size, placement, p50_ns, gbps, notes
MICRO = [
    ("memcpy", "warm", "lat", K, "unpinned", 1000, "", ""),          # 1 us per 8 KiB copy
    ("memcpy", "warm", "lat", M, "unpinned", 100000, "", ""),        # 100 us per 1 MiB copy
    ("nullsyscall", "default", "lat", K, "unpinned", 100, "", "size_ignored=1"),
    ("nullsyscall", "default", "lat", M, "unpinned", 100, "", "size_ignored=1"),
    ("futexwake", "default", "lat", K, "unpinned", 2000, "", "size_ignored=1"),
    ("futexwake", "default", "lat", M, "unpinned", 2000, "", "size_ignored=1"),
    ("pagefault", "4k", "lat", K, "unpinned", 2000, "", "pages=2;page_bytes=4096"),
    ("pagefault", "4k", "lat", M, "unpinned", 256000, "", "pages=256;page_bytes=4096"),  # 1 us/page
    ("mmap", "default", "lat", M, "unpinned", 5000, "", "pages=256"),
    ("socketpair", "stream", "bw", K, "unpinned", "", 8.192, ""),    # 1 us per 8 KiB
    # only pinned at 1 MiB: the fallback placement is used and said
    ("socketpair", "stream", "bw", M, "cross-core", "", 1.048576, ""),  # 1 ms per MiB
    ("pipe", "default", "bw", M, "same-cpu", "", 2.097152, ""),      # copy floor 0.5 ms
    ("pipe", "default", "bw", K, "unpinned", "", 4.096, ""),         # copy floor at 8 KiB: 2 us
    ("memfd", "pooled-touch", "bw", M, "cross-core", "", 10.48576, ""),   # zero-copy floor 100 us
    ("memfd", "pooled-handoff", "bw", M, "cross-core", "", 1000.0, ""),   # not a transfer
    ("vmsplice", "splice", "bw", M, "cross-core", "", 500.0, ""),         # not a transfer
    ("memcpy", "warm", "bw", M, "unpinned", "", 50.0, ""),                # a floor, not ranked
]
COMPONENTS = [("frombuffer", K, 1 * US), ("frombuffer", M, 1 * US),
              ("randn", K, 10 * US), ("randn", M, 2000 * US),
              ("tobytes", M, 100 * US), ("base64_encode", M, 300 * US)]   # no base64_decode: missing
TRANSPORTS = [
    # transport, variant, size, pattern, p50_s, status, reason
    ("mp_pipe", "send_bytes", K, "transport-only", 20 * US, "ok", ""),
    ("mp_pipe", "send_bytes", K, "published", 30 * US, "ok", ""),
    ("mp_pipe", "send_bytes", M, "transport-only", 1500 * US, "ok", ""),
    ("mp_pipe", "send_bytes", M, "published", 3400 * US, "ok", ""),
    ("shared_memory", "reused", M, "transport-only", 200 * US, "ok", ""),
    ("http_base64", "default", M, "transport-only", 5000 * US, "ok", ""),
    ("rabbitmq_bytes", "default", M, "transport-only", "", "refused",
     "broker closed the channel: 406 message too large"),
]
COUNTS = [
    # transport, variant, size, side, syscalls_total, vol, invol, minflt
    ("mp_pipe", "send_bytes", K, "client", 4, 1, 0, 0),
    ("mp_pipe", "send_bytes", K, "server", 4, 1, 0, 0),
    ("mp_pipe", "send_bytes", M, "client", 10, 2, 1, 256),
    ("mp_pipe", "send_bytes", M, "server", 10, 3, 0, 0),
]


def write_csv(path, cols, rows):
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(cols)
        w.writerows(rows)


def make_run(d, scale=1.0):
    """The synthetic folder; every measured time multiplied by `scale`."""
    os.makedirs(d, exist_ok=True)
    write_csv(os.path.join(d, "micro.csv"), MICRO_COLS,
              [(p, v, m, s, pl, (ns * scale if ns != "" else ""), (g / scale if g != "" else ""),
                n, "ok", "") for p, v, m, s, pl, ns, g, n in MICRO])
    write_csv(os.path.join(d, "components.csv"),
              "component size_bytes reps p50_s min_s max_s gbps status reason note".split(),
              [(c, s, 5, t * scale, t * scale, t * scale, "", "ok", "", "") for c, s, t in COMPONENTS])
    write_csv(os.path.join(d, "transports.csv"),
              "transport variant size_bytes pattern requests p50_s min_s max_s status reason".split(),
              [(t, v, s, p, 3 if st == "ok" else 0, (x * scale if x != "" else ""), "", "", st, r)
               for t, v, s, p, x, st, r in TRANSPORTS])
    write_csv(os.path.join(d, "counts.csv"),
              ("transport variant size_bytes pattern side comm syscalls_total syscalls "
               "sock_write_bytes syscr syscw wchar_bytes rchar_bytes vol_ctxsw invol_ctxsw minflt "
               "majflt threads status reason").split(),
              [(t, v, s, "transport-only", side, "python3", sc, "", s, "", "", "", "", vol, inv, mf,
                0, 1, "ok", "") for t, v, s, side, sc, vol, inv, mf in COUNTS])
    with open(os.path.join(d, "meta.json"), "w") as f:
        f.write('{"schema_version": 1, "complete": true, "floors": ["memcpy", "nullsyscall"], '
                '"unread": ["vmsplice/splice"]}\n')
    return d


def run_explain(d, *extra):
    r = subprocess.run([PY, SCRIPT, d, *extra], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return r


def rows_of(d):
    with open(os.path.join(d, "predicted.csv"), newline="") as f:
        return list(csv.DictReader(f))


def cell(rows, t, v, size, pattern):
    out = {}
    for r in rows:
        if (r["transport"], r["variant"], int(r["size_bytes"]), r["pattern"]) == (t, v, size, pattern):
            out.setdefault(r["part"], []).append(r)
    return out


def sec(c, part):
    return sum(float(r["seconds"]) for r in c[part])


def cat(c, prefix):
    return sum(float(r["seconds"]) for p, rs in c.items() if p.startswith(prefix) for r in rs)


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    d = make_run(str(tmp_path_factory.mktemp("explain") / "run"))
    r = run_explain(d)
    return d, r.stdout


def test_help():
    r = subprocess.run([PY, SCRIPT, "--help"], capture_output=True, text=True)
    assert r.returncode == 0 and "RUN_DIR" in r.stdout or "run" in r.stdout


def test_known_parts(run_dir):
    d, _ = run_dir
    c = cell(rows_of(d), "mp_pipe", "send_bytes", M, "transport-only")
    assert sec(c, "total") == pytest.approx(1500 * US)
    assert cat(c, "kernel:") == pytest.approx(1000 * US)          # 1 MiB / 1.048576 GB/s
    assert "cross-core" in c[[p for p in c if p.startswith("kernel:")][0]][0]["note"]  # fallback said
    assert cat(c, "copies:") == pytest.approx(200 * US)           # 2 copies x 100 us
    assert cat(c, "deserialise:frombuffer") == pytest.approx(1 * US)
    assert sec(c, "syscalls") == pytest.approx(20 * 100e-9)       # 20 calls x 100 ns
    assert sec(c, "wakeups") == pytest.approx(5 * 2 * US)         # 5 voluntary x 2 us
    assert sec(c, "faults") == pytest.approx(256 * US)            # 256 faults x 1 us/page
    # fixed = the residual at 8 KiB: 20 - (1 kernel + 2 copies + 1 frombuffer + 0.8 + 4) us
    assert sec(c, "fixed") == pytest.approx(11.2 * US)
    assert sec(c, "residual") == pytest.approx(19.8 * US)
    assert "generation:randn" not in c                            # transport-only: no randn
    assert float(c["residual"][0]["share"]) == pytest.approx(19.8 / 1500)


def test_breakdown_sums_to_total(run_dir):
    d, _ = run_dir
    rows = rows_of(d)
    keys = {(r["transport"], r["variant"], int(r["size_bytes"]), r["pattern"]) for r in rows}
    n = 0
    for k in keys:
        c = cell(rows, *k)
        if "total" not in c:
            continue
        parts = sum(float(r["seconds"]) for p, rs in c.items() for r in rs
                    if p != "total" and not p.startswith(("floor_", "missing:")))
        assert parts == pytest.approx(sec(c, "total"), rel=1e-6, abs=1e-12), k
        shares = sum(float(r["share"]) for p, rs in c.items() for r in rs
                     if p != "total" and not p.startswith(("floor_", "missing:")))
        assert shares == pytest.approx(1.0, rel=1e-6)
        n += 1
    assert n == 6


def test_negative_residual_shown(run_dir):
    d, out = run_dir
    c = cell(rows_of(d), "mp_pipe", "send_bytes", M, "published")
    assert sec(c, "generation:randn") == pytest.approx(2000 * US)
    assert sec(c, "fixed") == pytest.approx(11.2 * US)             # published 8 KiB: 30 - 18.8
    # 3400 - (2000 + 1000 + 200 + 1 + 2 + 10 + 256 + 11.2) = -80.2 us: shown, not clamped
    assert sec(c, "residual") == pytest.approx(-80.2 * US)
    assert float(c["residual"][0]["share"]) < 0
    md = open(os.path.join(d, "EXPLAIN.md")).read()
    assert "-80.2 us" in md
    assert "-80.2 us" in out                                        # terminal table too


def test_floors_and_ratios(run_dir):
    d, _ = run_dir
    rows = rows_of(d)
    c = cell(rows, "mp_pipe", "send_bytes", M, "transport-only")
    fc, fz = c["floor_copy"][0], c["floor_zerocopy"][0]
    assert float(fc["seconds"]) == pytest.approx(500 * US) and "pipe/default" in fc["source"]
    assert float(fc["share"]) == pytest.approx(3.0)                  # 1.5 ms / 0.5 ms
    assert float(fz["seconds"]) == pytest.approx(100 * US) and "pooled-touch" in fz["source"]
    assert float(fz["share"]) == pytest.approx(15.0)                 # handoff/splice not taken
    k = cell(rows, "mp_pipe", "send_bytes", K, "transport-only")
    # socketpair (1 us) beats pipe (2 us) at 8 KiB: 20 us / 1 us
    assert float(k["floor_copy"][0]["share"]) == pytest.approx(20.0)
    assert "socketpair/stream" in k["floor_copy"][0]["source"]
    assert "missing:floor_zerocopy" in k                             # no touch row at 8 KiB
    md = open(os.path.join(d, "EXPLAIN.md")).read()
    assert "15x the zero-copy floor" in md


def test_missing_parts_reported(run_dir):
    d, _ = run_dir
    rows = rows_of(d)
    b = cell(rows, "http_base64", "default", M, "transport-only")
    assert "missing:component:base64_decode" in b
    assert "missing:micro:tcp default bw" in b
    assert "missing:counts" in b
    assert "includes the missing parts" in b["residual"][0]["note"]
    assert sec(b, "encode:base64_encode") == pytest.approx(300 * US)
    s = cell(rows, "shared_memory", "reused", M, "transport-only")
    assert "missing:counts" in s and sec(s, "total") == pytest.approx(200 * US)
    r = cell(rows, "rabbitmq_bytes", "default", M, "transport-only")
    assert "missing:total" in r and "refused" in r["missing:total"][0]["note"]
    assert "total" not in r and "residual" not in r
    md = open(os.path.join(d, "EXPLAIN.md")).read()
    assert "## rabbitmq_bytes" in md and "not measured" in md
    assert "base64_decode" in md


def test_no_time_constants(tmp_path):
    """Every time comes from the folder: scale every measured time and every
    part (and the residual) scales with it; the ratios to the floors stay."""
    a = make_run(str(tmp_path / "a"))
    b = make_run(str(tmp_path / "b"), scale=3.0)
    run_explain(a, "--no-plot", "--quiet")
    run_explain(b, "--no-plot", "--quiet")
    ra, rb = rows_of(a), rows_of(b)
    assert len(ra) == len(rb)
    for x, y in zip(ra, rb):
        assert (x["transport"], x["part"]) == (y["transport"], y["part"])
        if x["seconds"]:
            assert float(y["seconds"]) == pytest.approx(3.0 * float(x["seconds"]), rel=1e-5, abs=1e-15)
        if x["share"]:
            assert float(y["share"]) == pytest.approx(float(x["share"]), rel=1e-5, abs=1e-12)


@pytest.mark.skipif(shutil.which("gnuplot") is None, reason="gnuplot not installed")
def test_output_files(run_dir):
    d, out = run_dir
    for n in ("predicted.csv", "EXPLAIN.md"):
        assert os.path.getsize(os.path.join(d, n)) > 0
    for s in (K, M):
        for ext in ("png", "svg", "gp"):
            p = os.path.join(d, "plots", "explain-%d-transport-only.%s" % (s, ext))
            assert os.path.getsize(p) > 0, p
    assert open(os.path.join(d, "plots", "explain-%d-transport-only.png" % M), "rb").read(4) == b"\x89PNG"
    assert "== mp_pipe/send_bytes" in out


def test_sentence_and_residual_flag(run_dir):
    d, _ = run_dir
    md = open(os.path.join(d, "EXPLAIN.md")).read()
    # one plain sentence per transport and size
    assert "- mp_pipe/send_bytes at 1.05 MB (transport-only): 1.50 ms in 67% moving the bytes through " \
           "the kernel; 15x the zero-copy floor (3.0x the copy floor)." in md
    # 8 KiB: residual 11.2 of 20 us is above 10%: flagged with the reason
    assert "smallest size measured" in md
    assert "## Closing note" in md


def test_no_transports_csv(tmp_path):
    d = str(tmp_path / "r")
    make_run(d)
    os.remove(os.path.join(d, "transports.csv"))
    run_explain(d, "--no-plot", "--quiet")
    assert "missing:transports.csv" in open(os.path.join(d, "predicted.csv")).read()
    assert "transports.csv` is missing" in open(os.path.join(d, "EXPLAIN.md")).read()


def test_model_covers_every_transport():
    common = os.path.join(os.path.dirname(SCRIPT), "transports", "common.py")
    if not os.path.exists(common):
        pytest.skip("scripts/transports/common.py not present")
    sys.path.insert(0, os.path.dirname(common))
    import catalog  # noqa
    for t, desc in catalog.TRANSPORTS.items():
        for v in desc.variants:
            if desc.always_skip:
                continue
            assert (t, v) in MODEL, (t, v)


def _rewrite(path, fn):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    cols = list(rows[0].keys())
    rows, cols = fn(rows, cols)
    with open(path, "w", newline="") as f:
        w = csv.DictWriter(f, cols, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def test_measured_component_faults_and_cpu_sides(tmp_path):
    """Faults a component row took are not counted again; a side whose CPU time
    is a part (the broker) brings its syscalls and faults with it; a large
    residual is placed by the CPU time of the counted request."""
    d = make_run(str(tmp_path / "run"))

    def comps(rows, cols):
        for r in rows:
            r["minflt_per_call"] = "56" if (r["component"], r["size_bytes"]) == ("frombuffer", str(M)) else "0"
        return rows, cols + ["minflt_per_call"]
    _rewrite(os.path.join(d, "components.csv"), comps)

    def counts(rows, cols):
        for r in rows:
            r["cpu_ns"] = {"client": "300000", "server": "200000"}[r["side"]]
        # the rabbitmq cell: a broker side with 1 ms of CPU, 1000 faults, 50 syscalls
        base = dict(rows[0], transport="rabbitmq_bytes", variant="default", size_bytes=str(M),
                    sock_write_bytes=str(M), vol_ctxsw="0", invol_ctxsw="0")
        rows += [dict(base, side="client", syscalls_total="10", minflt="0", cpu_ns="100000"),
                 dict(base, side="server", syscalls_total="10", minflt="0", cpu_ns="100000"),
                 dict(base, side="broker", syscalls_total="", syscr="40", syscw="10", minflt="1000",
                      cpu_ns="1000000")]
        return rows, cols + ["cpu_ns"]
    _rewrite(os.path.join(d, "counts.csv"), counts)

    def trans(rows, cols):
        rows.append(dict(rows[0], transport="rabbitmq_bytes", variant="default", size_bytes=str(M),
                         pattern="transport-only", p50_s=str(4000 * US), status="ok", reason=""))
        return [r for r in rows if not (r["transport"] == "rabbitmq_bytes" and r["status"] != "ok")], cols
    _rewrite(os.path.join(d, "transports.csv"), trans)
    with open(os.path.join(d, "components.csv"), "a") as f:
        f.write("tobytes,%d,5,%s,,,,ok,,,0\n" % (K, 1 * US))
    with open(os.path.join(d, "micro.csv"), "a") as f:
        f.write("tcp,default,bw,%d,unpinned,,1.048576,,ok,\n" % M)      # 1 ms per MiB
    run_explain(d)
    rows = rows_of(d)
    c = cell(rows, "mp_pipe", "send_bytes", M, "transport-only")
    assert sec(c, "faults") == pytest.approx((256 - 56) * US)      # frombuffer's 56 not again
    assert "minus 56 faults" in c["faults"][0]["note"]
    r = cell(rows, "rabbitmq_bytes", "default", M, "transport-only")
    assert sec(r, "hop:broker") == pytest.approx(1000 * US)         # the broker's CPU time
    assert sec(r, "syscalls") == pytest.approx(20 * 100e-9)         # the broker's 50 are in it
    assert sec(r, "faults") == pytest.approx(0)                     # and its 1000 faults
    assert cat(r, "kernel:") == pytest.approx(1000 * US)            # one transfer, not two
    md = open(os.path.join(d, "EXPLAIN.md")).read()
    # rabbitmq: 4 ms total, 1.2 ms of CPU in the counted request, so the
    # residual is mostly time with no side on a CPU, and the text says so
    sec_md = md.split("## rabbitmq_bytes")[1].split("\n## ")[0]
    line = [ln for ln in sec_md.splitlines() if ln.startswith("- **residual")]
    assert len(line) == 1 and "CPU time of all sides per counted request 1.20 ms" in line[0], sec_md
    assert "broker 1.00 ms" in line[0] and "with no side on a CPU" in line[0]


def test_draw_faults_not_taken_off_counts_without_a_draw(tmp_path):
    """The counted requests are transport-only: a published cell's faults are
    net of its components' faults but for the draw's, which those requests
    never made (the old model took randn's off them)."""
    d = make_run(str(tmp_path / "run"))

    def comps(rows, cols):
        per = {("frombuffer", str(M)): "56", ("randn", str(M)): "100"}
        for r in rows:
            r["minflt_per_call"] = per.get((r["component"], r["size_bytes"]), "0")
        return rows, cols + ["minflt_per_call"]
    _rewrite(os.path.join(d, "components.csv"), comps)
    run_explain(d)
    rows = rows_of(d)
    for pattern in ("published", "transport-only"):
        c = cell(rows, "mp_pipe", "send_bytes", M, pattern)
        assert sec(c, "faults") == pytest.approx((256 - 56) * US), pattern
        assert "minus 56 faults" in c["faults"][0]["note"], pattern


def test_fastpath_transport_only_copies_nothing():
    """The fast path's server keeps the transport-only array in the shared region."""
    steps = MODEL[("fastpath", "touch")]["steps"]
    always = [st for st in steps if st[0] != "published"]
    assert not any(st[0] == "copy" for st in always)
    assert any(st[0] == "published" and st[1][0] == "copy" for st in steps)
    assert any(st[0] == "comp" and st[2] == "read_pass" for st in always)


def test_fixed_cost_probe(tmp_path):
    """A 64 B probe cell: its residual is the transport's fixed work, the
    `fixed` part of the larger sizes; it is listed apart, not as a cell whose
    residual is too large, and the 8 KiB cell is then explained."""
    d = make_run(str(tmp_path / "r"))
    P = explain.PROBE_SIZE

    def add(rows, cols, extra):
        return rows + [dict(zip(cols, map(str, x))) for x in extra], cols
    def paired(rows, cols):
        # 8 KiB transport-only has its own paired probe requests: 17 us
        for r in rows:
            r["probe_p50_s"] = str(17 * US) if (r["transport"], r["size_bytes"], r["pattern"]) == \
                ("mp_pipe", str(K), "transport-only") else ""
        return add(rows, cols + ["probe_p50_s"], [
            ("mp_pipe", "send_bytes", P, "transport-only", 3, 16 * US, "", "", "ok", "", "")])
    _rewrite(os.path.join(d, "transports.csv"), paired)
    _rewrite(os.path.join(d, "components.csv"), lambda rows, cols: add(rows, cols, [
        ("frombuffer", P, 5, 1 * US, 1 * US, 1 * US, "", "ok", "", "")]))
    _rewrite(os.path.join(d, "counts.csv"), lambda rows, cols: add(rows, cols, [
        ("mp_pipe", "send_bytes", P, "transport-only", side, "python3", 4, "", P, "", "", "", "",
         1, 0, 0, 0, 1, "ok", "") for side in ("client", "server")]))
    run_explain(d, "--no-plot", "--quiet")
    rows = rows_of(d)
    p = cell(rows, "mp_pipe", "send_bytes", P, "transport-only")
    # parts at 64 B: kernel 64 B / 8.192 GB/s, two copies of 64 B at 1000 ns per
    # 8 KiB, frombuffer 1 us; its 8 calls and 2 switches are its fixed work
    parts64 = 64 / 8.192e9 + 2 * 64 * 1e-9 * 1000 / 8192 + 1 * US
    assert sec(p, "residual") == pytest.approx(16 * US - parts64)
    assert "fixed" not in p and "syscalls" not in p and "wakeups" not in p
    assert "8.0 system calls + 2.0 switches + 0.0 faults" in p["residual"][0]["note"]
    # 8 KiB: its paired probe (17 us) minus the probe's parts
    fixed = 17 * US - parts64
    k = cell(rows, "mp_pipe", "send_bytes", K, "transport-only")
    assert sec(k, "fixed") == pytest.approx(fixed)
    assert "probe_p50_s" in k["fixed"][0]["source"] and "17.0 us" in k["fixed"][0]["note"]
    # 8 KiB makes as many calls and switches as the probe: those parts are 0
    assert sec(k, "syscalls") == 0 and sec(k, "wakeups") == 0
    assert "minus the 64 B probe's 8.0" in k["syscalls"][0]["note"]
    # 8 KiB: 20 - (1 kernel + 2 copies + 1 frombuffer) - fixed
    assert sec(k, "residual") == pytest.approx(20 * US - 4 * US - fixed)
    # 1 MiB: 20 calls and 5 switches, 12 and 3 more than the probe
    m = cell(rows, "mp_pipe", "send_bytes", M, "transport-only")
    # no paired probe at 1 MiB: the probe cell's own residual
    assert sec(m, "fixed") == pytest.approx(16 * US - parts64)
    assert "%d B" % P in m["fixed"][0]["source"]
    assert sec(m, "syscalls") == pytest.approx(12 * 100e-9)
    assert sec(m, "wakeups") == pytest.approx(3 * 2 * US)
    assert sec(m, "faults") == pytest.approx(256 * US)               # the probe took none
    # the published 8 KiB cell has no probe of its own pattern: still the smallest
    kp = cell(rows, "mp_pipe", "send_bytes", K, "published")
    assert "fixed" not in kp
    md = open(os.path.join(d, "EXPLAIN.md")).read()
    close = md.split("## Closing note", 1)[1]
    assert "fixed-cost probe" in close and "The one cell at 64 B is the fixed-cost probe" in close
    assert "mp_pipe/send_bytes at 64 B transport-only" not in close      # not counted as too large
    assert "mp_pipe/send_bytes at 8.19 kB transport-only" not in close   # explained within 10%
    assert "mp_pipe/send_bytes at 8.19 kB published" in close            # no probe: still listed
    assert "- mp_pipe/send_bytes at 64 B (transport-only): 16.0 us, the fixed-cost probe" in md
    assert "**fixed per-request work 15.0 us" in md
