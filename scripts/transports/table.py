#!/usr/bin/python3
"""Markdown table of a run's transports.csv beside the published figures.

    table.py RUN_DIR [--pattern published|transport-only]

Rows: every transport/variant of transports.csv; columns: each size, this
machine's p50 (and the published figure where there is one, in brackets).
"""
import argparse
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REF = os.path.join(HERE, "..", "..", "results", "reference", "python-transports-i7-10900X.csv")


def fmt(s):
    s = float(s)
    if s < 1e-3:
        return "%.0f us" % (s * 1e6)
    if s < 1:
        return "%.3g ms" % (s * 1e3)
    return "%.3g s" % s


def load_ref():
    ref = {}
    with open(REF) as f:
        rows = csv.DictReader(ln for ln in f if not ln.startswith("#"))
        for r in rows:
            ref[(r["transport"], int(r["bytes"]))] = r["seconds"] or "refused"
    return ref


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("run_dir")
    ap.add_argument("--pattern", default="published", choices=("published", "transport-only"))
    a = ap.parse_args(argv)
    path = os.path.join(a.run_dir, "transports.csv")
    if not os.path.exists(path):
        sys.exit("table.py: error: no transports.csv in %s" % a.run_dir)
    ref = load_ref()
    rows = [r for r in csv.DictReader(open(path)) if r["pattern"] == a.pattern]
    sizes = sorted({int(r["size_bytes"]) for r in rows})
    names = []
    cell = {}
    for r in rows:
        name = r["transport"] if r["variant"] == "default" else "%s/%s" % (r["transport"], r["variant"])
        if name not in names:
            names.append(name)
        size = int(r["size_bytes"])
        if r["status"] == "ok":
            v = fmt(r["p50_s"])
            if int(r["requests"]) < 3:
                v += " (n=%s)" % r["requests"]
        else:
            v = r["status"]
        p = ref.get((r["transport"], size)) if a.pattern == "published" else None
        if p:
            v += " [%s]" % (fmt(p) if p != "refused" else "refused")
        cell[(name, size)] = v
    print("| transport | " + " | ".join("%s B" % format(s, ",") for s in sizes) + " |")
    print("|---|" + "---|" * len(sizes))
    for n in names:
        print("| %s | " % n + " | ".join(cell.get((n, s), "") for s in sizes) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
