"""Vectors on disk keyed by text hash and embedder key, so a second run skips embedding.

SQLite rather than loose .npy files: one file per embedder key, safe when two runs share the
cache, and a lookup of 10,000 hashes takes milliseconds.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import numpy as np


def cache_dir() -> Path:
    """``OPENANSWERS_CACHE_DIR`` when set, else the platform's user cache folder."""
    env = os.environ.get("OPENANSWERS_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("openanswers"))


def text_hash(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


class VectorCache:
    def __init__(self, key: str, directory: Path | None = None):
        directory = directory or cache_dir()
        directory.mkdir(parents=True, exist_ok=True)
        safe = re.sub(r"[^A-Za-z0-9._-]+", "_", key)
        self.path = directory / f"vectors-{safe}.sqlite"
        self._db = sqlite3.connect(self.path, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS vec (h BLOB PRIMARY KEY, dim INTEGER, v BLOB)")

    def get(self, hashes: Sequence[bytes]) -> dict[bytes, np.ndarray]:
        found: dict[bytes, np.ndarray] = {}
        unique = list(dict.fromkeys(hashes))
        for start in range(0, len(unique), 900):  # SQLite's limit on bound parameters
            chunk = unique[start : start + 900]
            marks = ",".join("?" * len(chunk))
            for h, dim, blob in self._db.execute(f"SELECT h, dim, v FROM vec WHERE h IN ({marks})", chunk):
                found[h] = np.frombuffer(blob, dtype=np.float32, count=dim)
        return found

    def put(self, hashes: Sequence[bytes], vectors: np.ndarray) -> None:
        rows = [(h, int(v.shape[0]), np.ascontiguousarray(v, dtype=np.float32).tobytes()) for h, v in zip(hashes, vectors)]
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO vec VALUES (?, ?, ?)", rows)

    def close(self) -> None:
        self._db.close()
