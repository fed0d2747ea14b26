"""What a report shows, composed once: the selection (filters), subgroup tables with tests, codes,
closed answers, NPS, wave comparisons and trends. Every text comes through
:func:`openanswers.export.safety.public_view`, the one gate; the formats (DOCX, XLSX, HTML,
Markdown, CSV) are written by :mod:`openanswers.export`."""

from __future__ import annotations

from .build import Report, build_report
from .sources import Source, load_source
from .select import Filters, parse_where


def __getattr__(name: str):
    """The writers live in :mod:`openanswers.export` (every file that leaves the tool is written
    there); ``openanswers.report.export_report`` and friends stay importable from here."""
    if name in ("export_quotes", "export_report", "write_report"):
        from ..export import reports

        return getattr(reports, name)
    raise AttributeError(f"module 'openanswers.report' has no attribute {name!r}")


__all__ = ["Filters", "Report", "Source", "build_report", "load_source", "export_quotes", "export_report", "parse_where", "write_report"]
