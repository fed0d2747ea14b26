"""Organisations and sites named by the word after them or by a site's own head (issue 15, round 4):
a coined name before a sector word or legal form ("Dalanis Zorg", "Peleria GGZ", "BHD Zorgdiensten",
"Quinadetro Flex", "Lisdoddewaard Zorg B.V.", "JORINOVEST ZORG"), a site named with its head
("Residentie Bosrand", "Villa Sterrenwacht", "Hof van Ommerveld", "Huis aan de Dijk"), a list of
sites after "locaties" ("Onze locaties Het Merelerf, Stille Wei en 't Beukenoord"), a coined name
with a compass part ("Korenbloemkring-Oost"), a coined name opening a sentence after "Bij" ("Bij
Moneralant staan …"), a coined lower-case name before an unambiguous tail ("dalanis zorg"), a word
after a capitalised article mid-sentence before a tail ("naar De Klaproos Zorg").

Dutch organisations put their sector after their own name as often as before it; the name then is a
word no lexicon knows (or a care home's compound), an acronym that is no public body or Wlz term.
"""

from __future__ import annotations

import re

from .context import LOCATION_HEADS, ORGANISATION_HEADS
from .lexicon import dutch_words, english_words, first_names, is_dutch, lower_words, places, stop_words, surnames, title_case
from .name_words import NOT_NAMES
from .patterns import LOWER, UPPER
from .sites import site_shape

# Words after an organisation's own name: its sector or legal form.
TAILS = (
    "zorg", "thuiszorg", "ggz", "groep", "zorggroep", "zorgdiensten", "zorgverlening", "zorgbemiddeling", "flex",
    "advocaten", "b.v.", "bv", "n.v.", "wonen", "welzijn", "jeugdzorg", "care", "uitzendbureau", "uitzendorganisatie",
    "personeel", "detachering", "diensten", "holding", "kinderopvang", "accountants", "consultancy", "advies",
    "interim", "services", "thuishulp", "wijkverpleging", "dagbesteding", "zorgpartners", "gezondheidszorg",
    "zorgbedrijf", "zorgcentrum", "ouderenzorg", "gehandicaptenzorg", "verpleging", "begeleiding",
)
# Tails strong enough for an acronym before them ("BHD Zorgdiensten"; not "ICT Diensten").
_ACRONYM_TAILS = {t for t in TAILS if "zorg" in t} | {"ggz", "groep", "b.v.", "bv", "n.v.", "welzijn", "wonen", "thuishulp"}
_TAIL_WORDS = {w for t in TAILS for w in re.findall(r"[^\W\d_]+", t)}
_TAIL = "|".join(re.escape(t) for t in sorted(TAILS, key=len, reverse=True))
TAILED = re.compile(
    rf"(?<![\w'’&-])(?P<name>[{UPPER}][{LOWER}]{{3,}}(?:-[{UPPER}][{LOWER}]+)?|[{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})?)"
    rf"[ \t]+(?P<tail>(?i:{_TAIL}))(?![\w-])")
# Acronyms that are a term, a care type or a body, never an organisation's own name.
_TERMS = {"wlz", "wmo", "zvw", "ggz", "vvt", "vg", "lg", "zg", "lvg", "ghz", "ict", "hr", "it", "pgb", "zzp", "vpt",
          "mpt", "elv", "gz", "nza", "ciz", "vws", "igj", "cak", "svb", "uwv", "ggd", "cao", "wzd", "avg", "eu", "nl",
          "mbo", "hbo", "wo", "bv", "nv", "zorg", "uwv", "ggd", "ggz", "ind", "rivm", "nhg", "knmg", "v&vn", "vng", "ggzn", "pg", "som", "psy", "ouderen", "de", "het", "een"}
# A site named with its head: "Residentie Bosrand", "Villa Sterrenwacht", "Hof van Ommerveld".
SITE_HEADED = re.compile(
    rf"(?<![\w'’-])(?P<name>(?:Residentie|Residence|Villa|Landgoed|Buitenplaats|Kasteel|(?:Hof|Huis)[ \t]+(?:van|ter|te|aan[ \t]+de|op[ \t]+de|in[ \t]+de))"
    rf"[ \t]+[{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}]+)?)(?![\w'’-])"
    rf"|(?:(?<=(?i:locatie) )|(?<=(?i:vestiging) ))(?P<lower>(?:villa|residentie|residence|huize|landgoed)[ \t]+[{LOWER}]{{4,}})(?![\w-])")
