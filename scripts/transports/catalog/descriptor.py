"""The descriptor each transport module declares: everything the harness
(run.py) and the cell machinery (worker.py) need to know about a transport,
so that they ask it instead of comparing names."""
from dataclasses import dataclass, field
from typing import Callable


@dataclass(frozen=True)
class Transport:
    # as in transports.csv (the published eight as in the reference CSV)
    name: str
    # variant -> client class (start(), request(size, pattern) -> ndarray,
    # release(), stop(), sides()), in run order
    variants: dict
    # Python modules, or cmd:NAME commands, it needs (common.MODULE_PACKAGES
    # names their Debian packages); a missing one makes its rows a skip
    requires: tuple
    # the server function; {variant: function} where each variant has its own
    server: Callable | dict | None
    # KIND of `worker.py server KIND`: the client starts `server` as a
    # subprocess.  Empty: the client forks it as a multiprocessing child.
    server_kind: str = ""
    # side -> the labels its mark() stamps write, in the order a request
    # stamps them (a label names the stage that starts there)
    stages: dict = field(default_factory=dict)
    # why it is never run; its rows are kept for the comparison
    always_skip: str = ""
    # run by the harness before its first client: None, or why it cannot run
    prepare: Callable[[], str | None] | None = None
    # the harness starts a private RabbitMQ broker for it (~6-8 s to boot)
    needs_broker: bool = False
    # its segments live in /dev/shm: a cell whose size /dev/shm cannot hold
    # is a skip (worker.dev_shm_shortfall)
    shm_backed: bool = False
    # minutes one request takes at 1 GiB, where that is minutes: such a
    # transport runs there only with --kind full, its published cell with
    # no warm-up, and its explain pass traces one request instead of 3
    gib_minutes: int = 0
    # (GiB, what takes it): the free memory a 1 GiB request needs; with
    # less available the cell is a skip
    gib_memory: tuple = ()
    # seconds a 1 GiB cell takes, for the harness's ETA
    gib_cell_s: float = 12.0
