"""Several themes per answer (themes_also, n_mentions), on real SIB-200 Dutch sentences."""

from __future__ import annotations

import csv
import json
import re
from dataclasses import replace

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook
from hypothesis import given, settings, strategies as st

from conftest import SIB
from openanswers import schema
from openanswers.ingest import answers_from_texts
from openanswers.export import public_view, write_outputs
from openanswers.pipeline import summarise
from openanswers.themes.mentions import ALSO, SEPARATOR, carry_over, split_parts

CATEGORIES = ("sports", "health", "politics")  # three topics far apart
PER_CATEGORY = 40




@pytest.fixture(scope="module")
def sentences() -> list[str]:
    with open(SIB, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [r["tekst"] for c in CATEGORIES for r in [r for r in rows if r["categorie"] == c][:PER_CATEGORY]]


@pytest.fixture(scope="module")
def two_point(sentences):
    """A run on the sentences plus one answer joined from the most typical sentence of the two
    largest themes of a first run: (result, index of the joined answer, its two sentences)."""
    first = summarise(answers_from_texts(sentences), n_themes=3, random_state=0, stability=False)
    ids = first.answers[schema.ID].tolist()
    picks = []
    for theme in first.themes[:2]:
        members = [ids.index(i) for i in first.answers.loc[first.answers["theme"] == theme.label, schema.ID]]
        centre = first.vectors[members].mean(axis=0)
        picks.append(members[int(np.argmax(first.vectors[members] @ centre))])
    a, b = (sentences[i] for i in picks)
    result = summarise(answers_from_texts(sentences + [f"{a} {b}"]), n_themes=3, random_state=0, stability=False)
    return result, len(sentences), (picks[0], picks[1])


def test_split_parts_finds_sentences_clauses_and_bullets():
    assert split_parts("De tarieven zijn te laag, en de administratieve lasten nemen toe.") == [
        "De tarieven zijn te laag", "en de administratieve lasten nemen toe"]
    assert split_parts("Te lage tarieven; veel administratie") == ["Te lage tarieven", "veel administratie"]
    assert split_parts("- het personeel is op\n- de tarieven zijn te laag") == ["het personeel is op", "de tarieven zijn te laag"]
    assert split_parts("Tarieven en lasten zijn beide te hoog.") == ["Tarieven en lasten zijn beide te hoog"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abc Tëé12.,;!?-*•\n", max_size=80))
def test_split_parts_keeps_every_word_in_order(text):
    words = re.compile(r"\w+")
    assert [w for part in split_parts(text) for w in words.findall(part)] == words.findall(text)


def test_two_point_answer_gets_the_second_theme(two_point):
    result, joined, (a, b) = two_point
    theme = result.answers["theme"].tolist()
    also = result.answers[ALSO].tolist()
    assert theme[a] != theme[b]  # the two sentences sit in different themes
    named = {theme[joined], *also[joined].split(SEPARATOR)}
    assert {theme[a], theme[b]} <= named
    assert theme[joined] not in also[joined].split(SEPARATOR)


def test_one_sentence_answers_get_none(two_point):
    result, joined, (a, b) = two_point
    also = result.answers[ALSO].tolist()
    assert also[a] == also[b] == ""
    singles = [v for i, v in enumerate(also) if i != joined]
    assert sum(bool(v) for v in singles) <= 0.05 * len(singles)


def test_n_counts_each_answer_once_and_n_mentions_adds_the_others(two_point):
    result, _, _ = two_point
    answers = result.answers
    substantive = int((answers[schema.STATUS] == schema.ANSWERED).sum())
    overig = int((answers["theme"] == schema.OTHER).sum())
    assert sum(t.n for t in result.themes) + overig == substantive
    named = [label for v in answers[ALSO] if v for label in v.split(SEPARATOR)]
    for t in result.themes:
        assert t.n_mentions == t.n + named.count(t.label) == len(result.ids_mentioning(t.label))
    assert set(named) <= {t.label for t in result.themes}


def test_no_mentions_leaves_the_contract_as_before(sentences):
    result = summarise(answers_from_texts(sentences[:60]), n_themes=2, random_state=0, stability=False, mentions=False)
    assert ALSO not in result.answers
    assert all(t.n_mentions is None for t in result.themes)
    assert result.info["mentions"] is None


def test_outputs_carry_themes_also_and_n_mentions(two_point, tmp_path):
    result, joined, _ = two_point
    write_outputs(result, tmp_path)
    table = pd.read_csv(tmp_path / "answers.csv", keep_default_na=False, dtype=str)
    assert list(table.columns[table.columns.get_loc("theme"):][:2]) == ["theme", ALSO]
    assert table[ALSO].tolist() == result.answers[ALSO].tolist()
    data = json.loads((tmp_path / "themes.json").read_text(encoding="utf-8"))
    assert [t["n_mentions"] for t in data["themes"]] == [t.n_mentions for t in result.themes]
    extra = [t for t in result.themes if t.n_mentions > t.n]
    assert extra  # the joined answer names one
    markdown = (tmp_path / "themes.md").read_text(encoding="utf-8")
    assert f"waarvan {extra[0].n_mentions - extra[0].n} als tweede punt" in markdown
    sheet = load_workbook(tmp_path / "quotes.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    also_by_id = {r[rows[0].index("id")]: r[rows[0].index("ook over")] or "" for r in rows[1:]}
    answered = table[table["status"] == schema.ANSWERED]
    assert also_by_id == dict(zip(answered["id"], answered[ALSO]))  # the quote list says the same per answer
    assert any(also_by_id.values())


def test_terminal_shows_mentions_beside_n(two_point):
    from rich.console import Console

    from openanswers.cli import render

    result, _, _ = two_point
    public = public_view(result)
    console, render.console = render.console, Console(record=True, width=160, color_system=None)
    try:
        render.print_run(public, "uit")
        shown = render.console.export_text()
    finally:
        render.console = console
    assert "genoemd" in shown
    extra = next(t for t in public.themes if t.n_mentions > t.n)
    row = next(line for line in shown.splitlines() if extra.label[:20] in line)
    assert re.search(rf"\b{extra.n}\b.*\b{extra.n_mentions}\b", row)


def test_privacy_gate_sends_themes_also_out_under_the_public_labels(two_point):
    result, joined, _ = two_point
    named = result.answers.loc[joined, ALSO].split(SEPARATOR)[0]
    secret = "bel p.devries@zorggroep-noord.nl"
    themes = [replace(t, label=f"{t.label} {secret}") if t.label == named else t for t in result.themes]
    answers = result.answers.copy()
    answers["theme"] = answers["theme"].replace(named, f"{named} {secret}")
    answers[ALSO] = [SEPARATOR.join(f"{v} {secret}" if v == named else v for v in cell.split(SEPARATOR)) if cell else ""
                     for cell in answers[ALSO]]
    public = public_view(replace(result, answers=answers, themes=themes))
    out = public.answers[ALSO].tolist()
    assert not any("devries" in v for v in out)
    public_label = public.labels[f"{named} {secret}"]
    assert public_label in out[joined].split(SEPARATOR)
    labels = {t.label for t in public.themes}
    assert {v for cell in out if cell for v in cell.split(SEPARATOR)} <= labels


def test_review_points_themes_also_at_themes_that_exist(two_point):
    from openanswers.review import open_run

    result, joined, _ = two_point
    review = open_run(result)
    review.build_themes(2)
    review.rename_theme(0, "Samengevoegd thema")
    themes = review.theme_list
    labels = [t.label for t in themes]
    answers = review.answers
    assert "Samengevoegd thema" in labels
    for main, also in zip(answers["theme"], answers[ALSO]):
        named = also.split(SEPARATOR) if also else []
        assert set(named) <= set(labels) and main not in named
    named = [label for v in answers[ALSO] if v for label in v.split(SEPARATOR)]
    for t in themes:
        assert t.n_mentions == t.n + named.count(t.label)
    assert review.result().answers[ALSO].tolist() == answers[ALSO].tolist()


def test_carry_over_maps_merged_and_renamed_themes():
    old_main = ["A", "A", "B", "B", "C", "C"]
    old_also = ["B", "C", "", "A", "A", ""]
    # B and C merged into "BC"; A renamed to "Alpha"
    new_main = ["Alpha", "Alpha", "BC", "BC", "BC", "BC"]
    assert carry_over(old_main, old_also, new_main, ["BC", "Alpha"]) == ["BC", "BC", "", "Alpha", "Alpha", ""]


def test_find_mentions_is_deterministic_and_is_what_the_pipeline_wrote(two_point):
    from openanswers.embed import embed, make_embedder
    from openanswers.themes.mentions import also_labels, find_mentions

    result, _, _ = two_point
    labels = [t.label for t in result.themes]
    theme_of = np.array([labels.index(v) if v in labels else -1 for v in result.answers["theme"]])
    texts = result.answers[schema.CLEAN].tolist()
    model = make_embedder("use")
    runs = [find_mentions(texts, theme_of, result.vectors, lambda items: embed(items, model), space=result.topics.space)
            for _ in range(2)]
    assert runs[0] == runs[1]
    assert also_labels(runs[0], labels) == result.answers[ALSO].tolist()


FORMULAS = ("Hoe kijkt u daartegen aan?", "Graag ontvangen wij uw reactie hierop.", "Zo nee, waarom dan niet?",
            "Wat bedoelt u daar precies mee?")


def test_a_formula_sentence_that_names_nothing_is_not_a_point(sentences):
    from openanswers.language.cached import cached_content_terms
    from openanswers.language.phrases import name_phrases
    from openanswers.themes.mentions import answer_parts, names_something

    texts = [f"{s} {FORMULAS[i % len(FORMULAS)]}" for i, s in enumerate(sentences)]
    phrases = name_phrases(cached_content_terms(texts)[0])
    assert all(names_something(s, p) for s, p in zip(sentences, phrases))
    nameless = [i for i in range(len(texts)) if i % len(FORMULAS) != 1]  # all but "uw reactie"
    assert not any(names_something(FORMULAS[i % len(FORMULAS)], phrases[i]) for i in nameless)
    parts, owner = answer_parts(texts, phrases)
    assert "Hoe kijkt u daartegen aan" not in parts and "Zo nee, waarom dan niet" not in parts
    assert set(owner.tolist()) == set(range(len(texts)))  # every answer keeps its own sentence


def test_formula_sentences_in_answers_of_every_theme_add_no_second_themes(sentences):
    # Every answer ends in one of a few stock sentences; they resemble each other across all
    # themes, so they must not hand the answers a second theme (one that names something,
    # "uw reactie", is placed and must fail the neighbours' lift over chance).
    texts = [f"{s} {FORMULAS[i % len(FORMULAS)]}" for i, s in enumerate(sentences)]
    result = summarise(answers_from_texts(texts), n_themes=3, random_state=0, stability=False)
    also = result.answers[ALSO].tolist()
    assert sum(bool(v) for v in also) <= 0.05 * len(texts)
