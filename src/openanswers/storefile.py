"""The one way openanswers opens its SQLite files (run.sqlite, .oaproj, review logs).

A damaged file must give one clear line, not a ``sqlite3.DatabaseError`` traceback halfway
through an export, and must not be "repaired" into something new: a zero-byte .oaproj is not an
empty project. :func:`open_store` checks the header and runs ``PRAGMA quick_check`` before any
pragma that would write, and raises :class:`~openanswers.errors.StoreError` naming the file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .errors import StoreError

SQLITE_HEADER = b"SQLite format 3\x00"


def open_store(path: str | Path, *, what: str, create: bool = False, timeout: float = 30.0,
               isolation_level: str | None = "") -> sqlite3.Connection:
    """A checked connection to the SQLite file at ``path``.

    ``what`` names the file for the error ("openanswers run", "project"). ``create=True`` allows a
    file that does not exist yet (it is made); an existing file is always checked, so a damaged
    one is never overwritten. ``isolation_level`` as in :func:`sqlite3.connect` (None: autocommit).
    """
    path = Path(path)
    exists = path.exists()
    if not exists and not create:
        raise StoreError(f"no {what} here", path=path)
    if exists:
        _check_header(path, what)
    try:
        connection = sqlite3.connect(str(path), timeout=timeout, isolation_level=isolation_level)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open the {what} file: {exc}", path=path) from exc
    if exists:
        try:
            problems = [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()]
        except sqlite3.DatabaseError as exc:
            connection.close()
            raise StoreError(f"damaged {what} file ({exc}); restore it from a backup", path=path) from exc
        if problems != ["ok"]:
            connection.close()
            raise StoreError(f"damaged {what} file ({problems[0]}); restore it from a backup", path=path)
    return connection


def _check_header(path: Path, what: str) -> None:
    if path.is_dir():
        raise StoreError(f"is a folder, not a {what} file", path=path)
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
    except OSError as exc:
        raise StoreError(f"cannot read: {exc.strerror or exc}", path=path) from exc
    if not head:
        raise StoreError(f"empty file (0 bytes), not a {what} file; restore it from a backup or remove it", path=path)
    if not head.startswith(SQLITE_HEADER) or len(head) < 100:
        raise StoreError(f"not a {what} file (no SQLite header: overwritten or not made by openanswers)", path=path)
