"""scripts/ipcfloor/timeline/categories.py: realistic stacks (leaf first, as
perf script prints them on Debian 12: python3.11, its lib-dynload modules,
numpy, grpcio, beam.smp) -> the category the table gives them, and the
precedence: page faults anywhere, then leaf first, the bytecode loop ending
the walk, then comm, then any interpreter frame, else other."""
import pytest

from ipcfloor.timeline import categories as C
from ipcfloor.timeline import ledger, render

K = "[kernel.kallsyms]"
PY = "/usr/bin/python3.11"
LIBC = "/usr/lib/x86_64-linux-gnu/libc.so.6"
JSON = "/usr/lib/python3.11/lib-dynload/_json.cpython-311-x86_64-linux-gnu.so"
PICKLE = "/usr/lib/python3.11/lib-dynload/_pickle.cpython-311-x86_64-linux-gnu.so"
NUMPY = ("/usr/lib/python3/dist-packages/numpy/core/"
         "_multiarray_umath.cpython-311-x86_64-linux-gnu.so")
GRPC = "/usr/lib/python3/dist-packages/grpc/_cython/cygrpc.cpython-311-x86_64-linux-gnu.so"
LIBGRPC = "/usr/lib/x86_64-linux-gnu/libgrpc.so.29"
BEAM = "/usr/lib/erlang/erts-13.1.5/bin/beam.smp"
# the root of every python3 main-thread stack
MAIN = (("_PyEval_EvalFrameDefault", PY), ("[unknown]", PY), ("PyEval_EvalCode", PY),
        ("Py_BytesMain", PY), ("__libc_start_main@@GLIBC_2.34", LIBC), ("_start", PY))
SYSCALL = (("do_syscall_64", K), ("entry_SYSCALL_64_after_hwframe", K))

