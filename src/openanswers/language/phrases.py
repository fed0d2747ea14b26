"""Name phrases of answers: the nouns and noun phrases a theme can be named by.

A theme label reads like Dutch when it is built from phrases the respondents wrote ("financiële
onzekerheid", "administratieve lasten", "passende zorg"), not from a list of lemmas. The shipped
pipeline has no parser, so there are no noun chunks; a phrase here is a noun, name or domain term
with up to two attributive modifiers right before it in the answer's content terms. Stop words
were removed from those terms, so "de financiële onzekerheid" and "financiële onzekerheid" give
the same phrase; a phrase whose written form does not occur in any answer as written (two terms
that only became neighbours when a stop word fell out) is dropped by :func:`attested`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from .terms import Term

HEAD_POS = frozenset({"NOUN", "PROPN", "X", ""})  # "" = untagged (lookup pipeline): every term may head
MODIFIER_POS = frozenset({"ADJ"})
MAX_MODIFIERS = 2
# An attributive participle ("passende zorg", "gemaakte afspraken") is tagged VERB by the
# pipeline; it modifies the next noun only in its inflected -e form.
_ATTRIBUTIVE_VERB = re.compile(r"(?:end|[dt])e$")
_ADJECTIVE_ENDING = re.compile(r"(?:ig|isch|eel|aal|lijk|baar|loos|zaam|ief|air|iek|ant|ent|ees)$")
_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")


class Phrase(NamedTuple):
    key: str  # lemmas joined by spaces: variants of one phrase ("tarief", "tarieven") share it
    text: str  # as written in this answer (lower case, domain terms in their canonical form)
    n_words: int
    proper: bool = False  # headed by a name or foreign word (tagged PROPN or X), not a domain term


def name_phrases(terms: Sequence[Sequence[Term]]) -> list[list[Phrase]]:
    """:func:`answer_phrases` of every answer, with the part of speech of each word decided by
    majority over the whole corpus: a tagger that calls "zorgaanbieder" an adjective once, or
    "verwachten" a noun, does not make a phrase of it."""
    seen = Counter(term for doc in terms for term in doc)  # a corpus repeats its words: each judged once
    votes: dict[str, Counter] = {}
    for term, n in seen.items():
        votes.setdefault(term.lemma, Counter())[_role(term)] += n
    role = {lemma: count.most_common(1)[0][0] if len(count) == 1 else _majority(count) for lemma, count in votes.items()}
    plain = {term.text for term in seen if _plain(term)}
    return [answer_phrases(doc, role, plain) for doc in terms]


def answer_phrases(terms: Sequence[Term], role: dict[str, str] | None = None,
                   plain: set[str] | None = None) -> list[Phrase]:
    """Every name phrase of one answer (with repeats), in order of their head word. ``role`` maps
    a lemma to "head", "modifier" or "" (see :func:`name_phrases`); None: as tagged here.
    ``plain`` holds the written forms known to be words (:func:`_plain`), judged once per corpus."""
    kind = (lambda t: role.get(t.lemma, "")) if role is not None else _role
    is_plain = (lambda t: t.text in plain) if plain is not None else _plain
    out: list[Phrase] = []
    for i, term in enumerate(terms):
        if kind(term) != "head" or not is_plain(term):
            continue
        proper = term.pos in ("PROPN", "X") and not term.domain
        out.append(Phrase(term.lemma, term.text, 1, proper))
        modifiers: list[Term] = []
        for previous in reversed(terms[max(0, i - MAX_MODIFIERS) : i]):
            if kind(previous) != "modifier" or not _attributive(previous):
                break
            modifiers.insert(0, previous)
            words = [*modifiers, term]
            out.append(Phrase(" ".join(t.lemma for t in words), " ".join(t.text for t in words), len(words), proper))
    return out


PLURAL_SHARE = 0.25  # a name is written in the plural when answers use that form this often


def written_phrase_forms(phrases: Sequence[Sequence[Phrase]]) -> dict[str, str]:
    """How to write each phrase key in a label: its plural where the answers use the plural often
    enough ("wedstrijden", "administratieve lasten": a theme gathers many), else its most common
    form ("kwaliteit"). Ties go to the form seen first, so nothing depends on hash order."""
    counts: dict[str, Counter] = {}
    for doc in phrases:
        for phrase in doc:
            counts.setdefault(phrase.key, Counter())[phrase.text] += 1
    out = {}
    for key, forms in counts.items():
        common = forms.most_common(1)[0][0]
        plurals = [(n, form) for form, n in forms.items() if _plural_of(form, common)]
        if plurals and max(plurals)[0] >= PLURAL_SHARE * sum(forms.values()):
            common = max(plurals, key=lambda p: p[0])[1]
        out[key] = common
    return out


def _plural_of(form: str, singular: str) -> bool:
    """Dutch plural endings on the last word: -en, -s, -'s, -n, -eren ("kind" -> "kinderen")."""
    head, _, last = form.rpartition(" ")
    base_head, _, base = singular.rpartition(" ")
    if head != base_head or last == base or not last.startswith(base[: max(2, len(base) - 2)]):
        return False
    return last.endswith(("en", "s", "'s", "’s", "n")) and len(last) > len(base) - 1


def attested(form: str, texts: Sequence[str]) -> bool:
    """Whether a multi-word phrase occurs as written, word for word, in one of ``texts``."""
    if " " not in form:
        return True
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in form.split()) + r"(?!\w)", re.IGNORECASE)
    return any(pattern.search(t) for t in texts)


def _role(term: Term) -> str:
    if not _plain(term):
        return ""
    if term.domain or term.pos in HEAD_POS:
        return "head"
    if term.pos in MODIFIER_POS or (term.pos == "VERB" and _ATTRIBUTIVE_VERB.search(term.text)):
        return "modifier"
    return ""


def _majority(count: Counter) -> str:
    """The role a lemma has most often; ties go to none, so an unsure word joins no phrase."""
    (first, n1), (_, n2) = count.most_common(2)
    return first if n1 > n2 else ""


def _attributive(term: Term) -> bool:
    """Placed before a noun, a Dutch adjective is inflected ("financiële") or has an adjective
    ending ("financieel beleid"); a noun mistagged as adjective ("zorgaanbieder") has neither."""
    return term.text.endswith("e") or _ADJECTIVE_ENDING.search(term.text) is not None


def _plain(term: Term) -> bool:
    """A word, not a fragment of markup, a number or a path ("kan/", "beeldzorg/zorg")."""
    return len(term.text) >= 2 and _WORD.match(term.text) is not None
