"""A rerun over the same answers reuses what the first run derived, and gives the same results.

The fitted topic model, the lexical view, the themes' stability and the privacy gate's spans are
kept in the disk cache;
k-means runs on one thread and, on many rows, picks its start on a sample. Each shortcut is checked against the
long way on real Dutch text.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import TfidfVectorizer

from openanswers.topics import views
from openanswers.topics.kmeans import SAMPLED_START, kmeans

from conftest import NVI, SHARED, SIB


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENANSWERS_CACHE_DIR", str(tmp_path))
    return tmp_path


@pytest.fixture(scope="module")
def sib_texts():
    return pd.read_csv(SIB)["tekst"].astype(str).tolist()


@pytest.fixture(scope="module")
def many_texts(sib_texts):
    """Over 5,000 real Dutch sentences: SIB-200, the Nota's questions, UD Dutch."""
    texts = sib_texts + pd.read_csv(NVI)["vraag"].astype(str).tolist()
    for path in sorted((SHARED / "ud_dutch").glob("*.conllu")):
        texts += [line[9:].strip() for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("# text = ")]
    texts = list(dict.fromkeys(texts))
    if len(texts) < SAMPLED_START:
        pytest.skip("../shared/data/ud_dutch is not beside the repository")
    return texts


def test_char_ngram_tfidf_is_tfidf_vectorizers_matrix(sib_texts):
    texts = sib_texts[:600] + ["Tarieven  te\tlaag!\n", "ÉÉN Één één", "ab", "", "   ", "x-y z/w 12,5%"]
    expected = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True,
                               dtype=np.float32).fit_transform(texts)
    found = views.char_ngram_tfidf(texts)
    assert found.shape == expected.shape and found.dtype == np.float32
    assert abs(found - expected).max() == 0
    assert views.char_ngram_tfidf(["een", "twee"]) is None  # no n-gram in two answers


def test_lexical_view_is_kept_and_read_back(cache, sib_texts, monkeypatch):
    assert len(sib_texts) >= views.MIN_CACHED
    first = views.cached_lexical_view(sib_texts, random_state=7)
    assert list(cache.glob("lexical-*.sqlite"))
    monkeypatch.setattr(views, "lexical_view", lambda *a, **k: pytest.fail("a rerun must read the view back"))
    again = views.cached_lexical_view(sib_texts, random_state=7)
    assert again.dtype == np.float32 and np.array_equal(first, again)
    monkeypatch.undo()
    other_seed = views.cached_lexical_view(sib_texts, random_state=8)  # another key: made anew
    assert other_seed.shape == first.shape and not np.array_equal(other_seed, first)
    changed = views.cached_lexical_view(sib_texts[:-1] + ["Een ander antwoord."], random_state=7)
    assert not np.array_equal(changed, first)
    with sqlite3.connect(next(cache.glob("lexical-*.sqlite"))) as db:
        stored = b"".join(v for (v,) in db.execute("SELECT v FROM blob"))
    assert sib_texts[0][:20].encode() not in stored


def test_small_lexical_views_are_not_kept(cache, sib_texts):
    view = views.cached_lexical_view(sib_texts[:200], random_state=0)
    assert view is not None and np.array_equal(view, views.lexical_view(sib_texts[:200], random_state=0))
    assert not list(cache.glob("lexical-*.sqlite"))


def test_kmeans_on_many_rows_starts_from_a_sample_and_fits_as_well(many_texts):
    X = views.lexical_view(many_texts, n_components=64, random_state=0)
    k = 40
    sampled = kmeans(X, k, n_init=4, random_state=3)
    assert np.array_equal(sampled.labels_, kmeans(X, k, n_init=4, random_state=3).labels_)  # seeded
    full = KMeans(k, n_init=4, random_state=3).fit(X)
    assert sampled.inertia_ <= 1.01 * full.inertia_
    small = X[: SAMPLED_START - 1]  # below the threshold: scikit-learn's own result
    assert np.array_equal(kmeans(small, k, n_init=2, random_state=1).labels_,
                          KMeans(k, n_init=2, random_state=1).fit(small).labels_)


