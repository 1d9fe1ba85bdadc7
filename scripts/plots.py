#!/usr/bin/python3
"""Render the plots of ipcfloor result folders with gnuplot.

Usage: plots.py [--force] [--allow-incomplete] [--results DIR] [RUN_DIR ...]

Without RUN_DIR every run folder under results/ that has no plots yet
(no plots/index.md) is rendered; a folder with an INCOMPLETE file is skipped
with a message.  Each plot is one self-contained gnuplot script
<run>/plots/<name>.gp (its data inline) that writes <name>.png and <name>.svg,
so a reader can restyle a plot without running the suite.  plots/index.md
lists every plot with a one-line caption.  Which plots, and what each shows:
scripts/ipcfloor/figures.py and results/README.md.
"""
import sys

import cli
from ipcfloor.figures import has_plots, incomplete_reason, render_run
from ipcfloor.rows import RESULTS, RunError, find_run_dirs


def main(argv=None):
    ap = cli.OneLineParser(
        description="Render gnuplot plots (PNG and SVG) of ipcfloor result folders into "
                    "<run>/plots/, with an index.md of captions.  Without RUN_DIR: every "
                    "run folder under results/ that has no plots yet.")
    ap.add_argument("runs", nargs="*", metavar="RUN_DIR", help="result folder(s) to render")
    ap.add_argument("--force", action="store_true", help="re-render folders that have plots")
    ap.add_argument("--allow-incomplete", action="store_true",
                    help="render folders marked incomplete too (titled INCOMPLETE)")
    ap.add_argument("--results", default=RESULTS, help="where to look without RUN_DIR "
                    "(default: %(default)s)")
    a = ap.parse_args(argv)
    explicit = bool(a.runs)
    runs = a.runs if explicit else find_run_dirs(a.results)
    if not runs:
        print("plots: no result folder under %s" % a.results)
        return 0
    status = 0
    for run in runs:
        if not explicit and has_plots(run) and not a.force:
            continue
        if not a.allow_incomplete and incomplete_reason(run):
            print("plots: skipping %s: %s" % (run, incomplete_reason(run)))
            continue
        try:
            render_run(run, allow_incomplete=a.allow_incomplete)
        except RunError as e:
            print("plots: %s" % e, file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
