"""Runs kept in the project store, so that exports, reviews and later waves can reopen them.

A run is one row of ``runs`` (its wave, settings, themes, topics, vectors) and its answers in
``run_answers`` (each input row with its theme and topic). The file is a project file
(``wlz.oaproj``: codes, reviews and every wave's run) or a run folder's ``OUT/run.sqlite`` (the
same schema, one run). Both hold the raw answers (not pseudonymised: working state, like the
input file, that never leaves the tool except through :mod:`openanswers.export`).
"""

from __future__ import annotations

import io
import json
import sqlite3
from dataclasses import asdict
from pathlib import Path

import numpy as np
import pandas as pd

from .. import schema
from ..errors import InputError, StoreError
from .migrations import migrate
from .store import _now, connect as connect_project

FILENAME = "run.sqlite"
SCHEMA_VERSION = 1  # of the run's own metadata (themes, topics), beside the file's migrations
OUTPUT_SUFFIXES = {".json", ".csv", ".md", ".xlsx", ".docx", ".html"}  # files a run folder holds
_TEXT_COLUMNS = (schema.ID, schema.RESPONDENT, schema.QUESTION, schema.CLOSED, schema.TEXT, schema.CLEAN, schema.STATUS, schema.THEME)


def store_path(path: str | Path) -> Path:
    """The store for ``path``: a project file or ``run.sqlite`` as they are; ``OUT/run.sqlite``
    for a run folder or a file in it (``out/themes.json``)."""
    path = Path(path)
    if path.suffix in (".sqlite", ".oaproj") or (path.is_file() and path.suffix.lower() not in OUTPUT_SUFFIXES):
        return path
    in_folder = path.is_file() or (not path.exists() and path.suffix.lower() in OUTPUT_SUFFIXES)
    return path.parent / FILENAME if in_folder else path / FILENAME


def is_project(path: str | Path) -> bool:
    """Whether ``path`` names a project file rather than a run folder."""
    return store_path(path).name != FILENAME


def open_runs(path: str | Path, *, create: bool = True) -> sqlite3.Connection:
    """A checked, migrated connection to the store at ``path`` (see :func:`store_path`). A run
    folder written before runs lived in the project schema is upgraded when written to."""
    target = store_path(path)
    if create:
        target.parent.mkdir(parents=True, exist_ok=True)
    connection = connect_project(target, create=create, what=_what(target))
    try:
        if _is_legacy(connection):
            _drop_legacy(connection)
        migrate(connection)
    except sqlite3.DatabaseError as exc:
        connection.close()
        raise StoreError(f"not an openanswers project or run: {exc}", path=target) from None
    return connection


def check_target(path: str | Path) -> None:
    """Fail before any work when ``path`` already holds a damaged store (it is never overwritten)."""
    target = store_path(path)
    if target.exists():
        connect_project(target, create=False, what=_what(target)).close()


def save_run(result, path: str | Path, *, wave: str | None = None) -> Path:
    """Store ``result`` (a :class:`~openanswers.pipeline.RunResult`) at ``path``.

    In a run folder it replaces the run there; in a project file it becomes the current run of
    ``wave`` (default: the run's own ``info["wave"]``, else ""), replacing an earlier run of that
    wave. The review log of a replaced run stays in the file (keyed by its run)."""
    target = store_path(path)
    wave = str(wave if wave is not None else result.info.get("wave", "") or "")
    result.info["wave"] = wave
    buffer = io.BytesIO()
    np.save(buffer, np.asarray(result.vectors, dtype=np.float32), allow_pickle=False)
    topics = result.topics
    meta = {
        "schema_version": SCHEMA_VERSION,
        "columns": [str(c) for c in result.answers.columns],
        "info": result.info,
        "themes": [asdict(t) for t in result.themes],
        "topics": {
            "keywords": {str(k): v for k, v in topics.keywords.items()},
            "model": topics.model,
            "n_outliers_before": topics.n_outliers_before,
            "params": topics.params,
        },
        "lemmas": result.lemmas,
    }
    records = [(i, json.dumps(row, ensure_ascii=False, default=_plain, allow_nan=False))
               for i, row in enumerate(_records(result.answers))]
    connection = open_runs(target)
    try:
        connection.execute("BEGIN IMMEDIATE")
        try:
            project = is_project(target)  # a run folder holds one run; a project one per wave
            old = [r[0] for r in connection.execute(
                "SELECT id FROM runs" + (" WHERE wave = ?" if project else ""), (wave,) if project else ()).fetchall()]
            for run_id in old:
                connection.execute("DELETE FROM run_answers WHERE run = ?", (run_id,))
                connection.execute("DELETE FROM runs WHERE id = ?", (run_id,))
            connection.execute("INSERT OR IGNORE INTO waves SELECT ?, coalesce(max(position), 0) + 1, ? FROM waves",
                               (wave, _now()))  # a wave keeps its place when it is run again
            cursor = connection.execute(
                "INSERT INTO runs (wave, created, meta, vectors) VALUES (?,?,?,?)",
                (wave, _now(), json.dumps(meta, ensure_ascii=False, default=_plain), buffer.getvalue()))
            run_id = cursor.lastrowid
            connection.executemany("INSERT INTO run_answers VALUES (?,?,?)", [(run_id, i, r) for i, r in records])
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
    finally:
        connection.close()
    return target


