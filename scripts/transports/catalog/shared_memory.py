"""shared_memory, between the client and a forked child.  reused: one
SharedMemory segment mapped once by both; the server copies into it, a small
control message, the client gets a view.  per_message: a new segment per
message; the client views it and closes + unlinks it at its next request
(inside that request's time)."""
import os

from ipcfloor.timeline.stamps import mark

import common
from common import ArraySource, shape_for
from ._mp import ASK_STAGES, LOOP_STAGES, MpBase, mp_server_loop
from ._shm import ShmNamer, shm_publish, shm_untrack
from .descriptor import Transport


def shm_reused_server(conn, name, cap):
    import numpy as np
    from multiprocessing import shared_memory
    src = ArraySource()
    shm = shared_memory.SharedMemory(name=name, create=True, size=cap)
    try:
        conn.send(("ready", shm.name))

        rng = np.random.default_rng()

        def h(r):
            size, pattern = r
            if pattern == "published" and common.ABLATE == "draw-in-place":
                mark("draw in place")
                rng.standard_normal(out=np.ndarray(shape_for(size), np.float64, buffer=shm.buf))
                mark("reply")
                conn.send(size)
                return
            arr = src.get(*r)
            mark("copy into segment")
            np.copyto(np.ndarray(arr.shape, np.float64, buffer=shm.buf), arr)
            mark("reply")
            conn.send(arr.nbytes)
        mp_server_loop(conn, h)
    finally:
        shm.close()
        shm.unlink()


def shm_per_message_server(conn, prefix):
    src = ArraySource()
    namer = ShmNamer(prefix)
    def h(r):
        arr = src.get(*r)
        mark("segment create+copy")
        name = shm_publish(arr, namer)
        mark("reply")
        conn.send(name)
    mp_server_loop(conn, h)


class ShmReused(MpBase):
    def start(self):
        self.conn, child = self.mpctx().Pipe()
        name = "%sreused_%d" % (self.opts.shm_prefix, os.getpid())
        self.start_child(shm_reused_server, child, name, max(self.opts.sizes))
        _, name = self.conn.recv()
        from multiprocessing import shared_memory
        self.shm = shared_memory.SharedMemory(name=name)
        shm_untrack(self.shm._name)

    def request(self, size, pattern):
        import numpy as np
        self.ask(size, pattern)
        mark("view")
        return np.ndarray(shape_for(size), np.float64, buffer=self.shm.buf)

    def stop(self):
        self.conn.send(None)
        MpBase.stop(self)
        try:
            self.shm.close()
        except BufferError:
            pass


class ShmPerMessage(MpBase):
    """Segment created per message; the client holds the view until the next
    request, which first closes and unlinks the previous segment (inside the
    timed request: that is part of the cost)."""

    def start(self):
        self.conn, child = self.mpctx().Pipe()
        self.start_child(shm_per_message_server, child, self.opts.shm_prefix)
        self.shm = None

    def release(self):
        if self.shm is not None:
            shm, self.shm = self.shm, None
            try:
                shm.close()
            except BufferError:     # a view is still alive somewhere
                pass
            shm.unlink()

    def request(self, size, pattern):
        import numpy as np
        from multiprocessing import shared_memory
        mark("release previous")
        self.release()
        name = self.ask(size, pattern)
        mark("attach")
        self.shm = shared_memory.SharedMemory(name=name)
        return np.ndarray(shape_for(size), np.float64, buffer=self.shm.buf)

    def stop(self):
        self.release()
        self.conn.send(None)
        MpBase.stop(self)


TRANSPORT = Transport(
    name="shared_memory",
    variants={"reused": ShmReused, "per_message": ShmPerMessage},
    requires=("numpy",),
    server={"reused": shm_reused_server, "per_message": shm_per_message_server},
    # reused stamps "view" and "copy into segment"; per_message "release
    # previous", "attach" and "segment create+copy"
    stages={"client": ("release previous",) + ASK_STAGES + ("view", "attach"),
            "server": LOOP_STAGES + ("copy into segment", "segment create+copy", "reply")},
    shm_backed=True,
)
