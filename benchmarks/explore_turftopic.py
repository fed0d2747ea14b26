"""turftopic's clustering-capable models on our frozen USE vectors, scored like explore_grouping.py.

turftopic (https://x-tabdeveloping.github.io/turftopic/) is the one family of models issue 14
names that had never been run. Each model gets the answers' precomputed USE vectors
(``embeddings=``) and, where it embeds its vocabulary (KeyNMF, SensTopic), an encoder object that
embeds with openanswers' own USE, so nothing is downloaded. A hard assignment is the model's
cluster label or the argmax of its document-topic matrix (rows without any weight: -1), with
k = number of labels unless the model finds its own count (Topeax, HDBSCAN). turftopic is an
optional extra (``pip install 'openanswers[turftopic]'``); without it the script says so in one
line. Results: docs/clustering.md.

    OPENANSWERS_CACHE_DIR=/tmp/oa-cache nice python benchmarks/explore_turftopic.py gmm ctm-kmeans ...
    python benchmarks/explore_turftopic.py --list
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import time
import warnings
from collections.abc import Callable

import numpy as np
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

os.environ.setdefault("OPENANSWERS_CACHE_DIR", "/tmp/oa-cache")
warnings.filterwarnings("ignore")

from explore_grouping import SETS, load  # noqa: E402


class UseEncoder:
    """turftopic's encoder interface (``encode``) over openanswers' cached USE: no download."""

    def encode(self, texts, **_):
        from openanswers.embed import embed

        return embed(list(texts), "use")


def vectorizer():
    """Word counts without Dutch stop words (spaCy's list): turftopic's default is English."""
    from sklearn.feature_extraction.text import CountVectorizer
    from spacy.lang.nl.stop_words import STOP_WORDS

    return CountVectorizer(min_df=2, stop_words=sorted(STOP_WORDS))


def hard(doc_topic: np.ndarray) -> np.ndarray:
    """Argmax of a document-topic matrix; a row with no weight at all is -1."""
    doc_topic = np.asarray(doc_topic)
    labels = doc_topic.argmax(axis=1)
    labels[np.abs(doc_topic).max(axis=1) <= 0] = -1
    return labels


def _quiet(fit: Callable[[], np.ndarray]) -> np.ndarray:
    """turftopic prints rich progress lines per fit: kept out of the table."""
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return fit()


# ---- the models: (data, k, seed) -> labels --------------------------------------------------

def gmm(data, k, seed, reduce: int | None = None, prior: str | None = None, space: str = "use"):
    from turftopic import GMM

    reduction = None
    if reduce:
        from sklearn.decomposition import PCA

        reduction = PCA(reduce, random_state=seed)
    model = GMM(k, encoder=UseEncoder(), vectorizer=vectorizer(), dimensionality_reduction=reduction, weight_prior=prior,
                random_state=seed)
    return hard(model.fit_transform(data["texts"], embeddings=_embeddings(data, seed, space)))


def clustering_model(data, k, seed, clustering: str = "hdbscan", reduction: str = "tsne", method: str = "average", space: str = "use"):
    from sklearn.cluster import HDBSCAN, KMeans
    from turftopic import ClusteringTopicModel

    if reduction == "tsne":
        from sklearn.manifold import TSNE

        reducer = TSNE(2, metric="cosine", perplexity=15, random_state=seed)  # turftopic's default, seeded
    elif reduction == "umap":
        from umap import UMAP

        reducer = UMAP(n_neighbors=15, n_components=5, metric="cosine", random_state=seed)
    else:
        from sklearn.decomposition import PCA

        reducer = PCA(int(reduction.removeprefix("pca")), random_state=seed)
    clusterer = KMeans(k, n_init=4, random_state=seed) if clustering == "kmeans" else HDBSCAN(min_samples=10, min_cluster_size=25)
    if clustering == "hdbscan-small":  # clusters for small sets (the Nota: 195 answers, 11 labels)
        clusterer = HDBSCAN(min_samples=3, min_cluster_size=5)
    model = ClusteringTopicModel(encoder=UseEncoder(), vectorizer=vectorizer(), dimensionality_reduction=reducer, clustering=clusterer,
                                 n_reduce_to=k, reduction_method=method, random_state=seed)
    model.fit(data["texts"], embeddings=_embeddings(data, seed, space))
    return np.asarray(model.labels_)


def keynmf(data, k, seed):
    from turftopic import KeyNMF

    model = KeyNMF(k, encoder=UseEncoder(), vectorizer=vectorizer(), random_state=seed)
    return hard(model.fit_transform(data["texts"], embeddings=data["use"]))


def senstopic(data, k, seed):
    from turftopic import SensTopic

    model = SensTopic(k, encoder=UseEncoder(), vectorizer=vectorizer(), random_state=seed)
    return hard(model.fit_transform(data["texts"], embeddings=data["use"]))


def topeax(data, k, seed, space: str = "use"):
    from turftopic import Topeax

    model = Topeax(encoder=UseEncoder(), vectorizer=vectorizer(), random_state=seed)
    return hard(model.fit_transform(data["texts"], embeddings=_embeddings(data, seed, space)))


def _embeddings(data, seed, space):
    """``use``: the raw USE vectors; ``z``: our multiview space (centred, diffused over the
    meaning + wording graph), to see whether turftopic's clusterer does better than k-means there."""
    if space == "use":
        return data["use"]
    from openanswers.topics import default_n_topics
    from openanswers.topics.multiview import MultiViewTopics

    n = len(data["use"])
    return MultiViewTopics(n_topics=default_n_topics(n), random_state=seed).fit(data["use"], texts=data["texts"]).space_


MODELS: dict[str, Callable] = {
    "gmm": gmm,  # GaussianMixture (full covariance) at k on the 512-d USE vectors
    "gmm-pca20": lambda d, k, s: gmm(d, k, s, reduce=20),
    "gmm-dp": lambda d, k, s: gmm(d, k, s, prior="dirichlet_process"),
    "gmm-z": lambda d, k, s: gmm(d, k, s, space="z"),
    "gmm-z-pca20": lambda d, k, s: gmm(d, k, s, reduce=20, space="z"),
    "ctm": clustering_model,  # turftopic's default: TSNE 2-d, HDBSCAN, average-linkage reduction to k
    "ctm-small": lambda d, k, s: clustering_model(d, k, s, clustering="hdbscan-small"),
    "ctm-umap": lambda d, k, s: clustering_model(d, k, s, reduction="umap", clustering="hdbscan-small"),
    "ctm-smallest": lambda d, k, s: clustering_model(d, k, s, clustering="hdbscan-small", method="smallest"),
    "ctm-kmeans": lambda d, k, s: clustering_model(d, k, s, clustering="kmeans"),
    "ctm-kmeans-z": lambda d, k, s: clustering_model(d, k, s, clustering="kmeans", space="z"),
    "ctm-small-z": lambda d, k, s: clustering_model(d, k, s, clustering="hdbscan-small", space="z"),
    "keynmf": keynmf,
    "senstopic": senstopic,
    "topeax": topeax,
    "topeax-z": lambda d, k, s: topeax(d, k, s, space="z"),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("models", nargs="*", default=["gmm", "ctm", "ctm-kmeans", "keynmf", "senstopic", "topeax"])
    parser.add_argument("--sets", nargs="*", default=[s for s, (p, _, _) in SETS.items() if p.exists()])
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    if args.list:
        print("\n".join(MODELS))
        return
    try:
        import turftopic  # noqa: F401
    except ImportError:
        print("turftopic is not installed (pip install 'openanswers[turftopic]'): nothing to run")
        return
    for set_name in args.sets:
        data = load(set_name, quality=False)
        k = len(set(data["truth"]))
        for name in args.models:
            scores, clusters = [], []
            clock = time.perf_counter()
            for seed in range(args.seeds):
                try:
                    pred = np.asarray(_quiet(lambda: MODELS[name](data, k, seed)))
                except Exception as error:  # e.g. HDBSCAN finding no cluster at all on a small set
                    print(f"{name:14s} {set_name:7s} seed {seed} failed: {type(error).__name__}: {str(error)[:120]}", flush=True)
                    break
                scores.append((normalized_mutual_info_score(data["truth"], pred), adjusted_rand_score(data["truth"], pred), 100 * (pred < 0).mean()))
                clusters.append(len(set(pred[pred >= 0].tolist())))
            if not scores:
                continue
            s = np.array(scores)
            print(f"{name:14s} {set_name:7s} NMI {s[:, 0].mean():.3f} ± {s[:, 0].std():.3f}  ARI {s[:, 1].mean():.3f}  "
                  f"clusters {np.mean(clusters):.1f}  -1 {s[:, 2].mean():.1f}%  {(time.perf_counter() - clock) / args.seeds:.1f} s/seed", flush=True)


if __name__ == "__main__":
    main()
