"""Which answers and quotes a report shows: filters (theme, code, question, closed answer, subgroup,
wave) and limits (quotes per theme, quote length), applied to a run that already passed the gate."""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .. import schema
from ..errors import InputError
from ..export.safety import PublicRun
from ..themes.stability import share_interval
from ..themes.writers import describe_selection
from ..themes.quotes import trim

from ..schema import THEME
from ..topics.space import unit_centroids, unit_rows
CODES = schema.CODES
CODE_SEPARATOR = "; "
_WHOLE = re.compile(r"^([+-]?(?:0|[1-9]\d*))\.0+$")
WAVE_COLUMNS = ("golf", "wave", "jaar", "year", "meting")  # where --wave looks, in this order


@dataclass(frozen=True)
class Filters:
    """What to keep. Empty tuples keep everything; values within one filter are alternatives (OR),
    different filters must all hold (AND)."""

    themes: tuple[str, ...] = ()  # labels (case-insensitive) or 1-based theme numbers
    codes: tuple[str, ...] = ()  # code names; needs codes per answer
    questions: tuple[str, ...] = ()
    closed: tuple[str, ...] = ()  # closed answers such as "Ten dele" (case-insensitive)
    where: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (column, allowed values)
    waves: tuple[str, ...] = ()  # values of the wave/year column (see WAVE_COLUMNS)
    quotes_per_theme: int | None = 4  # None: every answer of the theme
    max_quote_chars: int | None = 400  # None: whole answers

    def describe(self) -> list[str]:
        """The filters in words, for the report's "Selectie" line."""
        parts = []
        for name, values in (("thema", self.themes), ("code", self.codes), ("vraag", self.questions),
                             ("gesloten antwoord", self.closed), ("golf", self.waves)):
            if values:
                parts.append(f"{name} = {' of '.join(values)}")
        parts += [f"{column} = {' of '.join(values)}" for column, values in self.where]
        return parts


