"""On-CPU samples and scheduler events of a transport cell, from perf.

What it records: system-wide (`perf record -a`), a cpu-clock sample every
`period_ns` of CPU time with its call stack unwound from a copy of the user
stack (`--call-graph dwarf`: python3.11's frame-pointer stacks are unusable),
and every sched_switch, sched_waking and sched_wakeup, all stamped with
CLOCK_MONOTONIC so they line up with the stamps the sides write.  Recording
starts disabled and is switched on and off around the measured requests
through perf's control descriptors, without restarting perf.

What it leaves out: hardware counters (the guest has no PMU), Python-level
frames (3.11 has no perf trampoline: a Python function shows as
_PyEval_EvalFrameDefault), and symbols of static functions in Debian's
stripped python3.11 (they show as "[unknown] [python3.11]"; the exported ones,
_Py_dg_dtoa, PyOS_double_to_string, PyBytes_FromStringAndSize, do show).

Costs measured on the 2-vCPU KVM guest (perf 6.1, kernel 6.18, machine
otherwise idle), one python3 process busy in json.dumps, 1.0 s enabled:
  - perf.data grows by ~16.7 KB per cpu-clock sample (the 16 KiB stack copy
    dominates): 10,004 samples, 184 MB per second of recording; every other
    busy CPU adds as much.  Idle CPUs and scheduler events (~100 B each) add
    little.  perf itself spends ~10% of a CPU writing that out (~1,100 of its
    own samples in the same second).
  - `perf script --no-inline` unwinds and prints ~31,000 dwarf samples per
    second (0.36 s for 11,101); parse() with its Python parsing ~14,000
    samples/s (0.80 s).  So the explain pass costs ~0.8 s of parsing and
    ~180 MB of disk per second recorded per busy CPU.  Without --no-inline
    perf runs addr2line for inlined frames: 4x slower (3,700 against
    15,000 samples/s, measured with both CPUs busy with another benchmark).

A quirk of this guest, not of the code: while CPU 1 runs its idle task,
nothing is recorded on CPU 1 (no samples, no wake-ups from interrupts, no
switch out of idle; ftrace too lacks those switches).  A switch to
swapper/1 may thus be followed by another thread's sample on CPU 1 with no
switch in between: the CPU was idle until that thread's first event.
"""
import os
import re
import select
import shutil
import signal
import subprocess
import tempfile
import time
from collections import Counter, namedtuple

from .events import Sample, Switch, Wake

# A reason perf cannot record here, and the command that would fix it.
Skip = namedtuple("Skip", "reason fix")

# What parse() returns.  lost: events perf reports as lost (ring buffer full);
# unwind_failed: kept samples whose user stack does not reach a thread's entry
# point (unwinding stopped early, or the stack was deeper than the copy).
Parsed = namedtuple("Parsed", "samples switches wakes tid_pid comm lost unwind_failed")

DEFAULT_PERIOD_NS = 100_000      # 10 kHz: ~10 samples per 1 ms request stage
DEFAULT_STACK_BYTES = 16384      # enough for python3.11's C stack at json depth
DEFAULT_MMAP = "8M"              # per CPU: at ~180 MB/s the default 512 KiB fills in 3 ms
SCHED_EVENTS = ("sched:sched_switch", "sched:sched_waking", "sched:sched_wakeup")
TRACEFS = ("/sys/kernel/tracing", "/sys/kernel/debug/tracing")
INSTALL_FIX = "as root: apt-get install -y linux-perf (or: make deps)"


class RecorderError(RuntimeError):
    """perf exited, or did not answer a control command in time."""


