"""Personal data planted in every field of a survey export, run through `openanswers run` and every
export a user can ask for: no planted identifier may reach any file other than run.sqlite (the raw
working state), nor the terminal; subgroups and ordinary ids stay readable, and rows still link."""

from __future__ import annotations

import csv
import html
import re
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from conftest import NVI, ROOT

CODEBOOK = ROOT / "codebooks" / "wlz_zorgcontractering.yaml"
QUESTION = "Wat vindt u van de samenwerking met mevrouw Terpstra-Okhuijsen?"
TITLE = "Rapport voor dhr. Ravenhorst"
# Ids: three that are personal data, the rest ordinary.
PERSONAL_IDS = ["petra.devries@zorggroep-noord.nl", "06-41234567", "Hendriksen"]
CONTACTS = ["Willemijn Stoutjesdijk", "dhr. R. Brouwershaven", "Jansen"]
TEAMS = ["Team Kuipers", "Team Noord"]
OFFICES = ["Zilveren Kruis", "Menzis", "CZ"]
ANSWER_PLANTS = [
    "Bel mevrouw Verbeek op 06-98765432 voor de planning.",
    "Ons KvK-nummer is 87654321 en ons adres Postbus 4711, 3500 AB Utrecht.",
    "Cliëntnummer 7654321 van Stichting Zonnewende werd gemist door locatie De Hofstee.",
    "ik sprak met anouk verbeek-de wildt over de tarieven.",
    "MEVROUW VERBEEK HEEFT ONS GEBELD.",
]
CLOSED_PLANT = "Ten dele, want meneer Okkerse zegt het"
SECRETS = [
    "devries@", "zorggroep-noord", "41234567", "Hendriksen", "Stoutjesdijk", "Brouwershaven", "Jansen",
    "Kuipers", "Okkerse", "Okhuijsen", "Ravenhorst", "Verbeek", "98765432", "87654321", "Postbus 4711", "7654321",
    "Zonnewende", "Hofstee", "anouk", "wildt",
]


@pytest.fixture(scope="module")
def survey(tmp_path_factory) -> Path:
    """40 real questions from the NVI corpus as answers, personal data planted in every column."""
    with open(NVI, encoding="utf-8") as f:
        texts = [row["vraag"] for row in csv.DictReader(f)][:40]
    rows = []
    for i, text in enumerate(texts):
        if i < len(ANSWER_PLANTS):
            text = f"{ANSWER_PLANTS[i]} {text}"
        elif i % 4 == 0:
            text = f"Het overleg met mevrouw Verbeek over de tarieven loopt. {text}"
        rows.append({
            "respondent": PERSONAL_IDS[i] if i < len(PERSONAL_IDS) else f"R{i:04d}",
            "antwoord": text,
            "oordeel": CLOSED_PLANT if i % 5 == 1 else ("Ja" if i % 2 else "Nee"),
            "contactpersoon": CONTACTS[i % len(CONTACTS)],
            "team": TEAMS[i % len(TEAMS)],
            "zorgkantoor": OFFICES[i % len(OFFICES)],
        })
    path = tmp_path_factory.mktemp("survey") / "enquete.csv"
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


def _cli(*args):
    from openanswers.cli import app

    result = CliRunner().invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, (args, result.output, result.exception)
    return result.output


