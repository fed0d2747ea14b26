"""A learned recogniser beside the rules: a small spaCy ``ner`` trained on four held-out sets.

Rules written from one author's text carry poorly to another's (docs/privacy.md, "The fourth
held-out set"); a statistical model trained on four authors' sets marks what the rules miss. Its
spans are one more source for :class:`~openanswers.privacy.pseudonymiser.Pseudonymiser`: a span is
replaced when the rules OR the model mark it, and public bodies, laws and software veto both.

The model (``data/pii_model``, built by ``benchmarks/train_pii_recogniser.py``; nothing is
downloaded) is loaded lazily, once per process. It reads only the sentences where it could add
something (a digit, a capital after the first word, a word no dictionary knows: :func:`suspect_sentences`),
in batches, and its spans are cached by text, so a run reads each distinct text once.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib.resources import files

from .patterns import elfproef

MODEL = files("openanswers") / "data" / "pii_model"
# The labels the model marks: placeholder kinds (the sets' POSTCODE, KVK, … were mapped before training).
KINDS = {"NAAM", "ORGANISATIE", "LOCATIE", "ADRES", "NUMMER", "BSN", "E-MAIL", "TELEFOON", "URL", "IBAN"}
# A sentence ends at a line break, or at . ! ? before a capital, after a word of five letters or
# more or a lower-case dictionary word that is no abbreviation: "mevr. Jansen", "J. de Vries",
# "B.V. Zorg" stay in one piece.
_BOUNDARY = re.compile(r"\n+|(?<=[.!?])\s+(?=[A-ZÀ-Ö])")
_LAST_WORD = re.compile(r"([^\W\d_]+)[.!?]+$")
_ABBREVIATIONS = {"mevr", "mw", "dhr", "hr", "mr", "dr", "drs", "ir", "ing", "prof", "zr", "br", "st", "nr", "bijv",
                  "tav", "tel", "ca", "evt", "resp", "ref", "fam", "wed", "jhr", "mgr", "ds", "pr", "bc", "cf"}
_DIGIT = re.compile(r"[\d@]")
_WORD = re.compile(r"[^\W\d_]+")
_CACHE_LIMIT = 50_000
_BATCH = 256
# Kinds the rules find by their shape (at or near 1.00 on every set): the model adds only errors there.
SHAPE_KINDS = {"E-MAIL", "URL", "IBAN", "TELEFOON", "BSN"}
# Kinds a model span may widen a rule span of: "Petra" (model) + "[NAAM] Jansen" (rules) is one name.
_WIDENS = {"NAAM", "ORGANISATIE", "LOCATIE"}
_EDGE = "@#= \t\n.,;:!?()[]{}'\"«»„“”‘’-–—•*/|"


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


@lru_cache(maxsize=1)
def model_digest() -> str:
    """A hash of the shipped model's files ("absent" without them): a cache of spans found with
    the model must be keyed on it, as on the rules' source. Read once per process (4.8 MB)."""
    import hashlib

    if not MODEL.joinpath("config.cfg").is_file():
        return "absent"
    digest = hashlib.blake2b(digest_size=8)
    for name in ("config.cfg", "meta.json", "ner/model", "ner/moves", "ner/cfg"):
        digest.update(MODEL.joinpath(*name.split("/")).read_bytes())
    return digest.hexdigest()


def model_wanted(choice: bool | None) -> bool:
    """The switch: an explicit True/False wins; None reads ``OPENANSWERS_PII_MODEL`` (``0``,
    ``off``, ``no``, ``false``: off), and is on by default."""
    if choice is not None:
        return bool(choice)
    return os.environ.get("OPENANSWERS_PII_MODEL", "1").strip().lower() not in {"0", "off", "no", "false"}


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


