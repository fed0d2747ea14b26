"""The append-only log of review operations (table ``review_ops`` in SQLite).

Every operation an analyst performs is one row: what, with which arguments, by whom, when, on
which run. Rows are only ever inserted, so the log is the review: reopening a run replays it, and
:meth:`Review.replay` carries it over to a new wave.
"""

from __future__ import annotations

import getpass
import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ..errors import InputError
from ..storefile import open_store

TABLE = "review_ops"
_CREATE = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    run_key TEXT NOT NULL,
    op TEXT NOT NULL,
    args TEXT NOT NULL,
    by TEXT NOT NULL,
    at TEXT NOT NULL
)
"""


@dataclass(frozen=True)
class Op:
    """One logged operation; ``args`` is plain JSON data (topic ids, answer ids, labels, codes)."""

    op: str
    args: dict
    by: str
    at: str
    seq: int = 0


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers)
        return "onbekend"


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class OpLog:
    """Operations of one run in one SQLite file (``:memory:`` when the review is not kept)."""

    def __init__(self, path: str | Path | None, run_key: str):
        self.path = str(path) if path is not None else ":memory:"
        self.run_key = run_key
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = open_store(self.path, what="review log", create=True) if self.path != ":memory:" \
                else sqlite3.connect(self.path)
            self._db.execute(_CREATE)
            self._db.commit()
        except sqlite3.DatabaseError as exc:
            raise InputError(f"cannot keep review operations here: {exc}", path=self.path) from exc

    def append(self, op: str, args: dict, by: str | None = None, at: str | None = None) -> Op:
        entry = Op(op, args, by or current_user(), at or now())
        with self._db:
            cursor = self._db.execute(
                f"INSERT INTO {TABLE} (run_key, op, args, by, at) VALUES (?, ?, ?, ?, ?)",
                (self.run_key, entry.op, json.dumps(entry.args, ensure_ascii=False), entry.by, entry.at),
            )
        return Op(entry.op, entry.args, entry.by, entry.at, int(cursor.lastrowid))

    def ops(self) -> list[Op]:
        rows = self._db.execute(
            f"SELECT seq, op, args, by, at FROM {TABLE} WHERE run_key = ? ORDER BY seq", (self.run_key,)
        ).fetchall()
        return [Op(op, json.loads(args), by, at, seq) for seq, op, args, by, at in rows]

    def close(self) -> None:
        self._db.close()
