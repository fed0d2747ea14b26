"""The third to seventh held-out pseudonymisation sets: each rebuilds byte-identical, every span marks
the piece it was made for (the fourth's to seventh's README counts, registers and written forms are
checked too)."""

from __future__ import annotations

import importlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
SETS = (3, 4, 5, 6, 7)
DOCUMENTED = (4, 5, 6, 7)  # sets whose README has the per-kind table and whose registers are listed below
REGISTERS = {
    4: ("Aanwezig:", "zoals", "• ", "– ", "1.", "Contactpersion", "Locatei", "Allé", "Our contact person", "\n"),
    5: ("I: ", "R: ", "[10:42]", "@", "#wlz", "😡", "“", "‘", "–", "▪", "Groepsapp", "zie mail van", "\t", "<"),
    6: ("Van:", "CC:", "Besluitenlijst", ";", "😤", "[1]", "Int.:", "transcriptie", "Ten dele, want", "top drie",
        "I am working", "P.O. Box", "\n> ", "nul zes", "i.o.v.", "Contacten:", "WIJ ZIJN"),
    7: ("(actie:", "Kind regards", "Sent from my phone", "toestel", "Wy ha", "Ten dele, want", "top drie", "1)",
        "Huis 3", "-overleg", "MIC-melding", "+", "Naam:", "Postcode/huisnr"),
}
LONG = {4: 10, 5: 3, 6: 3, 7: 3}  # answers of 80 words or more


def data(number: int) -> Path:
    return BENCH / "data" / f"pseudonymise_heldout{number}.jsonl"


@pytest.fixture(scope="module", params=SETS)
def number(request):
    return request.param


@pytest.fixture(scope="module")
def generator(number):
    sys.path.insert(0, str(BENCH))
    try:
        yield importlib.import_module(f"make_pseudonymise_heldout{number}")
    finally:
        sys.path.remove(str(BENCH))