_TOKEN = re.compile(r"\S+")
_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z-]*(?:-\d+)?\]")
_ARTICLES = {"de", "het", "'t", "een", "van", "der", "den"}
_PARTICLES = _ARTICLES - {"een"} | {"ter", "ten", "te", "la", "le", "du", "da", "di", "von", "vd", "v.d.", "aan"}
_ROLE_WORDS = {"team", "teamleider", "collega", "familie", "afdeling"}
_COMPASS = {"noord", "zuid", "oost", "west", "noordoost", "noordwest", "zuidoost", "zuidwest", "midden", "centraal"}
_DIGITS = re.compile(r"\d+")
_NAME_WORD = re.compile(r"[^\W\d_]{2,}(?:['’\-–][^\W\d_]+)*")
_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-Þ]")
_LETTERS = re.compile(r"[^\W\d_]{2}")
_YEAR = re.compile(r"(?:19|20)\d\d")
_ABBREVIATION = re.compile(r"(?:[a-z]{1,3}\.)+[a-z]{0,3}\.?")


def _ordinary(word: str) -> bool:
    """A word the dictionary knows exactly (Dutch or English), letters only."""
    from .lexicon import dutch_words, english_words

    low = word.strip(_EDGE).lower()
    if _ABBREVIATION.fullmatch(word.strip(_EDGE)):  # "i.p.v.", "m.b.t.", "o.a.": no identifier
        return True
    return bool(low) and low.isalpha() and (low in dutch_words() or low in english_words())


def _dutch(word: str) -> bool:
    """Exactly in the dictionary, or a Dutch compound of two words ("Wijkteams", "Zorgaanbieders")."""
    from .lexicon import is_dutch

    bare = word.strip(_EDGE)
    return _ordinary(bare) or bare.isalpha() and is_dutch(bare)


def _plain(word: str) -> bool:
    """A dictionary word in lower case or in capitals ("verklaarde", "ORGANISEREN"): no identifier."""
    return (word.islower() or word.isupper() and len(word.strip(_EDGE)) > 1) and _ordinary(word)


def pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A model span cut at each plain word inside that is no name particle: "Zenedo in Zwolle" is
    two names at most, never one."""
    out, begin = [], start
    for m in _TOKEN.finditer(text, start, end):
        if m.group().strip(_EDGE).lower() not in _PARTICLES and _plain(m.group()):
            if m.start() > begin:
                out.append((begin, m.start()))
            begin = m.end()
    if end > begin:
        out.append((begin, end))
    return out


def _listed_name(word: str) -> bool:
    from .lexicon import first_names, surnames, title_case

    bare = title_case(word.strip(_EDGE))
    return bare in first_names() or bare in surnames()


def _lettered(word: str) -> bool:
    """A word of letters ("Schoof–Güllü"), or a capitalised one with letters in it ("Circle4Living")."""
    return bool(_NAME_WORD.fullmatch(word) or _CAPITAL.search(word) and _LETTERS.search(word))


def _place(word: str) -> bool:
    from .lexicon import places

    bare = re.sub(r"'s?$", "", word.strip(_EDGE))
    parts = [p for p in re.split(r"[-\s]", bare.lower()) if p]
    return bool(parts) and all(p in places() or p in _COMPASS for p in parts) and not all(p in _COMPASS for p in parts)


_NINE_DIGITS = re.compile(r"\d{9}")
_SENTENCE_START = re.compile(r"(?:^|[.!?\n])\s*$")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _role(word: str) -> bool:
    from .name_words import TITLES

    return word.strip(_EDGE).lower() in _ROLE_WORDS or word.strip(_EDGE).lower() in TITLES


def _opens_english(text: str, start: int, end: int) -> bool:
    """A word opening a sentence before a word that is English and not Dutch ("Will you")."""
    from .lexicon import dutch_words, english_words

    nxt = _NEXT_WORD.match(text, end)
    return bool(_SENTENCE_START.search(text[max(0, start - 3):start]) and nxt and nxt[1] in english_words()
                and nxt[1] not in dutch_words())


def plausible(text: str, start: int, end: int, kind: str = "NAAM") -> tuple[int, int] | None:
    """The model's span without what no identifier starts or ends with, or None: lower-case
    dictionary words at either edge go ("Pastrana verklaarde" -> "Pastrana"), and a span left with
    one Dutch word (articles aside), in any case, is dropped ("materie", "Levenscyclus",
    "Wijkteams", "De Goede"), and so are a span of places only ("Noord-Holland", "Rotterdam's"),
    a name of one lower-case word that no name list holds ("@cmd"),
    a name with a digit or an organisation or site without a word of letters ("nvi-0009"), an
    organisation or site of one lower-case word, and an address or number without a number of
    two digits or more that is no year ("Achter de Kerk 3 keer", "2023-EU") or with nothing before
    it ("R0001", an id as loose text: a code is an identifier by its keyword).
    A learned model is wrong in ways rules are not; this is where the rules' caution comes back."""
    words = [m for m in _TOKEN.finditer(text, start, end)]
    while words and (_plain(words[0].group()) or _role(words[0].group())):
        words.pop(0)  # "Team [Kuipers]", "Mevrouw [Jansen]": a title or role is no part of a name
    while words and _plain(words[-1].group()):
        words.pop()
    core = [w.group() for w in words if w.group().strip(_EDGE).lower() not in _ARTICLES]
    if not core or len(core) == 1 and _dutch(core[0]):
        return None  # "materie", "Wijkteams", "De Goede"
    if kind in _WIDENS and (kind == "NAAM" and _DIGITS.search(text, start, end)
                            or not any(_lettered(w.strip(_EDGE)) for w in core)):
        return None  # "nvi-0009": a name is made of letters ("Circle4Living": a capital will do)
    if len(core) == 1 and core[0].islower() and kind == "NAAM" and not _listed_name(core[0]):
        return None  # "@cmd": a name in lower case, alone, only when the name lists know it
    if len(core) == 1 and core[0].islower() and kind in ("ORGANISATIE", "LOCATIE"):
        return None  # an organisation or site in lower case, one word: the rules' head words find those
    if kind == "NAAM" and len(core) == 1 and _opens_english(text, words[0].start(), words[-1].end()):
        return None  # "Will you call me": as the rules, no name opens an English sentence
    if kind in ("NUMMER", "BSN") and _NINE_DIGITS.fullmatch(text[words[0].start():words[-1].end()].strip(_EDGE)) \
            and not elfproef(text[words[0].start():words[-1].end()]):
        return None  # nine digits are a BSN's shape, and a BSN passes its check ("Nummer 111222334")
    digits = _DIGITS.findall(text, start, end)
    if kind in ("ADRES", "NUMMER") and (not any(len(d) >= 2 for d in digits) or all(_YEAR.fullmatch(d) for d in digits)):
        return None  # "Achter de Kerk 3 keer", "score 2023-EU": a count or a year is no identifier
    if kind in ("ADRES", "NUMMER") and not text[:start].strip():
        return None  # "R0001" with nothing before it: a code is an identifier by its keyword
    if all(_place(w.group()) or w.group().strip(_EDGE).lower() in ("en", "of", "&", "") for w in words):
        return None  # "Noord-Holland", "Rotterdam's": places stay, as they do under the rules
    start, end = words[0].start(), words[-1].end()
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return (start, end) if end > start else None


def merge_model_spans(text: str, taken: list, model: list, public: list[tuple[int, int]]) -> list:
    """The rules' spans with the model's added (each cut into :func:`pieces`, each piece to
    :func:`plausible`; the kinds
    with a fixed shape are left to the rules): a model span that touches a public body, law or
    software name is dropped (the controls stay); one that overlaps nothing is added; one that
    overlaps rule spans of names, organisations or sites widens them into one span of the rules'
    kind; one that overlaps a fixed-format span (an e-mail, a phone number) is dropped."""
    out = list(taken)
    # A placeholder from an earlier pass ("[E-MAIL]", "[NAAM-2]") is no identifier: text gated twice stays put.
    public = list(public) + [m.span() for m in _PLACEHOLDER.finditer(text)]
    for span_start, span_end, kind in model:
        if kind in SHAPE_KINDS:
            continue
        for start, end in pieces(text, span_start, span_end):
            out = _merge(text, out, start, end, kind, public)
    return out


