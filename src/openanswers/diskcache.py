"""Results on disk keyed by text hash, so a second run over the same answers skips the work.

One SQLite file per kind and key (``vectors-use-m3_0.2.1.sqlite``, ``terms-….sqlite``) in the
user cache folder or ``OPENANSWERS_CACHE_DIR``: safe when two runs share it, and a lookup of
10,000 hashes takes milliseconds. Embeddings and Dutch preprocessing both use it.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path


def cache_dir() -> Path:
    """``OPENANSWERS_CACHE_DIR`` when set, else the platform's user cache folder."""
    env = os.environ.get("OPENANSWERS_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("openanswers"))


def text_hash(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


class DiskCache:
    """Bytes per text hash for one kind of result made by one versioned component."""

    def __init__(self, kind: str, key: str, directory: Path | None = None):
        directory = directory or cache_dir()
        directory.mkdir(parents=True, exist_ok=True)
        safe = re.sub(r"[^A-Za-z0-9._-]+", "_", key)
        self.path = directory / f"{kind}-{safe}.sqlite"
        self._db = sqlite3.connect(self.path, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS blob (h BLOB PRIMARY KEY, v BLOB)")

    def get(self, hashes: Sequence[bytes]) -> dict[bytes, bytes]:
        return dict(self.items(hashes))

    def items(self, hashes: Sequence[bytes]) -> Iterator[tuple[bytes, bytes]]:
        """The stored (hash, value) pairs among ``hashes``, streamed so that callers need not
        hold every value at once."""
        unique = list(dict.fromkeys(hashes))
        for start in range(0, len(unique), 900):  # SQLite's limit on bound parameters
            chunk = unique[start : start + 900]
            marks = ",".join("?" * len(chunk))
            yield from self._db.execute(f"SELECT h, v FROM blob WHERE h IN ({marks})", chunk)

    def put(self, items: Iterable[tuple[bytes, bytes]]) -> None:
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO blob VALUES (?, ?)", items)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> DiskCache:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
