"""False positives of the pseudonymiser on real Dutch text that was written without planted data.

* corpora/nota_van_inlichtingen.csv (195 questions to zorgkantoren) and corpora/sib200_nl.csv
  (1,004 news and travel sentences, with names of public figures), tagged by the shipped pipeline;
* UD Dutch (Alpino and LassySmall dev+test, /work/shared/data/ud_dutch or ../shared), gold tags.

A replaced word counts as a false positive unless it is tagged PROPN (a proper noun: a real name,
which is a hit, not an error), NUM or SYM; lower-case particles inside a name are not counted.

    python benchmarks/fp_corpora.py            # table
    python benchmarks/fp_corpora.py --show     # also every false positive in context
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UD = [ROOT.parent / "shared" / "data" / "ud_dutch", Path("/work/shared/data/ud_dutch")]
WORD = re.compile(r"\w+(?:[-']\w+)*")
# Lower-case particles inside a replaced name carry nothing: not counted (as in the recall measure).
PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "la", "le", "du", "da", "di", "von"}


def corpus_texts() -> dict[str, list[str]]:
    with open(ROOT / "corpora" / "nota_van_inlichtingen.csv", encoding="utf-8") as f:
        nvi = [row["vraag"] for row in csv.DictReader(f)]
    with open(ROOT / "corpora" / "sib200_nl.csv", encoding="utf-8") as f:
        sib = [row["tekst"] for row in csv.DictReader(f)]
    return {"nota_van_inlichtingen": nvi, "sib200_nl": sib}


def ud_sentences() -> list[tuple[str, list[tuple[int, int, str]]]]:
    """(text, [(start, end, upos)]) per sentence of the UD Dutch dev and test files."""
    folder = next((p for p in UD if p.is_dir()), None)
    if folder is None:
        return []
    out = []
    for path in sorted(folder.glob("*.conllu")):
        text, tokens = None, []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# text = "):
                text, tokens, pos = line[9:], [], 0
            elif line and not line.startswith("#") and text is not None:
                cols = line.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    continue
                start = text.find(cols[1], pos)
                if start >= 0:
                    tokens.append((start, start + len(cols[1]), cols[3]))
                    pos = start + len(cols[1])
            elif not line and text is not None:
                out.append((text, tokens))
                text = None
    return out


def tagged_corpora() -> dict[str, list[tuple[str, list[tuple[int, int, str]]]]]:
    """Every corpus as (text, [(start, end, upos)]): UD with its gold tags, the CSV corpora tagged
    by the pipeline openanswers ships (``load_nlp``)."""
    from openanswers.language import load_nlp

    nlp = load_nlp()
    out = {}
    for name, texts in corpus_texts().items():
        out[name] = [(doc.text, [(t.idx, t.idx + len(t), t.pos_) for t in doc]) for doc in nlp.pipe(texts)]
    ud = ud_sentences()
    if ud:
        out["ud_dutch"] = ud
    return out


def split(corpora, part: int):
    """One half of every corpus: ``part`` 0 the even sentences, 1 the odd ones. The learned
    recogniser trains on half 0 (as negatives) and its false positives are measured on half 1."""
    return {name: sentences[part::2] for name, sentences in corpora.items()}


def measure(spans_of, corpora, show: bool = False) -> list[tuple[str, int, int, int, Counter]]:
    """Rows (corpus, words, words replaced, false positives, false positives by kind).

    A replaced word is a false positive unless it is a proper noun (PROPN: a real name or place,
    which a name rule may rightly take), a number or a symbol; particles inside a name don't count."""
    rows = []
    for name, sentences in corpora.items():
        words = replaced = fp = 0
        kinds: Counter = Counter()
        for text, tokens in sentences:
            spans = spans_of(text)
            for start, end, upos in tokens:
                token = text[start:end]
                if not any(ch.isalnum() for ch in token) or token in PARTICLES:
                    continue
                words += 1
                hit = [k for s, e, k in spans if s < end and start < e]
                if not hit:
                    continue
                replaced += 1
                if upos not in ("PROPN", "NUM", "X", "SYM"):
                    fp += 1
                    kinds[hit[0]] += 1
                    if show:
                        print(f"  {name}: {hit[0]} {token!r} ({upos}): …{text[max(0, start - 40):end + 40]}…")
        rows.append((name, words, replaced, fp, kinds))
    return rows


def main() -> None:
    import argparse

    from openanswers.privacy import Pseudonymiser

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--half", type=int, choices=(0, 1), help="one half only (1: the half the learned recogniser never saw)")
    parser.add_argument("--no-model", action="store_true", help="the rules alone, without the learned recogniser")
    args = parser.parse_args()
    scrub = Pseudonymiser(recogniser=False if args.no_model else None)
    corpora = tagged_corpora() if args.half is None else split(tagged_corpora(), args.half)
    for name, words, replaced, fp, kinds in measure(scrub.spans, corpora, args.show):
        print(f"{name:24s} {words:7d} words  {replaced:4d} replaced  {fp:4d} false positives  "
              f"{1000 * fp / words:.2f}/1,000  {dict(kinds)}")


if __name__ == "__main__":
    main()
