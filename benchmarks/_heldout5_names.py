"""Name pools for the fifth held-out set, read from the dumps in data/heldout5_sources/ only.

Sources (see data/pseudonymise_heldout5.md): the Dutch and Polish name sets of FakeNameGenerator as
shipped in presidio-evaluator 0.3.2 (MIT), Turkish given names from gender-detection-from-name
1.11.5 (MIT), CLDR 48 person-name samples (Unicode-3.0), and names written for this set.
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from pathlib import Path

SOURCES = Path(__file__).resolve().parent / "data" / "heldout5_sources"
PARTICLES = ("van", "de", "der", "den", "ten", "ter", "te", "von", "in 't", "op", "het")


def _rows(name: str) -> list[dict]:
    with open(SOURCES / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


@dataclass(frozen=True)
class Pools:
    given: tuple[str, ...]  # every given name, Dutch-majority
    given_other: tuple[str, ...]  # of non-Dutch origin common in NL
    surnames: tuple[str, ...]  # with their particles ("van den Heuvel")
    plain_surnames: tuple[str, ...]  # without a particle
    nicks: tuple[str, ...]
    hyphens: tuple[str, ...]  # hyphenated first names ("Gert-Jan")
    female: tuple[tuple[str, ...], tuple[str, ...]]  # (Dutch set, other origins) as the sources mark them
    male: tuple[tuple[str, ...], tuple[str, ...]]


def _dedup(names) -> tuple[str, ...]:
    return tuple(dict.fromkeys(n for n in names if n))


def load() -> Pools:
    given, other, surnames = [], [], []
    gender = {("female", True): [], ("female", False): [], ("male", True): [], ("male", False): []}
    for i, r in enumerate(_rows("presidio_fakenamegenerator_dutch_polish.tsv")):
        dutch = r["name_set"] == "Dutch"
        gender[r["gender"], dutch].append(r["given"])
        (given if dutch else other).append(r["given"])
        if dutch or i % 3 == 0:  # the Dutch surnames and a third of the Polish ones
            surnames.append(r["surname"])
    for r in _rows("gender_detection_from_name_tr.tsv"):
        if r["given"].isalpha() and len(r["given"]) > 2:
            other.append(r["given"][:1].upper() + r["given"][1:])
            gender[r["gender"], False].append(other[-1])
    for r in _rows("cldr_person_name_samples.tsv"):
        # the native samples only: CLDR's single-name and "foreign" samples are placeholders (Sinbad, Zendaya)
        native = r["sample"] in ("nativeGS", "nativeGGS") or (r["sample"] == "nativeFull" and r["locale"] != "so")
        if r["locale"] in ("nl", "tr", "pl", "so") and native and " " not in r["value"]:
            if r["field"] in ("given", "given-informal"):
                other.append(r["value"])
            elif r["field"] in ("surname", "surname2"):
                surnames.append(r["value"])
    nicks, hyphens = [], []
    for r in _rows("own_names.tsv"):
        pool = {"given": other if r["origin"] != "Dutch" else given, "surname": surnames, "nick": nicks, "hyphen": hyphens}
        pool[r["part"]].append(r["value"])
    surnames = _dedup(surnames)
    return Pools(_dedup(given), _dedup(other), surnames,
                 tuple(s for s in surnames if " " not in s and not s[:1].islower()), _dedup(nicks), _dedup(hyphens),
                 (_dedup(gender["female", True]), _dedup(gender["female", False])),
                 (_dedup(gender["male", True]), _dedup(gender["male", False])))


class Names:
    """Draws names in the written forms people use; every draw is from the seeded rng."""

    def __init__(self, rng: random.Random, pools: Pools | None = None):
        self.rng, self.p = rng, pools or load()

    def first(self) -> str:
        pool = self.p.given_other if self.rng.random() < 0.3 else self.p.given
        return self.rng.choice(pool)

    def _gendered(self, pools: tuple[tuple[str, ...], tuple[str, ...]]) -> str:
        return self.rng.choice(pools[1] if self.rng.random() < 0.3 else pools[0])

    def first_f(self) -> str:
        """For "mijn dochter …", "zij …": a name its source marks as female."""
        return self._gendered(self.p.female)

    def first_m(self) -> str:
        return self._gendered(self.p.male)

    def first_nl(self) -> str:
        return self.rng.choice(self.p.given)

    def first_other(self) -> str:
        return self.rng.choice(self.p.given_other)

    def nick(self) -> str:
        return self.rng.choice(self.p.nicks)

    def sur(self) -> str:
        return self.rng.choice(self.p.surnames)

    def plain_sur(self) -> str:
        return self.rng.choice(self.p.plain_surnames)

    def sur_cap(self) -> str:
        """A surname as written after a title at the start: "Van den Heuvel" style half the time."""
        s = self.sur()
        return s[:1].upper() + s[1:] if self.rng.random() < 0.5 else s

    def full(self) -> str:
        return f"{self.first()} {self.sur()}"

    def initials(self) -> str:
        letters = [c for c in self.rng.choice(self.p.given)[:1] + self.rng.choice(self.p.given)[:1] if c.isalpha()]
        n = self.rng.choice((1, 1, 2, 2, 3))
        letters = (letters + [self.rng.choice("ABCDEGHJKLMPRSTW")])[:n]
        style = self.rng.randrange(5)
        if style == 0:
            lead = ".".join(letters) + "."
        elif style == 1:
            lead = ". ".join(letters) + "."
        elif style == 2:
            lead = "".join(letters)
        elif style == 3:
            lead = ".".join(letters)  # "J.P" without the last dot
        else:
            lead = "-".join(f"{c}." for c in letters) if n > 1 else letters[0] + "."
        return f"{lead} {self.sur()}"

    def double(self) -> str:
        a, b = self.plain_sur(), self.plain_sur()
        while b == a:
            b = self.plain_sur()
        return a + self.rng.choice(("-", "-", " - ", "–")) + b

    def hyphen_first(self) -> str:
        return self.rng.choice(self.p.hyphens)
