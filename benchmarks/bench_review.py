"""Speed of the analyst's review: each operation, undo, reopening, the reviewed export's load, and
a replay onto a second wave (plan, accept, and the second replay that adds nothing).

    python benchmarks/bench_review.py                # the bundled corpus (195 answers), two halves as waves
    python benchmarks/bench_review.py --n 2000       # real sentences (benchmarks/_data.py), first run embeds

Times are wall-clock seconds in one process after the runs are made (the pipeline is not timed).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).parent))


def answers_for(n: int | None):
    import pandas as pd

    from openanswers.ingest import read_answers

    if n is None:
        return read_answers(ROOT / "corpora" / "nota_van_inlichtingen.csv", groups=("sectie",))
    from _data import real_sentences

    texts = real_sentences()[:n]
    frame = pd.DataFrame({"id": [f"s{i:06d}" for i in range(len(texts))], "antwoord": texts})
    path = Path(tempfile.mkdtemp()) / "answers.csv"
    frame.to_csv(path, index=False)
    return read_answers(path, text="antwoord", id="id")


def timed(rows: list, what: str, call):
    start = time.perf_counter()
    value = call()
    rows.append((what, time.perf_counter() - start))
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=None, help="real sentences instead of the bundled corpus")
    args = parser.parse_args()

    from openanswers.pipeline import summarise
    from openanswers.review import open_run
    from openanswers.project.runs import load_run, save_run

    answers = answers_for(args.n)
    ordered = answers.sort_values("id").reset_index(drop=True)
    half = len(ordered) // 2
    result = summarise(answers, n_themes=3, random_state=0)
    wave1 = summarise(ordered.iloc[:half].reset_index(drop=True), random_state=0)
    wave2 = summarise(ordered.iloc[half:].reset_index(drop=True), random_state=0)
    out = Path(tempfile.mkdtemp())
    save_run(result, out / "run")

    rows: list[tuple[str, float]] = []
    review = timed(rows, "open_run(folder)", lambda: open_run(out / "run"))
    topics = review.topics["topic"].tolist()
    timed(rows, "merge (+ themes shown)", lambda: review.merge(topics[-2:], by="bench").themes)
    timed(rows, "split k=3 (+ themes shown)", lambda: review.split(topics[0], 3, by="bench").themes)
    timed(rows, "rename_theme + describe_theme", lambda: review.rename_theme(0, "Eerste", by="bench").describe_theme(0, "Tekst").themes)
    timed(rows, "mark_outliers (5 answers)", lambda: review.mark_outliers(review._ids[:5], by="bench").themes)
    timed(rows, "build_themes(4)", lambda: review.build_themes(4, by="bench"))
    timed(rows, "undo (state rebuilt from the log)", lambda: review.undo(by="bench").themes)
    timed(rows, "the same calls again (nothing logged)", lambda: review.merge(topics[-2:]).split(topics[0], 3).themes)
    timed(rows, "reopen (log applied)", lambda: open_run(out / "run").themes)
    timed(rows, "load_run (reviewed, as export reads it)", lambda: load_run(out / "run"))

    first = open_run(wave1)
    first.merge(first.topics["topic"].tolist()[:2], by="bench").rename_theme(0, "Hoofdzaak", by="bench")
    first.mark_outliers(first._ids[:3], by="bench")
    plan = timed(rows, "replay plan onto wave 2", lambda: first.replay(wave2, store=out / "wave2.sqlite"))
    timed(rows, "accept", plan.accept)
    again = timed(rows, "replay again into the same store", lambda: first.replay(wave2, store=out / "wave2.sqlite"))
    again.accept()

    print(f"corpus: {len(answers)} answers, {result.topics.n_topics} topics; waves {half} + {len(answers) - half}")
    print(f"{'step':<44} {'seconds':>8}")
    for what, seconds in rows:
        print(f"{what:<44} {seconds:>8.3f}")
    print()
    print(plan.table[["seq", "op", "status", "similarity", "reason"]].to_string(index=False))
    print(f"second replay: {sum(again.table['status'] == 'applied')} to apply; log of wave 2: {len(open_run(wave2, store=out / 'wave2.sqlite').operations)} rows")


if __name__ == "__main__":
    main()
