"""The ablations: each changes one thing in a transport, and claims to
remove a part of the measured ledger (explain.csv) that the thing costs.

An ablation is data: the transports and sizes it applies to, what it
changes (the environment of both sides: the worker reads IPCFLOOR_ABLATE
for the switches in code), the claim in words and as the ledger rows it
removes, and the remedy as one line a user can apply.  predicted_share()
reads the claim off the ledger of the same run, before the ablation runs."""
from collections import namedtuple

# needs: the components.csv units its prediction reads (the ablations stage
# measures those the run's components.csv lacks)
Ablation = namedtuple("Ablation", "name targets sizes env claim predict remedy needs")

SIZES = (1204224, 38535168)
FAULTS = ("page faults: clearing", "page faults: mapping", "mmap/munmap/brk")

# Fresh large buffers: malloc maps a chunk over its mmap threshold with
# mmap() and unmaps it on free(), so every message's buffers come back as
# fresh pages, each faulted in (and zeroed) on first touch.  glibc caps the
# threshold at 32 MiB on 64-bit (a larger mmap_threshold tunable is ignored),
# so a 38.5 MB buffer is mapped whatever the threshold: mmap_max=0 makes
# malloc take every chunk from the heap instead, and the trim threshold keeps
# freed heap memory for the next message.
MALLOC_TUNABLES = ("glibc.malloc.mmap_max=0:glibc.malloc.mmap_threshold=33554432:"
                   "glibc.malloc.trim_threshold=17179869184")


def _share(rows, stages=None, categories=None, but=()):
    return sum(float(r["share"]) for r in rows
               if (stages is None or r["stage"] in stages)
               and (categories is None or r["category"] in categories)
               and r["category"] not in but)


def faults(rows, comps, size):
    """Every page fault and mmap/munmap of the request goes."""
    return _share(rows, categories=FAULTS)


def base64_stages(rows, comps, size):
    """The two base64 stages go, but for arr.tobytes() (the server's libc
    copy), which the octet-stream response still makes."""
    return _share(rows, stages=("server:base64", "client:base64 decode"),
                  but=("libc copies",))


def draw_in_place(draw, copy):
    def predict(rows, comps, size):
        """The copy from the drawn array into the region goes, and so do the
        fresh array's faults; the draw itself takes the time of the
        Generator's standard_normal(out=) against randn (components.csv)."""
        legacy, inplace = comps.get(("randn", size)), comps.get(("standard_normal_out", size))
        if not legacy or not inplace:
            return None
        speedup = 1.0 - inplace / legacy
        return (_share(rows, stages=draw, categories=("numpy",)) * speedup
                + _share(rows, stages=draw + copy, categories=("libc copies",) + FAULTS))
    return predict


def pickle_copies(rows, comps, size):
    """The server's copy of the array into its pickle goes, with the pickle's
    fresh buffer (the libc copies and faults of server:pickle+send; the
    socket send is kernel time and stays).  The client makes two payload
    copies in recv+unpickle, the message assembled from the socket's chunks
    and the array unpickled out of it; only the second goes: half of that
    stage's libc copies and faults."""
    gone = ("libc copies",) + FAULTS
    return (_share(rows, stages=("server:pickle+send",), categories=gone)
            + 0.5 * _share(rows, stages=("client:recv+unpickle",), categories=gone))


def json_render(rows, comps, size):
    """The server's float->text time (in encode+render) at ujson's speed
    against json.dumps on the same list (components.csv json_dumps and
    ujson_dumps); jsonable_encoder's walk, the rest of that stage, stays."""
    std, fast = comps.get(("json_dumps", size)), comps.get(("ujson_dumps", size))
    if not std or not fast:
        return None
    return (_share(rows, stages=("server:encode+render",), categories=("float<->text (JSON)",))
            * (1.0 - fast / std))


# the ledger's scheduling categories, as explain.csv spells them
SCHEDULING = ("scheduling; futex and epoll", "scheduling: wake-up path",
              "scheduling: run-queue delay")


