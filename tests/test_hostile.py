"""Hostile and awkward input, case by case: nothing lost, nothing executed, no traceback.

Real answers from the bundled corpus with planted texts an attacker or an unlucky export would
bring: bare CR inside a quoted field, formulas after a line break, HTML and Markdown, rich markup,
a 150,000-character answer, duplicate column names, damaged run and project files.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import re
import sys
from pathlib import Path

import pandas as pd
import pytest
from markdown_it import MarkdownIt
from openpyxl import Workbook, load_workbook
from rich.console import Console

from conftest import NVI, ROOT
from openanswers import schema
from openanswers.errors import ConfigError, InputError, StoreError
from openanswers.export import public_view, write_outputs
from openanswers.export.sheets import FORMULA_START, read_csv_rows
from openanswers.ingest import read_answers
from openanswers.project.runs import load_run, save_run

CODEBOOK = ROOT / "codebooks" / "wlz_zorgcontractering.yaml"
LONG = 150_000
HOSTILE = {
    2: "Zie [zie bijlage] en vraag [naam] om [red]rood[/red] [/bold] over de tarieven.",
    4: "<script>alert('x')</script> De tarieven zijn te laag.",
    6: "<img src=x onerror=alert(1)> Administratie kost tijd.",
    8: "[klik](javascript:alert(1)) voor het personeel.",
    10: "Eerste regel\r=1+1 tweede regel over de zorg.",
    12: "`code` *vet* _schuin_ | pijp ~~weg~~ over contracten.",
    14: "# kop\n- lijst\n1. item\n> citaat over tarieven",
    16: "=SUM(A1:A9)*10",
    18: "@SUM(A1) en\n-2+3 en\n+cmd over de zorgkantoren.",
    20: "Tarieven " + "lang " * (LONG // 5 - 2) + "einde.",
}
GROUP_MARKUP = "<b>vet</b>"
GROUP_COMMA = "Den Haag, centrum"


def _hostile_csv(path: Path, n: int = 60) -> Path:
    """The first ``n`` corpus rows, planted texts in some, a CR and formula in one id, markup and
    a comma in group values; every field quoted, as Excel writes a field holding a bare CR."""
    frame = pd.read_csv(NVI, dtype=str, keep_default_na=False).head(n)
    rows = []
    for i, row in enumerate(frame.itertuples(index=False)):
        text = HOSTILE.get(i, row.vraag)
        identifier = row.id + ("\r=2+2" if i == 3 else "")
        sectie = GROUP_MARKUP if i % 5 == 1 else GROUP_COMMA if i % 5 == 2 else row.sectie
        rows.append([identifier, sectie, text])
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL, lineterminator="\n")
        writer.writerow(["id", "sectie", "vraag"])
        writer.writerows(rows)
    return path


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    source = _hostile_csv(folder / "hostile.csv")
    answers = read_answers(source, text="vraag", groups=("sectie",))
    from openanswers.pipeline import summarise

    result = summarise(answers, n_themes=3, embedder="tfidf", random_state=0)
    out = folder / "out"
    write_outputs(result, out)
    save_run(result, out)
    return source, answers, result, out


def _main(*args) -> int:
    """The console entry point in-process (as `openanswers ARGS`): its exit status."""
    from openanswers.cli import main

    old, sys.argv = sys.argv, ["openanswers", *map(str, args)]
    try:
        main()
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        sys.argv = old
    return 0


def _one_line_error(capsys, *names: str) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("openanswers: error:"), err
    for name in names:
        assert name in lines[0], (name, lines[0])
    return lines[0]


def _raw_rows(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return list(csv.reader(handle))


def assert_formula_safe(path: Path) -> None:
    """No field of the CSV starts a formula, at its start or after any line break in it."""
    for row in _raw_rows(path):
        for field in row:
            for line in re.split(r"\r\n|\r|\n", field):
                assert not line.startswith(FORMULA_START), (path.name, field[:80])


# ---- reading ---------------------------------------------------------------------------------

def test_bare_cr_in_a_quoted_field_is_one_answer(hostile):
    source, answers, _, _ = hostile
    assert len(answers) == 60
    assert answers[schema.TEXT].tolist()[10] == HOSTILE[10]  # the CR kept inside the answer
    assert answers[schema.ID].tolist()[3].endswith("\r=2+2")


def test_very_long_answer_is_read_whole(hostile, tmp_path):
    _, answers, result, out = hostile
    assert len(answers[schema.TEXT].tolist()[20]) == len(HOSTILE[20]) > LONG - 20
    path = tmp_path / "lang.csv"
    path.write_text("id;antwoord\n1;" + "x" * 200_000 + "\n2;kort antwoord over tarieven\n", encoding="utf-8")
    assert len(read_answers(path, text="antwoord")[schema.TEXT][0]) == 200_000
    restored = read_csv_rows(out / "answers.csv")
    assert restored[21][4] == HOSTILE[20]  # and written back out whole


@pytest.mark.parametrize("kind", ["csv", "csv-space", "xlsx", "jsonl"])
def test_duplicate_column_names_are_refused(kind, tmp_path, capsys):
    texts = ["De tarieven zijn te laag", "Meer tijd voor de zorg", "Minder administratie graag"]
    if kind.startswith("csv"):
        path = tmp_path / "dubbel.csv"
        second = "antwoord " if kind == "csv-space" else "antwoord"
        path.write_text(f"id,antwoord,{second}\n" + "".join(f"{i},{t},{t} ook\n" for i, t in enumerate(texts)), encoding="utf-8")
    elif kind == "xlsx":
        path = tmp_path / "dubbel.xlsx"
        workbook = Workbook()
        workbook.active.append(["id", "antwoord", "antwoord"])
        for i, t in enumerate(texts):
            workbook.active.append([i, t, t + " ook"])
        workbook.save(path)
    else:
        path = tmp_path / "dubbel.jsonl"
        path.write_text("".join(f'{{"id": {i}, "antwoord": "{t}", "antwoord": "{t} ook"}}\n' for i, t in enumerate(texts)), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_answers(path)
    assert caught.value.column == "antwoord" and str(path) in str(caught.value)
    assert _main("run", path, "--out", tmp_path / "out") == 2
    _one_line_error(capsys, str(path), "'antwoord'")
    assert not (tmp_path / "out").exists()


def test_duplicate_columns_in_a_dataframe_are_refused():
    from openanswers.ingest import answers_from_frame

    frame = pd.DataFrame([["1", "De tarieven zijn te laag", "ook"]], columns=["id", "antwoord", "antwoord"])
    with pytest.raises(InputError, match="'antwoord'"):
        answers_from_frame(frame, text="antwoord")


# ---- writing: CSV ----------------------------------------------------------------------------

def test_answers_csv_round_trips_every_answer(hostile):
    _, answers, _, out = hostile
    raw = _raw_rows(out / "answers.csv")
    restored = read_csv_rows(out / "answers.csv")
    assert len(raw) == len(answers) + 1  # no row split off by the bare CR
    assert [r[0] for r in restored[1:]] == answers[schema.ID].tolist()
    assert [r[4] for r in restored[1:]] == answers[schema.TEXT].tolist()
    assert [r[restored[0].index("sectie")] for r in restored[1:]] == answers["sectie"].tolist()
    assert_formula_safe(out / "answers.csv")
    # A reader that splits rows on a bare CR (the failure in the issue) finds no formula either.
    for line in re.split(r"\r\n|\r|\n", (out / "answers.csv").read_text(encoding="utf-8")):
        for cell in line.split(","):
            assert not cell.strip('"').startswith(("=", "+", "@")), cell[:60]


def test_every_csv_output_is_quoted_and_formula_safe(hostile, tmp_path):
    from openanswers.project import create_project
    from openanswers.export.codes import write_codes
    from openanswers.codebook import read_codebook
    from openanswers.report import export_quotes, export_report

    _, answers, result, _ = hostile
    report = export_quotes(result, tmp_path / "citaten.csv")
    quotes = read_csv_rows(tmp_path / "citaten.csv")
    assert [r[quotes[0].index("id")] for r in quotes[1:]] == [q.id for q in report.selection.quote_rows()]
    assert_formula_safe(tmp_path / "citaten.csv")

    report = export_report(result, tmp_path / "rapport.csv")
    overview = read_csv_rows(tmp_path / "rapport.csv")
    assert len(overview) == 1 + len(report.themes) + 2  # themes, overig, leeg
    assert_formula_safe(tmp_path / "rapport.csv")

    with create_project(tmp_path / "p.oaproj", answers, read_codebook(CODEBOOK)) as project:
        ids = answers[schema.ID].tolist()
        project.record(ids[3], ["tarieven"], coder="anna", memo="memo\r=1+1\n@cmd")
        project.record(ids[10], [], coder="anna")
        write_codes(project, tmp_path / "codes.csv")
        write_codes(project, tmp_path / "codes.xlsx")
    codes = read_csv_rows(tmp_path / "codes.csv")
    assert len(codes) == 3 and codes[1][0] == ids[3] and codes[1][codes[0].index("memo")] == "memo\r=1+1\n@cmd"
    assert codes[2][codes[0].index("text")] == HOSTILE[10]
    assert_formula_safe(tmp_path / "codes.csv")
    sheet = load_workbook(tmp_path / "codes.xlsx").active
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)


def test_xlsx_formula_texts_are_text_cells_without_apostrophe(hostile):
    _, _, _, out = hostile
    cells = [c for row in load_workbook(out / "quotes.xlsx").active.iter_rows() for c in row]
    planted = [c for c in cells if c.value == HOSTILE[16]]
    assert planted and all(c.data_type == "s" and c.quotePrefix for c in planted)
    assert not any(isinstance(c.value, str) and c.value.startswith("'=") for c in cells)
    assert all(c.data_type != "f" for c in cells)


# ---- writing: Markdown and HTML ------------------------------------------------------------

def _rendered(markdown: str) -> str:
    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).render(markdown)


def assert_no_live_markup(markdown: str) -> str:
    rendered = _rendered(markdown)
    for tag in ("<script", "<img", "<a ", "<code", "<del", "<blockquote", "<em>vet", "<em>schuin", "<h1>kop"):
        assert tag not in rendered, tag
    return rendered


def test_markdown_outputs_show_markup_as_text(hostile, tmp_path):
    from openanswers.report import export_quotes, export_report

    _, _, result, out = hostile
    assert_no_live_markup((out / "themes.md").read_text(encoding="utf-8"))
    export_report(result, tmp_path / "rapport.md", by="sectie")
    rendered = assert_no_live_markup((tmp_path / "rapport.md").read_text(encoding="utf-8"))
    assert "&lt;b&gt;vet&lt;/b&gt;" in rendered  # the group name, shown as typed
    report = export_quotes(result, tmp_path / "citaten.md")
    rendered = assert_no_live_markup((tmp_path / "citaten.md").read_text(encoding="utf-8"))
    assert rendered.count("<h2>") == len(report.themes)  # "# kop" in an answer is no heading
    for planted in ("&lt;script&gt;alert(", "&lt;img src=x onerror=alert(1)&gt;", "[klik](javascript:alert(1))",
                    "`code` *vet* _schuin_ | pijp ~~weg~~", "[zie bijlage]"):
        assert planted in rendered, planted


def test_plotly_labels_in_the_html_report_are_escaped(hostile):
    from openanswers.report import build_report
    from openanswers.export.html import report_html, share_chart, subgroup_heatmap

    _, _, result, _ = hostile
    result = copy.deepcopy(result)
    old, new = result.themes[0].label, "<a href='javascript:alert(1)'>klik</a>"
    result.themes[0].label = new
    result.answers.loc[result.answers["theme"] == old, "theme"] = new
    report = build_report(result, by="sectie", pseudonymise=False)
    labels = [str(v) for v in subgroup_heatmap(report).data[0].y] + [str(v) for v in share_chart(report).data[0].y]
    assert any(label.startswith("&lt;b&gt;vet&lt;/b&gt;") for label in labels)
    assert not any("<b>" in label or "<a " in label for label in labels)
    page = report_html(report)
    assert "<b>vet</b>" not in page and "<a href='javascript" not in page


# ---- the terminal ----------------------------------------------------------------------------

def test_rich_markup_in_answers_is_printed_as_text(hostile, monkeypatch):
    from openanswers.cli import render

    _, _, result, out = hostile
    public = public_view(result, pseudonymise=False)
    planted = ["[/bold] einde", "[zie bijlage]", "[naam] en [red]rood", "\x1b[31mrood\x1b[0m"]
    for quote, text in zip((q for t in public.themes for q in t.quotes), planted):
        quote.text = text
    public.themes[0].label = "[bold]thema[/]"
    buffer = io.StringIO()
    monkeypatch.setattr(render, "console", Console(file=buffer, width=400, color_system=None))
    render.print_run(public, out)
    printed = buffer.getvalue()
    for text in planted[:3] + ["[bold]thema[/]"]:
        assert text in printed, text
    assert "\x1b" not in printed  # escape sequences from the data do not reach the terminal


def test_run_prints_data_literally_and_progress_on_stderr(hostile, tmp_path):
    import os
    import subprocess

    source = hostile[0]
    proc = subprocess.run([sys.executable, "-m", "openanswers", "run", str(source), "--text", "vraag", "--group", "sectie",
                           "--embedder", "tfidf", "--out", str(tmp_path / "o")], capture_output=True, text=True,
                          cwd=ROOT, env=dict(os.environ, COLUMNS="200"), timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "Embeddings" in proc.stderr and "Embeddings" not in proc.stdout  # progress bars on stderr
    assert "Hoofdlijnen" in proc.stdout


# ---- damaged state ----------------------------------------------------------------------------

def _damaged(data: bytes, kind: str) -> bytes:
    import random

    rng = random.Random(kind)
    if kind == "empty":
        return b""
    if kind == "truncated":
        return data[: len(data) // 2]
    if kind == "random":
        return bytes(rng.getrandbits(8) for _ in range(len(data)))
    if kind == "header":
        return bytes(rng.getrandbits(8) for _ in range(100)) + data[100:]
    pages = bytearray(data)  # "pages": the b-tree pages after the first overwritten
    for i in range(4096, min(len(data), 4 * 4096)):
        pages[i] = rng.getrandbits(8)
    return bytes(pages)


DAMAGE = ["empty", "truncated", "random", "header", "pages"]


@pytest.mark.parametrize("kind", DAMAGE)
def test_damaged_run_is_one_line_exit_2_nothing_written(kind, hostile, tmp_path, capsys):
    """Exports from it fail; a new run into its folder fails before any work (never overwritten)."""
    _, _, _, out = hostile
    run = tmp_path / "run"
    run.mkdir()
    (run / "run.sqlite").write_bytes(_damaged((out / "run.sqlite").read_bytes(), kind))
    before = (run / "run.sqlite").read_bytes()
    with pytest.raises(StoreError):
        load_run(run)
    source = hostile[0]
    for command in (["export", "report", run, "--out", tmp_path / "r.md"], ["export", "quotes", run, "--out", tmp_path / "q.csv"],
                    ["run", source, "--text", "vraag", "--embedder", "tfidf", "--out", run]):
        assert _main(*command) == 2
        _one_line_error(capsys, str(run / "run.sqlite"))
    assert not (tmp_path / "r.md").exists() and not (tmp_path / "q.csv").exists()
    assert sorted(p.name for p in run.iterdir()) == ["run.sqlite"] and (run / "run.sqlite").read_bytes() == before


@pytest.fixture(scope="module")
def project_file(hostile, tmp_path_factory):
    from openanswers.codebook import read_codebook
    from openanswers.project import create_project

    path = tmp_path_factory.mktemp("project") / "p.oaproj"
    with create_project(path, hostile[1], read_codebook(CODEBOOK)) as project:
        project.record(hostile[1][schema.ID].iloc[0], ["tarieven"], coder="anna")
    return path


@pytest.mark.parametrize("kind", DAMAGE)
def test_damaged_project_is_one_line_exit_2(kind, project_file, tmp_path, capsys):
    from openanswers.project import Project

    path = tmp_path / "p.oaproj"
    path.write_bytes(_damaged(project_file.read_bytes(), kind))
    before = path.read_bytes()
    with pytest.raises(StoreError):
        Project.open(path)
    for command in (["autocode", path, "--no-similarity", "--no-model"], ["agreement", path],
                    ["export", "codes", path, tmp_path / "codes.csv"], ["add-codebook", path, CODEBOOK],
                    ["code", path, "--coder", "anna"]):
        assert _main(*command) == 2, command
        _one_line_error(capsys, str(path))
    assert not (tmp_path / "codes.csv").exists()
    assert path.read_bytes() == before  # an empty file is not turned into a new project


def test_zero_byte_project_is_not_replaced_without_overwrite(project_file, tmp_path, capsys):
    empty = tmp_path / "leeg.oaproj"
    empty.touch()
    args = ["init", empty, "--answers", NVI, "--text", "vraag", "--codebook", CODEBOOK]
    assert _main(*args) == 2
    _one_line_error(capsys, "--overwrite")
    assert empty.stat().st_size == 0
    assert _main(*args, "--overwrite") == 0  # the option the message names exists
    capsys.readouterr()
    assert _main("agreement", empty) == 0


# ---- smaller -----------------------------------------------------------------------------------

def test_where_columns_any_case_values_with_commas_and_numbers(hostile):
    from openanswers.report import Filters, build_report, parse_where

    _, answers, result, _ = hostile
    sectie = answers["sectie"]

    def selected(*items):
        return build_report(result, filters=Filters(where=parse_where(items)), pseudonymise=False).selection.answers

    assert (selected("SECTIE=1.0")["sectie"] == "1").all() and len(selected("Sectie=1")) == (sectie == "1").sum() > 0
    assert len(selected(f'sectie="{GROUP_COMMA}"')) == (sectie == GROUP_COMMA).sum() > 0
    both = selected(f'sectie="{GROUP_COMMA}"', f"sectie={GROUP_MARKUP}")  # the same column twice: either
    assert len(both) == sectie.isin([GROUP_COMMA, GROUP_MARKUP]).sum()
    with pytest.raises(InputError) as caught:
        selected("provincie=Utrecht")
    for column in ("sectie", "question", "closed", "respondent", "theme"):
        assert column in str(caught.value)


def test_export_report_csv_from_the_cli(hostile, tmp_path, capsys):
    out = hostile[3]
    assert _main("export", "report", out, "--format", "csv", "--out", tmp_path / "rapport.csv") == 0
    rows = read_csv_rows(tmp_path / "rapport.csv")
    themes = json.loads((out / "themes.json").read_text(encoding="utf-8"))["themes"]
    assert [r[1] for r in rows[1:-2]] == [t["label"] for t in themes]
    assert sum(int(r[2]) for r in rows[1:]) == 60  # themes + overig + leeg = every answer


def test_more_than_20_themes(hostile, tmp_path, capsys):
    from openanswers.pipeline import summarise

    missing = tmp_path / "ontbreekt.csv"
    assert _main("run", missing, "--themes", "25", "--out", tmp_path / "o") == 2
    assert "file not found" in _one_line_error(capsys, str(missing))  # --themes 25 itself was accepted
    answers = hostile[1]
    result = summarise(answers, n_themes=22, embedder="tfidf", random_state=0)
    assert 20 < len(result.themes) <= 22
    with pytest.raises(ConfigError):
        summarise(answers, n_themes=int((answers[schema.STATUS] == schema.ANSWERED).sum()) + 1, embedder="tfidf")
