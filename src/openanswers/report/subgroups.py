"""Theme and code shares per subgroup (zorgkantoor, omzetklasse, sectie, jaar), with a test across
groups, closed-answer mixes per theme and NPS, as monitor reports show them.

Rules (documented in docs/exports.md):

- A share is answers in the theme / all answers in the group (empty ones included), the same base
  as the run's own shares, so a group's themes, "overig" and "leeg" add up to 100%.
- A group with fewer than ``MIN_RESPONDENTS`` (10) respondents is *richtinggevend* (indicative): it
  is shown and flagged but left out of the test, because its expected counts are too small for it.
- Per theme the test is theme-versus-rest across the tested groups: chi-square
  (``scipy.stats.chi2_contingency``), or Fisher's exact test for a 2x2 table with an expected count
  below 5. The overall test compares the whole theme mix across groups. Significant: p < ``ALPHA``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .. import schema
from ..errors import InputError
from ..schema import THEME
MIN_RESPONDENTS = 10
ALPHA = 0.05
TOTAL = "Totaal"
CLOSED_ORDER = ("Ja", "Ten dele", "Nee")


@dataclass
class Test:
    method: str  # "chi-kwadraat" or "Fisher exact"
    statistic: float
    p_value: float
    dof: int
    groups: int  # groups in the test (richtinggevende groups left out)


@dataclass
class SubgroupTable:
    """Shares of each item (theme or code) per group of ``column``."""

    column: str
    items: list[str]
    groups: list[str]
    counts: pd.DataFrame  # groups x items: answers with the item
    n_answers: pd.Series  # per group
    n_respondents: pd.Series  # per group
    tests: dict[str, Test | None]  # per item
    overall: Test | None = None
    kind: str = "thema"
    min_respondents: int = MIN_RESPONDENTS
    total: dict = field(default_factory=dict)  # {"n_answers", "n_respondents", "counts": {item: n}}

    def indicative(self, group: str) -> bool:
        return int(self.n_respondents[group]) < self.min_respondents

    def share(self, group: str, item: str) -> float:
        n = int(self.n_answers[group])
        return float(self.counts.loc[group, item]) / n if n else 0.0

    def frame(self) -> pd.DataFrame:
        """Numbers for a spreadsheet: one row per group plus Totaal; shares as fractions; then a
        row with each item's p-value."""
        rows = []
        for group in self.groups:
            row = {self.column: group, "n antwoorden": int(self.n_answers[group]),
                   "n respondenten": int(self.n_respondents[group]),
                   "richtinggevend": "ja" if self.indicative(group) else "nee"}
            row.update({item: round(self.share(group, item), 4) for item in self.items})
            rows.append(row)
        n = self.total["n_answers"]
        total = {self.column: TOTAL, "n antwoorden": n, "n respondenten": self.total["n_respondents"], "richtinggevend": ""}
        total.update({item: round(self.total["counts"][item] / n, 4) if n else 0.0 for item in self.items})
        rows.append(total)
        p_row = {self.column: "p-waarde", "n antwoorden": None, "n respondenten": None, "richtinggevend": ""}
        p_row.update({item: (float(f"{t.p_value:.3g}") if (t := self.tests.get(item)) else None) for item in self.items})
        rows.append(p_row)
        return pd.DataFrame(rows).astype({"n antwoorden": "Int64", "n respondenten": "Int64"})

    def text_rows(self) -> tuple[list[str], list[list[str]]]:
        """Header and rows as a report prints them: "54%", "richtinggevend", "p = 0,012*"."""
        header = [self.column, "n", *self.items]
        rows = []
        for group in self.groups:
            label = f"{group} (richtinggevend)" if self.indicative(group) else str(group)
            rows.append([label, str(int(self.n_answers[group])), *(percent(self.share(group, i)) for i in self.items)])
        n = self.total["n_answers"]
        rows.append([TOTAL, str(n), *(percent(self.total["counts"][i] / n if n else 0.0) for i in self.items)])
        rows.append(["Toets", "", *(format_test(self.tests.get(i)) for i in self.items)])
        return header, rows


def percent(value: float) -> str:
    return f"{value:.0%}"


