"""The term cache holds no readable answer content: sealed under a key only the answer text gives."""

from __future__ import annotations

import sqlite3

import pytest
from typer.testing import CliRunner

from openanswers.diskcache import seal, unseal

ANSWERS = ["Mevrouw Jansen belde over rekening NL91ABNA0417164300 en de wachtlijst.",
           "De zorgbemiddeling door het zorgkantoor verloopt traag."]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENANSWERS_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_seal_opens_only_with_its_text():
    sealed = seal(b'[["jansen", "PROPN"]]', "the answer", "ctx")
    assert b"jansen" not in sealed
    assert unseal(sealed, "the answer", "ctx") == b'[["jansen", "PROPN"]]'
    assert unseal(sealed, "another answer", "ctx") is None
    assert unseal(sealed, "the answer", "other context") is None
    assert unseal(sealed[:-1] + bytes([sealed[-1] ^ 1]), "the answer", "ctx") is None  # tampered
    assert seal(b"x", "t") != seal(b"x", "t")  # a fresh nonce each time


def test_term_cache_file_holds_no_answer_words_and_serves_a_warm_run(cache, monkeypatch):
    from openanswers.language import cached, loader

    first, _ = cached.cached_content_terms(ANSWERS)
    files = list(cache.glob("terms-*.sqlite"))
    assert len(files) == 1 and files[0].name.startswith("terms-sealed-")
    with sqlite3.connect(files[0]) as db:
        stored = b"".join(v for (v,) in db.execute("SELECT v FROM blob"))
    raw = stored + files[0].read_bytes()
    for word in (b"jansen", b"Jansen", b"wachtlijst", b"ABNA", b"zorgbemiddeling", b"traag"):
        assert word not in raw
    monkeypatch.setattr(loader, "load_nlp", lambda *a, **k: pytest.fail("a warm run must not parse again"))
    warm, _ = cached.cached_content_terms(ANSWERS)
    assert warm == first and any(t.lemma == "wachtlijst" for t in warm[0])


def test_plain_text_term_caches_of_earlier_versions_are_removed(cache):
    from openanswers.language.cached import cached_content_terms

    legacy = cache / "terms-nl_old-0.0.1-abc.sqlite"
    legacy.write_bytes(b"jansen")
    vectors = cache / "vectors-use-1.sqlite"
    vectors.write_bytes(b"\0")
    cached_content_terms(ANSWERS[1:])
    assert not legacy.exists() and vectors.exists()


def test_cache_clear_removes_every_cache_file(cache):
    from openanswers.cli import app
    from openanswers.language.cached import cached_content_terms

    cached_content_terms(ANSWERS)
    (cache / "vectors-use-1.sqlite").write_bytes(b"\0")
    (cache / "notes.txt").write_text("not ours")
    result = CliRunner().invoke(app, ["cache", "clear"])
    assert result.exit_code == 0, result.output
    assert "verwijderd" in result.output
    assert sorted(p.name for p in cache.iterdir()) == ["notes.txt"]
    assert CliRunner().invoke(app, ["cache", "path"]).output.strip() == str(cache)
