"""Semantic similarity of answers to codes: each code is the mean vector of its label and
definition, its examples, and the answers coders gave it (nearest centroid).

Raw cosines are not probabilities, and their scale depends on the embedder. Without hand codes
the confidence is a softmax over the codes of one answer (a clear winner scores high); with hand
codes a Platt scaler (logistic regression on cosine, gap to the answer's best code and that
softmax) is fitted on the hand-coded answers, so 0.7 means right about 7 times in 10.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

TEMPERATURE = 0.04  # softmax temperature on cosines: typical gaps between codes are 0.02-0.1
MIN_CALIBRATION = 10  # hand-coded answers needed before the Platt scaler replaces the softmax


def code_texts(codebook) -> dict[str, list[str]]:
    """Per code, the texts that describe it: "label: definition" and each example."""
    return {c.id: [f"{c.label}: {c.definition}".strip(" :")] + list(c.examples) for c in codebook}


def prototypes(described: np.ndarray, owners: Sequence[int], n_codes: int) -> np.ndarray:
    """Normalised mean vector per code from rows of ``described`` tagged with a code index."""
    owners = np.asarray(owners)
    out = np.zeros((n_codes, described.shape[1]), dtype=np.float32)
    for k in range(n_codes):
        rows = described[owners == k]
        if len(rows):
            out[k] = rows.mean(axis=0)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return out / norms


def features(scores: np.ndarray) -> np.ndarray:
    """Per (answer, code): cosine, gap to the answer's best code, softmax share; shape (n*k, 3)."""
    gap = scores - scores.max(axis=1, keepdims=True)
    soft = softmax(scores)
    return np.column_stack([scores.ravel(), gap.ravel(), soft.ravel()])


def softmax(scores: np.ndarray) -> np.ndarray:
    z = (scores - scores.max(axis=1, keepdims=True)) / TEMPERATURE
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


class SimilarityScorer:
    """Cosine to code prototypes, turned into a confidence (see the module docstring)."""

    def __init__(self, random_state: int | None = 0) -> None:
        self.random_state = random_state

    def fit(self, code_vectors: np.ndarray, code_owner: Sequence[int], n_codes: int,
            X: np.ndarray | None = None, Y: np.ndarray | None = None) -> SimilarityScorer:
        """``code_vectors`` describe the codes (row i belongs to code ``code_owner[i]``); ``X``/``Y``
        are hand-coded answer vectors and their 0/1 code matrix, added to the prototypes and used
        for calibration."""
        from sklearn.linear_model import LogisticRegression

        vectors, owners = [np.asarray(code_vectors)], list(code_owner)
        if X is not None and Y is not None and len(X):
            rows, cols = np.nonzero(Y)
            vectors.append(np.asarray(X)[rows])
            owners += cols.tolist()
        self.prototypes_ = prototypes(np.vstack(vectors), owners, n_codes)
        self.calibrator_ = None
        if X is not None and Y is not None and len(X) >= MIN_CALIBRATION and 0 < Y.sum() < Y.size:
            # Calibrate on scores against prototypes built *without* the answer's own vote would be
            # cleaner (cross-fitting); with few examples per code the optimism is small, and the
            # scaler only rescales, so the ranking of codes is unaffected.
            scores = np.asarray(X) @ self.prototypes_.T
            self.calibrator_ = LogisticRegression(C=1.0, random_state=self.random_state)
            self.calibrator_.fit(features(scores), np.asarray(Y).ravel())
        return self

    def scores(self, X: np.ndarray) -> np.ndarray:
        return np.asarray(X) @ self.prototypes_.T

    def confidence(self, X: np.ndarray) -> np.ndarray:
        scores = self.scores(X)
        if self.calibrator_ is None:
            return softmax(scores)
        return self.calibrator_.predict_proba(features(scores))[:, 1].reshape(scores.shape)
