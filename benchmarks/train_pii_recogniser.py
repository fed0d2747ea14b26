"""Train the learned recogniser that runs beside the privacy rules (src/openanswers/data/pii_model).

A small spaCy ``ner`` (HashEmbed on NORM/PREFIX/SUFFIX/SHAPE and a CNN; no pretrained vectors,
nothing downloaded), trained with spaCy's own API on the held-out sets' spans, mapped to the
placeholder kinds. So that it learns identifiers and not templates:

* each planted answer is also seen ``--copies`` times with its identifiers swapped for others of
  the same kind from the training sets, a share of them lower-cased or in capitals;
* answers without identifiers (the sets' clean and tricky answers; their controls stay outside)
  and real sentences are negatives: one half of the false-positive corpora (Nota questions, SIB-200,
  UD Dutch; ``fp_corpora.split``), the other half kept to measure false positives on. Proper nouns
  in those sentences (UD's gold tags, the shipped tagger's elsewhere) are left unannotated, since
  they may be real names: the model is told nothing about them.

    python benchmarks/train_pii_recogniser.py --dev        # train on sets 1-4 (+ the older set), table on set 5
    python benchmarks/train_pii_recogniser.py --hold-out 2 # leave one set out (1-5): its table
    python benchmarks/train_pii_recogniser.py              # train on all five, write the shipped model

Seeded (``--seed``), same settings for every run; a fixed number of epochs, no early stopping on
the scored set.
"""

from __future__ import annotations

import json
import random
import shutil
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SETS = {n: HERE / "data" / f"pseudonymise_heldout{'' if n == 1 else n}.jsonl" for n in (1, 2, 3, 4, 5)}
OLDER = HERE / "data" / "pseudonymise_eval.jsonl"
OUT = ROOT / "src" / "openanswers" / "data" / "pii_model"
# The sets' kinds -> the placeholder kinds the model marks.
KIND = {"NAAM": "NAAM", "ORGANISATIE": "ORGANISATIE", "LOCATIE": "LOCATIE", "ADRES": "ADRES",
        "POSTCODE": "ADRES", "POSTBUS": "ADRES", "KLANTNUMMER": "NUMMER", "AGB": "NUMMER", "KVK": "NUMMER",
        "BSN": "BSN", "E-MAIL": "E-MAIL", "TELEFOON": "TELEFOON", "URL": "URL", "IBAN": "IBAN"}
SETTINGS = {"epochs": 10, "copies": 2, "dropout": 0.2, "lower_share": 0.2, "upper_share": 0.05,
            "width": 96, "depth": 4, "embed_size": 3000, "hidden_width": 64}


def read(path: Path, *, real: bool = True) -> list[dict]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [r for r in records if real or r["type"] != "real"]  # the older set's "real" are the Nota questions


def swap(record: dict, pool: dict[str, list[str]], rng: random.Random, settings: dict) -> dict:
    """The record with each identifier replaced by another of its kind, some lower-cased or in capitals."""
    text, out, spans, last = record["text"], [], [], 0
    for s, e, kind in sorted(record["spans"]):
        if s < last:
            continue  # overlapping gold spans: keep the first
        value = text[s:e]
        if kind != "control" and pool.get(kind):
            value = rng.choice(pool[kind])
            roll = rng.random()
            if roll < settings["lower_share"]:
                value = value.lower()
            elif roll < settings["lower_share"] + settings["upper_share"]:
                value = value.upper()
        out.append(text[last:s])
        start = sum(map(len, out))
        out.append(value)
        spans.append([start, start + len(value), kind])
        last = e
    out.append(text[last:])
    return {"text": "".join(out), "spans": spans, "type": record["type"]}


def example(nlp, text: str, spans, missing=()):
    """A spaCy Example: gold entities from char spans (controls outside), tokens in ``missing``
    (char ranges) unannotated."""
    from spacy.training import Example

    doc = nlp.make_doc(text)
    ents, used = [], set()
    for s, e, kind in spans:
        if kind == "control" or kind not in KIND:
            continue
        span = doc.char_span(s, e, label=KIND[kind], alignment_mode="expand")
        if span is None or used & set(range(span.start, span.end)):
            continue
        used |= set(range(span.start, span.end))
        ents.append(span)
    gaps = [t for t in doc if t.i not in used and any(a < t.idx + len(t) and t.idx < b for a, b in missing)]
    ref = doc.copy()
    ref.set_ents(ents, missing=[ref[t.i:t.i + 1] for t in gaps], default="outside")
    return Example(nlp.make_doc(text), ref)


