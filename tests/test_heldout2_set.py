"""The second held-out pseudonymisation set: rebuilds byte-identical, spans mark what they claim, numbers are valid."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
DATA = BENCH / "data" / "pseudonymise_heldout2.jsonl"


@pytest.fixture(scope="module")
def records():
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def generator():
    sys.path.insert(0, str(BENCH))
    try:
        import make_pseudonymise_heldout2

        yield make_pseudonymise_heldout2
    finally:
        sys.path.remove(str(BENCH))


def test_committed_file_is_a_fresh_seeded_build(generator):
    assert DATA.read_text(encoding="utf-8") == generator.dump(generator.build())


def test_a_span_off_by_one_stops_the_build(generator):
    record = {"source": "x", "text": "Bel Jan nu", "spans": [[4, 8, "NAAM"]]}
    with pytest.raises(SystemExit, match="bad span"):
        generator.check(record, [[4, 8, "NAAM", "Jan"]])


def test_spans_are_trimmed_ordered_and_of_known_kinds(records, generator):
    for r in records:
        last = 0
        for start, end, kind in r["spans"]:
            piece = r["text"][start:end]
            assert kind in generator.KINDS and piece and piece == piece.strip() and start >= last, (r["source"], piece)
            last = end


def test_sizes_match_the_brief(records):
    types = Counter(r["type"] for r in records)
    kinds = Counter(k for r in records for *_, k in r["spans"] if k != "control")
    assert types["clean"] == 200 and 90 <= types["tricky"] <= 120 and types["planted"] >= 250
    assert 450 <= sum(kinds.values()) <= 600 and kinds["NAAM"] / sum(kinds.values()) >= 0.35
    assert all(not r["spans"] for r in records if r["type"] == "clean")
    assert all(r["spans"] and {k for *_, k in r["spans"]} == {"control"} for r in records if r["type"] == "tricky")
    assert len({r["text"] for r in records}) == len(records)


def test_numbers_are_valid(records):
    for r in records:
        for start, end, kind in r["spans"]:
            value = re.sub(r"[ .]", "", r["text"][start:end]).upper()
            if kind == "BSN":
                d = [int(c) for c in value]
                assert len(d) == 9 and (sum(w * x for w, x in zip(range(9, 1, -1), d)) - d[8]) % 11 == 0, value
            elif kind == "IBAN":
                moved = value[4:] + value[:4]
                assert int("".join(str(int(c, 36)) for c in moved)) % 97 == 1, value
            elif kind in ("KVK", "AGB"):
                assert re.fullmatch(r"\d{8}", value.replace("-", "")), value
