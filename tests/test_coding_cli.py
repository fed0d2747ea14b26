"""The project commands, and the interactive coding session driven through a pseudo-terminal."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pexpect
import pytest

from openanswers.codebook import read_codebook
from openanswers.coding.keymap import KeyMap
from openanswers.project import Project

ROOT = Path(__file__).resolve().parents[1]
NVI = ROOT / "corpora" / "nota_van_inlichtingen.csv"
CODEBOOK = ROOT / "codebooks" / "wlz_zorgcontractering.yaml"
# Runs the console entry point with the project commands registered (a no-op once cli/__init__ imports them).
ENTRY = "import openanswers.cli.project; from openanswers.cli import main; main()"
PROMPT = "q=stop"


def _cli(*args: str):
    import subprocess

    return subprocess.run([sys.executable, "-c", ENTRY, *args], capture_output=True, text=True, timeout=600,
                          env=dict(os.environ, COLUMNS="120"))


def _spawn(path: Path, coder: str = "anna", *extra: str, size: tuple[int, int] = (60, 120)) -> pexpect.spawn:
    env = dict(os.environ, TERM="xterm", NO_COLOR="1")
    env.pop("COLUMNS", None)
    env.pop("LINES", None)
    child = pexpect.spawn(sys.executable, ["-c", ENTRY, "code", str(path), "--coder", coder, *extra],
                          env=env, encoding="utf-8", timeout=120, dimensions=size)
    child.expect(PROMPT)
    return child


def _quit(child: pexpect.spawn) -> str:
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    return child.before


@pytest.fixture(scope="module")
def project_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "wlz.oaproj"
    result = _cli("init", str(path), "--answers", str(NVI), "--text", "vraag", "--group", "sectie", "--codebook", str(CODEBOOK))
    assert result.returncode == 0, result.stderr
    result = _cli("autocode", str(path), "--no-similarity", "--no-model")
    assert result.returncode == 0, result.stderr
    return path


def _first_ids(path: Path, n: int) -> list[str]:
    with Project.open(path) as project:
        return project.answers().query("status != 'leeg'")["id"].tolist()[:n]


def test_init_twice_is_a_one_line_error(project_path):
    result = _cli("init", str(project_path), "--answers", str(NVI), "--codebook", str(CODEBOOK))
    assert result.returncode == 2
    assert "exists already" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_accept_save_resume_undo_and_quit(project_path):
    first, second = _first_ids(project_path, 2)
    with Project.open(project_path) as project:
        suggested = set(project.codes_of(first, "auto"))
    assert suggested  # the rules find something in the first question
    child = _spawn(project_path)
    child.send("a")
    child.expect("suggesties overgenomen")
    child.send("\r")
    child.expect("opgeslagen")
    child.expect(PROMPT)
    _quit(child)
    with Project.open(project_path) as project:
        assert set(project.codes_of(first, "anna")) == suggested
        assert project.position("anna") == second
        assert project.integrity_check() == "ok"

    child = _spawn(project_path)  # resumes on the second answer
    assert f"antwoord {second}" in child.before and "[2/" in child.before
    child.send("u")
    child.expect(f"antwoord {first}")  # back on the first answer, its codes ticked again
    child.expect("ongedaan gemaakt")
    child.expect(PROMPT)
    _quit(child)
    with Project.open(project_path) as project:
        assert project.codes_of(first, "anna") == []
        assert project.decisions(coder="anna").empty
        # The ticks undo brought back are kept for the next session, not lost on quit.
        assert project.position("anna") == first
        assert set(project.draft("anna")["selected"]) == suggested
    child = _spawn(project_path)
    assert f"antwoord {first}" in child.before
    child.send("\r")
    child.expect("opgeslagen")
    child.expect(PROMPT)
    _quit(child)
    with Project.open(project_path) as project:
        assert set(project.codes_of(first, "anna")) == suggested


def test_search_toggle_memo_and_skip(project_path):
    first, second = _first_ids(project_path, 2)
    child = _spawn(project_path, "bram")
    child.send("/")
    child.expect("zoek code")
    child.sendline("vastgoed")
    child.expect("gevonden voor 'vastgoed'")
    child.expect(PROMPT)
    child.send(KeyMap(read_codebook(CODEBOOK)).toggle_key("tarieven.vastgoed"))  # "tv": Tarieven > Vastgoed
    child.expect(r"\[x\] Vastgoedvergoeding")
    child.send("m")
    child.expect("memo")
    child.sendline("NHC genoemd")
    child.expect("memo: NHC genoemd")
    child.send("\r")
    child.expect("opgeslagen")
    child.send("s")
    child.expect("overgeslagen")
    child.expect(PROMPT)
    _quit(child)
    with Project.open(project_path) as project:
        assert project.codes_of(first, "bram") == ["tarieven.vastgoed"]
        assert project.decisions(coder="bram")["memo"].tolist() == ["NHC genoemd"]
        assert project.codes_of(second, "bram") == []
        third = project.next_for("bram")
        assert third not in (first, second)
        assert project.position("bram") == third


def test_kill_mid_session_keeps_saved_answers(project_path):
    child = _spawn(project_path, "carla")
    child.send("1")
    child.send("\r")
    child.expect("opgeslagen")
    child.expect(PROMPT)
    child.send("2")  # being edited, never saved
    child.kill(signal.SIGKILL)
    child.close(force=True)
    with Project.open(project_path) as project:
        assert project.integrity_check() == "ok"
        coded = project.decisions(coder="carla")
        assert coded["answer_id"].nunique() == 1


def test_agreement_and_exports(project_path, tmp_path):
    import pandas as pd

    from openanswers.coding.agreement import ALL_CODES

    with Project.open(project_path) as project:
        for answer_id in _first_ids(project_path, 12):
            project.record(answer_id, project.codes_of(answer_id, "auto"), "dirk")
            project.record(answer_id, project.codes_of(answer_id, "auto")[:1], "eva")
    result = _cli("agreement", str(project_path))
    assert result.returncode == 0, result.stderr
    assert "dirk" in result.stdout and "eva" in result.stdout and "kappa" in result.stdout
    for suffix in (".csv", ".xlsx", ".qdpx"):
        result = _cli("export", "codes", str(project_path), str(tmp_path / f"codes{suffix}"))
        assert result.returncode == 0, result.stderr
    table = pd.read_csv(tmp_path / "codes.csv")
    assert set(table["coder"]) >= {"dirk", "eva"} and "auto" not in set(table["coder"])
    assert ALL_CODES not in set(table["codes"].dropna())
    result = _cli("export", "codes", str(project_path), str(tmp_path / "codes.pdf"))
    assert result.returncode == 2 and "unknown export format" in result.stderr
    # The name before verb-then-noun still works, says the new one, and writes the same table.
    result = _cli("codes", "export", str(project_path), str(tmp_path / "old.csv"))
    assert result.returncode == 0 and "`export codes`" in result.stderr.splitlines()[0], result.stderr
    assert (tmp_path / "old.csv").read_bytes() == (tmp_path / "codes.csv").read_bytes()


def test_a_second_session_for_the_same_coder_is_refused(project_path):
    child = _spawn(project_path, "fleur")
    result = _cli("code", str(project_path), "--coder", "fleur")
    assert result.returncode == 2
    assert "andere sessie" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    other = _spawn(project_path, "gijs")  # another coder works at the same time
    _quit(other)
    _quit(child)
    child = _spawn(project_path, "fleur")  # the lock went with the session
    _quit(child)
