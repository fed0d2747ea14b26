"""Word (DOCX) via python-docx: the report as a report writer pastes it into a monitor report, and
the quote list. python-docx escapes XML itself; ``neutralise`` drops characters XML forbids and
defuses formula cells for anyone who copies a table into a spreadsheet."""

from __future__ import annotations

from pathlib import Path

from ..themes.writers import theme_figures
from .safety import neutralise
from ..report import sections
from ..report.build import Report
from ..report.select import Selection
from ..report.subgroups import format_test
from .text import NPS_NOTE, nps_rows, quote_text, subgroup_note
from ..report.waves import wave_rows

TABLE_WIDTH_CM = 16.0


def _document(title: str):
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(11)
    document.core_properties.title = neutralise(title)
    document.add_heading(neutralise(title), 0)
    return document


def _table(document, header: list[str], rows: list[list[str]]) -> None:
    from docx.shared import Pt

    table = document.add_table(rows=1, cols=len(header))
    table.style = "Light Grid Accent 1"
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = neutralise(str(text))
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = neutralise(str(text))
    # Word reads cell widths, LibreOffice the grid; share the page so that no word (e.g.
    # "(richtinggevend)", "195") breaks mid-word.
    from docx.shared import Cm

    table.autofit = False
    weights = [_weight(column) for column in zip(header, *rows)]
    widths = [Cm(TABLE_WIDTH_CM * weight / sum(weights)) for weight in weights]
    for column, width in zip(table.columns, widths):
        column.width = width  # the grid LibreOffice reads
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width  # the cell widths Word reads
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(9)
    document.add_paragraph()


def _weight(column) -> float:
    """Room a column needs: its longest word whole, and part of its longest cell."""
    words = max((len(w) for c in column for w in str(c).split()), default=1)
    longest = max((len(str(c)) for c in column), default=1)
    whole = longest + 1.0 if longest <= 12 else 0.6 * min(longest, 28)  # short cells stay on one line
    return min(28.0, max(4.0, words + 1.5, whole))


def _quotes(document, quotes) -> None:
    for quote in quotes:
        document.add_paragraph(quote_text(quote), style="List Bullet")


def _small(document, text: str) -> None:
    from docx.shared import Pt

    run = document.add_paragraph().add_run(neutralise(text))
    run.italic = True
    run.font.size = Pt(9)


def write_report_docx(report: Report, path: Path) -> None:
    document = _document(report.title)
    if (line := report.selection_line()):
        _small(document, line)
    document.add_paragraph(report.intro())
    for theme in report.themes:
        document.add_paragraph(f"{neutralise(theme.label)} ({theme_figures(theme.n, theme.share, theme.share_ci, theme.stability)})", style="List Number")
    for i, theme in enumerate(report.themes, 1):
        document.add_heading(neutralise(report.heading(i, theme)), 1)
        document.add_paragraph(neutralise(theme.description))
        _quotes(document, theme.quotes)
        _small(document, "Trefwoorden: " + ", ".join(theme.keywords[:8]))
    document.add_paragraph(report.counts_line())
    for block in report.blocks:
        document.add_heading(neutralise(block.title), 1)
        _table(document, block.header, block.rows)
        if block.note:
            _small(document, block.note)
        for heading, quotes in block.quotes:
            if quotes:
                document.add_heading(neutralise(heading), 2)
                _quotes(document, quotes)
    for name in sections.present(report):
        document.add_heading(neutralise(sections.title(report, name)), 1)
        _section(document, report, name)
    _small(document, report.privacy_line())
    for note in report.notes:
        _small(document, note)
    document.save(path)


def _section(document, report: Report, name: str) -> None:
    if name in ("subgroups", "code_subgroups"):
        _table(document, *getattr(report, name).text_rows())
        if name == "subgroups":
            _small(document, subgroup_note(report))
    elif name == "closed":
        _table(document, *report.closed.text_rows())
        _small(document, f"Toets over de hoofdlijnen: {format_test(report.closed.test)}.")
    elif name == "nps":
        _table(document, *nps_rows(report.nps))
        _small(document, NPS_NOTE)
    else:
        waves = report.waves
        document.add_paragraph(neutralise(f"Eerder: {waves.name_before} (n={waves.n_before}); later: {waves.name_after} (n={waves.n_after})."))
        _table(document, *wave_rows(waves))
        for change in (c for c in waves.changes if c.quotes):
            document.add_heading(neutralise(f"{change.label} ({change.status})"), 2)
            _quotes(document, change.quotes)


def write_quotes_docx(selection: Selection, path: Path, title: str = "Citaten") -> None:
    document = _document(title)
    for theme in selection.themes:
        document.add_heading(neutralise(f"{theme.label} (n={theme.n})"), 1)
        _quotes(document, theme.quotes)
        if not theme.quotes:
            document.add_paragraph("Geen citaten in deze selectie.")
    document.save(path)
