"""Recall, false positives and throughput of openanswers.privacy, with deduce as a baseline.

Data: benchmarks/data/pseudonymise_eval.jsonl (rebuild: python benchmarks/make_pseudonymise_eval.py),
or another file in its format with --data, such as the held-out set pseudonymise_heldout.jsonl
(make_pseudonymise_heldout.py), whose spans of kind "control" must survive and are not planted.
* recall: share of planted identifiers whose every word (bar lowercase particles) lies inside a
  replaced span, whatever placeholder was used;
* precision: replaced spans of a kind that overlap a planted identifier, over all replaced spans of
  that kind (real texts hold a few true organisation names: they count against precision here);
* false positives: words replaced outside planted spans, in the records without identifiers
  (real, clean) and the tricky phrases; controls changed: control spans with a word replaced;
* throughput: answers per second over 10,000 answers (real texts with and without identifiers).
deduce (LGPL; cannot be a dependency, see openanswers/privacy/__init__.py) runs when importable.

    python benchmarks/eval_pseudonymise.py [--data benchmarks/data/pseudonymise_heldout.jsonl]
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from pathlib import Path

from rich.console import Console
from rich.table import Table

from openanswers.privacy import Pseudonymiser

DATA = Path(__file__).resolve().parent / "data" / "pseudonymise_eval.jsonl"
KINDS = ["NAAM", "E-MAIL", "TELEFOON", "ADRES", "URL", "BSN", "IBAN", "ORGANISATIE"]
PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "het", "'t"}
DEDUCE_KINDS = {"persoon": "NAAM", "patient": "NAAM", "locatie": "ADRES", "instelling": "ORGANISATIE",
                "zorginstelling": "ORGANISATIE", "bsn": "BSN", "telefoonnummer": "TELEFOON", "emailadres": "E-MAIL", "url": "URL", "id": "IBAN"}
N_THROUGHPUT = 10_000


def words(text: str, start: int, end: int):
    import re

    for m in re.finditer(r"[\w@.+-]*\w", text[start:end]):
        if m.group() not in PARTICLES:
            yield start + m.start(), start + m.end()


def covered(start: int, end: int, spans) -> bool:
    return any(s <= start and end <= e for s, e, _ in spans)


def evaluate(name: str, find_spans, records: list[dict]) -> dict:
    """find_spans(text) -> [(start, end, kind)]."""
    found, planted = Counter(), Counter()
    predicted, correct = Counter(), Counter()
    fp_words, n_words, tricky_changed, controls_changed, n_controls = Counter(), Counter(), 0, 0, 0
    for r in records:
        text = r["text"]
        gold = [g for g in r["spans"] if g[2] != "control"]
        spans = find_spans(text)
        for s, e, _ in (g for g in r["spans"] if g[2] == "control"):
            n_controls += 1
            controls_changed += any(a < pe and ps < b for a, b in words(text, s, e) for ps, pe, _ in spans)
        for s, e, kind in gold:
            planted[kind] += 1
            found[kind] += all(covered(a, b, spans) for a, b in words(text, s, e))
        for s, e, kind in spans:
            predicted[kind] += 1
            correct[kind] += any(s < ge and gs < e for gs, ge, _ in gold)
        if r["type"] in ("real", "clean", "tricky"):
            ws = list(words(text, 0, len(text)))
            n_words[r["type"]] += len(ws)
            bad = sum(any(s < b and a < e for s, e, _ in spans) for a, b in ws)
            fp_words[r["type"]] += bad
            tricky_changed += r["type"] == "tricky" and bad > 0
    return {"name": name, "found": found, "planted": planted, "predicted": predicted, "correct": correct,
            "fp_words": fp_words, "n_words": n_words, "tricky_changed": tricky_changed,
            "controls_changed": controls_changed, "n_controls": n_controls,
            "n_tricky": sum(r["type"] == "tricky" for r in records)}


def throughput(transform, records: list[dict], n: int) -> float:
    texts = [r["text"] for r in records]
    texts = (texts * (n // len(texts) + 1))[:n]
    start = time.perf_counter()
    transform(texts)
    return n / (time.perf_counter() - start)


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="throughput on 500 answers, no deduce: seconds, for CI")
    parser.add_argument("--data", type=Path, default=DATA, help="evaluation set (JSONL), default %(default)s")
    args = parser.parse_args()
    records = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines()]
    kinds = KINDS + sorted({k for r in records for _, _, k in r["spans"]} - set(KINDS) - {"control"})
    systems = []
    scrub = Pseudonymiser()
    scrub.transform(["warm-up: mevrouw Jansen"])  # loads the lexicon once
    results = [evaluate("openanswers", scrub.spans, records)]
    n = 500 if args.smoke else N_THROUGHPUT
    systems.append(("openanswers", throughput(Pseudonymiser().transform, records, n), n))
    try:
        import deduce
    except ImportError:
        deduce = None
    if args.smoke:
        deduce = None
    if deduce is not None:
        model = deduce.Deduce()

        def deduce_spans(text: str):
            doc = model.deidentify(text)
            return [(a.start_char, a.end_char, DEDUCE_KINDS.get(a.tag, a.tag)) for a in doc.annotations]

        results.append(evaluate("deduce", deduce_spans, records))
        n = 2_000  # deduce is slower; rate measured on 2,000 answers
        systems.append(("deduce", throughput(lambda ts: [model.deidentify(t) for t in ts], records, n), n))

    console = Console()
    table = Table(title=f"Pseudonymisation on {args.data.name} (recall = planted identifier fully replaced)")
    table.add_column("kind")
    for res in results:
        table.add_column(f"{res['name']} recall", justify="right")
        table.add_column(f"{res['name']} precision", justify="right")
    for kind in kinds:
        row = [kind]
        for res in results:
            p = res["planted"][kind]
            row.append(f"{res['found'][kind] / p:.2f} ({res['found'][kind]}/{p})" if p else "-")
            pred = res["predicted"][kind]
            row.append(f"{res['correct'][kind] / pred:.2f} ({res['correct'][kind]}/{pred})" if pred else "-")
        table.add_row(*row)
    row = ["all"]
    for res in results:
        f, p = sum(res["found"].values()), sum(res["planted"].values())
        c, pred = sum(res["correct"][k] for k in KINDS), sum(res["predicted"].values())
        row += [f"{f / p:.2f} ({f}/{p})", f"{c / pred:.2f} ({c}/{pred})" if pred else "-"]
    table.add_row(*row)
    console.print(table)

    fp = Table(title="False positives and throughput")
    for col in ["system", "texts without identifiers: words replaced (per 1,000)", "tricky phrases changed",
                "controls changed", "answers/s", "10,000 answers (s)"]:
        fp.add_column(col, justify="right")
    for res, (name, rate, n) in zip(results, systems):
        bad, total = res["fp_words"]["real"] + res["fp_words"]["clean"], res["n_words"]["real"] + res["n_words"]["clean"]
        fp.add_row(name, f"{bad} of {total} ({1000 * bad / max(total, 1):.1f})", f"{res['tricky_changed']} of {res['n_tricky']}",
                   f"{res['controls_changed']} of {res['n_controls']}" if res["n_controls"] else "-",
                   f"{rate:,.0f}", f"{N_THROUGHPUT / rate:.2f}")
    console.print(fp)
    other = defaultdict(int)
    for res in results:
        for kind, n in res["predicted"].items():
            if kind not in KINDS:
                other[(res["name"], kind)] += n
    if other:
        console.print("Other tags (not counted above): " + ", ".join(f"{s} {k}: {n}" for (s, k), n in sorted(other.items())))


if __name__ == "__main__":
    main()
