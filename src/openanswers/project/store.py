"""One SQLite file per coding project: answers, codebook versions and every coding decision.

Decisions are append-only: coding an answer again adds a new batch, and undo marks a batch
inactive instead of deleting it, so the file is its own audit trail. Each write is one
``BEGIN IMMEDIATE`` transaction in WAL mode with ``synchronous=FULL``: a coder whose laptop or
process dies loses at most the answer on screen, and two processes (a coder and ``autocode``)
can write at once, the second waiting up to ``timeout`` seconds for the lock.

Example::

    project = create_project("wlz.oaproj", read_answers("answers.csv"), read_codebook("wlz.yaml"))
    project.record("r12", ["tarieven"], coder="anna")
    project.decisions(coder="anna")
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from .. import schema
from ..errors import InputError, StoreError
from ..storefile import open_store
from .migrations import LATEST, migrate

SOURCES = ("manual", "rule", "model", "similarity")
AUTO_CODER = "auto"
TIMEOUT = 30.0  # seconds a writer waits for another writer's lock (sqlite busy_timeout)
_ANSWER_COLUMNS = [schema.ID, schema.RESPONDENT, schema.QUESTION, schema.CLOSED, schema.TEXT,
                   schema.CLEAN, schema.RANK, schema.STATUS, schema.ROW]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def codebook_to_yaml(codebook) -> str:
    """The codebook as the YAML text its file would hold (stored so every version can be reread)."""
    from ..codebook import write_codebook

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "codebook.yaml"
        write_codebook(codebook, path)
        return path.read_text(encoding="utf-8")


def codebook_from_yaml(text: str):
    from ..codebook import read_codebook

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "codebook.yaml"
        path.write_text(text, encoding="utf-8")
        return read_codebook(path)


def connect(path: str | Path, *, timeout: float = TIMEOUT, create: bool = True, what: str = "project") -> sqlite3.Connection:
    """A checked connection (:func:`~openanswers.storefile.open_store`: an empty or damaged file is
    refused) in autocommit mode (transactions are explicit) with WAL and foreign keys on."""
    connection = open_store(path, what=what, create=create, timeout=timeout, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
    return connection


class Project:
    """An open project file. Use :func:`create_project` or :meth:`Project.open`."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.connection = connection
        self.path = path

    # ---- opening and closing -----------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, timeout: float = TIMEOUT) -> Project:
        """Open an existing project file, upgrading its schema to the latest version."""
        path = Path(path)
        if not path.exists():
            raise InputError("project file not found (create it with `openanswers init`)", path=path)
        connection = connect(path, timeout=timeout)
        try:
            migrate(connection)
        except sqlite3.DatabaseError as exc:
            connection.close()
            raise StoreError(f"not an openanswers project: {exc}", path=path) from exc
        return cls(connection, path)

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; taking the write lock up front avoids lock-upgrade deadlocks."""
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield self.connection
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def integrity_check(self) -> str:
        return self.connection.execute("PRAGMA integrity_check").fetchone()[0]

    # ---- answers and codebooks ----------------------------------------------------------
    def answers(self) -> pd.DataFrame:
        """The canonical answer table, metadata columns restored, in input order."""
        rows = self.connection.execute(
            f"SELECT {', '.join(_ANSWER_COLUMNS)}, metadata FROM answers ORDER BY position").fetchall()
        frame = pd.DataFrame([r[:-1] for r in rows], columns=_ANSWER_COLUMNS)
        metadata = pd.DataFrame([json.loads(r[-1]) for r in rows], index=frame.index)
        return pd.concat([frame, metadata], axis=1) if len(metadata.columns) else frame

    def wave(self) -> str:
        """The wave of the answers this project codes ("" when none was named)."""
        row = self.connection.execute("SELECT wave FROM answers ORDER BY position LIMIT 1").fetchone()
        return "" if row is None else str(row[0])

    def has_codebook(self) -> bool:
        return self.connection.execute("SELECT 1 FROM codebooks LIMIT 1").fetchone() is not None

    def _add_answers(self, answers: pd.DataFrame, wave: str = "") -> None:
        missing = [c for c in (schema.ID, schema.TEXT) if c not in answers.columns]
        if missing:
            raise InputError(f"answer table lacks column {missing[0]!r}", column=missing[0])
        extra = schema.metadata_columns(answers)
        records = []
        for position, row in enumerate(answers.to_dict("records")):
            text = "" if pd.isna(row.get(schema.TEXT)) else str(row[schema.TEXT])
            records.append((
                str(row[schema.ID]), position, str(row.get(schema.RESPONDENT, row[schema.ID])),
                str(row.get(schema.QUESTION, "") or ""), str(row.get(schema.CLOSED, "") or ""), text,
                str(row.get(schema.CLEAN, text) or ""), int(row.get(schema.RANK, 1) or 1),
                str(row.get(schema.STATUS, schema.ANSWERED if text.strip() else schema.EMPTY)),
                None if pd.isna(row.get(schema.ROW)) else int(row[schema.ROW]),
                json.dumps({c: (None if pd.isna(row[c]) else row[c]) for c in extra}, ensure_ascii=False, default=str),
                str(wave),
            ))
        columns = [r[1] for r in self.connection.execute("PRAGMA table_info(answers)")]
        if "wave" not in columns:  # a file at schema version < 4, being built up by a migration test or tool
            records = [r[:-1] for r in records]
        if not records:
            return
        with self._write() as db:
            db.executemany(f"INSERT INTO answers VALUES ({', '.join('?' * len(records[0]))})", records)

    def add_codebook(self, codebook) -> int:
        """Store a new codebook version; later decisions refer to it. Returns its version number."""
        from ..codebook import validate

        errors = [p for p in validate(codebook) if p.severity == "error"]
        if errors:
            raise InputError(f"codebook {codebook.name!r}: {errors[0].message}")
        content = codebook_to_yaml(codebook)
        with self._write() as db:
            cursor = db.execute("INSERT INTO codebooks (name, label, content, created) VALUES (?,?,?,?)",
                                (codebook.name, codebook.version, content, _now()))
            version = cursor.lastrowid
            db.executemany("INSERT INTO codes VALUES (?,?,?,?,?,?)",
                           [(version, c.id, c.label, c.parent, i, c.guid) for i, c in enumerate(codebook)])
        return int(version)

    def codebook_version(self) -> int:
        row = self.connection.execute("SELECT max(version) FROM codebooks").fetchone()
        if row[0] is None:
            raise InputError("the project has no codebook yet (add one with `openanswers add-codebook`)", path=self.path)
        return int(row[0])

    def codebook(self, version: int | None = None):
        """The latest codebook, or a given version."""
        version = self.codebook_version() if version is None else version
        row = self.connection.execute("SELECT content FROM codebooks WHERE version = ?", (version,)).fetchone()
        if row is None:
            raise InputError(f"no codebook version {version}", path=self.path)
        return codebook_from_yaml(row[0])

    # ---- decisions ----------------------------------------------------------------------
    def record(self, answer_id: str, codes: Sequence[str], coder: str, source: str = "manual",
               confidence: float | None = None, memo: str | None = None) -> int:
        """Record that ``coder`` gave ``answer_id`` exactly ``codes`` (empty: no code applies).

        The coder's earlier codes for this answer are superseded, not deleted. Returns the batch id."""
        return self.record_many([(answer_id, [(c, confidence) for c in codes])], coder, source, memo=memo)[0]

    def record_many(self, items: Iterable[tuple[str, Sequence[tuple[str, float | None]]]], coder: str,
                    source: str = "manual", *, memo: str | None = None, replace: bool = False) -> list[int]:
        """Record many answers in one transaction: ``(answer_id, [(code, confidence), ...])``.

        A code may also come as ``(code, confidence, source)`` to override ``source`` per code
        (the auto-coder's suggestions). ``replace=True`` first marks all of ``coder``'s active
        batches inactive (a new auto-coding run supersedes the last)."""
        if not coder:
            raise InputError("a decision needs a coder name")
        version = self.codebook_version()
        known = {r[0] for r in self.connection.execute("SELECT id FROM codes WHERE codebook = ?", (version,))}
        batches: list[int] = []
        with self._write() as db:
            if replace:
                db.execute("UPDATE decisions SET active = 0 WHERE coder = ? AND active = 1", (coder,))
            batch = int(db.execute("SELECT coalesce(max(batch), 0) FROM decisions").fetchone()[0])
            created = _now()
            for answer_id, codes in items:
                batch += 1
                rows = []
                for item in codes:
                    code, confidence, code_source = (tuple(item) + (source,))[:3]
                    if code not in known:
                        raise InputError(f"unknown code {code!r} in codebook version {version}", column="code")
                    if code_source not in SOURCES:
                        raise InputError(f"unknown decision source {code_source!r}; use one of {', '.join(SOURCES)}")
                    rows.append((batch, answer_id, code, version, coder, code_source, "coded", confidence, memo, created))
                if not rows:  # "no code applies" is a decision too, unlike "not coded yet"
                    rows.append((batch, answer_id, None, version, coder, source, "coded", None, memo, created))
                try:
                    db.executemany("INSERT INTO decisions (batch, answer_id, code_id, codebook, coder, source, kind, "
                                   "confidence, memo, created) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
                except sqlite3.IntegrityError as exc:
                    raise InputError(f"unknown answer id {answer_id!r}", column=schema.ID) from exc
                batches.append(batch)
        return batches

    def skip(self, answer_id: str, coder: str) -> int:
        """Note that ``coder`` passed over an answer: it comes back after the uncoded ones."""
        version = self.codebook_version()
        with self._write() as db:
            batch = int(db.execute("SELECT coalesce(max(batch), 0) FROM decisions").fetchone()[0]) + 1
            db.execute("INSERT INTO decisions (batch, answer_id, code_id, codebook, coder, source, kind, created) "
                       "VALUES (?,?,NULL,?,?,'manual','skipped',?)", (batch, answer_id, version, coder, _now()))
        return batch

    def undo(self, coder: str, batch: int | None = None) -> dict | None:
        """Mark ``coder``'s latest active decision (or skip), or the given ``batch`` of theirs,
        inactive; returns what was undone: ``{"answer_id", "codes", "memo", "kind", "batch"}``, or
        None when there is nothing to undo. A session passes the batches it wrote itself, so its
        undo never takes back what another session of the project saved meanwhile."""
        with self._write() as db:
            if batch is None:
                batch = db.execute("SELECT max(batch) FROM decisions WHERE coder = ? AND active = 1", (coder,)).fetchone()[0]
            if batch is None:
                return None
            rows = db.execute("SELECT answer_id, code_id, memo, kind FROM decisions WHERE batch = ? AND coder = ? "
                              "AND active = 1 ORDER BY seq", (batch, coder)).fetchall()
            if not rows:
                return None
            db.execute("UPDATE decisions SET active = 0 WHERE batch = ?", (batch,))
        return {"answer_id": rows[0][0], "codes": [r[1] for r in rows if r[1] is not None],
                "memo": rows[0][2], "kind": rows[0][3], "batch": int(batch)}

    def decisions(self, coder: str | None = None, source: str | None = None, *, active: bool = True) -> pd.DataFrame:
        """The current codes, one row per (answer, coder, code): each coder's latest active batch
        per answer. ``code_id`` is None where the coder decided no code applies.
        ``active=False`` gives the whole log instead, undone rows included."""
        where, args = ["kind = 'coded'"], []
        if coder is not None:
            where.append("coder = ?")
            args.append(coder)
        if source is not None:
            where.append("source = ?")
            args.append(source)
        if active:
            where.append("active = 1 AND batch IN (SELECT max(batch) FROM decisions WHERE active = 1 "
                         "AND kind = 'coded' GROUP BY coder, answer_id)")
        sql = (f"SELECT seq, batch, answer_id, code_id, codebook, coder, source, confidence, memo, created, active "
               f"FROM decisions WHERE {' AND '.join(where)} ORDER BY seq")
        return pd.read_sql_query(sql, self.connection, params=args)

    def codes_of(self, answer_id: str, coder: str) -> list[str]:
        """The codes ``coder`` currently gives ``answer_id`` (empty: none, or not coded)."""
        rows = self.connection.execute(
            "SELECT code_id FROM decisions WHERE batch = (SELECT max(batch) FROM decisions WHERE coder = ? "
            "AND answer_id = ? AND active = 1 AND kind = 'coded') AND code_id IS NOT NULL ORDER BY seq",
            (coder, answer_id)).fetchall()
        return [r[0] for r in rows]

    # ---- where a coder is -----------------------------------------------------------------
    def set_position(self, coder: str, answer_id: str | None, order: str = "input", draft: dict | None = None) -> None:
        """Remember the answer on ``coder``'s screen in ``order`` and the unsaved ``draft`` on it
        (``{"selected": [...], "memo": "..."}``), so a session resumes exactly there."""
        with self._write() as db:
            db.execute("INSERT INTO positions_by_order (coder, ordering, answer_id, draft, updated) VALUES (?,?,?,?,?) "
                       "ON CONFLICT(coder, ordering) DO UPDATE SET answer_id = excluded.answer_id, "
                       "draft = excluded.draft, updated = excluded.updated",
                       (coder, order, answer_id, None if draft is None else json.dumps(draft, ensure_ascii=False), _now()))

    def position(self, coder: str, order: str = "input") -> str | None:
        row = self.connection.execute("SELECT answer_id FROM positions_by_order WHERE coder = ? AND ordering = ?",
                                      (coder, order)).fetchone()
        return None if row is None else row[0]

    def draft(self, coder: str, order: str = "input") -> dict | None:
        """The unsaved ticks and memo left on screen at :meth:`position`, or None."""
        row = self.connection.execute("SELECT draft FROM positions_by_order WHERE coder = ? AND ordering = ?",
                                      (coder, order)).fetchone()
        return None if row is None or row[0] is None else json.loads(row[0])

    def coded_by(self, coder: str) -> set[str]:
        """The answers ``coder`` currently has codes (or "no code") for."""
        return {r[0] for r in self.connection.execute(
            "SELECT DISTINCT answer_id FROM decisions WHERE coder = ? AND active = 1 AND kind = 'coded'", (coder,))}

    def progress(self, coder: str, only_coded_by: str | None = None) -> tuple[int, int]:
        """(answers this coder has coded, answers to code); empty answers are not counted. With
        ``only_coded_by``, only the answers that other coder coded count (double coding)."""
        answers = {r[0] for r in self.connection.execute("SELECT id FROM answers WHERE status != ?", (schema.EMPTY,))}
        if only_coded_by is not None:
            answers &= self.coded_by(only_coded_by)
        return len(answers & self.coded_by(coder)), len(answers)

    def next_for(self, coder: str, order: str = "input", only_coded_by: str | None = None) -> str | None:
        """The next answer ``coder`` should see: uncoded answers first (in input order, or the
        auto-coder's least certain first), then skipped ones; None when all are coded. With
        ``only_coded_by``, only answers that coder coded are offered (for double coding)."""
        if order not in ("input", "uncertainty"):
            raise InputError(f"unknown order {order!r}; use input or uncertainty")
        state = {r[0]: r[1] for r in self.connection.execute(
            "SELECT answer_id, max(kind = 'coded') FROM decisions WHERE coder = ? AND active = 1 GROUP BY answer_id", (coder,))}
        allowed = None if only_coded_by is None else self.coded_by(only_coded_by)
        todo = [r[0] for r in self.connection.execute(
            "SELECT id FROM answers WHERE status != ? ORDER BY position", (schema.EMPTY,))
            if not state.get(r[0]) and (allowed is None or r[0] in allowed)]
        if order == "uncertainty":
            auto = self.decisions(coder=AUTO_CODER)
            certainty = {a: abs(g["confidence"].fillna(1.0) - 0.5).min() for a, g in auto.groupby("answer_id")}
            todo.sort(key=lambda a: certainty.get(a, 0.5))  # stable: ties stay in input order
        fresh = [a for a in todo if a not in state]
        return fresh[0] if fresh else (todo[0] if todo else None)


def create_project(path: str | Path, answers: pd.DataFrame, codebook=None, *, overwrite: bool = False,
                   wave: str = "") -> Project:
    """A new project file holding ``answers`` (the canonical table, of ``wave``) and, optionally, a codebook."""
    path = Path(path)
    if path.exists():
        if not overwrite:
            raise InputError("project file exists already (open it, or replace it with --overwrite)", path=path)
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = connect(path, create=True)
    migrate(connection, upto=LATEST)
    project = Project(connection, path)
    project._add_answers(answers, wave)
    if codebook is not None:
        project.add_codebook(codebook)
    return project
