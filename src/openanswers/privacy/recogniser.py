"""A learned recogniser beside the rules: a small spaCy ``ner`` trained on four held-out sets.

Rules written from one author's text carry poorly to another's (docs/privacy.md, "The fourth
held-out set"); a statistical model trained on four authors' sets marks what the rules miss. Its
spans are one more source for :class:`~openanswers.privacy.pseudonymiser.Pseudonymiser`: a span is
replaced when the rules OR the model mark it, and public bodies, laws and software veto both.

The model (``data/pii_model``, built by ``benchmarks/train_pii_recogniser.py``; nothing is
downloaded) is loaded lazily, once per process. Only texts with a capital letter, a digit or an
``@`` go through it (a text in lower case without digits is read by the rules alone), and its
spans are cached by text, so a run reads each distinct text once.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib.resources import files

MODEL = files("openanswers") / "data" / "pii_model"
# Model label -> placeholder kind (the model is trained on placeholder kinds already).
KINDS = {"NAAM", "ORGANISATIE", "LOCATIE", "ADRES", "NUMMER", "BSN", "E-MAIL", "TELEFOON", "URL", "IBAN"}
_WORTH_READING = re.compile(r"[A-Z\d@À-ÖØ-Þ]")
_CACHE_LIMIT = 50_000
_BATCH = 256
# Kinds a model span may widen a rule span of: "Petra" (model) + "[NAAM] Jansen" (rules) is one name.
_WIDENS = {"NAAM", "ORGANISATIE", "LOCATIE"}
_EDGE = " \t\n.,;:!?()[]{}'\"«»„“”‘’-–—•*/|"


@lru_cache(maxsize=1)
def load_model():
    """The shipped ``ner`` pipeline, or None when the folder is absent (a source checkout before training)."""
    import spacy

    path = MODEL
    if not path.joinpath("config.cfg").is_file():
        return None
    return spacy.load(str(path))


def available() -> bool:
    return load_model() is not None


def model_wanted(choice: bool | None) -> bool:
    """The switch: an explicit True/False wins; None reads ``OPENANSWERS_PII_MODEL`` (``0``,
    ``off``, ``no``, ``false``: off), and is on by default."""
    if choice is not None:
        return bool(choice)
    return os.environ.get("OPENANSWERS_PII_MODEL", "1").strip().lower() not in {"0", "off", "no", "false"}


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


_TOKEN = re.compile(r"\S+")


def _ordinary(word: str) -> bool:
    """A word the dictionary knows exactly (Dutch or English), letters only."""
    from .lexicon import dutch_words, english_words

    low = word.strip(_EDGE).lower()
    return bool(low) and low.isalpha() and (low in dutch_words() or low in english_words())


def plausible(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The model's span without what no identifier starts or ends with, or None: lower-case
    dictionary words at either edge go ("Pastrana verklaarde" -> "Pastrana"), and a span left with
    one word that the dictionary knows exactly, in any case, is dropped ("materie", "Levenscyclus").
    A learned model is wrong in ways rules are not; this is where the rules' caution comes back."""
    words = [m for m in _TOKEN.finditer(text, start, end)]
    while words and words[0].group().islower() and _ordinary(words[0].group()):
        words.pop(0)
    while words and words[-1].group().islower() and _ordinary(words[-1].group()):
        words.pop()
    if not words or len(words) == 1 and _ordinary(words[0].group()):
        return None
    start, end = words[0].start(), words[-1].end()
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return (start, end) if end > start else None


def merge_model_spans(text: str, taken: list, model: list, public: list[tuple[int, int]]) -> list:
    """The rules' spans with the model's added (each first cut to :func:`plausible`): a model span that touches a public body, law or
    software name is dropped (the controls stay); one that overlaps nothing is added; one that
    overlaps rule spans of names, organisations or sites widens them into one span of the rules'
    kind; one that overlaps a fixed-format span (an e-mail, a phone number) is dropped."""
    out = list(taken)
    for start, end, kind in model:
        kept = plausible(text, start, end)
        if kept is None or any(_overlaps(kept, p) for p in public):
            continue
        start, end = kept
        hit = [t for t in out if _overlaps((start, end), t[:2])]
        if not hit:
            out.append((start, end, kind))
        elif kind in _WIDENS and all(t[2] in _WIDENS for t in hit):
            wide = (min(start, *(t[0] for t in hit)), max(end, *(t[1] for t in hit)))
            if not any(_overlaps(wide, p) for p in public):
                out = [t for t in out if t not in hit] + [(*wide, hit[0][2])]
    return out


def worth_reading(text: str) -> bool:
    """Only a text with a capital, a digit or an ``@`` can hold what the model has learnt to mark
    beyond the rules' lower-case cues; the rest skip the model (speed)."""
    return bool(_WORTH_READING.search(text))


class Recogniser:
    """Spans the learned model marks in a text, cached by text; deterministic (no dropout at use)."""

    def __init__(self, nlp=None):
        self.nlp = nlp  # None: the shipped model (``load_model``)
        self._cache: dict[str, list[tuple[int, int, str]]] = {}

    def _nlp(self):
        return self.nlp if self.nlp is not None else load_model()

    def prime(self, texts: Iterable) -> None:
        """Read many texts at once (``nlp.pipe`` in batches: several times faster than one by one)."""
        nlp = self._nlp()
        if nlp is None:
            return
        todo = list(dict.fromkeys(t for t in texts if isinstance(t, str) and t and t not in self._cache
                                   and worth_reading(t)))
        for text, doc in zip(todo, nlp.pipe(todo, batch_size=_BATCH)):
            self._store(text, doc)

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        if text in self._cache:
            return self._cache[text]
        nlp = self._nlp()
        if nlp is None or not worth_reading(text):
            return []
        return self._store(text, nlp(text))

    def _store(self, text: str, doc) -> list[tuple[int, int, str]]:
        found = [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in KINDS]
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[text] = found
        return found
