import numpy as np
import pandas as pd
import pytest

from openanswers.embed import embed
from openanswers.themes import build_themes
from openanswers.themes.merge import merge_topics
from openanswers.themes.quotes import REFERENCE, select_quotes, sentences, trim

from conftest import NVI


def test_ward_merge_joins_near_topics_before_far_ones():
    centroids = np.array([[1.0, 0.0], [0.95, 0.05], [0.0, 1.0], [0.05, 0.95], [0.7, 0.7]])
    themes = merge_topics(centroids, np.array([40, 5, 40, 5, 3]), 2)
    assert themes[0] == themes[1] and themes[2] == themes[3] and themes[0] != themes[2]
    assert len(set(merge_topics(centroids, np.array([1, 1, 1, 1, 1]), 5))) == 5


def test_sentences_respect_dutch_abbreviations():
    text = "Wij missen (o.a. Vilans) een lijst. Zie blz. 7 van de visie! Kunt u dat toelichten?"
    assert sentences(text) == ["Wij missen (o.a. Vilans) een lijst.", "Zie blz. 7 van de visie!", "Kunt u dat toelichten?"]


def test_trim_keeps_whole_sentences():
    long = pd.read_csv(NVI)["vraag"].map(str).loc[lambda s: s.str.len() > 500].iloc[0]
    short = trim(long, 300)
    assert len(short) <= 310 and short.endswith("[…]")
    assert long.startswith(short[:-4].rstrip())


def test_quotes_are_central_distinct_and_readable():
    texts = pd.read_csv(NVI)["vraag"].tolist()[:40]
    texts = texts + [texts[0]]  # an exact duplicate must never be quoted twice
    vectors = embed(texts)
    centroid = vectors.mean(axis=0)
    centroid /= np.linalg.norm(centroid)
    picked = select_quotes(texts, vectors, centroid, 5)
    assert len(picked) == 5
    assert len({texts[i] for i in picked}) == 5
    assert all(len(texts[i]) >= 30 for i in picked)
    sims = vectors[picked] @ vectors[picked].T
    assert (sims[~np.eye(5, dtype=bool)] < 0.92).all()
    # Without aspects, the most central readable answer that names no page or section comes first.
    readable = [i for i, t in enumerate(texts) if len(t) >= 30 and not REFERENCE.search(t)]
    assert picked[0] == max(readable, key=lambda i: vectors[i] @ centroid)


def test_quotes_show_each_named_aspect_first():
    texts = pd.read_csv(NVI)["vraag"].tolist()[:60]
    vectors = embed(texts)
    centroid = vectors.mean(axis=0)
    centroid /= np.linalg.norm(centroid)
    aspects = [{i for i, t in enumerate(texts) if word in t.lower()} for word in ("tarie", "innovat")]
    assert all(aspects)
    picked = select_quotes(texts, vectors, centroid, 4, aspects=aspects)
    assert picked[0] in aspects[0] and picked[1] in aspects[1]
    assert len(set(picked)) == 4


def test_build_themes_accounts_for_every_answer():
    frame = pd.read_csv(NVI)
    texts = frame["vraag"].tolist()
    vectors = embed(texts)
    lemmas = [t.lower().split() for t in texts]
    topics = np.arange(len(texts)) % 6
    result = build_themes(frame["id"].tolist(), frame["id"].tolist(), texts, vectors, lemmas, topics, n_themes=3, n_answers=200)
    assert len(result.themes) == 3
    assert sum(t.n for t in result.themes) + int((result.theme_of == -1).sum()) == len(texts)
    assert [t.n for t in result.themes] == sorted((t.n for t in result.themes), reverse=True)
    for index, theme in enumerate(result.themes):
        members = {frame["id"][i] for i in np.flatnonzero(result.theme_of == index)}
        assert {q.id for q in theme.quotes} <= members
        assert theme.share == pytest.approx(theme.n / 200)
