"""One call per export: build the content (through the gate) and write it in the asked format."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..errors import InputError
from ..report.build import Report, build_report
from ..report.select import Filters

REPORT_FORMATS = ("docx", "xlsx", "html", "md", "csv")
QUOTE_FORMATS = ("xlsx", "csv", "md", "docx")


def _format(path: Path, format: str | None, allowed: tuple[str, ...]) -> str:
    chosen = (format or path.suffix.lstrip(".")).lower()
    if chosen == "markdown":
        chosen = "md"
    if chosen not in allowed:
        raise InputError(f"unknown format {chosen!r}; choose one of {', '.join(allowed)}", path=path)
    return chosen


def write_report(report: Report, path: str | Path, format: str | None = None) -> Path:
    """Write a built :class:`Report`; the format follows ``format`` or the file's extension."""
    path = Path(path)
    chosen = _format(path, format, REPORT_FORMATS)
    path.parent.mkdir(parents=True, exist_ok=True)
    if chosen == "docx":
        from .docx import write_report_docx
        write_report_docx(report, path)
    elif chosen == "xlsx":
        from .xlsx import write_report_xlsx
        write_report_xlsx(report, path)
    elif chosen == "html":
        from .html import write_report_html
        write_report_html(report, path)
    elif chosen == "csv":
        from .text import write_report_csv
        write_report_csv(report, path)
    else:
        from .text import report_markdown
        path.write_text(report_markdown(report), encoding="utf-8")
    return path


def export_report(source, path: str | Path, format: str | None = None, **options) -> Report:
    """:func:`build_report` (same options: filters, by, nps, compare, pseudonymise, …) then write it."""
    _format(Path(path), format, REPORT_FORMATS)  # a wrong format fails before any work
    report = build_report(source, **options)
    write_report(report, path, format)
    return report


def export_quotes(
    source,
    path: str | Path,
    format: str | None = None,
    *,
    filters: Filters = Filters(quotes_per_theme=None, max_quote_chars=None),
    title: str | None = None,
    pseudonymise: bool = True,
    organisations: Iterable[str] | None = None,
) -> Report:
    """A quote list: every answer of each theme (or ``filters.quotes_per_theme``), representative
    quotes first, then the answers closest to the theme's centre."""
    path = Path(path)
    chosen = _format(path, format, QUOTE_FORMATS)
    report = build_report(source, filters=filters, title=title, pseudonymise=pseudonymise, organisations=organisations)
    path.parent.mkdir(parents=True, exist_ok=True)
    title = report.title if title else f"Citaten: {report.title}"  # report.title went through the gate
    if chosen == "xlsx":
        from .xlsx import write_quotes_xlsx
        write_quotes_xlsx(report.selection, path)
    elif chosen == "csv":
        from .text import write_quotes_csv
        write_quotes_csv(report.selection, path)
    elif chosen == "docx":
        from .docx import write_quotes_docx
        write_quotes_docx(report.selection, path, title)
    else:
        from .text import quotes_markdown
        path.write_text(quotes_markdown(report.selection, title), encoding="utf-8")
    return report
