"""Person names found from the form of a message and from a few more cues (round 5): speakers in a
chat ("[10:42] sanne: …"), a name and its number alone on a line ("Verbeek, 4711233"), initials
written without dots ("A Verbeek", "M.M.R Verbeek"), relatives ("de zus van Sanne", "Vader (Joop,
81)"), verbs of asking, calling and thanking ("vraag het Sanne maar", "dank je Joop!"), and a
surname with particles after a found first name ("[Sanne] van den Broek").

Each rule wants the word to look like a name as well: a listed first name, or a word that is no
Dutch or English word, place or calendar word.
"""

from __future__ import annotations

import re

from .lexicon import core_first_names, dutch_words, english_words, first_names, is_dutch, places, stop_words, surnames, title_case
from .name_words import NOT_NAMES
from .patterns import LOWER, UPPER

_WORD = rf"[{UPPER}{LOWER}][{LOWER}{UPPER}'’]+(?:-[{UPPER}{LOWER}][{LOWER}{UPPER}]+)?"
# A chat line: an optional time, a speaker, a colon ("[10:42] Sanne: …", "09:15 - sanne: …").
CHAT = re.compile(rf"(?m)^[ \t]*(?P<time>\[\d{{1,2}}[:.]\d{{2}}\][ \t]*|\d{{1,2}}[:.]\d{{2}}[ \t]*[-–]?[ \t]*)?"
                  rf"(?P<name>{_WORD}):[ \t]+\S")
# A line that is a name and a number: "Verbeek, 4711233", "Anna de Wit +31 6 …", "Jan - 06 …".
_PARTICLE = r"(?:van der|van den|van de|van het|van|de|der|den|ter|ten|te|el|al|vd|v\.d\.|v/d)"
NAME_AND_NUMBER = re.compile(
    rf"(?m)^[ \t]*(?P<name>[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}]+)?(?:[ \t]+(?:{_PARTICLE}[ \t]+)*"
    rf"[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}]+)?){{0,2}})[ \t]*[-–,:|]?[ \t]*(?=\+\d|\(?0\d|\d[\d. /-]{{4,}}\d|[\w.]+@)")
# A name in brackets after a number: "bel mij: 06 … (Sanne)".
AFTER_NUMBER = re.compile(rf"(?<=\d)[ \t]*\([ \t]*(?P<name>[{UPPER}][{LOWER}{UPPER}'’]+(?:-[{UPPER}][{LOWER}{UPPER}]+)?)[ \t]*\)")
# Keywords that label a number on a line ("Kvk: …", "Bsn 1234…", "Dossiernr …"): no name.
_KEYWORD = re.compile(r"(?i:kvk|agb|iban|bsn|btw|bic|tel|telefoon|fax|mobiel|gsm|nr|no|nummer|postbus|pb|kenmerk|ref|"
                      r"datum|bedrag|totaal|code|id|zaak|dossier|klant|cli[eë]nt|polis|factuur|budget)\w*")
# Initials with no dot after the last, before a found surname: "A Verbeek", "M.M.R Verbeek", "H.-D. Verbeek".
INITIALS = re.compile(rf"(?<![\w.'’-])(?:(?:[{UPPER}]\.-?[ \t]*){{1,4}}|(?:[{UPPER}]\.){{0,3}}[{UPPER}][ \t]+)$")
_INITIAL_AFTER = re.compile(rf"[ \t]+[{UPPER}]\.(?![\w])")
# Relatives as cues: "de zus van Sanne", "mijn broertje ferhat", "Vader (Joop, 81)", "Sanne (mijn dochter".
_KIN = (r"zus|zusje|zuster|broer|broertje|zoon|zoontje|dochter|dochtertje|vader|moeder|pa|ma|opa|oma|oom|tante|neef|"
        r"nicht|kleinzoon|kleindochter|schoonzoon|schoondochter|schoonmoeder|schoonvader|man|vrouw|partner|echtgenoot|"
        r"echtgenote|vriend|vriendin|cliënt|client|bewoner|bewoonster|pupil|kind")
