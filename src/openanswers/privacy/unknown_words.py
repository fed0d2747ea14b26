"""The last-resort name rule: a capitalised word mid-sentence that no lexicon, name list or place
list knows ("Ik heb dit met Verhoosel besproken"), and the contexts that make such a word something
else (an article or adjective before it, a place preposition, a number, an abbreviation)."""

from __future__ import annotations

import re

from .lexicon import dutch_head, english_words, is_dutch, places
from .name_words import NOT_NAMES
from .patterns import LOWER, UPPER

NEXT_CAP = re.compile(rf" [{UPPER}][{LOWER}]")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;•*\n\r\"“(«‘„]|\s-)\s*$")


def mid_sentence(text: str, start: int) -> bool:
    return start > 0 and not _SENTENCE_START.search(text, max(0, start - 4), start)


# A lower-case word ending in -e or a number word right before: an adjective or numeral, so the
# capitalised word is the head of a noun phrase ("favoriete Zwerkbalspeler", "acht Laurusformules").
_ADJECTIVE_BEFORE = re.compile(
    r"(?<![\w'])(?:(?!(?:de|die|mee|twee|drie|ze|we|je|me)\b|[a-z]+ie\b)[a-z]+e|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|"
    r"vele|alle|enkele|andere)\s+$")
_DIGIT_BEFORE = re.compile(r"\d[^\w]*\s+(?:\w+\s+)?$")


# Common Dutch abbreviations written with a capital ("Bijv. clientnr ...").
_ABBREVIATIONS = {"bijv", "evt", "incl", "excl", "zgn", "mbt", "tav", "nav", "ivm", "resp", "vgl", "etc", "enz", "nvt"}
_ADJECTIVE_LIKE = re.compile(r"(?:se|sch|aans|iaans|ees|isch)$")
_ARTICLE_BEFORE = re.compile(r"(?i:\b(?:de|het|een|deze|die|dit|dat|onze|ons|uw|hun|zijn|haar|mijn)\s+)$")


_PLACE_BEFORE = re.compile(r"(?<![\w'])(?i:in|uit|te)\s+$")


def unknown_word(text: str, m: re.Match) -> bool:
    """A capitalised word mid-sentence that no lexicon knows: no Dutch or English word, no compound,
    no place, no abbreviation, not after an article ("de Hofstede" is a place's name, left to the
    location rules) and not the first of two capitalised words (the pair rules decide those)."""
    word = m["word"]
    low = word.lower()
    if len(word) < 4 or "-" in word or low in NOT_NAMES or low in english_words() or low in places():
        return False
    if low in _ABBREVIATIONS or text[max(0, m.start() - 2):m.start()] == "& ":
        return False  # "Bijv.", "DSP & Oberon": a brand or programme after "&"
    if _ADJECTIVE_LIKE.search(low) or text[m.end():m.end() + 1] == "-":
        return False  # "Barneveldse", "Texaans"; "Rossby-golven": a term named after someone
    if not mid_sentence(text, m.start()) or is_dutch(word) or dutch_head(low) or NEXT_CAP.match(text, m.end()):
        return False
    before = text[max(0, m.start() - 30):m.start()]
    if _ARTICLE_BEFORE.search(before) or _ADJECTIVE_BEFORE.search(before):
        return False  # "de Hofstede", "een goede Zwerkbaltraining", "de acht Laurusformules"
    if _PLACE_BEFORE.search(before):
        return False  # "in Wierum", "uit Nijstad": a place no list holds
    return not _DIGIT_BEFORE.search(before)  # "90 graden Fahrenheit", "U3.1.1.4 Oogpathologie"
