"""SCAN-style heads on the frozen clustering space (Van Gansbeke et al. 2020), and a TEMI-like
PMI-weighted variant (Adaloglou et al. 2023), for explore_grouping.py.

A softmax head on PCA-64 of the space, trained by L-BFGS (numpy/scipy, no torch) on the
neighbour-consistency loss over the multiview graph's pairs plus an entropy term on the mean
assignment. Measured and not adopted: docs/clustering.md.
"""

from __future__ import annotations

import numpy as np

def _features(space: np.ndarray, dims: int, seed: int) -> np.ndarray:
    from sklearn.decomposition import PCA

    F = PCA(dims, random_state=seed).fit_transform(space) if dims and dims < space.shape[1] else np.array(space)
    F /= np.maximum(np.linalg.norm(F, axis=1, keepdims=True), 1e-12)
    return F.astype(np.float64)


def _softmax(S: np.ndarray) -> np.ndarray:
    S = S - S.max(axis=1, keepdims=True)
    P = np.exp(S)
    return P / P.sum(axis=1, keepdims=True)


def scan_loss(params, F, I, J, w, k, lam, reg, pmi=False):
    """Neighbour consistency -sum w log <p_i, p_j> / n, plus lam * sum m log m (m: mean p)."""
    from scipy import sparse

    n, d = F.shape
    W = params[: d * k].reshape(d, k)
    b = params[d * k:]
    P = _softmax(F @ W + b)
    m = P.mean(axis=0)
    A, B = P[I], P[J]
    prod = A * B
    if pmi:  # TEMI-like: agreement on a cluster counts more when the cluster is small
        prod = prod / m
    dot = prod.sum(axis=1) + 1e-12
    loss = -(w * np.log(dot)).sum() / n + lam * float((m * np.log(m + 1e-12)).sum()) + 0.5 * reg * float((W * W).sum())
    Q = prod / dot[:, None]
    E = len(I)
    scale = w / n
    to_i = sparse.csr_matrix((scale, (I, np.arange(E))), shape=(n, E))
    to_j = sparse.csr_matrix((scale, (J, np.arange(E))), shape=(n, E))
    # d/dp of -log <p_i, p_j / m>: -p_j / (m dot) for p_i; through the softmax: p_i - q (q = normalised product)
    G = to_i @ (A - Q) + to_j @ (B - Q)
    h = lam * (np.log(m + 1e-12) + 1) / n
    if pmi:  # d/dm of -sum w log sum_c p_ic p_jc / m_c = sum_e w q_ec / m_c (over n); m = mean p
        h = h + (scale[:, None] * Q).sum(axis=0) / m / n
    G += P * (h - (P @ h)[:, None])
    grad = np.concatenate([(F.T @ G + reg * W).ravel(), G.sum(axis=0)])
    return loss, grad


def scan(data, space, graph, theme_of, k, seed, *, lam: float = 2.0, dims: int = 64, temp: float = 10.0, reg: float = 1e-3,
         init: str = "labels", pmi: bool = False, restarts: int = 1):
    from scipy.optimize import minimize

    F = _features(space, dims, seed)
    coo = graph.tocoo()
    I, J, w = coo.row, coo.col, coo.data.astype(np.float64)
    n, d = F.shape
    rng = np.random.default_rng(seed)
    best = None
    for r in range(restarts):
        if init == "labels" and r == 0:
            active = theme_of >= 0
            C = np.vstack([F[theme_of == c].mean(axis=0) for c in range(k)])
            C /= np.linalg.norm(C, axis=1, keepdims=True)
            W0 = temp * C.T
        else:
            W0 = rng.normal(0, 1 / np.sqrt(d), (d, k)) * temp
        x0 = np.concatenate([W0.ravel(), np.zeros(k)])
        res = minimize(scan_loss, x0, args=(F, I, J, w, k, lam, reg, pmi), jac=True, method="L-BFGS-B", options={"maxiter": 300})
        if best is None or res.fun < best.fun:
            best = res
    W = best.x[: d * k].reshape(d, k)
    labels = (F @ W + best.x[d * k:]).argmax(axis=1)
    # keep ids 0..k-1 for every group that survived
    return np.unique(labels, return_inverse=True)[1]


def scan_then_selftrain(data, space, graph, theme_of, k, seed, **kw):
    from openanswers.topics.selftrain import self_train

    return self_train(space, scan(data, space, graph, theme_of, k, seed, **kw), random_state=seed)


