"""fastpath: ndarray views of a memfd region the server passes once over an
abstract AF_UNIX SOCK_SEQPACKET socket (SCM_RIGHTS); per request a 9-byte
request and a 16-byte reply.  view: the client returns the view; touch: it
also reads every byte, to compare with the C primitives' -touch rows."""
import os
import socket
import struct

from ipcfloor.timeline.stamps import mark

import common
from common import ArraySource, shape_for
from ._base import Client, ready, spawn_server
from .descriptor import Transport

FP_REQ = struct.Struct("<QB")     # size, pattern (0 published, 1 transport-only)
FP_REP = struct.Struct("<QQ")     # size, capacity of the region


def server_fastpath(args):
    """memfd region passed once over SCM_RIGHTS; a 16-byte reply per request.

    The server's array lives in the region itself.  Published pattern: each
    request draws a new array and writes it there (one copy, as any producer
    that gets its data from elsewhere would).  Transport-only: the array is
    put there once and stays, so a request moves no payload bytes at all, as
    the C zero-copy rows do; the client must be done with its view before it
    asks again (requests are ping-pong).
    """
    import mmap
    import numpy as np
    src = ArraySource()
    rng = np.random.default_rng()      # the draw-in-place ablation's generator
    lst = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    lst.bind(args.address.encode().replace(b"@", b"\0", 1))
    lst.listen(1)
    ready(args.address)
    # abstract names are listed in /proc/net/unix and have no permissions:
    # only the client that started us (our parent) is served, a stranger
    # who connects first is dropped
    while True:
        conn, _ = lst.accept()
        pid = struct.unpack("3i", conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, 12))[0]
        if pid == os.getppid():
            break
        conn.close()
    lst.close()
    mm, cap, resident = None, 0, None
    under = None     # (size, bytes): the resident array's prefix a smaller request overwrote
    while True:
        mark("recv request")
        msg = conn.recv(FP_REQ.size)
        if not msg:
            return
        mark("draw into region")
        size, pat = FP_REQ.unpack(msg)
        fds = []
        if size > cap:
            if mm is not None:
                mm.close()
            fd = os.memfd_create("ipcfloor-fastpath", os.MFD_CLOEXEC)
            os.ftruncate(fd, size)
            mm = mmap.mmap(fd, size, mmap.MAP_SHARED, mmap.PROT_READ | mmap.PROT_WRITE)
            cap, resident, under = size, None, None
            fds = [fd]
        region = np.ndarray(shape_for(size), np.float64, buffer=mm)
        if pat == 0 and common.ABLATE == "draw-in-place":
            rng.standard_normal(out=region)
            resident, under = None, None
        elif pat == 0:
            np.copyto(region, src.get(size, "published"))
            resident, under = None, None
        elif resident != size:
            if under is not None and under[0] == size and resident is not None:
                # back from a smaller request (the paired probe): put back
                # only the bytes it overwrote
                mm[:len(under[1])] = under[1]
                under = None
            elif resident is not None and size < resident and under is None:
                # a smaller request over the resident array: keep the bytes
                # it overwrites, so the array comes back by a copy of those
                under = (resident, mm[:size])
                np.copyto(region, src.get(size, "transport-only"))
            else:
                np.copyto(region, src.get(size, "transport-only"))
                under = None
            if size > common.KEEP_SMALL:
                src.cache.pop(size, None)    # the region holds it now
            resident = size
        del region               # mm.close() refuses while a view exists
        mark("reply")
        rep = FP_REP.pack(size, cap)
        if fds:
            socket.send_fds(conn, [rep], fds)
            os.close(fds[0])
        else:
            conn.send(rep)


class FastPath(Client):
    """ndarray views of a memfd region the server shares once (SCM_RIGHTS)."""

    def start(self):
        import secrets
        addr = "@ipcfloor-fastpath-%d-%s" % (os.getpid(), secrets.token_hex(8))   # abstract: no file
        p, _ = spawn_server("fastpath", "--address", addr)
        self.server_procs = [p]
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self.sock.connect(addr.encode().replace(b"@", b"\0", 1))
        self.mm = None

    def request(self, size, pattern):
        import mmap
        import numpy as np
        mark("send request")
        self.sock.send(FP_REQ.pack(size, 0 if pattern == "published" else 1))
        mark("recv reply")
        msg, fds, _, _ = socket.recv_fds(self.sock, FP_REP.size, 1)
        mark("map+view")
        got, cap = FP_REP.unpack(msg)
        if fds:
            self.mm = mmap.mmap(fds[0], cap, mmap.MAP_SHARED, mmap.PROT_READ)
            os.close(fds[0])
        arr = np.frombuffer(self.mm, dtype=np.float64, count=size // 8).reshape(shape_for(size))
        if self.variant == "touch":
            mark("touch")
            np.add.reduce(arr, axis=None)     # read every byte
        return arr

    def stop(self):
        self.sock.close()
        Client.stop(self)


TRANSPORT = Transport(
    name="fastpath",
    variants={"view": FastPath, "touch": FastPath},
    requires=("numpy",),
    server=server_fastpath, server_kind="fastpath",
    # "touch": the touch variant's
    stages={"client": ("send request", "recv reply", "map+view", "touch"),
            "server": ("recv request", "draw into region", "reply")},
)
