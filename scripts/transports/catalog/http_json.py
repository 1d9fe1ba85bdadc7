"""http_json: a FastAPI GET returns arr.tolist() (FastAPI's jsonable_encoder
+ JSON); the client (requests) parses the JSON and calls np.array(...)."""
from ipcfloor.timeline.stamps import mark

import common
from . import _http
from .descriptor import Transport


def ujson_response():
    """The ujson ablation's response class: FastAPI still runs
    jsonable_encoder over the list, only the rendering to text is ujson's."""
    import ujson
    from fastapi.responses import JSONResponse

    class UJSONResponse(JSONResponse):
        def render(self, content):
            return ujson.dumps(content, ensure_ascii=False).encode("utf-8")
    return UJSONResponse


@_http.endpoint
def add_json(app, src, namer):
    extra = {"response_class": ujson_response()} if common.ABLATE == "ujson" else {}

    @app.get("/json", **extra)
    def get_json(size: int, pattern: str):
        mark("draw")
        arr = src.get(size, pattern)
        mark("tolist")
        lst = arr.tolist()
        # from here to the response start: FastAPI's jsonable_encoder and
        # the JSON rendering, on the event loop
        mark("encode+render")
        return lst


class HttpJson(_http.HttpBase):
    def request(self, size, pattern):
        import numpy as np
        r = self.get("/json", size, pattern)
        mark("json decode")
        lst = r.json()
        mark("ndarray")
        return np.array(lst)


TRANSPORT = Transport(
    name="http_json",
    variants={"default": HttpJson},
    **_http.HTTP,           # requires; server: the one FastAPI app of the five
    stages={"client": ("http request", "http body", "json decode", "ndarray"),
            "server": _http.http_stages("draw", "tolist", "encode+render")},
    # at 1 GiB one request took 234 s here (published: 259 s), and the lists
    # and JSON text of both sides take ~14 GiB
    gib_minutes=4,
    gib_memory=(14, "lists and JSON text of both sides"),
    gib_cell_s=300.0,
)
