"""Fitted topic models kept on disk, so a rerun over the same answers starts from their topics.

The default model's fit is a pure function of the answers' vectors, their texts and its settings
(seeded): a rerun that changes only the number of themes, the expected themes or the exports
would compute the same neighbour graphs, diffused space and k-means again: at 10,000 answers
most of the topic stage. scikit-learn's ``Pipeline(memory=...)`` keeps fitted transformers the
same way. What is kept is numbers only (topic per answer, the diffused space, the neighbour
graph), under a hash of the vectors, the texts, the settings and the source of
``openanswers.topics``, so a changed method never meets an old fit.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from ..diskcache import DiskCache, source_digest

MIN_CACHED = 1_000  # smaller fits take a second or two: not kept on disk
FITTED = ("labels_", "space_")


def _key(estimator, X: np.ndarray, texts: Sequence[str]) -> bytes:
    params = sorted((k, repr(v)) for k, v in vars(estimator).items() if not k.endswith("_") and k != "cache")
    digest = hashlib.blake2b(f"{type(estimator).__name__}\0{params}\0{X.shape}\0{X.dtype}".encode(), digest_size=16)
    digest.update(np.ascontiguousarray(X).tobytes())
    for text in texts:
        digest.update(text.encode("utf-8") + b"\0")
    return digest.digest()


def _store() -> DiskCache:
    import sklearn

    return DiskCache("topicfits", f"{source_digest('topics')}-sklearn{sklearn.__version__}")


def _pack(estimator) -> bytes:
    arrays = {name: getattr(estimator, name) for name in FITTED}
    arrays["backend_"] = np.asarray(str(estimator.backend_))
    graph = getattr(estimator, "graph_", None)
    if graph is not None:
        graph = graph.tocsr()
        arrays.update(graph_data=graph.data, graph_indices=graph.indices, graph_indptr=graph.indptr,
                      graph_shape=np.asarray(graph.shape))
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def _unpack(blob: bytes, estimator, n: int) -> bool:
    """Set the fitted attributes from ``blob``; False (nothing set) when it is damaged."""
    try:
        with np.load(io.BytesIO(blob), allow_pickle=False) as found:
            values = {name: found[name] for name in FITTED}
            backend = str(found["backend_"])
            graph = None
            if "graph_data" in found:
                graph = sparse.csr_matrix((found["graph_data"], found["graph_indices"], found["graph_indptr"]),
                                          shape=tuple(found["graph_shape"]))
    except (ValueError, KeyError, OSError, EOFError):
        return False
    if len(values["labels_"]) != n or len(values["space_"]) != n or (graph is not None and graph.shape != (n, n)):
        return False
    for name, value in values.items():
        setattr(estimator, name, value)
    estimator.backend_ = backend
    if graph is not None:
        estimator.graph_ = graph
    return True


def fit_cached(estimator, X: np.ndarray, docs, texts: Sequence[str] | None):
    """``estimator.fit(X, docs, texts=texts)``, or its fitted attributes from an earlier, equal
    fit. Runs under ``MIN_CACHED`` answers are fitted as usual."""
    words = texts if texts is not None else docs
    if len(X) < MIN_CACHED:
        return estimator.fit(X, docs, texts=texts)
    key = _key(estimator, X, words)
    with _store() as store:
        blob = store.get([key]).get(key)
        if blob is not None and _unpack(blob, estimator, len(X)):
            return estimator
        estimator.fit(X, docs, texts=texts)
        store.put([(key, _pack(estimator))])
    return estimator
