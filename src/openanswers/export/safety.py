"""The one gate every text passes on its way out: pseudonymised, and harmless in a spreadsheet."""

from __future__ import annotations

import copy
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from .. import schema

# A cell starting with one of these is run as a formula by Excel, LibreOffice or Google Sheets
# (OWASP "CSV injection"); a leading apostrophe makes it plain text and is not displayed.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Control characters XML 1.0 forbids: XLSX and DOCX writers refuse them, and they carry nothing a
# reader could see. The raw answer keeps them in run.sqlite; exported copies go without.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_clean(value):
    """``value`` without the characters XML forbids: enough for documents (Markdown, HTML, DOCX),
    where a leading "-" or "=" is text, not a formula; non-text values pass unchanged."""
    return _XML_ILLEGAL.sub("", value) if isinstance(value, str) else value


def neutralise(value):
    """``value`` made safe for a spreadsheet cell (formula guard) and XML; non-text values pass unchanged."""
    if not isinstance(value, str):
        return value
    value = xml_clean(value)
    if value.startswith(FORMULA_START):
        return "'" + value
    return value


def text_gate(*, pseudonymise: bool = True, organisations: Iterable[str] | None = None):
    """The gate for loose texts that leave the tool outside a run (a coded project's .qdpx, its
    code lists): pseudonymised and stripped of XML-illegal characters, one text at a time."""
    from ..privacy import Pseudonymiser

    scrub = Pseudonymiser(organisations=organisations, enabled=pseudonymise)

    def clean(text: str | None) -> str:
        return _XML_ILLEGAL.sub("", scrub.transform([text or ""])[0])

    clean.counts = scrub.counts_
    return clean


def privacy_summary(pseudonymised: bool, replacements) -> str:
    """The line every output shows about pseudonymisation: how many replacements of which kind."""
    if not pseudonymised:
        return "Let op: niet gepseudonimiseerd."
    n = sum(replacements.values())
    kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(replacements.items()))
    return f"Gepseudonimiseerd: {n} vervanging{'en' if n != 1 else ''}{f' ({kinds})' if kinds else ''}."


def neutralise_frame(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(neutralise)
    out.columns = [neutralise(str(c)) for c in out.columns]
    return out


@dataclass
class PublicRun:
    """A run as it may leave the tool: every answer text, quote and description pseudonymised."""

    answers: pd.DataFrame
    themes: list
    info: dict
    replacements: Counter = field(default_factory=Counter)


def public_view(result, *, pseudonymise: bool = True, organisations: Iterable[str] | None = None) -> PublicRun:
    """Copy of a :class:`~openanswers.pipeline.RunResult` fit to export (the original is untouched)."""
    from ..privacy import Pseudonymiser

    # Replacements are counted once, in the answers as given; texts derived from them (cleaned
    # text, quotes, labels) go through the same rules without counting again, and a derived text
    # equal to its answer (most cleaned texts) reuses the answer's result.
    scrub = Pseudonymiser(organisations=organisations, enabled=pseudonymise)
    derived = Pseudonymiser(organisations=organisations, enabled=pseudonymise)
    answers = result.answers.copy()
    raw = answers[schema.TEXT].tolist()
    answers[schema.TEXT] = scrub.transform(raw)
    memo = dict(zip(raw, answers[schema.TEXT]))

    def derive(texts: list[str]) -> list[str]:
        todo = [t for t in dict.fromkeys(texts) if t not in memo]
        memo.update(zip(todo, derived.transform(todo)))
        return [memo[t] for t in texts]

    answers[schema.CLEAN] = derive(answers[schema.CLEAN].tolist())
    answers[schema.QUESTION] = derive(answers[schema.QUESTION].tolist())
    themes = copy.deepcopy(result.themes)
    for theme in themes:
        # Labels and keywords are drawn from the answers, so a name could surface there too.
        theme.label, theme.description = derive([theme.label, theme.description])
        theme.keywords = derive(theme.keywords)
        for quote, text in zip(theme.quotes, derive([q.text for q in theme.quotes])):
            quote.text = text
    renamed = {old.label: new.label for old, new in zip(result.themes, themes) if old.label != new.label}
    if renamed and "theme" in answers:
        answers["theme"] = answers["theme"].replace(renamed)
    info = dict(result.info, pseudonymised=pseudonymise, replacements=dict(scrub.counts_))
    return PublicRun(answers, themes, info, Counter(scrub.counts_))
