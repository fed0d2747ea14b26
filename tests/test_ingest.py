"""Reading survey exports: every format, every answer kept, bad files named precisely."""

import csv
import json
import re
import warnings

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from openanswers import schema
from openanswers.errors import InputError
from openanswers.ingest import answers_from_frame, clean_text, is_substantive, read_answers, split_closed

from conftest import NVI


@pytest.fixture(scope="module")
def real():
    """Real questions from the bundled corpus, used as open answers in the files below."""
    frame = pd.read_csv(NVI, dtype=str)
    return frame.head(12).reset_index(drop=True)


def _write_csv(path, header, rows, *, delimiter=",", encoding="utf-8"):
    with open(path, "w", newline="", encoding=encoding) as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)


def test_bundled_corpus_is_read_whole():
    answers = read_answers(NVI, groups=("sectie",))
    source = pd.read_csv(NVI, dtype=str, keep_default_na=False)
    assert answers[schema.ID].tolist() == source["id"].tolist()
    assert answers[schema.TEXT].tolist() == source["vraag"].tolist()  # guessed, and never altered
    assert answers[schema.ROW].tolist() == list(range(2, len(source) + 2))
    assert answers["sectie"].tolist() == source["sectie"].tolist()
    assert (answers[schema.STATUS] == schema.ANSWERED).all()


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_csv_encodings_and_delimiters(tmp_path, real, encoding, delimiter):
    rows = [[i, t.replace("“", '"').replace("”", '"').replace("’", "'")] for i, t in zip(real["id"], real["vraag"])]
    rows.append(["extra", "Cliënt wil zorg thuis;\nmaar het \"zorgkantoor\" zegt nee."])  # ë, newline, quotes
    path = tmp_path / "export.csv"
    _write_csv(path, ["respondent", "toelichting"], rows, delimiter=delimiter, encoding=encoding)
    answers = read_answers(path)
    assert answers[schema.TEXT].tolist() == [r[1] for r in rows]
    assert answers[schema.RESPONDENT].tolist() == [r[0] for r in rows]
    assert answers[schema.CLEAN].iloc[-1] == "Cliënt wil zorg thuis; maar het \"zorgkantoor\" zegt nee."


def test_closed_answer_is_split_and_empty_answers_are_kept(tmp_path, real):
    texts = [
        "Ja, want " + real["vraag"][0],
        "Ten dele, omdat " + real["vraag"][1],
        "Nee",
        "n.v.t.",
        "-",
        "",
        "Geen opmerkingen.",
        real["vraag"][2],
    ]
    path = tmp_path / "toelichting.csv"
    _write_csv(path, ["id", "antwoord"], [[f"r{i}", t] for i, t in enumerate(texts)])
    answers = read_answers(path, text="antwoord")
    assert len(answers) == len(texts)
    assert answers[schema.CLOSED].tolist()[:3] == ["Ja", "Ten dele", "Nee"]
    assert answers[schema.CLEAN][0] == real["vraag"][0]
    assert answers[schema.TEXT][0] == texts[0]
    assert answers[schema.STATUS].tolist() == ["beantwoord", "beantwoord"] + ["leeg"] * 5 + ["beantwoord"]


def test_closed_column_and_question_text(tmp_path, real):
    path = tmp_path / "kg.csv"
    _write_csv(path, ["nr", "kort geding", "waarom"], [[i, "Ja", t] for i, t in enumerate(real["vraag"][:4])])
    answers = read_answers(path, text="waarom", closed="kort geding", id="nr", question="Waarom sloot u zich aan?")
    assert set(answers[schema.CLOSED]) == {"Ja"}
    assert set(answers[schema.QUESTION]) == {"Waarom sloot u zich aan?"}