KIN_NAME = re.compile(rf"(?<![\w-])(?i:mijn|onze|m'n|haar|zijn|ons)[ \t]+(?i:{_KIN})[ \t]+(?P<name>{_WORD})(?![\w-])")
KIN_OF = re.compile(rf"(?<![\w-])(?i:{_KIN})[ \t]+van[ \t]+(?P<name>{_WORD})(?![\w-])")
KIN_BRACKET = re.compile(rf"(?<![\w-])(?i:{_KIN})[ \t]*\([ \t]*(?P<name>{_WORD})[ \t]*[,)]")
NAME_KIN = re.compile(rf"(?<![\w'’-])(?P<name>[{UPPER}][{LOWER}]+)[ \t]*\([ \t]*(?i:mijn|onze|ons|haar|zijn|m'n)[ \t]+(?i:{_KIN})\b")
# Asking, calling, thanking: "vraag het Sanne maar", "vraag maar aan Roos", "bel ik sanne wel even",
# "dank je Joop!", "Dank aan Mo en …", "met sanne besproken", "heb ik GRIET gebeld".
_N = rf"(?P<name>{_WORD})"
ASKING = [re.compile(p) for p in (
    rf"(?<![\w-])(?i:vraag|vraagt|vragen)[ \t]+(?:(?i:het|maar|even|dat|dit)[ \t]+){{0,3}}(?:(?i:aan)[ \t]+)?{_N}"
    rf"(?=[ \t]*(?:[.!?,]|$|\n|[ \t](?i:maar|even|of|en|die|want|eens)\b))",
    rf"(?<![\w-])(?i:bel|belt|app|mail)[ \t]+(?i:ik|jij|je|we|wij|u)[ \t]+{_N}(?=[ \t]+(?i:wel|even|morgen|nog|maar|straks|op)\b)",
    rf"(?<![\w-])(?i:dank|bedankt|thanks|thx|tnx)[ \t]+(?:(?i:je|u|aan|jullie)[ \t]+)?{_N}(?=[ \t]*(?:[!.,]|$|\n|[ \t](?i:en|voor)\b))",
    rf"(?<![\w-])(?i:met)[ \t]+{_N}(?=[ \t]+(?i:besproken|gesproken|overlegd|afgestemd|gebeld|geappt|gemaild|doorgenomen)\b)",
    rf"(?<![\w-])(?i:heb|had|hebben)[ \t]+(?i:ik|we|wij)[ \t]+{_N}(?=[ \t]+(?i:gebeld|gemaild|gesproken|geappt|gevraagd)\b)",
)]
# A first name and where they work: "Cor van het zorgkantoor", "Daan van de zorgbemiddeling".
OF_THE = re.compile(rf"(?<![\w'’-])(?P<name>[{UPPER}][{LOWER}]+)[ \t]+van[ \t]+(?:het|de)[ \t]+[{LOWER}]*"
                    r"(?:kantoor|bemiddeling|team|raad|afdeling|administratie|planning|service|receptie|zorg|instelling|"
                    r"organisatie|gemeente|verzekeraar|groep|locatie|stichting|directie|inkoop|sector|wijkteam|ciz|nza)\b")
# A surname with particles after a found first name: "[Sanne] van den Broek".
PARTICLE_SURNAME = re.compile(rf"[ \t]+(?:{_PARTICLE}[ \t]+){{1,2}}(?P<last>[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}]+)?)(?![\w-])")
_HINT_WORDS = {"vraag", "vraagt", "vragen", "bel", "belt", "app", "mail", "dank", "bedankt", "thanks", "thx", "tnx",
               "met", "heb", "had", "hebben"}
_KIN_WORDS = set(_KIN.split("|"))
_NOT_SPEAKERS = {"i", "r", "v", "a", "vraag", "antwoord", "interviewer", "respondent", "opmerking", "toelichting"}


def _name(word: str, paired: bool = False) -> bool:
    """A listed first name (``paired``: one that is also a word, "Roos", where the cue is strong),
    a listed surname that is no word, or a word that is no Dutch or English word, place or title."""
    low = word.lower()
    if low in stop_words() or low in NOT_NAMES or len(low) < 2 or low in _KIN_WORDS or low in _HINT_WORDS:
        return False
    name = title_case(word)
    if name in core_first_names() or name in first_names() and word[0].isupper():
        return paired or first_names().get(name, False) or not is_dutch(word)
    if surnames().get(name, False):
        return True
    return len(low) > 2 and not is_dutch(word) and low not in english_words() and low not in places()


