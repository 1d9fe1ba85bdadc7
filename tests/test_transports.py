"""Tests of scripts/transports: run with /usr/bin/python3 -m pytest -q tests/test_transports.py

Each transport moves one small array (shape, dtype and values checked here),
its servers (and the RabbitMQ broker) are gone afterwards, no shared-memory
segment is left, a missing package turns into a skip that names it, and the
CSV files have the documented columns.  Nothing here asserts on timings.
"""
import csv
import glob
import os
import signal
import subprocess
import sys
import time
import types

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TR = os.path.join(ROOT, "scripts", "transports")
sys.path.insert(0, TR)

import common  # noqa: E402
import run  # noqa: E402
import catalog  # noqa: E402  (after run, which puts scripts/ on the path)
from catalog._base import spawn_server  # noqa: E402
from catalog.fastpath import FP_REP, FP_REQ  # noqa: E402

np = pytest.importorskip("numpy")

SMALL = 8192
PY = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable


def alive(pid):
    """True when pid exists and is not a zombie."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def procs_with(text):
    """pids whose command line contains text (other than ourselves)."""
    out = []
    for d in glob.glob("/proc/[0-9]*/cmdline"):
        try:
            with open(d, "rb") as f:
                cmd = f.read().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        pid = int(d.split("/")[2])
        if text in cmd and pid != os.getpid():
            out.append((pid, cmd))
    return out


def shm_entries(prefix):
    return glob.glob("/dev/shm/%s*" % prefix)


# SharedMemory attach/unlink talk to multiprocessing's resource tracker, a
# helper process that lives as long as this one: start it before any test so
# that the leak check of tests/conftest.py does not count it as a leftover.
from multiprocessing import resource_tracker  # noqa: E402
resource_tracker.ensure_running()


def all_cases():
    for t, desc in catalog.TRANSPORTS.items():
        if desc.always_skip or t == "rabbitmq_bytes":
            continue
        for v in desc.variants:
            yield t, v


def check_transport(transport, variant, tmp_path, rmq_port=0, rmq_pid=0):
    missing = common.missing_packages(catalog.TRANSPORTS[transport].requires)
    if missing:
        pytest.skip("missing %s" % missing)
    prefix = "ipcftest%d_" % os.getpid()
    opts = types.SimpleNamespace(sizes=[SMALL, 1204224], shm_prefix=prefix,
                                 tmpdir=str(tmp_path), rmq_port=rmq_port, rmq_pid=rmq_pid)
    tr = catalog.TRANSPORTS[transport].variants[variant](opts, variant)
    tr.start()
    try:
        server_pids = [pid for side, pids in tr.sides().items() if side != "broker" for pid in pids]
        assert server_pids and all(alive(p) for p in server_pids)
        for size in (SMALL, 1204224):
            expected = common.expected_array(size)
            a = tr.request(size, "transport-only")
            assert isinstance(a, np.ndarray)
            assert a.dtype == np.float64
            assert a.shape == common.shape_for(size)
            assert np.array_equal(a, expected)
            del a
            tr.release()
        # the published pattern draws fresh numbers: right shape, not the fixed array
        a = tr.request(SMALL, "published")
        assert a.shape == (1024,) and a.dtype == np.float64
        assert not np.array_equal(a, common.expected_array(SMALL))
        del a
        tr.release()
    finally:
        tr.stop()
    time.sleep(0.05)
    for p in server_pids:
        assert not alive(p), "server %d of %s still running" % (p, transport)
    assert shm_entries(prefix) == [], "shared-memory segments left behind"


@pytest.mark.parametrize("transport,variant", list(all_cases()))
def test_moves_one_small_array(transport, variant, tmp_path):
    check_transport(transport, variant, tmp_path)


def test_rabbitmq_moves_array_and_broker_stops(tmp_path):
    missing = common.missing_packages(catalog.TRANSPORTS["rabbitmq_bytes"].requires)
    if missing:
        pytest.skip("missing %s" % missing)
    b = run.Broker(str(tmp_path)).start()
    pids = [b.proc.pid, b.epmd.pid, b.beam_pid()]
    try:
        assert all(alive(p) for p in pids)
        check_transport("rabbitmq_bytes", "default", tmp_path, b.port, b.beam_pid())
    finally:
        b.stop()
    for pid in pids:
        assert not alive(pid), "broker process %d still running after stop()" % pid


def read_csv(path):
    with open(path, newline="") as f:
        r = csv.reader(f)
        header = next(r)
        rows = [dict(zip(header, row)) for row in r]
    return header, rows


def test_run_writes_csvs_and_leaves_nothing(tmp_path):
    out = tmp_path / "run"
    p = subprocess.Popen([PY, os.path.join(TR, "run.py"), "--out", str(out), "--kind", "quick",
                          "--only", "fastpath,shared_memory,mp_pipe,object_store,mp_listener",
                          "--sizes", "64,8192", "--budget", "0.02", "--count-sizes", "8192"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         stdin=subprocess.DEVNULL)
    _, err = p.communicate(timeout=120)
    assert p.returncode == 0, err
    assert "ETA" in err
    prefix = "ipcf%d_" % p.pid      # every client, server and segment of that run carries it
    header, rows = read_csv(out / "transports.csv")
    assert header[:10] == ["transport", "variant", "size_bytes", "pattern", "requests",
                           "p50_s", "min_s", "max_s", "status", "reason"]
    assert header == common.TRANSPORTS_CSV_COLUMNS
    # the fixed-cost probe: every transport that runs moves 64 B too
    probe = [r for r in rows if r["size_bytes"] == str(common.PROBE_SIZE)]
    assert {r["transport"] for r in probe if r["status"] == "ok"} == \
        {"fastpath", "shared_memory", "mp_pipe", "mp_listener"}
    seen = {(r["transport"], r["variant"], r["pattern"]): r for r in rows
            if r["size_bytes"] == str(SMALL)}
    # each 8 KiB cell paired its timed requests with 64 B ones; the probe cell did not
    assert all(float(r["probe_p50_s"]) > 0 for r in seen.values() if r["status"] == "ok")
    assert all(r["probe_p50_s"] == "" for r in probe)
    for v in ("view", "touch"):
        for pat in ("published", "transport-only"):
            r = seen[("fastpath", v, pat)]
            assert r["status"] == "ok", r
            assert int(r["requests"]) >= 3
            assert float(r["min_s"]) <= float(r["p50_s"]) <= float(r["max_s"])
    assert seen[("fastpath", "view", "transport-only")]["verified"] == "values"
    assert seen[("mp_pipe", "send_bytes", "published")]["status"] == "ok"
    obj = seen[("object_store", "plasma", "published")]
    assert obj["status"] == "skip" and "not packaged" in obj["reason"]
    assert all(r["status"] in ("ok", "skip", "refused", "fail") for r in rows)
    assert all(r["pattern"] in common.PATTERNS for r in rows)

    header, comp = read_csv(out / "components.csv")
    assert header == common.COMPONENTS_CSV_COLUMNS
    names = {r["component"] for r in comp if r["status"] == "ok"}
    for want in ("randn", "tolist", "json_dumps", "json_loads", "np_array_from_list", "tobytes",
                 "base64_encode", "base64_decode", "pickle_dumps_p4", "pickle_loads_p5",
                 "frombuffer", "copy_warm", "copy_fresh", "shm_create_copy_unlink",
                 "jsonable_encoder", "read_pass"):
        assert want in names
    # faults each call took: copy_fresh faults in a new 8 KiB mapping, copy_warm none
    byname = {r["component"]: r for r in comp if r["status"] == "ok"}
    assert float(byname["copy_fresh"]["minflt_per_call"]) >= 1
    assert float(byname["copy_warm"]["minflt_per_call"]) == 0

    header, counts = read_csv(out / "counts.csv")
    assert header == common.COUNTS_CSV_COLUMNS
    fp = [r for r in counts if r["transport"] == "fastpath" and r["variant"] == "view"]
    assert {r["side"] for r in fp} == {"client", "server"}
    assert all(float(r["cpu_ns"]) > 0 for r in fp)   # every side ran during the requests
    # the /proc columns are a per-request average over several requests
    assert all(int(r["requests_counted"]) >= 2 for r in counts), counts
    assert all(0 < float(r["vol_ctxsw"]) < 20 for r in fp)
    if run.shutil.which("strace"):
        # the fast path moves the array with no data bytes through a socket
        for r in fp:
            assert int(r["syscalls_total"]) > 0
            assert int(r["sock_write_bytes"]) < 64
        lst = [r for r in counts if r["transport"] == "mp_listener" and r["side"] == "server"]
        assert int(lst[0]["sock_write_bytes"]) >= SMALL

    assert not glob.glob(str(out / "*.partial"))
    assert procs_with(prefix) == []
    assert shm_entries(prefix) == []


def test_sigterm_stops_everything(tmp_path):
    out = tmp_path / "run"
    p = subprocess.Popen([PY, os.path.join(TR, "run.py"), "--out", str(out), "--kind", "quick",
                          "--only", "shared_memory,fastpath", "--sizes", "8192,1204224",
                          "--budget", "5", "--no-components"],
                         stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
    prefix = "ipcf%d_" % p.pid
    # wait until the first cell has been reported: children and a segment exist
    line = p.stderr.readline()
    while line and "8192 B" not in line:
        line = p.stderr.readline()
    children = [pid for pid, _ in procs_with(prefix)]
    assert children, "no client/server processes seen"
    p.send_signal(signal.SIGTERM)
    rest = p.stderr.read()
    assert p.wait(timeout=60) != 0
    assert "interrupted" in rest
    time.sleep(0.2)
    for pid in children:
        assert not alive(pid), "process %d left behind" % pid
    assert shm_entries(prefix) == []
    assert not (out / "transports.csv").exists()


def test_missing_package_is_a_skip_naming_it(tmp_path, monkeypatch):
    real = common.module_available

    def fake(mod):
        return False if mod == "zmq" else real(mod)
    monkeypatch.setattr(common, "module_available", fake)
    rc = run.main(["--out", str(tmp_path), "--kind", "quick", "--only", "zmq_ipc",
                   "--no-components"])
    assert rc == 0
    _, rows = read_csv(tmp_path / "transports.csv")
    assert rows and all(r["status"] == "skip" for r in rows)
    assert all("python3-zmq" in r["reason"] for r in rows)


def test_missing_broker_is_a_skip(tmp_path, monkeypatch):
    monkeypatch.setattr(common, "RABBITMQ_SERVER", "/nonexistent/rabbitmq-server")
    rc = run.main(["--out", str(tmp_path), "--kind", "full", "--only", "rabbitmq_bytes",
                   "--sizes", "8192", "--no-components"])
    assert rc == 0
    _, rows = read_csv(tmp_path / "transports.csv")
    assert all(r["status"] == "skip" and "rabbitmq-server" in r["reason"] for r in rows)


@pytest.mark.parametrize("args,needle", [
    (["--sizes", "7"], "multiple of 8"),
    (["--only", "carrier_pigeon"], "unknown transport"),
    (["--kind", "huge"], "invalid choice"),
    (["--budget", "0"], "budget"),
])
def test_bad_input_is_one_clear_error(tmp_path, args, needle):
    p = subprocess.run([PY, os.path.join(TR, "run.py"), "--out", str(tmp_path)] + args,
                       capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert p.returncode != 0
    assert needle in p.stderr
    assert not (tmp_path / "transports.csv").exists()


def test_shapes_and_sizes():
    for size, shape in common.SHAPES.items():
        assert int(np.prod(shape)) * 8 == size
    assert run.parse_sizes("8K,1204224,1G") == [8192, 1204224, 1 << 30]


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root for a private /dev/shm mount")
def test_dev_shm_too_small_is_a_skip(tmp_path):
    """A segment larger than /dev/shm's free space is a skip with the reason,
    not a SIGBUS when the server first touches it."""
    out = tmp_path / "run"
    script = ("mount -t tmpfs -o size=1M tmpfs /dev/shm && exec %s %s --out %s --only shared_memory "
              "--sizes 4194304 --budget 0.02 --no-counts --no-components"
              % (PY, os.path.join(TR, "run.py"), out))
    r = subprocess.run(["unshare", "--mount", "sh", "-c", script], capture_output=True, text=True,
                       timeout=120, stdin=subprocess.DEVNULL)
    assert r.returncode == 0, r.stderr
    _, rows = read_csv(out / "transports.csv")
    assert rows and all(x["status"] == "skip" for x in rows), rows
    assert all("/dev/shm has" in x["reason"] and "4194304-byte segment" in x["reason"] for x in rows)


def test_listener_refuses_a_stranger():
    """mp_listener's server unpickles what it receives: without our authkey a
    connection is refused before anything is unpickled."""
    from multiprocessing import AuthenticationError
    from multiprocessing.connection import Client
    import secrets
    p, port = spawn_server("listener", env={"IPCFLOOR_AUTHKEY": secrets.token_hex(32)})
    try:
        with pytest.raises((AuthenticationError, EOFError, ConnectionError)):
            Client(("127.0.0.1", int(port)), authkey=b"not the key")
    finally:
        p.terminate()
        p.wait(timeout=10)


def test_fastpath_serves_only_its_parent():
    """The fast path's abstract socket is visible to everyone: a stranger who
    connects first is dropped and the client that started the server is served."""
    import socket
    import struct
    addr = "@ipcfloor-fastpath-test-%d" % os.getpid()
    raw = addr.encode().replace(b"@", b"\0", 1)
    p, _ = spawn_server("fastpath", "--address", addr)
    try:
        pid = os.fork()
        if pid == 0:     # the stranger: not the server's parent
            code = 1
            try:
                s = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
                s.connect(raw)
                s.send(FP_REQ.pack(8192, 1))
                code = 0 if s.recv(64) == b"" else 1     # dropped: EOF, no region
            except (BrokenPipeError, ConnectionResetError):
                code = 0                                 # dropped before the request
            finally:
                os._exit(code)
        _, st = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(st) == 0, "the stranger was served"
        s = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        s.connect(raw)
        s.send(FP_REQ.pack(8192, 1))
        msg, fds, _, _ = socket.recv_fds(s, FP_REP.size, 1)
        assert struct.unpack("<QQ", msg)[0] == 8192 and len(fds) == 1
        os.close(fds[0])
        s.close()
    finally:
        p.terminate()
        p.wait(timeout=10)
