"""The cross-check pairs: an established tool's figure and the suite's, run
interleaved at the same CPUs and size, with what each measures and the
verdict (scripts/crosscheck.py is the command line and lists the pairs)."""
import os
import re
import resource
import shutil
import statistics
import subprocess
import time

from .rows import RunError as RowsError
from .rows import header as rows_header
from .rows import last_row

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.join(TOP, "micro", "bin")
TOLERANCE = 0.15
PERF_PACKAGE = "linux-perf"


class UsageError(Exception):
    pass


class RunError(Exception):
    """A program failed in a way that is not a skip: a real error."""


class Skip(Exception):
    pass


# ------------------------------------------------------------------ parsing

def parse_perf_usecs_per_op(text):
    """`perf bench sched pipe` / `syscall basic`: the `usecs/op` figure (float)."""
    m = re.search(r"^\s*([0-9]+(?:\.[0-9]+)?)\s+usecs/op\s*$", text, re.M)
    if not m:
        raise RunError("no 'usecs/op' line in perf output: %r" % text[-300:])
    return float(m.group(1))


def parse_perf_loops(text):
    """The loop count perf reports (`# Executed 150000 pipe operations ...`)."""
    m = re.search(r"#\s*Executed\s+([0-9]+)\s", text)
    return int(m.group(1)) if m else None


_UNITS = {"bytes/sec": 1.0, "KB/sec": 1024.0, "MB/sec": 1024.0 ** 2, "GB/sec": 1024.0 ** 3,
          "B/Sec": 1.0, "KB/Sec": 1024.0, "MB/Sec": 1024.0 ** 2, "GB/Sec": 1024.0 ** 3}


def parse_perf_bandwidth(text):
    """`perf bench mem memcpy`: bytes per second.  perf's KB/MB/GB are powers
    of 1024 (print_bps divides by 1024^n), so `17.85 GB/sec` is 19.17e9 B/s."""
    m = re.search(r"^\s*([0-9]+(?:\.[0-9]+)?)d?\s+((?:bytes|[KMG]B|B)/[Ss]ec)\b", text, re.M)
    if not m:
        raise RunError("no bandwidth line (GB/sec) in perf output: %r" % text[-300:])
    return float(m.group(1)) * _UNITS[m.group(2)]


def parse_suite_csv(stdout, header):
    """The last CSV row a micro/bin program printed, as a dict."""
    row = last_row(stdout, header)
    if row is None:
        raise RunError("no CSV row in: %r" % stdout[-300:])
    return row


def parse_placements(text):
    """`--show-placements` output -> {placement: [cpuA, cpuB] or 'skip reason'}."""
    out = {}
    for ln in text.splitlines():
        f = ln.split("\t")
        if len(f) < 2:
            continue
        if f[1] == "skip":
            out[f[0]] = f[2] if len(f) > 2 else "not available"
        else:
            try:
                out[f[0]] = [int(x) for x in f[1].split(",")]
            except ValueError:
                out[f[0]] = "unreadable: " + ln
    return out


# ------------------------------------------------------------------ running

def perf_path():
    return shutil.which("perf")


