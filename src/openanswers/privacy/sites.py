"""Care homes and providers named with no head word: "vacatures bij Hazelhorst", "verhuizen naar
Beukenwiek", "- Bronzicht" in a list, "Contractmanager Wlz / Evea" in a signature, "Priya (Fenavia)",
"Dagbesteding Irova, Palea en …".

Dutch care homes are named in a few fixed shapes: a word from nature or the landscape and a word
for a dwelling or a view ("Kastanjehoeve", "Lijsterwiek", "Meanderzicht", "Tulpenborgh"). Such a
compound is no dictionary word, and in Dutch a capitalised word mid-sentence is a name, so a
capitalised compound of that shape is a site's name wherever it stands. Coined names with no such
shape ("Evea", "Galova") are found only where the text says they are an organisation: in a
signature under a name, in brackets after a name, or listed beside an organisation found already.
"""

from __future__ import annotations

import re

from .lexicon import dutch_words, english_words, is_dutch, places
from .patterns import LOWER, UPPER

# Last parts of care homes' and providers' names: dwelling, estate, landscape, view, bond.
SITE_ENDS = (
    "hoeve", "hove", "hoven", "horst", "borgh", "borg", "burcht", "burgh", "wiek", "kamp", "zicht", "stroom", "kring",
    "veld", "velden", "weide", "weiden", "hof", "hoek", "stede", "hage", "gaarde", "oord", "heem", "lanen", "dal",
    "waard", "kracht", "rijk", "hart", "huis", "huys", "duin", "duinen", "brink", "bosch", "beek", "lust",
    "rust", "erf", "hiem", "state", "stins", "wijk", "kamp", "ankers", "anker", "boog", "bron",
    "bronnen", "vliet", "heuvel", "lande", "landen", "linde", "linden", "weerd", "zoom", "schans", "akker", "akkers",
    "poort", "toren", "hout", "wold", "woude", "meent", "marke", "kerk", "molen",
    "haeghe", "staete", "borch", "huize", "werf", "tuin", "gaard", "hoogte", "slag",
    "koog", "heerd", "stein", "rode", "veste", "burght", "hoef",
)
_END_SET = frozenset(SITE_ENDS)
ORGANISATION_ENDS = ("kracht", "rijk", "hart", "kring", "stroom", "bron", "anker", "boog")
_LINKS = ("s", "en", "e", "n", "ne")  # "Tulpenborgh", "Wilgenhof", "Zonnehoek", "Kastanjehoeve"
# First parts common in such names that the dictionary lacks as words of their own.
_STEMS = {"hazel", "noorder", "zuider", "wester", "ooster", "zonne", "kempen", "vlinder", "meander"}
# A capitalised word on its own (no hyphen, no capital inside): the candidates for a site's name.
_WORD = re.compile(rf"(?<![\w'’@.-])[{UPPER}][{LOWER}]{{4,}}(?![\w'’-])")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;•*\n\r\"“(«‘„]|\s-|^\s*[-–•*])\s*$")
_HEAD_NEXT = re.compile(rf"[ \t]+(?!(?i:noord|oost|zuid|west|midden|centrum)\b)(?:[{UPPER}]|(?:De|Het|'t)\s)")
_LIST_LINE = re.compile(r"^[ \t]*(?:[-–•*]|\d+[.)])?[ \t]*$")
_LINE_END = re.compile(r"[ \t]*[,.;]?[ \t]*(?:\r?\n|$)")


def site_compound(word: str) -> bool:
    """A care home's coined name: no dictionary word, but a Dutch word and a dwelling or landscape
    word joined ("Hulsthof", "Kastanjehoeve", "Bongerdkamp", "Lijsterwiek")."""
    low = word.lower()
    if low in dutch_words() or low in english_words() or low in places():
        return False
    return site_shape(word)


def site_shape(word: str) -> bool:
    """A Dutch word and a dwelling or landscape word joined, in the dictionary or not ("Zonneweide")."""
    low = word.lower()
    words = dutch_words()
    for end in (low[-k:] for k in range(3, 8) if low[-k:] in _END_SET):
        rest = low[:-len(end)]
        if len(rest) >= 4 and (rest in words or rest in _STEMS or any(
                rest.endswith(link) and rest[:-len(link)] in words for link in _LINKS)):
            return True
    return False


def _kind(word: str) -> str:
    return "ORGANISATIE" if word.lower().endswith(ORGANISATION_ENDS) else "LOCATIE"


