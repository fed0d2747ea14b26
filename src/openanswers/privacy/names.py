"""Person names in Dutch text, found from cues: a title, initials, a known first name or surname.

Capitalisation alone says little in Dutch ("De Zorg", "Wet langdurige zorg", every sentence start),
so a capitalised word counts as a name only next to a cue:

* a title or salutation: "mevrouw Jansen", "dhr. P. de Vries", "collega Anouk" (the title stays);
* initials: "J. de Vries", "J.P. Balkenende";
* a first name from the list: "Petra van Dijk", "Daan" (on its own only if it is no Dutch word);
* a surname from the list: "van der Meer", mid-sentence "Jansen" (same rule);
* a listed first name joined to a found name ("Stella en [NAAM]"), a signature line, a role between
  commas ("De EVV'er, Clara, ...");
* last resort: a capitalised word mid-sentence that no lexicon, name list or place list knows.

A word after a cue is refused when it is an ordinary Dutch word (spaCy's lemma lookup table) that
is on neither name list, so "collega Zorgaanbieders" and "bijlage B. Zorgkantoren" survive. The
word lists live in lexicon.py.
"""

from __future__ import annotations

import re

from .lexicon import (
    ADJECTIVE_END, lower_words, places, core_first_names, dutch_head, dutch_words, english_words, first_names, is_dutch, lower_first_names,
    stop_words, surnames, title_case,
)
from .name_cues import cue_names
from .name_forms import more_names
from .name_lines import line_names
from .name_words import NOT_NAMES, PARTICLES, ROLES, TITLES, WEAK_TITLES
from .patterns import LOWER, UPPER
from .unknown_words import NEXT_CAP as _NEXT_CAP, mid_sentence as _mid_sentence, unknown_word as _unknown_word

__all__ = ["NOT_NAMES", "ROLES", "core_first_names", "dutch_words", "english_words", "find_names", "first_names",
           "is_dutch", "surnames"]

# A capitalised word, double-barrelled too: "Gert-Jan", "Jansen-de Vries", "Bakker - Van Dam".
_CAP = (rf"[{UPPER}][{LOWER}]+(?:'[{LOWER}]+)?"
        rf"(?:\s?-\s?(?:(?i:van der|van den|van de|van|de|den|der|ter|ten|te|'t)\s)?[{UPPER}][{LOWER}]+)?")
_INITIALS = rf"(?:(?:[{UPPER}]|Th|Chr|Ph|Joh|Jac|Corn|Wm)\.\s?){{1,4}}"
_PARTICLE = "(?:" + "|".join(re.escape(p) for p in PARTICLES) + ")"
_PARTICLES = rf"(?:{_PARTICLE}\s+)?"
_TITLE = "(?:" + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True)) + ")"

# Compiled once; each yields a candidate whose words are then checked against the lists.
TITLED = re.compile(
    rf"(?<![\w.])(?P<title>(?i:{_TITLE}))(?::|,(?=\s+[{UPPER}][{LOWER}]+,))?\s+(?P<name>(?:{_INITIALS}\s*)?(?:{_CAP}\s+)?{_PARTICLES}{_CAP})"
)
# A name in lower case after a title ("meneer jansen", "mevrouw de vries"): checked against the lists.
_LOW = rf"[{LOWER}][{LOWER}]+(?:-(?:(?:van der|van den|van de|van|de|den|der|ter|ten|te)\s)?[{LOWER}]+)?"  # "de bruyn-van de ven"
LOWER_TITLED = re.compile(
    rf"(?<![\w.])(?P<title>(?i:{_TITLE})):?\s+(?P<name>(?P<initials>(?:[{LOWER}]\.\s?){{1,4}})?(?P<particles>(?:{_PARTICLE}\s+)*)"
    rf"(?P<word>{_LOW}))(?![\w])"
)
# A first name in any case before a surname ("petra van dijk", "anouk verbeek").
LOWER_PAIR = re.compile(
    rf"(?<![\w'-])(?P<first>[{LOWER}]{{2,}})\s+(?P<particles>(?:{_PARTICLE}\s+)*)(?P<last>[{UPPER}{LOWER}][{LOWER}]+(?:-(?:{_PARTICLE}\s)?[{UPPER}{LOWER}][{LOWER}]+)?)(?![\w])"
)
# Capitalised first word, particles, capitalised surname, neither a Dutch word ("Wietske van Huizum").
PARTICLE_PAIR = re.compile(rf"(?<![\w'-])(?P<first>{_CAP})\s+(?P<particles>(?:{_PARTICLE}\s+)+)(?P<last>{_CAP})(?![\w])")
# Two capitalised words mid-sentence, neither a Dutch word: "met Willemijn Stoutjesdijk".
CAP_PAIR = re.compile(rf"(?<![\w'-])(?P<first>{_CAP})\s+(?P<last>{_CAP})(?![\w])")
# "@Petra" in a message; a name after a greeting or a closing formula; a capitalised name after a
# verb of contact ("sprak met Wietske", "belde Jorieke"): none of these words may be Dutch or English.
MENTION = re.compile(rf"(?<![\w.])@(?P<name>[{UPPER}{LOWER}][{LOWER}]+(?:[ -][{UPPER}][{LOWER}]+)?)")
_FORMULA = (r"beste|hoi|hallo|hey|lieve|geachte|groet|groeten|groetjes|gr\.|mvg|m\.v\.g\.|vriendelijke groet(?:en)?|"
            r"hartelijke groet(?:en)?|met vriendelijke groet(?:en)?|namens|ondertekend|dag|groetjes van|groeten van|groet van|"
            r"ik ben|mijn naam is|ingevuld door|opgesteld door|volgens|vlgns")
