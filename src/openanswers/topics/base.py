"""The topic-model interface and the registry that picks one by name.

A topic model is a scikit-learn style estimator: parameters stored in ``__init__``, work in
``fit(X, docs=None)``, results in ``labels_`` (one int per row of ``X``; -1 = outlier) and,
optionally, ``keywords_`` (topic -> keywords) when the backend computes its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..errors import ConfigError


def default_n_topics(n: int) -> int:
    """Fine-grained topics for review, later merged into themes: about sqrt(n/2), 2..50."""
    return int(min(50, max(2, round((n / 2) ** 0.5))))


def _kmeans(**kw: Any):
    from .kmeans import KMeansTopics

    return KMeansTopics(**kw)


def _diffused_kmeans(**kw: Any):
    from .kmeans import KMeansTopics

    return KMeansTopics(diffuse=True, **kw)


def _multiview(**kw: Any):
    from .multiview import MultiViewTopics

    return MultiViewTopics(**kw)


def _multiview_plain(**kw: Any):
    from .multiview import MultiViewTopics

    return MultiViewTopics(smooth=False, **kw)


def _agglomerative(**kw: Any):
    from .agglomerative import AgglomerativeTopics

    return AgglomerativeTopics(**kw)


def _bertopic(**kw: Any):
    from .bertopic_backend import BERTopicTopics

    return BERTopicTopics(**kw)


TOPIC_MODELS: dict[str, Callable[..., Any]] = {
    "multiview": _multiview,  # k-means over meaning and wording neighbours, themes self-trained with the neighbours' vote
    "multiview-plain": _multiview_plain,  # the same, self-training without the neighbours' vote (default until 0.x, issue 14)
    "diffused-kmeans": _diffused_kmeans,  # k-means in the centred, neighbour-smoothed space
    "kmeans": _kmeans,  # k-means on the raw vectors
    "agglomerative": _agglomerative,
    "bertopic": _bertopic,
}

DEFAULT_TOPIC_MODEL = "multiview"
MULTIVIEW = ("multiview", "multiview-plain")  # the models that take several encoders as views (--quality)


def make_topic_model(name: str = DEFAULT_TOPIC_MODEL, **params: Any):
    """A fresh, unfitted topic model; ``params`` go to its constructor (n_topics, random_state)."""
    if not isinstance(name, str):
        return name
    if name not in TOPIC_MODELS:
        raise ConfigError(f"unknown topic model {name!r}; choose one of {sorted(TOPIC_MODELS)}")
    return TOPIC_MODELS[name](**params)
