"""The prediction from the primitives: where each high-level transport loses
time, by this machine's floors (scripts/explain.py is its command line).

For every transport x variant x size x pattern of a run folder's
transports.csv, the measured median request time is split into parts that
each come from a measured row of the same folder:

    part (category)   time = count x a measured unit
    generation        components.csv randn (published pattern only)
    serialise         components.csv tolist / json_dumps / pickle_dumps_p4 / protobuf_serialize
    deserialise       components.csv json_loads / np_array_from_list / pickle_loads_p4 /
                      protobuf_parse / frombuffer
    encode            components.csv base64_encode / base64_decode
    copies            user-space copies (model.MODEL) x the micro.csv
                      memcpy warm lat row at the size (per byte for wire bytes)
    shm               components.csv shm_create_copy_unlink, micro.csv mmap
                      (attach + munmap of a segment)
    kernel            bytes through the kernel / the micro.csv bw row of the
                      underlying primitive (tcp, socketpair stream, pipe)
    hop               the same for a second leg through a middle process
                      (RabbitMQ broker, multiprocessing Manager)
    syscalls          counts.csv system calls (all sides) x micro.csv nullsyscall p50
    wakeups           counts.csv voluntary context switches x futexwake one-way p50
    faults            counts.csv minor faults x pagefault 4k p50 / pages
    fixed             the residual of the same transport at the smallest
                      size measured (its size-independent per-request work);
                      a full run measures a 64 B probe for it, whose cells
                      are the measurement of `fixed` and are listed apart
    residual          measured total - sum of the parts (never clamped)

No time here is a constant: model.MODEL holds only structure (which
components, how many copies, which primitive).  The model is the prediction:
count x unit is the least the data movement can cost by this machine's
floors.  What each request really spent is measured by the transport stage
(explain.csv, the ledger, and explain-cells.csv, for the traced cells);
EXPLAIN.md opens with that (ipcfloor/timeline/render.py) and sets the two
side by side.  explain.csv is never written here: it is the measured ledger.
predicted_s of explain-cells.csv is filled here with predicted_totals() of
the matching cell.

    model      the categories and the MODEL table of each transport's steps
    inputs     micro.csv, components.csv and counts.csv as units
    explainer  Cell, Part and the Explainer that prices each cell's parts
    table      predicted.csv
    markdown   EXPLAIN.md's prediction sections and the terminal tables
    published  the published reference figures, explained by these parts
    chart      plots/explain-<size>-<pattern>.{png,svg,gp}
    explain    one run folder: all of the above, after the measured timeline
"""
