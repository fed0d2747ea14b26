"""Several themes per answer: are the second points of multi-point answers found, and do
single-point answers stay single?

Answers are built from labelled real Dutch texts (per seed, each text used at most once):
* two-point answers: two texts of different labels joined ("A B"), as a respondent makes two points;
* single-point answers: one text (SIB-200: one sentence; Nota van Inlichtingen: one question, often
  several sentences about one matter);
* one-point pairs: two texts of the *same* label joined, a longer answer that still makes one point.

openanswers runs on all of them together (summarise, n_themes = number of labels, mentions on).
Each theme is mapped to the label most of its single-point answers carry. Scores, mean ± SD over
seeds 0-4:
* recall: share of two-point answers whose other label (the one their main theme does not map to;
  both when it maps to neither) is among the labels of their ``themes_also``;
* precision: share of ``themes_also`` entries, over all answers, that map to a label of the answer
  other than its main theme's;
* single / pair FP: share of single-point answers / one-point pairs that get any ``themes_also``.

``--margins``, ``--min-agree`` and ``--min-lift`` also score other settings on the same runs (the
calibration of MARGIN, MIN_AGREE and MIN_LIFT; a negative lift switches that rule off);
``--all-parts`` places every part, also those that name nothing (the rule before 1 December 2026).

    OPENANSWERS_CACHE_DIR=/tmp/oa-cache nice python benchmarks/eval_mentions.py [--smoke]
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

os.environ.setdefault("OPENANSWERS_CACHE_DIR", "/tmp/oa-cache")
warnings.filterwarnings("ignore")
sys.path.insert(0, str(Path(__file__).parent))

from eval_clustering import canonical  # noqa: E402
from openanswers import schema  # noqa: E402
from openanswers.embed import embed, make_embedder  # noqa: E402
from openanswers.pipeline import summarise  # noqa: E402
from openanswers.language.phrases import name_phrases  # noqa: E402
from openanswers.language.cached import cached_content_terms  # noqa: E402
from openanswers.themes import mentions as mentions_  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SETS = {  # name: (file, text column, label column, two-point answers, one-point pairs, singles)
    "SIB-200 Dutch": (ROOT / "corpora" / "sib200_nl.csv", "tekst", "categorie", 150, 100, 400),
    "Nota van Inlichtingen": (ROOT / "corpora" / "nota_van_inlichtingen.csv", "vraag", "sectie_titel", 30, 15, 90),
}
MIN_LABEL = 10  # labels with fewer texts (the Nota's one-question sections) are left out
KINDS = ("two", "pair", "single")


def build(texts: list[str], labels: np.ndarray, n_two: int, n_pair: int, n_single: int, seed: int):
    """(answers, kind, label sets) for one seed: every text used at most once."""
    rng = np.random.default_rng(seed)
    pool = {lab: list(rng.permutation(np.flatnonzero(labels == lab))) for lab in sorted(set(labels))}
    names = sorted(pool)
    out, kinds, truth = [], [], []

    def take(lab):
        return pool[lab].pop() if pool[lab] else None

    for kind, count in (("two", n_two), ("pair", n_pair), ("single", n_single)):
        for _ in range(count):
            alive = [lab for lab in names if len(pool[lab]) >= (2 if kind == "pair" else 1)]
            if len(alive) < (2 if kind == "two" else 1):
                break
            if kind == "two":
                a, b = rng.choice(alive, 2, replace=False)
                out.append(f"{texts[take(a)]} {texts[take(b)]}")
                truth.append((a, b))
            elif kind == "pair":
                a = alive[rng.integers(len(alive))]
                out.append(f"{texts[take(a)]} {texts[take(a)]}")
                truth.append((a,))
            else:
                a = alive[rng.integers(len(alive))]
                out.append(texts[take(a)])
                truth.append((a,))
            kinds.append(kind)
    order = rng.permutation(len(out))
    return [out[i] for i in order], np.array(kinds)[order], [truth[i] for i in order]


def scores(found: list[list[int]], theme_of: np.ndarray, kinds: np.ndarray, truth: list[tuple]) -> dict[str, float]:
    """Recall, precision and false-positive rates of ``found`` (other themes per answer)."""
    single = np.flatnonzero(kinds == "single")
    topic = {}
    for t in sorted(set(theme_of[single].tolist()) - {-1}):
        members = [truth[i][0] for i in single if theme_of[i] == t]
        topic[t] = max(sorted(set(members)), key=members.count)
    hits = wanted = right = named = 0
    for i, (themes, kind) in enumerate(zip(found, kinds)):
        main = topic.get(int(theme_of[i]))
        also = {topic.get(t) for t in themes}
        named += len(themes)
        right += sum(topic.get(t) in truth[i] and topic.get(t) != main for t in themes)
        if kind == "two":
            other = [lab for lab in truth[i] if lab != main]
            wanted += len(other)
            hits += sum(lab in also for lab in other)
    rate = {kind: np.mean([bool(found[i]) for i in np.flatnonzero(kinds == kind)]) for kind in ("single", "pair")}
    return {"recall": hits / max(wanted, 1), "precision": right / named if named else np.nan,
            "single FP": rate["single"], "pair FP": rate["pair"], "with also %": 100 * np.mean([bool(f) for f in found])}


def run_set(name: str, seeds: list[int], settings: list[tuple[float, float, float]], smoke: bool, nlp, use_phrases: bool = True) -> pd.DataFrame:
    path, text_col, label_col, n_two, n_pair, n_single = SETS[name]
    frame = pd.read_csv(path)
    counts = frame[label_col].value_counts()
    frame = frame[frame[label_col].isin(counts[counts >= MIN_LABEL].index)]
    texts, labels = frame[text_col].astype(str).tolist(), frame[label_col].astype(str).to_numpy()
    if smoke:
        n_two, n_pair, n_single = n_two // 3, n_pair // 3, n_single // 3
    k = len(set(labels))
    model = make_embedder("use")
    rows = []
    for seed in seeds:
        answers, kinds, truth = build(texts, labels, n_two, n_pair, n_single, seed)
        result = summarise(canonical(answers), n_themes=k, random_state=seed, nlp=nlp, stability=False, mentions=True)
        by_label = {t.label: i for i, t in enumerate(result.themes)}
        sub = (result.answers[schema.STATUS] == schema.ANSWERED).to_numpy()
        theme_of = np.array([by_label.get(v, -1) for v in result.answers.loc[sub, "theme"]])
        keep = np.flatnonzero(sub)
        kinds_, truth_ = kinds[keep], [truth[i] for i in keep]
        texts_ = [answers[i] for i in keep]
        parts, owner = mentions_.answer_parts(texts_, name_phrases(cached_content_terms(texts_, nlp=nlp)[0]) if use_phrases else None)
        part_vectors = embed(parts, model) if parts else None
        score_matrix, agree = mentions_.part_scores(part_vectors, result.vectors, theme_of, result.topics.space) if parts else (None, None)
        lift = mentions_.part_lift(part_vectors, owner, theme_of, len(result.themes)) if parts else None
        floor = mentions_.floors(result.vectors, theme_of, result.topics.space)
        for margin, min_agree, min_lift in settings:
            found = [[] for _ in texts_]
            if score_matrix is not None:
                accepted = mentions_.accept(score_matrix, theme_of[owner], floor, margin, agree, min_agree,
                                            lift=None if min_lift < 0 else lift, min_lift=min_lift)
                for i, t in zip(owner[accepted >= 0], accepted[accepted >= 0]):
                    if t not in found[i]:
                        found[i].append(int(t))
            if use_phrases and (margin, min_agree, min_lift) == (mentions_.MARGIN, mentions_.MIN_AGREE, mentions_.MIN_LIFT):  # the pipeline's own column must say the same
                shown = result.answers.loc[sub, mentions_.ALSO].tolist()
                assert shown == mentions_.also_labels([sorted(f) for f in found], [t.label for t in result.themes]), "pipeline differs"
            rows.append({"margin": margin, "min agree": min_agree, "min lift": min_lift, "seed": seed, **scores(found, theme_of, kinds_, truth_)})
        print(f"  {name} seed {seed}: {len(answers)} answers, {len(parts)} parts placed", file=sys.stderr)
    table = pd.DataFrame(rows)
    keys = ["margin", "min agree", "min lift"]
    mean, sd = table.groupby(keys).mean(), table.groupby(keys).std(ddof=0)
    shown = pd.DataFrame(index=mean.index)
    for col in ("recall", "precision", "single FP", "pair FP"):
        shown[col] = [f"{m:.3f} ± {s:.3f}" for m, s in zip(mean[col], sd[col])]
    shown["with also %"] = [f"{m:.1f}" for m in mean["with also %"]]
    return shown, {"n_two": n_two, "n_pair": n_pair, "n_single": n_single, "labels": k}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--smoke", action="store_true", help="one seed, a third of the answers, SIB-200 only (CI)")
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--sets", nargs="*", default=list(SETS))
    parser.add_argument("--margins", nargs="*", type=float, default=[mentions_.MARGIN])
    parser.add_argument("--min-agree", nargs="*", type=float, default=[mentions_.MIN_AGREE])
    parser.add_argument("--min-lift", nargs="*", type=float, default=[mentions_.MIN_LIFT],
                        help="lift over chance of the part's neighbouring parts (a negative value: the rule off)")
    parser.add_argument("--all-parts", action="store_true", help="place every part, also those that name nothing (the rule before)")
    parser.add_argument("--min-recall", type=float, default=None,
                        help="exit 1 below this SIB-200 recall at the default margin (default 0.15; --smoke 0.05)")
    parser.add_argument("--max-single-fp", type=float, default=0.03, help="exit 1 above this SIB-200 single-point FP rate")
    args = parser.parse_args()
    from openanswers.language import load_nlp

    nlp = load_nlp()
    seeds = [0] if args.smoke else list(range(args.seeds))
    sets = ["SIB-200 Dutch"] if args.smoke else args.sets
    default = (mentions_.MARGIN, mentions_.MIN_AGREE, mentions_.MIN_LIFT)
    settings = sorted({(m, a, lift) for m in args.margins for a in args.min_agree for lift in args.min_lift} | {default})
    min_recall = args.min_recall if args.min_recall is not None else (0.05 if args.smoke else 0.15)
    failed = []
    for name in sets:
        table, info = run_set(name, seeds, settings, args.smoke, nlp, use_phrases=not args.all_parts)
        print(f"\n## {name}: {info['n_two']} two-point answers, {info['n_pair']} one-point pairs, "
              f"{info['n_single']} single-point answers, {info['labels']} labels; mean ± SD of seeds {seeds}")
        print(table.to_markdown() if _has_tabulate() else table.to_string())
        row = table.loc[default]
        recall, fp = float(row["recall"].split(" ")[0]), float(row["single FP"].split(" ")[0])
        # The gate is SIB-200's: the Nota's themes barely follow its sections (ARI 0.08), so its
        # figures are reported, not held to a bar (docs/benchmarks.md).
        if name == "SIB-200 Dutch" and (recall < min_recall or fp > args.max_single_fp):
            failed.append(f"{name}: recall {recall:.3f} (min {min_recall}), single FP {fp:.3f} (max {args.max_single_fp})")
    if failed:
        raise SystemExit("FAILED: " + "; ".join(failed))


def _has_tabulate() -> bool:
    try:
        import tabulate  # noqa: F401
    except ImportError:
        return False
    return True


if __name__ == "__main__":
    main()
