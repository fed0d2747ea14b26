"""A run kept in SQLite (``OUT/run.sqlite``) so that exports, reviews and later waves can reopen it.

The store holds the raw answers (not pseudonymised: it is working state, like the input file, and
never leaves the tool except through :mod:`openanswers.export`), the vectors, lemmas, topics and
themes. Other modules add their own tables to the same file (review operations).
"""

from __future__ import annotations

import io
import json
import sqlite3
from dataclasses import asdict
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import InputError, StoreError
from .storefile import open_store

FILENAME = "run.sqlite"
SCHEMA_VERSION = 1
OUTPUT_SUFFIXES = {".json", ".csv", ".md", ".xlsx", ".docx", ".html"}  # files a run folder holds


def store_path(path: str | Path) -> Path:
    """``OUT/run.sqlite`` for a run folder or a file in it (``out/themes.json``); a .sqlite path as it is."""
    path = Path(path)
    if path.suffix == ".sqlite":
        return path
    in_folder = path.is_file() or (not path.exists() and path.suffix.lower() in OUTPUT_SUFFIXES)
    return path.parent / FILENAME if in_folder else path / FILENAME


def connect(path: str | Path, *, create: bool = True) -> sqlite3.Connection:
    """A checked connection (see :func:`~openanswers.storefile.open_store`): a damaged run.sqlite
    is one clear error, and is never overwritten."""
    connection = open_store(store_path(path), what="run", create=create)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA foreign_keys=ON")
    return connection


def check_target(path: str | Path) -> None:
    """Fail before any work when ``path`` already holds a damaged run.sqlite (it is never overwritten)."""
    target = store_path(path)
    if target.exists():
        connect(target).close()


def save_run(result, path: str | Path) -> Path:
    """Write ``result`` (a :class:`~openanswers.pipeline.RunResult`) to ``path``; replaces an older run there."""
    target = store_path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    np.save(buffer, np.asarray(result.vectors, dtype=np.float32), allow_pickle=False)
    topics = result.topics
    meta = {
        "schema_version": SCHEMA_VERSION,
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
    with connect(target) as connection:
        connection.execute("DROP TABLE IF EXISTS answers")
        result.answers.to_sql("answers", connection, index=False)
        connection.execute("CREATE TABLE IF NOT EXISTS run (key TEXT PRIMARY KEY, value)")
        connection.execute("INSERT OR REPLACE INTO run VALUES ('meta', ?)", (json.dumps(meta, ensure_ascii=False, default=_plain),))
        connection.execute("INSERT OR REPLACE INTO run VALUES ('vectors', ?)", (buffer.getvalue(),))
    connection.close()
    return target


def load_run(path: str | Path, *, reviewed: bool = True):
    """The :class:`~openanswers.pipeline.RunResult` saved at ``path`` (a run folder, a file in it, or
    its run.sqlite). With ``reviewed`` (the default) the analyst's review logged in the same file
    (:mod:`openanswers.review`) is applied, so exports show the reviewed themes."""
    from .pipeline import RunResult
    from .themes import Quote, Theme
    from .topics import TopicResult

    target = store_path(path)
    if not target.exists():
        raise InputError("no saved run here (expected run.sqlite written by `openanswers run`, "
                         "`save_run(result, folder)` or `review.write(folder)`)", path=target)
    try:
        connection = connect(target, create=False)
        try:
            values = dict(connection.execute("SELECT key, value FROM run").fetchall())
            answers = pd.read_sql_query("SELECT * FROM answers", connection)
        finally:
            connection.close()
    except (sqlite3.DatabaseError, pd.errors.DatabaseError) as exc:
        raise StoreError(f"not a readable openanswers run: {exc}", path=target) from None
    try:
        meta = json.loads(values["meta"])
        vectors = np.load(io.BytesIO(values["vectors"]), allow_pickle=False)
    except (KeyError, TypeError, ValueError, OSError) as exc:  # rows missing or overwritten
        raise StoreError(f"not a complete openanswers run ({type(exc).__name__}: {exc})", path=target) from None
    if meta.get("schema_version", 0) > SCHEMA_VERSION:
        raise InputError("this run was saved by a newer openanswers; upgrade to read it", path=target)
    for column in ("id", "respondent", "question", "closed", "text", "clean", "status", "theme"):
        if column in answers:
            answers[column] = answers[column].fillna("").astype(str)
    themes = [Theme(**{**t, "quotes": [Quote(**q) for q in t["quotes"]]}) for t in meta["themes"]]
    substantive = (answers["status"] == "beantwoord").to_numpy()
    topic_meta = meta["topics"]
    topics = TopicResult(
        labels=answers.loc[substantive, "topic"].to_numpy(dtype=int),
        keywords={int(k): v for k, v in topic_meta["keywords"].items()},
        model=topic_meta["model"],
        n_outliers_before=topic_meta["n_outliers_before"],
        params=topic_meta["params"],
    )
    result = RunResult(answers, themes, topics, vectors, meta["lemmas"], meta["info"])
    if not reviewed:
        return result
    from .review.session import reviewed_result

    return reviewed_result(result, target)


def _plain(value):
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    raise TypeError(f"cannot store {type(value).__name__} in a run")
