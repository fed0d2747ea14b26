"""Identifiers found by the word in front of them: an organisation after its head word ("Stichting
De Linde", "Zorggroep Noorderbreedte"), a site after "locatie", "Postbus 123", a number after its
keyword ("KvK-nummer 12345678", "cliëntnummer 4711", "AGB-code 12345678", "BSN: 123456789").

The head word says what follows, so the name itself need be on no list: an invented name is found
as well as a known one. Ordinary words after a head ("de stichting heeft", "locatie is") are no
name: the word after the head must be capitalised, or, written in lower case, no Dutch word.
"""

from __future__ import annotations

import re

from .lexicon import dutch_words, english_words, first_names, is_dutch, lower_words, places, surnames
from .name_words import NOT_NAMES
from .patterns import LOWER, NOT_LOWER_LETTERS, UPPER
from .sites import site_shape

# Care-sector organisation heads: "<head> <Name>" names one organisation.
ORGANISATION_HEADS = (
    "stichting", "zorggroep", "thuiszorg", "woonzorg", "zorgcentrum", "zorgcentra", "zorgkring",
    "woonzorgcentrum", "verpleeghuis", "verzorgingshuis", "zorgboerderij", "huize", "huyze", "zorginstelling",
    "zorgorganisatie", "thuiszorgorganisatie", "woongroep", "wooncentrum", "woonzorggroep", "zorgvilla",
    "hospice", "zorghotel", "kliniek", "revalidatiecentrum", "gezondheidscentrum", "huisartsenpraktijk",
    "dagbesteding", "kinderdagverblijf", "zorgcoöperatie", "woonvorm", "zorgpension", "wooncentra",
    "zorgonderneming", "thuishulp", "ggz-instelling", "zorgbureau", "woonzorglocatie", "wooninitiatief",
    "zorgnetwerk", "zorgcombinatie", "zorgaanbieder", "woonvoorziening", "zorgvoorziening", "woonzorgvoorziening",
    "dagbestedingscentrum", "logeerhuis", "ouderinitiatief", "zorgcollectief", "zorgpartners", "gezinshuis",
    "hofje", "kleinschalig wonen", "woongemeenschap", "wooncomplex", "zorgwoning", "zorghuis", "zorgappartementen",
    "kleinschalige woonvorm", "behandelcentrum", "dagcentrum", "activiteitencentrum", "gezondheidscentra",
    "ouderenzorg", "gehandicaptenzorg", "jeugdzorg", "wijkverpleging", "woonzorgpark", "zorgpark", "woonpark",
    "begeleidingsdienst", "zorgdienst", "thuiszorgdienst", "woonzorgdienst", "zorg aan huis", "hulp aan huis",
)
# Regional spellings of the "zorg" heads (Low Saxon, Limburgish "zörg", Frisian "soarch"): the same heads.
ORGANISATION_HEADS += tuple(sorted({v + h[4:] for h in ORGANISATION_HEADS if h.startswith("zorg") for v in ("zörg", "soarch")}))
# Heads that are common nouns too ("Bureau Jeugdzorg enzovoort"): only a capitalised name after them.
_NOUN_HEADS = {"ouderenzorg", "gehandicaptenzorg", "jeugdzorg", "wijkverpleging"}
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
_ARTICLE = r"(?:(?:[Dd]e|[Hh]et|DE|HET|'[Tt]|[Tt]')\s+)?"
# A compass word or "thuis" after a name is part of it: "stichting dijkzicht oost", "De Mispelhorst Thuis".
_SUFFIX = r"(?:\s+(?i:noord|oost|zuid|west|centrum|thuis|midden))?"
_NAME_WORD = rf"[{UPPER}][{LOWER}{UPPER}'’-]*[{LOWER}{UPPER}]|[{UPPER}]{{2,}}"
_LOWER_WORD = rf"[{LOWER}][{LOWER}'-]{{2,}}"
_JOIN = r"(?:[ \t]+(?:(?:van|de|der|den|het|'t)[ \t]+)?)"  # a name ends at the line's end


