"""The append-only log of review operations (table ``review_ops`` in SQLite).

Every operation an analyst performs is one row: what, with which arguments, by whom, when, on
which run. Rows are only ever inserted: an undo is a row of its own (``op = 'undo'``, the undone
``seq`` in its arguments), so the log keeps the whole history and reopening a run applies the
operations that are still in force. The table lives in the run's own ``run.sqlite`` (or the store
given to ``open_run``), keyed by run, so one file can hold the reviews of several runs.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import sqlite3
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from ..errors import InputError
from ..project.migrations import REVIEW_OPS
from ..project.store import connect

TABLE = "review_ops"
CACHE = "review_cache"  # derived, rebuildable results (map layouts), keyed like the log
COLUMNS = ("seq", "run_key", "op", "args", "by", "at")
UNDO = "undo"


@dataclass(frozen=True)
class Op:
    """One logged operation; ``args`` is plain JSON data (topic ids, answer ids, labels, codes)."""

    op: str
    args: dict
    by: str
    at: str
    seq: int = 0

    @property
    def key(self) -> str:
        """The operation's identity: its kind and arguments (the run is the log's own key)."""
        return op_key(self.op, self.args)


def op_key(op: str, args: dict) -> str:
    text = json.dumps([op, args], ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


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
            # The project store's connection (checked on open, WAL, busy timeout, autocommit with
            # explicit transactions); the table is the one migration v4 declares, created here
            # too for a store of an older layout or a file of the analyst's own choosing.
            self._db = connect(self.path, create=True, what="review log") if self.path != ":memory:" \
                else sqlite3.connect(self.path, isolation_level=None)
            self._db.execute(REVIEW_OPS)
            columns = {row[1] for row in self._db.execute(f"PRAGMA table_info({TABLE})")}
        except sqlite3.DatabaseError as exc:
            raise InputError(f"not a readable review store ({exc})", path=self.path) from None
        if not set(COLUMNS) <= columns:
            self._db.close()
            raise InputError(f"table {TABLE} here has another layout (columns {', '.join(sorted(columns))}); "
                             "open the run with another store", path=self.path)

    def append(self, op: str, args: dict, by: str | None = None, at: str | None = None) -> Op:
        entry = Op(op, args, by or current_user(), at or now())
        try:
            with self._transaction():
                cursor = self._db.execute(
                    f"INSERT INTO {TABLE} (run_key, op, args, by, at) VALUES (?, ?, ?, ?, ?)",
                    (self.run_key, entry.op, json.dumps(entry.args, ensure_ascii=False), entry.by, entry.at),
                )
        except sqlite3.DatabaseError as exc:
            raise InputError(f"cannot log the operation ({exc})", path=self.path) from None
        return Op(entry.op, entry.args, entry.by, entry.at, int(cursor.lastrowid))

    def ops(self) -> list[Op]:
        """Every row of this run, undos included, oldest first; rows that are not JSON are left out."""
        try:
            rows = self._db.execute(
                f"SELECT seq, op, args, by, at FROM {TABLE} WHERE run_key = ? ORDER BY seq", (self.run_key,)
            ).fetchall()
        except sqlite3.DatabaseError as exc:
            raise InputError(f"not a readable review store ({exc})", path=self.path) from None
        out = []
        for seq, op, args, by, at in rows:
            try:
                parsed = json.loads(args)
            except (TypeError, ValueError):
                parsed = None
            out.append(Op(str(op), parsed if isinstance(parsed, dict) else {"unreadable": str(args)}, str(by), str(at), int(seq)))
        return out

    def cached(self, name: str) -> bytes | None:
        """A derived result kept beside the log (a map layout), or None."""
        try:
            row = self._db.execute(f"SELECT value FROM {CACHE} WHERE run_key = ? AND name = ?", (self.run_key, name)).fetchone()
        except sqlite3.OperationalError:  # no cache table yet
            return None
        return row[0] if row else None

    def keep(self, name: str, value: bytes) -> None:
        try:
            with self._transaction():
                self._db.execute(f"CREATE TABLE IF NOT EXISTS {CACHE} (run_key TEXT, name TEXT, value BLOB, PRIMARY KEY (run_key, name))")
                self._db.execute(f"INSERT OR REPLACE INTO {CACHE} VALUES (?, ?, ?)", (self.run_key, name, value))
        except sqlite3.DatabaseError:  # a read-only store: the result is simply not kept
            pass

    @contextmanager
    def _transaction(self):
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def close(self) -> None:
        self._db.close()


def live(ops: list[Op]) -> list[Op]:
    """The operations still in force: every operation that no later undo row cancels (undos of
    undos restore), in log order, without the undo rows themselves."""
    undone: set[int] = set()
    for op in reversed(ops):  # a later undo decides about an earlier row, so walk back
        if op.op == UNDO and op.seq not in undone:
            target = op.args.get("seq")
            if isinstance(target, int):
                undone.add(target)
    return [op for op in ops if op.op != UNDO and op.seq not in undone]


def run_key(ids: Sequence[str], labels: np.ndarray) -> str:
    """Which run a logged operation belongs to: the answer ids and the topics the run started with."""
    digest = hashlib.sha1("\n".join(ids).encode("utf-8"))
    digest.update(np.asarray(labels, dtype=np.int64).tobytes())
    return digest.hexdigest()[:16]
