from collections import Counter

import numpy as np
import pandas as pd
import pytest

from openanswers.embed import embed
from openanswers.errors import ConfigError
from openanswers.language import content_lemmas
from openanswers.topics import DEFAULT_TOPIC_MODEL, default_n_topics, fit_topics, make_topic_model
from openanswers.topics.keywords import class_keywords, ngrams
from openanswers.topics.space import centre, diffuse, knn_graph, neighbour_count, topic_space

from conftest import SIB


@pytest.fixture(scope="module")
def sib():
    frame = pd.read_csv(SIB)
    frame = frame[frame["categorie"].isin(["sports", "health", "politics"])].head(150)
    return frame["tekst"].tolist(), frame["categorie"].to_numpy()


def test_default_topic_count_scales_with_n():
    assert default_n_topics(10) == 2
    assert default_n_topics(200) == 10
    assert default_n_topics(100_000) == 50


@pytest.mark.parametrize("model", ["multiview", "diffused-kmeans", "kmeans", "agglomerative"])
def test_sklearn_topics_recover_real_categories(sib, model):
    from sklearn.metrics import normalized_mutual_info_score

    texts, labels = sib
    result = fit_topics(embed(texts), content_lemmas(texts), model=model, n_topics=3, random_state=0)
    assert result.n_topics == 3 and (result.labels >= 0).all()
    assert normalized_mutual_info_score(labels, result.labels) > 0.3


@pytest.mark.parametrize("model", ["multiview", "diffused-kmeans", "kmeans"])
def test_topics_are_deterministic_for_a_seed(sib, model):
    texts, _ = sib
    vectors, lemmas = embed(texts), content_lemmas(texts)
    a = fit_topics(vectors, lemmas, model=model, random_state=3)
    b = fit_topics(vectors, lemmas, model=model, random_state=3)
    assert np.array_equal(a.labels, b.labels) and a.keywords == b.keywords


def test_default_model_is_the_multiview_one():
    assert DEFAULT_TOPIC_MODEL == "multiview"


@pytest.mark.parametrize("n", [1, 2, 3, 5, 10, 40])
def test_small_sets_get_a_topic_for_every_answer(sib, n):
    texts, _ = sib
    texts = texts[:n]
    result = fit_topics(embed(texts), content_lemmas(texts), random_state=0)
    assert len(result.labels) == n
    assert ((result.labels >= 0) | (result.labels == -1)).all()
    assert (result.labels >= 0).all()  # k-means leaves no outliers
    assert 1 <= result.n_topics <= max(1, default_n_topics(n))


def test_no_answers_no_topics():
    result = fit_topics(np.zeros((0, 4), dtype=np.float32), [])
    assert result.labels.shape == (0,) and result.n_topics == 0


def test_diffusion_pulls_answers_towards_their_own_category(sib):
    """Smoothing over neighbours must make same-category answers more alike than before, relative
    to answers of other categories: the reason the default clusters in this space."""
    texts, labels = sib
    raw = centre(embed(texts))
    smoothed = topic_space(embed(texts))

    def separation(X):
        sims = X @ X.T
        same = labels[:, None] == labels[None, :]
        np.fill_diagonal(same, False)
        other = labels[:, None] != labels[None, :]
        return sims[same].mean() - sims[other].mean()

    assert separation(smoothed) > separation(raw)
    assert np.allclose(np.linalg.norm(smoothed, axis=1), 1, atol=1e-4)


def test_knn_graph_excludes_self_and_has_k_neighbours(sib):
    texts, _ = sib
    X = embed(texts[:30])
    graph = knn_graph(X, 4)
    assert (graph.getnnz(axis=1) == 4).all() and graph.diagonal().sum() == 0
    assert np.allclose(np.asarray(graph.sum(axis=1)).ravel(), 1)
    # Every chosen neighbour is at least as similar as every neighbour left out.
    sims = X @ X.T
    np.fill_diagonal(sims, -np.inf)
    for i in range(30):
        chosen = graph[i].indices
        assert sims[i, chosen].min() >= np.delete(sims[i], list(chosen) + [i]).max() - 1e-6


