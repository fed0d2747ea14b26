"""Domain terms and survey stop words, kept as data files so researchers can extend them."""

from __future__ import annotations

import re
from functools import lru_cache

from ..datafiles import data_lines


@lru_cache(maxsize=1)
def domain_terms() -> dict[str, str]:
    """Lower-case form -> canonical form ("zzp" -> "ZZP", "v&v" -> "V&V")."""
    terms: dict[str, str] = {}
    for line in data_lines("domain_terms.tsv"):
        term = line.split("\t", 1)[0].strip()
        terms[term.lower()] = term
    return terms


@lru_cache(maxsize=1)
def survey_stop_words() -> frozenset[str]:
    """spaCy's Dutch stop words plus survey filler ("want", "graag", "n.v.t.")."""
    from ._spacy import import_spacy

    import_spacy()
    from spacy.lang.nl.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | frozenset(w.strip().lower() for w in data_lines("stop_words_survey.txt"))


def canonical_term(token_text: str) -> str | None:
    """The canonical domain term a token stands for, if any ("ZZP's" -> "ZZP", "zzp" -> "ZZP")."""
    lower = token_text.lower()
    terms = domain_terms()
    if lower in terms:
        return terms[lower]
    level = _CARE_LEVEL.sub("", token_text)
    if level != token_text and level.lower() in terms and _is_care_code(token_text):
        return token_text  # a care code with its level, as written: "VV4", "ZZP-VG5"
    for suffix in ("'s", "’s", "s"):
        if lower.endswith(suffix) and lower[: -len(suffix)] in terms and len(lower) > len(suffix) + 1:
            stem = lower[: -len(suffix)]
            # Plural "s" only for all-caps abbreviations (ZZPs, VPTs), not for words like "was".
            if suffix != "s" or token_text[: -1].isupper():
                return terms[stem]
    return None


# The level of a Wlz care code ("ZZP-VG5" -> "ZZP-VG", "VV4" -> "VV").
_CARE_LEVEL = re.compile(r"-?\d{1,2}[A-Z]?$")


def _is_care_code(token_text: str) -> bool:
    from .tokenizer import CARE_CODE

    return CARE_CODE.match(token_text) is not None
