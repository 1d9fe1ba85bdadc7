"""The records the timeline's parts hand to each other.

Every time is CLOCK_MONOTONIC in integer nanoseconds: perf records with
`-k CLOCK_MONOTONIC` and the sides stamp with time.monotonic_ns(), so one
clock orders all of them.
"""
from collections import namedtuple

# A stage boundary written by one side: from t_ns on, thread `tid` of `side`
# is in stage `label` of request `req`, until that thread's next stamp.
# A label "end" closes the side's last stage of the request.
Stamp = namedtuple("Stamp", "t_ns side pid tid req label")

# One on-CPU sample (perf cpu-clock): the thread was running at t_ns, and
# stands for period_ns of its CPU time.  frames: (symbol, dso) pairs, the
# leaf (innermost) first.
Sample = namedtuple("Sample", "t_ns pid tid cpu period_ns comm frames")

# sched:sched_switch: on `cpu`, prev_tid stops running (prev_state "R" or
# "R+" when it was preempted, "S"/"D"/... when it blocked) and next_tid runs.
Switch = namedtuple("Switch", "t_ns cpu prev_tid prev_state next_tid")

# sched:sched_waking (kind "waking": the waker starts waking tid) and
# sched:sched_wakeup (kind "wakeup": tid is on a run queue).  waker_tid is the
# thread that was running when the event fired (0 from an interrupt).
Wake = namedtuple("Wake", "t_ns kind tid waker_tid cpu")
