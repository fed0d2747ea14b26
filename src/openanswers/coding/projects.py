"""The auto-coder on a project: learn from its hand codes, store suggestions as decisions."""

from __future__ import annotations

from collections.abc import Sequence

from ..project import AUTO_CODER


def hand_labels(project, answer_ids: Sequence[str], coder: str | None = None) -> list[set[str] | None]:
    """Per answer, the codes hand coders gave it (union over coders), None when nobody coded it."""
    frame = project.decisions(source="manual")
    frame = frame[frame["coder"] != AUTO_CODER]
    if coder is not None:
        frame = frame[frame["coder"] == coder]
    by_answer: dict[str, set[str]] = {}
    for answer_id, code in zip(frame["answer_id"], frame["code_id"]):
        codes = by_answer.setdefault(answer_id, set())
        if code is not None:
            codes.add(code)
    return [by_answer.get(a) for a in answer_ids]


TOLERANCE = 0.05  # a stored suggestion is rewritten only when its confidence moved by more than this


def autocode(project, *, coder: str = AUTO_CODER, **options) -> dict[str, int]:
    """Suggest codes for every answered answer and store them as ``coder``'s decisions. Only
    answers whose suggestions changed get a new batch (see :func:`store_suggestions`), so the
    log does not grow by every answer on each run. Returns counts: answers, suggestions, per
    source, and ``rewritten``."""
    from .suggest import AutoCoder

    answers = project.answers()
    labels = hand_labels(project, answers["id"].tolist())
    auto = AutoCoder(project.codebook(), **options).fit(answers["clean"].tolist(), labels)
    return store_suggestions(project, answers, auto.suggest(), coder=coder, options=options)


def store_suggestions(project, answers, suggestions, *, coder: str = AUTO_CODER, options: dict | None = None,
                      tolerance: float = TOLERANCE) -> dict[str, int]:
    """Write the suggestions (one list per row of ``answers``) that differ from the stored ones:
    another set of codes, or a confidence that moved by more than ``tolerance``."""
    options = options or {}
    keep = (answers["status"] != "leeg").tolist()
    items = [(a, [(s.code, s.confidence, s.source) for s in row])
             for a, row, k in zip(answers["id"], suggestions, keep) if k]
    stored: dict[str, dict[str, float]] = {}
    for row in project.decisions(coder=coder).itertuples():
        codes = stored.setdefault(row.answer_id, {})
        if isinstance(row.code_id, str):  # None (no code applies) reads back as NaN
            codes[row.code_id] = 0.0 if row.confidence is None or row.confidence != row.confidence else float(row.confidence)
    changed = [(a, codes) for a, codes in items if a not in stored or _moved(stored[a], codes, tolerance)]
    # An answer the auto-coder abstains on gets one row without a code, under the leading source.
    primary = next(n for n in ("model", "similarity", "rule") if options.get(n if n != "rule" else "rules", True))
    if changed:
        project.record_many(changed, coder, primary)
    counts: dict[str, int] = {"answers": len(items), "suggestions": sum(len(c) for _, c in items)}
    for _, codes in items:
        for _, _, source in codes:
            counts[source] = counts.get(source, 0) + 1
    counts["rewritten"] = len(changed)
    return counts


def _moved(old: dict[str, float], new: list[tuple[str, float, str]], tolerance: float) -> bool:
    fresh = {code: confidence for code, confidence, _ in new}
    return set(old) != set(fresh) or any(abs(old[c] - fresh[c]) > tolerance for c in fresh)


CV_CODER = "auto (kruisvalidatie)"


def cross_validated_decisions(project, *, folds: int = 5, random_state: int = 0, **options):
    """The auto-coder's codes for every hand-coded answer, each from a model that never saw it.

    Hand-coded answers are split into ``folds``; for each fold the auto-coder learns from the
    hand codes of the other folds only. Agreement and F1 computed on these rows are honest
    estimates; the stored ``auto`` decisions come from a model trained on all hand codes.
    Returns decision rows (coder, answer_id, code_id) under the coder name :data:`CV_CODER`.
    """
    import numpy as np
    import pandas as pd

    from .suggest import AutoCoder

    answers = project.answers()
    ids = answers["id"].tolist()
    texts = answers["clean"].tolist()
    labels = hand_labels(project, ids)
    coded = np.flatnonzero([lab is not None for lab in labels])
    rows = []
    if len(coded) >= 2:
        order = np.random.default_rng(random_state).permutation(coded)
        for held_out in np.array_split(order, min(folds, len(coded))):
            held = set(held_out.tolist())
            train = [lab if i not in held else None for i, lab in enumerate(labels)]
            coder = AutoCoder(project.codebook(), random_state=random_state, **options).fit(texts, train)
            for i, found in zip(held_out, coder.suggest([texts[i] for i in held_out])):
                codes = [s.code for s in found] or [None]
                rows += [{"coder": CV_CODER, "answer_id": ids[i], "code_id": c} for c in codes]
    return pd.DataFrame(rows, columns=["coder", "answer_id", "code_id"])
