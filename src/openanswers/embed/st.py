"""sentence-transformers models a user already has on disk (never downloaded at run time)."""

from __future__ import annotations

import os
from collections.abc import Sequence

import numpy as np

from ..errors import ConfigError, MissingDependencyError
from .base import normalise


class SentenceTransformerEmbedder:
    cacheable = True

    def __init__(self, model: str, batch_size: int = 64):
        self.model = model
        self.batch_size = batch_size

    @property
    def key(self) -> str:
        return f"st:{self.model}"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not hasattr(self, "model_"):
            # Offline by design: a model that is not on disk fails fast instead of hanging on a proxy.
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            try:
                from sentence_transformers import SentenceTransformer
            except ImportError as exc:
                raise MissingDependencyError("pip install sentence-transformers to use this embedder") from exc
            try:
                self.model_ = SentenceTransformer(self.model, device="cpu")
            except Exception as exc:  # the library raises OSError, ValueError or HF errors alike
                raise ConfigError(f"sentence-transformers model {self.model!r} is not available offline: {exc}") from exc
        return normalise(self.model_.encode(list(texts), batch_size=self.batch_size, show_progress_bar=False))