def record_args(period_ns=DEFAULT_PERIOD_NS, stack_bytes=DEFAULT_STACK_BYTES, mmap=DEFAULT_MMAP):
    """The event options of perf record, shared by the probe and the Recorder so
    that what check() proves is what gets recorded.

    The period is a term of the cpu-clock event, not `-c`: `-c` would set the
    sample period of the tracepoints too (the kernel records every tracepoint
    hit anyway when PERIOD is sampled, but we do not lean on that).  The
    tracepoints take `call-graph=no` (perf 6.1 accepts it, and only
    call-graph and stack-size, on a tracepoint): a 16 KiB stack copy on every
    context switch would multiply the data for stacks nobody reads."""
    args = ["-e", f"cpu-clock/period={int(period_ns)}/",
            "--call-graph", f"dwarf,{int(stack_bytes)}"]
    for ev in SCHED_EVENTS:
        args += ["-e", f"{ev}/call-graph=no/"]
    # -B/-N: no build-id pass at the end (it rereads the whole file, seconds
    # for a few hundred MB) and no copies of every binary into ~/.debug; the
    # data is parsed right away on the machine that recorded it.
    return args + ["-k", "CLOCK_MONOTONIC", "-m", str(mmap), "-B", "-N"]


# ---------------------------------------------------------------- check()

_checked = {}


def _paranoid():
    try:
        with open("/proc/sys/kernel/perf_event_paranoid") as f:
            return int(f.read().strip())
    except (OSError, ValueError):
        return None


def _tracefs_mounted():
    return any(os.path.isdir(os.path.join(d, "events", "sched")) for d in TRACEFS)


def _diagnose(stderr):
    """perf record's complaint -> Skip.  The probe is the test; this only
    names the cause, from perf's words and from what the system says.  The
    order matters: perf's messages about tracefs and ring buffers also say
    "permission", and are not fixed by the paranoid level."""
    text = stderr.lower()
    tail = " ".join(stderr.strip().splitlines()[-3:])[:300] or "no message"
    root = os.geteuid() == 0
    tracing = any(w in text for w in ("tracepoint", "tracefs", "debugfs", "tracing", "sched:"))
    if tracing and not _tracefs_mounted():
        return Skip("perf: sched tracepoints not readable (tracefs not mounted)",
                    "mount -t tracefs nodev /sys/kernel/tracing (as root)")
    if tracing and "permission" in text and not root:
        return Skip(f"perf: sched tracepoints not readable by uid {os.geteuid()}",
                    "mount -o remount,mode=755 /sys/kernel/tracing (as root), or run as root")
    if "mapping pages" in text or "mlock" in text:
        return Skip(f"perf: cannot map its {DEFAULT_MMAP} ring buffers: {tail}",
                    "run as root, or raise kernel.perf_event_mlock_kb")
    if not root and any(w in text for w in ("paranoid", "permission", "not permitted",
                                             "access to performance monitoring")):
        return Skip(f"perf: not allowed to record system-wide with tracepoints "
                    f"(kernel.perf_event_paranoid={_paranoid()}, needs -1 when not root)",
                    "sysctl -w kernel.perf_event_paranoid=-1 (as root), or run as root")
    if tracing:
        return Skip(f"perf: sched tracepoints unusable: {tail}",
                    "check /sys/kernel/tracing/events/sched, or run as root")
    return Skip(f"perf record failed: {tail}", "run `perf record -a -- true` to see why")


def check(perf="perf", timeout=60):
    """None when `perf` can record what the Recorder records, else a Skip.

    The definitive test is a probe: a system-wide record of `true` with the
    same event options into a temporary file.  Reading the paranoid level or
    the tracefs mount alone would be wrong both ways (root ignores the
    first; perf mounts tracefs itself when it may).  The answer is cached per
    perf path for the life of the process: the probe costs a fraction of a
    second of system-wide recording."""
    if perf in _checked:
        return _checked[perf]
    result = _probe(perf, timeout)
    _checked[perf] = result
    return result


def _probe(perf, timeout):
    exe = shutil.which(perf)
    if exe is None:
        return Skip(f"perf: {perf} not found", INSTALL_FIX)
    with tempfile.TemporaryDirectory(prefix="ipcfloor-perf-") as tmp:
        out = os.path.join(tmp, "probe.data")
        cmd = [exe, "record", "-q", "-a", *record_args(), "-o", out, "--", "true"]
        try:
            r = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True, errors="replace",
                               timeout=timeout, cwd=tmp)
        except subprocess.TimeoutExpired:
            return Skip(f"perf: the probe record did not finish in {timeout} s",
                        "check that `perf record -a -- true` works")
        except OSError as e:
            return Skip(f"perf: cannot run {exe}: {e.strerror}", INSTALL_FIX)
        if r.returncode != 0 or not os.path.exists(out):
            return _diagnose(r.stderr)
    return None


