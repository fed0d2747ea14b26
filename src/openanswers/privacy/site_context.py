"""Care homes named by a plain Dutch word, found from the sentence around them (issue 15, round 6).

A capitalised article mid-sentence before a capitalised noun is a name in Dutch ("de wachtlijst
voor De Vlonder"), but so is a newspaper's ("in De Morgen"), so round 5 left short common nouns
alone. What tells a care home apart is the sentence: a waiting list, a site, residents, an
admission stop, someone working or living there. With such a word in the same sentence:

* an article and a capitalised word, mid-sentence or opening it (``dat De Bongerd dicht gaat``,
  ``Het Weverke heeft een opnamestop``), any noun but an adjective's ``-e`` form;
* a capitalised noun after ``in``, ``op``, ``bij`` mid-sentence (``werkt op Waterlelie``), no place;
* ``Sint``/``St.`` before a found name is part of it (``Sint [Elisabethshof]``).
"""

from __future__ import annotations

import re

from .context import ORGANISATION_HEADS
from .lexicon import dutch_words, english_words, first_names, lower_words, places, stop_words
from .name_words import NOT_NAMES
from .patterns import LOWER, UPPER

SITE_CUES = frozenset({
    "wachtlijst", "wachtlijsten", "locatie", "locaties", "opnamestop", "cliëntenraad", "bewoners", "bewoner",
    "woont", "woonde", "wonen", "opname", "opgenomen", "plaatsingslijst", "verzorgenden", "verzorgende",
    "nachtdienst", "nachtdiensten", "nachtzorg", "dagbesteding", "afdeling", "plek", "plekken", "verhuisd",
    "verhuist", "verhuizen", "overleden", "koffieochtend", "dicht", "sluit", "gesloten",
    "vestiging", "verpleeghuis", "intramuraal", "opnemen", "wachten", "wacht", "kamer", "kamers",
})
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
ARTICLE_NAME = re.compile(
    rf"(?:(?<=[{LOWER},(] )|(?<=[{LOWER}] \()|^|(?<=[.!?:] )|(?<=\n))(?P<name>(?:De|Het|'t)[ \t]+"
    rf"(?P<first>[{UPPER}][{LOWER}]{{3,}})(?:[ \t]+(?P<second>[{UPPER}][{LOWER}]{{3,}}))?)(?![\w'’-])")
AFTER_IN = re.compile(rf"(?<=[{LOWER}] )(?:in|op|bij)[ \t]+(?P<name>[{UPPER}][{LOWER}]{{4,}})(?![\w'’-])(?![ \t]+[{UPPER}])")
# Policy papers and agreements are named like sites ("in Het Zorgakkoord", "Het Kwaliteitskader").
_DOCUMENTS = ("akkoord", "kader", "plan", "wet", "beleid", "regeling", "programma", "rapport", "nota", "besluit",
              "protocol", "convenant", "advies", "verslag")
# Someone working at a site says so with a preposition: "werkt op Waterlelie" (the verb alone is no cue).
_WORK = frozenset({"werkt", "werk", "werken", "werkte", "werkzaam"})
SAINT = re.compile(r"(?:Sint|St\.)[ \t]+$")


def _plain(word: str, kept: set[str]) -> bool:
    """No month, term, kept body, place or stop word; an English word only when Dutch too."""
    low = word.lower()
    return low not in NOT_NAMES and low not in kept and low not in places() and low not in stop_words() \
        and (low in dutch_words() or low not in english_words())


def context_sites(text: str, kept: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, "LOCATIE") of sites named by a plain word in a sentence about a care site."""
    if SITE_CUES.isdisjoint(lower_words(text)) and _WORK.isdisjoint(lower_words(text)):
        return []
    spans = []
    for s in _SENTENCE.finditer(text):
        words = s.group().split()
        if sum(w[:1].isupper() for w in words) * 2 > len(words):
            continue  # "De Nachtzorg Is Het Grootste Probleem": a title, every word capitalised
        cues = lower_words(s.group())
        if cues.isdisjoint(SITE_CUES):
            if not cues.isdisjoint(_WORK):
                spans += _after_in(text, s, kept)
            continue
        for m in ARTICLE_NAME.finditer(text, s.start(), s.end()):
            first, second = m["first"], m["second"]
            low = first.lower()
            if not _plain(first, kept) or low.endswith("e") and second or low.endswith(_DOCUMENTS):
                continue  # "De Nieuwe Kerk": an adjective; "Het Zorgakkoord": a paper
            if not text[s.start():m.start()].strip() and low in dutch_words():
                continue  # "Het Kwaliteitskader …" opening a sentence: a site only with a coined name
            end = m.end() if second is None or _plain(second, kept) else m.end("first")
            spans.append((m.start("name"), end, "LOCATIE"))
        spans += _after_in(text, s, kept)
    return spans


def _after_in(text: str, sentence: re.Match, kept: set[str]) -> list[tuple[int, int, str]]:
    spans = []
    for m in AFTER_IN.finditer(text, sentence.start(), sentence.end()):
        word = m["name"]
        low = word.lower()
        before = re.search(r"(\S+)\s+\S+\s+$", text[max(0, m.start() - 40):m.start("name")])
        if before and before.group(1)[:1].isupper():
            continue  # "Zorg in Onderwijstijd": a title's words
        if low in dutch_words() and _plain(word, kept) and word not in first_names() and not low.endswith(("en", "s")) \
                and not low.endswith(_DOCUMENTS) and low not in ORGANISATION_HEADS:  # "bij Thuiszorg": the noun
            spans.append((m.start("name"), m.end("name"), "LOCATIE"))
    return spans


def with_saint(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"Sint" or "St." before a found site, organisation or name joins it: "Sint [Elisabethshof]"."""
    out = []
    for start, end, kind in spans:
        if kind in ("LOCATIE", "ORGANISATIE", "NAAM") and (m := SAINT.search(text, max(0, start - 6), start)) \
                and all(e <= m.start() or s >= start for s, e, _ in spans):
            start = m.start()
        out.append((start, end, kind))
    return out
