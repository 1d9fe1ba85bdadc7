#!/usr/bin/python3
"""Explain where each high-level transport loses time, from one result folder.

    explain.py RUN_DIR [--no-plot] [--quiet] [--reference CSV]

Splits the measured median request time of every transport x variant x size
x pattern of RUN_DIR/transports.csv into parts, each a count x a measured
unit of the same folder (micro.csv, components.csv, counts.csv), after the
measured per-request timeline of the traced cells.  Writes
RUN_DIR/predicted.csv, RUN_DIR/EXPLAIN.md and
RUN_DIR/plots/{timeline,explain}-*.{png,svg,gp}, fills predicted_s of
explain-cells.csv, and prints the tables.  The model, its parts and its
outputs are the package scripts/ipcfloor/predict/ (its __init__ says which
module holds what); this file is the command line.
"""
import os
import sys

# transports/common.py is a sibling script's module, not part of the package
sys.path.insert(1, os.path.join(os.path.dirname(os.path.abspath(__file__)), "transports"))
import cli  # noqa: E402
from ipcfloor.predict.explain import explain_run  # noqa: E402
from ipcfloor.rows import RESULTS  # noqa: E402
from common import PROBE_SIZE  # noqa: E402  (stdlib only at import)


def newest_run():
    """The folder the epilog names for a missing RUN_DIR, or None."""
    best = None
    for dp, dn, fn in os.walk(RESULTS):
        if "micro.csv" in fn and "transports.csv" in fn and "INCOMPLETE" not in fn:
            rid = os.path.basename(dp)
            if best is None or rid > os.path.basename(best):
                best = dp
    return best


def main(argv=None):
    ap = cli.OneLineParser(
        prog="explain.py",
        description="Explain where each transport loses time, from one result folder: the "
                    "measured timeline (explain.csv, explain-cells.csv) and the model's prediction; "
                    "writes predicted.csv, EXPLAIN.md, plots/timeline-<size>.{png,svg,gp} and "
                    "plots/explain-<size>-<pattern>.{png,svg,gp} in it, fills predicted_s of "
                    "explain-cells.csv, and prints the tables.",
        epilog="Every part is count x a measured row of the folder (micro.csv, components.csv, "
               "counts.csv); the residual is the measured total minus the parts, shown even when "
               "negative. Without RUN_DIR: the newest folder under results/ with micro.csv and "
               "transports.csv and no INCOMPLETE marker.")
    ap.add_argument("run", nargs="?", help="result folder (results/<machine>/<run-id>)")
    ap.add_argument("--no-plot", action="store_true", help="do not draw the charts")
    ap.add_argument("--quiet", action="store_true", help="do not print the tables")
    ap.add_argument("--reference", help="published figures CSV (default results/reference/ or "
                                        "../shared/reference/python-transports-i7-10900X.csv)")
    a = ap.parse_args(argv)
    run = a.run or newest_run()
    if not run:
        sys.stderr.write("explain.py: no run folder given and none found under results/\n")
        return 2
    if not os.path.isdir(run):
        sys.stderr.write("explain.py: %s is not a folder\n" % run)
        return 2
    explain_run(run, PROBE_SIZE, no_plot=a.no_plot, quiet=a.quiet, reference=a.reference)
    return 0


if __name__ == "__main__":
    sys.exit(main())
