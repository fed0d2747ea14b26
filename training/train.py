"""Train the Dutch pipeline shipped in src/openanswers/data/nl_openanswers.

Steps: convert the UD Dutch CoNLL-U files (never nl_alpino-ud-test, the test set) to spaCy's
binary format with a seeded train/dev split, train tok2vec + morphologizer (UPOS) + edit-tree
lemmatizer with training/config.cfg, then assemble the shipped model: survey tokenizer
exceptions, the lookup backoff table and a meta.json that names the CC BY-SA 4.0 sources.

    nice python training/train.py            # ~10-20 minutes on 2 cores
    nice python training/train.py --skip-train --workdir DIR   # re-assemble only
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UD_DIR = ROOT.parent / "shared" / "data" / "ud_dutch"
# The test set nl_alpino-ud-test.conllu is deliberately absent: it is only ever evaluated on.
TRAIN_FILES = ("nl_alpino-ud-dev.conllu", "nl_lassysmall-ud-dev.conllu", "nl_lassysmall-ud-test.conllu")
TEST_FILE = "nl_alpino-ud-test.conllu"
TARGET = ROOT / "src" / "openanswers" / "data" / "nl_openanswers"
SEED = 42
DEV_SHARE = 0.1
VERSION = "0.1.0"

sys.path.insert(0, str(ROOT / "src"))


def normalise_lemma(form: str, lemma: str) -> str:
    """Training target: the written lemma (openanswers.language.ud.written_lemma)."""
    from openanswers.language.ud import written_lemma

    return written_lemma(form, lemma)


def read_docs(nlp, path: Path, sents_per_doc: int = 10) -> list:
    from spacy.training.converters import conllu_to_docs

    docs = list(conllu_to_docs(path.read_text(encoding="utf-8"), n_sents=sents_per_doc, no_print=True))
    out = []
    for doc in docs:
        # Re-create each doc in our vocab; keep words, spaces, UPOS and lemmas only (the
        # morphologizer is trained on UPOS alone: keywords need nothing finer).
        from spacy.tokens import Doc

        new = Doc(nlp.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
                  pos=[t.pos_ for t in doc], lemmas=[normalise_lemma(t.text, t.lemma_) for t in doc],
                  sent_starts=[bool(t.is_sent_start) for t in doc])
        out.append(new)
    return out


def convert(workdir: Path) -> tuple[Path, Path]:
    import spacy
    from spacy.tokens import DocBin

    if TEST_FILE in TRAIN_FILES:  # guard against a future edit
        raise SystemExit("the test set must never be trained on")
    nlp = spacy.blank("nl")
    docs = []
    for name in TRAIN_FILES:
        docs.extend(read_docs(nlp, UD_DIR / name))
    random.Random(SEED).shuffle(docs)
    n_dev = max(1, int(len(docs) * DEV_SHARE))
    train, dev = docs[n_dev:], docs[:n_dev]
    paths = workdir / "train.spacy", workdir / "dev.spacy"
    DocBin(docs=train, attrs=["ORTH", "SPACY", "POS", "LEMMA", "SENT_START"]).to_disk(paths[0])
    DocBin(docs=dev, attrs=["ORTH", "SPACY", "POS", "LEMMA", "SENT_START"]).to_disk(paths[1])
    n_tok = lambda ds: sum(len(d) for d in ds)  # noqa: E731
    print(f"train: {len(train)} docs, {n_tok(train)} tokens; dev: {len(dev)} docs, {n_tok(dev)} tokens")
    return paths


def train(workdir: Path, train_path: Path, dev_path: Path, config: Path = ROOT / "training" / "config.cfg") -> Path:
    import openanswers.language.lemmatizer  # noqa: F401  registers the "openanswers_lemmatizer" factory
    from spacy.cli.train import train as spacy_train

    out = workdir / "output"
    spacy_train(config, out, overrides={"paths.train": str(train_path), "paths.dev": str(dev_path)})
    return out / "model-best"


def build_lexicon(workdir: Path, splits: tuple[str, ...] = ("train.spacy", "dev.spacy")):
    """spaCy's Dutch lemma tables plus a memo of (form, UPOS) -> most frequent gold lemma over
    all training docs (train and dev split), which the lemmatizer trusts first."""
    from collections import Counter, defaultdict

    import spacy
    from spacy.tokens import DocBin

    from importlib import resources

    import srsly

    from openanswers.language.lemmatizer import LEXICON_TABLES, MEMO_TABLE

    data = resources.files("spacy_lookups_data").joinpath("data")
    lexicon = {name: srsly.read_gzip_json(str(data.joinpath(f"nl_{name}.json.gz"))) for name in LEXICON_TABLES}
    nlp = spacy.blank("nl")
    counts: dict[str, Counter] = defaultdict(Counter)
    for name in splits:
        for doc in DocBin().from_disk(workdir / name).get_docs(nlp.vocab):
            for token in doc:
                if token.pos_ not in ("PUNCT", "SYM", "NUM", "X"):
                    counts[f"{token.text.lower()}\t{token.pos_}"][token.lemma_] += 1
    # Ties go to the alphabetically first lemma so the table is identical across runs.
    memo = {key: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for key, c in sorted(counts.items())}
    lexicon[MEMO_TABLE] = memo
    print(f"lexicon: {len(memo)} memo entries, {len(lexicon['lemma_lookup'])} lookup forms")
    return lexicon


def assemble(workdir: Path, target: Path = TARGET, tuning: bool = False) -> None:
    import spacy

    import openanswers.language.lemmatizer  # noqa: F401
    from openanswers.language.tokenizer import add_survey_exceptions

    nlp = spacy.load(workdir / "output" / "model-best")
    add_survey_exceptions(nlp)
    nlp.get_pipe("lemmatizer").set_lexicon(build_lexicon(workdir, ("train.spacy",) if tuning else ("train.spacy", "dev.spacy")))
    nlp.meta.update(meta())
    # The corpora paths point into a temporary work dir; the shipped config should not.
    nlp._config["paths"]["train"] = nlp._config["paths"]["dev"] = None
    if target.exists():
        shutil.rmtree(target)
    nlp.to_disk(target)
    size = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
    print(f"wrote {target} ({size / 1e6:.1f} MB)")


def meta() -> dict:
    return {
        "name": "openanswers",
        "version": VERSION,
        "description": "Small Dutch pipeline for openanswers: survey tokenizer exceptions, UPOS morphologizer, "
        "edit-tree lemmatizer with a lexicon backoff (openanswers_lemmatizer; import openanswers.language first). Lemmas are written without UD compound marks "
        "(zorgkantoor, not zorg_kantoor).",
        "license": "CC BY-SA 4.0",
        "author": "openanswers",
        "sources": [
            {"name": "UD_Dutch-Alpino (nl_alpino-ud-dev)", "url": "https://github.com/UniversalDependencies/UD_Dutch-Alpino",
             "license": "CC BY-SA 4.0", "commit": "95e374a608d114ec6c6b32f0fbd5f324d29ef286"},
            {"name": "UD_Dutch-LassySmall (nl_lassysmall-ud-dev, nl_lassysmall-ud-test)",
             "url": "https://github.com/UniversalDependencies/UD_Dutch-LassySmall",
             "license": "CC BY-SA 4.0", "commit": "7880e0bc4c8138607c8e9724db2294dc89d4e2b5"},
            {"name": "spacy-lookups-data nl lemma tables (lookup, index, exc, rules: backoff lexicon)",
             "url": "https://github.com/explosion/spacy-lookups-data", "license": "MIT"},
        ],
        "openanswers_training": {"files": list(TRAIN_FILES), "not_trained_on": TEST_FILE, "seed": SEED,
                                 "dev_share": DEV_SHARE},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", type=Path, default=None, help="where corpora and checkpoints go (default: a temp dir)")
    parser.add_argument("--skip-train", action="store_true", help="only assemble from WORKDIR/output/model-best")
    parser.add_argument("--target", type=Path, default=TARGET)
    parser.add_argument("--config", type=Path, default=ROOT / "training" / "config.cfg")
    parser.add_argument("--tuning", action="store_true",
                        help="memo from the train split only, so WORKDIR/dev.spacy can be scored honestly")
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="oa-train-"))
    workdir.mkdir(parents=True, exist_ok=True)
    if not args.skip_train:
        train_path, dev_path = convert(workdir)
        train(workdir, train_path, dev_path, args.config)
    assemble(workdir, args.target, args.tuning)


if __name__ == "__main__":
    main()
