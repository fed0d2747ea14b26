"""Organisation names from a list: the bundled one (data/organisations.txt) or the user's own."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from ..datafiles import data_path
from ..errors import InputError

BUNDLED = "organisations.txt"
PUBLIC_BODIES = "public_bodies.txt"
SOFTWARE = "software_nl.txt"


def parse_organisations(lines: Iterable[str]) -> list[str]:
    """Names from lines: blank lines and '#' comments dropped, '=' (match case exactly) kept."""
    names = (line.split("#", 1)[0].strip() for line in lines)
    return list(dict.fromkeys(n for n in names if n and n != "="))


def bundled_organisations() -> list[str]:
    return parse_organisations(data_path(BUNDLED).read_text(encoding="utf-8").splitlines())


def public_bodies() -> list[str]:
    """Zorgkantoren, the insurers that run them, regulators and ministries: never replaced."""
    return parse_organisations(data_path(PUBLIC_BODIES).read_text(encoding="utf-8").splitlines())


def software_names() -> list[str]:
    """Software and vendors named in care answers (Nedap, Vecozo, AFAS, Excel): never replaced,
    though a coined vendor name looks like a person's or a care home's to the last-resort rules."""
    return parse_organisations(data_path(SOFTWARE).read_text(encoding="utf-8").splitlines())


# "zorgkantoor Twente", "het zorgkantoor Noord-Holland Noord": a zorgkantoor by its region.
ZORGKANTOOR_REGION = re.compile(r"(?i:zorgkantoor|zorgkantoren)(?:\s+(?:[A-Z][\w'/-]*|'t|en|de)(?=[\s,.;:!?)]|$)){1,4}")


def read_organisations(path: str | Path) -> list[str]:
    """The names in a user's file (one a line), for ``--organisations FILE``."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read organisation list: {exc}", path=path) from exc
    return parse_organisations(text.splitlines())


def compile_organisations(names: Iterable[str]) -> re.Pattern | None:
    """One regex for all names, longest first, on word boundaries; None for an empty list.

    Case is ignored except for names written with a leading '=' ("=Zorg en Zekerheid").
    """
    alternatives = []
    for name in sorted({n.strip() for n in names if n.strip().lstrip("=")}, key=lambda n: (-len(n), n)):
        exact = name.startswith("=")
        body = r"\s+".join(re.escape(w) for w in name.lstrip("=").split())
        alternatives.append(body if exact else f"(?i:{body})")
    if not alternatives:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w]|-\w)")
