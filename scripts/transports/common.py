"""Shared definitions of the transport harness: sizes, arrays, availability.

Imported by run.py (the harness), worker.py (the cells), catalog/ (the
transports' clients and servers) and components.py.  Only the standard
library at import time: numpy is imported lazily so that `run.py --help` and
availability checks work without it.
"""
import importlib.util
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GEN_DIR = os.path.join(HERE, "_gen")
PROTO = os.path.join(HERE, "arrays.proto")

# float64 shapes: the four of the published table, a small one, and the
# fixed-cost probe (64 B: eight numbers, so every per-byte part is a few
# nanoseconds and what the request costs is the transport's fixed work)
SHAPES = {
    64: (8,),
    8192: (1024,),
    1204224: (1, 3, 224, 224),
    4194304: (2, 1024, 16, 16),
    38535168: (2, 3, 16, 224, 224),
    1073741824: (128, 1024, 1024),
}
REFERENCE_SIZES = [1204224, 4194304, 38535168, 1073741824]
PROBE_SIZE = 64
PAIR_MAX = 64 << 10      # cells up to this size pair their requests with the probe's
FULL_SIZES = [PROBE_SIZE, 8192] + REFERENCE_SIZES
QUICK_SIZES = [8192, 1204224]
GIB = 1 << 30
BIG = 256 << 20          # from here on a cell runs few requests
SEED = 20240604          # the transport-only array: RandomState(SEED).randn(*shape)

PATTERNS = ("published", "transport-only")

# The code switch of one ablation (scripts/ipcfloor/ablation/switches.py),
# set for both sides of its B transport by the ablation driver; empty in
# every measured cell: "octet-stream" (http_base64 sends the bytes as they
# are), "draw-in-place" (fastpath and shared_memory/reused draw the published
# array straight into the shared region), "pickle5-oob" (mp_pipe/send and
# mp_listener send the array's buffer out of band), "ujson" (http_json's
# response rendered by ujson), "async-endpoint" (http_base64's endpoint an
# async def)
ABLATE = os.environ.get("IPCFLOOR_ABLATE", "")

TRANSPORTS_CSV_COLUMNS = [
    "transport", "variant", "size_bytes", "pattern", "requests", "p50_s",
    "min_s", "max_s", "status", "reason",
    # extra columns, after the required ones
    "mean_s", "warmup", "budget_s", "verified", "note",
    # median of the 64 B probe requests paired with this cell's (full runs)
    "probe_p50_s",
]
COMPONENTS_CSV_COLUMNS = [
    "component", "size_bytes", "reps", "p50_s", "min_s", "max_s",
    "gbps", "minflt_per_call", "status", "reason", "note",
]
COUNTS_CSV_COLUMNS = [
    "transport", "variant", "size_bytes", "pattern", "side", "comm",
    "syscalls_total", "syscalls", "sock_write_bytes", "syscr", "syscw", "wchar_bytes",
    "rchar_bytes", "vol_ctxsw", "invol_ctxsw", "minflt", "majflt",
    "threads", "cpu_ns", "status", "reason",
    # how many requests the /proc counters were averaged over (strace sees one)
    "requests_counted",
]


