"""Report exports read back as a report writer would open them: DOCX, XLSX, HTML, Markdown, CSV,
on the bundled corpus, with a planted e-mail address, HTML and formula to show the gate holds."""

import copy
import html
import os
import re
import shutil
import subprocess
import sys

import pandas as pd
import pytest
from docx import Document
from openpyxl import load_workbook

from openanswers import schema
from openanswers.errors import InputError
from openanswers.export.safety import FORMULA_START
from openanswers.themes.writers import mentions
from openanswers.report import Filters, build_report, export_quotes, export_report, parse_where
from openanswers.export.text import quotes_frame

EMAIL = "j.de.vries@zorgaanbieder-test.nl"
FORMULA = "=SUM(A1:A9)*10"
MARKUP = "<b>vet</b>"


@pytest.fixture(scope="module")
def planted(nvi_result):
    """The corpus run with an e-mail in a representative quote, a formula and HTML in others."""
    result = copy.deepcopy(nvi_result)
    answers = result.answers
    quotes = result.themes[0].quotes
    plants = {quotes[0].id: f"Mail {EMAIL} over dit punt. ", quotes[1].id: "", quotes[2].id: f"Zie {MARKUP}. "}
    for quote in quotes[:3]:
        row = answers.index[answers[schema.ID] == quote.id][0]
        text = FORMULA if quote.id == quotes[1].id else plants[quote.id] + answers.at[row, schema.TEXT]
        answers.at[row, schema.TEXT] = answers.at[row, schema.CLEAN] = text
        quote.text = text
    return result


