"""A run folder's measured rows as the units the parts are priced in:
micro.csv (primitives and floors), components.csv and counts.csv."""
import csv
import math
import os

from ..units import fnum

# placements tried, in order, for the micro rows (Python runs unpinned)
PLACEMENT_ORDER = ["unpinned", "cross-core", "smt", "same-cpu", "cross-numa", "cpus"]


def read_csv(path):
    """The rows of any of the folder's CSVs as dicts of strings, rows whose
    first field starts with '#' left out; None when the file is missing (a
    missing input is reported by the parts that need it)."""
    if not os.path.exists(path):
        return None
    with open(path, newline="") as f:
        return [r for r in csv.DictReader(f) if not (r.get(next(iter(r)), "") or "").startswith("#")]


def placement_rank(row):
    """Sort key of a micro.csv row: its placement in PLACEMENT_ORDER, others last."""
    p = row["placement"]
    return PLACEMENT_ORDER.index(p) if p in PLACEMENT_ORDER else len(PLACEMENT_ORDER)


def notes_dict(text):
    out = {}
    for kv in (text or "").split(";"):
        k, sep, v = kv.partition("=")
        if sep:
            out[k.strip()] = v.strip()
    return out


class Micro:
    """micro.csv rows with status ok, looked up by find()."""

    def __init__(self, rows):
        self.rows = [r for r in (rows or []) if r.get("status") == "ok"]
        self.idx = {}
        for r in self.rows:
            key = (r["primitive"], r["variant"], r["mode"])
            self.idx.setdefault(key, []).append(r)

    def find(self, prim, variant, mode, size, value):
        """-> (row, note) at size (else the nearest size) and the first placement
        of PLACEMENT_ORDER that has it; None when no ok row exists."""
        cands = [r for r in self.idx.get((prim, variant, mode), []) if fnum(r.get(value))]
        if mode == "lat" and value == "p50_ns" and size not in {int(r["size_bytes"]) for r in cands}:
            # above the plan's bulk_above only bw is measured: there one message's
            # time is size / throughput (sweep.py in_bulk gives the evidence)
            bw = [dict(r, p50_ns=str(int(r["size_bytes"]) / fnum(r["gbps"])))
                  for r in self.idx.get((prim, variant, "bw"), [])
                  if int(r["size_bytes"]) == size and fnum(r.get("gbps"))]
            if bw:
                bw.sort(key=placement_rank)
                return bw[0], "lat not measured at %d B: size / bw row's gbps" % size
        if not cands:
            return None, "no ok %s %s %s row" % (prim, variant, mode)
        sizes = sorted({int(r["size_bytes"]) for r in cands})
        s = min(sizes, key=lambda x: (abs(math.log(x) - math.log(size)), -x))
        at = [r for r in cands if int(r["size_bytes"]) == s]
        at.sort(key=placement_rank)
        r = at[0]
        notes = []
        if s != size:
            notes.append("size %d not measured, row at %d" % (size, s))
        if r["placement"] != PLACEMENT_ORDER[0]:
            notes.append("placement %s (no unpinned row)" % r["placement"])
        return r, "; ".join(notes)

    def src(self, r):
        return "micro.csv %s/%s %s %s B %s" % (r["primitive"], r["variant"], r["mode"],
                                                 r["size_bytes"], r["placement"])


def comp_index(rows):
    out = {}
    for r in rows or []:
        out[(r["component"], int(r["size_bytes"]))] = r
    return out


def counts_index(rows):
    out = {}
    for r in rows or []:
        out.setdefault((r["transport"], r["variant"], int(r["size_bytes"])), []).append(r)
    return out

