"""object_store: a Ray/Plasma-style zero-copy object store.  Not packaged in
Debian 12, so its rows are always a skip, kept for the comparison; the
mechanism itself is measured by the ablations stage (object-store.csv)."""
from .descriptor import Transport

TRANSPORT = Transport(
    name="object_store",
    variants={"plasma": None},
    requires=(),
    server=None,
    always_skip="not packaged in Debian 12 (Ray's Plasma store / pyarrow are not "
                "available as Debian packages); the mechanism, put once into a sealed memfd "
                "and mapped read-only by each task, against Pool pickling to every task, is "
                "measured in object-store.csv (REMEDIES.md)",
)