_DIGIT_OR_AT = re.compile(r"[\d@]")
_SAYS = re.compile(r"[^\W\d_]{2}")


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _listed_or_new(word: str) -> bool:
    """A listed first name or surname, or a word the Dutch lexicon lacks (compounds not split)."""
    low = word.lower()
    return low not in stop_words() and low not in NOT_NAMES and (
        title_case(word) in first_names() or title_case(word) in surnames() or low not in dutch_words())


def line_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of names the cues above find; may overlap ``spans`` (the names found so far)."""
    found = []
    low = text.lower()
    if ":" in text and "\n" in text:
        chats = list(CHAT.finditer(text))
        speakers = [m for m in chats if m["name"].lower() not in _NOT_SPEAKERS and _name(m["name"], paired=True)
                    and not _KEYWORD.fullmatch(m["name"]) and not m["name"].isupper()
                    and _SAYS.search(text, m.end("name"), _line_end(text, m.end("name")))]  # "Kvk: 61070977": a label
        if len(speakers) >= 2 or any(m["time"] for m in speakers):
            found += [(m.start("name"), m.end("name")) for m in speakers]
    if _DIGIT_OR_AT.search(text):
        for m in NAME_AND_NUMBER.finditer(text):
            words = [w for w in m["name"].split() if w[0].isupper()]
            if any(_KEYWORD.fullmatch(w) or w.isupper() for w in words):
                continue  # "Kvk: 61070977", "AGB 12345678": a keyword, not a name
            particles = len(m["name"].split()) > len(words)  # "Anna van der Wit": a name's shape
            if _name(words[0], paired=len(words) > 1) or len(words) > 1 and (particles or all(_listed_or_new(w) for w in words)) \
                    and words[0].lower() not in stop_words() and words[0].lower() not in NOT_NAMES:
                found.append((m.start("name"), m.end("name")))
        for m in AFTER_NUMBER.finditer(text):
            if _KEYWORD.fullmatch(m["name"]):
                continue
            if _name(m["name"], paired=True) or m["name"].isupper() and title_case(m["name"]) in first_names():
                found.append((m.start("name"), m.end("name")))
    for start, end in spans:
        if m := INITIALS.search(text, max(0, start - 12), start):
            if not text[max(0, m.start() - 2):m.start()].rstrip().endswith((".", "!", "?")) or "." in m.group():
                found.append((m.start(), end))  # "A [Verbeek]"; not "Vraag 3. A [Verbeek]"
        if (m := _INITIAL_AFTER.match(text, end)) and " " not in text[start:end]:
            found.append((start, m.end()))  # "[Sanne] D."
        if (m := PARTICLE_SURNAME.match(text, end)) and " " not in text[start:end].strip():
            last = m["last"]
            two = len(m.group().split()) > 2  # "van den", "van der": only a surname follows two particles
            if title_case(last) in surnames() or last.lower() not in NOT_NAMES and last.lower() not in english_words() and (
                    not is_dutch(last) and last.lower() not in places() or two and last.lower() not in dutch_words()):
                found.append((start, m.end()))  # "[Malon] van den Nieuwenhuizen"
    if words := set(re.findall(r"[^\W\d_]+", low)):
        if words & _KIN_WORDS:
            for regex in (KIN_NAME, KIN_OF, KIN_BRACKET, NAME_KIN):
                found += [(m.start("name"), m.end("name")) for m in regex.finditer(text) if _name(m["name"]) and (
                    m["name"][0].isupper() or title_case(m["name"]) in first_names())]  # not "zijn vrouw inkte"
        if words & _HINT_WORDS:
            found += [(m.start("name"), m.end("name")) for regex in ASKING for m in regex.finditer(text)
                      if _name(m["name"], paired=True) and not m["name"].isupper() or m["name"].isupper()
                      and title_case(m["name"]) in core_first_names()]
        if " van " in text:
            found += [(m.start("name"), m.end("name")) for m in OF_THE.finditer(text)
                      if title_case(m["name"]) in core_first_names() and m["name"].lower() not in NOT_NAMES
                      and m["name"].lower() not in stop_words()]
    return found
