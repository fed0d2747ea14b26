"""Organisations and sites known by the shape of their name, not by a head word: brand-like names
that no Dutch word has ("Zand & Zee", "Thuis4You", "ZorgSamen", "Z.V.H."), and a name in quotes
after the word that says what it names ("Stichting “De Linde”", "het woonhuis ‘De Bever’").

Care providers and small firms name themselves like brands: two words joined by "&", a word
with a digit inside, a capital inside a word (CamelCase), an abbreviation with dots. Dutch
words never take these shapes, so a capitalised word of such a shape mid-sentence is a name,
unless it is on the lists that keep public bodies and software (``kept``) or is a common
abbreviation (``a.u.b.``, ``t.n.v.``).
"""

from __future__ import annotations

import re

from .context import ORGANISATION_HEADS
from .lexicon import lower_words, dutch_words, english_words, first_names, is_dutch, places, stop_words, surnames
from .name_words import NOT_NAMES
from .org_tails import _coined as coined
from .patterns import LOWER, UPPER
from .sites import site_shape

# "Zand & Zee", "Hearth & Home B.V.": two capitalised words joined by "&" (not "R&D", "Q&A").
AMPERSAND = re.compile(
    rf"(?<![\w'’&.-])(?P<name>[{UPPER}][{LOWER}]+[ \t]+&[ \t]+[{UPPER}][{LOWER}]+)"
    rf"(?P<legal>[ \t]+(?:B\.?V\.?|N\.?V\.?|V\.?O\.?F\.?)(?![\w]))?(?![\w'’&-])")
# "Wijk24", "Thuis4You", "Zorg2Go": letters and digits in one capitalised word.
DIGIT_BRAND = re.compile(rf"(?<![\w'’@./#-])(?P<name>[{UPPER}][{LOWER}]{{2,}}\d{{1,3}}(?:[{UPPER}][\w]*)?)(?![\w'’@/-])")
# "ZorgSamen", "WellBeing Works": a capital inside a word after two lower-case letters, and the
# capitalised words right after it.
CAMEL = re.compile(
    rf"(?<![\w'’@./#-])(?P<name>[{UPPER}][{LOWER}]{{2,}}[{UPPER}][{LOWER}]{{2,}}[\w]*)(?P<more>(?:[ \t]+[{UPPER}][{LOWER}]+)*)(?![\w'’@/-])")
# "Z.V.H.", "K.W.Z": three or four capitals with dots, not initials before a name ("J.P. Balkenende",
# "P.J.K. ter Heurne").
_PARTICLES = r"(?:van|de|der|den|ter|ten|te|'t|von|la|le|du|da|di|el|al|in)"
DOTTED = re.compile(rf"(?<![\w.])(?P<name>(?:[{UPPER}]\.){{2,3}}[{UPPER}]\.?)(?![\w.-])"
                    rf"(?![ \t]*(?:[-–][ \t]*)?(?:[{UPPER}][{LOWER}]|(?i:{_PARTICLES})\b|\())")
# Common abbreviations written in capitals ("A.U.B.", "Z.S.M."), and bodies written with dots.
_ABBREVIATIONS = {
    "aub", "zsm", "nvt", "tav", "tnv", "mbt", "mbv", "dmv", "dwz", "ivm", "ipv", "mvg", "bvd", "obv", "tbv", "icm",
    "iha", "vwb", "zga", "zoz", "ism", "evt", "svp", "zgn", "nbm", "ovb", "ttv", "tzt", "idd", "ggd", "uwv", "ggz",
    "vws", "cbs", "ciz", "nza", "vof", "bhv", "ehbo", "rvo", "ter", "etc", "avg", "wlz", "wmo", "zvw",
}
# Words with a number that are no brand: "Covid19", "Windows11", "Fase2".
_TERMS = {"covid", "corona", "sars", "windows", "office", "fase", "stap", "ronde", "versie", "groep", "klas", "week",
          "level", "niveau", "artikel", "bijlage", "vraag", "punt", "team", "jaar", "kwartaal", "iphone", "galaxy"}
_QUOTES = "\"“”„‘’'«»‚"
# A name in quotes after a head word: "Stichting “De Zonnewijzer”", "het woonhuis ‘De Aa-hoeve’",
# "ons pand ("Swalmdal")", "de aanbieder (‘Vechtstreek’)".
SITE_WORDS = ("woonhuis", "pand", "huis", "woning", "woonlocatie", "locatie", "vestiging", "logeerhuis", "gebouw",
              "complex", "groepsapp", "afdeling", "woongroep", "zorgboerderij")
