"""Recall, false positives and throughput of openanswers.privacy, with deduce as a baseline.

Leads with the seventh held-out set (benchmarks/data/pseudonymise_heldout7.jsonl: built apart from the
rules, the recogniser, rounds 5-6 and the six earlier sets; scored unseen), then the sixth
(benchmarks/data/pseudonymise_heldout6.jsonl: scored once unseen,
then the development set of round 6; the recogniser did not train on it), then the fifth, benchmarks/data/pseudonymise_heldout5.jsonl (built apart from the
rules, the learned recogniser and the four earlier sets; scored once unseen, then a development set
of round 5: its misses read, the recogniser trained on it), then the fourth, third, second and first (each built apart from the rules in its day: own templates, names from
other sources, see their .md files; all have since served as development sets), then the older set benchmarks/data/pseudonymise_eval.jsonl (written alongside the rules), then
false positives on real Dutch text (benchmarks/fp_corpora.py: the bundled corpora and UD Dutch).

* recall: share of planted identifiers whose every word (bar lowercase particles) lies inside a
  replaced span, whatever placeholder was used;
* false positives per kind: replaced spans of that kind that overlap no planted identifier;
* words replaced: in the records without identifiers (types real, clean) and the tricky phrases;
  controls changed: control spans (kind "control": public bodies, zorgkantoren, laws, months,
  name-like words) with a word replaced;
* throughput: answers per second over 10,000 answers.
"openanswers" is the default: the rules and the learned recogniser (src/openanswers/data/pii_model,
benchmarks/train_pii_recogniser.py); "rules alone" is ``recogniser=False`` (``--no-model``: only that).
The model trained on one half of the real corpora (fp_corpora.split): with it, false positives on
real text are measured on the other half, for both.
deduce (LGPL; cannot be a dependency, see openanswers/privacy/__init__.py) runs when importable,
e.g. installed apart: pip install --target /tmp/deduce-site deduce==3.0.6, then
PYTHONPATH=/tmp/deduce-site:src python benchmarks/eval_pseudonymise.py

    python benchmarks/eval_pseudonymise.py [--smoke] [--no-corpora] [--no-model] [--data SET.jsonl] [--show-misses]
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.table import Table

from openanswers.privacy import Pseudonymiser

HERE = Path(__file__).resolve().parent
HELDOUT7 = HERE / "data" / "pseudonymise_heldout7.jsonl"
HELDOUT6 = HERE / "data" / "pseudonymise_heldout6.jsonl"
HELDOUT5 = HERE / "data" / "pseudonymise_heldout5.jsonl"
HELDOUT4 = HERE / "data" / "pseudonymise_heldout4.jsonl"
HELDOUT3 = HERE / "data" / "pseudonymise_heldout3.jsonl"
HELDOUT2 = HERE / "data" / "pseudonymise_heldout2.jsonl"
HELDOUT = HERE / "data" / "pseudonymise_heldout.jsonl"
DATA = HERE / "data" / "pseudonymise_eval.jsonl"
PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "het", "'t"}
DEDUCE_KINDS = {"persoon": "NAAM", "patient": "NAAM", "locatie": "ADRES", "instelling": "ORGANISATIE",
                "zorginstelling": "ORGANISATIE", "bsn": "BSN", "telefoonnummer": "TELEFOON", "emailadres": "E-MAIL",
                "url": "URL", "id": "NUMMER"}
N_THROUGHPUT = 10_000


def words(text: str, start: int, end: int):
    for m in re.finditer(r"[\w@.+-]*\w", text[start:end]):
        if m.group() not in PARTICLES:
            yield start + m.start(), start + m.end()


def covered(start: int, end: int, spans) -> bool:
    return any(s <= start and end <= e for s, e, _ in spans)


def evaluate(name: str, find_spans, records: list[dict]) -> dict:
    """find_spans(text) -> [(start, end, kind)]; gold spans of kind "control" must survive."""
    found, planted, predicted, false_pos = Counter(), Counter(), Counter(), Counter()
    fp_words, n_words, tricky_changed, controls_changed, n_controls = Counter(), Counter(), 0, Counter(), Counter()
    missed = []
    for r in records:
        text = r["text"]
        gold = [g for g in r["spans"] if g[2] != "control"]
        spans = find_spans(text)
        for s, e, _ in (g for g in r["spans"] if g[2] == "control"):
            control = text[s:e]
            n_controls["all"] += 1
            if any(a < pe and ps < b for a, b in words(text, s, e) for ps, pe, _ in spans):
                controls_changed["all"] += 1
                controls_changed[control] += 1
        for s, e, kind in gold:
            planted[kind] += 1
            hit = all(covered(a, b, spans) for a, b in words(text, s, e))
            found[kind] += hit
            if not hit:
                missed.append((kind, text[s:e]))
        for s, e, kind in spans:
            predicted[kind] += 1
            false_pos[kind] += not any(s < ge and gs < e for gs, ge, _ in gold)
        if r["type"] in ("real", "clean", "tricky"):
            ws = list(words(text, 0, len(text)))
            n_words[r["type"]] += len(ws)
            bad = sum(any(s < b and a < e for s, e, _ in spans) for a, b in ws)
            fp_words[r["type"]] += bad
            tricky_changed += r["type"] == "tricky" and bad > 0
    return {"name": name, "found": found, "planted": planted, "predicted": predicted, "false_pos": false_pos,
            "fp_words": fp_words, "n_words": n_words, "tricky_changed": tricky_changed, "missed": missed,
            "controls_changed": controls_changed, "n_controls": n_controls,
            "n_tricky": sum(r["type"] == "tricky" for r in records)}


def throughput(transform, records: list[dict], n: int) -> float:
    texts = [r["text"] for r in records]
    # Each repeat made distinct by trailing spaces, so no cache (the learned recogniser's) reads a text twice.
    texts = [texts[i % len(texts)] + " " * (i // len(texts)) for i in range(n)]
    start = time.perf_counter()
    transform(texts)
    return n / (time.perf_counter() - start)


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f} ({a}/{b})" if b else "-"


def recall_table(title: str, results: list[dict]) -> Table:
    table = Table(title=title)
    table.add_column("planted kind")
    for res in results:
        table.add_column(f"{res['name']} recall", justify="right")
    kinds = sorted({k for res in results for k in res["planted"]}, key=lambda k: -results[0]["planted"][k])
    for kind in kinds:
        table.add_row(kind, *[_ratio(res["found"][kind], res["planted"][kind]) for res in results])
    table.add_row("all", *[_ratio(sum(res["found"].values()), sum(res["planted"].values())) for res in results])
    return table


def false_positive_table(title: str, results: list[dict]) -> Table:
    table = Table(title=title)
    table.add_column("system")
    table.add_column("false-positive spans by kind (overlapping no planted identifier)")
    table.add_column("words replaced in answers without identifiers", justify="right")
    table.add_column("tricky changed", justify="right")
    table.add_column("controls changed", justify="right")
    for res in results:
        fps = ", ".join(f"{k} {n}" for k, n in sorted(res["false_pos"].items()) if n) or "none"
        bad = res["fp_words"]["real"] + res["fp_words"]["clean"]
        total = res["n_words"]["real"] + res["n_words"]["clean"]
        table.add_row(res["name"], fps, f"{bad} of {total} ({1000 * bad / max(total, 1):.2f}/1,000)",
                      f"{res['tricky_changed']} of {res['n_tricky']}" if res["n_tricky"] else "-",
                      f"{res['controls_changed']['all']} of {res['n_controls']['all']}" if res["n_controls"]["all"] else "-")
    return table


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="held-out set only, openanswers only, no throughput: seconds, for CI")
    parser.add_argument("--no-corpora", action="store_true", help="skip the false positives on real corpora")
    parser.add_argument("--show-misses", action="store_true", help="print every planted identifier openanswers missed")
    parser.add_argument("--no-model", action="store_true", help="the rules alone, without the learned recogniser")
    parser.add_argument("--data", type=Path, help="evaluate this JSONL set only (same format), e.g. a new held-out set")
    args = parser.parse_args()
    console = Console()
    from openanswers.privacy.recogniser import available

    systems = []
    modes = [("openanswers", None), ("rules alone", False)] if available() and not args.no_model else [("rules alone", False)]
    for name, model in modes:  # the default first: rules + the learned recogniser
        scrub = Pseudonymiser(recogniser=model)
        scrub.transform(["warm-up: mevrouw Jansen"])  # loads the lexicons (and the model) once
        systems.append((name, scrub.spans, lambda ts, model=model: Pseudonymiser(recogniser=model).transform(ts)))
    deduce = None
    if not args.smoke:
        try:
            import deduce
        except ImportError:
            console.print("deduce not importable: no baseline (see the module docstring).")
    if deduce is not None:
        model = deduce.Deduce()

        def deduce_spans(text: str):
            doc = model.deidentify(text)
            return [(a.start_char, a.end_char, DEDUCE_KINDS.get(a.tag, a.tag)) for a in doc.annotations]

        systems.append(("deduce", deduce_spans, lambda ts: [model.deidentify(t) for t in ts]))

    sets = ((HELDOUT7, "seventh held-out set, unseen by the rules and the recogniser (docs/privacy.md)"),
            (HELDOUT6, "sixth held-out set, a development set since round 6 (scored unseen: docs/privacy.md)"),
            (HELDOUT5, "fifth held-out set, a development set since round 5 (scored unseen: docs/privacy.md)"),
            (HELDOUT4, "fourth held-out set, unseen by the rules until round 5"),
            (HELDOUT3, "third held-out set, a development set since issue 15 round 4"),
            (HELDOUT2, "second held-out set, a development set since issue 15 round 3"),
            (HELDOUT, "first held-out set, seen"), (DATA, "older set, written alongside the rules"))
    for path, lead in ((args.data, "given set"),) if args.data else sets:
        if args.smoke and path != HELDOUT7:
            continue
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        results = [evaluate(name, spans, records) for name, spans, _ in systems]
        if systems[0][0] == "openanswers" and path not in (args.data, HELDOUT6, HELDOUT7):
            lead += "; the learned recogniser trained on it (its own figures: train_pii_recogniser.py)"
        console.print(recall_table(f"{path.name}: {lead}; recall = planted identifier fully replaced", results))
        console.print(false_positive_table(f"{path.name}: false positives", results))
        changed = results[0]["controls_changed"]
        if changed["all"]:
            console.print(f"{results[0]['name']} changed controls: " + ", ".join(f"{c!r} {n}" for c, n in changed.most_common() if c != "all"))
        if args.show_misses:
            for kind, text in results[0]["missed"]:  # the default: rules + model when shipped
                console.print(f"  missed {kind}: {text!r}")
        if not args.smoke and path.resolve() == HELDOUT5:
            rates = Table(title="Throughput (held-out answers, repeated)")
            for column in ("system", "answers/s", "10,000 answers (s)"):
                rates.add_column(column, justify="right")
            for name, _, transform in systems:
                n = 2_000 if name == "deduce" else N_THROUGHPUT  # deduce is slower
                rate = throughput(transform, records, n)
                rates.add_row(name, f"{rate:,.0f}", f"{N_THROUGHPUT / rate:.2f}")
            console.print(rates)
    if args.smoke or args.no_corpora or args.data:
        return
    from fp_corpora import measure, split, tagged_corpora

    corpora, half = tagged_corpora(), ""
    if len(systems) > 1 and systems[1][0] == "rules alone":  # the model trained on half 0: measure on half 1
        corpora, half = split(corpora, 1), ", the half the learned recogniser never saw (odd sentences)"
    table = Table(title=f"False positives on real text{half} (replaced words not tagged PROPN/NUM/SYM; benchmarks/fp_corpora.py)")
    for column in ("system", "corpus", "words", "replaced", "false positives", "per 1,000 words"):
        table.add_column(column, justify="right")
    for name, spans, _ in systems:
        total_words = total_fp = 0
        for corpus, n_words, replaced, fp, _ in measure(spans, corpora):
            table.add_row(name, corpus, f"{n_words:,}", str(replaced), str(fp), f"{1000 * fp / n_words:.2f}")
            total_words, total_fp = total_words + n_words, total_fp + fp
        table.add_row(name, "all", f"{total_words:,}", "", str(total_fp), f"{1000 * total_fp / total_words:.2f}")
    console.print(table)


if __name__ == "__main__":
    main()