_CONTACT = (r"(?:belde|sprak|spraken|mailde|appte|overlegde|vroeg|zei|zegt|meldde|bedankt|dank)(?:\s+(?:met|aan|ook|nog))?|"
            r"(?:terugbellen|bellen|mailen|appen|doorsturen|sturen|vragen)\s+(?:naar|aan)|"
            r"(?:contact|overleg|gesprek|afspraak|gebeld|gemaild|gesproken)\s+met|"
            r"(?:contact|overleg|gesprek)\s+(?:gehad|gehouden|opgenomen|gezocht)\s+met|"
            r"(?:bel|app|mail)(?:\s+(?:ff|even|eens))?\s+(?:met|naar)|(?:mail|bericht|appje|telefoontje)\s+van")
# A cheap test before AFTER_CONTACT: one of its words is in the text at all.
_CONTACT_HINTS = ("beste", "hoi", "hallo", "hey", "lieve", "geachte", "gr", "mvg", "m.v.g", "namens", "ondertekend", "bel",
                  "sprak", "mail", "app", "overleg", "vroeg", "zei", "zegt", "meldde", "bedankt", "dank", "sturen", "vragen",
                  "contact", "gesprek", "afspraak", "gesproken", "groet", "ik ben", "naam is", "ingevuld", "opgesteld", "volgens",
                  "vlgns", "bericht", "telefoontje")
_CONTACT_HINT = re.compile("|".join(re.escape(h) for h in _CONTACT_HINTS))  # a substring test, in C
_DAG = re.compile(r"(?:^|[\n.!?]\s*)dag\s")  # "Dag Jan,": a greeting only where a sentence starts
AFTER_CONTACT = re.compile(
    rf"(?<![\w-])(?:(?P<formula>(?i:{_FORMULA}))|(?i:{_CONTACT}))[,:]?\s+(?P<name>(?P<first>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)"
    rf"(?:[ \t]+(?P<particles>(?:{_PARTICLE}\s+)*)(?P<last>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?))?)(?![\w])"
)
# A listed first name after a preposition and before ", die/zij/hij": a person, even when the
# name is also a word ("vraag het aan kick, die ...", "samen met roos, zij ...").
BEFORE_WHO = re.compile(rf"(?<![\w-])(?i:aan|met|door|voor|bij|naar|van)\s+(?P<name>[{UPPER}{LOWER}][{LOWER}]+),\s+(?:die|zij|hij)\b")
LOWER_FIRST = re.compile(rf"(?<![\w'@.-])(?P<word>[{LOWER}]{{4,}})(?![\w'@-])")
_CAP_START = re.compile(rf"(?<![\w'-])[{UPPER}]")
_LOWER_START = re.compile(rf"(?<![\w'-])[{LOWER}]{{2,}}")
_LOWER_WORD = re.compile(rf"(?<![\w'-])[{LOWER}]{{2,}}")
# Where a title may start: a word whose lower-case form starts a title (a set lookup per word is
# far cheaper than trying the long title alternation at every position).
_TITLE_FIRST = {t.split()[0].lower().rstrip(".") for t in TITLES}
_TOKEN = re.compile(r"(?<![\w.])[^\W\d_][\w'/-]*\.?")


