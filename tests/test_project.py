"""The project store: schema upgrades, append-only decisions, undo, resume, crash and concurrency safety."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from openanswers.codebook import read_codebook
from openanswers.errors import InputError
from openanswers.project import SCHEMA_VERSION, Project, create_project
from openanswers.project.migrations import migrate, version
from openanswers.project.store import connect

ROOT = Path(__file__).resolve().parents[1]
CODEBOOK = ROOT / "codebooks" / "wlz_zorgcontractering.yaml"


@pytest.fixture(scope="module")
def codebook():
    return read_codebook(CODEBOOK)


@pytest.fixture
def project(tmp_path, nvi_answers, codebook):
    with create_project(tmp_path / "wlz.oaproj", nvi_answers, codebook) as project:
        yield project


def test_answers_and_metadata_round_trip(project, nvi_answers):
    back = project.answers()
    assert back["id"].tolist() == nvi_answers["id"].tolist()
    assert back["text"].tolist() == nvi_answers["text"].tolist()
    assert back["sectie"].astype(str).tolist() == nvi_answers["sectie"].astype(str).tolist()


def test_codebook_versions_are_kept(project, codebook):
    assert project.codebook().ids == codebook.ids
    from dataclasses import replace

    smaller = replace(codebook, version="2.0", codes=[c for c in codebook.codes if c.parent is None])
    assert project.add_codebook(smaller) == 2
    assert project.codebook().ids == smaller.ids
    assert project.codebook(1).ids == codebook.ids


def test_recoding_supersedes_and_undo_restores(project):
    first = project.next_for("anna")
    project.record(first, ["tarieven"], "anna", memo="over tarieven")
    project.record(first, ["tarieven", "capaciteit"] if "capaciteit" in project.codebook() else ["tarieven"], "anna")
    current = project.codes_of(first, "anna")
    assert "tarieven" in current
    log = project.decisions(coder="anna", active=False)
    assert len(log) >= 3  # nothing is overwritten
    undone = project.undo("anna")
    assert undone["answer_id"] == first and sorted(undone["codes"]) == sorted(current)
    assert project.codes_of(first, "anna") == ["tarieven"]
    assert project.undo("anna")["memo"] == "over tarieven"
    assert project.codes_of(first, "anna") == []
    assert project.undo("anna") is None


def test_unknown_code_or_answer_is_refused(project):
    with pytest.raises(InputError, match="unknown code"):
        project.record(project.next_for("anna"), ["bestaat_niet"], "anna")
    with pytest.raises(InputError, match="unknown answer"):
        project.record("geen-antwoord", ["tarieven"], "anna")
    assert project.decisions().empty


def test_next_for_skips_coded_then_returns_skipped(project):
    ids = project.answers().query("status != 'leeg'")["id"].tolist()
    assert project.next_for("anna") == ids[0]
    project.skip(ids[0], "anna")
    project.record(ids[1], [], "anna")  # "no code applies" counts as coded
    assert project.next_for("anna") == ids[2]
    assert project.next_for("bram") == ids[0]  # coders are independent
    assert project.progress("anna") == (1, len(ids))
    for answer_id in ids[2:]:
        project.record(answer_id, [], "anna")
    assert project.next_for("anna") == ids[0]  # only the skipped one is left
    project.record(ids[0], ["tarieven"], "anna")
    assert project.next_for("anna") is None


def test_uncertainty_order_puts_borderline_auto_codes_first(project):
    ids = project.answers()["id"].tolist()
    project.record_many([(ids[0], [("tarieven", 0.99, "model")]), (ids[1], [("tarieven", 0.52, "model")])], "auto")
    assert project.next_for("anna", order="uncertainty") == ids[1]
    assert project.next_for("anna", order="input") == ids[0]


def test_upgrade_from_version_1_keeps_data(tmp_path, nvi_answers, codebook):
    path = tmp_path / "old.oaproj"
    connection = connect(path)
    assert migrate(connection, upto=1) == 1
    project = Project(connection, path)
    project._add_answers(nvi_answers.head(5))
    project.add_codebook(codebook)
    project.record("nvi-0001", ["tarieven"], "anna")
    with pytest.raises(sqlite3.OperationalError):  # v1 has no positions table
        project.set_position("anna", "nvi-0002")
    connection.close()
    with Project.open(path) as upgraded:
        assert version(upgraded.connection) == SCHEMA_VERSION
        assert upgraded.codes_of("nvi-0001", "anna") == ["tarieven"]
        upgraded.set_position("anna", "nvi-0002")
        assert upgraded.position("anna") == "nvi-0002"


def test_opening_a_non_project_names_the_file(tmp_path):
    bogus = tmp_path / "bogus.oaproj"
    bogus.write_text("dit is geen database" * 100)
    with pytest.raises(InputError, match="bogus.oaproj"):
        Project.open(bogus)
    with pytest.raises(InputError, match="not found"):
        Project.open(tmp_path / "missing.oaproj")


WRITER = textwrap.dedent("""
    import sys
    from openanswers.project import Project
    path, coder, start = sys.argv[1], sys.argv[2], int(sys.argv[3])
    project = Project.open(path)
    ids = project.answers()["id"].tolist()
    codes = project.codebook().ids
    i = start
    while True:
        project.record(ids[i % len(ids)], [codes[i % len(codes)]], coder, memo=str(i))
        print(i, flush=True)
        i += 1
        if len(sys.argv) > 4 and i >= start + int(sys.argv[4]):
            break
""")


def _writer(path, coder, start=0, count=None):
    args = [sys.executable, "-c", WRITER, str(path), coder, str(start)] + ([str(count)] if count else [])
    return subprocess.Popen(args, stdout=subprocess.PIPE, text=True, env=dict(os.environ))


def test_kill_9_mid_session_loses_nothing_committed(project):
    path = project.path
    process = _writer(path, "anna")
    printed = []
    for line in process.stdout:  # every printed number was committed before it was printed
        printed.append(int(line))
        if len(printed) >= 40:
            break
    process.send_signal(signal.SIGKILL)
    process.wait()
    with Project.open(path) as reopened:
        assert reopened.integrity_check() == "ok"
        memos = {int(m) for m in reopened.decisions(coder="anna", active=False)["memo"]}
    assert set(printed) <= memos
    assert max(memos) <= max(printed) + 1  # at most the one write in flight when killed


def test_two_writers_at_once_never_corrupt(project):
    path = project.path
    writers = [_writer(path, "anna", 0, 60), _writer(path, "bram", 1000, 60)]
    for writer in writers:
        writer.communicate(timeout=300)
        assert writer.returncode == 0
    with Project.open(path) as reopened:
        assert reopened.integrity_check() == "ok"
        log = reopened.decisions(active=False)
        assert (log.groupby("coder").size() == 60).all() and set(log["coder"]) == {"anna", "bram"}
        assert log["batch"].is_unique  # batch ids handed out inside the write lock
