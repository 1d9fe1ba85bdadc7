"""websocket_shared_memory: as http_shared_memory, the segment's name sent
over the websocket."""
from ipcfloor.timeline.stamps import mark

from . import _http, _shm
from .descriptor import Transport


@_http.endpoint
def add_wsshm(app, src, namer):
    from fastapi import WebSocket

    def publish(arr):
        mark("segment create+copy")
        return _shm.shm_publish(arr, namer)
    _http.ws_endpoint(app, "/wsshm", src, publish, WebSocket.send_text)


class WsShm(_http.WsBase):
    path = "/wsshm"

    def request(self, size, pattern):
        mark("ws send")
        self.ws.send("%d %s" % (size, pattern))
        mark("ws recv")
        return _shm.shm_fetch(self.ws.recv(), size)


TRANSPORT = Transport(
    name="websocket_shared_memory",
    variants={"default": WsShm},
    **_http.WS,             # requires; server: the one FastAPI app of the five
    stages={"client": ("ws send", "ws recv") + _shm.FETCH_STAGES,
            "server": _http.ws_stages("segment create+copy")},
    shm_backed=True,
)
