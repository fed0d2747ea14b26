"""Keywords of topics and themes: lemma 1-2-grams that are common in a class and rare outside it.

Score = p_c * log(p_c / p), with p_c the share of the class's answers that use the term and p
that share over all answers: the term's contribution to the KL divergence between the class and
the corpus. BERTopic's c-TF-IDF ranks words by raw frequency in the class with a mild idf, so in a
survey about zorgkantoren "zorgkantoor" tops every topic; this score gives such words ~0. Counting
answers rather than tokens keeps one long answer from dominating a small class.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse


def ngrams(lemmas: Sequence[str]) -> list[str]:
    return list(lemmas) + [f"{a} {b}" for a, b in zip(lemmas, lemmas[1:])]


def class_keywords(lemmas: Sequence[Sequence[str]], labels: Sequence[int], top_n: int = 10) -> dict[int, list[str]]:
    """Top keywords per label (labels < 0 count towards the corpus but get no keywords)."""
    from sklearn.feature_extraction.text import CountVectorizer

    labels = np.asarray(labels, dtype=int)
    classes = sorted(int(c) for c in set(labels.tolist()) if c >= 0)
    if not classes:
        return {}
    try:
        present = CountVectorizer(analyzer=ngrams, binary=True).fit(lemmas)
    except ValueError:  # no terms in any answer
        return {c: [] for c in classes}
    vocab = present.get_feature_names_out()
    docs = present.transform(lemmas).tocsr()
    membership = sparse.csr_matrix(
        (np.ones(int((labels >= 0).sum())), (np.searchsorted(classes, labels[labels >= 0]), np.flatnonzero(labels >= 0))),
        shape=(len(classes), len(labels)),
    )
    in_class = np.asarray((membership @ docs).todense(), dtype=float)  # answers per class using the term
    class_sizes = np.bincount(np.searchsorted(classes, labels[labels >= 0]), minlength=len(classes))[:, None]
    p_class = in_class / np.maximum(class_sizes, 1)
    p_all = np.asarray(docs.sum(axis=0), dtype=float).ravel() / len(labels)
    with np.errstate(divide="ignore", invalid="ignore"):
        score = np.where(p_class > p_all, p_class * np.log(p_class / p_all), 0.0)
    # A term must recur: used by at least two answers of the class (one in a class of one).
    score[in_class < np.minimum(2, class_sizes)] = 0.0
    out: dict[int, list[str]] = {}
    for row, c in enumerate(classes):
        chosen: list[str] = []
        for j in np.argsort(-score[row], kind="stable"):
            if score[row, j] <= 0 or len(chosen) >= top_n:
                break
            term = vocab[j]
            # A bigram makes its parts redundant and vice versa: keep the better-scored one once.
            parts = set(term.split(" "))
            if any(parts & set(kept.split(" ")) for kept in chosen):
                continue
            chosen.append(term)
        out[c] = chosen
    return out
