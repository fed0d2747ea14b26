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


def autocode(project, *, coder: str = AUTO_CODER, **options) -> dict[str, int]:
    """Suggest codes for every answered answer and store them as ``coder``'s decisions (an
    earlier auto-coding run is superseded). Returns counts: answers, suggestions, per source."""
    from .suggest import suggest

    answers = project.answers()
    suggestions = suggest(project, **options)
    keep = (answers["status"] != "leeg").tolist()
    items = [(a, [(s.code, s.confidence, s.source) for s in row])
             for a, row, k in zip(answers["id"], suggestions, keep) if k]
    # An answer the auto-coder abstains on gets one row without a code, under the leading source.
    primary = next(n for n in ("model", "similarity", "rule") if options.get(n if n != "rule" else "rules", True))
    project.record_many(items, coder, primary, replace=True)
    counts: dict[str, int] = {"answers": len(items), "suggestions": sum(len(c) for _, c in items)}
    for _, codes in items:
        for _, _, source in codes:
            counts[source] = counts.get(source, 0) + 1
    return counts
