"""What a sampled CPU was doing, named from its call stack: one table.

categorize(frames, comm="") takes a perf sample's frames, (symbol, dso)
pairs with the LEAF (innermost) FIRST, and the sampled thread's comm, and
returns one of CATEGORIES.  The ledger divides a stage's on-CPU time among
these names in proportion to the samples that fall in it.

Precedence, in the order TABLE is read:
  1. "fault" rules win wherever their frame is in the stack: a page fault
     taken inside memcpy (or inside a read() copying to a fresh buffer) is
     page-fault time, not copy time, because the copy is stalled on the
     kernel allocating and zeroing the page.  Clearing when a frame between
     the leaf and the leaf-most fault frame zeroes a page, else mapping.
  2. "frame" rules, leaf first: for each frame from the leaf toward the
     root, the first rule (in table order) that matches that frame decides.
     So the LEAF WINS: a libc memcpy called from the JSON encoder is "libc
     copies", a _copy_to_iter under tcp_recvmsg is "kernel copies", and
     a PyList_Append (no rule) called from _json is JSON, the first frame
     with a rule being _json's.  The bytecode loop
     (_PyEval_EvalFrameDefault) is itself a frame rule ("interpreter"): the
     walk stops at the innermost Python frame, so Python code called back
     by a C library (a gRPC serializer, a json `default=`) is interpreter
     time, not the library's, while C helpers a library calls (its
     PyLong_*, PyList_*) are still the library's.
  3. "comm" rules (the thread's name; Erlang's scheduler threads), then
     "anyframe" rules: any frame in python3.11 when nothing above matched
     (static functions of the stripped interpreter, "[unknown]").
  4. Else "other".

What it cannot see: Debian builds _pickle and binascii into python3.11 and
strips its static functions, so pickle's save_*/load_* and base64's
b2a_base64 show as "[unknown] [python3.11]" and land in "interpreter"
unless python3.11's debug symbols are installed; the rules for them match
the real names for when they are.  Protocol buffers (gRPC's messages) have
no category of their own: "other".
"""
import functools
import re
from collections import namedtuple

# kind: "fault" | "frame" | "comm" | "anyframe" (see the docstring); sym and
# dso are regexes searched in the frame's symbol and dso (None: any).  For
# "fault" rules sym is what the frames on the leaf side of the fault must
# contain (None: nothing more), for "comm" rules sym is searched in comm.
Rule = namedtuple("Rule", "kind sym dso")

# [kernel.kallsyms] or a module's [name]; perf's other bracketed names are user space
KERNEL = r"^\[(?!unknown\]|vdso\]|vsyscall\]|heap\]|stack\]|anon)[\w.:-]+\]$"
LIBC = r"/libc\.so|/libc-"
PYTHON = r"python3(\.\d+)?$|libpython3"
# the innermost frame of a page fault, wherever in the stack
FAULT = re.compile(r"^(asm_)?exc_page_fault$|^_*handle_mm_fault$|^do_user_addr_fault$")

