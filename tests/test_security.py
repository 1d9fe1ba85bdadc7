"""Shared objects: unpredictable names, O_EXCL mode 0600, unlinked at once, private.

The only named objects the micro programs create are mq's POSIX message
queues (/<run_tag>-ab and -ba); shm and memfd use memfd_create (no name in
any namespace), the rest use pipes, socketpairs and an accepted loopback TCP
connection.  The test hook IPCFLOOR_HOLD_NAMED=<seconds> makes the program
print "HOLD <name>" on stderr and wait between creating a queue and
unlinking it, so these tests can look at the queue while it exists: mode
0600, another user (nobody) refused with EACCES, 64 random bits in the name,
and the name gone after the hold.
"""
import os
import re
import shutil
import subprocess
import time

import pytest

from conftest import BIN, PY, csv_row

NOBODY = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
# mq_open as another user: the errno name, or OK
MQ_OPEN = r"""
import ctypes, errno, os, sys
rt = ctypes.CDLL("librt.so.1", use_errno=True)
rt.mq_open.restype = ctypes.c_int
rt.mq_open.argtypes = [ctypes.c_char_p, ctypes.c_int]
fd = rt.mq_open(sys.argv[1].encode(), os.O_RDWR)
print(errno.errorcode[ctypes.get_errno()] if fd < 0 else "OK")
rt.mq_open.argtypes = [ctypes.c_char_p, ctypes.c_int]
fd = rt.mq_open(sys.argv[1].encode(), os.O_RDONLY)
print(errno.errorcode[ctypes.get_errno()] if fd < 0 else "OK")
try:
    open("/dev/mqueue" + sys.argv[1], "rb")
    print("OK")
except OSError as e:
    print(errno.errorcode[e.errno])
"""

needs_root = pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("setpriv"),
                                reason="needs root and setpriv to act as user nobody")


def start_held(hold="3", mode="bw", *extra):
    """Start mq with the hold hook; return (process, queue name) once it holds."""
    env = dict(os.environ, IPCFLOOR_HOLD_NAMED=hold)
    p = subprocess.Popen([os.path.join(BIN, "mq"), "--mode", mode, "--iters", "3", "--reps", "1",
                          "--warmup", "0.001", "--format", "csv", *extra],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    line = p.stderr.readline()
    m = re.match(r"HOLD (/\S+)$", line.strip())
    assert m, f"no HOLD line: {line!r}"
    return p, m.group(1)


def finish(p):
    out, err = p.communicate(timeout=30)
    assert p.returncode == 0, err
    assert csv_row(out)["status"] == "ok"
    return out, err


def test_queue_mode_0600_and_owner():
    p, name = start_held()
    st = os.stat("/dev/mqueue" + name)
    assert st.st_mode & 0o777 == 0o600, oct(st.st_mode)
    assert st.st_uid == os.geteuid()
    finish(p)


@needs_root
def test_another_user_cannot_open_the_queue():
    p, name = start_held()
    r = subprocess.run(NOBODY + [PY, "-c", MQ_OPEN, name], capture_output=True, text=True,
                       timeout=20)
    finish(p)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["EACCES", "EACCES", "EACCES"], r.stdout


@needs_root
def test_another_user_cannot_take_the_name_first():
    """While the queue exists, nobody cannot create (O_EXCL) or replace it."""
    p, name = start_held()
    # while held, the name exists: creating it again with O_EXCL must fail
    code = r"""
import ctypes, errno, os, sys
rt = ctypes.CDLL("librt.so.1", use_errno=True)
rt.mq_open.restype = ctypes.c_int
rt.mq_open.argtypes = [ctypes.c_char_p, ctypes.c_int, ctypes.c_uint, ctypes.c_void_p]
fd = rt.mq_open(sys.argv[1].encode(), os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666, None)
print(errno.errorcode[ctypes.get_errno()] if fd < 0 else "CREATED")
"""
    r = subprocess.run(NOBODY + [PY, "-c", code, name], capture_output=True, text=True,
                       timeout=20)
    finish(p)
    assert r.stdout.strip() == "EEXIST", r.stdout + r.stderr


def test_names_carry_64_random_bits():
    names = []
    for _ in range(3):
        p, name = start_held("0.05")
        names.append(name)
        finish(p)
    for n in names:
        m = re.fullmatch(r"/ipcfloor-(\d+)-([0-9a-f]{16})-ab", n)
        assert m, n
    # different runs, different random parts (2^-64 chance of a false failure)
    assert len({re.search(r"-([0-9a-f]{16})-", n).group(1) for n in names}) == 3


def test_name_gone_after_the_hold_and_both_queues_held_in_lat_mode():
    env = dict(os.environ, IPCFLOOR_HOLD_NAMED="0.5")
    p = subprocess.Popen([os.path.join(BIN, "mq"), "--mode", "lat", "--iters", "3", "--reps", "1",
                          "--warmup", "0.001", "--format", "csv"], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, env=env)
    held = []
    for _ in range(2):
        line = p.stderr.readline().strip()
        assert line.startswith("HOLD /"), line
        name = line.split()[1]
        assert os.path.exists("/dev/mqueue" + name)
        held.append(name)
    # the first was unlinked before the second was made
    assert not os.path.exists("/dev/mqueue" + held[0])
    finish(p)
    assert held[0].endswith("-ab") and held[1].endswith("-ba")
    assert held[0][:-3] == held[1][:-3]
    for n in held:
        assert not os.path.exists("/dev/mqueue" + n)


def test_nothing_named_while_running():
    """Without the hook, nothing named exists once the roles run."""
    before = set(os.listdir("/dev/mqueue")) | set(os.listdir("/dev/shm"))
    for prim, args in (("mq", []), ("shm", []), ("memfd", []), ("tcp", []),
                       ("uring", ["--variant", "sendzc"])):
        p = subprocess.Popen([os.path.join(BIN, prim), "--time", "30", *args, "--format", "csv"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with open(f"/proc/{p.pid}/task/{p.pid}/children") as f:
                if len(f.read().split()) >= 2:
                    break
            time.sleep(0.02)
        time.sleep(0.2)
        now = set(os.listdir("/dev/mqueue")) | set(os.listdir("/dev/shm"))
        p.terminate()
        p.communicate(timeout=10)
        assert now == before, f"{prim}: named objects while running: {now - before}"


@needs_root
def test_tcp_refuses_a_stranger_on_its_port():
    """A loopback port is open to every local user: a stranger who connects
    between listen() and the harness's own connect() must not become role
    B's peer.  The hold hook opens that window; nobody connects in it."""
    env = dict(os.environ, IPCFLOOR_HOLD_NAMED="1")
    p = subprocess.Popen([os.path.join(BIN, "tcp"), "--iters", "3", "--reps", "1", "--warmup",
                          "0.001", "--format", "csv"], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, env=env)
    line = p.stderr.readline().strip()
    m = re.fullmatch(r"HOLD tcp:127\.0\.0\.1:(\d+)", line)
    assert m, line
    stranger = subprocess.Popen(NOBODY + [PY, "-c", (
        "import socket, sys, time\n"
        "s = socket.create_connection(('127.0.0.1', int(sys.argv[1])))\n"
        "print('connected', flush=True)\n"
        "time.sleep(2)\n"), m.group(1)], stdout=subprocess.PIPE, text=True)
    assert stranger.stdout.readline().strip() == "connected"
    out, err = p.communicate(timeout=30)
    stranger.communicate(timeout=10)
    assert p.returncode == 1, err
    row = csv_row(out)
    assert row["status"] == "fail"
    assert "another process connected to the port first" in row["reason"]
