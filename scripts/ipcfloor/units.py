"""Sizes and times as ipcfloor reads and writes them: one parser with the C
programs' grammar (micro/parse.c), one formatter for each kind of figure."""
import math
import re

UNITS = {"": 0, "B": 0, "K": 10, "KB": 10, "KIB": 10, "M": 20, "MB": 20, "MIB": 20,
         "G": 30, "GB": 30, "GIB": 30}


def parse_size(text):
    """Bytes from 4096, 64K, 4MiB, 1.5G (powers of 1024, the unit's case
    free), as --size takes them; ValueError in the C programs' words."""
    text = text.strip()
    m = re.fullmatch(r"([0-9][0-9.]*)([A-Za-z]*)", text)
    if not m:
        raise ValueError(f"'{text}' is not a size (expected e.g. 4096, 64K, 4MiB, 1G)")
    try:
        value = float(m.group(1))
    except ValueError:
        raise ValueError(f"'{text}' is not a size (expected e.g. 4096, 64K, 4MiB, 1G)") from None
    if m.group(2).upper() not in UNITS:
        raise ValueError(f"'{text}': unknown unit '{m.group(2)}' (use K, M, G or KiB, MiB, GiB)")
    value *= 1 << UNITS[m.group(2).upper()]
    if value != int(value):
        raise ValueError(f"'{text}' is not a whole number of bytes")
    if value < 1:
        raise ValueError(f"'{text}' is not a size of at least 1 byte")
    return int(value)


def human_size(n):
    """64 -> '64 B', 4096 -> '4 KiB', 1204224 -> '1.15 MiB'."""
    n = float(n)
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= scale:
            v = n / scale
            return ("%d %s" % (v, unit)) if v == int(v) else ("%.3g %s" % (v, unit))
    return "%d B" % n


def decimal_size(n):
    """64 -> '64 B', 1204224 -> '1.2 MB', 38535168 -> '38.5 MB': powers of
    1000, as the transport write-ups and the published figures name sizes."""
    if n >= 10 ** 9:
        return "%.2g GB" % (n / 1e9)
    if n >= 10 ** 6:
        return "%.3g MB" % (n / 1e6)
    if n >= 10 ** 3:
        return "%.3g kB" % (n / 1e3)
    return "%d B" % n


def human_ns(ns):
    """A time in ns, in the unit that reads best: 82.8 ns, 4.17 µs, 1.2 ms, 3.4 s."""
    if ns is None:
        return "-"
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if abs(ns) >= scale:
            return "%.3g %s" % (ns / scale, unit)
    return "%.3g ns" % ns


def human_s(s):
    """A time in seconds, the same way ('-' when there is none)."""
    if s is None or s == "":
        return "-"
    s = float(s)
    a = abs(s)
    if a == 0:
        return "0"
    if a < 1e-6:
        return "%.0f ns" % (s * 1e9)
    if a < 1e-3:
        return "%.1f us" % (s * 1e6)
    if a < 1:
        return "%.2f ms" % (s * 1e3)
    return "%.2f s" % s


def fmt_eta(sec):
    """m:ss, or h:mm:ss from an hour on."""
    sec = int(max(sec, 0))
    return f"{sec // 3600}:{sec // 60 % 60:02d}:{sec % 60:02d}" if sec >= 3600 \
        else f"{sec // 60}:{sec % 60:02d}"


def fnum(x):
    """A CSV cell as a finite float, or None (empty, text, nan, inf)."""
    try:
        v = float(x)
    except (TypeError, ValueError):
        return None
    return v if math.isfinite(v) else None
