"""Client and server processes of the transport harness.

    worker.py client TRANSPORT VARIANT --sizes .. --patterns .. --budget S ...
    worker.py server KIND [args]

A client process starts its server (a separate process: a subprocess for the
network transports, a forked multiprocessing child for the multiprocessing
family), runs every (size, pattern) cell and reports JSON lines on stdout:

    {"event": "row", ...}                     one transports.csv row
    {"event": "count_ready", "sides": {...}}  waits for "go" on stdin, makes
    {"event": "count_done"}                   one request (strace attached),
                                              waits for "next", makes one more
    {"event": "count", "side": ..., ...}      with /proc counters around it

Servers print "READY <port-or-address>" on stdout once they accept requests.
Everything a server or client starts stays in the client's process group, so
the harness stops a whole transport with one killpg().
"""
import argparse
import os
import random
import signal
import socket
import struct
import sys
import time

import common  # noqa: E402
from common import ArraySource, shape_for, emit  # noqa: E402

# scripts/: the ipcfloor package (this file's own folder is on the path already)
sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from ipcfloor.timeline import stamps  # noqa: E402
from ipcfloor.timeline.stamps import mark  # noqa: E402
from ipcfloor.units import decimal_size, human_s  # noqa: E402


class Refused(Exception):
    """The transport itself refused the size (e.g. the broker's limit)."""


def parse_req(text):
    size, pattern = text.split()
    return int(size), pattern


def shm_untrack(name):
    # Python 3.11 registers every attached segment with the resource tracker,
    # which would unlink (and warn about) segments owned by the other side.
    from multiprocessing import resource_tracker
    try:
        resource_tracker.unregister(name, "shared_memory")
    except Exception:
        pass


class ShmNamer:
    def __init__(self, prefix):
        self.prefix = prefix
        self.n = 0

    def next(self):
        self.n += 1
        return "%s%d_%d" % (self.prefix, os.getpid(), self.n)


def shm_publish(arr, namer):
    """Server side of the *_shared_memory transports: new segment per message."""
    import numpy as np
    from multiprocessing import shared_memory
    shm = shared_memory.SharedMemory(name=namer.next(), create=True, size=arr.nbytes)
    shm_untrack(shm._name)
    dst = np.ndarray(arr.shape, dtype=arr.dtype, buffer=shm.buf)
    dst[...] = arr
    del dst
    name = shm.name
    shm.close()
    return name


# ====================================================================== servers
def ready(what):
    sys.stdout.write("READY %s\n" % what)
    sys.stdout.flush()


def listen_socket():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # accepted sockets inherit TCP_NODELAY: without it the body write of a
    # keep-alive response waits ~40 ms for the client's delayed ACK of the
    # header write (Nagle), which would swamp every small HTTP figure
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    s.bind(("127.0.0.1", 0))
    return s


def server_http(args):
    """One FastAPI app serves the five HTTP / websocket transports."""
    import numpy as np  # noqa: F401
    import base64
    from fastapi import FastAPI, WebSocket, WebSocketDisconnect
    from fastapi.responses import Response
    import uvicorn

    src = ArraySource()
    namer = ShmNamer(args.shm_prefix)
    app = FastAPI()
    if stamps.active():
        stamp_uvicorn()
        app.add_middleware(StampMiddleware)

    @app.get("/json")
    def get_json(size: int, pattern: str):
        mark("draw")
        arr = src.get(size, pattern)
        mark("tolist")
        lst = arr.tolist()
        # from here to the response start: FastAPI's jsonable_encoder and
        # the JSON rendering, on the event loop
        mark("encode+render")
        return lst

    @app.get("/base64")
    def get_base64(size: int, pattern: str):
        mark("draw")
        arr = src.get(size, pattern)
        mark("base64")
        body = base64.b64encode(arr.tobytes())
        mark("respond")
        return Response(content=body, media_type="text/plain")

    @app.get("/shm")
    def get_shm(size: int, pattern: str):
        mark("draw")
        arr = src.get(size, pattern)
        mark("segment create+copy")
        name = shm_publish(arr, namer)
        mark("respond")
        return name

    @app.websocket("/ws")
    async def ws_bytes(websocket: WebSocket):
        await websocket.accept()
        try:
            while True:
                size, pattern = parse_req(await websocket.receive_text())
                mark("draw")
                arr = src.get(size, pattern)
                mark("tobytes")
                data = arr.tobytes()
                mark("ws send")
                await websocket.send_bytes(data)
                mark("event loop")
        except WebSocketDisconnect:
            pass

    @app.websocket("/wsshm")
    async def ws_shm(websocket: WebSocket):
        await websocket.accept()
        try:
            while True:
                size, pattern = parse_req(await websocket.receive_text())
                mark("draw")
                arr = src.get(size, pattern)
                mark("segment create+copy")
                name = shm_publish(arr, namer)
                mark("ws send")
                await websocket.send_text(name)
                mark("event loop")
        except WebSocketDisconnect:
            pass

    sock = listen_socket()
    sock.listen(128)
    config = uvicorn.Config(app, log_level="warning", ws="websockets",
                            lifespan="off", access_log=False)
    server = uvicorn.Server(config)
    ready(sock.getsockname()[1])
    server.run(sockets=[sock])


def stamp_uvicorn():
    """Stamp where uvicorn takes bytes off a socket.  uvicorn 0.17 has no hook
    for it, so data_received of its HTTP (h11) and websocket protocols is
    wrapped: from there to the middleware is HTTP parsing and uvicorn's own
    dispatch; on a websocket, frame parsing up to the endpoint."""
    from uvicorn.protocols.http import h11_impl
    from uvicorn.protocols.websockets import websockets_impl

    def wrap(cls, label):
        orig = cls.data_received

        def data_received(self, data):
            mark(label)
            return orig(self, data)
        cls.data_received = data_received
    wrap(h11_impl.H11Protocol, "http parse")
    wrap(websockets_impl.WebSocketProtocol, "ws frame in")


