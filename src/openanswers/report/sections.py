"""The sections of a theme report after the themes, in the one order every format writes them, and
their titles: each writer (export/text.py, html.py, docx.py, xlsx.py) only says how to draw a section."""

from __future__ import annotations

# Attributes of :class:`~openanswers.report.build.Report`; None when the report has no such section.
SECTIONS = ("subgroups", "code_subgroups", "closed", "nps", "waves")


def present(report) -> list[str]:
    """The report's sections that have content, in the order of :data:`SECTIONS`."""
    return [name for name in SECTIONS if getattr(report, name) is not None]


def title(report, name: str) -> str:
    """A section's heading (data in it, a column name, is escaped by the writer)."""
    if name in ("subgroups", "code_subgroups"):
        kind = "Hoofdlijnen" if name == "subgroups" else "Codes"
        return f"{kind} per {getattr(report, name).column}"
    return {"closed": "Gesloten antwoord per hoofdlijn", "nps": "NPS per hoofdlijn",
            "waves": "Vergelijking met de vorige golf"}[name]
