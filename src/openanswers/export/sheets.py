"""Tables as they leave the tool for a spreadsheet: the one CSV writer and the one way XLSX cells
are made. A text from the data never becomes a formula and never splits a row.

CSV: every field holding a line break (CR or LF, alone or paired), a quote or the delimiter is
quoted (RFC 4180, CRLF line ends), and a formula start is neutralised with an apostrophe at the
start of the cell *and* after every line break, so even a reader that splits rows on a bare CR
finds no formula. :func:`restore_cell` undoes exactly that, so texts round-trip.

XLSX: a cell is a typed text cell (``data_type`` "s", quote prefix): Excel and LibreOffice show
``=SUM(A1)`` as the text it is, without a visible apostrophe.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import pandas as pd

# A cell starting with one of these is run as a formula by Excel, LibreOffice or Google Sheets
# (OWASP "CSV injection"); a leading apostrophe makes it plain text.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Control characters XML 1.0 forbids: XLSX and DOCX writers refuse them, and they carry nothing a
# reader could see. The raw answer keeps them in run.sqlite and in CSV; XML copies go without.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# A line start (cell start, or just after CR or LF) followed by apostrophes and a formula start.
# Adding one apostrophe is undone by removing one, so the mapping is exact in both directions.
_LINE_FORMULA = re.compile(r"(?:^|(?<=[\r\n]))('*[=+\-@\t\r])")
_LINE_RESTORE = re.compile(r"(?:^|(?<=[\r\n]))'('*[=+\-@\t\r])")


def xml_clean(value):
    """``value`` without the control characters XML cannot hold; non-text values pass unchanged."""
    return XML_ILLEGAL.sub("", value) if isinstance(value, str) else value


def neutralise(value):
    """``value`` made safe for a spreadsheet cell or XML document; non-text values pass unchanged."""
    if not isinstance(value, str):
        return value
    value = XML_ILLEGAL.sub("", value)
    return "'" + value if value.startswith(FORMULA_START) else value


def neutralise_frame(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(neutralise)
    out.columns = [neutralise(str(c)) for c in out.columns]
    return out


def csv_cell(value) -> str:
    """A value as a CSV field's text: formula starts neutralised at the start of every line."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalars
        value = value.item()
    text = value if isinstance(value, str) else str(value)
    return _LINE_FORMULA.sub(r"'\1", text)


def restore_cell(text: str) -> str:
    """The text :func:`csv_cell` was given: one apostrophe less before each neutralised line."""
    return _LINE_RESTORE.sub(r"\1", text)


def write_csv_rows(path: str | Path, header: Sequence, rows: Iterable[Sequence], *, bom: bool = False) -> Path:
    """Write ``header`` and ``rows`` to ``path`` as RFC 4180 CSV through :func:`csv_cell`.

    ``bom=True`` writes a byte-order mark: Excel then opens the file as UTF-8 (é, ‘…’ intact)."""
    path = Path(path)
    with path.open("w", newline="", encoding="utf-8-sig" if bom else "utf-8") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow([csv_cell(str(c)) for c in header])
        for row in rows:
            writer.writerow([csv_cell(v) for v in row])
    return path


def write_csv(frame: pd.DataFrame, path: str | Path, *, bom: bool = False) -> Path:
    """Every CSV openanswers writes goes through here (answers.csv, quote lists, codes, reports)."""
    return write_csv_rows(path, list(frame.columns), frame.itertuples(index=False, name=None), bom=bom)


def read_csv_rows(path: str | Path) -> list[list[str]]:
    """Rows of a CSV written by :func:`write_csv`, texts restored (header included)."""
    from ..ingest.readers import allow_long_fields

    allow_long_fields()
    with Path(path).open(newline="", encoding="utf-8-sig") as handle:
        return [[restore_cell(cell) for cell in row] for row in csv.reader(handle)]


def xlsx_cell(sheet, value):
    """A value for ``sheet.append``: text as a typed text cell, never a formula; numbers as they are.

    Works for normal and write-only worksheets (openpyxl appends ``Cell`` objects to both)."""
    from openpyxl.cell import WriteOnlyCell

    if hasattr(value, "item") and not isinstance(value, str):
        value = value.item()
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if not isinstance(value, str):
        return value
    text = XML_ILLEGAL.sub("", value)
    if not text.startswith(FORMULA_START):
        return text
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"  # openpyxl would store "=…" as a formula
    cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
    return cell


def xlsx_row(sheet, values: Iterable) -> list:
    return [xlsx_cell(sheet, v) for v in values]
