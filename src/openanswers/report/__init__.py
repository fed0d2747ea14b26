"""Exports for report writers: quote lists, theme reports (DOCX, XLSX, HTML, Markdown, CSV),
subgroup tables with tests, and wave comparisons. Every text comes through
:func:`openanswers.export.safety.public_view`, the one gate."""

from __future__ import annotations

from .build import Report, build_report
from .sources import Source, load_source
from .select import Filters, parse_where
from .write import export_quotes, export_report, write_report

__all__ = ["Filters", "Report", "Source", "build_report", "load_source", "export_quotes", "export_report", "parse_where", "write_report"]
