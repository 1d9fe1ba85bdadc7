"""The explain pass of one client (issue 11): right after a cell's timed
requests, in the same client and server processes, traced requests (perf
recording, every side stamping) alternate with untraced ones, so that the
ledger and the tracer's overhead come from the same processes in the same
state.  The harness (run.py) starts perf per cell and hands this client its
control pipes; see scripts/transports/README.md, "The explain pass"."""
import os
import random
import socket
import time

from common import all_sides, emit, verify
from ipcfloor.timeline import stamps
from ipcfloor.timeline.cells import overhead_interval
from ipcfloor.timeline.stamps import mark


# A cell's explain pass runs TRACE_BLOCKS pairs of blocks, one block traced
# and one untraced, where they fit in TRACE_MAX_S of traced time (never fewer
# than 3 requests: one of http_json at 38.5 MB takes ~9-15 s).  A block is as
# many requests as take TRACE_BLOCK_S, and at least two where that is cheap:
# switching perf on or off takes a few ms (its control loop's ack), and a 64 B
# request 50 us.  Pairing adjacent blocks is what makes traced and untraced
# comparable here: two unpinned processes sharing one vCPU or not changes a
# request several-fold, and that state drifts within seconds.  Which block of
# a pair goes first is drawn at random, because some cells alternate slow and
# fast requests: shared_memory/per_message at 1.2 MB ran 6.5 ms, 3.9 ms,
# 6.5 ms, ..., and with a fixed order every traced request was a slow one
# (+66% "overhead"; -29% in the next run, in the other phase).  Two requests
# per block average out such a period-2 pattern where one request is short.
# A short cell runs more pairs, until its traced requests take TRACE_MIN_S:
# at the 500 us sampling period (see run.py) that is ~1000 samples.
TRACE_BLOCKS = 20
TRACE_BLOCK_S = 0.010
TRACE_PAIR_MAX_S = 0.05         # blocks of two requests up to this p50
TRACE_MIN_S = 0.5
TRACE_MAX_S = 15.0
# and never more traced requests than this: each side writes under ten
# stamps a request into a file of 2^16 (stamps.CAPACITY), for all the sizes
# it traces, and a 64 B request can take 50 us
TRACE_MAX_REQUESTS = 4000
# above this, one request is long enough that the timed requests of the
# cell stand for the untraced ones
TRACE_UNTRACED_MAX_S = 5.0
# Where the planned pairs leave the overhead's 95% interval wider than
# +-TRACE_OVERHEAD_HALF_WIDTH, more pairs follow, until it is that narrow or
# they have taken TRACE_EXTEND_S more (traced and untraced together) or the
# cell has TRACE_MAX_PAIRS.  20 single-request pairs at 38.5 MB gave
# mp_pipe/send_bytes +21% in one run and -5.5% in the one before: a few
# pairs where the two processes shared a vCPU in one block of the pair and
# not in the other decide a median of 20.  The rule stops on the interval's
# width, never on the estimate, so it cannot steer the figure.
TRACE_OVERHEAD_HALF_WIDTH = 0.05
TRACE_EXTEND_S = 6.0
TRACE_MAX_PAIRS = 80


