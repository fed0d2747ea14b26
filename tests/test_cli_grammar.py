"""The command line's grammar: verb then noun, shared options declared once, the old name of a
renamed command kept working; run in-process through the console entry point."""

from __future__ import annotations


import pandas as pd
import pytest
import typer

from conftest import NVI, ROOT
from openanswers import schema
from openanswers.cli import app, options

CODEBOOK = ROOT / "codebooks" / "wlz_zorgcontractering.yaml"
CLI = typer.main.get_command(app)
READ = ("--text", "--id", "--closed", "--question", "--group", "--sheet")


def _options(*path: str) -> dict[str, object]:
    command = CLI
    for name in path:
        command = command.commands[name]
    return {p.opts[0]: p for p in command.params if p.param_type_name == "option"}


def test_run_and_init_read_input_with_the_same_options():
    run, init = _options("run"), _options("init")
    for name in READ:
        assert (run[name].help, run[name].multiple) == (init[name].help, init[name].multiple), name
    assert _options("codebook", "check")["--text"].help == run["--text"].help
    for path in (("export", "report"), ("export", "quotes"), ("export", "codes")):
        assert _options(*path)["--pseudonymise"].help == run["--pseudonymise"].help, path
    for path in (("export", "report"), ("export", "quotes")):
        assert _options(*path)["--organisations"].help == run["--organisations"].help, path


def test_read_input_splits_several_text_columns(tmp_path):
    one = options.read_input(NVI, ["vraag"], group=["sectie"])
    assert len(one) == 195 and "sectie" in one.columns and set(one[schema.RANK]) == {1}
    table = pd.DataFrame({"id": ["a", "b"], "speerpunt 1": ["Tarieven omhoog", "Minder regels"],
                          "speerpunt 2": ["Meer personeel", ""]})
    table.to_csv(tmp_path / "s.csv", index=False)
    several = options.read_input(tmp_path / "s.csv", ["speerpunt 1", "speerpunt 2"], id="id")
    assert several[schema.RANK].tolist() == [1, 2, 1, 2]
    assert several[schema.TEXT].tolist() == ["Tarieven omhoog", "Meer personeel", "Minder regels", ""]


def test_export_is_one_group_and_codes_export_a_hidden_alias():
    assert set(CLI.commands["export"].commands) == {"quotes", "report", "codes"}
    assert CLI.commands["codes"].hidden
    assert "codes" not in [name for name, c in CLI.commands.items() if not c.hidden]


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    from openanswers.codebook import read_codebook
    from openanswers.ingest import read_answers
    from openanswers.project import create_project

    path = tmp_path_factory.mktemp("grammar") / "p.oaproj"
    with create_project(path, read_answers(NVI, text="vraag"), read_codebook(CODEBOOK)) as created:
        created.record(created.answers()[schema.ID].iloc[0], ["tarieven"], coder="anna")
    return path


def test_export_codes_writes_with_out_or_a_second_argument(project, tmp_path, openanswers_main):
    assert openanswers_main("export", "codes", project, "--out", tmp_path / "a.csv")[0] == 0
    assert openanswers_main("export", "codes", project, tmp_path / "b.csv")[0] == 0
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    assert "anna" in pd.read_csv(tmp_path / "a.csv")["coder"].tolist()
    status, _, err = openanswers_main("codes", "export", project, tmp_path / "c.csv")
    assert status == 0 and err.splitlines()[0] == "openanswers: `codes export` is now `export codes`; the old name will go."
    assert (tmp_path / "c.csv").read_bytes() == (tmp_path / "a.csv").read_bytes()


def test_export_codes_wants_the_target_once(project, tmp_path, openanswers_main):
    for args in ([], [tmp_path / "x.csv", "--out", tmp_path / "y.csv"]):
        status, _, err = openanswers_main("export", "codes", project, *args)
        assert status == 2 and "OUT" in err and "Traceback" not in err
    assert not (tmp_path / "x.csv").exists() and not (tmp_path / "y.csv").exists()
