"""Component costs, measured in one process: what each transport is made of.

    components.py --sizes 8192,1204224 --budget 0.5 [--kind quick|full] [--shm-prefix P]

Prints one JSON line per (component, size) on stdout (see COMPONENTS_CSV_COLUMNS
in common.py).  Run by run.py in a child process so that the memory of the
1 GiB list and JSON text is returned to the system when it ends.
"""
import argparse
import base64
import json
import mmap
import os
import pickle
import resource
import sys
import time

import common  # noqa: E402
from common import emit, shape_for  # noqa: E402

import numpy as np  # noqa: E402

# list/JSON components cost minutes and ~20 GB at 1 GiB: measured up to 38.5 MB only
SLOW_AT_GIB = {"tolist", "json_dumps", "json_loads", "np_array_from_list", "jsonable_encoder",
               "ujson_dumps"}


def minflt():
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt


def timeit(fn, budget, big):
    """Median of repeated calls: 1 warm-up, then until the budget (min 3, 1 if big).

    Also the page faults per call (timed calls only): a component's time
    includes the faults it takes, and the explanation must not count them
    again from the per-request fault counts.
    """
    if not big:
        fn()            # warm-up (large sizes: one cold call is all there is time for)
    times = []
    deadline = time.perf_counter() + budget
    min_reps = 1 if big else 3
    f0 = minflt()
    while len(times) < 200 and (len(times) < min_reps or time.perf_counter() < deadline):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    faults = (minflt() - f0) / len(times)
    times.sort()
    return times, faults


