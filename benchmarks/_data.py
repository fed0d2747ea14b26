"""Real Dutch sentences for benchmarks, from ../shared/data and the bundled corpora (no filler)."""

from __future__ import annotations

import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def _conllu_sentences(path: Path) -> list[str]:
    return [line[len("# text = "):].strip() for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("# text = ")]


def real_sentences() -> list[str]:
    """Every distinct real Dutch text we have: SIB-200, Nota van Inlichtingen questions and
    answers, and the UD Dutch treebank sentences, in a fixed order."""
    texts: list[str] = []
    with open(ROOT / "corpora" / "sib200_nl.csv", encoding="utf-8") as f:
        texts += [row["tekst"] for row in csv.DictReader(f)]
    nvi = SHARED / "nota_van_inlichtingen" / "questions.csv"
    if nvi.exists():
        with open(nvi, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                texts += [row["question"], row["answer"]]
    for path in sorted((SHARED / "ud_dutch").glob("*.conllu")):
        texts += _conllu_sentences(path)
    return list(dict.fromkeys(t for t in texts if len(t.split()) >= 3))


def distinct_answers(n: int) -> list[str]:
    """``n`` distinct real texts for scale runs beyond what the real data holds: every real
    sentence once, then pairs of two different real sentences joined into one answer (a seeded
    draw), so parsing and embedding see ``n`` different texts. Joined pairs are about twice as long
    as a sentence, which makes the measurement conservative."""
    import random

    texts = real_sentences()
    out, seen = list(texts[:n]), set(texts)
    draw = random.Random(0)
    while len(out) < n:
        a, b = draw.sample(range(len(texts)), 2)
        joined = f"{texts[a]} {texts[b]}"
        if joined not in seen:
            seen.add(joined)
            out.append(joined)
    return out
