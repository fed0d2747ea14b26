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


def test_renamed_theme_follows_its_content_through_rebuilds(nvi_result):
    review = open_run(nvi_result)
    review.rename_theme(0, "Geld en beleid", by="Anna")
    assert review.themes["label"][0] == "Geld en beleid"
    for n_themes in (4, 2, 3):
        before = review.answers.set_index("id")["theme"]
        named = set(before.index[before == "Geld en beleid"])
        review.build_themes(n_themes=n_themes)
        after = review.answers.set_index("id")["theme"]
        assert sum(t.label == "Geld en beleid" for t in review.theme_list) == 1
        holder = after[list(named)].value_counts()  # the new theme holding most of the named answers
        assert holder.index[0] == "Geld en beleid", holder
    theme = next(t for t in review.theme_list if t.label == "Geld en beleid")
    outside = next(t for t in review.state.topic_ids if t not in theme.topics)
    review.merge([theme.topics[0], outside])  # the theme gains a topic: the name stays
    assert any(t.label == "Geld en beleid" and outside not in t.topics and theme.topics[0] in t.topics for t in review.theme_list)
    with pytest.raises(InputError):
        review.rename_theme(0, "overig")


def test_merge_changes_only_the_merged_themes(nvi_result):
    review = open_run(nvi_result)
    before = {t.label: list(t.topics) for t in review.theme_list}
    first, second, third = review.theme_list[:3]
    review.merge([first.topics[0], second.topics[0]], by="Anna")
    after = {t.label: list(t.topics) for t in review.theme_list}
    assert after[third.label] == before[third.label]  # the unrelated theme keeps its topics and label
    assert second.topics[0] not in review.state.topic_ids
    assert [t for t in after.values() if first.topics[0] in t] == [before[first.label]]


def test_assign_pin_describe_and_split_in_parts(nvi_result, tmp_path):
    from openanswers.export import write_outputs

    review = open_run(nvi_result)
    topic = review.theme_list[2].topics[0]
    review.assign_topic(topic, 0, by="Anna")
    assert topic in review.theme_list[0].topics or any(topic in t.topics and len(t.topics) > 1 for t in review.theme_list)
    holder = next(t.label for t in review.theme_list if topic in t.topics)
    review.rename_theme(holder, "Met vastgezet topic")
    for n_themes in (2, 5):
        review.build_themes(n_themes)
        assert next(t.label for t in review.theme_list if topic in t.topics) == "Met vastgezet topic"  # pinned
    review.describe_theme("Met vastgezet topic", "Door de analist beschreven.", by="Anna")
    largest = int(review.topics["topic"].iloc[0])
    size = review.state.size(largest)
    review.split(largest, 3)
    parts = [largest, review.state.next_id - 2, review.state.next_id - 1]
    assert sum(review.state.size(p) for p in parts) == size and all(review.state.size(p) for p in parts)
    assert len({review.state.groups[p] for p in parts}) == 1  # the parts stay in their theme
    write_outputs(review.result(), tmp_path)
    exported = {t["label"]: t for t in json.loads((tmp_path / "themes.json").read_text(encoding="utf-8"))["themes"]}
    assert exported["Met vastgezet topic"]["description"] == "Door de analist beschreven."
    review.describe_theme("Met vastgezet topic", None)
    assert review.themes.set_index("label").loc["Met vastgezet topic", "description"] != "Door de analist beschreven."


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
    from openanswers.project.runs import load_run, save_run

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
    plan = review.replay(nvi_result)
    assert plan.table["status"].tolist() == ["applied"] * len(review.operations)
    assert (plan.table["similarity"].dropna() == 1.0).all()
    copy = plan.accept()
    assert np.array_equal(copy.state.labels, review.state.labels)
    assert copy.themes.equals(review.themes)
    assert copy.operations["by"].tolist() == review.operations["by"].tolist()