def _merge(text: str, out: list, start: int, end: int, kind: str, public: list[tuple[int, int]]) -> list:
    """One piece of a model span into the spans found so far (see :func:`merge_model_spans`)."""
    kept = plausible(text, start, end, kind)
    if kept is None or any(_overlaps(kept, p) for p in public):
        return out
    start, end = kept
    hit = [t for t in out if _overlaps((start, end), t[:2])]
    if not hit:
        return out + [(start, end, kind)]
    wide = (min(start, *(t[0] for t in hit)), max(end, *(t[1] for t in hit)))
    if kind in _WIDENS and all(t[2] in _WIDENS for t in hit) and not any(_overlaps(wide, p) for p in public):
        return [t for t in out if t not in hit] + [(*wide, hit[0][2])]
    return out


def suspect_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of the sentences worth the model's time: those with a digit or an ``@``, a
    capitalised word after the first, or a word (the first too) that the dictionary does not know.
    A sentence of known words with only its first one capitalised holds nothing the model could
    add, and most sentences of most answers are like that (speed: the model is the slow part)."""
    out, start = [], 0
    for end, after in [(m.start(), m.end()) for m in _BOUNDARY.finditer(text) if _ends(text, m)] + [(len(text), len(text))]:
        sentence = text[start:end]
        words = _WORD.findall(sentence)
        if _DIGIT.search(sentence) or any(i and w[0].isupper() or not _ordinary(w) for i, w in enumerate(words)):
            out.append((start, end))
        start = after
    return out


def _ends(text: str, boundary: re.Match) -> bool:
    if boundary.group().startswith("\n"):
        return True
    last = _LAST_WORD.search(text, max(0, boundary.start() - 40), boundary.start())
    word = last.group(1) if last else ""
    return len(word) >= 5 or word.islower() and word not in _ABBREVIATIONS and _ordinary(word)


def worth_reading(text: str) -> bool:
    """A text with a sentence the model should read (:func:`suspect_sentences`)."""
    return bool(suspect_sentences(text))


class Recogniser:
    """Spans the learned model marks in a text, cached by text; deterministic (no dropout at use).
    The model reads only the suspect sentences of a text (:func:`suspect_sentences`)."""

    def __init__(self, nlp=None):
        self.nlp = nlp  # None: the shipped model (``load_model``)
        self._cache: dict[str, list[tuple[int, int, str]]] = {}

    def _nlp(self):
        return self.nlp if self.nlp is not None else load_model()

    def prime(self, texts: Iterable) -> None:
        """Read many texts at once (``nlp.pipe`` in batches: several times faster than one by one)."""
        todo = list(dict.fromkeys(t for t in texts if isinstance(t, str) and t and t not in self._cache))
        nlp = self._nlp() if todo else None  # nothing new: the model need not even load
        if nlp is None:
            return
        pieces = [(text, start, end) for text in todo for start, end in suspect_sentences(text)]
        found: dict[str, list] = {text: [] for text in todo}
        for (text, start, _), doc in zip(pieces, nlp.pipe((text[s:e] for text, s, e in pieces), batch_size=_BATCH)):
            found[text] += _ents(doc, start)
        for text in todo:
            self._store(text, found[text])

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        if text not in self._cache:
            self.prime([text])
        return self._cache.get(text, [])

    def _store(self, text: str, found: list) -> None:
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[text] = found


def _ents(doc, offset: int) -> list[tuple[int, int, str]]:
    return [(offset + e.start_char, offset + e.end_char, e.label_) for e in doc.ents if e.label_ in KINDS]