def thread_hop(rows, comps, size):
    """A sync def endpoint is handed to FastAPI's thread pool and its result
    back to the event loop: the scheduling time (futex, wake-ups, run queue)
    of the stage where the hop out happens (route+validate, from the
    middleware to the endpoint's first stamp) and of the endpoint's last
    (respond, until the loop writes) goes."""
    return _share(rows, stages=("server:route+validate", "server:respond"),
                  categories=SCHEDULING)


ABLATIONS = [
    Ablation("malloc-reuse",
             (("websocket_bytes", "default"), ("mp_pipe", "send"), ("http_base64", "default"),
              ("grpc_bytes", "default"), ("mp_listener", "default")),
             SIZES, {"GLIBC_TUNABLES": MALLOC_TUNABLES},
             "removes the page faults and the mmap/munmap of fresh large buffers",
             faults, "GLIBC_TUNABLES=" + MALLOC_TUNABLES + " (both processes)", ()),
    Ablation("octet-stream", (("http_base64", "default"),), SIZES,
             {"IPCFLOOR_ABLATE": "octet-stream"},
             "removes base64 encoding and decoding (the bytes go as they are)",
             base64_stages,
             "return Response(arr.tobytes(), media_type=\"application/octet-stream\"); "
             "np.frombuffer(r.content)", ()),
    Ablation("draw-in-place", (("fastpath", "view"), ("shared_memory", "reused")), SIZES,
             {"IPCFLOOR_ABLATE": "draw-in-place"},
             "removes the copy of a freshly drawn array into the shared region",
             draw_in_place(("server:draw into region", "server:draw"),
                           ("server:copy into segment",)),
             "np.random.default_rng().standard_normal(out=view_of_the_region)",
             ("randn", "standard_normal_out")),
    Ablation("pickle5-oob", (("mp_pipe", "send"), ("mp_listener", "default")), SIZES,
             {"IPCFLOOR_ABLATE": "pickle5-oob"},
             "removes the copies into and out of the pickle (the buffer goes out of band)",
             pickle_copies,
             "h = pickle.dumps(arr, protocol=5, buffer_callback=bufs.append); send h, then "
             "each buf.raw(); pickle.loads(h, buffers=received)", ()),
    # at 1.2 MB only: an http_json request at 38.5 MB takes ~12 s here, and
    # eight pairs of them would be more than this stage's whole budget
    Ablation("ujson", (("http_json", "default"),), (1204224,),
             {"IPCFLOOR_ABLATE": "ujson"},
             "renders the JSON text at ujson's speed",
             json_render,
             "@app.get(..., response_class=UJSONResponse), a JSONResponse whose render() "
             "is ujson.dumps (python3-ujson)", ("json_dumps", "ujson_dumps")),
    Ablation("async-endpoint", (("http_base64", "default"),), SIZES,
             {"IPCFLOOR_ABLATE": "async-endpoint"},
             "removes the thread-pool hop of a sync def endpoint",
             thread_hop,
             "async def get_base64(...) instead of def (when it does not block the loop "
             "longer than the hop costs)", ()),
]


def find(name):
    for a in ABLATIONS:
        if a.name == name:
            return a
    raise KeyError(name)


def predicted_share(explain_rows, components, ablation, transport, variant, size):
    """Share of the traced wall time the claim removes, from the ledger of
    the published-pattern cell; None when that cell has no ledger (or the
    claim needs a component that was not measured)."""
    cell = [r for r in explain_rows if r["transport"] == transport and r["variant"] == variant
            and int(r["size_bytes"]) == size and r["pattern"] == "published"]
    if not cell:
        return None
    return ablation.predict(cell, components, size)


def component_medians(rows):
    """components.csv -> {(component, size): median seconds} of its ok rows."""
    out = {}
    for r in rows or ():
        if r.get("status") == "ok" and r.get("p50_s"):
            out[(r["component"], int(r["size_bytes"]))] = float(r["p50_s"])
    return out