def load(number: int) -> list[dict]:
    return [json.loads(line) for line in data(number).read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def records(number):
    return load(number)


def test_committed_file_equals_a_fresh_seeded_build(generator, number):
    assert data(number).read_text(encoding="utf-8") == generator.dump(generator.build())


def test_another_seed_gives_another_set(generator, number):
    assert generator.dump(generator.build(seed=1)) != data(number).read_text(encoding="utf-8")


def test_a_span_off_by_one_or_untrimmed_stops_the_build(generator):
    record = {"source": "x", "text": "Bel Jan nu", "spans": []}
    with pytest.raises(SystemExit, match="bad span"):
        generator.check(record, [[4, 8, "NAAM", "Jan"]])
    with pytest.raises(SystemExit, match="bad span"):
        generator.check(record, [[3, 7, "NAAM", " Jan"]])
    with pytest.raises(SystemExit, match="bad span"):
        generator.check(record, [[4, 7, "NAAM", "Jan"], [5, 7, "NAAM", "an"]])


def test_spans_are_sane(records, generator):
    for r in records:
        last = 0
        for start, end, kind in r["spans"]:
            piece = r["text"][start:end]
            assert kind in generator.KINDS and piece and piece == piece.strip() and start >= last, (r["source"], piece)
            last = end


def test_numbers_are_valid_where_a_check_exists(records):
    def digits(piece):
        return re.sub(r"\D", "", piece)

    for r in records:
        for start, end, kind in r["spans"]:
            piece = r["text"][start:end]
            if kind == "BSN":
                d = [int(c) for c in digits(piece)]
                assert len(d) == 9 and (sum(x * w for x, w in zip(d, range(9, 1, -1))) - d[8]) % 11 == 0, piece
            elif kind == "IBAN":
                iban = piece.replace(" ", "").upper()
                assert int("".join(str(int(c, 36)) for c in iban[4:] + iban[:4])) % 97 == 1, piece
            elif kind in ("KVK", "AGB"):
                assert len(digits(piece)) == 8, piece
            elif kind == "POSTCODE":
                assert re.fullmatch(r"[1-9]\d{3}[ -]{0,2}[A-Za-z]{2}", piece), piece


def test_sizes_and_types_match_the_brief(records):
    types = Counter(r["type"] for r in records)
    kinds = Counter(k for r in records for *_, k in r["spans"] if k != "control")
    assert types["clean"] == 200 and 90 <= types["tricky"] <= 110 and types["planted"] >= 300
    assert 480 <= sum(kinds.values()) <= 600 and 0.35 <= kinds["NAAM"] / sum(kinds.values()) <= 0.45
    assert len(kinds) == 14
    assert all(not r["spans"] for r in records if r["type"] == "clean")
    assert all(r["spans"] and {k for *_, k in r["spans"]} == {"control"} for r in records if r["type"] == "tricky")
    assert all(any(k != "control" for *_, k in r["spans"]) for r in records if r["type"] == "planted")
    assert len({r["text"] for r in records}) == len(records)


@pytest.mark.parametrize("documented", DOCUMENTED)
def test_every_register_the_brief_asks_for_is_there(documented):
    records = load(documented)
    texts = [r["text"] for r in records if r["type"] == "planted"]
    long_ones = [t for t in texts if len(re.findall(r"\w+", t)) >= 80]
    assert len(long_ones) >= LONG[documented]
    for cue in REGISTERS[documented]:
        assert any(cue.lower() in t.lower() for t in texts), cue


@pytest.mark.parametrize("documented", DOCUMENTED)
def test_names_take_many_written_forms(documented):
    records = load(documented)
    names = [r["text"][s:e] for r in records for s, e, k in r["spans"] if k == "NAAM"]
    assert sum(n.islower() for n in names) >= 10 and sum(n.isupper() for n in names) >= 10
    assert sum(" " not in n for n in names) >= 80  # a single word: a bare first name or a surname
    assert sum(bool(re.match(r"(?:[A-Z]\.? ?){1,3} ", n)) for n in names) >= 10  # initials
    assert sum("-" in n or "–" in n for n in names) >= 10  # double surnames and Henk-Jan


@pytest.mark.parametrize("documented", DOCUMENTED)
def test_readme_counts_match_the_set(documented):
    records = load(documented)
    readme = (BENCH / "data" / f"pseudonymise_heldout{documented}.md").read_text(encoding="utf-8")
    kinds = Counter(k for r in records for *_, k in r["spans"])
    types = Counter(r["type"] for r in records)
    rows = re.findall(r"^\| ([A-Z-]+) \| (\d+)", readme, re.M)
    assert len(rows) == 14 and all(kinds[kind] == int(n) for kind, n in rows), rows
    assert all(types[t] == int(n) for t, n in re.findall(r"^\| (planted|tricky|clean) \| (\d+) \|", readme, re.M))
    assert f"{len(records)} answers" in readme and f"{sum(kinds.values()) - kinds['control']} planted identifiers" in readme


def test_the_fifth_set_splits_identifiers_and_opens_answers_with_them():
    records = load(5)
    pieces = [(r["text"][s:e], s, k) for r in records for s, e, k in r["spans"] if k != "control"]
    assert any("\n" in piece for piece, _, _ in pieces)  # an identifier broken over a line
    assert len({k for _, start, k in pieces if start == 0}) >= 6  # identifiers of many kinds open an answer


@pytest.mark.parametrize("documented, templates", [(6, 120), (7, 100)])
def test_the_newer_sets_take_names_from_every_source_they_name(documented, templates):
    sys.path.insert(0, str(BENCH))
    try:
        assert len(importlib.import_module(f"make_pseudonymise_heldout{documented}").TEMPLATES) >= templates
    finally:
        sys.path.remove(str(BENCH))
    records = load(documented)
    names = " ".join(r["text"][s:e].lower() for r in records for s, e, k in r["spans"] if k == "NAAM")
    for dump in sorted((BENCH / "data" / f"heldout{documented}_sources").glob("*.txt")):
        listed = {line.lower() for line in dump.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"}
        assert any(word in listed for word in re.findall(r"[^\W\d_]+", names)), dump.name
