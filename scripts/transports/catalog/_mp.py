"""The multiprocessing family's shared parts: the client base that forks the
server as a multiprocessing child, and the loop of such a server."""
import signal

from ipcfloor.timeline import stamps
from ipcfloor.timeline.stamps import mark

from ._base import Client

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
