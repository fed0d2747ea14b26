"""The one interface every embedder follows, and the registry that picks one by name."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, runtime_checkable

import numpy as np

from ..errors import ConfigError


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors.

    ``key`` names backend, model and version: the disk cache is keyed on it, so a new model
    version never serves stale vectors. ``cacheable`` is False for embedders whose vector of a
    text depends on the other texts (TF-IDF fitted on the corpus).
    """

    key: str
    cacheable: bool

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


def normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


def _use(arg: str) -> Embedder:
    from .use import UseEmbedder

    return UseEmbedder()


def _e5(arg: str) -> Embedder:
    from .e5 import E5Embedder

    return E5Embedder()


def _gemma(arg: str) -> Embedder:
    from .gemma import EmbeddingGemmaEmbedder

    embedder = EmbeddingGemmaEmbedder(arg or None)
    embedder.folder_()  # a missing model folder stops here, before a run does any work
    return embedder


def _tfidf(arg: str) -> Embedder:
    from .tfidf import TfidfSvdEmbedder

    return TfidfSvdEmbedder(n_components=int(arg) if arg else 256)


def _sentence_transformers(arg: str) -> Embedder:
    from .st import SentenceTransformerEmbedder

    if not arg:
        raise ConfigError("give the model: --embedder sentence-transformers:<model name or path>")
    return SentenceTransformerEmbedder(arg)


def _combined(arg: str) -> Embedder:
    from .combined import CombinedEmbedder

    parts = [p for p in arg.split("+") if p]
    if len(parts) < 2:
        raise ConfigError("combine at least two embedders: --embedder combined:use+tfidf")
    return CombinedEmbedder([make_embedder(p) for p in parts])


# factory(argument after the colon) -> Embedder; each imports its backend lazily.
EMBEDDERS: dict[str, Callable[[str], Embedder]] = {
    "use": _use,
    "e5": _e5,
    "embeddinggemma": _gemma,
    "tfidf": _tfidf,
    "sentence-transformers": _sentence_transformers,
    "combined": _combined,
}

DEFAULT_EMBEDDER = "use"


def make_embedder(spec: str | Embedder = DEFAULT_EMBEDDER) -> Embedder:
    """``"use"`` | ``"e5"`` | ``"embeddinggemma[:folder]"`` | ``"tfidf[:dims]"`` | ``"sentence-transformers:<model>"`` |
    ``"combined:use+tfidf"``; an object with ``encode`` and ``key`` is passed through."""
    if not isinstance(spec, str):
        return spec
    name, _, arg = spec.partition(":")
    if name not in EMBEDDERS:
        raise ConfigError(f"unknown embedder {spec!r}; choose one of {sorted(EMBEDDERS)}")
    return EMBEDDERS[name](arg)
