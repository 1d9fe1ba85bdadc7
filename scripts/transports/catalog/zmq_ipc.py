"""zmq_ipc: ZeroMQ REQ/REP over ipc:// (a socket file in the run's temp
dir), send(arr, copy=False); the client np.frombuffer(frame.buffer)."""
import os

from ipcfloor.timeline.stamps import mark

from common import ArraySource, shape_for
from ._base import Client, parse_req, ready, spawn_server
from .descriptor import Transport


def server_zmq(args):
    import zmq
    src = ArraySource()
    ctx = zmq.Context()
    s = ctx.socket(zmq.REP)
    s.bind("ipc://" + args.path)
    ready(args.path)
    while True:
        mark("recv request")
        size, pattern = parse_req(s.recv().decode())
        mark("draw")
        arr = src.get(size, pattern)
        mark("send")
        s.send(arr, copy=False)


class Zmq(Client):
    def start(self):
        import zmq
        path = os.path.join(self.opts.tmpdir, "zmq-%d.sock" % os.getpid())
        p, _ = spawn_server("zmq", "--path", path)
        self.server_procs = [p]
        self.ctx = zmq.Context()
        self.s = self.ctx.socket(zmq.REQ)
        self.s.connect("ipc://" + path)

    def request(self, size, pattern):
        import numpy as np
        mark("send request")
        self.s.send(("%d %s" % (size, pattern)).encode())
        mark("recv")
        frame = self.s.recv(copy=False)
        mark("ndarray")
        return np.frombuffer(frame.buffer, dtype=np.float64).reshape(shape_for(size))

    def stop(self):
        self.s.close(linger=0)
        self.ctx.term()
        Client.stop(self)


TRANSPORT = Transport(
    name="zmq_ipc",
    variants={"zerocopy": Zmq},
    requires=("numpy", "zmq"),
    server=server_zmq, server_kind="zmq",
    stages={"client": ("send request", "recv", "ndarray"),
            "server": ("recv request", "draw", "send")},
)
