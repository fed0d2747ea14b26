"""Rules written once and used by several modules: what counts as a real question heading, and
unit-length centroids."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from conftest import NVI
from openanswers import schema
from openanswers.ingest import read_answers
from openanswers.topics.space import unit_centroids, unit_rows


def test_question_heading_only_for_a_real_question():
    assert schema.question_heading(["Wat vindt u van de nieuwe regeling?"]) == "Wat vindt u van de nieuwe regeling?"
    assert schema.question_heading(["Hoe gaat het?"]) == "Hoe gaat het?"
    for bare in (["vraag"], ["open vraag"], ["opmerking / toelichting"], ["speerpunt 1 2"], []):
        assert schema.question_heading(bare) is None, bare
    assert schema.question_heading(["Wat vindt u ervan?", "Wat mist u nog?"]) is None  # two questions: no one heading


def test_question_heading_of_the_bundled_corpus():
    """Ingest names the question after its column when there is no question text: no heading."""
    answers = read_answers(NVI)
    assert schema.question_heading(answers[schema.QUESTION].unique()) is None
    asked = read_answers(NVI, question="Welke vragen heeft u over de aanbesteding?")
    assert schema.question_heading(asked[schema.QUESTION].unique()) == "Welke vragen heeft u over de aanbesteding?"


vectors = arrays(np.float64, st.tuples(st.integers(2, 30), st.integers(1, 6)),
                 elements=st.floats(-10, 10, allow_nan=False, allow_subnormal=False))


@settings(max_examples=60, deadline=None)
@given(vectors, st.randoms(use_true_random=False))
def test_unit_centroids_point_along_the_class_mean(X, rnd):
    labels = np.array([rnd.randrange(3) for _ in range(len(X))])
    classes = sorted(set(labels.tolist()))
    out = unit_centroids(X, labels, classes)
    assert out.shape == (len(classes), X.shape[1])
    for row, c in zip(out, classes):
        mean = X[labels == c].mean(axis=0)
        norm = np.linalg.norm(mean)
        if norm < 1e-9:
            continue
        assert np.isclose(np.linalg.norm(row), 1.0)
        assert np.allclose(row * norm, mean, atol=1e-9)
    groups = unit_centroids(X, labels, [classes])  # one class of every label: the overall mean
    overall = X.mean(axis=0)
    if np.linalg.norm(overall) > 1e-9:
        assert np.allclose(groups[0] * np.linalg.norm(overall), overall, atol=1e-9)


def test_unit_rows_keeps_zero_rows_and_float32():
    X = np.array([[3.0, 4.0], [0.0, 0.0]], dtype=np.float32)
    out = unit_rows(X)
    assert out.dtype == np.float32 and np.allclose(out, [[0.6, 0.8], [0.0, 0.0]])
    assert np.allclose(X, [[3.0, 4.0], [0.0, 0.0]])  # a copy: the input is unchanged
