"""The published figures (results/reference/), explained by this machine's
parts: each part scaled by the CPU factor between the two machines, or kept,
and the prediction set against the published time."""
import csv
import math
import os

from ..rows import TOP
from ..timeline.render import fmt_pct as pct
from ..units import decimal_size as fmt_size
from ..units import fnum
from ..units import human_s as fmt_s
from .model import CAT_LABEL, rank

# the categories that are Python work on the CPU: scaled by the CPU factor
SCALING = {"generation", "serialise", "deserialise", "encode", "fixed", "residual", "shm"}
ADD_UP = 1.5               # prediction / published outside [1/x, x]: "does not add up"


def find_reference():
    """The published figures CSV: the i7-10900X one where it is, else the
    first CSV of results/reference/; None when there is none."""
    for p in (os.path.join(TOP, "results", "reference", "python-transports-i7-10900X.csv"),
              os.path.join(TOP, "..", "shared", "reference", "python-transports-i7-10900X.csv")):
        if os.path.exists(p):
            return p
    d = os.path.join(TOP, "results", "reference")
    if os.path.isdir(d):
        for n in sorted(os.listdir(d)):
            if n.endswith(".csv"):
                return os.path.join(d, n)
    return None


def read_reference(path):
    """{(transport, bytes): (seconds or None, status)}, '#' lines left out."""
    out = {}
    with open(path, newline="") as f:
        lines = [ln for ln in f if not ln.startswith("#")]
    for r in csv.DictReader(lines):
        try:
            out[(r["transport"], int(r["bytes"]))] = (fnum(r.get("seconds")), r.get("status", ""))
        except (KeyError, ValueError):
            continue
    return out


def published_section(cells, ref_path):
    """Scale this machine's published-pattern breakdown to the reference machine."""
    if not ref_path:
        return ["No published reference CSV found (results/reference/ or ../shared/reference/)."], []
    ref = read_reference(ref_path)
    mine = {(c.transport, c.size): c for c in cells if c.pattern == "published" and c.variant == "default"}
    lines = ["Source: `%s`." % os.path.relpath(ref_path, TOP), ""]
    # CPU factor per size: this machine's http_json / the published http_json
    k = {}
    for (t, s), (sec, st) in ref.items():
        c = mine.get(("http_json", s))
        if t == "http_json" and sec and c is not None and c.total:
            k[s] = c.total / sec
    if not k:
        lines.append("http_json was not measured here at a published size, so the CPU factor "
                     "between the machines cannot be derived; the published figures are not explained.")
        return lines, []
    kg = math.exp(sum(math.log(v) for v in k.values()) / len(k))
    lines += ["The CPU factor is this machine's http_json time / the published one at the same size "
              "(http_json is almost all Python work on the CPU): %s; where http_json is missing the "
              "geometric mean %.2f is used. Parts that are Python work (generation, serialisation, "
              "encoding, shared-memory set-up, fixed work, residual) are divided by it; copies, kernel "
              "transfer, system calls, wake-ups and page faults are memory- and kernel-bound and are "
              "kept as measured here (they do not scale with the CPU factor). "
              "A prediction more than %.1fx off the published figure does not add up."
              % (", ".join("%.2f at %s" % (v, fmt_size(s)) for s, v in sorted(k.items())), kg, ADD_UP), "",
              "| transport | size | published | here | predicted | predicted / published | verdict |",
              "|---|---|---|---|---|---|---|"]
    off = []
    for (t, s) in sorted(ref, key=lambda x: (rank((x[0], "default")), x[1])):
        sec, st = ref[(t, s)]
        c = mine.get((t, s))
        f = k.get(s, kg)
        if sec is None:
            here = "refused" if (c is not None and c.total is None) else (fmt_s(c.total) if c else "-")
            lines.append("| %s | %s | %s | %s | - | - | %s |" % (t, fmt_size(s), st or "-", here,
                         "agrees: refused here too" if here == "refused" else "published refused"))
            continue
        if c is None or c.total is None:
            lines.append("| %s | %s | %s | not measured | - | - | missing here |" % (t, fmt_size(s), fmt_s(sec)))
            continue
        d = c.by_category()
        pred = sum((v / f if cat in SCALING else v) for cat, v in d.items())
        q = pred / sec
        ok = 1 / ADD_UP <= q <= ADD_UP
        verdict = "adds up" if ok else "does not add up"
        lines.append("| %s | %s | %s | %s | %s | %.2f | %s |" % (t, fmt_size(s), fmt_s(sec), fmt_s(c.total),
                                                                fmt_s(pred), q, verdict))
        if not ok:
            big = max(((v, cat) for cat, v in d.items() if v > 0), default=(0, "?"))
            off.append("%s at %s: predicted %s against the published %s (%.2fx); its largest part here "
                       "is %s (%s), %s" % (t, fmt_size(s), fmt_s(pred), fmt_s(sec), q,
                                           CAT_LABEL.get(big[1], big[1]), pct(big[0] / c.total),
                                           "which is scaled by the CPU factor" if big[1] in SCALING
                                           else "which is kept unscaled"))
    return lines, off
