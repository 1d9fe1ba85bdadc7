"""Bad input, table-driven: every option of every program, and the scripts.

Every option the --help text of a micro program lists has a row in OPTION_TABLE
with malformed, out-of-range and conflicting values; every row is run against
every program of micro/primitives.list.  Each must be refused with exactly one
line on stderr, nothing on stdout, exit status 2 (bad usage), and the line
must say what was wrong.  test_table_covers_every_option fails when --help
grows an option without a row here.  The scripts (sweep, plots, report,
compare, explain, transports/run.py) get bad options, missing folders and
bad names: one line, non-zero exit, no traceback.
"""
import functools
import os
import re
import subprocess

import pytest

from conftest import BIN, PY, TOP, primitives, variants

# option -> [(extra arguments after the option, fragment the one line must hold)]
# A value of None means the option is given with nothing after it.
SECONDS_BAD = [("0", "is not a number of seconds"), ("-1", "is not a number of seconds"),
               ("nan", "is not a number of seconds"), ("inf", "is not a number of seconds"),
               ("abc", "is not a number of seconds"), ("1e9", "is not a number of seconds"),
               ("", "is not a number of seconds"), ("0x10", "is not a number of seconds"),
               ("1s", "is not a number of seconds")]
OPTION_TABLE = {
    "--mode": [("foo", "expected lat or bw"), ("", "expected lat or bw"),
               ("LAT", "expected lat or bw"), ("lat,bw", "expected lat or bw")],
    "--size": [("-5", "not a size"), ("10Z", "unknown unit"), ("0", "out of range"),
               ("1.5", "whole number"), ("17G", "out of range"), ("1T", "unknown unit"),
               ("", "empty size"), ("0x10", "not a size"), (" 5", "not a size"),
               ("nan", "not a size"), ("inf", "not a size"),
               ("99999999999999999999999", "out of range"), ("4KK", "unknown unit")],
    "--variant": [("nope", "no such variant"), ("", "no such variant"),
                  ("DEFAULT", "no such variant")],
    "--rx": [("foo", "expected touch or handoff"), ("", "expected touch or handoff"),
             ("TOUCH", "expected touch or handoff")],
    "--placement": [("nowhere", "--placement"), ("", "--placement"), ("cpus", "--placement"),
                    ("Same-CPU", "--placement")],
    "--cpus": [("7", "expected two CPU numbers"), ("0,", "not a whole number"),
               (",1", "not a whole number"), ("0,1,2", "not a whole number"),
               ("a,b", "not a whole number"), ("0,4096", "--cpus"),
               ("0,999", "does not exist"), ("-1,0", "not a whole number"),
               ("", "expected two CPU numbers")],
    "--membind": [("=1", "takes no value")],
    "--time": SECONDS_BAD + [("86401", "is not a number of seconds")],
    "--warmup": SECONDS_BAD + [("3601", "is not a number of seconds")],
    "--iters": [("0", "--iters"), ("x", "--iters"), ("1e3", "--iters"), ("-1", "--iters"),
                ("1000000001", "--iters"), ("1.5", "--iters"), ("", "--iters")],
    "--reps": [("0", "--reps"), ("1001", "--reps"), ("x", "--reps"), ("-3", "--reps"),
               ("", "--reps")],
    "--verify": [("=yes", "takes no value")],
    "--format": [("xml", "--format"), ("", "--format"), ("CSV", "--format")],
    "--header": [("=x", "takes no value")],
    "--timeout": SECONDS_BAD + [("86401", "is not a number of seconds")],
    "--sysfs": [("", "empty folder name"), ("/nonexistent-ipcfloor", "cannot read")],
    "--list": [("=x", "takes no value")],
    "--show-placements": [("=1", "takes no value")],
    "--clock": [("=1", "takes no value")],
    "--help": [("=1", "takes no value")],
}
# options that take a value: given last with none, "needs a value"
CONFLICTS = [
    (["--mode", "lat", "--mode", "bw"], "given twice"),
    (["--size", "64", "--size", "4K"], "given twice"),
    (["--placement", "same-cpu", "--cpus", "0,0"], "exclude each other"),
    (["--cpus", "0,0", "--placement", "unpinned"], "exclude each other"),
    (["--iters", "5", "--time", "1"], "exclude each other"),
    (["--header", "--list"], "exclude each other"),
    (["--clock", "--show-placements"], "exclude each other"),
    (["--membind", "--placement", "unpinned"], "needs pinned CPUs"),
    (["--bogus"], "unknown option"),
    (["-x"], "unknown option"),
    (["extra"], "unexpected argument"),
]


@functools.lru_cache(maxsize=None)
def help_text(prim):
    return subprocess.run([os.path.join(BIN, prim), "--help"], capture_output=True, text=True,
                          check=True).stdout


def help_options(prim="pipe"):
    return re.findall(r"^  (--[a-z][a-z-]*)", help_text(prim), re.M)


def takes_value(prim, opt):
    return bool(re.search(r"^  %s [A-Za-z|,]" % re.escape(opt), help_text(prim), re.M))


