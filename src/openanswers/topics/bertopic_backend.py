"""BERTopic on precomputed embeddings, with UMAP/HDBSCAN settings scaled to the survey size.

BERTopic's defaults (min_cluster_size=10, n_neighbors=15) are tuned for thousands of documents:
with a few hundred answers most of them end up as outlier -1, and 30-50% outliers is common
even at scale. Here the sizes scale with n, outliers are reassigned to their nearest topic by
embedding similarity, and very small inputs go to k-means instead. Importing bertopic takes
seconds (it pulls in torch), so it happens inside ``fit`` only.
"""

from __future__ import annotations

import numpy as np
from sklearn.utils import check_random_state

# Below this many answers density-based clustering has too little density to find; use k-means.
MIN_DOCS = 60


class BERTopicTopics:
    def __init__(
        self,
        n_topics: int | None = None,
        random_state: int | None = 0,
        reduce_outliers: bool = True,
        min_cluster_size: int | None = None,
    ):
        self.n_topics = n_topics
        self.random_state = random_state
        self.reduce_outliers = reduce_outliers
        self.min_cluster_size = min_cluster_size

    def fit(self, X: np.ndarray, docs=None) -> "BERTopicTopics":
        n = X.shape[0]
        if n < MIN_DOCS:
            from .kmeans import KMeansTopics

            self.labels_ = KMeansTopics(self.n_topics, self.random_state).fit(X).labels_
            self.backend_ = "kmeans (too few answers for BERTopic)"
            return self
        from bertopic import BERTopic
        from hdbscan import HDBSCAN
        from sklearn.feature_extraction.text import CountVectorizer
        from umap import UMAP

        seed = check_random_state(self.random_state).randint(2**31 - 1)
        min_cluster = self.min_cluster_size or int(min(100, max(5, n // 60)))
        umap_model = UMAP(
            n_neighbors=int(min(15, max(5, n // 20))),
            n_components=5,
            min_dist=0.0,
            metric="cosine",
            random_state=seed,
            n_jobs=1,  # a seed makes UMAP single-threaded anyway; saying so silences its warning
        )
        hdbscan_model = HDBSCAN(
            min_cluster_size=min_cluster,
            min_samples=max(2, min_cluster // 3),
            metric="euclidean",
            cluster_selection_method="eom",
            prediction_data=True,
        )
        # docs arrive as space-joined lemmas, so BERTopic's keywords are Dutch lemmas too.
        vectorizer = CountVectorizer(token_pattern=r"\S+", lowercase=False, ngram_range=(1, 2), min_df=1)
        texts = list(docs) if docs is not None else [str(i) for i in range(n)]
        model = BERTopic(
            umap_model=umap_model,
            hdbscan_model=hdbscan_model,
            vectorizer_model=vectorizer,
            nr_topics=self.n_topics + 1 if self.n_topics else None,  # +1: BERTopic counts -1 as a topic
            calculate_probabilities=False,
            verbose=False,
        )
        topics, _ = model.fit_transform(texts, embeddings=X)
        topics = np.asarray(topics, dtype=int)
        self.n_outliers_before_ = int((topics == -1).sum())
        if self.reduce_outliers and (topics == -1).any() and (topics != -1).any():
            topics = np.asarray(
                model.reduce_outliers(texts, topics, strategy="embeddings", embeddings=X), dtype=int
            )
        self.labels_ = _renumber(topics)
        self.model_ = model
        self.backend_ = "bertopic"
        return self


def _renumber(labels: np.ndarray) -> np.ndarray:
    """Topics 0..k-1 in order of first appearance, -1 kept: stable ids across identical runs."""
    mapping: dict[int, int] = {}
    out = np.empty_like(labels)
    for i, label in enumerate(labels):
        if label == -1:
            out[i] = -1
            continue
        out[i] = mapping.setdefault(int(label), len(mapping))
    return out
