"""What the prediction is made of: the categories of its parts, and per
transport/variant the steps of one request (structure only: which
components, how many copies, which primitive; every time is a measured row)."""

# --------------------------------------------------------------- categories
# fixed order, colour and fill (the fill patterns keep the chart readable in
# greyscale: solid fills of different darkness alternate with hatchings)
CATEGORIES = [
    # key,         label,                                     colour,    fill
    ("generation", "generation (randn)",                      "#9e9e9e", "solid 0.35"),
    ("serialise", "serialisation",                            "#d62728", "solid 1.0"),
    ("deserialise", "deserialisation",                        "#ff9896", "pattern 4"),
    ("encode", "encoding (base64)",                           "#9467bd", "pattern 2"),
    ("copies", "user-space copies",                           "#1f77b4", "solid 0.7"),
    ("shm", "shared-memory segment",                          "#17becf", "pattern 5"),
    ("kernel", "kernel transfer",                             "#2ca02c", "pattern 1"),
    ("hop", "broker / extra hop",                             "#8c564b", "solid 0.5"),
    ("syscalls", "system calls",                              "#bcbd22", "pattern 6"),
    ("wakeups", "wake-ups",                                   "#ff7f0e", "pattern 7"),
    ("faults", "page faults",                                 "#e377c2", "pattern 3"),
    ("fixed", "fixed per-request work",                       "#7f7f7f", "pattern 2"),
    ("residual", "residual",                                  "#000000", "pattern 0"),
]
CAT_KEYS = [c[0] for c in CATEGORIES]
CAT_LABEL = {c[0]: c[1] for c in CATEGORIES}


# ------------------------------------------------------------------ the model
# Structure only.  Each transport/variant lists its steps:
#   ("comp", category, component, count, note)   count x components.csv p50_s
#   ("copy", category, basis, count, note)       count x memcpy warm at the size;
#                                                basis "payload" (the array) or
#                                                "wire" (bytes written to sockets)
#   ("lat", category, primitive, variant, count, note)   count x micro lat p50
#   ("kernel", category, primitive, variant, basis, count, note)
#                                                count x bytes / micro bw gbps
#   ("cpu", category, side, note)                the side's whole CPU time
#                                                (counts.csv cpu_ns) is one part
#   ("published", step)                          the step, in the published
#                                                pattern only
# plus "wire": how the wire bytes are known when counts.csv lacks them
# ("payload" = the array, "base64" = 4 x ceil(n / 3), None = unknown), and
# "fault_pages_in_components": per side, how many payload-sized fresh regions
# a component row already faults in (their faults are not counted twice).
# The copies are what the code of each library does on this Debian 12
# (Python 3.11, starlette/uvicorn, websockets, requests, pika, grpc); copies
# into and out of the kernel are inside the kernel part, and the copies a
# component makes itself (pickle's tobytes, protobuf's copy into the message)
# are inside that component.
TCP = ("tcp", "default")
UNIX = ("socketpair", "stream")
PIPE = ("pipe", "default")
GEN = ("comp", "generation", "randn", 1, "server draws np.random.randn per request")

