"""Identifiers found by the word in front of them: an organisation after its head word ("Stichting
De Linde", "Zorggroep Noorderbreedte"), a site after "locatie", "Postbus 123", a number after its
keyword ("KvK-nummer 12345678", "cliëntnummer 4711", "AGB-code 12345678", "BSN: 123456789").

The head word says what follows, so the name itself need be on no list: an invented name is found
as well as a known one. Ordinary words after a head ("de stichting heeft", "locatie is") are no
name: the word after the head must be capitalised, or, written in lower case, no Dutch word.
"""

from __future__ import annotations

import re

from .patterns import LOWER, UPPER

# Care-sector organisation heads: "<head> <Name>" names one organisation.
ORGANISATION_HEADS = (
    "stichting", "zorggroep", "thuiszorg", "woonzorg", "zorgcentrum", "zorgcentra", "zorgkring",
    "woonzorgcentrum", "verpleeghuis", "verzorgingshuis", "zorgboerderij", "huize", "zorginstelling",
    "zorgorganisatie", "thuiszorgorganisatie", "woongroep", "wooncentrum", "woonzorggroep", "zorgvilla",
    "hospice", "zorghotel", "kliniek", "revalidatiecentrum", "gezondheidscentrum", "huisartsenpraktijk",
    "dagbesteding", "kinderdagverblijf", "zorgcoöperatie", "woonvorm", "zorgpension", "wooncentra",
    "zorgonderneming", "thuishulp", "ggz-instelling", "zorgbureau", "woonzorglocatie",
)
LOCATION_HEADS = ("locatie", "vestiging", "woonlocatie", "zorglocatie", "dependance", "afdeling", "paviljoen",
                  "woonunit", "bewoners van", "cliënten van", "medewerkers van")
# Words after a head that are never (the start of) a name.
NOT_AFTER_HEAD = {
    "wlz", "zvw", "wmo", "nza", "ciz", "vws", "zorgkantoor", "zorgkantoren", "zorginstituut", "nederland",
    "de", "het", "een", "en", "of", "is", "zijn", "wordt", "worden", "heeft", "hebben", "kan", "kunnen",
    "moet", "moeten", "die", "dat", "wel", "niet", "ook", "nog", "als", "voor", "van", "met", "in", "op",
    "aan", "bij", "zelf", "zo", "te", "om", "dan", "maar", "wil", "zal", "gaat", "mag", "via", "zoals",
    "vpt", "mpt", "pgb", "zzp", "ggz", "vg", "lg", "zg", "ghz", "vvt", "wzd", "wvggz", "ik", "wij", "we", "u",
}
_ARTICLE = r"(?:(?:[Dd]e|[Hh]et|'[Tt]|[Tt]')\s+)?"
_NAME_WORD = rf"[{UPPER}][{LOWER}{UPPER}'’-]*[{LOWER}{UPPER}]|[{UPPER}]{{2,}}"
_LOWER_WORD = rf"[{LOWER}][{LOWER}'-]{{2,}}"
_JOIN = r"(?:\s+(?:(?:van|de|der|den|het|'t)\s+)?)"


