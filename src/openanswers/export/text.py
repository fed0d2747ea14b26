"""Plain-text formats: the quote list as a table (CSV, and the frame XLSX reuses) and the report
and quote list as Markdown. CSV goes through :func:`~openanswers.export.sheets.write_csv`
(formula-safe, quoted), Markdown through :func:`~openanswers.export.markup.md_text` (literal)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .markup import md_text
from .sheets import neutralise, write_csv
from ..themes.writers import theme_figures
from ..report import sections
from ..report.build import Report
from ..report.select import CODE_SEPARATOR, QuoteRow, Selection
from ..report.subgroups import format_test, percent
from ..report.waves import wave_rows

NPS_NOTE = ("NPS = % promotors (9-10) min % criticasters (0-6), één score per respondent; "
            "* of (richtinggevend): minder dan 10 respondenten.")
NPS_COLUMNS = {"thema", "n respondenten", "promotors", "passief", "criticasters", "NPS", "richtinggevend"}


def quote_text(quote: QuoteRow, escape=neutralise) -> str:
    """A quote as a report prints it: Dutch typographic quotes and the respondent id, each text
    passed through ``escape`` (:func:`md_text` for Markdown; XML-clean for DOCX)."""
    return f"‘{escape(quote.text)}’ ({escape(quote.id)})"


def quotes_frame(selection: Selection) -> pd.DataFrame:
    """One row per quote, theme by theme, representative quotes first (raw texts: each writer
    makes its cells safe)."""
    quotes = selection.quote_rows()
    coded = any(q.codes for q in quotes)
    rows = []
    for q in quotes:
        row = {"thema": q.theme, "citaat": q.text, "respondent": q.respondent, "id": q.id,
               "representatief": "ja" if q.representative else "nee", "gesloten antwoord": q.closed}
        if coded:
            row["codes"] = CODE_SEPARATOR.join(q.codes)
        row.update(q.meta)
        rows.append(row)
    columns = ["thema", "citaat", "respondent", "id", "representatief", "gesloten antwoord"] + (["codes"] if coded else [])
    return pd.DataFrame(rows, columns=columns + [c for c in (quotes[0].meta if quotes else {}) if c not in columns])


def write_quotes_csv(selection: Selection, path: Path) -> None:
    write_csv(quotes_frame(selection), path, bom=True)


def write_report_csv(report: Report, path: Path) -> None:
    """The report's overview as one table: a row per theme (nr, label, n, respondents, share,
    keywords, description), then overig and leeg. Tables per subgroup go to XLSX or DOCX."""
    from .xlsx import overview_frame

    write_csv(overview_frame(report), path, bom=True)


def _md(value) -> str:
    """A table cell: literal text, pipes escaped, one line."""
    return md_text(value)


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(_md(h) for h in header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_md(c) for c in row) + " |" for row in rows]
    return lines + [""]


def quotes_markdown(selection: Selection, title: str = "Citaten") -> str:
    lines = [f"# {md_text(title)}", ""]
    for theme in selection.themes:
        lines += [f"## {md_text(theme.label)} (n={theme.n})", ""]
        lines += [f"- {quote_text(q, md_text)}" for q in theme.quotes] or ["_Geen citaten in deze selectie._"]
        lines.append("")
    return "\n".join(lines)


def report_markdown(report: Report) -> str:
    lines = [f"# {md_text(report.title)}", ""]
    if (line := report.selection_line()):
        lines += [f"_{md_text(line)}_", ""]
    lines += [report.intro(), ""]
    lines += [f"{i}. **{md_text(t.label)}** ({md_text(theme_figures(t.n, t.share, t.share_ci, t.stability))})"
              for i, t in enumerate(report.themes, 1)]
    lines.append("")
    for i, theme in enumerate(report.themes, 1):
        lines += [f"## {md_text(report.heading(i, theme))}", "", md_text(theme.description), ""]
        lines += [f"- {quote_text(q, md_text)}" for q in theme.quotes]
        lines += ["", f"_Trefwoorden: {md_text(', '.join(theme.keywords[:8]))}_", ""]
    lines += [report.counts_line(), ""]
    for block in report.blocks:
        lines += [f"## {md_text(block.title)}", ""] + _table(block.header, block.rows)
        lines += [md_text(block.note), ""] if block.note else []
        for heading, quotes in block.quotes:
            if quotes:
                lines += [f"**{md_text(heading)}**", ""] + [f"- {quote_text(q, md_text)}" for q in quotes] + [""]
    for name in sections.present(report):
        lines += [f"## {md_text(sections.title(report, name))}", ""] + _section(report, name)
    lines += [f"_{report.privacy_line()}_", ""]
    lines += [f"_{md_text(n)}_" for n in report.notes]
    return "\n".join(lines) + "\n"


def _section(report: Report, name: str) -> list[str]:
    if name in ("subgroups", "code_subgroups"):
        lines = _table(*getattr(report, name).text_rows())
        return lines + [subgroup_note(report), ""] if name == "subgroups" else lines
    if name == "closed":
        return _table(*report.closed.text_rows()) + [f"Toets over de hoofdlijnen: {format_test(report.closed.test)}.", ""]
    if name == "nps":
        return _table(*nps_rows(report.nps)) + [NPS_NOTE, ""]
    return wave_markdown(report)


def subgroup_note(report: Report) -> str:
    table = report.subgroups
    overall = f" Toets van de hele verdeling: {format_test(table.overall)}." if table.overall else ""
    return (f"Percentages van alle antwoorden in de groep. Groepen met minder dan {table.min_respondents} "
            f"respondenten zijn richtinggevend en tellen niet mee in de toets (chi-kwadraat; Fisher exact "
            f"bij 2x2 met kleine verwachte aantallen; * = p < 0,05).{overall}")


def signed(value) -> str:
    """A signed number for display, with a true minus sign (U+2212): typographically right, and
    not the "-" a spreadsheet would take for a formula."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    value = int(round(float(value)))
    return f"\u2212{abs(value)}" if value < 0 else str(value)


