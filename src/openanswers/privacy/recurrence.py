"""A name found once in an answer is a name wherever it recurs there: "Stichting [Berkelstroom] …
de cliënten van Berkelstroom", "mevrouw [Verbeek] … Verbeek belde terug". The rules and the model
each need a cue; an answer seldom repeats the cue with the name, so what one sentence says about a
word holds for the whole answer.

Recurring are the found span as written (capitalised or in capitals: "VERBEEK" after "Verbeek"; in
lower case only when it was found so, since "Ambulantisering" opening a sentence and "ambulantisering"
later are a noun the recogniser took for a name) and, of a span of several words, each capitalised
word that no lexicon knows ("Berkelstroom" from "Woonzorg Berkelstroom Oost").
"""

from __future__ import annotations

import re

from .lexicon import english_words, is_dutch, places, stop_words
from .name_words import NOT_NAMES, PARTICLES

KINDS = ("NAAM", "ORGANISATIE", "LOCATIE")
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
_PARTICLE_WORDS = {w for p in PARTICLES for w in p.split()}


def _distinct(word: str, kept: set[str]) -> bool:
    """A word that names one thing: four letters or more, no Dutch or English word, place, kept name."""
    low = word.lower()
    return (len(low) >= 4 and low not in kept and low not in NOT_NAMES and low not in stop_words()
            and low not in _PARTICLE_WORDS and low not in places() and low not in english_words() and not is_dutch(word))


def recurring(text: str, taken: list[tuple[int, int, str]], kept: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each further occurrence of a found name, organisation or site that is
    free; ``kept``: the words of public bodies and software, which never recur as a name."""
    terms: dict[str, str] = {}
    lower: dict[str, bool] = {}  # found in lower case: a lower-case occurrence recurs too
    for start, end, kind in taken:
        if kind not in KINDS:
            continue
        value = text[start:end].strip()
        words = _WORDS.findall(value)
        if len(words) == 1 and _distinct(words[0], kept) or len(words) > 1 and any(
                w.lower() not in kept and w.lower() not in _PARTICLE_WORDS for w in words) and len(value) >= 6:
            terms.setdefault(value.lower(), kind)
            lower[value.lower()] = lower.get(value.lower(), False) or value[0].islower()
        if len(words) > 1:
            for w in words:
                if w[0].isupper() and _distinct(w, kept):
                    terms.setdefault(w.lower(), kind)
                    lower.setdefault(w.lower(), False)
    if not terms:
        return []
    low = text.lower()
    found = []
    for term, kind in sorted(terms.items(), key=lambda item: -len(item[0])):
        i = low.find(term)
        while i >= 0:
            j = i + len(term)
            if (i == 0 or not low[i - 1].isalnum()) and (j == len(low) or not low[j].isalnum()) and all(
                    j <= s or i >= e for s, e, _ in taken + found) and (text[i].isupper() or lower[term]):
                found.append((i, j, kind))
            i = low.find(term, j)
    return found
