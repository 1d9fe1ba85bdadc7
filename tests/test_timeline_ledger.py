"""scripts/ipcfloor/timeline/ledger.py on synthetic cells worked out by hand.

Times are small integers of ns; each test's comment works out every row.
The categorize used here names a sample by its leaf symbol, so a test says
which category each sample is of.  Every build() is also checked for the
invariant: rows add up to the traced wall time, and the pieces of every
request (on CPU, waiting, wake-up, run queue) to its wall."""
import math

import pytest

from ipcfloor.timeline import ledger as L
from ipcfloor.timeline.events import Sample, Stamp, Switch, Wake

CLIENT, SERVER, POOL, AUDIT, MANAGER, STRANGER = 100, 200, 201, 202, 300, 999
SIDES = {CLIENT: "client", SERVER: "server", POOL: "server", AUDIT: "server", MANAGER: "manager"}
NS = 1e-9


def leaf(frames):
    return frames[0][0]


def stamp(t, label, tid=CLIENT, side="client", req=1):
    return Stamp(t, side, abs(tid), tid, req, label)


def server_stamp(t, label):
    # as cells.side_scoped writes them: no real thread, the side's pid negated
    return Stamp(t, "server", 50, -50, -1, label)


def sample(t, cat, tid=CLIENT, period=100):
    return Sample(t, tid, tid, 0, period, "python3", ((cat, "[test]"),))


def out(t, tid, state="S", cpu=0):
    return Switch(t, cpu, tid, state, 0)


def into(t, tid, cpu=0):
    return Switch(t, cpu, 0, "R", tid)


def build(stamps, samples=(), switches=(), wakes=(), sides=SIDES, categorize=leaf):
    res = L.build(list(stamps), list(samples), list(switches), list(wakes), sides, CLIENT,
                  categorize)
    assert math.isclose(sum(r["seconds"] for r in res.rows), res.traced_wall_s,
                        rel_tol=1e-9, abs_tol=1e-15)
    for q in res.requests:
        assert q["on_cpu_s"] + q["wait_s"] + q["wake_s"] + q["runq_s"] == pytest.approx(
            q["wall_s"], abs=1e-15)
    covered = sum(r["seconds"] for r in res.rows if r["category"] != L.UNATTRIBUTED)
    # window time covered by nothing: none, to within 1 ns
    assert abs(res.traced_wall_s - covered - res.unattributed_s) < 1e-9
    return res


def table(res):
    """{(stage, category): ns}"""
    return {(r["stage"], r["category"]): round(r["seconds"] / NS, 6) for r in res.rows}


def test_client_on_cpu_throughout_rows_follow_the_samples():
    # client: encode [1000, 1600), recv [1600, 2000); no switch event at all,
    # so on CPU throughout.  Samples (placed at t - 1):
    #   encode: 1100 A, 1200 A, 1300 B, 1400 A -> A 3/4 x 600 = 450, B 150
    #   recv:   1700 C, 1800 C, 2000 C (1999 is inside)       -> C 400
    #   1000 (999) and 2100 (2099) are outside the window.
    res = build([stamp(1000, "encode"), stamp(1600, "recv"), stamp(2000, "end")],
                [sample(1000, "Z"), sample(1100, "A"), sample(1200, "A"), sample(1300, "B"),
                 sample(1400, "A"), sample(1700, "C"), sample(1800, "C"), sample(2000, "C"),
                 sample(2100, "Z")])
    assert table(res) == {("client:encode", "A"): 450, ("client:encode", "B"): 150,
                          ("client:recv", "C"): 400}
    assert res.traced_wall_s == pytest.approx(1000 * NS)
    assert res.on_cpu_samples == 7
    assert res.unknown_cpu_share == 0
    assert res.unattributed_s == 0
    assert res.requests == [dict(req=1, t0=1000, t1=2000, wall_s=1000 / 1e9, on_cpu_s=1000 / 1e9,
                                 wait_s=0.0, wake_s=0.0, runq_s=0.0)]
    assert res.rows[0]["stage"] == "client:encode" and res.rows[0]["share"] == pytest.approx(0.45)
    assert {b["stage"]: (b["charged_s"] / NS, b["sampled_s"] / NS, b["samples"])
            for b in res.buckets} == {"client:encode": (pytest.approx(600), pytest.approx(400), 4),
                                      "client:recv": (pytest.approx(400), pytest.approx(300), 3)}


