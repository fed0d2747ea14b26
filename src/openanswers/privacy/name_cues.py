"""Person names found from what stands around them, after names.py's rules have run: the first name
in front of a surname found already ("naam: Ağça [Doğan]"), a name followed by its role ("Wilfryd
Lach, onze bestuurssecretaris", "Jacob de teamleider"), a name starting a sentence with a verb of
someone's work ("Liyam regelt bij ons de declaraties"), a lower-case name after a role ("onze
teamleider novan de vries") or closing a message ("groet jan").

Each rule wants the word itself to look like a name too: a listed first name or surname, or no
Dutch or English word, no place and no month.
"""

from __future__ import annotations

import re

from .lexicon import core_first_names, english_words, first_names, is_dutch, places, stop_words, surnames, title_case
from .name_words import NOT_NAMES, PARTICLES, ROLES, TITLES
from .patterns import LOWER, UPPER

_PARTICLE = "(?:" + "|".join(re.escape(p) for p in PARTICLES) + ")"
# Particles of Arabic and Berber surnames, written capitalised: "Sumintra El Idrissi", "Romano Ait Taleb".
_NAME_LINKS = {"El", "Ait", "Aït", "Ben", "Bou", "Abou", "Abu", "Al", "Van", "De", "Der", "Den", "Ter", "Ten", "Le", "La"}
_ROLE_WORDS = {r for r in ROLES if " " not in r} | {"eigenaar", "voorzitter", "notulist", "directeur", "bestuurder"}
_TITLE_WORDS = {t.rstrip(".").split()[0] for t in TITLES} | {
    "beste", "hoi", "hallo", "hey", "lieve", "geachte", "dag", "groet", "groeten", "groetjes", "namens", "thx", "tnx"}
_ROLE_END = re.compile("(?:" + "|".join(sorted((re.escape(r) for r in _ROLE_WORDS if len(r) >= 6), key=len, reverse=True))
                       + ")$")


def _name_like(word: str, paired: bool = False) -> bool:
    """A capitalised word that may be a name: a listed name (one that is also a Dutch word, "Jan",
    "Roos", only when ``paired``: next to another name), or no Dutch or English word, place or title."""
    low = word.lower()
    if low in NOT_NAMES or low in _TITLE_WORDS or low in places() or len(word) < 2:
        return False
    name = title_case(word)
    if name in first_names() or name in surnames():
        return paired or first_names().get(name, False) or surnames().get(name, False)
    return not is_dutch(word) and low not in english_words()


_BEFORE = re.compile(rf"(?<![\w'’@.-])(?P<word>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)[ \t]+$")


