"""Options several commands share, declared once: how to read a survey export (`run`, `init`) and
what may leave the tool (`run`, `export …`). A command lists them as parameters of these types."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

# --- reading a survey export -------------------------------------------------------------------

Text = Annotated[Optional[list[str]], typer.Option("--text", help="Open-text column; repeat for several columns of one question (speerpunt 1, 2, 3). Guessed when there is one obvious text column.")]
Id = Annotated[Optional[str], typer.Option("--id", help="Respondent id column (default: a column named like id, else the row number).")]
Closed = Annotated[Optional[str], typer.Option("--closed", help="Closed-answer column (Ja / Ten dele / Nee). Without it, 'Ja, want …' in the text is split.")]
Question = Annotated[Optional[str], typer.Option("--question", help="Question text, or the column that holds it.")]
Group = Annotated[Optional[list[str]], typer.Option("--group", help="Metadata column to keep (zorgkantoor, omzetklasse); repeatable.")]
Sheet = Annotated[Optional[str], typer.Option("--sheet", help="XLSX sheet name (default: the first sheet).")]


def read_options(text: Optional[list[str]] = None, id: Optional[str] = None, closed: Optional[str] = None,
                 question: Optional[str] = None, group: Optional[list[str]] = None, sheet: Optional[str] = None) -> dict:
    """``read_answers`` keyword arguments from the read options as the command line gives them:
    one ``--text`` is a column, several are the columns of one question."""
    return dict(text=(text[0] if len(text) == 1 else list(text)) if text else None, id=id, closed=closed,
                question=question, groups=tuple(group or ()), sheet=sheet)


def read_input(path: Path, text: Optional[list[str]] = None, id: Optional[str] = None, closed: Optional[str] = None,
               question: Optional[str] = None, group: Optional[list[str]] = None, sheet: Optional[str] = None):
    """The canonical answer table of ``path`` read with the command line's read options."""
    from ..ingest import read_answers

    return read_answers(path, **read_options(text, id, closed, question, group, sheet))


# --- what leaves the tool ----------------------------------------------------------------------

Pseudonymise = Annotated[bool, typer.Option("--pseudonymise/--no-pseudonymise", help="Replace names, e-mail addresses, phone numbers and organisations in every text written.")]
Organisations = Annotated[Optional[Path], typer.Option("--organisations", help="File with organisation names to pseudonymise, one a line (default: the bundled list).")]
Cache = Annotated[bool, typer.Option("--cache/--no-cache", help="Reuse embeddings, (sealed) Dutch preprocessing, the privacy rules' findings and large runs' topic fits, theme stability and mentions cached on disk (OPENANSWERS_CACHE_DIR); --no-cache neither reads nor writes it. Remove it with `openanswers cache clear`.")]

