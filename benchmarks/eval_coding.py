"""How well does the auto-coder code held-out answers, from 0, 5 or 20 hand-coded examples per code?

Human labels serve as the codebook: SIB-200 topics (corpora/sib200_nl.csv, its own train/test
split) and the Nota van Inlichtingen sections (corpora/nota_van_inlichtingen.csv, ``sectie``,
seeded 60/40 split per section; sections with fewer than 5 questions dropped). Each code gets a
Dutch label and a one-line definition, and a few keywords for the rules. With k examples per code
(drawn from the training part, seeded) we compare:

* rules: the keyword rules alone (include terms below),
* logreg: a plain logistic regression on the same embeddings (needs k > 0),
* similarity: the auto-coder with similarity only (label, definition and the k examples),
* auto-coder: rules + similarity + model, as ``openanswers autocode`` runs it.

Each item has one true code; the prediction is the most confident suggestion at or above the
threshold, or none (abstain, counted as wrong). Reported: macro-F1 over the codes and Cohen's kappa
(abstentions count as errors), coverage (share not abstained), precision on the items where a code
was suggested, f1_top1 (macro-F1 when the best code is forced on every item, no abstaining),
p@3 and r@3 (precision and recall of the up to three suggestions at or above the threshold that
the coding screen shows; for logreg, which never abstains, its three best) and seconds (fit +
suggest, embeddings cached), averaged over seeds. logreg never abstains.

    OPENANSWERS_CACHE_DIR=/tmp/oa-cache python benchmarks/eval_coding.py [--quick] [--embedder use]
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import numpy as np
import pandas as pd

from openanswers.codebook import Code, Codebook
from openanswers.coding import AutoCoder
from openanswers.embed import embed

ROOT = Path(__file__).resolve().parents[1]
NONE = "(geen)"

SIB_CODES = {  # category: (label, definition, keywords)
    "entertainment": ("Amusement", "Film, muziek, televisie, theater, kunst en beroemdheden.",
                      ["film*", "muziek*", "televisie", "theater", "kunst*", "zanger*", "acteur*", "album", "concert*"]),
    "geography": ("Geografie", "Landen, gebergten, rivieren, zeeën, klimaat en landschap.",
                  ["rivier*", "berg*", "zee", "oceaan", "eiland*", "continent", "klimaat", "woestijn", "vulkaan*"]),
    "health": ("Gezondheid", "Ziekten, geneeskunde, voeding, het lichaam en gezondheidszorg.",
               ["ziekte*", "arts*", "patiënt*", "gezondheid*", "medicijn*", "virus*", "infectie*", "lichaam", "voeding"]),
    "politics": ("Politiek", "Regeringen, verkiezingen, wetten, oorlogen en internationale betrekkingen.",
                 ["regering*", "verkiezing*", "president", "minister*", "oorlog*", "wet", "parlement*", "partij*", "koning*"]),
    "science/technology": ("Wetenschap en techniek", "Onderzoek, natuurkunde, biologie, computers en uitvindingen.",
                           ["wetenschap*", "onderzoek*", "computer*", "technologie*", "cel*", "atoom*", "energie", "uitvinding*"]),
    "sports": ("Sport", "Wedstrijden, sporters, teams, kampioenschappen en sportuitslagen.",
               ["sport*", "wedstrijd*", "team*", "kampioen*", "voetbal*", "olympisch*", "speler*", "race*", "medaille*"]),
    "travel": ("Reizen", "Toerisme, vakanties, vervoer, hotels en bezienswaardigheden.",
               ["reis*", "reizig*", "toerist*", "vakantie*", "hotel*", "vlucht*", "paspoort*", "visum", "bezoeker*"]),
}
NVI_CODES = {  # sectie: (label, definition, keywords)
    "1.0": ("Ontwikkelingen langdurige zorg", "De belangrijkste ontwikkelingen in de langdurige zorg: vergrijzing, "
            "krapte, betaalbaarheid en toekomstbestendigheid.", ["ontwikkeling*", "vergrijzing", "toekomst*", "krapte"]),
    "2.0": ("Duurzame toegang", "Duurzame toegang tot langdurige zorg: wachtlijsten, capaciteit en zorgplicht.",
            ["toegang*", "wachtlijst*", "wachttijd*", "capaciteit", "zorgplicht", "toegankelijk*"]),
    "3.0": ("Rol van zorgkantoren", "De rol van zorgkantoren: inkoop, regie, sturing en de dialoog met aanbieders.",
            ["zorgkantoor*", "regie*", "sturing", "dialoog", "rol"]),
    "4.1": ("Visie V&V", "Visie op verpleging en verzorging (ouderenzorg, verpleeghuiszorg).",
            ["v&v", "verpleeghuis*", "ouderen*", "verpleging", "thuis"]),
    "4.2": ("Visie gehandicaptenzorg", "Visie op de gehandicaptenzorg (VG, LG, ZG).",
            ["gehandicapt*", "vg", "lvb", "verstandelijk*", "beperking*"]),
    "5.1": ("Innovatie", "Innovatie, technologie en digitale zorg.", ["innovati*", "technologie*", "digita*", "e-health", "domotica"]),
    "5.2": ("Kwaliteit", "Kwaliteit van zorg en het kwaliteitskader.", ["kwaliteit*", "kwaliteitskader"]),
    "5.3": ("Verduurzaming", "Verduurzaming, duurzaamheid, vastgoed en de Green Deal.", ["duurza*", "verduurza*", "green deal", "co2", "energie*"]),
    "5.4": ("Bedrijfsvoering", "Bedrijfsvoering, tarieven, contracten en administratieve lasten.", ["bedrijfsvoering", "tarie*", "administrati*", "contract*", "kosten"]),
}


def codebook(name: str, spec: dict) -> Codebook:
    return Codebook(name=name, codes=[Code(id=_id(k), label=l, definition=d, include=kw) for k, (l, d, kw) in spec.items()])


def _id(key: str) -> str:
    return "c" + key.replace("/", "_").replace(".", "_")


def sib_data(quick: bool) -> tuple[Codebook, pd.DataFrame, pd.DataFrame]:
    frame = pd.read_csv(ROOT / "corpora" / "sib200_nl.csv")
    frame = frame.assign(text=frame["tekst"], code=frame["categorie"].map(_id))
    test = frame[frame["split"] == "test"]
    if quick:
        test = test.sample(n=min(120, len(test)), random_state=0)
    return codebook("SIB-200", SIB_CODES), frame[frame["split"] == "train"], test


def nvi_data(quick: bool) -> tuple[Codebook, pd.DataFrame, pd.DataFrame]:
    frame = pd.read_csv(ROOT / "corpora" / "nota_van_inlichtingen.csv", dtype={"sectie": str})
    frame = frame[frame["sectie"].isin(NVI_CODES)]
    frame = frame.assign(text=frame["vraag"], code=frame["sectie"].map(_id))
    test = frame.groupby("code", group_keys=False).sample(frac=0.4, random_state=0)
    return codebook("Nota van Inlichtingen", NVI_CODES), frame.drop(test.index), test


def draw(train: pd.DataFrame, k: int, seed: int) -> pd.DataFrame:
    if k == 0:
        return train.iloc[:0]
    picked = [i for _, g in train.groupby("code") for i in g.sample(n=min(k, len(g)), random_state=seed).index]
    return train.loc[picked]


def top_codes(rows) -> list[str]:
    return [row[0].code if row else NONE for row in rows]


def top3(truth: list[str], shown: list[list[str]]) -> dict[str, float]:
    """What a coder sees: up to three suggestions at or above the threshold per item. p@3 is the
    share of shown suggestions that are right, r@3 the share of items whose code is shown."""
    hits = sum(t in row for t, row in zip(truth, shown))
    n_shown = sum(len(row) for row in shown)
    return {"p@3": hits / n_shown if n_shown else float("nan"), "r@3": hits / len(truth)}


def scores(truth: list[str], predicted: list[str], codes: list[str], forced: list[str] | None = None) -> dict[str, float]:
    """Macro-F1 and kappa with abstentions as errors; precision on the items not abstained;
    and macro-F1 of the best code forced on every item (no threshold)."""
    from sklearn.metrics import cohen_kappa_score, f1_score

    made = [(t, p) for t, p in zip(truth, predicted) if p != NONE]
    forced = predicted if forced is None else forced
    return {"macro_f1": f1_score(truth, predicted, labels=codes, average="macro", zero_division=0),
            "kappa": cohen_kappa_score(truth, predicted),
            "coverage": len(made) / len(truth),
            "precision": float(np.mean([t == p for t, p in made])) if made else float("nan"),
            "f1_top1": f1_score(truth, forced, labels=codes, average="macro", zero_division=0)}


def evaluate(name: str, data, ks: list[int], seeds: list[int], embedder: str, threshold: float) -> list[dict]:
    from sklearn.linear_model import LogisticRegression

    cb, train, test = data
    truth, codes, texts = test["code"].tolist(), cb.ids, test["text"].tolist()
    test_vectors = embed(texts, embedder)
    rows = []
    for k in ks:
        results: dict[str, list[dict]] = {}
        for seed in seeds if k else seeds[:1]:
            shots = draw(train, k, seed)
            labels = [{c} for c in shots["code"]]
            methods = {
                "rules": AutoCoder(cb, similarity=False, model=False, threshold=threshold, embedder=embedder),
                "similarity": AutoCoder(cb, rules=False, model=False, threshold=threshold, embedder=embedder),
                "auto-coder": AutoCoder(cb, threshold=threshold, embedder=embedder, random_state=seed),
            }
            for method, coder in methods.items():
                started = time.perf_counter()
                ranked = coder.fit(shots["text"].tolist(), labels).ranked(texts)
                predicted = top_codes([[s for s in row if s.confidence >= threshold] for row in ranked])
                shown = [[s.code for s in row if s.confidence >= threshold][:3] for row in ranked]
                result = scores(truth, predicted, codes, top_codes(ranked)) | top3(truth, shown)
                results.setdefault(method, []).append(result | {"seconds": time.perf_counter() - started})
            if k:
                started = time.perf_counter()
                model = LogisticRegression(max_iter=2000, random_state=seed).fit(embed(shots["text"].tolist(), embedder), shots["code"])
                predicted = model.predict(test_vectors).tolist()
                probabilities = model.predict_proba(test_vectors)
                shown = [[model.classes_[j] for j in np.argsort(-p)[:3]] for p in probabilities]  # it never abstains
                results.setdefault("logreg", []).append(scores(truth, predicted, codes) | top3(truth, shown)
                                                        | {"seconds": time.perf_counter() - started})
        for method, runs in results.items():
            mean = pd.DataFrame(runs).mean()
            rows.append({"dataset": name, "k": k, "method": method, "n_test": len(test), "seeds": len(runs),
                         **{m: round(float(mean[m]), 3) for m in ("macro_f1", "kappa", "coverage", "precision", "f1_top1", "p@3", "r@3", "seconds")}})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", "--smoke", action="store_true", help="120 SIB test items, one seed")
    parser.add_argument("--embedder", default="use")
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--k", type=int, nargs="+", default=[0, 5, 20])
    args = parser.parse_args()
    os.environ.setdefault("OPENANSWERS_CACHE_DIR", "/tmp/oa-cache")
    seeds = [0] if args.quick else [0, 1, 2]
    rows = []
    for name, loader in (("SIB-200", sib_data), ("NvI sectie", nvi_data)):
        rows += evaluate(name, loader(args.quick), args.k, seeds, args.embedder, args.threshold)
    table = pd.DataFrame(rows)
    print(f"embedder {args.embedder}, threshold {args.threshold}; abstentions count as errors")
    print(table.to_string(index=False))


if __name__ == "__main__":
    main()