def _head_regex(heads) -> re.Pattern:
    words = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?P<head>(?i:{words}))[:]?\s+(?P<name>{_ARTICLE}(?:(?P<first>{_NAME_WORD})(?:{_JOIN}(?:{_NAME_WORD}))*"
        rf"|(?P<lower>{_LOWER_WORD})){_SUFFIX})(?![\w])"
    )


ORGANISATION = _head_regex(ORGANISATION_HEADS)
LOCATION = _head_regex(LOCATION_HEADS)
# A place's own name mid-sentence: "in De Hofstee", "bewoners van Het Zonnehuis" (an article, then
# a capitalised word that is no Dutch word; "De Zorg" and "De Linde" are).
_CAPITALISED_BEFORE = re.compile(rf"(?<![\w'-])(?!(?:In|Op|Bij|Naar|Uit|Van|Voor|Met|Aan|Over|Vanuit|Binnen|Sinds)\s)[{UPPER}][{LOWER}]+ $")
OWN_NAME = re.compile(rf"(?<=[{LOWER},] )(?P<name>(?:De|Het|'t)\s+(?P<first>{_NAME_WORD}))(?![\w])")
# A coined organisation name with no head word, in an organisation's context: "Bij Solvenda merken
# we", "vanuit Levantis, afdeling Oost", "Binnen Meandria werken wij": a capitalised word after
# bij/vanuit/namens/binnen, followed by "<verb> we/wij/er" or a site word; the name must be no Dutch
# or English word and on no name list (a person there is left to the name rules).
_ORG_VERBS = ("hebben|hadden|werken|werkten|zijn|waren|merken|merkten|zien|zagen|doen|gaan|willen|kunnen|moeten|"
              "lopen|krijgen|kregen|draaien|hanteren|gebruiken|leveren|bieden|is|was|wordt|werd|staat|staan|ligt|loopt")
ORG_CONTEXT = re.compile(
    rf"(?<![\w-])(?i:bij|vanuit|namens|binnen)\s+(?P<name>[{UPPER}][{LOWER}]+(?:[ -][{UPPER}][{LOWER}]+)?)"
    rf"(?=\s*,?\s+(?:(?i:{_ORG_VERBS})\s+(?:we|wij|ze|zij|er|het|de|ook|al|nog)\b|(?i:afdeling|locatie|vestiging)\b))")
# "Postbus 12", and its abbreviations "pb 12", "P.B. 12".
POSTBUS = re.compile(r"(?<![\w-])(?i:postbus|pb\.?|p\.b\.|antwoordnummer|p\.\s?o\.\s?box|po\s+box)\s+\d{1,6}(?![\w])")
# "<keyword> [nummer|nr.|code] [:|is] <number>": the number is an identifier whatever its shape.
_NUMBERED = (r"cli[eë]nt|klant|dossier|relatie|pati[eë]nt|registratie|polis|lid|personeels|debiteur(?:en)?|factuur|"
             r"contract|zaak|aanvraag|indicatie|referentie|vestigings|zorgverleners|bewoners|uzi|big|budget|pgb|beschikkings")
_ID_KEYWORDS = {
    "BSN": r"bsn|burgerservicenummer|burgerservicenr\.?|sofinummer|sofi-nummer",
    "KENMERK": rf"(?:{_NUMBERED})[\s-]?(?:nummer|nr\.?|id|code)|(?:cli[eë]nt|pati[eë]nt|zorg|bewoners)dossier|(?:uw|ons|het)\s+kenmerk|kenmerk|referentie|dossier|ref\.?|(?:uw|ons)\s+ref\.?",
    "NUMMER": r"kvk|kvk-nummer|kvk-nr\.?|kvk\s+nummer|kamer\s+van\s+koophandel|agb|agb-code|agb\s+code|"
              r"cli[eë]ntnummer|cli[eë]nt-nummer|cli[eë]ntnr\.?|dossiernummer|dossiernr\.?|klantnummer|"
              r"klantnr\.?|relatienummer|pati[eë]ntnummer|registratienummer|polisnummer|lidnummer|"
              r"personeelsnummer|zorgverlenersnummer|uzi-nummer|big-nummer|big-registratie|"
              r"vestigingsnummer|debiteurnummer|debiteurennummer|factuurnummer|contractnummer|"
              r"cli[eë]nt\s+nummer|dossier\s+nummer|klant\s+nummer|handelsregister",
}
# Up to four words may stand between the keyword and its number ("KvK-nummer van de stichting is …").
_GAP = r"(?:\s+(?!\(?\d)[\w()'’-]+){0,4}?"
_NUMBER = r"(?:[A-Za-z]{1,3}[-\s/]?)?\d[\d\s./-]{2,}\d|\d{3,}|[A-Za-z]{1,3}-?\d{3,}"
# A bare number or code after a person word: "cliënt 8515447", "bewoner C-99942" (not "cliënt 3").
CLIENT_NUMBER = re.compile(
    r"(?<![\w-])(?i:cli[eë]nt|client|bewoner|bewoonster|pati[eë]nt|patient|deelnemer)\s+(?P<number>\d{4,}|[A-Za-z]{1,3}-?\d{3,})(?![\w-])")
IDENTIFIERS = [
    (kind if kind != "KENMERK" else "NUMMER", re.compile(
        rf"(?<![\w-])(?i:{words})(?i:s|'s)?(?:[\s-]*(?i:nummer|nr\.?|code|register)(?i:s|'s)?)?{_GAP}\s*(?::|\bis\b|=|-|\bonder\s+nummer\b)?\s*\(?"
        rf"(?P<number>{_NUMBER})(?![\w])"))
    for kind, words in _ID_KEYWORDS.items()
]


# The number before its keyword: "12345678 is ons KvK-nummer", "1234 5678 is het AGB-nummer van …".
NUMBER_FIRST = re.compile(rf"(?<![\w.-])(?P<number>{_NUMBER})[ \t]+(?:is|was|=)[ \t]+(?:ons|onze|mijn|het|de|uw|hun|zijn|haar)[ \t]+"
                          rf"(?i:kvk|agb|bsn|cli[eë]nt|klant|dossier|relatie|budget|pgb|polis|zaak|burgerservice)")
# The same kind's number of someone or something else, later in the sentence: "… is 12345678, die van
# de locatie De Linde is 87654321", "… en dat van mijn man WLZ1234567".
_SAME_OF = re.compile(rf"[ \t]*(?:,|\s+en)?\s+(?:die|dat)\s+van\s+(?:[\w'’-]+\s+){{1,4}}?(?:is\s+)?(?P<number>{_NUMBER})(?![\w])")
# More numbers of the same kind after the first: "AGB-codes: 22290344 en 75-411918".
_MORE = re.compile(rf"\s*(?:[,;/&]|\s(?:en|of|en/of)\s)\s*(?P<number>{_NUMBER})(?![\w])")


def _digits(number: str) -> int:
    return sum(c.isdigit() for c in number)


def _listed_numbers(text: str, m: re.Match) -> list[tuple[int, int]]:
    """The number after its keyword, and each one listed after it with as many digits (5 or more),
    so "KvK 12345678 en 2024" keeps its year."""
    found = [(m.start("number"), m.end("number"))]
    n = _digits(m["number"])
    while n >= 5 and (more := _MORE.match(text, found[-1][1])) and _digits(more["number"]) == n:
        found.append((more.start("number"), more.end("number")))
    return found


# A postcode in any case after a word that announces one, in the same sentence: "Onze postcode is
# veranderd: het is nu 6076 ng", "postbus 11821, 2130 tg jonen".
_POSTCODE_CUES = {"postcode", "postcodegebied", "postbus", "adres", "postadres", "bezoekadres", "retouradres", "correspondentieadres",
                  "factuuradres", "afleveradres"}
_POSTCODE_CUE = re.compile(rf"(?<![\w-])(?i:{'|'.join(sorted(_POSTCODE_CUES))})(?![\w-])")
_ANY_CASE_POSTCODE = re.compile(rf"(?<![\w-])[1-9]\d{{3}}(?:[ \t]{{0,2}}|-)(?!(?i:{NOT_LOWER_LETTERS})\b)[A-Za-z]{{2}}(?![\w-])")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


# In lower case before a place: "in 1234 ab utrecht".
_BEFORE_PLACE = re.compile(rf"(?<![\w-])[1-9]\d{{3}}\s?(?!(?i:{NOT_LOWER_LETTERS})\b)[a-z]{{2}}(?=,?\s+(?P<place>[{LOWER}]+))")


def _postcodes_after_cue(text: str) -> list[tuple[int, int, str]]:
    spans = [(m.start(), m.end(), "ADRES") for m in _BEFORE_PLACE.finditer(text) if m["place"] in places()]
    for cue in _POSTCODE_CUE.finditer(text):
        stop = _SENTENCE_END.search(text, cue.end())
        window_end = min(cue.end() + 80, stop.start() if stop else len(text))
        spans += [(m.start(), m.end(), "ADRES") for m in _ANY_CASE_POSTCODE.finditer(text, cue.end(), window_end)]
    return spans


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


_ORG_CONTEXT_WORDS = {"bij", "vanuit", "namens", "binnen"}
_COMPASS = {"noord", "oost", "zuid", "west", "centrum", "midden"}


def _caps_name_end(m: re.Match) -> int:
    """In capitals the name's end can't be seen ("STICHTING DE VOSSENGAARDE OOST ZIT AL ..."): two
    words after the article, or up to a compass word among the first three."""
    found = list(re.finditer(r"\S+", m.string[m.start("first"):m.end("name")]))
    words = [w.group().lower() for w in found]
    keep = next((i + 1 for i, w in enumerate(words[:3]) if w in _COMPASS), min(2, len(words)))
    keep = next((i for i, w in enumerate(words[:keep]) if i and w in NOT_AFTER_HEAD), keep)  # "DE HORST IN ZWOLLE"
    return m.start("first") + found[keep - 1].end()


def _singular_compound(word: str) -> bool:
    """A compound that is no dictionary word and no plural: a care home's name ("Kastanjekamp",
    "Dijkzicht"), not "Wijkteams" or "Zorgaanbieders"."""
    low = word.lower()
    return low not in dutch_words() and not low.endswith(("en", "s", "ers", "tie", "heid", "ing"))


def _coined(name: str) -> bool:
    return all(w.lower() not in places() and w.lower() not in NOT_AFTER_HEAD and w.lower() not in NOT_NAMES
               and (not is_dutch(w) or _singular_compound(w))
               and w.lower() not in english_words() and w not in first_names() and w not in surnames()
               for w in re.split(r"[ -]", name))


def find_context(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of identifiers found from the word before them; may overlap."""
    words = dutch_words()
    spans = []
    present = lower_words(text)  # cheap filters: most texts need few of the regexes
    if _THREE_DIGITS.search(text):
        for kind, regex in IDENTIFIERS:
            for m in regex.finditer(text):
                spans += [(start, end, kind) for start, end in _listed_numbers(text, m)]
                if (same := _SAME_OF.match(text, m.end())) and not re.fullmatch(r"(?:19|20)\d\d", same["number"]):
                    spans.append((same.start("number"), same.end("number"), kind))
        spans += [(m.start("number"), m.end("number"), "NUMMER") for m in CLIENT_NUMBER.finditer(text)]
        spans += [(m.start("number"), m.end("number"), "BSN" if "bsn" in m.group().lower() or "burgerservice" in m.group().lower()
                   else "NUMMER") for m in NUMBER_FIRST.finditer(text)]
    if present & {"postbus", "pb", "p", "antwoordnummer", "box"}:
        spans += [(m.start(), m.end(), "ADRES") for m in POSTBUS.finditer(text)]
    if present & _POSTCODE_CUES or _THREE_DIGITS.search(text):
        spans += _postcodes_after_cue(text)
    for m in OWN_NAME.finditer(text):
        word = m["first"]
        low = word.lower()
        if _CAPITALISED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "naam: Jan De Cuyper": a surname's particle, not an article
        if low not in NOT_AFTER_HEAD and low not in NOT_NAMES and not word.isupper() and (
                low not in dutch_words() or site_shape(word)):  # "op Het Zonneweide"
            spans.append((m.start("name"), m.end("name"), "LOCATIE"))
    for kind, regex, heads in (("ORGANISATIE", ORGANISATION, _ORG_WORDS), ("LOCATIE", LOCATION, _LOCATION_WORDS)):
        if not present & heads:
            continue
        for m in regex.finditer(text):
            if _is_name(m, words) and not (m["lower"] and m["head"].lower() in _NOUN_HEADS):
                end = m.end("name") if not m["name"].isupper() else _caps_name_end(m)
                spans.append((m.start("name"), end, kind))
    if present & _ORG_CONTEXT_WORDS:
        spans += [(m.start("name"), m.end("name"), "ORGANISATIE") for m in ORG_CONTEXT.finditer(text)
                  if _coined(m["name"])]
    return spans
