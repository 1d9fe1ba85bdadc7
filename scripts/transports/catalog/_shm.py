"""Named multiprocessing.shared_memory segments, as http_shared_memory,
websocket_shared_memory and shared_memory use them."""
import os

from ipcfloor.timeline.stamps import mark

from common import shape_for

# what shm_fetch stamps
FETCH_STAGES = ("attach", "copy out", "close+unlink")


def shm_untrack(name):
    # Python 3.11 registers every attached segment with the resource tracker,
    # which would unlink (and warn about) segments owned by the other side.
    from multiprocessing import resource_tracker
    try:
        resource_tracker.unregister(name, "shared_memory")
    except Exception:
        pass


class ShmNamer:
    def __init__(self, prefix):
        self.prefix = prefix
        self.n = 0

    def next(self):
        self.n += 1
        return "%s%d_%d" % (self.prefix, os.getpid(), self.n)


def shm_publish(arr, namer):
    """Server side of the *_shared_memory transports: new segment per message."""
    import numpy as np
    from multiprocessing import shared_memory
    shm = shared_memory.SharedMemory(name=namer.next(), create=True, size=arr.nbytes)
    shm_untrack(shm._name)
    dst = np.ndarray(arr.shape, dtype=arr.dtype, buffer=shm.buf)
    dst[...] = arr
    del dst
    name = shm.name
    shm.close()
    return name


def shm_fetch(name, size):
    """Client of http/websocket_shared_memory: attach, view, copy out, close, unlink.

    The copy is needed because the segment is closed and unlinked before
    the array is handed on (close() refuses while a view exists).
    """
    import numpy as np
    from multiprocessing import shared_memory
    mark("attach")
    shm = shared_memory.SharedMemory(name=name)
    view = np.ndarray(shape_for(size), np.float64, buffer=shm.buf)
    mark("copy out")
    arr = view.copy()
    del view
    mark("close+unlink")
    shm.close()
    shm.unlink()
    return arr
