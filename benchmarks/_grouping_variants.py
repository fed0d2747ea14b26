"""Variants of the theme stage tried by explore_grouping.py: (data, k, seed, quality) -> themes.

``data`` holds ``texts``, ``use`` (USE vectors) and with ``quality`` ``e5``; a variant returns the
theme of each answer (-1 = "overig"). Results: docs/clustering.md.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from openanswers.themes import group_themes
from openanswers.topics import default_n_topics
from openanswers.topics.multiview import MultiViewTopics

def default(data: dict, k: int, seed: int, quality: bool = False, **model_kw) -> np.ndarray:
    """What summarise() does: multiview topics (at least k of them), Ward merge, self-training
    (with the neighbours' vote unless ``smooth=False``)."""
    X, dims = _views(data, quality)
    n = len(X)
    model = MultiViewTopics(n_topics=max(default_n_topics(n), k), random_state=seed, view_dims=dims, **model_kw).fit(X, texts=data["texts"])
    graph = getattr(model, "graph_", None)
    return group_themes(data["use"], model.labels_, k, space=model.space_, refine=True, random_state=seed, graph=graph)


def plain(data: dict, k: int, seed: int, quality: bool = False) -> np.ndarray:
    """The previous default (multiview-plain): self-training without the neighbours' vote."""
    return default(data, k, seed, quality, smooth=False)


def _views(data: dict, quality: bool):
    if quality and "views" in data:  # explore_grouping.py --view a,b: one view per encoder
        parts = [data["use"], *data["views"]]
        return np.hstack(parts), tuple(p.shape[1] for p in parts)
    if quality:
        return np.hstack([data["use"], data["e5"]]), (data["use"].shape[1], data["e5"].shape[1])
    return data["use"], None


def guided(data: dict, k: int, seed: int, quality: bool = False, vote: bool = False, smooth: float | None = None, keep: float | None = None) -> np.ndarray:
    """What summarise(expected=the label names) does (``--expect``): multiview topics, themes
    grown from the expected names (topics/guided.py); ``vote``: the multiview graph's neighbours
    vote in its self-training, as in the default's themes."""
    from openanswers.themes import group_themes as themes_of
    from openanswers.topics import selftrain
    from openanswers.topics.guided import guide

    X, dims = _views(data, quality)
    n = len(X)
    model = MultiViewTopics(n_topics=max(default_n_topics(n), k), random_state=seed, view_dims=dims).fit(X, texts=data["texts"])
    saved = selftrain.SMOOTH, selftrain.KEEP_SMOOTHED
    import openanswers.topics.guided as guided_module
    guided_module.SMOOTH, guided_module.KEEP_SMOOTHED = smooth or saved[0], keep or saved[1]
    try:
        guidance = guide(data["use"], model.space_, data["expected"], "use", k, random_state=seed, graph=model.graph_ if vote else None)
    finally:
        guided_module.SMOOTH, guided_module.KEEP_SMOOTHED = saved
    return themes_of(data["use"], guidance.labels, int(guidance.labels.max()) + 1, space=model.space_, refine=False, random_state=seed)


VARIANTS: dict[str, Callable] = {"default": default, "plain": plain, "guided": guided,
                                 "guided-vote": lambda data, k, seed, quality=False: guided(data, k, seed, quality, vote=True)}
for _smooth, _keep in ((0.2, 0.6), (0.3, 0.5), (0.5, 0.5), (0.3, 0.7)):
    VARIANTS[f"guided-vote{_smooth}k{_keep}"] = lambda data, k, seed, quality=False, _s=_smooth, _k=_keep: guided(data, k, seed, quality, vote=True, smooth=_s, keep=_k)


def variant(name: str):
    def register(fn: Callable) -> Callable:
        VARIANTS[name] = fn
        return fn
    return register




# ---- the default, with its settings as arguments ------------------------------------------

def grouping(data: dict, k: int, seed: int, quality: bool = False, *, nn: float = 0.5, alpha: float = 0.5, steps: int = 3,
             lex: str = "char", lex_weight: float = 0.5, topics: float | None = None, merge: str = "ward",
             refine: str = "lr", C: float = 0.1, keep: float = 0.5, rounds: int = 10, outliers: bool = True,
             post: Callable | None = None, lemv: float = 0.0, lemcat: float = 0.0, smooth: float = 0.0, tsne: int = 0) -> np.ndarray:
    """The default pipeline's grouping with each lever exposed (defaults = summarise()'s)."""
    from sklearn.cluster import KMeans
    from sklearn.utils import check_random_state

    from openanswers.themes import _mark_outliers, _rank_by_size
    from openanswers.themes.merge import merge_topics
    from openanswers.topics import selftrain
    from openanswers.topics.space import centre, propagate, unit_centroids
    from openanswers.topics.views import lexical_view, multiview_graph

    X, dims = _views(data, quality)
    n = len(X)
    rng = check_random_state(seed)
    bounds = np.cumsum((0,) + tuple(dims or (X.shape[1],)))
    views = [centre(X[:, a:b]) for a, b in zip(bounds, bounds[1:])]
    lex_seed = rng.randint(2**31 - 1)
    lexical = []
    if "char" in lex:
        lexical.append(lexical_view(data["texts"], random_state=lex_seed))
    if "word" in lex:
        lexical.append(word_view(data["texts"], random_state=lex_seed))
    weights = [(1 - lex_weight) / len(views)] * len(views) + [lex_weight / len(lexical)] * len(lexical)
    if lemv:  # USE of the content lemmas as one more view of the graph, this share of it
        weights = [w * (1 - lemv) for w in weights] + [lemv]
        lexical.append(centre(data["use_lemmas"]))
    if lemcat:  # ... or concatenated to the clustered features, at this weight
        views[0] = centre(np.hstack([views[0], lemcat * centre(data["use_lemmas"])]))
    n_neighbours = int(max(3, round(n**0.5 * nn)))
    graph = multiview_graph(views + lexical, k=n_neighbours, weights=weights)
    space = propagate(views[0], graph, alpha=alpha, steps=steps)
    data["_graph"], data["_space"] = graph, space
    n_topics = max(default_n_topics(n), k) if topics is None else max(k, min(n, round(topics * k)))
    where = space
    if tsne:  # turftopic's ClusteringTopicModel idea: find the topics in a t-SNE map (of Z), this many dims
        from sklearn.manifold import TSNE

        where = TSNE(tsne, metric="cosine", perplexity=min(15, n - 1), random_state=seed).fit_transform(space)
    labels = KMeans(n_topics, n_init=4, random_state=rng.randint(2**31 - 1)).fit(where).labels_
    topic_ids = sorted(set(labels.tolist()))
    sizes = np.array([(labels == t).sum() for t in topic_ids])
    cents = unit_centroids(space, labels, topic_ids)
    if merge == "ward":
        topic_theme = merge_topics(cents, sizes, k)
    else:  # average / complete linkage on cosine
        from sklearn.cluster import AgglomerativeClustering

        topic_theme = AgglomerativeClustering(k, metric="cosine", linkage=merge).fit_predict(cents) if len(cents) > k else np.arange(len(cents))
    theme_of = topic_theme[np.searchsorted(topic_ids, labels)]
    if refine == "lr":
        saved = selftrain.C
        selftrain.C = C
        try:
            theme_of = selftrain.self_train(space, theme_of, keep=keep, max_iter=rounds, random_state=seed,
                                            graph=graph if smooth else None, smooth=smooth)
        finally:
            selftrain.C = saved
    if post is not None:
        theme_of = post(data, space, graph, theme_of, k, seed)
    return _rank_by_size(_mark_outliers(space, theme_of)) if outliers else theme_of


def word_view(texts, n_components: int = 200, random_state=0):
    """Word (1-2-gram) TF-IDF, truncated SVD, centred: the lexical view at word level."""
    from sklearn.decomposition import TruncatedSVD
    from sklearn.feature_extraction.text import TfidfVectorizer

    from openanswers.topics.space import centre

    counts = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, dtype=np.float32).fit_transform(texts)
    dims = min(n_components, counts.shape[1] - 1, len(texts) - 1)
    return centre(TruncatedSVD(dims, random_state=random_state).fit_transform(counts).astype(np.float32))


