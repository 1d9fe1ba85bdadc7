"""mp_array: multiprocessing.Array('d', n, lock=False) created before the
fork; the server copies into it, a small pipe message, the client views it
with np.frombuffer (no copy)."""
from ipcfloor.timeline.stamps import mark

from common import ArraySource, shape_for
from ._mp import ASK_STAGES, LOOP_STAGES, MpBase, mp_server_loop
from .descriptor import Transport


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


class MpArray(MpBase):
    def start(self):
        ctx = self.mpctx()
        n = max(self.opts.sizes) // 8
        self.shared = ctx.Array("d", n, lock=False)
        self.conn, child = ctx.Pipe()
        self.start_child(mp_array_server, child, self.shared)

    def request(self, size, pattern):
        import numpy as np
        self.ask(size, pattern)
        mark("frombuffer")
        return np.frombuffer(self.shared, dtype=np.float64, count=size // 8).reshape(shape_for(size))

    def stop(self):
        self.conn.send(None)
        MpBase.stop(self)


TRANSPORT = Transport(
    name="mp_array",
    variants={"frombuffer": MpArray},
    requires=("numpy",),
    server=mp_array_server,
    stages={"client": ASK_STAGES + ("frombuffer",),
            "server": LOOP_STAGES + ("copy into Array", "reply")},
)
