"""Identifiers in a table pasted into an answer, found by their column's header (issue 15, round 4):

    | Organisatie | KvK      | AGB         |        Naam <tab> Functie <tab> Telefoon
    | Solecura    | 40532711 | 93 01 27 49 |        Arjen Koek <tab> planner <tab> 0318.884.122

A header names what each column holds, so a cell under "KvK", "Naam" or "Locatie" is that kind of
identifier whatever its shape. Rows are lines with cells split by "|", tabs or semicolons (at least two on the line), under a header line
split the same way with at least one known column.
"""

from __future__ import annotations

import re

# Header words (lower case, stripped of ":" and "."), and what a cell under them is.
COLUMNS = {
    "NAAM": ("naam", "name", "contactpersoon", "cliënt", "client", "cliëntnaam", "medewerker", "bewoner", "patiënt",
             "voornaam", "achternaam", "behandelaar", "teamleider", "ingevuld door", "contact", "begeleider"),
    "ORGANISATIE": ("organisatie", "aanbieder", "zorgaanbieder", "instelling", "onderaannemer", "bedrijf", "werkgever",
                    "organisatienaam", "zorgorganisatie"),
    "LOCATIE": ("locatie", "vestiging", "woonlocatie", "locatienaam", "woonvorm"),
    "NUMMER": ("kvk", "kvk-nummer", "agb", "agb-code", "cliëntnummer", "clientnummer", "dossiernummer", "klantnummer",
               "kenmerk", "referentie", "ref", "relatienummer", "bsn"),
    "TELEFOON": ("telefoon", "tel", "telefoonnummer", "mobiel", "gsm", "tel.nr", "telnr"),
    "E-MAIL": ("e-mail", "email", "mail", "e-mailadres", "mailadres"),
    "ADRES": ("adres", "straat", "bezoekadres", "postadres", "postcode", "woonadres"),
    "IBAN": ("iban", "rekeningnummer", "bankrekening"),
}
_KIND = {word: kind for kind, words in COLUMNS.items() for word in words}
_NEEDS_DIGIT = {"NUMMER", "TELEFOON", "IBAN"}
_EMPTY = {"", "-", "–", "nvt", "n.v.t.", "geen", "onbekend", "?", "x", "n/a", "idem", "totaal"}
_CELL = re.compile(r"[^|\t]+")
_RULE = re.compile(r"^[\s|:+-]*$")  # "|---|---|": a Markdown rule line


def _cells(line: str, offset: int, sep: str) -> list[tuple[int, int, str]]:
    """(start, end, stripped text) of each cell; for "|" rows the outer pipes are dropped."""
    cells, pos = [], 0
    parts = line.split(sep)
    if sep == "|" and line.strip().startswith("|"):
        pos = len(parts[0]) + 1
        parts = parts[1:]
    if sep == "|" and line.strip().endswith("|"):
        parts = parts[:-1]
    for part in parts:
        stripped = part.strip()
        start = offset + pos + (len(part) - len(part.lstrip()))
        cells.append((start, start + len(stripped), stripped))
        pos += len(part) + 1
    return cells


def _separator(line: str) -> str | None:
    if "|" in line:
        return "|"
    if "\t" in line:
        return "\t"
    if line.count(";") >= 2:  # a CSV row pasted in: "cliëntnummer;zzp;ingangsdatum"
        return ";"
    return None


def table_cells(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the cells under a known header, in every table of ``text``."""
    if "|" not in text and "\t" not in text and text.count(";") < 4:
        return []
    spans = []
    kinds: list[str | None] | None = None
    sep_now = None
    offset = 0
    for line in text.split("\n"):
        sep = _separator(line)
        if sep is None:
            kinds = None
        elif _RULE.match(line):
            pass
        elif kinds is None or sep != sep_now:
            found = [_KIND.get(cell.lower().rstrip(":.").strip()) for _, _, cell in _cells(line, offset, sep)]
            kinds = found if any(found) else None
            sep_now = sep
        else:
            for (start, end, cell), kind in zip(_cells(line, offset, sep), kinds):
                if kind and cell.lower() not in _EMPTY and (kind not in _NEEDS_DIGIT or any(c.isdigit() for c in cell)):
                    spans.append((start, end, kind))
        offset += len(line) + 1
    return spans
