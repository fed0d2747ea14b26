"""Property-based checks (hypothesis): random Unicode, control characters, brackets, quotes and
formula prefixes through ingest -> run -> every export; and damaged files through every reader.

Invariants: every answer exactly once, texts round-trip through answers.csv, no CSV cell starts a
formula after any line break, no XLSX formula, no live markup in Markdown, no traceback. Examples
are few and bounded (the pipeline takes seconds); tfidf keeps them embedder-light.
"""

from __future__ import annotations

import csv
import html
import io
import json
import random
import re
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from openpyxl import load_workbook

from conftest import NVI
from openanswers import schema
from openanswers.errors import OpenAnswersError
from openanswers.export.sheets import FORMULA_START, XML_ILLEGAL, read_csv_rows
from openanswers.ingest import read_answers
from openanswers.project.runs import load_run, save_run

SPECIAL = list("=+-@\t\r\n[]<>`*_#|\"',;\\~&!()/") + ["[/bold]", "[red]", "<script>", "</b>", "\r\n", "\x00", "\x1b", "\u2028", "é", "‘’"]
hostile_text = st.lists(st.one_of(st.sampled_from(SPECIAL), st.text(max_size=4)), max_size=14).map("".join)
formula_prefix = st.sampled_from(["", "=", "+", "-", "@", "\t", "\r", "'=", "\n="])
REAL = pd.read_csv(NVI, dtype=str, keep_default_na=False).head(20)
SLOW = settings(max_examples=4, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _write_input(path: Path, texts: list[str], ids: list[str], groups: list[str]) -> None:
    rows = [[f"nvi{i}", "1", t] for i, t in enumerate(REAL["vraag"])]
    rows += [[f"h{i}{suffix}", group, text] for i, (suffix, group, text) in enumerate(zip(ids, groups, texts))]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL, lineterminator="\n")
        writer.writerow(["id", "groep", "antwoord"])
        writer.writerows(rows)


def _lines(field: str) -> list[str]:
    return re.split(r"\r\n|\r|\n", field)


def _assert_csv_safe(path: Path) -> None:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        for row in csv.reader(handle):
            for field in row:
                assert not any(line.startswith(FORMULA_START) for line in _lines(field)), field


def _shown(text: str) -> str:
    """How a text is expected to read in Markdown: one line, XML-illegal characters dropped."""
    return re.sub(r"[\r\n\u2028\u2029\x0b\x0c\x85]+", " ", XML_ILLEGAL.sub("", text)).strip()


@SLOW
@given(texts=st.lists(st.tuples(formula_prefix, hostile_text), min_size=2, max_size=6),
       id_suffixes=st.lists(hostile_text, min_size=6, max_size=6), groups=st.lists(hostile_text, min_size=6, max_size=6))