# ---------------------------------------------------------------- Recorder

def command(ctl, ack, cmd, timeout):
    """Send one control command to perf and wait for its ack."""
    try:
        os.write(ctl, f"{cmd}\n".encode())
    except BrokenPipeError:
        raise RecorderError(f"perf exited before `{cmd}`") from None
    # perf writes "ack\n" and the string's NUL (5 bytes): the NUL may
    # come with this read or lead the next one, so NULs are dropped
    got = b""
    deadline = time.monotonic() + timeout
    while b"\n" not in got:
        left = deadline - time.monotonic()
        if left <= 0:
            raise RecorderError(f"perf did not answer `{cmd}` within {timeout} s")
        ready, _, _ = select.select([ack], [], [], left)
        if not ready:
            continue
        chunk = os.read(ack, 64)
        if not chunk:
            raise RecorderError(f"perf exited before answering `{cmd}`")
        got += chunk.replace(b"\0", b"")
    if got.strip() != b"ack":
        raise RecorderError(f"perf answered `{cmd}` with {got!r}")


class Control:
    """The switch of a Recorder started by another process (the transport
    harness starts perf; the client, which knows where its requests begin
    and end, switches it).  ctl and ack are the descriptors the harness
    passed down from Recorder.control_fds()."""

    def __init__(self, ctl, ack, timeout=10.0):
        self.ctl, self.ack, self.timeout = int(ctl), int(ack), timeout

    def enable(self):
        command(self.ctl, self.ack, "enable", self.timeout)

    def disable(self):
        command(self.ctl, self.ack, "disable", self.timeout)


