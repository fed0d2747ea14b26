"""Names in the forms people write them that the cue rules miss (issue 15, round 4): capitalised
particles around a found name ("zie notitie Van den [Bossche]", "[Joyce] Van Echelpoel",
"Jasmijn Vanden Berghe"), a surname in capitals after a first name ("Mieke HOLEMANS"), a
capitalised particle after a title ("De familie Van der Spek"), surnames with an apostrophe
("Teamleider D'HONT", "d'Hondt"), a listed first name opening a sentence or a list line ("Daan
weet …", "Mohammed: eens.", "* Jan Jaap - bellen"), two listed first names as one ("Jan Jaap"), a
lower-case name after a greeting or thanks ("Bedankt ali!!", "Hoi rami,"), a short first name in
capitals after "vraag" ("vraag DEMI van planning"), a listed first name that is also a word where only
a name fits ("door Mies en Joop", "directeur (Wouter)", "gevraagd: Roos"), possessives ("Kees'
collega"), lower-case initials after a cue ("ingevuld door: m. de vries"), the surname after a
bracketed first name ("J. (Jan) de Boer"), hyphenated surnames with single capitals ("Tjon-A-Fat").

Each rule wants the word itself to look like a name: a listed name that is no Dutch word, or no
Dutch or English word, place, month or Wlz term.
"""

from __future__ import annotations

import re

from .lexicon import (
    _formless_nouns, core_first_names, dutch_head, dutch_words, english_words, first_names, is_dutch, lower_words, places, stop_words,
    surnames, title_case,
)
from .name_words import NOT_NAMES
from .patterns import LOWER, UPPER

_CAP = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
# Particles written with a capital, as Flemish and formal Dutch write them.
_CAP_PARTICLES = r"(?:Van\s+der|Van\s+den|Van\s+de|Van\s+het|Vanden|Vander|Van|De|Den|Der|Ter|Ten|Ver|Op\s+de|In\s+'t)"
# "zie notitie Van den [NAAM]": capitalised particles right before a found name.
_PARTICLES_BEFORE = re.compile(rf"(?<![\w'’-])(?P<particles>{_CAP_PARTICLES})[ \t]+$")
# "[Joyce] Van Echelpoel", "[Jasmijn] Vanden Berghe": capitalised particles and a surname after one.
_PARTICLES_AFTER = re.compile(rf"[ \t]+(?P<particles>{_CAP_PARTICLES})[ \t]+(?P<last>{_CAP})(?![\w'’])")
_CAP_AFTER = re.compile(rf"[ \t]+(?P<last>{_CAP})(?![\w'’])")
# "Arno [ONGENA]", "Mieke HOLEMANS": a surname in capitals after a first name.
_CAPS_AFTER = re.compile(rf"[ \t]+(?P<last>[{UPPER}]{{3,}}(?:-[{UPPER}]{{3,}})?)(?![\w'’-])")
_FIRST_THEN_CAPS = re.compile(rf"(?<![\w'’-])(?P<first>[{UPPER}][{LOWER}]+)[ \t]+(?P<last>[{UPPER}]{{3,}}(?:-[{UPPER}]{{3,}})?)(?![\w'’-])")
_FIRST_THEN_PARTICLES = re.compile(rf"(?<![\w'’-])(?P<first>[{UPPER}][{LOWER}]+)[ \t]+(?P<particles>{_CAP_PARTICLES})[ \t]+"
                                   rf"(?P<last>{_CAP})(?![\w'’])")
# "De familie Van der Spek", "mevrouw De Wit": a title and a capitalised particle.
_TITLED_PARTICLES = re.compile(
    rf"(?<![\w.])(?i:familie|fam\.|mevrouw|mevr\.|mw\.|meneer|mijnheer|dhr\.|hr\.|de\s+heer|geachte\s+heer)[ \t]+"
    rf"(?P<name>(?:Van\s+der|Van\s+den|Van\s+de|Vanden|Vander|Van|De|Den|Ter|Ten|Ver)[ \t]+{_CAP})(?![\w'’])")
