import numpy as np
import pandas as pd
import pytest

from openanswers.embed import embed
from openanswers.errors import ConfigError
from openanswers.language import content_lemmas
from openanswers.topics import default_n_topics, fit_topics, make_topic_model
from openanswers.topics.keywords import class_keywords

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


@pytest.mark.parametrize("model", ["kmeans", "agglomerative"])
def test_sklearn_topics_recover_real_categories(sib, model):
    from sklearn.metrics import normalized_mutual_info_score

    texts, labels = sib
    result = fit_topics(embed(texts), content_lemmas(texts), model=model, n_topics=3, random_state=0)
    assert result.n_topics == 3 and (result.labels >= 0).all()
    assert normalized_mutual_info_score(labels, result.labels) > 0.3


def test_topics_are_deterministic_for_a_seed(sib):
    texts, _ = sib
    vectors, lemmas = embed(texts), content_lemmas(texts)
    a = fit_topics(vectors, lemmas, model="kmeans", random_state=3)
    b = fit_topics(vectors, lemmas, model="kmeans", random_state=3)
    assert np.array_equal(a.labels, b.labels) and a.keywords == b.keywords


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


def test_unknown_topic_model():
    with pytest.raises(ConfigError, match="unknown topic model"):
        make_topic_model("lda")
