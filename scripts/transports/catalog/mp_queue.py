"""mp_queue: a pair of multiprocessing.Queue (feeder thread + pipe, pickled)
to a forked child."""
import signal

from ipcfloor.timeline import stamps
from ipcfloor.timeline.stamps import mark

from common import ArraySource
from ._mp import MpBase
from .descriptor import Transport


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


TRANSPORT = Transport(
    name="mp_queue",
    variants={"default": MpQueue},
    requires=("numpy",),
    server=mp_queue_server,
    stages={"client": ("put request", "get reply"),
            "server": ("get request", "draw", "put reply")},
)