@pytest.fixture(scope="module")
def outputs(survey, tmp_path_factory):
    """Every file a user can make from the planted survey, and everything printed on the way."""
    out = tmp_path_factory.mktemp("out")
    run_dir = out / "run"
    printed = [_cli("run", survey, "--out", run_dir, "--text", "antwoord", "--id", "respondent", "--closed", "oordeel",
                    "--question", QUESTION, "--group", "contactpersoon", "--group", "team", "--group", "zorgkantoor",
                    "--embedder", "tfidf", "--themes", "2")]
    for fmt in ("xlsx", "csv", "md", "docx"):
        printed.append(_cli("export", "quotes", run_dir, "--out", out / f"quotes.{fmt}", "--title", TITLE,
                            "--where", "contactpersoon=Jansen"))
    for fmt in ("docx", "xlsx", "html", "md"):
        printed.append(_cli("export", "report", run_dir, "--out", out / f"report.{fmt}", "--by", "contactpersoon", "--title", TITLE,
                            "--where", "contactpersoon=jansen,Willemijn Stoutjesdijk"))
        printed.append(_cli("export", "report", run_dir, "--out", out / f"teams.{fmt}", "--by", "team",
                            "--closed", CLOSED_PLANT))
    project = out / "enquete.oaproj"
    printed.append(_cli("init", project, "--answers", survey, "--text", "antwoord", "--id", "respondent", "--closed", "oordeel",
                        "--question", QUESTION, "--group", "contactpersoon", "--codebook", CODEBOOK))
    printed.append(_cli("autocode", project, "--no-similarity", "--no-model"))
    for suffix in ("csv", "xlsx", "qdpx"):
        printed.append(_cli("export", "codes", project, out / f"codes.{suffix}", "--auto"))
    files = [p for p in out.rglob("*") if p.is_file() and p.suffix not in (".sqlite", ".oaproj") and "-wal" not in p.name
             and "-shm" not in p.name]
    return files, "\n".join(printed), run_dir, out


def _read(path: Path) -> str:
    """All text in a file; for zipped formats (xlsx, docx, qdpx) every member, tags stripped so
    that a name split over XML runs still shows."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            parts = [archive.read(n).decode("utf-8", "replace") for n in archive.namelist()]
        return html.unescape(re.sub(r"<[^>]+>", "", "\n".join(parts)))
    return html.unescape(path.read_text(encoding="utf-8-sig"))


def test_every_writer_was_exercised(outputs):
    files, _, _, out = outputs
    names = {str(p.relative_to(out)) for p in files}
    assert {"run/themes.json", "run/answers.csv", "run/themes.md", "run/quotes.xlsx", "quotes.xlsx", "codes.qdpx", "codes.csv", "codes.xlsx",
            "report.docx", "report.html", "teams.md", "quotes.csv", "quotes.docx"} <= names


def test_no_planted_identifier_in_any_output(outputs):
    files, printed, _, out = outputs
    texts = {str(p.relative_to(out)): _read(p) for p in files}
    texts["terminal"] = printed
    leaks = [(name, secret) for name, text in texts.items() for secret in SECRETS if secret.lower() in text.lower()]
    assert not leaks


def test_raw_state_keeps_everything(outputs):
    """run.sqlite is the working state: the raw answers are still there for review and exports."""
    _, _, run_dir, _ = outputs
    raw = (run_dir / "run.sqlite").read_bytes()
    assert b"Verbeek" in raw and b"petra.devries@zorggroep-noord.nl" in raw


def test_subgroups_and_ordinary_ids_stay_readable_and_rows_link(outputs):
    files, _, _, out = outputs
    by_name = {str(p.relative_to(out)): p for p in files}
    answers = pd.read_csv(by_name["run/answers.csv"])
    assert set(answers["zorgkantoor"]) == set(OFFICES)
    teams = set(answers["team"])
    assert len(teams) == 2 and "Team Noord" in teams and any(re.fullmatch(r"Team \[NAAM-\d+\]", t) for t in teams)
    assert answers["id"].tolist()[3:] == [f"R{i:04d}" for i in range(3, 40)]
    assert answers["id"].tolist()[:3] == ["[E-MAIL-1]", "[TELEFOON-1]", "[ID-1]"]
    # Three contact persons stay three groups, each under its own pseudonym.
    assert answers["contactpersoon"].nunique() == 3 and answers["contactpersoon"].str.fullmatch(r"\[NAAM-\d+\]").all()
    quotes = pd.read_excel(by_name["run/quotes.xlsx"])
    assert set(quotes["id"]) <= set(answers["id"])
    codes = pd.read_csv(by_name["codes.csv"])
    assert set(codes["id"]) <= set(answers["id"]) and "[E-MAIL-1]" in set(codes["id"])
    # The filter on a personal value matches its pseudonym, and the Selectie line shows only that.
    contact = dict(zip(answers["respondent"], answers["contactpersoon"]))
    report = by_name["report.md"].read_text(encoding="utf-8").replace("\\", "")
    assert f"Selectie: contactpersoon = {contact['R0005']} of {contact['R0003']} (27 van 40 antwoorden)" in report
    assert "Rapport voor dhr. [NAAM]" in report
