"""`openanswers codebook ...`: convert and check codebooks (thin shells over openanswers.codebook).

Errors are raised as :class:`~openanswers.errors.OpenAnswersError`; :func:`openanswers.cli.main`
prints them as one line and exits with status 2, as for every other command."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .. import schema
from . import options

app = typer.Typer(
    name="codebook",
    help="Write, convert and check codebooks (YAML, CSV, REFI-QDA .qdc).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
out = Console()
err = Console(stderr=True)


@app.command()
def convert(
    source: Annotated[Path, typer.Argument(help="Codebook to read: .yaml/.yml, .csv or .qdc.", metavar="IN")],
    target: Annotated[Path, typer.Argument(help="Codebook to write; the extension picks the format.", metavar="OUT")],
) -> None:
    """Convert a codebook between YAML, CSV and REFI-QDA (.qdc, for ATLAS.ti, MAXQDA, NVivo, ...).

    Example: openanswers codebook convert codebooks/wlz_zorgcontractering.yaml wlz.qdc
    """
    from ..codebook import read_codebook, write_codebook

    codebook = read_codebook(source)
    write_codebook(codebook, target)
    err.print(Text(f"{len(codebook)} codes: {source} -> {target}"))


@app.command()
def check(
    file: Annotated[Path, typer.Argument(help="Codebook: .yaml/.yml, .csv or .qdc.", metavar="FILE")],
    answers: Annotated[Optional[Path], typer.Option("--answers", help="Survey export whose answers the rules are tried on (CSV, XLSX, SAV, JSONL).")] = None,
    text: options.Text = None,
    strict: Annotated[bool, typer.Option("--strict", help="Fail (exit 2) on warnings too: codes without matches, terms that match most answers.")] = False,
) -> None:
    """Check a codebook for duplicate ids, unknown parents and cycles, and its rules on answers.

    With --answers, also count the answers each code matches and warn about codes that match no
    answer and terms that match more than half of them. Exit status 2 when errors are found.

    Example: openanswers codebook check codebooks/wlz_zorgcontractering.yaml --answers corpora/nota_van_inlichtingen.csv --text vraag
    """
    from ..codebook import read_codebook
    from ..codebook.check import check as check_codebook

    codebook = read_codebook(file)
    texts = None
    if answers is not None:
        frame = options.read_input(answers, text)
        texts = frame.loc[frame[schema.STATUS] != schema.EMPTY, schema.TEXT].tolist()
    report = check_codebook(codebook, texts)
    _print_report(report)
    if report.errors or (strict and report.warnings):
        raise typer.Exit(code=2)


def _print_report(report) -> None:
    table = Table(title=Text(f"{report.codebook.name} {report.codebook.version}".strip()))
    table.add_column("code")
    table.add_column("label")
    if report.n_texts:
        table.add_column("answers", justify="right")
        table.add_column("share", justify="right")
    frame = report.to_frame()
    depth = {c.id: len(report.codebook.ancestors(c.id)) for c in report.codebook}
    for row in frame.itertuples():
        cells = [Text("  " * depth[row.id] + row.id), Text(row.label)]
        if report.n_texts:
            cells += [str(row.n), f"{row.share:.0%}"]
        table.add_row(*cells, style="red" if row.problems else None)
    out.print(table)
    for problem in report.problems:
        colour = "red" if problem.severity == "error" else "yellow"
        out.print(Text(f"{problem.severity}: {problem.message}", style=colour))
    summary = f"{len(report.codebook)} codes, {len(report.errors)} errors, {len(report.warnings)} warnings"
    if report.n_texts:
        summary += f", {report.n_texts} answers"
    out.print(Text(summary))
