"""A day of coding typed at human speed through a pseudo-terminal, across several retrains of
the auto-coder, and two coders at once: every decision must land on the right answer."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pexpect
import pytest

from openanswers.codebook import read_codebook
from openanswers.coding.keymap import KeyMap
from openanswers.project import Project

ROOT = Path(__file__).resolve().parents[1]
NVI = ROOT / "corpora" / "nota_van_inlichtingen.csv"
CODEBOOK = ROOT / "codebooks" / "wlz_zorgcontractering.yaml"
ENTRY = "import openanswers.cli.project; from openanswers.cli import main; main()"
PROMPT = "q=stop"
KEY_DELAY = 0.1  # seconds between two keys: a fast human
ANSWERS = 60
LEARN_EVERY = 5  # a retrain every 5 saves: 12 requested over the day


@pytest.fixture()
def project_path(tmp_path):
    path = tmp_path / "wlz.oaproj"
    result = subprocess.run([sys.executable, "-c", ENTRY, "init", str(path), "--answers", str(NVI), "--text", "vraag",
                             "--group", "sectie", "--codebook", str(CODEBOOK)], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    return path


def _spawn(path: Path, coder: str) -> pexpect.spawn:
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    env.update(TERM="xterm", NO_COLOR="1")
    child = pexpect.spawn(sys.executable, ["-c", ENTRY, "code", str(path), "--coder", coder, "--learn-every", str(LEARN_EVERY)],
                          env=env, encoding="utf-8", timeout=300, dimensions=(24, 80))
    child.expect(PROMPT)
    return child


def _type(child: pexpect.spawn, keys: list[str]) -> None:
    """One key at a time at human speed, without waiting for the screen: like a coder who knows
    the keys by heart. The output is drained as we go so the terminal never blocks the program."""
    for key in keys:
        child.send(key)
        time.sleep(KEY_DELAY)
        try:
            child.read_nonblocking(100_000, timeout=0)
        except (pexpect.TIMEOUT, pexpect.EOF):
            pass


def _plan(ids: list[str], keymap: KeyMap, salt: int = 0):
    """Keys for each answer and the codes (and memo) they must leave on it. Every 9th answer is
    first saved wrong, undone and corrected; every 7th gets a memo; every 13th no code at all."""
    codes = list(keymap.keys)
    keys: list[str] = []
    expected: dict[str, tuple[set[str], str | None]] = {}
    for i, answer_id in enumerate(ids):
        if i % 13 == 12:
            chosen: list[str] = []
        else:
            chosen = list(dict.fromkeys([codes[(i + salt) % len(codes)], codes[(3 * i + 5 + salt) % len(codes)]]))[: 1 + i % 2]
        memo = f"notitie {i}" if i % 7 == 3 else None
        if i % 9 == 4:  # a slip: saved with a wrong code, then undone and put right
            wrong = codes[(i + 11 + salt) % len(codes)]
            while wrong in chosen:
                wrong = codes[(codes.index(wrong) + 1) % len(codes)]
            keys += list(keymap.toggle_key(wrong)) + ["\r", "u"] + list(keymap.toggle_key(wrong))
        if memo:
            keys += ["m", *memo, "\r"]
        for code in chosen:
            keys += list(keymap.toggle_key(code))
        keys.append("\r")
        expected[answer_id] = (set(chosen), memo)
    return keys, expected


def _check(path: Path, coder: str, expected: dict) -> None:
    with Project.open(path) as project:
        assert project.integrity_check() == "ok"
        decisions = project.decisions(coder=coder)
        assert set(decisions["answer_id"]) == set(expected)  # nothing coded that should not be
        for answer_id, (codes, memo) in expected.items():
            assert set(project.codes_of(answer_id, coder)) == codes, answer_id
            memos = decisions.loc[decisions["answer_id"] == answer_id, "memo"].dropna().unique().tolist()
            assert memos == ([memo] if memo else []), answer_id


def test_a_day_of_keys_at_human_speed_lands_every_decision_on_its_answer(project_path):
    with Project.open(project_path) as project:
        ids = project.answers().query("status != 'leeg'")["id"].tolist()[:ANSWERS]
    keys, expected = _plan(ids, KeyMap(read_codebook(CODEBOOK)))
    child = _spawn(project_path, "dag")
    child.logfile_read = log = _Log()
    _type(child, keys)
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    _check(project_path, "dag", expected)
    # The retrains ran while the coder typed, and their suggestions were taken up.
    assert log.text.count("suggesties bijwerken…") >= 2
    with Project.open(project_path) as project:
        assert not project.decisions(coder="auto").empty


def test_two_coders_at_once_lose_nothing(project_path):
    with Project.open(project_path) as project:
        ids = project.answers().query("status != 'leeg'")["id"].tolist()[:12]
    keymap = KeyMap(read_codebook(CODEBOOK))
    keys_a, expected_a = _plan(ids, keymap)
    keys_b, expected_b = _plan(ids, keymap, salt=4)
    anna, bram = _spawn(project_path, "anna"), _spawn(project_path, "bram")
    for k in range(max(len(keys_a), len(keys_b))):  # interleaved: both save, undo and retrain at once
        for child, keys in ((anna, keys_a), (bram, keys_b)):
            if k < len(keys):
                _type(child, [keys[k]])
    for child in (anna, bram):
        child.send("q")
        child.expect(pexpect.EOF)
        child.close()
        assert child.exitstatus == 0
    _check(project_path, "anna", expected_a)
    _check(project_path, "bram", expected_b)


class _Log:
    """Collects what the program wrote, for pexpect's ``logfile_read``."""

    def __init__(self) -> None:
        self.text = ""

    def write(self, data: str) -> None:
        self.text += data

    def flush(self) -> None:
        pass
