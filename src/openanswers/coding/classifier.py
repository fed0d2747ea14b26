"""A multi-label classifier learned from hand-coded answers: one logistic regression per code.

Each code with enough positive and negative examples gets its own model (one-vs-rest), with
probabilities calibrated by Platt scaling in cross-validation when there are enough examples
(below that the balanced-weight probabilities run high: treat them as scores), so a confidence
can be thresholded. Codes with too few examples get no model: the auto-coder
falls back to rules and similarity for them rather than guess.
"""

from __future__ import annotations

import numpy as np

MIN_POSITIVE = 3  # positives a code needs before a model is trained for it
MIN_CALIBRATED = 8  # positives (and negatives) needed for cross-validated Platt scaling
REFIT_GROWTH = 0.2  # refit a code whose positives are unchanged once its training rows grew by this share


class CodeClassifier:
    """One-vs-rest logistic regression on answer features (embeddings, similarity, rule hits).

    Example::

        clf = CodeClassifier().fit(X_train, Y_train)   # Y: 0/1 matrix, answers x codes
        clf.predict_proba(X_test)                      # NaN where a code has no model
    """

    def __init__(self, *, C: float = 1.0, min_positive: int = MIN_POSITIVE, random_state: int | None = 0) -> None:
        self.C = C
        self.min_positive = min_positive
        self.random_state = random_state

    def fit(self, X: np.ndarray, Y: np.ndarray) -> CodeClassifier:
        self.estimators_: dict[int, object] = {}
        self.fitted_on_: dict[int, tuple[frozenset, int]] = {}
        self.fit_codes(X, Y)
        return self

    def fit_codes(self, X: np.ndarray, Y: np.ndarray, keys=None) -> list[int]:
        """Fit again only the codes whose positives changed since their last fit (``keys`` name
        the rows, e.g. answer positions, so a row keeps its identity as rows are added), or whose
        training rows grew by :data:`REFIT_GROWTH`; drop the codes that lost their examples.
        Returns the indices of the codes fitted."""
        from sklearn.calibration import CalibratedClassifierCV
        from sklearn.linear_model import LogisticRegression

        if not hasattr(self, "estimators_"):
            self.estimators_, self.fitted_on_ = {}, {}
        X, Y = np.asarray(X, dtype=np.float64), np.asarray(Y, dtype=int)
        keys = list(range(len(X))) if keys is None else list(keys)
        self.n_codes_ = Y.shape[1]
        fitted = []
        for k in range(self.n_codes_):
            positives, negatives = int(Y[:, k].sum()), int(len(Y) - Y[:, k].sum())
            if positives < self.min_positive or negatives < self.min_positive:
                self.estimators_.pop(k, None)
                self.fitted_on_.pop(k, None)
                continue
            marks = (frozenset(keys[i] for i in np.flatnonzero(Y[:, k])), len(X))
            last = self.fitted_on_.get(k)
            if last is not None and last[0] == marks[0] and len(X) <= last[1] * (1 + REFIT_GROWTH):
                continue
            # Balanced class weights: a code on 5 of 35 answers would otherwise never reach 0.5.
            model = LogisticRegression(C=self.C, class_weight="balanced", max_iter=2000, random_state=self.random_state)
            if min(positives, negatives) >= MIN_CALIBRATED:
                # Platt scaling fitted on held-out folds undoes the optimism of balanced weights:
                # fewer suggestions, but a confidence of 0.8 is then right about 8 times in 10.
                model = CalibratedClassifierCV(model, method="sigmoid", cv=3)
            self.estimators_[k] = model.fit(X, Y[:, k])
            self.fitted_on_[k] = marks
            fitted.append(k)
        return fitted

    @property
    def covered_(self) -> list[int]:
        """Indices of the codes that have a model."""
        return sorted(self.estimators_)

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        """Probability per answer and code; NaN for codes without a model."""
        X = np.asarray(X, dtype=np.float64)
        out = np.full((len(X), self.n_codes_), np.nan)
        for k, model in self.estimators_.items():
            out[:, k] = _probability(model, X)
        return out


def _probability(model, X: np.ndarray) -> np.ndarray:
    """P(code) from a fitted model, worked out from its coefficients: the same numbers as
    ``predict_proba``, without scikit-learn's per-call checks, which cost more than the sums
    when every answer is scored on each retrain of a session."""
    from scipy.special import expit

    try:
        if hasattr(model, "calibrated_classifiers_"):  # Platt-scaled folds, averaged
            parts = []
            for fold in model.calibrated_classifiers_:
                scores = X @ fold.estimator.coef_[0] + fold.estimator.intercept_[0]
                sigmoid = fold.calibrators[0]
                parts.append(expit(-(sigmoid.a_ * scores + sigmoid.b_)))
            return np.mean(parts, axis=0)
        return expit(X @ model.coef_[0] + model.intercept_[0])
    except AttributeError:  # another scikit-learn layout: the slow, sure way
        return model.predict_proba(X)[:, 1]
