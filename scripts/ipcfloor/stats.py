"""Statistics for comparing runs, on scipy.stats (Debian python3-scipy).

The repetitions of a row are few (one per pass, 5 in a full run), so every
test here is exact where that is cheap: Mann-Whitney's exact distribution
without ties, a full permutation test (conditional on the ties) with ties,
and the normal approximation only above 25 values a side.
"""
import math

import numpy as np
from scipy import stats

EXACT_LIMIT = 25	# values per side up to which p is exact


def median(v):
    return float(np.median(v)) if len(v) else None


def geomean(v):
    v = [x for x in v if x and x > 0]
    return math.exp(sum(math.log(x) for x in v) / len(v)) if v else None


def _u(x, y, axis=-1):
    """Mann-Whitney U of x (pairs with x > y, ties one half), vectorised."""
    x = np.asarray(x)[..., :, None]
    y = np.asarray(y)[..., None, :]
    return ((x > y) + 0.5 * (x == y)).sum(axis=(-2, -1))


def mann_whitney(x, y):
    """(U, two-sided p).  U counts the pairs with x_i > y_j (ties one half)."""
    x, y = np.asarray(x, float), np.asarray(y, float)
    if not len(x) or not len(y):
        raise ValueError("mann_whitney needs values on both sides")
    u = float(_u(x, y))
    if len(x) > EXACT_LIMIT or len(y) > EXACT_LIMIT:
        return u, float(stats.mannwhitneyu(x, y, alternative="two-sided",
                                           method="asymptotic").pvalue)
    if len(np.unique(np.concatenate([x, y]))) == len(x) + len(y):
        return u, float(stats.mannwhitneyu(x, y, alternative="two-sided",
                                           method="exact").pvalue)
    if np.all(x == x[0]) and np.all(y == x[0]):
        return u, 1.0
    # ties: every split of the pooled values, so p is exact given the ties
    res = stats.permutation_test((x, y), lambda a, b, axis: _u(np.moveaxis(a, axis, -1),
                                                              np.moveaxis(b, axis, -1)),
                                 permutation_type="independent", vectorized=True,
                                 n_resamples=np.inf, alternative="two-sided")
    return u, float(min(1.0, res.pvalue))


def ratio_ci(a, b, level=0.95, resamples=999, seed=0):
    """Percentile bootstrap interval of median(b) / median(a), resampling
    each side on its own (seeded: the same folders give the same interval)."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    if len(a) < 2 or len(b) < 2 or np.median(a) <= 0:
        return None, None
    if np.all(a == a[0]) and np.all(b == b[0]):
        r = float(b[0] / a[0])
        return r, r
    res = stats.bootstrap((b, a), lambda bb, aa, axis: (np.median(bb, axis=axis)
                                                        / np.median(aa, axis=axis)),
                          vectorized=True, paired=False, n_resamples=resamples,
                          confidence_level=level, method="percentile",
                          random_state=np.random.default_rng(seed))
    return float(res.confidence_interval.low), float(res.confidence_interval.high)


def geomean_ci(ratios, level=0.95, resamples=999, seed=0):
    """(geometric mean, low, high): bootstrap over the rows' log ratios."""
    logs = np.log([r for r in ratios if r and r > 0])
    if not len(logs):
        return None, None, None
    g = float(np.exp(logs.mean()))
    if len(logs) < 2 or np.all(logs == logs[0]):
        return g, g, g
    res = stats.bootstrap((logs,), np.mean, vectorized=True, n_resamples=resamples,
                          confidence_level=level, method="percentile",
                          random_state=np.random.default_rng(seed))
    return g, float(np.exp(res.confidence_interval.low)), float(np.exp(res.confidence_interval.high))


def deviation(ratio):
    """How far a ratio is from 1 either way: 1.25 and 0.8 are both 0.25."""
    return max(ratio, 1 / ratio) - 1
