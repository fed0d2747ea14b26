"""Person names in Dutch text, found from cues: a title, initials, a known first name or surname.

Capitalisation alone says little in Dutch ("De Zorg", "Wet langdurige zorg", every sentence start),
so a capitalised word counts as a name only next to a cue:

* a title or salutation: "mevrouw Jansen", "dhr. P. de Vries", "collega Anouk" (the title stays);
* initials: "J. de Vries", "J.P. Balkenende";
* a first name from the list: "Petra van Dijk", "Daan" (on its own only if it is no Dutch word);
* a surname from the list: "van der Meer", mid-sentence "Jansen" (same rule).

A word after a cue is refused when it is an ordinary Dutch word (spaCy's lemma lookup table) that
is on neither name list, so "collega Zorgaanbieders" and "bijlage B. Zorgkantoren" survive.
"""

from __future__ import annotations

import gzip
import json
import re
from functools import lru_cache
from importlib import resources

from ..datafiles import data_lines
from .patterns import LOWER, UPPER

TITLES = (
    "mevrouw", "mevr.", "mevr", "mw.", "mw", "meneer", "mijnheer", "mnr.", "dhr.", "dhr", "de heer",
    "dokter", "dr.", "drs.", "ir.", "ing.", "mr.", "prof.", "ds.", "zuster", "broeder", "juffrouw",
    "collega", "familie", "fam.", "casemanager",
    "cliënt", "client", "bewoner", "bewoonster",
)
# A cue this weak ("collega", "cliënt") is followed by a name only when the word is no Dutch word.
WEAK_TITLES = {"collega", "familie", "cliënt", "client", "bewoner", "bewoonster", "casemanager"}
PARTICLES = ("van der", "van den", "van de", "van het", "in 't", "de la", "van 't",
             "van", "de", "der", "den", "ter", "ten", "te", "'t", "von", "la", "le", "du", "da", "di", "el", "al")
# Never a name, however capitalised: calendar words and Wlz vocabulary.
NOT_NAMES = {
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
    "november", "december", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
    "zondag", "wlz", "zvw", "wmo", "nza", "ciz", "zzp", "vpt", "mpt", "pgb", "zorgkantoor",
    "zorgkantoren", "zorgverzekeraar", "zorgaanbieder", "zorgaanbieders", "wet", "zorg", "de", "het",
    "een", "in", "op", "aan", "bij", "voor", "met", "van", "en", "of", "is", "zijn", "wordt", "heeft",
}

_CAP = rf"[{UPPER}][{LOWER}]+(?:'[{LOWER}]+)?(?:-[{UPPER}][{LOWER}]+)?"
_INITIALS = rf"(?:(?:[{UPPER}]|Th|Chr|Ph|Joh|Jac|Corn|Wm)\.\s?){{1,4}}"
_PARTICLE = "(?:" + "|".join(re.escape(p) for p in PARTICLES) + ")"
_PARTICLES = rf"(?:{_PARTICLE}\s+)?"
_TITLE = "(?:" + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True)) + ")"

# Compiled once; each yields a candidate whose words are then checked against the lists.
TITLED = re.compile(
    rf"(?<![\w.])(?P<title>(?i:{_TITLE}))\s+(?P<name>(?:{_INITIALS}\s*)?(?:{_CAP}\s+)?{_PARTICLES}{_CAP})"
)
INITIALLED = re.compile(rf"(?<![\w.])(?P<name>{_INITIALS}\s*{_PARTICLES}{_CAP})")
WORD = re.compile(rf"(?<![\w'-])(?P<particles>(?:{_PARTICLE}\s+)*)(?P<word>{_CAP})(?![\w])")
# What may follow a first name as its surname: "Petra van Dijk", "Patricia De Waele".
FOLLOW = re.compile(rf"(?P<particles>(?:(?i:{_PARTICLE})\s+)*)(?P<word>{_CAP})(?![\w])")
# The capitalised word right before a surname (and its particles), to catch unlisted first names.
_PREVIOUS = re.compile(rf"(?<![\w'-])(?P<word>{_CAP})\s+$")
NOT_NAME_PREVIOUS = {"Wet", "Zorg", "Raad", "Stichting", "Zorggroep", "Huize", "Villa", "Sint", "Mr", "Dr"}
_SENTENCE_START = re.compile(r"(?:^|[.!?:;•*\n\r\"“(]|\s-)\s*$")


