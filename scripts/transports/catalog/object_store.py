"""object_store: a Ray/Plasma-style zero-copy object store.  Not packaged in
Debian 12, so its rows are always a skip; kept for the comparison."""
from .descriptor import Transport

TRANSPORT = Transport(
    name="object_store",
    variants={"plasma": None},
    requires=(),
    server=None,
    always_skip="not packaged in Debian 12 (Ray's Plasma store / pyarrow are not "
                "available as Debian packages); row kept for the comparison, nothing measured",
)
