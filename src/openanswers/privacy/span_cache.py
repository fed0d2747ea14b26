"""Where the rules and the learned recogniser found identifiers in earlier runs, on disk, so a
rerun skips both.

The gate's spans of a text depend on the text, the rules, their lists and the recogniser, and
nothing else. A rerun over the same answers (another number of themes, an export of a stored
run) finds them in :class:`openanswers.diskcache.DiskCache` under the text's hash: at 10,000
answers the rules alone take about 3 s and the recogniser several times that, plus 3 s to load.
What is stored is offsets and kinds (``12,17,NAAM``), never a word of the text. The cache's key
is a hash of everything the spans depend on: the privacy rules' source, the language helpers
they use, every list file in ``openanswers/data``, the spaCy lookup data's version, the
organisations given and the recogniser (``Pseudonymiser.model_key``: off, or its model's hash),
so a changed rule, list or model never meets an old span.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from functools import lru_cache

from ..diskcache import DiskCache, source_digest, text_hash

Span = tuple[int, int, str]


@lru_cache(maxsize=1)
def _rules_digest() -> str:
    from importlib.metadata import version

    # the lists are the files directly in openanswers/data; not the spaCy pipeline folder
    both = f"{source_digest('privacy', 'language', data=True)}-{version('spacy-lookups-data')}"
    return hashlib.blake2b(both.encode(), digest_size=16).hexdigest()


def rules_key(organisations: Iterable[str] | None, model: str = "model-off") -> str:
    """The cache key of one set of rules: their source and lists, the organisations given (None:
    the bundled list) and the learned recogniser (``Pseudonymiser.model_key``: off, or its hash)."""
    given = "bundled" if organisations is None else "\n".join(sorted(organisations))
    given += f"\0{model}"
    return f"{_rules_digest()}-{hashlib.blake2b(given.encode('utf-8'), digest_size=8).hexdigest()}"


def _encode(spans: Sequence[Span]) -> bytes:
    return ";".join(f"{s},{e},{k}" for s, e, k in spans).encode("ascii")


def _decode(blob: bytes) -> list[Span] | None:
    """None for a damaged value: the caller finds the spans again."""
    try:
        out = []
        for part in blob.decode("ascii").split(";") if blob else ():
            s, e, k = part.split(",")
            out.append((int(s), int(e), k))
        return out
    except (UnicodeDecodeError, ValueError):
        return None


class SpanStore:
    """One export's handle on the span cache of one set of rules (and recogniser): many texts at
    once (:meth:`many`, one query) or one at a time (:meth:`one`), each found span kept. A span
    that does not fit its text (a damaged value) is found again. A recogniser given as an object
    (``model-given-…``) has no stable hash: then nothing is read or kept."""

    def __init__(self, organisations: Iterable[str] | None, model: str = "model-off"):
        self._db = None if model.startswith("model-given") else DiskCache("spans", rules_key(organisations, model))

    def _read(self, texts: Sequence[str]) -> dict[str, list[Span]]:
        hashes = {t: text_hash(t) for t in texts}
        stored = self._db.get(list(hashes.values())) if self._db is not None else {}
        out = {}
        for text in texts:
            blob = stored.get(hashes[text])
            spans = _decode(blob) if blob is not None else None
            if spans is not None and all(0 <= s < e <= len(text) for s, e, _ in spans):
                out[text] = spans
        return out

    def many(self, texts: Sequence[str], find, prime=None) -> dict[str, list[Span]]:
        """``find(text)`` for every distinct text; ``prime(missing)`` first lets the learned
        recogniser read the ones the cache lacks in one batch."""
        distinct = list(dict.fromkeys(texts))
        out = self._read(distinct)
        missing = [t for t in distinct if t not in out]
        if missing and prime is not None:
            prime(missing)
        for text in missing:
            out[text] = find(text)
        if self._db is not None:
            self._db.put((text_hash(t), _encode(out[t])) for t in missing)
        return out

    def one(self, text: str, find) -> list[Span]:
        return self.many([text], find)[text]

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
