"""The one gate every text passes on its way out: pseudonymised, and harmless in a spreadsheet."""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from .. import schema
from .sheets import FORMULA_START, XML_ILLEGAL as _XML_ILLEGAL, neutralise, neutralise_frame  # noqa: F401  (re-exported)


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
