"""The default grouping's parts on real Dutch text: views, self-training, any number of themes."""

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import normalized_mutual_info_score

from openanswers import schema
from openanswers.ingest import answers_from_texts
from openanswers.embed import embed
from openanswers.errors import ConfigError
from openanswers.language import content_lemmas
from openanswers.pipeline import summarise
from openanswers.topics.selftrain import self_train
from openanswers.topics.space import centre, diffuse
from openanswers.topics.views import lexical_view, multiview_graph

from conftest import NVI, SIB


@pytest.fixture(scope="module")
def sib():
    frame = pd.read_csv(SIB)
    frame = frame[frame["categorie"].isin(["sports", "health", "politics"])].head(150)
    return frame["tekst"].tolist(), frame["categorie"].to_numpy()




def test_lexical_view_groups_answers_that_share_words(sib):
    texts, labels = sib
    view = lexical_view(texts)
    assert view.shape[0] == len(texts) and np.allclose(np.linalg.norm(view, axis=1), 1, atol=1e-4)
    sims = view @ view.T
    np.fill_diagonal(sims, np.nan)
    same = labels[:, None] == labels[None, :]
    assert np.nanmean(sims[same]) > np.nanmean(sims[~same])
    assert lexical_view(texts[:3]) is None and lexical_view(["a", "b", "c", "d"]) is None


def test_multiview_graph_rows_sum_to_one_and_keep_both_views_neighbours(sib):
    texts, _ = sib
    semantic, lexical = centre(embed(texts)), lexical_view(texts)
    graph = multiview_graph([semantic, lexical], k=5)
    assert np.allclose(np.asarray(graph.sum(axis=1)).ravel(), 1.0)
    assert graph.diagonal().sum() == 0
    own = multiview_graph([semantic], k=5)
    assert ((graph > 0).sum(axis=1) >= (own > 0).sum(axis=1)).all()  # never fewer neighbours than one view


def test_self_training_repairs_noisy_groups(sib):
    """Start from the true categories with a quarter of the answers moved to a wrong one: learning
    from the confident members must put more of them back than it moves away."""
    texts, labels = sib
    space = diffuse(centre(embed(texts)))
    truth = np.unique(labels, return_inverse=True)[1]
    noisy = truth.copy()
    flip = np.random.default_rng(0).choice(len(truth), len(truth) // 4, replace=False)
    noisy[flip] = (noisy[flip] + 1) % 3
    noisy[:2] = -1  # outliers stay outliers
    repaired = self_train(space, noisy, random_state=0)
    assert (repaired[:2] == -1).all() and set(repaired[2:]) == {0, 1, 2}
    assert (repaired[2:] == truth[2:]).mean() > (noisy[2:] == truth[2:]).mean() + 0.05


def test_neighbours_vote_in_self_training_repairs_noisy_groups_reproducibly(sib):
    """The default's self-training, where each answer's neighbours in the multiview graph vote:
    the same labels on a second run, outliers and every group kept, more answers put back than
    moved away."""
    from openanswers.topics.multiview import MultiViewTopics
    from openanswers.topics.selftrain import KEEP_SMOOTHED, SMOOTH

    texts, labels = sib
    model = MultiViewTopics(n_topics=3, random_state=0).fit(embed(texts), texts=texts)
    assert model.graph_.shape == (len(texts), len(texts))
    truth = np.unique(labels, return_inverse=True)[1]
    noisy = truth.copy()
    flip = np.random.default_rng(1).choice(len(truth), len(truth) // 4, replace=False)
    noisy[flip] = (noisy[flip] + 2) % 3
    noisy[:3] = -1
    runs = [self_train(model.space_, noisy, random_state=0, graph=model.graph_, smooth=SMOOTH, keep=KEEP_SMOOTHED) for _ in range(2)]
    assert np.array_equal(runs[0], runs[1])
    repaired = runs[0]
    assert (repaired[:3] == -1).all() and set(repaired[3:]) == {0, 1, 2}
    assert (repaired[3:] == truth[3:]).mean() > (noisy[3:] == truth[3:]).mean() + 0.05
    assert MultiViewTopics(n_topics=3, random_state=0, smooth=False).fit(embed(texts), texts=texts).__dict__.get("graph_") is None


def test_previous_default_stays_selectable_and_counts_every_answer_once():
    texts = pd.read_csv(NVI)["vraag"].tolist()[:60]
    for topics in ("multiview", "multiview-plain"):
        result = summarise(answers_from_texts(texts), n_themes=4, topics=topics)
        assert result.info["topic_model"] == topics
        assert sum(t.n for t in result.themes) + int((result.answers["theme"] == schema.OTHER).sum()) == 60


def test_self_training_leaves_a_single_group_alone():
    labels = np.zeros(10, dtype=int)
    assert np.array_equal(self_train(np.eye(10, dtype=np.float32), labels), labels)


def test_more_than_twenty_themes_and_up_to_one_per_answer():
    texts = pd.read_csv(NVI)["vraag"].tolist()[:40]
    result = summarise(answers_from_texts(texts), n_themes=25)
    assert len(result.themes) == 25
    assert sum(t.n for t in result.themes) + int((result.answers["theme"] == schema.OTHER).sum()) == 40
    every = summarise(answers_from_texts(texts[:12]), n_themes=12)
    assert sorted(t.n for t in every.themes) == [1] * 12
    with pytest.raises(ConfigError, match="13 themes from 12 answers"):
        summarise(answers_from_texts(texts[:12]), n_themes=13)


@pytest.mark.parametrize("n", [10, 20, 30])
def test_small_sets_give_themes_that_follow_the_categories(n):
    """10-30 answers: the default topics, merged and refined as the pipeline does, still follow
    the categories, and none is called an outlier (too few answers to judge spread)."""
    from openanswers.themes import build_themes
    from openanswers.topics import fit_topics

    frame = pd.read_csv(SIB)
    frame = pd.concat([frame[frame["categorie"] == c].head(n // 3 + 1) for c in ("sports", "health", "politics")]).head(n)
    texts = frame["tekst"].tolist()
    vectors, lemmas = embed(texts), content_lemmas(texts)
    topics = fit_topics(vectors, lemmas, n_topics=max(3, round((n / 2) ** 0.5)), random_state=0)
    ids = [str(i) for i in range(n)]
    themes = build_themes(ids, ids, texts, vectors, lemmas, topics.labels, n_themes=3, space=topics.space, refine=True, graph=topics.graph)
    assert len(themes.themes) == 3 and all(t.n >= 1 for t in themes.themes)
    assert (themes.theme_of >= 0).all()
    assert normalized_mutual_info_score(frame["categorie"], themes.theme_of) > 0.2
