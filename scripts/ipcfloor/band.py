"""The noise band: how far apart two runs of the same commit on the same
machine put rows of one kind, measured from an A/A pair.

A row of two runs is called different only when the difference is both
significant and wider than the band of its kind.  Significance alone is
not enough: five repetitions from one run cannot see what changes between
runs (the host's other guests, the page cache, where the allocator lands),
so two runs of one commit already differ "significantly" in many rows.

A kind is primitive x mode x placement x size class.  Its band is the 95th
percentile of the rows' deviation (max(r, 1/r) - 1 of the ratio r) in the
A/A pair.  A kind with fewer than MIN_ROWS rows takes the band of the
coarser kind above it (the size class dropped, then the placement, then the
mode, then the primitive), so no band rests on a handful of rows.  The bands are kept in a
small committed CSV (results/noise-band.csv) that names its A/A pair.
"""
import csv
import os

import numpy as np

from . import stats

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BAND_FILE = os.path.join(TOP, "results", "noise-band.csv")
MIN_ROWS = 10
QUANTILE = 95
COLUMNS = ["primitive", "mode", "placement", "size_class", "band", "rows", "a_run", "b_run"]
ANY = "*"


def size_class(size):
    """small: wake-up bound; mid: cache resident; large: memory bound."""
    if size <= 16 << 10:
        return "small"
    if size <= 4 << 20:
        return "mid"
    return "large"


def keys_of(primitive, mode, placement, size):
    """From the most specific kind to the coarsest."""
    c = size_class(size)
    return [(primitive, mode, placement, c), (primitive, mode, placement, ANY),
            (primitive, mode, ANY, ANY), (primitive, ANY, ANY, ANY), (ANY, mode, ANY, c),
            (ANY, ANY, ANY, ANY)]


def calibrate(pairs):
    """pairs: [((primitive, mode, placement, size), ratio)] of an A/A
    comparison -> {kind: (band, rows)} at every level with MIN_ROWS rows."""
    groups = {}
    for (prim, mode, pl, size), r in pairs:
        if not r or r <= 0:
            continue
        for k in keys_of(prim, mode, pl, size):
            groups.setdefault(k, []).append(stats.deviation(r))
    return {k: (float(np.percentile(v, QUANTILE)), len(v))
            for k, v in groups.items() if len(v) >= MIN_ROWS}


def write(path, bands, a_run, b_run):
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        for k in sorted(bands, key=lambda k: tuple((x == ANY, x) for x in k)):
            band, n = bands[k]
            w.writerow(list(k) + ["%.4f" % band, n, a_run, b_run])


class Bands:
    """The committed bands; lookup() gives a row's band and the kind it came from."""

    def __init__(self, path=BAND_FILE):
        self.path = path
        self.bands = {}
        self.source = None
        if not os.path.exists(path):
            return
        with open(path, newline="") as f:
            for r in csv.DictReader(f):
                k = (r["primitive"], r["mode"], r["placement"], r["size_class"])
                self.bands[k] = float(r["band"])
                self.source = (r["a_run"], r["b_run"])

    def __bool__(self):
        return bool(self.bands)

    def lookup(self, primitive, mode, placement, size):
        for k in keys_of(primitive, mode, placement, size):
            if k in self.bands:
                return self.bands[k], k
        return 0.0, None
