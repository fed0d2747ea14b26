"""Organisation names by the shape of the whole name, not one word of it (issue 15, round 6).

Four families a person reads as one organisation's name:

* a name's own tail: a found organisation runs on over a capitalised compass word or a region
  (``[Amstelzorg] Oost``, ``[CareWise] Twente``); a sector word or legal form after the name stays,
  as the head word before it does (``[Vorinda] Zorg``, ``Stichting [Orvalia]``: round 4's choice);
* a founding year after a head word (``Thuiszorg 2004``, ``stichting 1923``): the year is the name;
* sector words joined by ``+`` or ``/`` before a name (``Zorg+Welzijn Oost``, ``Wonen/Zorg Delta``,
  ``zorg+ rivierenland``): no Dutch phrase joins them so;
* a family firm (``Riemersma & Zn``, ``Bosman & Dochters``, ``Kok & Zonen Thuishulp``).
"""

from __future__ import annotations

import re

from .context import ORGANISATION_HEADS
from .lexicon import dutch_words, places
from .name_words import NOT_NAMES
from .patterns import LOWER, UPPER

_COMPASS = r"(?:Noord|Oost|Zuid|West|Midden|Centrum)(?:-[{U}][{L}]+)?".format(U=UPPER, L=LOWER)
# What may follow a found organisation as part of its name: a compass word or a place.
_TAIL_AFTER = re.compile(rf"[ \t]+(?P<word>{_COMPASS}|[{UPPER}][{LOWER}]{{3,}}(?:-[{UPPER}][{LOWER}]+)*)(?![\w'’&-])")

# Heads whose founding year is their name; the common nouns among them only capitalised.
_YEAR_HEADS = ("stichting", "zorggroep", "thuiszorg", "woonzorg", "zorgcentrum", "zorgkring", "huize", "woongroep",
               "zorgcollectief", "zorgcoöperatie", "zorgbureau", "zorgorganisatie", "wooninitiatief", "zorgnetwerk",
               "begeleidingsdienst", "zorgboerderij", "woonvorm", "gezinshuis")
_COMMON_HEADS = {"thuiszorg", "woonzorg", "woonvorm", "stichting", "woongroep"}
FOUNDED = re.compile(rf"(?<![\w-])(?P<head>(?i:{'|'.join(_YEAR_HEADS)}))[ \t]+(?P<name>(?:1[89]|20)\d\d)(?![\w,.]\d|[\w/–-]|[ \t]*(?:[-/–]|t/m|tot)[ \t]*\d)")
_BEFORE_COMMON = re.compile(r"(?i:\b(?:de|het|onze|uw|hun|deze|die|in|sinds|voor|tot|en|jaar|per))[ \t]+$")

_SECTOR = r"(?:zorg|zörg|wonen|welzijn|thuishulp|thuiszorg|care|leven|hulp|begeleiding|dagbesteding|werk|gezondheid)"
JOINED = re.compile(
    rf"(?<![\w/+&-])(?P<name>(?i:{_SECTOR}(?:[ \t]*[+/][ \t]*{_SECTOR})+[ \t]*\+?|{_SECTOR}\+)"
    rf"[ \t]+(?P<word>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)*|[{LOWER}]{{4,}}))(?![\w'’&/+-])")

FAMILY_FIRM = re.compile(
    rf"(?<![\w'’&.-])(?P<name>[{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}]+)?[ \t]*&[ \t]*"
    rf"(?:Zn|Zonen|Zoon|Dochters|Dochter|Co|Partners)\.?)(?![\w'’-])")


# A name before a compound head written as its tail, mid-sentence: "aanbieders als Kernkracht
# Thuiszorg" (the name may be a Dutch word: the compound says what it names; not "Wijkgerichte").
STRONG_TAIL = re.compile(rf"(?<=[{LOWER},:(][ \t])(?P<name>[{UPPER}][{LOWER}]{{3,}})[ \t]+(?:Thuiszorg|Thuishulp|Zorggroep|Zorgdiensten|Zorgverlening)(?![\w-])")
# A coined compound on "-zorg": "Noaberzorg", "Amstelzorg" (its first part no Dutch word, or a place).
COINED_ZORG = re.compile(rf"(?<![\w'’-])(?P<name>(?P<first>[{UPPER}][{LOWER}]{{3,}})(?:zorg|zörg))(?![\w'’-])")
# The sender or addressee before an e-mail address in a mail header: "Van: Noord Zorg <info@…>".
MAIL_HEADER = re.compile(rf"(?im)^[ \t]*(?:van|from|aan|to|cc):[ \t]*(?P<name>[{UPPER}][^<>\n@]{{1,60}}?)[ \t]*<[^<>\n]*@")


