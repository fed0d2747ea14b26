"""Do theme labels name what people would call the theme? Ours next to BERTopic's representations.

For each labelled Dutch set, openanswers groups the texts into as many themes as there are human
topics (seeds 0-4). Every label writer then names the SAME themes: openanswers' phrase writer
(the default), its earlier keyword writer, and BERTopic's own representations fitted on the same
clusters (manual topic modelling: c-TF-IDF, KeyBERTInspired, PartOfSpeech with the Dutch pipeline,
MaximalMarginalRelevance; their top three words as the label, as BERTopic names topics).

The judge is an embedder openanswers does not use for labels: multilingual-e5-small. A label is
right when, of the human topic names, the nearest to the label is the topic most of the theme's
answers have. Score = share of themes named right (mean ± SD over seeds).

Sets: SIB-200 Dutch (7 categories, names in Dutch) and the four topical sections of the Nota van
Inlichtingen (Innovatie, Kwaliteit, Verduurzaming, Bedrijfsvoering).

    OPENANSWERS_CACHE_DIR=/tmp/oa-cache nice python benchmarks/eval_labels.py [--smoke] [--show] [--topics NAME]
"""

from __future__ import annotations

import argparse
import os
import warnings
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

os.environ.setdefault("OPENANSWERS_CACHE_DIR", "/tmp/oa-cache")
warnings.filterwarnings("ignore")

from openanswers.ingest import answers_from_texts  # noqa: E402
from openanswers.embed import embed, make_embedder  # noqa: E402
from openanswers.pipeline import summarise  # noqa: E402
from openanswers.topics import DEFAULT_TOPIC_MODEL  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SIB_NAMES = {  # SIB-200's categories as a Dutch report would name them
    "science/technology": "wetenschap en technologie", "travel": "reizen", "politics": "politiek",
    "sports": "sport", "health": "gezondheid", "entertainment": "entertainment", "geography": "geografie",
}
NVI_TOPICAL = {"5.1": "Innovatie", "5.2": "Kwaliteit", "5.3": "Verduurzaming", "5.4": "Bedrijfsvoering"}


def load_sets(smoke: bool) -> dict[str, tuple[list[str], list[str]]]:
    """name -> (texts, human topic name per text)."""
    sib = pd.read_csv(ROOT / "corpora" / "sib200_nl.csv")
    if smoke:
        sib = sib.groupby("categorie", group_keys=False).head(25)
    nvi = pd.read_csv(ROOT / "corpora" / "nota_van_inlichtingen.csv", dtype={"sectie": str})
    nvi = nvi[nvi["sectie"].isin(NVI_TOPICAL)]
    return {
        "SIB-200 Dutch": (sib["tekst"].tolist(), [SIB_NAMES[c] for c in sib["categorie"]]),
        "Nota van Inlichtingen 5.1-5.4": (nvi["vraag"].tolist(), [NVI_TOPICAL[s] for s in nvi["sectie"]]),
    }




def bertopic_labels(texts: list[str], vectors: np.ndarray, theme_of: np.ndarray, nlp) -> dict[str, dict[int, str]]:
    """BERTopic's representations of the given clusters: writer -> theme -> "a, b en c"."""
    from bertopic import BERTopic
    from bertopic.backend import BaseEmbedder
    from bertopic.cluster import BaseCluster
    from bertopic.dimensionality import BaseDimensionalityReduction
    from bertopic.representation import KeyBERTInspired, MaximalMarginalRelevance, PartOfSpeech
    from sklearn.feature_extraction.text import CountVectorizer

    from openanswers.language import survey_stop_words

    class USE(BaseEmbedder):
        def embed(self, documents, verbose=False):
            return embed(list(documents))

    writers = {
        "BERTopic c-TF-IDF": None,
        "BERTopic KeyBERTInspired": KeyBERTInspired(),
        "BERTopic PartOfSpeech": PartOfSpeech(nlp),
        "BERTopic MMR": MaximalMarginalRelevance(diversity=0.3),
    }
    out: dict[str, dict[int, str]] = {}
    for name, representation in writers.items():
        model = BERTopic(
            embedding_model=USE(), umap_model=BaseDimensionalityReduction(), hdbscan_model=BaseCluster(),
            vectorizer_model=CountVectorizer(stop_words=sorted(survey_stop_words()), ngram_range=(1, 2), min_df=2),
            representation_model=representation, verbose=False,
        )
        model.fit(texts, embeddings=vectors, y=theme_of)
        out[name] = {t: join([w for w, _ in model.get_topic(t)][:3]) for t in sorted(set(theme_of.tolist())) if t >= 0}
    return out


def join(words: list[str]) -> str:
    words = [w for w in words if w]
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} en {words[-1]}" if words else ""


def judge(labels: dict[int, str], theme_of: np.ndarray, truth: list[str], names: list[str], judge_model) -> list[bool]:
    """Per theme: is the human name nearest to its label the topic most of its answers have?"""
    themes = sorted(labels)
    label_vectors = judge_model.encode([labels[t] or "-" for t in themes])
    name_vectors = judge_model.encode(names)
    nearest = (label_vectors @ name_vectors.T).argmax(axis=1)
    verdicts = []
    for row, theme in enumerate(themes):
        members = [truth[i] for i in np.flatnonzero(theme_of == theme)]
        verdicts.append(names[nearest[row]] == Counter(members).most_common(1)[0][0])
    return verdicts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--smoke", action="store_true", help="one seed, 25 SIB texts per topic, no BERTopic")
    parser.add_argument("--show", action="store_true", help="print every label")
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--topics", default=DEFAULT_TOPIC_MODEL, help="grouping whose themes are named (default: the default)")
    args = parser.parse_args()
    seeds = range(1 if args.smoke else args.seeds)
    judge_model = make_embedder("e5")
    from openanswers.language import load_nlp

    nlp = None if args.smoke else load_nlp()
    rows = []
    for set_name, (texts, truth) in load_sets(args.smoke).items():
        names = sorted(set(truth))
        scores: dict[str, list[float]] = {}
        for seed in seeds:
            labels: dict[str, dict[int, str]] = {}
            for writer in ("phrases", "keywords"):
                result = summarise(answers_from_texts(texts), n_themes=len(names), random_state=seed, writer=writer, stability=False, topics=args.topics)
                theme_of = np.array([{t.label: i for i, t in enumerate(result.themes)}.get(v, -1) for v in result.answers["theme"]])
                labels[f"openanswers {writer}"] = {i: t.label for i, t in enumerate(result.themes)}
            if not args.smoke:
                labels.update(bertopic_labels(texts, result.vectors, theme_of, nlp))
            for writer, named in labels.items():
                verdicts = judge(named, theme_of, truth, names, judge_model)
                scores.setdefault(writer, []).append(float(np.mean(verdicts)))
                if args.show:
                    for (theme, label), ok in zip(sorted(named.items()), verdicts):
                        print(f"{set_name} seed {seed} {writer:26} {'+' if ok else '-'} {label}")
        for writer, values in scores.items():
            rows.append({"set": set_name, "labels": writer, "right": f"{np.mean(values):.3f} ± {np.std(values):.3f}", "seeds": len(values)})
    print(pd.DataFrame(rows).to_string(index=False))


if __name__ == "__main__":
    main()