def shape_for(size):
    """Shape of the float64 array of `size` bytes."""
    if size in SHAPES:
        return SHAPES[size]
    if size <= 0 or size % 8:
        raise ValueError("size %r is not a positive multiple of 8 bytes" % size)
    return (size // 8,)


KEEP_SMALL = 64 << 10     # ArraySource keeps every array up to this size


class ArraySource:
    """Produces the array of one request, as the server does it.

    published: np.random.randn(*shape) drawn for every request (as in the
    published run); transport-only: drawn once per size (seeded, so the
    client can verify the values) and reused.
    """

    def __init__(self):
        import numpy as np
        self.np = np
        self.cache = {}

    def get(self, size, pattern):
        np = self.np
        shape = shape_for(size)
        if pattern == "published":
            return np.random.randn(*shape)
        if pattern != "transport-only":
            raise ValueError("unknown pattern %r" % pattern)
        a = self.cache.get(size)
        if a is None:
            if size > KEEP_SMALL:
                # one large array at a time; the small ones (the paired
                # probe's) stay, so alternating sizes never redraws
                for k in [k for k in self.cache if k > KEEP_SMALL]:
                    del self.cache[k]
            a = expected_array(size)
            self.cache[size] = a
        return a


def expected_array(size):
    import numpy as np
    return np.random.RandomState(SEED).randn(*shape_for(size))


# ---------------------------------------------------------------- packages
# Debian package of each Python module (or command) a transport needs.
MODULE_PACKAGES = {
    "numpy": "python3-numpy",
    "fastapi": "python3-fastapi",
    "uvicorn": "python3-uvicorn",
    "websockets": "python3-websockets",
    "websocket": "python3-websocket",
    "requests": "python3-requests",
    "grpc": "python3-grpcio",
    "grpc_tools": "python3-grpc-tools",
    "google.protobuf": "python3-protobuf",
    "pika": "python3-pika",
    "zmq": "python3-zmq",
}
RABBITMQ_SERVER = "/usr/lib/rabbitmq/bin/rabbitmq-server"


def module_available(mod):
    """True when `mod` can be imported (monkeypatched by the tests)."""
    if mod == "cmd:rabbitmq-server":
        return os.access(RABBITMQ_SERVER, os.X_OK) and shutil.which("epmd") is not None
    try:
        return importlib.util.find_spec(mod) is not None
    except (ImportError, ValueError):
        return False


def missing_packages(requires):
    """Debian packages of `requires` (a transport's modules and cmd:NAME
    commands) that are not installed."""
    out = []
    for mod in requires:
        if not module_available(mod):
            pkg = "rabbitmq-server" if mod.startswith("cmd:") else MODULE_PACKAGES[mod]
            if pkg not in out:
                out.append(pkg)
    return out


# ---------------------------------------------------------------- gRPC stubs
def ensure_grpc_stubs():
    """Generate arrays_pb2.py / arrays_pb2_grpc.py from arrays.proto into _gen/.

    Returns None on success, or the one-line reason it failed.  Regenerates
    when the .proto is newer; writes to a temporary folder first and renames,
    so concurrent runs never see half-written stubs.
    """
    target = os.path.join(GEN_DIR, "arrays_pb2_grpc.py")
    if (os.path.exists(target)
            and os.path.getmtime(target) >= os.path.getmtime(PROTO)):
        return None
    import tempfile
    os.makedirs(GEN_DIR, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix=".gen-", dir=GEN_DIR)
    try:
        r = subprocess.run(
            [sys.executable, "-m", "grpc_tools.protoc", "-I", HERE,
             "--python_out", tmp, "--grpc_python_out", tmp, PROTO],
            capture_output=True, text=True)
        if r.returncode != 0:
            return "grpc_tools.protoc failed: " + (r.stderr.strip().splitlines() or ["?"])[-1]
        for name in ("arrays_pb2.py", "arrays_pb2_grpc.py"):
            os.replace(os.path.join(tmp, name), os.path.join(GEN_DIR, name))
        return None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def import_stubs():
    if GEN_DIR not in sys.path:
        sys.path.insert(0, GEN_DIR)
    import arrays_pb2
    import arrays_pb2_grpc
    return arrays_pb2, arrays_pb2_grpc


def emit(obj, stream=None):
    """One JSON line on stdout (the worker -> harness protocol)."""
    stream = stream or sys.stdout
    stream.write(json.dumps(obj) + "\n")
    stream.flush()


def all_sides(tr):
    """side -> pids of every process a request runs in: this client and the transport's."""
    sides = {"client": [os.getpid()]}
    sides.update(tr.sides())
    return sides


def verify(arr, size, pattern, expected):
    import numpy as np
    if not isinstance(arr, np.ndarray) or arr.dtype != np.float64 or arr.shape != shape_for(size):
        raise RuntimeError("wrong array: %s %s" % (getattr(arr, "dtype", type(arr)),
                                                    getattr(arr, "shape", "")))
    if expected is not None and not np.array_equal(arr, expected):
        raise RuntimeError("values differ from the array the server sent")
