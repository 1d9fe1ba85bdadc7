"""The sweep's plan: scripts/sweep.conf read into settings and primitive
lines, and the cells they make (scripts/sweep.py runs them)."""
import os
import re
import subprocess

from . import units
from .placements import PLACEMENTS

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.join(TOP, "micro", "bin")


class PlanError(Exception):
    pass


def parse_size(text):
    try:
        return units.parse_size(text)
    except ValueError as e:
        raise PlanError(str(e)) from None


def read_plan(path, kind):
    """Parse sweep.conf into (settings of the kind, [primitive lines])."""
    sections, current = {}, None
    with open(path) as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            m = re.fullmatch(r"\[(\w+)\]", line)
            if m:
                current = sections.setdefault(m.group(1), [])
                continue
            if current is None:
                raise PlanError(f"{path}:{lineno}: text before any [section]")
            current.append((lineno, line))
    if kind not in sections or "primitives" not in sections:
        raise PlanError(f"{path}: needs [{kind}] and [primitives] sections")
    settings = {}
    for lineno, line in sections[kind]:
        key, sep, value = line.partition("=")
        if not sep:
            raise PlanError(f"{path}:{lineno}: expected key = value")
        settings[key.strip()] = value.split()
    try:
        plan = {
            "sizes": [parse_size(s) for s in settings["sizes"]],
            "placements": settings["placements"],
            "modes": settings["modes"],
            "time": float(settings["time"][0]),
            "passes": int(settings["passes"][0]),
            "warmup": float(settings["warmup"][0]),
            "bulk_above": parse_size(settings["bulk_above"][0]) if "bulk_above" in settings
            else None,
            "bulk_placements": settings.get("bulk_placements"),
        }
    except KeyError as e:
        raise PlanError(f"{path}: [{kind}] lacks {e}") from None
    except ValueError as e:
        raise PlanError(f"{path}: [{kind}]: {e}") from None
    for p in plan["bulk_placements"] or []:
        if p not in PLACEMENTS:
            raise PlanError(f"{path}: unknown placement '{p}'")
    if plan["passes"] < 1:
        raise PlanError(f"{path}: [{kind}] passes must be at least 1")
    for p in plan["placements"]:
        if p not in PLACEMENTS:
            raise PlanError(f"{path}: unknown placement '{p}'")
    prims = []
    for lineno, line in sections["primitives"]:
        fields = line.split()
        if len(fields) < 3:
            raise PlanError(f"{path}:{lineno}: expected: name variants modes [options]")
        entry = {"name": fields[0], "variants": fields[1], "modes": fields[2].split(","),
                 "sizes": None, "quick": None, "maxsize": None, "placements": None,
                 "bulk": None}
        for opt in fields[3:]:
            key, sep, value = opt.partition("=")
            if not sep or key not in ("sizes", "quick", "maxsize", "placements", "bulk"):
                raise PlanError(f"{path}:{lineno}: unknown option '{opt}'")
            if key == "placements":
                entry["placements"] = value.split(",")
                for p in entry["placements"]:
                    if p not in PLACEMENTS:
                        raise PlanError(f"{path}:{lineno}: unknown placement '{p}'")
            elif key == "sizes":
                entry["sizes"] = [parse_size(s) for s in value.split(",")]
            elif key == "maxsize":
                entry["maxsize"] = parse_size(value)
            elif key == "bulk":
                entry["bulk"] = value.split(",")
            else:
                entry["quick"] = value
        prims.append(entry)
    return plan, prims


def list_variants(prim):
    """(name, flags) of each variant, from the program itself."""
    out = subprocess.run([os.path.join(BIN, prim), "--list"], capture_output=True,
                         text=True, check=True).stdout
    return [(line.split("\t")[0], line.split("\t")[1].split(","))
            for line in out.splitlines() if line.strip()]


def flagged(prims, word):
    """(primitive, variant) of each variant whose --list flags hold word."""
    return sorted((e["name"], v) for e in prims if os.access(os.path.join(BIN, e["name"]), os.X_OK)
                  for v, flags in list_variants(e["name"]) if word in flags)


def build_cells(plan, prims, kind, only):
    cells = []
    for entry in prims:
        name = entry["name"]
        if only and name not in only:
            continue
        if not os.access(os.path.join(BIN, name), os.X_OK):
            raise PlanError(f"micro/bin/{name} is not built (is it in micro/primitives.list?)")
        variants = list_variants(name)
        known = [v for v, _ in variants]
        wanted = known if entry["variants"] == "all" else entry["variants"].split(",")
        if kind == "quick" and entry["quick"]:
            wanted = [] if entry["quick"] == "-" else entry["quick"].split(",")
        for v in wanted + (entry["bulk"] or []):
            if v not in known:
                raise PlanError(f"sweep.conf: {name} has no variant '{v}' (has {', '.join(known)})")
        sizes = entry["sizes"] or plan["sizes"]
        if entry["maxsize"]:
            sizes = [s for s in sizes if s <= entry["maxsize"]]
        for v, flags in variants:
            if v not in wanted:
                continue
            rxs = ["touch", "handoff"] if "zerocopy" in flags else [None]
            for mode in plan["modes"]:
                if mode not in entry["modes"]:
                    continue
                for size in sizes:
                    for rx in rxs:
                        if rx == "handoff" and above_bulk(plan, size):
                            # a handed-over 1 GiB mapping is a handoff plot's
                            # point, and 64 MiB has it; the run's time goes
                            # to the touch rows, which move the bytes
                            continue
                        for pl in plan["placements"]:
                            if entry["placements"] and pl not in entry["placements"]:
                                continue
                            if not in_bulk(plan, entry, v, mode, size, pl):
                                continue
                            cells.append({"prim": name, "variant": v, "rx": rx, "mode": mode,
                                          "size": size, "placement": pl})
    return cells


def above_bulk(plan, size):
    return plan["bulk_above"] is not None and size > plan["bulk_above"]


def in_bulk(plan, entry, variant, mode, size, placement):
    """Above bulk_above a message takes tens of ms, so a round trip's half is
    the throughput's inverse to within a wake-up (in the committed Intel runs,
    lat/bw time at 64 MiB, 256 MiB and 1 GiB was 0.9-1.1 for most rows): those sizes
    are measured in bw mode only, only for the variants a primitive lists in
    bulk= (the ones built for large messages; the rest differ in how they
    wait, which a 1 GiB copy hides) and only at bulk_placements.  A 1 GiB run
    costs 1.5-7 s of set-up and copies, five passes of it would be most of
    the run."""
    if not above_bulk(plan, size):
        return True
    return (mode == "bw" and (entry["bulk"] is None or variant in entry["bulk"])
            and (not plan["bulk_placements"] or placement in plan["bulk_placements"]))


def estimate(cell, plan, placements):
    """Seconds one pass of a cell is expected to take: its share of the
    budget, the warm-up, a program's start, and touching its buffers (a
    1 GiB cell measured about 2.5 s per run here, most of it copies and
    first-touch faults)."""
    if placements.get(cell["placement"], {}).get("status") == "skip":
        return 0.0
    return (plan["time"] / plan["passes"] + plan["warmup"] + 0.02
            + cell["size"] * 4 / 2.5e9 * 0.6)
