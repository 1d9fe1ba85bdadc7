"""http_base64: a FastAPI GET returns base64.b64encode(arr.tobytes()) as
text/plain; the client decodes it and np.frombuffer(...).reshape(shape)."""
from ipcfloor.timeline.stamps import mark

import common
from common import shape_for
from . import _http
from .descriptor import Transport


@_http.endpoint
def add_base64(app, src, namer):
    import base64
    from fastapi.responses import Response

    def get_base64(size: int, pattern: str):
        mark("draw")
        arr = src.get(size, pattern)
        if common.ABLATE == "octet-stream":
            mark("tobytes")
            body = arr.tobytes()
            mark("respond")
            return Response(content=body, media_type="application/octet-stream")
        mark("base64")
        body = base64.b64encode(arr.tobytes())
        mark("respond")
        return Response(content=body, media_type="text/plain")

    if common.ABLATE == "async-endpoint":
        # the same work as a coroutine: FastAPI runs it on the event loop
        # instead of handing a sync def to its thread pool and back
        @app.get("/base64")
        async def get_base64_async(size: int, pattern: str):
            return get_base64(size, pattern)
    else:
        app.get("/base64")(get_base64)


class HttpBase64(_http.HttpBase):
    def request(self, size, pattern):
        import base64
        import numpy as np
        r = self.get("/base64", size, pattern)
        mark("base64 decode")
        if r.headers.get("content-type") == "application/octet-stream":
            raw = r.content             # the octet-stream ablation's server
        else:
            raw = base64.b64decode(r.content)
        mark("ndarray")
        return np.frombuffer(raw, dtype=np.float64).reshape(shape_for(size))


TRANSPORT = Transport(
    name="http_base64",
    variants={"default": HttpBase64},
    **_http.HTTP,           # requires; server: the one FastAPI app of the five
    stages={"client": ("http request", "http body", "base64 decode", "ndarray"),
            "server": _http.http_stages("draw", "base64", "respond")},
)
