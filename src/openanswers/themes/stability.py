"""Honest uncertainty per theme: how stable its grouping is, and an interval around its share.

Stability follows the resampling idea of Hennig (2007, "Cluster-wise assessment of cluster
stability", clusterwise Jaccard; the measure behind R's ``fpc::clusterboot``): group a random
subsample of the answers again (new seed), match each theme to the most similar group of the
new run, and average the Jaccard similarity over the resamples. A theme whose answers land
together whatever the sample and seed scores near 1; below about 0.6 it is an artefact of one run
and nobody should build a paragraph on it. Subsampling (without replacement) rather than the
bootstrap keeps duplicates out of the clustering, as Hennig recommends for k-means-like methods.
Hand-written: fpc is R, and no maintained Python package implements clusterwise stability.

The estimate is a pure function of the themes, the space they were regrouped in and the seed, and
costs seconds at any n (20 regroupings with self-training): with a ``cache_key`` that names the
space, it is kept in the disk cache, so a rerun over the same answers reads it back.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from scipy.stats import binomtest

from ..diskcache import digest_of, remembered, source_digest

N_RESAMPLES = 20
FRACTION = 0.8  # share of the answers in each resample
MAX_RESAMPLE = 1000  # larger runs are subsampled to this size: the estimate needs no more


def theme_stability(
    theme_of: np.ndarray,
    regroup: Callable[[np.ndarray, int], np.ndarray],
    *,
    n_resamples: int = N_RESAMPLES,
    fraction: float = FRACTION,
    max_size: int = MAX_RESAMPLE,
    random_state: int = 0,
    cache_key: bytes | None = None,
) -> dict[int, float]:
    """Mean best-match Jaccard of each theme (index >= 0 in ``theme_of``) over resamples.

    ``regroup(indices, seed)`` groups the answers at ``indices`` again and returns one label per
    index (-1 for none). Themes with fewer than 2 answers in a resample skip that resample.
    ``cache_key`` (bytes that determine what ``regroup`` does: a hash of its space and settings)
    keeps the result in the disk cache; None computes it every time.
    """
    theme_of = np.asarray(theme_of)
    themes = sorted(int(t) for t in set(theme_of.tolist()) if t >= 0)
    n = len(theme_of)
    size = min(max_size, int(round(fraction * n)))
    if not themes or size < 4:
        return {t: float("nan") for t in themes}
    if cache_key is None:
        return _stability(theme_of, themes, regroup, n_resamples, size, random_state)
    import sklearn  # its solvers decide the regroupings too

    key = digest_of(cache_key, n_resamples, size, random_state, np.asarray(theme_of, dtype=np.int64))
    return remembered(
        "stability", f"{source_digest('topics', 'themes')}-sklearn{sklearn.__version__}", key,
        lambda: _stability(theme_of, themes, regroup, n_resamples, size, random_state),
        lambda found: np.asarray([found[t] for t in themes], dtype=np.float64).tobytes(),
        lambda blob: dict(zip(themes, np.frombuffer(blob, dtype=np.float64).tolist())) if len(blob) == 8 * len(themes) else None,
    )


def _stability(theme_of: np.ndarray, themes: list[int], regroup, n_resamples: int, size: int,
               random_state: int) -> dict[int, float]:
    n = len(theme_of)
    rng = np.random.default_rng(random_state)
    scores: dict[int, list[float]] = {t: [] for t in themes}
    for _ in range(n_resamples):
        indices = np.sort(rng.choice(n, size=size, replace=False))
        labels = np.asarray(regroup(indices, int(rng.integers(2**31 - 1))))
        original = theme_of[indices]
        groups = [labels == g for g in sorted(set(labels.tolist())) if g >= 0]
        for theme in themes:
            mine = original == theme
            if mine.sum() < 2:
                continue
            best = max(((mine & g).sum() / (mine | g).sum() for g in groups), default=0.0)
            scores[theme].append(float(best))
    return {t: float(np.mean(s)) if s else float("nan") for t, s in scores.items()}


def share_interval(k: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """Wilson score interval for a share k/n: unlike the normal approximation it stays inside
    [0, 1] and behaves for small themes and shares near 0 or 1."""
    if n <= 0:
        return (0.0, 0.0)
    interval = binomtest(k, n).proportion_ci(confidence_level=confidence, method="wilson")
    return (float(interval.low), float(interval.high))