# "D'HONT", "d'Hondt", "O'Neill": an apostrophe after D or O and a capital is a surname.
APOSTROPHE = re.compile(rf"(?<![\w'’])(?P<name>[DdOo]['’][{UPPER}](?:[{LOWER}]{{2,}}|[{UPPER}]{{2,}}))(?![\w'’-])")
# A sentence or list line opened by a first name: "Daan weet …", "Mohammed: eens.", "* Jan Jaap - bellen".
_OPENER = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:[-–•*][ \t]+|\d+[.)][ \t]+)?"
                     rf"(?P<name>[{UPPER}][{LOWER}]+(?:[ \t][{UPPER}][{LOWER}]+)?)(?=[ \t]*(?::|,|[ \t]-[ \t]|[ \t][{LOWER}]))")
_LABEL_NEXT = re.compile(rf"[ \t]*(?::|,|-)[ \t]*(?P<word>[{UPPER}{LOWER}]+)")
_NEXT_WORD = re.compile(rf"[ \t]+(?P<word>[{LOWER}]+)")
# Two listed first names as one: "Jan Jaap", "Anne Marie".
_TWO_FIRSTS = re.compile(rf"(?<![\w'’-])(?P<name>[{UPPER}][{LOWER}]+[ \t][{UPPER}][{LOWER}]+)(?![\w'’-])")
# Thanks or a greeting, then a lower-case name and a stop: "Bedankt ali!!", "Hoi rami, de cijfers".
GREETED = re.compile(rf"(?<![\w-])(?i:hoi|hallo|hey|hi|beste|lieve|dag|bedankt|dankjewel|dank\s+je|thanks|thx|tnx|top)"
                     rf"[ \t]+(?P<name>[{LOWER}]{{3,}})(?=[ \t]*(?:[,!?.]|\n|$))")
# "vraag DEMI van planning": a short first name in capitals after a request.
ASKED = re.compile(rf"(?<![\w-])(?i:vraag|vragen\s+aan|bel|mail|app)[ \t]+(?P<name>[{UPPER}]{{3,5}})(?![\w'’-])")
_HINTS = {"hoi", "hallo", "hey", "hi", "beste", "lieve", "dag", "bedankt", "dankjewel", "dank", "thanks", "thx", "tnx", "top"}


# "Kees' collega", "Petra's team": a listed name in the possessive before a lower-case word.
POSSESSIVE = re.compile(rf"(?<![\w'’-])(?P<name>[{UPPER}][{LOWER}]+)(?:['’]s|['’])(?=[ \t]+[{LOWER}])")
# "Ingevuld door: m. de vries": lower-case initials and a surname after a cue of who wrote it.
LOWER_INITIALLED = re.compile(
    rf"(?<![\w-])(?i:door|namens|groet|groeten|contact|contactpersoon|van)[:,]?[ \t]+"
    rf"(?P<name>(?:[{LOWER}]\.[ \t]?){{1,3}}(?:(?:van[ \t]+der|van[ \t]+den|van[ \t]+de|van|de|ter|ten)[ \t]+)?[{LOWER}]{{3,}})(?![\w-])")
# "J. (Jan) de Boer": the surname after a first name in brackets.
_AFTER_BRACKET = re.compile(rf"\)[ \t]+(?P<surname>(?:(?:van|de|der|den|ter|ten|te|Van|De|Ter)[ \t]+)*(?P<last>{_CAP}))(?![\w'’])")
_LOWER_INITIAL = re.compile(rf"(?<![\w.])[{LOWER}]\.[ \t]?[{LOWER}]")
# "Priscilla Tjon-A-Fat": a hyphenated surname whose parts are single capitals too.
_HYPHEN_TAIL = re.compile(rf"(?:-[{UPPER}][{LOWER}]*)+(?![\w'’])")


# "door Mies en Joop", "(Wouter)", "gevraagd: Roos": a listed first name that is also a word, where
# only a name fits: beside another one, alone in brackets, or alone after a colon closing a line.
FIRST_PAIR = re.compile(rf"(?<![\w'’-])(?P<a>[{UPPER}][{LOWER}]+)[ \t]+(?:en|&)[ \t]+(?P<b>[{UPPER}][{LOWER}]+)(?![\w'’-])")
FIRST_BRACKETED = re.compile(rf"\((?P<name>[{UPPER}][{LOWER}]+)\)")
FIRST_CLOSING = re.compile(rf"(?m):[ \t]*(?P<name>[{UPPER}][{LOWER}]+)[ \t]*[.!]?[ \t]*$")


