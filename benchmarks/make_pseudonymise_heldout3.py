"""Build the third held-out pseudonymisation set, benchmarks/data/pseudonymise_heldout3.jsonl.

Written apart from openanswers.privacy and from the two earlier sets: own templates
(benchmarks/_heldout3_templates.py), names from Statbel (via @zxcvbn-ts/language-nl-be), chance's
Dutch lists, the Polish PESEL lists and a hand-written list (benchmarks/data/heldout3_sources/).
Seeded; the build runs twice and stops unless both runs are byte-identical, and every span is checked
against the piece it was made for. See benchmarks/data/pseudonymise_heldout3.md.

    python benchmarks/make_pseudonymise_heldout3.py [--check]
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _heldout3_fillers import Fillers  # noqa: E402
from _heldout3_templates import CLEAN_CLOSINGS, CLEAN_OPENINGS, CLEAN_SENTENCES, PLANTED, TRICKY  # noqa: E402

OUT = HERE / "data" / "pseudonymise_heldout3.jsonl"
SEED = 20261130
KINDS = {"NAAM", "ORGANISATIE", "LOCATIE", "E-MAIL", "TELEFOON", "ADRES", "POSTCODE", "POSTBUS", "KVK", "AGB",
         "BSN", "IBAN", "KLANTNUMMER", "URL", "control"}
SLOT = re.compile(r"\{([A-Z][A-Z-]*):(\w+)(?:\|(\w+))?\}|\[\[(.+?)\]\]")
TRICKY_COPIES = 2
N_CLEAN = 200


def _case(text: str, how: str | None) -> str:
    return text.lower() if how == "lower" else text.upper() if how == "upper" else text


def render(template: str, fill: Fillers, how: str | None = None):
    """Fill one template; how = "lower" / "upper" sets the case of the whole answer, piece by piece."""
    text, spans, marks = "", [], []
    pos = 0
    fill.new_answer()
    for m in SLOT.finditer(template):
        text += _case(template[pos:m.start()], how)
        pos = m.end()
        if m.group(4) is not None:
            pieces = [(m.group(4), "control")]
        else:
            kind, variant, slot_case = m.group(1), m.group(2), m.group(3)
            pieces = [(_case(p, slot_case), k) for p, k in fill.slot(kind, variant)]
        for piece, kind in pieces:
            piece = _case(piece, how)
            if kind is not None:
                spans.append([len(text), len(text) + len(piece), kind])
                marks.append([len(text), len(text) + len(piece), kind, piece])
            text += piece
    text += _case(template[pos:], how)
    return text, spans, marks


def check(record: dict, marks: list) -> None:
    """Stop the build on a span that is not exactly its piece, untrimmed, empty, overlapping or of an unknown kind."""
    text, last = record["text"], 0
    for start, end, kind, piece in marks:
        got = text[start:end]
        if got != piece or not piece or piece != piece.strip() or start < last or kind not in KINDS:
            raise SystemExit(f"bad span in {record['source']}: {[start, end, kind]} holds {got!r}, made for {piece!r}")
        last = end


def _record(kind: str, n: int, text: str, spans: list, marks: list) -> dict:
    record = {"type": kind, "source": f"heldout3-{kind[0]}{n:03d}", "text": text, "spans": spans}
    check(record, marks)
    return record


def copies(template: str) -> int:
    """Fills per planted template: fewer for templates with many identifiers, so names stay ~40% of ~500."""
    kinds = [m.group(1) for m in SLOT.finditer(template) if m.group(1) and m.group(1) != "C"]
    if len(kinds) <= 1 or (len(kinds) == 2 and "NAAM" in kinds):
        return 3
    return 2 if len(kinds) <= 3 else 1


def build(seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    fill = Fillers(rng)
    records, seen = [], set()

    def add(kind: str, template: str, how: str | None) -> None:
        for _ in range(20):  # redraw a filled template that repeats an earlier answer
            text, spans, marks = render(template, fill, how)
            if text not in seen:
                break
        else:
            raise SystemExit(f"template keeps repeating itself: {template!r}")
        seen.add(text)
        records.append(_record(kind, sum(r["type"] == kind for r in records), text, spans, marks))

    for how, template in PLANTED:
        for _ in range(copies(template)):
            add("planted", template, how)
    for how, template in TRICKY:
        for _ in range(TRICKY_COPIES):
            add("tricky", template, how)
    n = 0
    while n < N_CLEAN:
        opening = rng.choice(CLEAN_OPENINGS)
        sentences = rng.sample(CLEAN_SENTENCES, rng.choice((1, 1, 2, 3)))
        sentences = [s if i == 0 and opening.endswith((",", "want", "maar")) else s[0].upper() + s[1:]
                     for i, s in enumerate(sentences)]
        parts = [opening] + sentences + ([rng.choice(CLEAN_CLOSINGS)] if rng.random() < 0.3 else [])
        text = " ".join(p for p in parts if p)
        text = text.lower() if rng.random() < 0.08 else text
        if text in seen:
            continue
        seen.add(text)
        records.append(_record("clean", n, text, [], []))
        n += 1
    return records


def dump(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main() -> None:
    first, second = dump(build()), dump(build())
    if first != second:
        raise SystemExit("two builds with the same seed differ: the set is not reproducible")
    if "--check" in sys.argv:
        if OUT.read_text(encoding="utf-8") != first:
            raise SystemExit(f"{OUT} differs from a fresh build")
        print(f"{OUT.name}: identical to a fresh build")
        return
    OUT.write_text(first, encoding="utf-8")
    print(f"wrote {OUT} ({first.count(chr(10))} records)")


if __name__ == "__main__":
    main()
