#!/usr/bin/python3
"""Write REPORT.md into an ipcfloor result folder.

Usage: report.py [--allow-incomplete] [--results DIR] [RUN_DIR]

Without RUN_DIR: the newest complete run folder under results/ (newest by
run id, which starts with the UTC date and time).  Renders the plots first
when the folder has none (scripts/plots.py).  The report holds:

- the machine, from meta.json;
- headline findings computed from micro.csv (rows with status ok only):
  the fastest primitive per size class (small <= 4 KiB, medium > 4 KiB and
  < 1 MiB, large >= 1 MiB) at the reference placement (the first of
  cross-core, smt, cross-numa, same-cpu, unpinned, cpus that has rows),
  by latency (lat p50) and by throughput (bw gbps); the cross-core penalty
  (cross-core p50 / same-cpu p50 per primitive/variant, geometric mean over
  the small sizes both have); what zero-copy buys at 1 GiB (best `*-touch`
  gbps against the best copying primitive's gbps, any placement).  Floors
  and `*-handoff` variants (the receiver got a mapping, not the bytes) are
  never ranked.  A finding that cannot be computed names the missing rows;
- the plots (links to plots/*.png), EXPLAIN.md linked when present;
- the skipped rows with their reasons, the placements not measured, and the
  failures.
"""
import sys

import cli
from ipcfloor.report import newest_complete, write_report
from ipcfloor.rows import RESULTS, RunError


def main(argv=None):
    ap = cli.OneLineParser(
        description="Write REPORT.md (machine, headline findings, plots, explanation, skips "
                    "and failures) into an ipcfloor result folder, rendering its plots first "
                    "when missing.  Without RUN_DIR: the newest complete run under results/.")
    ap.add_argument("run", nargs="?", metavar="RUN_DIR", help="result folder")
    ap.add_argument("--results", default=RESULTS,
                    help="where to look without RUN_DIR (default: %(default)s)")
    ap.add_argument("--allow-incomplete", action="store_true",
                    help="report on a folder marked incomplete, with a loud warning")
    a = ap.parse_args(argv)
    run = a.run or newest_complete(a.results)
    if not run:
        print("report: no complete run folder under %s (make run first)" % a.results,
              file=sys.stderr)
        return 2
    try:
        path = write_report(run, a.allow_incomplete)
    except RunError as e:
        print("report: %s" % e, file=sys.stderr)
        return 2
    print("report: wrote %s" % path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