def _head_regex(heads) -> re.Pattern:
    words = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?P<head>(?i:{words}))[:]?\s+(?P<name>{_ARTICLE}(?:(?P<first>{_NAME_WORD})(?:{_JOIN}(?:{_NAME_WORD}))*"
        rf"|(?P<lower>{_LOWER_WORD})))(?![\w])"
    )


ORGANISATION = _head_regex(ORGANISATION_HEADS)
LOCATION = _head_regex(LOCATION_HEADS)
# A place's own name mid-sentence: "in De Hofstee", "bewoners van Het Zonnehuis" (an article, then
# a capitalised word that is no Dutch word; "De Zorg" and "De Linde" are).
OWN_NAME = re.compile(rf"(?<=[{LOWER},] )(?P<name>(?:De|Het|'t)\s+(?P<first>{_NAME_WORD}))(?![\w])")
POSTBUS = re.compile(r"(?<![\w-])(?i:postbus)\s+\d{1,6}(?![\w])")
# "<keyword> [nummer|nr.|code] [:|is] <number>": the number is an identifier whatever its shape.
_NUMBERED = (r"cli[eë]nt|klant|dossier|relatie|pati[eë]nt|registratie|polis|lid|personeels|debiteur(?:en)?|factuur|"
             r"contract|zaak|aanvraag|indicatie|referentie|vestigings|zorgverleners|bewoners|uzi|big")
_ID_KEYWORDS = {
    "BSN": r"bsn|burgerservicenummer|sofinummer|sofi-nummer",
    "KENMERK": rf"(?:{_NUMBERED})[\s-]?(?:nummer|nr\.?|id|code)|(?:uw|ons|het)\s+kenmerk|kenmerk|referentie|dossier",
    "NUMMER": r"kvk|kvk-nummer|kvk-nr\.?|kvk\s+nummer|kamer\s+van\s+koophandel|agb|agb-code|agb\s+code|"
              r"cli[eë]ntnummer|cli[eë]nt-nummer|cli[eë]ntnr\.?|dossiernummer|dossiernr\.?|klantnummer|"
              r"klantnr\.?|relatienummer|pati[eë]ntnummer|registratienummer|polisnummer|lidnummer|"
              r"personeelsnummer|zorgverlenersnummer|uzi-nummer|big-nummer|big-registratie|"
              r"vestigingsnummer|debiteurnummer|debiteurennummer|factuurnummer|contractnummer|"
              r"cli[eë]nt\s+nummer|dossier\s+nummer|klant\s+nummer",
}
# Up to four words may stand between the keyword and its number ("KvK-nummer van de stichting is …").
_GAP = r"(?:\s+(?!\d)[\w()'’-]+){0,4}?"
_NUMBER = r"(?:[A-Za-z]{1,3}[-\s]?)?\d[\d\s./-]{2,}\d|\d{3,}|[A-Za-z]{1,3}-?\d{3,}"
IDENTIFIERS = [
    (kind if kind != "KENMERK" else "NUMMER", re.compile(
        rf"(?<![\w-])(?i:{words})(?:\s*(?i:nummer|nr\.?|code))?{_GAP}\s*(?::|\bis\b|=|-|\bonder\s+nummer\b)?\s*"
        rf"(?P<number>{_NUMBER})(?![\w])"))
    for kind, words in _ID_KEYWORDS.items()
]


_LETTERS = re.compile(r"[^\W\d_]+")
_THREE_DIGITS = re.compile(r"\d[\s./-]?\d[\s./-]?\d")
_ORG_WORDS = {w for h in ORGANISATION_HEADS for w in _LETTERS.findall(h)}
_LOCATION_WORDS = {h.split()[0] for h in LOCATION_HEADS}


def _is_name(m: re.Match, dutch_words) -> bool:
    if m["lower"] is not None:  # "zorgboerderij zonnedauw": a lower-case word only when no Dutch word
        low = m["lower"].lower()
        return low not in NOT_AFTER_HEAD and low not in dutch_words
    first = m["first"]
    return first.lower() not in NOT_AFTER_HEAD


def find_context(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of identifiers found from the word before them; may overlap."""
    from .names import dutch_words

    words = dutch_words()
    spans = []
    present = set(_LETTERS.findall(text.lower()))  # cheap filters: most texts need few of the regexes
    if _THREE_DIGITS.search(text):
        for kind, regex in IDENTIFIERS:
            spans += [(m.start("number"), m.end("number"), kind) for m in regex.finditer(text)]
        spans += [(m.start(), m.end(), "ADRES") for m in POSTBUS.finditer(text)]
    from .names import NOT_NAMES, dutch_words

    for m in OWN_NAME.finditer(text):
        word = m["first"]
        low = word.lower()
        if low not in NOT_AFTER_HEAD and low not in NOT_NAMES and not word.isupper() and low not in dutch_words():
            spans.append((m.start("name"), m.end("name"), "LOCATIE"))
    for kind, regex, heads in (("ORGANISATIE", ORGANISATION, _ORG_WORDS), ("LOCATIE", LOCATION, _LOCATION_WORDS)):
        if not present & heads:
            continue
        for m in regex.finditer(text):
            if _is_name(m, words):
                spans.append((m.start("name"), m.end("name"), kind))
    return spans