def parse(name: str) -> Callable:
    """``"g:nn=1,alpha=0.7"`` -> grouping with those settings (numbers as float/int, else str)."""
    if name in VARIANTS:
        return VARIANTS[name]
    base, _, args = name.partition(":")
    kwargs = {}
    for part in filter(None, args.split(",")):
        key, value = part.split("=")
        try:
            kwargs[key] = int(value) if value.lstrip("-").isdigit() else float(value)
        except ValueError:
            kwargs[key] = value
    if base != "g":
        kwargs["post"] = POSTS[base]
    return lambda data, k, seed, quality=False: grouping(data, k, seed, quality, **kwargs)


POSTS: dict[str, Callable] = {}  # refinements after self-training, by name


from _scan_head import scan, scan_then_selftrain  # noqa: E402  (SCAN / TEMI heads, measured in docs/clustering.md)


def _post(fn, **fixed):
    def post(data, space, graph, theme_of, k, seed, **kw):
        return fn(data, space, graph, theme_of, k, seed, **{**fixed, **kw})
    return post


for _lam in (1, 2, 5):
    POSTS[f"scan{_lam}"] = _post(scan, lam=_lam)
    POSTS[f"scanst{_lam}"] = _post(scan_then_selftrain, lam=_lam)
    POSTS[f"temi{_lam}"] = _post(scan, lam=_lam, pmi=True)