def test_hostile_texts_survive_every_export(texts, id_suffixes, groups):
    from openanswers.cli import render
    from openanswers.export import write_outputs
    from openanswers.pipeline import summarise
    from openanswers.report import export_quotes, export_report
    from rich.console import Console

    texts = [prefix + text for prefix, text in texts]
    groups = [g if g.strip() else "leeg" for g in groups]
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        _write_input(folder / "in.csv", texts, id_suffixes, groups)
        try:
            answers = read_answers(folder / "in.csv", text="antwoord", groups=("groep",))
        except OpenAnswersError as exc:  # two ids equal once stripped: refused, named
            assert "duplicate id" in str(exc) or "empty respondent id" in str(exc)
            return
        assert len(answers) == 20 + len(texts)
        assert answers[schema.TEXT].tolist()[20:] == texts  # read exactly as written
        result = summarise(answers, n_themes=2, embedder="tfidf", random_state=0)
        out = folder / "out"
        public = write_outputs(result, out, pseudonymise=False)

        # answers.csv: every answer once, in order, texts and ids as read, formula-safe
        rows = read_csv_rows(out / "answers.csv")
        assert len(rows) == len(answers) + 1
        assert [r[0] for r in rows[1:]] == answers[schema.ID].tolist()
        assert [r[4] for r in rows[1:]] == answers[schema.TEXT].tolist()
        assert [r[rows[0].index("groep")] for r in rows[1:]] == answers["groep"].tolist()
        _assert_csv_safe(out / "answers.csv")
        save_run(result, out)  # the working state keeps every text exactly, control characters too
        assert load_run(out).answers[schema.TEXT].tolist() == answers[schema.TEXT].tolist()
        meta = json.loads((out / "themes.json").read_text(encoding="utf-8"))
        assert sum(t["n"] for t in meta["themes"]) + meta["overig"]["n"] + meta["leeg"]["n"] == len(answers)

        # quote list (CSV, Markdown), report (Markdown, CSV, HTML, XLSX)
        report = export_quotes(result, folder / "q.csv", pseudonymise=False)
        _assert_csv_safe(folder / "q.csv")
        quoted = read_csv_rows(folder / "q.csv")
        assert [r[quoted[0].index("citaat")] for r in quoted[1:]] == [q.text for q in report.selection.quote_rows()]
        export_quotes(result, folder / "q.md", pseudonymise=False)
        rendered = html.unescape(MarkdownIt("commonmark", {"html": True}).enable("table").render(
            (folder / "q.md").read_text(encoding="utf-8")))
        for quote in report.selection.quote_rows():
            assert f"‘{_shown(quote.text)}’" in rendered  # shown as typed: no emphasis, link or tag ate it
        for fmt in ("md", "csv", "html", "xlsx"):
            export_report(result, folder / f"r.{fmt}", by="groep", pseudonymise=False)
        _assert_csv_safe(folder / "r.csv")
        for name in ("r.xlsx",):
            cells = [c for sheet in load_workbook(folder / name) for row in sheet.iter_rows() for c in row]
            assert all(c.data_type != "f" for c in cells)
        cells = [c for row in load_workbook(out / "quotes.xlsx").active.iter_rows() for c in row]
        assert all(c.data_type != "f" for c in cells)

        # the terminal: data printed as text, never as markup (an exception here is the bug)
        buffer = io.StringIO()
        old, render.console = render.console, Console(file=buffer, width=200, color_system=None)
        try:
            render.print_run(public, out)
        finally:
            render.console = old
        assert "\x1b" not in buffer.getvalue()


# ---- readers: damaged files give a clean error, never a traceback ------------------------------

def _valid_files(folder: Path) -> Path:
    import pyreadstat

    frame = REAL.rename(columns={"vraag": "antwoord"})[["id", "antwoord"]].head(12)
    frame.to_csv(folder / "ok.csv", index=False)
    frame.to_excel(folder / "ok.xlsx", index=False)
    pyreadstat.write_sav(frame, str(folder / "ok.sav"))
    (folder / "ok.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in frame.to_dict("records")), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def valid_files(tmp_path_factory):
    return _valid_files(tmp_path_factory.mktemp("valid"))


def _damage(data: bytes, how: str, where: float, seed: int) -> bytes:
    rng = random.Random(seed)
    cut = int(where * len(data))
    if how == "truncate":
        return data[:cut]
    if how == "random":
        return bytes(rng.getrandbits(8) for _ in range(cut % 4096 + 1))
    garbled = bytearray(data)
    for _ in range(1 + seed % 40):
        garbled[rng.randrange(len(garbled))] = rng.getrandbits(8)
    return bytes(garbled)


@pytest.mark.parametrize("suffix", ["csv", "xlsx", "sav", "jsonl"])
@settings(max_examples=30, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(how=st.sampled_from(["truncate", "random", "garble"]), where=st.floats(0, 1), seed=st.integers(0, 2**16))
def test_damaged_files_give_a_clean_error(suffix, valid_files, tmp_path, how, where, seed):
    path = tmp_path / f"kapot.{suffix}"
    path.write_bytes(_damage((valid_files / f"ok.{suffix}").read_bytes(), how, where, seed))
    try:
        answers = read_answers(path)
    except OpenAnswersError as exc:
        assert str(path) in str(exc)  # named; the CLI prints it as one line
        return
    assert len(answers) >= 1 and set(schema.CANONICAL) <= set(answers.columns)