@pytest.fixture(scope="module")
def files(planted, tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    paths = {}
    for fmt in ("docx", "xlsx", "html", "md"):
        paths[f"report.{fmt}"] = out / f"report.{fmt}"
        export_report(planted, paths[f"report.{fmt}"], by="sectie")
    for fmt in ("docx", "xlsx", "csv", "md"):
        paths[f"quotes.{fmt}"] = out / f"quotes.{fmt}"
        export_quotes(planted, paths[f"quotes.{fmt}"])
    return paths


def _docx_texts(path):
    document = Document(path)
    texts = [p.text for p in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return document, texts


def _xlsx_cells(path):
    workbook = load_workbook(path)
    return workbook, [c.value for sheet in workbook for row in sheet.iter_rows() for c in row]


def _all_text(files) -> dict[str, str]:
    out = {}
    for name, path in files.items():
        if path.suffix == ".docx":
            out[name] = "\n".join(_docx_texts(path)[1])
        elif path.suffix == ".xlsx":
            out[name] = "\n".join(str(v) for v in _xlsx_cells(path)[1] if v is not None)
        else:
            out[name] = path.read_text(encoding="utf-8-sig")
        if path.suffix == ".md":  # as a reader sees it: Markdown escapes undone
            out[name] = re.sub(r"\\(.)", r"\1", out[name])
        if path.suffix in (".html", ".md"):
            out[name] = html.unescape(out[name])
    return out


def test_planted_email_never_leaves(files):
    for name, text in _all_text(files).items():
        assert EMAIL not in text, name
        assert "[E-MAIL]" in text, name  # the quote is there, pseudonymised


def test_formulas_neutralised_in_every_format(files):
    for name, text in _all_text(files).items():
        if name.endswith((".xlsx", ".md")):
            continue  # XLSX: text cells (below); Markdown is no spreadsheet, the text is shown as typed
        assert FORMULA not in text.replace("'" + FORMULA, ""), name  # only ever behind an apostrophe
        assert "'" + FORMULA in text, name
    for name in ("report.xlsx", "quotes.xlsx"):
        workbook = load_workbook(files[name])
        cells = [c for sheet in workbook for row in sheet.iter_rows() for c in row]
        assert any(c.value == FORMULA for c in cells), name  # the text as typed, no visible apostrophe
        for cell in cells:
            assert cell.data_type != "f", (name, cell.coordinate, cell.value)  # never a formula
            if isinstance(cell.value, str) and cell.value.startswith(FORMULA_START):
                assert cell.data_type == "s" and cell.quotePrefix, (name, cell.value)
    table = pd.read_csv(files["quotes.csv"], dtype=str, keep_default_na=False, encoding="utf-8-sig")
    for column in table.columns:
        assert not table[column].str.startswith(FORMULA_START).any(), column
    for name in ("report.docx", "quotes.docx"):
        for text in _docx_texts(files[name])[1]:
            assert not text.startswith(FORMULA_START), (name, text)


def test_docx_report_reads_like_a_monitor_report(files, planted):
    document, texts = _docx_texts(files["report.docx"])
    paragraphs = [p.text for p in document.paragraphs]
    assert any("zijn samen te vatten in drie hoofdlijnen:" in p for p in paragraphs)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    n = len(planted.answers)
    for i, theme in enumerate(planted.themes, 1):
        heading = next(h for h in headings if h.startswith(f"{i}. {theme.label} (n={theme.n}, {theme.n / n:.0%} (95%-interval "))
        assert f"stabiliteit {theme.stability:.2f}".replace(".", ",") in heading
        for quote in theme.quotes:  # every representative quote, in ‘…’ with its respondent id
            assert any(b.startswith("‘") and b.endswith(f"’ ({quote.id})") for b in bullets), quote.id
    table = document.tables[0]
    groups = sorted(set(planted.answers["sectie"]))
    assert len(table.rows) == 1 + len(groups) + 2  # header, groups, Totaal, Toets
    assert table.rows[-1].cells[0].text == "Toets" and "p " in table.rows[-1].cells[2].text


def test_xlsx_report_sheets(files, planted):
    workbook = load_workbook(files["report.xlsx"])
    labels = [t.label for t in planted.themes]
    assert workbook.sheetnames[0] == "Overzicht"
    assert workbook.sheetnames[1:4] == [label[:31] for label in labels]
    assert "Per sectie" in workbook.sheetnames
    overview = workbook["Overzicht"]
    assert [overview.cell(row=r, column=2).value for r in range(2, 5)] == labels
    assert [overview.cell(row=r, column=3).value for r in range(2, 5)] == [t.n for t in planted.themes]
    for sheet in workbook:
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet.auto_filter.ref, sheet.title
    quotes = load_workbook(files["quotes.xlsx"])
    for theme in planted.themes:  # the quote list holds every answer of the theme
        assert quotes[theme.label[:31]].max_row - 1 == theme.n
    assert quotes["Citaten"].column_dimensions["B"].width >= 40  # quotes get room


def test_html_is_self_contained_and_escaped(files, planted):
    text = files["report.html"].read_text(encoding="utf-8")
    assert "<script src=" not in text  # plotly.js is inline, nothing fetched
    assert text.count("Plotly.newPlot") == 2  # theme shares and the subgroup heatmap
    assert len(text) > 1_000_000  # plotly.js itself is in the file
    assert MARKUP not in text and "&lt;b&gt;vet&lt;/b&gt;" in text
    for theme in planted.themes:
        assert theme.label in text


def test_markdown_report(files, planted):
    text = files["report.md"].read_text(encoding="utf-8")
    assert "zijn samen te vatten in drie hoofdlijnen:" in text
    for theme in planted.themes:
        assert f"({theme.quotes[-1].id})" in text
    assert "| Toets |" in text


def test_filters_keep_only_what_was_asked(planted):
    where = parse_where(["sectie=3,5.1"])
    report = build_report(planted, filters=Filters(where=where, quotes_per_theme=None))
    kept = planted.answers[planted.answers["sectie"].isin(["3", "5.1"])]
    assert report.selection.n_answers == len(kept)
    frame = quotes_frame(report.selection)
    assert set(frame["sectie"]) <= {"3", "5.1"}
    for view in report.themes:
        assert view.n == int((kept["theme"] == view.label).sum()) == len(view.quotes)
        # The phrase counts are recounted within the selection, not copied from the run.
        first = re.match(r"Respondenten noemen (?:vooral|onder meer) (.+?) \((\d+) antwoord", view.description)
        texts = kept.loc[kept["theme"] == view.label, "text"].tolist()
        assert first and int(first[2]) == sum(mentions(first[1], t) for t in texts) <= view.n
    assert "sectie = 3 of 5.1" in report.selection_line()


def test_theme_and_length_limits(planted):
    second = planted.themes[1].label
    report = build_report(planted, filters=Filters(themes=("2",), quotes_per_theme=3, max_quote_chars=120))
    assert [t.label for t in report.themes] == [second]
    assert len(report.themes[0].quotes) == 3
    assert all(len(q.text) <= 120 + len(" […]") for q in report.themes[0].quotes)
    assert report.selection.n_answers == len(planted.answers)  # shares keep the whole base


def test_closed_filter_and_mix(planted):
    result = copy.deepcopy(planted)
    result.answers[schema.CLOSED] = ["Ten dele" if s.startswith("5") else "Ja" for s in result.answers["sectie"]]
    report = build_report(result, filters=Filters(closed=("ten dele",)))
    assert set(report.selection.answers[schema.CLOSED]) == {"Ten dele"}
    full = build_report(result)
    mix = full.closed.counts
    for theme in result.themes:
        assert mix.loc[theme.label].sum() == theme.n
    assert mix.loc["Totaal"].sum() == len(result.answers)
    assert full.closed.test is not None and 0 <= full.closed.test.p_value <= 1


def test_code_filter_on_a_coded_source(planted):
    from openanswers.report import Source

    codes = {i: ["budget"] for i, t in zip(planted.answers[schema.ID], planted.answers[schema.TEXT]) if "budget" in t.lower()}
    report = build_report(Source(planted, codes=codes), filters=Filters(codes=("Budget",), quotes_per_theme=None))
    assert 0 < report.selection.n_answers == len(codes)
    assert all(q.codes == ("budget",) for q in report.selection.quote_rows())
    assert "codes" in quotes_frame(report.selection).columns


def test_bad_filters_name_the_problem(planted):
    with pytest.raises(InputError, match="zorgkantoor"):
        build_report(planted, filters=Filters(where=(("zorgkantoor", ("VGZ",)),)))
    with pytest.raises(InputError, match="no theme"):
        build_report(planted, filters=Filters(themes=("99",)))
    with pytest.raises(InputError, match="no answers match"):
        build_report(planted, filters=Filters(closed=("Ten dele",)))
    with pytest.raises(InputError, match="COLUMN=VALUE"):
        parse_where(["sectie"])
    with pytest.raises(InputError, match="coded project"):
        build_report(planted, filters=Filters(codes=("budget",)))


def test_unpseudonymised_only_when_asked(planted, tmp_path):
    path = tmp_path / "raw.md"
    export_report(planted, path, pseudonymise=False)
    assert EMAIL in path.read_text(encoding="utf-8")


def test_cli_export_commands(planted, tmp_path):
    from openanswers.project.runs import save_run

    save_run(planted, tmp_path / "run")
    code = "import sys; from openanswers.cli import export, main; sys.argv[0] = 'openanswers'; main()"

    def cli(*args):
        return subprocess.run([sys.executable, "-c", code, "export", *map(str, args)], capture_output=True, text=True, timeout=300)

    done = cli("report", tmp_path / "run", "--format", "docx", "--by", "sectie", "--out", tmp_path / "r.docx")
    assert done.returncode == 0, done.stderr
    assert "hoofdlijnen" in "\n".join(_docx_texts(tmp_path / "r.docx")[1])
    done = cli("quotes", tmp_path / "run", "--out", tmp_path / "q.csv", "--where", "sectie=3", "--quotes", "2")
    assert done.returncode == 0, done.stderr
    table = pd.read_csv(tmp_path / "q.csv", dtype=str, encoding="utf-8-sig")
    assert set(table["sectie"]) == {"3"} and table.groupby("thema").size().max() <= 2
    done = cli("report", tmp_path / "run", "--by", "zorgkantoor", "--out", tmp_path / "x.md")
    assert done.returncode == 2 and "zorgkantoor" in done.stderr and "Traceback" not in done.stderr


LIBREOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.skipif(not LIBREOFFICE, reason="LibreOffice (Debian package libreoffice-writer) is not installed")
def test_docx_converts_to_pdf(files, tmp_path):
    env = dict(os.environ, HOME=str(tmp_path))  # a private LibreOffice profile
    subprocess.run([LIBREOFFICE, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(files["report.docx"])],
                   check=True, capture_output=True, timeout=180, env=env)
    pdf = (tmp_path / "report.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf)) >= 2  # pages, not one


@pytest.mark.skipif(not CHROMIUM, reason="Chromium (Debian package chromium) is not installed")
def test_html_renders_to_png(files, tmp_path):
    png = tmp_path / "report.png"
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--no-first-run", f"--screenshot={png}", "--window-size=1200,1600",
                    files["report.html"].as_uri()], check=True, capture_output=True, timeout=180)
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 50_000  # a rendered page, not a blank one


def test_every_format_writes_the_sections_in_one_order(planted, tmp_path):
    """With every section present, Markdown, HTML and DOCX headings and XLSX sheets follow
    ``sections.SECTIONS``: the order is written once."""
    from openanswers.report import Source, sections

    result = copy.deepcopy(planted)
    result.answers[schema.CLOSED] = ["Ten dele" if s.startswith("5") else "Ja" for s in result.answers["sectie"]]
    result.answers["aanbevelen"] = [str(i % 11) for i in range(len(result.answers))]
    codes = {i: ["budget"] for i, t in zip(result.answers[schema.ID], result.answers[schema.TEXT]) if "budget" in t.lower()}
    source, before = Source(result, codes=codes, name="2025"), Source(planted, name="2024")
    options = dict(by="sectie", nps="aanbevelen", compare=before)
    report = build_report(source, **options)
    assert sections.present(report) == list(sections.SECTIONS)
    titles = [sections.title(report, name) for name in sections.SECTIONS]
    assert titles[:2] == ["Hoofdlijnen per sectie", "Codes per sectie"]
    for fmt in ("md", "html", "docx", "xlsx"):
        export_report(source, tmp_path / f"r.{fmt}", **options)
    markdown = [line[3:] for line in (tmp_path / "r.md").read_text(encoding="utf-8").splitlines() if line.startswith("## ")]
    page = [html.unescape(h) for h in re.findall(r"<h2>(.*?)</h2>", (tmp_path / "r.html").read_text(encoding="utf-8"))]
    document = [p.text for p in Document(tmp_path / "r.docx").paragraphs if p.style.name == "Heading 1"]
    for headings in (markdown, page, document):
        assert [h for h in headings if h in titles] == titles
    sheets = load_workbook(tmp_path / "r.xlsx").sheetnames
    assert [s for s in sheets if s in ("Per sectie", "Codes per sectie", "Gesloten antwoord", "NPS", "Golven")] == \
        ["Per sectie", "Codes per sectie", "Gesloten antwoord", "NPS", "Golven"]
