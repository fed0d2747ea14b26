"""Guided themes: expected names seed the grouping and stay where the answers bear them out."""

import numpy as np
import pandas as pd
import pytest

from openanswers.errors import ConfigError
from openanswers.pipeline import summarise
from openanswers.topics.guided import Expected, expected_from_codebook, parse_expected

from conftest import ROOT, SIB
from openanswers.ingest import answers_from_texts


def test_parse_expected_splits_trims_and_dedupes():
    assert [e.name for e in parse_expected(" Tarieven; Administratieve lasten ;;Tarieven; Personeel ")] == [
        "Tarieven", "Administratieve lasten", "Personeel"]
    with pytest.raises(ConfigError, match="--expect"):
        parse_expected(" ; ")


def test_codebook_codes_become_expected_themes_with_their_terms():
    expected = expected_from_codebook(ROOT / "codebooks" / "wlz_zorgcontractering.yaml")
    tarieven = next(e for e in expected if e.name == "Tarieven en financiën")
    assert "richttarief" in tarieven.text and "*" not in tarieven.text
    assert "Vastgoedvergoeding (NHC/NIC)" not in {e.name for e in expected}  # sub-codes are not themes


@pytest.fixture(scope="module")
def guided():
    frame = pd.read_csv(SIB)
    frame = frame[frame["categorie"].isin(["sports", "health", "politics", "travel"])].head(200)
    result = summarise(answers_from_texts(frame["tekst"].tolist()), n_themes=5, expected=["Sport", "Gezondheid", "Politiek"])
    return result, frame["categorie"].to_numpy()


def test_expected_themes_are_named_after_the_answers_they_hold(guided):
    result, labels = guided
    category = {"Sport": "sports", "Gezondheid": "health", "Politiek": "politics"}
    named = [t for t in result.themes if t.expected_name]
    assert {t.expected_name for t in named} == set(category)
    for theme in named:
        members = labels[(result.answers["theme"] == theme.label).to_numpy()]
        assert (members == category[theme.expected_name]).mean() > 0.5
        # The researcher's name is the label; the label the answers suggest stays a candidate.
        assert theme.label == theme.expected_name and theme.label_candidates
    assert result.info["expected"] == ["Sport", "Gezondheid", "Politiek"]


def test_themes_nobody_expected_are_still_found(guided):
    result, labels = guided
    assert len(result.themes) == 5
    free = [t for t in result.themes if t.expected_name is None]
    assert free
    travel = np.flatnonzero(labels == "travel")
    in_free = result.answers["theme"].iloc[travel].isin([t.label for t in free]).mean()
    assert in_free > 0.5  # travel was not expected, and most of it lands outside the expected themes


def test_expected_objects_and_strings_are_the_same_guidance():
    texts = pd.read_csv(SIB)["tekst"].tolist()[:60]
    a = summarise(answers_from_texts(texts), n_themes=3, expected=["Sport", "Politiek"])
    b = summarise(answers_from_texts(texts), n_themes=3, expected=[Expected("Sport", "Sport"), Expected("Politiek", "Politiek")])
    assert a.answers["theme"].tolist() == b.answers["theme"].tolist()


def test_cli_takes_many_themes_and_expected_ones_and_refuses_too_many(tmp_path):
    import json

    from conftest import NVI
    from test_cli import _run

    done = _run("run", NVI, "--out", tmp_path, "--themes", "25", "--expect", "Tarieven; Personeel", "--no-pseudonymise")
    assert done.returncode == 0, done.stderr
    assert len(json.loads((tmp_path / "themes.json").read_text(encoding="utf-8"))["themes"]) == 25
    refused = _run("run", NVI, "--out", tmp_path / "x", "--themes", "500")
    assert refused.returncode == 2 and "500 themes from 195 answers" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1


def test_the_neighbours_vote_in_guided_self_training_when_given_the_graph():
    """guide(graph=...) mixes each answer's class probabilities with its neighbours' (as the
    default's themes do): the guided groups then agree more with the neighbour graph, and every
    seeded group survives."""
    from openanswers.embed import embed
    from openanswers.topics.guided import guide
    from openanswers.topics.multiview import MultiViewTopics

    frame = pd.read_csv(SIB)
    frame = frame[frame["categorie"].isin(["sports", "health", "politics", "travel"])].head(200)
    texts = frame["tekst"].tolist()
    vectors = embed(texts, "use")
    model = MultiViewTopics(n_topics=10, random_state=0).fit(vectors, texts=texts)
    graph = model.graph_

    def agreement(labels):  # share of each answer's neighbour weight on its own group, mean
        rows = np.repeat(np.arange(graph.shape[0]), np.diff(graph.indptr))
        return float((graph.data * (labels[rows] == labels[graph.indices])).sum() / graph.data.sum())

    names = ["Sport", "Gezondheid", "Politiek"]
    plain = guide(vectors, model.space_, names, "use", 4, random_state=0)
    voted = guide(vectors, model.space_, names, "use", 4, random_state=0, graph=graph)
    assert set(voted.labels.tolist()) == set(range(4))
    assert not np.array_equal(plain.labels, voted.labels)
    assert agreement(voted.labels) > agreement(plain.labels)
    assert set(voted.kept) == {0, 1, 2}
