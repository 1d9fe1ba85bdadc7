"""mp_manager: Manager().dict(): the forked server stores d["arr"] = arr in
the manager process, the client reads d["arr"] (two pickled round trips
through a third process)."""
from ipcfloor.timeline.stamps import mark

from common import ArraySource
from ._mp import ASK_STAGES, LOOP_STAGES, MpBase, mp_server_loop
from .descriptor import Transport


def mp_manager_server(conn, d):
    src = ArraySource()

    def h(r):
        arr = src.get(*r)
        mark("proxy set")
        d["arr"] = arr
        mark("reply")
        conn.send(1)
    mp_server_loop(conn, h)


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
        self.ask(size, pattern)
        mark("proxy get")
        return self.d["arr"]

    def stop(self):
        self.conn.send(None)
        MpBase.stop(self)
        self.mgr.shutdown()


TRANSPORT = Transport(
    name="mp_manager",
    variants={"dict": MpManager},
    requires=("numpy",),
    server=mp_manager_server,
    # the manager's process is not stamped: its time shows as manager:(not stamped)
    stages={"client": ASK_STAGES + ("proxy get",),
            "server": LOOP_STAGES + ("proxy set", "reply")},
)
