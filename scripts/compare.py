#!/usr/bin/python3
"""Compare two ipcfloor result folders: which rows really differ, and by how much.

Usage: compare.py [--out DIR] [--no-plot] [--alpha A] [--band-file F]
                  [--allow-incomplete] [--write-band] A B

For every row key (primitive, variant, mode, size_bytes, placement) with
status ok in both folders: the two medians (lat: p50_ns, one-way ns; bw:
gbps), the ratio B/A with a bootstrap 95% interval, the p-value of a
two-sided Mann-Whitney U test over the repetitions (rep_values: one per pass
of the sweep, so they hold the drift across a whole run), and the noise band
of the row's kind (results/noise-band.csv, measured from an A/A pair: two
runs of one commit on one machine).  A row is called different (real = 1)
only when p < alpha AND the ratio is further from 1 than the band.

It prints one screen: the two machines (the meta fields that differ), the
band used, the geometric mean of B/A with its 95% interval per primitive and
placement, and the 20 largest real changes.  The full table goes to
compare.csv, the summary to compare.txt, and ratios.png/.svg draws every
row's ratio per primitive, in --out (default
./compare-<A machine>_<A run>-vs-<B machine>_<B run>).

--write-band (for an A/A pair) writes the bands of this pair to --band-file
instead of comparing against it.

Refuses, one line on stderr and exit status 2: a folder without meta.json or
micro.csv, folders whose schema_version differs, and a folder marked
incomplete (meta.json complete != true, or an INCOMPLETE file) unless
--allow-incomplete is given, in which case the output says so loudly.
"""
import os
import subprocess
import sys

import cli
from ipcfloor import band as noise
from ipcfloor.comparison import ALPHA, compare_runs, default_out, render_text, write_band, \
    write_csv, write_plot
from ipcfloor.rows import RunError


def main(argv=None):
    ap = cli.OneLineParser(
        description="Compare two ipcfloor result folders: per row the ratio B/A with its "
                    "bootstrap interval, a Mann-Whitney U test over the passes, and the noise "
                    "band of an A/A pair; one summary screen, the full table in compare.csv.")
    ap.add_argument("a", metavar="A", help="baseline result folder")
    ap.add_argument("b", metavar="B", help="result folder compared against A")
    ap.add_argument("--out", help="folder for compare.csv, compare.txt and ratios.png/.svg/.gp "
                    "(default: ./compare-<A machine>_<A run>-vs-<B machine>_<B run>)")
    ap.add_argument("--no-plot", action="store_true", help="print only; write no files")
    ap.add_argument("--alpha", type=float, default=ALPHA, help="significance level "
                    "(default %(default)s)")
    ap.add_argument("--band-file", default=noise.BAND_FILE,
                    help="noise bands (default results/noise-band.csv)")
    ap.add_argument("--write-band", action="store_true",
                    help="A and B are an A/A pair: write their noise bands to --band-file")
    ap.add_argument("--allow-incomplete", action="store_true",
                    help="compare folders marked incomplete too, with a warning")
    a = ap.parse_args(argv)
    if not 0 < a.alpha < 1:
        ap.error("--alpha must be between 0 and 1")
    try:
        bands = noise.Bands(a.band_file) if not a.write_band else noise.Bands(os.devnull)
        res = compare_runs(a.a, a.b, a.allow_incomplete, a.alpha, bands)
        if a.write_band:
            got, _ = write_band(res, a.band_file)
            print("wrote %d bands from %d rows to %s" % (len(got), len(res.common), a.band_file))
            return 0
        text = render_text(res)
        sys.stdout.write(text)
        if not a.no_plot:
            out = a.out or default_out(res)
            os.makedirs(out, exist_ok=True)
            with open(os.path.join(out, "compare.txt"), "w", encoding="utf-8") as f:
                f.write(text)
            write_csv(res, os.path.join(out, "compare.csv"))
            gp = write_plot(res, out)
            print("\nfull table: %s%s" % (os.path.join(out, "compare.csv"),
                                          "; plot: " + os.path.join(out, "ratios.png")
                                          if gp else ""))
    except (RunError, subprocess.CalledProcessError) as e:
        print("compare: %s" % e, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # `compare.py A B | head`
        sys.stderr.close()
        sys.exit(0)
