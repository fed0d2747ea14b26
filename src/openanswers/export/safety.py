"""The one gate every text passes on its way out: pseudonymised, and harmless in a spreadsheet."""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, fields

import pandas as pd

from .. import schema
from .sheets import FORMULA_START, XML_ILLEGAL as _XML_ILLEGAL, neutralise, neutralise_frame  # noqa: F401  (re-exported)


def text_gate(*, pseudonymise: bool = True, organisations: Iterable[str] | None = None):
    """The gate for texts that leave the tool outside a run's answer table (a coded project's
    .qdpx and code lists, a report's title): a :class:`~openanswers.privacy.gate.Gate`.

    ``gate(text)`` pseudonymises a loose text and drops XML-illegal characters; ``gate.id`` and
    ``gate.value`` give ids and metadata values their stable pseudonyms; ``gate.counts`` counts."""
    from ..privacy.gate import Gate

    return Gate(pseudonymise=pseudonymise, organisations=organisations)


def privacy_summary(pseudonymised: bool, replacements) -> str:
    """The line every output shows about pseudonymisation: how many replacements of which kind."""
    if not pseudonymised:
        return "Let op: niet gepseudonimiseerd."
    n = sum(replacements.values())
    kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(replacements.items()))
    return f"Gepseudonimiseerd: {n} vervanging{'en' if n != 1 else ''}{f' ({kinds})' if kinds else ''}."


@dataclass
class PublicRun:
    """A run as it may leave the tool: every field of every answer, every label, keyword,
    description, quote and id through one :class:`~openanswers.privacy.gate.Gate`."""

    answers: pd.DataFrame
    themes: list
    info: dict
    replacements: Counter = field(default_factory=Counter)
    gate: object = None  # the Gate that made it: loose texts of the same export (titles, filters) use it too
    labels: dict = field(default_factory=dict)  # raw theme label -> public label


def _gate_words(gate, value):
    """Texts anywhere in a theme field (a string, a list of strings, a list of dicts) through the gate."""
    if isinstance(value, str):
        return gate.words(value)
    if isinstance(value, list):
        return [_gate_words(gate, v) for v in value]
    if isinstance(value, dict):
        return {k: _gate_words(gate, v) for k, v in value.items()}
    return value


def _without_also(answers: pd.DataFrame) -> pd.DataFrame:
    from ..themes.mentions import ALSO

    return answers.drop(columns=[ALSO]) if ALSO in answers else answers


def _with_also(public: pd.DataFrame, answers: pd.DataFrame, labels: dict, gate) -> pd.DataFrame:
    """``themes_also`` holds theme labels only: each goes out as its theme's public label, so the
    column names the same themes as ``theme`` and the themes (a label not among the run's themes
    cannot occur; if it did, it goes through the gate as free text)."""
    from ..themes.mentions import ALSO, SEPARATOR

    if ALSO not in answers:
        return public
    out = public.copy()
    position = list(answers.columns).index(ALSO)
    values = [SEPARATOR.join(labels.get(v) or gate.words(v) for v in str(cell).split(SEPARATOR) if v)
              for cell in answers[ALSO].fillna("")]
    out.insert(min(position, len(out.columns)), ALSO, values)
    return out


def public_view(result, *, pseudonymise: bool = True, organisations: Iterable[str] | None = None) -> PublicRun:
    """Copy of a :class:`~openanswers.pipeline.RunResult` fit to export (the original is untouched).

    Replacements are counted once, in the open answers as given; every other field goes through
    the same rules without counting. Ids are pseudonymised first, in answer order, so their
    numbering is the same in every export of a run.
    """
    from ..privacy.gate import Gate

    gate = Gate(pseudonymise=pseudonymise, organisations=organisations)
    if result.info.get("cache", True):
        gate.prefetch(result.answers[schema.TEXT], ids=[*result.answers[schema.RESPONDENT], *result.answers[schema.ID]])
    for column in (schema.RESPONDENT, schema.ID):
        for value in result.answers[column]:
            gate.id(value)
    gate.prime(result.answers[schema.TEXT])  # the learned recogniser reads the answers in batches
    for value in result.answers[schema.TEXT]:  # names in the answers, known before any label is made
        gate.text(value)
    themes = copy.deepcopy(result.themes)
    for theme in themes:
        # Every text field of a theme is drawn from the answers (label, keywords, description,
        # aspects, label candidates, and whatever a later version adds): each goes through the gate.
        for spec in fields(theme):
            if spec.name == "quotes":
                for quote in theme.quotes:
                    quote.id, quote.text = gate.id(quote.id), gate.text(quote.text)
            else:
                setattr(theme, spec.name, _gate_words(gate, getattr(theme, spec.name)))
    labels = {old.label: new.label for old, new in zip(result.themes, themes)}
    answers = _with_also(gate.frame(_without_also(result.answers), labels=labels), result.answers, labels, gate)
    info = dict(result.info, pseudonymised=pseudonymise, replacements=dict(gate.counts))
    return PublicRun(answers, themes, info, Counter(gate.counts), gate, labels)
