"""Two survey waves: does a later wave keep the earlier wave's themes and find what is new?

Wave 1 is a random half of the Nota van Inlichtingen questions; wave 2 is the other half plus
40 SIB-200 sentences of one category (sport, politics, …): a subject wave 1 never had. Per seed
(split and category change with it):

* **carried** (the project flow: `openanswers run … --project P --wave 2`, themes/carry.py):
  wave 2 placed on wave 1's themes, the rest grouped anew;
* **independent** (two separate runs matched afterwards, `export report --compare`):
  wave 2 grouped on its own, its themes matched to wave 1's by `report.waves.match_themes`.

Figures: the share of the planted sentences that end in a theme reported as new (found), the
share of the Nota's wave-2 answers put in a new theme (false new), and how many of wave 1's themes
are found again in wave 2. Mean ± spread over seeds.

    PYTHONPATH=src python benchmarks/eval_waves.py            # 5 seeds
    PYTHONPATH=src python benchmarks/eval_waves.py --smoke    # 1 seed, for CI
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
NVI = ROOT / "corpora" / "nota_van_inlichtingen.csv"
SIB = ROOT / "corpora" / "sib200_nl.csv"
N_PLANTED = 40
OPTIONS = {"n_themes": 3, "stability": False}


def waves(seed: int) -> tuple[pd.DataFrame, pd.DataFrame, set[str]]:
    from openanswers.ingest import answers_from_frame

    nvi = pd.read_csv(NVI)
    sib = pd.read_csv(SIB)
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(nvi))
    first, second = nvi.iloc[np.sort(order[::2])], nvi.iloc[np.sort(order[1::2])]
    categories = sorted(sib["categorie"].unique())
    category = categories[seed % len(categories)]
    planted = sib[sib["categorie"] == category].sample(N_PLANTED, random_state=seed)
    ids = [f"plant-{i}" for i in range(len(planted))]
    second = pd.concat([second[["id", "vraag"]], pd.DataFrame({"id": ids, "vraag": planted["tekst"].tolist()})])
    read = lambda frame: answers_from_frame(frame.reset_index(drop=True), text="vraag", id="id")  # noqa: E731
    return read(first[["id", "vraag"]]), read(second), set(ids)


def measure(seed: int) -> dict[str, float]:
    from openanswers.pipeline import summarise
    from openanswers.report.waves import NEW, match_themes

    first, second, planted = waves(seed)
    one = summarise(first, random_state=seed, **OPTIONS)
    carried = summarise(second, previous=one, random_state=seed, **OPTIONS)
    alone = summarise(second, random_state=seed, **OPTIONS)
    comparison = match_themes(one, alone)
    new_alone = {c.label_after for c in comparison.changes if c.status == NEW}
    new_carried = {t.label for t in carried.themes if t.new_in_wave}
    out = {}
    for name, result, new in (("carried", carried, new_carried), ("independent", alone, new_alone)):
        theme = result.answers.set_index("id")["theme"]
        is_planted = theme.index.isin(planted)
        out[f"{name} found"] = float(theme[is_planted].isin(new).mean())
        out[f"{name} false new"] = float(theme[~is_planted].isin(new).mean())
    kept = {t.label for t in carried.themes if not t.new_in_wave}
    out["carried themes found again"] = len(kept & {t.label for t in one.themes}) / len(one.themes)
    matched = {c.label_before for c in comparison.changes if c.label_before and c.label_after}
    out["independent themes found again"] = len(matched) / len(one.themes)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="one seed (CI)")
    parser.add_argument("--seeds", type=int, default=5)
    args = parser.parse_args()
    seeds = range(1 if args.smoke else args.seeds)
    rows = [measure(seed) for seed in seeds]
    frame = pd.DataFrame(rows)
    print(f"Two waves: Nota halves, {N_PLANTED} SIB-200 sentences of one category planted in wave 2 ({len(rows)} seeds)")
    print("| figure | carried (project flow) | independent runs matched |")
    print("|---|---|---|")
    for figure in ("found", "false new", "themes found again"):
        cells = []
        for name in ("carried", "independent"):
            values = frame[f"{name} {figure}"]
            cells.append(f"{values.mean():.2f} ± {values.std(ddof=0):.2f}")
        print(f"| {figure} | {cells[0]} | {cells[1]} |")


if __name__ == "__main__":
    main()
