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
def dutch_stop_words() -> frozenset[str]:
    """spaCy's Dutch stop words, read from their module without importing spaCy.

    ``spacy.lang.nl.stop_words`` is a plain list, but importing it imports spaCy, thinc and torch
    (seconds); a warm run that needs no parser needs only the list. The module file is run on its
    own; where spaCy is laid out differently, it is imported as usual.
    """
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("spacy")  # finds the package without running it
    path = Path(spec.origin).parent / "lang" / "nl" / "stop_words.py" if spec and spec.origin else None
    if path is not None and path.is_file():
        namespace: dict = {}
        exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)
        if isinstance(namespace.get("STOP_WORDS"), (set, frozenset)):
            return frozenset(namespace["STOP_WORDS"])
    from ._spacy import import_spacy

    import_spacy()
    from spacy.lang.nl.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@lru_cache(maxsize=1)
def survey_stop_words() -> frozenset[str]:
    """spaCy's Dutch stop words plus survey filler ("want", "graag", "n.v.t.")."""
    return dutch_stop_words() | frozenset(w.strip().lower() for w in data_lines("stop_words_survey.txt"))


def lookups_table(name: str, lang: str = "nl") -> dict:
    """One of spacy-lookups-data's tables ("lemma_lookup", "lemma_index", "lemma_exc"). Not kept:
    the callers keep the word sets they derive, not the tables (tens of MB)."""
    import gzip
    import json
    from importlib import resources

    import spacy_lookups_data

    path = resources.files(spacy_lookups_data).joinpath("data", f"{lang}_{name}.json.gz")
    return json.loads(gzip.decompress(path.read_bytes()))


@lru_cache(maxsize=1)
def verb_only_lemmas() -> frozenset[str]:
    """Lemmas spaCy's Dutch lemma index (spacy-lookups-data) knows as verbs and not as nouns or
    adjectives ("toelichten", "aanjagen"; not "wonen"): a tagger that calls one a noun in a
    question ("Kunt u dit nader toelichten?") has not found a thing the sentence names."""
    index = lookups_table("lemma_index")
    nominal = {w.lower() for pos in ("noun", "adj") for w in index.get(pos, ())}
    return frozenset(w.lower() for w in index.get("verb", ()) if w.lower() not in nominal)


# Pronominal adverbs ("daartegen", "hierop", "waarmee", "ervan"): a closed class of Dutch that no
# word list we ship spells out, and that the tagger sometimes calls a noun.
PRONOMINAL_ADVERB = re.compile(
    r"(?:daar|hier|waar|er)(?:aan|achter|bij|binnen|boven|buiten|door|in|langs|mee|na|naar|naast|om|onder|op|over"
    r"|rond|tegen|tegenover|toe|tussen|uit|van|vandaan|voor|zonder)"
)


def names_a_thing(lemma: str) -> bool:
    """Whether a content lemma can be something an answer is about: not a stop word, a verb
    (whatever the tagger said) or a pronominal adverb."""
    lemma = lemma.lower()
    return not (lemma in survey_stop_words() or lemma in verb_only_lemmas() or PRONOMINAL_ADVERB.fullmatch(lemma))


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
