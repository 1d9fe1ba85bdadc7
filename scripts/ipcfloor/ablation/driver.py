"""Baseline and ablated requests, interleaved.

For one (transport, variant, size) two clients run side by side, each with
its own server: A as the timed cells run it, B with the ablation's
environment.  Requests go in pairs, one to each, until the pairs are done:
the same requests, the same unpinned placement, and any drift of the
machine lands on both.  Which one goes first is drawn per pair, because
some cells alternate slow and fast requests (the explain pass found a
period-2 cell: with a fixed order one side would always get the slow
phase).

The clients are `worker.py serve`, which answers one request per line on
its stdin with a JSON line: the request's time and the page faults every
process of the transport took meanwhile."""
import json
import os
import random
import signal
import statistics
import subprocess

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
WORKER = os.path.join(TOP, "scripts", "transports", "worker.py")


class Side:
    """One client process (and the server it starts), fed one request at a
    time.  Its own process group, so that stop() takes the server with it."""

    def __init__(self, transport, variant, env, shm_prefix, tmpdir, size):
        cmd = ["/usr/bin/python3", WORKER, "serve", transport, variant, "--sizes", str(size),
               "--shm-prefix", shm_prefix, "--tmpdir", tmpdir]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True, env=env, process_group=0)
        ev = self._read()
        if ev.get("event") != "ready":
            raise RuntimeError("%s/%s did not start: %s" % (transport, variant,
                                                            ev.get("reason", ev)))

    def _read(self):
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("client ended (exit %s)" % self.proc.wait())
        return json.loads(line)

    def request(self, size, pattern):
        self.proc.stdin.write("%d %s\n" % (size, pattern))
        self.proc.stdin.flush()
        ev = self._read()
        if ev.get("event") != "req":
            raise RuntimeError("request failed: %s" % ev.get("reason", ev))
        return ev

    def stop(self):
        if self.proc.poll() is None:
            try:
                self.proc.stdin.write("quit\n")
                self.proc.stdin.close()
                self.proc.wait(timeout=30)
            except (OSError, subprocess.TimeoutExpired):
                pass
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait()


def pairs_for(p50_s, budget_s, least=8, most=40):
    """Pairs that fit the budget, two requests each."""
    return max(least, min(most, int(budget_s / (2 * max(p50_s, 1e-6)))))


def measure(transport, variant, size, pattern, env_a, env_b, budget_s, seed,
            shm_prefix, tmpdir, log=None):
    """Paired A/B requests: dict with both medians, the paired saving (the
    median over pairs of A - B) and faults per request on each side."""
    sides = []
    try:
        a = Side(transport, variant, env_a, shm_prefix + "a", tmpdir, size)
        sides.append(a)
        b = Side(transport, variant, env_b, shm_prefix + "b", tmpdir, size)
        sides.append(b)
        # a warm-up request each: imports, first-touch of the server's pools
        warm = [a.request(size, pattern)["s"], b.request(size, pattern)["s"]]
        n = pairs_for(max(warm), budget_s)
        rng = random.Random(seed)
        ta, tb, fa, fb = [], [], [], []
        for _ in range(n):
            order = (a, b) if rng.random() < 0.5 else (b, a)
            for side in order:
                ev = side.request(size, pattern)
                (ta if side is a else tb).append(ev["s"])
                (fa if side is a else fb).append(ev["minflt"])
    finally:
        for s in sides:
            s.stop()
    saving = statistics.median(x - y for x, y in zip(ta, tb))
    if log:
        log("  %d pairs: A %.4g s, B %.4g s" % (n, statistics.median(ta), statistics.median(tb)))
    return {"pairs": n, "baseline_p50_s": statistics.median(ta),
            "ablated_p50_s": statistics.median(tb), "measured_saving_s": saving,
            "faults_a": statistics.median(fa), "faults_b": statistics.median(fb)}


def environ_with(extra):
    env = dict(os.environ)
    env.update(extra)
    return env