def _read_names(filename: str) -> dict[str, bool]:
    """name -> True when it may stand alone (it is no Dutch word)."""
    rows = (line.split("\t") for line in data_lines(filename))
    return {name: use.strip() == "alone" for name, use in rows}


@lru_cache(maxsize=1)
def first_names() -> dict[str, bool]:
    return _read_names("first_names_nl.txt")


@lru_cache(maxsize=1)
def surnames() -> dict[str, bool]:
    return _read_names("surnames_nl.txt")


@lru_cache(maxsize=1)
def dutch_words() -> frozenset[str]:
    """Lower-cased Dutch word forms and lemmas from spacy-lookups-data (loaded once, ~0.3 s)."""
    import spacy_lookups_data

    path = resources.files(spacy_lookups_data).joinpath("data", "nl_lemma_lookup.json.gz")
    table = json.loads(gzip.decompress(path.read_bytes()))
    return frozenset(w.lower() for w in table) | frozenset(w.lower() for w in table.values())


def _is_name_word(word: str) -> bool:
    """A capitalised word after a cue: a listed name, or no ordinary Dutch word."""
    low = word.lower()
    if low in NOT_NAMES:
        return False
    parts = word.split("-")
    if all(p in first_names() or p in surnames() for p in parts):
        return True
    return low not in dutch_words()


def _mid_sentence(text: str, start: int) -> bool:
    return start > 0 and not _SENTENCE_START.search(text, max(0, start - 4), start)


def _last_word(name: str) -> str:
    return name.split()[-1]


def find_names(text: str) -> list[tuple[int, int]]:
    """Spans of person names in ``text``, non-overlapping, in order."""
    spans: list[tuple[int, int]] = []

    def claim(start: int, end: int) -> None:
        if all(end <= s or start >= e for s, e in spans):
            spans.append((start, end))

    for m in TITLED.finditer(text):
        words = re.findall(_CAP, m["name"])
        title = m["title"].lower()
        has_initials = re.match(_INITIALS, m["name"]) is not None
        if title in WEAK_TITLES and not has_initials and not all(_is_name_word(w) for w in words):
            continue
        if not has_initials and _last_word(m["name"]).lower() in NOT_NAMES:
            continue
        claim(m.start("name"), m.end("name"))
    for m in INITIALLED.finditer(text):
        last = _last_word(m["name"])
        if m["name"].count(".") == 1 and not _mid_sentence(text, m.start()) and last not in surnames():
            continue  # "G. Stelt het zorgkantoor ...": a list item, not an initial
        if _is_name_word(last):
            claim(m.start("name"), m.end("name"))
    for m in WORD.finditer(text):
        word, particles = m["word"], m["particles"].strip()
        firsts, lasts = first_names(), surnames()
        if word in firsts:
            nxt = FOLLOW.match(text, m.end() + 1) if text[m.end():m.end() + 1] == " " else None
            if nxt and (nxt["particles"] or nxt["word"] in lasts or nxt["word"] in firsts
                        or _is_name_word(nxt["word"])) and nxt["word"].lower() not in NOT_NAMES:
                claim(m.start("word"), nxt.end())  # "Petra van Dijk", "Jan Jansen"
            elif firsts[word] and not particles:
                claim(m.start("word"), m.end())  # "Daan" on its own
        elif word in lasts and (prev := _PREVIOUS.search(text, 0, m.start())) and _mid_sentence(text, prev.start()) \
                and prev["word"] not in NOT_NAME_PREVIOUS and _is_name_word(prev["word"]):
            claim(prev.start(), m.end())  # "Gert-Jan Visser", "Hennie van den Broek": first name not on the list
        elif word in lasts and particles and _mid_sentence(text, m.start()):
            if " " in particles or (not lasts[word] and particles not in {"de", "het", "op de"}):
                claim(m.start(), m.end())  # "van der Meer", "van Dijk" (not "op de Dam")
            elif lasts[word]:
                claim(m.start("word"), m.end())  # "de Vries" -> "de [NAAM]": "van" may be a preposition
        elif word in lasts and lasts[word] and not particles and _mid_sentence(text, m.start()):
            claim(m.start(), m.end())  # mid-sentence "Jansen"
    return sorted(spans)
