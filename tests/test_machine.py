"""Machine identity: two CPUs that share a brand string never share a folder."""
import json
import os

from conftest import TOP

from ipcfloor import machine  # noqa: E402

FIX = os.path.join(TOP, "tests", "fixtures")


def ident_of(name):
    with open(os.path.join(FIX, name, "cpuinfo")) as f:
        return machine.cpu_identity(f.read())


def test_cpuinfo_fields_are_read():
    z2 = ident_of("cpu-zen2")
    assert z2 == {"cpu_vendor": "AuthenticAMD", "cpu_family": 23, "cpu_model_number": 49,
                  "cpu_stepping": 0, "cpu_model": "AMD EPYC Processor"}


def test_cache_sizes_from_a_fixture_tree():
    assert machine.cache_sizes(os.path.join(FIX, "cpu-zen2", "sys")) == {
        "l1d": 32, "l2": 512, "l3": 16384}
    assert machine.cache_sizes(os.path.join(FIX, "cpu-zen4", "sys")) == {
        "l1d": 48, "l2": 1024, "l3": 32768}


def test_two_epyc_generations_get_two_names():
    names = [machine.machine_name(ident_of(g), machine.cache_sizes(os.path.join(FIX, g, "sys")),
                                  2, 24 * 2 ** 30) for g in ("cpu-zen2", "cpu-zen4")]
    assert names == ["amd-epyc-f23-m49-s0-l1d-32k-l2-512k-l3-16m-2cpu-24g",
                     "amd-epyc-f25-m17-s1-l1d-48k-l2-1m-l3-32m-2cpu-24g"]


def test_a_meta_json_names_its_own_folder():
    meta = {"cpu_vendor": "AuthenticAMD", "cpu_family": 25, "cpu_model_number": 17,
            "cpu_stepping": 1, "cpu_model": "AMD EPYC Processor", "cache_l1d_kib": 48,
            "cache_l2_kib": 1024, "cache_l3_kib": 32768, "cpu_count": 2,
            "memory_total_bytes": 24 * 2 ** 30}
    assert machine.name_from_meta(meta) == "amd-epyc-f25-m17-s1-l1d-48k-l2-1m-l3-32m-2cpu-24g"
    # an older meta.json without the fields: said, not guessed
    old = {"cpu_model": "AMD EPYC", "cpu_count": 2, "memory_total_bytes": 24 * 2 ** 30,
           "caches": [{"level": "1", "type": "Data", "size": "48K"},
                      {"level": "1", "type": "Instruction", "size": "32K"},
                      {"level": "3", "type": "Unified", "size": "32768K"}]}
    assert machine.name_from_meta(old) == "amd-epyc-model-unrecorded-l1d-48k-l3-32m-2cpu-24g"


def test_committed_runs_live_under_their_own_name():
    root = os.path.join(TOP, "results")
    for m in os.listdir(root):
        d = os.path.join(root, m)
        if not os.path.isdir(d) or m == "reference":
            continue
        for run in os.listdir(d):
            path = os.path.join(d, run, "meta.json")
            if os.path.isfile(path):
                with open(path) as f:
                    assert machine.name_from_meta(json.load(f)) == m, path


def test_machine_override_is_kept():
    assert machine.override_name("My Box #1") == "my-box-1"
    assert machine.override_name("  ") == ""
