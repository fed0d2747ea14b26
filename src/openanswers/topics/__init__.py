"""Topics: fine-grained clusters of substantive answers, with keywords, for review and themes."""

from __future__ import annotations

import inspect
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from ..errors import ConfigError
from .base import DEFAULT_TOPIC_MODEL, MULTIVIEW, TOPIC_MODELS, default_n_topics, make_topic_model
from .keywords import class_keywords

__all__ = ["DEFAULT_TOPIC_MODEL", "MULTIVIEW", "TOPIC_MODELS", "TopicResult", "default_n_topics", "fit_topics", "make_topic_model"]


@dataclass
class TopicResult:
    labels: np.ndarray  # one topic id per input row; -1 = outlier
    keywords: dict[int, list[str]]
    model: str
    n_outliers_before: int = 0  # outliers the backend found before reassignment
    params: dict = field(default_factory=dict)
    space: np.ndarray | None = None  # the vectors the model clustered in, when it made its own
    graph: object | None = None  # its neighbour graph (scipy sparse, rows sum to 1), for the themes' self-training

    @property
    def n_topics(self) -> int:
        return len({int(t) for t in self.labels if t >= 0})


def fit_topics(
    vectors: np.ndarray,
    lemmas: Sequence[Sequence[str]],
    *,
    model: str = DEFAULT_TOPIC_MODEL,
    n_topics: int | None = None,
    random_state: int = 0,
    texts: Sequence[str] | None = None,
    view_dims: tuple[int, ...] | None = None,
    cache: bool = False,
) -> TopicResult:
    """Cluster the vectors of substantive answers into topics and name each by its keywords.

    ``texts``, the answers as written, go to models that read them (multiview: its lexical view).
    ``view_dims``: ``vectors`` are several encoders side by side, these wide (multiview only:
    each encoder becomes a view of its own, as with ``--quality``). ``cache``: models that can keep
    their fit on disk do (multiview: :mod:`openanswers.topics.fitcache`, and its lexical view).
    """
    if vectors.shape[0] == 0:
        return TopicResult(np.zeros(0, dtype=int), {}, model)
    views = {} if view_dims is None else {"view_dims": tuple(view_dims)}
    if views and not (isinstance(model, str) and model in MULTIVIEW):
        raise ConfigError(f"several encoders as views (--quality) need --topics multiview, not {model!r}")
    estimator = make_topic_model(model, n_topics=n_topics, random_state=random_state, **views)
    if cache and hasattr(estimator, "cache"):
        estimator.cache = True
    docs = [" ".join(doc) for doc in lemmas]
    if texts is not None and "texts" in inspect.signature(estimator.fit).parameters:
        if getattr(estimator, "cache", False):
            from .fitcache import fit_cached

            fit_cached(estimator, vectors, docs, list(texts))
        else:
            estimator.fit(vectors, docs, texts=list(texts))
    else:
        estimator.fit(vectors, docs)
    labels = np.asarray(estimator.labels_, dtype=int)
    return TopicResult(
        labels=labels,
        keywords=class_keywords(lemmas, labels),
        model=getattr(estimator, "backend_", model),
        n_outliers_before=getattr(estimator, "n_outliers_before_", int((labels == -1).sum())),
        params={"n_topics": n_topics, "random_state": random_state},
        space=getattr(estimator, "space_", None),
        graph=getattr(estimator, "graph_", None),
    )
