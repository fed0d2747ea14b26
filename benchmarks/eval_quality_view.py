"""Full-pipeline figures of a --quality view (e5 or embeddinggemma) on the three labelled sets.

eval_clustering.py scores the default, the baselines and `--quality` with e5; this script runs
summarise(..., quality=VIEW) over 5 seeds per set, scores the themes as eval_clustering.py does
(NMI / ARI against the human labels, "overig" one more cluster) and prints mean ± SD, the share
in "overig" and the seconds per run (vectors cached after the first seed).

    OPENANSWERS_CACHE_DIR=/tmp/oa-cache nice python benchmarks/eval_quality_view.py embeddinggemma
    python benchmarks/eval_quality_view.py --smoke   # CI: one seed on the Nota questions; e5 when the view is absent
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from eval_clustering import DEFAULT_SETS, SETS, canonical, score  # also sets the cache folder
from openanswers import schema
from openanswers.embed import make_embedder
from openanswers.errors import ConfigError, MissingDependencyError
from openanswers.pipeline import summarise


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("view", nargs="?", default="embeddinggemma", help="e5 | embeddinggemma | any embedder name")
    parser.add_argument("--embedder", default="use", help="the main embedder (labels, quotes, mentions)")
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--sets", nargs="*", default=DEFAULT_SETS)
    parser.add_argument("--smoke", action="store_true", help="one seed on the Nota questions; e5 when the view's model is absent")
    args = parser.parse_args()
    if args.smoke:
        args.seeds, args.sets = 1, ["Nota van Inlichtingen"]
        try:
            make_embedder(args.view)
        except (ConfigError, MissingDependencyError) as exc:
            print(f"{args.view} is not available here ({exc}); the smoke run uses e5")
            args.view = "e5"
    import pandas as pd

    print(f"| set | NMI | ARI | overig % | s/run |\n|---|---|---|---|---|")
    for name in args.sets:
        path, text_col, label_col = SETS[name]
        frame = pd.read_csv(path)
        texts, truth = frame[text_col].astype(str).tolist(), frame[label_col].astype(str).to_numpy()
        k = len(set(truth))
        rows = []
        for seed in range(args.seeds):
            clock = time.perf_counter()
            result = summarise(canonical(texts), n_themes=k, embedder=args.embedder, random_state=seed, quality=args.view, stability=False)
            seconds = time.perf_counter() - clock
            sub = (result.answers[schema.STATUS] == schema.ANSWERED).to_numpy()
            labels = [t.label for t in result.themes]
            theme_of = np.array([labels.index(v) if v in labels else -1 for v in result.answers.loc[sub, "theme"]])
            rows.append(score(truth[sub], theme_of, result.lemmas, seconds))
        table = pd.DataFrame(rows)
        print(f"| {name} | {table.NMI.mean():.3f} ± {table.NMI.std(ddof=0):.3f} | {table.ARI.mean():.3f} ± {table.ARI.std(ddof=0):.3f} "
              f"| {table['overig %'].mean():.1f} | {table.s.mean():.1f} |", flush=True)


if __name__ == "__main__":
    main()
