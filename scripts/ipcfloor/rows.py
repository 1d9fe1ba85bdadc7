"""Result folders and their rows, read by column name.

A run folder is meta.json (the machine and the run) and micro.csv (one row
per cell, the harness's schema: `micro/bin/pipe --header`).  Everything that
reads one goes through here, and everything that reads a program's output
row goes through last_row().
"""
import csv
import json
import math
import os
import subprocess

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.join(TOP, "micro", "bin")
RESULTS = os.path.join(TOP, "results")

_HEADER = None


def header():
    """The harness's CSV columns, asked of the programs (one schema for all)."""
    global _HEADER
    if _HEADER is None:
        r = subprocess.run([os.path.join(BIN, "pipe"), "--header"], capture_output=True,
                           text=True, timeout=30)
        if r.returncode != 0:
            raise RunError("micro/bin/pipe --header failed: %s" % r.stderr.strip())
        _HEADER = r.stdout.strip().split(",")
    return _HEADER


def last_row(stdout, cols=None):
    """The last CSV row a micro/bin program printed, as a dict by column;
    None when it printed none."""
    cols = cols or header()
    rows = [ln for ln in stdout.splitlines() if ln.count(",") == len(cols) - 1]
    return dict(zip(cols, rows[-1].split(","))) if rows else None


NUM_COLUMNS = ["size_bytes", "reps", "iters", "batch", "p50_ns", "p90_ns",
               "p99_ns", "p999_ns", "min_ns", "max_ns", "mean_ns", "gbps",
               "msgs_per_s", "ctxsw_per_msg", "invol_ctxsw_per_msg",
               "faults_per_msg", "user_ns_per_msg", "sys_ns_per_msg",
               "cpu_ns_per_msg", "a_cpu_ns_per_msg", "b_cpu_ns_per_msg",
               "spread", "clock_ns"]


class RunError(Exception):
    """A run folder that cannot be used; the message is one line."""


# ---------------------------------------------------------------- loading

def num(s):
    """A CSV field as float, None when empty or not a number."""
    if s is None:
        return None
    s = s.strip()
    if s == "" or s == "-":
        return None
    try:
        v = float(s)
    except ValueError:
        return None
    return v if math.isfinite(v) else None


def rep_values(row):
    """The per-repetition values of a row (rep_values column) as floats."""
    out = []
    for part in (row.get("rep_values") or "").split(";"):
        v = num(part)
        if v is not None:
            out.append(v)
    return out


def is_incomplete(run_dir, meta=None):
    if os.path.exists(os.path.join(run_dir, "INCOMPLETE")):
        return True
    if meta is not None and meta.get("complete") is not True:
        return True
    return False


def load_run(run_dir):
    """(meta, rows) of a run folder.  rows: dicts of the CSV strings plus
    '_num' -> {column: float or None}.  Raises RunError."""
    if not os.path.isdir(run_dir):
        raise RunError("%s: not a folder" % run_dir)
    mpath = os.path.join(run_dir, "meta.json")
    cpath = os.path.join(run_dir, "micro.csv")
    for p in (mpath, cpath):
        if not os.path.isfile(p):
            raise RunError("%s: missing %s, not a result folder"
                           % (run_dir, os.path.basename(p)))
    try:
        with open(mpath, encoding="utf-8") as f:
            meta = json.load(f)
    except (OSError, ValueError) as e:
        raise RunError("%s: unreadable meta.json: %s" % (run_dir, e))
    if not isinstance(meta, dict):
        raise RunError("%s: meta.json is not an object" % run_dir)
    rows = []
    with open(cpath, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        need = {"primitive", "variant", "mode", "size_bytes", "placement", "status"}
        missing = need - set(reader.fieldnames or [])
        if missing:
            raise RunError("%s: micro.csv lacks column(s) %s"
                           % (run_dir, ", ".join(sorted(missing))))
        for r in reader:
            r = {k: (v if v is not None else "") for k, v in r.items() if k is not None}
            r["_num"] = {c: num(r.get(c)) for c in NUM_COLUMNS}
            # floors (what "good" can be on this machine, not transports) are
            # named by the programs themselves (--list flag `floor`), recorded
            # by the sweep in meta.json; drawn dashed grey, never "fastest"
            r["_floor"] = r["primitive"] in floors_of(meta)
            # a receiver that never reads the bytes (vmsplice splice*) moves
            # page references, not data: never ranked as a transfer
            r["_unread"] = "%s/%s" % (r["primitive"], r["variant"]) in (meta.get("unread") or [])
            rows.append(r)
    return meta, rows


def ok_rows(rows):
    return [r for r in rows if r.get("status") == "ok" and r["_num"]["size_bytes"]]


def run_label(run_dir, meta):
    machine = meta.get("machine") or os.path.basename(os.path.dirname(os.path.abspath(run_dir)))
    run_id = meta.get("run_id") or os.path.basename(os.path.abspath(run_dir))
    return machine, run_id


def find_run_dirs(root=RESULTS):
    """Every folder under root holding a meta.json or micro.csv, sorted."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "plots")
        if "meta.json" in filenames or "micro.csv" in filenames:
            found.append(dirpath)
            dirnames[:] = []
    return sorted(found)


def floors_of(meta):
    """The floor primitives of a run, as its meta.json records them."""
    return sorted(meta.get("floors") or [])
