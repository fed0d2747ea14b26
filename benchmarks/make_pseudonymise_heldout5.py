"""Build benchmarks/data/pseudonymise_heldout5.jsonl: the fifth held-out set for pseudonymisation.

Written apart from the rules, from the learned recogniser and from the four earlier sets (own
templates, names from other sources, see data/pseudonymise_heldout5.md). Seeded; the build runs
twice and must give the same bytes; every span is checked against the piece it was made for.

    python benchmarks/make_pseudonymise_heldout5.py [--check] [--seed N]

Template language (benchmarks/_heldout5_*.py): {KIND:method} plants an identifier drawn by
Fillers.method (a span of KIND); {KIND:method#k} binds it as k and {KIND:=k} repeats it;
{KIND:method|lower} / |upper / |title / |cap changes its case; {C:group} draws a control from
CONTROLS[group]; [[text]] marks literal text as a control. A template that starts with "U|" or
"L|" is written wholly in capitals or lower case.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

from _heldout5_clean import clean_answers
from _heldout5_fillers import Fillers
from _heldout5_names import load
from _heldout5_templates_a import TEMPLATES as TEMPLATES_A
from _heldout5_templates_b import TEMPLATES as TEMPLATES_B
from _heldout5_tricky import TRICKY

HERE = Path(__file__).resolve().parent
OUT = HERE / "data" / "pseudonymise_heldout5.jsonl"
KINDS = ("NAAM", "ORGANISATIE", "LOCATIE", "E-MAIL", "TELEFOON", "ADRES", "POSTCODE", "POSTBUS", "KVK", "AGB",
         "BSN", "IBAN", "KLANTNUMMER", "URL", "control")
PLANTED = TEMPLATES_A + TEMPLATES_B
SLOT = re.compile(r"\{([A-Z-]+|C):([^}]+)\}|\[\[(.+?)\]\]", re.S)
FILLS = 2  # each template is filled this many times, one with four or more identifiers once
SEED = 5


def _case(text: str, how: str) -> str:
    out = {"upper": text.upper, "lower": text.lower, "title": text.title, "cap": lambda: text[:1].upper() + text[1:],
           "": lambda: text}[how]()
    if len(out) != len(text):
        raise SystemExit(f"case change alters length: {text!r}")
    return out


def fill(template: str, fillers: Fillers) -> tuple[str, list[list]]:
    """Text and [start, end, kind, piece] spans of one filled template."""
    fillers.last = ("", "")  # an e-mail address is made from a name in the same answer only
    whole = {"U|": "upper", "L|": "lower"}.get(template[:2], "")
    if whole:
        template = template[2:]
    parts, spans, bound, used, pos, at = [], [], {}, set(), 0, 0
    for m in SLOT.finditer(template):
        literal = _case(template[pos:m.start()], whole)
        parts.append(literal)
        at += len(literal)
        kind, spec, control = m.group(1), m.group(2), m.group(3)
        if control is not None:
            piece, kind = control, "control"
            used.add(piece.lower())
        else:
            spec, _, how = spec.partition("|")
            method, _, key = spec.partition("#")
            if kind != "C" and kind not in KINDS:
                raise SystemExit(f"unknown kind {kind!r} in {template[:60]!r}")
            if method.startswith("="):
                piece = bound[method[1:]]
            else:
                draw = (lambda: fillers.control(method)) if kind == "C" else getattr(fillers, method)
                for _ in range(20):  # two draws in one answer differ ("van X naar Y")
                    piece = _case(draw(), how)
                    if piece.lower() not in used:
                        break
                used.add(piece.lower())
                if key:
                    bound[key] = piece
            kind = "control" if kind == "C" else kind
        piece = _case(piece, whole)
        spans.append([at, at + len(piece), kind, piece])
        parts.append(piece)
        at += len(piece)
        pos = m.end()
    parts.append(_case(template[pos:], whole))
    return "".join(parts), spans


def check(record: dict, spans: list[list]) -> None:
    """Stop the build on a span that does not hold its piece, is untrimmed, or overlaps another."""
    last = 0
    for start, end, kind, piece in spans:
        got = record["text"][start:end]
        if got != piece or piece != piece.strip() or not piece or start < last or kind not in KINDS:
            raise SystemExit(f"bad span in {record['source']}: {start}-{end} {kind} {got!r} (made for {piece!r})")
        last = end


def _record(kind: str, source: str, text: str, spans: list[list]) -> dict:
    record = {"type": kind, "source": source, "text": text, "spans": []}
    check(record, spans)
    record["spans"] = [[s, e, k] for s, e, k, _ in spans]
    return record


def _build_once(seed: int) -> list[dict]:
    rng = random.Random(seed)
    fillers = Fillers(rng, load())
    records, seen = [], set()
    for kind, templates, tag in (("planted", PLANTED, "p"), ("tricky", TRICKY, "k")):
        for t, template in enumerate(templates):
            made = tries = 0
            n_ids = sum(m.group(1) not in (None, "C") for m in SLOT.finditer(template))
            while made < (1 if n_ids >= 4 else FILLS):
                tries += 1
                if tries > 50:
                    raise SystemExit(f"template {tag}{t:03d} gives no new text: {template[:60]!r}")
                text, spans = fill(template, fillers)
                if text in seen:
                    continue
                seen.add(text)
                real = [s for s in spans if s[2] != "control"]
                if (kind == "planted") != bool(real) or not spans:
                    raise SystemExit(f"template {tag}{t:03d} has {'no' if kind == 'planted' else 'an'} identifier")
                records.append(_record(kind, f"heldout5-{tag}{len(records):03d}-t{t:03d}", text, spans))
                made += 1
    for i, text in enumerate(clean_answers(rng)):
        records.append(_record("clean", f"heldout5-c{i:03d}", text, []))
    return records


def build(seed: int = SEED) -> list[dict]:
    first, second = _build_once(seed), _build_once(seed)
    if dump(first) != dump(second):
        raise SystemExit("two builds with one seed differ")
    return first


def dump(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare a fresh build with the committed file")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    text = dump(build(args.seed))
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print(f"{OUT.name}: {'identical to a fresh build' if same else 'DIFFERS from a fresh build'}")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10))} records)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
