#!/usr/bin/python3
"""Cross-check the suite's figures against established tools (`make crosscheck`).

Usage: crosscheck.py [--only PAIR[,PAIR...]] [--runs N] [--quick] [--out FILE] [--list]

For each pair below, runs the established tool (today: `perf bench`, Debian
package linux-perf) and the matching micro/bin program on the spot, at the
same CPUs and the same payload size, N times each, interleaved (suite, tool,
suite, tool, ...) so the noise of a busy machine falls on both sides alike,
and prints the median of each side, what each figure measures (a round
trip, one call, a copy bandwidth; a mean or a median), the ratio
tool / suite and a verdict:

  ok      the two medians are within 15% of each other
  noise   more than 15% apart, but the runs of the two sides overlap (the
          gap is within this machine's run-to-run noise; the runs are shown)
  DIFF    more than 15% apart and the runs do not overlap; followed by the
          pair's known explanation when the difference has one
  skip    the tool is missing or cannot run here (`skip <pair>: <reason>
          (package <name>)`), or the placement does not exist here

Pairs:
  pipe-same-cpu     perf bench sched pipe (processes, 4-byte messages) on one CPU
                    vs micro/bin/pipe --size 4 --placement same-cpu: perf's
                    average round trip against 2 x mean_ns (the suite's
                    latency columns are one-way = half the round trip); perf's
                    loop count fills the suite's time at the suite's figure
  pipe-cross-core   the same with perf's two processes pinned to the suite's
                    cross-core CPUs (perf itself cannot pin them: the parent
                    is started on CPU A and its child is moved to CPU B as
                    soon as it exists)
  syscall           perf bench syscall basic (getppid) vs micro/bin/nullsyscall
                    (getppid): mean time of one call on both sides
  memcpy-256m       perf bench mem memcpy -f default -s 256MB vs micro/bin/memcpy
                    --variant warm --mode bw --size 256M: glibc memcpy() of
                    256 MiB (8 x a 32 MiB L3: DRAM) into a destination already
                    faulted in (perf 6.1 memsets the source and copies once,
                    untimed, before timing: the suite's `warm`, not `fresh`);
                    perf's GB/sec are 2^30 bytes, converted to 10^9
  memcpy-4m         the same at 4 MiB (source and destination fit in the L3)
  cacheline-cross-core  micro/bin/ref-linebounce (micro/ref/linebounce.c: two
                    pinned processes bouncing one counter, nothing else) vs
                    micro/bin/cacheline --placement cross-core: one-way ns; the
                    floor must sit at the bare bounce, not above it
  shm-seqlock-64-cross-core  ref-linebounce with lines=2 vs micro/bin/shm
                    --variant seqlock --size 64 --placement cross-core: a 64 B
                    payload and its sequence word need two lines, so a 64 B
                    message's floor is the bare two-line bounce

Exit status: 0 when every pair is ok, noise, explained or skipped; 1 when a
pair is DIFF without an explanation or a program failed (a real error); 2 on
bad usage (one line on stderr).
"""
import argparse
import csv
import os
import statistics
import sys
import time

from ipcfloor.crosscheck import (BIN, CSV_COLUMNS, NOT_PAIRED, PAIRS, TOLERANCE, RunError,
                                 Skip, UsageError, perf_path, perf_version, verdict)


class Parser(argparse.ArgumentParser):
    def error(self, message):
        raise UsageError(message)


def parse_args(argv):
    p = Parser(prog="crosscheck.py", add_help=False)
    p.add_argument("--help", "-h", action="store_true")
    p.add_argument("--list", action="store_true")
    p.add_argument("--only", default="")
    p.add_argument("--runs", type=int, default=None)
    p.add_argument("--quick", action="store_true")
    p.add_argument("--out", default=None)
    a = p.parse_args(argv)
    names = [c.name for c in PAIRS]
    a.pairs = PAIRS
    if a.only:
        want = [w.strip() for w in a.only.split(",") if w.strip()]
        bad = [w for w in want if w not in names]
        if bad or not want:
            raise UsageError("--only: unknown pair %s (pairs: %s)"
                             % (",".join(bad) or "''", ", ".join(names)))
        a.pairs = [c for c in PAIRS if c.name in want]
    if a.runs is None:
        a.runs = 1 if a.quick else 3
    if a.runs < 1 or a.runs > 50:
        raise UsageError("--runs must be 1..50, not %d" % a.runs)
    return a