# "Onze locaties Het Merelerf, Stille Wei en 't Beukenoord": every item of the list is a site.
_ITEM = rf"(?:(?:De|Het|'t)[ \t]+)?[{UPPER}][{LOWER}]+(?:[ \t]+(?:van|aan[ \t]+de|op[ \t]+de)?[ \t]*[{UPPER}][{LOWER}]+)?"
SITE_LIST = re.compile(
    rf"(?<![\w-])(?i:locaties|vestigingen|woonlocaties|woonvormen|huizen)[ \t]*:?[ \t]+"
    rf"(?P<items>{_ITEM}(?:[ \t]*,[ \t]*{_ITEM})*[ \t]+(?:en|&)[ \t]+{_ITEM})(?![\w'’-])")
_ITEM_RE = re.compile(_ITEM)
# "Korenbloemkring-Oost": a coined name and a compass part.
COMPASS = re.compile(rf"(?<![\w'’-])(?P<name>[{UPPER}][{LOWER}]{{4,}})-(?:Oost|West|Noord|Zuid|Midden|Centrum)(?![\w-])")
_COMPASS_HINT = re.compile(r"-(?:Oost|West|Noord|Zuid|Midden|Centrum)\b")
# "Bij Moneralant staan momenteel …": a coined name after "Bij" opening a sentence, a verb after it.
OPENING_BIJ = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:Bij|Binnen|Vanuit)[ \t]+(?P<name>[{UPPER}][{LOWER}]{{3,}})(?=[ \t]+[{LOWER}])")
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:De|Het|'t|DE|HET|'T)[ \t]+$")


# In lower case: "iban … tnv dalanis zorg", "we werken met verolanta thuiszorg" (a word no lexicon or
# name list knows before an unambiguous tail).
LOWER_TAILED = re.compile(rf"(?<![\w'’&-])(?P<name>[{LOWER}]{{5,}})[ \t]+(?:zorg|thuiszorg|ggz|groep|zorggroep|b\.v\.|bv|wonen|welzijn)(?![\w-])")


# Where a tail stands, and the word right before it ("Dalanis| Zorg", "dalanis| zorg").
_TAIL_AT = re.compile(rf"(?<=[ \t])(?i:{_TAIL})(?![\w-])")
_NAME_BEFORE = re.compile(rf"(?<![\w'’&-])(?P<article>(?:De|Het|'t)[ \t]+)?(?P<word>[{UPPER}][{LOWER}]{{3,}}(?:-[{UPPER}][{LOWER}]+)?|[{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})?)[ \t]+$")
_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")
_HEAD_WORDS = {h for h in ORGANISATION_HEADS + LOCATION_HEADS if " " not in h}
_MID = re.compile(rf"[{LOWER},(][ \t]*$")  # mid-sentence: a capitalised article there is part of a name
_LOWER_BEFORE = re.compile(rf"(?<![\w'’&-])[{LOWER}]{{5,}}[ \t]+$")


def _coined(word: str, kept: set[str]) -> bool:
    """No Dutch or English word, place, name-list stop word or kept (public, software) word; a care
    home's compound counts ("Sparrenhorst", "Lisdoddewaard")."""
    low = word.lower()
    if low in kept or low in places() or low in NOT_NAMES or low in english_words():
        return False
    return not is_dutch(word) or low not in dutch_words() and site_shape(word)


def _acronym(word: str, kept: set[str], tail: str) -> bool:
    low = word.lower()
    return tail.lower() in _ACRONYM_TAILS and 2 < len(word) <= 5 and low not in kept and low not in _TERMS