def _first_name_before(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A first name, and an "El"/"Ait" particle, right before a found surname: "Ağça [Doğan]",
    "Florence [van der Velden]", "Sumintra El [Idrissi]"."""
    found = []
    for start, _ in spans:
        left = start
        while m := _BEFORE.search(text, max(0, left - 40), left):
            if m["word"] in _NAME_LINKS:
                left = m.start("word")
                continue
            word = m["word"]
            paired_first = word in first_names() and _mid(text, m.start()) and word.lower() not in stop_words()
            if _name_like(word) or paired_first:  # "Ağça [Doğan]", "Jan [De Cuyper]"; not "Koning [Albert]"
                left = m.start("word")
            break
        if left < start and text[left:start].split()[0] not in _NAME_LINKS:
            found.append((left, start))
    return found


def _mid(text: str, start: int) -> bool:
    """Not the first word of a sentence or line."""
    return start > 0 and not re.search(r"[.!?:;\n]\s*$", text[max(0, start - 3):start])


_WHO = r"(?:onze|ons|de|mijn|hun|uw|jullie|het|als)"
# "Wilfryd Lach, onze bestuurssecretaris", "Jacob de teamleider heeft ...".
APPOSITION = re.compile(
    rf"(?<![\w'’@.-])(?P<name>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?(?:[ \t]+(?:{_PARTICLE}[ \t]+)*[{UPPER}][{LOWER}]+"
    rf"(?:-[{UPPER}][{LOWER}]+)?)?),?[ \t]+{_WHO}[ \t]+(?:nieuwe[ \t]+|vaste[ \t]+|eigen[ \t]+)?(?P<role>[{LOWER}'’-]+)")
# A sentence starting with a name and a verb of someone's work: "Liyam regelt bij ons de declaraties".
# Not "is", "heeft", "kan": those follow "Helaas", "Vandaag" just as well.
_STRONG_VERBS = ("regelt", "doet", "belt", "mailt", "appt", "zegt", "zei", "belde", "mailde", "appte", "vroeg", "vraagt",
                 "werkt", "stuurt", "coördineert", "plant", "ondersteunt", "begeleidt", "verzorgt", "leidt", "beheert",
                 "schrijft", "schreef", "meldde", "meldt")
_STRONG_HINT = re.compile("|".join(_STRONG_VERBS))  # a substring test, in C
OPENING = re.compile(rf"(?:^|(?<=[.!?:;]\s)|(?<=\n))[ \t]*(?P<name>[{UPPER}][{LOWER}]+)[ \t]+(?P<verb>{'|'.join(_STRONG_VERBS)})\b")
_LOW = rf"[{LOWER}]{{2,}}(?:-[{LOWER}]+)?"
# After a title or role in lower case: "teamleider novan de vries", "collega jonas de groot".
_TITLE = "(?:" + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True)) + ")"
LOWER_FULL = re.compile(rf"(?<![\w.])(?i:{_TITLE}):?[ \t]+(?P<first>{_LOW})(?:[ \t]+(?P<particles>(?:{_PARTICLE}[ \t]+)*)"
                        rf"(?P<last>{_LOW}))?(?![\w])")
# A name closing a message, in lower case: "tnx! groet jan", "groetjes, anouk"; "vlgns jacob is ...".
CLOSING_LOWER = re.compile(rf"(?<![\w-])(?i:groet|groetjes|groeten|gr|mvg|doei|liefs)[,!.]?[ \t]+(?P<name>[{LOWER}]{{2,}})"
                           rf"[ \t]*[.!]*[ \t]*(?=\n|$)")
_CLOSING_HINTS = ("gr", "mvg", "doei", "liefs")
_ACCORDING_HINTS = ("volg", "vlg", "aldus", "zeg", "zei")
ACCORDING = re.compile(rf"(?<![\w-])(?i:volgens|vlgns|vlgs|aldus|zegt|zei)[ \t]+(?P<name>[{LOWER}]{{2,}})"
                       rf"(?=[ \t]+(?:is|heeft|zegt|moet|kan|gaat|wil|zal|was|had|komt|doet|vindt)\b|[ \t]*[,.])")
# A short first name in capitals after a verb of contact: "contact gehad met DAAN van de klantenservice".
SHORT_CAPS = re.compile(rf"(?<![\w-])(?i:met|aan|van|door|bij|voor)[ \t]+(?P<name>[{UPPER}]{{3,4}})(?![\w-])")
_CAPS_CONTEXT = re.compile(r"(?i:contact|gesproken|gebeld|gemaild|overleg|gesprek|mail|bericht|gehad)")


# A first name in brackets after initials: "R.J.M. (Rob) ter Haar", "E. (Eva) de Boer".
CALLED = re.compile(rf"(?<![\w.])(?:[{UPPER}]\.\s?){{1,4}}\s*\((?P<name>[{UPPER}][{LOWER}]+)\)")


# "Kees en ik", "met Harm-Jan en mij": a first name beside the writer; a double first name
# whose parts are both listed ("Harm-Jan", "Anne-Marie").
WITH_ME = re.compile(rf"(?<![\w'’-])(?P<name>[{UPPER}{LOWER}][{LOWER}]+)\s+en\s+(?i:ik|mij|ikzelf|mijzelf)\b")
DOUBLE_FIRST = re.compile(rf"(?<![\w'’-])(?P<name>[{UPPER}][{LOWER}]+-[{UPPER}][{LOWER}]+)(?![\w'’-])")


def _lower_name(word: str, listed_only: bool = False) -> bool:
    """A lower-case word that may be a name: a Dutch first name (``listed_only``: nothing else), a
    listed surname, or no Dutch or English word."""
    low = word.lower()
    if low in stop_words() or low in NOT_NAMES or len(low) < 3:
        return False
    if title_case(word) in core_first_names():
        return True
    if listed_only:
        return False
    return title_case(word) in surnames() or not is_dutch(word) and low not in english_words() and low not in places()


def cue_names(text: str, spans: list[tuple[int, int]], title_starts: list[int]) -> list[tuple[int, int]]:
    """Spans of names the cues above find; may overlap ``spans``. ``title_starts``: where a word
    that may start a title starts (names._title_starts)."""
    found = _first_name_before(text, spans)
    for m in APPOSITION.finditer(text):
        role = m["role"].lower()
        if role in _ROLE_WORDS or len(role) > 8 and _ROLE_END.search(role):
            words = [w for w in m["name"].split() if w.lower() not in PARTICLES]
            mid = _mid(text, m.start())
            rest_ok = all(w.lower() not in NOT_NAMES and w.lower() not in stop_words() for w in words[1:])
            if _name_like(words[0], paired=len(words) > 1) and rest_ok or mid and len(words) == 1 and words[0] in first_names():
                found.append((m.start("name"), m.end("name")))
    low = text.lower()
    for m in OPENING.finditer(text) if _STRONG_HINT.search(low) else ():
        word = m["name"]
        if _name_like(word) or word in first_names() and word.lower() not in NOT_NAMES:
            found.append((m.start("name"), m.end("name")))
    for m in filter(None, (LOWER_FULL.match(text, i) for i in title_starts)):
        first, last = m["first"], m["last"]
        if not _lower_name(first) or first in _TITLE_WORDS:
            continue
        if last and _lower_name(last) and (m["particles"] or title_case(last) in surnames() or not is_dutch(last)):
            found.append((m.start("first"), m.end("last")))  # "jonas de groot", "ginewra tomczyk"
        elif core_first_names().get(title_case(first)) or not is_dutch(first) and first not in english_words():
            found.append((m.start("first"), m.end("first")))  # "teamleider ginewra"; not "team per groep"
    for regex, listed_only, hints in ((CLOSING_LOWER, False, _CLOSING_HINTS), (ACCORDING, True, _ACCORDING_HINTS)):
        for m in regex.finditer(text) if any(h in low for h in hints) else ():
            if _lower_name(m["name"], listed_only) or regex is CLOSING_LOWER and m["name"] not in stop_words() \
                    and m["name"] not in {"allemaal", "iedereen", "allen", "terug", "team"}:
                found.append((m.start("name"), m.end("name")))
    for m in CALLED.finditer(text) if "(" in text else ():
        if m["name"] in first_names() or _name_like(m["name"]):  # not "bijlage B. (Tarieven)"
            found.append((m.start("name"), m.end("name")))
    for m in WITH_ME.finditer(text) if " en ik" in low or " en mij" in low else ():
        word = m["name"]
        if title_case(word) in first_names() and word.lower() not in stop_words() and word.lower() not in NOT_NAMES \
                and (word[0].isupper() or title_case(word) in core_first_names()):
            found.append((m.start("name"), m.end("name")))
    for m in DOUBLE_FIRST.finditer(text) if "-" in text else ():
        if all(p in first_names() and p.lower() not in NOT_NAMES for p in m["name"].split("-")) \
                and not re.search(r"(?i:\b(?:de|het|een|'t)\s+)$", text[max(0, m.start() - 5):m.start()]):  # "de Rijn-Maas"
            found.append((m.start("name"), m.end("name")))
    for m in SHORT_CAPS.finditer(text) if _CAPS_CONTEXT.search(text) else ():
        if title_case(m["name"]) in core_first_names() and _CAPS_CONTEXT.search(text, max(0, m.start() - 30), m.start()):
            found.append((m.start("name"), m.end("name")))
    return found
