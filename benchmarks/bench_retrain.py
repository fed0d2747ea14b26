"""How long does the coding session's retrain of the auto-coder take, and what does it write?

A project of N distinct real answers (benchmarks/_data.py), a fifth of them hand-coded (each with
the code whose description it is most similar to, so every code has examples and a model: the
expensive case), with the bundled WLZ codebook. Measured, embeddings and content terms cached:

* full: what every retrain used to do: fit from scratch, rank every answer, replace every
  auto decision (N new rows in the log per retrain);
* first: the session's first retrain: fit (vectors and rule hits kept), rank, write only the
  suggestions that changed;
* retrain: after 10 more hand-coded answers (one session interval): update (refit only the
  codes whose examples changed), rank, write the changes.

    OPENANSWERS_CACHE_DIR=/tmp/oa-cache python benchmarks/bench_retrain.py            # 1k and 10k
    OPENANSWERS_CACHE_DIR=/tmp/oa-cache python benchmarks/bench_retrain.py --smoke    # 200, seconds, CI
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))
from _data import distinct_answers  # noqa: E402

from openanswers.codebook import read_codebook  # noqa: E402
from openanswers.coding import AutoCoder  # noqa: E402
from openanswers.coding.projects import hand_labels, store_suggestions  # noqa: E402
from openanswers.project import create_project  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CODEBOOK = ROOT / "codebooks" / "wlz_zorgcontractering.yaml"
CODED_SHARE = 0.2
INTERVAL = 10  # hand-coded answers between two retrains in a session


def _labels(codebook, texts: list[str], coded: np.ndarray) -> dict[int, set[str]]:
    """A plausible coder: each coded answer gets the code it is most similar to."""
    zero_shot = AutoCoder(codebook, rules=False, model=False).fit(texts)
    best = [row[0].code if row else None for row in zero_shot.ranked()]
    return {int(i): ({best[i]} if best[i] else set()) for i in coded}


def _log_rows(project) -> int:
    return int(project.connection.execute("SELECT count(*) FROM decisions WHERE coder = 'auto'").fetchone()[0])


def run(n: int, folder: Path) -> dict:
    codebook = read_codebook(CODEBOOK)
    texts = distinct_answers(n)
    answers = pd.DataFrame({"id": [f"a{i:05d}" for i in range(n)], "text": texts, "clean": texts})
    rng = np.random.default_rng(0)
    order = rng.permutation(n)
    first_coded, later = order[: int(n * CODED_SHARE)], order[int(n * CODED_SHARE): int(n * CODED_SHARE) + INTERVAL]
    t = time.perf_counter()
    labels = _labels(codebook, texts, np.concatenate([first_coded, later]))  # also warms both caches
    prepare = time.perf_counter() - t
    project = create_project(folder / f"bench-{n}.oaproj", answers, codebook, overwrite=True)
    for i in first_coded:
        project.record(answers["id"][i], sorted(labels[int(i)]), "anna")
    ids = answers["id"].tolist()

    row: dict = {"answers": n, "hand-coded": len(first_coded), "prepare_s (cold caches)": round(prepare, 2)}
    t = time.perf_counter()  # the old retrain: everything, every time
    full = AutoCoder(codebook).fit(project.answers()["clean"].tolist(), hand_labels(project, ids))
    ranked = full.suggest()
    before = _log_rows(project)
    project.record_many([(a, [(s.code, s.confidence, s.source) for s in r]) for a, r in zip(ids, ranked)], "auto", "model",
                        replace=True)
    row["full_s"] = round(time.perf_counter() - t, 2)
    row["full_rows"] = _log_rows(project) - before

    t = time.perf_counter()
    coder = AutoCoder(codebook).fit(project.answers()["clean"].tolist(), hand_labels(project, ids))
    before = _log_rows(project)
    store_suggestions(project, project.answers(), coder.suggest())
    row["first_s"] = round(time.perf_counter() - t, 2)
    row["first_rows"] = _log_rows(project) - before

    for i in later:
        project.record(ids[i], sorted(labels[int(i)]), "anna")
    t, cpu = time.perf_counter(), time.process_time()
    coder.update(hand_labels(project, ids))
    fitted = time.perf_counter() - t
    before = _log_rows(project)
    store_suggestions(project, project.answers(), coder.suggest())
    row["retrain_s"] = round(time.perf_counter() - t, 2)
    row["retrain_cpu_s"] = round(time.process_time() - cpu, 2)
    row["retrain_fit_s"] = round(fitted, 2)
    row["codes_refit"] = f"{len(coder.refit_)}/{len(codebook)}"
    row["retrain_rows"] = _log_rows(project) - before
    project.close()
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="200 answers only: seconds, for CI")
    parser.add_argument("--sizes", type=int, nargs="*", default=None)
    args = parser.parse_args()
    sizes = args.sizes or ([200] if args.smoke else [1000, 10000])
    import sklearn.calibration  # noqa: F401  (loaded before the limit, which applies to loaded libraries)
    import sklearn.linear_model  # noqa: F401
    from threadpoolctl import threadpool_limits

    # One BLAS thread, as the session's background retrain runs (openanswers.coding.learner).
    with tempfile.TemporaryDirectory() as folder, threadpool_limits(limits=1):
        rows = [run(n, Path(folder)) for n in sizes]
    print(pd.DataFrame(rows).to_string(index=False))


if __name__ == "__main__":
    main()