def _surname_like(word: str) -> bool:
    """A word after a first name or capitalised particles: a listed surname, or no Dutch or English
    word or place (a compound of two Dutch words may be a surname here: "Holemans")."""
    low = word.lower()
    if low in NOT_NAMES or low in places():
        return False
    return title_case(word) in surnames() or low not in dutch_words() and low not in english_words()


def _first(word: str) -> bool:
    """A listed first name that is no Dutch word (or a noun with no forms, which spaCy's index took
    in from names: "daan", "mieke"), no place, no English word, no stop word."""
    low = word.lower()
    return title_case(word) in first_names() and (low not in dutch_words() or low in _formless_nouns()) \
        and low not in places() and low not in english_words() and low not in NOT_NAMES and low not in stop_words()


def _listed_first(word: str) -> bool:
    """A first name of the core lists, a Dutch word too ("Daan", "Jan"): only where the context
    says name (a surname in capitals after it, a colon or a dash after it opening a line)."""
    low = word.lower()
    return title_case(word) in core_first_names() and low not in places() and low not in english_words() \
        and low not in NOT_NAMES and low not in stop_words()


_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n•*-])[ \t]*$")


def _mid(text: str, start: int) -> bool:
    return not _SENTENCE_END.search(text, max(0, start - 4), start)


def _lone_first(name: str) -> bool:
    """A found name that is one first name, particles aside ("van Roel"): a surname may follow."""
    words = [w for w in name.split() if w[0].isupper()]
    return len(words) == 1 and words[0] in first_names()


