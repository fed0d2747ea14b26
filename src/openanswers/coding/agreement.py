"""Agreement between coders, and of the auto-coder with them.

Each (answer, code) is a yes/no judgement. Per pair of coders, on the answers both coded:
Cohen's kappa (scikit-learn) and Krippendorff's alpha (``krippendorff``), per code and pooled
over all codes; with the auto-coder as one side also precision, recall and F1 against the human.
With three or more human coders, alpha over all of them (missing where a coder skipped an answer).
Kappa and alpha are undefined (NaN) where a code was never or always given: no variation to agree on.
"""

from __future__ import annotations

import itertools
import warnings
from collections.abc import Sequence

import numpy as np
import pandas as pd

ALL_CODES = "(alle codes)"
ALL_CODERS = "(alle codeurs)"
COLUMNS = ["code", "coder_a", "coder_b", "n", "kappa", "alpha", "precision", "recall", "f1"]


def _coded_sets(decisions: pd.DataFrame) -> dict[str, dict[str, set[str]]]:
    """coder -> answer id -> codes (an empty set: the coder decided no code applies)."""
    out: dict[str, dict[str, set[str]]] = {}
    for coder, answer_id, code in zip(decisions["coder"], decisions["answer_id"], decisions["code_id"]):
        codes = out.setdefault(coder, {}).setdefault(answer_id, set())
        if code is not None and not (isinstance(code, float) and np.isnan(code)):
            codes.add(code)
    return out


def _kappa(a: np.ndarray, b: np.ndarray) -> float:
    from sklearn.metrics import cohen_kappa_score

    if len(a) == 0 or (len(set(a.tolist()) | set(b.tolist())) < 2):
        return float("nan")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return float(cohen_kappa_score(a, b))


def _alpha(matrix: np.ndarray) -> float:
    """Krippendorff's alpha (nominal) for a coders x items matrix with NaN for missing."""
    import krippendorff

    values = matrix[~np.isnan(matrix)]
    if matrix.shape[1] == 0 or len(np.unique(values)) < 2:
        return float("nan")
    return float(krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal"))


def _prf(predicted: np.ndarray, truth: np.ndarray) -> tuple[float, float, float]:
    tp = float((predicted & truth).sum())
    precision = tp / predicted.sum() if predicted.sum() else float("nan")
    recall = tp / truth.sum() if truth.sum() else float("nan")
    f1 = 2 * tp / (predicted.sum() + truth.sum()) if (predicted.sum() + truth.sum()) else float("nan")
    return precision, recall, f1


def agreement_table(decisions: pd.DataFrame, codes: Sequence[str], *, auto_coders: Sequence[str] = ("auto",)) -> pd.DataFrame:
    """Agreement per code and pooled, for every pair of coders (see the module docstring).

    ``decisions`` has columns coder, answer_id, code_id (one row per code given; None for "no code").
    """
    coded = _coded_sets(decisions)
    coders = sorted(coded, key=lambda c: (c not in auto_coders, c))
    rows = []
    for a, b in itertools.combinations(coders, 2):
        if a in auto_coders and b in auto_coders:
            continue
        items = sorted(set(coded[a]) & set(coded[b]))
        A = np.array([[c in coded[a][i] for c in codes] for i in items], dtype=bool).reshape(len(items), len(codes))
        B = np.array([[c in coded[b][i] for c in codes] for i in items], dtype=bool).reshape(len(items), len(codes))
        scored = a in auto_coders  # the auto-coder as prediction, the human as truth
        for k, code in enumerate(list(codes) + [ALL_CODES]):
            x, y = (A[:, k], B[:, k]) if k < len(codes) else (A.ravel(), B.ravel())
            row = {"code": code, "coder_a": a, "coder_b": b, "n": len(items), "kappa": _kappa(x.astype(int), y.astype(int)),
                   "alpha": _alpha(np.vstack([x, y]).astype(float))}
            if scored:
                row["precision"], row["recall"], row["f1"] = _prf(x, y)
            rows.append(row)
    humans = [c for c in coders if c not in auto_coders]
    if len(humans) >= 3:
        items = sorted(set().union(*(coded[h] for h in humans)))
        for code in list(codes) + [ALL_CODES]:
            wanted = list(codes) if code == ALL_CODES else [code]
            matrix = np.array([[float(c in coded[h][i]) if i in coded[h] else np.nan for i in items for c in wanted]
                               for h in humans])
            rows.append({"code": code, "coder_a": ALL_CODERS, "coder_b": "", "n": len(items), "alpha": _alpha(matrix)})
    return pd.DataFrame(rows, columns=COLUMNS)


def agreement(project, *, cross_validate: bool = True, folds: int = 5, **options) -> pd.DataFrame:
    """:func:`agreement_table` for a project's current decisions and latest codebook.

    With ``cross_validate`` the auto-coder is scored on codes from models that never saw the
    answer (:func:`~openanswers.coding.projects.cross_validated_decisions`), not on its stored
    suggestions, which were learned from the very hand codes they are compared with.

    Example: ``agreement(Project.open("wlz.oaproj")).query("code == '(alle codes)'")``
    """
    from ..project import AUTO_CODER
    from .projects import CV_CODER, cross_validated_decisions

    decisions = project.decisions()
    if not cross_validate:
        return agreement_table(decisions, project.codebook().ids, auto_coders=(AUTO_CODER,))
    humans = decisions.loc[decisions["coder"] != AUTO_CODER, ["coder", "answer_id", "code_id"]]
    scored = pd.concat([cross_validated_decisions(project, folds=folds, **options), humans], ignore_index=True)
    return agreement_table(scored, project.codebook().ids, auto_coders=(CV_CODER,))
