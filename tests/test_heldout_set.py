"""The held-out pseudonymisation set is well formed: spans fit their text, sizes as documented."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "pseudonymise_heldout.jsonl"
KINDS = {"NAAM", "ORGANISATIE", "LOCATIE", "E-MAIL", "TELEFOON", "ADRES", "POSTCODE", "POSTBUS", "KVK", "AGB", "BSN",
         "IBAN", "KLANTNUMMER", "URL", "control"}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]


def test_spans_are_trimmed_disjoint_and_of_known_kinds(records):
    for r in records:
        spans = sorted(r["spans"])
        for (s, e, kind), nxt in zip(spans, spans[1:] + [[len(r["text"]), None, None]]):
            piece = r["text"][s:e]
            assert kind in KINDS and 0 <= s < e <= nxt[0], (r["source"], piece)
            assert piece == piece.strip() and piece, (r["source"], piece)


def test_sizes_and_record_types(records):
    types = Counter(r["type"] for r in records)
    kinds = Counter(k for r in records for _, _, k in r["spans"])
    assert sum(n for k, n in kinds.items() if k != "control") >= 400
    assert all(kinds[k] >= 10 for k in KINDS)
    assert types["clean"] >= 150 and types["tricky"] >= 60
    assert all(r["spans"] == [] for r in records if r["type"] == "clean")
    assert all({k for _, _, k in r["spans"]} == {"control"} for r in records if r["type"] == "tricky")
    assert all(any(k != "control" for _, _, k in r["spans"]) for r in records if r["type"] == "planted")
    assert len({r["text"] for r in records if r["type"] == "clean"}) == types["clean"]


def test_numbers_are_valid(records):
    """BSNs pass the elfproef and IBANs mod 97, so a checksum-aware recogniser is not let off."""
    for r in records:
        for s, e, kind in r["spans"]:
            digits = re.sub(r"[^0-9A-Za-z]", "", r["text"][s:e]).upper()
            if kind == "BSN":
                assert sum(int(d) * w for d, w in zip(digits, [9, 8, 7, 6, 5, 4, 3, 2, -1])) % 11 == 0, digits
            if kind == "IBAN":
                moved = digits[4:] + digits[:4]
                assert int("".join(str(int(c, 36)) for c in moved)) % 97 == 1, digits