_LETTER_RUNS = re.compile(r"[^\W\d_]+")
_TITLE_HINTS = _TITLE_FIRST - {"de"} | {"heer"}  # "de heer": "de" alone is in every answer


def _title_starts(text: str) -> list[int]:
    if _TITLE_HINTS.isdisjoint(lower_words(text)):
        return []  # most answers hold no title or role word: one findall instead of a match per word
    return [m.start() for m in _TOKEN.finditer(text) if m.group().lower().rstrip(".") in _TITLE_FIRST]


_ALL_CAPS = re.compile(rf"(?<![\w'-])[{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})*(?![\w])")
INITIALLED = re.compile(rf"(?<![\w.])(?P<name>{_INITIALS}\s*(?:(?i:{_PARTICLE})\s+)?{_CAP})")  # "S.Y. De Turck"
WORD = re.compile(rf"(?<![\w'-])(?P<particles>(?:{_PARTICLE}\s+)*)(?P<word>{_CAP})(?![\w])")
# What may follow a first name as its surname: "Petra van Dijk", "Patricia De Waele".
FOLLOW = re.compile(rf"(?P<particles>(?:(?i:{_PARTICLE})\s+)*)(?P<word>{_CAP})(?![\w])")
# The capitalised word right before a surname (and its particles), to catch unlisted first names.
_PREVIOUS = re.compile(rf"(?<![\w'-])(?P<word>{_CAP})\s+$")
NOT_NAME_PREVIOUS = {"Wet", "Zorg", "Raad", "Stichting", "Zorggroep", "Huize", "Villa", "Sint", "Mr", "Dr"}
_NAME_END = re.compile(r"[ \t]*[,(]")
_LINE_END = re.compile(r"[ \t]*(?:\r?\n|$)")


def _is_name_word(word: str) -> bool:
    """A capitalised word after a cue: a listed name, or no ordinary Dutch word."""
    low = word.lower()
    if low in NOT_NAMES:
        return False
    parts = word.split("-")
    if all(p in first_names() or p in surnames() for p in parts):
        return True
    return low not in dutch_words() and not ADJECTIVE_END.search(low)


def _last_word(name: str) -> str:
    return name.split()[-1]


def _listed(word: str, table: dict[str, bool], alone: bool = False) -> bool:
    """``word`` (any case, each part of a double-barrelled name) on a name list."""
    parts = [title_case(p) for p in re.split(r"\s?-\s?|\s+", word) if p and p.lower() not in PARTICLE_WORDS]
    return bool(parts) and all(p in table and (table[p] or not alone) for p in parts)


PARTICLE_WORDS = {w for p in PARTICLES for w in p.split()}
NAME_PARTICLES = {"van", "de", "ter", "ten", "den", "der", "in", "op"}  # start of a surname's particles ("te" is a place's)


def find_names(text: str) -> list[tuple[int, int]]:
    """Spans of person names in ``text``, non-overlapping, in order.

    Words in capitals ("MEVROUW JANSEN", "PETRA DE VRIES") are read as if written normally; a
    listed first name joined to a found name by "en", "of", "&" or a comma is a name too
    ("Stella en [NAAM]", "[NAAM] en wies")."""
    spans = _find_names(text)
    caps = [(m.start(), m.end()) for m in _ALL_CAPS.finditer(text)
            if m.group().lower() not in PARTICLE_WORDS and (m.end() - m.start() > 4 or _in_caps_run(text, m))]
    if caps:  # read again with the capitals in title case: only when a word in capitals may be a name
        shadow = _ALL_CAPS.sub(lambda m: m.group().lower() if m.group().lower() in PARTICLE_WORDS
                               else "-".join(title_case(p) for p in m.group().split("-")), text)
        for start, end in _find_names(shadow):
            if any(start <= a and b <= end for a, b in caps) and all(end <= s or start >= e for s, e in spans):
                spans.append((start, end))
    spans += more_names(text, spans)  # round 4: particles, capitals, openers, greetings (name_forms.py)
    spans += line_names(text, spans)  # round 5: chats, name-and-number lines, initials, relatives (name_lines.py)
    return _joined(text, _coordinated(text, sorted(spans))) if spans else spans


_GAP = re.compile(r"[ \t]*")


def _joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans, and spans with only a space between, as one: "[Ağça] [Doğan]" is one name."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and (start <= out[-1][1] or _GAP.fullmatch(text, out[-1][1], start)):
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


