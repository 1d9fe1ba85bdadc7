"""Proving the explanation by changing one thing (issue 12).

verdict      the agreement rule between a predicted and a measured saving
switches     the ablations: what each one changes, and which of the ledger's
             categories it claims to remove
driver       baseline and ablated request pairs, interleaved A B A B
shared_state the seeds' shared-array experiment, five ways
object_store put-once-map-many against pickling the array to every task
remedies     REMEDIES.md
"""
