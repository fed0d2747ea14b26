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
    # Lemmas need only the tokenizer, tagger and lemmatizer: the parser and NER are never run.
    disable = [name for name in nlp.pipe_names if name in ("parser", "ner", "senter")]
    with nlp.select_pipes(disable=disable):
        return [list(_doc_terms(doc, stop)) for doc in nlp.pipe(texts, batch_size=batch_size)]


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


def _doc_terms(doc, stop: frozenset[str]) -> Iterable[Term]:
    for token in doc:
        term = canonical_term(token.text)
        if term is not None:
            yield Term(term, token.pos_, True, term)
            continue
        if token.is_punct or token.is_space or token.like_num or token.like_url or token.like_email:
            continue
        lemma = (token.lemma_ or token.text).lower().strip("'’\"-.")
        if len(lemma) < 2 or not any(ch.isalpha() for ch in lemma):
            continue
        if lemma in stop or token.lower_ in stop:
            continue
        yield Term(lemma, token.pos_, False, token.lower_)
