"""Everything that leaves openanswers leaves through here: pseudonymised and formula-safe."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .safety import FORMULA_START, PublicRun, neutralise, neutralise_frame, public_view, text_gate

__all__ = ["FORMULA_START", "PublicRun", "neutralise", "neutralise_frame", "public_view", "text_gate", "write_outputs"]


def write_outputs(
    result,
    out_dir: str | Path,
    *,
    pseudonymise: bool = True,
    organisations: Iterable[str] | None = None,
    question: str | None = None,
) -> PublicRun:
    """Write themes.json, answers.csv, themes.md and quotes.xlsx for a run into ``out_dir``."""
    from .files import write_contract

    run = public_view(result, pseudonymise=pseudonymise, organisations=organisations)
    write_contract(run, Path(out_dir), run.gate.text(question))  # the heading passes the same gate
    return run
