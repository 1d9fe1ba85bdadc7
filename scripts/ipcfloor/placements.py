"""The placements of the two processes, in the harness's order (micro/topo.c):
what --placement takes and what a run's rows carry.  `cpus` is the row of an
explicit --cpus A,B pair."""
PLACEMENTS = ["same-cpu", "smt", "cross-core", "cross-numa", "unpinned"]
ORDER = PLACEMENTS + ["cpus"]


def key(p):
    """Sort key: the harness's order, anything unknown last (by name)."""
    return (ORDER.index(p) if p in ORDER else len(ORDER), p)