def test_undo_works_in_place_and_keeps_the_history(nvi_result, tmp_path):
    store = tmp_path / "review.sqlite"
    review = open_run(nvi_result, store=store)
    start = review.state.copy()
    review.merge(most_similar_pair(review), by="Anna")
    merged = review.state.labels.copy()
    review.build_themes(n_themes=4, by="Anna")
    review.undo(by="Bob")  # the rebuild
    assert np.array_equal(review.state.labels, merged) and review.state.n_themes == 3
    review.undo()  # the merge
    assert np.array_equal(review.state.labels, start.labels)
    log = review.operations
    assert log["op"].tolist() == ["merge", "set_n_themes", "undo", "undo"]
    assert log["in_force"].tolist() == [False, False, False, False]
    review.undo(int(log["seq"].iloc[-1]))  # undoing the undo brings the merge back
    assert np.array_equal(review.state.labels, merged)
    reopened = open_run(nvi_result, store=store)
    assert np.array_equal(reopened.state.labels, merged) and reopened.state.n_themes == 3
    with pytest.raises(InputError, match="not in force"):
        review.undo(int(log["seq"].iloc[1]))  # the rebuild stays undone


def test_operations_and_replays_are_applied_once(nvi_result, tmp_path):
    """Re-running a notebook (the same calls on a reopened review), or a replay into the same store,
    adds nothing."""
    store = tmp_path / "review.sqlite"

    def notebook(review):
        pair = most_similar_pair(open_run(nvi_result))
        largest = next(int(t) for t in open_run(nvi_result).topics["topic"] if int(t) not in pair)  # survives the merge
        review.merge(pair, by="Anna").split(largest, by="Anna").rename_theme(0, "Thema", by="Anna")
        review.move([review._ids[5]], pair[0], by="Anna").mark_outliers(review._ids[:2], by="Anna")
        review.map_codes(pair[0], ["tarieven"]).describe_theme(0, "Tekst").build_themes(4)
        return review

    first = notebook(open_run(nvi_result, store=store))
    n, labels, themes = len(first.operations), first.state.labels.copy(), first.themes
    second = notebook(open_run(nvi_result, store=store))  # the whole notebook again
    assert len(second.operations) == n and np.array_equal(second.state.labels, labels)
    assert second.themes["label"].tolist() == themes["label"].tolist()
    notebook(second)  # one cell again in the same session
    assert len(second.operations) == n
    wave = tmp_path / "wave.sqlite"
    once = first.replay(nvi_result, store=wave).accept()
    plan = first.replay(nvi_result, store=wave)
    assert set(plan.table["status"]) <= {"already in the log", "unchanged"}
    twice = plan.accept()
    assert len(twice.operations) == len(once.operations) == n
    assert twice.themes.equals(once.themes)


def test_replay_onto_a_wave_without_a_topic_skips_it(nvi_answers, nvi_result):
    """Wave 2: the corpus without the answers of one topic. Operations on that topic are listed as
    skipped, with the similarity that fell short; the rest carries over by content."""
    from openanswers.pipeline import summarise

    review = open_run(nvi_result)
    topics = review.topics["topic"].tolist()
    gone, kept = int(topics[1]), int(topics[0])
    gone_ids = set(review.answers.loc[review.answers["topic"] == gone, "id"])
    wave2 = summarise(nvi_answers[~nvi_answers["id"].isin(gone_ids)].reset_index(drop=True), n_themes=3, random_state=0)
    review.rename_topic(gone, "Verdwenen onderwerp", by="Anna").rename_topic(kept, "Blijvend onderwerp", by="Anna")
    moved = [i for i in review._ids if i not in gone_ids][:3]
    review.mark_outliers(moved + sorted(gone_ids)[:2], by="Anna")
    plan = review.replay(wave2)
    table = plan.table.set_index("seq")
    seqs = review.operations["seq"].tolist()
    assert table.loc[seqs[0], "status"] == "skipped" and "no counterpart" in table.loc[seqs[0], "reason"]
    assert table.loc[seqs[0], "similarity"] < plan.floor
    assert table.loc[seqs[1], "status"] == "applied" and table.loc[seqs[1], "similarity"] >= plan.floor
    assert table.loc[seqs[2], "status"] == "applied" and "2 of 5 answer(s) not in the new run" in table.loc[seqs[2], "reason"]
    assert table.loc[seqs[2], "applied_as"]["ids"] == moved  # carried by text: ids here are the same answers
    replayed = plan.accept()
    assert replayed.operations["op"].tolist() == ["rename_topic", "mark_outliers"]
    assert "Verdwenen onderwerp" not in {replayed.topic_name(t) for t in replayed.state.topic_ids}
    assert (replayed.answers.set_index("id").loc[moved, "theme"] == "overig").all()
    assert_no_answer_lost(replayed, wave2)
    assert "skipped" in repr(plan)


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
    similarity = np.asarray(review.similarity_figure().data[0].z, dtype=float)
    assert np.isnan(np.diag(similarity)).all()  # the diagonal is left out of the colour scale
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


