#!/usr/bin/python3
"""The sweep driver: primitives x variants x modes x sizes x placements.

Reads the plan from scripts/sweep.conf, runs micro/bin/<primitive> once per
cell with --format csv, and writes results/<machine>/<run-id>/ (micro.csv,
meta.json, sweep.log).  While it runs the folder holds INCOMPLETE and
micro.csv.partial; only a finished sweep renames the CSV and removes the
marker, so a cut-short run never looks whole.  Later stages (transports,
ablations in a full run, explain, plots, report) run on the same folder when
their scripts exist.
"""
import signal

# Until main() installs its handler nothing has been made, so Ctrl-C may end
# the process the plain way (no KeyboardInterrupt traceback from an import).
signal.signal(signal.SIGINT, signal.SIG_DFL)

import datetime  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402

import cli  # noqa: E402
from ipcfloor.passes import merge, noisy_spread, pass_order  # noqa: E402
from ipcfloor.plan import PlanError, build_cells, estimate, flagged, read_plan  # noqa: E402
from ipcfloor.rows import last_row  # noqa: E402
from ipcfloor.runmeta import (collect_meta, later_stages_estimate, machine_slug,  # noqa: E402
                              resolve_placements, write_json)
from ipcfloor.units import fmt_eta, human_size  # noqa: E402

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(TOP, "micro", "bin")
CONF = os.path.join(TOP, "scripts", "sweep.conf")


class Interrupted(Exception):
    pass


def stage_commands(out, kind):
    """Later stages, in order, as (name, command, measures): transports, and
    in a full run the ablations (which read the transports' ledger), measure;
    the rest are views of what they measured."""
    stages = [("transports", [os.path.join(TOP, "scripts", "transports", "run.py"),
                              "--out", out, "--kind", kind], True)]
    if kind == "full":
        stages.append(("ablations", [os.path.join(TOP, "scripts", "ablations.py"), out], True))
    return stages + [
        ("explain", [os.path.join(TOP, "scripts", "explain.py"), out], False),
        ("plots", [os.path.join(TOP, "scripts", "plots.py"), out], False),
        ("report", [os.path.join(TOP, "scripts", "report.py"), out], False),
    ]


def finish(meta, meta_path):
    """The measurements are whole: say so, and drop the INCOMPLETE marker."""
    meta["complete"] = True
    meta["finished"] = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
    write_json(meta_path, meta)
    marker = os.path.join(os.path.dirname(meta_path), "INCOMPLETE")
    if os.path.exists(marker):
        os.remove(marker)


