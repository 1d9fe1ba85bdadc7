"""What a run records of itself in meta.json: the machine (CPU identity,
caches, topology, kernel settings that bound the primitives), the build, the
plan and the placements, and the suite's revision."""
import datetime
import json
import os
import platform
import re
import resource
import subprocess

from . import machine as mach

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.join(TOP, "micro", "bin")
SCHEMA_VERSION = 1


def git_revision():
    try:
        r = subprocess.run(["git", "-C", TOP, "describe", "--always", "--dirty"],
                           capture_output=True, text=True, timeout=10)
        return r.stdout.strip() or "unknown"
    except OSError:
        return "unknown"


def read(path, default=None):
    try:
        with open(path) as f:
            return f.read().strip()
    except OSError:
        return default


def cpu_identity():
    ident = mach.cpu_identity(read("/proc/cpuinfo", "") or "")
    ident["cpu_model"] = ident["cpu_model"] or platform.machine()
    return ident


def mem_total():
    m = re.search(r"MemTotal:\s+(\d+) kB", read("/proc/meminfo", "") or "")
    return int(m.group(1)) * 1024 if m else 0


def machine_slug():
    return (mach.override_name(os.environ.get("MACHINE", "")) or
            mach.machine_name(cpu_identity(), mach.cache_sizes(), os.cpu_count(), mem_total()))


def caches():
    out = []
    base = "/sys/devices/system/cpu/cpu0/cache"
    for idx in sorted(os.listdir(base)) if os.path.isdir(base) else []:
        if not idx.startswith("index"):
            continue
        d = os.path.join(base, idx)
        out.append({"level": read(f"{d}/level"), "type": read(f"{d}/type"),
                    "size": read(f"{d}/size"), "shared_cpu_list": read(f"{d}/shared_cpu_list")})
    return out


def collect_meta(kind, run_id, machine, plan, placements, clock_ns):
    sysd = "/sys/devices/system/cpu"
    online = read(f"{sysd}/online", "")
    nodes = read("/sys/devices/system/node/online", "0")
    tpc, cores = 1, set()
    for name in os.listdir(sysd):
        if re.fullmatch(r"cpu\d+", name):
            sib = read(f"{sysd}/{name}/topology/thread_siblings_list", "")
            tpc = max(tpc, len(re.split(r"[,-]", sib)) if sib else 1)
            cores.add((read(f"{sysd}/{name}/topology/physical_package_id"),
                       read(f"{sysd}/{name}/topology/core_id")))
    vulns = {}
    vdir = f"{sysd}/vulnerabilities"
    if os.path.isdir(vdir):
        for v in sorted(os.listdir(vdir)):
            vulns[v] = read(os.path.join(vdir, v))
    build = {}
    for line in (read(os.path.join(BIN, "BUILDINFO"), "") or "").splitlines():
        k, _, v = line.partition("=")
        build[k] = v
    thp = read("/sys/kernel/mm/transparent_hugepage/enabled")
    memlock = resource.getrlimit(resource.RLIMIT_MEMLOCK)[0]
    return {
        "schema_version": SCHEMA_VERSION,
        "complete": False,
        "kind": kind,
        "run_id": run_id,
        "machine": machine,
        "started": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "finished": None,
        **cpu_identity(),
        **{f"cache_{k}_kib": v for k, v in mach.cache_sizes().items()},
        "cpus_online": online,
        "cpu_count": os.cpu_count(),
        "cores": len(cores),
        "threads_per_core": tpc,
        "sockets": len({p for p, _ in cores}),
        "numa_nodes": nodes,
        "caches": caches(),
        "memory_total_bytes": mem_total(),
        "placements": placements,
        "kernel": platform.release(),
        "kernel_version": platform.version(),
        "governor": read(f"{sysd}/cpufreq/policy0/scaling_governor", "unreadable"),
        "turbo": read(f"{sysd}/cpufreq/boost") or read(f"{sysd}/intel_pstate/no_turbo",
                                                      "unreadable"),
        "vulnerabilities": vulns,
        "thp": thp,
        "pipe_max_size": int(read("/proc/sys/fs/pipe-max-size", "0")),
        "mqueue": {k: read(f"/proc/sys/fs/mqueue/{k}") for k in
                   ("msg_max", "msgsize_max", "queues_max")},
        "wmem_max": read("/proc/sys/net/core/wmem_max"),
        "rmem_max": read("/proc/sys/net/core/rmem_max"),
        "io_uring_disabled": read("/proc/sys/kernel/io_uring_disabled", "absent"),
        "nr_hugepages": read("/proc/sys/vm/nr_hugepages"),
        "rlimit_memlock": "unlimited" if memlock == resource.RLIM_INFINITY else memlock,
        "compiler": build.get("compiler"),
        "cflags": build.get("cflags"),
        "liburing_version": build.get("liburing"),
        "libnuma_version": build.get("libnuma"),
        "python": platform.python_version(),
        "suite_revision": git_revision(),
        "clock_overhead_ns": clock_ns,
        "sweep": dict(plan, sizes=plan["sizes"]),
        "stages": {},
    }


def write_json(path, data):
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(data, f, indent=2)
        f.write("\n")
    os.replace(tmp, path)


def resolve_placements():
    """Ask the harness (one topology reader for everything) what each placement means."""
    out = subprocess.run([os.path.join(BIN, "pipe"), "--show-placements"], capture_output=True,
                         text=True, check=True).stdout
    res = {}
    for line in out.splitlines():
        name, what, detail = (line.split("\t") + ["", ""])[:3]
        if what == "skip":
            res[name] = {"status": "skip", "reason": detail}
        else:
            res[name] = {"status": "ok", "cpus": what}
    return res


def later_stages_estimate(machine, kind, root=os.path.join(TOP, "results")):
    """(seconds, source) the later stages (transports, explain, plots, report)
    took in the newest complete run of this kind on this machine, so the ETA
    of `make run` covers the whole run; (0, None) when there is none."""
    base = os.path.join(root, machine)
    for run in sorted(os.listdir(base) if os.path.isdir(base) else [], reverse=True):
        try:
            with open(os.path.join(base, run, "meta.json")) as f:
                m = json.load(f)
        except (OSError, ValueError):
            continue
        st = m.get("stage_seconds") or {}
        if m.get("complete") and m.get("kind") == kind and "transports" in st:
            return sum(v for k, v in st.items() if k != "micro"), run
    return 0.0, None