def test_client_blocks_server_works_in_two_stages_then_wakes_it():
    # client stamps send 0, wait 200, decode 900, end 1000; on CPU until its
    # switch-out at 300 (S: blocked), back in at 820.  Server thread 200
    # (side-wide stamps parse 350, reply 600, end 790) runs [320, 800) and
    # wakes the client: waking 700, wakeup 750.
    #   client on CPU [0,300) + [820,1000):  send 200, wait 100+80, decode 100
    #   waiting [300,700): [300,320) nobody running   -> client:wait   20
    #                      [320,350) server, no stamp -> server:idle   30
    #                      [350,600)                  -> server:parse 250
    #                      [600,700)                  -> server:reply 100
    #   wake-up path [700,750) 50, run queue [750,820) 70, in client:wait
    # Samples:
    #   client 100 json, 200 json (on the send|wait boundary: send)  -> send: json 200
    #          250 sock, 850 sock                                    -> wait: sock 180
    #          950 numpy, 1000 numpy                                 -> decode: numpy 100
    #   server 340 interp                                            -> idle: interp 30
    #          400 json, 500 json, 550 interp, 600 json (boundary)   -> parse: json 187.5,
    #                                                                   interp 62.5
    #          650 sock                                              -> reply: sock 100
    #          780: the server runs but the client is in its wake-up path:
    #               not charged, so not counted
    #   a stranger's sample at 400 is not of the cell.
    stamps = [stamp(0, "send"), stamp(200, "wait"), stamp(900, "decode"), stamp(1000, "end"),
              server_stamp(350, "parse"), server_stamp(600, "reply"), server_stamp(790, "end")]
    switches = [out(300, CLIENT), into(320, SERVER, cpu=1), out(800, SERVER, cpu=1),
                into(820, CLIENT)]
    wakes = [Wake(700, "waking", CLIENT, SERVER, 0), Wake(750, "wakeup", CLIENT, SERVER, 0)]
    samples = [sample(100, "json"), sample(200, "json"), sample(250, "sock"),
               sample(850, "sock"), sample(950, "numpy"), sample(1000, "numpy"),
               sample(340, "interp", SERVER), sample(400, "json", SERVER),
               sample(500, "json", SERVER), sample(550, "interp", SERVER),
               sample(600, "json", SERVER), sample(650, "sock", SERVER),
               sample(780, "sock", SERVER), sample(400, "json", STRANGER)]
    res = build(stamps, samples, switches, wakes)
    assert table(res) == {
        ("client:send", "json"): 200, ("client:wait", "sock"): 180,
        ("client:decode", "numpy"): 100,
        ("server:idle", "interp"): 30,
        ("server:parse", "json"): 187.5, ("server:parse", "interp"): 62.5,
        ("server:reply", "sock"): 100,
        ("client:wait", L.NOBODY): 20, ("client:wait", L.WAKE): 50, ("client:wait", L.RUNQ): 70}
    q = res.requests[0]
    assert (q["on_cpu_s"], q["wait_s"], q["wake_s"], q["runq_s"]) == pytest.approx(
        (480 * NS, 400 * NS, 50 * NS, 70 * NS))
    assert res.on_cpu_samples == 12
    assert res.unknown_cpu_share == 0


def test_a_sample_on_a_stage_boundary_belongs_to_the_earlier_stage():
    # A [0,100), B [100,200): the sample at 100 stands for (0, 100]: A's.
    # Were it B's, A would be unattributed and B split X/Y.
    res = build([stamp(0, "A"), stamp(100, "B"), stamp(200, "end")],
                [sample(100, "X"), sample(150, "Y")])
    assert table(res) == {("client:A", "X"): 100, ("client:B", "Y"): 100}


