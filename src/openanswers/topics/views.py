"""Several views of the same answers, and one neighbour graph that all of them agree on.

A sentence encoder and the answers' own wording make different mistakes: USE puts "tarieven te
laag" near "tarieven prima" (same subject, opposite point) and misses rare domain terms; a
character n-gram view sees shared words and word parts (compound nouns: "zorgtarief",
"tariefsverhoging") but nothing of meaning. Diffusing over the *sum* of the views' nearest-neighbour
graphs keeps the neighbours that either view vouches for, so an answer is smoothed towards answers
that resemble it in meaning or in wording (multi-view spectral clustering in its simplest form,
Kumar et al. 2011). Measured in docs/clustering.md: +0.01 to +0.03 NMI over USE alone.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse
from sklearn.utils import check_random_state
from threadpoolctl import threadpool_limits

from .space import anchors_of, centre, knn_graph, neighbour_count

LEXICAL_DIMS = 200  # SVD components of the character n-gram view
MIN_CACHED = 1_000  # smaller views take under a second to make: not kept on disk


def lexical_view(docs: Sequence[str], n_components: int = LEXICAL_DIMS, random_state=0) -> np.ndarray | None:
    """Character 3-5-gram TF-IDF (within word boundaries), reduced by truncated SVD, centred.

    None when the texts share too few n-grams to make a view of (tiny or empty inputs).
    """
    from sklearn.decomposition import TruncatedSVD

    docs = [d if isinstance(d, str) else " ".join(d) for d in docs]
    n = len(docs)
    if n < 4:
        return None
    counts = char_ngram_tfidf(docs)
    if counts is None:
        return None
    dims = min(n_components, counts.shape[1] - 1, n - 1)
    if dims < 2:
        return None
    seed = check_random_state(random_state).randint(2**31 - 1)
    # One BLAS thread: the QR steps of randomized SVD on these thin matrices took seconds instead
    # of milliseconds when threads competed for busy cores (measured on the shared 2-core box).
    with threadpool_limits(1, user_api="blas"):
        reduced = TruncatedSVD(dims, algorithm="randomized", n_iter=4, random_state=seed).fit_transform(counts)
    return centre(reduced.astype(np.float32))


def cached_lexical_view(docs: Sequence[str], n_components: int = LEXICAL_DIMS, random_state: int = 0) -> np.ndarray | None:
    """:func:`lexical_view`, kept in the disk cache (:mod:`openanswers.diskcache`) from
    ``MIN_CACHED`` answers on: a rerun over the same answers (another number of themes, a
    reviewed codebook) skips the n-gram counting and the SVD, ~5 s of a 10,000-answer run.

    The view belongs to the whole set of answers (the SVD is learnt from all of them), so the key
    hashes every answer in order, the seed and the size; the file's name, the source of
    ``openanswers.topics`` and scikit-learn's version. The value is the
    view's numbers (n x 200 float32): nothing in it reads back as an answer's words.
    """
    docs = [d if isinstance(d, str) else " ".join(d) for d in docs]
    if len(docs) < MIN_CACHED or not isinstance(random_state, (int, np.integer)):
        return lexical_view(docs, n_components, random_state)
    import hashlib

    import sklearn

    from ..diskcache import DiskCache, source_digest

    digest = hashlib.blake2b(f"{int(random_state)}\0{n_components}\0".encode(), digest_size=16)
    for doc in docs:
        digest.update(doc.encode("utf-8") + b"\0")
    key = digest.digest()
    with DiskCache("lexical", f"{source_digest('topics')}-sklearn{sklearn.__version__}") as store:
        found = store.get([key]).get(key)
        if found is not None and len(found) % (4 * len(docs)) == 0 and len(found):
            return np.frombuffer(found, dtype=np.float32).reshape(len(docs), -1).copy()
        view = lexical_view(docs, n_components, random_state)
        if view is not None:
            store.put([(key, np.ascontiguousarray(view, dtype=np.float32).tobytes())])
        return view


def char_ngram_tfidf(docs: Sequence[str]) -> sparse.csr_matrix | None:
    """What ``TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True)``
    gives (the same matrix, tested), made from each distinct word's n-grams.

    ``char_wb`` n-grams never cross a word boundary, so an answer's n-gram counts are the sum of
    its words' counts: (answers x words) @ (words x n-grams). Words repeat, so the Python-level
    n-gram loop runs over the vocabulary instead of every word of every answer: 2-3x faster at
    10,000 answers. None when no n-gram occurs in two answers.
    """
    from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

    words = CountVectorizer(analyzer=str.split, lowercase=False)
    try:
        per_word = words.fit_transform([d.lower() for d in docs])
    except ValueError:  # no word at all
        return None
    grams = CountVectorizer(analyzer="char_wb", ngram_range=(3, 5), lowercase=False).fit_transform(words.get_feature_names_out())
    counts = (per_word @ grams).tocsr()
    shared = np.flatnonzero(np.bincount(counts.indices, minlength=counts.shape[1]) >= 2)  # min_df=2
    if len(shared) == 0:
        return None
    return TfidfTransformer(sublinear_tf=True).fit_transform(counts[:, shared].astype(np.float32))


def multiview_graph(views: Sequence[np.ndarray], k: int | None = None, weights: Sequence[float] | None = None) -> sparse.csr_matrix:
    """Weighted mean of the views' row-normalised k-nearest-neighbour graphs (rows still sum to 1).

    With equal weights, an answer both of two views agree on gets weight 1/k, one only a single
    view finds 1/(2k).
    """
    n = len(views[0])
    k = neighbour_count(n) if k is None else k
    anchors = anchors_of(n)
    if len(anchors) < n:
        k = max(3, round(k * len(anchors) / n))
    weights = np.full(len(views), 1.0 / len(views)) if weights is None else np.asarray(weights, dtype=float) / np.sum(weights)
    graph = knn_graph(np.asarray(views[0], dtype=np.float32), k, anchors=anchors) * weights[0]
    for view, weight in zip(views[1:], weights[1:]):
        graph = graph + knn_graph(np.asarray(view, dtype=np.float32), k, anchors=anchors) * weight
    return graph.tocsr()
