"""Merge fine topics into the requested number of themes."""

from __future__ import annotations

import numpy as np


def merge_topics(centroids: np.ndarray, sizes: np.ndarray, n_themes: int) -> np.ndarray:
    """Theme index per topic, by Ward merging of topic centroids weighted by topic size.

    Written out because scipy's and scikit-learn's Ward take points, not weighted centroids; with
    at most ~50 topics the O(k^3) loop is instant. Ward's cost of merging A and B is
    n_A n_B / (n_A + n_B) * |c_A - c_B|^2: small topics join their nearest neighbour before two
    large, distinct topics are forced together.
    """
    k = len(sizes)
    groups = [[i] for i in range(k)]
    cents = [np.asarray(c, dtype=float) for c in centroids]
    weights = [float(s) for s in sizes]
    while len(groups) > max(1, n_themes):
        best, pair = np.inf, (0, 1)
        for a in range(len(groups)):
            for b in range(a + 1, len(groups)):
                diff = cents[a] - cents[b]
                cost = weights[a] * weights[b] / (weights[a] + weights[b]) * float(diff @ diff)
                if cost < best:
                    best, pair = cost, (a, b)
        a, b = pair
        total = weights[a] + weights[b]
        cents[a] = (cents[a] * weights[a] + cents[b] * weights[b]) / total
        weights[a] = total
        groups[a] += groups.pop(b)
        cents.pop(b)
        weights.pop(b)
    theme_of_topic = np.empty(k, dtype=int)
    for theme, members in enumerate(groups):
        theme_of_topic[members] = theme
    return theme_of_topic