ORG_WORDS = ORGANISATION_HEADS + ("aanbieder", "zorgaanbieder", "organisatie", "onderneming", "bedrijf", "leverancier")
_HEADS = "|".join(sorted((re.escape(h) for h in ORG_WORDS + SITE_WORDS), key=len, reverse=True))
QUOTED = re.compile(
    rf"(?<![\w-])(?P<head>(?i:{_HEADS}))[ \t]*:?[ \t]*\(?[ \t]*[{_QUOTES}](?P<name>[{UPPER}][^{_QUOTES}\n]{{1,40}}?)[{_QUOTES}]")
_SITE_SET = set(SITE_WORDS)
_DWELLINGS = {"pastorie", "weverij", "brouwerij", "molen", "linde", "hofstede", "boerderij", "kapelle"}
_NUMERALS = {"twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"}
# An English brand before an English business word: "Homely Living", "Bright Home Services".
# (Not "Care", "Support", "Home": "Home Care", "Social Support" are terms as often.)
_ENGLISH_TAILS = "Living|Homecare|Homes|Group|Services|Solutions|Works|Company|Partners|Foundation|Residence|Residences|Healthcare"
ENGLISH_BRAND = re.compile(rf"(?<![\w'’&-])(?P<name>(?:[{UPPER}][{LOWER}]+[ \t]+){{1,2}}(?:{_ENGLISH_TAILS}))(?![\w'’-])")
# A site's own name after a capitalised article mid-sentence, after a preposition: "woont in De Smidse",
# "verhuisde naar De Bever", "de wachtlijst voor De Zeven Linden" (not "De Goede Zorg": an adjective).
ARTICLE_SITE = re.compile(
    rf"(?<![\w-])(?:in|op|naar|van|voor|bij|uit|over|tot|aan|vanuit|binnen)[ \t]+(?P<name>(?:De|Het|'t)[ \t]+"
    rf"(?P<first>[{UPPER}][{LOWER}]+(?:-[{LOWER}]+)?)(?:[ \t]+[{UPPER}][{LOWER}]+)?)(?![\w'’-])")
# A coined name after "bij", "met", "vanuit" closing a clause: "ik doe de inkoop bij Berkelstroom."
AFTER_PREPOSITION = re.compile(
    rf"(?<![\w-])(?:bij|met|vanuit|namens|binnen|naar)[ \t]+(?P<name>[{UPPER}][{LOWER}]{{3,}})"
    rf"(?=[ \t]*(?:[.,;:!?)]|$|\n|[ \t](?:en|of|is|was|werd|waren|zijn|als)\b|[ \t][^\w\s]))")
# A coined name opening a sentence with an organisation's verb ("Ommerlanden vindt het beleid
# onduidelijk"), or before the word for its sites ("voor de Dommelvallei locaties").
OPENING_ORG = re.compile(
    rf"(?:^|(?<=[.!?:;]\s)|(?<=\n))[ \t]*(?P<name>[{UPPER}][{LOWER}]{{3,}})[ \t]+(?=(?:vindt|krijgt|levert|biedt|"
    rf"hanteert|betaalt|rekent|weigert|declareert|factureert)\b)")
