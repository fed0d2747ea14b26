"""One project file connects the work: hand codes reach the report, waves share themes, old run
folders still open, and the library's `run` is the CLI's main job."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pandas as pd
import pytest
from docx import Document
from openpyxl import load_workbook
from typer.testing import CliRunner

import openanswers
from openanswers.cli import app
from openanswers.codebook import read_codebook
from openanswers.project import Project, create_project
from openanswers.project.migrations import split_statements
from openanswers.project.runs import load_run, save_run, waves

ROOT = Path(__file__).resolve().parents[1]
NVI = ROOT / "corpora" / "nota_van_inlichtingen.csv"
SIB = ROOT / "corpora" / "sib200_nl.csv"
CODEBOOK = ROOT / "codebooks" / "wlz_zorgcontractering.yaml"
FAST = {"n_themes": 3, "stability": False}


@pytest.fixture(scope="module")
def coded(tmp_path_factory, nvi_answers):
    """A project with the Nota's answers, a codebook, hand codes by two coders and one run."""
    path = tmp_path_factory.mktemp("flow") / "wlz.oaproj"
    codebook = read_codebook(CODEBOOK)
    codes = [c.id for c in codebook if c.parent is None][:3]
    with create_project(path, nvi_answers, codebook) as project:
        ids = nvi_answers["id"].tolist()
        for i, answer in enumerate(ids[:40]):
            project.record(answer, [codes[i % 3]], coder="anna")
        project.record(ids[0], [codes[1]], coder="bram")  # a second coder adds a code to answer 0
        project.record(ids[1], [codes[0]], coder="auto", source="rule")  # not a hand code
    openanswers.run(project=path, **FAST)
    labels = {c.id: c.label for c in codebook}
    expected = {labels[c]: sum(1 for i in range(40) if codes[i % 3] == c) for c in codes}
    expected[labels[codes[1]]] += 1  # answer 0 has codes[0] (anna) and codes[1] (bram)
    return path, expected


def test_hand_codes_counted_in_every_report_format(coded, tmp_path):
    path, expected = coded
    runner = CliRunner()
    for suffix in ("xlsx", "docx", "html", "md"):
        out = tmp_path / f"rapport.{suffix}"
        result = runner.invoke(app, ["export", "report", str(path), "--out", str(out)])
        assert result.exit_code == 0, result.output
    sheet = load_workbook(tmp_path / "rapport.xlsx")["Codes"]
    rows = list(sheet.values)
    counts = {row[0]: row[1] for row in rows[1:]}
    assert counts == expected
    docx_text = "\n".join(p.text for p in Document(tmp_path / "rapport.docx").paragraphs)
    html = (tmp_path / "rapport.html").read_text(encoding="utf-8")
    markdown = (tmp_path / "rapport.md").read_text(encoding="utf-8")
    for label, n in expected.items():
        assert label in html and f"| {label} | {n} |" in markdown
    assert "Codes" in docx_text


def test_code_filter_takes_an_id_or_a_label(coded, tmp_path):
    path, expected = coded
    label, n = next(iter(expected.items()))
    code = next(c.id for c in read_codebook(CODEBOOK) if c.label == label)
    runner = CliRunner()
    for value in (code, label):
        result = runner.invoke(app, ["export", "quotes", str(path), "--code", value, "--out", str(tmp_path / "q.csv")])
        assert result.exit_code == 0, result.output
        assert f"({n} antwoorden" in result.output.replace("\n", " ")


def test_auto_codes_only_when_asked(coded):
    from openanswers.report import load_source

    path, _ = coded
    first = load_run(path).answers["id"].iloc[1]
    hand = load_source(path).codes
    with_auto = load_source(path, include_auto=True).codes
    assert len(with_auto[first]) == len(hand.get(first, [])) + 1


def test_codes_never_land_on_another_answer_with_the_same_id(tmp_path, nvi_answers):
    codebook = read_codebook(CODEBOOK)
    path = tmp_path / "p.oaproj"
    with create_project(path, nvi_answers, codebook) as project:
        project.record(nvi_answers["id"].iloc[0], [codebook.codes[0].id], coder="anna")
    changed = nvi_answers.copy()
    changed.loc[0, "text"] = changed.loc[0, "clean"] = "Een heel ander antwoord over de tarieven van volgend jaar."
    result = openanswers.pipeline.summarise(changed, **FAST)
    with Project.open(path) as project:
        from openanswers.project.codes import answer_codes

        assert answer_codes(result, project).empty
        assert len(answer_codes(openanswers.pipeline.summarise(nvi_answers, **FAST), project)) == 1