class Recorder:
    """perf record -a, started disabled, switched on and off by enable() and
    disable().  Use as a context manager, so perf is stopped on any exit:

        with Recorder("cell.data") as rec:
            rec.enable(); run_requests(); rec.disable()
        got = parse("cell.data", pids={server, client})

    System-wide rather than -p: on 2 vCPUs it costs little, and it sees the
    ksoftirqd and kworker threads that carry loopback traffic and every
    thread a server starts later, which -p would miss; parse() filters.

    Control goes through two pipes (`--control fd:ctl,ack`) rather than named
    fifos: nothing to create or clean up in the file system, and a perf that
    died shows as end-of-file on the ack pipe at once instead of a timeout."""

    def __init__(self, output, period_ns=DEFAULT_PERIOD_NS, stack_bytes=DEFAULT_STACK_BYTES,
                 perf="perf", mmap=DEFAULT_MMAP, ready_timeout=60.0, ack_timeout=10.0,
                 stop_timeout=120.0):
        self.output = os.fspath(output)
        self.period_ns = int(period_ns)
        self.stack_bytes = int(stack_bytes)
        self.perf = perf
        self.mmap = mmap
        self.ready_timeout = ready_timeout
        self.ack_timeout = ack_timeout
        # stopping writes out what is left in the buffers: seconds at worst
        self.stop_timeout = stop_timeout
        self.proc = None
        self.returncode = None
        self._ctl = self._ack = None
        self._log = None
        self.stderr = ""

    def command(self, ctl_fd, ack_fd):
        return [self.perf, "record", "-a",
                *record_args(self.period_ns, self.stack_bytes, self.mmap),
                "-D", "-1",                      # events off until enable()
                "--control", f"fd:{ctl_fd},{ack_fd}",
                "-o", self.output]

    def start(self):
        """Start perf and return once it is recording-ready (events opened,
        existing threads' maps written, control loop running).  Readiness is
        the ack of a `ping`: perf polls the control pipe only from its main
        loop, which it enters after all of that; it prints nothing on stdout
        to wait for, and its "Events disabled" line comes before the loop."""
        if self.proc is not None:
            raise RecorderError("perf already started")
        ctl_r, ctl_w = os.pipe()
        ack_r, ack_w = os.pipe()
        self._log = tempfile.TemporaryFile()
        try:
            # its own process group: a Ctrl-C meant for the harness does not
            # stop perf behind our back, and stop() can kill the whole group
            self.proc = subprocess.Popen(
                self.command(ctl_r, ack_w), stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL, stderr=self._log,
                pass_fds=(ctl_r, ack_w), process_group=0)
        except BaseException:
            for fd in (ctl_r, ctl_w, ack_r, ack_w):
                os.close(fd)
            self._log.close()
            self._log = None
            raise
        os.close(ctl_r)
        os.close(ack_w)
        self._ctl, self._ack = ctl_w, ack_r
        try:
            self._command("ping", self.ready_timeout)
        except BaseException:
            self.stop()
            raise
        return self

    def enable(self):
        """Switch recording on; returns once perf has enabled the events."""
        self._command("enable", self.ack_timeout)

    def disable(self):
        """Switch recording off; returns once perf has disabled the events."""
        self._command("disable", self.ack_timeout)

    def control_fds(self):
        """(ctl, ack): the two pipe ends a child process needs to switch this
        recorder itself (pass them with pass_fds, use Control there)."""
        return self._ctl, self._ack

    def _command(self, cmd, timeout):
        if self.proc is None or self._ctl is None:
            raise RecorderError(f"perf not running ({cmd})")
        try:
            command(self._ctl, self._ack, cmd, timeout)
        except RecorderError as e:
            raise RecorderError(f"{e}: {self._stderr_tail()}") from None

    def _stderr_tail(self):
        if self.proc is not None:
            try:
                self.proc.wait(timeout=2)   # let it finish writing its complaint
            except subprocess.TimeoutExpired:
                pass
        if self._log is None:
            return self.stderr[-500:].strip() or "no message"
        self._log.seek(0)
        text = self._log.read().decode(errors="replace")
        return text[-500:].strip() or "no message"

    def stop(self):
        """Stop perf (SIGINT: it flushes its buffers and writes the header),
        wait, and kill its process group if it does not exit in time.  Safe to
        call twice, and when perf has already died.  Returns perf's exit
        status (None if it was never started): -SIGINT after a normal stop,
        since perf re-raises the signal once its file is complete."""
        proc = self.proc
        if proc is None:
            return self.returncode
        try:
            if proc.poll() is None:
                try:
                    proc.send_signal(signal.SIGINT)
                except ProcessLookupError:
                    pass
                try:
                    proc.wait(timeout=self.stop_timeout)
                except subprocess.TimeoutExpired:
                    pass
            if proc.poll() is None:
                # still unreaped, so its pid is still its group's id
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                proc.wait()
        finally:
            self.returncode = proc.returncode
            for fd in (self._ctl, self._ack):
                if fd is not None:
                    os.close(fd)
            self._ctl = self._ack = None
            if self._log is not None:
                self._log.seek(0)
                self.stderr = self._log.read().decode(errors="replace")
                self._log.close()
                self._log = None
            self.proc = None
        return self.returncode

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
        return False


# ---------------------------------------------------------------- parse()

# Sample and tracepoint fields, per event type: tracepoints need no ip/sym
# (they would print the tracepoint's own kernel address after the trace text),
# samples have no trace text (asking for it makes perf warn once per type).
SCRIPT_FIELDS = ["-F", "sw:comm,pid,tid,cpu,time,period,event,ip,sym,dso",
                 "-F", "trace:comm,pid,tid,cpu,time,period,event,trace"]

# "<comm> <pid>/<tid> [<cpu>] <sec>.<nsec>: [<period>] <event>: <rest>"
# The comm may hold spaces, so the line is anchored on what follows it; the
# event name may hold a colon (sched:sched_switch), so it ends at ": " or EOL.
_HEADER = re.compile(
    r"^\s*(?P<comm>.*?)\s+(?P<pid>-?\d+)/(?P<tid>-?\d+)\s+\[(?P<cpu>\d+)\]\s+"
    r"(?P<sec>\d+)\.(?P<frac>\d+):\s+(?:(?P<period>\d+)\s+)?"
    r"(?P<event>\S+?):(?:\s+(?P<rest>.*?))?\s*$")
