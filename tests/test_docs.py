"""The docs against the commands, after sqlite-utils' tests/test_docs.py: every command, argument
and option is in docs/cli.md (with an example), and every `openanswers …` line in a code block of
README.md or docs/*.md names a command that exists, with options it has, in a form it parses."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import typer

from openanswers.cli import app

ROOT = Path(__file__).resolve().parents[1]
CLI_DOC = ROOT / "docs" / "cli.md"
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
CLI = typer.main.get_command(app)
# `openanswers` at the start of a shell command: line start, after `&&`, `;` or `|`, or a `$ ` prompt.
INVOCATION = re.compile(r"(?:^|&&|;|\|)\s*(?:\$\s+)?openanswers\s+(.*)$")
FENCE = re.compile(r"^```(.*?)\n(.*?)^```", re.DOTALL | re.MULTILINE)


def commands(group=CLI, path: tuple[str, ...] = (), hidden: bool = False):
    """(path, command) for every leaf command; a group is walked, hidden names only on request."""
    for name, command in group.commands.items():
        if command.hidden and not hidden:
            continue
        if hasattr(command, "commands"):
            yield from commands(command, (*path, name), hidden)
        else:
            yield (*path, name), command


COMMANDS = dict(commands())


def sections(text: str) -> dict[tuple[str, ...], str]:
    """docs/cli.md's sections headed "### `openanswers NAME …`", by command path."""
    parts = re.split(r"^###\s+`openanswers ([^`]+)`\s*$", text, flags=re.MULTILINE)
    return {tuple(name.split()): body for name, body in zip(parts[1::2], parts[2::2])}


def invocations(text: str) -> list[tuple[int, str]]:
    """(line number, arguments) of each `openanswers` command in the Markdown's fenced code
    blocks; a trailing backslash continues the command on the next line."""
    found = []
    for block in FENCE.finditer(text):
        if block.group(1).strip() not in ("", "bash", "sh", "shell", "console"):
            continue
        first = text.count("\n", 0, block.start(2)) + 1
        lines = block.group(2).splitlines()
        i = 0
        while i < len(lines):
            number, line = first + i, lines[i]
            while line.rstrip().endswith("\\") and i + 1 < len(lines):
                i += 1
                line = line.rstrip()[:-1] + " " + lines[i]
            i += 1
            match = INVOCATION.search(line)
            if match:
                found.append((number, match.group(1)))
    return found


def problems(arguments: str) -> list[str]:
    """What is wrong with `openanswers ARGUMENTS`: an unknown or deprecated command, an option the
    command does not have, or (for a line without [optional] placeholders) arguments it rejects."""
    tokens = shlex.split(arguments, comments=True)
    command, path = CLI, []
    while hasattr(command, "commands"):
        if not tokens or tokens[0].startswith("-"):
            return [f"`openanswers {' '.join(path)}` needs a command"]
        name = tokens.pop(0)
        found = command.commands.get(name)
        if found is None:
            return [f"no command `openanswers {' '.join([*path, name])}`"]
        if found.hidden:
            return [f"`openanswers {' '.join([*path, name])}` is a deprecated name"]
        command, path = found, [*path, name]
    known = {"--help"} | {o for p in command.params for o in (*p.opts, *p.secondary_opts) if o.startswith("-")}
    out = []
    for token in tokens:
        option = token.strip("[]").split("=", 1)[0]
        if option.startswith("-") and not re.fullmatch(r"-\d.*", option) and option not in known:
            out.append(f"`openanswers {' '.join(path)}` has no option {option}")
    if not out and "[" not in arguments and "--help" not in tokens:
        try:
            command.make_context(" ".join(path), tokens)
        except Exception as exc:  # click's usage errors: missing or extra arguments, bad values
            out.append(f"`openanswers {' '.join(path)} …` does not parse: {exc}")
    return out


@pytest.fixture(scope="module")
def reference() -> dict[tuple[str, ...], str]:
    return sections(CLI_DOC.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_command_is_documented_with_an_example(reference, path):
    assert path in reference, f"docs/cli.md has no section for `openanswers {' '.join(path)}`"
    examples = [args for _, args in invocations(reference[path])]
    assert any(args.split()[: len(path)] == list(path) for args in examples), f"no example of {' '.join(path)}"


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_arguments_and_options_are_documented(reference, path):
    section = reference.get(path, "")
    for param in COMMANDS[path].params:
        if param.param_type_name == "argument":
            names = [param.metavar or param.name.upper()]
        else:
            names = [*param.opts, *param.secondary_opts]
        for name in names:
            assert re.search(rf"`[^`]*(?<![\w-]){re.escape(name)}(?![\w-])[^`]*`", section), \
                f"docs/cli.md, `openanswers {' '.join(path)}`: {name} is not documented"


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_commands_have_help_with_an_example(path):
    help_text = COMMANDS[path].help or ""
    assert help_text.strip(), f"{' '.join(path)} has no help"
    example = re.search(r"Example: openanswers (.+)", help_text)
    assert example and example.group(1).split()[: len(path)] == list(path), f"{' '.join(path)}: no example in --help"
    assert problems(example.group(1)) == []


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_commands_in_the_docs_exist_and_parse(doc):
    text = doc.read_text(encoding="utf-8")
    found = [f"{doc.name}:{number}: {problem}" for number, args in invocations(text) for problem in problems(args)]
    assert found == []


def test_the_checks_catch_what_they_should():
    """The checker itself: real mistakes are found, placeholders and comments are not mistakes."""
    assert problems("export repot out/ --out r.docx")
    assert problems("export report out/ --out r.docx --colour red")
    assert problems("codes export wlz.oaproj wlz.qdpx")  # works, but the docs use the new name
    assert problems("init wlz.oaproj --answers a.csv")  # --codebook is required
    assert problems("export codes wlz.oaproj a.csv b.csv")  # one argument too many
    assert problems("run survey.csv --themes drie")  # not a number
    assert problems("export report RUN_DIR --out FILE [--format docx|xlsx] [--by COL]") == []
    assert problems("run s.xlsx --no-stability --group sectie -o out/   # comment --nonsense") == []
    block = "text\n```bash\nopenanswers run a.csv \\\n  --group sectie  # x\npip install openanswers\n```\n"
    assert invocations(block) == [(3, "run a.csv    --group sectie  # x")]
    assert len(invocations((ROOT / "README.md").read_text(encoding="utf-8"))) >= 5
