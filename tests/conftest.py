"""Shared fixtures: real corpora, and an embedding cache that lives only for the test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"
NVI = CORPORA / "nota_van_inlichtingen.csv"
SIB = CORPORA / "sib200_nl.csv"
SHARED = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session", autouse=True)
def _cache_dir(tmp_path_factory):
    """Embeddings are cached on disk; tests never read or write the user's own cache."""
    if "OPENANSWERS_TEST_KEEP_CACHE" in os.environ:
        yield
        return
    old = os.environ.get("OPENANSWERS_CACHE_DIR")
    os.environ["OPENANSWERS_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if old is None:
        os.environ.pop("OPENANSWERS_CACHE_DIR", None)
    else:
        os.environ["OPENANSWERS_CACHE_DIR"] = old


@pytest.fixture(scope="session")
def nvi_answers():
    from openanswers.ingest import read_answers

    return read_answers(NVI, groups=("sectie",))


@pytest.fixture(scope="session")
def nvi_result(nvi_answers):
    """One full run on the bundled default corpus, shared by the tests that only read it."""
    from openanswers.pipeline import summarise

    return summarise(nvi_answers, n_themes=3, random_state=0)


@pytest.fixture
def openanswers_main(capsys):
    """`openanswers ARGS` in-process through the console entry point: (status, stdout, stderr)."""
    import sys

    from openanswers.cli import main

    def call(*args) -> tuple[int, str, str]:
        old, sys.argv = sys.argv, ["openanswers", *map(str, args)]
        try:
            main()
            status = 0
        except SystemExit as exc:
            status = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        finally:
            sys.argv = old
        captured = capsys.readouterr()
        return status, captured.out, captured.err

    return call
