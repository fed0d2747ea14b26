"""Coding projects on the command line: init, add-codebook, autocode, code, agreement, codes export.

Thin shells over :mod:`openanswers.project` and :mod:`openanswers.coding`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from . import app
from .render import data_text

out = Console()
err = Console(stderr=True)
codes_app = typer.Typer(name="codes", help="Export the codes of a project.", no_args_is_help=True,
                        pretty_exceptions_enable=False, add_completion=False)
app.add_typer(codes_app, name="codes")
ProjectArg = Annotated[Path, typer.Argument(help="Project file (.oaproj, SQLite).", metavar="PROJECT")]


@app.command()
def init(
    project: ProjectArg,
    answers: Annotated[Path, typer.Option("--answers", help="Survey export: CSV, TSV, XLSX, SPSS .sav or JSONL.")],
    codebook: Annotated[Path, typer.Option("--codebook", help="Codebook: .yaml, .csv or .qdc.")],
    text: Annotated[Optional[list[str]], typer.Option("--text", help="Open-text column; repeat for several columns of one question.")] = None,
    id: Annotated[Optional[str], typer.Option("--id", help="Respondent id column.")] = None,
    closed: Annotated[Optional[str], typer.Option("--closed", help="Closed-answer column (Ja / Ten dele / Nee).")] = None,
    question: Annotated[Optional[str], typer.Option("--question", help="Question text, or the column that holds it.")] = None,
    group: Annotated[Optional[list[str]], typer.Option("--group", help="Metadata column to keep; repeatable.")] = None,
    sheet: Annotated[Optional[str], typer.Option("--sheet", help="XLSX sheet name.")] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace an existing project file (its decisions are lost).")] = False,
) -> None:
    """Create a coding project from answers and a codebook.

    Example: openanswers init wlz.oaproj --answers corpora/nota_van_inlichtingen.csv --text vraag --group sectie --codebook codebooks/wlz_zorgcontractering.yaml
    """
    from ..codebook import read_codebook
    from ..ingest import read_answers
    from ..project import create_project

    frame = read_answers(answers, text=(text[0] if len(text) == 1 else list(text)) if text else None, id=id,
                         closed=closed, question=question, groups=tuple(group or ()), sheet=sheet)
    with create_project(project, frame, read_codebook(codebook), overwrite=overwrite) as created:
        n = len(created.codebook())
    err.print(Text(f"{project}: {len(frame)} answers, {n} codes"))


@app.command("add-codebook")
def add_codebook(project: ProjectArg, file: Annotated[Path, typer.Argument(help="Codebook: .yaml, .csv or .qdc.", metavar="FILE")]) -> None:
    """Add a new codebook version to a project; earlier decisions keep their version.

    Example: openanswers add-codebook wlz.oaproj codebooks/wlz_zorgcontractering.yaml
    """
    from ..codebook import read_codebook
    from ..project import Project

    with Project.open(project) as opened:
        version = opened.add_codebook(read_codebook(file))
    err.print(Text(f"{project}: codebook version {version}"))


@app.command()
def autocode(
    project: ProjectArg,
    rules: Annotated[bool, typer.Option("--rules/--no-rules", help="Suggest codes from the codebook's include/exclude terms.")] = True,
    similarity: Annotated[bool, typer.Option("--similarity/--no-similarity", help="Suggest codes by similarity to code definitions and examples.")] = True,
    model: Annotated[bool, typer.Option("--model/--no-model", help="Learn from hand-coded answers (when there are any).")] = True,
    threshold: Annotated[float, typer.Option("--threshold", min=0.0, max=1.0, help="Lowest confidence suggested; below it the auto-coder abstains.")] = 0.5,
    embedder: Annotated[str, typer.Option("--embedder", help="use | e5 | tfidf | sentence-transformers:<model>")] = "use",
) -> None:
    """Suggest codes for every answer and store them (coder 'auto'), replacing an earlier run.

    Example: openanswers autocode wlz.oaproj --threshold 0.6
    """
    from ..coding import autocode as run_autocode
    from ..project import Project

    with Project.open(project) as opened:
        counts = run_autocode(opened, rules=rules, similarity=similarity, model=model, threshold=threshold, embedder=embedder)
    parts = ", ".join(f"{k}: {v}" for k, v in counts.items() if k not in ("answers", "suggestions"))
    err.print(Text(f"{counts['suggestions']} suggestions for {counts['answers']} answers ({parts or 'none'})"))


@codes_app.command("export")
def export_codes(
    project: ProjectArg,
    target: Annotated[Path, typer.Argument(help="Output: .csv, .xlsx or .qdpx (REFI-QDA project).", metavar="OUT")],
    pseudonymise: Annotated[bool, typer.Option("--pseudonymise/--no-pseudonymise", help="Replace names, e-mail addresses, phone numbers and organisations in the texts.")] = True,
    auto: Annotated[bool, typer.Option("--auto/--no-auto", help="Include the auto-coder's suggestions.")] = False,
) -> None:
    """Export the coded answers: a table, or a .qdpx for ATLAS.ti, MAXQDA, NVivo or QualCoder.

    Example: openanswers codes export wlz.oaproj wlz.qdpx
    """
    from ..project import Project
    from ..project.tables import write_codes

    with Project.open(project) as opened:
        write_codes(opened, target, pseudonymise=pseudonymise, include_auto=auto)
    err.print(Text(f"written: {target}"))


@app.command()
def agreement(project: ProjectArg, all_codes: Annotated[bool, typer.Option("--per-code/--overall", help="Show every code, not only the totals.")] = False) -> None:
    """Agreement between coders (Cohen's kappa, Krippendorff's alpha) and of the auto-coder with them (precision, recall, F1).

    Example: openanswers agreement wlz.oaproj --per-code
    """
    from ..coding import agreement as compute
    from ..coding.agreement import ALL_CODES
    from ..project import Project

    with Project.open(project) as opened:
        frame = compute(opened)
    if not all_codes:
        frame = frame[frame["code"] == ALL_CODES]
    if frame.empty:
        err.print(Text("no answers coded by two coders yet"))
        return
    table = Table(title="Overeenstemming")
    for column in frame.columns:
        table.add_column(column, justify="right" if column not in ("code", "coder_a", "coder_b") else "left")
    for row in frame.itertuples(index=False):
        table.add_row(*[Text("" if v != v or v is None else f"{v:.3f}" if isinstance(v, float) else str(v)) for v in row])
    out.print(table)


@app.command()
def code(
    project: ProjectArg,
    coder: Annotated[str, typer.Option("--coder", help="Your name; decisions are stored under it.")],
    order: Annotated[str, typer.Option("--order", help="input | uncertainty (the auto-coder's least certain answers first).")] = "input",
) -> None:
    """Code answers one by one, with the auto-coder's suggestions; resumes where you stopped.

    Keys: a accept suggestions, 1-9 toggle a code, enter save and next, s skip, u undo,
    m memo, / search the codebook, q quit.

    Example: openanswers code wlz.oaproj --coder anna --order uncertainty
    """
    import click

    from ..coding.session import CodingSession
    from ..project import Project

    with Project.open(project) as opened:
        session = CodingSession(opened, coder, order=order)
        while not session.finished:
            _draw(session)
            key = click.getchar()
            if key in ("q", "\x03", "\x04"):
                break
            if key in ("\r", "\n"):
                session.save()
            elif key == "a":
                session.accept()
            elif key == "s":
                session.skip()
            elif key == "u":
                session.undo()
            elif key.isdigit() and key != "0":
                session.toggle(int(key))
            elif key == "m":
                session.set_memo(click.prompt("memo", default=session.screen.memo, show_default=bool(session.screen.memo)))
            elif key == "/":
                session.search(click.prompt("zoek code"))
            else:
                session.screen.message = f"onbekende toets {key!r}: a 1-9 enter s u m / q"
        done, total = opened.progress(coder)
    out.print(Text(f"gestopt: {done}/{total} gecodeerd door {coder}" if done < total else f"klaar: {total}/{total} gecodeerd"))


def _draw(session) -> None:
    s = session.screen
    out.clear()
    answer = s.answer
    # Texts from the data go through data_text: literal, control characters made visible.
    out.print(data_text(f"[{s.done + 1}/{s.total}] antwoord {answer['id']}", "bold"))
    body = data_text(answer.get("question") or "", "dim")
    if answer.get("closed"):
        body.append(data_text(f"\ngesloten antwoord: {answer['closed']}", "cyan"))
    body.append(Text.assemble("\n\n", data_text(answer.get("text") or "")))
    meta = [f"{k}: {v}" for k, v in answer.items() if k not in _CANONICAL and v is not None and str(v) != "nan"]
    if meta:
        body.append(Text.assemble("\n\n", data_text("  ".join(meta), "dim")))
    out.print(Panel(body))
    for number, code_id in enumerate(s.choices, 1):
        tick = "[x]" if code_id in s.selected else "[ ]"
        label = session.codebook.get(code_id).label
        line = data_text(f" {number} {tick} {label} ({code_id})")
        if code_id in s.suggestions:
            confidence, source = s.suggestions[code_id]
            line.append(f"  {confidence:.2f} {source}", style="green" if confidence >= 0.5 else "yellow")
        out.print(line)
    hidden = [c for c in s.selected if c not in s.choices]
    if hidden:
        out.print(data_text("   ook: " + ", ".join(hidden)))
    if s.memo:
        out.print(data_text(f"memo: {s.memo}", "italic"))
    if s.message:
        out.print(data_text(s.message, "bold yellow"))
    out.print(Text("a=suggesties 1-9=code enter=opslaan s=overslaan u=ongedaan m=memo /=zoek q=stop", style="dim"))


_CANONICAL = {"id", "respondent", "question", "closed", "text", "clean", "rank", "status", "row"}