def test_gate_spans_come_from_the_cache_on_a_rerun(cache, monkeypatch):
    from openanswers.privacy.gate import Gate

    texts = pd.read_csv(NVI)["vraag"].astype(str).tolist()[:40] + [
        "Mevrouw Jansen van Stichting De Linde belde op 06-12345678 over de wachtlijst.",
        "Mail naar p.devries@zorgkantoor-oost.nl of bel meneer Bakker.",
    ]
    first = Gate()
    first.prefetch(texts)
    expected = [first.text(t) for t in texts]
    assert "[NAAM]" in expected[-2] and "[TELEFOON]" in expected[-2] and "[E-MAIL]" in expected[-1]
    files = sorted(cache.glob("spans-*.sqlite"))
    assert len(files) == 2  # rules and recogniser; rules alone (ids, and a gate without the recogniser)
    stored = b""
    for path in files:
        with sqlite3.connect(path) as db:
            stored += b"".join(v for (v,) in db.execute("SELECT v FROM blob"))
    assert b"NAAM" in stored
    for word in (b"Jansen", b"Linde", b"12345678", b"devries", b"Bakker", b"wachtlijst"):
        assert word not in stored

    rerun = Gate()
    monkeypatch.setattr(rerun.scrub, "spans", lambda text, **_: pytest.fail(f"found again: {text[:30]}"))
    rerun.prefetch(texts)
    assert [rerun.text(t) for t in texts] == expected
    assert rerun.name_words == first.name_words  # labels still drop the names' words

    for path in files:  # a damaged value: found again, not trusted
        with sqlite3.connect(path) as db:
            db.execute("UPDATE blob SET v = ?", (b"0,999999,NAAM",))
    damaged = Gate()
    damaged.prefetch(texts)
    assert [damaged.text(t) for t in texts] == expected

    Gate(organisations=["Zorggroep Oost"]).prefetch(texts[-2:])  # other rules: other stores
    assert len(list(cache.glob("spans-*.sqlite"))) == 4
    Gate(recogniser=False).prefetch(texts[-2:])  # the recogniser off: the rules-alone store, shared
    assert len(list(cache.glob("spans-*.sqlite"))) == 4


