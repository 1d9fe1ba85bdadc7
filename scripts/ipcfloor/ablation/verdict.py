"""When a predicted saving and a measured one agree (issue 12): the measured
saving is within 25% of the predicted saving, or within 5% of the
baseline's total, whichever is larger.  The prediction is never tuned to fit:
it comes from the ledger before the ablation runs."""
REL = 0.25
OF_TOTAL = 0.05


def tolerance(predicted_s, baseline_s):
    return max(REL * abs(predicted_s), OF_TOTAL * abs(baseline_s))


def agrees(measured_s, predicted_s, baseline_s):
    return abs(measured_s - predicted_s) <= tolerance(predicted_s, baseline_s)


def share_agreeing(rows):
    """Of the rows with a verdict, the share that agree (None if none has one)."""
    judged = [r for r in rows if r.get("agree") in (0, 1, "0", "1")]
    if not judged:
        return None
    return sum(int(r["agree"]) for r in judged) / len(judged)
