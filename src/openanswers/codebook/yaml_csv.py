"""Codebooks as YAML (the primary, hand-written format) and CSV (one row per code, for spreadsheets).

Both report bad input as :class:`InputError` with the file, the line (YAML) or spreadsheet row
(CSV, header = row 1) and the field. A GUID is written only where it differs from the one derived
from codebook name and code id, so hand-written files stay clean and round trips stay lossless.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError
from .model import ID_PATTERN, Code, Codebook, derived_guid

FIELDS = ("id", "label", "definition", "parent", "include", "exclude", "examples", "guid", "color")
LIST_FIELDS = ("include", "exclude", "examples")
TOP_FIELDS = ("name", "version", "description", "codes")


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that remembers the line of each mapping, so errors can name it."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict:
    mapping = yaml.SafeLoader.construct_mapping(loader, node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def read_yaml(path: str | Path) -> Codebook:
    """Read a YAML codebook: top-level name, version, description, codes: [{id, label, ...}]."""
    path = Path(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(f"not valid YAML: {getattr(exc, 'problem', exc)}", path=path, row=mark.line + 1 if mark else None) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read codebook: {exc}", path=path) from exc
    if not isinstance(data, dict):
        raise InputError("a codebook is a mapping with name, version and codes", path=path, row=1)
    unknown = sorted(set(data) - set(TOP_FIELDS) - {"__line__"})
    if unknown:
        raise InputError(f"unknown field {unknown[0]!r}; expected one of {', '.join(TOP_FIELDS)}", path=path, row=1, column=unknown[0])
    codes_data = data.get("codes") or []
    if not isinstance(codes_data, list):
        raise InputError("'codes' must be a list of codes", path=path, row=data["__line__"], column="codes")
    name = _text(data.get("name"), path, 1, "name") or path.stem
    codes = [_code(entry, path, entry.get("__line__") if isinstance(entry, dict) else None, name) for entry in codes_data]
    return Codebook(
        name=name,
        version=_text(data.get("version"), path, 1, "version"),
        codes=codes,
        description=_text(data.get("description"), path, 1, "description"),
    )


def write_yaml(codebook: Codebook, path: str | Path) -> None:
    """Write a codebook as YAML, fields in a fixed order and empty fields left out."""
    data: dict[str, Any] = {"name": codebook.name, "version": codebook.version}
    if codebook.description:
        data["description"] = codebook.description
    data["codes"] = [_code_dict(c, codebook.name) for c in codebook]
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    Path(path).write_text(text, encoding="utf-8")


def read_csv(path: str | Path) -> Codebook:
    """Read a CSV codebook: one row per code; include, exclude and examples separated by ``;``
    (a literal ``;`` inside an item is written ``\\;``). The codebook name is the file name."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read codebook: {exc}", path=path) from exc
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    for required in ("id", "label"):
        if required not in header:
            raise InputError(f"missing column {required!r}", path=path, row=1, column=required)
    unknown = [h for h in header if h not in FIELDS]
    if unknown:
        raise InputError(f"unknown column {unknown[0]!r}; expected {', '.join(FIELDS)}", path=path, row=1, column=unknown[0])
    name = path.stem
    codes = []
    for row_number, row in enumerate(reader, start=2):
        if None in row:
            raise InputError("more cells than columns", path=path, row=row_number)
        entry: dict[str, Any] = {k: v for k, v in row.items() if v not in (None, "")}
        for key in LIST_FIELDS:
            entry[key] = split_list(entry.get(key, ""))
        codes.append(_code(entry, path, row_number, name))
    return Codebook(name=name, codes=codes)


def write_csv(codebook: Codebook, path: str | Path) -> None:
    """Write one row per code (see :func:`read_csv`)."""
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    for code in codebook:
        row = _code_dict(code, codebook.name)
        writer.writerow({k: join_list(v) if k in LIST_FIELDS else v for k, v in row.items()})
    Path(path).write_text(buffer.getvalue(), encoding="utf-8")


def split_list(cell: str) -> list[str]:
    """``"a; b\\;c"`` -> ``["a", "b;c"]``."""
    items = re.split(r"(?<!\\);", cell)
    return [item.replace("\\;", ";").strip() for item in items if item.strip()]


def join_list(items: list[str]) -> str:
    return "; ".join(item.replace(";", "\\;") for item in items)


def _code(entry: Any, path: Path, row: int | None, codebook_name: str) -> Code:
    if not isinstance(entry, dict):
        raise InputError("each code is a mapping with at least id and label", path=path, row=row)
    unknown = sorted(set(entry) - set(FIELDS) - {"__line__"})
    if unknown:
        raise InputError(f"unknown field {unknown[0]!r}; expected one of {', '.join(FIELDS)}", path=path, row=row, column=unknown[0])
    code_id = _text(entry.get("id"), path, row, "id")
    if not code_id:
        raise InputError("code has no id", path=path, row=row, column="id")
    if not ID_PATTERN.match(code_id):
        raise InputError(f"code id {code_id!r} may hold only letters, digits, '_', '.' and '-'", path=path, row=row, column="id")
    label = _text(entry.get("label"), path, row, "label")
    if not label:
        raise InputError(f"code {code_id!r} has no label", path=path, row=row, column="label")
    lists = {key: _list(entry.get(key), path, row, key) for key in LIST_FIELDS}
    color = _text(entry.get("color"), path, row, "color") or None
    if color is not None and not re.fullmatch(r"#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})", color):
        raise InputError(f"colour {color!r} is not #RRGGBB", path=path, row=row, column="color")
    return Code(
        id=code_id,
        label=label,
        definition=_text(entry.get("definition"), path, row, "definition"),
        parent=_text(entry.get("parent"), path, row, "parent") or None,
        guid=_text(entry.get("guid"), path, row, "guid") or derived_guid(codebook_name, code_id),
        color=color,
        **lists,
    )


def _code_dict(code: Code, codebook_name: str) -> dict[str, Any]:
    row: dict[str, Any] = {"id": code.id, "label": code.label}
    if code.definition:
        row["definition"] = code.definition
    if code.parent is not None:
        row["parent"] = code.parent
    for key in LIST_FIELDS:
        if getattr(code, key):
            row[key] = list(getattr(code, key))
    if code.guid != derived_guid(codebook_name, code.id):
        row["guid"] = code.guid
    if code.color:
        row["color"] = code.color
    return row


def _text(value: Any, path: Path, row: int | None, column: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool) or isinstance(value, (dict, list)):
        raise InputError(f"{column!r} must be text, not {type(value).__name__}", path=path, row=row, column=column)
    return str(value).strip()


def _list(value: Any, path: Path, row: int | None, column: str) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or any(isinstance(v, (dict, list)) or v is None for v in value):
        raise InputError(f"{column!r} must be a list of texts", path=path, row=row, column=column)
    return [str(v) for v in value]