_LOST = re.compile(r"PERF_RECORD_LOST(?:_SAMPLES)?\s+lost\s+(\d+)")
# "\t<hex ip> <sym>[+0x<off>] (<dso>)"; the dso is taken by balancing the
# trailing parentheses, since a path may itself end in "(deleted)"
_FRAME = re.compile(r"^\s+(?P<ip>[0-9a-fA-F]+)\s(?P<body>.*\))\s*$")
_OFFSET = re.compile(r"\+0x[0-9a-fA-F]+$")
_SWITCH = re.compile(
    r"prev_comm=(?P<prev_comm>.*) prev_pid=(?P<prev_pid>-?\d+) prev_prio=-?\d+ "
    r"prev_state=(?P<prev_state>\S+) ==> next_comm=(?P<next_comm>.*) "
    r"next_pid=(?P<next_pid>-?\d+) next_prio=-?\d+")
_WAKE = re.compile(r"comm=(?P<comm>.*) pid=(?P<pid>-?\d+) prio=-?\d+ target_cpu=(?P<cpu>\d+)")
_KERNEL_IP = 0xffff800000000000
# perf's marker for "the chain went on, unknown": not a frame
_END_MARK = 0xffffffffffffffff
# where a user stack that was unwound to its bottom ends
THREAD_ROOTS = frozenset({"_start", "__libc_start_main", "__libc_start_call_main",
                          "clone", "clone3", "__clone", "__clone3", "__GI___clone3",
                          "start_thread", "__clone_internal"})


def to_ns(sec, frac):
    """"12345.678901234" parts -> integer ns, exactly (no float on the way)."""
    return int(sec) * 1_000_000_000 + int(frac[:9].ljust(9, "0"))


def _split_frame(body):
    """"sym+0x1f (dso)" -> (sym, dso), by matching the last parenthesis back."""
    depth = 0
    for i in range(len(body) - 1, -1, -1):
        c = body[i]
        if c == ")":
            depth += 1
        elif c == "(":
            depth -= 1
            if depth == 0:
                sym = _OFFSET.sub("", body[:i].rstrip())
                return sym or "[unknown]", body[i + 1:-1] or "[unknown]"
    return _OFFSET.sub("", body), "[unknown]"


def parse_script(lines, pids=None, period_ns=DEFAULT_PERIOD_NS):
    """`perf script` text (SCRIPT_FIELDS, --ns) -> Parsed.  Pure: the tests
    feed it fixture text.

    Samples are kept only for pids in `pids` when given (the record is
    system-wide); switches and wakes are kept for every CPU and thread, since
    the ledger needs every switch to know who ran.  tid_pid and comm cover
    every thread seen in any line.  A sample without a period field stands
    for `period_ns`."""
    pids = None if pids is None else set(pids)
    samples, switches, wakes = [], [], []
    tid_pid, comm = {}, {}
    lost = unwind_failed = 0
    head = None        # the header of the sample whose callchain follows
    frames = []
    user_root = None   # (sym) of the outermost user frame of that sample
    broken = False     # that sample's chain ended in perf's unknown marker

    def flush():
        nonlocal head, frames, unwind_failed
        if head is not None:
            if user_root is not None and (broken or user_root not in THREAD_ROOTS):
                unwind_failed += 1
            samples.append(head._replace(frames=tuple(frames)))
        head, frames = None, []

    for line in lines:
        line = line.rstrip("\n")
        if head is not None and line[:1] in ("\t", " ") and (m := _FRAME.match(line)):
            ip = int(m.group("ip"), 16)
            if ip == _END_MARK:
                broken = True
                continue
            sym, dso = _split_frame(m.group("body"))
            frames.append((sym, dso))
            if ip < _KERNEL_IP:
                user_root = sym.split("@")[0]     # __libc_start_main@@GLIBC_2.34
            continue
        if line[:1] == "\t":
            continue       # the callchain of a sample of a pid not asked for
        if not line.strip():
            flush()
            continue
        flush()
        if (lm := _LOST.search(line)):
            lost += int(lm.group(1))
            continue
        m = _HEADER.match(line)
        if m is None:
            continue
        pid, tid = int(m.group("pid")), int(m.group("tid"))
        t_ns = to_ns(m.group("sec"), m.group("frac"))
        cpu = int(m.group("cpu"))
        event = m.group("event")
        rest = m.group("rest") or ""
        if tid >= 0:
            tid_pid[tid] = pid
            comm[tid] = m.group("comm")
        if event.startswith("cpu-clock"):
            if pids is None or pid in pids:
                period = int(m.group("period")) if m.group("period") else period_ns
                head = Sample(t_ns, pid, tid, cpu, period, m.group("comm"), ())
                user_root, broken = None, False
        elif event.endswith("sched_switch"):
            s = _SWITCH.search(rest)
            if s:
                prev, nxt = int(s.group("prev_pid")), int(s.group("next_pid"))
                switches.append(Switch(t_ns, cpu, prev, s.group("prev_state"), nxt))
                comm.setdefault(prev, s.group("prev_comm"))
                comm.setdefault(nxt, s.group("next_comm"))
        elif event.endswith("sched_waking") or event.endswith("sched_wakeup"):
            w = _WAKE.search(rest)
            if w:
                woken = int(w.group("pid"))
                kind = "waking" if event.endswith("sched_waking") else "wakeup"
                # cpu: the target run queue (for "waking" the CPU it last ran
                # on); the waker's CPU is the header's, i.e. the waker's own
                wakes.append(Wake(t_ns, kind, woken, tid, int(w.group("cpu"))))
                comm.setdefault(woken, w.group("comm"))
    flush()
    return Parsed(samples, switches, wakes, tid_pid, comm, lost, unwind_failed)