def run_stages(out, kind, meta, meta_path):
    """The measuring stages (the folder is whole only after them), then the views."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    finished = False
    for name, cmd, measures in stage_commands(out, kind):
        if not measures and not finished:
            finish(meta, meta_path)
            finished = True
        if not os.path.exists(cmd[0]):
            continue
        print(f"sweep: stage {name}", file=sys.stderr)
        t0 = time.monotonic()
        r = subprocess.run(["/usr/bin/python3"] + cmd)
        secs = round(time.monotonic() - t0, 1)
        meta.setdefault("stages", {})[name] = {
            "status": "ok" if r.returncode == 0 else f"exit {r.returncode}", "seconds": secs}
        meta.setdefault("stage_seconds", {})[name] = secs
        write_json(meta_path, meta)


def stages_only(out):
    """Run the later stages on a folder whose micro sweep is already done."""
    meta_path = os.path.join(out, "meta.json")
    try:
        with open(meta_path) as f:
            meta = json.load(f)
    except (OSError, ValueError) as e:
        sys.exit(f"sweep: --stages-only: cannot read {meta_path}: {e}")
    if not os.path.exists(os.path.join(out, "micro.csv")):
        sys.exit(f"sweep: --stages-only: {out} has no micro.csv (the micro sweep was cut short)")
    with open(os.path.join(out, "INCOMPLETE"), "w") as f:
        f.write("stages running or cut short\n")
    meta["complete"] = False
    write_json(meta_path, meta)
    run_stages(out, meta.get("kind", "full"), meta, meta_path)
    return 0


def make_run_dir(out, parent, kind):
    """Create the result folder, refusing to share one with another sweep.

    Without --out: <parent>/<UTC time>-<kind>, with -2, -3, ... added when a
    sweep started in the same second already took the name (os.mkdir is
    atomic, so two sweeps never get the same folder).  With --out: a folder
    that already holds a run (meta.json) is refused.
    """
    if out:
        os.makedirs(out, exist_ok=True)
        # O_EXCL on meta.json: of two sweeps given the same --out, one wins
        try:
            os.close(os.open(os.path.join(out, "meta.json"), os.O_CREAT | os.O_EXCL | os.O_WRONLY,
                             0o644))
        except FileExistsError:
            raise OSError(f"{out} already holds a run (meta.json); choose another --out")
        return out
    os.makedirs(parent, exist_ok=True)
    base = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%d-%H%M%S-") + kind
    for n in range(1, 1000):
        path = os.path.join(parent, base if n == 1 else f"{base}-{n}")
        try:
            os.mkdir(path)
            return path
        except FileExistsError:
            continue
    raise OSError(f"no free run folder name under {parent}")


def interrupted(signame, st):
    """Close what set-up had opened, mark the folder, and exit as the signal would."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    if st["csv"]:
        st["csv"].close()
    if st["log"]:
        st["log"].write(f"interrupted by {signame}\n")
        st["log"].close()
    out = st["out"]
    if out:
        meta = st["meta"] or {}
        meta["complete"] = False
        meta["interrupted"] = signame
        write_json(os.path.join(out, "meta.json"), meta)
        with open(os.path.join(out, "INCOMPLETE"), "w") as f:
            f.write("sweep cut short; do not read this folder as a whole run\n")
        print(f"sweep: interrupted ({signame}); {os.path.relpath(out, TOP)} is marked INCOMPLETE",
              file=sys.stderr)
    else:
        print(f"sweep: interrupted ({signame}) before the result folder was made",
              file=sys.stderr)
    return 128 + signal.Signals[signame].value


def label(c):
    return (f"{c['prim']} {c['variant']}{'-' + c['rx'] if c['rx'] else ''} {c['mode']} "
            f"{human_size(c['size'])} {c['placement']}")


def skip_row(header, c, reason):
    """The row the harness would print for a placement the topology lacks."""
    variant = c["variant"] + (f"-{c['rx']}" if c["rx"] else "")
    row = dict.fromkeys(header, "")
    row.update(primitive=c["prim"], variant=variant, mode=c["mode"], size_bytes=str(c["size"]),
               placement=c["placement"], status="skip", reason=reason)
    return row


def run_cell(c, plan, header, log, current):
    """One repetition of one cell: its row by column (a fail row when the
    program died before it could print one)."""
    cmd = [os.path.join(BIN, c["prim"]), "--variant", c["variant"], "--mode", c["mode"],
           "--size", str(c["size"]), "--placement", c["placement"],
           "--time", "%g" % (plan["time"] / plan["passes"]), "--reps", "1",
           "--warmup", str(plan["warmup"]), "--format", "csv"]
    if c["rx"]:
        cmd += ["--rx", c["rx"]]
    t0 = time.monotonic()
    current["proc"] = proc = subprocess.Popen(cmd, stdout=subprocess.PIPE,
                                              stderr=subprocess.PIPE, text=True)
    try:
        stdout, stderr = proc.communicate(timeout=600 + c["size"] / 1e7)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGTERM)
        stdout, stderr = proc.communicate()
        stderr += "\nsweep: the program overran its own deadline"
    current["proc"] = None
    row = last_row(stdout, header)
    log.write(f"{' '.join(cmd)}\n  exit {proc.returncode} in {time.monotonic() - t0:.2f} s"
              f"{(': ' + stderr.strip()) if stderr.strip() else ''}\n")
    log.flush()
    if row is not None:
        return row
    # the program died before it could print: a fail row with its last words
    why = (stderr.strip().splitlines() or [f"exit {proc.returncode}"])[-1].replace(",", ";")
    return dict(skip_row(header, c, why), status="fail")


