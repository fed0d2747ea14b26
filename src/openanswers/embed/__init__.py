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
    # A slow embedder asks for smaller batches: the progress bar moves and the cache keeps what
    # is done every minute or so instead of every few minutes.
    batch_size = min(batch_size, getattr(embedder, "cache_batch", batch_size))
    texts = list(texts)
    parts = getattr(embedder, "parts", None)
    if parts is not None:  # a combination: cache each part on its own
        return normalise(np.hstack([embed(texts, p, cache=cache, batch_size=batch_size) for p in parts]))
    if not (cache and embedder.cacheable):
        vectors = embedder.encode(texts)
        if progress:
            progress(len(texts))
        return vectors
    if not texts:
        return np.zeros((0, 1), dtype=np.float32)
    hashes = [text_hash(t) for t in texts]
    counts = Counter(hashes)  # a text given twice is embedded once but counts twice
    unique = list(dict.fromkeys(hashes))
    row = {h: i for i, h in enumerate(unique)}
    # Vectors go straight into one array as they arrive from the cache or the model: holding them
    # per text and stacking at the end needed twice the memory (~400 MB more at 100k answers).
    vectors: np.ndarray | None = None
    missing = np.ones(len(unique), dtype=bool)

    def place(chunk: Sequence[bytes], block: np.ndarray) -> None:
        nonlocal vectors
        if vectors is None:
            vectors = np.empty((len(unique), block.shape[1]), dtype=np.float32)
        at = [row[h] for h in chunk]
        vectors[at] = block
        missing[at] = False

    store = VectorCache(embedder.key)
    try:
        for h, vector in store.items(unique):
            place([h], vector[None, :])
        if progress and not missing.all():
            progress(sum(counts[unique[i]] for i in np.flatnonzero(~missing)))
        todo = [unique[i] for i in np.flatnonzero(missing)]
        by_hash = dict(zip(hashes, texts))
        for start in range(0, len(todo), batch_size):
            chunk = todo[start : start + batch_size]
            block = embedder.encode([by_hash[h] for h in chunk])
            store.put(chunk, block)
            place(chunk, block)
            if progress:
                progress(sum(counts[h] for h in chunk))
    finally:
        store.close()
    return vectors if len(unique) == len(hashes) else vectors[[row[h] for h in hashes]]
