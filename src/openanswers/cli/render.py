"""Terminal output: progress bars for the pipeline's steps and the themes as rich tables.

Every text from the data (labels, quotes, ids, descriptions, paths, warnings) is printed as a rich
:class:`~rich.text.Text`, never as a markup string: an answer holding ``[/bold]`` or ``[naam]`` is
shown as typed. Results go to stdout; progress bars and warnings to stderr.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.panel import Panel
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from .. import schema
from ..export.safety import privacy_summary
from ..themes.writers import UNSTABLE, decimal

console = Console(stderr=False)
errors = Console(stderr=True)
# Control characters (escape sequences, bare CR, backspace) could redraw the terminal: shown as �.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def data_text(value, style: str = "") -> Text:
    """A text from the data for the terminal: literal (no markup), control characters made visible."""
    return Text(_CONTROL.sub("\ufffd", str(value)), style=style)


class RichReporter:
    """Draws one progress bar per pipeline step (implements :class:`openanswers.progress.Reporter`)."""

    def __init__(self, progress: Progress):
        self.progress = progress
        self.tasks: dict[str, int] = {}

    def start(self, step: str, total: int | None) -> None:
        if not self.tasks:  # drawn from the first step on: an input error before it stays one line
            self.progress.start()
        self.tasks[step] = self.progress.add_task(step, total=total)

    def advance(self, step: str, amount: int = 1) -> None:
        self.progress.advance(self.tasks[step], amount)

    def finish(self, step: str) -> None:
        task = self.tasks[step]
        total = self.progress.tasks[task].total
        self.progress.update(task, total=total or 1, completed=total or 1)


@contextmanager
def progress_bars() -> Iterator[RichReporter]:
    """A reporter whose bars appear with the first pipeline step and are closed afterwards."""
    reporter = RichReporter(Progress(
        SpinnerColumn(),
        TextColumn("{task.description}", style="bold", markup=False),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=errors,
        transient=False,
    ))
    try:
        yield reporter
    finally:
        if reporter.tasks:
            reporter.progress.stop()


def show_warnings() -> None:
    """Warnings as one yellow line each, not Python's file:line format."""

    def _show(message, category, filename, lineno, file=None, line=None):
        errors.print(Text.assemble(("waarschuwing: ", "yellow"), data_text(message)))

    warnings.showwarning = _show


def _stability(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{decimal(value)}" + (" wankel" if value < UNSTABLE else "")


def print_run(run, out_dir) -> None:
    info = run.info
    line = Text("Taalmodel: ")
    for label, value in (("", info.get("nlp")), ("  ·  embedder: ", info.get("embedder")), ("  ·  topics: ", info.get("topic_model"))):
        line.append(label)
        line.append(data_text(value, "cyan"))
    line.append(f" ({info.get('n_topics')})  ·  seed {info.get('seed')}")
    console.print(line)
    table = Table(title=Text(f"Hoofdlijnen ({len(run.answers)} antwoorden)"), show_lines=True)
    # "genoemd": answers naming the theme at all (main theme or another point), only when some
    # answer makes a second point, so a run without them keeps its five columns.
    mentioned = any((theme.n_mentions or 0) > theme.n for theme in run.themes)
    columns = ("#", "Thema", "n", *(("genoemd",) if mentioned else ()), "aandeel (95%-interval)", "stabiliteit")
    for column in columns:
        table.add_column(column, overflow="fold")
    for i, theme in enumerate(run.themes, 1):
        interval = f" ({theme.share_ci[0]:.0%}–{theme.share_ci[1]:.0%})" if theme.share_ci else ""
        label = data_text(theme.label)
        if getattr(theme, "new_in_wave", None):
            label.append(" (nieuw)", "bold green")
        named = (str(theme.n_mentions or theme.n),) if mentioned else ()
        table.add_row(str(i), label, str(theme.n), *named, f"{theme.share:.0%}{interval}", _stability(theme.stability))
    for name in (schema.OTHER, schema.EMPTY):
        count = int((run.answers[schema.THEME] == name).sum())
        table.add_row("", name, str(count), *(("",) if mentioned else ()), f"{count / max(1, len(run.answers)):.0%}", "")
    console.print(table)
    if (carried := info.get("carried_from")):
        placed = carried["placed"]
        console.print(Text.assemble(f"{placed} {'antwoord' if placed == 1 else 'antwoorden'} geplaatst op de hoofdlijnen van golf ",
                                    data_text(carried["wave"], "bold"), "; hoofdlijnen die daar niet bij passen zijn nieuw."))
    for i, theme in enumerate(run.themes, 1):
        body = data_text(theme.description)
        body.append("\n")
        for quote in theme.quotes:
            body.append(Text.assemble("\n• ‘", data_text(quote.text), "’ ", data_text(f"({quote.id})", "dim")))
        console.print(Panel(body, title=data_text(f"{i}. {theme.label}"), expand=True))
    if info.get("pseudonymised"):
        console.print(Text(privacy_summary(True, run.replacements)))
    else:
        console.print(Text.assemble(("Niet gepseudonimiseerd", "bold yellow"), " (--no-pseudonymise)."))
    console.print(Text.assemble("Uitvoer in ", data_text(out_dir, "bold"), ": themes.json, answers.csv, themes.md, quotes.xlsx"))
