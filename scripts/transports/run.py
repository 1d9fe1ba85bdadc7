#!/usr/bin/python3
"""ipcfloor transports: high-level Python transports measured on this machine.

Writes transports.csv, components.csv and counts.csv into --out (see
scripts/transports/README.md for every column).  Each transport runs as a
client process (own process group) that starts its server; the RabbitMQ
broker is started here, on 127.0.0.1 with its own node name, ports and data
folder, and stopped by pid at the end.
"""
import argparse
import csv
import glob
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
# scripts/: cli.py and the ipcfloor package (this file's own folder is on the path already)
sys.path.insert(0, os.path.dirname(HERE))
import catalog  # noqa: E402
import cli  # noqa: E402
import common  # noqa: E402
from ipcfloor.units import human_s as fmt_s  # noqa: E402
from ipcfloor.units import fmt_eta, parse_size  # noqa: E402
from ipcfloor.timeline import cells as tl_cells  # noqa: E402
from ipcfloor.timeline import perf as tl_perf  # noqa: E402

WORKER = os.path.join(HERE, "worker.py")
COMPONENTS = os.path.join(HERE, "components.py")
PY = sys.executable


class SkipTrace(Exception):
    """A cell whose explain pass had nothing to record (its request was
    refused): a skip row, not a failure."""


class Interrupted(Exception):
    pass


def log(msg):
    sys.stderr.write("transports: %s\n" % msg)
    sys.stderr.flush()


def die(msg, code=2):
    sys.stderr.write("run.py: error: %s\n" % msg)
    sys.exit(code)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def killpg(proc, grace=5.0):
    """Stop a child started with start_new_session=True, and its whole group."""
    if proc is None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        pass
    try:
        os.killpg(proc.pid, signal.SIGKILL)   # stragglers of the group
    except ProcessLookupError:
        pass
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass


# ------------------------------------------------------------------ broker
class Broker:
    """A private RabbitMQ node: own epmd, ports, node name and data folder."""

    def __init__(self, tmpdir):
        self.dir = os.path.join(tmpdir, "rabbitmq")
        self.epmd = self.proc = None
        self.port = 0

    def start(self, timeout=90):
        os.makedirs(self.dir)
        self.port, dist, epmd_port = free_port(), free_port(), free_port()
        conf = os.path.join(self.dir, "rabbitmq.conf")
        with open(conf, "w") as f:
            f.write("listeners.tcp.1 = 127.0.0.1:%d\n" % self.port)
            f.write("max_message_size = %d\n" % (512 << 20))   # as the published run
            f.write("log.console = false\n")
        plugins = os.path.join(self.dir, "enabled_plugins")
        with open(plugins, "w") as f:
            f.write("[].\n")
        env = dict(os.environ)
        env.update({
            "HOME": self.dir, "ERL_EPMD_PORT": str(epmd_port),
            "RABBITMQ_NODENAME": "ipcfloor%d@localhost" % os.getpid(),
            "RABBITMQ_NODE_IP_ADDRESS": "127.0.0.1", "RABBITMQ_NODE_PORT": str(self.port),
            "RABBITMQ_DIST_PORT": str(dist), "RABBITMQ_CONFIG_FILE": conf,
            "RABBITMQ_ENABLED_PLUGINS_FILE": plugins,
            "RABBITMQ_MNESIA_BASE": os.path.join(self.dir, "mnesia"),
            "RABBITMQ_LOG_BASE": os.path.join(self.dir, "log"),
            "RABBITMQ_PLUGINS_EXPAND_DIR": os.path.join(self.dir, "plugins-expand"),
            "RABBITMQ_PID_FILE": os.path.join(self.dir, "pid"),
            "RABBITMQ_CONF_ENV_FILE": os.path.join(self.dir, "none.env"),
            "RABBITMQ_ADVANCED_CONFIG_FILE": os.path.join(self.dir, "none.config"),
        })
        out = open(os.path.join(self.dir, "console.log"), "w")
        self.epmd = subprocess.Popen(["epmd", "-port", str(epmd_port), "-address", "127.0.0.1"],
                                     env=env, stdout=out, stderr=out, stdin=subprocess.DEVNULL,
                                     start_new_session=True)
        self.proc = subprocess.Popen([common.RABBITMQ_SERVER], env=env, cwd=self.dir,
                                     stdout=out, stderr=out, stdin=subprocess.DEVNULL,
                                     start_new_session=True)
        t0 = time.monotonic()
        import pika
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError("rabbitmq-server exited with %s (see its log)" % self.proc.returncode)
            try:
                c = pika.BlockingConnection(pika.ConnectionParameters(
                    "127.0.0.1", self.port, connection_attempts=1, socket_timeout=1))
                c.close()
                break
            except Exception:
                if time.monotonic() - t0 > timeout:
                    raise RuntimeError("broker not ready after %d s" % timeout)
                time.sleep(0.2)
        self.boot_s = time.monotonic() - t0
        return self

    def beam_pid(self):
        """pid of the Erlang VM (the broker proper), child of the start script."""
        try:
            out = subprocess.run(["ps", "-o", "pid=,comm=", "--ppid", str(self.proc.pid)],
                                 capture_output=True, text=True).stdout
            for line in out.splitlines():
                pid, name = line.split(None, 1)
                if name.startswith("beam"):
                    return int(pid)
        except Exception:
            pass
        return self.proc.pid

    def stop(self):
        killpg(self.proc, grace=15)
        killpg(self.epmd, grace=2)
        self.proc = self.epmd = None


