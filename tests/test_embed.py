import numpy as np
import pandas as pd
import pytest

from openanswers.embed import cache_dir, embed, make_embedder
from openanswers.errors import ConfigError

from conftest import NVI, SIB


@pytest.fixture(scope="module")
def sentences():
    return pd.read_csv(SIB)["tekst"].tolist()[:60]


def test_use_vectors_are_unit_length_and_semantic(sentences):
    vectors = embed(sentences, "use")
    assert vectors.shape == (60, 512)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-4)
    # Paraphrases about the same thing are closer than unrelated sentences.
    a, b, c = embed(
        ["De tarieven van het zorgkantoor zijn te laag.", "Het zorgkantoor betaalt te weinig per cliënt.", "Het voetbalteam won de wedstrijd."],
        "use",
    )
    assert a @ b > a @ c + 0.1


def test_cache_is_used_and_identical(sentences, monkeypatch, tmp_path):
    monkeypatch.setenv("OPENANSWERS_CACHE_DIR", str(tmp_path))
    first = embed(sentences, "use")
    assert cache_dir() == tmp_path and list(tmp_path.glob("vectors-use-m3*.sqlite"))

    calls = []
    embedder = make_embedder("use")
    original = embedder.encode
    embedder.encode = lambda texts: calls.append(len(texts)) or original(texts)
    second = embed(sentences + ["Een nieuwe zin over wachtlijsten in de ouderenzorg."], embedder)
    assert calls == [1]  # only the new text was embedded
    assert np.array_equal(first, second[:60])


def test_duplicate_texts_embedded_once_and_progress_counts_all(monkeypatch, tmp_path):
    monkeypatch.setenv("OPENANSWERS_CACHE_DIR", str(tmp_path))
    texts = pd.read_csv(NVI)["vraag"].tolist()[:5] * 2
    done = []
    vectors = embed(texts, "use", progress=done.append)
    assert sum(done) == len(texts)
    assert np.array_equal(vectors[:5], vectors[5:])


def test_partly_cached_repeated_texts_come_back_in_input_order(monkeypatch, tmp_path):
    monkeypatch.setenv("OPENANSWERS_CACHE_DIR", str(tmp_path))
    texts = pd.read_csv(NVI)["vraag"].tolist()[:6]
    alone = embed(texts, "use", cache=False)
    embed(texts[:3], "use")  # the first three are cached, the rest are not
    mixed = [texts[4], texts[0], texts[4], texts[5], texts[0], texts[3]]
    vectors = embed(mixed, "use")
    assert vectors.dtype == np.float32
    assert np.allclose(vectors, alone[[4, 0, 4, 5, 0, 3]], atol=1e-6)


def test_tfidf_is_not_cached_and_combined_is_unit_length(sentences, monkeypatch, tmp_path):
    monkeypatch.setenv("OPENANSWERS_CACHE_DIR", str(tmp_path))
    tfidf = embed(sentences, "tfidf:32")
    assert tfidf.shape == (60, 32)
    assert not list(tmp_path.glob("vectors-tfidf*"))
    both = embed(sentences, "combined:use+tfidf:32")
    assert both.shape == (60, 512 + 32)
    assert np.allclose(np.linalg.norm(both, axis=1), 1, atol=1e-4)


def test_unknown_embedder_and_missing_local_model():
    with pytest.raises(ConfigError, match="unknown embedder"):
        make_embedder("word2vec")
    with pytest.raises(ConfigError, match="not available offline"):
        make_embedder("sentence-transformers:/nonexistent/model").encode(["tekst"])
