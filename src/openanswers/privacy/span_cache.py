"""Where the rules found identifiers in earlier runs, on disk, so a rerun skips the rules.

The gate's spans of an answer depend on its text, the rules and their lists, and nothing else.
A rerun over the same answers (another number of themes, an export of a stored run) finds them
in :class:`openanswers.diskcache.DiskCache` under the answer's hash: about 3 s of a
10,000-answer export. What is stored is offsets and kinds (``12,17,NAAM``), never a word of the
answer. The cache's key is a hash of everything the spans depend on: the privacy rules' source,
the language helpers they use, every list file in ``openanswers/data``, the spaCy lookup data's
version and the organisations given, so a changed rule or list never meets an old span.
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


def rules_key(organisations: Iterable[str] | None) -> str:
    """The cache key of one set of rules: their source and lists, and the organisations given
    (None: the bundled list)."""
    given = "bundled" if organisations is None else "\n".join(sorted(organisations))
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


def cached_spans(texts: Sequence[str], find, organisations: Iterable[str] | None) -> dict[str, list[Span]]:
    """``find(text)`` for every distinct text, from the cache where it has them; the new ones are
    added. A span that does not fit its text (a damaged value) is found again."""
    distinct = list(dict.fromkeys(texts))
    hashes = {t: text_hash(t) for t in distinct}
    out: dict[str, list[Span]] = {}
    with DiskCache("spans", rules_key(organisations)) as store:
        stored = store.get(list(hashes.values()))
        new = []
        for text in distinct:
            blob = stored.get(hashes[text])
            spans = _decode(blob) if blob is not None else None
            if spans is None or any(not (0 <= s < e <= len(text)) for s, e, _ in spans):
                spans = find(text)
                new.append((hashes[text], _encode(spans)))
            out[text] = spans
        store.put(new)
    return out
