"""Every program again, built with AddressSanitizer and UndefinedBehaviorSanitizer.

`make sanitize` (and `make test`) builds micro/bin-san/<primitive> with
-fsanitize=address,undefined -fno-sanitize-recover=all.  Here every primitive
and variant runs in --verify mode at 1 B, 65,537 B and 4 MiB in each mode its
flags allow, then the bad-input cases, --help and the other informational
options.  Any finding is fatal: the runtime stops the process with status 99
and writes its report to a log file per process (ASan's log_path; the roles
included) or, for UBSan under gcc, to stderr, which the roles share with the
controller.  A run passes with status 0 or 77 (skip) and no report in either.

LeakSanitizer checks the controller at exit.  The roles end with _exit(), which
skips the leak check by design, so leaks are looked for in the controller
only; the roles are covered by ASan's and UBSan's checks on every access.
"""
import glob
import os
import re
import subprocess

import pytest

import test_micro
from conftest import FIXTURES, TOP, csv_row, primitives, verify_cases

SAN_BIN = os.path.join(TOP, "micro", "bin-san")
SAN_SIZES = ["1", "65537", "4M"]
FINDING = 99	# the status ASAN_OPTIONS / UBSAN_OPTIONS give a finding
SAN_FLAGS = ("-fsanitize=address,undefined", "-fno-sanitize-recover=all",
             "-fno-omit-frame-pointer")


@pytest.fixture(scope="module", autouse=True)
def sanitized_build():
    if not os.path.exists(os.path.join(SAN_BIN, "BUILDINFO")):
        pytest.fail("micro/bin-san is not built: run `make sanitize` (make test does)")


def san_env(logdir):
    # halt_on_error and exitcode make every report fatal and recognisable;
    # log_path names one file per process (<path>.<pid>), the roles included
    common = f"halt_on_error=1:exitcode={FINDING}:log_path={logdir}/san"
    env = dict(os.environ)
    env["ASAN_OPTIONS"] = (common + ":detect_leaks=1:abort_on_error=0"
                           ":detect_stack_use_after_return=1:strict_string_checks=1"
                           ":check_initialization_order=1")
    env["UBSAN_OPTIONS"] = common + ":print_stacktrace=1"
    env["LSAN_OPTIONS"] = f"exitcode={FINDING}"
    return env


def run_san(tmp_path, prim, *args, timeout=120, env=None):
    """Run micro/bin-san/<prim>; fail on any sanitizer report."""
    logdir = tmp_path / "san"
    logdir.mkdir(exist_ok=True)
    e = san_env(logdir)
    if env:
        e.update(env)
    r = subprocess.run([os.path.join(SAN_BIN, prim), *args], capture_output=True, text=True,
                       timeout=timeout, env=e)
    reports = sorted(glob.glob(str(logdir / "san*")))
    text = "".join(open(p, errors="replace").read() for p in reports)
    assert not reports, f"{prim} {' '.join(args)}: sanitizer report:\n{text[:6000]}"
    assert r.returncode != FINDING, f"status {FINDING} (a finding) with no report: {r.stderr}"
    assert not re.search(r"Sanitizer|runtime error:", r.stderr), r.stderr[:6000]
    return r


def test_flags_reached_the_compiler():
    with open(os.path.join(SAN_BIN, "BUILDINFO")) as f:
        info = dict(ln.rstrip("\n").split("=", 1) for ln in f if "=" in ln)
    for flag in SAN_FLAGS:
        assert flag in info["cflags"].split(), info["cflags"]
    # and the binaries really are instrumented: calls into both runtimes
    for prim in primitives():
        syms = subprocess.run(["nm", os.path.join(SAN_BIN, prim)], capture_output=True,
                              text=True, check=True).stdout
        assert re.search(r"\b__asan_init\b", syms), f"{prim}: no __asan_init"
        assert re.search(r"\b__asan_report_(load|store)\w*", syms), f"{prim}: no ASan checks"
        assert re.search(r"\b__ubsan_handle_\w+", syms), f"{prim}: no UBSan checks"
    # the ASan runtime answers its own help flag before main()
    env = dict(os.environ, ASAN_OPTIONS="help=1")
    r = subprocess.run([os.path.join(SAN_BIN, "pipe"), "--help"], capture_output=True,
                       text=True, env=env)
    assert "Available flags for AddressSanitizer" in r.stdout + r.stderr


