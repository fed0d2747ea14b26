"""Terminal output: progress bars for the pipeline's steps and the themes as rich tables."""

from __future__ import annotations

import warnings

from rich.console import Console
from rich.panel import Panel
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..export.safety import privacy_summary
from ..themes.writers import UNSTABLE, decimal

console = Console(stderr=False)
errors = Console(stderr=True)


class RichReporter:
    """Draws one progress bar per pipeline step (implements :class:`openanswers.progress.Reporter`)."""

    def __init__(self, progress: Progress):
        self.progress = progress
        self.tasks: dict[str, int] = {}

    def start(self, step: str, total: int | None) -> None:
        self.tasks[step] = self.progress.add_task(step, total=total)

    def advance(self, step: str, amount: int = 1) -> None:
        self.progress.advance(self.tasks[step], amount)

    def finish(self, step: str) -> None:
        task = self.tasks[step]
        total = self.progress.tasks[task].total
        self.progress.update(task, total=total or 1, completed=total or 1)

    def note(self, message: str) -> None:
        self.progress.console.print(message)


def progress_bars() -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    )


def show_warnings() -> None:
    """Warnings as one yellow line each, not Python's file:line format."""

    def _show(message, category, filename, lineno, file=None, line=None):
        errors.print(f"[yellow]waarschuwing:[/] {message}")

    warnings.showwarning = _show


def _stability(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{decimal(value)}" + (" wankel" if value < UNSTABLE else "")


def print_run(run, out_dir) -> None:
    info = run.info
    console.print(
        f"Taalmodel: [cyan]{info.get('nlp')}[/]  ·  embedder: [cyan]{info.get('embedder')}[/]  ·  "
        f"topics: [cyan]{info.get('topic_model')}[/] ({info.get('n_topics')})  ·  seed {info.get('seed')}"
    )
    table = Table(title=f"Hoofdlijnen ({len(run.answers)} antwoorden)", show_lines=True)
    for column in ("#", "Thema", "n", "aandeel (95%-interval)", "stabiliteit"):
        table.add_column(column, overflow="fold")
    for i, theme in enumerate(run.themes, 1):
        interval = f" ({theme.share_ci[0]:.0%}–{theme.share_ci[1]:.0%})" if theme.share_ci else ""
        table.add_row(str(i), theme.label, str(theme.n), f"{theme.share:.0%}{interval}", _stability(theme.stability))
    overig = int((run.answers["theme"] == "overig").sum())
    leeg = int((run.answers["theme"] == "leeg").sum())
    table.add_row("", "overig", str(overig), f"{overig / max(1, len(run.answers)):.0%}", "")
    table.add_row("", "leeg", str(leeg), f"{leeg / max(1, len(run.answers)):.0%}", "")
    console.print(table)
    for i, theme in enumerate(run.themes, 1):
        quotes = "\n".join(f"• ‘{q.text}’ [dim]({q.id})[/]" for q in theme.quotes)
        console.print(Panel(f"{theme.description}\n\n{quotes}", title=f"{i}. {theme.label}", expand=True))
    if info.get("pseudonymised"):
        console.print(privacy_summary(True, run.replacements))
    else:
        console.print("[bold yellow]Niet gepseudonimiseerd[/] (--no-pseudonymise).")
    console.print(f"Uitvoer in [bold]{out_dir}[/]: themes.json, answers.csv, themes.md, quotes.xlsx")