def trace_plan(size, opts, p50, seed=0):
    """(plan, block): True (traced) / False (untraced) per request, a pair of
    blocks of `block` requests each at a time, in a random order within the
    pair.  (At 1 GiB the timed request is the traced one: see TracePass.)"""
    p50 = max(p50, 1e-9)
    k = max(1, int(TRACE_BLOCK_S / p50))
    if k == 1 and p50 <= TRACE_PAIR_MAX_S:
        k = 2
    blocks = max(opts.trace_requests, int(TRACE_MIN_S / (k * p50)))
    blocks = max(1, min(blocks, int(TRACE_MAX_S / (k * p50)), TRACE_MAX_REQUESTS // k))
    if k * blocks < 3:
        k, blocks = 1, 3
    if p50 > TRACE_UNTRACED_MAX_S:
        return [True] * (k * blocks), k * blocks
    rng = random.Random(seed)
    plan = []
    for _ in range(blocks):
        first = rng.random() < 0.5
        plan += [first] * k + [not first] * k
    return plan, k


class TracePass:
    """One cell's explain pass as the harness sees it: the handshake
    (trace_ready, then "go" with perf's control pipes), perf and the stamps
    switched on around each traced request, and the trace event at the end,
    after which the harness parses perf.data and answers "next".

    trace_cell drives it with traced and untraced requests in pairs.  At
    1 GiB, where one request takes 3-300 s, run_cell drives it around the
    cell's one timed request instead (3 more traced requests would add 2-15
    min to a 40-min run): that cell has one traced request, no untraced one
    and an empty overhead, as issue 11 allows there, and its row says its
    timed request was traced."""

    def __init__(self, tr, size, pattern, opts, tsock, block=1, timed_p50=None):
        self.tr, self.size, self.pattern, self.opts, self.tsock = tr, size, pattern, opts, tsock
        self.block, self.timed_p50 = block, timed_p50
        self.ctl, self.fds, self.recording, self.error = None, [], False, ""
        self.traced, self.untraced, self.reqs = [], [], []

    def open(self, requests, p50):
        """Hands the harness the cell (its traced requests and their p50,
        which set perf's period) and takes perf's control pipes; False, with
        the trace event already sent, if perf did not start."""
        from ipcfloor.timeline.perf import Control
        emit({"event": "trace_ready", "size_bytes": self.size, "pattern": self.pattern,
              "requests": requests, "p50_s": p50})
        msg, self.fds, _, _ = socket.recv_fds(self.tsock, 64, 2)
        if msg != b"go" or len(self.fds) != 2:
            self.error = msg.decode(errors="replace") or "no control pipes from the harness"
            self.close()
            return False
        self.ctl = Control(*self.fds)
        return True

    def switch(self, on):
        """perf and every side's stamps on or off (a no-op if already so)."""
        if on == self.recording:
            return
        self.ctl.enable() if on else self.ctl.disable()
        stamps.switch(on)
        self.recording = on

    def request(self, on):
        """One request, traced (perf and the stamps on, the request numbered
        and marked) or untraced, on the client's clock: (answer, seconds)."""
        self.switch(on)
        if on:
            self.opts.trace_req += 1
            stamps.set_request(self.opts.trace_req)
            mark("start")
        t0 = time.perf_counter()
        a = self.tr.request(self.size, self.pattern)
        seconds = time.perf_counter() - t0
        if on:
            mark("end")
            self.traced.append(seconds)
            self.reqs.append(self.opts.trace_req)
        else:
            self.untraced.append(seconds)
        return a, seconds

    def release(self):
        """Stamps off and the control pipes closed, whatever happened."""
        stamps.switch(False)
        for fd in self.fds:
            os.close(fd)
        self.fds = []

    def close(self):
        """The cell's trace event; then wait for the harness's "next", so that
        its parsing does not run beside the next cell's requests, nor the
        word sit in the socket where the next cell awaits "go"."""
        self.release()
        if not self.traced and not self.error:
            # refused (rabbitmq's broker caps a message below 1 GiB): the
            # cell's row says why, and the pass has nothing to explain
            self.error = "skip: no traced request completed (see the cell's row)"
        ev = {"event": "trace", "size_bytes": self.size, "pattern": self.pattern,
              "reqs": self.reqs, "traced_s": self.traced, "untraced_s": self.untraced,
              "block": self.block, "sides": all_sides(self.tr)}
        if self.timed_p50 is not None:
            ev["timed_p50_s"] = self.timed_p50
        if self.error:
            ev["error"] = self.error
        emit(ev)
        self.tsock.recv(16)


def overhead_wide(traced, untraced, block):
    """Whether the tracer's overhead is still known only to worse than
    +-TRACE_OVERHEAD_HALF_WIDTH (95%), or not yet at all."""
    low, high = overhead_interval(traced, untraced, block)
    return low == "" or (high - low) / 2 > TRACE_OVERHEAD_HALF_WIDTH


def trace_cell(tr, size, pattern, opts, tsock, p50):
    """The explain pass: right after the timed requests, in the same client
    and server processes, traced and untraced requests alternate.  A traced
    one runs with perf recording and every side stamping; the untraced one
    right after it runs with neither, so the overhead compares like with like
    even when the pair's placement state drifts.

    The harness starts perf for this cell alone (its sampling period fits the
    cell's length) and hands this process perf's control pipes over the
    trace socket (SCM_RIGHTS), so the switch sits right around each request.
    Where one request takes seconds, an untraced one costs as much as a
    traced one: the cell's timed requests (timed_p50) stand for them."""
    # the order within pairs differs between cells, yet reruns repeat it
    plan, block = trace_plan(size, opts, p50, seed="%s/%s/%d/%s" % (
        opts.transport, opts.variant, size, pattern))
    tp = TracePass(tr, size, pattern, opts, tsock, block=block, timed_p50=p50)
    if not tp.open(plan.count(True), p50):
        return

    def one(on):
        a, _ = tp.request(on)
        verify(a, size, pattern, None)
        del a
        tr.release()

    try:
        for on in plan:
            one(on)
        if tp.untraced:
            rng = random.Random("extend/%s/%d" % (opts.transport, size))
            t_end = time.perf_counter() + TRACE_EXTEND_S
            while (overhead_wide(tp.traced, tp.untraced, block)
                   and len(tp.traced) // block < TRACE_MAX_PAIRS
                   and sum(tp.traced) < TRACE_MAX_S and time.perf_counter() < t_end
                   and len(tp.traced) < TRACE_MAX_REQUESTS):
                first = rng.random() < 0.5
                for on in [first] * block + [not first] * block:
                    one(on)
        tp.switch(False)
    finally:
        tp.release()
    tp.close()
