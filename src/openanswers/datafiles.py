"""The data files shipped in ``openanswers/data``: word lists, name lists, the Dutch pipeline.

One place that knows where they live and how a list file reads (one entry a line, ``#`` starts
a comment line), so that researchers can extend any of them the same way.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable


def data_path(*parts: str) -> Traversable:
    return resources.files("openanswers").joinpath("data", *parts)


def data_lines(name: str) -> list[str]:
    """The entries of a list file: blank lines and lines starting with ``#`` left out."""
    text = data_path(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