def format_p(p: float) -> str:
    text = "< 0,001" if p < 0.001 else f"= {p:.3f}".replace(".", ",")
    return f"p {text}{'*' if p < ALPHA else ''}"


def format_test(test: Test | None) -> str:
    return format_p(test.p_value) if test else "n.v.t."


def contingency_test(table: np.ndarray, groups: int | None = None) -> Test | None:
    """Chi-square across a contingency table, or Fisher's exact test for a 2x2 table with an
    expected count below 5; None where a row or column is all that is left."""
    from scipy.stats import chi2_contingency, fisher_exact

    table = np.asarray(table, dtype=float)
    table = table[table.sum(axis=1) > 0][:, table.sum(axis=0) > 0] if table.size else table
    if table.ndim != 2 or min(table.shape) < 2:
        return None
    statistic, p, dof, expected = chi2_contingency(table)
    if table.shape == (2, 2) and expected.min() < 5:
        odds, p = fisher_exact(table.astype(int))
        return Test("Fisher exact", float(odds), float(p), 1, groups or 2)
    return Test("chi-kwadraat", float(statistic), float(p), int(dof), groups or table.shape[0])


def _groups(answers: pd.DataFrame, column: str) -> pd.Series:
    if column not in answers.columns:
        have = ", ".join(c for c in schema.metadata_columns(answers) if c not in schema.RUN_COLUMNS) or "none"
        raise InputError(f"no subgroup column {column!r} in this run (have: {have}); keep it with `openanswers run --group`", column=column)
    return answers[column].astype(str).str.strip().replace("", "(onbekend)")


def _sort_groups(values) -> list[str]:
    def key(v: str):
        try:
            return (0, float(v), v)
        except ValueError:
            return (1, 0.0, v)
    return sorted(set(values), key=key)


def indicator_table(answers: pd.DataFrame, column: str, items: Sequence[str], member: pd.DataFrame,
                    kind: str = "thema", min_respondents: int = MIN_RESPONDENTS, exclusive: bool = False) -> SubgroupTable:
    """Shares of ``items`` per group; ``member`` is a boolean frame (answers x items). With
    ``exclusive`` (themes: one per answer) the overall mix is tested as well."""
    groups = _groups(answers, column)
    order = _sort_groups(groups)
    counts = member.groupby(groups.to_numpy()).sum().reindex(order).fillna(0).astype(int)
    n_answers = groups.value_counts().reindex(order)
    n_respondents = answers.groupby(groups.to_numpy())[schema.RESPONDENT].nunique().reindex(order)
    tested = [g for g in order if n_respondents[g] >= min_respondents]
    tests = {}
    for item in items:
        yes = counts.loc[tested, item].to_numpy()
        tests[item] = contingency_test(np.column_stack([yes, n_answers[tested].to_numpy() - yes]), len(tested)) if len(tested) >= 2 else None
    overall = None
    if exclusive and len(tested) >= 2:
        rest = n_answers[tested].to_numpy() - counts.loc[tested].sum(axis=1).to_numpy()
        overall = contingency_test(np.column_stack([counts.loc[tested].to_numpy(), rest]), len(tested))
    total = {"n_answers": len(answers), "n_respondents": int(answers[schema.RESPONDENT].nunique()),
             "counts": {item: int(member[item].sum()) for item in items}}
    return SubgroupTable(column, list(items), order, counts, n_answers, n_respondents, tests, overall, kind, min_respondents, total)


def theme_table(answers: pd.DataFrame, column: str, labels: Sequence[str], *, min_respondents: int = MIN_RESPONDENTS) -> SubgroupTable:
    """Theme shares per group of ``column`` (each answer has one theme)."""
    member = pd.DataFrame({label: (answers[THEME] == label).to_numpy() for label in labels}, index=answers.index)
    return indicator_table(answers, column, labels, member, "thema", min_respondents, exclusive=True)


def code_table(answers: pd.DataFrame, column: str, codes_column: str = schema.CODES, *, separator: str = "; ",
               min_respondents: int = MIN_RESPONDENTS) -> SubgroupTable | None:
    """Code shares per group (an answer may have several codes); None when nothing is coded."""
    sets = answers[codes_column].map(lambda s: {c for c in str(s).split(separator) if c})
    codes = sorted(set().union(*sets)) if len(sets) else []
    if not codes:
        return None
    member = pd.DataFrame({c: sets.map(lambda s, c=c: c in s).to_numpy() for c in codes}, index=answers.index)
    return indicator_table(answers, column, codes, member, "code", min_respondents)


