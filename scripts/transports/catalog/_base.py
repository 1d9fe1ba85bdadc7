"""What every transport's client and server share: the client's base class,
starting a server as `worker.py server KIND`, the server's READY line and
the text request "SIZE PATTERN"."""
import os
import sys

WORKER = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "worker.py")


class Refused(Exception):
    """The transport itself refused the size (e.g. the broker's limit)."""


def parse_req(text):
    size, pattern = text.split()
    return int(size), pattern


def ready(what):
    sys.stdout.write("READY %s\n" % what)
    sys.stdout.flush()


def spawn_server(kind, *extra, env=None):
    import subprocess
    p = subprocess.Popen([sys.executable, WORKER, "server", kind] + list(extra),
                         stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
                         env=dict(os.environ, **env) if env else None)
    line = p.stdout.readline()
    if not line.startswith("READY "):
        p.wait(timeout=10)
        raise RuntimeError("%s server did not start (exit %s)" % (kind, p.returncode))
    return p, line.split(None, 1)[1].strip()


class Client:
    """Client side of one transport: start(), request(size, pattern) -> ndarray."""
    server_procs = ()

    def __init__(self, opts, variant):
        self.opts = opts
        self.variant = variant

    def sides(self):
        return {"server": [p.pid for p in self.server_procs]}

    def stop(self):
        for p in self.server_procs:
            if p.poll() is None:
                p.terminate()
        for p in self.server_procs:
            try:
                p.wait(timeout=10)
            except Exception:
                p.kill()

    def release(self):
        """Drop whatever the last request handed out (zero-copy transports)."""