def negatives(part: int) -> list[tuple[str, list[tuple[int, int]]]]:
    """One half of the false-positive corpora as (text, proper-noun char ranges)."""
    from fp_corpora import split, tagged_corpora

    out = []
    for sentences in split(tagged_corpora(), part).values():
        for text, tokens in sentences:
            out.append((text, [(s, e) for s, e, upos in tokens if upos in ("PROPN", "X")]))
    return out


def build_nlp(settings: dict):
    import spacy

    nlp = spacy.blank("nl")
    nlp.add_pipe("ner", config={"model": {
        "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner", "extra_state_tokens": False,
        "hidden_width": settings["hidden_width"], "maxout_pieces": 2, "use_upper": True, "nO": None,
        "tok2vec": {"@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": None,
                    "width": settings["width"], "depth": settings["depth"], "embed_size": settings["embed_size"],
                    "window_size": 1, "maxout_pieces": 3, "subword_features": True}}})
    return nlp


def train(train_sets: list[int], seed: int, settings: dict, *, log=print):
    """A trained ``nlp`` from the given held-out sets (and the older set), seeded."""
    from spacy.training import Example  # noqa: F401
    from spacy.util import compounding, fix_random_seed, minibatch

    fix_random_seed(seed)
    rng = random.Random(seed)
    records = [r for n in train_sets for r in read(SETS[n])] + read(OLDER, real=False)
    pool: dict[str, list[str]] = {}
    for r in records:
        for s, e, kind in r["spans"]:
            if kind != "control":
                pool.setdefault(kind, []).append(r["text"][s:e])
    pool = {k: sorted(set(v)) for k, v in pool.items()}
    nlp = build_nlp(settings)
    planted = [r for r in records if any(k != "control" for _, _, k in r["spans"])]
    fixed = [example(nlp, r["text"], r["spans"]) for r in records]
    fixed += [example(nlp, text, [], missing) for text, missing in negatives(0)]
    log(f"training on sets {train_sets} + older set: {len(records)} answers ({len(planted)} with identifiers), "
        f"{len(fixed) - len(records)} negative sentences, {settings['copies']} swapped copies per epoch")
    nlp.initialize(lambda: fixed)
    optimizer = nlp.create_optimizer()
    for epoch in range(settings["epochs"]):
        start = time.perf_counter()
        copies = [swap(r, pool, rng, settings) for r in planted for _ in range(settings["copies"])]
        batch_set = fixed + [example(nlp, c["text"], c["spans"]) for c in copies]
        rng.shuffle(batch_set)
        losses: dict = {}
        for batch in minibatch(batch_set, size=compounding(8.0, 64.0, 1.001)):
            nlp.update(batch, drop=settings["dropout"], sgd=optimizer, losses=losses)
        log(f"epoch {epoch + 1:2d}: loss {losses.get('ner', 0):8.1f}  ({time.perf_counter() - start:.0f} s)")
    return nlp


def score(nlp, test_set: int, *, fp: bool = True):
    """Rules alone and rules + model on one held-out set (and false positives on the kept half of
    the real corpora): the eval_pseudonymise tables."""
    from eval_pseudonymise import evaluate, false_positive_table, recall_table
    from rich.console import Console

    from openanswers.privacy import Pseudonymiser
    from openanswers.privacy.recogniser import Recogniser

    console = Console()
    records = read(SETS[test_set])
    systems = [("rules", Pseudonymiser(recogniser=False)), ("rules + model", Pseudonymiser(recogniser=Recogniser(nlp)))]
    results = [evaluate(name, scrub.spans, records) for name, scrub in systems]
    results.append(evaluate("model alone (raw)", Recogniser(nlp).spans, records))
    console.print(recall_table(f"set {test_set} ({SETS[test_set].name}), held out from training", results))
    console.print(false_positive_table(f"set {test_set}: false positives", results))
    for res in results:
        changed = res["controls_changed"]
        if changed["all"]:
            console.print(f"{res['name']} changed controls: "
                          + ", ".join(f"{c!r} {n}" for c, n in changed.most_common() if c != "all"))
    if fp:
        from fp_corpora import measure, split, tagged_corpora

        kept = split(tagged_corpora(), 1)
        for name, scrub in systems:
            rows = measure(scrub.spans, kept)
            n, bad = sum(r[1] for r in rows), sum(r[3] for r in rows)
            console.print(f"{name}: false positives on the kept half of the real corpora: {bad} in {n:,} words "
                          f"({1000 * bad / n:.2f}/1,000); " + ", ".join(f"{r[0]} {r[3]}" for r in rows))
    return results


