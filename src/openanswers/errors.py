"""Every error and warning openanswers raises on purpose lives here.

All errors derive from :class:`OpenAnswersError`, so one ``except`` catches them, and each also
derives from the built-in exception a caller would expect (``ValueError``), as scikit-learn does.
The CLI turns an :class:`OpenAnswersError` into one line on stderr and exit status 2.
"""

from __future__ import annotations

from pathlib import Path


class OpenAnswersError(Exception):
    """Base class of the errors a user can cause and fix."""


class InputError(OpenAnswersError, ValueError):
    """Bad input data: names the file and, where they apply, the row and column."""

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        self.message = message
        self.path = None if path is None else str(path)
        self.row = row
        self.column = column
        super().__init__(self._format())

    def _format(self) -> str:
        where = []
        if self.path is not None:
            where.append(self.path)
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(f"column {self.column!r}")
        return f"{', '.join(where)}: {self.message}" if where else self.message


class StoreError(InputError):
    """A run.sqlite or .oaproj that is empty, not SQLite, or damaged: named, never half-read."""


class ConfigError(OpenAnswersError, ValueError):
    """An option that names an unknown component or an impossible setting."""


class MissingDependencyError(OpenAnswersError, ImportError):
    """An optional component was asked for but its package is not installed."""


class OpenAnswersWarning(UserWarning):
    """Something worth telling the user that does not stop the run."""