def waves(path: str | Path) -> list[str]:
    """The waves with a current run in the store at ``path``, in the order they were first run
    (running a wave again keeps its place)."""
    connection = _read(store_path(path))
    try:
        if _is_legacy(connection):
            return [""]
        if not _has_runs(connection):
            return []
        rows = connection.execute("SELECT name FROM waves WHERE name IN (SELECT wave FROM runs) ORDER BY position").fetchall()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"not a readable openanswers run: {exc}", path=path) from None
    finally:
        connection.close()
    return [r[0] for r in rows]


def load_run(path: str | Path, *, wave: str | None = None, reviewed: bool = True):
    """The :class:`~openanswers.pipeline.RunResult` stored at ``path`` (a run folder, a file in
    it, its run.sqlite, or a project file): the run of ``wave``, or the newest run. With
    ``reviewed`` (the default) the analyst's review logged in the same file
    (:mod:`openanswers.review`) is applied, so exports show the reviewed themes."""
    target = store_path(path)
    connection = _read(target)
    try:
        if _is_legacy(connection):
            values = dict(connection.execute("SELECT key, value FROM run").fetchall())
            answers = pd.read_sql_query("SELECT * FROM answers", connection)
            meta, blob = _loads(values.get("meta"), target), values.get("vectors")
        elif not _has_runs(connection):
            raise InputError("no run in this project yet; make one with `openanswers run INPUT --project FILE`", path=target)
        else:
            sql = "SELECT id, meta, vectors FROM runs" + (" WHERE wave = ?" if wave is not None else "") + " ORDER BY id DESC LIMIT 1"
            row = connection.execute(sql, (str(wave),) if wave is not None else ()).fetchone()
            if row is None:
                known = ", ".join(repr(w) for w in waves(target)) or "none"
                what = f"no run of wave {wave!r}" if wave is not None else "no run"
                raise InputError(f"{what} in this store (waves with a run: {known}); make one with `openanswers run`", path=target)
            meta, blob = _loads(row[1], target), row[2]
            records = [json.loads(r[0]) for r in connection.execute(
                "SELECT record FROM run_answers WHERE run = ? ORDER BY position", (row[0],))]
            answers = pd.DataFrame.from_records(records, columns=meta.get("columns"))
    except (sqlite3.DatabaseError, pd.errors.DatabaseError, ValueError) as exc:
        raise StoreError(f"not a readable openanswers run: {exc}", path=target) from None
    finally:
        connection.close()
    result = _result(meta, blob, answers, target)
    if not reviewed:
        return result
    from ..review.opening import reviewed_result

    return reviewed_result(result, target)


def _result(meta: dict, blob, answers: pd.DataFrame, target: Path):
    from ..pipeline import RunResult
    from ..themes import Quote, Theme
    from ..topics import TopicResult

    try:
        vectors = np.load(io.BytesIO(blob), allow_pickle=False)
        if meta.get("schema_version", 0) > SCHEMA_VERSION:
            raise InputError("this run was saved by a newer openanswers; upgrade to read it", path=target)
        for column in _TEXT_COLUMNS:
            if column in answers:
                answers[column] = answers[column].fillna("").astype(str)
        themes = [Theme(**{**t, "quotes": [Quote(**q) for q in t["quotes"]]}) for t in meta["themes"]]
        substantive = (answers[schema.STATUS] == schema.ANSWERED).to_numpy()
        topic_meta = meta["topics"]
        topics = TopicResult(
            labels=answers.loc[substantive, "topic"].to_numpy(dtype=int),
            keywords={int(k): v for k, v in topic_meta["keywords"].items()},
            model=topic_meta["model"],
            n_outliers_before=topic_meta["n_outliers_before"],
            params=topic_meta["params"],
        )
        return RunResult(answers, themes, topics, vectors, meta["lemmas"], meta["info"])
    except (KeyError, TypeError, ValueError, OSError) as exc:  # rows missing or overwritten
        raise StoreError(f"not a complete openanswers run ({type(exc).__name__}: {exc})", path=target) from None


def _read(target: Path) -> sqlite3.Connection:
    if not target.exists():
        raise InputError("no saved run here (expected run.sqlite written by `openanswers run`, "
                         "`save_run(result, folder)` or `review.write(folder)`, or a project file)", path=target)
    return connect_project(target, create=False, what=_what(target))


def _what(target: Path) -> str:
    return "project" if target.name != FILENAME else "run"


def _loads(text, target: Path) -> dict:
    try:
        return json.loads(text)
    except (TypeError, ValueError) as exc:
        raise StoreError(f"not a complete openanswers run ({type(exc).__name__}: {exc})", path=target) from None


def is_legacy(path: str | Path) -> bool:
    """Whether the store at ``path`` is a run folder of the layout before one store (read as it is)."""
    connection = _read(store_path(path))
    try:
        return _is_legacy(connection)
    finally:
        connection.close()


def _is_legacy(connection: sqlite3.Connection) -> bool:
    """A run.sqlite of openanswers 0.1 before one store: a key/value ``run`` table, no schema version."""
    names = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return "run" in names and "schema_version" not in names


def _has_runs(connection: sqlite3.Connection) -> bool:
    return connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'runs'").fetchone() is not None


def _drop_legacy(connection: sqlite3.Connection) -> None:
    """Writing a new run to an old run folder replaces its run, as it always did; its review log stays."""
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("DROP TABLE IF EXISTS answers")
    connection.execute("DROP TABLE IF EXISTS run")
    connection.execute("COMMIT")


def _records(frame: pd.DataFrame) -> list[dict]:
    """Rows as plain JSON values: missing values (NaN, NaT, None) become null."""
    frame = frame.rename(columns=str).astype(object)
    return frame.where(frame.notna(), None).to_dict("records")


def _plain(value):
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, (pd.Timestamp,)):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__} in a run")
