"""Ward clustering on the sentence vectors: deterministic, no seed needed, good up to ~20k."""

from __future__ import annotations

import numpy as np
from sklearn.cluster import AgglomerativeClustering

from .base import default_n_topics


class AgglomerativeTopics:
    def __init__(self, n_topics: int | None = None, random_state: int | None = 0, linkage: str = "ward"):
        self.n_topics = n_topics
        self.random_state = random_state  # unused: Ward is deterministic; kept for a uniform interface
        self.linkage = linkage

    def fit(self, X: np.ndarray, docs=None) -> "AgglomerativeTopics":
        n = X.shape[0]
        k = min(self.n_topics or default_n_topics(n), n)
        if k <= 1:
            self.labels_ = np.zeros(n, dtype=int)
            return self
        self.labels_ = AgglomerativeClustering(k, linkage=self.linkage).fit_predict(X).astype(int)
        return self
