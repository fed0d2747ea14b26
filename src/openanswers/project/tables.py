"""Coded answers as a table (CSV, XLSX) or a REFI-QDA project (.qdpx), through the export gate."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .. import schema
from ..errors import InputError
from .store import AUTO_CODER

COLUMNS = ["id", "coder", "codes", "labels", "sources", "confidence", "memo", "closed", "text"]


def codes_frame(project, *, pseudonymise: bool = True, include_auto: bool = True) -> pd.DataFrame:
    """One row per (answer, coder): the codes (ids and labels, ``;``-separated), their sources
    and lowest confidence, the memo, the closed answer and the pseudonymised, formula-safe text."""
    from ..export.safety import neutralise_frame
    from .qdpx import _scrubber

    codebook = project.codebook()
    labels = {c.id: c.label for c in codebook}
    decisions = project.decisions()
    if not include_auto:
        decisions = decisions[decisions["coder"] != AUTO_CODER]
    clean = _scrubber(pseudonymise)
    raw = project.answers()
    answers = clean.frame(raw).set_index(pd.Index(raw[schema.ID].tolist()))  # every field gated, found by raw id
    order = {public: i for i, public in enumerate(answers[schema.ID])}
    rows = []
    for (answer_id, coder), group in decisions.groupby(["answer_id", "coder"], sort=False):
        codes = [c for c in group["code_id"] if isinstance(c, str)]
        memos = [m for m in dict.fromkeys(group["memo"]) if isinstance(m, str) and m]
        rows.append({
            "id": answers.loc[answer_id, schema.ID], "coder": coder, "codes": "; ".join(codes),
            "labels": "; ".join(labels.get(c, c) for c in codes),
            "sources": "; ".join(dict.fromkeys(group.loc[group["code_id"].notna(), "source"])),
            "confidence": group["confidence"].min(), "memo": clean("\n".join(memos)),
            "closed": clean(answers.loc[answer_id, schema.CLOSED]), "text": clean(answers.loc[answer_id, schema.TEXT]),
        })
    frame = pd.DataFrame(rows, columns=COLUMNS)
    frame = frame.sort_values(["id", "coder"], key=lambda s: s.map(order) if s.name == "id" else s, kind="stable")
    return neutralise_frame(frame.reset_index(drop=True))


def write_codes(project, path: str | Path, *, pseudonymise: bool = True, include_auto: bool = True) -> Path:
    """Write the codes as .csv, .xlsx or .qdpx (the extension decides)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".qdpx":
        from .qdpx import write_qdpx

        return write_qdpx(project, path, pseudonymise=pseudonymise, include_auto=include_auto)
    if suffix not in (".csv", ".xlsx"):
        raise InputError(f"unknown export format {suffix!r}; use .csv, .xlsx or .qdpx", path=path)
    frame = codes_frame(project, pseudonymise=pseudonymise, include_auto=include_auto)
    try:
        if suffix == ".csv":
            frame.to_csv(path, index=False, encoding="utf-8-sig")
        else:
            frame.to_excel(path, index=False, sheet_name="codes")
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror or exc}", path=path) from exc
    return path