def _free(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return all(end <= s or start >= e for s, e in spans)


_PARTICLE_HINT = re.compile(r"\b(?:Van|Vanden|Vander|De|Den|Der|Ter|Ten|Ver|Op|In)\b")
_CAPS_HINT = re.compile(rf"[{UPPER}]{{3}}")
_CAP_WORD = re.compile(rf"(?<![\w'’-])[{UPPER}][{LOWER}]+")


def _around(text: str, spans: list[tuple[int, int]], particles: bool, capitals: bool) -> list[tuple[int, int]]:
    """Capitalised particles before or after a found name, a surname in capitals after one."""
    out = []
    for start, end in spans:
        before = _PARTICLES_BEFORE.search(text, max(0, start - 12), start) if particles else None
        if before and (" " in before["particles"] or start - len(before.group()) > 0):
            out.append((before.start("particles"), start))  # "Van den [NAAM]": not "Van [NAAM]" opening the text
        if particles and (m := _PARTICLES_AFTER.match(text, end)) and _surname_like(m["last"]):
            out.append((m.start("particles"), m.end()))
        elif text.startswith(")", end) and start and text[start - 1] == "(" and (m := _AFTER_BRACKET.match(text, end)) \
                and (title_case(m["last"]) in surnames() or _surname_like(m["last"])):
            out.append((m.start("surname"), m.end()))  # "J. ([NAAM]) de Boer"
        elif text.startswith("-", end) and (m := _HYPHEN_TAIL.match(text, end)):
            out.append((start, m.end()))  # "[NAAM]-A-Fat"
        elif (m := _CAP_AFTER.match(text, end)) and _lone_first(text[start:end]) and _surname_like(m["last"]) \
                and m["last"] not in first_names() and not is_dutch(m["last"]) and not dutch_head(m["last"].lower()):
            out.append((m.start("last"), m.end()))  # "het team van [Roel] Aerts"
        elif capitals and (m := _CAPS_AFTER.match(text, end)) and _surname_like(title_case(m["last"])) and len(m["last"]) >= 4:
            out.append((m.start("last"), m.end()))
    return out


def more_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of names in the forms above, next to ``spans`` (found already) or on their own; may
    touch a found span (find_names joins them)."""
    particles = _PARTICLE_HINT.search(text) is not None  # cheap tests first: most answers need few regexes
    capitals = _CAPS_HINT.search(text) is not None
    out = _around(text, spans, particles, capitals)
    found = spans + out
    for m in _TITLED_PARTICLES.finditer(text) if particles else ():
        if _free(found, m.start("name"), m.end("name")) and m["name"].split()[-1].lower() not in NOT_NAMES:
            out.append((m.start("name"), m.end("name")))
    if "'" in text or "’" in text:
        for m in APOSTROPHE.finditer(text):
            if _free(found, m.start(), m.end()):
                out.append((m.start("name"), m.end("name")))
    for m in _FIRST_THEN_PARTICLES.finditer(text) if particles else ():  # "Leandro De Maesschalck-Reijnders", "Jasmijn Vanden Berghe"
        low = m["first"].lower()
        if (m["first"] in first_names() or low not in dutch_words() and low not in english_words()) and low not in NOT_NAMES \
                and _surname_like(m["last"]):
            out.append((m.start(), m.end()))
    firsts = first_names()
    listed = any(w in firsts for w in _CAP_WORD.findall(text))  # the rules below all start with a first name
    for m in _FIRST_THEN_CAPS.finditer(text) if capitals and listed else ():  # "Mieke HOLEMANS"
        if _listed_first(m["first"]) and len(m["last"]) >= 4 and _surname_like(title_case(m["last"])) \
                and _free(found, m.start(), m.end()):
            out.append((m.start(), m.end()))
    for m in _TWO_FIRSTS.finditer(text) if listed else ():  # "Jan Jaap": both listed, one no Dutch word
        a, b = m["name"].split()
        if (_listed_first(a) or _listed_first(b)) and all(
                title_case(w) in core_first_names() and w.lower() not in NOT_NAMES and w.lower() not in stop_words()
                for w in (a, b)):
            out.append((m.start(), m.end()))
    for m in _OPENER.finditer(text) if listed else ():
        words = m["name"].split()
        nxt = _NEXT_WORD.match(text, m.end("name"))
        labelled = nxt is None  # "Mohammed: eens.", "Amina - tarieven": a label or a list line's owner
        if labelled and (after := _LABEL_NEXT.match(text, m.end("name"))) and after["word"].lower() not in dutch_words():
            continue  # "Mark: no.": no Dutch after the label
        if nxt and (nxt["word"] not in dutch_words() or nxt["word"] in english_words()):
            continue  # "Will you go?": no Dutch sentence
        if ((_first(words[0]) or labelled and _listed_first(words[0]))
                and (len(words) == 1 or words[1] in first_names() or words[1] in surnames() or not is_dutch(words[1]))
                and _free(found + out, m.start("name"), m.end("name"))):
            out.append((m.start("name"), m.end("name")))  # "Daan weet hier meer van", "Mohammed: eens."
    if not _HINTS.isdisjoint(lower_words(text)):
        for m in GREETED.finditer(text):
            word = m["name"]
            if word not in stop_words() and not is_dutch(word) and word not in english_words() \
                    and word not in places() and word not in NOT_NAMES:
                out.append((m.start("name"), m.end("name")))  # "Bedankt ali!!"
    if "'" in text or "’" in text:
        for m in POSSESSIVE.finditer(text):
            if _listed_first(m["name"]) or surnames().get(m["name"]) and m["name"].lower() not in places():
                out.append((m.start("name"), m.end("name")))  # "Kees' collega", "Petra's team"
    for m in LOWER_INITIALLED.finditer(text) if _LOWER_INITIAL.search(text) else ():
        last = m["name"].split()[-1]
        if title_case(last) in surnames() or last not in dutch_words() and last not in english_words():
            out.append((m.start("name"), m.end("name")))  # "ingevuld door: m. de vries"
    if listed:
        for m in FIRST_PAIR.finditer(text):
            if _listed_first(m["a"]) and _listed_first(m["b"]) and _mid(text, m.start()):
                out += [(m.start("a"), m.end("a")), (m.start("b"), m.end("b"))]  # "door Mies en Joop"
        for regex in (FIRST_BRACKETED, FIRST_CLOSING):
            for m in regex.finditer(text) if "(" in text or ":" in text else ():
                if _listed_first(m["name"]):
                    out.append((m.start("name"), m.end("name")))  # "directeur (Wouter)", "gevraagd: Roos"
    for m in ASKED.finditer(text) if capitals else ():
        if _listed_first(m["name"]):
            out.append((m.start("name"), m.end("name")))  # "vraag DEMI van planning"
    return out