class StampMiddleware:
    """Pure ASGI middleware (FastAPI's own extension point): stamps when the
    request reaches the application (routing and validation follow), when
    the response starts (the body is rendered by then) and when the last
    body chunk has gone to uvicorn's transport."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        mark("route+validate")

        async def stamped_send(msg):
            if msg["type"] == "http.response.start":
                mark("http write")
            await send(msg)
            if msg["type"] == "http.response.body" and not msg.get("more_body"):
                mark("event loop")
        return await self.app(scope, receive, stamped_send)


def server_listener(args):
    from multiprocessing.connection import Listener
    src = ArraySource()
    # the port is open to every local user and the server unpickles what it
    # receives: the authkey handshake (HMAC, once per connection, not per
    # request) keeps anyone but our client out
    key = bytes.fromhex(os.environ.pop("IPCFLOOR_AUTHKEY"))
    with Listener(("127.0.0.1", 0), authkey=key) as lst:
        ready(lst.address[1])
        with lst.accept() as conn:
            while True:
                mark("recv request")
                try:
                    size, pattern = conn.recv()
                except EOFError:
                    return
                mark("draw")
                arr = src.get(size, pattern)
                mark("pickle+send")
                conn.send(arr)


def server_grpc(args):
    from concurrent import futures
    import grpc
    pb2, pb2_grpc = common.import_stubs()
    src = ArraySource()

    class Servicer(pb2_grpc.ArraysServicer):
        def Get(self, request, context):
            mark("draw")
            arr = src.get(int(request.size_bytes), request.pattern)
            mark("tobytes+message")
            reply = pb2.ArrayReply(data=arr.tobytes())
            # from here: protobuf serialisation and gRPC core's write
            mark("serialize+write")
            return reply

    class Dispatch(grpc.ServerInterceptor):
        """gRPC's own hook: the call has been read and parsed by gRPC core and
        is about to reach the servicer on a thread of the pool."""

        def intercept_service(self, continuation, details):
            mark("dispatch")
            return continuation(details)

    opts = [("grpc.max_send_message_length", 2**31 - 1),
            ("grpc.max_receive_message_length", 2**31 - 1)]
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=2), options=opts,
                         interceptors=[Dispatch()] if stamps.active() else None)
    pb2_grpc.add_ArraysServicer_to_server(Servicer(), server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    ready(port)
    server.wait_for_termination()


def rmq_params(port):
    import pika
    return pika.ConnectionParameters("127.0.0.1", port, heartbeat=0,
                                     blocked_connection_timeout=600)


def server_rabbitmq(args):
    """RPC worker: consumes requests, replies with arr.tobytes() to reply_to."""
    import pika
    src = ArraySource()
    conn = pika.BlockingConnection(rmq_params(args.port))
    last = {}

    def on_request(ch, method, props, body):
        # pika's consumer callback: the request frame has been read and parsed
        mark("draw")
        size, pattern = parse_req(body.decode())
        last["reply_to"], last["cid"] = props.reply_to, props.correlation_id
        arr = src.get(size, pattern)
        mark("tobytes")
        data = arr.tobytes()
        mark("publish")
        ch.basic_publish("", props.reply_to, body=data,
                         properties=pika.BasicProperties(correlation_id=props.correlation_id))
        mark("consume")

    def open_channel():
        ch = conn.channel()
        ch.queue_declare(queue=args.queue, auto_delete=True)
        ch.basic_consume(args.queue, on_request, auto_ack=True)
        return ch

    ch = open_channel()
    ready(args.queue)
    while True:
        try:
            # returns as soon as a request was dispatched; the 1 s limit only
            # bounds how long a channel closed by the broker goes unnoticed
            conn.process_data_events(time_limit=1)
            closed = ch.is_closed
            reason = "the broker closed the channel"
        except pika.exceptions.ChannelClosedByBroker as e:
            closed = True
            reason = "%s %s" % (e.reply_code, e.reply_text)
        if closed:
            # pika keeps the broker's Channel.Close reason until the next use
            why = getattr(ch, "_closing_reason", None)
            if isinstance(why, pika.exceptions.ChannelClosedByBroker):
                reason = "%s %s" % (why.reply_code, why.reply_text)
            # the broker refused the last reply (for example its
            # max_message_size): tell the waiting client why
            ch = open_channel()
            ch.basic_publish("", last.get("reply_to", ""), body=b"",
                             properties=pika.BasicProperties(
                                 correlation_id=last.get("cid"),
                                 headers={"refused": "broker refused the reply: " + reason}))


def server_zmq(args):
    import zmq
    src = ArraySource()
    ctx = zmq.Context()
    s = ctx.socket(zmq.REP)
    s.bind("ipc://" + args.path)
    ready(args.path)
    while True:
        mark("recv request")
        size, pattern = parse_req(s.recv().decode())
        mark("draw")
        arr = src.get(size, pattern)
        mark("send")
        s.send(arr, copy=False)


FP_REQ = struct.Struct("<QB")     # size, pattern (0 published, 1 transport-only)
FP_REP = struct.Struct("<QQ")     # size, capacity of the region


def server_fastpath(args):
    """memfd region passed once over SCM_RIGHTS; a 16-byte reply per request.

    The server's array lives in the region itself.  Published pattern: each
    request draws a new array and writes it there (one copy, as any producer
    that gets its data from elsewhere would).  Transport-only: the array is
    put there once and stays, so a request moves no payload bytes at all, as
    the C zero-copy rows do; the client must be done with its view before it
    asks again (requests are ping-pong).
    """
    import mmap
    import numpy as np
    src = ArraySource()
    lst = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    lst.bind(args.address.encode().replace(b"@", b"\0", 1))
    lst.listen(1)
    ready(args.address)
    # abstract names are listed in /proc/net/unix and have no permissions:
    # only the client that started us (our parent) is served, a stranger
    # who connects first is dropped
    while True:
        conn, _ = lst.accept()
        pid = struct.unpack("3i", conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, 12))[0]
        if pid == os.getppid():
            break
        conn.close()
    lst.close()
    mm, cap, resident = None, 0, None
    under = None     # (size, bytes): the resident array's prefix a smaller request overwrote
    while True:
        mark("recv request")
        msg = conn.recv(FP_REQ.size)
        if not msg:
            return
        mark("draw into region")
        size, pat = FP_REQ.unpack(msg)
        fds = []
        if size > cap:
            if mm is not None:
                mm.close()
            fd = os.memfd_create("ipcfloor-fastpath", os.MFD_CLOEXEC)
            os.ftruncate(fd, size)
            mm = mmap.mmap(fd, size, mmap.MAP_SHARED, mmap.PROT_READ | mmap.PROT_WRITE)
            cap, resident, under = size, None, None
            fds = [fd]
        region = np.ndarray(shape_for(size), np.float64, buffer=mm)
        if pat == 0:
            np.copyto(region, src.get(size, "published"))
            resident, under = None, None
        elif resident != size:
            if under is not None and under[0] == size and resident is not None:
                # back from a smaller request (the paired probe): put back
                # only the bytes it overwrote
                mm[:len(under[1])] = under[1]
                under = None
            elif resident is not None and size < resident and under is None:
                # a smaller request over the resident array: keep the bytes
                # it overwrites, so the array comes back by a copy of those
                under = (resident, mm[:size])
                np.copyto(region, src.get(size, "transport-only"))
            else:
                np.copyto(region, src.get(size, "transport-only"))
                under = None
            if size > common.KEEP_SMALL:
                src.cache.pop(size, None)    # the region holds it now
            resident = size
        del region               # mm.close() refuses while a view exists
        mark("reply")
        rep = FP_REP.pack(size, cap)
        if fds:
            socket.send_fds(conn, [rep], fds)
            os.close(fds[0])
        else:
            conn.send(rep)


SERVERS = {"http": server_http, "listener": server_listener, "grpc": server_grpc,
           "rabbitmq": server_rabbitmq, "zmq": server_zmq, "fastpath": server_fastpath}


# ============================================ multiprocessing-family servers
def mp_server_loop(conn, handler):
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # a forked child: stamp into the client's folder, as its own side
    stamps.enable_from_env("server")
    while True:
        # waiting for a request is off-CPU; reading and unpickling it is not
        mark("recv request")
        try:
            req = conn.recv()
        except EOFError:
            return
        if req is None:
            return
        mark("draw")
        handler(req)


def mp_reply(conn, arr, raw=False):
    """The pickling (or raw) send of a multiprocessing server's answer."""
    mark("send" if raw else "pickle+send")
    conn.send_bytes(arr) if raw else conn.send(arr)


