"""Build the sixth held-out pseudonymisation set, benchmarks/data/pseudonymise_heldout6.jsonl.

Written apart from openanswers.privacy, its learned recogniser and the five earlier sets (see
data/pseudonymise_heldout6.md): new templates (_heldout6_templates_a/_b), names from other sources
(data/heldout6_sources/, _heldout6_names), invented organisations, care homes and streets (_heldout6_fillers),
tricky and clean answers (_heldout6_controls). Seeded: the same seed gives the same bytes; the build runs
twice and compares, and checks every span against the piece it was made for.

    python benchmarks/make_pseudonymise_heldout6.py           # write the set
    python benchmarks/make_pseudonymise_heldout6.py --check   # compare with the committed file
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _heldout6_controls import CLEAN_CLOSE, CLEAN_MID, CLEAN_OPEN, CLEAN_PRE, CLEAN_WRITTEN, TAILS, TRICKY  # noqa: E402
from _heldout6_fillers import KIND_OF, Fillers  # noqa: E402
from _heldout6_templates_a import TEMPLATES_A  # noqa: E402
from _heldout6_templates_b import TEMPLATES_B  # noqa: E402

OUT = Path(__file__).resolve().parent / "data" / "pseudonymise_heldout6.jsonl"
KINDS = ("NAAM", "ORGANISATIE", "LOCATIE", "E-MAIL", "TELEFOON", "ADRES", "POSTCODE", "POSTBUS", "KVK", "AGB", "BSN",
         "IBAN", "KLANTNUMMER", "URL", "control")
TEMPLATES = TEMPLATES_A + TEMPLATES_B
SLOT = re.compile(r"\{(\w+)\}|\[\[(.+?)\]\]")
N_PLANTED, N_TRICKY, N_CLEAN = 305, 100, 200


def check(record: dict, spans: list) -> None:
    """Stop the build on a span that does not mark exactly its piece, is untrimmed, empty or overlaps."""
    last = 0
    for start, end, kind, piece in spans:
        got = record["text"][start:end]
        if got != piece or not piece or piece != piece.strip() or start < last or kind not in KINDS:
            raise SystemExit(f"bad span in {record['source']}: [{start}, {end}, {kind}] is {got!r}, made for {piece!r}")
        last = end


def render(template: str, fill: Fillers, source: str) -> dict:
    """Fill every slot of a template; spans are [start, end, kind] of what each slot put in."""
    text, spans, pos = "", [], 0
    for m in SLOT.finditer(template):
        text += template[pos:m.start()]
        slot, literal = m.groups()
        if slot is not None and slot not in KIND_OF:
            raise SystemExit(f"unknown slot {{{slot}}} in {template!r}")
        piece, kind = (literal, "control") if literal is not None else (fill.fill(slot), KIND_OF[slot])
        spans.append([len(text), len(text) + len(piece), kind, piece])
        text += piece
        pos = m.end()
    text += template[pos:]
    record = {"type": "", "source": source, "text": text, "spans": []}
    check(record, spans)
    record["spans"] = [span[:3] for span in spans]
    return record


def n_identifiers(template: str) -> int:
    return sum(1 for slot, _ in SLOT.findall(template) if slot and KIND_OF[slot] != "control")


def uses(rng: random.Random) -> list[int]:
    """Templates with four or more identifiers once, the others twice, and a seeded draw of the light ones
    (at most two identifiers) a third time: the number of planted answers is fixed."""
    base = [1 if n_identifiers(t) >= 4 else 2 for t in TEMPLATES]
    light = [i for i, t in enumerate(TEMPLATES) if n_identifiers(t) <= 2]
    extra = set(rng.sample(light, N_PLANTED - sum(base)))
    return [b + (i in extra) for i, b in enumerate(base)]


def build(seed: int = 0) -> list[dict]:
    rng = random.Random(seed)
    fill, records, seen = Fillers(rng), [], set()

    def add(kind: str, template: str, source: str) -> None:
        for attempt in range(50):  # a draw that repeats an earlier answer is drawn again (a tricky one gets a tail)
            tail = f" {rng.choice(TAILS)}" if attempt and kind == "tricky" else ""
            record = render(template + tail, fill, source)
            if record["text"] not in seen:
                seen.add(record["text"])
                records.append({**record, "type": kind})
                return
        raise SystemExit(f"cannot draw a new answer from {template!r}")

    n = 0
    for t, times in enumerate(uses(rng)):
        for _ in range(times):
            add("planted", TEMPLATES[t], f"heldout6-p{n:03d}-t{t:03d}")
            n += 1
    for k in range(N_TRICKY):
        t = k % len(TRICKY)
        add("tricky", TRICKY[t], f"heldout6-k{k:03d}-t{t:03d}")
    for c, text in enumerate(CLEAN_WRITTEN):
        seen.add(text)
        records.append({"type": "clean", "source": f"heldout6-c{c:03d}", "text": text, "spans": []})
    for c in range(len(CLEAN_WRITTEN), N_CLEAN):
        for _ in range(50):
            first, second = rng.sample(CLEAN_MID, 2)
            middle = first + (f" en {second}" if rng.random() < 0.3 else "")
            pre, opening = rng.choice(CLEAN_PRE), rng.choice(CLEAN_OPEN)
            if pre.endswith(": "):
                opening = opening[0].lower() + opening[1:]
            text = f"{pre}{opening} {middle}{rng.choice(CLEAN_CLOSE)}"
            if text not in seen:
                break
        seen.add(text)
        records.append({"type": "clean", "source": f"heldout6-c{c:03d}", "text": text, "spans": []})
    return records


def dump(records: list[dict]) -> str:
    return "".join(json.dumps({k: r[k] for k in ("type", "source", "text", "spans")}, ensure_ascii=False) + "\n"
                   for r in records)


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare a fresh build with the committed file")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    text = dump(build(args.seed))
    if text != dump(build(args.seed)):
        raise SystemExit("two builds with the same seed differ")
    if args.check:
        same = OUT.read_text(encoding="utf-8") == text
        print("same as the committed file" if same else f"differs from {OUT}")
        raise SystemExit(0 if same else 1)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10))} answers)")


if __name__ == "__main__":
    main()