README = """# pii_model: the learned recogniser beside the privacy rules

A spaCy `ner` pipeline (blank Dutch tokenizer, CNN tok2vec on hashed NORM/PREFIX/SUFFIX/SHAPE
features, transition-based entity parser; no pretrained vectors) that marks identifiers in Dutch
survey answers. Used by `openanswers.privacy.recogniser`; see docs/privacy.md, "A learned recogniser
beside the rules". Built by `benchmarks/train_pii_recogniser.py` (seeded; settings in meta.json).

Trained on: the five held-out pseudonymisation sets and the older set in benchmarks/data (templates
written for openanswers; names from nam_dict (GNU FDL 1.2 or later), mimesis, @faker-js/faker,
@zxcvbn-ts/language-nl-be (Statbel open data), chance, casual, presidio-evaluator,
gender-detection-from-name (all MIT), CLDR sample names (Unicode-3.0), UD Dutch and Wikipedia person
names (CC BY-SA 4.0), a Turkish name package and hand-written names: see each set's .md);
one half of the sentences of the Nota van Inlichtingen questions (Zilveren Kruis Zorgkantoor on
behalf of the zorgkantoren, a public procurement document), SIB-200 / FLORES-200 (Adelani et al.
2023; NLLB Team 2022) and UD Dutch Alpino and LassySmall dev+test (CC BY-SA 4.0) as negatives.

Licence: as a work derived from CC BY-SA 4.0 text, these weights are offered under CC BY-SA 4.0;
credit the sources above.
"""


def slim(nlp):
    """Keep only the labels in the string store: the model works on hashes, and the training text's
    words (names among them) need not ship (0.5 MB less; the same predictions). Only on a pipeline
    fresh from disk (see :func:`write`)."""
    nlp.vocab.strings._reset_and_load(list(nlp.get_pipe("ner").labels))
    return nlp


def write(nlp, folder: Path) -> None:
    """The model to ``folder``, slimmed; ``nlp`` itself stays usable (a slimmed pipeline in memory
    still holds words whose strings are gone, so the slimming is done on a copy read back)."""
    import spacy

    if folder.exists():
        shutil.rmtree(folder)
    nlp.to_disk(folder)
    copy = spacy.load(folder)
    copy.meta = nlp.meta
    slim(copy).to_disk(folder)
    (folder / "README.md").write_text(README, encoding="utf-8")


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--dev", action="store_true", help="train on sets 1-4, score on set 5 (leave one author out)")
    group.add_argument("--hold-out", type=int, choices=tuple(SETS), help="train on the other sets, score this one")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-fp", action="store_true", help="skip the false positives on real text")
    parser.add_argument("--save", type=Path, help="also write the trained model here")
    args = parser.parse_args()
    held = max(SETS) if args.dev else args.hold_out
    nlp = train([n for n in SETS if n != held], args.seed, SETTINGS)
    nlp.meta.update({"name": "openanswers_pii", "version": "0.1.0", "license": "CC BY-SA 4.0",
                     "description": "openanswers: the learned recogniser beside the privacy rules (see README.md)",
                     "openanswers_training": {
        "sets": [SETS[n].name for n in SETS if n != held] + [OLDER.name], "seed": args.seed,
        "settings": SETTINGS, "negatives": "fp_corpora.split part 0 (even sentences)"}})
    if held is not None:
        if args.save:
            write(nlp, args.save)
        score(nlp, held, fp=not args.no_fp)
        return
    write(nlp, OUT)
    size = sum(p.stat().st_size for p in OUT.rglob("*") if p.is_file())
    print(f"wrote {OUT.relative_to(ROOT)} ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