def perf_version():
    try:
        r = subprocess.run(["perf", "--version"], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return "perf"
    return r.stdout.strip() or "perf"


def _pin(cpu):
    return lambda: os.sched_setaffinity(0, {cpu})


def _perf_failure(r):
    """perf ran but did not benchmark: a skip with perf's own words."""
    lines = [ln.strip() for ln in (r.stderr + "\n" + r.stdout).splitlines() if ln.strip()]
    why = "; ".join(lines[-2:]) if lines else "no output"
    if "paranoid" in why:
        why += " (see /proc/sys/kernel/perf_event_paranoid)"
    return Skip("perf exited %d: %s" % (r.returncode, why))


def _children_cpu():
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def run_perf(argv, cpu, timeout):
    """perf bench pinned to one CPU (children inherit it).  -> (stdout, CPU
    seconds of perf and its children, wall seconds)."""
    cpu0, t0 = _children_cpu(), time.monotonic()
    try:
        r = subprocess.run(argv, capture_output=True, text=True, timeout=timeout,
                           preexec_fn=_pin(cpu))
    except subprocess.TimeoutExpired:
        raise RunError("%s: no result in %d s" % (" ".join(argv), timeout))
    except OSError as e:
        raise Skip("cannot run perf: %s" % e)
    if r.returncode != 0:
        raise _perf_failure(r)
    return r.stdout, _children_cpu() - cpu0, time.monotonic() - t0


def _children(pid):
    try:
        with open("/proc/%d/task/%d/children" % (pid, pid)) as f:
            return [int(x) for x in f.read().split()]
    except (OSError, ValueError):
        return []


def _voluntary_switches(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            m = re.search(r"^voluntary_ctxt_switches:\s*([0-9]+)", f.read(), re.M)
    except OSError:
        return 0
    return int(m.group(1)) if m else 0


def run_perf_split(argv, cpu_a, cpu_b, timeout):
    """perf bench sched pipe with its two processes on two CPUs: the parent
    starts on cpu_a, its child (forked just after perf starts its clock) is
    moved to cpu_b the moment it appears.  -> (stdout, loops the child had
    done on cpu_a by then: its voluntary context switches, one per blocking
    read)."""
    try:
        p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             preexec_fn=_pin(cpu_a))
    except OSError as e:
        raise Skip("cannot run perf: %s" % e)
    t0 = time.monotonic()
    moved = None
    try:
        while time.monotonic() - t0 < 10 and p.poll() is None:
            kids = _children(p.pid)
            if kids:
                try:
                    os.sched_setaffinity(kids[0], {cpu_b})
                    moved = _voluntary_switches(kids[0])
                except OSError:
                    pass
                break
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        p.kill()
        p.communicate()
        raise RunError("%s: no result in %d s" % (" ".join(argv), timeout))
    if p.returncode != 0:
        raise _perf_failure(subprocess.CompletedProcess(argv, p.returncode, out, err))
    if moved is None:
        raise RunError("perf's child process could not be moved to CPU %d" % cpu_b)
    return out, moved


def suite_header():
    try:
        return rows_header()
    except RowsError as e:
        raise RunError(str(e)) from None


def suite_prog(prim):
    path = os.path.join(BIN, prim)
    if not os.access(path, os.X_OK):
        raise RunError("%s is not built: run `make` first" % os.path.relpath(path, TOP))
    return path


def run_suite(prim, args, timeout):
    """One micro/bin program, CSV row -> dict.  Exit 77 is a skip."""
    argv = [suite_prog(prim)] + args + ["--format", "csv"]
    try:
        r = subprocess.run(argv, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise RunError("%s: no result in %d s" % (" ".join(argv), timeout))
    if r.returncode == 77:
        raise Skip(r.stderr.strip().splitlines()[-1] if r.stderr.strip() else "skipped")
    if r.returncode != 0:
        raise RunError("micro/bin/%s exited %d: %s" % (prim, r.returncode,
                                                       r.stderr.strip()[-300:]))
    row = parse_suite_csv(r.stdout, suite_header())
    if row.get("status") != "ok":
        raise RunError("micro/bin/%s: %s %s" % (prim, row.get("status"), row.get("reason")))
    return row


def placement_cpus(placement):
    r = subprocess.run([suite_prog("pipe"), "--show-placements"], capture_output=True,
                       text=True, timeout=30)
    got = parse_placements(r.stdout).get(placement)
    if got is None:
        raise Skip("placement %s unknown to micro/bin/pipe --show-placements" % placement)
    if isinstance(got, str):
        raise Skip("placement %s: %s" % (placement, got))
    return got


# ------------------------------------------------------------------ the pairs

def calibrate(seconds, us_per_op, lo, hi):
    """Loops that take about `seconds` at `us_per_op`, within lo..hi."""
    n = int(seconds * 1e6 / us_per_op) if us_per_op > 0 else lo
    return max(lo, min(hi, n))


def fmt_us(v):
    return ("%.3g us" % v) if v < 100 else ("%.0f us" % v)


def fmt_gbps(v):
    return "%.3g GB/s" % v


class Pair:
    """One tool figure against one suite figure.  Subclasses fill in the
    commands and what each figure means; run_once() returns one value per side."""
    name = ""
    title = ""
    package = PERF_PACKAGE
    unit = "us"
    tool_measures = ""
    suite_measures = ""

    def __init__(self, quick):
        self.quick = quick
        self.tool_cmd = ""
        self.suite_cmd = ""
        self.extra = {}

    def fmt(self, v):
        return fmt_us(v) if self.unit == "us" else fmt_gbps(v)

    def prepare(self):
        """Check the tool and placement; raises Skip."""
        if not perf_path():
            raise Skip("perf not on PATH")

    def explain(self, tool, suite):
        """A known reason for a gap beyond the tolerance, or None."""
        return None

    # One-CPU pairs: when other processes run on the CPU, a mean of wall time
    # measures the share of the CPU the pair got as much as the operation.
    # CPU time per operation (getrusage of perf and its child; the suite's
    # cpu_ns_per_msg) is not inflated by waiting, so it is the fair figure then.
    def cpu_details(self, per):
        e = self.extra
        if not e.get("tool_cpu") or not e.get("suite_cpu"):
            return []
        return ["%s (not inflated by waiting for the CPU): tool %s, suite %s "
                "(ratio %.3f); CPU busy with the pair: tool %.0f%%, suite %.0f%% of the "
                "wall time" % (per, self.fmt(statistics.median(e["tool_cpu"])),
                               self.fmt(statistics.median(e["suite_cpu"])), self.cpu_ratio(),
                               100 * statistics.median(e["tool_share"]),
                               100 * statistics.median(e["suite_share"]))]

    def cpu_ratio(self):
        return statistics.median(self.extra["tool_cpu"]) / statistics.median(
            self.extra["suite_cpu"])

    def explain_by_load(self, per):
        e = self.extra
        if not e.get("tool_cpu") or not e.get("suite_cpu"):
            return None
        shares = (statistics.median(e["tool_share"]), statistics.median(e["suite_share"]))
        if min(shares) < 1 - TOLERANCE and abs(self.cpu_ratio() - 1) <= TOLERANCE:
            return ("other processes ran on this CPU: the pair had it %.0f%% (tool) and %.0f%% "
                    "(suite) of the wall time, so each figure includes waiting for the CPU; "
                    "the %s, which waiting does not inflate, agrees within %d%% "
                    "(ratio %.3f)" % (100 * shares[0], 100 * shares[1], per,
                                      TOLERANCE * 100, self.cpu_ratio()))
        return None


class PipePair(Pair):
    unit = "us"
    placement = "same-cpu"
    tool_measures = "round trip, mean (total time / loops)"
    suite_measures = "round trip, mean (2 x one-way mean_ns)"

    def prepare(self):
        super().prepare()
        self.cpus = placement_cpus(self.placement)
        self.time = 0.2 if self.quick else self.suite_time
        self.loops_used = []
        self.suite_cmd = "micro/bin/pipe --size 4 --placement %s --time %g" % (
            self.placement, self.time)
        self.extra = {"p50": [], "moved": [], "tool_cpu": [], "tool_share": [],
                      "suite_cpu": [], "suite_share": []}

    def run_tool(self):
        # as many loops as fill the suite's time budget at the suite's last figure
        self.loops = calibrate(self.time, self.last_suite, 1000, 2000000)
        self.loops_used.append(self.loops)
        self.tool_cmd = "perf bench sched pipe -l %s (CPU %s)" % (
            "/".join(str(x) for x in self.loops_used),
            ",".join(str(c) for c in sorted(set(self.cpus))))
        argv = ["perf", "bench", "sched", "pipe", "-l", str(self.loops)]
        if self.cpus[0] == self.cpus[1]:
            out, cpu, wall = run_perf(argv, self.cpus[0], timeout=120)
            self.extra["tool_cpu"].append(cpu * 1e6 / self.loops)
            self.extra["tool_share"].append(cpu / wall)
        else:
            out, moved = run_perf_split(argv, self.cpus[0], self.cpus[1], timeout=120)
            self.extra["moved"].append(moved)
        if parse_perf_loops(out) not in (None, self.loops):
            raise RunError("perf ran %s loops, not %d" % (parse_perf_loops(out), self.loops))
        return parse_perf_usecs_per_op(out)

    def run_suite(self):
        row = run_suite("pipe", ["--size", "4", "--placement", self.placement,
                                 "--time", str(self.time), "--warmup", "0.1"], timeout=120)
        self.extra["p50"].append(2 * float(row["p50_ns"]) / 1000.0)
        self.extra["suite_cpu"].append(2 * float(row["cpu_ns_per_msg"]) / 1000.0)
        self.extra["suite_share"].append(float(row["cpu_ns_per_msg"]) / float(row["mean_ns"]))
        self.last_suite = 2 * float(row["mean_ns"]) / 1000.0
        return self.last_suite

    def details(self):
        d = []
        if self.extra["p50"]:
            d.append("suite round trip at the median (2 x p50_ns): %s; perf gives only a mean"
                     % fmt_us(statistics.median(self.extra["p50"])))
        return d


class PipeSameCpu(PipePair):
    name = "pipe-same-cpu"
    title = "pipe 4 B, same CPU"
    placement = "same-cpu"
    suite_time = 0.7

    def details(self):
        return super().details() + self.cpu_details("CPU time per round trip")

    def explain(self, tool, suite):
        return self.explain_by_load("CPU time per round trip")


class PipeCrossCore(PipePair):
    name = "pipe-cross-core"
    title = "pipe 4 B, cross-core"
    placement = "cross-core"
    suite_time = 0.7

    def details(self):
        d = super().details()
        if self.extra["moved"]:
            d.append("perf's child was moved to CPU %d after at most %d of its %d loops "
                     "(its voluntary context switches then); the loops before ran on one CPU"
                     % (self.cpus[1], max(self.extra["moved"]), min(self.loops_used)))
        return d

    def explain(self, tool, suite):
        p50 = statistics.median(self.extra["p50"]) if self.extra["p50"] else None
        if p50 and suite > 1.5 * p50:
            return ("a cross-core wake-up on this KVM guest is an IPI to a possibly halted "
                    "vCPU: the suite's mean is %.1fx its median, so both means are set by the "
                    "tail, i.e. by what else runs on the two CPUs during each run"
                    % (suite / p50))
        return None


class Syscall(Pair):
    name = "syscall"
    title = "getppid() system call"
    unit = "us"
    tool_measures = "one call, mean (total time / loops)"
    suite_measures = "one call, mean (mean_ns)"

    def prepare(self):
        super().prepare()
        self.cpu = placement_cpus("same-cpu")[0]
        self.time = 0.2 if self.quick else 0.5
        self.loops_used = []
        self.suite_cmd = "micro/bin/nullsyscall --placement same-cpu --time %g" % self.time
        self.extra = {"p50": [], "batch": [], "clock": [], "tool_cpu": [], "tool_share": [],
                      "suite_cpu": [], "suite_share": []}

    def run_tool(self):
        loops = calibrate(self.time, self.last_suite, 10000, 50000000)
        self.loops_used.append(loops)
        self.tool_cmd = "perf bench syscall basic -l %s (CPU %d)" % (
            "/".join(str(x) for x in self.loops_used), self.cpu)
        out, cpu, wall = run_perf(["perf", "bench", "syscall", "basic", "-l", str(loops)],
                                  self.cpu, timeout=120)
        self.extra["tool_cpu"].append(cpu * 1e6 / loops)
        self.extra["tool_share"].append(cpu / wall)
        return parse_perf_usecs_per_op(out)

    def run_suite(self):
        row = run_suite("nullsyscall", ["--placement", "same-cpu", "--time", str(self.time),
                                        "--warmup", "0.1"], timeout=120)
        self.extra["p50"].append(float(row["p50_ns"]) / 1000.0)
        self.extra["batch"].append(int(row["batch"] or 1))
        self.extra["clock"].append(float(row["clock_ns"] or 0))
        self.extra["suite_cpu"].append(float(row["cpu_ns_per_msg"]) / 1000.0)
        self.extra["suite_share"].append(float(row["cpu_ns_per_msg"]) / float(row["mean_ns"]))
        self.last_suite = float(row["mean_ns"]) / 1000.0
        return self.last_suite

    def details(self):
        d = []
        if self.extra["p50"]:
            d.append("suite median call (p50_ns): %s; calls timed in batches of %s, one "
                     "clock read costs %.0f ns" % (
                         fmt_us(statistics.median(self.extra["p50"])),
                         "/".join(str(b) for b in self.extra["batch"]),
                         statistics.median(self.extra["clock"])))
        return d + self.cpu_details("CPU time per call")

    def explain(self, tool, suite):
        by_load = self.explain_by_load("CPU time per call")
        if by_load:
            return by_load
        if self.extra["batch"] and min(self.extra["batch"]) == 1:
            return ("the suite timed single calls here (batch 1: its warm-up saw a slow "
                    "call), so each of its samples includes a clock read of about %.0f ns"
                    % statistics.median(self.extra["clock"]))
        return None


class Memcpy(Pair):
    unit = "GB/s"
    tool_measures = "copy bandwidth, mean over its loops"
    suite_measures = "copy bandwidth, median of repetitions"

    def prepare(self):
        super().prepare()
        self.cpu = placement_cpus("same-cpu")[0]
        self.loops = max(1, self.base_loops // (4 if self.quick else 1))
        self.time = 0.3 if self.quick else self.suite_time
        self.tool_cmd = "perf bench mem memcpy -f default -s %s -l %d (CPU %d%s)" % (
            self.perf_size, self.loops, self.cpu,
            "; and -l 1 for its set-up CPU time" if self.cpu_figures else "")
        self.suite_cmd = ("micro/bin/memcpy --variant warm --mode bw --size %s "
                          "--placement same-cpu --time %g" % (self.suite_size, self.time))
        self.extra = {"perf_gib": [], "tool_cpu": [], "tool_share": [], "suite_cpu": [],
                      "suite_share": []}

    def _perf(self, loops):
        return run_perf(["perf", "bench", "mem", "memcpy", "-f", "default", "-s",
                         self.perf_size, "-l", str(loops)], self.cpu, timeout=300)

    def run_tool(self):
        # perf's CPU time also holds its start-up and set-up (a memset and one
        # copy of the size, faulting both buffers in): a run with -l 1 measures
        # them, and the difference is the CPU time of loops - 1 copies
        base_cpu = self._perf(1)[1] if self.cpu_figures else None
        out, cpu, wall = self._perf(self.loops)
        bps = parse_perf_bandwidth(out)
        self.extra["perf_gib"].append(bps / 1024 ** 3)
        if base_cpu is not None and cpu > base_cpu:
            self.extra["tool_cpu"].append(self.size * (self.loops - 1) / (cpu - base_cpu) / 1e9)
            self.extra["tool_share"].append(cpu / wall)
        return bps / 1e9

    def run_suite(self):
        row = run_suite("memcpy", ["--variant", "warm", "--mode", "bw", "--size",
                                   self.suite_size, "--placement", "same-cpu", "--time",
                                   str(self.time), "--reps", "3", "--warmup", "0.05"],
                        timeout=300)
        cpu_s = float(row["cpu_ns_per_msg"]) / 1e9
        if self.cpu_figures and cpu_s > 0:
            self.extra["suite_cpu"].append(self.size / cpu_s / 1e9)
            self.extra["suite_share"].append(cpu_s * float(row["gbps"]) * 1e9 / self.size)
        return float(row["gbps"])

    def details(self):
        d = ["perf prints GB/sec in 2^30 bytes: its median %.2f GB/sec is %.3g GB/s (10^9 B/s, "
             "the suite's unit)" % (statistics.median(self.extra["perf_gib"]),
                                    statistics.median(self.extra["perf_gib"]) * 1.073741824)
             if self.extra["perf_gib"] else "",
             "perf 6.1 memsets its source and copies once before timing (memcpy_prefault), "
             "so no page fault is timed: that is the suite's `warm`; `fresh` faults a new "
             "destination in each copy and is several times slower"]
        return [x for x in d if x] + self.cpu_details("bytes copied per CPU second")

    def explain(self, tool, suite):
        return self.explain_by_load("bytes copied per CPU second")


class Memcpy256M(Memcpy):
    # 8 x the 32 MiB L3 of this machine: DRAM bandwidth, at a quarter of the
    # time and memory 1 GiB takes (each side maps and faults in 2 x the size)
    name = "memcpy-256m"
    title = "memcpy 256 MiB (DRAM)"
    size, perf_size, suite_size = 256 << 20, "256MB", "256M"
    base_loops = 9
    # faulting perf's 2 x 256 MiB in varies run to run by more than its copies
    # take, so its CPU time cannot be split: no CPU-time figures here
    cpu_figures = False
    suite_time = 0.6


class Memcpy4M(Memcpy):
    name = "memcpy-4m"
    title = "memcpy 4 MiB (L3)"
    size, perf_size, suite_size = 4 << 20, "4MB", "4M"
    base_loops = 301
    cpu_figures = True
    suite_time = 0.5


class LineBounce(Pair):
    """The cacheline floor against the bare bounce it must equal."""
    name = "cacheline-cross-core"
    title = "cache line bounce, cross-core"
    package = "none: micro/bin/ref-linebounce is built by make"
    unit = "us"
    tool_measures = "one-way, median of repetitions (each a mean of 10^6 round trips / 2)"
    suite_measures = "one-way, p50_ns (median of batches of round trips / 2)"
    lines = 1
    suite_prim, suite_args = "cacheline", []

    def prepare(self):
        self.tool = os.path.join(BIN, "ref-linebounce")
        if not os.access(self.tool, os.X_OK):
            raise Skip("micro/bin/ref-linebounce is not built: run `make`")
        self.cpus = placement_cpus("cross-core")
        self.iters = 200000 if self.quick else 1000000
        self.time = 0.3 if self.quick else 1.0
        self.tool_argv = ["micro/bin/ref-linebounce", str(self.cpus[0]), str(self.cpus[1]),
                          str(self.iters), "11", str(self.lines)]
        self.tool_cmd = " ".join(self.tool_argv)
        self.args = self.suite_args + ["--placement", "cross-core", "--time", str(self.time),
                                       "--warmup", "0.1"]
        self.suite_cmd = " ".join(["micro/bin/" + self.suite_prim] + self.args[:-2])

    def run_tool(self):
        argv = [self.tool] + self.tool_argv[1:]
        r = subprocess.run(argv, capture_output=True, text=True, timeout=120)
        if r.returncode != 0:
            raise RunError("ref-linebounce exited %d: %s" % (r.returncode, r.stderr.strip()))
        return parse_linebounce(r.stdout) / 1000.0

    def run_suite(self):
        row = run_suite(self.suite_prim, self.args, timeout=120)
        return float(row["p50_ns"]) / 1000.0

    def details(self):
        return ["both sides spin on one line in a MAP_SHARED page between the same two CPUs; "
                "the suite's timed loop is the bounce itself (its `loop` hook), so a gap "
                "beyond noise is harness code between seeing the peer's store and answering"]


class TwoLineBounce(LineBounce):
    """shm/seqlock at 64 B against the bare bounce of the two lines it needs."""
    name = "shm-seqlock-64-cross-core"
    title = "64 B message in two cache lines (shm/seqlock), cross-core"
    tool_measures = ("one-way, median of repetitions of a two-line message "
                     "(ref-linebounce lines=2: the writer stores both lines, the reader "
                     "polls the last and reads both)")
    lines = 2
    suite_prim, suite_args = "shm", ["--variant", "seqlock", "--size", "64"]

    def details(self):
        return ["64 B of payload and an 8 B sequence word need two lines (56 B + 8 B); "
                "the bare bounce of two lines is this message's floor, not the one-line "
                "cacheline row, and the suite adds the payload copies to it"]


def parse_linebounce(text):
    """micro/bin/ref-linebounce: the one-way median in ns."""
    m = re.search(r"one-way p50 ([0-9.]+) ns", text)
    if not m:
        raise RunError("no 'one-way p50' in ref-linebounce output: %r" % text[-300:])
    return float(m.group(1))


PAIRS = [PipeSameCpu, PipeCrossCore, Syscall, Memcpy256M, Memcpy4M, LineBounce,
         TwoLineBounce]

NOT_PAIRED = [
    ("perf bench sched pipe -T", "two threads of one process: no address-space switch, "
     "while every suite primitive runs two processes"),
    ("perf bench futex wake", "the time of the FUTEX_WAKE calls that wake N waiting threads; "
     "micro/bin/futexwake measures a store + wake until the sleeping peer runs (one-way)"),
    ("perf bench mem memset", "no memset row in the suite"),
    ("perf bench sched messaging", "groups of senders and receivers, many at once: "
     "no single-pair row to match"),
    ("lmbench (lat_pipe, bw_mem)", "not packaged in Debian 12"),
]


# ------------------------------------------------------------------ verdicts

def verdict(tool_runs, suite_runs, tool, suite, explanation):
    """-> (verdict, note).  ratio = tool / suite."""
    ratio = tool / suite
    if abs(ratio - 1) <= TOLERANCE:
        return "ok", ""
    if min(tool_runs) <= max(suite_runs) and min(suite_runs) <= max(tool_runs):
        return "noise", ("runs overlap (tool %s; suite %s): the gap is within this machine's "
                         "run-to-run noise" % (", ".join("%.3g" % v for v in tool_runs),
                                               ", ".join("%.3g" % v for v in suite_runs)))
    if explanation:
        return "DIFF", "explained: " + explanation
    return "DIFF", "unexplained"


# ------------------------------------------------------------------ main

CSV_COLUMNS = ["pair", "tool_cmd", "tool_value", "tool_measures", "tool_runs", "suite_cmd",
               "suite_value", "suite_measures", "suite_runs", "unit", "ratio", "verdict",
               "note"]