POSTS["scan2full"] = _post(scan, lam=2, dims=0)
POSTS["scan2rand"] = _post(scan, lam=2, init="random", restarts=3)


# ---- label propagation over the multiview graph, from the confident members ------------------

def propagate_labels(data, space, graph, theme_of, k, seed, *, keep: float = 0.5, alpha: float = 0.9, steps: int = 20, then_st: bool = False):
    """Zhou et al. (2004) on labels: the confident half of each theme are the seeds."""
    from openanswers.topics.selftrain import margins, self_train

    classes = np.arange(k)
    margin = margins(space, theme_of, classes)
    Y = np.zeros((len(theme_of), k))
    for c in classes:
        members = np.flatnonzero(theme_of == c)
        top = members[np.argsort(-margin[members], kind="stable")[: max(3, int(np.ceil(keep * len(members))))]]
        Y[top, c] = 1.0
    Y /= np.maximum(Y.sum(axis=0, keepdims=True), 1)  # class-balanced seeds
    A = (graph + graph.T) * 0.5
    Fm = Y.copy()
    for _ in range(steps):
        Fm = alpha * (A @ Fm) + (1 - alpha) * Y
    labels = Fm.argmax(axis=1)
    if len(set(labels.tolist())) < k:
        return theme_of
    return self_train(space, labels, random_state=seed) if then_st else labels


POSTS["lp"] = _post(propagate_labels)
POSTS["lpst"] = _post(propagate_labels, then_st=True)
POSTS["lp99"] = _post(propagate_labels, alpha=0.99, steps=50)
POSTS["scan05"] = _post(scan, lam=0.5)


# ---- consensus of several runs on the same space ---------------------------------------------

