"""A report's content, gathered once and written by every format: the run through the gate,
the selection, subgroup tables, closed-answer mix, NPS and a wave comparison."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

import pandas as pd

from .. import schema
from ..export.files import summary_sentence
from ..export.safety import privacy_summary, public_view
from ..themes.writers import theme_figures
from .blocks import Block, codes_block, trend_block
from .select import Filters, Selection, centrality, select
from .sources import Source
from .subgroups import ClosedMix, SubgroupTable, closed_mix, code_table, nps_table, theme_table
from .waves import WaveComparison, add_quotes, match_themes


@dataclass
class Report:
    title: str
    selection: Selection
    info: dict
    pseudonymised: bool
    replacements: dict
    subgroups: SubgroupTable | None = None
    code_subgroups: SubgroupTable | None = None
    closed: ClosedMix | None = None
    nps: pd.DataFrame | None = None
    waves: WaveComparison | None = None
    blocks: list[Block] = field(default_factory=list)  # codes, trend per wave: written alike by every format
    notes: list[str] = field(default_factory=list)

    @property
    def themes(self):
        return self.selection.themes

    def intro(self) -> str:
        """"De antwoorden (n=…) zijn samen te vatten in drie hoofdlijnen:" for the themes shown."""
        return summary_sentence(self.selection.n_answers, len(self.themes))

    def heading(self, index: int, theme) -> str:
        return f"{index}. {theme.label} ({theme_figures(theme.n, theme.share, theme.share_ci, theme.stability)})"

    def counts_line(self) -> str:
        answers = self.selection.answers
        overig = int((answers[schema.THEME] == schema.OTHER).sum())
        leeg = int((answers[schema.THEME] == schema.EMPTY).sum())
        return f"Overig: {overig} {'antwoord past' if overig == 1 else 'antwoorden passen'} in geen hoofdlijn; leeg of niet inhoudelijk: {leeg}."

    def selection_line(self) -> str | None:
        parts = self.selection.filters.describe()
        return f"Selectie: {'; '.join(parts)} ({self.selection.n_answers} van {self.selection.n_run} antwoorden)." if parts else None

    def privacy_line(self) -> str:
        return privacy_summary(self.pseudonymised, self.replacements)


def gate_filters(filters: Filters, gate) -> Filters:
    """``filters`` with every value a user typed through ``gate``, the way the field it matches
    went: so "--where contactpersoon=Jansen" matches the public "[NAAM-1]" and prints as such."""
    return replace(
        filters,
        themes=tuple(t if t.strip().isdigit() else gate.words(t) for t in filters.themes),
        questions=tuple(gate.text(q) for q in filters.questions),
        closed=tuple(gate.text(c) for c in filters.closed),
        where=tuple((column, tuple(gate.metadata(column, v) for v in values)) for column, values in filters.where),
        waves=tuple(gate.value(w) for w in filters.waves),  # a year or wave number: kept
    )


def public_codes(source: Source, gate) -> tuple[dict[str, list[str]] | None, list[str], dict[str, str]]:
    """The source's codes keyed by public answer id, code labels through the gate like every text
    that leaves (a codebook is the researcher's, but the gate holds for every field)."""
    if not source.codes:
        return None, [], {}
    codes = {gate.id(answer): [gate.words(label) for label in labels] for answer, labels in source.codes.items()}
    order = source.code_order or sorted({c for labels in source.codes.values() for c in labels})
    names = {code: gate.words(label) for code, label in source.code_names.items()}
    return codes, [gate.words(label) for label in order], names


def _as_source(item) -> Source:
    """A bare RunResult as a source; a reviewed run brings the codes its review mapped."""
    if isinstance(item, Source):
        return item
    from ..project.codes import CODES, answer_codes, codes_by_answer

    codes = codes_by_answer(answer_codes(item)) if CODES in item.answers.columns else {}
    return Source(item, codes=codes or None)


def build_report(
    source,
    *,
    filters: Filters = Filters(),
    by: str | None = None,
    nps: str | None = None,
    compare=None,
    title: str | None = None,
    pseudonymise: bool = True,
    organisations: Iterable[str] | None = None,
    min_respondents: int = 10,
) -> Report:
    """Everything a report shows, from a :class:`Source` (or a bare RunResult).

    The run passes :func:`~openanswers.export.safety.public_view` before anything is selected, so
    every text in the report is pseudonymised; ``compare`` is the other (earlier) wave.
    """
    source = _as_source(source)
    organisations = list(organisations) if organisations is not None else None
    public = public_view(source.result, pseudonymise=pseudonymise, organisations=organisations)
    # Filters match the public answers and are printed in the "Selectie" line: through the same gate.
    filters = gate_filters(filters, public.gate)
    codes, code_order, code_names = public_codes(source, public.gate)
    if filters.codes and code_names:  # a code by its id or its label
        filters = replace(filters, codes=tuple(code_names.get(c, public.gate.words(c)) for c in filters.codes))
    ranking = {public.gate.id(k): v for k, v in centrality(source.result).items()}
    selection = select(public, filters, codes=codes, order=ranking)
    answers = selection.answers
    labels = [t.label for t in selection.themes]
    questions = answers[schema.QUESTION].unique().tolist() if len(answers) else []
    # Ingest names the question after its column ("vraag") when no text was given: only a real
    # question makes a title.
    title = public.gate(title) if title else (schema.question_heading(questions) or "Open antwoorden")
    report = Report(title, selection, public.info, pseudonymise, dict(public.replacements))
    if by:
        report.subgroups = theme_table(answers, by, labels, min_respondents=min_respondents)
        if codes:
            report.code_subgroups = code_table(answers, by, min_respondents=min_respondents)
    if codes:
        block = codes_block(selection, code_order, ranking, max_chars=filters.max_quote_chars)
        report.blocks += [block] if block else []
    if source.waves:
        runs = [(wave, public if run is source.result else public_view(run, pseudonymise=pseudonymise, organisations=organisations))
                for wave, run in source.waves]
        block = trend_block(runs)
        report.blocks += [block] if block else []
    report.closed = closed_mix(answers, labels)
    if nps:
        report.nps = nps_table(answers, nps, labels, by, min_respondents=min_respondents)
    if compare is not None:
        other = _as_source(compare)
        comparison = match_themes(other.result, source.result)
        earlier = public_view(other.result, pseudonymise=pseudonymise, organisations=organisations)
        for change in comparison.changes:  # labels as the public views show them
            change.label_before = earlier.labels.get(change.label_before, change.label_before)
            change.label_after = public.labels.get(change.label_after, change.label_after)
        comparison.name_before = other.name or comparison.name_before
        comparison.name_after = source.name or comparison.name_after
        wave_filters = Filters(quotes_per_theme=2, max_quote_chars=filters.max_quote_chars)
        before = select(earlier, wave_filters, order={earlier.gate.id(k): v for k, v in centrality(other.result).items()})
        after = select(public, wave_filters, order=ranking)
        report.waves = add_quotes(comparison, before, after)
        if filters.describe():
            report.notes.append("De vergelijking tussen golven gebruikt alle antwoorden van beide golven, zonder selectie.")
    return report
