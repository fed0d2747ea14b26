"""Every code an answer has, from wherever it was given, as one table.

Codes come from three places: the coders' current hand codes (``decisions``; accepting an
auto-coder suggestion on the coding screen is a hand decision), the auto-coder's own suggestions
(coder ``auto``, only when asked for), and the review's topic-to-code mapping
(``review.map_codes``, which puts the codes in the reviewed run's ``codes`` column). Reports,
filters and subgroup tables read this one table, so a researcher's codes reach the report writer.
"""

from __future__ import annotations

import pandas as pd

from .. import schema
from .store import AUTO_CODER, Project

COLUMNS = ["id", "code", "label", "source", "coder"]
REVIEW = "review"
CODES = schema.CODES  # the reviewed run's column of mapped codes


def answer_codes(result, project: Project | None = None, *, include_auto: bool = False) -> pd.DataFrame:
    """One row per (answer, code, source, coder) for the answers of ``result`` (a RunResult).

    A project's decisions apply to a run's answer only when the id and the text are the same, so
    the codes of one wave never land on another wave's answer that happens to share its id."""
    labels = code_labels(project)
    rows = []
    if project is not None and project.has_codebook():
        decisions = project.decisions()
        decisions = decisions[decisions["code_id"].notna()]
        if not include_auto:
            decisions = decisions[decisions["coder"] != AUTO_CODER]
        coded = project.answers().set_index(schema.ID)[schema.TEXT].astype(str).to_dict()
        here = dict(zip(result.answers[schema.ID].astype(str), result.answers[schema.TEXT].astype(str)))
        for row in decisions.itertuples(index=False):
            answer = str(row.answer_id)
            if answer in here and coded.get(answer) == here[answer]:
                rows.append((answer, row.code_id, labels.get(row.code_id, row.code_id), row.source, row.coder))
    if CODES in result.answers.columns:
        for answer, value in zip(result.answers[schema.ID].astype(str), result.answers[CODES].astype(str)):
            for code in (c.strip() for c in value.split(";")):
                if code:
                    rows.append((answer, code, labels.get(code, code), REVIEW, REVIEW))
    return pd.DataFrame(rows, columns=COLUMNS).drop_duplicates().reset_index(drop=True)


def code_labels(project: Project | None) -> dict[str, str]:
    """Code id to label in the project's latest codebook (empty without one)."""
    if project is None or not project.has_codebook():
        return {}
    return {c.id: c.label for c in project.codebook()}


def codes_by_answer(table: pd.DataFrame) -> dict[str, list[str]]:
    """Answer id to the labels of its codes (each once, in first-seen order), for a report."""
    out: dict[str, list[str]] = {}
    for answer, label in zip(table["id"], table["label"]):
        labels = out.setdefault(str(answer), [])
        if label not in labels:
            labels.append(label)
    return out


def code_order(project: Project | None, table: pd.DataFrame) -> list[str]:
    """Code labels in codebook order, then any label the codebook does not know (review codes)."""
    known = list(code_labels(project).values())
    seen = set(table["label"])
    return [label for label in known if label in seen] + sorted(seen - set(known))

