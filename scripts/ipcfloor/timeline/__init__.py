"""The measured per-request timeline of a transport cell (issue 11).

What happened on the same requests, from three sources that share
CLOCK_MONOTONIC: stage stamps written by every side of a request
(stamps.py), on-CPU samples and scheduler events recorded by perf
(perf.py), and the ledger that joins them along the client's wall time
(ledger.py), with one table that names a sample's category from its stack
(categories.py).  events.py holds the records they pass to each other.
"""
