"""Build the seventh held-out pseudonymisation set, benchmarks/data/pseudonymise_heldout7.jsonl.

Written apart from the rules, the learned recogniser and the six earlier sets (see
data/pseudonymise_heldout7.md). Templates mark an identifier as {form} (a name form from
_heldout7_names.FORMS or a filler from _heldout7_fillers.FILLERS), a plain filler that is no
identifier as {~title} or {~role}, and a control (must survive) as [[text]]. Seeded; the build runs
twice and must give the same bytes; every span is checked against the piece it was made for.

    python benchmarks/make_pseudonymise_heldout7.py          # write the set
    python benchmarks/make_pseudonymise_heldout7.py --check  # compare a fresh build with the committed file
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _heldout7_clean import clean_answers  # noqa: E402
from _heldout7_fillers import FILLERS  # noqa: E402
from _heldout7_names import FORMS, ROLES, TITLES  # noqa: E402
from _heldout7_templates_a import TEMPLATES_A  # noqa: E402
from _heldout7_templates_b import TEMPLATES_B  # noqa: E402
from _heldout7_tricky import TAILS, TRICKY  # noqa: E402

OUT = Path(__file__).resolve().parent / "data" / "pseudonymise_heldout7.jsonl"
SEED = 7007
KINDS = ("NAAM", "ORGANISATIE", "LOCATIE", "E-MAIL", "TELEFOON", "ADRES", "POSTCODE", "POSTBUS", "KVK", "AGB", "BSN",
         "IBAN", "KLANTNUMMER", "URL", "control")
TEMPLATES = TEMPLATES_A + TEMPLATES_B
PLAIN = {"~title": TITLES, "~role": ROLES}
TOKEN = re.compile(r"\{(~?\w+)\}|\[\[(.+?)\]\]")


def fill(template: str, rng: random.Random) -> tuple[str, list[list]]:
    """The template with every slot filled, and its spans as [start, end, kind, piece]."""
    out, spans, pos = [], [], 0
    length = 0
    for m in TOKEN.finditer(template):
        literal = template[pos:m.start()]
        out.append(literal)
        length += len(literal)
        key, control = m.groups()
        if control is not None:
            piece, kind = control, "control"
        elif key in PLAIN:
            piece, kind = rng.choice(PLAIN[key]), None
        elif key in FORMS:
            piece, kind = FORMS[key](rng), "NAAM"
        elif key in FILLERS:
            kind, make = FILLERS[key]
            piece = make(rng)
        else:
            raise SystemExit(f"unknown slot {{{key}}} in template: {template[:60]!r}")
        if kind is not None:
            spans.append([length, length + len(piece), kind, piece])
        out.append(piece)
        length += len(piece)
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), spans


def check(record: dict, spans: list[list]) -> None:
    """Stop the build on a span that does not mark its piece, is untrimmed or overlaps the one before."""
    last = 0
    for start, end, kind, piece in spans:
        text = record["text"][start:end]
        if text != piece or piece != piece.strip() or not piece or start < last or kind not in KINDS:
            raise SystemExit(f"bad span in {record['source']}: {start}-{end} {kind} {piece!r} marks {text!r}")
        last = end
    record["spans"] = [[s, e, k] for s, e, k, _ in spans]


def uses(template: str) -> int:
    n = sum(1 for m in TOKEN.finditer(template) if m.group(1) and not m.group(1).startswith("~"))
    return 1 if n >= 4 else 2 if n >= 2 else 3


def build(seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    records, seen = [], set()
    n = 0
    for t, template in enumerate(TEMPLATES):
        for _ in range(uses(template)):
            for _attempt in range(20):
                text, spans = fill(template, rng)
                if text not in seen:
                    break
            seen.add(text)
            record = {"type": "planted", "source": f"heldout7-p{n:03d}-t{t:03d}", "text": text, "spans": []}
            check(record, spans)
            records.append(record)
            n += 1
    n = 0
    for t, template in enumerate(TRICKY):
        for use in range(2):
            text, spans = fill(template + (rng.choice(TAILS) if use else ""), rng)
            if text in seen:
                continue
            seen.add(text)
            record = {"type": "tricky", "source": f"heldout7-k{n:03d}-t{t:03d}", "text": text, "spans": []}
            check(record, spans)
            records.append(record)
            n += 1
    for n, text in enumerate(clean_answers(rng, seen)):
        records.append({"type": "clean", "source": f"heldout7-c{n:03d}", "text": text, "spans": []})
    return records


def dump(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main() -> None:
    text = dump(build())
    if text != dump(build()):
        raise SystemExit("two builds with the same seed differ")
    if "--check" in sys.argv[1:]:
        if OUT.read_text(encoding="utf-8") != text:
            raise SystemExit(f"{OUT.name} differs from a fresh build: rebuild it")
        print(f"{OUT.name} equals a fresh build")
        return
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10))} records)")


if __name__ == "__main__":
    main()
