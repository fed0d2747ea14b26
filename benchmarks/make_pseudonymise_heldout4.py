"""Build the fourth held-out pseudonymisation set, benchmarks/data/pseudonymise_heldout4.jsonl.

Written apart from openanswers.privacy and from the three earlier sets (see pseudonymise_heldout4.md):
own templates (_heldout4_templates.py), own fillers (_heldout4_fillers.py), names from other sources
(_heldout4_names.py, data/heldout4_sources/). Seeded: the same seed gives the same bytes, and the build
runs twice and compares. Every span is checked against the piece it was made for; a bad, untrimmed or
overlapping span stops the build.

    python benchmarks/make_pseudonymise_heldout4.py            # write the set
    python benchmarks/make_pseudonymise_heldout4.py --check    # compare a fresh build with the committed file
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _heldout4_clean as clean  # noqa: E402
from _heldout4_fillers import CONTROLS, FILLERS, VARIANTS  # noqa: E402
from _heldout4_templates import PLANTED, TRICKY  # noqa: E402

OUT = HERE / "data" / "pseudonymise_heldout4.jsonl"
KINDS = {"NAAM", "ORGANISATIE", "LOCATIE", "E-MAIL", "TELEFOON", "ADRES", "POSTCODE", "POSTBUS", "KVK", "AGB", "BSN",
         "IBAN", "KLANTNUMMER", "URL", "control"}
SLOT = re.compile(r"\{(?:(c|v):)?(\w+)\}|\[\[(.+?)\]\]")
PLANTED_USES, TRICKY_USES, N_CLEAN = 2, 2, 200
SEED = 4


def _case(text: str, mode: str | None) -> str:
    """Lower or upper case, one character for one (so offsets hold: "İ".lower() would grow)."""
    if mode is None:
        return text
    out = []
    for c in text:
        t = c.lower() if mode == "lower" else c.upper()
        out.append(t if len(t) == 1 else c)
    return "".join(out)


def render(template: str, rng: random.Random) -> tuple[str, list[list]]:
    """Fill the slots of one template: the text and its spans [start, end, kind, piece]."""
    mode = None
    for m in ("lower", "upper"):
        if template.startswith(f"@{m} "):
            mode, template = m, template[len(m) + 2:]
    text, spans, pos = "", [], 0
    for m in SLOT.finditer(template):
        literal_before = template[pos:m.start()]
        if text.endswith(".") and literal_before.startswith("."):
            literal_before = literal_before[1:]  # "… B.V." ends the sentence: no second full stop
        text += _case(literal_before, mode)
        pos = m.end()
        group, key, literal = m.groups()
        if literal is not None:
            piece, kind, before, after = literal, "control", "", ""
        elif group == "c":
            piece, kind, before, after = rng.choice(CONTROLS[key]), "control", "", ""
        elif group == "v":
            text += _case(rng.choice(VARIANTS[key]), mode)
            continue
        else:
            kind, filler = FILLERS[key]
            before, piece, after = filler(rng)
        before, piece, after = (_case(s, mode) for s in (before, piece, after))
        text += before
        spans.append([len(text), len(text) + len(piece), kind, piece])
        text += piece + after
    tail = template[pos:]
    if text.endswith(".") and tail.startswith("."):
        tail = tail[1:]
    return text + _case(tail, mode), spans


def check(record: dict, spans: list[list]) -> list[list]:
    """Fail loudly on a span that does not mark its piece exactly, is untrimmed, empty or overlaps another."""
    last = 0
    for start, end, kind, piece in spans:
        got = record["text"][start:end]
        if kind not in KINDS or not piece or got != piece or piece != piece.strip() or start < last:
            raise SystemExit(f"bad span in {record['source']}: {start}-{end} {kind} {piece!r} (text has {got!r})")
        last = end
    return [[s, e, k] for s, e, k, _ in spans]


def _clean_text(rng: random.Random) -> str:
    opening = rng.choice(clean.OPENINGS)
    parts = []
    for i, sentence in enumerate(rng.sample(clean.SENTENCES, rng.randint(1, 3))):
        joined_to_opening = i == 0 and not opening.endswith(".")
        first = sentence[0].lower() if joined_to_opening else sentence[0].upper()
        parts.append(first + sentence[1:] + ".")
    closing = rng.choice(clean.CLOSINGS)
    return " ".join(p for p in (opening, *parts, closing) if p)


def build(seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    records, seen = [], set()

    def add(kind: str, source: str, template: str) -> None:
        for _ in range(50):  # redraw the fillers until the text is new
            text, spans = render(template, rng)
            if text not in seen:
                break
        else:
            raise SystemExit(f"{source}: no new text after 50 draws")
        seen.add(text)
        record = {"type": kind, "source": source, "text": text}
        record["spans"] = check(record, spans)
        records.append(record)

    n = 0
    for t, template in enumerate(PLANTED):
        for _ in range(PLANTED_USES):
            add("planted", f"heldout4-p{n:03d}-t{t:03d}", template)
            n += 1
    n = 0
    for t, template in enumerate(TRICKY):
        for _ in range(TRICKY_USES):
            add("tricky", f"heldout4-x{n:03d}-t{t:03d}", template)
            n += 1
    for i in range(N_CLEAN):
        for _ in range(50):
            text = _clean_text(rng)
            if text not in seen:
                break
        seen.add(text)
        records.append({"type": "clean", "source": f"heldout4-c{i:03d}", "text": text, "spans": []})
    return records


def dump(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def summary(records: list[dict]) -> str:
    types = Counter(r["type"] for r in records)
    kinds = Counter(k for r in records for *_, k in r["spans"])
    return " ".join(f"{k}={v}" for k, v in types.items()) + " | " + " ".join(f"{k}={v}" for k, v in kinds.most_common())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare a fresh build with the committed file; write nothing")
    args = parser.parse_args()
    text = dump(build())
    if text != dump(build()):
        raise SystemExit("two builds with the same seed differ")
    if args.check:
        if OUT.read_text(encoding="utf-8") != text:
            raise SystemExit(f"{OUT.name} differs from a fresh build")
        print(f"{OUT.name}: identical to a fresh build")
        return
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({summary(build())})")


if __name__ == "__main__":
    main()
