"""turftopic's clustering-capable models as (vectors, texts, k, seed) -> labels, on our vectors.

Shared by explore_turftopic.py (all variants) and eval_clustering.py (the cheap ones as
baselines). Each model gets the answers' precomputed vectors (``embeddings=``); where it embeds
its vocabulary (KeyNMF, SensTopic) it gets :class:`Encoder`, which embeds with openanswers' own
encoder, so nothing is downloaded. A hard assignment is the model's cluster label or the argmax
of its document-topic matrix (a row with no weight at all: -1). turftopic is imported lazily: it
is an optional extra (``pip install 'openanswers[turftopic]'``).
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable

import numpy as np


def available() -> bool:
    import importlib.util

    return importlib.util.find_spec("turftopic") is not None


class Encoder:
    """turftopic's encoder interface (``encode``) over openanswers' cached encoder: no download."""

    def __init__(self, embedder: str = "use"):
        self.embedder = embedder

    def encode(self, texts, **_):
        from openanswers.embed import embed

        return embed(list(texts), self.embedder)


def vectorizer():
    """Word counts without Dutch stop words (spaCy's list): turftopic's default is English."""
    from sklearn.feature_extraction.text import CountVectorizer
    from spacy.lang.nl.stop_words import STOP_WORDS

    return CountVectorizer(min_df=2, stop_words=sorted(STOP_WORDS))


def hard(doc_topic: np.ndarray) -> np.ndarray:
    """Argmax of a document-topic matrix; a row with no weight at all is -1."""
    doc_topic = np.asarray(doc_topic)
    labels = doc_topic.argmax(axis=1)
    labels[np.abs(doc_topic).max(axis=1) <= 0] = -1
    return labels


def quiet(fit: Callable[[], np.ndarray]) -> np.ndarray:
    """turftopic prints rich progress lines per fit: kept out of the tables."""
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return fit()


def gmm(X, texts, k, seed, reduce: int | None = None, prior: str | None = None, embedder: str = "use"):
    """GaussianMixture (full covariance) at k, optionally on the top ``reduce`` principal components."""
    from turftopic import GMM

    reduction = None
    if reduce:
        from sklearn.decomposition import PCA

        reduction = PCA(reduce, random_state=seed)
    model = GMM(k, encoder=Encoder(embedder), vectorizer=vectorizer(), dimensionality_reduction=reduction, weight_prior=prior, random_state=seed)
    return hard(model.fit_transform(list(texts), embeddings=X))


def clustering_model(X, texts, k, seed, clustering: str = "hdbscan", reduction: str = "tsne", method: str = "average", embedder: str = "use"):
    """ClusteringTopicModel: reduce (turftopic's default TSNE 2-d, seeded), cluster (its default
    HDBSCAN, a small-set HDBSCAN, or k-means at k), merge the clusters to k (average linkage)."""
    from sklearn.cluster import HDBSCAN, KMeans
    from turftopic import ClusteringTopicModel

    if reduction == "tsne":
        from sklearn.manifold import TSNE

        reducer = TSNE(2, metric="cosine", perplexity=15, random_state=seed)
    elif reduction == "umap":
        from umap import UMAP

        reducer = UMAP(n_neighbors=15, n_components=5, metric="cosine", random_state=seed)
    else:
        from sklearn.decomposition import PCA

        reducer = PCA(int(reduction.removeprefix("pca")), random_state=seed)
    clusterer = {
        "kmeans": lambda: KMeans(k, n_init=4, random_state=seed),
        "hdbscan": lambda: HDBSCAN(min_samples=10, min_cluster_size=25),  # turftopic's default
        "hdbscan-small": lambda: HDBSCAN(min_samples=3, min_cluster_size=5),  # for 195 answers, 11 labels
    }[clustering]()
    model = ClusteringTopicModel(encoder=Encoder(embedder), vectorizer=vectorizer(), dimensionality_reduction=reducer, clustering=clusterer,
                                 n_reduce_to=k, reduction_method=method, random_state=seed)
    try:
        model.fit(list(texts), embeddings=X)
    except ValueError as error:  # turftopic fails when HDBSCAN finds no cluster at all (small sets)
        if "0 sample(s)" not in str(error):
            raise
        return np.full(len(X), -1)
    return np.asarray(model.labels_)


def keynmf(X, texts, k, seed, embedder: str = "use"):
    from turftopic import KeyNMF

    model = KeyNMF(k, encoder=Encoder(embedder), vectorizer=vectorizer(), random_state=seed)
    return hard(model.fit_transform(list(texts), embeddings=X))


def senstopic(X, texts, k, seed, embedder: str = "use"):
    from turftopic import SensTopic

    model = SensTopic(k, encoder=Encoder(embedder), vectorizer=vectorizer(), random_state=seed)
    return hard(model.fit_transform(list(texts), embeddings=X))


def topeax(X, texts, k, seed, embedder: str = "use"):
    """Topeax finds its own number of topics (TSNE 2-d, density peaks, a mixture on them)."""
    from turftopic import Topeax

    model = Topeax(encoder=Encoder(embedder), vectorizer=vectorizer(), random_state=seed)
    return hard(model.fit_transform(list(texts), embeddings=X))
