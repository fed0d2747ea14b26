"""The word lists the name rules consult: the name lists (data/first_names_*.txt, surnames_nl.txt),
Dutch and English words (spacy-lookups-data), Dutch stop words and places (data/places_nl.txt).

Each is loaded once, on first use; see benchmarks/make_name_lists.py for where the lists come from.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..datafiles import data_lines
from ..language.lexicon import dutch_stop_words, lookups_table


_LETTER_RUNS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=8)
def lower_words(text: str) -> frozenset[str]:
    """The lower-cased letter runs of ``text``, computed once per text for the rules' cheap
    pre-checks (a set test says whether a rule's words occur at all)."""
    return frozenset(_LETTER_RUNS.findall(text.lower()))


def title_case(word: str) -> str:
    return word[:1].upper() + word[1:].lower()


def _read_names(*filenames: str) -> dict[str, bool]:
    """name -> True when it may stand alone: marked so in the list and no Dutch word either."""
    rows = (line.split("\t") for filename in filenames for line in data_lines(filename))
    words = dutch_words() - _formless_nouns()
    return {row[0]: row[1].strip() == "alone" and row[0].lower() not in words for row in rows}


def _formless_nouns() -> frozenset[str]:
    """Nouns of spaCy's Dutch lemma index with no form in its lookup table (no plural, no
    diminutive: "evelien", "ruud", "jacob"): mostly first names the index took in, so a name
    spelled like one may stand alone. Common nouns have forms ("kamers", "rozen")."""
    return _lookup_words()[1]


@lru_cache(maxsize=1)
def first_names() -> dict[str, bool]:
    """Faker and mimesis (MIT), then nam_dict (GFDL, a file of its own): see make_name_lists.py."""
    return _read_names("first_names_nl.txt", "first_names_namdict.txt")


@lru_cache(maxsize=1)
def core_first_names() -> dict[str, bool]:
    """The Faker and mimesis first names and nam_dict's names with a frequency in the Netherlands,
    Belgium or East Frisia: safe enough to find written in lower case with no cue ("vraag het aan
    anouk"); nam_dict's long tail from elsewhere ("sharif", "bhajan") is not."""
    names = _read_names("first_names_nl.txt")
    dutch = {line.split("\t")[0] for line in data_lines("first_names_namdict.txt") if line.rstrip().endswith("\tnl")}
    return names | {n: alone for n, alone in first_names().items() if n in dutch}


@lru_cache(maxsize=1)
def lower_first_names() -> frozenset[str]:
    """First names as a lower-case word would match them: "petra" for "Petra"."""
    return frozenset(n.lower() for n in first_names() if title_case(n) == n)


@lru_cache(maxsize=1)
def surnames() -> dict[str, bool]:
    return _read_names("surnames_nl.txt")


def dutch_words() -> frozenset[str]:
    """Lower-cased Dutch words from spacy-lookups-data (lookup forms and lemmas, the lemma index
    per part of speech, the exceptions) and spaCy's Dutch stop words; loaded once."""
    return _lookup_words()[0]


@lru_cache(maxsize=1)
def _lookup_words() -> tuple[frozenset[str], frozenset[str]]:
    """(:func:`dutch_words`, :func:`_formless_nouns`) from one decoding of spacy-lookups-data's
    three tables: decoding is most of the cost, and the name rules want both sets."""
    lookup = lookups_table("lemma_lookup")
    index = lookups_table("lemma_index")
    exceptions = lookups_table("lemma_exc")
    formed = {w.lower() for w in lookup} | {w.lower() for w in lookup.values()}
    other = {w.lower() for pos, lemmas in index.items() if pos != "noun" for w in lemmas}
    for forms in exceptions.values():
        for form, lemmas in forms.items():
            other.add(form.lower())
            other.update(w.lower() for w in lemmas)
    nouns = {w.lower() for w in index.get("noun", ())}
    stop = dutch_stop_words()
    words = frozenset(formed | other | nouns | stop)
    return words, frozenset(nouns - formed - other - stop)


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lower-cased English word forms (spacy-lookups-data): "Common Practices" in a Dutch text is
    a phrase, not a person."""
    table = lookups_table("lemma_lookup", "en")
    words = frozenset(w.lower() for w in table) | frozenset(w.lower() for w in table.values())
    return words - {n.lower() for n in first_names()}


# Adjectives made from a proper noun ("Kaspische Zee", "de Braziliaanse club", "Oostendse"): a word
# with such an ending and on no name list is Dutch, not a name.
ADJECTIVE_END = re.compile(r"(?:ische|sche|aanse|ese|ndse|tse|[ei]lse|oise)$")


def is_dutch(word: str) -> bool:
    """A Dutch word, a compound of two ("Wiskundestudie", "Leerlingenkamer"), or an adjective made
    from a proper noun that no name list holds ("Kaspische")."""
    low = word.lower()
    words = dutch_words()
    if low in words:
        return True
    if ADJECTIVE_END.search(low) and title_case(word) not in first_names() and title_case(word) not in surnames():
        return True
    return any(low[:i] in words and (low[i:] in words or low[i] == "s" and low[i + 1:] in words)
               for i in range(4, len(low) - 3))


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    return dutch_stop_words()


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Lower-cased words of place names (data/places_nl.txt): places stay in answers, so the
    last-resort rules (a coined organisation, an unknown capitalised word) never take one."""
    return frozenset(w.lower() for line in data_lines("places_nl.txt") for w in re.split(r"[ -]", line))


def dutch_head(low: str) -> bool:
    """A compound whose last part (five letters or more) is a Dutch word: Dutch compounds end in
    their head ("zwerkbaltraining", "scholarshipprijs"), a coined name seldom does."""
    words = dutch_words()
    return any(low[i:] in words for i in range(3, len(low) - 4))
