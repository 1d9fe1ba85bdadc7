"""mp_listener: multiprocessing.connection Listener/Client on 127.0.0.1 TCP;
conn.send(ndarray) pickles the array."""
import os

from ipcfloor.timeline.stamps import mark

from common import ArraySource
from ._base import Client, ready, spawn_server
from ._mp import recv_array, send_array
from .descriptor import Transport


def server_listener(args):
    from multiprocessing.connection import Listener
    src = ArraySource()
    # the port is open to every local user and the server unpickles what it
    # receives: the authkey handshake (HMAC, once per connection, not per
    # request) keeps anyone but our client out
    key = bytes.fromhex(os.environ.pop("IPCFLOOR_AUTHKEY"))
    with Listener(("127.0.0.1", 0), authkey=key) as lst:
        ready(lst.address[1])
        with lst.accept() as conn:
            while True:
                mark("recv request")
                try:
                    size, pattern = conn.recv()
                except EOFError:
                    return
                mark("draw")
                arr = src.get(size, pattern)
                mark("pickle+send")
                send_array(conn, arr)


class MpListener(Client):
    def start(self):
        import secrets
        from multiprocessing.connection import Client as Connect
        key = secrets.token_bytes(32)      # passed in the environment: only we can read it
        p, port = spawn_server("listener", env={"IPCFLOOR_AUTHKEY": key.hex()})
        self.server_procs = [p]
        self.conn = Connect(("127.0.0.1", int(port)), authkey=key)

    def request(self, size, pattern):
        mark("send request")
        self.conn.send((size, pattern))
        mark("recv+unpickle")
        return recv_array(self.conn)

    def stop(self):
        self.conn.close()
        Client.stop(self)


TRANSPORT = Transport(
    name="mp_listener",
    variants={"default": MpListener},
    requires=("numpy",),
    server=server_listener, server_kind="listener",
    stages={"client": ("send request", "recv+unpickle"),
            "server": ("recv request", "draw", "pickle+send")},
)