def cases_for(prim):
    """[(argv, fragment)] for one program: every table row, missing values, conflicts."""
    flags = dict(variants(prim))
    default_zc = "zerocopy" in next(iter(flags.values()))
    cases = []
    for opt, rows in OPTION_TABLE.items():
        for val, frag in rows:
            if val.startswith("="):
                cases.append(([opt + val], frag))
            else:
                cases.append(([opt, val], frag))
        if takes_value(prim, opt):
            cases.append(([opt], "needs a value"))
    cases += CONFLICTS
    if not default_zc:
        cases.append((["--rx", "handoff"], "zero-copy variants only"))
    return cases


def one_line_refusal(argv, frag, code=2):
    r = subprocess.run(argv, capture_output=True, text=True, timeout=20)
    lines = r.stderr.strip().splitlines()
    what = f"{' '.join(repr(a) for a in argv)}: exit {r.returncode}, stderr {r.stderr!r}"
    assert r.returncode == code if code else r.returncode != 0, what
    assert len(lines) == 1, what
    assert "Traceback" not in r.stderr, what
    assert frag in lines[0], f"{what}: expected {frag!r}"
    return r


@pytest.mark.parametrize("prim", primitives())
def test_every_option_of_every_program(prim):
    cases = cases_for(prim)
    failures = []
    for argv, frag in cases:
        try:
            r = one_line_refusal([os.path.join(BIN, prim), *argv], frag)
            assert r.stdout == "", f"{prim} {argv}: stdout {r.stdout!r}"
            assert r.stderr.startswith(f"{prim}: "), r.stderr
        except AssertionError as e:
            failures.append(str(e).splitlines()[0])
    print(f"{prim}: {len(cases)} bad-input cases")
    assert not failures, f"{len(failures)} of {len(cases)} cases:\n" + "\n".join(failures)


def test_table_covers_every_option():
    """A new option in --help without a bad-input row here fails this test."""
    for prim in primitives():
        listed = set(help_options(prim))
        assert listed, prim
        missing = listed - set(OPTION_TABLE)
        assert not missing, f"{prim} --help lists options with no bad-input row: {missing}"
        stale = set(OPTION_TABLE) - listed
        assert not stale, f"rows for options {prim} --help no longer lists: {stale}"


def test_case_count():
    total = sum(len(cases_for(p)) for p in primitives())
    print(f"micro programs: {total} bad-input cases over {len(primitives())} programs")
    assert total >= 100 * len(primitives())


# ---- the scripts ----
S = os.path.join(TOP, "scripts")
NOWHERE = "/nonexistent-ipcfloor-run"
SCRIPT_CASES = [
    # (script, args, expected exit (0 = any non-zero), fragment)
    ("sweep.py", ["--bogus"], 2, "unrecognized arguments"),
    ("sweep.py", ["--kind", "nope"], 2, "invalid choice"),
    ("sweep.py", ["--kind"], 2, "expected one argument"),
    ("sweep.py", ["--only", "nosuch", "--dry-run"], 0, "not in the plan: nosuch"),
    ("sweep.py", ["--only", "", "--dry-run"], 2, "--only"),
    ("sweep.py", ["--only", "pipe,,mq", "--dry-run"], 2, "--only"),
    ("sweep.py", ["--conf", NOWHERE, "--dry-run"], 0, NOWHERE),
    ("sweep.py", ["--stages-only", NOWHERE], 0, NOWHERE),
    ("sweep.py", ["--kind", "quick", "--only", "pipe", "--out", "/proc/ipcfloor-no/run"], 0,
     "cannot create the result folder"),
    ("sweep.py", ["stray"], 2, "unrecognized arguments"),
    ("plots.py", ["--bogus"], 2, "unrecognized arguments"),
    ("plots.py", [NOWHERE], 0, "not a folder"),
    ("report.py", ["--bogus"], 2, "unrecognized arguments"),
    ("report.py", [NOWHERE], 0, "not a folder"),
    ("report.py", ["a", "b"], 2, "unrecognized arguments"),
    ("report.py", ["--results", NOWHERE], 0, "no complete run folder"),
    ("compare.py", [], 2, "required"),
    ("compare.py", ["--bogus"], 2, "required"),
    ("compare.py", [NOWHERE, NOWHERE + "2"], 0, "not a folder"),
    ("compare.py", ["--alpha", "x", "a", "b"], 2, "invalid float"),
    ("compare.py", ["a", "b", "c"], 2, "unrecognized arguments"),
    ("explain.py", [NOWHERE], 0, "not a folder"),
    ("explain.py", ["--bogus"], 2, "unrecognized arguments"),
    ("transports/run.py", ["--out", NOWHERE, "--bogus"], 2, "--bogus"),
    ("transports/run.py", ["--kind", "nope", "--out", NOWHERE], 2, "invalid choice"),
    ("transports/run.py", ["--out", NOWHERE, "--only", "nosuch"], 2, "unknown transport"),
]


def _script_id(c):
    return f"{c[0]}:{' '.join(c[1]) or '(none)'}"


@pytest.mark.parametrize("script,args,code,frag", SCRIPT_CASES,
                         ids=[_script_id(c) for c in SCRIPT_CASES])
def test_scripts_bad_input_one_line(script, args, code, frag):
    argv = [PY, os.path.join(S, script), *args]
    one_line_refusal(argv, frag, code)
