"""TF-IDF on lemmas reduced by truncated SVD (LSA): no model at all, a baseline and a fallback."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .base import normalise


class TfidfSvdEmbedder:
    # Vectors depend on the whole corpus (vocabulary, idf): never cache one text's vector.
    cacheable = False

    def __init__(self, n_components: int = 256, random_state: int = 0):
        self.n_components = n_components
        self.random_state = random_state

    @property
    def key(self) -> str:
        return f"tfidf-svd:{self.n_components}"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        from sklearn.decomposition import TruncatedSVD
        from sklearn.feature_extraction.text import TfidfVectorizer

        from ..language import content_lemmas

        docs = [" ".join(lemmas) for lemmas in content_lemmas(list(texts))]
        tfidf = TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True, token_pattern=r"\S+", lowercase=False)
        try:
            matrix = tfidf.fit_transform(docs)
        except ValueError:  # no terms at all (every text empty of content words)
            return np.zeros((len(docs), 1), dtype=np.float32)
        k = min(self.n_components, matrix.shape[1] - 1, matrix.shape[0] - 1)
        if k < 2:
            return normalise(matrix.toarray())
        return normalise(TruncatedSVD(k, random_state=self.random_state).fit_transform(matrix))
