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
    kept = labels >= 0
    classes, index = np.unique(labels[kept], return_inverse=True)
    if not len(classes):
        return {}
    class_sizes = np.bincount(index, minlength=len(classes))
    # A keyword must recur: used by at least two answers of its class (one in a class of one). So
    # when every class has two or more answers, a term used once can never score, and leaving such
    # terms out (most bigrams) keeps the vocabulary small at 100k answers.
    min_df = 2 if class_sizes.min() >= 2 else 1
    try:
        present = CountVectorizer(analyzer=ngrams, binary=True, min_df=min_df)
        docs = present.fit_transform(lemmas).tocsr()
    except ValueError:  # no (recurring) terms in any answer
        return {int(c): [] for c in classes}
    vocab = present.get_feature_names_out()
    membership = sparse.csr_matrix((np.ones(len(index)), (index, np.flatnonzero(kept))), shape=(len(classes), len(labels)))
    # Answers per class using each term, kept sparse: a dense classes x terms matrix (and the
    # temporaries of scoring it) took ~1 GB at 100k answers.
    counts = (membership @ docs).tocoo()
    rows, cols, used = counts.row, counts.col, counts.data
    p_class = used / class_sizes[rows]
    p_all = np.asarray(docs.sum(axis=0), dtype=float).ravel()[cols] / len(labels)
    score = p_class * np.log(p_class / p_all)
    score[(p_class <= p_all) | (used < np.minimum(2, class_sizes[rows]))] = 0.0
    order = np.lexsort((cols, -score, rows))  # per class, best first; ties in vocabulary order
    bounds = np.searchsorted(rows[order], np.arange(len(classes) + 1))
    out: dict[int, list[str]] = {}
    for row, c in enumerate(classes):
        chosen: list[str] = []
        for entry in order[bounds[row] : bounds[row + 1]]:
            if score[entry] <= 0 or len(chosen) >= top_n:
                break
            term = vocab[cols[entry]]
            # A bigram makes its parts redundant and vice versa: keep the better-scored one once.
            parts = set(term.split(" "))
            if any(parts & set(kept_term.split(" ")) for kept_term in chosen):
                continue
            chosen.append(term)
        out[int(c)] = chosen
    return out