# (Not "heeft", "kan", "zal": the lexicon lacks many adverbs, and "Vandaag heeft", "Hiermee kan" open sentences.)
BEFORE_SITES = re.compile(rf"(?<![\w'’-])(?P<name>[{UPPER}][{LOWER}]{{3,}})[ \t]+(?=(?:locaties|vestigingen|woningen|teams)\b)")
# Parts of a file name: "offerte_Berkelstroom_def.pdf".
FILE_NAME = re.compile(r"(?<![\w.-])[\w-]+\.(?:pdf|docx?|xlsx?|pptx?|csv|txt|odt|zip)\b")
_FILE_PART = re.compile(rf"(?<=[_-])[{UPPER}][{LOWER}]{{3,}}(?=[_.-])|^[{UPPER}][{LOWER}]{{3,}}(?=[_-])")
# Cheap signs, one per family.
_LETTER_DIGIT = re.compile(rf"[{LOWER}]\d")
_INNER_CAPITAL = re.compile(rf"[{LOWER}][{UPPER}]")
_CAPITAL_DOT = re.compile(rf"[{UPPER}]\.[{UPPER}]")
_MID_ARTICLE = re.compile(r"[a-z] (?:De|Het|'t) ")
_QUOTE = re.compile(rf"[{_QUOTES}]")
_TAIL_WORDS = set(_ENGLISH_TAILS.lower().split("|"))
_PREPOSITIONS = {"bij", "met", "vanuit", "namens", "binnen", "naar"}
_ORG_VERBS = {"vindt", "krijgt", "levert", "biedt", "hanteert", "betaalt", "rekent", "weigert", "declareert", "factureert"}
_SITE_PLURALS = {"locaties", "vestigingen", "woningen", "teams"}
_EXTENSIONS = {"pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "csv", "txt", "odt", "zip"}


def _kept(name: str, kept: set[str]) -> bool:
    """A kept name (public body, software) or a place on its own; a name of several words is
    vetoed by the public bodies' own spans (Pseudonymiser.spans)."""
    low = name.lower()
    return low in kept or re.sub(r"[\W\d_]", "", low) in kept or low in places()


def shaped_organisations(text: str, kept: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of brand-shaped names and quoted names after a head word; may overlap."""
    spans = []
    present = lower_words(text)  # each family only where its cheap sign is (most answers have none)
    for m in AMPERSAND.finditer(text) if "&" in text else ():
        if not _line_start(text, m.start()) and not _kept(m["name"], kept):
            spans.append((m.start(), m.end(), "ORGANISATIE"))
    for regex, hint in ((DIGIT_BRAND, _LETTER_DIGIT), (CAMEL, _INNER_CAPITAL)):
        for m in regex.finditer(text) if hint.search(text) else ():
            name = m["name"]
            if not _kept(name, kept) and not _name_prefix(name) and re.sub(r"[\d\W_]", "", name).lower() not in _TERMS:
                end = m.end("name")
                for word in re.finditer(r"\S+", m.groupdict().get("more") or ""):
                    if is_dutch(word.group()) or word.group().lower() in kept:
                        break  # "TogiNet Radio": the brand, not the Dutch word after it
                    end = m.start("more") + word.end()
                spans.append((m.start("name"), end, "ORGANISATIE"))
    for m in DOTTED.finditer(text) if _CAPITAL_DOT.search(text) else ():
        letters = m["name"].replace(".", "").lower()
        if letters not in _ABBREVIATIONS and letters not in kept:
            spans.append((m.start("name"), m.end("name"), "ORGANISATIE"))
    for m in ENGLISH_BRAND.finditer(text) if present & _TAIL_WORDS else ():
        words = m["name"].split()
        if words[0].lower() not in stop_words() and words[0].lower() not in NOT_NAMES and not _kept(m["name"], kept) \
                and not all(w.lower() in dutch_words() and w.lower() not in english_words() for w in words[:-1]):
            spans.append((m.start("name"), m.end("name"), "ORGANISATIE"))
    for m in ARTICLE_SITE.finditer(text) if _MID_ARTICLE.search(text) else ():
        first = m["first"]
        low = first.lower()
        rest = [w.lower() for w in m["name"].split()[1:]]
        if low in NOT_NAMES or all(w in places() for w in rest) or low in kept or _kept(m["name"], kept):
            continue
        if m["name"] != m["name"].split()[0] + " " + first and low.endswith("e") and low in dutch_words():
            continue  # "De Goede Zorg", "De Nieuwe Kerk": an adjective before a noun
        if low in dutch_words() and len(low) < 8 and low not in _DWELLINGS and not site_shape(first) and low not in _NUMERALS:
            continue  # "voor De Dag", "van Het Belang": a common noun names a newspaper as often as a site
        spans.append((m.start("name"), m.end("name"), "LOCATIE"))
    for m in AFTER_PREPOSITION.finditer(text) if present & _PREPOSITIONS else ():
        if coined(m["name"], kept) and m["name"] not in first_names() and m["name"] not in surnames():
            spans.append((m.start("name"), m.end("name"), "ORGANISATIE"))  # not "met Jansen": a name
    for regex, hint in ((OPENING_ORG, _ORG_VERBS), (BEFORE_SITES, _SITE_PLURALS)):
        for m in regex.finditer(text) if present & hint else ():
            if coined(m["name"], kept) and m["name"] not in first_names() and m["name"].lower() not in stop_words():
                spans.append((m.start("name"), m.end("name"), "ORGANISATIE"))
    for f in FILE_NAME.finditer(text) if present & _EXTENSIONS else ():
        for m in _FILE_PART.finditer(f.group()):
            if coined(m.group(), kept):
                spans.append((f.start() + m.start(), f.start() + m.end(), "ORGANISATIE"))
    for m in QUOTED.finditer(text) if _QUOTE.search(text) else ():
        name = m["name"].strip()
        if name.lower() in NOT_NAMES or _kept(name, kept) or "zorgkantoor" in name.lower():
            continue
        kind = "LOCATIE" if m["head"].lower() in _SITE_SET else "ORGANISATIE"
        start = m.start("name") + (len(m["name"]) - len(m["name"].lstrip()))
        spans.append((start, start + len(name), kind))
    return spans


def _name_prefix(name: str) -> bool:
    """"McDonald", "DeVries", "VanDijk": a surname written as one word, left to the name rules."""
    return re.match(r"(?:Mc|Mac|De|Van|La|Le|Di|Da|Du|Ter|Ten|El|Al)[A-Z]", name) is not None


def _line_start(text: str, start: int) -> bool:
    """At the start of the text or a line: a heading ("Wonen & Zorg") as often as a name."""
    return not text[:start].strip() or text[:start].rstrip(" \t").endswith("\n")

