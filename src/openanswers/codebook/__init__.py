"""The researcher's codebook: codes with definitions, rules and examples, in YAML, CSV or REFI-QDA.

Example::

    from openanswers.codebook import read_codebook, RuleMatcher, write_codebook
    cb = read_codebook("codebooks/wlz_zorgcontractering.yaml")
    RuleMatcher(cb).match(["Zijn de tarieven kostendekkend?"])   # [{"tarieven": ["tarie*", ...]}]
    write_codebook(cb, "wlz.qdc")                                # for ATLAS.ti, MAXQDA, NVivo, ...
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from .check import CheckReport, check
from .model import Code, Codebook, Problem, derived_guid, validate
from .qdc import codebook_element, codebook_from_element, read_qdc, write_qdc
from .rules import RuleHit, RuleMatcher
from .yaml_csv import read_csv, read_yaml, write_csv, write_yaml

READERS = {".yaml": read_yaml, ".yml": read_yaml, ".csv": read_csv, ".qdc": read_qdc}
WRITERS = {".yaml": write_yaml, ".yml": write_yaml, ".csv": write_csv, ".qdc": write_qdc}


def read_codebook(path: str | Path) -> Codebook:
    """Read a codebook; the format follows the extension (.yaml/.yml, .csv, .qdc)."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise InputError(f"unknown codebook format {path.suffix!r}; use one of {', '.join(READERS)}", path=path)
    if not path.is_file():
        raise InputError("codebook file not found", path=path)
    return reader(path)


def write_codebook(codebook: Codebook, path: str | Path) -> None:
    """Write a codebook; the format follows the extension (.yaml/.yml, .csv, .qdc)."""
    path = Path(path)
    writer = WRITERS.get(path.suffix.lower())
    if writer is None:
        raise InputError(f"unknown codebook format {path.suffix!r}; use one of {', '.join(WRITERS)}", path=path)
    try:
        writer(codebook, path)
    except OSError as exc:
        raise InputError(f"cannot write codebook: {exc.strerror or exc}", path=path) from exc


__all__ = [
    "CheckReport", "Code", "Codebook", "Problem", "RuleHit", "RuleMatcher", "check", "codebook_element", "codebook_from_element",
    "derived_guid", "read_codebook", "read_csv", "read_qdc", "read_yaml", "validate", "write_codebook",
    "write_csv", "write_qdc", "write_yaml",
]
