"""Self-training on the confident members of clusters: sharper borders between groups.

k-means draws straight borders halfway between centroids, so a cluster's edge is decided by its
least typical members. Here each cluster keeps the half of its members that are clearly closer to
its own centroid than to the next one (largest margin between the two nearest centroids), a
class-balanced logistic regression learns the groups from those alone, and then relabels every
answer; repeated until the labels settle (at most ``max_iter`` rounds). This is the "confident
subset" step of self-labelling clusterers (SCAN, Van Gansbeke et al. 2020) on frozen features,
without a neural head. Measured in docs/clustering.md.

With a neighbour ``graph`` (the multiview model's), each round's class probabilities are mixed
with those of the answer's neighbours before the argmax (``smooth``: their share), so a label has
to fit the neighbourhood as well as the classifier: SCAN's neighbour-consistency idea, applied to
the predictions instead of trained into a head.
"""

from __future__ import annotations

import warnings

import numpy as np
from sklearn.utils import check_random_state

KEEP = 0.5  # share of each cluster trained on: its most confident half
MAX_ITER = 10
MIN_MEMBERS = 3  # a cluster needs this many confident members to be learned
DIMS = 64  # the classifier sees the top principal components: same labels, a fraction of the time
MAX_TRAIN = 1000  # confident members per cluster trained on, at most: bounded cost at any n
C = 0.1  # strong regularisation: confident members are few and the borders should stay smooth
SMOOTH = 0.3  # with a graph: the neighbours' share of an answer's class probabilities
KEEP_SMOOTHED = 0.6  # with a graph: share of each cluster trained on (0.2-0.4 x 0.6-0.8 all measured ahead)


def margins(X: np.ndarray, labels: np.ndarray, classes: np.ndarray) -> np.ndarray:
    """Per row: similarity to its own cluster's centroid minus that to the nearest other one."""
    centroids = np.vstack([X[labels == c].mean(axis=0) for c in classes])
    centroids /= np.maximum(np.linalg.norm(centroids, axis=1, keepdims=True), 1e-12)
    sims = X @ centroids.T
    own = sims[np.arange(len(X)), np.searchsorted(classes, labels)]
    sims[np.arange(len(X)), np.searchsorted(classes, labels)] = -np.inf
    return own - sims.max(axis=1)


def self_train(X: np.ndarray, labels: np.ndarray, **kwargs) -> np.ndarray:
    """Labels refined by confident-subset self-training; same label ids, never fewer groups.

    Rows labelled -1 (outliers) stay -1 and are not trained on. ``graph`` (n x n, rows summing to
    1) with ``smooth`` > 0 mixes each answer's class probabilities with its neighbours'. With fewer than two groups, or
    groups too small to learn, the labels come back unchanged. Runs on one BLAS thread: the
    matrices are small, and competing threads made it ten times slower on a busy machine.
    """
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1, user_api="blas"):
        return _self_train(X, labels, **kwargs)


def _self_train(X: np.ndarray, labels: np.ndarray, *, keep: float = KEEP, max_iter: int = MAX_ITER, random_state=0,
                graph=None, smooth: float = 0.0) -> np.ndarray:
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.linear_model import LogisticRegression

    labels = np.asarray(labels, dtype=int).copy()
    active = labels >= 0
    classes = np.unique(labels[active])
    if len(classes) < 2:
        return labels
    from sklearn.decomposition import PCA

    seed = check_random_state(random_state).randint(2**31 - 1)
    X = np.asarray(X, dtype=np.float32)
    if min(X.shape) > DIMS:
        X = PCA(DIMS, svd_solver="randomized", random_state=seed).fit_transform(X)
        X /= np.maximum(np.linalg.norm(X, axis=1, keepdims=True), 1e-12)
    for _ in range(max_iter):
        margin = margins(X[active], labels[active], classes)
        rows = np.flatnonzero(active)
        train = []
        for c in classes:
            members = np.flatnonzero(labels[rows] == c)
            n_keep = min(MAX_TRAIN, max(MIN_MEMBERS, int(np.ceil(keep * len(members)))))
            if len(members) < MIN_MEMBERS:
                return labels
            train.append(rows[members[np.argsort(-margin[members], kind="stable")[:n_keep]]])
        train = np.concatenate(train)
        model = LogisticRegression(C=C, class_weight="balanced", max_iter=200, random_state=seed)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            model.fit(X[train], labels[train])
        new = labels.copy()
        if graph is None or smooth <= 0:
            new[active] = model.predict(X[active])
        else:  # the neighbours' probabilities vote too (rows not grouped add nothing)
            proba = np.zeros((len(X), len(model.classes_)), dtype=np.float32)
            proba[active] = model.predict_proba(X[active])
            proba = (1 - smooth) * proba + smooth * (graph @ proba)
            new[active] = model.classes_[proba[active].argmax(axis=1)]
        if len(np.unique(new[active])) < len(classes):  # a group was swallowed: keep the last labels
            return labels
        if np.array_equal(new, labels):
            break
        labels = new
    return labels