def test_speerpunten_become_long_with_rank(tmp_path, real):
    v = real["vraag"]
    path = tmp_path / "speerpunten.csv"
    _write_csv(path, ["id", "speerpunt 1", "speerpunt 2", "speerpunt 3"], [["a", v[0], v[1], ""], ["b", v[2], v[3], v[4]]])
    answers = read_answers(path, text=["speerpunt 1", "speerpunt 2", "speerpunt 3"])
    assert answers[schema.ID].tolist() == ["a#1", "a#2", "a#3", "b#1", "b#2", "b#3"]
    assert answers[schema.RANK].tolist() == [1, 2, 3, 1, 2, 3]
    assert answers[schema.STATUS].tolist().count("leeg") == 1
    assert set(answers[schema.QUESTION]) == {"speerpunt"}


def test_xlsx_with_title_rows_above_the_header(tmp_path, real):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Resultaten"
    sheet.append(["Monitor Wlz zorgcontractering 2026"])
    sheet.append([])
    sheet.append(["Respondent", "Zorgkantoor", "Toelichting"])
    for i, text in enumerate(real["vraag"], 1):
        sheet.append([i, "Noord", text])
    path = tmp_path / "monitor.xlsx"
    workbook.save(path)
    answers = read_answers(path, groups=("Zorgkantoor",), sheet="Resultaten")
    assert answers[schema.TEXT].tolist() == real["vraag"].tolist()
    assert answers[schema.RESPONDENT].tolist()[:2] == ["1", "2"]
    assert answers[schema.ROW].tolist()[0] == 4  # as Excel shows it
    with pytest.raises(InputError, match="no sheet 'Blad9'"):
        read_answers(path, sheet="Blad9")


def test_sav_value_labels_and_question_label(tmp_path, real):
    pyreadstat = pytest.importorskip("pyreadstat")
    frame = pd.DataFrame({"resp": [1.0, 2.0, 3.0], "q1": [1.0, 3.0, 2.0], "q1_open": real["vraag"][:3].tolist()})
    path = tmp_path / "monitor.sav"
    pyreadstat.write_sav(
        frame, str(path),
        column_labels={"q1_open": "Kunt u uw antwoord toelichten?"},
        variable_value_labels={"q1": {1.0: "Ja", 2.0: "Ten dele", 3.0: "Nee"}},
    )
    answers = read_answers(path, text="q1_open", closed="q1", id="resp")
    assert answers[schema.CLOSED].tolist() == ["Ja", "Nee", "Ten dele"]
    assert answers[schema.RESPONDENT].tolist() == ["1", "2", "3"]
    assert set(answers[schema.QUESTION]) == {"Kunt u uw antwoord toelichten?"}


def test_jsonl(tmp_path, real):
    path = tmp_path / "answers.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "tekst": t}, ensure_ascii=False) for i, t in zip(real["id"], real["vraag"])), encoding="utf-8")
    answers = read_answers(path)
    assert answers[schema.TEXT].tolist() == real["vraag"].tolist()


def test_control_characters_stay_out_of_the_analysis_but_not_out_of_the_answer():
    raw = "De tarieven\x00 zijn\u200b te\x1b laag\r\nen dat al jaren"
    assert clean_text(raw) == "De tarieven zijn te laag en dat al jaren"
    answers = answers_from_frame(pd.DataFrame({"id": ["x"], "tekst": [raw]}), text="tekst")
    assert answers[schema.TEXT][0] == raw


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40) | st.sampled_from(["Tarieven  te laag ", "\u00a0ZZP\u200b", "a\u2028b"]))
def test_clean_text_folds_every_text_as_the_character_pass_does(text):
    # the reference: every character judged by its Unicode category (clean_text skips that pass on printable text)
    import unicodedata

    kept = "".join(" " if unicodedata.category(c) == "Cc" or c in "\u2028\u2029" else "" if unicodedata.category(c) == "Cf" else c
                   for c in text)
    assert clean_text(text) == re.sub(r"\s+", " ", kept).strip()


@pytest.mark.parametrize("text", ["n.v.t.", "NVT", "geen", "Weet ik niet.", "-", "  ", "?", "idem"])
def test_non_substantive(text):
    assert not is_substantive(text)


@pytest.mark.parametrize("text", ["geen tijd voor overleg", "ZZP 5", "Nee, de tarieven dekken de kosten niet"])
def test_substantive(text):
    assert is_substantive(text)