def test_off_cpu_with_nobody_of_the_cell_running():
    # client blocked [200,800): waking 700, wakeup 750, in at 800.  Only a
    # thread outside the cell (999) runs meanwhile: nobody of the cell.
    #   on CPU 200 + 200, nobody [200,700) 500, wake-up 50, run queue 50.
    res = build([stamp(0, "call"), stamp(1000, "end")],
                [sample(100, "X")],
                [out(200, CLIENT), into(210, STRANGER, cpu=1), out(690, STRANGER, cpu=1),
                 into(800, CLIENT)],
                [Wake(700, "waking", CLIENT, 0, 0), Wake(750, "wakeup", CLIENT, 0, 0)])
    assert table(res) == {("client:call", "X"): 400, ("client:call", L.NOBODY): 500,
                          ("client:call", L.WAKE): 50, ("client:call", L.RUNQ): 50}


def test_preempted_client_waits_on_the_run_queue():
    # R+ at 400: preempted, still runnable, until switched in at 700: run
    # queue 300 (the wakes in between are not the client's wake-up: it was
    # never asleep).  On CPU 700, no sample: unattributed.
    res = build([stamp(0, "work"), stamp(1000, "end")], [],
                [Switch(400, 0, CLIENT, "R+", STRANGER), Switch(700, 0, STRANGER, "S", CLIENT)],
                [Wake(500, "waking", CLIENT, 0, 0), Wake(550, "wakeup", CLIENT, 0, 0)])
    assert table(res) == {("client:work", L.RUNQ): 300, ("client:work", L.UNATTRIBUTED): 700}
    assert res.requests[0]["runq_s"] == pytest.approx(300 * NS)
    assert res.unknown_cpu_share == 1.0
    assert res.unattributed_s == pytest.approx(700 * NS)


def test_peers_running_at_once_share_the_wait_equally():
    # client out at 100 (S), in at 900, no wake events: all of [100,900) is
    # waiting.  server 200 on [100,700), server 201 on [300,800), manager
    # 300 on [400,500); server stamps handle at 0, manager route at 0.
    #   [100,300) {200}          server:handle 200
    #   [300,400) {200,201}      server:handle 50 + 50
    #   [400,500) {200,201,300}  server:handle 2 x 100/3, manager:route 100/3
    #   [500,700) {200,201}      server:handle 200
    #   [700,800) {201}          server:handle 100
    #   [800,900) {}             nobody 100
    # server:handle 666.667 (all S: one sample), manager:route 33.333 (M),
    # client on CPU 100 + 100 without a sample: unattributed.
    stamps = [stamp(0, "call"), stamp(1000, "end"), server_stamp(0, "handle"),
              Stamp(0, "manager", MANAGER, MANAGER, -1, "route")]
    switches = [out(100, CLIENT), into(100, SERVER, 1), into(300, POOL, 2),
                into(400, MANAGER, 3), out(500, MANAGER, cpu=3), out(700, SERVER, cpu=1),
                out(800, POOL, cpu=2), into(900, CLIENT)]
    res = build(stamps, [sample(150, "S", SERVER), sample(450, "M", MANAGER)], switches)
    assert table(res) == {("server:handle", "S"): round(2000 / 3, 6),
                          ("manager:route", "M"): round(100 / 3, 6),
                          ("client:call", L.UNATTRIBUTED): 200,
                          ("client:call", L.NOBODY): 100}
    assert res.requests[0]["wait_s"] == pytest.approx(800 * NS)
    # on CPU charged: 200 client + 700 peers; 200 of it unknown
    assert res.unknown_cpu_share == pytest.approx(200 / 900)