def find_sites(text: str, kept: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of care homes' coined names: mid-sentence, or alone on a list line.
    ``kept``: lower-cased words of public bodies and software, never taken."""
    spans = []
    for m in _WORD.finditer(text):
        word = m.group()
        if word.lower() in kept or not site_compound(word) or _HEAD_NEXT.match(text, m.end()):
            continue  # "Zorgkring Eikelrode", "Begeleidingshuis Rosavia": a head, the name follows
        line_start = text.rfind("\n", 0, m.start()) + 1
        at_start = _SENTENCE_START.search(text, max(0, m.start() - 4), m.start()) is not None
        alone = _LIST_LINE.match(text[line_start:m.start()]) and _LINE_END.match(text, m.end())
        if not at_start or alone:
            spans.append((m.start(), m.end(), _kind(word)))
    return spans


def _coined(word: str, kept: set[str]) -> bool:
    """A capitalised word that no lexicon, place list or kept list knows."""
    low = word.lower()
    return (len(word) >= 3 and low not in kept and low not in places() and low not in english_words()
            and not is_dutch(word))


# The lines that close a message: a formula, then name, function, organisation, phone.
_CLOSING = re.compile(r"(?im)^[ \t]*(?:met\s+)?(?:vriendelijke|hartelijke|kind|best)?\s*(?:groet(?:en|jes)?|regards|mvg|m\.v\.g\.)"
                      r"\b.*$")
_SIGNATURE_LINE = re.compile(rf"^[ \t]*(?P<name>[{UPPER}][{LOWER}{UPPER}]+(?:[ \t]+[{UPPER}][{LOWER}{UPPER}]+)?)[ \t]*$")


def signature_organisations(text: str, kept: set[str]) -> list[tuple[int, int, str]]:
    """A coined name on a line of its own in the five lines under a closing formula ("Met
    vriendelijke groet, / Bart Sadıklar / Contractmanager Wlz / Evea"): the sender's organisation."""
    spans = []
    low = text.lower()
    if not any(h in low for h in ("groet", "regards", "mvg", "m.v.g")):
        return spans
    for closing in _CLOSING.finditer(text):
        lines = text[closing.end():].split("\n")[1:6]
        offset = closing.end() + 1
        for line in lines:
            m = _SIGNATURE_LINE.match(line)
            if m and all(_coined(w, kept) for w in m["name"].split()):
                spans.append((offset + m.start("name"), offset + m.end("name"), "ORGANISATIE"))
            offset += len(line) + 1
    return spans


_BRACKETED = re.compile(rf"[ \t]*\((?P<name>[{UPPER}][{LOWER}]{{2,}}(?:[ -][{UPPER}][{LOWER}]+)?)\)")


def bracketed_organisations(text: str, names: list[tuple[int, int]], kept: set[str]) -> list[tuple[int, int, str]]:
    """A coined name in brackets right after a person's name: "Priya (Fenavia)"."""
    spans = []
    for _, end in names:
        m = _BRACKETED.match(text, end)
        if m and all(_coined(w, kept) for w in re.split(r"[ -]", m["name"])):
            spans.append((m.start("name"), m.end("name"), "ORGANISATIE"))
    return spans


_AND = re.compile(rf"\s*(?:,|\s(?:en|of|&|en/of))\s+(?P<name>(?P<article>(?:De|Het|'t)\s+)?[{UPPER}][{LOWER}]{{2,}})(?![\w'’-])")
_AND_BEFORE = re.compile(rf"(?<![\w'’-])(?P<name>[{UPPER}][{LOWER}]{{2,}})(?:,|\s(?:en|of|&))\s+$")


def coordinated_sites(text: str, found: list[tuple[int, int, str]], kept: set[str]) -> list[tuple[int, int, str]]:
    """A coined word listed beside an organisation or site found already: "Stichting Polderhart,
    Iepenstroom en …", "Dagbesteding Irova, Palea en …", "Korenborgh, Kastanjehoeve en Het Lijstererf"."""
    spans = list(found)
    todo = list(found)
    while todo:
        start, end, kind = todo.pop()
        candidates = [_AND.match(text, end), _AND_BEFORE.search(text, max(0, start - 40), start)]
        for m in filter(None, candidates):
            s, e = m.start("name"), m.end("name")
            word = m["name"].split()[-1]
            named = m.groupdict().get("article") and word.lower() not in kept and word.lower() not in places()  # "en De Ark"
            if all(e <= a or s >= b for a, b, _ in spans) and (named or site_compound(word) or _coined(word, kept)
                                                                and word.lower() not in dutch_words()):
                spans.append((s, e, kind))
                todo.append((s, e, kind))
    return spans[len(found):]


# Where someone works, or in whose name: "ik werk zelf bij Kernkracht", "in dienst bij Orvalia",
# "Facturen graag op naam van Ysea": the capitalised word after it is an employer.
EMPLOYER = re.compile(
    rf"(?<![\w-])(?:(?i:werk|werken|werkt|werkte|werkten|werkzaam|in\s+dienst|gedetacheerd|stage)"
    rf"(?:\s+(?i:zelf|nu|al|ook|sinds\s+kort|inmiddels|jaren|lang))*\s+(?i:bij|voor)"
    rf"|(?i:op\s+naam\s+van|ten\s+name\s+van|t\.n\.v\.)):?\s+(?P<name>[{UPPER}][{LOWER}]{{2,}}|[{UPPER}]{{3,5}})(?![\w'’-])")


_EMPLOYER_HINT = re.compile(r"werk|dienst|gedetacheerd|stage|naam van|t\.n\.v")


def employers(text: str, kept: set[str]) -> list[tuple[int, int, str]]:
    """A capitalised word where someone works or in whose name one pays (not a place, a public body,
    software, a month or a stop word)."""
    spans = []
    low = text.lower()
    if not _EMPLOYER_HINT.search(low):
        return spans
    from .context import LOCATION_HEADS, ORGANISATION_HEADS  # context imports this module
    from .lexicon import stop_words
    from .name_words import NOT_NAMES
    from .org_tails import _TERMS

    for m in EMPLOYER.finditer(text):
        low = m["name"].lower()
        if m["name"].isupper() and (low in _TERMS or len(low) < 3):
            continue  # "werk bij UWV", "in dienst bij de GGZ": a body or a care type, not an employer's own name
        if low not in kept and low not in places() and low not in NOT_NAMES and low not in stop_words() \
                and low not in ORGANISATION_HEADS and low not in LOCATION_HEADS:  # "bij Zorggroep X": the head rule
            spans.append((m.start("name"), m.end("name"), "ORGANISATIE"))
    return spans