def parse_where(items: Sequence[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``["sectie=3,4.1", "jaar=2024"]`` as filter pairs; a missing ``=`` is a user error.

    Values are comma-separated as in a CSV line, so a value holding a comma is quoted:
    ``plaats="Den Haag, centrum",Delft``. The same column given twice means either value."""
    out: dict[str, list[str]] = {}
    for item in items:
        column, sep, values = item.partition("=")
        if not sep or not column.strip() or not values.strip():
            raise InputError(f"--where needs COLUMN=VALUE[,VALUE…], got {item!r}")
        try:
            parsed = next(csv.reader([values], skipinitialspace=True, strict=True))
        except csv.Error as exc:
            raise InputError(f"--where {item!r}: {exc}; quote a value with a comma as \"a, b\"") from None
        key = next((c for c in out if c.casefold() == column.strip().casefold()), column.strip())
        out.setdefault(key, []).extend(v.strip() for v in parsed if v.strip())
    return tuple((column, tuple(values)) for column, values in out.items())


@dataclass
class QuoteRow:
    id: str
    respondent: str
    text: str
    theme: str
    closed: str = ""
    representative: bool = False
    codes: tuple[str, ...] = ()
    meta: dict = field(default_factory=dict)


@dataclass
class ThemeView:
    """A theme as the selection sees it: counts within the selection, quotes from it."""

    label: str
    keywords: list[str]
    description: str
    n: int
    n_respondents: int
    share: float  # n / answers in the selection
    quotes: list[QuoteRow]
    n_run: int  # the theme's n in the whole run
    share_ci: list[float] = field(default_factory=list)  # 95% interval of share, within the selection
    stability: float | None = None  # of the theme in the whole run


@dataclass
class Selection:
    answers: pd.DataFrame  # public answers that pass the filters (all themes), with `theme` and `codes`
    themes: list[ThemeView]
    filters: Filters
    n_run: int  # answers in the whole run

    @property
    def n_answers(self) -> int:
        return len(self.answers)

    @property
    def n_respondents(self) -> int:
        return int(self.answers[schema.RESPONDENT].nunique())

    def count(self, theme: str) -> int:
        return int((self.answers[THEME] == theme).sum())

    def quote_rows(self) -> list[QuoteRow]:
        return [q for t in self.themes for q in t.quotes]


def centrality(result) -> dict[str, float]:
    """Cosine of each substantive answer to its theme's centroid (raw vectors; numbers only, so
    nothing here bypasses the gate). Orders the quotes after the representative ones."""
    mask = result.substantive
    ids = result.answers.loc[mask, schema.ID].to_numpy()
    themes = result.answers.loc[mask, THEME].to_numpy()
    vectors = np.asarray(result.vectors, dtype=float)
    if len(vectors) != len(ids):
        return {}
    vectors = unit_rows(vectors)
    out: dict[str, float] = {}
    for label in pd.unique(themes):
        rows = themes == label
        centroid = unit_centroids(vectors, themes, [label])[0]
        out.update(zip(ids[rows], (vectors[rows] @ centroid).tolist()))
    return out


def attach_codes(answers: pd.DataFrame, codes: Mapping[str, Sequence[str]] | None) -> pd.DataFrame:
    out = answers.copy()
    codes = codes or {}
    out[CODES] = [CODE_SEPARATOR.join(codes.get(i, ())) for i in out[schema.ID]]
    return out


def select(run: PublicRun, filters: Filters = Filters(), *, codes: Mapping[str, Sequence[str]] | None = None,
           order: Mapping[str, float] | None = None) -> Selection:
    """The answers, themes and quotes that ``filters`` keep from a public run.

    ``codes`` maps answer id to its codes (a coded project); ``order`` ranks answers within a theme
    (higher first, see :func:`centrality`) after the theme's representative quotes.
    """
    answers = attach_codes(run.answers, codes)
    labels = [t.label for t in run.themes]
    keep = np.ones(len(answers), dtype=bool)
    if filters.codes:
        if not codes:
            raise InputError("--code needs a coded project; this run has no codes")
        wanted = {c.casefold() for c in filters.codes}
        keep &= answers[CODES].map(lambda s: bool(wanted & {c.casefold() for c in s.split(CODE_SEPARATOR) if c})).to_numpy()
    if filters.questions:
        keep &= _matches(answers[schema.QUESTION], filters.questions)
    if filters.closed:
        keep &= _matches(answers[schema.CLOSED], filters.closed)
    for column, values in filters.where:
        found = where_column(answers, column)
        keep &= _matches(answers[found], values)
    if filters.waves:
        column = wave_column(answers)
        keep &= _matches(answers[column], filters.waves)
    chosen = resolve_themes(filters.themes, labels)
    if not keep.any():
        raise InputError(f"no answers match the filters ({'; '.join(filters.describe())})")
    selected = answers[keep].reset_index(drop=True)
    order = order or {}
    views = []
    for theme in run.themes:
        if chosen and theme.label not in chosen:
            continue
        views.append(_view(theme, selected, filters, order, len(selected) != len(answers)))
    # The theme filter picks which themes are shown; the answers stay the base of their shares.
    return Selection(selected, views, filters, len(answers))


# Columns of the answers a user can select on with --where besides the --group metadata.
WHERE_COLUMNS = (schema.ID, schema.RESPONDENT, schema.QUESTION, schema.CLOSED, schema.STATUS, THEME, CODES)


def where_column(answers: pd.DataFrame, column: str) -> str:
    """The column ``--where`` names, in any case; the error lists every column that can be used."""
    usable = [c for c in WHERE_COLUMNS if c in answers.columns] + group_columns(answers)
    matches = [c for c in usable if c == column] or [c for c in usable if c.casefold() == column.strip().casefold()]
    if len(matches) != 1:
        raise InputError(f"no column {column!r} in this run; --where can use: {', '.join(usable)} "
                         "(keep more columns with `openanswers run --group`)", column=column)
    return matches[0]


def group_columns(answers: pd.DataFrame) -> list[str]:
    """Metadata columns a user can filter or group on (not the run's own theme/topic/codes)."""
    return [c for c in schema.metadata_columns(answers) if c not in schema.RUN_COLUMNS]


def resolve_themes(wanted: Sequence[str], labels: Sequence[str]) -> set[str]:
    """Theme labels for user input: a label (any case) or its number in the run (1 = largest)."""
    out = set()
    by_name = {label.casefold(): label for label in labels}
    for item in wanted:
        item = item.strip()
        if item.isdigit() and 1 <= int(item) <= len(labels):
            out.add(labels[int(item) - 1])
        elif item.casefold() in by_name:
            out.add(by_name[item.casefold()])
        else:
            choices = "; ".join(f"{i}. {label}" for i, label in enumerate(labels, 1))
            raise InputError(f"no theme {item!r} in this run (themes: {choices})", column="theme")
    return out


def wave_column(answers: pd.DataFrame) -> str:
    for column in WAVE_COLUMNS:
        if column in answers.columns:
            return column
    raise InputError(f"--wave needs a column named one of {', '.join(WAVE_COLUMNS)}; use --where COLUMN=VALUE instead")


def _matches(column: pd.Series, values: Sequence[str]) -> np.ndarray:
    """Case-insensitive equality; a whole number equals its float form, so ``sectie=1.0`` keeps ``1``."""
    wanted = {_value_key(v) for v in values}
    return column.map(_value_key).isin(wanted).to_numpy()


def _value_key(value) -> str:
    """"1.0" and "1" are one value (a number read as float); "4.1" and "4.10" stay two sections."""
    text = str(value).strip().casefold()
    return _WHOLE.sub(r"\1", text)


def _view(theme, selected: pd.DataFrame, filters: Filters, order: Mapping[str, float], filtered: bool) -> ThemeView:
    rows = selected[selected[THEME] == theme.label]
    n = len(rows)
    share = n / len(selected) if len(selected) else 0.0
    rank = {q.id: i for i, q in enumerate(theme.quotes)}
    position = np.arange(len(rows))
    key = [(rank.get(i, len(rank)), -order.get(i, 0.0), p) for i, p in zip(rows[schema.ID], position)]
    ordered = rows.iloc[sorted(range(n), key=key.__getitem__)]
    if filters.quotes_per_theme is not None:
        ordered = ordered.head(filters.quotes_per_theme)
    meta_columns = group_columns(selected)
    quotes = [
        QuoteRow(
            id=str(r[schema.ID]),
            respondent=str(r[schema.RESPONDENT]),
            text=trim(str(r[schema.TEXT]), filters.max_quote_chars) if filters.max_quote_chars else str(r[schema.TEXT]),
            theme=theme.label,
            closed=str(r[schema.CLOSED]),
            representative=r[schema.ID] in rank,
            codes=tuple(c for c in str(r[CODES]).split(CODE_SEPARATOR) if c),
            meta={c: r[c] for c in meta_columns},
        )
        for _, r in ordered.iterrows()
    ]
    description = theme.description
    if filtered:  # the run's description counts the whole run; recount it for the selection
        example = trim(quotes[0].text, 220) if quotes else ""
        description = describe_selection([a["text"] for a in theme.aspects], rows[schema.TEXT].astype(str).tolist(), example)
    return ThemeView(
        theme.label, list(theme.keywords), description, n, len(set(rows[schema.RESPONDENT])), share, quotes, theme.n,
        share_ci=list(share_interval(n, len(selected))), stability=getattr(theme, "stability", None),
    )
