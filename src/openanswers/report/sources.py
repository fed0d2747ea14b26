"""What a report is made from: a run, the codes of its answers, and the other waves of its project."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Source:
    """A run (``result``, a RunResult), and optionally: the codes of each answer (labels), their
    order for tables, code id → label (so ``--code`` takes either), and the runs of every wave
    of the project, oldest first (for the trend table)."""

    result: object
    codes: Mapping[str, Sequence[str]] | None = None
    name: str | None = None
    code_order: list[str] = field(default_factory=list)
    code_names: dict[str, str] = field(default_factory=dict)
    waves: list[tuple[str, object]] = field(default_factory=list)


def load_source(path: str | Path, *, wave: str | None = None, include_auto: bool = False) -> Source:
    """A report's source from a run folder or a project file: the (reviewed) run of ``wave`` or
    the newest one, every code its answers have (hand codes, review codes; the auto-coder's with
    ``include_auto``) and, for a project with several waves, each wave's current run."""
    from ..project.codes import answer_codes, code_labels, code_order, codes_by_answer
    from ..project.runs import is_legacy, load_run, store_path, waves
    from ..project.store import Project

    result = load_run(path, wave=wave)
    target = store_path(path)
    project = None if is_legacy(target) else Project.open(target)
    try:
        table = answer_codes(result, project, include_auto=include_auto)
        order = code_order(project, table)
        names = code_labels(project)
    finally:
        if project is not None:
            project.close()
    known = waves(target)
    current = str(result.info.get("wave", "") or "")
    if current in known:  # the trend runs up to the wave reported on
        known = known[: known.index(current) + 1]
    runs = [(w, result if w == current else load_run(target, wave=w)) for w in known] if len(known) > 1 else []
    return Source(result, codes=codes_by_answer(table) or None, name=str(path), code_order=order,
                  code_names=names, waves=runs)
