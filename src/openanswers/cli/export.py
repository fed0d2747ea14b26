"""`openanswers export quotes|report`: report material from a saved run (thin shells over
:mod:`openanswers.report`); `export codes` is in project.py, beside the other project commands."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from . import app, options

export_app = typer.Typer(name="export", help="Write material that leaves the tool: quote lists, theme reports, coded answers.", no_args_is_help=True)
app.add_typer(export_app, name="export")

RunDir = Annotated[Path, typer.Argument(help="A run folder written by `openanswers run --out` (holds run.sqlite), or a project file (.oaproj): its run, with the review logged there applied and the codes of its answers.", metavar="RUN_OR_PROJECT", show_default=False)]
Out = Annotated[Path, typer.Option("--out", "-o", help="File to write; the format follows its extension unless --format is given.", show_default=False)]
Theme = Annotated[Optional[list[str]], typer.Option("--theme", help="Only this theme: its label or number (1 = largest); repeatable.")]
Code = Annotated[Optional[list[str]], typer.Option("--code", help="Only answers with this code (its id or label: hand codes, review codes); repeatable.")]
Question = Annotated[Optional[list[str]], typer.Option("--question", help="Only answers to this question; repeatable.")]
Closed = Annotated[Optional[list[str]], typer.Option("--closed", help="Only answers with this closed answer, e.g. \"Ten dele\"; repeatable.")]
Where = Annotated[Optional[list[str]], typer.Option("--where", help="Only answers whose COLUMN has one of the VALUEs: COLUMN=VALUE[,VALUE…], e.g. sectie=3; repeatable.")]
Wave = Annotated[Optional[list[str]], typer.Option("--wave", "--year", help="A project's wave: report on its run (default: the newest). In a run: only answers of this wave/year (column golf, wave, jaar, year or meting); repeatable.")]
Auto = Annotated[bool, typer.Option("--auto/--no-auto", help="Count the auto-coder's suggestions as codes too (default: hand codes and review codes only).")]
MaxChars = Annotated[Optional[int], typer.Option("--max-chars", min=40, help="Cut longer quotes at a sentence end, marked […].")]
Pseudo, Orgs = options.Pseudonymise, options.Organisations
Title = Annotated[Optional[str], typer.Option("--title", help="Title of the document (default: the question).")]


def _filters(theme, code, question, closed, where, wave, quotes, max_chars):
    from ..report import Filters, parse_where

    return Filters(themes=tuple(theme or ()), codes=tuple(code or ()), questions=tuple(question or ()),
                   closed=tuple(closed or ()), where=parse_where(where or ()), waves=tuple(wave or ()),
                   quotes_per_theme=quotes, max_quote_chars=max_chars)


def _source(path: Path, wave, auto: bool):
    """The report's source, and the --wave values left as a filter: in a store with runs of
    several waves, one --wave picks the run; otherwise it filters on a wave column."""
    from ..project.runs import waves
    from ..report import load_source

    known = [w for w in waves(path) if w]
    run_wave = wave[0] if wave and len(wave) == 1 and wave[0] in known else None
    return load_source(path, wave=run_wave, include_auto=auto), (None if run_wave is not None else wave)


def _organisations(path: Optional[Path]):
    from ..privacy import read_organisations

    return read_organisations(path) if path else None


def _done(path: Path, report) -> None:
    review = report.info.get("review") or {}
    reviewed = f"na review ({review['operations']} {'bewerking' if review['operations'] == 1 else 'bewerkingen'}); " if review.get("operations") else ""
    typer.echo(f"Geschreven: {path} ({report.selection.n_answers} antwoorden, {len(report.themes)} hoofdlijnen {reviewed}"
               f"{report.privacy_line()})", err=True)


@export_app.command("quotes")
def quotes(
    run_dir: RunDir,
    out: Out,
    format: Annotated[Optional[str], typer.Option("--format", "-f", help="xlsx | csv | md | docx")] = None,
    theme: Theme = None, code: Code = None, question: Question = None, closed: Closed = None,
    where: Where = None, wave: Wave = None, auto: Auto = False,
    quotes: Annotated[Optional[int], typer.Option("--quotes", min=1, help="At most this many quotes per theme (default: all answers).")] = None,
    max_chars: MaxChars = None,
    title: Title = None,
    pseudonymise: Pseudo = True,
    organisations: Orgs = None,
) -> None:
    """A quote list per theme, representative quotes first.

    Example: openanswers export quotes out/ --format xlsx --where sectie=3 --out citaten.xlsx
    """
    from ..report import export_quotes

    source, wave = _source(run_dir, wave, auto)
    filters = _filters(theme, code, question, closed, where, wave, quotes, max_chars)
    report = export_quotes(source, out, format, filters=filters, title=title,
                           pseudonymise=pseudonymise, organisations=_organisations(organisations))
    _done(out, report)


@export_app.command("report")
def report(
    run_dir: RunDir,
    out: Out,
    format: Annotated[Optional[str], typer.Option("--format", "-f", help="docx | xlsx | html | md | csv (the theme overview as one table)")] = None,
    by: Annotated[Optional[str], typer.Option("--by", help="Subgroup column for a table of theme shares with a test (e.g. sectie, zorgkantoor).")] = None,
    nps: Annotated[Optional[str], typer.Option("--nps", help="Column with a 0-10 recommendation score: NPS per theme (and per --by group).")] = None,
    compare: Annotated[Optional[Path], typer.Option("--compare", help="RUN_DIR of the earlier wave: which themes grew, shrank, appeared or disappeared.")] = None,
    theme: Theme = None, code: Code = None, question: Question = None, closed: Closed = None,
    where: Where = None, wave: Wave = None, auto: Auto = False,
    quotes: Annotated[int, typer.Option("--quotes", min=0, help="Quotes per theme.")] = 4,
    max_chars: MaxChars = 400,
    min_respondents: Annotated[int, typer.Option("--min-respondents", min=1, help="Groups with fewer respondents are 'richtinggevend' and left out of the test.")] = 10,
    title: Title = None,
    pseudonymise: Pseudo = True,
    organisations: Orgs = None,
) -> None:
    """A theme report: "De antwoorden zijn samen te vatten in drie hoofdlijnen", quotes, tables.

    Example: openanswers export report out/ --format docx --by sectie --out rapport.docx
    """
    from ..report import Source, export_report
    from ..project.runs import load_run

    source, wave = _source(run_dir, wave, auto)
    filters = _filters(theme, code, question, closed, where, wave, quotes, max_chars)
    other = Source(load_run(compare), name=str(compare)) if compare else None
    report = export_report(
        source, out, format, filters=filters, by=by, nps=nps, compare=other,
        title=title, pseudonymise=pseudonymise, organisations=_organisations(organisations), min_respondents=min_respondents)
    _done(out, report)
