"""Machine identity: which CPU a run was made on, told apart by more than its
brand string.

Two guests of one machine kind can both call themselves "AMD EPYC" and be a
Zen 2 (family 23, model 49, 32 KiB L1d, 16 MiB L3) or a Zen 4 (family 25): a
folder name made of the brand alone would file one CPU's runs under the
other's, and `compare` would present two CPUs as a repeat of one machine.  So
the name carries the vendor, family, model and stepping from /proc/cpuinfo
and the L1d, L2 and L3 sizes from sysfs, and meta.json records each field.
"""
import os
import re

VENDORS = {"GenuineIntel": "intel", "AuthenticAMD": "amd", "HygonGenuine": "hygon",
           "CentaurHauls": "centaur"}


def read(path, default=None):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read().strip()
    except OSError:
        return default


def cpu_identity(cpuinfo):
    """The first processor block of /proc/cpuinfo text -> dict with cpu_vendor,
    cpu_family, cpu_model_number, cpu_stepping (ints, or None where the
    architecture has no such field) and cpu_model (the brand string)."""
    fields = {}
    for line in cpuinfo.splitlines():
        if not line.strip():
            if fields:
                break
            continue
        key, _, val = line.partition(":")
        fields.setdefault(key.strip(), val.strip())

    def num(key):
        v = fields.get(key, "")
        try:
            return int(v, 0)
        except ValueError:
            return None
    return {"cpu_vendor": fields.get("vendor_id") or fields.get("CPU implementer"),
            "cpu_family": num("cpu family"),
            "cpu_model_number": num("model") if "model" in fields else num("CPU part"),
            "cpu_stepping": num("stepping") if "stepping" in fields else num("CPU variant"),
            "cpu_model": fields.get("model name") or fields.get("Processor") or ""}


def cache_sizes(sysfs_root="/sys"):
    """{'l1d': KiB, 'l2': KiB, 'l3': KiB} of CPU 0 (absent levels left out)."""
    base = os.path.join(sysfs_root, "devices/system/cpu/cpu0/cache")
    out = {}
    for idx in sorted(os.listdir(base)) if os.path.isdir(base) else []:
        d = os.path.join(base, idx)
        level, kind, size = read(f"{d}/level"), read(f"{d}/type"), read(f"{d}/size")
        m = re.fullmatch(r"(\d+)([KMG]?)", size or "")
        if not level or not m or kind == "Instruction":
            continue
        kib = int(m.group(1)) * {"": 1 / 1024, "K": 1, "M": 1024, "G": 1024 ** 2}[m.group(2)]
        out["l1d" if level == "1" else "l" + level] = int(kib)
    return out


def _size(kib):
    return "%dm" % (kib // 1024) if kib >= 1024 and kib % 1024 == 0 else "%dk" % kib


def slug(text):
    return re.sub(r"[^a-z0-9.]+", "-", text.lower()).strip("-")


def override_name(text):
    """MACHINE=... as a folder name ('My Box #1' -> 'my-box-1'), or '' when empty."""
    return re.sub(r"[^a-z0-9.-]+", "-", text.lower()).strip("-")


def brand(model_name, vendor):
    """'Intel(R) Xeon(R) Processor' -> 'intel-xeon'; the vendor leads."""
    b = re.sub(r"\((r|tm)\)|\bcpu\b|\bprocessor\b|\d+-core|@.*$", " ", model_name.lower())
    b = slug(b)
    v = VENDORS.get(vendor or "", slug(vendor or ""))
    if v and not b.startswith(v):
        b = "%s-%s" % (v, b) if b else v
    return b or "unknown-cpu"


def machine_name(ident, caches, ncpus, mem_bytes):
    """brand, family/model/stepping, caches, CPUs and memory: two CPUs that
    share a brand string never share a name.  A field that was not recorded
    says so ('model-unrecorded') rather than being guessed."""
    parts = [brand(ident.get("cpu_model") or "", ident.get("cpu_vendor"))]
    fms = (ident.get("cpu_family"), ident.get("cpu_model_number"), ident.get("cpu_stepping"))
    if all(v is None for v in fms):
        parts.append("model-unrecorded")
    else:
        parts.append("f%s-m%s-s%s" % tuple("x" if v is None else v for v in fms))
    for level in ("l1d", "l2", "l3"):
        if level in caches:
            parts.append("%s-%s" % (level, _size(caches[level])))
    parts.append("%dcpu-%dg" % (ncpus, round(mem_bytes / 2 ** 30)))
    return "-".join(parts)


def caches_from_meta(meta):
    """The cache sizes of an older meta.json, which lists sysfs cache entries."""
    out = {}
    for c in meta.get("caches") or []:
        if not isinstance(c, dict) or c.get("type") == "Instruction":
            continue
        m = re.fullmatch(r"(\d+)([KMG]?)", str(c.get("size", "")))
        if m:
            kib = int(m.group(1)) * {"": 1 / 1024, "K": 1, "M": 1024, "G": 1024 ** 2}[m.group(2)]
            out["l1d" if str(c.get("level")) == "1" else "l%s" % c.get("level")] = int(kib)
    return out


def name_from_meta(meta):
    """A run folder's machine name, derived from its own meta.json."""
    caches = {k: meta[k] for k in ("cache_l1d_kib", "cache_l2_kib", "cache_l3_kib") if k in meta}
    caches = ({k[6:-4]: v for k, v in caches.items()} if caches else caches_from_meta(meta))
    ident = {k: meta.get(k) for k in ("cpu_vendor", "cpu_family", "cpu_model_number",
                                      "cpu_stepping", "cpu_model")}
    return machine_name(ident, caches, int(meta.get("cpu_count") or 0),
                        int(meta.get("memory_total_bytes") or 0))
