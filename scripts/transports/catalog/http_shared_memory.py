"""http_shared_memory: the server creates a new SharedMemory segment, copies
the array in, closes it and returns its name over FastAPI; the client
attaches, views, copies out (it must own the data before the segment goes),
closes and unlinks."""
from ipcfloor.timeline.stamps import mark

from . import _http, _shm
from .descriptor import Transport


@_http.endpoint
def add_shm(app, src, namer):
    @app.get("/shm")
    def get_shm(size: int, pattern: str):
        mark("draw")
        arr = src.get(size, pattern)
        mark("segment create+copy")
        name = _shm.shm_publish(arr, namer)
        mark("respond")
        return name


class HttpShm(_http.HttpBase):
    def request(self, size, pattern):
        return _shm.shm_fetch(self.get("/shm", size, pattern).json(), size)


TRANSPORT = Transport(
    name="http_shared_memory",
    variants={"default": HttpShm},
    **_http.HTTP,           # requires; server: the one FastAPI app of the five
    stages={"client": ("http request", "http body") + _shm.FETCH_STAGES,
            "server": _http.http_stages("draw", "segment create+copy", "respond")},
    shm_backed=True,
)