def nps_rows(frame: pd.DataFrame) -> tuple[list[str], list[list[str]]]:
    """Per theme: n, promotors, passief, criticasters, NPS. With a group column: a grid of NPS
    (n) with groups as rows and themes as columns, richtinggevende cells marked with *."""
    group = next((c for c in frame.columns if c not in NPS_COLUMNS), None)
    if group is None:
        header = ["thema", "n", "promotors", "passief", "criticasters", "NPS"]
        rows = [[str(r["thema"]) + (" (richtinggevend)" if r["richtinggevend"] == "ja" else ""), str(r["n respondenten"]),
                 percent(r["promotors"]), percent(r["passief"]), percent(r["criticasters"]), signed(r["NPS"])]
                for _, r in frame.iterrows()]
        return header, rows
    themes = list(dict.fromkeys(frame["thema"]))
    groups = list(dict.fromkeys(frame[group]))
    cells = {(r["thema"], r[group]): r for _, r in frame.iterrows()}
    rows = []
    for g in groups:
        row = [str(g)]
        for t in themes:
            r = cells.get((t, g))
            n = 0 if r is None else int(r["n respondenten"])
            row.append("" if n == 0 else f"{signed(r['NPS'])} (n={n}){'*' if r['richtinggevend'] == 'ja' else ''}")
        rows.append(row)
    return [group, *themes], rows


def wave_markdown(report: Report) -> list[str]:
    waves = report.waves
    lines = [f"Eerder: {md_text(waves.name_before)} (n={waves.n_before}); later: {md_text(waves.name_after)} (n={waves.n_after}).", ""]
    lines += _table(*wave_rows(waves))
    for change in waves.changes:
        if change.quotes:
            lines += [f"**{md_text(change.label)}** ({change.status}):", ""]
            lines += [f"- {quote_text(q, md_text)}" for q in change.quotes]
            lines.append("")
    return lines
