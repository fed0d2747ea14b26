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


def cached_spans(texts: Sequence[str], find, organisations: Iterable[str] | None, model: str = "model-off",
                 prime=None) -> dict[str, list[Span]]:
    """``find(text)`` for every distinct text, from the cache where it has them; the new ones are
    added (``prime(texts)`` first lets the learned recogniser read them in one batch). A span that
    does not fit its text (a damaged value) is found again. A recogniser given as an object
    (``model-given-…``) has no stable hash: nothing is read or kept."""
    distinct = list(dict.fromkeys(texts))
    if model.startswith("model-given"):
        if prime is not None:
            prime(distinct)
        return {text: find(text) for text in distinct}
    hashes = {t: text_hash(t) for t in distinct}
    out: dict[str, list[Span]] = {}
    with DiskCache("spans", rules_key(organisations, model)) as store:
        stored = store.get(list(hashes.values()))
        spans_of = {}
        for text in distinct:
            blob = stored.get(hashes[text])
            spans = _decode(blob) if blob is not None else None
            if spans is not None and all(0 <= s < e <= len(text) for s, e, _ in spans):
                spans_of[text] = spans
        missing = [t for t in distinct if t not in spans_of]
        if missing and prime is not None:
            prime(missing)
        new = []
        for text in distinct:
            if text not in spans_of:
                spans_of[text] = find(text)
                new.append((hashes[text], _encode(spans_of[text])))
            out[text] = spans_of[text]
        store.put(new)
    return out
