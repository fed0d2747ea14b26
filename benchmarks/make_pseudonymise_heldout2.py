"""Build benchmarks/data/pseudonymise_heldout2.jsonl: a second held-out set, written apart from the rules.

Templates (benchmarks/_heldout2_templates.py) are answers of care providers to a Wlz purchasing survey;
names come from @faker-js/faker (nl, nl_BE, tr, pl), UD Dutch and a short hand-written list, stored under
benchmarks/data/heldout2_sources/ so the set rebuilds offline and byte-identical. Every span is checked
against the text it claims to mark; a bad span stops the build. See pseudonymise_heldout2.md.

    python benchmarks/make_pseudonymise_heldout2.py [--check]
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _heldout2_templates as T  # noqa: E402

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "data" / "heldout2_sources"
OUT = HERE / "data" / "pseudonymise_heldout2.jsonl"
SEED = 20261130
KINDS = {"NAAM", "ORGANISATIE", "LOCATIE", "E-MAIL", "TELEFOON", "ADRES", "POSTCODE", "POSTBUS", "KVK", "AGB",
         "BSN", "IBAN", "KLANTNUMMER", "URL", "control"}
SLOT = re.compile(r"\{(\w+)(?:\|(\w+))?\}|\[\[(.+?)\]\]")


def _lines(name: str) -> dict[str, list[str]]:
    blocks, key = {}, "all"
    for line in (SOURCES / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("# ") and len(line.split()) == 2:
            key = line[2:]
        elif line and not line.startswith("#"):
            blocks.setdefault(key, []).append(line)
    return blocks


class Names:
    """Name pools by origin; each draw picks an origin first, so small pools still show up."""

    def __init__(self) -> None:
        faker = json.loads((SOURCES / "fakerjs.json").read_text(encoding="utf-8"))["locales"]
        ud, own = _lines("ud_dutch_persons.txt"), _lines("authored_names.txt")
        self.first = {loc: faker[loc]["first_name"] for loc in ("nl", "nl_BE", "tr", "pl")}
        self.last = {loc: faker[loc]["last_name"] for loc in ("nl", "nl_BE", "tr", "pl")}
        self.first["own"], self.last["own"] = own["first"], own["surname"]
        self.ud_full, self.ud_last = ud["all"], ud["surnames"]
        self.streets, self.cities = faker["nl"]["street_suffix"], faker["nl"]["city_prefix"]
        self.origins = ["nl"] * 9 + ["nl_BE"] * 2 + ["tr"] * 2 + ["pl"] * 2 + ["own"] * 3

    def pair(self, rng: random.Random) -> tuple[str, str]:
        if rng.random() < 0.2:
            first, last = rng.choice(self.ud_full).split("|")
            return first, last
        origin = rng.choice(self.origins)
        return rng.choice(self.first[origin]), rng.choice(self.last[origin])

    def surname(self, rng: random.Random) -> str:
        if rng.random() < 0.1:
            return rng.choice(self.ud_last)
        return self.pair(rng)[1]


def ascii_fold(text: str) -> str:
    text = text.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii())


def digits(rng: random.Random, n: int, first: str = "123456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def bsn(rng: random.Random) -> str:
    while True:
        d = [int(c) for c in digits(rng, 8)]
        rest = sum(w * x for w, x in zip(range(9, 1, -1), d)) % 11
        if rest < 10:  # elfproef: 9*d1 + ... + 2*d8 - d9 divisible by 11
            return "".join(map(str, d)) + str(rest)


def iban(rng: random.Random) -> str:
    if rng.random() < 0.15:
        country, bban = "BE", digits(rng, 12, "0123456789")
    else:
        country, bban = "NL", rng.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"]) + digits(rng, 10, "0123456789")
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


class Filler:
    """Slot name -> list of (text, kind or None) segments; kind None is plain text."""

    def __init__(self, rng: random.Random) -> None:
        self.rng, self.names, self.used = rng, Names(), set()

    def pick(self, options):
        return self.rng.choice(options)

    def fill(self, slot: str) -> list[tuple[str, str | None]]:
        if slot in T.CONTROLS:  # no control twice in one answer ("maandag, maandag en maandag")
            choice = self.pick([c for c in T.CONTROLS[slot] if c not in self.used] or T.CONTROLS[slot])
            self.used.add(choice)
            return [(choice, "control")]
        return getattr(self, "slot_" + slot)()

    # names
    def slot_vn(self):
        return [(self.names.pair(self.rng)[0], "NAAM")]

    def slot_an(self):
        return [(self.names.surname(self.rng), "NAAM")]

    def slot_naam(self):
        first, last = self.names.pair(self.rng)
        return [(f"{first} {last}", "NAAM")]

    def slot_ini(self):
        n = self.pick([1, 1, 2, 2, 3])
        initials = "".join(self.pick("ABCDEFGHIJKLMNOPRSTWY") + "." for _ in range(n))
        return [(f"{initials} {self.names.surname(self.rng)}", "NAAM")]

    def _double(self) -> str:
        a, b = self.names.surname(self.rng), self.names.surname(self.rng)
        return f"{a}-{b}" if a != b else a

    def slot_dub(self):
        return [(self._double(), "NAAM")]

    def slot_vn_dub(self):
        return [(f"{self.names.pair(self.rng)[0]} {self._double()}", "NAAM")]

    def slot_mw(self):
        return [(self.pick(T.TITLES), None), (self.names.surname(self.rng), "NAAM")]

    def slot_mw_dub(self):
        return [(self.pick(T.TITLES), None), (self._double(), "NAAM")]

    def slot_mw_ini(self):
        return [(self.pick(T.TITLES), None)] + self.slot_ini()

    # organisations and locations
    def coined(self) -> str:
        if self.rng.random() < 0.5:
            return self.pick(T.COINED_HEAD) + self.pick(T.COINED_TAIL)
        return self.pick(T.COMPOUND_HEAD) + self.pick(T.COMPOUND_TAIL)

    def slot_org(self):
        return [(self.pick(T.ORG_HEADS) + " ", None), (self.coined(), "ORGANISATIE")]

    def slot_org_bare(self):
        return [(self.coined(), "ORGANISATIE")]

    def slot_loc(self):
        name = self.pick(T.LOC_HEAD) + self.pick(T.LOC_TAIL)
        return [((self.pick(["De ", "Het ", "", ""]) + name).replace("Het De", "De"), "LOCATIE")]

    # contact details and numbers
    def _domain(self) -> str:
        return ascii_fold(self.coined()).lower() + self.pick([".nl", ".nl", "-zorg.nl", ".org", ".be"])

    def slot_email(self):
        first, last = (ascii_fold(x).lower().replace(" ", "") for x in self.names.pair(self.rng))
        local = self.pick([f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last[:1]}", f"{last}{self.rng.randint(1960, 2004)}"])
        domain = self.pick([self._domain()] * 3 + ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl"])
        return [(f"{local}@{domain}", "E-MAIL")]

    def slot_email_rol(self):
        return [(self.pick(T.ROLE_MAILBOXES) + "@" + self._domain(), "E-MAIL")]

    def slot_tel(self):
        d = lambda n: digits(self.rng, n, "0123456789")  # noqa: E731
        area = self.pick(["10", "20", "30", "40", "50", "70", "318", "511", "575", "45", "13", "76"])
        rest = d(9 - len(area))
        form = self.pick([f"06-{d(8)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+31 6 {d(4)} {d(4)}", f"+31(0){area} {rest}",
                          f"0{area}-{rest}", f"0{area} - {rest}", f"0031 6 {d(8)}", f"(0{area}) {rest}", f"06{d(8)}",
                          f"06 - {d(3)} {d(3)} {d(2)}", f"+316{d(8)}", f"0{area} {rest[:3]} {rest[3:]}"])
        return [(form, "TELEFOON")]

    def _street(self) -> str:
        locale = self.pick(["nl", "nl", "nl", "nl_BE"])  # faker's own street pattern: a Dutch name + suffix
        base = self.pick(self.names.last[locale] if self.rng.random() < 0.6 else self.names.first[locale])
        base = base[0].upper() + base[1:]
        return base + self.pick(self.names.streets)

    def slot_adres(self):
        number = self.pick([str(self.rng.randint(1, 240)), f"{self.rng.randint(1, 99)}a", f"{self.rng.randint(1, 99)}-{self.rng.randint(1, 4)}",
                            f"{self.rng.randint(1, 60)} bis", f"{self.rng.randint(100, 400)}", f"{self.rng.randint(1, 30)}B"])
        return [(f"{self._street()} {number}", "ADRES")]

    def slot_pc(self):
        letters = self.pick("ABCEGHJKLMNPRTVWXZ") + self.pick("ABCDEGHJKLMNPRTVWXZ")
        code = digits(self.rng, 4) + self.pick([" ", " ", ""]) + letters
        return [(code.lower() if self.rng.random() < 0.25 else code, "POSTCODE")]

    def slot_stad(self):
        return [(self.pick(self.names.cities), None)]

    def slot_postbus(self):
        return [(digits(self.rng, self.pick([2, 3, 4, 4, 5])), "POSTBUS")]

    def slot_kvk(self):
        n = digits(self.rng, 8)
        return [(self.pick([n, n, f"{n[:4]} {n[4:]}"]), "KVK")]

    def slot_agb(self):
        n = self.pick(["73", "75", "98", "22", "41"]) + digits(self.rng, 6, "0123456789")
        return [(self.pick([n, n, f"{n[:2]}-{n[2:]}"]), "AGB")]

    def slot_bsn(self):
        n = bsn(self.rng)
        return [(self.pick([n, n, f"{n[:3]}.{n[3:6]}.{n[6:]}", f"{n[:4]}.{n[4:6]}.{n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}"]), "BSN")]

    def slot_iban(self):
        n = iban(self.rng)
        grouped = " ".join(n[i:i + 4] for i in range(0, len(n), 4))
        return [(self.pick([n, grouped, grouped, n.lower()]), "IBAN")]

    def slot_klant(self):
        y = self.rng.randint(2019, 2025)
        return [(self.pick([digits(self.rng, 7), digits(self.rng, 6), f"C-{digits(self.rng, 5, '0')}", f"{y}-{digits(self.rng, 4, '0')}",
                            f"ZK/{y}/{digits(self.rng, 4, '0')}", f"{digits(self.rng, 2)}/{digits(self.rng, 5)}",
                            f"CL{y}{digits(self.rng, 3)}", f"R{digits(self.rng, 6)}"]), "KLANTNUMMER")]

    def slot_url(self):
        domain = self._domain()
        path = self.pick(["", "", "/contact", "/over-ons", "/werken-bij", "/locaties/", "/nieuws/jaarverslag-2024"])
        return [(self.pick([f"www.{domain}{path}", f"https://www.{domain}{path}", f"https://{domain}{path}", f"{domain}{path or '/contact'}",
                            f"http://{domain}"]), "URL")]


def case(text: str, mod: str | None) -> str:
    if mod == "lower":
        return text.lower()
    if mod == "upper":
        return text.upper()
    if mod == "cap":
        return text[:1].upper() + text[1:]
    return text


def render(template: str, filler: Filler) -> tuple[str, list[list]]:
    """Fill one template; a leading "lower:" or "upper:" changes the case of the whole answer."""
    style = None
    if template.startswith(("lower:", "upper:")):
        style, template = template.split(":", 1)
    text, spans, pos = "", [], 0
    filler.used.clear()
    for m in SLOT.finditer(template):
        text += template[pos:m.start()]
        pos = m.end()
        segments = [(m.group(3), "control")] if m.group(3) else filler.fill(m.group(1))
        for i, (part, kind) in enumerate(segments):
            part = case(part, m.group(2) if m.group(2) != "cap" or i == 0 else None)
            if kind:
                spans.append([len(text), len(text) + len(part), kind, part])
            text += part
    text += template[pos:]
    if style:
        changed = case(text, style)
        assert len(changed) == len(text), f"case change altered the length: {template!r}"
        text = changed
        for span in spans:
            span[3] = case(span[3], style)
    return text, spans


def check(record: dict, expected: list[list]) -> None:
    """Fail loudly when a span does not point at the substring it was made for."""
    text, last = record["text"], 0
    for (start, end, kind), (_, _, _, want) in zip(record["spans"], expected, strict=True):
        got = text[start:end]
        if kind not in KINDS or got != want or got != got.strip() or not got or start < last:
            raise SystemExit(f"bad span {[start, end, kind]} in {record['source']}: {got!r} != {want!r}")
        if kind != "control" and start > 0 and text[start - 1].isalnum() and kind not in ("POSTCODE",):
            raise SystemExit(f"span {[start, end, kind]} in {record['source']} starts inside a word: {text!r}")
        last = end


def build(seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    filler = Filler(rng)
    records, seen = [], set()

    def add(kind: str, n: int, text: str, spans: list[list]) -> bool:
        if text in seen:
            return False
        seen.add(text)
        record = {"type": kind, "source": f"heldout2-{kind[0]}{n:03d}", "text": text, "spans": [s[:3] for s in spans]}
        check(record, spans)
        records.append(record)
        return True

    n = 0
    for template, repeats in T.PLANTED:
        for _ in range(repeats):
            text, spans = render(template, filler)
            assert any(s[2] != "control" for s in spans), f"planted template without identifier: {template!r}"
            n += add("planted", n, text, spans)
    n = 0
    for template, repeats in T.TRICKY:
        for _ in range(repeats):
            text, spans = render(template, filler)
            assert spans and all(s[2] == "control" for s in spans), f"tricky template with identifier: {template!r}"
            n += add("tricky", n, text, spans)
    n, attempts = 0, 0
    while n < T.N_CLEAN and attempts < 10 * T.N_CLEAN:
        attempts += 1
        parts = rng.sample(T.CLEAN, rng.choice([1, 1, 2, 2, 3]))
        text = " ".join(parts)
        style = rng.random()
        text = text.lower() if style < 0.08 else text.upper() if style < 0.11 else text
        n += add("clean", n, text, [])
    return records


def dump(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main() -> None:
    first = dump(build())
    if first != dump(build()):
        raise SystemExit("two builds with the same seed differ")
    if "--check" in sys.argv:
        if OUT.read_text(encoding="utf-8") != first:
            raise SystemExit(f"{OUT} differs from a fresh build")
        print(f"{OUT.name} matches a fresh build")
        return
    OUT.write_text(first, encoding="utf-8")
    records = [json.loads(line) for line in first.splitlines()]
    counts: dict[str, int] = {}
    for r in records:
        counts[r["type"]] = counts.get(r["type"], 0) + 1
        for _, _, kind in r["spans"]:
            counts[kind] = counts.get(kind, 0) + 1
    print(f"wrote {OUT} ({len(records)} records): " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
