"""The canonical answer table every stage reads and writes.

Ingest turns any survey export into a pandas DataFrame with these columns, one row per answer
(a respondent who filled in "speerpunt 1, 2, 3" has three rows, told apart by ``rank``). Metadata
columns from the input follow the canonical ones under their own names.
"""

from __future__ import annotations

ID = "id"  # answer id, unique per row: respondent id, plus "#rank" for multi-field answers
RESPONDENT = "respondent"  # respondent id as in the input
QUESTION = "question"
CLOSED = "closed"  # closed answer ("Ja", "Ten dele", "Nee") or "" when none
TEXT = "text"  # the open answer exactly as given (never altered, never dropped)
CLEAN = "clean"  # the text the analysis sees: control characters removed, whitespace folded
RANK = "rank"  # 1, 2, 3 for multi-field answers; 1 otherwise
STATUS = "status"  # "beantwoord" or "leeg"
ROW = "row"  # row number in the source file (1-based, as a spreadsheet shows it), for messages

CANONICAL = [ID, RESPONDENT, QUESTION, CLOSED, TEXT, CLEAN, RANK, STATUS, ROW]

# Columns a run adds to the answer table.
THEME = "theme"  # the answer's theme label, or OTHER / EMPTY
TOPIC = "topic"  # the fine topic the answer fell in (-1: none)
THEMES_ALSO = "themes_also"  # the other themes the answer makes a point about, labels joined by "; "
CODES = "codes"  # the answer's codes joined by "; " (a reviewed run's mapped codes; a report's codes)
RUN_COLUMNS = (THEME, TOPIC, THEMES_ALSO, CODES)  # not metadata: no subgroup, filter or table by them

ANSWERED = "beantwoord"
EMPTY = "leeg"
OTHER = "overig"


def question_heading(questions) -> str | None:
    """The question to head a run's outputs or a report with: the one question asked, when it is a
    real question and not a column name that ingest used for want of one ("vraag", "toelichting",
    "opmerking / toelichting"). A real question has three words or more."""
    questions = list(questions)
    if len(questions) != 1:
        return None
    words = [w for w in str(questions[0]).split() if any(c.isalpha() for c in w)]
    return questions[0] if len(words) >= 3 else None


def metadata_columns(frame) -> list[str]:
    """Input columns kept beside the canonical ones (``--group``), in input order."""
    return [c for c in frame.columns if c not in CANONICAL]
