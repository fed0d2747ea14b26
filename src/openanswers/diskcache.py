"""Results on disk keyed by text hash, so a second run over the same answers skips the work.

One SQLite file per kind and key (``vectors-use-m3_0.2.1.sqlite``, ``terms-sealed-….sqlite``) in
the user cache folder or ``OPENANSWERS_CACHE_DIR``: safe when two runs share it, and a lookup of
10,000 hashes takes milliseconds. Embeddings and Dutch preprocessing both use it. Files stay until
``openanswers cache clear`` (:func:`clear_cache`) removes them.

Values that could be read back as answer content (the words of an answer) are sealed
(:func:`seal`): encrypted under a key derived from the answer text itself, so the cache reveals
them only to someone who already has the text.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import sqlite3
from functools import lru_cache
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path


def cache_dir() -> Path:
    """``OPENANSWERS_CACHE_DIR`` when set, else the platform's user cache folder."""
    env = os.environ.get("OPENANSWERS_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("openanswers"))


@lru_cache(maxsize=16)
def source_digest(*packages: str, data: bool = False) -> str:
    """A hash of the Python source of ``openanswers.<package>`` for each package (and, with
    ``data``, of every file directly in ``openanswers/data``: the lists): part of the key of a
    cached result that those files decide, so a changed rule or method never meets an old one."""
    from importlib import resources

    root = resources.files("openanswers")
    files = [f for package in packages for f in root.joinpath(package).iterdir() if f.name.endswith(".py")]
    if data:
        files += [f for f in root.joinpath("data").iterdir() if f.is_file()]
    digest = hashlib.blake2b(digest_size=16)
    for f in sorted(files, key=lambda f: str(f)):
        digest.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    return digest.hexdigest()


def digest_of(*parts) -> bytes:
    """A 16-byte BLAKE2b hash of arrays (shape, dtype and bytes), strings and other values (their
    repr), in order: the key of a result those inputs decide."""
    import numpy as np

    digest = hashlib.blake2b(digest_size=16)
    for part in parts:
        if isinstance(part, np.ndarray):
            digest.update(f"{part.shape}{part.dtype}\0".encode() + np.ascontiguousarray(part).tobytes())
        elif isinstance(part, bytes):
            digest.update(part + b"\0")
        else:
            digest.update(f"{type(part).__name__}:{part!r}\0".encode())
    return digest.digest()


def remembered(kind: str, version: str, key: bytes, compute, pack, unpack):
    """``compute()``, or the value an earlier call with the same ``key`` kept in the
    ``kind``-``version`` store. ``pack`` turns a value into bytes; ``unpack`` turns them back, or
    returns None for a damaged value, which is then computed and kept again. For results that
    are a pure function of what ``key`` hashes: scikit-learn's ``Memory`` idea, one SQLite file."""
    with DiskCache(kind, version) as store:
        blob = store.get([key]).get(key)
        value = unpack(blob) if blob is not None else None
        if value is None:
            value = compute()
            store.put([(key, pack(value))])
    return value


def text_hash(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


def _text_key(text: str, context: str) -> bytes:
    """A 32-byte key from the text: a different hash than the lookup key (another personalisation),
    so the lookup key stored beside a value says nothing about the key that opens it."""
    return hashlib.blake2b(f"{context}\0{text}".encode("utf-8"), digest_size=32, person=b"oa-seal-key").digest()


def _keystream(key: bytes, nonce: bytes, n: int) -> bytes:
    return hashlib.shake_256(key + nonce).digest(n)


def _xor(data: bytes, stream: bytes) -> bytes:
    return (int.from_bytes(data, "big") ^ int.from_bytes(stream, "big")).to_bytes(len(data), "big")


def seal(value: bytes, text: str, context: str = "") -> bytes:
    """``value`` encrypted under a key derived from ``text`` (encrypt-then-MAC: SHAKE-256 key
    stream, BLAKE2b tag; a fresh 16-byte nonce each time). Without ``text`` it cannot be opened."""
    key = _text_key(text, context)
    nonce = secrets.token_bytes(16)
    body = _xor(value, _keystream(key, nonce, len(value)))
    tag = hashlib.blake2b(nonce + body, key=key, digest_size=16).digest()
    return nonce + tag + body


def unseal(sealed: bytes, text: str, context: str = "") -> bytes | None:
    """The value :func:`seal` sealed for ``text``, or None when it was sealed for another text or
    damaged (the tag does not match)."""
    if len(sealed) < 32:
        return None
    key = _text_key(text, context)
    nonce, tag, body = sealed[:16], sealed[16:32], sealed[32:]
    if not hmac.compare_digest(tag, hashlib.blake2b(nonce + body, key=key, digest_size=16).digest()):
        return None
    return _xor(body, _keystream(key, nonce, len(body)))


def cache_files(directory: Path | None = None) -> list[Path]:
    """The cache's SQLite files (with their -wal/-shm companions) in ``directory``."""
    directory = directory or cache_dir()
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.iterdir() if p.is_file() and re.search(r"\.sqlite(?:-wal|-shm|-journal)?$", p.name))


def clear_cache(directory: Path | None = None) -> tuple[int, int]:
    """Remove every cache file; returns (files removed, bytes freed)."""
    files = cache_files(directory)
    freed = 0
    for path in files:
        freed += path.stat().st_size
        path.unlink(missing_ok=True)
    return len(files), freed


def remove_legacy_terms(directory: Path | None = None) -> None:
    """Term caches written before terms were sealed held answer words in plain text: removed."""
    for path in cache_files(directory):
        if path.name.startswith("terms-") and not path.name.startswith("terms-sealed-"):
            path.unlink(missing_ok=True)


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
