"""The parsers under libFuzzer for a bounded time (tests/fuzz/fuzz_parse.c).

`make test` builds tests/fuzz/fuzz_parse with clang -fsanitize=fuzzer,address,
undefined.  Here it runs from the seed corpus for FUZZ_SECONDS; a crash, a
sanitizer report or a broken invariant (fuzz_parse.c checks each accepted
value's range and that its printed form reads back) is a failure with the
input kept in the test's folder.  New inputs go to a scratch folder, never
into the seed corpus.
"""
import os
import re
import shutil
import subprocess

import pytest

from conftest import TOP

FUZZ = os.path.join(TOP, "tests", "fuzz", "fuzz_parse")
CORPUS = os.path.join(TOP, "tests", "fuzz", "corpus")
DICT = os.path.join(TOP, "tests", "fuzz", "parse.dict")
FUZZ_SECONDS = 25
MIN_RUNS = 10000
LIBFUZZER = "/usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.fuzzer-x86_64.a"


def test_seed_corpus_is_small_and_present():
    seeds = os.listdir(CORPUS)
    assert len(seeds) >= 10
    assert all(os.path.getsize(os.path.join(CORPUS, s)) < 1024 for s in seeds)


def test_fuzz_parsers(tmp_path):
    if not os.path.exists(FUZZ):
        missing = [pkg for pkg, there in (("clang", shutil.which("clang")),
                                          ("libclang-rt-14-dev", os.path.exists(LIBFUZZER)))
                   if not there]
        if missing:
            pytest.skip(f"no libFuzzer: install {' '.join(missing)} (scripts/packages.txt)")
        pytest.fail("tests/fuzz/fuzz_parse is not built: run `make tests/fuzz/fuzz_parse`")
    work = tmp_path / "work"
    work.mkdir()
    # -close_fd_mask=3: the parsers' refusals go to the target's stdout and
    # stderr by the thousand; libFuzzer keeps its own copy of stderr for its
    # report.  Findings are fatal with their own exit codes.
    r = subprocess.run([FUZZ, f"-max_total_time={FUZZ_SECONDS}", "-close_fd_mask=3",
                        f"-dict={DICT}", "-timeout=10",
                        f"-artifact_prefix={tmp_path}/", str(work), CORPUS],
                       capture_output=True, text=True, timeout=FUZZ_SECONDS + 60)
    crashes = sorted(p.name for p in tmp_path.iterdir() if p.is_file())
    assert r.returncode == 0 and not crashes, \
        f"status {r.returncode}, inputs kept in {tmp_path}: {crashes}\n{r.stderr[-6000:]}"
    m = re.search(r"^Done (\d+) runs in (\d+) second", r.stderr, re.M)
    assert m, r.stderr[-2000:]
    runs, secs = int(m.group(1)), int(m.group(2))
    print(f"fuzz_parse: {runs} runs in {secs} s, corpus {len(os.listdir(work))} new inputs")
    assert runs > MIN_RUNS, f"only {runs} runs in {secs} s"
