"""Excel (XLSX) via openpyxl: an overview sheet, one sheet per theme with its quotes, and the
tables (subgroups, closed answers, NPS, waves); frozen header, auto filter, readable widths.
Every cell is made by :func:`~openanswers.export.sheets.xlsx_cell`: text stays text, never a formula."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from .. import schema
from .sheets import xlsx_row
from ..report import sections
from ..report.build import Report
from ..report.select import Selection
from .text import quotes_frame
from ..report.waves import changes_frame

_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
WRAP_COLUMNS = {"citaat", "beschrijving", "trefwoorden"}


def sheet_name(name: str, taken: set[str]) -> str:
    """An Excel sheet name: at most 31 characters, none of []:*?/\\, no edge apostrophe, unique."""
    base = _SHEET_FORBIDDEN.sub(" ", str(name)).strip(" '")[:31] or "Blad"
    candidate, i = base, 2
    while candidate.casefold() in {t.casefold() for t in taken}:
        suffix = f" ({i})"
        candidate, i = base[: 31 - len(suffix)] + suffix, i + 1
    taken.add(candidate)
    return candidate


def add_sheet(workbook, name: str, frame: pd.DataFrame, taken: set[str], percent: Sequence[str] = (),
              not_percent: Sequence[str] = ("p-waarde",)) -> None:
    """A sheet from ``frame``; ``percent`` columns show fractions as %, except in rows whose first
    cell is in ``not_percent`` (the p-values under a subgroup table)."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(sheet_name(name, taken))
    safe = frame.rename(columns=str)
    sheet.append(xlsx_row(sheet, safe.columns))
    for row in safe.itertuples(index=False, name=None):
        sheet.append(xlsx_row(sheet, row))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    if len(safe.columns):
        sheet.auto_filter.ref = sheet.dimensions
    percent_columns = {safe.columns.get_loc(str(c)) + 1 for c in percent if str(c) in safe.columns}
    for i, column in enumerate(safe.columns, 1):
        letter = get_column_letter(i)
        longest = max([len(str(column))] + [len(str(v)) for v in safe[column].head(200)])
        wrap = column in WRAP_COLUMNS
        sheet.column_dimensions[letter].width = 80 if wrap and longest > 80 else min(60, max(8, longest + 2))
        for cell in sheet[letter][1:]:
            if wrap:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if i in percent_columns and isinstance(cell.value, float) and sheet.cell(cell.row, 1).value not in not_percent:
                cell.number_format = "0%"


def _workbook():
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    return workbook


def overview_frame(report: Report) -> pd.DataFrame:
    answers = report.selection.answers
    rows = [{"nr": i, "thema": t.label, "n": t.n, "n respondenten": t.n_respondents, "aandeel": round(t.share, 4),
             "trefwoorden": ", ".join(t.keywords[:8]), "beschrijving": t.description}
            for i, t in enumerate(report.themes, 1)]
    n = max(len(answers), 1)
    for label in (schema.OTHER, schema.EMPTY):
        k = int((answers[schema.THEME] == label).sum())
        rows.append({"nr": None, "thema": label, "n": k, "n respondenten": int(answers.loc[answers[schema.THEME] == label, schema.RESPONDENT].nunique()),
                     "aandeel": round(k / n, 4), "trefwoorden": "", "beschrijving": ""})
    return pd.DataFrame(rows)


def _theme_sheets(workbook, selection: Selection, taken: set[str]) -> None:
    frame = quotes_frame(selection)
    for theme in selection.themes:
        rows = frame[frame["thema"] == theme.label].drop(columns="thema")
        add_sheet(workbook, theme.label, rows, taken)


def _section(report: Report, name: str) -> tuple[str, pd.DataFrame, list[str]]:
    """A section's sheet: a short name (sheet names are at most 31 characters), its table and
    the columns shown as percentages."""
    if name in ("subgroups", "code_subgroups"):
        table = getattr(report, name)
        return f"{'Per' if name == 'subgroups' else 'Codes per'} {table.column}", table.frame(), list(table.items)
    if name == "closed":
        return "Gesloten antwoord", report.closed.counts.rename_axis("thema").reset_index(), []
    if name == "nps":
        return "NPS", report.nps, ["promotors", "passief", "criticasters"]
    return "Golven", changes_frame(report.waves), ["aandeel eerder", "aandeel later"]


def write_report_xlsx(report: Report, path: Path) -> None:
    workbook, taken = _workbook(), set()
    add_sheet(workbook, "Overzicht", overview_frame(report), taken, percent=["aandeel"])
    _theme_sheets(workbook, report.selection, taken)
    for block in report.blocks:
        frame = block.frame if block.frame is not None else pd.DataFrame(block.rows, columns=block.header)
        add_sheet(workbook, block.title, frame, taken, percent=block.percent)
        quotes = [{"kop": heading, "citaat": q.text, "id": q.id, "thema": q.theme} for heading, items in block.quotes for q in items]
        if quotes:
            add_sheet(workbook, f"{block.title} citaten", pd.DataFrame(quotes), taken)
    for name in sections.present(report):
        sheet, frame, percent = _section(report, name)
        add_sheet(workbook, sheet, frame, taken, percent=percent)
    info = {"titel": report.title, "selectie": report.selection_line() or "alle antwoorden",
            "privacy": report.privacy_line(), **{k: str(v) for k, v in report.info.items() if k != "replacements"}}
    add_sheet(workbook, "Over deze export", pd.DataFrame({"kenmerk": list(info), "waarde": list(info.values())}), taken)
    workbook.save(path)


def write_quotes_xlsx(selection: Selection, path: Path) -> None:
    """All quotes on one sheet "Citaten" (sortable, filterable), then one sheet per theme."""
    workbook, taken = _workbook(), set()
    add_sheet(workbook, "Citaten", quotes_frame(selection), taken)
    _theme_sheets(workbook, selection, taken)
    workbook.save(path)
