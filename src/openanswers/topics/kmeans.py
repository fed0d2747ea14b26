"""k-means on the sentence vectors: fixed k, no outliers, fast and stable at any survey size.

With ``diffuse=True`` (the default topic model, "diffused-kmeans") it clusters in
:func:`openanswers.topics.space.topic_space`: centred vectors smoothed over their nearest
neighbours, which lifts agreement with human topic labels by ~0.1 NMI on SIB-200 Dutch.
"""

from __future__ import annotations

import numpy as np
from sklearn.cluster import KMeans
from sklearn.utils import check_random_state

from .base import default_n_topics


class KMeansTopics:
    def __init__(self, n_topics: int | None = None, random_state: int | None = 0, n_init: int = 4, diffuse: bool = False):
        self.n_topics = n_topics
        self.random_state = random_state
        self.n_init = n_init
        self.diffuse = diffuse

    def fit(self, X: np.ndarray, docs=None) -> "KMeansTopics":
        n = X.shape[0]
        k = min(self.n_topics or default_n_topics(n), n)
        if k <= 1:
            self.labels_ = np.zeros(n, dtype=int)
            return self
        if self.diffuse:
            from .space import topic_space

            X = topic_space(X)
        rng = check_random_state(self.random_state)
        # The diffused X is a copy made here, which k-means may centre in place (one n x d less).
        model = KMeans(k, n_init=self.n_init, random_state=rng.randint(2**31 - 1), copy_x=not self.diffuse).fit(X)
        self.labels_ = model.labels_.astype(int)
        self.backend_ = "diffused-kmeans" if self.diffuse else "kmeans"
        return self
