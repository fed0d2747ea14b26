"""The Dutch pipeline: which one loads, what it makes of survey text, and how good its lemmas are."""

from __future__ import annotations

import importlib.util
import re
import warnings
from pathlib import Path

import pandas as pd
import pytest

from openanswers.errors import OpenAnswersWarning
from openanswers.language import content_terms, describe, load_nlp
from openanswers.language.loader import OFFICIAL
from openanswers.language.ud import CONTENT_POS, read_conllu, written_lemma

ROOT = Path(__file__).resolve().parents[1]
NOTA = ROOT / "corpora" / "nota_van_inlichtingen.csv"
ALPINO_TEST = ROOT.parent / "shared" / "data" / "ud_dutch" / "nl_alpino-ud-test.conllu"
# The target for content words (NOUN, VERB, ADJ, PROPN).
CONTENT_TARGET = 0.95


def _official_installed() -> bool:
    return any(importlib.util.find_spec(name) is not None for name in OFFICIAL)


@pytest.fixture(scope="module")
def shipped():
    return load_nlp("shipped")


@pytest.fixture(scope="module")
def lookup():
    return load_nlp("lookup")


@pytest.mark.skipif(_official_installed(), reason="an official nl_core_news pipeline is installed and wins")
def test_shipped_pipeline_is_the_default_without_an_official_one():
    load_nlp.cache_clear()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        nlp = load_nlp()
    # The lookup fallback warns that lemmas will be poorer; the shipped pipeline must not.
    assert not [w for w in caught if issubclass(w.category, OpenAnswersWarning)]
    assert nlp.meta["openanswers_source"] == "shipped"
    assert "shipped" in describe(nlp)
    assert {"morphologizer", "lemmatizer"} <= set(nlp.pipe_names)
    licence = nlp.meta["license"]
    assert "CC BY-SA 4.0" in licence
    assert any("UD_Dutch-Alpino" in s["name"] for s in nlp.meta["sources"])


def test_lookup_fallback_says_what_it_is(lookup):
    assert lookup.meta["openanswers_source"] == "lookup"
    assert "lookup" in describe(lookup)


@pytest.mark.parametrize("word, lemma", [("tarieven", "tarief"), ("zorgkantoren", "zorgkantoor"),
                                         ("zorgaanbieders", "zorgaanbieder")])
def test_inflected_domain_terms_collapse_in_the_nota_corpus(shipped, word, lemma):
    texts = [t for t in pd.read_csv(NOTA).vraag if re.search(rf"\b{word}\b", t, flags=re.IGNORECASE)]
    assert texts, f"{word!r} no longer occurs in {NOTA.name}"
    found = [term for doc in content_terms(texts, shipped) for term in doc if term.text == word]
    assert found
    assert {term.lemma for term in found} == {lemma}
    # The singular, where the corpus has it, lands on the same lemma.
    singular = [t for t in pd.read_csv(NOTA).vraag if re.search(rf"\b{lemma}\b", t)]
    same = [term for doc in content_terms(singular, shipped) for term in doc if term.text == lemma]
    assert all(term.lemma == lemma for term in same)


@pytest.mark.parametrize("source", ["shipped", "lookup"])
def test_survey_abbreviations_and_care_codes_stay_whole(source):
    nlp = load_nlp(source)
    words = [t.text for t in nlp("N.v.t., want m.i. is ZZP-VG5 (of VV4) i.p.v. VPT/MPT z.s.m. nodig.")]
    for kept in ("N.v.t.", "m.i.", "ZZP-VG5", "VV4", "i.p.v.", "z.s.m."):
        assert kept in words
    assert words[-1] == "."  # a real sentence end is still split off


def _content_accuracy(nlp, sents) -> float:
    from spacy.tokens import Doc

    hits = total = 0
    for sent in sents:
        doc = Doc(nlp.vocab, words=[t.form for t in sent], spaces=[t.space_after for t in sent])
        for name in nlp.pipe_names:
            doc = nlp.get_pipe(name)(doc)
        for token, gold in zip(doc, sent):
            if gold.upos in CONTENT_POS:
                total += 1
                hits += token.lemma_.lower() == written_lemma(gold.form, gold.lemma).lower()
    return hits / total


@pytest.mark.skipif(not ALPINO_TEST.exists(), reason="../shared/data/ud_dutch is not beside the repository")
def test_content_word_lemmas_beat_the_lookup_baseline_on_alpino_test(shipped, lookup):
    sample = read_conllu(ALPINO_TEST)[::3]  # every third sentence: ~200 sentences, ~1,500 content words
    ours, baseline = _content_accuracy(shipped, sample), _content_accuracy(lookup, sample)
    assert ours >= CONTENT_TARGET
    assert ours - baseline >= 0.1


def test_care_codes_become_domain_terms_as_written(shipped):
    (terms,) = content_terms(["Het tarief voor ZZP-VG5 en VV4 is n.v.t. voor ons."], shipped)
    domain = {t.lemma for t in terms if t.domain}
    assert {"ZZP-VG5", "VV4"} <= domain
    assert "n.v.t." not in {t.text for t in terms}  # a survey stop word, not a keyword


def test_second_run_takes_terms_from_the_cache_without_spacy(tmp_path):
    """A warm run neither imports spaCy nor parses: the terms and pipeline name come from disk."""
    import os
    import subprocess
    import sys

    code = (
        "import sys, pandas as pd\n"
        "from openanswers.language.cached import cached_content_terms\n"
        "texts = pd.read_csv(sys.argv[1])['vraag'].tolist()[:40]\n"
        "terms, name = cached_content_terms(texts)\n"
        "print(name, 'spacy' in sys.modules, [t.lemma for doc in terms for t in doc], sep='|')\n"
    )
    env = dict(os.environ, OPENANSWERS_CACHE_DIR=str(tmp_path), PYTHONWARNINGS="ignore")
    runs = [subprocess.run([sys.executable, "-c", code, str(NOTA)], capture_output=True, text=True, env=env, check=True).stdout for _ in range(2)]
    cold, warm = (r.split("|") for r in runs)
    assert cold[1] == "True" and warm[1] == "False"
    assert cold[0] == warm[0] and cold[2] == warm[2]  # same pipeline name, same lemmas
    assert "'zorgkantoor'" in warm[2]


def test_shipped_lemmas_survive_spacy_memory_zones(shipped):
    """Services parse in ``nlp.memory_zone()`` to keep memory flat; strings made inside a zone are
    freed when it ends, so the lemmatizer must not reuse lemma hashes cached in an earlier zone."""
    text = pd.read_csv(NOTA)["vraag"].tolist()[3]
    outside = [t.lemma_ for t in shipped(text)]
    zoned = []
    for _ in range(2):
        with shipped.memory_zone():
            zoned.append([t.lemma_ for t in shipped(text)])
    assert zoned == [outside, outside]
    assert [t.lemma_ for t in shipped(text)] == outside