def test_thread_without_stamps_takes_its_sides_latest_stage():
    # client out at 100, in at 900 (no wakes: waiting throughout).
    # server 200 stamps its own accept 120, submit 250, render 650; runs
    # [120,300) and [620,800).  Pool thread 201, no stamps, runs [300,600).
    # Thread 202 stamps audit at 500, running [490,510).
    #   [100,120) nobody 20
    #   [120,250) 200 accept 130; [250,300) 200 submit 50
    #   [300,490) 201: the side's latest is 200's submit: 190
    #   [490,500) 201 and 202, both side-latest submit (202 has no own stamp
    #             yet): 10
    #   [500,510) 201 (side-latest audit) and 202 (own audit): 10
    #   [510,600) 201 audit 90
    #   [600,620) nobody 20
    #   [620,650) 200: its OWN latest, submit (not the side's audit): 30
    #   [650,800) 200 render 150; [800,900) nobody 100
    # submit 50+190+10+30 = 280, audit 100, accept 130, render 150, nobody 140
    stamps = [stamp(0, "call"), stamp(1000, "end"),
              Stamp(120, "server", 50, SERVER, -1, "accept"),
              Stamp(250, "server", 50, SERVER, -1, "submit"),
              Stamp(500, "server", 50, AUDIT, -1, "audit"),
              Stamp(650, "server", 50, SERVER, -1, "render")]
    switches = [out(100, CLIENT), into(120, SERVER, 1), Switch(300, 1, SERVER, "S", POOL),
                into(490, AUDIT, 2), out(510, AUDIT, cpu=2), out(600, POOL, cpu=1),
                into(620, SERVER, 1), out(800, SERVER, cpu=1), into(900, CLIENT)]
    res = build(stamps, [], switches)
    assert table(res) == {("server:accept", L.UNATTRIBUTED): 130,
                          ("server:submit", L.UNATTRIBUTED): 280,
                          ("server:audit", L.UNATTRIBUTED): 100,
                          ("server:render", L.UNATTRIBUTED): 150,
                          ("client:call", L.UNATTRIBUTED): 200,
                          ("client:call", L.NOBODY): 140}


def test_bucket_without_samples_is_unattributed_and_unknown_share():
    # client on CPU: A [0,600) with one "other" and one X sample, B [600,1000)
    # with none.  A: other 300, X 300; B: unattributed 400.
    # unknown CPU = (300 + 400) / 1000.
    res = build([stamp(0, "A"), stamp(600, "B"), stamp(1000, "end")],
                [sample(100, "other"), sample(200, "X")])
    assert table(res) == {("client:A", "other"): 300, ("client:A", "X"): 300,
                          ("client:B", L.UNATTRIBUTED): 400}
    assert res.unknown_cpu_share == pytest.approx(0.7)
    assert res.unattributed_s == pytest.approx(400 * NS)
    assert [(b["stage"], b["samples"]) for b in res.buckets] == [("client:A", 2), ("client:B", 0)]


def test_requests_without_end_are_dropped_and_counted():
    # req 1 [0,100) is kept; req 2 has no "end"; req 3 has only "end"
    res = build([stamp(0, "a"), stamp(100, "end"), stamp(200, "a", req=2),
                 stamp(300, "b", req=2), stamp(400, "end", req=3)],
                [sample(50, "X")])
    assert [q["req"] for q in res.requests] == [1]
    assert res.dropped == [L.Dropped(2, 'no "end" stamp'),
                           L.Dropped(3, 'nothing stamped before "end"')]
    assert str(res.dropped[0]) == 'no "end" stamp'
    assert table(res) == {("client:a", "X"): 100}


def test_several_requests_pool_samples_per_stage():
    # two requests, each on CPU 100 in stage s; one sample, in the second:
    # the first request's s is categorized by it too (aggregate over the call)
    res = build([stamp(0, "s"), stamp(100, "end"), stamp(1000, "s", req=2),
                 stamp(1100, "end", req=2)], [sample(1050, "X")])
    assert table(res) == {("client:s", "X"): 200}
    assert L.per_request_wall_p50(res) == pytest.approx(100 * NS)
    assert res.traced_wall_s == pytest.approx(200 * NS)