def test_export_of_a_reviewed_run_shows_the_review(nvi_result, tmp_path):
    """The review logged in out/run.sqlite is what `openanswers export report|quotes out/` writes."""
    import subprocess
    import sys

    from openanswers.export import write_outputs
    from openanswers.project.runs import load_run, save_run

    out = tmp_path / "out"
    write_outputs(nvi_result, out)
    save_run(nvi_result, out)  # what `openanswers run --out out/` writes
    review = open_run(out / "run.sqlite")
    review.rename_theme(1, "Kwaliteit van zorg", by="Anna").describe_theme("Kwaliteit van zorg", "Door de analist beschreven: kwaliteit en tarieven.")
    review.merge([review.theme_list[0].topics[0], review.theme_list[2].topics[0]], by="Anna")
    expected = [(t.label, t.n) for t in review.theme_list]
    assert [(t.label, t.n) for t in load_run(out).themes] == expected
    assert [(t.label, t.n) for t in load_run(out, reviewed=False).themes] == [(t.label, t.n) for t in nvi_result.themes]
    report, quotes = tmp_path / "rapport.md", tmp_path / "citaten.md"
    for args in (["report", out, "--format", "md", "--out", report], ["quotes", out / "themes.json", "--out", quotes]):
        proc = subprocess.run([sys.executable, "-m", "openanswers", "export", *map(str, args)], capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
        assert "na review (3 bewerkingen)" in proc.stderr
    text = report.read_text(encoding="utf-8")
    for label, n in expected:
        assert f"**{label}** (n={n}," in text
    assert "Door de analist beschreven: kwaliteit en tarieven." in text
    assert "## Kwaliteit van zorg (n=" in quotes.read_text(encoding="utf-8")
    written = review.write(tmp_path / "reviewed")  # the Python route: one call, a folder export reads
    assert written == tmp_path / "reviewed" / "run.sqlite" and (tmp_path / "reviewed" / "themes.json").exists()
    assert [(t.label, t.n) for t in load_run(tmp_path / "reviewed").themes] == expected
    assert open_run(tmp_path / "reviewed").operations.empty  # a reviewed run starts a fresh log


def test_operations_refuse_bad_input_clearly(nvi_result):
    review = open_run(nvi_result)
    topic = review.state.topic_ids[0]
    for call, message in [
        (lambda: review.rename_topic(topic, None), "non-empty text"),
        (lambda: review.rename_topic(topic, "  "), "non-empty text"),
        (lambda: review.merge(["abc", topic]), "topic is given by its number"),
        (lambda: review.merge(topic), "list of topic numbers"),
        (lambda: review.merge([topic, topic]), "two different topics"),
        (lambda: review.split(topic, 1), "at least 2"),
        (lambda: review.build_themes(50), f"at most {len(review.state.topic_ids)} themes"),
        (lambda: review.build_themes(0), "at least 1"),
        (lambda: review.rename_theme(99, "X"), "no theme 99"),
        (lambda: review.rename_theme("bestaat niet", "X"), "no theme labelled"),
        (lambda: review.assign_topic(topic, 1.5), "theme is given by its number"),
        (lambda: review.undo(), "nothing to undo"),
    ]:
        with pytest.raises(InputError, match=message):
            call()
    review.move([], topic).mark_outliers([])  # nothing to do: nothing logged
    assert review.operations.empty


def test_damaged_and_foreign_stores_give_one_clear_error(nvi_result, tmp_path):
    from openanswers.project.runs import load_run

    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x07" * 2000)
    foreign = tmp_path / "foreign.sqlite"
    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE review_ops (id INTEGER, what TEXT)")
    for store in (damaged, foreign):
        with pytest.raises(InputError, match=str(store.name)):
            open_run(nvi_result, store=store)
    folder = tmp_path / "run"
    folder.mkdir()
    (folder / "run.sqlite").write_bytes(damaged.read_bytes())
    with pytest.raises(InputError, match="run.sqlite: (damaged|not a) "):
        load_run(folder)
    with sqlite3.connect(folder / "other.sqlite") as db:
        db.execute("CREATE TABLE run (key TEXT, value)")
        db.execute("CREATE TABLE answers (id TEXT)")
    with pytest.raises(InputError, match="not a complete openanswers run"):
        load_run(folder / "other.sqlite")


def test_unknown_operation_in_the_log_is_skipped_with_a_warning(nvi_result, tmp_path):
    from openanswers.errors import OpenAnswersWarning
    from openanswers.project.runs import save_run

    save_run(nvi_result, tmp_path)
    review = open_run(tmp_path)
    review.rename_topic(review.state.topic_ids[0], "Eerste", by="Anna")
    with sqlite3.connect(tmp_path / "run.sqlite") as db:
        db.execute("INSERT INTO review_ops (run_key, op, args, by, at) VALUES (?, 'recolour', '{}', 'Bob', 'nu')", (review.log.run_key,))
    (tmp_path / "themes.json").write_text("{}", encoding="utf-8")
    with pytest.warns(OpenAnswersWarning, match="recolour"):
        reopened = open_run(tmp_path / "themes.json")  # a file in the run folder opens the folder
    assert reopened.topic_name(review.state.topic_ids[0]) == "Eerste"
    assert reopened.operations["in_force"].tolist() == [True, False]


def test_figures_stay_readable_at_fifty_topics(nvi_result, tmp_path):
    """Fifty topics (the corpus's topics split in up to six parts each): no colour repeats on the map,
    "overig" is grey, the similarity colours ignore the diagonal, names are wrapped, not cut."""
    from openanswers.review.figures import OTHER_COLOUR

    review = open_run(nvi_result, store=tmp_path / "review.sqlite")
    review.rename_topic(review.state.topic_ids[0], "Een lange naam voor een topic die niet op één regel past", by="Anna")
    for topic in sorted(review.state.topic_ids, key=review.state.size, reverse=True):
        k = min(6, 51 - len(review.state.topic_ids))
        if k >= 2:
            review.split(topic, k)
    assert len(review.state.topic_ids) == 50
    review.mark_outliers(review._ids[:3])
    figure = review.map_figure()
    colours = {trace.name: trace.marker.color for trace in figure.data}
    assert len(colours) == 51 and colours["overig"] == OTHER_COLOUR
    assert len(set(colours.values())) == 51
    heatmap = review.similarity_figure().data[0]
    off = np.asarray(heatmap.z, dtype=float)[~np.eye(50, dtype=bool)]
    assert heatmap.zmax <= np.nanmax(off) + 1e-9 and heatmap.zmin >= np.nanmin(off) - 1e-9 and heatmap.zmax < 1
    assert "%{z:.2f}" in heatmap.hovertemplate
    long = next(x for x in heatmap.x if x.startswith(f"{review.state.topic_ids[0]}: "))
    assert "<br>" in long and long.replace("<br>", " ").endswith("past")  # wrapped, whole
    path = tmp_path / "figuren.html"
    review.save_figures(path, [review.map_figure(), review.similarity_figure()])
    assert path.read_text(encoding="utf-8").count("plotly.js v") == 1  # one copy of plotly.js for all figures


def test_umap_layout_is_kept_in_the_store(nvi_result, tmp_path, capsys):
    """A map layout kept in the review's store is drawn from there after reopening: no second
    UMAP run and no cost announcement (the first run, with its announcement, is in notebook 01)."""
    store = tmp_path / "review.sqlite"
    review = open_run(nvi_result, store=store)
    layout = np.random.default_rng(0).normal(size=(len(review._ids), 2))
    review.log.keep("coords:umap", layout.tobytes())
    reopened = open_run(nvi_result, store=store)
    figure = reopened.map_figure(method="umap")
    drawn = {i: (x, y) for trace in figure.data for i, x, y in zip((c[0] for c in trace.customdata), trace.x, trace.y)}
    assert all(np.allclose(drawn[i], layout[k]) for k, i in enumerate(reopened._ids))
    assert "UMAP" not in capsys.readouterr().err
    other = open_run(nvi_result, store=tmp_path / "other.sqlite")
    assert other.log.cached("coords:umap") is None  # kept per store and run, not shared by accident