_AND = r"\s*(?:,|\s(?:en|of|&|en/of))(?:\s+(?:aan|met|bij|door|voor|van))?\s+"  # "of aan abe"
_AND_AFTER = re.compile(rf"{_AND}(?P<first>[{UPPER}{LOWER}][{LOWER}]+(?:-[{UPPER}{LOWER}][{LOWER}]+)?)"
                        rf"(?:\s+(?P<particles>(?:{_PARTICLE}\s+)*)(?P<last>[{UPPER}{LOWER}][{LOWER}]+))?(?![\w])")
_AND_BEFORE = re.compile(rf"(?<![\w'-])(?P<first>[{UPPER}{LOWER}][{LOWER}]+){_AND}$")


def _coordinate_ok(word: str, joiner: str = ",") -> bool:
    """A listed first name next to a found name; a lower-case one no stop word ("en ik", "of ben")."""
    low = word.lower()
    if low in NOT_NAMES or low in PARTICLE_WORDS or low in stop_words():
        return False
    if title_case(word) not in first_names():  # "Davina, Dirk en Dua": a capitalised word no lexicon knows
        return "," not in joiner and word[0].isupper() and len(word) >= 3 and not is_dutch(word) \
            and not dutch_head(low) and low not in english_words() and low not in places()
    return word[0].isupper() or low not in english_words()


