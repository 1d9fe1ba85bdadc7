"""REMEDIES.md: what to change in each transport, what it saved when it was
changed alone (ablations.csv), whether the explanation predicted it, and the
seeds' two experiments (shared-state.csv, object-store.csv)."""
from ..units import decimal_size, human_s
from . import verdict

ABLATION_COLUMNS = ["transport", "variant", "size_bytes", "ablation", "baseline_p50_s",
                    "ablated_p50_s", "measured_saving_s", "predicted_saving_s", "agree",
                    "pairs", "faults_baseline", "faults_ablated", "note"]
SHARED_STATE_COLUMNS = ["way", "describe", "workers", "doubles", "iterations", "seconds",
                        "per_iteration_s", "ratio", "published_ratio"]
MANAGER_COLUMNS = ["role", "category", "seconds_per_iteration", "note"]
OBJECT_STORE_COLUMNS = ["way", "size_bytes", "tasks", "workers", "seconds_per_task",
                        "overhead_per_task_s", "worker_added_rss_bytes", "worker_pss_bytes"]


def pct(x, of):
    return "%.0f%%" % (100.0 * x / of) if of else "-"


def _count(x):
    return "-" if x in ("", None) else "%.0f" % float(x)


def _mib(n):
    return "%.1f MiB" % (float(n) / (1 << 20))


def render(ablations, shared, manager, store, skips, switches):
    L = ["# Remedies, proven by changing one thing", ""]
    judged = [r for r in ablations if r.get("agree") != ""]
    share = verdict.share_agreeing(judged)
    L.append("Each row below changed one thing in one transport and ran it interleaved with the "
             "unchanged transport (pairs of requests in a random order, two clients side by "
             "side, same sizes, same placement). The prediction is the part of the measured "
             "ledger (`explain.csv`, same run) the change claims to remove, times the "
             "baseline. A claim agrees when the measured saving is within %d%% of the "
             "prediction or within %d%% of the baseline, whichever is larger."
             % (verdict.REL * 100, verdict.OF_TOTAL * 100))
    L.append("")
    if share is not None:
        L.append("**%d of %d claims agree (%.0f%%).**" % (
            sum(int(r["agree"]) for r in judged), len(judged), 100 * share))
        L.append("")
    for a in switches:
        rows = [r for r in ablations if r["ablation"] == a.name]
        if not rows:
            continue
        L += ["## %s" % a.name, "", "Change: `%s`. Claim: it %s." % (a.remedy, a.claim), "",
              "| transport | size | baseline | ablated | saved | predicted | agrees | faults/request | note |",
              "|---|---|---|---|---|---|---|---|---|"]
        for r in rows:
            if r.get("baseline_p50_s") in ("", None):
                L.append("| %s/%s | %s | - | - | - | - | - | - | %s |" % (
                    r["transport"], r["variant"], decimal_size(int(r["size_bytes"])), r["note"]))
                continue
            base = float(r["baseline_p50_s"])
            pred = r["predicted_saving_s"]
            L.append("| %s/%s | %s | %s | %s | %s (%s) | %s | %s | %s -> %s | %s |" % (
                r["transport"], r["variant"], decimal_size(int(r["size_bytes"])),
                human_s(base), human_s(r["ablated_p50_s"]), human_s(r["measured_saving_s"]),
                pct(float(r["measured_saving_s"]), base),
                "-" if pred == "" else "%s (%s)" % (human_s(pred), pct(float(pred), base)),
                {1: "yes", 0: "**no**"}.get(r["agree"], "-"),
                _count(r["faults_baseline"]), _count(r["faults_ablated"]), r["note"] or ""))
        L.append("")
    disagree = [r for r in ablations if r.get("agree") == 0]
    if disagree:
        L += ["## Claims that did not hold", ""]
        for r in disagree:
            L.append("- %s/%s %s, %s: measured %s, predicted %s. %s" % (
                r["transport"], r["variant"], decimal_size(int(r["size_bytes"])), r["ablation"],
                human_s(r["measured_saving_s"]), human_s(r["predicted_saving_s"]), r["note"]))
        L.append("")
    if shared:
        L += ["## The seeds' shared-state experiment", "",
              "Each of %d workers keeps %d doubles and overwrites them %d times "
              "(published: 12 workers, 1e6 doubles, 10,000 times, on an i7-8700). Ratios are "
              "to private numpy of the same run." % (
                  shared[0]["workers"], shared[0]["doubles"], shared[0]["iterations"]), "",
              "| way | seconds | per iteration | ratio | published ratio |", "|---|---|---|---|---|"]
        for r in shared:
            pub = r["published_ratio"]
            L.append("| %s | %.3f | %s | %.2f | %s |" % (
                r["describe"], r["seconds"], human_s(r["per_iteration_s"]), r["ratio"],
                "-" if pub == "" else "%.2f" % pub))
        L.append("")
    if manager:
        wall = manager[0]
        L += ["Where the Manager's time goes (perf, system-wide, during the same loop; CPU "
              "seconds per iteration by process and category; %s):" % wall["note"], "",
              "| process | category | per iteration |", "|---|---|---|",
              "| wall time | | %s |" % human_s(wall["seconds_per_iteration"])]
        for r in manager[1:12]:
            L.append("| %s | %s | %s |" % (r["role"], r["category"],
                                          human_s(r["seconds_per_iteration"])))
        L.append("")
    if store:
        L += ["## The seeds' object-store claim, as a mechanism", "",
              "Ray and Arrow's Plasma are not in Debian 12 (the `object_store/plasma` row of "
              "transports.csv is a skip pointing here). The mechanism: put the array once into "
              "a sealed memfd; each task maps it read-only. Against it, `multiprocessing.Pool` "
              "pickling the array to every task. Overhead is per task, beyond the task's own "
              "compute on an array the worker already holds.", "",
              "| way | size | per task | overhead per task | worker RSS added | worker Pss |",
              "|---|---|---|---|---|---|"]
        for r in store:
            L.append("| %s | %s | %s | %s | %s | %s |" % (
                r["way"], decimal_size(r["size_bytes"]), human_s(r["seconds_per_task"]),
                human_s(r["overhead_per_task_s"]), _mib(r["worker_added_rss_bytes"]),
                _mib(r["worker_pss_bytes"])))
        L.append("")
    if skips:
        L += ["## Not measured", ""] + ["- %s" % s for s in skips] + [""]
    return "\n".join(L)
