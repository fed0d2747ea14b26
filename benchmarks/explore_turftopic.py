"""turftopic's clustering-capable models on our frozen USE vectors, scored like explore_grouping.py.

turftopic (https://x-tabdeveloping.github.io/turftopic/) is the one family of models issue 14
names that had never been run. The models and how they get our vectors: _turftopic_models.py.
k = number of labels unless the model finds its own count (Topeax; HDBSCAN before the merge to
k). Variants ending in ``-z`` cluster our multiview space Z (centred USE diffused over the
meaning + wording graph) instead of the raw vectors. turftopic is an optional extra
(``pip install 'openanswers[turftopic]'``); without it the script says so in one line.
Results: docs/clustering.md.

    OPENANSWERS_CACHE_DIR=/tmp/oa-cache nice python benchmarks/explore_turftopic.py gmm ctm-kmeans ...
    python benchmarks/explore_turftopic.py --list
"""

from __future__ import annotations

import argparse
import os
import time
import warnings
from collections.abc import Callable

import numpy as np
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

os.environ.setdefault("OPENANSWERS_CACHE_DIR", "/tmp/oa-cache")
warnings.filterwarnings("ignore")

import _turftopic_models as T  # noqa: E402
from explore_grouping import SETS, load  # noqa: E402


def gmm(data, k, seed, reduce=None, prior=None, space="use"):
    return T.gmm(_embeddings(data, seed, space), data["texts"], k, seed, reduce=reduce, prior=prior)


def clustering_model(data, k, seed, space="use", **kw):
    return T.clustering_model(_embeddings(data, seed, space), data["texts"], k, seed, **kw)


def keynmf(data, k, seed):
    return T.keynmf(data["use"], data["texts"], k, seed)


def senstopic(data, k, seed):
    return T.senstopic(data["use"], data["texts"], k, seed)


def topeax(data, k, seed, space="use"):
    return T.topeax(_embeddings(data, seed, space), data["texts"], k, seed)


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
    if not T.available():
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
                    pred = np.asarray(T.quiet(lambda: MODELS[name](data, k, seed)))
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