def _coordinated(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans = list(spans)
    changed = True
    while changed:
        changed = False
        for start, end in list(spans):
            m = _AND_AFTER.match(text, end)
            if m and _coordinate_ok(m["first"], text[end:m.start("first")]) and all(m.end("first") <= s or m.start("first") >= e for s, e in spans):
                stop = m.end("first")
                last = m["last"]
                if last and (m["particles"] or title_case(last) in surnames() or not is_dutch(last)) \
                        and last.lower() not in NOT_NAMES and title_case(last) not in first_names():
                    stop = m.end("last")  # "[NAAM] en amelie eikenboom"
                spans.append((m.start("first"), stop))
                changed = True
            b = _AND_BEFORE.search(text, max(0, start - 40), start)
            if b and _coordinate_ok(b["first"], text[b.end("first"):start]) and _mid_sentence(text, b.start()) | b["first"][0].islower() \
                    and not _THE_BEFORE.search(text, max(0, b.start() - 5), b.start()) \
                    and all(b.end("first") <= s or b.start("first") >= e for s, e in spans):
                spans.append((b.start("first"), b.end("first")))
                changed = True
    return sorted(spans)


_CAPS_NEIGHBOUR = re.compile(rf"[{UPPER}]{{2,}}")


def _in_caps_run(text: str, m: re.Match) -> bool:
    """A short word in capitals ("IZA", "NIC") is an abbreviation unless a word next to it is in
    capitals too ("JUR OBBING", "MEVROUW KOK")."""
    before = text[max(0, m.start() - 30):m.start()].split()
    after = text[m.end():m.end() + 30].split()
    return any(ws and _CAPS_NEIGHBOUR.fullmatch(ws[i].strip(".,:;!?()\"'")) for ws, i in ((before, -1), (after, 0)))


_THE_BEFORE = re.compile(r"(?<![\w'])(?i:de|het|'t|een)\s+$")


_COMPASS = {"noord", "oost", "zuid", "west", "midden", "noordoost", "noordwest", "zuidoost", "zuidwest", "centraal"}


def _place_word(word: str) -> bool:
    """A place, or a region named by a compass word and a place ("Midden-Brabant", "Zuid-Limburg")."""
    low = word.lower()
    return low in places() or "-" in low and all(p in places() or p in _COMPASS for p in low.split("-"))


def _find_names(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []

    def claim(start: int, end: int) -> None:
        if all(end <= s or start >= e for s, e in spans):
            spans.append((start, end))

    starts = _title_starts(text)
    for m in filter(None, (TITLED.match(text, i) for i in starts)):
        words = re.findall(_CAP, m["name"])
        title = m["title"].lower()
        has_initials = re.match(_INITIALS, m["name"]) is not None
        if title in WEAK_TITLES and not has_initials and not all(
                _is_name_word(w) and (all(p in first_names() or p in surnames() for p in w.split("-")) or not is_dutch(w))
                and not _place_word(w) for w in words):  # "regiomanager Drenthe", "team Midden-Brabant": a region
            continue  # "bestuurder van Thuiszorgorganisatie ...": a compound of Dutch words is no name
        if not has_initials and _last_word(m["name"]).lower() in NOT_NAMES:
            if len(words) > 1 and words[0].lower() not in NOT_NAMES and (title not in WEAK_TITLES or _is_name_word(words[0])):
                claim(m.start("name"), m.start("name") + len(words[0]))  # "meneer Versluis van het Zorgkantoor"
            continue
        claim(m.start("name"), m.end("name"))
    firsts, lasts = first_names(), surnames()
    lower_firsts = lower_first_names()
    has_lower_first = not lower_firsts.isdisjoint(_LOWER_WORD.findall(text))
    for start in (w.start() for w in _LOWER_START.finditer(text) if w.group() in lower_firsts) if has_lower_first else ():
        if not (m := LOWER_PAIR.match(text, start)):
            continue
        first, last, particles = m["first"], m["last"], m["particles"].strip()
        if not _listed(first, firsts) or last.lower() in NOT_NAMES:
            continue
        head = re.split(r"-", last)[0]  # "verbeek-de graaf": the first part decides
        if not _listed(first, firsts, alone=True) and not last.islower():
            continue  # "door Wilson": a Dutch word before a name, not "jan de vries"
        if _listed(head, lasts, alone=True) or (_listed(first, firsts, alone=True) and (
                _listed(head, lasts) or not is_dutch(head) or particles and head.lower() not in dutch_words())):
            # "anouk verbeek", "bettina van achthoven" (a compound after particles, no dictionary word)
            claim(m.start(), m.end())
    for m in filter(None, (LOWER_TITLED.match(text, i) for i in starts)):
        word, title = m["word"], m["title"].lower()
        if word in NOT_NAMES or word in PARTICLE_WORDS or word in _TITLE_FIRST:  # "mw. drs. A. de Boer"
            continue
        if title in WEAK_TITLES:
            ok = _listed(word, firsts, alone=True) or _listed(word, lasts, alone=True)
        else:
            ok = (_listed(word, lasts) or _listed(word, firsts, alone=True)
                  or (len(word) >= 3 and word not in dutch_words()) or bool(m["particles"]) and _listed(word, lasts))
        if ok or m["initials"] and word not in stop_words():  # "de heer p. de vries"
            claim(m.start("name"), m.end("name"))
    for m in PARTICLE_PAIR.finditer(text):
        first, last = m["first"], m["last"]
        if (first.lower() not in NOT_NAMES and last.lower() not in NOT_NAMES and first not in NOT_NAME_PREVIOUS
                and m["particles"].split()[0] in NAME_PARTICLES and not is_dutch(first) and not is_dutch(last)):
            claim(m.start(), m.end())  # "Wietske van Huizum": neither word is Dutch
    for start in (w.start() for w in _CAP_START.finditer(text)):
        m = CAP_PAIR.match(text, start)
        if not m or not _mid_sentence(text, m.start()):
            continue
        first, last = m["first"], m["last"]
        if (first.lower() not in NOT_NAMES and last.lower() not in NOT_NAMES and first not in NOT_NAME_PREVIOUS
                and not is_dutch(first) and not is_dutch(last)
                and (first in firsts or not {first.lower(), last.lower()} & english_words())):
            claim(m.start(), m.end())
    for m in MENTION.finditer(text):
        first = title_case(m["name"].split()[0].split("-")[0])
        if text[m.end():m.end() + 1] != "(" and (first in firsts or m["name"][0].isupper() and not is_dutch(first)
                                                 and first.lower() not in english_words()):
            claim(m.start("name"), m.end("name"))  # "@Petra", not "@SUM(A1)"
    low = text.lower()
    for m in AFTER_CONTACT.finditer(text) if _CONTACT_HINT.search(low) or _DAG.search(low) else ():
        first, last = m["first"], m["last"]
        if first in firsts or (first.lower() not in NOT_NAMES and not is_dutch(first) and first.lower() not in english_words()):
            if last and last.lower() not in NOT_NAMES and (m["formula"] or m["particles"] or last in lasts or not is_dutch(last)):
                claim(m.start("name"), m.end("name"))  # "met vriendelijke groet, Wietske Hovinga"
            else:
                claim(m.start("first"), m.end("first"))
    core = core_first_names()
    for m in LOWER_FIRST.finditer(text):
        word = title_case(m["word"])
        if core.get(word) and m["word"] not in english_words() and m["word"] not in NOT_NAMES \
                and not _THE_BEFORE.search(text, max(0, m.start() - 5), m.start()):  # "onder de maria"
            claim(m.start(), m.end())  # "ik sprak anouk": a listed first name that is no Dutch word
    for m in BEFORE_WHO.finditer(text):
        word = m["name"]
        if (title_case(word) in firsts and word.lower() not in NOT_NAMES and word.lower() not in stop_words()
                and word.lower() not in PARTICLE_WORDS):
            claim(m.start("name"), m.end("name"))  # "vraag het aan kick, die doet de declaraties"
    for m in INITIALLED.finditer(text):
        last = _last_word(m["name"])
        alone_on_line = _LINE_END.match(text, m.end()) is not None  # a signature: "B. Graven-Freuwink"
        alone_on_line |= last in surnames() and _NAME_END.match(text, m.end()) is not None  # "Voor vragen: T. Bakker, tel"
        if (m["name"].count(".") == 1 and not _mid_sentence(text, m.start()) and not surnames().get(last)
                and not alone_on_line):
            continue  # "G. Stelt het zorgkantoor ...": a list item, not an initial
        if _is_name_word(last):
            claim(m.start("name"), m.end("name"))
    for m in WORD.finditer(text):
        word, particles = m["word"], m["particles"].strip()
        if "-" in word and word not in firsts and _listed(word, lasts) and _mid_sentence(text, m.start()):
            claim(m.start("word"), m.end())  # "Jansen-de Vries"
        elif word in firsts:
            nxt = FOLLOW.match(text, m.end() + 1) if text[m.end():m.end() + 1] == " " else None
            if firsts[word]:  # "Petra van Dijk", "Petra Hovinga", "Yvonne Pinas"
                follows = nxt and (nxt["particles"] and (nxt["word"] in lasts or not ADJECTIVE_END.search(nxt["word"]))
                                   or nxt["word"] in lasts or nxt["word"] in firsts
                                   or _is_name_word(nxt["word"]) or not nxt["particles"] and _mid_sentence(text, nxt.start())
                                   and nxt["word"].lower() not in stop_words() and nxt["word"].lower() not in places()
                                   and not ADJECTIVE_END.search(nxt["word"]))
            else:  # a first name that is a Dutch word: "Roos de Vries", not "Kamer van Volksvertegenwoordigers"
                follows = nxt and (nxt["word"] in lasts or _is_name_word(nxt["word"]) and not is_dutch(nxt["word"]))
            if follows and nxt["word"].lower() not in NOT_NAMES:
                claim(m.start("word"), nxt.end())  # "Petra van Dijk", "Jan Jansen"
            elif firsts[word] and (not particles or particles == "van" and word not in lasts) \
                    and not _THE_BEFORE.search(text, max(0, m.start() - 5), m.start()):
                claim(m.start("word"), m.end())  # "Daan" on its own, "mail van Wannes"; not "De Linde", a place
        elif word in lasts and (prev := _PREVIOUS.search(text, max(0, m.start() - 80), m.start())) \
                and (_mid_sentence(text, prev.start()) or particles and prev["word"].lower() not in dutch_words()) \
                and prev["word"] not in NOT_NAME_PREVIOUS and _is_name_word(prev["word"]) \
                and (lasts[word] or _listed(prev["word"], firsts)):  # "Kaspische Zee": a Dutch word needs a listed first name
            claim(prev.start(), m.end())  # "Gert-Jan Visser", "Hennie van den Broek": first name not on the list
        elif word in lasts and particles and _mid_sentence(text, m.start()):
            if not lasts[word] and _NEXT_CAP.match(text, m.end()):
                continue  # "van de Green Deal": a word of a capitalised phrase
            if " " in particles or (not lasts[word] and particles not in {"de", "het", "op de"}):
                claim(m.start(), m.end())  # "van der Meer", "van Dijk" (not "op de Dam")
            elif lasts[word]:
                claim(m.start("word"), m.end())  # "de Vries" -> "de [NAAM]": "van" may be a preposition
        elif word in lasts and lasts[word] and not particles and _mid_sentence(text, m.start()):
            claim(m.start(), m.end())  # mid-sentence "Jansen"
        elif not particles and _unknown_word(text, m):
            claim(m.start("word"), m.end())  # "ik heb dit met Okkerse besproken": no word, so a name
    return sorted(spans + cue_names(text, spans, starts))  # may overlap: find_names joins them