def mp_pipe_server(conn, variant):
    src = ArraySource()
    mp_server_loop(conn, lambda r: mp_reply(conn, src.get(*r), raw=variant != "send"))


def mp_queue_server(req_q, resp_q):
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    src = ArraySource()
    stamps.enable_from_env("server")
    while True:
        mark("get request")
        r = req_q.get()
        if r is None:
            return
        mark("draw")
        arr = src.get(*r)
        mark("put reply")
        resp_q.put(arr)


def mp_manager_server(conn, d):
    src = ArraySource()

    def h(r):
        arr = src.get(*r)
        mark("proxy set")
        d["arr"] = arr
        mark("reply")
        conn.send(1)
    mp_server_loop(conn, h)


def mp_array_server(conn, shared):
    import numpy as np
    src = ArraySource()

    def h(r):
        arr = src.get(*r)
        mark("copy into Array")
        view = np.frombuffer(shared, dtype=np.float64, count=arr.size)
        view[:] = arr.reshape(-1)
        mark("reply")
        conn.send(1)
    mp_server_loop(conn, h)


def shm_reused_server(conn, name, cap):
    import numpy as np
    from multiprocessing import shared_memory
    src = ArraySource()
    shm = shared_memory.SharedMemory(name=name, create=True, size=cap)
    try:
        conn.send(("ready", shm.name))

        def h(r):
            arr = src.get(*r)
            mark("copy into segment")
            np.copyto(np.ndarray(arr.shape, np.float64, buffer=shm.buf), arr)
            mark("reply")
            conn.send(arr.nbytes)
        mp_server_loop(conn, h)
    finally:
        shm.close()
        shm.unlink()


def shm_per_message_server(conn, prefix):
    src = ArraySource()
    namer = ShmNamer(prefix)
    def h(r):
        arr = src.get(*r)
        mark("segment create+copy")
        name = shm_publish(arr, namer)
        mark("reply")
        conn.send(name)
    mp_server_loop(conn, h)


# ====================================================================== clients
def spawn_server(kind, *extra, env=None):
    import subprocess
    p = subprocess.Popen([sys.executable, os.path.abspath(__file__), "server", kind] + list(extra),
                         stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
                         env=dict(os.environ, **env) if env else None)
    line = p.stdout.readline()
    if not line.startswith("READY "):
        p.wait(timeout=10)
        raise RuntimeError("%s server did not start (exit %s)" % (kind, p.returncode))
    return p, line.split(None, 1)[1].strip()


class Transport:
    """Client side of one transport: start(), request(size, pattern) -> ndarray."""
    server_procs = ()

    def __init__(self, opts, variant):
        self.opts = opts
        self.variant = variant

    def sides(self):
        return {"server": [p.pid for p in self.server_procs]}

    def stop(self):
        for p in self.server_procs:
            if p.poll() is None:
                p.terminate()
        for p in self.server_procs:
            try:
                p.wait(timeout=10)
            except Exception:
                p.kill()

    def release(self):
        """Drop whatever the last request handed out (zero-copy transports)."""


class HttpBase(Transport):
    def start(self):
        import requests
        p, port = spawn_server("http", "--shm-prefix", self.opts.shm_prefix)
        self.server_procs = [p]
        self.base = "http://127.0.0.1:%s" % port
        self.session = requests.Session()

    def stop(self):
        self.session.close()
        Transport.stop(self)


def headers_in(r, *args, **kwargs):
    """requests' response hook: the status line and headers are parsed; the
    body is read after it (stream=False)."""
    mark("http body")


class HttpJson(HttpBase):
    def request(self, size, pattern):
        import numpy as np
        mark("http request")
        r = self.session.get(self.base + "/json", params={"size": size, "pattern": pattern},
                             hooks={"response": headers_in})
        r.raise_for_status()
        mark("json decode")
        lst = r.json()
        mark("ndarray")
        return np.array(lst)


class HttpBase64(HttpBase):
    def request(self, size, pattern):
        import base64
        import numpy as np
        mark("http request")
        r = self.session.get(self.base + "/base64", params={"size": size, "pattern": pattern},
                             hooks={"response": headers_in})
        r.raise_for_status()
        mark("base64 decode")
        raw = base64.b64decode(r.content)
        mark("ndarray")
        return np.frombuffer(raw, dtype=np.float64).reshape(shape_for(size))


def shm_fetch(name, size):
    """Client of http/websocket_shared_memory: attach, view, copy out, close, unlink.

    The copy is needed because the segment is closed and unlinked before
    the array is handed on (close() refuses while a view exists).
    """
    import numpy as np
    from multiprocessing import shared_memory
    mark("attach")
    shm = shared_memory.SharedMemory(name=name)
    view = np.ndarray(shape_for(size), np.float64, buffer=shm.buf)
    mark("copy out")
    arr = view.copy()
    del view
    mark("close+unlink")
    shm.close()
    shm.unlink()
    return arr


class HttpShm(HttpBase):
    def request(self, size, pattern):
        mark("http request")
        r = self.session.get(self.base + "/shm", params={"size": size, "pattern": pattern},
                             hooks={"response": headers_in})
        r.raise_for_status()
        return shm_fetch(r.json(), size)