# ------------------------------------------------------------------ strace
class Strace:
    """strace -f -C on one process (all its threads) for one request.

    -C gives the per-syscall summary and the calls themselves; -yy names
    the socket behind each fd, so bytes written to sockets can be summed.
    """
    WRITES = ("write", "writev", "send", "sendto", "sendmsg", "sendmmsg", "pwrite64", "sendfile")

    def __init__(self, pid, path):
        self.path = path
        cmd = ["strace", "-f", "-C", "-yy", "-s", "0", "-o", path, "-p", str(pid)]
        self.proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, text=True,
                                     start_new_session=True)
        self.ok = False
        self.ev = threading.Event()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.proc.stderr:
            if "attached" in line:
                self.ok = True
                self.ev.set()
        self.ev.set()

    def wait_attached(self, timeout=5):
        self.ev.wait(timeout)
        return self.ok

    def stop(self):
        """-> (total calls, {syscall: calls}, bytes written to sockets)"""
        try:
            self.proc.send_signal(signal.SIGINT)
            self.proc.wait(timeout=10)
        except Exception:
            killpg(self.proc, 1)
        calls, total, sock_bytes = {}, 0, 0
        unfinished = {}
        in_summary = False
        try:
            with open(self.path, errors="replace") as f:
                for line in f:
                    t = line.split()
                    if not t:
                        continue
                    if t[0] == "%" and "syscall" in line:
                        in_summary = True
                        continue
                    if in_summary:
                        if len(t) < 5 or t[0].startswith("-"):
                            continue
                        if t[-1] == "total":
                            total = int(t[3])
                            continue
                        try:
                            calls[t[-1]] = int(t[3])
                        except ValueError:
                            pass
                        continue
                    # a traced call: "PID name(fd<...>, ...) = ret"
                    rest = line.split(None, 1)[1] if t[0].isdigit() and len(t) > 1 else line
                    pid = t[0]
                    if rest.startswith("<..."):
                        name = rest[5:].split()[0]
                        is_sock = unfinished.pop(pid, (None, False))[1]
                    else:
                        name = rest.split("(", 1)[0]
                        is_sock = ("(" in rest and rest.split("(", 1)[1].split(",", 1)[0].find("<") >= 0
                                   and any(k in rest.split("(", 1)[1].split(">", 1)[0]
                                           for k in ("TCP", "UDP", "UNIX", "socket", "NETLINK")))
                        if "<unfinished" in rest:
                            unfinished[pid] = (name, is_sock)
                            continue
                    if name in self.WRITES and is_sock and "= " in rest:
                        try:
                            n = int(rest.rsplit("= ", 1)[1].split()[0])
                            if n > 0:
                                sock_bytes += n
                        except ValueError:
                            pass
        except OSError:
            pass
        if not total:
            total = sum(calls.values())
        return total, calls, sock_bytes


