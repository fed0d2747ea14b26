"""The `openanswers` command: thin shells over library functions (see each command's module)."""

from __future__ import annotations

import sys

import typer

from ..errors import OpenAnswersError

app = typer.Typer(
    name="openanswers",
    help="Open survey answers into themes, codes and quotes: offline, reproducible, Dutch first.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)



@app.callback()
def _root() -> None:
    """Open survey answers into themes, codes and quotes: offline, reproducible, Dutch first."""


from . import run as _run  # noqa: E402,F401  (registers the command on `app`)
from . import codebook as _codebook  # noqa: E402
from . import export as _export  # noqa: E402,F401  (registers `openanswers export`)
from . import project as _project  # noqa: E402,F401  (init, add-codebook, autocode, code, agreement, export codes)
from . import cache as _cache  # noqa: E402,F401  (registers `openanswers cache clear|path`)

app.add_typer(_codebook.app, name="codebook")


def main() -> None:
    """Console entry point: user errors become one line on stderr and exit status 2."""
    import sqlite3

    try:
        app()
    except OpenAnswersError as exc:
        print(f"openanswers: error: {one_line(exc)}", file=sys.stderr)
        sys.exit(2)
    except sqlite3.DatabaseError as exc:  # a store damaged past what opening it could check
        print(f"openanswers: error: damaged run or project file ({one_line(exc)}); restore it from a backup", file=sys.stderr)
        sys.exit(2)


def one_line(exc: BaseException) -> str:
    """An error message on one line, control characters from the data shown as escapes."""
    text = " ".join(str(exc).split("\n"))
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