class WsBase(Transport):
    path = "/ws"

    def start(self):
        import websocket
        p, port = spawn_server("http", "--shm-prefix", self.opts.shm_prefix)
        self.server_procs = [p]
        self.ws = websocket.create_connection("ws://127.0.0.1:%s%s" % (port, self.path))

    def stop(self):
        try:
            self.ws.close()
        except Exception:
            pass
        Transport.stop(self)


class WsBytes(WsBase):
    def request(self, size, pattern):
        import numpy as np
        mark("ws send")
        self.ws.send("%d %s" % (size, pattern))
        mark("ws recv")
        data = self.ws.recv()
        mark("ndarray")
        return np.frombuffer(data, dtype=np.float64).reshape(shape_for(size))


class WsShm(WsBase):
    path = "/wsshm"

    def request(self, size, pattern):
        mark("ws send")
        self.ws.send("%d %s" % (size, pattern))
        mark("ws recv")
        return shm_fetch(self.ws.recv(), size)


class MpListener(Transport):
    def start(self):
        import secrets
        from multiprocessing.connection import Client
        key = secrets.token_bytes(32)      # passed in the environment: only we can read it
        p, port = spawn_server("listener", env={"IPCFLOOR_AUTHKEY": key.hex()})
        self.server_procs = [p]
        self.conn = Client(("127.0.0.1", int(port)), authkey=key)

    def request(self, size, pattern):
        mark("send request")
        self.conn.send((size, pattern))
        mark("recv+unpickle")
        return self.conn.recv()

    def stop(self):
        self.conn.close()
        Transport.stop(self)


class Grpc(Transport):
    def start(self):
        import grpc
        reason = common.ensure_grpc_stubs()
        if reason:
            raise RuntimeError(reason)
        self.pb2, pb2_grpc = common.import_stubs()
        p, port = spawn_server("grpc")
        self.server_procs = [p]
        opts = [("grpc.max_send_message_length", 2**31 - 1),
                ("grpc.max_receive_message_length", 2**31 - 1)]
        self.channel = grpc.insecure_channel("127.0.0.1:%s" % port, options=opts)
        self.stub = pb2_grpc.ArraysStub(self.channel)

    def request(self, size, pattern):
        import numpy as np
        mark("grpc call")
        rep = self.stub.Get(self.pb2.ArrayRequest(size_bytes=size, pattern=pattern))
        mark("ndarray")
        return np.frombuffer(rep.data, dtype=np.float64).reshape(shape_for(size))

    def stop(self):
        self.channel.close()
        Transport.stop(self)


class RabbitMQ(Transport):
    def start(self):
        import pika
        if not self.opts.rmq_port:
            raise RuntimeError("no broker port given")
        self.queue = "ipcfloor-rpc-%d" % os.getpid()
        p, _ = spawn_server("rabbitmq", "--port", str(self.opts.rmq_port), "--queue", self.queue)
        self.server_procs = [p]
        self.conn = pika.BlockingConnection(rmq_params(self.opts.rmq_port))
        self.ch = self.conn.channel()
        self.cbq = self.ch.queue_declare("", exclusive=True).method.queue
        self.ch.basic_consume(self.cbq, self.on_reply, auto_ack=True)
        self.n = 0
        self.reply = None

    def on_reply(self, ch, method, props, body):
        mark("reply in")
        if props.correlation_id == self.cid:
            self.reply = (props, body)

    def sides(self):
        d = Transport.sides(self)
        if self.opts.rmq_pid:
            d["broker"] = [self.opts.rmq_pid]
        return d

    def request(self, size, pattern):
        import pika
        import numpy as np
        self.n += 1
        self.cid = str(self.n)
        self.reply = None
        mark("publish")
        self.ch.basic_publish("", self.queue, body=("%d %s" % (size, pattern)).encode(),
                              properties=pika.BasicProperties(reply_to=self.cbq,
                                                              correlation_id=self.cid))
        mark("consume reply")
        while self.reply is None:
            self.conn.process_data_events(time_limit=None)
        props, body = self.reply
        self.reply = None
        if props.headers and "refused" in props.headers:
            raise Refused(props.headers["refused"])
        mark("ndarray")
        return np.frombuffer(body, dtype=np.float64).reshape(shape_for(size))

    def stop(self):
        try:
            self.conn.close()
        except Exception:
            pass
        Transport.stop(self)


class Zmq(Transport):
    def start(self):
        import zmq
        path = os.path.join(self.opts.tmpdir, "zmq-%d.sock" % os.getpid())
        p, _ = spawn_server("zmq", "--path", path)
        self.server_procs = [p]
        self.ctx = zmq.Context()
        self.s = self.ctx.socket(zmq.REQ)
        self.s.connect("ipc://" + path)

    def request(self, size, pattern):
        import numpy as np
        mark("send request")
        self.s.send(("%d %s" % (size, pattern)).encode())
        mark("recv")
        frame = self.s.recv(copy=False)
        mark("ndarray")
        return np.frombuffer(frame.buffer, dtype=np.float64).reshape(shape_for(size))

    def stop(self):
        self.s.close(linger=0)
        self.ctx.term()
        Transport.stop(self)