def main():
    ap = cli.OneLineParser(
        description="Run the ipcfloor sweep (scripts/sweep.conf) into results/<machine>/<run-id>/.")
    ap.add_argument("--kind", choices=["full", "quick"], default="full",
                    help="which plan of sweep.conf (default full)")
    ap.add_argument("--out", help="result folder (default results/<machine>/<run-id>)")
    ap.add_argument("--only", help="comma-separated primitives to run (default all)")
    ap.add_argument("--conf", default=CONF, help="plan file (default scripts/sweep.conf)")
    ap.add_argument("--seed", type=int,
                    help="seed of the passes' shuffled order (default: drawn, and recorded)")
    ap.add_argument("--dry-run", action="store_true", help="list the cells and the estimate, run nothing")
    ap.add_argument("--stages-only", metavar="DIR",
                    help="run only the later stages (transports, ablations, explain, plots, "
                         "report) on DIR")
    ap.add_argument("--no-stages", action="store_true",
                    help="micro sweep only: skip transports, plots and report")
    args = ap.parse_args()
    if args.stages_only:
        return stages_only(args.stages_only)

    # Ctrl-C and SIGTERM: stop the running program (it cleans up after itself),
    # then leave the folder marked incomplete.  The handlers go in before the
    # folder is made, so a signal during set-up (git describe, the metadata)
    # ends the same way as one during a cell.
    current = {"proc": None}
    st = {"out": None, "meta": None, "csv": None, "log": None}

    def on_signal(signum, _frame):
        p = current["proc"]
        if p and p.poll() is None:
            p.send_signal(signal.SIGTERM)
        raise Interrupted(signal.Signals(signum).name)

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    try:
        try:
            plan, prims = read_plan(args.conf, args.kind)
            only = None
            if args.only is not None:
                only = {n.strip() for n in args.only.split(",")}
                if "" in only:
                    ap.error(f"--only '{args.only}': expected comma-separated primitive names")
                unknown = only - {p["name"] for p in prims}
                if unknown:
                    raise PlanError(f"--only: not in the plan: {', '.join(sorted(unknown))}")
            cells = build_cells(plan, prims, args.kind, only)
        except (PlanError, OSError, subprocess.CalledProcessError) as e:
            sys.exit(f"sweep: {e}")
        placements = resolve_placements()
        total_est = plan["passes"] * sum(estimate(c, plan, placements) for c in cells)
        seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1 << 32)
        if args.dry_run:
            for c in cells:
                print(c["prim"], c["variant"] + (f"-{c['rx']}" if c["rx"] else ""), c["mode"],
                      c["size"], c["placement"])
            print(f"{len(cells)} cells, about {fmt_eta(total_est)}", file=sys.stderr)
            return 0

        clock_ns = float(subprocess.run([os.path.join(BIN, "pipe"), "--clock"],
                                        capture_output=True, text=True, check=True).stdout)
        machine = machine_slug()
        try:
            st["out"] = out = make_run_dir(args.out, os.path.join(TOP, "results", machine),
                                           args.kind)
        except OSError as e:
            sys.exit(f"sweep: cannot create the result folder: {e}")
        marker = os.path.join(out, "INCOMPLETE")
        with open(marker, "w") as f:
            f.write("sweep running or cut short; do not read this folder as a whole run\n")
        meta_path = os.path.join(out, "meta.json")
        st["meta"] = meta = collect_meta(args.kind, os.path.basename(out.rstrip("/")), machine,
                                         plan, placements, clock_ns)
        # what the programs say of themselves (--list), so plots, report and
        # explain read it with the data: the floors, and the receivers that
        # never read the bytes (no transfer)
        meta["sweep"]["seed"] = seed
        meta["floors"] = sorted({p for p, _ in flagged(prims, "floor")})
        meta["unread"] = ["%s/%s" % pv for pv in flagged(prims, "unread")]
        write_json(meta_path, meta)
        header = subprocess.run([os.path.join(BIN, "pipe"), "--header"], capture_output=True,
                                text=True, check=True).stdout.strip().split(",")
        partial = os.path.join(out, "micro.csv.partial")
        st["csv"] = csv = open(partial, "w")
        # the passes' rows as they come, each with its pass: a cut-short run
        # keeps every repetition it measured
        csv.write("pass," + ",".join(header) + "\n")
        st["log"] = log = open(os.path.join(out, "sweep.log"), "w")

        later, later_src = (0.0, None) if args.no_stages else later_stages_estimate(machine,
                                                                                    args.kind)
        runnable = [i for i, c in enumerate(cells)
                    if placements.get(c["placement"], {}).get("status") != "skip"]
        order = pass_order(len(runnable), plan["passes"], seed)
        print(f"sweep: {len(cells)} cells ({len(runnable)} runnable) x {plan['passes']} passes "
              f"(seed {seed}) into {os.path.relpath(out, TOP)}, about {fmt_eta(total_est)}"
              + (f" + {fmt_eta(later)} for the later stages (as in {later_src})"
                 if later_src else ""), file=sys.stderr)
        t_start = time.monotonic()
        done_est = 0.0
        got = {i: [] for i in runnable}
        for n, (pas, k) in enumerate(order, 1):
            c = cells[runnable[k]]
            row = run_cell(c, plan, header, log, current)
            csv.write(f"{pas}," + ",".join(row[h] for h in header) + "\n")
            csv.flush()
            got[runnable[k]].append(row)
            done_est += estimate(c, plan, placements)
            elapsed = time.monotonic() - t_start
            # the cells' estimates scaled by how fast this run has gone so far:
            # the passes are shuffled, so the cells done are a fair sample
            remaining = (total_est - done_est) * (elapsed / done_est if done_est else 1) + later
            if row["status"] == "ok":
                extra = (f"p50 {float(row['p50_ns']) / 1e3:.2f} us" if c["mode"] == "lat"
                         else f"{float(row['gbps']):.2f} GB/s")
            else:
                extra = row["reason"]
            print(f"[pass {pas}/{plan['passes']} {n:5d}/{len(order)}] {label(c)}: "
                  f"{row['status']} {extra}  (elapsed {fmt_eta(elapsed)}, "
                  f"ETA {fmt_eta(remaining)})", file=sys.stderr)
        csv.close()
        log.close()
        st["csv"] = st["log"] = None
        threshold = noisy_spread()
        counts = {"ok": 0, "skip": 0, "fail": 0}
        with open(os.path.join(out, "micro.csv.tmp"), "w") as f:
            f.write(",".join(header) + "\n")
            for i, c in enumerate(cells):
                row = (merge(header, got[i], threshold) if i in got
                       else skip_row(header, c, placements[c["placement"]]["reason"]))
                counts[row["status"]] = counts.get(row["status"], 0) + 1
                f.write(",".join(row[h] for h in header) + "\n")
        os.replace(os.path.join(out, "micro.csv.tmp"), os.path.join(out, "micro.csv"))
        os.remove(partial)
        meta["counts"] = counts
        meta["elapsed_s"] = round(time.monotonic() - t_start, 1)
        # wall time of each stage, the micro sweep first: what a run costs
        meta["stage_seconds"] = {"micro": meta["elapsed_s"]}
        if args.no_stages:
            finish(meta, meta_path)
    except Interrupted as e:
        return interrupted(str(e), st)

    # later stages, each recorded in meta.json with its status (they take
    # Ctrl-C as the default action: each stage cleans up after itself)
    if not args.no_stages:
        run_stages(out, args.kind, meta, meta_path)
    print(f"sweep: done in {fmt_eta(time.monotonic() - t_start)}: {counts.get('ok', 0)} ok, "
          f"{counts.get('skip', 0)} skip, {counts.get('fail', 0)} fail -> "
          f"{os.path.relpath(out, TOP)}", file=sys.stderr)
    return 1 if counts.get("fail") else 0


if __name__ == "__main__":
    sys.exit(main())