def align(reference: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    """``labels`` renamed to agree most with ``reference`` (Hungarian on the contingency table)."""
    from scipy.optimize import linear_sum_assignment

    table = np.zeros((k, k))
    np.add.at(table, (labels[labels >= 0], reference[labels >= 0].clip(0)), 1)
    rows, cols = linear_sum_assignment(-table)
    mapping = np.full(k, -1)
    mapping[rows] = cols
    return np.where(labels >= 0, mapping[labels.clip(0)], -1)


def consensus(data, k, seed, quality=False, runs: int = 5, st: bool = True, **kw):
    """Majority vote of ``runs`` groupings (k-means seeds differ, same space), then self-training."""
    from openanswers.themes import _mark_outliers, _rank_by_size
    from openanswers.topics.selftrain import self_train

    first = grouping(data, k, seed, quality, outliers=False, **kw)
    space = data["_space"]
    votes = np.zeros((len(first), k))
    votes[np.arange(len(first)), first] += 1
    for r in range(1, runs):
        other = _regroup(space, k, seed * 1000 + r)
        other = align(first, other, k)
        votes[np.arange(len(first)), other] += 1
    labels = votes.argmax(axis=1)
    if st:
        labels = self_train(space, labels, random_state=seed)
    return _rank_by_size(_mark_outliers(space, labels))


def _regroup(space, k, seed, graph=None):
    """The default's theme stage once more with another k-means seed (the neighbours of ``graph``
    voting in self-training when given)."""
    from sklearn.cluster import KMeans

    from openanswers.themes.merge import merge_topics
    from openanswers.topics.selftrain import KEEP_SMOOTHED, SMOOTH, self_train
    from openanswers.topics.space import unit_centroids

    n = len(space)
    labels = KMeans(max(default_n_topics(n), k), n_init=4, random_state=seed).fit(space).labels_
    ids = sorted(set(labels.tolist()))
    theme = merge_topics(unit_centroids(space, labels, ids), np.bincount(labels), k)[labels]
    vote = {"graph": graph, "smooth": SMOOTH, "keep": KEEP_SMOOTHED} if graph is not None else {}
    return self_train(space, theme, random_state=seed, **vote)


VARIANTS["consensus5"] = consensus
VARIANTS["consensus9"] = lambda data, k, seed, quality=False: consensus(data, k, seed, quality, runs=9)


# ---- self-training whose predictions are smoothed over the neighbour graph --------------------

def smooth_self_train(data, space, graph, theme_of, k, seed, *, beta: float = 0.5, C: float = 0.1, keep: float = 0.5, rounds: int = 10, views: str = "z"):
    """As topics.selftrain, but each round's class probabilities are averaged with those of the
    answer's neighbours (weight ``beta``) before the argmax: a label must also fit the neighbourhood."""
    import warnings

    from sklearn.decomposition import PCA
    from sklearn.linear_model import LogisticRegression

    from openanswers.topics.selftrain import margins

    X = PCA(64, random_state=seed).fit_transform(space)
    X /= np.linalg.norm(X, axis=1, keepdims=True)
    labels = theme_of.copy()
    classes = np.arange(k)
    for _ in range(rounds):
        margin = margins(X, labels, classes)
        train = []
        for c in classes:
            members = np.flatnonzero(labels == c)
            if len(members) < 3:
                return labels
            train.append(members[np.argsort(-margin[members], kind="stable")[: min(1000, max(3, int(np.ceil(keep * len(members)))))]])
        train = np.concatenate(train)
        model = LogisticRegression(C=C, class_weight="balanced", max_iter=200)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            model.fit(X[train], labels[train])
        P = model.predict_proba(X)
        P = (1 - beta) * P + beta * (graph @ P)
        new = model.classes_[P.argmax(axis=1)]
        if len(set(new.tolist())) < k:
            return labels
        if np.array_equal(new, labels):
            break
        labels = new
    return labels


POSTS["sst"] = _post(smooth_self_train)
POSTS["sst3"] = _post(smooth_self_train, beta=0.3)
POSTS["sst7"] = _post(smooth_self_train, beta=0.7)


# ---- co-training: the lexical view's classifier votes with the meaning view's ----------------

def co_train(data, space, graph, theme_of, k, seed, *, C: float = 0.1, keep: float = 0.5, rounds: int = 10, lex_share: float = 0.5, extra: str = "lexical"):
    """Self-training with one classifier per view (Z; the character n-gram view or USE of the
    lemmas), trained on the same confident members; their class probabilities are averaged."""
    import warnings

    from sklearn.decomposition import PCA
    from sklearn.linear_model import LogisticRegression

    from openanswers.topics.selftrain import margins
    from openanswers.topics.space import centre
    from openanswers.topics.views import lexical_view

    X = PCA(64, random_state=seed).fit_transform(space)
    X /= np.linalg.norm(X, axis=1, keepdims=True)
    L = lexical_view(data["texts"], random_state=seed) if extra == "lexical" else centre(data["use_lemmas"])
    labels = theme_of.copy()
    classes = np.arange(k)
    for _ in range(rounds):
        margin = margins(X, labels, classes)
        train = []
        for c in classes:
            members = np.flatnonzero(labels == c)
            if len(members) < 3:
                return labels
            train.append(members[np.argsort(-margin[members], kind="stable")[: min(1000, max(3, int(np.ceil(keep * len(members)))))]])
        train = np.concatenate(train)
        P = 0
        for features, share in ((X, 1 - lex_share), (L, lex_share)):
            model = LogisticRegression(C=C, class_weight="balanced", max_iter=200)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                model.fit(features[train], labels[train])
            P = P + share * model.predict_proba(features)
        new = model.classes_[P.argmax(axis=1)]
        if len(set(new.tolist())) < k:
            return labels
        if np.array_equal(new, labels):
            break
        labels = new
    return labels


POSTS["cot"] = _post(co_train)
POSTS["cot3"] = _post(co_train, lex_share=0.3)
POSTS["cotlem"] = _post(co_train, extra="lemmas")
POSTS["sstk7"] = _post(smooth_self_train, keep=0.7)
POSTS["sst3k7"] = _post(smooth_self_train, beta=0.3, keep=0.7)
POSTS["sstC03"] = _post(smooth_self_train, C=0.03)
POSTS["sst3C03"] = _post(smooth_self_train, beta=0.3, C=0.03)
POSTS["sstC1"] = _post(smooth_self_train, C=1.0)
POSTS["sst2k7"] = _post(smooth_self_train, beta=0.2, keep=0.7)
POSTS["sst4k7"] = _post(smooth_self_train, beta=0.4, keep=0.7)
POSTS["sst3k6"] = _post(smooth_self_train, beta=0.3, keep=0.6)
POSTS["sst3k8"] = _post(smooth_self_train, beta=0.3, keep=0.8)


def co_smooth(data, space, graph, theme_of, k, seed, *, beta: float = 0.3, C: float = 0.1, keep: float = 0.6, rounds: int = 10,
              extra: str = "e5", share: float = 0.5, hops: int = 1):
    """Smoothed self-training (beta) with a second classifier on another view (``extra``: e5 or
    the centred USE of the lemmas) whose probabilities are averaged in (``share``)."""
    import warnings

    from sklearn.decomposition import PCA
    from sklearn.linear_model import LogisticRegression

    from openanswers.topics.selftrain import margins
    from openanswers.topics.space import centre

    def pca(M):
        M = PCA(64, random_state=seed).fit_transform(M)
        return M / np.linalg.norm(M, axis=1, keepdims=True)

    X = pca(space)
    feats = [(X, 1 - share)]
    if share > 0:
        feats.append((pca(centre(data["e5"] if extra == "e5" else data["use_lemmas"])), share))
    labels = theme_of.copy()
    classes = np.arange(k)
    for _ in range(rounds):
        margin = margins(X, labels, classes)
        train = []
        for c in classes:
            members = np.flatnonzero(labels == c)
            if len(members) < 3:
                return labels
            train.append(members[np.argsort(-margin[members], kind="stable")[: min(1000, max(3, int(np.ceil(keep * len(members)))))]])
        train = np.concatenate(train)
        P = 0
        for features, w in feats:
            model = LogisticRegression(C=C, class_weight="balanced", max_iter=200)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                model.fit(features[train], labels[train])
            P = P + w * model.predict_proba(features)
        for _ in range(hops):
            P = (1 - beta) * P + beta * (graph @ P)
        new = model.classes_[P.argmax(axis=1)]
        if len(set(new.tolist())) < k:
            return labels
        if np.array_equal(new, labels):
            break
        labels = new
    return labels


POSTS["cose5"] = _post(co_smooth)
POSTS["cose5q"] = _post(co_smooth, share=0.3)
POSTS["cosh2"] = _post(co_smooth, share=0.0, hops=2)
POSTS["coslem"] = _post(co_smooth, extra="lemmas", share=0.3)


# ---- restarts of the theme stage, the best chosen by an unsupervised score (round 3) ----------

def modularity(graph, labels: np.ndarray) -> float:
    """Newman's modularity of a partition on the symmetrised neighbour graph: how much more of
    the graph's weight stays inside the groups than chance would keep."""
    A = (graph + graph.T) * 0.5
    A = A.tocoo()
    total = A.data.sum()
    inside = A.data[labels[A.row] == labels[A.col]].sum() / total
    degree = np.asarray(A.sum(axis=1)).ravel()
    share = np.bincount(labels.clip(0), weights=degree) / total
    return float(inside - (share**2).sum())


def mean_margin(space: np.ndarray, labels: np.ndarray) -> float:
    """Mean margin between each answer's own and its nearest other theme centroid (self-training's
    confidence); higher = themes better separated."""
    from openanswers.topics.selftrain import margins

    return float(margins(space, labels, np.unique(labels)).mean())


def restarts(data, k, seed, quality=False, runs: int = 5, score: str = "modularity"):
    """The default's theme stage (topics by k-means, Ward merge, self-training with the
    neighbours' vote) from ``runs`` k-means seeds on one graph and space; the run with the best
    ``score`` (modularity on the graph, or the mean centroid margin) is kept."""
    from openanswers.themes import _mark_outliers, _rank_by_size
    from openanswers.topics.selftrain import KEEP_SMOOTHED, SMOOTH

    first = grouping(data, k, seed, quality, outliers=False, smooth=SMOOTH, keep=KEEP_SMOOTHED)
    space, graph = data["_space"], data["_graph"]
    candidates = [first] + [_regroup(space, k, seed * 1000 + r, graph) for r in range(1, runs)]
    scorer = (lambda labels: modularity(graph, labels)) if score == "modularity" else (lambda labels: mean_margin(space, labels))
    best = max(candidates, key=scorer)
    return _rank_by_size(_mark_outliers(space, best))


VARIANTS["restarts5-mod"] = restarts
VARIANTS["restarts5-margin"] = lambda data, k, seed, quality=False: restarts(data, k, seed, quality, score="margin")
VARIANTS["g-default"] = lambda data, k, seed, quality=False: grouping(data, k, seed, quality, smooth=0.3, keep=0.6)


# ---- split and re-merge: a theme made of two graph communities is split, the Ward-closest pair merged

def fiedler_split(A, members: np.ndarray):
    """Two-way normalised-cut split of ``members`` on the symmetrised graph ``A``: (ncut, mask)."""
    from scipy.sparse import diags
    from scipy.sparse.linalg import eigsh

    S = A[members][:, members]
    degree = np.asarray(S.sum(axis=1)).ravel() + 1e-9
    scale = diags(1 / np.sqrt(degree))
    M = scale @ S @ scale
    if len(members) < 200:
        vals, vecs = np.linalg.eigh(M.toarray())
    else:
        vals, vecs = eigsh(M, k=2, which="LA", tol=1e-4, v0=np.full(len(members), 1 / np.sqrt(len(members))))
    order = np.argsort(vals)
    side = (vecs[:, order[-2]] / np.sqrt(degree)) > 0
    if side.all() or not side.any():
        return np.inf, side
    cut = S[side][:, ~side].sum()
    return float(cut / degree[side].sum() + cut / degree[~side].sum()), side


def split_merge(data, space, graph, theme_of, k, seed, *, rounds: int | None = None, retrain: bool = True, min_size: int = 6, merge: str = "ward"):
    """Repeatedly split the theme with the weakest normalised cut into its two graph communities,
    then merge the pair of groups Ward finds closest (size-weighted centroids in Z); when that
    pair is the split itself, stop (``merge="graph"``: the pair with the largest share of their
    graph weight between them, the normalised cut's own criterion). With ``retrain`` self-training (with the vote) redraws the
    borders after each accepted move."""
    from openanswers.topics.selftrain import KEEP_SMOOTHED, SMOOTH, self_train
    from openanswers.topics.space import unit_centroids

    A = ((graph + graph.T) * 0.5).tocsr()
    labels = theme_of.copy()
    seen = {labels.tobytes()}
    for _ in range(rounds or k):
        cuts = []
        for t in range(k):
            members = np.flatnonzero(labels == t)
            if len(members) >= min_size:
                cuts.append((*fiedler_split(A, members), t, members))
        if not cuts:
            break
        ncut, side, t, members = min(cuts, key=lambda c: c[0])
        if not np.isfinite(ncut):
            break
        trial = labels.copy()
        trial[members[side]] = k  # the new half
        ids = list(range(k + 1))
        cents = unit_centroids(space, trial, ids)
        sizes = np.bincount(trial, minlength=k + 1).astype(float)
        best, pair = np.inf, None
        if merge == "graph":  # between-group weight over the smaller volume: merge the most joined pair
            onehot = np.eye(k + 1)[trial]
            between = onehot.T @ (A @ onehot)
            volume = np.diag(between) + (between.sum(axis=1) - np.diag(between))
        for a in range(k + 1):
            for b in range(a + 1, k + 1):
                if merge == "graph":
                    cost = -between[a, b] / min(volume[a], volume[b])
                else:
                    cost = sizes[a] * sizes[b] / (sizes[a] + sizes[b]) * np.sum((cents[a] - cents[b]) ** 2)
                if cost < best:
                    best, pair = cost, (a, b)
        if set(pair) == {t, k}:
            break
        a, b = pair
        trial[trial == b] = a
        trial[trial == k] = b if b != k else a  # keep ids 0..k-1
        ids_left = sorted(set(trial.tolist()))
        trial = np.searchsorted(ids_left, trial)
        if retrain:
            trial = self_train(space, trial, random_state=seed, graph=graph, smooth=SMOOTH, keep=KEEP_SMOOTHED)
        if trial.tobytes() in seen:
            break
        seen.add(trial.tobytes())
        labels = trial
    return labels


POSTS["splitmerge"] = _post(split_merge)
POSTS["splitmerge-nort"] = _post(split_merge, retrain=False)
POSTS["splitmerge-graph"] = _post(split_merge, merge="graph")