class FastPath(Transport):
    """ndarray views of a memfd region the server shares once (SCM_RIGHTS)."""

    def start(self):
        import secrets
        addr = "@ipcfloor-fastpath-%d-%s" % (os.getpid(), secrets.token_hex(8))   # abstract: no file
        p, _ = spawn_server("fastpath", "--address", addr)
        self.server_procs = [p]
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self.sock.connect(addr.encode().replace(b"@", b"\0", 1))
        self.mm = None

    def request(self, size, pattern):
        import mmap
        import numpy as np
        mark("send request")
        self.sock.send(FP_REQ.pack(size, 0 if pattern == "published" else 1))
        mark("recv reply")
        msg, fds, _, _ = socket.recv_fds(self.sock, FP_REP.size, 1)
        mark("map+view")
        got, cap = FP_REP.unpack(msg)
        if fds:
            self.mm = mmap.mmap(fds[0], cap, mmap.MAP_SHARED, mmap.PROT_READ)
            os.close(fds[0])
        arr = np.frombuffer(self.mm, dtype=np.float64, count=size // 8).reshape(shape_for(size))
        if self.variant == "touch":
            mark("touch")
            np.add.reduce(arr, axis=None)     # read every byte
        return arr

    def stop(self):
        self.sock.close()
        Transport.stop(self)


class MpBase(Transport):
    def mpctx(self):
        import multiprocessing as mp
        return mp.get_context("fork")

    def start_child(self, target, *a):
        self.proc = self.mpctx().Process(target=target, args=a, daemon=True)
        self.proc.start()
        self.server_procs = [self.proc]

    def stop(self):
        for p in self.server_procs:
            p.join(timeout=10)
            if p.is_alive():
                p.terminate()
                p.join(5)


class MpPipe(MpBase):
    def start(self):
        self.conn, child = self.mpctx().Pipe()
        self.start_child(mp_pipe_server, child, self.variant)

    def request(self, size, pattern):
        import numpy as np
        mark("send request")
        self.conn.send((size, pattern))
        if self.variant == "send":
            mark("recv+unpickle")
            return self.conn.recv()
        mark("recv")
        data = self.conn.recv_bytes()
        mark("ndarray")
        return np.frombuffer(data, dtype=np.float64).reshape(shape_for(size))

    def stop(self):
        self.conn.send(None)
        MpBase.stop(self)


class MpQueue(MpBase):
    def start(self):
        ctx = self.mpctx()
        self.req, self.resp = ctx.Queue(), ctx.Queue()
        self.start_child(mp_queue_server, self.req, self.resp)

    def request(self, size, pattern):
        mark("put request")
        self.req.put((size, pattern))
        mark("get reply")
        return self.resp.get()

    def stop(self):
        self.req.put(None)
        MpBase.stop(self)


class MpManager(MpBase):
    def start(self):
        ctx = self.mpctx()
        self.mgr = ctx.Manager()
        self.d = self.mgr.dict()
        self.conn, child = ctx.Pipe()
        self.start_child(mp_manager_server, child, self.d)

    def sides(self):
        return {"server": [self.proc.pid], "manager": [self.mgr._process.pid]}

    def request(self, size, pattern):
        mark("send request")
        self.conn.send((size, pattern))
        mark("wait")
        self.conn.recv()
        mark("proxy get")
        return self.d["arr"]

    def stop(self):
        self.conn.send(None)
        MpBase.stop(self)
        self.mgr.shutdown()


class MpArray(MpBase):
    def start(self):
        ctx = self.mpctx()
        n = max(self.opts.sizes) // 8
        self.shared = ctx.Array("d", n, lock=False)
        self.conn, child = ctx.Pipe()
        self.start_child(mp_array_server, child, self.shared)

    def request(self, size, pattern):
        import numpy as np
        mark("send request")
        self.conn.send((size, pattern))
        mark("wait")
        self.conn.recv()
        mark("frombuffer")
        return np.frombuffer(self.shared, dtype=np.float64, count=size // 8).reshape(shape_for(size))

    def stop(self):
        self.conn.send(None)
        MpBase.stop(self)


class ShmReused(MpBase):
    def start(self):
        self.conn, child = self.mpctx().Pipe()
        name = "%sreused_%d" % (self.opts.shm_prefix, os.getpid())
        self.start_child(shm_reused_server, child, name, max(self.opts.sizes))
        _, name = self.conn.recv()
        from multiprocessing import shared_memory
        self.shm = shared_memory.SharedMemory(name=name)
        shm_untrack(self.shm._name)

    def request(self, size, pattern):
        import numpy as np
        mark("send request")
        self.conn.send((size, pattern))
        mark("wait")
        self.conn.recv()
        mark("view")
        return np.ndarray(shape_for(size), np.float64, buffer=self.shm.buf)

    def stop(self):
        self.conn.send(None)
        MpBase.stop(self)
        try:
            self.shm.close()
        except BufferError:
            pass


class ShmPerMessage(MpBase):
    """Segment created per message; the client holds the view until the next
    request, which first closes and unlinks the previous segment (inside the
    timed request: that is part of the cost)."""

    def start(self):
        self.conn, child = self.mpctx().Pipe()
        self.start_child(shm_per_message_server, child, self.opts.shm_prefix)
        self.shm = None

    def release(self):
        if self.shm is not None:
            shm, self.shm = self.shm, None
            try:
                shm.close()
            except BufferError:     # a view is still alive somewhere
                pass
            shm.unlink()

    def request(self, size, pattern):
        import numpy as np
        from multiprocessing import shared_memory
        mark("release previous")
        self.release()
        mark("send request")
        self.conn.send((size, pattern))
        mark("wait")
        name = self.conn.recv()
        mark("attach")
        self.shm = shared_memory.SharedMemory(name=name)
        return np.ndarray(shape_for(size), np.float64, buffer=self.shm.buf)

    def stop(self):
        self.release()
        self.conn.send(None)
        MpBase.stop(self)


CLIENTS = {
    "http_json": HttpJson, "http_base64": HttpBase64, "websocket_bytes": WsBytes,
    "http_shared_memory": HttpShm, "websocket_shared_memory": WsShm,
    "mp_listener": MpListener, "grpc_bytes": Grpc, "rabbitmq_bytes": RabbitMQ,
    "mp_pipe": MpPipe, "mp_queue": MpQueue, "mp_manager": MpManager,
    "mp_array": MpArray, "shared_memory_reused": ShmReused,
    "shared_memory_per_message": ShmPerMessage, "zmq_ipc": Zmq, "fastpath": FastPath,
}


def client_class(transport, variant):
    return CLIENTS.get("%s_%s" % (transport, variant)) or CLIENTS[transport]


# ------------------------------------------------------------- /proc counters
def proc_counters(pid):
    """Counters of a whole process (all threads)."""
    c = {"syscr": 0, "syscw": 0, "wchar_bytes": 0, "rchar_bytes": 0,
         "vol_ctxsw": 0, "invol_ctxsw": 0, "minflt": 0, "majflt": 0, "threads": 0}
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    c["minflt"], c["majflt"] = int(fields[7]), int(fields[9])
    with open("/proc/%d/io" % pid) as f:
        for line in f:
            k, v = line.split(":")
            if k in ("syscr", "syscw"):
                c[k] = int(v)
            elif k == "wchar":
                c["wchar_bytes"] = int(v)
            elif k == "rchar":
                c["rchar_bytes"] = int(v)
    c["cpu_ns"] = 0
    for tid in os.listdir("/proc/%d/task" % pid):
        try:
            with open("/proc/%d/task/%s/status" % (pid, tid)) as f:
                for line in f:
                    if line.startswith("voluntary_ctxt_switches"):
                        c["vol_ctxsw"] += int(line.split()[1])
                    elif line.startswith("nonvoluntary_ctxt_switches"):
                        c["invol_ctxsw"] += int(line.split()[1])
            # schedstat's first field: ns this thread has run, exact (the
            # utime/stime of /proc/<pid>/stat are in 10 ms ticks, too coarse
            # for one request)
            with open("/proc/%d/task/%s/schedstat" % (pid, tid)) as f:
                c["cpu_ns"] += int(f.read().split()[0])
            c["threads"] += 1
        except OSError:
            pass
    return c


# the counted requests after the strace'd one: as many as fit in this time
COUNT_BUDGET_S = 0.3
COUNT_MAX_REQUESTS = 50


def emit_counts(sides, before, after, size, pattern, status, reason, nostrace="", requests=1):
    """One row per process: the counters' change over `requests` requests, per request."""
    for side, lst in sides.items():
        for pid in lst:
            if pid not in before or pid not in after:
                continue
            d = {k: after[pid][k] - before[pid][k] for k in after[pid]}
            if requests > 1:
                d = {k: round(v / requests, 2) for k, v in d.items()}
            d["threads"] = after[pid]["threads"]
            emit(dict(event="count", side=side, pid=pid, comm=comm(pid), size_bytes=size,
                      pattern=pattern, status=status, reason=reason, nostrace=nostrace,
                      requests_counted=requests, **d))


def all_sides(tr):
    """side -> pids of every process a request runs in: this client and the transport's."""
    sides = {"client": [os.getpid()]}
    sides.update(tr.sides())
    return sides


def counters_of(sides):
    out = {}
    for lst in sides.values():
        for pid in lst:
            try:
                out[pid] = proc_counters(pid)
            except OSError:
                pass
    return out


def comm(pid):
    try:
        with open("/proc/%d/comm" % pid) as f:
            return f.read().strip()
    except OSError:
        return "?"


# ------------------------------------------------------------------ measuring
def verify(arr, size, pattern, expected):
    import numpy as np
    if not isinstance(arr, np.ndarray) or arr.dtype != np.float64 or arr.shape != shape_for(size):
        raise RuntimeError("wrong array: %s %s" % (getattr(arr, "dtype", type(arr)),
                                                    getattr(arr, "shape", "")))
    if expected is not None and not np.array_equal(arr, expected):
        raise RuntimeError("values differ from the array the server sent")


def probe_in(opts, size):
    """Whether this cell pairs its requests with the fixed-cost probe's: only
    small ones.  After a large request the next one, whatever its size, pays
    the large one's deferred work (freeing its array, list or buffers), so a
    probe paired with a large cell would absorb size-dependent time and leave
    the cell's own requests without it; there, the probe cell's own median
    is the fixed work, and a placement state changes little of the total."""
    return (common.PROBE_SIZE in opts.sizes and common.PROBE_SIZE < size <= common.PAIR_MAX)


def run_cell(tr, size, pattern, opts):
    import numpy as np
    row = {"event": "row", "transport": opts.transport, "variant": opts.variant,
           "size_bytes": size, "pattern": pattern, "requests": 0, "budget_s": opts.budget}
    big = size >= common.BIG
    expected = common.expected_array(size) if (pattern == "transport-only" and size <= (64 << 20)) else None
    notes = []
    warm = 0
    try:
        # warm-up: at least one request (checked), more while within 20% of the budget
        t_end = time.perf_counter() + 0.2 * opts.budget
        # large sizes: transport-only runs first with one warm-up request
        # (which also draws its array); published then follows on the warm
        # path with no warm-up of its own; http_json never warms up at 1 GiB
        skip_warm = big and pattern == "published" and (
            "transport-only" in opts.patterns or opts.transport == "http_json")
        if skip_warm:
            notes.append("no warm-up of its own (the transport-only cells ran just before)"
                         if opts.transport != "http_json" else "no warm-up")
        while not skip_warm:
            a = tr.request(size, pattern)
            verify(a, size, pattern, expected if warm == 0 else None)
            del a
            tr.release()
            warm += 1
            if big or time.perf_counter() >= t_end or warm >= 20:
                break
        row["verified"] = "values" if expected is not None else "shape+dtype"
        # kept (up to 64 MiB) to check the last timed answer too: the paired
        # probe requests in between must not have disturbed the array
        last_check = expected if probe_in(opts, size) else None
        expected = None
        times = []
        # the paired probe: after each timed request, one of PROBE_SIZE,
        # timed apart.  Unpinned, a cell's median at small sizes depends on
        # whether its processes settled on one vCPU or two (cross-vCPU
        # wake-ups cost several times more here), a state that can change
        # from one cell to the next; the probe measured in the same state is
        # the fixed work the explanation subtracts from this cell
        probe = probe_in(opts, size)
        probe_times = []
        min_req = 1 if big else 3
        max_req = opts.max_requests
        deadline = time.perf_counter() + opts.budget
        # at 1 GiB a separate counted request (twice, once under strace)
        # would cost minutes: /proc counters are read around the first timed
        # request of the size instead, and system calls come from /proc/<pid>/io
        count_here = (size >= common.GIB and size in opts.count_sizes
                      and size not in opts.counted)
        while len(times) < max_req and (len(times) < min_req or time.perf_counter() < deadline):
            if count_here:
                sides = all_sides(tr)
                before = counters_of(sides)
            t0 = time.perf_counter()
            a = tr.request(size, pattern)
            t1 = time.perf_counter()
            if count_here:
                emit_counts(sides, before, counters_of(sides), size, pattern, "ok", "",
                            nostrace="not run at 1 GiB: /proc counters around the first timed request")
                opts.counted.add(size)
                count_here = False
            times.append(t1 - t0)
            last = len(times) >= max_req or (len(times) >= min_req and time.perf_counter() >= deadline)
            verify(a, size, pattern, last_check if last else None)
            del a
            tr.release()
            if probe:
                t0 = time.perf_counter()
                a = tr.request(common.PROBE_SIZE, pattern)
                probe_times.append(time.perf_counter() - t0)
                verify(a, common.PROBE_SIZE, pattern, None)
                del a
                tr.release()
        times.sort()
        n = len(times)
        row.update(requests=n, p50_s=float(np.median(times)), min_s=times[0], max_s=times[-1],
                   mean_s=sum(times) / n, status="ok", reason="")
        if probe_times:
            row["probe_p50_s"] = float(np.median(probe_times))
        if big:
            notes.append("large size: %d warm-up and %d timed request(s) within the budget" % (warm, n))
    except Refused as e:
        row.update(status="refused", reason=str(e))
    row["warmup"] = warm
    row["note"] = "; ".join(notes)
    emit(row)
    return row


def count_cell(tr, size, pattern, opts):
    """One request with strace attached by the harness, one with /proc counters."""
    sides = all_sides(tr)
    emit({"event": "count_ready", "size_bytes": size, "pattern": pattern, "sides": sides})
    if sys.stdin.readline().strip() != "go":
        return
    try:
        a = tr.request(size, pattern)
        del a
        tr.release()
        status, reason = "ok", ""
    except Refused as e:
        status, reason = "refused", str(e)
    emit({"event": "count_done"})
    if sys.stdin.readline().strip() != "next":
        return
    # /proc counters over several requests, averaged: one request's switches,
    # faults and CPU time vary by tens of percent from one to the next (the
    # first after strace detaches most of all), and the explanation divides
    # the median request's time by them
    n, t_end = 0, time.perf_counter() + COUNT_BUDGET_S
    before = counters_of(sides)
    while True:
        try:
            a = tr.request(size, pattern)
            del a
            tr.release()
        except Refused:
            pass
        n += 1
        if n >= COUNT_MAX_REQUESTS or time.perf_counter() >= t_end:
            break
    emit_counts(sides, before, counters_of(sides), size, pattern, status, reason, requests=n)


# A cell's explain pass runs TRACE_BLOCKS pairs of blocks, one block traced
# and one untraced, where they fit in TRACE_MAX_S of traced time (never fewer
# than 3 requests: one of http_json at 38.5 MB takes ~9-15 s).  A block is as
# many requests as take TRACE_BLOCK_S, and at least two where that is cheap:
# switching perf on or off takes a few ms (its control loop's ack), and a 64 B
# request 50 us.  Pairing adjacent blocks is what makes traced and untraced
# comparable here: two unpinned processes sharing one vCPU or not changes a
# request several-fold, and that state drifts within seconds.  Which block of
# a pair goes first is drawn at random, because some cells alternate slow and
# fast requests: shared_memory/per_message at 1.2 MB ran 6.5 ms, 3.9 ms,
# 6.5 ms, ..., and with a fixed order every traced request was a slow one
# (+66% "overhead"; -29% in the next run, in the other phase).  Two requests
# per block average out such a period-2 pattern where one request is short.
# A short cell runs more pairs, until its traced requests take TRACE_MIN_S:
# at the 500 us sampling period (see run.py) that is ~1000 samples.
TRACE_BLOCKS = 20
TRACE_BLOCK_S = 0.010
TRACE_PAIR_MAX_S = 0.05         # blocks of two requests up to this p50
TRACE_MIN_S = 0.5
TRACE_MAX_S = 15.0
# and never more traced requests than this: each side writes under ten
# stamps a request into a file of 2^16 (stamps.CAPACITY), for all the sizes
# it traces, and a 64 B request can take 50 us
TRACE_MAX_REQUESTS = 4000
# above this, one request is long enough that the timed requests of the
# cell stand for the untraced ones
TRACE_UNTRACED_MAX_S = 5.0


def trace_plan(size, opts, p50, seed=0):
    """(plan, block): True (traced) / False (untraced) per request, a pair of
    blocks of `block` requests each at a time, in a random order within the
    pair; at 1 GiB 3 traced requests, 1 for http_json (minutes per request)."""
    if size >= common.GIB:
        n = 1 if opts.transport == "http_json" else 3
        return [True] * n, n
    p50 = max(p50, 1e-9)
    k = max(1, int(TRACE_BLOCK_S / p50))
    if k == 1 and p50 <= TRACE_PAIR_MAX_S:
        k = 2
    blocks = max(opts.trace_requests, int(TRACE_MIN_S / (k * p50)))
    blocks = max(1, min(blocks, int(TRACE_MAX_S / (k * p50)), TRACE_MAX_REQUESTS // k))
    if k * blocks < 3:
        k, blocks = 1, 3
    if p50 > TRACE_UNTRACED_MAX_S:
        return [True] * (k * blocks), k * blocks
    rng = random.Random(seed)
    plan = []
    for _ in range(blocks):
        first = rng.random() < 0.5
        plan += [first] * k + [not first] * k
    return plan, k


def trace_cell(tr, size, pattern, opts, tsock, p50):
    """The explain pass: right after the timed requests, in the same client
    and server processes, traced and untraced requests alternate.  A traced
    one runs with perf recording and every side stamping; the untraced one
    right after it runs with neither, so the overhead compares like with like
    even when the pair's placement state drifts.

    The harness starts perf for this cell alone (its sampling period fits the
    cell's length) and hands this process perf's control pipes over the
    trace socket (SCM_RIGHTS), so the switch sits right around each request."""
    from ipcfloor.timeline.perf import Control
    # the order within pairs differs between cells, yet reruns repeat it
    plan, block = trace_plan(size, opts, p50, seed="%s/%s/%d/%s" % (
        opts.transport, opts.variant, size, pattern))
    emit({"event": "trace_ready", "size_bytes": size, "pattern": pattern,
          "requests": plan.count(True), "p50_s": p50})
    msg, fds, _, _ = socket.recv_fds(tsock, 64, 2)
    if msg != b"go" or len(fds) != 2:
        for fd in fds:
            os.close(fd)
        emit({"event": "trace", "size_bytes": size, "pattern": pattern, "reqs": [],
              "traced_s": [], "untraced_s": [], "sides": all_sides(tr),
              "error": msg.decode(errors="replace")})
        return
    ctl = Control(*fds)
    # at 1 GiB, and where one request takes seconds, an untraced request
    # costs as much as a traced one: the cell's timed requests stand for it
    # (the overhead is then against them, and the harness says so)
    traced, untraced, reqs = [], [], []
    recording = False
    try:
        for on in plan:
            if on != recording:
                ctl.enable() if on else ctl.disable()
                stamps.switch(on)
                recording = on
            if on:
                opts.trace_req += 1
                stamps.set_request(opts.trace_req)
                mark("start")
            t0 = time.perf_counter()
            a = tr.request(size, pattern)
            t1 = time.perf_counter()
            if on:
                mark("end")
                traced.append(t1 - t0)
                reqs.append(opts.trace_req)
            else:
                untraced.append(t1 - t0)
            verify(a, size, pattern, None)
            del a
            tr.release()
        if recording:
            ctl.disable()
    finally:
        stamps.switch(False)
        for fd in fds:
            os.close(fd)
    emit({"event": "trace", "size_bytes": size, "pattern": pattern, "reqs": reqs,
          "traced_s": traced, "untraced_s": untraced, "timed_p50_s": p50,
          "block": block,
          "sides": all_sides(tr)})
    # the harness reads perf.data now: wait, so that it does not run beside
    # the next cell's timed requests
    tsock.recv(16)


# transports whose segments live in /dev/shm (a tmpfs with its own size
# limit: 64 MiB in a default Docker container); a segment larger than its
# free space dies with SIGBUS on first touch, so check first
SHM_BACKED = {"http_shared_memory", "websocket_shared_memory", "shared_memory"}


def shm_shortfall(transport, size):
    if transport not in SHM_BACKED:
        return ""
    try:
        st = os.statvfs("/dev/shm")
    except OSError as e:
        return "/dev/shm: %s" % e.strerror
    free = st.f_bavail * st.f_frsize
    if free < size:
        return ("/dev/shm has %d bytes free, a %d-byte segment needs more (a larger tmpfs: "
                "mount -o remount,size=... /dev/shm)" % (free, size))
    return ""


def mem_available():
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    return 0


# At 1 GiB the transport-only pattern runs only where its request is expected
# to take under this (the cell's 38.5 MB request scaled by size): the copying
# transports' rows took 3.6-17 s a request plus as much again to set up, 2.5
# min of the 40-minute run in all.  Their published-pattern rows at 1 GiB
# are measured, and so is transport-only at every smaller size.
GIB_TRANSPORT_ONLY_MAX_S = 1.0


def gib_transport_only_slow(size, pattern, last):
    """The skip reason of a slow 1 GiB transport-only cell, else ""."""
    if size < common.GIB or pattern != "transport-only" or not last:
        return ""
    expect = last[1] * size / last[0]
    if expect <= GIB_TRANSPORT_ONLY_MAX_S:
        return ""
    return ("omitted to keep make run within 40 min: at %s its request took %s, so about "
            "%s here; the published-pattern row at 1 GiB is measured"
            % (decimal_size(last[0]), human_s(last[1]), human_s(expect)))


def client_main(opts):
    signal.signal(signal.SIGTERM, lambda *a: sys.exit(143))
    tsock = None
    if opts.trace_dir:
        # before the servers start: they learn the folder from our environment
        stamps.enable(opts.trace_dir, "client", first=True)
        tsock = socket.socket(fileno=opts.trace_sock)
    tr = client_class(opts.transport, opts.variant)(opts, opts.variant)
    try:
        tr.start()
    except Exception as e:
        emit({"event": "fail", "reason": "start: %s: %s" % (type(e).__name__, e)})
        tr.stop()
        return 1
    last_ok = {}         # pattern -> (size, p50) of its last measured cell
    try:
        for size in opts.sizes:
            patterns = list(opts.patterns)
            if size >= common.BIG:
                patterns.sort(key=lambda p: p != "transport-only")
            for pattern in patterns:
                if opts.transport == "http_json" and size >= common.GIB and opts.kind != "full":
                    emit({"event": "row", "transport": opts.transport, "variant": opts.variant,
                          "size_bytes": size, "pattern": pattern, "status": "skip",
                          "reason": "http_json at 1 GiB (about 4 min) runs only with --kind full"})
                    continue
                slow = gib_transport_only_slow(size, pattern, last_ok.get(pattern))
                if slow:
                    emit({"event": "row", "transport": opts.transport, "variant": opts.variant,
                          "size_bytes": size, "pattern": pattern, "status": "skip",
                          "reason": slow})
                    continue
                if opts.transport == "http_json" and size >= common.GIB:
                    avail = mem_available()
                    if avail < 14 * common.GIB:
                        emit({"event": "row", "transport": opts.transport, "variant": opts.variant,
                              "size_bytes": size, "pattern": pattern, "status": "skip",
                              "reason": "needs ~14 GiB of free memory (lists and JSON text of "
                                        "both sides); %.1f GiB available" % (avail / common.GIB)})
                        continue
                short = shm_shortfall(opts.transport, size)
                if short:
                    emit({"event": "row", "transport": opts.transport, "variant": opts.variant,
                          "size_bytes": size, "pattern": pattern, "status": "skip", "reason": short})
                    continue
                try:
                    row = run_cell(tr, size, pattern, opts)
                    status = row["status"]
                except Exception as e:
                    emit({"event": "row", "transport": opts.transport, "variant": opts.variant,
                          "size_bytes": size, "pattern": pattern, "status": "fail",
                          "reason": "%s: %s" % (type(e).__name__, str(e).splitlines()[0] if str(e) else "")})
                    return 1
                if status == "ok":
                    last_ok[pattern] = (size, row["p50_s"])
                if (size in opts.count_sizes and size < common.GIB and pattern == "transport-only"
                        and status == "ok"):
                    count_cell(tr, size, pattern, opts)
                if (tsock and status == "ok" and size in opts.trace_sizes
                        and pattern in opts.trace_patterns):
                    trace_cell(tr, size, pattern, opts, tsock, row["p50_s"])
    finally:
        tr.stop()
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("client")
    c.add_argument("transport")
    c.add_argument("variant")
    c.add_argument("--sizes", required=True, type=lambda s: [int(x) for x in s.split(",")])
    c.add_argument("--patterns", default="published,transport-only", type=lambda s: s.split(","))
    c.add_argument("--budget", type=float, default=1.0)
    c.add_argument("--max-requests", type=int, default=200)
    c.add_argument("--count-sizes", default="", type=lambda s: [int(x) for x in s.split(",") if x])
    c.add_argument("--kind", default="quick")
    c.add_argument("--shm-prefix", default="ipcf_")
    c.add_argument("--tmpdir", default="/tmp")
    c.add_argument("--rmq-port", type=int, default=0)
    c.add_argument("--rmq-pid", type=int, default=0)
    # the explain pass: stamps go to --trace-dir; perf's control pipes come
    # per cell over --trace-sock, a socket inherited from the harness
    c.add_argument("--trace-dir", default="")
    c.add_argument("--trace-sizes", default="", type=lambda s: [int(x) for x in s.split(",") if x])
    c.add_argument("--trace-requests", type=int, default=TRACE_BLOCKS)
    c.add_argument("--trace-patterns", default="published", type=lambda s: s.split(","))
    c.add_argument("--trace-sock", type=int, default=-1)
    s = sub.add_parser("server")
    s.add_argument("kind", choices=sorted(SERVERS))
    s.add_argument("--shm-prefix", default="ipcf_")
    s.add_argument("--port", type=int, default=0)
    s.add_argument("--queue", default="")
    s.add_argument("--path", default="")
    s.add_argument("--address", default="")
    opts = ap.parse_args(argv)
    opts.counted = set()
    opts.trace_req = 0
    if opts.cmd == "client":
        return client_main(opts)
    # the harness (or the client) stops a server with SIGTERM; the default
    # action ends it at once, even inside a blocking C call (zmq, grpc)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    stamps.enable_from_env("server")
    SERVERS[opts.kind](opts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
