"""The multiprocessing family's shared parts: the client base that forks the
server as a multiprocessing child, the loop of such a server, and how a
Connection carries the array (pickled whole, or with the pickle5-oob
ablation out of band)."""
import pickle
import signal
import struct

from ipcfloor.timeline import stamps
from ipcfloor.timeline.stamps import mark

import common
from ._base import Client

OOB_COUNT = struct.Struct("<I")


def send_array(conn, arr):
    """conn.send(arr): the array pickled into one message.  With the
    pickle5-oob ablation, pickle protocol 5 keeps the array's buffer out of
    band (PEP 574): a small header (with the count of buffers in front),
    then each buffer as it is, so no copy of the payload goes into a pickle."""
    if common.ABLATE != "pickle5-oob":
        conn.send(arr)
        return
    bufs = []
    head = pickle.dumps(arr, protocol=5, buffer_callback=bufs.append)
    conn.send_bytes(OOB_COUNT.pack(len(bufs)) + head)
    for b in bufs:
        conn.send_bytes(b.raw())


def recv_array(conn):
    """What send_array sent: with the ablation, the array wraps the received
    buffer instead of being copied out of a pickle."""
    if common.ABLATE != "pickle5-oob":
        return conn.recv()
    head = conn.recv_bytes()
    n, = OOB_COUNT.unpack_from(head)
    bufs = [conn.recv_bytes() for _ in range(n)]
    return pickle.loads(memoryview(head)[OOB_COUNT.size:], buffers=bufs)

# what mp_server_loop stamps before its handler's own, and MpBase.ask
LOOP_STAGES = ("recv request", "draw")
ASK_STAGES = ("send request", "wait")


def mp_server_loop(conn, handler):
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # a forked child: stamp into the client's folder, as its own side
    stamps.enable_from_env("server")
    while True:
        # waiting for a request is off-CPU; reading and unpickling it is not
        mark("recv request")
        try:
            req = conn.recv()
        except EOFError:
            return
        if req is None:
            return
        mark("draw")
        handler(req)


class MpBase(Client):
    def mpctx(self):
        import multiprocessing as mp
        return mp.get_context("fork")

    def start_child(self, target, *a):
        self.proc = self.mpctx().Process(target=target, args=a, daemon=True)
        self.proc.start()
        self.server_procs = [self.proc]

    def ask(self, size, pattern):
        """Sends the request; the server's small reply."""
        mark("send request")
        self.conn.send((size, pattern))
        mark("wait")
        return self.conn.recv()

    def stop(self):
        for p in self.server_procs:
            p.join(timeout=10)
            if p.is_alive():
                p.terminate()
                p.join(5)
