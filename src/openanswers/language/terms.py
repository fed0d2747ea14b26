"""Content terms (lemmas) of answers: what keywords, labels and codebook rules match on."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from .lexicon import canonical_term, survey_stop_words

# Parts of speech that name what an answer is about; verbs ("aangeven", "verwachten") and adverbs
# are left to the embeddings. Domain terms are kept whatever the tagger says.
KEYWORD_POS = frozenset({"NOUN", "PROPN", "ADJ", "X", ""})


class Term(NamedTuple):
    lemma: str
    pos: str  # universal POS tag, or "" when the pipeline has no tagger
    domain: bool  # a term from the domain lexicon (ZZP, Wlz, NZa)
    text: str  # the word as written, lower case: keywords are shown in their common written form


def content_terms(texts: Sequence[str], nlp=None, batch_size: int = 256) -> list[list[Term]]:
    """Per text, its content terms in order: lower-case lemmas, stop words and punctuation out,
    domain terms in their canonical form ("ZZP's" -> "ZZP")."""
    from .loader import load_nlp

    nlp = nlp or load_nlp()
    stop = survey_stop_words()
    # Survey answers repeat ("n.v.t.", "geen", "nee"): each distinct text is parsed once.
    unique = list(dict.fromkeys(texts))
    # Lemmas need only the tokenizer, tagger and lemmatizer: the parser and NER are never run.
    disable = [name for name in nlp.pipe_names if name in ("parser", "ner", "senter")]
    shared: dict[Term, Term] = {}  # one object per distinct term: answers repeat words
    with nlp.select_pipes(disable=disable):
        docs = nlp.pipe(unique, batch_size=batch_size)
        parsed = {text: [shared.setdefault(t, t) for t in _doc_terms(doc, stop)] for text, doc in zip(unique, docs)}
    return [list(parsed[text]) for text in texts]


def content_lemmas(texts: Sequence[str], nlp=None, batch_size: int = 256) -> list[list[str]]:
    """Per text, the lemmas of :func:`content_terms`."""
    return [[t.lemma for t in doc] for doc in content_terms(texts, nlp, batch_size)]


def keyword_terms(terms: Sequence[Sequence[Term]]) -> list[list[Term]]:
    """The terms that may become keywords and labels: nouns, adjectives, names, domain terms."""
    return [[t for t in doc if t.domain or t.pos in KEYWORD_POS] for doc in terms]


def written_forms(terms: Sequence[Sequence[Term]]) -> dict[str, str]:
    """Most common written form of each lemma bigram ("administratief last" -> "administratieve
    lasten"): a bigram of lemmas is rarely Dutch as it stands, a single lemma is."""
    counts: dict[str, Counter] = {}
    for doc in terms:
        for a, b in zip(doc, doc[1:]):
            counts.setdefault(f"{a.lemma} {b.lemma}", Counter())[f"{a.text} {b.text}"] += 1
    return {bigram: forms.most_common(1)[0][0] for bigram, forms in counts.items()}


# (orth, pos, lemma) -> Term or None: a term depends on nothing else, and survey answers repeat
# the same few thousand words, so each is worked out once. Cleared when it grows too large.
_TERM_CACHE: dict[tuple[int, int, int], Term | None] = {}
_TERM_CACHE_MAX = 100_000
_SKIP = object()


def _doc_terms(doc, stop: frozenset[str]) -> Iterable[Term]:
    cache = _TERM_CACHE
    if len(cache) > _TERM_CACHE_MAX:
        cache.clear()
    for token in doc:
        key = (token.orth, token.pos, token.lemma)
        term = cache.get(key, _SKIP)
        if term is _SKIP:
            term = cache[key] = _token_term(token, stop)
        if term is not None:
            yield term


def _token_term(token, stop: frozenset[str]) -> Term | None:
    term = canonical_term(token.text)
    if term is not None:
        return Term(term, token.pos_, True, term)
    if token.is_punct or token.is_space or token.like_num or token.like_url or token.like_email:
        return None
    lemma = (token.lemma_ or token.text).lower().strip("'’\"-.")
    if len(lemma) < 2 or not any(ch.isalpha() for ch in lemma):
        return None
    if lemma in stop or token.lower_ in stop:
        return None
    return Term(lemma, token.pos_, False, token.lower_)
