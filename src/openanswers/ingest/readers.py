"""Survey exports (CSV, XLSX, SPSS .sav, JSONL) read into one shape: a table of strings.

Every reader returns a :class:`RawTable`: cell values as text ("" for missing), the row number a
user would look for in the source (spreadsheet row, data line), and per-column labels when the
format has them (SPSS variable labels hold the question text). Types are not guessed here: an open
answer "12" or "-" must reach the analysis exactly as typed.
"""

from __future__ import annotations

import csv
import io
import json
import math
import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from ..errors import InputError

SUFFIXES = {".csv": "csv", ".tsv": "csv", ".txt": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx", ".sav": "sav", ".zsav": "sav", ".jsonl": "jsonl", ".ndjson": "jsonl"}
DELIMITERS = ";,\t|"
HEADER_SCAN_ROWS = 30  # title and note rows above the header in Excel exports stay within this


@dataclass
class RawTable:
    columns: list[str]
    rows: list[list[str]]
    row_numbers: list[int]
    labels: dict[str, str] = field(default_factory=dict)  # column -> question text, where known


def read_table(path: str | Path, *, sheet: str | None = None) -> RawTable:
    path = Path(path)
    if not path.exists():
        raise InputError("file not found", path=path)
    if path.is_dir():
        raise InputError("is a folder, not a survey export", path=path)
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise InputError(f"unsupported file type {path.suffix or '(none)'!r}; use CSV, TSV, XLSX, SPSS .sav or JSONL", path=path)
    if sheet is not None and kind != "xlsx":
        raise InputError("--sheet applies to XLSX files only", path=path)
    table = {"csv": _read_csv, "xlsx": _read_xlsx, "sav": _read_sav, "jsonl": _read_jsonl}[kind](path, sheet)
    table.columns = _unique_headers(table.columns, path)
    return table


def decode(data: bytes, path: Path) -> str:
    """Text of a CSV export: UTF-8 (with or without BOM) first, then what charset detection says.

    Dutch Excel saves CSV as cp1252 ("cliënt" as b"cli\\xebnt"); charset-normalizer tells it apart
    from UTF-8 and Latin-1 more reliably than any rule we would write.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "utf_16", "mac_roman"]).best()
    if best is None:
        raise InputError("cannot detect the text encoding; save it as UTF-8", path=path)
    return str(best)


def _sniff_delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        first = text.splitlines()[0] if text else ""
        counts = {d: first.count(d) for d in DELIMITERS}
        return max(counts, key=counts.get) if max(counts.values()) else ","


def allow_long_fields() -> int:
    """Lift the csv module's field limit (131,072 characters) as far as the platform allows: a
    long answer is an answer (the analysis may cut what it embeds; the answer is never refused)."""
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return limit
        except OverflowError:  # the limit is a C long: 32 bits on Windows
            limit //= 2


def _read_csv(path: Path, _sheet) -> RawTable:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=path) from exc
    text = decode(data, path)
    if not text.strip():
        raise InputError("the file is empty", path=path)
    delimiter = "\t" if path.suffix.lower() == ".tsv" else _sniff_delimiter(text)
    allow_long_fields()
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[list[str]] = []
    numbers: list[int] = []
    try:
        header = next(reader)
        for record in reader:
            if not any(cell.strip() for cell in record):
                continue
            records.append(record)
            numbers.append(reader.line_num)
    except csv.Error as exc:
        raise InputError(f"malformed CSV ({exc}); check the quotes on this line", path=path, row=reader.line_num) from exc
    width = len(header)
    for record, number in zip(records, numbers):
        if len(record) > width and any(cell.strip() for cell in record[width:]):
            raise InputError(
                f"{len(record)} fields where the header has {width} (delimiter {delimiter!r}); an unquoted delimiter in the text?",
                path=path, row=number, column=None,
            )
        record[:] = (record + [""] * width)[:width]
    return RawTable(header, records, numbers)


def _read_xlsx(path: Path, sheet: str | None) -> RawTable:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zipfile, zlib, XML and openpyxl errors alike: the file is damaged
        raise InputError(f"cannot open as XLSX (truncated or not an Excel file): {type(exc).__name__}: {exc}", path=path) from exc
    try:
        if sheet is not None and sheet not in workbook.sheetnames:
            raise InputError(f"no sheet {sheet!r}; sheets: {', '.join(workbook.sheetnames)}", path=path)
        worksheet = workbook[sheet] if sheet is not None else workbook.worksheets[0]
        try:
            cells = [[_cell_text(v) for v in row] for row in worksheet.iter_rows(values_only=True)]
        except Exception as exc:  # a damaged part of the archive shows only when it is read
            raise InputError(f"cannot read sheet {worksheet.title!r} (truncated file?): {type(exc).__name__}: {exc}", path=path) from exc
    finally:
        workbook.close()
    header_index = _header_row(cells)
    if header_index is None:
        raise InputError("no header row found in the first rows of the sheet", path=path)
    header = cells[header_index]
    width = max(i + 1 for i, v in enumerate(header) if v.strip())
    rows, numbers = [], []
    for index in range(header_index + 1, len(cells)):
        row = (cells[index] + [""] * width)[:width]
        if any(v.strip() for v in row):
            rows.append(row)
            numbers.append(index + 1)
    return RawTable(header[:width], rows, numbers)


def _header_row(cells: list[list[str]]) -> int | None:
    """Index of the header: the first row about as wide as the table (titles above it are narrow)."""
    filled = [sum(1 for v in row if v.strip()) for row in cells[:HEADER_SCAN_ROWS]]
    if not filled or max(filled) == 0:
        return None
    widest = max(filled)
    for index, count in enumerate(filled):
        if count >= max(2, 0.6 * widest) or (widest == 1 and count == 1):
            return index
    return None


def _read_sav(path: Path, _sheet) -> RawTable:
    import pyreadstat

    try:
        frame, meta = pyreadstat.read_sav(str(path), apply_value_formats=True, user_missing=False)
    except Exception as exc:  # pyreadstat raises its own ReadstatError and PyreadstatError types
        raise InputError(f"cannot read as SPSS .sav (truncated or damaged?): {exc}", path=path) from exc
    columns = [str(c) for c in frame.columns]
    rows = [[_cell_text(v) for v in record] for record in frame.itertuples(index=False, name=None)]
    labels = {str(k): str(v) for k, v in (meta.column_names_to_labels or {}).items() if v}
    return RawTable(columns, rows, list(range(1, len(rows) + 1)), labels)


def _read_jsonl(path: Path, _sheet) -> RawTable:
    records, numbers, columns = [], [], {}
    try:
        lines = decode(path.read_bytes(), path).splitlines()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=path) from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line, object_pairs_hook=_unique_keys)
        except _DuplicateKey as exc:
            raise InputError("the same key twice in one record; which one holds the answer?", path=path, row=number, column=exc.key) from None
        except json.JSONDecodeError as exc:
            raise InputError(f"malformed JSON ({exc.msg} at character {exc.colno})", path=path, row=number) from exc
        if not isinstance(record, dict):
            raise InputError("each line must be a JSON object", path=path, row=number)
        for key in record:
            columns.setdefault(str(key), None)
        records.append(record)
        numbers.append(number)
    if not records:
        raise InputError("the file has no records", path=path)
    header = list(columns)
    rows = [[_cell_text(r.get(c)) for c in header] for r in records]
    return RawTable(header, rows, numbers)


class _DuplicateKey(ValueError):
    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, object]]) -> dict:
    record = {}
    for key, value in pairs:
        if key in record:
            raise _DuplicateKey(key)
        record[key] = value
    return record


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ") if value.time() != datetime.min.time() else value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _unique_headers(columns: list[str], path: Path) -> list[str]:
    """Header names stripped; unnamed columns numbered. Two columns of one name are refused: the
    tool cannot know which one holds the answer, and a silent rename would hide that."""
    out, seen = [], {}
    for index, name in enumerate(columns):
        name = name.strip().lstrip("\ufeff").strip() or f"kolom_{index + 1}"
        if name in seen:
            raise InputError(f"two columns are named {name!r} (columns {seen[name]} and {index + 1}); rename one",
                             path=path, column=name)
        seen[name] = index + 1
        out.append(name)
    return out