def test_a_reexport_of_a_run_is_identical_and_uses_the_cache(cache, nvi_result, tmp_path):
    from openanswers.export import write_outputs

    write_outputs(nvi_result, tmp_path / "a")
    assert list(cache.glob("spans-*.sqlite"))
    write_outputs(nvi_result, tmp_path / "b")
    for name in ("answers.csv", "themes.md"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    a, b = (json.loads((tmp_path / d / "themes.json").read_text(encoding="utf-8")) for d in "ab")
    assert a["themes"] == b["themes"]


@pytest.fixture(scope="module")
def sib_vectors(sib_texts):
    from openanswers.embed import embed

    return embed(sib_texts)  # the test session's cache, before a test points the cache elsewhere


def _fit(texts, vectors, **kw):
    from openanswers.topics import fit_topics

    return fit_topics(vectors, [t.lower().split() for t in texts], texts=texts, n_topics=20, **kw)


def test_a_refit_on_the_same_answers_is_read_back_and_equal(cache, sib_texts, sib_vectors, monkeypatch):
    from openanswers.topics.multiview import MultiViewTopics

    plain = _fit(sib_texts, sib_vectors, cache=False)
    assert not list(cache.glob("topicfits-*.sqlite"))  # --no-cache: nothing written
    first = _fit(sib_texts, sib_vectors, cache=True)
    real_fit = MultiViewTopics.fit

    def refuse(self, X, docs=None, texts=None):
        pytest.fail("a rerun must read the fit back")

    monkeypatch.setattr(MultiViewTopics, "fit", refuse)
    again = _fit(sib_texts, sib_vectors, cache=True)
    for result in (first, again):
        assert np.array_equal(result.labels, plain.labels) and result.model == plain.model == "multiview"
        assert np.array_equal(result.space, plain.space) and result.space.dtype == plain.space.dtype
        assert (result.graph != plain.graph).nnz == 0 and result.graph.dtype == plain.graph.dtype
    monkeypatch.setattr(MultiViewTopics, "fit", real_fit)
    other_seed = _fit(sib_texts, sib_vectors, cache=True, random_state=1)  # other settings: fitted anew
    assert not np.array_equal(other_seed.space, plain.space)
    store = next(cache.glob("topicfits-*.sqlite"))
    with sqlite3.connect(store) as db:
        stored = b"".join(v for (v,) in db.execute("SELECT v FROM blob"))
        db.execute("UPDATE blob SET v = ?", (b"damaged",))
    assert sib_texts[0][:20].encode() not in stored
    refit = _fit(sib_texts, sib_vectors, cache=True)  # a damaged value: fitted again, not trusted
    assert np.array_equal(refit.labels, plain.labels)


def test_theme_stability_is_kept_and_read_back(cache, sib_texts, sib_vectors):
    from openanswers.pipeline import _regrouper
    from openanswers.themes import group_themes
    from openanswers.themes.stability import theme_stability

    fitted = _fit(sib_texts, sib_vectors, cache=False)
    theme_of = group_themes(sib_vectors, fitted.labels, 5, space=fitted.space, refine=True)
    regroup = _regrouper(sib_vectors, fitted, 5)
    calls = []

    def counted(indices, seed):
        calls.append(seed)
        return regroup(indices, seed)

    plain = theme_stability(theme_of, counted, n_resamples=4)
    assert not list(cache.glob("stability-*.sqlite")) and len(calls) == 4  # no key: nothing kept
    first = theme_stability(theme_of, counted, n_resamples=4, cache_key=regroup.key)
    again = theme_stability(theme_of, counted, n_resamples=4, cache_key=regroup.key)
    assert len(calls) == 8  # the rerun regrouped nothing
    assert first == again and np.allclose(list(first.values()), list(plain.values()))
    assert all(0 < v <= 1 for v in again.values())
    merged = np.where(theme_of == 4, 3, theme_of)  # other themes: measured anew
    theme_stability(merged, counted, n_resamples=4, cache_key=regroup.key)
    assert len(calls) == 12
    assert _regrouper(sib_vectors, fitted, 4).key != regroup.key
    assert _regrouper(sib_vectors + 1e-3, fitted, 5).key != regroup.key
    with sqlite3.connect(next(cache.glob("stability-*.sqlite"))) as db:
        db.execute("UPDATE blob SET v = ?", (b"damaged",))
    assert theme_stability(theme_of, counted, n_resamples=4, cache_key=regroup.key) == first  # measured again
    assert len(calls) == 16


def test_mentions_are_kept_and_read_back(cache, nvi_result, monkeypatch):
    from openanswers.themes import mentions

    answers = nvi_result.answers
    texts = answers.loc[answers["status"] == "beantwoord", "clean"].tolist()
    theme_of = np.asarray(pd.Categorical(answers.loc[answers["status"] == "beantwoord", "theme"]).codes)
    vectors = nvi_result.vectors
    embedded, known = [], {}

    def embed_parts(items):  # real vectors, each part list embedded once; every call counted
        from openanswers.embed import embed

        embedded.append(len(items))
        if tuple(items) not in known:
            known[tuple(items)] = embed(items, "use", cache=False)
        return known[tuple(items)]

    plain = mentions.find_mentions(texts, theme_of, vectors, embed_parts)
    assert not list(cache.glob("mentions-*.sqlite")) and len(embedded) == 1
    first = mentions.find_mentions(texts, theme_of, vectors, embed_parts, cache_key=b"use")
    again = mentions.find_mentions(texts, theme_of, vectors, embed_parts, cache_key=b"use")
    assert first == again == plain and len(embedded) == 2  # the rerun placed no part
    assert any(first)  # some answer has another theme, so the test compares something
    mentions.find_mentions(texts, theme_of, vectors, embed_parts, cache_key=b"e5")  # another embedder
    mentions.find_mentions(texts, np.roll(theme_of, 1), vectors, embed_parts, cache_key=b"use")  # other themes
    assert len(embedded) == 4
    with sqlite3.connect(next(cache.glob("mentions-*.sqlite"))) as db:
        stored = b"".join(v for (v,) in db.execute("SELECT v FROM blob"))
        db.execute("UPDATE blob SET v = ?", (b"\xff damaged",))
    assert texts[0][:20].encode() not in stored
    assert mentions.find_mentions(texts, theme_of, vectors, embed_parts, cache_key=b"use") == plain
    assert len(embedded) == 5


def test_dutch_stop_words_are_spacys_list_without_importing_spacy():
    code = ("import sys; from openanswers.language.lexicon import dutch_stop_words; words = dutch_stop_words(); "
            "print(len(words), 'spacy' in sys.modules, 'torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    from spacy.lang.nl.stop_words import STOP_WORDS

    from openanswers.language.lexicon import dutch_stop_words

    assert out == [str(len(STOP_WORDS)), "False", "False"]
    assert dutch_stop_words() == frozenset(STOP_WORDS)
