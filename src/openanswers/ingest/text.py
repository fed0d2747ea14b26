"""What the analysis sees of an answer: cleaned text, the closed answer split off, empty or not.

The raw answer is never changed (it stays in ``schema.TEXT``); these functions only derive
``schema.CLEAN``, ``schema.CLOSED`` and ``schema.STATUS`` from it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..datafiles import data_lines

# Closed answers that Dutch surveys put in front of the explanation: "Ja, want …", "Ten dele,
# omdat …", "Nee: …". Only split when a separator or a conjunction follows, so an answer that
# merely starts with "Nee" as part of a sentence ("Neem de tarieven …") is left whole.
CLOSED_WORDS = ("ten dele", "gedeeltelijk", "deels", "ja", "nee", "soms", "misschien", "neutraal", "weet niet", "geen mening")
CONJUNCTIONS = ("want", "omdat", "maar", "doordat", "aangezien", "namelijk", "echter", "alleen")
_CLOSED = re.compile(
    r"^\s*(?P<closed>" + "|".join(re.escape(w) for w in CLOSED_WORDS) + r")\b"
    r"(?P<sep>\s*[,:;.!]+\s*|\s+[–—-]+\s+|\s+(?=(?:" + "|".join(CONJUNCTIONS) + r")\b))"
    r"(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_LEADING_CONJUNCTION = re.compile(r"^(?:want|omdat|doordat|aangezien|namelijk)\b[\s,:]*", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[^\w\s]+")
_HAS_CONTENT = re.compile(r"[^\W_]")


def clean_text(text: str) -> str:
    """Control and invisible format characters out, whitespace folded; letters untouched."""
    if text.isprintable():  # no control, format or line-separator character: only spaces to fold
        return _SPACE.sub(" ", text).strip()
    chars = []
    for char in text:
        category = unicodedata.category(char)
        if category == "Cc" or char in "\u2028\u2029":
            chars.append(" ")
        elif category == "Cf":  # zero-width spaces, BOMs, direction marks pasted from Word
            continue
        else:
            chars.append(char)
    return _SPACE.sub(" ", "".join(chars)).strip()


def split_closed(text: str) -> tuple[str, str]:
    """("Ja", "de tarieven zijn te laag") from "Ja, want de tarieven zijn te laag"; ("", text) otherwise."""
    match = _CLOSED.match(text)
    if match is None:
        if _normalise(text) in {w for w in CLOSED_WORDS}:
            return _closed_label(text.strip(" .,:;!")), ""
        return "", text
    rest = _LEADING_CONJUNCTION.sub("", match.group("rest").strip())
    return _closed_label(match.group("closed")), rest


def _closed_label(word: str) -> str:
    word = _SPACE.sub(" ", word.strip().lower())
    return word[:1].upper() + word[1:]


@lru_cache(maxsize=1)
def non_substantive() -> frozenset[str]:
    return frozenset(_normalise(line) for line in data_lines("non_substantive_nl.txt"))


def is_substantive(text: str) -> bool:
    """False for empty answers and answers that say nothing ("n.v.t.", "geen", "weet niet", "-")."""
    if not _HAS_CONTENT.search(text):
        return False
    return _normalise(text) not in non_substantive()


def _normalise(text: str) -> str:
    return _SPACE.sub(" ", _NOT_WORD.sub(" ", text.lower())).strip()