def main(argv):
    try:
        a = parse_args(argv)
    except UsageError as e:
        print("crosscheck.py: %s (see --help)" % e, file=sys.stderr)
        return 2
    if a.help:
        print(__doc__.strip())
        return 0
    if a.list:
        for c in PAIRS:
            print("%s\t%s" % (c.name, c.title))
        return 0

    have_perf = perf_path()
    print("crosscheck: each pair run %d time%s per side, interleaved, same CPUs and size; "
          "medians; ratio = tool / suite; ok within %d%%" % (a.runs, "" if a.runs == 1 else "s",
                                                             TOLERANCE * 100))
    print("tool: %s; suite: %s" % (perf_version() if have_perf else "perf not found",
                                   os.path.relpath(BIN, os.getcwd())))
    print()
    results, errors, skips = [], 0, []
    for cls in a.pairs:
        pair = cls(a.quick)
        rec = {"pair": pair.name, "unit": pair.unit, "tool_measures": pair.tool_measures,
               "suite_measures": pair.suite_measures}
        started = time.monotonic()
        try:
            pair.prepare()
            tool_runs, suite_runs = [], []
            print("  running %-16s %s ..." % (pair.name, pair.title), file=sys.stderr,
                  flush=True)
            for _ in range(a.runs):
                suite_runs.append(pair.run_suite())
                tool_runs.append(pair.run_tool())
            rec["tool_cmd"], rec["suite_cmd"] = pair.tool_cmd, pair.suite_cmd
        except Skip as e:
            rec.update(verdict="skip", note="%s (package %s)" % (e, pair.package))
            skips.append("skip %s: %s (package %s)" % (pair.name, e, pair.package))
            results.append((pair, rec))
            continue
        except RunError as e:
            rec.update(verdict="error", note=str(e))
            errors += 1
            results.append((pair, rec))
            continue
        tool, suite = statistics.median(tool_runs), statistics.median(suite_runs)
        v, note = verdict(tool_runs, suite_runs, tool, suite, pair.explain(tool, suite))
        rec.update(tool_value="%.4g" % tool, suite_value="%.4g" % suite,
                   tool_runs=";".join("%.4g" % x for x in tool_runs),
                   suite_runs=";".join("%.4g" % x for x in suite_runs),
                   ratio="%.3f" % (tool / suite), verdict=v, note=note)
        rec["_details"] = pair.details()
        rec["_secs"] = time.monotonic() - started
        rec["_tool"], rec["_suite"] = tool, suite
        results.append((pair, rec))

    # the table
    rows = [("pair", "tool", "tool measures", "suite", "suite measures", "tool/suite",
             "verdict")]
    for pair, rec in results:
        if rec["verdict"] in ("skip", "error"):
            continue
        rows.append((pair.name, pair.fmt(rec["_tool"]), rec["tool_measures"],
                     pair.fmt(rec["_suite"]), rec["suite_measures"], rec["ratio"],
                     rec["verdict"]))
    if len(rows) > 1:
        w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
        for r in rows:
            print("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
        print()
    unexplained = 0
    for pair, rec in results:
        if rec["verdict"] == "skip":
            continue
        if rec["verdict"] == "error":
            print("error %s: %s" % (pair.name, rec["note"]))
            continue
        print("%s: %s (%.0f s)" % (pair.name, pair.title, rec["_secs"]))
        print("  tool:  %s  runs %s" % (rec["tool_cmd"], rec["tool_runs"].replace(";", " ")))
        print("  suite: %s  runs %s" % (rec["suite_cmd"], rec["suite_runs"].replace(";", " ")))
        for d in rec["_details"]:
            print("  " + d)
        if rec["verdict"] != "ok":
            print("  %s: %s" % (rec["verdict"], rec["note"]))
        if rec["note"] == "unexplained":
            unexplained += 1
    for s in skips:
        print(s)
    print()
    print("not paired (no like-for-like row):")
    for tool, why in NOT_PAIRED:
        print("  %s: %s" % (tool, why))

    if a.out:
        try:
            with open(a.out, "w", newline="") as f:
                wr = csv.DictWriter(f, fieldnames=CSV_COLUMNS, extrasaction="ignore",
                                    lineterminator="\n")
                wr.writeheader()
                for _, rec in results:
                    wr.writerow({k: rec.get(k, "") for k in CSV_COLUMNS})
        except OSError as e:
            print("error: cannot write %s: %s" % (a.out, e), file=sys.stderr)
            return 1
    if errors or unexplained:
        print("\ncrosscheck: %d error(s), %d unexplained difference(s)" % (errors, unexplained))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