@pytest.fixture(scope="module")
def two_waves(tmp_path_factory):
    """Wave 2024: half of the Nota; wave 2025: the other half plus 40 SIB-200 sport sentences,
    a subject the first wave never had."""
    folder = tmp_path_factory.mktemp("waves")
    nvi = pd.read_csv(NVI)
    sib = pd.read_csv(SIB)
    sport = sib[sib["categorie"] == "sports"].head(40)
    first = nvi.iloc[::2][["id", "vraag"]]
    second = pd.concat([nvi.iloc[1::2][["id", "vraag"]],
                        pd.DataFrame({"id": [f"sport-{i}" for i in range(len(sport))], "vraag": sport["tekst"].tolist()})])
    first.to_csv(folder / "2024.csv", index=False)
    second.to_csv(folder / "2025.csv", index=False)
    project = folder / "monitor.oaproj"
    one = openanswers.run(folder / "2024.csv", project=project, wave="2024", read_options={"text": "vraag"}, **FAST)
    two = openanswers.run(folder / "2025.csv", project=project, wave="2025", read_options={"text": "vraag"},
                          out=folder / "out2025", **FAST)
    return project, one, two


def test_a_second_wave_keeps_the_first_waves_themes_and_finds_the_new_one(two_waves):
    project, one, two = two_waves
    assert waves(project) == ["2024", "2025"]
    assert two.info["carried_from"]["wave"] == "2024"
    carried = [t.label for t in two.themes if not t.new_in_wave]
    assert carried and set(carried) <= {t.label for t in one.themes}
    new = [t for t in two.themes if t.new_in_wave]
    assert len(new) >= 1
    theme = two.answers.set_index("id")["theme"]
    sport = theme[theme.index.str.startswith("sport-")]
    nota = theme[~theme.index.str.startswith("sport-")]
    new_labels = {t.label for t in new}
    assert sport.isin(new_labels).mean() >= 0.75
    assert nota.isin(new_labels).mean() <= 0.1
    assert int(two.answers["theme"].value_counts().sum()) == len(two.answers)  # every answer counted once