def test_a_finding_is_caught(tmp_path):
    """The options really make each kind of finding fatal and visible.

    A leak in the parent, and a use-after-free and a signed overflow in a
    forked child, built with the same compiler and flags as micro/bin-san.
    gcc's UBSan runtime, linked beside ASan's, writes to stderr even with
    log_path set (clang's combined runtime honours it), so run_san reads both.
    """
    src = tmp_path / "bad.c"
    src.write_text(r"""
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
int main(int argc, char **argv)
{
	volatile int big = INT_MAX;
	volatile char *p = malloc(16);
	int st;
	pid_t c = fork();

	if (c == 0) {
		if (!strcmp(argv[1], "uaf")) {
			free((void *)p);
			return p[0];
		}
		if (!strcmp(argv[1], "ub"))
			big = big + argc;
		_exit(0);
	}
	waitpid(c, &st, 0);
	if (!strcmp(argv[1], "leak"))
		p = NULL;	/* the only pointer to 16 bytes: a leak */
	free((void *)p);
	return WEXITSTATUS(st);
}
""")
    cc = os.environ.get("CC", "cc")
    exe = tmp_path / "bad"
    subprocess.run([cc, "-O1", "-g", *SAN_FLAGS, "-o", str(exe), str(src)], check=True)
    for arg, what in (("leak", "LeakSanitizer"), ("uaf", "heap-use-after-free"),
                      ("ub", "runtime error: signed integer overflow")):
        logdir = tmp_path / arg
        logdir.mkdir()
        r = subprocess.run([str(exe), arg], capture_output=True, text=True,
                           env=san_env(logdir))
        assert r.returncode == FINDING, (what, r.returncode, r.stderr)
        reports = "".join(open(p).read() for p in glob.glob(str(logdir / "san*")))
        assert what in reports + r.stderr, (what, reports, r.stderr)


@pytest.mark.parametrize("prim,var,mode,size", verify_cases(SAN_SIZES))
def test_verify_under_sanitizers(tmp_path, prim, var, mode, size):
    r = run_san(tmp_path, prim, "--variant", var, "--mode", mode, "--size", size, "--verify",
                "--iters", "3", "--reps", "2", "--warmup", "0.001", "--format", "csv")
    row = csv_row(r.stdout)
    if r.returncode == 77:
        assert row["status"] == "skip" and row["reason"], r.stderr
        return
    assert r.returncode == 0, r.stderr
    assert row["status"] == "ok", row
    assert row["size_bytes"] == str(4 << 20 if size == "4M" else int(size))


def bad_input_cases():
    """The cases of test_micro.test_bad_input_one_line, so the two stay one list."""
    for mark in getattr(test_micro.test_bad_input_one_line, "pytestmark", []):
        if mark.name == "parametrize":
            return [pytest.param(a, f, id=" ".join(a)) for a, f in mark.args[1]]
    raise AssertionError("test_micro.test_bad_input_one_line lost its parameters")


@pytest.mark.parametrize("args,fragment", bad_input_cases())
def test_bad_input_under_sanitizers(tmp_path, args, fragment):
    r = run_san(tmp_path, "pipe", *args)
    assert r.returncode == 2, r.stderr
    assert fragment in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr


@pytest.mark.parametrize("args,status", [
    (["--size", "16G", "--format", "csv"], 77),	# refused before allocating
    (["--placement", "cross-numa", "--sysfs", os.path.join(FIXTURES, "topo-vm2")], 77),
    (["--show-placements", "--sysfs", os.path.join(FIXTURES, "topo-2s-smt")], 0),
    (["--show-placements"], 0),
    (["--header"], 0),
    (["--list"], 0),
    (["--clock"], 0),
], ids=lambda v: " ".join(v) if isinstance(v, list) else str(v))
def test_other_paths_under_sanitizers(tmp_path, args, status):
    r = run_san(tmp_path, "pipe", *args)
    assert r.returncode == status, r.stderr


def test_help_and_list_of_every_program(tmp_path):
    for prim in primitives():
        r = run_san(tmp_path, prim, "--help")
        assert r.returncode == 0 and r.stdout.startswith(f"usage: {prim} "), r.stderr
        r = run_san(tmp_path, prim, "--list")
        assert r.returncode == 0 and r.stdout, r.stderr
