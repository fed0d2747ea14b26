"""Coding projects on the command line: init, add-codebook, autocode, code, agreement, export codes.

Thin shells over :mod:`openanswers.project` and :mod:`openanswers.coding`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from . import app, options
from .export import export_app

out = Console()
err = Console(stderr=True)
# `codes export` was the name before `export codes` (verb, then noun): kept working, hidden.
codes_app = typer.Typer(name="codes", help="Deprecated: use `openanswers export codes`.", no_args_is_help=True,
                        pretty_exceptions_enable=False, add_completion=False)
app.add_typer(codes_app, name="codes", hidden=True)
ProjectArg = Annotated[Path, typer.Argument(help="Project file (.oaproj, SQLite).", metavar="PROJECT")]


@app.command()
def init(
    project: ProjectArg,
    answers: Annotated[Path, typer.Option("--answers", help="Survey export: CSV, TSV, XLSX, SPSS .sav or JSONL.")],
    codebook: Annotated[Path, typer.Option("--codebook", help="Codebook: .yaml, .csv or .qdc.")],
    text: options.Text = None,
    id: options.Id = None,
    closed: options.Closed = None,
    question: options.Question = None,
    group: options.Group = None,
    sheet: options.Sheet = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace an existing project file (its decisions are lost).")] = False,
) -> None:
    """Create a coding project from answers and a codebook.

    Example: openanswers init wlz.oaproj --answers corpora/nota_van_inlichtingen.csv --text vraag --group sectie --codebook codebooks/wlz_zorgcontractering.yaml
    """
    from ..codebook import read_codebook
    from ..project import create_project

    frame = options.read_input(answers, text, id, closed, question, group, sheet)
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


CodesOut = Annotated[Optional[Path], typer.Argument(help="Output: .csv, .xlsx or .qdpx (REFI-QDA project); or give it as --out.", metavar="OUT", show_default=False)]
CodesOutOption = Annotated[Optional[Path], typer.Option("--out", "-o", help="Output: .csv, .xlsx or .qdpx (REFI-QDA project).", show_default=False)]
Auto = Annotated[bool, typer.Option("--auto/--no-auto", help="Include the auto-coder's suggestions.")]


@export_app.command("codes")
def export_codes(project: ProjectArg, target: CodesOut = None, out_option: CodesOutOption = None,
                 pseudonymise: options.Pseudonymise = True, auto: Auto = False) -> None:
    """The coded answers: a table, or a .qdpx for ATLAS.ti, MAXQDA, NVivo or QualCoder.

    Example: openanswers export codes wlz.oaproj --out wlz.qdpx
    """
    from ..project import Project
    from ..export.codes import write_codes

    if (target is None) == (out_option is None):
        raise typer.BadParameter("give the file to write once: as OUT or as --out", param_hint="OUT / --out")
    target = target or out_option
    with Project.open(project) as opened:
        write_codes(opened, target, pseudonymise=pseudonymise, include_auto=auto)
    err.print(Text(f"written: {target}"))


@codes_app.command("export", hidden=True)
def codes_export(project: ProjectArg, target: Annotated[Path, typer.Argument(metavar="OUT")],
                 pseudonymise: options.Pseudonymise = True, auto: Auto = False) -> None:
    """Deprecated name of `openanswers export codes`."""
    err.print(Text("openanswers: `codes export` is now `export codes`; the old name will go."))
    export_codes(project, target, pseudonymise=pseudonymise, auto=auto)


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
    only_coded_by: Annotated[Optional[str], typer.Option("--only-coded-by", help="Only the answers this other coder coded (double coding, for agreement).")] = None,
    learn_every: Annotated[int, typer.Option("--learn-every", min=0, help="Retrain the auto-coder in the background after this many saves (0: never).")] = 10,
    embedder: Annotated[str, typer.Option("--embedder", help="Embedder of the auto-coder's retraining: use | e5 | tfidf | sentence-transformers:<model>")] = "use",
) -> None:
    """Code answers one by one, with the auto-coder's suggestions; resumes where you stopped.

    Keys: every code has a letter (child codes two: parent, then child), 1-9 the most likely
    codes, a accept suggestions, enter save and next, s skip, u undo, m memo, / search the
    codebook, arrows scroll, q quit. One session per coder per project.

    Example: openanswers code wlz.oaproj --coder anna --order uncertainty
    """
    import shutil

    from ..coding.controls import KeyHandler
    from ..coding.keys import KeyReader
    from ..coding.session import CodingSession
    from ..project import Project
    from ..project.lock import CoderLock

    with Project.open(project) as opened, CoderLock(project, coder):
        session = CodingSession(opened, coder, order=order, only_coded_by=only_coded_by, learn_every=learn_every or None,
                                autocode_options={"embedder": embedder})
        handler = KeyHandler(session)
        with KeyReader() as keys:
            dirty, shown_learning = True, False
            while not session.finished:
                if dirty and not keys.pending():  # a burst of keys is worked off before drawing
                    size = shutil.get_terminal_size((80, 24))
                    handler.page = max(1, size.lines - 16)
                    _draw(layout_lines(session, handler, size))
                    dirty, shown_learning = False, session.learning
                key = keys.get(timeout=0.5)
                if key is None:  # redraw when a retrain ends, to drop "suggesties bijwerken…"
                    dirty = session.learning != shown_learning
                    continue
                dirty = True
                if not handler.press(key):
                    break
        session.close()
        done, total = opened.progress(coder, only_coded_by)
    out.print(Text(f"gestopt: {done}/{total} gecodeerd door {coder}" if done < total else f"klaar: {total}/{total} gecodeerd"))


def layout_lines(session, handler, size):
    from ..coding.screen import layout

    return layout(session, handler, size.columns, size.lines)


def _draw(lines) -> None:
    out.clear()
    for segments in lines:
        out.print(Text.assemble(*segments), no_wrap=True, overflow="crop", crop=True)