def test_the_report_on_a_project_shows_shares_per_wave(two_waves, tmp_path):
    project, one, two = two_waves
    out = tmp_path / "trend.md"
    result = CliRunner().invoke(app, ["export", "report", str(project), "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "## Hoofdlijnen per golf" in text and "| thema | 2024 | 2025 | status |" in text
    assert text.count("| nieuw in 2025 |") == sum(1 for t in two.themes if t.new_in_wave)
    # --wave picks a wave's run: the 2024 report has no trend table and the 2024 themes
    result = CliRunner().invoke(app, ["export", "report", str(project), "--wave", "2024", "--out", str(tmp_path / "a.md")])
    assert result.exit_code == 0, result.output
    earlier = (tmp_path / "a.md").read_text(encoding="utf-8")
    assert "Hoofdlijnen per golf" not in earlier and f"({len(one.answers)} antwoorden" in result.output.replace("\n", " ")


def test_the_run_folder_of_a_wave_is_a_view_of_the_same_schema(two_waves):
    _, _, two = two_waves
    folder = Path(two.info["input"]).parent / "out2025"
    assert (folder / "themes.json").exists() and two.public is not None
    back = load_run(folder)
    assert [t.label for t in back.themes] == [t.label for t in two.themes]
    with sqlite3.connect(folder / "run.sqlite") as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"runs", "run_answers", "answers", "decisions", "review_ops"} <= tables


def test_an_old_run_folder_still_opens_and_is_replaced_when_written(tmp_path, nvi_result):
    """The layout before one store: a key/value `run` table beside a pandas `answers` table."""
    import io
    import json
    from dataclasses import asdict

    import numpy as np

    store = tmp_path / "run.sqlite"
    buffer = io.BytesIO()
    np.save(buffer, np.asarray(nvi_result.vectors, dtype=np.float32), allow_pickle=False)
    topics = nvi_result.topics
    meta = {"schema_version": 1, "info": nvi_result.info, "themes": [asdict(t) for t in nvi_result.themes],
            "topics": {"keywords": {str(k): v for k, v in topics.keywords.items()}, "model": topics.model,
                       "n_outliers_before": topics.n_outliers_before, "params": topics.params},
            "lemmas": nvi_result.lemmas}
    with sqlite3.connect(store) as db:
        nvi_result.answers.to_sql("answers", db, index=False)
        db.execute("CREATE TABLE run (key TEXT PRIMARY KEY, value)")
        db.execute("INSERT INTO run VALUES ('meta', ?)", (json.dumps(meta, default=str),))
        db.execute("INSERT INTO run VALUES ('vectors', ?)", (buffer.getvalue(),))
    old = load_run(tmp_path)
    assert old.answers["theme"].tolist() == nvi_result.answers["theme"].tolist()
    save_run(nvi_result, tmp_path)
    assert waves(tmp_path) == [""]
    assert load_run(tmp_path).answers["id"].tolist() == nvi_result.answers["id"].tolist()


def test_a_later_wave_with_another_embedder_is_refused(two_waves, tmp_path):
    from openanswers.errors import ConfigError

    project, _, _ = two_waves
    with pytest.raises(ConfigError, match="same --embedder"):
        openanswers.run(NVI, project=project, wave="2026", read_options={"text": "vraag"}, embedder="tfidf", **FAST)


def test_migration_statements_split_where_sqlite_ends_them():
    script = "CREATE TABLE a (x TEXT DEFAULT ';');\nINSERT INTO a VALUES ('b;c');\n"
    assert split_statements(script) == ["CREATE TABLE a (x TEXT DEFAULT ';');", "INSERT INTO a VALUES ('b;c');"]


def test_the_analysts_review_of_a_wave_carries_to_the_next(tmp_path):
    """Renaming a theme of wave 1 in the review: wave 2, placed on the reviewed themes, keeps the name."""
    nvi = pd.read_csv(NVI)
    nvi.iloc[::2].to_csv(tmp_path / "a.csv", index=False)
    nvi.iloc[1::2].to_csv(tmp_path / "b.csv", index=False)
    project = tmp_path / "p.oaproj"
    openanswers.run(tmp_path / "a.csv", project=project, wave="1", read_options={"text": "vraag"}, **FAST)
    review = openanswers.open_run(project)
    review.rename_theme(0, "Geld en kosten volgens de analist", by="anna")
    review.log.close()
    second = openanswers.run(tmp_path / "b.csv", project=project, wave="2", read_options={"text": "vraag"}, **FAST)
    assert "Geld en kosten volgens de analist" in [t.label for t in second.themes if not t.new_in_wave]


def test_codes_the_review_mapped_reach_the_report_of_a_run_folder(tmp_path):
    """`attach_codes` no longer blanks the review's codes: a topic mapped to a code is counted."""
    folder = tmp_path / "out"
    result = openanswers.run(NVI, out=folder, read_options={"text": "vraag"}, **FAST)
    review = openanswers.open_run(folder, codebook=CODEBOOK)
    topic = int(pd.Series(result.topics.labels).value_counts().index[0])
    size = int((result.topics.labels == topic).sum())
    review.map_codes(topic, ["tarieven"], by="anna")
    review.log.close()
    out = tmp_path / "r.md"
    run = CliRunner().invoke(app, ["export", "report", str(folder), "--out", str(out)])
    assert run.exit_code == 0, run.output
    assert f"| tarieven | {size} |" in out.read_text(encoding="utf-8")


def test_running_a_wave_again_keeps_its_place(two_waves, tmp_path):
    """Waves keep the order they were first run in; a rerun of the first wave is not placed on the second."""
    import shutil

    project, one, _ = two_waves
    copy = tmp_path / "copy.oaproj"
    shutil.copy(project, copy)
    again = openanswers.run(Path(one.info["input"]), project=copy, wave="2024", read_options={"text": "vraag"}, **FAST)
    assert waves(copy) == ["2024", "2025"]
    assert "carried_from" not in again.info
