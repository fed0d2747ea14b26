"""Content terms remembered per answer text, so a second run skips spaCy altogether.

Loading spaCy and a pipeline costs seconds, parsing thousands of answers more: on a warm run
(same answers, same pipeline) the terms come from the disk cache and no pipeline is loaded. The
cache key names the pipeline that would be loaded, the openanswers version and the word lists
(stop words, domain terms), so a change to any of them starts afresh. The terms of an answer are
its words, so they are sealed with a key derived from the answer text (:func:`~openanswers.diskcache.seal`):
the cache file holds hashes and ciphertext, and reveals nothing to someone without the answers.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from importlib import metadata, util

from ..datafiles import data_path

from .terms import Term


def pipeline_identity() -> str:
    """What :func:`~openanswers.language.load_nlp` would load, as :func:`describe` names it,
    found without importing spaCy."""
    from .loader import OFFICIAL

    for name in OFFICIAL:
        if util.find_spec(name) is not None:
            return f"{name} {metadata.version(name)} (installed)"
    meta = data_path("nl_openanswers", "meta.json")
    if meta.is_file():
        info = json.loads(meta.read_text(encoding="utf-8"))
        return f"{info['lang']}_{info['name']} {info['version']} (shipped)"
    return "nl_blank_lookup 0.0.0 (lookup)"


def _cache_key(identity: str) -> str:
    words = hashlib.blake2b(digest_size=6)
    for name in ("stop_words_survey.txt", "domain_terms.tsv"):
        words.update(data_path(name).read_bytes())
    return f"{identity}-{metadata.version('openanswers')}-{words.hexdigest()}"


def cached_content_terms(
    texts: Sequence[str], *, nlp=None, cache: bool = True, progress: Callable[[int], None] | None = None
) -> tuple[list[list[Term]], str]:
    """:func:`content_terms` of ``texts`` and the description of the pipeline that made them.

    ``nlp`` None means the default pipeline, loaded only if some text is not in the cache.
    """
    from ..diskcache import DiskCache, remove_legacy_terms, seal, text_hash, unseal
    from .loader import describe, load_nlp
    from .terms import content_terms

    identity = describe(nlp) if nlp is not None else pipeline_identity()
    if not cache:
        nlp = nlp or load_nlp()
        terms = content_terms(texts, nlp)
        if progress:
            progress(len(texts))
        return terms, describe(nlp)
    hashes = [text_hash(t) for t in texts]
    text_of = dict(zip(hashes, texts))
    key = _cache_key(identity)
    remove_legacy_terms()
    with DiskCache("terms-sealed", key) as store:
        shared: dict[Term, Term] = {}  # one object per distinct term, as content_terms makes them
        found = {}
        for h, sealed in store.items(hashes):
            blob = unseal(sealed, text_of[h], key)
            if blob is not None:  # a damaged entry is parsed again
                found[h] = [shared.setdefault(t, t) for t in map(Term._make, json.loads(blob))]
        todo = list(dict.fromkeys(i for i, h in enumerate(hashes) if h not in found))
        if todo:
            nlp = nlp or load_nlp()
            identity = describe(nlp)  # what actually loaded, should an installed model fail to load
            parsed = content_terms([texts[i] for i in todo], nlp)
            fresh = {hashes[i]: doc for i, doc in zip(todo, parsed)}
            store.put((h, seal(json.dumps(doc, ensure_ascii=False).encode("utf-8"), text_of[h], key)) for h, doc in fresh.items())
            found.update(fresh)
    if progress:
        progress(len(texts))
    return [list(found[h]) for h in hashes], identity