def header_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the display names in mail headers; run after the name rules (a person's
    name there is theirs), whatever is left is an organisation."""
    if "@" not in text or ":" not in text:
        return []
    return [(m.start("name"), m.end("name"), "ORGANISATIE") for m in MAIL_HEADER.finditer(text)]


def in_firm(text: str, public: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``public`` without the spans inside a family firm's name ("Kok & Zn": "Zn" is no body there)."""
    if "&" not in text or not public:
        return public
    firms = [(m.start(), m.end()) for m in FAMILY_FIRM.finditer(text)]
    return [(s, e) for s, e in public if not any(a <= s and e <= b for a, b in firms)]


def _name_word(word: str, kept: set[str]) -> bool:
    low = word.lower()
    return low not in kept and low not in NOT_NAMES and (word[0].isupper() or low in places() or low not in dutch_words())


def shaped_names(text: str, kept: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, "ORGANISATIE") of founding years after a head, joined sector words, family firms."""
    spans = []
    if re.search(r"\d{4}", text):
        for m in FOUNDED.finditer(text):
            head = m["head"]
            if head.lower() in _COMMON_HEADS and _BEFORE_COMMON.search(text, max(0, m.start() - 12), m.start()):
                continue  # "de thuiszorg 2024 kostte meer": a year of the noun
            if head[0].isupper() or head.lower() not in _COMMON_HEADS or head.lower() == "stichting":
                spans.append((m.start("name"), m.end("name"), "ORGANISATIE"))
    if "+" in text or "/" in text:
        spans += [(m.start("name"), m.end("name"), "ORGANISATIE") for m in JOINED.finditer(text)
                  if _name_word(m["word"], kept)]
    if "&" in text:
        spans += [(m.start("name"), m.end("name"), "ORGANISATIE") for m in FAMILY_FIRM.finditer(text)]
    if "Thuis" in text or "Zorg" in text:
        spans += [(m.start("name"), m.end(), "ORGANISATIE") for m in STRONG_TAIL.finditer(text)
                  if not m["name"].endswith("e") and m["name"].lower() not in NOT_NAMES and m["name"].lower() not in kept
                  and m["name"].lower() not in ORGANISATION_HEADS]  # "Stichting Zorggroep X": heads
    if "zorg" in text or "zörg" in text:
        for m in COINED_ZORG.finditer(text):
            name, first = m["name"].lower(), m["first"].lower()
            if name not in dutch_words() and name not in kept and (first not in dutch_words() or first in places()):
                spans.append((m.start("name"), m.end("name"), "ORGANISATIE"))
    return spans


def extended(text: str, spans: list[tuple[int, int, str]], public: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Each organisation's span run on over the tail of its name (a compass word, a place), twice at
    most; never into another span or a public body."""
    if not any(kind == "ORGANISATIE" for _, _, kind in spans):
        return spans
    out = []
    for i, (start, end, kind) in enumerate(spans):
        if kind == "ORGANISATIE" and text[start].isupper():
            for _ in range(2):
                m = _TAIL_AFTER.match(text, end)
                if m is None:
                    break
                word = m["word"]
                low = word.lower()
                if not (re.fullmatch(_COMPASS, word) or low in places()) \
                        or (word.isupper() and not text[start:end].isupper()):  # a kept word may end a name: "Twente"
                    break
                if any(s < m.end() and m.start() < e for j, (s, e, _) in enumerate(spans) if j != i) \
                        or any(s < m.end() and m.start() < e for s, e in public):
                    break
                end = m.end()
        out.append((start, end, kind))
    return out