def components(size, opts):
    """(name, setup, fn, note) for one size; setup() returns fn's state."""
    shape = shape_for(size)
    arr = np.random.randn(*shape)
    st = {"arr": arr}
    out = []

    def add(name, fn, note=""):
        out.append((name, fn, note))

    add("randn", lambda: np.random.randn(*shape), "np.random.randn(*shape): the server's draw in the published pattern")
    # the draw-in-place ablation's unit: the Generator API's ziggurat into a
    # buffer already faulted in, against the legacy randn above
    rng, drawn = np.random.default_rng(1), np.empty(shape)
    add("standard_normal_out", lambda: rng.standard_normal(out=drawn),
        "np.random.default_rng().standard_normal(out=buf): the draw in place of the "
        "draw-in-place ablation")
    add("tobytes", lambda: arr.tobytes())
    add("frombuffer", lambda: np.frombuffer(st["bytes"], dtype=np.float64).reshape(shape), "view, no copy")

    def b64e():
        return base64.b64encode(st["bytes"])
    add("base64_encode", b64e)
    add("base64_decode", lambda: base64.b64decode(st["b64"]))
    add("tolist", lambda: arr.tolist())
    try:
        from fastapi.encoders import jsonable_encoder
        add("jsonable_encoder", lambda: jsonable_encoder(st["list"]),
            "FastAPI's jsonable_encoder of arr.tolist(), as serialize_response does for a "
            "returned list: a walk over every element")
    except ImportError:
        st.setdefault("missing", {})["jsonable_encoder"] = \
            "fastapi is missing (package python3-fastapi)"
        add("jsonable_encoder", None)
    add("json_dumps", lambda: json.dumps(st["list"]), "json.dumps of arr.tolist()")
    # the ujson ablation's unit (http_json rendering with ujson)
    try:
        import ujson
        add("ujson_dumps", lambda: ujson.dumps(st["list"]), "ujson.dumps of arr.tolist()")
    except ImportError:
        st.setdefault("missing", {})["ujson_dumps"] = "ujson is missing (package python3-ujson)"
        add("ujson_dumps", None)
    add("json_loads", lambda: json.loads(st["json"]))
    add("np_array_from_list", lambda: np.array(st["list"]))
    for proto in (4, 5):
        add("pickle_dumps_p%d" % proto, lambda p=proto: pickle.dumps(arr, protocol=p))
        add("pickle_loads_p%d" % proto, lambda p=proto: pickle.loads(st["p%d" % p]))
    bufs = []
    add("pickle_dumps_p5_oob",
        lambda: (bufs.clear(), pickle.dumps(arr, protocol=5, buffer_callback=bufs.append)),
        "protocol 5 with buffer_callback: the data stays out of band (no copy)")
    add("protobuf_serialize", lambda: st["pb2"].ArrayReply(data=st["bytes"]).SerializeToString(),
        "ArrayReply(data=arr.tobytes()).SerializeToString(); tobytes not included")
    add("protobuf_parse", lambda: st["pb2"].ArrayReply.FromString(st["pb"]).data)
    add("read_pass", lambda: np.add.reduce(arr, axis=None),
        "np.add.reduce over the array: one read of every byte (the fast path's touch)")
    warm = np.empty_like(arr)
    warm[...] = 0
    add("copy_warm", lambda: np.copyto(warm, arr), "np.copyto into a buffer already faulted in")

    def copy_fresh():
        m = mmap.mmap(-1, size)
        np.copyto(np.ndarray(shape, np.float64, buffer=m), arr)
        m.close()
    add("copy_fresh", copy_fresh, "np.copyto into a new anonymous mapping (page faults included, munmap too)")

    counter = [0]

    def shm_cycle():
        from multiprocessing import shared_memory
        counter[0] += 1
        shm = shared_memory.SharedMemory(name="%scomp_%d_%d" % (opts.shm_prefix, os.getpid(), counter[0]),
                                         create=True, size=size)
        try:
            v = np.ndarray(shape, np.float64, buffer=shm.buf)
            np.copyto(v, arr)
            del v
        finally:
            shm.close()
            shm.unlink()
    add("shm_create_copy_unlink", shm_cycle, "SharedMemory(create) + copy in + close + unlink")

    # inputs of the decoders, made once
    st["bytes"] = arr.tobytes()
    st["b64"] = base64.b64encode(st["bytes"])
    st["p4"] = pickle.dumps(arr, protocol=4)
    st["p5"] = pickle.dumps(arr, protocol=5)
    try:
        reason = common.ensure_grpc_stubs()
        if reason:
            raise RuntimeError(reason)
        st["pb2"], _ = common.import_stubs()
        st["pb"] = st["pb2"].ArrayReply(data=st["bytes"]).SerializeToString()
    except Exception as e:
        st["pb_error"] = "protobuf stubs unavailable: %s" % e
    return out, st


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", required=True, type=lambda s: [int(x) for x in s.split(",")])
    ap.add_argument("--budget", type=float, default=0.5)
    ap.add_argument("--kind", default="quick")
    ap.add_argument("--shm-prefix", default="ipcf_")
    ap.add_argument("--only", default="", type=lambda s: [x for x in s.split(",") if x])
    opts = ap.parse_args(argv)
    for size in opts.sizes:
        big = size >= common.BIG
        comps, st = components(size, opts)
        for name, fn, note in comps:
            if opts.only and name not in opts.only:
                continue
            row = {"component": name, "size_bytes": size, "note": note, "reps": 0}
            if name in SLOW_AT_GIB and size >= common.GIB:
                # measured: 248 s together on the Intel guest (jsonable_encoder
                # 108, json_dumps 79, json_loads 47, tolist 11, from_list 5),
                # a sixth of a full run; http_json's own 1 GiB row is measured
                row.update(status="skip", reason="list/JSON components are not run at 1 GiB: "
                           "about 4 min of a 40 min full run; measured up to 38.5 MB, and "
                           "http_json's own 1 GiB request is measured whole")
                emit(row)
                continue
            if name.startswith("protobuf") and "pb_error" in st:
                row.update(status="skip", reason=st["pb_error"])
                emit(row)
                continue
            if fn is None:
                row.update(status="skip", reason=st.get("missing", {}).get(name, "unavailable"))
                emit(row)
                continue
            if (name in ("json_dumps", "ujson_dumps", "np_array_from_list", "jsonable_encoder")
                    and "list" not in st):
                st["list"] = st["arr"].tolist()
            if name == "json_loads" and "json" not in st:
                if "list" not in st:
                    st["list"] = st["arr"].tolist()
                st["json"] = json.dumps(st["list"])
            if name == "json_loads" or (name == "np_array_from_list" and size < common.GIB):
                pass
            try:
                times, faults = timeit(fn, opts.budget, big)
                p50 = float(np.median(times))
                row.update(reps=len(times), p50_s=p50, min_s=times[0], max_s=times[-1],
                           minflt_per_call=round(faults, 1),
                           gbps=(size / p50 / 1e9) if p50 > 0 else "", status="ok", reason="")
            except MemoryError:
                row.update(status="fail", reason="MemoryError")
            emit(row)
            if name == "np_array_from_list":
                # the list is not needed any more; free it before json_loads
                st.pop("list", None)
        del comps, st
    return 0


if __name__ == "__main__":
    sys.exit(main())
