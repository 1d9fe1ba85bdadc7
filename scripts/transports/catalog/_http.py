"""The five HTTP and websocket transports' shared parts.

One FastAPI app on uvicorn serves them all (`worker.py server http`); each
transport's module adds its endpoint with @endpoint.  Here too: the stamps
of uvicorn and of FastAPI's middleware, the websocket endpoints' loop, and
the clients' base classes.
"""
import socket

from ipcfloor.timeline import stamps
from ipcfloor.timeline.stamps import mark

from common import ArraySource
from ._base import Client, parse_req, ready, spawn_server
from ._shm import ShmNamer

KIND = "http"

ENDPOINTS = []      # add(app, src, namer) of each transport, registered at import


def endpoint(add):
    """Registers add(app, src, namer), which adds a transport's route."""
    ENDPOINTS.append(add)
    return add


# ====================================================================== server
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
    from fastapi import FastAPI
    import uvicorn

    src = ArraySource()
    namer = ShmNamer(args.shm_prefix)
    app = FastAPI()
    if stamps.active():
        stamp_uvicorn()
        app.add_middleware(StampMiddleware)
    for add in ENDPOINTS:
        add(app, src, namer)

    sock = listen_socket()
    sock.listen(128)
    config = uvicorn.Config(app, log_level="warning", ws="websockets",
                            lifespan="off", access_log=False)
    server = uvicorn.Server(config)
    ready(sock.getsockname()[1])
    server.run(sockets=[sock])


def ws_endpoint(app, path, src, make, send):
    """A websocket endpoint: per text request "SIZE PATTERN", make(arr)
    (which stamps its own stage) and send(websocket, what it made)."""
    from fastapi import WebSocket, WebSocketDisconnect

    @app.websocket(path)
    async def serve(websocket: WebSocket):
        await websocket.accept()
        try:
            while True:
                size, pattern = parse_req(await websocket.receive_text())
                mark("draw")
                arr = src.get(size, pattern)
                data = make(arr)
                mark("ws send")
                await send(websocket, data)
                mark("event loop")
        except WebSocketDisconnect:
            pass


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


# ====================================================================== clients
class HttpBase(Client):
    def start(self):
        import requests
        p, port = spawn_server(KIND, "--shm-prefix", self.opts.shm_prefix)
        self.server_procs = [p]
        self.base = "http://127.0.0.1:%s" % port
        self.session = requests.Session()

    def get(self, path, size, pattern):
        """The GET of one request, its body read."""
        mark("http request")
        r = self.session.get(self.base + path, params={"size": size, "pattern": pattern},
                             hooks={"response": headers_in})
        r.raise_for_status()
        return r

    def stop(self):
        self.session.close()
        Client.stop(self)


def headers_in(r, *args, **kwargs):
    """requests' response hook: the status line and headers are parsed; the
    body is read after it (stream=False)."""
    mark("http body")


class WsBase(Client):
    path = "/ws"

    def start(self):
        import websocket
        p, port = spawn_server(KIND, "--shm-prefix", self.opts.shm_prefix)
        self.server_procs = [p]
        self.ws = websocket.create_connection("ws://127.0.0.1:%s%s" % (port, self.path))

    def stop(self):
        try:
            self.ws.close()
        except Exception:
            pass
        Client.stop(self)


# ================================================================ descriptors
# the fields the HTTP and the websocket transports share: their packages,
# and the one server of all five
HTTP = dict(requires=("numpy", "fastapi", "uvicorn", "requests"),
            server=server_http, server_kind=KIND)
WS = dict(requires=("numpy", "fastapi", "uvicorn", "websockets", "websocket"),
          server=server_http, server_kind=KIND)


def http_stages(*route):
    """Server stamps of an HTTP endpoint: uvicorn's parser's and the
    middleware's around the route's own."""
    return ("http parse", "route+validate") + route + ("http write", "event loop")


def ws_stages(label):
    """Server stamps of a ws_endpoint whose make() stamps `label`."""
    return ("ws frame in", "draw", label, "ws send", "event loop")