MODEL = {
    ("http_json", "default"): dict(wire=None, steps=[
        GEN,
        ("comp", "serialise", "tolist", 1, "server arr.tolist()"),
        ("comp", "serialise", "jsonable_encoder", 1, "FastAPI serialize_response: jsonable_encoder "
                                                     "walks the returned list"),
        ("comp", "serialise", "json_dumps", 1, "starlette JSONResponse json.dumps"),
        ("copy", "copies", "wire", 1, "JSON str .encode('utf-8') on the server"),
        ("kernel", "kernel", TCP[0], TCP[1], "wire", 1, "HTTP over loopback TCP"),
        ("copy", "copies", "wire", 1, "requests/urllib3 b''.join of the received chunks"),
        ("copy", "copies", "wire", 1, "requests .json(): bytes .decode() to str"),
        ("comp", "deserialise", "json_loads", 1, "client json.loads"),
        ("comp", "deserialise", "np_array_from_list", 1, "client np.array(list)"),
    ]),
    ("http_base64", "default"): dict(wire="base64", steps=[
        GEN,
        ("copy", "copies", "payload", 1, "server arr.tobytes()"),
        ("comp", "encode", "base64_encode", 1, "server base64.b64encode"),
        ("kernel", "kernel", TCP[0], TCP[1], "wire", 1, "HTTP over loopback TCP"),
        ("copy", "copies", "wire", 1, "requests/urllib3 b''.join of the received chunks"),
        ("comp", "encode", "base64_decode", 1, "client base64.b64decode"),
        ("comp", "deserialise", "frombuffer", 1, "client np.frombuffer().reshape()"),
    ]),
    ("websocket_bytes", "default"): dict(wire="payload", steps=[
        GEN,
        ("copy", "copies", "payload", 1, "server arr.tobytes()"),
        ("copy", "copies", "payload", 2, "websockets Frame.serialize: BytesIO write + getvalue"),
        ("kernel", "kernel", TCP[0], TCP[1], "wire", 1, "websocket over loopback TCP"),
        ("copy", "copies", "payload", 1, "websocket-client recv_strict b''.join of the chunks"),
        ("comp", "deserialise", "frombuffer", 1, "client np.frombuffer().reshape()"),
    ]),
    ("http_shared_memory", "default"): dict(wire="payload_none", steps=[
        GEN,
        ("comp", "shm", "shm_create_copy_unlink", 1,
         "server SharedMemory(create) + copy in + close (+ unlink, done by the client here)"),
        ("lat", "shm", "mmap", "default", 1, "client attaches (mmap) and closes (munmap) the segment"),
        ("copy", "copies", "payload", 1, "client view.copy() before close/unlink"),
        ("kernel", "kernel", TCP[0], TCP[1], "wire", 1, "the segment name over HTTP/TCP"),
    ], fault_pages_in_components={"server": 1}),
    ("websocket_shared_memory", "default"): dict(wire="payload_none", steps=[
        GEN,
        ("comp", "shm", "shm_create_copy_unlink", 1,
         "server SharedMemory(create) + copy in + close (+ unlink, done by the client here)"),
        ("lat", "shm", "mmap", "default", 1, "client attaches (mmap) and closes (munmap) the segment"),
        ("copy", "copies", "payload", 1, "client view.copy() before close/unlink"),
        ("kernel", "kernel", TCP[0], TCP[1], "wire", 1, "the segment name over a websocket"),
    ], fault_pages_in_components={"server": 1}),
    ("mp_listener", "default"): dict(wire="payload", steps=[
        GEN,
        ("comp", "serialise", "pickle_dumps_p4", 1, "Connection.send: ForkingPickler protocol 4"),
        ("kernel", "kernel", TCP[0], TCP[1], "wire", 1, "Listener/Client on 127.0.0.1 TCP"),
        ("copy", "copies", "payload", 1, "Connection._recv: chunks written into a BytesIO"),
        ("comp", "deserialise", "pickle_loads_p4", 1, "client pickle.loads"),
    ]),
    ("grpc_bytes", "default"): dict(wire="payload", steps=[
        GEN,
        ("copy", "copies", "payload", 1, "server arr.tobytes()"),
        ("comp", "serialise", "protobuf_serialize", 1, "ArrayReply(data=...).SerializeToString()"),
        ("copy", "copies", "payload", 1, "grpc core: Python bytes into a slice (server)"),
        ("kernel", "kernel", TCP[0], TCP[1], "wire", 1, "HTTP/2 over loopback TCP"),
        ("copy", "copies", "payload", 1, "grpc core: received slices into one Python bytes (client)"),
        ("comp", "deserialise", "protobuf_parse", 1, "ArrayReply.FromString().data"),
        ("comp", "deserialise", "frombuffer", 1, "client np.frombuffer().reshape()"),
    ]),
    ("rabbitmq_bytes", "default"): dict(wire="payload", steps=[
        GEN,
        ("copy", "copies", "payload", 1, "server arr.tobytes()"),
        ("copy", "copies", "payload", 2, "pika publish: body sliced into frame_max frames, frames marshalled"),
        ("kernel", "kernel", TCP[0], TCP[1], "payload", 1, "the server's send and the client's receive "
                                                           "over loopback TCP (the broker's halves are "
                                                           "in its CPU time)"),
        ("cpu", "hop", "broker", "the broker's CPU time for the message (the Erlang VM: "
                                 "receive, route, send)"),
        ("copy", "copies", "payload", 3, "pika consume: frame buffer append, frame slices, "
                                         "b''.join of the body fragments"),
        ("comp", "deserialise", "frombuffer", 1, "client np.frombuffer().reshape()"),
    ]),
    ("mp_pipe", "send"): dict(wire="payload", steps=[
        GEN,
        ("comp", "serialise", "pickle_dumps_p4", 1, "Connection.send: ForkingPickler protocol 4"),
        ("kernel", "kernel", UNIX[0], UNIX[1], "payload", 1, "Pipe(): an AF_UNIX stream socketpair"),
        ("copy", "copies", "payload", 1, "Connection._recv: chunks written into a BytesIO"),
        ("comp", "deserialise", "pickle_loads_p4", 1, "client pickle.loads"),
    ]),
    ("mp_pipe", "send_bytes"): dict(wire="payload", steps=[
        GEN,
        ("kernel", "kernel", UNIX[0], UNIX[1], "payload", 1, "send_bytes(ndarray): no copy before the socket"),
        ("copy", "copies", "payload", 2, "recv_bytes: chunks into a BytesIO, then getvalue()"),
        ("comp", "deserialise", "frombuffer", 1, "client np.frombuffer().reshape()"),
    ]),
    ("mp_queue", "default"): dict(wire="payload", steps=[
        GEN,
        ("comp", "serialise", "pickle_dumps_p4", 1, "feeder thread: ForkingPickler protocol 4"),
        ("kernel", "kernel", PIPE[0], PIPE[1], "payload", 1, "Queue: an os.pipe()"),
        ("copy", "copies", "payload", 2, "recv_bytes: chunks into a BytesIO, then getvalue()"),
        ("comp", "deserialise", "pickle_loads_p4", 1, "client pickle.loads"),
    ]),
    ("mp_manager", "dict"): dict(wire="payload", steps=[
        GEN,
        ("comp", "serialise", "pickle_dumps_p4", 1, "d['arr'] = arr: pickled by the server"),
        ("kernel", "kernel", UNIX[0], UNIX[1], "payload", 1, "the server's send and the client's receive, "
                                                             "AF_UNIX stream (the manager's halves are in "
                                                             "its CPU time)"),
        ("cpu", "hop", "manager", "the manager process's CPU time: unpickle, store, pickle again, "
                                  "its socket halves"),
        ("copy", "copies", "payload", 1, "Connection._recv BytesIO in the client"),
        ("comp", "deserialise", "pickle_loads_p4", 1, "unpickled in the client"),
    ]),
    ("mp_array", "frombuffer"): dict(wire="payload_none", steps=[
        GEN,
        ("copy", "copies", "payload", 1, "server view[:] = arr into the shared Array"),
        ("comp", "deserialise", "frombuffer", 1, "client np.frombuffer(shared): a view"),
    ]),
    ("shared_memory", "reused"): dict(wire="payload_none", steps=[
        GEN,
        ("copy", "copies", "payload", 1, "server np.copyto into the reused segment"),
    ]),
    ("shared_memory", "per_message"): dict(wire="payload_none", steps=[
        GEN,
        ("comp", "shm", "shm_create_copy_unlink", 1, "server SharedMemory(create) + copy in + close; "
                                                    "client closes and unlinks"),
        ("lat", "shm", "mmap", "default", 1, "client attaches (mmap) and closes (munmap) the segment"),
    ], fault_pages_in_components={"server": 1}),
    ("zmq_ipc", "zerocopy"): dict(wire="payload", steps=[
        GEN,
        ("kernel", "kernel", UNIX[0], UNIX[1], "payload", 1, "ipc:// is an AF_UNIX stream; send(copy=False)"),
        ("comp", "deserialise", "frombuffer", 1, "recv(copy=False) + np.frombuffer"),
    ]),
    ("fastpath", "view"): dict(wire="payload_none", steps=[
        GEN,
        ("published", ("copy", "copies", "payload", 1, "server np.copyto of the new array into the "
                                                       "memfd region (transport-only: the array lives "
                                                       "there, nothing is copied)")),
        ("comp", "deserialise", "frombuffer", 1, "client np.frombuffer of the mapping"),
    ]),
    ("fastpath", "touch"): dict(wire="payload_none", steps=[
        GEN,
        ("published", ("copy", "copies", "payload", 1, "server np.copyto of the new array into the "
                                                       "memfd region (transport-only: the array lives "
                                                       "there, nothing is copied)")),
        ("comp", "deserialise", "frombuffer", 1, "client np.frombuffer of the mapping"),
        ("comp", "copies", "read_pass", 1, "client np.add.reduce: one read of every byte"),
    ]),
}


def model_cpu_sides(model):
    """Sides whose whole CPU time is one part (their syscalls and faults are in it)."""
    return {st[2] for st in model.get("steps", []) if st[0] == "cpu"}


def steps(model, pattern):
    """The model's steps of one request in `pattern`, ("published", step)
    unwrapped where it applies and left out where it does not."""
    for st in model["steps"]:
        if st[0] == "published":
            if pattern != "published":
                continue
            st = st[1]
        yield st


def rank(key):
    """Sort key of a (transport, variant): the MODEL table's order, anything
    the table lacks after it."""
    order = list(MODEL)
    return order.index(key) if key in order else len(order)
