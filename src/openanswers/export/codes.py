"""Coded answers as a table (CSV, XLSX) or a REFI-QDA project (.qdpx), through the export gate."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .. import schema
from ..errors import InputError
from .sheets import write_csv, xlsx_row
from ..project.store import AUTO_CODER

COLUMNS = ["id", "coder", "codes", "labels", "sources", "confidence", "memo", "closed", "text"]


def codes_frame(project, *, pseudonymise: bool = True, include_auto: bool = True) -> pd.DataFrame:
    """One row per (answer, coder): the codes (ids and labels, ``;``-separated), their sources
    and lowest confidence, the memo, the closed answer and the pseudonymised text (raw otherwise:
    :func:`write_codes` makes the cells formula-safe for the format it writes)."""
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
    return frame.reset_index(drop=True)


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
            write_csv(frame, path, bom=True)
        else:
            _write_xlsx(frame, path)
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror or exc}", path=path) from exc
    return path


def _write_xlsx(frame: pd.DataFrame, path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("codes")
    sheet.append(xlsx_row(sheet, frame.columns))
    for row in frame.itertuples(index=False, name=None):
        sheet.append(xlsx_row(sheet, row))
    workbook.save(path)