TABLE = [
    # 1. stack context
    ("page faults: clearing", Rule("fault", r"^(clear_page|clear_huge_page|_*clear_user|"
                                            r"clear_subpage|clear_highpage|folio_zero_user|"
                                            r"kernel_init_pages)", KERNEL)),
    ("page faults: mapping", Rule("fault", None, None)),
    # 2. leaf first; the bytecode loop ends the walk
    ("interpreter", Rule("frame", r"^_PyEval_EvalFrame", PYTHON)),
    ("kernel copies", Rule("frame", r"^_*(copy_user_|copy_(to|from)_user|copyin$|copyout$|"
                                    r"rep_movs_alternative|_?copy_(to|from)_iter|copy_page|"
                                    r"copy_(to|from)_user_iter|memcpy_(to|from)_iter|copy_mc_|"
                                    r"csum_partial_copy|memcpy|memmove)", KERNEL)),
    ("libc copies", Rule("frame", r"^_*(memcpy|memmove|mempcpy)", LIBC)),
    ("float<->text (JSON)", Rule("frame", r"^(_Py_dg_|_?dtoa|float_repr|PyOS_double_to_string|"
                                          r"PyOS_string_to_double|_PyOS_ascii_strtod|"
                                          r"float_from_string|PyFloat_FromString|"
                                          r"encoder_listencode|scanstring|scanner_call|"
                                          r"_parse_object|_parse_array)", None)),
    ("float<->text (JSON)", Rule("frame", None, r"/_json\.|orjson|ujson")),
    ("base64", Rule("frame", r"(?i)base64", None)),
    ("pickle", Rule("frame", None, r"/_pickle\.")),
    # Debian's _pickle is inside python3.11: its names, when symbols are there
    ("pickle", Rule("frame", r"^(_Pickler_|_Unpickler_|save_|save$|load_|load$|Pdata_|"
                             r"_pickle_)", PYTHON)),
    ("numpy", Rule("frame", None, r"_multiarray_umath|numpy")),
    ("socket stack", Rule("frame", r"^_*(tcp|udp|inet6?|sock|skb|sk|ip6?|unix|netif|napi|"
                                   r"neigh|nf|ipt|net_rx|net_tx|loopback)_|"
                                   r"^_*(process_backlog|dev_queue_xmit|dev_hard_start_xmit|"
                                   r"validate_xmit_skb)|"
                                   r"^_*(x64_)?_*sys_(sendto|recvfrom|sendmsg|recvmsg|sendmmsg|"
                                   r"recvmmsg|socket|connect|accept4?|shutdown|"
                                   r"setsockopt|getsockopt)$", KERNEL)),
    ("scheduling, futex and epoll", Rule("frame", r"^_*(schedule|futex|do_futex|ep_|do_epoll|"
                                                  r"x64_sys_(epoll|futex|select|poll|pselect|"
                                                  r"ppoll)|do_select|core_sys_select|do_sys_poll|"
                                                  r"do_poll|finish_task_switch|try_to_wake_up|"
                                                  r"ttwu_|wake_up|pick_next_|enqueue_task|"
                                                  r"dequeue_task|select_task_rq|context_switch|"
                                                  r"switch_mm|switch_to|sched_|psi_task|"
                                                  r"update_curr|check_preempt|resched)", KERNEL)),
    ("scheduling, futex and epoll", Rule("frame", r"futex|^_*(epoll_wait|epoll_pwait|select|"
                                                  r"pselect|poll|ppoll)$|^pthread_cond_|"
                                                  r"^_*lll_lock_wait|^_*sem_(timed)?wait",
                                                  LIBC)),
    ("mmap/munmap/brk", Rule("frame", r"^_*(do_mmap|mmap_region|vm_mmap|ksys_mmap|do_munmap|"
                                      r"do_vmi_munmap|do_vmi_align_munmap|vm_munmap|"
                                      r"x64_sys_(mmap|munmap|brk|mremap|madvise)|do_brk|"
                                      r"brk_|unmap_region|unmap_vmas|unmap_page_range|"
                                      r"zap_p|free_pages|free_pgtables|free_unref_page|"
                                      r"release_pages|tlb_finish_mmu|tlb_flush_mmu|"
                                      r"vm_unmapped_area|do_madvise|mremap)", KERNEL)),
    ("gRPC core", Rule("frame", None, r"grpc|libgpr|libupb|libaddress_sorting")),
    ("Erlang VM", Rule("frame", None, r"beam\.smp|/erts-|/erlang/")),
    # Debian's libzmq is stripped: its engine and I/O thread show as
    # "[unknown] [libzmq...]", which was 17% of zmq_ipc's on-CPU time at 64 B
    # as "other" in 20261129-065311-full
    ("ZeroMQ (libzmq)", Rule("frame", None, r"libzmq")),
    # 3. fallbacks
    ("Erlang VM", Rule("comm", r"^beam|^erts_|^\d+_scheduler|^\d+_dirty_|^sys_(sig|msg)_disp|"
                             r"^(aux|async_\d+)$", None)),
    ("interpreter", Rule("anyframe", None, PYTHON)),
]

# every name categorize() returns, in the order plots stack them
CATEGORIES = ["interpreter", "float<->text (JSON)", "base64", "pickle", "numpy", "libc copies",
              "kernel copies", "page faults: clearing", "page faults: mapping", "socket stack",
              "scheduling, futex and epoll", "mmap/munmap/brk", "gRPC core", "Erlang VM",
              "ZeroMQ (libzmq)", "other"]
OTHER = "other"


def _compile(table):
    out = []
    for name, r in table:
        if name not in CATEGORIES:
            raise ValueError("categories.TABLE names %r, which CATEGORIES lacks" % name)
        out.append((name, r.kind, r.sym and re.compile(r.sym), r.dso and re.compile(r.dso)))
    return out


_RULES = _compile(TABLE)


def _hit(sym_re, dso_re, frame):
    return ((sym_re is None or sym_re.search(frame[0]) is not None)
            and (dso_re is None or dso_re.search(frame[1]) is not None))


# stacks repeat (a busy loop is sampled thousands of times in a few shapes),
# so each distinct (frames, comm) is worked out once
@functools.lru_cache(maxsize=1 << 16)
def categorize(frames, comm=""):
    """frames: ((symbol, dso), ...) leaf first, a tuple -> a name of CATEGORIES."""
    fault = next((i for i, f in enumerate(frames) if FAULT.search(f[0])), None)
    if fault is not None:
        for name, kind, sym, dso in _RULES:
            if kind == "fault" and (sym is None or any(_hit(sym, dso, f) for f in frames[:fault])):
                return name
    for f in frames:
        for name, kind, sym, dso in _RULES:
            if kind == "frame" and _hit(sym, dso, f):
                return name
    for name, kind, sym, dso in _RULES:
        if kind == "comm" and sym.search(comm or ""):
            return name
        if kind == "anyframe" and any(_hit(sym, dso, f) for f in frames):
            return name
    return OTHER
