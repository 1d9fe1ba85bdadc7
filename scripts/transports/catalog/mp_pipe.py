"""mp_pipe: multiprocessing.Pipe to a forked child.  send: conn.send(arr)
(pickled); send_bytes: conn.send_bytes(arr) (raw buffer, no pickle), the
client np.frombuffer(recv_bytes())."""
from ipcfloor.timeline.stamps import mark

from common import ArraySource, shape_for
from ._mp import LOOP_STAGES, MpBase, mp_server_loop, recv_array, send_array
from .descriptor import Transport


def mp_reply(conn, arr, raw=False):
    """The pickling (or raw) send of a multiprocessing server's answer."""
    mark("send" if raw else "pickle+send")
    conn.send_bytes(arr) if raw else send_array(conn, arr)


def mp_pipe_server(conn, variant):
    src = ArraySource()
    mp_server_loop(conn, lambda r: mp_reply(conn, src.get(*r), raw=variant != "send"))


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
            return recv_array(self.conn)
        mark("recv")
        data = self.conn.recv_bytes()
        mark("ndarray")
        return np.frombuffer(data, dtype=np.float64).reshape(shape_for(size))

    def stop(self):
        self.conn.send(None)
        MpBase.stop(self)


TRANSPORT = Transport(
    name="mp_pipe",
    variants={"send": MpPipe, "send_bytes": MpPipe},
    requires=("numpy",),
    server=mp_pipe_server,
    # send stamps "recv+unpickle" and "pickle+send"; send_bytes "recv",
    # "ndarray" and "send"
    stages={"client": ("send request", "recv+unpickle", "recv", "ndarray"),
            "server": LOOP_STAGES + ("pickle+send", "send")},
)
