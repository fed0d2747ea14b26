"""Vectors on disk keyed by text hash and embedder key, so a second run skips embedding."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

from ..diskcache import DiskCache, cache_dir, text_hash

__all__ = ["VectorCache", "cache_dir", "text_hash"]


class VectorCache:
    def __init__(self, key: str, directory: Path | None = None):
        self._store = DiskCache("vectors", key, directory)
        self.path = self._store.path

    def items(self, hashes: Sequence[bytes]) -> Iterator[tuple[bytes, np.ndarray]]:
        for h, blob in self._store.items(hashes):
            yield h, np.frombuffer(blob, dtype=np.float32)

    def put(self, hashes: Sequence[bytes], vectors: np.ndarray) -> None:
        self._store.put((h, np.ascontiguousarray(v, dtype=np.float32).tobytes()) for h, v in zip(hashes, vectors))

    def close(self) -> None:
        self._store.close()
