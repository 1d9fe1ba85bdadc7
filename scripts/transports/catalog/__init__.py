"""The transport catalog: one module per transport, named after it, holding
its server, its client class(es) and its descriptor (descriptor.Transport),
TRANSPORT.  Parts several transports share live in _base.py (the client's
base class, starting a server), _http.py (the FastAPI/uvicorn server and its
stamps), _mp.py (the multiprocessing family) and _shm.py (named segments).

Importing the catalog imports no third-party module: each transport imports
its libraries when it runs, so availability checks and --help work without
them.
"""
import importlib

from ._base import Refused  # noqa: F401  (a client's request raises it)

# the run order: the published eight first (named as in
# results/reference/python-transports-i7-10900X.csv), then the others people
# reach for, then the fast path built on the suite's best primitive idea
ORDER = (
    "http_json", "http_base64", "websocket_bytes", "http_shared_memory",
    "websocket_shared_memory", "mp_listener", "grpc_bytes", "rabbitmq_bytes",
    "mp_pipe", "mp_queue", "mp_manager", "mp_array", "shared_memory", "zmq_ipc",
    "object_store", "fastpath",
)

# name -> descriptor, in run order
TRANSPORTS = {name: importlib.import_module("." + name, __name__).TRANSPORT for name in ORDER}

# `worker.py server KIND` runs SERVERS[KIND](args)
SERVERS = {t.server_kind: t.server for t in TRANSPORTS.values() if t.server_kind}
