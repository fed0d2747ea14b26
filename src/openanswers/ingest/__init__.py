"""Survey exports in, the canonical answer table out (see :mod:`openanswers.schema`)."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from .. import schema
from ..errors import InputError, OpenAnswersWarning
from .columns import guess_id, guess_text, question_of, resolve
from .readers import RawTable, _unique_headers, read_table
from .text import clean_text, is_substantive, split_closed

__all__ = ["read_answers", "answers_from_frame", "answers_from_texts", "clean_text", "is_substantive", "split_closed"]


def read_answers(
    path: str | Path,
    *,
    text: str | Sequence[str] | None = None,
    id: str | None = None,
    closed: str | None = None,
    question: str | None = None,
    groups: Sequence[str] = (),
    sheet: str | None = None,
    split: bool = True,
) -> pd.DataFrame:
    """One row per answer, every input answer kept, in input order.

    ``text`` names the open-text column, or several columns of one question ("speerpunt 1, 2, 3"),
    which become one row each with a ``rank``. ``question`` is a column name or the question text
    itself. ``split`` separates "Ja, want …" into closed answer and text when there is no ``closed``
    column. Raises :class:`~openanswers.errors.InputError` naming file, row and column.
    """
    path = Path(path)
    table = read_table(path, sheet=sheet)
    if not table.rows:
        raise InputError("the file has a header but no answers", path=path)
    return _canonical(table, path, text=text, id=id, closed=closed, question=question, groups=groups, split=split)


def answers_from_frame(frame: pd.DataFrame, *, source: str = "<DataFrame>", **options) -> pd.DataFrame:
    """:func:`read_answers` for a DataFrame already in memory (a notebook, another tool)."""
    columns = _unique_headers([str(c) for c in frame.columns], Path(source))
    rows = [["" if pd.isna(v) else str(v) for v in record] for record in frame.itertuples(index=False, name=None)]
    table = RawTable(columns, rows, list(range(2, len(rows) + 2)))
    return _canonical(table, Path(source), **options)


def answers_from_texts(texts: Sequence[str], ids: Sequence[str] | None = None) -> pd.DataFrame:
    """The canonical answer table for a plain list of texts (ids ``r0``, ``r1``, … unless given):
    a notebook's or a benchmark's answers without a survey file. Texts are taken as written: no
    "Ja, want …" split, no question."""
    ids = list(ids) if ids is not None else [f"r{i}" for i in range(len(texts))]
    table = answers_from_frame(pd.DataFrame({"id": ids, "text": list(texts)}), text="text", id="id", split=False)
    table[schema.QUESTION] = ""
    return table


def _canonical(table: RawTable, path: Path, *, text=None, id=None, closed=None, question=None, groups=(), split=True) -> pd.DataFrame:
    text_names = [text] if isinstance(text, str) else list(text or [])
    text_cols = [resolve(table, name, path) for name in text_names] or [guess_text(table, path)]
    id_col = resolve(table, id, path) if id else guess_id(table)
    closed_col = resolve(table, closed, path) if closed else None
    group_cols = [resolve(table, g, path) for g in groups]
    question_col = None
    if question is not None and (question in table.columns or question.lower() in {c.lower() for c in table.columns}):
        question_col = resolve(table, question, path)
    fixed_question = question if question is not None and question_col is None else None
    text_headers = [table.columns[i] for i in text_cols]
    default_question = table.labels.get(text_headers[0]) if len(text_cols) == 1 else None
    default_question = default_question or question_of(text_headers)

    records = []
    for row, number in zip(table.rows, table.row_numbers):
        respondent = row[id_col].strip() if id_col is not None else str(number)
        if not respondent:
            raise InputError("empty respondent id", path=path, row=number, column=table.columns[id_col])
        for rank, col in enumerate(text_cols, 1):
            raw = row[col]
            clean = clean_text(raw)
            closed_answer = clean_text(row[closed_col]) if closed_col is not None else ""
            if closed_col is None and split:
                closed_answer, clean = split_closed(clean)
            records.append(
                {
                    schema.ID: respondent if len(text_cols) == 1 else f"{respondent}#{rank}",
                    schema.RESPONDENT: respondent,
                    schema.QUESTION: row[question_col] if question_col is not None else (fixed_question or default_question),
                    schema.CLOSED: closed_answer,
                    schema.TEXT: raw,
                    schema.CLEAN: clean,
                    schema.RANK: rank,
                    schema.STATUS: schema.ANSWERED if is_substantive(clean) else schema.EMPTY,
                    schema.ROW: number,
                    **{table.columns[g]: row[g] for g in group_cols},
                }
            )
    frame = pd.DataFrame.from_records(records, columns=schema.CANONICAL + [table.columns[g] for g in group_cols])
    frame[schema.RANK] = frame[schema.RANK].astype(int)
    frame[schema.ROW] = frame[schema.ROW].astype(int)
    return _unique_ids(frame, path, table.columns[id_col] if id_col is not None else None)


def _unique_ids(frame: pd.DataFrame, path: Path, id_column: str | None) -> pd.DataFrame:
    """Exact duplicate rows (a form sent twice) are kept under a suffixed id and reported;
    the same id with a different answer is an error, as it would mix two respondents."""
    duplicated = frame[schema.ID].duplicated(keep=False)
    if not duplicated.any():
        return frame
    ids = frame[schema.ID].tolist()
    first_seen: dict[str, int] = {}
    copies: dict[str, int] = {}
    for position in range(len(frame)):
        answer_id = ids[position]
        if answer_id not in first_seen:
            first_seen[answer_id] = position
            continue
        original = first_seen[answer_id]
        if frame.iloc[position][schema.TEXT] != frame.iloc[original][schema.TEXT]:
            raise InputError(
                # The id itself may be personal data (an e-mail address): the rows say which one.
                f"duplicate id (the same as in row {frame.iloc[original][schema.ROW]}) with a different answer",
                path=path, row=int(frame.iloc[position][schema.ROW]), column=id_column,
            )
        copies[answer_id] = copies.get(answer_id, 1) + 1
        ids[position] = f"{answer_id}~{copies[answer_id]}"
    warnings.warn(f"{path}: {sum(copies.values()) - len(copies)} answers repeat an earlier row exactly; kept with ids ending in ~N", OpenAnswersWarning, stacklevel=3)
    frame = frame.copy()
    frame[schema.ID] = ids
    return frame
