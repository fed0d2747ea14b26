"""Identifiers with a fixed shape: e-mail, URL, IBAN, BSN, Dutch phone numbers, postcodes, addresses.

Hand-written because no maintained, dependency-light library knows the Dutch shapes: ``deduce``
(Dutch medical de-identification, LGPL) does, but deduce 3.0.6 pins ``regex<2025`` while
transformers (pulled in by bertopic via sentence-transformers) needs ``regex>=2025.10.22``, so
installing both breaks ``import bertopic``. deduce serves as a baseline in
benchmarks/eval_pseudonymise.py only. Check digits (BSN elfproef, IBAN mod 97) keep ordinary
numbers such as amounts and dates from being taken for identifiers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# Letters as Python's re sees them in Dutch text (re has no \p{Lu}): Latin-1 and Latin Extended-A,
# so Polish and Turkish names ("Przemysław", "Yıldırım", "Şahin") are words too.
_EXTENDED_A = [chr(c) for c in range(0x100, 0x180)]
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in _EXTENDED_A if c.isupper())
LOWER = "a-zß-öø-ÿ" + "".join(c for c in _EXTENDED_A if c.islower())


@dataclass(frozen=True)
class Pattern:
    """One kind of identifier: a regex, and a check a match must pass to count."""

    kind: str
    regex: re.Pattern
    valid: Callable[[str], bool] = lambda match: True
    hint: re.Pattern | None = None  # a cheap search every match needs: skip the regex when it fails


def elfproef(digits: str) -> bool:
    """The Dutch BSN check: sum(d_i * (9 - i)) for the first 8 digits minus the last is 0 mod 11."""
    d = [int(c) for c in re.sub(r"\D", "", digits)]
    if len(d) != 9 or d[0] == 0 and d[1] == 0:
        return False
    return (sum(x * (9 - i) for i, x in enumerate(d[:8])) - d[8]) % 11 == 0


def iban_valid(text: str) -> bool:
    """ISO 13616 mod-97 check; any country, so a Belgian IBAN is caught as well."""
    s = re.sub(r"\s", "", text).upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def _not_a_date(text: str) -> bool:
    """'06-12-2024 18' has ten digits after a 0, yet is a date and an hour."""
    return not re.search(r"\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}\b", text)


_TLD = (r"(?:nl|com|org|net|eu|info|be|de|nu|io|gov|edu|frl|amsterdam|care|health|online|app|biz|site|email|shop|"
        r"uk|fr|ch|dk|se|pl|tr|sr|cw|aw|me|tv|ai)")
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")
URL = re.compile(  # any case: "HTTPS://WWW.ZORG.NL/OVER-ONS", "Zorg-Thuis.NL"
    r"(?i:\bhttps?://|\bwww\.)[^\s<>\"]+[^\s<>\".,;:!?)\]]"
    rf"|(?<![\w@.-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?i:{_TLD})\b(?:/[^\s<>\"]*[^\s<>\".,;:!?)\]])?",
)
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]){11,30}\b")
# In lower case: "be39 2618 5175 4119", "de89370400440532013000" (a bank code, then digits only).
LOWER_IBAN = re.compile(r"\b[a-z]{2}\d{2}(?:\s?[a-z0-9]{4})(?:\s?\d){8,26}\b")
NL_IBAN = re.compile(r"\b[Nn][Ll]\d{2}\s?[A-Za-z]{4}(?:\s?\d){10}\b")
BSN = re.compile(r"(?<![\d.,-])(?:\d{9}|\d{3}[.\s]\d{3}[.\s]\d{3}|\d{4}[.\s]\d{2}[.\s]\d{3})(?![\d-]|[.,]\d)")

_SEP = r"(?:\s?-\s?|\s|\.)?"  # "06-12345678", "030 - 989 18 84", "0318.884.122"
_PREFIX = r"(?:\+31" + _SEP + r"(?:\(0\)" + _SEP + r")?|0031" + _SEP + r"|0)"
PHONE = re.compile(
    r"(?<![\w+/.,-])(?:"
    + _PREFIX + r"6" + _SEP + r"\d(?:" + _SEP + r"\d){7}"  # mobile: 06-12345678, +31 6 1234 5678
    + r"|" + _PREFIX + r"[1-57-9]\d(?:" + _SEP + r"\d){7}"  # landline: 020-1234567, 0570 123456, 088 ...
    + r"|\(0\d{2,3}\)\s?\d(?:" + _SEP + r"\d){5,6}"  # (020) 123 4567
    + r"|\(06\)\s?\d(?:" + _SEP + r"\d){7}"  # (06) 79656090
    + r"|0[89]0[069]" + _SEP + r"\d(?:" + _SEP + r"\d){3,6}"  # 0800-1234, 0900-1234567
    + r")(?![\w-]|[.,]\d)"
)

# A number abroad: "+32 470 12 34 56", "0049 30 1234567" (nine to fifteen digits; checked in _digits_9_15).
FOREIGN_PHONE = re.compile(r"(?<![\w+])(?:\+|00)[1-9]\d{0,2}(?:[\s.-]?\(?\d{1,4}\)?){2,6}(?![\w-]|[.,]\d)")


def _digits_9_15(text: str) -> bool:
    return 9 <= sum(c.isdigit() for c in text) <= 15 and _not_a_date(text)


# A postcode: four digits (not starting with 0) and two capitals; SA, SD and SS are never issued.
# Letter pairs that are common abbreviations after a year or amount ("2024 CZ", "1000 MB") are not
# taken for a postcode.
_NOT_POSTCODE_LETTERS = "SA|SD|SS|CZ|ZN|MB|KB|GB|TB|EN|OF|IN|OP|EU|NL"
POSTCODE = rf"[1-9]\d{{3}}(?:[ \t]{{0,2}}|-)(?!(?:{_NOT_POSTCODE_LETTERS})\b)[A-Z]{{2}}(?![\w])"
_STREET_END = (
    "straat|laan|weg|plein|gracht|kade|singel|dijk|hof|steeg|pad|dreef|park|baan|markt|ring|wal|hout|"
    "plantsoen|boulevard|burgwal|erf|veld|akker|haven|dam|weide|hoven|gang|wijk|oord|zoom|rade|oever|brink|meent"
)
_STREET_NOUN = "|".join(w.capitalize() for w in _STREET_END.split("|"))  # "Oude Gracht"
# Words that may start an address: capitalised name parts, with particles between them
# ("Burgemeester van Reenensingel", "Oude Gracht"), but not a sentence's first function word.
_FUNCTION = r"(?:In|Op|Aan|Bij|Naar|Via|Uit|Van|Voor|Met|Het|De|Een|Adres|Wonend|Woont|Zie)\b"
_NAME_PART = rf"(?!{_FUNCTION})[{UPPER}][{LOWER}'.]+[\s-](?:(?:van|de|der|den|ter|ten|het|'t)\s)*"
_LAST_PART = rf"(?:(?!{_FUNCTION})[{UPPER}][{LOWER}-]*(?:{_STREET_END})|(?:{_STREET_NOUN}))"
# A street named after someone starts with "Van" ("Van Dijkstraat", "Van de Walweg"); "Van" is
# otherwise a function word, so only right before the street word.
_VAN = r"(?:Van\s+(?:(?:de|der|den|het|'t)\s+)?)"
# A house number and its addition: 12, 12a, 12 A, 12-3, 12-II, 12 bis, 12hs, 12-14.
HOUSE_NUMBER = (r"\d{1,5}(?:\s?-?\s?(?:[a-zA-Z]|bis|hs|huis|rood|zwart|rd|zw|bg|bel|sous|I{1,3}|IV|V|boven|beneden)\b"
                r"|\s?[-/]\s?\d{1,4}\b)?")
# The street word first: "Laan van Meerdervoort 52", "Laan van Nieuw Oost-Indië 12 A".
_LEADING = rf"(?:Laan|Plein|Weg|Kade|Dreef|Singel|Hof|Park|Straatweg|Rijksstraatweg)\s+(?:van|op|aan|ten|ter|tot|bij|der)\s+(?:(?:de|der|den|het|'t)\s+)?(?:[{UPPER}][\w'.-]+\s+){{1,3}}"
STREET = rf"(?<![\w-])(?:{_LEADING}{HOUSE_NUMBER}|(?:{_VAN}(?=[{UPPER}][{LOWER}-]*(?:{_STREET_END})\s)|(?:{_NAME_PART})*?){_LAST_PART}\s+{HOUSE_NUMBER})"
# A street written in lower case ("aan de thijslaan 36 bis"): the street word must be no Dutch word
# (checked in _street_valid: "snelweg 3" is a road, "thijslaan 36" an address).
LOWER_STREET = re.compile(rf"(?<![\w-])(?P<street>[{LOWER}]{{2,}}(?:{_STREET_END}))\s+{HOUSE_NUMBER}(?![\w-])")
# A postcode in lower or mixed case ("1234 ab", "1234Ab"): only where the context says so, because
# "2024 is" and "1000 mb" look the same: written together, before a capitalised place name, or
# after the word "postcode".
NOT_LOWER_LETTERS = (
    "en|of|in|op|na|om|te|is|al|ja|nu|zo|er|ik|je|we|ze|la|le|af|ad|de|du|mb|kb|gb|tb|km|kg|ml|cm|mm|"
    "dm|pp|ct|ex|nr|jr|st|wk|dd|uu|mg|gr|mw|kw|ha|ca|mi|pm|am|jl|eu|nl|sa|sd|ss|ws|vs|db|hz|ok|ma|di|wo|"
    "do|vr|za|zo|ov|oz|bv|nv|vt|xl|id"
)
LOWER_POSTCODE = (
    rf"(?<![\w-])[1-9]\d{{3}}(?:(?!(?i:{NOT_LOWER_LETTERS})\b)[A-Za-z]{{2}}(?![\w])"
    rf"|(?:\s|[ \t]{{2}})(?!(?i:{NOT_LOWER_LETTERS})\b)[A-Za-z]{{2}}(?=,?\s+[{UPPER}][{LOWER}]))"
    rf"|(?:(?<=(?i:postcode) )|(?<=(?i:postcode): ))[1-9]\d{{3}}[ \t]{{0,2}}[A-Za-z]{{2}}(?![\w])"
)
# After a street and number, four digits and two letters are a postcode in any case ("57 bis 1636 lh").
_STREET_POSTCODE = r"[1-9]\d{3}(?:[ \t]{0,2}|-)(?!(?i:S[ADS])\b)[A-Za-z]{2}(?![\w])"
# In capitals: "KERKSTRAAT 12", "VAN DIJKSTRAAT 4-II".
_CAPS_STREET = (rf"(?<![\w-])(?:VAN\s+(?:(?:DE|DER|DEN)\s+)?)?[{UPPER}]{{2,}}(?:{_STREET_END.upper()})\s+"
                r"\d{1,5}(?:\s?-?\s?(?:[A-Z]|BIS|HS|RD|ZW|BG|I{1,3}|IV)\b|\s?[-/]\s?\d{1,4}\b)?")
ADDRESS = re.compile(rf"(?:{STREET}|{_CAPS_STREET})(?:,?\s+{_STREET_POSTCODE})?|{POSTCODE}|{LOWER_POSTCODE}")
LOWER_ADDRESS = re.compile(rf"{LOWER_STREET.pattern}(?:,?\s+{_STREET_POSTCODE})?")
# "laan van vollenhove 3012": the street word first, in lower case; the name part no Dutch word.
LOWER_LEADING = re.compile(
    rf"(?<![\w-])(?:laan|plein|weg|kade|dreef|singel|straatweg)\s+(?:van|op|aan|ten|ter|tot|der)\s+(?:(?:de|der|den|het|'t)\s+)?"
    rf"(?:[{LOWER}]{{3,}}\s+){{0,2}}(?P<street>[{LOWER}]{{3,}}(?:-[{LOWER}]{{3,}})?)\s+{HOUSE_NUMBER}(?![\w-])(?:,?\s+{_STREET_POSTCODE})?")
# A street named by a preposition and a noun ("Achter de Kerk 64-3", "Bij de Put 2"): capitalised
# mid-sentence, with its number, and a postcode after it in any case, bracketed too.
PREP_STREET = re.compile(
    rf"(?<=[{LOWER},:;] )(?:Achter|Aan|Bij|Op|Over|Onder|Voor|Boven|Buiten|Binnen|Naast|Tegenover|Langs|Tussen|Agter)"
    rf"\s+(?:de|het|den|der|'t)\s+[{UPPER}][{LOWER}]+(?:\s+[{UPPER}][{LOWER}]+)?\s+{HOUSE_NUMBER}(?![\w-])"
    rf"(?:,?\s+\(?{_STREET_POSTCODE}\)?)?")


_NAMED_STREET = re.compile(r"(?:straat|laan|gracht|plein|kade|singel|steeg|dreef)$")


def _not_a_place(match: str) -> bool:
    """"Zorgkantoor Amsterdam 2)": a place ending in a street word ("-dam") before a number is no street."""
    from .lexicon import places

    words = re.findall(rf"[{UPPER}][{LOWER}]+", match)
    return not words or words[-1].lower() not in places() or len(words) > 1 and words[-2] in ("Van", "Laan")


def _street_valid(match: str) -> bool:
    """A lower-case street word that is no dictionary word: a name ("thijslaan"), not "snelweg";
    or one that can only be a street ("kerkstraat 12", "dorpsplein 3")."""
    from .lexicon import dutch_words

    word = (LOWER_STREET.match(match) or LOWER_LEADING.match(match))["street"]
    return len(word) >= 6 and (word not in dutch_words() or _NAMED_STREET.search(word) is not None)

# Order matters: an e-mail holds a domain, an IBAN and a phone number hold digit runs.
_AT = re.compile("@")
_DOMAIN = re.compile(rf"(?i:https?:|www\.|\.{_TLD}\b)")
_DIGITS = re.compile(r"\d\d")
_DIGIT = re.compile(r"\d")  # "Kerkstraat 4"
_FOREIGN_HINT = re.compile(r"(?:\+|\b00)[1-9]")
PATTERNS: tuple[Pattern, ...] = (
    Pattern("E-MAIL", EMAIL, hint=_AT),
    Pattern("URL", URL, hint=_DOMAIN),
    Pattern("IBAN", NL_IBAN, hint=_DIGITS),
    Pattern("IBAN", IBAN, iban_valid, hint=_DIGITS),
    Pattern("IBAN", LOWER_IBAN, iban_valid, hint=_DIGITS),
    Pattern("TELEFOON", PHONE, _not_a_date, hint=_DIGITS),
    Pattern("TELEFOON", FOREIGN_PHONE, _digits_9_15, hint=_FOREIGN_HINT),
    Pattern("BSN", BSN, elfproef, hint=_DIGITS),
    Pattern("ADRES", LOWER_ADDRESS, _street_valid, hint=_DIGIT),  # before ADDRESS, which takes the postcode alone
    Pattern("ADRES", LOWER_LEADING, _street_valid, hint=_DIGIT),
    Pattern("ADRES", PREP_STREET, hint=_DIGIT),
    Pattern("ADRES", ADDRESS, _not_a_place, hint=_DIGIT),
)
