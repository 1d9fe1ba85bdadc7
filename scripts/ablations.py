#!/usr/bin/python3
"""Prove the explanation by changing one thing (issue 12), in a run folder:
ablations.csv (each transport's largest measured costs removed one at a time,
interleaved with the unchanged transport, beside the saving the ledger
predicts), shared-state.csv and shared-state-manager.csv (the seeds'
shared-array experiment, five ways, and where the Manager's time goes),
object-store.csv (put once and map, against pickling to every task), and
REMEDIES.md, which REPORT.md links.

The predictions come from the folder's explain.csv (the measured ledger of
the published-pattern cells at 1.2 MB and 38.5 MB); a cell without one is
measured all the same, with no verdict."""
import argparse
import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from ipcfloor.ablation import driver, object_store, remedies, shared_state, switches, verdict
from ipcfloor.units import decimal_size, fmt_eta, human_s, parse_size


COMPONENTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "transports",
                          "components.py")


def log(msg):
    print("ablations: " + msg, file=sys.stderr, flush=True)


def read_rows(path):
    try:
        with open(path, newline="") as f:
            return list(csv.DictReader(f))
    except FileNotFoundError:
        return None


def write_csv(path, columns, rows):
    tmp = path + ".partial"
    with open(tmp, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow(r)
    os.replace(tmp, path)


def missing_units(plan, comps):
    """Measure the components the plan's predictions need that the run's
    components.csv lacks (a folder from before the ablation existed), with
    the transports' own components.py; they go into the row's note."""
    need = {(n, size) for ab, _, _, size in plan for n in ab.needs} - set(comps)
    if not need:
        return set()
    names = sorted({n for n, _ in need})
    sizes = sorted({s for _, s in need})
    log("measuring %s at %s (not in components.csv)" % (", ".join(names),
                                                       ", ".join(map(decimal_size, sizes))))
    r = subprocess.run(["/usr/bin/python3", COMPONENTS, "--sizes", ",".join(map(str, sizes)),
                        "--only", ",".join(names)], capture_output=True, text=True)
    got = [json.loads(line) for line in r.stdout.splitlines() if line.startswith("{")]
    comps.update(switches.component_medians(
        [dict(g, size_bytes=str(g["size_bytes"]), p50_s=str(g.get("p50_s", ""))) for g in got]))
    return need


def run_ablations(a, explain_rows, comps, tmpdir):
    plan = [(ab, t, v, size) for ab in switches.ABLATIONS if not a.only or ab.name in a.only
            for t, v in ab.targets for size in ab.sizes if size in a.sizes]
    measured_here = missing_units(plan, comps)
    rows, t0 = [], time.monotonic()
    for i, (ab, t, v, size) in enumerate(plan):
        done = time.monotonic() - t0
        eta = done / i * (len(plan) - i) if i else None
        log("[%d/%d, ETA %s] %s/%s %s: %s" % (i + 1, len(plan), fmt_eta(eta) if eta else "?",
                                             t, v, decimal_size(size), ab.name))
        row = {"transport": t, "variant": v, "size_bytes": size, "ablation": ab.name}
        try:
            got = driver.measure(t, v, size, "published", driver.environ_with({}),
                                 driver.environ_with(ab.env), a.budget,
                                 "%s/%s/%s/%d" % (ab.name, t, v, size),
                                 "ipcf%d_ab%d" % (os.getpid(), i), tmpdir, log)
        except Exception as e:
            row.update(agree="", note="not measured: %s: %s" % (type(e).__name__, e))
            log("  " + row["note"])
            rows.append(row)
            continue
        row.update(pairs=got["pairs"], baseline_p50_s=got["baseline_p50_s"],
                   ablated_p50_s=got["ablated_p50_s"],
                   measured_saving_s=got["measured_saving_s"],
                   faults_baseline=got["faults_a"], faults_ablated=got["faults_b"])
        share = (switches.predicted_share(explain_rows, comps, ab, t, v, size)
                 if explain_rows is not None else None)
        if share is None:
            row.update(predicted_saving_s="", agree="",
                       note="no ledger for this cell in explain.csv (or no component the "
                            "claim needs in components.csv): measured, not judged")
        else:
            pred = share * got["baseline_p50_s"]
            ok = verdict.agrees(got["measured_saving_s"], pred, got["baseline_p50_s"])
            notes = [] if ok else ["outside +-%s of the prediction" % human_s(
                verdict.tolerance(pred, got["baseline_p50_s"]))]
            here = sorted(n for n, s in measured_here if s == size and n in ab.needs)
            if here:
                notes.append("units %s measured by this stage" % ", ".join(here))
            row.update(predicted_saving_s=pred, agree=int(ok), note="; ".join(notes))
        rows.append(row)
    return rows


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("run", help="run folder (its explain.csv gives the predictions)")
    ap.add_argument("--only", default="", help="comma-separated ablations (default all: %s)"
                    % ", ".join(x.name for x in switches.ABLATIONS))
    ap.add_argument("--sizes", default="1204224,38535168",
                    help="sizes in bytes (default 1204224,38535168)")
    ap.add_argument("--budget", type=float, default=6.0,
                    help="seconds of paired requests per ablation row (default 6; 8-40 pairs)")
    ap.add_argument("--state-iterations", type=int, default=100,
                    help="iterations of the shared-state experiment (default 100: ~20 s here)")
    ap.add_argument("--store-tasks", type=int, default=40,
                    help="tasks per way of the object-store experiment (default 40)")
    ap.add_argument("--no-ablations", action="store_true", help="skip the ablations")
    ap.add_argument("--no-shared-state", action="store_true",
                    help="skip the shared-state experiment")
    ap.add_argument("--no-object-store", action="store_true",
                    help="skip the object-store experiment")
    a = ap.parse_args(argv)
    # SIGTERM unwinds like Ctrl-C: the finally blocks stop both clients of a
    # pair (each in its own process group), the pools and the Manager, and
    # unlink the shared segment; a killed run leaves the clients reading
    # end-of-file on their stdin, and they stop their servers and exit
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    a.only = [x for x in a.only.split(",") if x]
    for name in a.only:
        try:
            switches.find(name)
        except KeyError:
            ap.error("unknown ablation %r (known: %s)" % (
                name, ", ".join(x.name for x in switches.ABLATIONS)))
    try:
        a.sizes = [parse_size(x) for x in a.sizes.split(",") if x]
    except ValueError as e:
        ap.error("--sizes: %s" % e)
    offered = sorted({s for ab in switches.ABLATIONS for s in ab.sizes})
    if not a.sizes or set(a.sizes) - set(offered):
        ap.error("--sizes: the ablations run at %s" % ", ".join(map(str, offered)))
    if a.budget <= 0 or a.state_iterations < 1 or a.store_tasks < 1:
        ap.error("--budget, --state-iterations and --store-tasks must be positive")
    if not os.path.isdir(a.run):
        ap.error("no such run folder: %s" % a.run)
    explain_rows = read_rows(os.path.join(a.run, "explain.csv"))
    comps = switches.component_medians(read_rows(os.path.join(a.run, "components.csv")))
    skips = []
    if explain_rows is None:
        skips.append("predictions: %s has no explain.csv (run the transports with the explain "
                     "pass), so no claim is judged" % a.run)
    tmpdir = tempfile.mkdtemp(prefix="ipcfloor-ab-")
    t0 = time.monotonic()
    abl, shared, manager, store = [], [], [], []
    try:
        if not a.no_ablations:
            abl = run_ablations(a, explain_rows, comps, tmpdir)
            write_csv(os.path.join(a.run, "ablations.csv"), remedies.ABLATION_COLUMNS, abl)
        if not a.no_shared_state:
            shared = shared_state.experiment(a.state_iterations,
                                             progress=lambda w: log("shared state: " + w))
            write_csv(os.path.join(a.run, "shared-state.csv"), remedies.SHARED_STATE_COLUMNS,
                      shared)
            log("shared state: the Manager under perf")
            manager, why = shared_state.explain_manager(max(10, a.state_iterations // 5),
                                                        tmpdir=tmpdir)
            if why:
                skips.append("the Manager's breakdown: " + why)
            write_csv(os.path.join(a.run, "shared-state-manager.csv"), remedies.MANAGER_COLUMNS,
                      manager)
        if not a.no_object_store:
            for size in (1204224, 38535168):
                log("object store: %s" % decimal_size(size))
                store += object_store.experiment(size, a.store_tasks)
            write_csv(os.path.join(a.run, "object-store.csv"), remedies.OBJECT_STORE_COLUMNS,
                      store)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    with open(os.path.join(a.run, "REMEDIES.md"), "w") as f:
        f.write(remedies.render(abl, shared, manager, store, skips, switches.ABLATIONS))
    share = verdict.share_agreeing(abl)
    log("done in %s: %d ablation rows%s -> %s" % (
        fmt_eta(time.monotonic() - t0), len(abl),
        "" if share is None else " (%.0f%% agree)" % (100 * share),
        os.path.join(a.run, "REMEDIES.md")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
