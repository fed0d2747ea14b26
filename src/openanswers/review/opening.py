"""Opening a run for review, and applying a logged review whenever a run is loaded."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np

from .. import schema
from ..errors import InputError
from .session import Review
from .store import TABLE, OpLog, live, run_key


def open_run(source, *, store: str | Path | None = None, codebook=None, random_state: int | None = None,
             wave: str | None = None) -> Review:
    """A :class:`Review` over a run: a RunResult, a run folder (or a file in it, or its
    run.sqlite) written by ``openanswers run``, or a project file (its run of ``wave``, else the newest).

    Operations are logged in ``store`` (a SQLite file); for a run folder the default store is its
    own run.sqlite, for a RunResult without ``store`` the log lives in memory only. Operations
    already logged for this run are applied again, so a review survives closing the notebook.
    """
    if hasattr(source, "answers") and hasattr(source, "vectors"):
        result = source
    else:
        from ..project.runs import load_run, store_path

        result = load_run(source, wave=wave, reviewed=False)
        store = store if store is not None else store_path(source)
    return Review(result, store=store, codebook=codebook, random_state=random_state)


def reviewed_result(result, store: str | Path):
    """``result`` with the review logged for it in ``store`` applied; ``result`` itself when none is."""
    try:
        with sqlite3.connect(store) as db:  # read only: a run without a review stays untouched
            if not db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (TABLE,)).fetchone():
                return result
    except sqlite3.DatabaseError as exc:
        raise InputError(f"not a readable review store ({exc})", path=store) from None
    ids = result.answers.loc[result.answers[schema.STATUS] == schema.ANSWERED, schema.ID].astype(str).tolist()
    log = OpLog(store, run_key(ids, np.asarray(result.topics.labels, dtype=int)))
    try:
        if not live(log.ops()):
            return result
    finally:
        log.close()
    return Review(result, store=store).result()


__all__ = ["open_run", "reviewed_result"]
