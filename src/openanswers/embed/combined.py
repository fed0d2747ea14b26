"""Concatenate normalised vectors of several embedders (e.g. semantic + lexical)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .base import Embedder, normalise


class CombinedEmbedder:
    def __init__(self, parts: list[Embedder]):
        self.parts = parts

    @property
    def key(self) -> str:
        return "+".join(p.key for p in self.parts)

    @property
    def cacheable(self) -> bool:
        return all(p.cacheable for p in self.parts)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        # Each part is unit length; scaling by 1/sqrt(k) keeps the concatenation unit length too.
        return normalise(np.hstack([p.encode(texts) for p in self.parts]))
