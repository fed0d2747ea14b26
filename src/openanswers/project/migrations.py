"""The project file's schema, as an ordered list of SQL steps.

A project file records the schema version it is at; opening it applies the steps after that
version, each in its own transaction, so a file made by an older openanswers keeps working and
an interrupted upgrade leaves the file at the last complete step. Steps are only ever appended:
never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3

# The review log (review/store.py): made by migration v4, and by the log itself in a store of an
# older layout or a file of the analyst's own choosing. Frozen with v4: change it by a new migration.
REVIEW_OPS = """
    CREATE TABLE IF NOT EXISTS review_ops (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        run_key TEXT NOT NULL,
        op TEXT NOT NULL,
        args TEXT NOT NULL,
        by TEXT NOT NULL,
        at TEXT NOT NULL
    )"""

MIGRATIONS: list[str] = [
    # v1: answers, codebook versions, their codes, and the append-only decision log.
    """
    CREATE TABLE answers (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL UNIQUE,
        respondent TEXT NOT NULL,
        question TEXT NOT NULL DEFAULT '',
        closed TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        clean TEXT NOT NULL DEFAULT '',
        rank INTEGER NOT NULL DEFAULT 1,
        status TEXT NOT NULL,
        row INTEGER,
        metadata TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE codebooks (
        version INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        content TEXT NOT NULL,
        created TEXT NOT NULL
    );
    CREATE TABLE codes (
        codebook INTEGER NOT NULL REFERENCES codebooks(version),
        id TEXT NOT NULL,
        label TEXT NOT NULL,
        parent TEXT,
        position INTEGER NOT NULL,
        guid TEXT NOT NULL,
        PRIMARY KEY (codebook, id)
    );
    CREATE TABLE decisions (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        batch INTEGER NOT NULL,
        answer_id TEXT NOT NULL REFERENCES answers(id),
        code_id TEXT,
        codebook INTEGER NOT NULL REFERENCES codebooks(version),
        coder TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('manual', 'rule', 'model', 'similarity')),
        kind TEXT NOT NULL DEFAULT 'coded' CHECK (kind IN ('coded', 'skipped')),
        confidence REAL,
        memo TEXT,
        created TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1,
        FOREIGN KEY (codebook, code_id) REFERENCES codes(codebook, id)
    );
    CREATE INDEX decisions_batch ON decisions(batch);
    """,
    # v2: where each coder is, so that `openanswers code` resumes on the answer left open.
    """
    CREATE TABLE positions (
        coder TEXT PRIMARY KEY,
        answer_id TEXT REFERENCES answers(id),
        updated TEXT NOT NULL
    );
    CREATE INDEX decisions_coder ON decisions(coder, active, answer_id);
    """,
    # v3: a position per coder and answer order, with the draft on screen (ticks and memo), so a
    # session resumes exactly where it stopped and orders do not share one position.
    """
    CREATE TABLE positions_by_order (
        coder TEXT NOT NULL,
        ordering TEXT NOT NULL,
        answer_id TEXT REFERENCES answers(id),
        draft TEXT,
        updated TEXT NOT NULL,
        PRIMARY KEY (coder, ordering)
    );
    INSERT INTO positions_by_order (coder, ordering, answer_id, updated)
        SELECT coder, 'input', answer_id, updated FROM positions;
    """,
    # v4: one store for the whole job. Runs (themes, topics, vectors) and their answers live in the
    # same file as the coding work, per wave; a run folder's run.sqlite is this schema with one run.
    # The review log (review/store.py) is created here too, so every table is made by a migration.
    """
    ALTER TABLE answers ADD COLUMN wave TEXT NOT NULL DEFAULT '';
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        wave TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        meta TEXT NOT NULL,
        vectors BLOB NOT NULL
    );
    CREATE INDEX runs_wave ON runs(wave, id);
    CREATE TABLE waves (
        name TEXT PRIMARY KEY,
        position INTEGER NOT NULL UNIQUE,
        created TEXT NOT NULL
    );
    CREATE TABLE run_answers (
        run INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        record TEXT NOT NULL,
        PRIMARY KEY (run, position)
    );
    """ + REVIEW_OPS + ";\n",
]

LATEST = len(MIGRATIONS)


def version(connection: sqlite3.Connection) -> int:
    """The schema version of an open project file (0 for a new, empty file)."""
    connection.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    row = connection.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def split_statements(script: str) -> list[str]:
    """The SQL statements of ``script``, split where SQLite itself sees a statement end (so a ";"
    inside a string literal or a trigger body does not split one)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


def migrate(connection: sqlite3.Connection, *, upto: int = LATEST) -> int:
    """Apply the steps after the file's version, up to ``upto``; returns the new version.

    ``connection`` must be in autocommit mode (``isolation_level=None``): each step runs in its
    own ``BEGIN IMMEDIATE`` transaction, together with the version bump that records it.
    """
    current = version(connection)
    for number in range(current + 1, upto + 1):
        statements = split_statements(MIGRATIONS[number - 1])
        connection.execute("BEGIN IMMEDIATE")
        try:
            if version(connection) >= number:  # another process upgraded the file meanwhile
                connection.execute("ROLLBACK")
                continue
            for statement in statements:
                connection.execute(statement)
            connection.execute("INSERT INTO schema_version (version) VALUES (?)", (number,))
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    return version(connection)