def test_knn_graph_among_landmarks_for_large_surveys(sib):
    """Above the landmark limit every answer's neighbours are the nearest landmarks, never itself."""
    from openanswers.topics.space import anchors_of

    texts, _ = sib
    X = embed(texts)
    anchors = anchors_of(len(X), limit=40)
    assert len(anchors) == 40 and (anchors_of(len(X), limit=40) == anchors).all()  # seeded
    graph = knn_graph(X, 5, anchors=anchors)
    assert set(graph.indices) <= set(anchors.tolist()) and graph.diagonal().sum() == 0
    assert (graph.getnnz(axis=1) == 5).all()
    for i in (0, int(anchors[3]), len(X) - 1):
        pool = [a for a in anchors if a != i]
        best = sorted(pool, key=lambda a: -float(X[i] @ X[a]))[:5]
        assert set(graph[i].indices) == set(best)
    assert (anchors_of(len(X)) == np.arange(len(X))).all()  # small surveys: every answer


def test_diffusion_leaves_tiny_inputs_alone():
    X = np.eye(3, dtype=np.float32)
    assert np.array_equal(diffuse(X), X)
    assert neighbour_count(1) == 0 and neighbour_count(1004) == 16


def test_keywords_name_the_category_and_skip_corpus_wide_words(sib):
    texts, labels = sib
    lemmas = content_lemmas(texts)
    codes = {name: i for i, name in enumerate(sorted(set(labels)))}
    keywords = class_keywords(lemmas, [codes[l] for l in labels])
    sports = " ".join(keywords[codes["sports"]])
    assert any(word in sports for word in ("wedstrijd", "team", "speler", "olympisch", "spel", "wereldkampioen"))
    # A word used in every answer of every class scores zero.
    flat = [doc + ["enquête"] for doc in lemmas]
    assert all("enquête" not in kws for kws in class_keywords(flat, [codes[l] for l in labels]).values())


def test_keywords_of_a_single_answer_class_and_of_outlier_labels(sib):
    texts, labels = sib
    lemmas = content_lemmas(texts)
    classes = [0] * 100 + [-1] * 49 + [1]  # class 1 is one answer; -1 answers get no keywords
    keywords = class_keywords(lemmas, classes)
    assert set(keywords) == {0, 1}
    # In a class of one, a word used once is enough (its own words, rarer there than overall).
    assert keywords[1] and all(set(k.split(" ")) <= set(lemmas[149]) for k in keywords[1])
    # With classes of two or more, words used by a single answer never make a keyword.
    used_by = Counter(term for doc in lemmas for term in set(ngrams(doc)))
    bigger = class_keywords(lemmas, [0] * 75 + [1] * 75)
    assert all(used_by[k] >= 2 for kws in bigger.values() for k in kws)


def test_unknown_topic_model():
    with pytest.raises(ConfigError, match="unknown topic model"):
        make_topic_model("lda")


def test_default_topics_merge_into_themes_that_match_the_categories(sib):
    """Fine default topics, merged into as many themes as there are categories, recover them and
    leave few answers in "overig"."""
    from sklearn.metrics import normalized_mutual_info_score

    from openanswers.themes import build_themes

    texts, labels = sib
    vectors, lemmas = embed(texts), content_lemmas(texts)
    topics = fit_topics(vectors, lemmas, random_state=0)
    ids = [str(i) for i in range(len(texts))]
    themes = build_themes(ids, ids, texts, vectors, lemmas, topics.labels, n_themes=3)
    assert len(themes.themes) == 3 and topics.n_topics > 3
    assert (themes.theme_of == -1).mean() <= 0.05
    assert normalized_mutual_info_score(labels, themes.theme_of) > 0.3
