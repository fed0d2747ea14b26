"""Report sections that every format writes the same way: a heading, a table, a note and quotes.

Codes (counts, shares and quotes per code) and the trend of theme shares across waves are
blocks: composed once here, written by each format's one block writer, so a new section needs no
new code in five writers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd

from .. import schema
from ..themes.quotes import trim
from ..themes.stability import share_interval
from .select import CODE_SEPARATOR, CODES, QuoteRow, Selection


@dataclass
class Block:
    title: str
    header: list[str]
    rows: list[list[str]]
    note: str | None = None
    quotes: list[tuple[str, list[QuoteRow]]] = field(default_factory=list)  # (heading, quotes)
    frame: pd.DataFrame | None = None  # the same table with numbers, for spreadsheets
    percent: tuple[str, ...] = ()  # columns of ``frame`` holding fractions


def interval(k: int, n: int) -> str:
    low, high = share_interval(k, n)
    return f"{k / n:.0%} ({low:.0%}–{high:.0%})" if n else "–"


def codes_block(selection: Selection, order: Sequence[str], ranking: Mapping[str, float], *,
                n_quotes: int = 2, max_chars: int | None = 400) -> Block | None:
    """Per code: answers, respondents, share of the selection (95% interval), and the answers
    closest to their theme's centre as quotes. None when no answer in the selection has a code."""
    answers = selection.answers
    sets = answers[CODES].map(lambda s: [c for c in str(s).split(CODE_SEPARATOR) if c])
    total = len(answers)
    rows, records, quotes = [], [], []
    for code in order:
        member = sets.map(lambda codes, code=code: code in codes).to_numpy()
        n = int(member.sum())
        if not n:
            continue
        coded = answers[member]
        respondents = int(coded[schema.RESPONDENT].nunique())
        rows.append([code, str(n), str(respondents), interval(n, total)])
        low, high = share_interval(n, total)
        records.append({"code": code, "n": n, "n respondenten": respondents, "aandeel": round(n / total, 4),
                        "interval laag": round(low, 4), "interval hoog": round(high, 4)})
        best = sorted(range(len(coded)), key=lambda i: (-ranking.get(coded[schema.ID].iloc[i], 0.0), i))[:n_quotes]
        quotes.append((code, [_quote(coded.iloc[i], code, max_chars) for i in best]))
    if not rows:
        return None
    uncoded = int((sets.map(len) == 0).sum())
    note = (f"Een antwoord kan meer dan één code hebben. Zonder code: {uncoded} "
            f"{'antwoord' if uncoded == 1 else 'antwoorden'} van {total}.")
    return Block("Codes", ["code", "n", "respondenten", "aandeel (95%-interval)"], rows, note, quotes,
                 pd.DataFrame(records), ("aandeel", "interval laag", "interval hoog"))


def trend_block(waves: Sequence[tuple[str, object]]) -> Block | None:
    """Theme shares per wave with 95% intervals, from ``(wave, PublicRun)`` pairs, oldest first.
    A theme first seen in a later wave is marked "nieuw in <wave>", one no longer in the last wave
    "laatst in <wave>"; shares are of all answers of a wave."""
    if len(waves) < 2:
        return None
    names = [str(w) or f"golf {i}" for i, (w, _) in enumerate(waves, 1)]
    labels: list[str] = []
    counts: list[dict[str, int]] = []
    totals = []
    for _, run in waves:
        column = run.answers[schema.THEME]
        counts.append(column.value_counts().to_dict())
        totals.append(len(run.answers))
        labels += [t.label for t in run.themes if t.label not in labels]
    rows, records = [], []
    for label in labels:
        seen = [label in c for c in counts]
        first = seen.index(True)
        parts = [f"nieuw in {names[first]}"] if first > 0 else []
        if not seen[-1]:  # gone by the last wave: name the wave it was last seen in
            parts.append(f"laatst in {names[len(seen) - 1 - seen[::-1].index(True)]}")
        status = "; ".join(parts)
        cells = [interval(int(c.get(label, 0)), n) if present else "–" for c, n, present in zip(counts, totals, seen)]
        rows.append([label, *cells, status])
        record = {"thema": label, "status": status}
        for name, c, n in zip(names, counts, totals):
            record[f"aandeel {name}"] = round(c.get(label, 0) / n, 4) if n else None
        records.append(record)
    for label in (schema.OTHER, schema.EMPTY):
        rows.append([label, *[interval(int(c.get(label, 0)), n) for c, n in zip(counts, totals)], ""])
    note = ("Aandeel van alle antwoorden van de golf (95%-interval). Latere golven zijn eerst op de "
            "hoofdlijnen van de vorige golf geplaatst; 'nieuw in' noemt de golf waarin een hoofdlijn voor het eerst voorkomt, 'laatst in' de laatste golf met antwoorden erin. "
            + "; ".join(f"{name}: n={n}" for name, n in zip(names, totals)) + ".")
    frame = pd.DataFrame(records)
    return Block("Hoofdlijnen per golf", ["thema", *names, "status"], rows, note, [], frame,
                 tuple(c for c in frame.columns if c.startswith("aandeel ")))


def _quote(row: pd.Series, code: str, max_chars: int | None) -> QuoteRow:
    text = str(row[schema.TEXT])
    return QuoteRow(id=str(row[schema.ID]), respondent=str(row[schema.RESPONDENT]),
                    text=trim(text, max_chars) if max_chars else text, theme=str(row[schema.THEME]),
                    closed=str(row[schema.CLOSED]), codes=(code,))
