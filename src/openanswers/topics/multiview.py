"""The default topic model: k-means in a space smoothed over the neighbours of several views.

Each answer is pulled towards the answers that resemble it in meaning (the sentence encoder) or
in wording (character n-grams): :func:`openanswers.topics.views.multiview_graph`, then the
label-propagation step of :func:`openanswers.topics.space.propagate` on the centred encoder
vectors. With several encoders side by side (``view_dims``, the ``--quality`` switch: USE and
multilingual-e5-small), each encoder is a view of its own in the graph. k-means then finds the
topics. The space is kept (``space_``) so that themes are merged
and refined in the same space the topics were found in, and the graph (``graph_``) so that their
self-training can ask each answer's neighbours (``smooth=False``, ``--topics multiview-plain``:
the previous default, without).
"""

from __future__ import annotations

import numpy as np
from sklearn.utils import check_random_state

from .base import default_n_topics
from .kmeans import kmeans
from .space import centre, propagate
from .views import cached_lexical_view, lexical_view, multiview_graph

# Below this many answers the character n-gram view shares too little to vouch for neighbours: on
# 10-20 SIB sentences it cost 0.05-0.09 NMI, from 30 on it helped (docs/clustering.md).
MIN_LEXICAL = 30


class MultiViewTopics:
    def __init__(self, n_topics: int | None = None, random_state: int | None = 0, n_init: int = 4, lexical: bool = True, view_dims: tuple[int, ...] | None = None, smooth: bool = True,
                 cache: bool = False):
        self.n_topics = n_topics
        self.random_state = random_state
        self.n_init = n_init
        self.lexical = lexical  # add the character n-gram view of ``docs``
        self.view_dims = view_dims  # X is several encoders side by side (--quality): their widths, in order
        self.smooth = smooth  # expose the neighbour graph (graph_) for the themes' self-training
        self.cache = cache  # keep the fit and the lexical view on disk (large runs; topics/fitcache.py)

    def fit(self, X: np.ndarray, docs=None, texts=None) -> "MultiViewTopics":
        """``texts`` (the answers as written) make the lexical view; without them, ``docs``."""
        n = X.shape[0]
        k = min(self.n_topics or default_n_topics(n), n)
        rng = check_random_state(self.random_state)
        self.backend_ = "multiview" if self.smooth else "multiview-plain"
        if k <= 1 or n < 4:
            self.labels_ = np.zeros(n, dtype=int) if k <= 1 else np.arange(n) % k
            self.space_ = centre(X[:, : (self.view_dims or (X.shape[1],))[0]])
            return self
        bounds = np.cumsum((0,) + tuple(self.view_dims or (X.shape[1],)))
        views = [centre(X[:, a:b]) for a, b in zip(bounds, bounds[1:])]
        # Only the first encoder's vectors are smoothed and clustered; the others vote on who the
        # neighbours are. Clustering their concatenation did worse on SIB-200 and the answer-like set.
        features = views[0]
        source = texts if texts is not None else docs
        make_view = cached_lexical_view if self.cache else lexical_view
        lexical = make_view(source, random_state=rng.randint(2**31 - 1)) if self.lexical and source is not None and n >= MIN_LEXICAL else None
        # Meaning and wording weigh half each, however many encoders share the meaning half: with
        # three equal views the wording's share fell to a third and the answer-like set lost 0.02 NMI.
        weights = [0.5 / len(views)] * len(views) + [0.5] if lexical is not None else None
        graph = multiview_graph(views + ([lexical] if lexical is not None else []), weights=weights)
        self.space_ = propagate(features, graph)
        if self.smooth:  # kept so that the themes' self-training can ask the neighbours (topics/selftrain.py)
            self.graph_ = graph
        model = kmeans(self.space_, k, n_init=self.n_init, random_state=rng.randint(2**31 - 1))
        self.labels_ = model.labels_.astype(int)
        return self
