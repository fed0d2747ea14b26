"""The analyst's review on the real Nota van Inlichtingen corpus: operations, log, reopen, replay, export."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from html import escape

import numpy as np
import pandas as pd
import pytest

from openanswers.errors import InputError
from openanswers.review import open_run
from openanswers.review.replay import nearest_topics

from conftest import ROOT

CODEBOOK = ROOT / "codebooks" / "wlz_zorgcontractering.yaml"


def most_similar_pair(review) -> list[int]:
    ids = review.state.topic_ids
    cents = np.vstack([review.state.centroid(review.vectors, t) for t in ids])
    sims = cents @ cents.T - 2 * np.eye(len(ids))
    a, b = np.unravel_index(np.argmax(sims), sims.shape)
    return [ids[a], ids[b]]


def assert_no_answer_lost(review, result) -> None:
    answers = review.answers
    assert answers["id"].tolist() == result.answers["id"].tolist()
    labels = {t.label for t in review.theme_list} | {"overig", "leeg"}
    assert set(answers["theme"]) <= labels
    themes = review.themes
    assert themes["n"].sum() == len(result.answers)
    counts = answers["theme"].value_counts()
    for _, row in themes.iterrows():
        assert counts.get(row["label"], 0) == row["n"]


def test_tables_describe_every_topic_and_theme(nvi_result):
    review = open_run(nvi_result)
    topics = review.topics
    assert topics["size"].sum() == int((review.state.labels >= 0).sum())
    assert list(topics["size"]) == sorted(topics["size"], reverse=True)
    for _, row in topics.iterrows():
        assert row["keywords"], f"topic {row['topic']} has no keywords"
        assert all(review.state.labels[review._index[i]] == row["topic"] for i in row["example_ids"])
    themes = review.themes
    assert themes["label"].tolist()[-2:] == ["overig", "leeg"]
    assert abs(themes["share"].sum() - 1.0) < 1e-9
    assert [t.label for t in nvi_result.themes] == themes["label"].tolist()[:-2]  # no operation: pipeline's themes
    assert_no_answer_lost(review, nvi_result)


def test_merge_joins_two_topics_and_is_logged(nvi_result):
    review = open_run(nvi_result)
    a, b = most_similar_pair(review)
    sizes = review.topics.set_index("topic")["size"]
    before = len(review.state.topic_ids)
    review.merge([a, b], by="Anna")
    assert len(review.state.topic_ids) == before - 1 and b not in review.state.topic_ids
    assert review.topics.set_index("topic").loc[a, "size"] == sizes[a] + sizes[b]
    log = review.operations
    assert log["op"].tolist() == ["merge"] and log["by"].tolist() == ["Anna"]
    assert log["args"][0] == {"topics": [a, b]}
    assert pd.Timestamp(log["at"][0]).tzinfo is not None
    assert_no_answer_lost(review, nvi_result)


def test_split_is_seeded_and_keeps_every_member(nvi_result):
    first, second = open_run(nvi_result), open_run(nvi_result)
    largest = int(first.topics["topic"].iloc[0])
    members = set(np.flatnonzero(first.state.labels == largest))
    first.split(largest, by="Anna")
    second.split(largest, by="Bob")
    new = first.state.next_id - 1
    parts = set(np.flatnonzero(first.state.labels == largest)) | set(np.flatnonzero(first.state.labels == new))
    assert parts == members and first.state.size(new) > 0 and first.state.size(largest) >= first.state.size(new)
    assert np.array_equal(first.state.labels, second.state.labels)
    assert_no_answer_lost(first, nvi_result)


def test_renamed_theme_follows_its_topic_through_rebuilds(nvi_result):
    review = open_run(nvi_result)
    review.rename_theme(0, "Geld en beleid", by="Anna")
    anchor = review.operations["args"][0]["topic"]
    assert review.themes["label"][0] == "Geld en beleid"
    for n_themes in (4, 2, 3):
        review.build_themes(n_themes=n_themes)
        holder = [t for t in review.theme_list if anchor in t.topics]
        assert [t.label for t in holder] == ["Geld en beleid"]
        assert sum(t.label == "Geld en beleid" for t in review.theme_list) == 1
    other = next(t for t in review.state.topic_ids if t != anchor)
    review.merge([other, anchor])  # the anchor topic disappears into `other`: the name goes with it
    assert any(t.label == "Geld en beleid" and other in t.topics for t in review.theme_list)
    review.rename_topic(other, "Beleid")
    assert "Geld en beleid" in review.themes["label"].tolist()  # a theme name beats a topic name
    with pytest.raises(InputError):
        review.rename_theme(0, "overig")


def test_move_and_outliers_reach_the_export(nvi_result, tmp_path):
    from openanswers.export import write_outputs

    review = open_run(nvi_result)
    topics = review.state.topic_ids
    moved = review._ids[int(np.flatnonzero(review.state.labels != topics[-1])[0])]
    outliers = [review._ids[i] for i in np.flatnonzero(review.state.labels == topics[0])[:3]]
    review.move([moved], topics[-1], by="Anna").mark_outliers(outliers, by="Anna")
    assert review.state.labels[review._index[moved]] == topics[-1]
    answers = review.answers.set_index("id")
    assert (answers.loc[outliers, "theme"] == "overig").all() and (answers.loc[outliers, "topic"] == -1).all()
    write_outputs(review.result(), tmp_path)
    exported = json.loads((tmp_path / "themes.json").read_text(encoding="utf-8"))
    assert set(outliers) <= set(exported["overig"]["ids"])
    assert [t["label"] for t in exported["themes"]] == [t.label for t in review.theme_list]
    table = pd.read_csv(tmp_path / "answers.csv", dtype=str, keep_default_na=False).set_index("id")
    assert table.loc[moved, "topic"] == str(topics[-1])
    assert_no_answer_lost(review, nvi_result)
    with pytest.raises(InputError):
        review.move(["geen-antwoord"], topics[0])
    assert len(review.operations) == 2  # a refused operation is not logged


def test_codes_are_checked_against_the_codebook_and_exported(nvi_result, tmp_path):
    from openanswers.codebook import read_codebook
    from openanswers.export import write_outputs

    codebook = read_codebook(CODEBOOK)
    review = open_run(nvi_result, codebook=codebook)
    topic = int(review.topics["topic"].iloc[0])
    code_ids = [c.id for c in codebook][:2]
    with pytest.raises(InputError, match="not in codebook"):
        review.map_codes(topic, ["bestaat-niet"])
    review.map_codes(topic, code_ids, by="Anna")
    assert review.topics.set_index("topic").loc[topic, "codes"] == code_ids
    write_outputs(review.result(), tmp_path)
    table = pd.read_csv(tmp_path / "answers.csv", dtype=str, keep_default_na=False)
    in_topic = table["topic"] == str(topic)
    assert (table.loc[in_topic, "codes"] == "; ".join(code_ids)).all()
    assert (table.loc[~in_topic, "codes"] == "").all()


def test_review_persists_across_reopen(nvi_result, tmp_path):
    store = tmp_path / "review.sqlite"
    review = open_run(nvi_result, store=store)
    review.merge(most_similar_pair(review), by="Anna").split(review.topics["topic"].iloc[0], by="Bob")
    review.rename_theme(1, "Kwaliteit", by="Anna").build_themes(n_themes=4, by="Anna")
    reopened = open_run(nvi_result, store=store)
    assert np.array_equal(reopened.state.labels, review.state.labels)
    assert reopened.themes["label"].tolist() == review.themes["label"].tolist()
    assert reopened.operations[["op", "by", "at"]].equals(review.operations[["op", "by", "at"]])
    with sqlite3.connect(store) as db:
        assert db.execute("SELECT count(*) FROM review_ops").fetchone()[0] == 4


def test_run_folder_keeps_its_review_in_run_sqlite(nvi_result, tmp_path):
    from openanswers.runstore import load_run, save_run

    save_run(nvi_result, tmp_path)
    review = open_run(tmp_path)
    pair = most_similar_pair(review)
    review.merge(pair, by="Anna")
    assert review.log.path == str(tmp_path / "run.sqlite")
    again = open_run(tmp_path)
    assert again.operations["op"].tolist() == ["merge"] and pair[1] not in again.state.topic_ids
    assert len(load_run(tmp_path).answers) == len(nvi_result.answers)  # the run itself is untouched
    save_run(again.result(), tmp_path / "reviewed")  # a reviewed run is a run like any other
    reviewed = load_run(tmp_path / "reviewed")
    assert [t.label for t in reviewed.themes] == [t.label for t in again.theme_list]
    assert np.array_equal(reviewed.topics.labels, again.state.labels)
    assert reviewed.info["review"]["operations"] == 1


def test_replay_reproduces_the_review(nvi_result):
    review = open_run(nvi_result)
    review.merge(most_similar_pair(review), by="Anna").split(review.topics["topic"].iloc[0])
    review.rename_theme(0, "Eerste thema").mark_outliers(review._ids[:2]).map_codes(review.state.topic_ids[0], ["tarieven"])
    review.build_themes(n_themes=4)
    copy = review.replay(nvi_result)
    assert np.array_equal(copy.state.labels, review.state.labels)
    assert copy.themes.drop(columns=[]).equals(review.themes)
    assert copy.operations["by"].tolist() == review.operations["by"].tolist()
    log = review.operations
    undone = review.replay(until=int(log["seq"].iloc[-2]))  # every step but the last (set_n_themes)
    assert undone.operations["op"].tolist() == log["op"].tolist()[:-1]
    assert np.array_equal(undone.state.labels, review.state.labels) and len(undone.theme_list) == 3


def test_replay_carries_the_review_to_a_second_wave(nvi_answers):
    """Two waves simulated from the real corpus: answers in id order, first and second half."""
    from openanswers.pipeline import summarise

    ordered = nvi_answers.sort_values("id").reset_index(drop=True)
    half = len(ordered) // 2
    wave1 = summarise(ordered.iloc[:half].reset_index(drop=True), random_state=0)
    wave2 = summarise(ordered.iloc[half:].reset_index(drop=True), random_state=0)
    review = open_run(wave1)
    largest = review.topics["topic"].tolist()[:2]
    mapping = nearest_topics(review.state, review.vectors, open_run(wave2).state, wave2.vectors)
    review.merge(largest, by="Anna").rename_theme(0, "Hoofdzaak", by="Anna")
    review.mark_outliers([review._ids[0]], by="Anna")  # an id that wave 2 does not have
    replayed = review.replay(wave2)
    ops = replayed.operations
    distinct = mapping[largest[0]] != mapping[largest[1]]
    assert ops["op"].tolist() == (["merge"] if distinct else []) + ["rename_theme"]
    assert set(ops["by"]) == {"Anna"}
    assert len(replayed.state.topic_ids) == wave2.topics.n_topics - distinct
    if distinct:
        assert ops["args"][0] == {"topics": [mapping[largest[0]], mapping[largest[1]]]}
    assert "Hoofdzaak" in replayed.themes["label"].tolist()
    assert_no_answer_lost(replayed, wave2)


def test_html_is_escaped_and_quotes_readable(nvi_result):
    shown = open_run(nvi_result).topics["example_ids"][0][0]  # an answer the topic table shows
    answers = nvi_result.answers.copy()
    row = answers.index[answers["id"] == shown][0]
    answers.loc[row, "clean"] = answers.loc[row, "text"] = "<script>alert('x')</script> " + answers.loc[row, "clean"]
    review = open_run(replace(nvi_result, answers=answers))
    html = review.topics._repr_html_() + review._repr_html_()
    assert "<script>" not in html and escape("<script>") in html
    themes_html = review.themes._repr_html_()
    assert themes_html.count('class="oa-card"') == len(review.theme_list)
    for quote in review.themes["quotes"][0]:
        assert escape(quote) in themes_html


def test_figures_show_every_answer(nvi_result):
    review = open_run(nvi_result)
    figure = review.map_figure()
    assert sum(len(trace.x) for trace in figure.data) == len(review._ids)
    assert len(figure.data) == len(review.state.topic_ids)
    hover = [c[2] for trace in figure.data for c in trace.customdata]
    assert all(len(line) <= 60 * 1.3 for h in hover for line in h.split("<br>"))
    assert np.array_equal(figure.data[0].x, open_run(nvi_result).map_figure().data[0].x)  # seeded
    similarity = review.similarity_figure().data[0].z
    assert np.allclose(np.diag(similarity), 1.0)
    groups = review.themes_by("sectie")
    assert np.allclose(groups.sum(axis=1), 1.0)
    assert len(review.group_figure("sectie").data[0].y) == nvi_result.answers["sectie"].nunique()
    shares = review.keyword_figure(review.state.topic_ids[:2]).data
    assert all(0 < x <= 1 for trace in shares for x in trace.x)
    assert review.closed_figure().data  # no closed answers here: one "(geen)" bar per topic
    with pytest.raises(InputError):
        review.themes_by("bestaat_niet")


def test_closed_answer_mix_per_topic(nvi_result):
    """The corpus has no closed question; its section number stands in for one (a real column)."""
    answers = nvi_result.answers.copy()
    answers["closed"] = answers["sectie"].astype(str)
    review = open_run(replace(nvi_result, answers=answers))
    topics = review.topics.set_index("topic")
    for topic, row in topics.iterrows():
        members = answers.loc[review.answers["topic"] == topic, "closed"]
        assert row["closed"] == members.value_counts().to_dict()
        assert sum(row["closed"].values()) == row["size"]
    bars = review.closed_figure().data
    assert {trace.name for trace in bars} == set(answers["closed"])
    per_topic = pd.DataFrame([(y, x) for trace in bars for x, y in zip(trace.x, trace.y)], columns=["topic", "share"])
    assert np.allclose(per_topic.groupby("topic")["share"].sum(), 1.0)


def test_hover_text_is_escaped_and_wrapped():
    from openanswers.review.figures import wrap

    text = "Geldt <b>dit</b> ook voor zzp'ers & onderaannemers? " * 5
    from html import unescape

    lines = wrap(text, width=40).split("<br>")
    assert len(lines) > 5 and all(len(unescape(line)) <= 40 for line in lines)
    assert "<b>" not in wrap(text) and "&lt;b&gt;" in wrap(text)
