"""Which input column is which: the open text, the respondent id, the closed answer, the question."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from ..errors import InputError
from .readers import RawTable
from .text import is_substantive

ID_NAMES = ("id", "respondent", "respondent_id", "respondentid", "respondentnummer", "respnr", "resp_id", "responseid", "response_id", "record", "nr")
MIN_TEXT_LENGTH = 15  # mean characters: shorter columns are codes, names or closed answers
TEXT_MARGIN = 1.5  # the open-text column must be this much longer on average than any other


def resolve(table: RawTable, name: str, path: Path) -> int:
    """Index of column ``name`` (exact, else case- and space-insensitive)."""
    if name in table.columns:
        return table.columns.index(name)
    wanted = _key(name)
    matches = [i for i, c in enumerate(table.columns) if _key(c) == wanted]
    if len(matches) == 1:
        return matches[0]
    raise InputError(f"no such column; columns are: {_listing(table)}", path=path, column=name)


def guess_text(table: RawTable, path: Path) -> int:
    """The one obvious open-text column, or an error that lists the columns to choose from."""
    lengths = []
    for index, column in enumerate(table.columns):
        # "n.v.t.", "geen" and "-" repeat in any open question: judge a column by its real answers.
        values = [row[index] for row in table.rows if is_substantive(row[index])]
        if not values or _key(column) in ID_NAMES:
            continue
        distinct = len(set(values)) / len(values)
        mean = sum(len(v) for v in values) / len(values)
        if distinct >= 0.5:  # a column of a few repeated values is a closed question or a group
            lengths.append((mean, index))
    lengths.sort(reverse=True)
    if lengths and lengths[0][0] >= MIN_TEXT_LENGTH and (len(lengths) == 1 or lengths[0][0] >= TEXT_MARGIN * lengths[1][0]):
        return lengths[0][1]
    raise InputError(f"cannot tell which column holds the open answers; name it with --text. Columns: {_listing(table)}", path=path)


def guess_id(table: RawTable) -> int | None:
    for name in ID_NAMES:
        for index, column in enumerate(table.columns):
            if _key(column) == name:
                return index
    return None


def question_of(columns: Sequence[str]) -> str:
    """A question name for several columns of one question: "speerpunt 1/2/3" -> "speerpunt"."""
    if len(columns) == 1:
        return columns[0]
    prefix = columns[0]
    for column in columns[1:]:
        while not column.startswith(prefix):
            prefix = prefix[:-1]
    prefix = re.sub(r"[\s_\-.:#(]*\d*$", "", prefix).strip()
    return prefix or " / ".join(columns)


def _key(name: str) -> str:
    return re.sub(r"[\s_\-.]+", "_", name.strip().lower()).strip("_")


def _listing(table: RawTable) -> str:
    return ", ".join(repr(c) for c in table.columns)