# ------------------------------------------------------------------ harness
class Harness:
    def __init__(self, args):
        self.args = args
        self.rows, self.comp_rows, self.count_rows = [], [], []
        # the explain pass: one row per traced cell, the ledgers' rows
        self.trace_cells, self.trace_rows = [], []
        self.recorder = None
        self.trace_skip = None
        self.client = None
        self.broker = None
        self.straces = []
        self.tmpdir = tempfile.mkdtemp(prefix="ipcfloor-tr-")
        # unpredictable, so nobody can create our next segment's name first
        self.shm_prefix = "ipcf%d_%s_" % (os.getpid(), secrets.token_hex(8))
        self.have_strace = shutil.which("strace") is not None
        self.t0 = time.monotonic()

    # -- plan and ETA
    def plan(self):
        out = []
        for t, desc in catalog.TRANSPORTS.items():
            if self.args.only and t not in self.args.only:
                continue
            for v in desc.variants:
                out.append((t, v))
        return out

    def cell_weight(self, t, size):
        b = self.args.budget
        w = 1.3 * b + 0.05
        if size >= common.GIB:
            w = catalog.TRANSPORTS[t].gib_cell_s
        elif size >= common.BIG:
            w = 3.0 * b + 4
        if size in self.args.trace_sizes and not self.trace_skip:
            # traced and untraced requests, then perf script; at 1 GiB the
            # timed request is the traced one: perf script alone
            w = w + 2.0 if size >= self.args.trace_timed_from else w * 2
        return w

    def progress(self, done_w, total_w, msg):
        el = time.monotonic() - self.t0
        eta = (el / done_w * (total_w - done_w)) if done_w > 0 else total_w
        log("[%3d%% %s elapsed, ETA %s] %s" % (min(100, int(100 * done_w / max(total_w, 1e-9))),
                                               fmt_eta(el), fmt_eta(eta), msg))

    def skip_rows(self, t, v, status, reason):
        for size in self.args.sizes:
            for p in self.args.patterns:
                self.rows.append({"transport": t, "variant": v, "size_bytes": size, "pattern": p,
                                  "requests": 0, "status": status, "reason": reason})

    def run(self):
        a = self.args
        plan = self.plan()
        total_w = sum(self.cell_weight(t, s) * len(a.patterns) for t, _ in plan for s in a.sizes)
        total_w += 1.0 * len(plan)          # start and stop of each client
        done_w = 0.0
        log("%s run: %d transport variants x %d sizes x %d patterns, budget %.2f s per cell -> %s"
            % (a.kind, len(plan), len(a.sizes), len(a.patterns), a.budget, a.out))
        if a.trace_sizes:
            self.trace_skip = tl_perf.check()
            if self.trace_skip:
                log("explain pass skipped: %s (fix: %s); the timed results stand"
                    % self.trace_skip)
        # what a transport needs done before any client runs (gRPC: its
        # stubs); a reason it gives makes its rows a skip
        prepared = {}
        for t in dict.fromkeys(t for t, _ in plan):
            desc = catalog.TRANSPORTS[t]
            if desc.prepare and not common.missing_packages(desc.requires):
                prepared[t] = desc.prepare()
        for t, v in plan:
            desc = catalog.TRANSPORTS[t]
            w_t = sum(self.cell_weight(t, s) * len(a.patterns) for s in a.sizes) + 1.0
            name = t if v == "default" else "%s/%s" % (t, v)
            reason = None
            if desc.always_skip:
                reason = desc.always_skip
            else:
                missing = common.missing_packages(desc.requires)
                if missing:
                    reason = "missing Debian package(s): %s" % " ".join(missing)
            if reason is None:
                reason = prepared.get(t)
            if reason is None and desc.needs_broker and a.kind == "quick" and t not in a.only:
                reason = ("skipped in --kind quick: booting the private broker takes ~6 s of the "
                          "25 s quick budget; measured in --kind full or with --only %s" % t)
            if reason is None and desc.needs_broker:
                try:
                    self.progress(done_w, total_w, "starting a private RabbitMQ broker")
                    self.broker = Broker(self.tmpdir).start()
                    log("broker up in %.1f s on 127.0.0.1:%d" % (self.broker.boot_s, self.broker.port))
                except Exception as e:
                    reason = "broker did not start: %s" % e
                    self.stop_broker()
            if reason is not None:
                self.skip_rows(t, v, "skip", reason)
                done_w += w_t
                self.progress(done_w, total_w, "%s: skip (%s)" % (name, reason[:80]))
                continue
            try:
                done_w = self.run_client(t, v, done_w, total_w) + 1.0
            finally:
                if desc.needs_broker:
                    self.stop_broker()
        # components
        if not a.no_components:
            self.progress(done_w, total_w, "component costs (in-process)")
            self.run_components()

    def run_client(self, t, v, done_w, total_w):
        a = self.args
        name = t if v == "default" else "%s/%s" % (t, v)
        count_sizes = a.count_sizes if not a.no_counts else []
        cmd = [PY, WORKER, "client", t, v, "--sizes", ",".join(map(str, a.sizes)),
               "--patterns", ",".join(a.patterns), "--budget", str(a.budget),
               "--count-sizes", ",".join(map(str, count_sizes)), "--kind", a.kind,
               "--shm-prefix", self.shm_prefix, "--tmpdir", self.tmpdir,
               "--max-requests", str(a.max_requests)]
        if self.broker:
            cmd += ["--rmq-port", str(self.broker.port), "--rmq-pid", str(self.broker.beam_pid())]
        key = {"transport": t, "variant": v}
        tsock, fds, tdir = None, (), None
        if a.trace_sizes and self.trace_skip:
            self.trace_cells += tl_cells.skip_rows(
                [dict(key, size_bytes=s, pattern=p) for s in a.trace_sizes if s in a.sizes
                 for p in a.trace_patterns],
                "%s (fix: %s)" % self.trace_skip)
        elif a.trace_sizes:
            # stamps of the whole client go here; perf.data of one cell at a time
            tdir = os.path.join(self.tmpdir, "trace-%s-%s" % (t, v))
            os.makedirs(tdir)
            tsock, child_end = socket.socketpair()
            fds = (child_end.fileno(),)
            cmd += ["--trace-dir", tdir, "--trace-sizes", ",".join(map(str, a.trace_sizes)),
                    "--trace-patterns", ",".join(a.trace_patterns),
                    "--trace-requests", str(a.trace_requests), "--trace-sock", str(fds[0]),
                    "--trace-timed-from", str(a.trace_timed_from)]
        self.client = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                       text=True, start_new_session=True, bufsize=1,
                                       pass_fds=fds)
        if tsock:
            child_end.close()
        got = set()
        fail_reason = None
        pending_strace = {}
        try:
            for line in self.client.stdout:
                try:
                    ev = json.loads(line)
                except ValueError:
                    continue
                kind = ev.pop("event", "")
                if kind == "row":
                    self.rows.append(ev)
                    got.add((ev["size_bytes"], ev["pattern"]))
                    done_w += self.cell_weight(t, ev["size_bytes"])
                    st = ev.get("status")
                    if st == "ok":
                        msg = "p50 %s (%d req)" % (fmt_s(ev["p50_s"]), ev["requests"])
                    else:
                        msg = "%s: %s" % (st, ev.get("reason", "")[:100])
                    self.progress(done_w, total_w, "%s %d B %s: %s" % (name, ev["size_bytes"], ev["pattern"], msg))
                    if st == "fail":
                        fail_reason = ev.get("reason")
                elif kind == "fail":
                    fail_reason = ev.get("reason")
                elif kind == "trace_ready":
                    self.start_trace(tsock, tdir, ev, name)
                elif kind == "trace":
                    self.end_trace(tsock, tdir, key, ev)
                elif kind == "count_ready":
                    pending_strace = {}
                    if self.have_strace:
                        for side, pids in ev["sides"].items():
                            if side == "broker":
                                continue     # dozens of VM threads: /proc counters only
                            for pid in pids:
                                try:
                                    s = Strace(pid, os.path.join(self.tmpdir, "strace-%d.txt" % pid))
                                except OSError:
                                    continue
                                self.straces.append(s)
                                pending_strace[pid] = s
                        for s in pending_strace.values():
                            s.wait_attached()
                    self.client.stdin.write("go\n")
                    self.client.stdin.flush()
                elif kind == "count_done":
                    self.strace_result = {pid: s.stop() for pid, s in pending_strace.items()}
                    self.straces = []
                    self.client.stdin.write("next\n")
                    self.client.stdin.flush()
                elif kind == "count":
                    res = (None if ev.get("nostrace")
                           else getattr(self, "strace_result", {}).get(ev["pid"]))
                    row = {"transport": t, "variant": v}
                    row.update({k: ev[k] for k in ev if k in common.COUNTS_CSV_COLUMNS})
                    if res:
                        row["syscalls_total"] = res[0]
                        row["sock_write_bytes"] = res[2]
                        row["syscalls"] = ";".join("%s:%d" % kv for kv in
                                                   sorted(res[1].items(), key=lambda kv: -kv[1]))
                    else:
                        row["syscalls_total"] = ""
                        row["syscalls"] = ("strace not run for the broker" if ev["side"] == "broker"
                                           else "strace %s" % ev["nostrace"] if ev.get("nostrace")
                                           else "strace unavailable")
                    self.count_rows.append(row)
            self.client.wait(timeout=30)
        finally:
            for s in self.straces:
                s.stop()
            self.straces = []
            killpg(self.client)
            rc = self.client.returncode
            self.client = None
            if self.recorder:
                self.recorder.stop()
                self.recorder = None
            if tsock:
                tsock.close()
            if tdir:
                shutil.rmtree(tdir, ignore_errors=True)
        if fail_reason is None and rc not in (0, None):
            fail_reason = "client exited with status %s" % rc
        for size in a.sizes:
            for p in a.patterns:
                if (size, p) not in got:
                    self.rows.append({"transport": t, "variant": v, "size_bytes": size, "pattern": p,
                                      "requests": 0, "status": "fail",
                                      "reason": "not measured: %s" % (fail_reason or "client ended early")})
                    done_w += self.cell_weight(t, size)
        return done_w

    # a cell's samples: about this many over its traced requests, whatever
    # their length (perf.data takes ~17 KB and perf script ~70 us per sample)
    TRACE_SAMPLES = 5000

    def start_trace(self, tsock, tdir, ev, name):
        """perf for one cell, at a period that gives it about TRACE_SAMPLES
        samples (two CPUs busy at most), and its control pipes to the client."""
        a = self.args
        busy_ns = 2 * ev["requests"] * ev["p50_s"] * 1e9
        period = max(a.trace_period_ns, int(busy_ns / self.TRACE_SAMPLES) // 10000 * 10000)
        log("  %s %d B %s: explain pass, %d traced requests, a sample every %s"
                           % (name, ev["size_bytes"], ev["pattern"], ev["requests"],
                              fmt_s(period / 1e9)))
        try:
            self.recorder = tl_perf.Recorder(os.path.join(tdir, "perf.data"),
                                             period_ns=period).start()
        except Exception as e:
            self.recorder = None
            tsock.send(("perf did not start: %s" % e).encode()[:60])
            return
        socket.send_fds(tsock, [b"go"], list(self.recorder.control_fds()))

    def end_trace(self, tsock, tdir, key, ev):
        """The cell's ledger; perf.data goes; the client may go on."""
        rec, self.recorder = self.recorder, None
        cell = dict(key, size_bytes=ev["size_bytes"], pattern=ev["pattern"])
        try:
            err = ev.get("error") or ""
            if err.startswith("skip: "):
                raise SkipTrace(err[len("skip: "):])
            if rec is None or err:
                raise RuntimeError(err or "perf did not start")
            rec.stop()
            t0 = time.monotonic()
            row, rows = tl_cells.explain_cell(rec.output, tdir, ev, key, self.args.out,
                                              rec.period_ns)
            self.trace_cells.append(row)
            self.trace_rows += rows
            log("  explained in %.1f s (%d samples, perf.data %.0f MB)"
                % (time.monotonic() - t0, row["samples"] or 0,
                   os.path.getsize(rec.output) / 1e6))
        except SkipTrace as e:
            self.trace_cells.append(dict(cell, traced_requests=0, status="skip", reason=str(e)))
        except Exception as e:
            self.trace_cells.append(dict(cell, traced_requests=0, status="fail",
                                         reason="explain pass failed: %s: %s"
                                         % (type(e).__name__, e)))
        finally:
            if rec is not None:
                rec.stop()
                try:
                    os.unlink(rec.output)
                except OSError:
                    pass
            tsock.send(b"next")

    def run_components(self):
        a = self.args
        cmd = [PY, COMPONENTS, "--sizes", ",".join(map(str, a.sizes)),
               "--budget", str(max(0.05, a.budget / 2)), "--kind", a.kind,
               "--shm-prefix", self.shm_prefix]
        self.client = subprocess.Popen(cmd, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL,
                                       text=True, start_new_session=True)
        try:
            for line in self.client.stdout:
                try:
                    self.comp_rows.append(json.loads(line))
                except ValueError:
                    pass
            self.client.wait()
            if self.client.returncode:
                log("components.py exited with status %s" % self.client.returncode)
        finally:
            killpg(self.client)
            self.client = None

    # -- output
    def write(self):
        out = self.args.out
        for name, cols, rows in (("transports.csv", common.TRANSPORTS_CSV_COLUMNS, self.rows),
                                 ("components.csv", common.COMPONENTS_CSV_COLUMNS, self.comp_rows),
                                 ("counts.csv", common.COUNTS_CSV_COLUMNS, self.count_rows),
                                 ("explain-cells.csv", tl_cells.CELL_COLUMNS, self.trace_cells),
                                 ("explain.csv", tl_cells.LEDGER_COLUMNS, self.trace_rows)):
            if name == "components.csv" and self.args.no_components:
                continue
            if name in ("explain-cells.csv", "explain.csv") and not self.args.trace_sizes:
                continue
            path = os.path.join(out, name)
            with open(path + ".partial", "w", newline="") as f:
                w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
                w.writeheader()
                for r in rows:
                    r = {k: (("%.9g" % v) if isinstance(v, float) else v) for k, v in r.items()}
                    r = {k: (str(v).replace("\n", " ").replace(",", ";") if isinstance(v, str) else v)
                         for k, v in r.items()}
                    w.writerow(r)
            os.replace(path + ".partial", path)

    # -- cleanup
    def stop_broker(self):
        if self.broker:
            self.broker.stop()
            self.broker = None

    def cleanup(self):
        for s in self.straces:
            try:
                killpg(s.proc, 1)
            except Exception:
                pass
        if self.client is not None:
            killpg(self.client)
            self.client = None
        if self.recorder:
            self.recorder.stop()
            self.recorder = None
        self.stop_broker()
        for path in glob.glob("/dev/shm/%s*" % self.shm_prefix):
            try:
                os.unlink(path)
            except OSError:
                pass
        shutil.rmtree(self.tmpdir, ignore_errors=True)


def one_size(text):
    sizes = parse_sizes(text)
    if len(sizes) != 1:
        raise argparse.ArgumentTypeError("one size, not %d" % len(sizes))
    return sizes[0]


def parse_sizes(text):
    out = []
    for tok in text.split(","):
        tok = tok.strip().replace("_", "")
        if not tok:
            continue
        try:
            n = parse_size(tok)
        except ValueError as e:
            raise argparse.ArgumentTypeError(str(e))
        if n % 8:
            raise argparse.ArgumentTypeError("size %d is not a positive multiple of 8 (float64)" % n)
        out.append(n)
    if not out:
        raise argparse.ArgumentTypeError("no sizes given")
    return out


def build_parser():
    names = ", ".join(catalog.TRANSPORTS)
    ap = cli.OneLineParser(
        prog="run.py",
        description="Measure the high-level Python transports (server and client processes on "
                    "127.0.0.1) and their component costs; writes transports.csv, components.csv "
                    "and counts.csv into --out.",
        epilog="transports: " + names + ". Sizes default to 8192,1204224 (quick) or "
               "64,8192,1204224,4194304,38535168,1073741824 (full; 64 B is the fixed-cost probe).")
    ap.add_argument("--out", required=True, help="run folder (created if missing)")
    ap.add_argument("--kind", choices=("quick", "full"), default="quick",
                    help="quick: small sizes, short budget, ~25 s; full: all sizes (default quick)")
    ap.add_argument("--only", default="", help="comma-separated transport names")
    ap.add_argument("--sizes", type=parse_sizes, help="comma-separated payload sizes in bytes")
    ap.add_argument("--patterns", default="published,transport-only",
                    help="published and/or transport-only (default both)")
    ap.add_argument("--budget", type=float, help="seconds of timed requests per cell "
                    "(default 0.12 quick, 0.45 full)")
    ap.add_argument("--max-requests", type=int, default=200, help="cap of timed requests per cell")
    ap.add_argument("--count-sizes", type=parse_sizes,
                    help="sizes at which one request is counted (strace and /proc) "
                         "(default: 1204224 in quick; every size in full, at 1 GiB with /proc "
                         "counters around the first timed request, no strace)")
    ap.add_argument("--no-counts", action="store_true", help="do not write counts rows")
    ap.add_argument("--no-components", action="store_true", help="do not measure components.csv")
    ap.add_argument("--trace-sizes", type=parse_sizes,
                    help="sizes whose cells get an explain pass: perf and stage stamps on "
                         "traced requests alternating with untraced ones (default: none in "
                         "quick; 64,1204224,38535168,1073741824 in full; at 1 GiB the one timed request "
                         "is the traced one, with no untraced one beside it)")
    ap.add_argument("--trace-patterns", default="published",
                    help="patterns of the traced cells (default published)")
    ap.add_argument("--trace-requests", type=int, default=20,
                    help="pairs of blocks per cell, one traced and one untraced, in a random "
                         "order within the pair; a block is as many requests as take 10 ms, "
                         "two at least where one takes under 50 ms (default 20; more where "
                         "they would take under 0.5 s traced, fewer where over 15 s, never "
                         "under 3 requests)")
    # the tracer's own cost on five cells at 1.2 MB, three runs each: typically
    # 5-12% at a 100 us period, 3-5% at 250-300, 3% at 500, 2% at 1000; at
    # 100-250 us single cells reached +20-66% (perf copies 16 KiB of stack a
    # sample, and its writer competes for the two CPUs the cell uses)
    ap.add_argument("--trace-period-us", type=float, default=500.0,
                    help="least CPU time between two perf samples, in us (default 500: 2 kHz; "
                         "longer where the cell's traced requests would give over 5000)")
    ap.add_argument("--trace-timed-from", type=one_size, default=common.GIB,
                    help="from this size on, a traced cell's one timed request is its traced "
                         "one, with no untraced request beside it and its overhead left empty "
                         "(default 1G: there one request takes 3-300 s)")
    ap.add_argument("--no-trace", action="store_true", help="no explain pass")
    return ap


def main(argv=None):
    ap = build_parser()
    args = ap.parse_args(argv)
    args.only = [x.strip() for x in args.only.split(",") if x.strip()]
    for name in args.only:
        if name not in catalog.TRANSPORTS:
            die("unknown transport %r (known: %s)" % (name, ", ".join(catalog.TRANSPORTS)))
    args.patterns = [p.strip() for p in args.patterns.split(",") if p.strip()]
    for p in args.patterns:
        if p not in common.PATTERNS:
            die("unknown pattern %r (published, transport-only)" % p)
    if not args.patterns:
        die("no pattern given")
    if args.sizes is None:
        args.sizes = list(common.QUICK_SIZES if args.kind == "quick" else common.FULL_SIZES)
    if args.budget is None:
        args.budget = 0.12 if args.kind == "quick" else 0.45
    if not (args.budget > 0):
        die("--budget must be positive")
    if args.max_requests < 1:
        die("--max-requests must be at least 1")
    if args.no_trace:
        args.trace_sizes = []
    elif args.trace_sizes is None:
        args.trace_sizes = [] if args.kind == "quick" else [64, 1204224, 38535168, common.GIB]
    args.trace_sizes = [s for s in args.trace_sizes if s in args.sizes]
    args.trace_patterns = [p.strip() for p in args.trace_patterns.split(",") if p.strip()]
    for p in args.trace_patterns:
        if p not in args.patterns:
            die("--trace-patterns: %r is not among --patterns" % p)
    if args.trace_requests < 1:
        die("--trace-requests must be at least 1")
    if not (args.trace_period_us >= 10):
        die("--trace-period-us must be at least 10 (perf's cpu-clock cannot sample faster)")
    args.trace_period_ns = int(args.trace_period_us * 1000)
    if args.count_sizes is None:
        want = [1204224] if args.kind == "quick" else list(args.sizes)
        args.count_sizes = [s for s in want if s in args.sizes] or args.sizes[:1]
    if "numpy" in [m for m in ("numpy",) if not common.module_available(m)]:
        die("numpy is missing: apt-get install python3-numpy (or run scripts/deps.sh)")
    try:
        os.makedirs(args.out, exist_ok=True)
    except OSError as e:
        die("cannot create --out %s: %s" % (args.out, e.strerror))
    if not os.access(args.out, os.W_OK):
        die("--out %s is not writable" % args.out)

    h = Harness(args)

    def on_signal(signum, frame):
        raise Interrupted(signal.Signals(signum).name)
    old = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        h.run()
        h.write()
    except Interrupted as e:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        log("interrupted (%s): stopping servers, broker and children; no CSV written" % e)
        h.cleanup()
        return 130
    finally:
        h.cleanup()
        for s, fn in old.items():
            signal.signal(s, fn)
    n_fail = sum(1 for r in h.rows if r.get("status") == "fail")
    log("done in %s: %d rows (%d ok, %d skip, %d refused, %d fail) in %s"
        % (fmt_eta(time.monotonic() - h.t0), len(h.rows),
           sum(1 for r in h.rows if r.get("status") == "ok"),
           sum(1 for r in h.rows if r.get("status") == "skip"),
           sum(1 for r in h.rows if r.get("status") == "refused"), n_fail, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
