import json

import pandas as pd
import pytest
from openpyxl import load_workbook

from openanswers import schema
from openanswers.export import neutralise, neutralise_frame, public_view, write_outputs


@pytest.mark.parametrize("cell", ["=SUM(A1:A3)", "+31 6 1234", "-geen", "@cmd", "\tx", "\rx"])
def test_formula_cells_are_neutralised(cell):
    assert neutralise(cell) == "'" + cell


def test_plain_cells_and_numbers_pass():
    assert neutralise("De tarieven zijn te laag.") == "De tarieven zijn te laag."
    assert neutralise(-3) == -3
    frame = neutralise_frame(pd.DataFrame({"=kolom": ["=1+1", "tekst"], "n": [1, 2]}))
    assert list(frame.columns) == ["'=kolom", "n"]
    assert frame["'=kolom"].tolist() == ["'=1+1", "tekst"]


@pytest.fixture(scope="module")
def written(nvi_result, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    run = write_outputs(nvi_result, out, question="Vragen over de Visie op duurzame toegang tot langdurige zorg")
    return out, run


def test_contract_files_account_for_every_answer(written, nvi_answers):
    out, _ = written
    data = json.loads((out / "themes.json").read_text(encoding="utf-8"))
    assert data["n_answers"] == len(nvi_answers) == 195
    assert sum(t["n"] for t in data["themes"]) + data["overig"]["n"] + data["leeg"]["n"] == data["n_answers"]
    assert len(data["themes"]) == 3
    for theme in data["themes"]:
        assert theme["label"] and theme["keywords"] and theme["description"]
        assert 3 <= len(theme["quotes"]) <= 5
        assert theme["share"] == pytest.approx(theme["n"] / data["n_answers"], abs=1e-4)
    assert {"nlp", "embedder", "topic_model", "seed", "versions"} <= set(data["pipeline"])

    answers = pd.read_csv(out / "answers.csv", dtype=str, keep_default_na=False)
    assert answers["id"].tolist() == nvi_answers[schema.ID].tolist()  # every answer once, input order
    labels = {t["label"] for t in data["themes"]} | {"overig", "leeg"}
    assert set(answers["theme"]) <= labels
    for theme in data["themes"]:
        ids = set(answers.loc[answers["theme"] == theme["label"], "id"])
        assert len(ids) == theme["n"]
        assert {q["id"] for q in theme["quotes"]} <= ids  # quotes come from their own theme
    assert "sectie" in answers.columns


def test_markdown_and_xlsx(written):
    out, run = written
    md = (out / "themes.md").read_text(encoding="utf-8")
    assert "zijn samen te vatten in drie hoofdlijnen" in md
    for theme in run.themes:
        assert theme.label in md
    sheet = load_workbook(out / "quotes.xlsx").active
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["thema", "citaat", "representatief", "respondent"]
    assert sheet.max_row - 1 == int((run.answers[schema.STATUS] == schema.ANSWERED).sum())
    assert sheet.freeze_panes == "A2"


def test_public_view_pseudonymises_and_leaves_the_run_untouched(nvi_result):
    result = nvi_result
    original = result.answers[schema.TEXT].tolist()
    quote = result.themes[0].quotes[0]
    planted = result.answers.copy()
    row = planted.index[planted[schema.ID] == quote.id][0]
    planted.loc[row, schema.TEXT] = "Mail j.jansen@zorggroep.nl of bel 06-12345678. " + planted.loc[row, schema.TEXT]
    result_with_pii = type(result)(planted, result.themes, result.topics, result.vectors, result.lemmas, result.info)
    public = public_view(result_with_pii)
    text = public.answers.loc[row, schema.TEXT]
    assert "j.jansen@zorggroep.nl" not in text and "06-12345678" not in text
    assert public.replacements and public.info["pseudonymised"] is True
    assert result.answers[schema.TEXT].tolist() == original
    off = public_view(result_with_pii, pseudonymise=False)
    assert "j.jansen@zorggroep.nl" in off.answers.loc[row, schema.TEXT]