def parse(perf_data, pids=None, perf="perf", period_ns=DEFAULT_PERIOD_NS):
    """Run `perf script` on a recording and parse its output as it streams
    (the text is ~10x the samples' count in lines, too much to hold twice).
    --no-inline: perf would otherwise run addr2line for every address, 4x
    slower, and name inlined callees instead of the functions that exist."""
    cmd = [perf, "script", "-i", os.fspath(perf_data), "--ns", "--no-inline",
           "--show-lost-events", *SCRIPT_FIELDS]
    with tempfile.TemporaryFile() as err:
        with subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=err, text=True, errors="replace") as p:
            try:
                got = parse_script(p.stdout, pids=pids, period_ns=period_ns)
            except BaseException:
                p.kill()
                raise
        if p.returncode != 0:
            err.seek(0)
            msg = err.read().decode(errors="replace").strip()[-500:]
            raise RuntimeError(f"perf script failed ({p.returncode}): {msg}")
    return got


# ---------------------------------------------------------------- folded

def frame_text(frame):
    """(sym, dso) -> "sym [dso basename]".  The dso stays in the text because
    most python3.11 frames are "[unknown]", and the library they are in is
    the only thing that tells them apart (python3.11, numpy's
    _multiarray_umath, _json); the basename keeps lines readable.  ";" is the
    separator of the folded format, so it cannot stay in a name."""
    sym, dso = frame
    return f"{sym} [{os.path.basename(dso.strip('[]')) or dso}]".replace(";", ":")


def folded(samples, key=None):
    """Samples -> {"root;...;leaf": count}, the input of flamegraph.pl and
    speedscope.  key(sample), when given, is put in front as an extra root
    frame (a comm, a pid, a stage), so one graph splits by it.  Counts are
    samples; with a fixed period, count x period_ns is CPU time."""
    out = Counter()
    for s in samples:
        stack = [frame_text(f) for f in reversed(s.frames)]
        if key is not None:
            stack.insert(0, str(key(s)).replace(";", ":"))
        out[";".join(stack) or "[no stack]"] += 1
    return dict(out)


def write_folded(path, stacks):
    """One "stack count" line per stack, sorted, as flame-graph tools read."""
    with open(path, "w", encoding="utf-8") as f:
        for stack in sorted(stacks):
            f.write(f"{stack} {stacks[stack]}\n")
