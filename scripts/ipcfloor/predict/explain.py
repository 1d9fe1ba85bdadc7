"""The explain pass over one run folder: predicted.csv, predicted_s of
explain-cells.csv, plots/explain-*, and EXPLAIN.md, which opens with the
measured timeline (timeline/render.py) and then sets the prediction beside it."""
import os

from ..timeline import render as timeline
from .explainer import Explainer, predicted_totals
from .markdown import render
from .published import find_reference
from .table import PREDICTED_CSV, csv_rows, write_csv


def explain_run(run, probe_size, no_plot=False, quiet=False, reference=None):
    """Write everything into `run` and, unless quiet, print the tables.
    probe_size: the transport stage's fixed-cost probe (Explainer);
    reference: the published figures CSV (default: find_reference())."""
    ex = Explainer(run, probe_size)
    if not ex.have["transports.csv"]:
        # nothing to predict: say so in both outputs rather than write nothing
        measured = timeline.read_measured(run)
        md = ["# Where each transport loses time", "",
              "`transports.csv` is missing from this folder: no transport was measured, so nothing "
              "is predicted (run `scripts/transports/run.py --out %s`)." % run, ""]
        md += measured_md(run, measured, no_plot)
        write_csv(os.path.join(run, PREDICTED_CSV), [dict(
            transport="", variant="", size_bytes="", pattern="", part="missing:transports.csv",
            seconds="", share="", count="", unit_s="", source="", note="transports.csv not in the folder")])
        term = md[:3] + timeline.terminal(measured)
    else:
        cells = ex.build()
        write_csv(os.path.join(run, PREDICTED_CSV), csv_rows(cells))
        timeline.fill_predicted(run, predicted_totals(cells))
        measured = timeline.read_measured(run)
        md, term = render(ex, cells, reference or find_reference(), run,
                          measured_md(run, measured, no_plot), no_plot, quiet)
        term = timeline.terminal(measured) + [""] + term
    with open(os.path.join(run, "EXPLAIN.md"), "w") as f:
        f.write("\n".join(md) + "\n")
    if not quiet:
        print("\n".join(term))


def measured_md(run, measured, no_plot):
    """The measured timeline's sections of EXPLAIN.md (ipcfloor/timeline/render.py)."""
    md = timeline.opening(measured)
    if measured.cells is None:
        return md
    files, problem = ([], "") if no_plot else timeline.write_plots(run, measured)
    return (md + timeline.summary_table(measured) + timeline.plot_links(files, problem)
            + timeline.ledger_tables(measured))