STACKS = [
    # --- interpreter
    ("bytecode loop", (("_PyEval_EvalFrameDefault", PY),) + MAIN[1:], "interpreter"),
    ("stripped helper under the loop", (("[unknown]", PY), ("PyObject_GetAttr", PY)) + MAIN,
     "interpreter"),
    ("python frames, no loop in the copy", (("[unknown]", PY), ("_PyObject_Call", PY)),
     "interpreter"),
    # --- float<->text (JSON)
    ("json.dumps float repr under the interpreter",
     (("_Py_dg_dtoa", PY), ("PyOS_double_to_string", PY), ("[unknown]", PY), ("[unknown]", JSON))
     + MAIN, "float<->text (JSON)"),
    ("json.loads float parse",
     (("_Py_dg_strtod", PY), ("_PyOS_ascii_strtod", PY), ("PyOS_string_to_double", PY),
      ("[unknown]", JSON)) + MAIN, "float<->text (JSON)"),
    ("interpreter helper called by the encoder (fixture stack)",
     (("alloc_perturb", LIBC), ("PyList_Append", PY), ("[unknown]", JSON)) + MAIN,
     "float<->text (JSON)"),
    ("repr(float) from Python code, no _json", (("float_repr", PY),) + MAIN,
     "float<->text (JSON)"),
    # --- base64 (binascii is inside python3.11: named only with its symbols)
    ("b2a_base64 with symbols", (("binascii_b2a_base64_impl", PY), ("[unknown]", PY)) + MAIN,
     "base64"),
    # --- pickle
    ("_pickle as a module", (("[unknown]", PICKLE),) + MAIN, "pickle"),
    ("_pickle inside python3.11, with symbols", (("save_bytes", PY), ("save", PY),
                                                 ("dump", PY)) + MAIN, "pickle"),
    # --- numpy
    ("tobytes", (("[unknown]", NUMPY), ("[unknown]", NUMPY)) + MAIN, "numpy"),
    ("PyFloat_FromDouble called by tolist", (("PyFloat_FromDouble", PY), ("[unknown]", NUMPY))
     + MAIN, "numpy"),
    # --- libc copies
    ("bytes join", (("__memmove_avx_unaligned_erms", LIBC), ("[unknown]", PY)) + MAIN,
     "libc copies"),
    ("memcpy called by the JSON encoder: the leaf wins",
     (("__memcpy_avx512_unaligned_erms", LIBC), ("[unknown]", JSON)) + MAIN, "libc copies"),
    # --- kernel copies
    ("recv into a buffer", (("rep_movs_alternative", K), ("_copy_to_iter", K),
                            ("__skb_datagram_iter", K), ("skb_copy_datagram_iter", K),
                            ("tcp_recvmsg_locked", K), ("tcp_recvmsg", K), ("inet_recvmsg", K),
                            ("sock_recvmsg", K), ("__sys_recvfrom", K), ("__x64_sys_recvfrom", K))
     + SYSCALL + (("__libc_recv", LIBC), ("[unknown]", PY)) + MAIN, "kernel copies"),
    ("older kernel's copy routine", (("copy_user_enhanced_fast_string", K), ("_copy_from_iter", K),
                                     ("pipe_write", K)), "kernel copies"),
    # --- page faults
    ("fault under memcpy, page zeroed: the fault wins over the copy",
     (("clear_page_erms", K), ("__handle_mm_fault", K), ("asm_exc_page_fault", K),
      ("__memmove_avx512_unaligned_erms", LIBC), ("[unknown]", PY)) + MAIN,
     "page faults: clearing"),
    ("huge page zeroed", (("clear_page_erms", K), ("clear_huge_page", K),
                          ("do_huge_pmd_anonymous_page", K), ("__handle_mm_fault", K),
                          ("handle_mm_fault", K), ("do_user_addr_fault", K),
                          ("exc_page_fault", K), ("asm_exc_page_fault", K),
                          ("[unknown]", NUMPY)) + MAIN, "page faults: clearing"),
    ("file page mapped, nothing cleared",
     (("next_uptodate_folio", K), ("filemap_map_pages", K), ("do_read_fault", K),
      ("__handle_mm_fault", K), ("handle_mm_fault", K), ("do_user_addr_fault", K),
      ("exc_page_fault", K), ("asm_exc_page_fault", K), ("__memmove_avx_unaligned_erms", LIBC))
     + MAIN, "page faults: mapping"),
    ("clear_user on the root side of the fault is not the fault's clearing",
     (("set_pte_range", K), ("do_anonymous_page", K), ("__handle_mm_fault", K),
      ("exc_page_fault", K), ("asm_exc_page_fault", K), ("__clear_user", K), ("read_zero", K),
      ("vfs_read", K)), "page faults: mapping"),
    ("fault taken while copying to user in recv",
     (("clear_page_erms", K), ("__handle_mm_fault", K), ("exc_page_fault", K),
      ("asm_exc_page_fault", K), ("rep_movs_alternative", K), ("_copy_to_iter", K),
      ("tcp_recvmsg", K)), "page faults: clearing"),
    # --- socket stack
    ("send", (("tcp_sendmsg_locked", K), ("tcp_sendmsg", K), ("sock_sendmsg", K),
              ("__sys_sendto", K), ("__x64_sys_sendto", K)) + SYSCALL, "socket stack"),
    ("loopback receive in softirq, leaf a spinlock",
     (("_raw_spin_lock", K), ("tcp_v4_rcv", K), ("ip_protocol_deliver_rcu", K),
      ("ip_local_deliver_finish", K), ("__netif_receive_skb_one_core", K),
      ("process_backlog", K), ("__napi_poll", K), ("net_rx_action", K), ("__do_softirq", K)),
     "socket stack"),
    ("unix socket", (("unix_stream_sendmsg", K), ("sock_sendmsg", K)), "socket stack"),
    # --- scheduling, futex and epoll
    ("futex wait", (("finish_task_switch.isra.0", K), ("__schedule", K), ("schedule", K),
                    ("futex_wait_queue", K), ("futex_wait", K), ("do_futex", K),
                    ("__x64_sys_futex", K)) + SYSCALL
     + (("__futex_abstimed_wait_common", LIBC), ("[unknown]", PY)) + MAIN,
     "scheduling, futex and epoll"),
    ("epoll", (("ep_poll", K), ("do_epoll_wait", K), ("__x64_sys_epoll_wait", K)) + SYSCALL
     + (("epoll_wait", LIBC), ("[unknown]", PY)) + MAIN, "scheduling, futex and epoll"),
    ("waking the peer", (("try_to_wake_up", K), ("__wake_up_common", K),
                         ("sock_def_readable", K), ("tcp_data_queue", K)),
     "scheduling, futex and epoll"),
    ("GIL wait in libc", (("pthread_cond_timedwait@@GLIBC_2.3.2", LIBC), ("[unknown]", PY))
     + MAIN, "scheduling, futex and epoll"),
    # --- mmap/munmap/brk
    ("munmap", (("zap_pte_range", K), ("unmap_page_range", K), ("unmap_vmas", K),
                ("unmap_region", K), ("do_vmi_align_munmap", K), ("__x64_sys_munmap", K))
     + SYSCALL + (("__munmap", LIBC), ("[unknown]", PY)) + MAIN, "mmap/munmap/brk"),
    ("brk", (("do_brk_flags", K), ("__x64_sys_brk", K)) + SYSCALL, "mmap/munmap/brk"),
    # --- ZeroMQ: stripped libzmq, its I/O thread's epoll under it still kernel
    ("libzmq engine", (("[unknown]", "/usr/lib/x86_64-linux-gnu/libzmq.so.5.2.4"),
                       ("[unknown]", "/usr/lib/x86_64-linux-gnu/libzmq.so.5.2.4")) + MAIN,
     "ZeroMQ (libzmq)"),
    # --- gRPC core
    ("cygrpc", (("[unknown]", GRPC),) + MAIN, "gRPC core"),
    ("libgrpc's own tcp_ function is not the kernel's socket stack",
     (("tcp_flush", LIBGRPC), ("[unknown]", GRPC)) + MAIN, "gRPC core"),
    ("a Python serializer called back by cygrpc is the interpreter's",
     (("[unknown]", PY), ("_PyEval_EvalFrameDefault", PY), ("[unknown]", GRPC)) + MAIN,
     "interpreter"),
    # --- Erlang VM
    ("beam", (("process_main", BEAM), ("sched_thread_func", BEAM)), "Erlang VM"),
    ("beam in the socket stack: the leaf wins",
     (("tcp_sendmsg", K), ("sock_sendmsg", K), ("[unknown]", BEAM)), "socket stack"),
    # --- other
    ("idle", (("pv_native_safe_halt", K), ("default_idle", K), ("common_startup_64", K)),
     "other"),
    ("no stack", (), "other"),
    ("unknown library", (("[unknown]", "/memfd:ipcfloor (deleted)"), ("[unknown]", "[unknown]")),
     "other"),
]