def test_first_switch_in_means_off_cpu_before_and_lost_switch_in():
    # client's first event is a switch-in at 200: off CPU before (blocked,
    # nobody running: 200).  Out at 400 (S), woken 500/550, and its switch-in
    # is lost (the idle CPU's switch is not recorded) but it switches out at
    # 900: the run is taken to start at the wakeup, 550.  In again at 950.
    #   on CPU [200,400) 200 + [550,900) 350 + [950,1000) 50 = 600
    #   nobody [0,200) 200 + [400,500) 100 = 300, wake-up 50, run queue 0 +
    #   [900,950) 50 (no wake events: waiting, nobody) -> nobody 350
    res = build([stamp(0, "x"), stamp(1000, "end")], [sample(300, "X")],
                [into(200, CLIENT), out(400, CLIENT), out(900, CLIENT, cpu=1),
                 into(950, CLIENT)],
                [Wake(500, "waking", CLIENT, 0, 1), Wake(550, "wakeup", CLIENT, 0, 1)])
    assert table(res) == {("client:x", "X"): 600, ("client:x", L.NOBODY): 350,
                          ("client:x", L.WAKE): 50}


def test_wakeup_without_waking_is_all_run_queue():
    # blocked at 100, no waking, wakeup at 300, in at 400: wait 200 (nobody),
    # wake-up path empty, run queue 100
    res = build([stamp(0, "x"), stamp(500, "end")], [sample(50, "X")],
                [out(100, CLIENT), into(400, CLIENT)], [Wake(300, "wakeup", CLIENT, 0, 0)])
    assert table(res) == {("client:x", "X"): 200, ("client:x", L.NOBODY): 200,
                          ("client:x", L.RUNQ): 100}


def test_categorize_gets_comm_when_it_takes_it():
    seen = []

    def cat(frames, comm=""):
        seen.append(comm)
        return "C"
    build([stamp(0, "x"), stamp(100, "end")], [sample(50, "X")], categorize=cat)
    assert seen == ["python3"]


def test_no_requests_is_an_empty_ledger():
    res = build([], [sample(50, "X")])
    assert (res.rows, res.requests, res.traced_wall_s, res.unknown_cpu_share) == ([], [], 0, None)
    assert L.per_request_wall_p50(res) is None


def test_csv_rows_put_the_key_first():
    res = build([stamp(0, "a"), stamp(100, "end")], [sample(50, "X")])
    key = dict(transport="http", variant="json", size_bytes=4096, pattern="roundtrip")
    rows = L.to_csv_rows(res, key)
    assert rows == [dict(key, stage="client:a", category="X", seconds=pytest.approx(100 * NS),
                         share=pytest.approx(1.0))]
    assert list(rows[0])[:6] == ["transport", "variant", "size_bytes", "pattern", "stage",
                                 "category"]


def test_many_events_are_handled_in_one_pass():
    # 2,000 requests of one stage, each with a block/wake cycle and a server
    # burst; 20,000 samples: shape only (no timing): every request kept,
    # the rows add up (build() checks), the server's share is 40%
    stamps, switches, wakes, samples = [], [], [], []
    for r in range(2000):
        b = r * 1000
        stamps += [stamp(b, "s", req=r), stamp(b + 1000, "end", req=r)]
        switches += [out(b + 100, CLIENT), into(b + 200, SERVER, 1), out(b + 600, SERVER, cpu=1),
                     into(b + 700, CLIENT)]
        wakes += [Wake(b + 600, "waking", CLIENT, SERVER, 0),
                  Wake(b + 650, "wakeup", CLIENT, SERVER, 0)]
        samples += [sample(b + 50 * k, "X", CLIENT if k % 2 else SERVER) for k in range(10)]
    stamps.append(server_stamp(0, "work"))
    res = build(stamps, samples, switches, wakes)
    assert len(res.requests) == 2000
    t = table(res)
    assert t[("server:work", "X")] == pytest.approx(400 * 2000)
    assert t[("client:s", L.NOBODY)] == pytest.approx(100 * 2000)