def test_split_leaves_ordinary_sentences_alone():
    assert split_closed("Neem de tarieven van vorig jaar als basis.") == ("", "Neem de tarieven van vorig jaar als basis.")
    assert split_closed("Soms is het lastig") == ("", "Soms is het lastig")
    assert split_closed("Deels: de regio is te groot") == ("Deels", "de regio is te groot")


# -- bad input: a clear error naming file, row and column ------------------------------------


def test_missing_file_and_unknown_type(tmp_path):
    with pytest.raises(InputError, match="file not found"):
        read_answers(tmp_path / "nope.csv")
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    with pytest.raises(InputError, match="unsupported file type"):
        read_answers(tmp_path / "x.pdf")


def test_missing_column_lists_the_columns():
    with pytest.raises(InputError) as info:
        read_answers(NVI, text="toelichting")
    assert info.value.column == "toelichting" and "'vraag'" in str(info.value)


def test_text_column_is_guessed_when_most_answers_are_empty(tmp_path, real):
    rows = [[i, "n.v.t." if i % 3 else t, "Noord"] for i, t in enumerate(real["vraag"])]
    path = tmp_path / "veel_leeg.csv"
    _write_csv(path, ["id", "toelichting", "regio"], rows)
    answers = read_answers(path)
    assert answers[schema.TEXT].tolist() == [r[1] for r in rows]
    assert (answers[schema.STATUS] == "leeg").sum() == sum(1 for r in rows if r[1] == "n.v.t.")


def test_ambiguous_text_column(tmp_path, real):
    path = tmp_path / "twee.csv"
    _write_csv(path, ["id", "a", "b"], [[i, t, t[::-1]] for i, t in enumerate(real["vraag"])])
    with pytest.raises(InputError, match="--text"):
        read_answers(path)


def test_malformed_csv_line_names_the_row(tmp_path, real):
    lines = ["id;tekst"] + [f"{i};\"{t.replace(chr(34), '')}\"" for i, t in enumerate(real["vraag"][:5])]
    lines.insert(4, "9;de tarieven; zijn; te laag")  # unquoted delimiters: too many fields
    path = tmp_path / "kapot.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_answers(path)
    assert info.value.row == 5 and info.value.path == str(path)


def test_malformed_json_line(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": 1, "tekst": "De tarieven"}\n{"id": 2, "tekst": "kapot\n', encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_answers(path)
    assert info.value.row == 2


def test_truncated_xlsx_and_sav(tmp_path, real):
    from openpyxl import Workbook

    workbook = Workbook()
    for text in real["vraag"]:
        workbook.active.append(["1", text])
    full = tmp_path / "full.xlsx"
    workbook.save(full)
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(full.read_bytes()[: full.stat().st_size // 2])
    with pytest.raises(InputError, match="XLSX"):
        read_answers(cut)
    pyreadstat = pytest.importorskip("pyreadstat")
    sav = tmp_path / "full.sav"
    pyreadstat.write_sav(pd.DataFrame({"t": real["vraag"].tolist()}), str(sav))
    cut_sav = tmp_path / "cut.sav"
    cut_sav.write_bytes(sav.read_bytes()[:300])
    with pytest.raises(InputError, match="SPSS"):
        read_answers(cut_sav)


def test_duplicate_ids(tmp_path, real):
    v = real["vraag"]
    clash = tmp_path / "clash.csv"
    _write_csv(clash, ["id", "tekst"], [["1", v[0]], ["2", v[1]], ["1", v[2]]])
    with pytest.raises(InputError) as info:
        read_answers(clash)
    assert (info.value.row, info.value.column) == (4, "id") and "row 2" in str(info.value)
    twice = tmp_path / "twice.csv"
    _write_csv(twice, ["id", "tekst"], [["1", v[0]], ["2", v[1]], ["1", v[0]]])
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        answers = read_answers(twice)
    assert answers[schema.ID].tolist() == ["1", "2", "1~2"]