@dataclass
class ClosedMix:
    """Closed answers (Ja / Ten dele / Nee) per theme: counts, and a test of the mix across themes."""

    counts: pd.DataFrame  # themes (+ Totaal) x closed values
    test: Test | None

    def text_rows(self) -> tuple[list[str], list[list[str]]]:
        values = list(self.counts.columns)
        rows = []
        for theme, row in self.counts.iterrows():
            n = int(row.sum())
            rows.append([str(theme), str(n), *(percent(row[v] / n if n else 0.0) for v in values)])
        return ["thema", "n", *values], rows


def closed_mix(answers: pd.DataFrame, labels: Sequence[str]) -> ClosedMix | None:
    """None when the survey has no closed answer."""
    closed = answers[schema.CLOSED].astype(str).str.strip()
    if not (closed != "").any():
        return None
    values = [v for v in CLOSED_ORDER if (closed == v).any()] + sorted(set(closed) - set(CLOSED_ORDER) - {""})
    rows = answers[THEME].isin(labels) & (closed != "")
    counts = pd.crosstab(answers.loc[rows, THEME], closed[rows]).reindex(index=list(labels), columns=values).fillna(0).astype(int)
    test = contingency_test(counts.to_numpy(), len(labels))
    total = pd.DataFrame([[(closed == v).sum() for v in values]], index=[TOTAL], columns=values)
    return ClosedMix(pd.concat([counts, total]), test)


def nps_scores(answers: pd.DataFrame, column: str) -> pd.Series:
    """0-10 scores as numbers (NaN when empty); anything else is a user error naming row and column."""
    if column not in answers.columns:
        raise InputError(f"no NPS column {column!r} in this run; keep it with `openanswers run --group {column}`", column=column)
    raw = answers[column].astype(str).str.strip().replace({"": np.nan, "nan": np.nan, "None": np.nan})
    scores = pd.to_numeric(raw.str.replace(",", ".", regex=False), errors="coerce")
    bad = raw.notna() & (scores.isna() | (scores < 0) | (scores > 10) | (scores % 1 != 0))
    if bad.any():
        i = bad.to_numpy().nonzero()[0][0]
        row = int(answers[schema.ROW].iloc[i]) if schema.ROW in answers.columns else None
        raise InputError(f"NPS score must be a whole number 0-10, got {raw.iloc[i]!r}", row=row, column=column)
    return scores


def nps_table(answers: pd.DataFrame, column: str, labels: Sequence[str], by: str | None = None,
              *, min_respondents: int = MIN_RESPONDENTS) -> pd.DataFrame:
    """NPS = % promoters (9-10) minus % detractors (0-6), counted once per respondent, per theme
    (and per group of ``by``), with a Totaal row; rows under ``min_respondents`` are richtinggevend."""
    scores = nps_scores(answers, column)
    frame = answers.assign(_score=scores.to_numpy())
    frame = frame[frame["_score"].notna()]
    parts = [(label, frame[frame[THEME] == label]) for label in labels] + [(TOTAL, frame)]
    rows = []
    for label, part in parts:
        groups = [(None, part)] if by is None else [(g, part[_groups(part, by) == g]) for g in _sort_groups(_groups(frame, by))] + [(TOTAL, part)]
        for group, sub in groups:
            per_respondent = sub.groupby(schema.RESPONDENT)["_score"].first()
            n = len(per_respondent)
            promoters = float((per_respondent >= 9).mean()) if n else 0.0
            detractors = float((per_respondent <= 6).mean()) if n else 0.0
            row = {"thema": label} | ({by: group} if by else {})
            row |= {"n respondenten": n, "promotors": round(promoters, 4), "passief": round(1 - promoters - detractors, 4) if n else 0.0,
                    "criticasters": round(detractors, 4), "NPS": round(100 * (promoters - detractors)) if n else None,
                    "richtinggevend": "ja" if n < min_respondents else "nee"}
            rows.append(row)
    return pd.DataFrame(rows)
