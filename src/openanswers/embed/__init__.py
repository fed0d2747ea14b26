"""Sentence embeddings behind one interface, picked by name, cached on disk."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np

from .base import DEFAULT_EMBEDDER, EMBEDDERS, Embedder, make_embedder, normalise
from .cache import VectorCache, cache_dir, text_hash

__all__ = ["DEFAULT_EMBEDDER", "EMBEDDERS", "Embedder", "cache_dir", "embed", "make_embedder", "normalise"]


def embed(
    texts: Sequence[str],
    embedder: str | Embedder = DEFAULT_EMBEDDER,
    *,
    cache: bool = True,
    progress: Callable[[int], None] | None = None,
    batch_size: int = 512,
) -> np.ndarray:
    """L2-normalised vectors, one row per text, reusing cached vectors of texts seen before.

    ``progress(k)`` is called after each batch with the number of texts done in it.
    """
    embedder = make_embedder(embedder)
    texts = list(texts)
    parts = getattr(embedder, "parts", None)
    if parts is not None:  # a combination: cache each part on its own
        return normalise(np.hstack([embed(texts, p, cache=cache, batch_size=batch_size) for p in parts]))
    if not (cache and embedder.cacheable):
        vectors = embedder.encode(texts)
        if progress:
            progress(len(texts))
        return vectors
    store = VectorCache(embedder.key)
    try:
        hashes = [text_hash(t) for t in texts]
        counts = Counter(hashes)  # a text given twice is embedded once but counts twice
        found = store.get(hashes)
        if progress and found:
            progress(sum(counts[h] for h in found))
        todo = list(dict.fromkeys(h for h in hashes if h not in found))
        by_hash = dict(zip(hashes, texts))
        for start in range(0, len(todo), batch_size):
            chunk = todo[start : start + batch_size]
            vectors = embedder.encode([by_hash[h] for h in chunk])
            store.put(chunk, vectors)
            found.update(zip(chunk, vectors))
            if progress:
                progress(sum(counts[h] for h in chunk))
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        return np.vstack([found[h] for h in hashes]).astype(np.float32)
    finally:
        store.close()
