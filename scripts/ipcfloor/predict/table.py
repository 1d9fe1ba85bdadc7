"""predicted.csv: the model's table, one row per part of every cell, then its
residual, total and floors (results/README.md names the columns)."""
import csv
import os

from .explainer import ratio

# the model's table; explain.csv is the measured ledger (transport stage)
PREDICTED_CSV = "predicted.csv"
COLUMNS = ["transport", "variant", "size_bytes", "pattern", "part", "seconds", "share",
           "count", "unit_s", "source", "note"]


def csv_rows(cells):
    """predicted.csv rows of `cells`; share = seconds / the measured total
    (on the floor rows: the measured total / the floor)."""
    out = []
    for c in cells:
        base = {"transport": c.transport, "variant": c.variant, "size_bytes": c.size, "pattern": c.pattern}

        def row(part, seconds, share, count="", unit="", source="", note=""):
            d = dict(base, part=part, seconds=seconds, share=share, count=count, unit_s=unit,
                     source=source, note=note)
            out.append(d)
        t = c.total
        for p in c.parts:
            row(p.name, p.seconds, p.seconds / t if t else "", p.count, p.unit_s, p.source, p.note)
        for what, why in c.missing:
            row("missing:%s" % what, "", "", note=why)
        if t is not None:
            res = c.residual()
            miss = [w for w, _ in c.missing]
            row("residual", res, res / t if t else "", note=("; ".join(c.notes + (
                ["includes the missing parts: %s" % ", ".join(miss)] if miss else []))))
            row("total", t, 1.0, source="transports.csv p50_s")
        for part, fl in (("floor_copy", c.floor_copy), ("floor_zerocopy", c.floor_zero)):
            if fl is None:
                continue
            if fl[0] is None:
                row("missing:%s" % part, "", "", note=fl[1])
            else:
                row(part, fl[0], ratio(c, fl) if t is not None else "", source=fl[1],
                    note="seconds = the floor's time for one message of this size; share = total / floor")
    return out


def write_csv(path, rows):
    """Floats as %.9g; in the text fields commas become ';' and newlines ' ',
    so no field needs quoting and every row is one line."""
    with open(path + ".partial", "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        for r in rows:
            r = {k: ("%.9g" % v if isinstance(v, float) else
                     str(v).replace(",", ";").replace("\n", " ")) for k, v in r.items()}
            w.writerow(r)
    os.replace(path + ".partial", path)