def tailed_organisations(text: str, kept: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, "ORGANISATIE") of the names before a sector word or legal form."""
    spans = []
    if _TAIL_WORDS.isdisjoint(lower_words(text)):
        return spans
    tails = list(_TAIL_AT.finditer(text))  # the few tails first, then the word before each
    for b, m in ((b, TAILED.match(text, b.start("word"))) for t in tails
                 if (b := _NAME_BEFORE.search(text, max(0, t.start() - 40), t.start()))):
        if m is None:
            continue
        name, tail = m["name"], m["tail"]
        if b["article"] and not name.isupper() and _MID.search(text, max(0, b.start() - 3), b.start()):
            head = _WORD_BEFORE.search(text, max(0, b.start() - 40), b.start())
            if head and head.group(1).lower() in _HEAD_WORDS:
                continue  # "Zorggroep De Wadden Zorg Thuis": the head rule takes the whole name
            low = name.lower()  # "De Zonnebloem Zorg", "Het Anker Wonen": an article makes it a name
            if low not in kept and low not in places() and low not in NOT_NAMES and not name.endswith("e"):
                spans.append((b.start(), m.end("name"), "ORGANISATIE"))
            continue
        if name.isupper() and len(name) <= 5:
            ok = _acronym(name, kept, tail) and not (tail.isupper() and len(tail) > 3)  # "VRAAG HET ZORG": a caps run
        else:
            parts = [title_case(p) if name.isupper() else p for p in name.split("-")]
            ok = all(_coined(p, kept) for p in parts)
        if ok:
            spans.append((m.start("name"), m.end("name"), "ORGANISATIE"))
    for m in filter(None, (LOWER_TAILED.match(text, b.start()) for t in tails if text[t.start()].islower()
                           and (b := _LOWER_BEFORE.search(text, max(0, t.start() - 40), t.start())))):
        word = m["name"]
        if _coined(word, kept) and not is_dutch(word) and title_case(word) not in first_names() \
                and title_case(word) not in surnames() and word not in stop_words() and not word.endswith("e"):
            # "pallatieve zorg": an adjective before "zorg" (mistyped or not) ends in -e
            spans.append((m.start("name"), m.end("name"), "ORGANISATIE"))
    return spans


_HEADS = re.compile(r"Residentie|Residence|Villa|Landgoed|Buitenplaats|Kasteel|Hof |Huis ")
_LIST_HINTS = {"locaties", "vestigingen", "woonlocaties", "woonvormen", "huizen"}


def headed_sites(text: str, kept: set[str]) -> list[tuple[int, int, str]]:
    """Sites named with their own head, in a list after "locaties", with a compass part, or opening a
    sentence after "Bij"."""
    spans = []
    words = lower_words(text)
    headed = _HEADS.search(text) is not None or "locatie" in words or "vestiging" in words
    for m in SITE_HEADED.finditer(text) if headed else ():
        name = m["name"] or m["lower"]
        last = name.split()[-1]
        dutch = last.lower() in dutch_words() and not site_shape(last)
        if re.match(r"(?:Hof|Huis)\s+van", name) and dutch:
            continue  # "Hof van Justitie", "Huis van Afgevaardigden": a body, not a care home
        if last.lower() not in kept and last.lower() not in NOT_NAMES and last.lower() not in stop_words():
            spans.append((m.start(), m.end(), "LOCATIE"))
    for m in SITE_LIST.finditer(text) if not _LIST_HINTS.isdisjoint(words) else ():
        for item in _ITEM_RE.finditer(text, m.start("items"), m.end("items")):
            parts = [w for w in re.findall(rf"[{UPPER}][{LOWER}]+", item.group()) if w not in ("De", "Het")]
            if parts and not all(w.lower() in places() or w.lower() in kept or w.lower() in NOT_NAMES for w in parts):
                spans.append((item.start(), item.end(), "LOCATIE"))
    for m in COMPASS.finditer(text) if _COMPASS_HINT.search(text) else ():
        if _coined(m["name"], kept) or m["name"].lower() not in dutch_words() and site_shape(m["name"]):
            spans.append((m.start(), m.end(), "ORGANISATIE"))
    for m in OPENING_BIJ.finditer(text) if "Bij " in text or "Binnen " in text or "Vanuit " in text else ():
        if _coined(m["name"], kept) and not is_dutch(m["name"]):
            spans.append((m.start("name"), m.end("name"), "ORGANISATIE"))
    return spans


_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:[-–•*|][ \t]*)?$")
_ITEM_END = re.compile(r"[ \t]*(?:[|\t,;]|\r?\n|$)")


def with_article(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A site's capitalised article is part of its name on a list or table line: "Het [LOCATIE] | 24"
    -> one span (in a sentence, "Het Arbitragehof kan …", the article stays)."""
    out = []
    for start, end, kind in spans:
        if kind == "LOCATIE" and (m := _ARTICLE_BEFORE.search(text, max(0, start - 5), start)) \
                and _LINE_START.search(text, max(0, m.start() - 6), m.start()) and _ITEM_END.match(text, end):
            start = m.start()
        out.append((start, end, kind))
    return out


# "wij merken bij ZGT dat …", "namens HVZ": an acronym after "bij", "vanuit", "namens", "binnen"
# that is no public body, care type, law or term.
ACRONYM_CONTEXT = re.compile(rf"(?<![\w-])(?i:bij|vanuit|namens|binnen)[ \t]+(?P<name>[{UPPER}]{{3,5}})(?![\w'’&-])")


def acronym_organisations(text: str, kept: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, "ORGANISATIE") of acronyms where an organisation's name stands."""
    return [(m.start("name"), m.end("name"), "ORGANISATIE") for m in ACRONYM_CONTEXT.finditer(text)
            if not m.group().split()[0].isupper()  # "ZIE MIJN ANTWOORD BIJ VRAAG 3": a text in capitals
            and m["name"].lower() not in kept and m["name"].lower() not in _TERMS and m["name"].lower() not in NOT_NAMES
            and m["name"].lower() not in places()]

