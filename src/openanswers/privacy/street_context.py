"""Streets with no street word, found from where they stand (issue 15, round 6).

``Zuiderdiep 224A``, ``Molenwiek 62``, ``Witte Paal 151``: a street's name need not end in -straat
or -weg. Two places say it is one:

* right before a postcode found already (``Molenwiek 62, 3523 XP``; on the line above it);
* after ``aan de``/``op de``/``aan het`` with a house number (``gevestigd aan de Molenwiek 62``).
"""

from __future__ import annotations

import re

from .name_words import NOT_NAMES
from .patterns import LOWER, UPPER

_STREET = rf"[{UPPER}][{LOWER}]{{2,}}(?:[ \t]+[{UPPER}][{LOWER}]{{2,}})?"
_HOUSE = r"\d{1,4}(?:[ \t]?(?!(?:en|of|in|op|te|om|is|de)\b)[A-Za-z]{1,2}\b|-(?:\d{1,3}|[IVX]{1,4})\b)?"
BEFORE_POSTCODE = re.compile(rf"(?<![\w'’-])(?P<street>{_STREET})[ \t]+{_HOUSE}(?=[ \t]*(?:,|\n[ \t]*(?:[*•-][ \t]*)?)[ \t]*$)")
AFTER_AAN_DE = re.compile(rf"(?<![\w-])(?i:aan|op)[ \t]+(?:de|het)[ \t]+(?P<address>(?P<street>{_STREET})[ \t]+{_HOUSE})(?![\w'’-])(?![ \t]*(?:%|uur|keer|jaar|euro|minuten|procent))")


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # "aan de Toekomst 2030": a year, not a house number


def streets(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(start, end, "ADRES") of streets with a house number before a found postcode or after "aan de"."""
    if not re.search(r"[A-Za-z] ?\d", text):
        return []
    found = []
    for start, _, kind in spans:
        if kind == "ADRES" and re.match(r"\d{4}", text[start:start + 4]):  # a postcode
            m = BEFORE_POSTCODE.search(text, max(0, start - 60), start)
            if m and m["street"].split()[0].lower() not in NOT_NAMES:
                found.append((m.start(), m.end(), "ADRES"))
    for m in AFTER_AAN_DE.finditer(text):
        if m["street"].split()[0].lower() not in NOT_NAMES and not _YEAR.search(m["address"]):
            found.append((m.start("address"), m.end("address"), "ADRES"))
    return found