@pytest.mark.parametrize("frames,want", [pytest.param(f, w, id=n) for n, f, w in STACKS])
def test_stack_category(frames, want):
    assert C.categorize(frames) == want


def test_every_category_has_a_stack_here():
    assert {w for _, _, w in STACKS} == set(C.CATEGORIES)


def test_erlang_by_comm_when_no_frame_says():
    assert C.categorize((("[unknown]", "[unknown]"),), "1_scheduler") == "Erlang VM"
    assert C.categorize((), "beam.smp") == "Erlang VM"
    # a frame rule is surer than a thread name
    assert C.categorize((("tcp_sendmsg", K),), "1_scheduler") == "socket stack"
    assert C.categorize((("[unknown]", "[unknown]"),), "python3") == "other"


def test_table_names_only_categories_and_every_name_is_plotted():
    assert {n for n, _ in C.TABLE} <= set(C.CATEGORIES)
    assert C.CATEGORIES[-1] == C.OTHER
    styled = {s[0] for s in render.CATEGORY_STYLE}
    assert set(C.CATEGORIES) | {ledger.WAKE, ledger.RUNQ, ledger.NOBODY,
                                ledger.UNATTRIBUTED} <= styled


def test_repeated_stacks_are_worked_out_once():
    frames = (("[unknown]", NUMPY), ("_PyEval_EvalFrameDefault", PY))
    C.categorize(frames)
    hits = C.categorize.cache_info().hits
    assert C.categorize(frames) == "numpy"
    assert C.categorize.cache_info().hits == hits + 1
