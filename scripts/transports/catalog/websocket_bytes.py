"""websocket_bytes: a FastAPI websocket endpoint (uvicorn + websockets); the
client (websocket-client) sends a short text request and receives
arr.tobytes()."""
from ipcfloor.timeline.stamps import mark

from common import shape_for
from . import _http
from .descriptor import Transport


@_http.endpoint
def add_ws(app, src, namer):
    from fastapi import WebSocket

    def tobytes(arr):
        mark("tobytes")
        return arr.tobytes()
    _http.ws_endpoint(app, "/ws", src, tobytes, WebSocket.send_bytes)


class WsBytes(_http.WsBase):
    def request(self, size, pattern):
        import numpy as np
        mark("ws send")
        self.ws.send("%d %s" % (size, pattern))
        mark("ws recv")
        data = self.ws.recv()
        mark("ndarray")
        return np.frombuffer(data, dtype=np.float64).reshape(shape_for(size))


TRANSPORT = Transport(
    name="websocket_bytes",
    variants={"default": WsBytes},
    **_http.WS,             # requires; server: the one FastAPI app of the five
    stages={"client": ("ws send", "ws recv", "ndarray"),
            "server": _http.ws_stages("tobytes")},
)
