"""The space topics are clustered in: sentence vectors, centred and denoised over their neighbours.

Two cheap, label-free steps that each lift clustering quality on real Dutch text (see
docs/clustering.md):

* Centring. Sentence encoders put every text in a narrow cone around a shared direction (the
  "this is Dutch prose" component). Subtracting the corpus mean and renormalising makes cosine
  and centroid distances reflect what differs between answers rather than what they share.
* Neighbour diffusion. Each vector is pulled towards the mean of its k nearest neighbours:
  ``Z <- normalise((1 - alpha) X + alpha A Z)``, a few steps, with ``A`` the row-normalised
  k-nearest-neighbour graph. This is the feature-space form of label propagation (Zhou et al.
  2004): noise that one answer's wording adds averages out, while answers in a dense region agree
  more. k scales with n (about sqrt(n)/2), so the smoothing covers a similar share of the data at
  any survey size; nothing is tuned to a particular corpus.

Hand-written rather than a library call because scikit-learn has no diffusion step and the k-NN
search is one chunked matrix product on unit vectors (exact, no extra dependency, ~2 s for 10k).
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

ALPHA = 0.5  # equal weight to the answer itself and to its neighbourhood
MAX_ANCHORS = 20_000  # above this many answers, neighbours come from a sample of this size
STEPS = 3  # enough to converge to within a few percent of the fixed point of the propagation


def neighbour_count(n: int) -> int:
    """About sqrt(n)/2 neighbours, at least 3, never more than there are other answers."""
    return int(max(0, min(n - 1, max(3, round(n**0.5 / 2)))))


def centre(vectors: np.ndarray) -> np.ndarray:
    """Subtract the corpus mean and return to unit length (rows that become zero stay zero)."""
    X = np.array(vectors, dtype=np.float32)  # a copy, worked on in place: one n x d array at a time
    if len(X) < 2:
        return X
    X -= X.mean(axis=0, keepdims=True)
    return _unit(X)


def anchors_of(n: int, limit: int = MAX_ANCHORS) -> np.ndarray:
    """Rows neighbours are searched among: all of them up to ``limit``, else a seeded sample."""
    if n <= limit:
        return np.arange(n)
    return np.sort(np.random.default_rng(0).choice(n, limit, replace=False))


def knn_graph(vectors: np.ndarray, k: int, chunk: int | None = None, anchors: np.ndarray | None = None) -> sparse.csr_matrix:
    """Row-normalised graph of each row's k most cosine-similar other rows among ``anchors``
    (default: all rows; ties: lower index)."""
    n = len(vectors)
    anchors = np.arange(n) if anchors is None else np.asarray(anchors)
    position = np.full(n, -1)
    position[anchors] = np.arange(len(anchors))
    pool = vectors[anchors]
    # Rows per block so that one block of similarities and argpartition's index copy stay under
    # ~100 MB together at any n: 600 rows at 10k answers, 300 at 20k anchors (same total work).
    chunk = chunk or int(max(64, min(2048, 6_000_000 // max(len(anchors), 1))))
    rows, cols = [], []
    for start in range(0, n, chunk):
        block = np.arange(start, min(n, start + chunk))
        sims = vectors[block] @ pool.T
        own = position[block]
        sims[np.flatnonzero(own >= 0), own[own >= 0]] = -np.inf  # not itself
        # argpartition finds the k best in linear time; a stable sort of just those k (and of
        # their column order first) keeps tie-breaking deterministic across runs.
        part = np.sort(np.argpartition(-sims, k - 1, axis=1)[:, :k], axis=1)
        order = np.argsort(-np.take_along_axis(sims, part, axis=1), axis=1, kind="stable")
        top = np.take_along_axis(part, order, axis=1)
        rows.append(np.repeat(block, k))
        cols.append(anchors[top.ravel()])
    data = np.full(n * k, 1.0 / k, dtype=np.float32)
    return sparse.csr_matrix((data, (np.concatenate(rows), np.concatenate(cols))), shape=(n, n))


def diffuse(vectors: np.ndarray, k: int | None = None, alpha: float = ALPHA, steps: int = STEPS) -> np.ndarray:
    """Neighbour-smoothed unit vectors (see the module docstring); tiny inputs come back as is.

    Above ``MAX_ANCHORS`` answers, neighbours are sought among a seeded sample of that many
    (landmarks), with k scaled to cover the same share of the data: exact search over all pairs
    grows with n² (~80 s at 100k answers), over landmarks with n.
    """
    X = np.asarray(vectors, dtype=np.float32)
    n = len(X)
    k = neighbour_count(n) if k is None else k
    if k < 1 or n < 4:
        return X.copy()
    anchors = anchors_of(n)
    if len(anchors) < n:
        k = max(3, round(k * len(anchors) / n))
    return propagate(X, knn_graph(X, k, anchors=anchors), alpha=alpha, steps=steps)


def propagate(X: np.ndarray, graph: sparse.spmatrix, alpha: float = ALPHA, steps: int = STEPS) -> np.ndarray:
    """``steps`` rounds of ``Z <- normalise((1 - alpha) X + alpha A Z)`` over the row-normalised
    graph ``A``: the smoothing step of :func:`diffuse`, for any graph (one view or several)."""
    X = np.asarray(X, dtype=np.float32)
    Z = X
    for _ in range(steps):
        # (1 - alpha) X + alpha A Z, scaled by 1 / (1 - alpha), which the normalisation undoes:
        # written in place, so no more than three n x d arrays are alive at any n.
        step = graph @ Z
        if alpha < 1:
            step *= alpha / (1 - alpha)
            step += X
        Z = _unit(step)
    return Z


def topic_space(vectors: np.ndarray) -> np.ndarray:
    """The default clustering space: centred, then diffused over the neighbour graph."""
    return diffuse(centre(vectors))


def unit_rows(X: np.ndarray) -> np.ndarray:
    """A copy of ``X`` with every row at unit length (a zero row stays zero): cosines are then dot
    products. Float32 stays float32."""
    X = np.asarray(X)
    X = X if np.issubdtype(X.dtype, np.floating) else X.astype(float)
    return X / np.maximum(np.linalg.norm(X, axis=-1, keepdims=True), 1e-12)


def unit_centroids(vectors: np.ndarray, labels: np.ndarray, classes) -> np.ndarray:
    """The unit-length mean vector of each class, one row per class in the order of ``classes``.

    A class is one label, or a list of labels (a theme of several topics). The mean is taken over
    the vectors as given: pass ``unit_rows(vectors)`` for the mean direction of unit vectors."""
    labels = np.asarray(labels)
    members = (np.isin(labels, list(c)) if isinstance(c, (list, tuple, set, frozenset)) else labels == c for c in classes)
    return unit_rows(np.vstack([vectors[rows].mean(axis=0) for rows in members]))


def _unit(X: np.ndarray) -> np.ndarray:
    """Rows of the float32 array ``X`` scaled to unit length, in place."""
    norms = np.sqrt(np.einsum("ij,ij->i", X, X))[:, None]  # np.linalg.norm squares into a full copy
    norms[norms == 0] = 1.0
    X /= norms
    return X
