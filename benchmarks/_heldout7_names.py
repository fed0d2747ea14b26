"""Name forms for the seventh held-out set, drawn from the dumps in data/heldout7_sources/ (fakerator's
Polish, Brazilian, Hungarian and Slovak lists, and names the author wrote), never from the rules' lists."""

from __future__ import annotations

import random
from pathlib import Path

SOURCES = Path(__file__).resolve().parent / "data" / "heldout7_sources"


def _read(name: str) -> list[str]:
    lines = (SOURCES / name).read_text(encoding="utf-8").splitlines()
    # The dumps stay verbatim; an entry with a stray quote (fakerator's pt-BR `D"ávila`) is skipped.
    return [line for line in lines if line and not line.startswith("#") and len(line) >= 3 and '"' not in line]


LOCALES = ("pl-PL", "pt-BR", "hu-HU", "sk-SK")
FIRST = [n for loc in LOCALES for n in _read(f"fakerator-{loc}-first.txt")] + _read("own-first.txt") * 4
LAST = [n for loc in LOCALES for n in _read(f"fakerator-{loc}-last.txt")] + _read("own-last.txt") * 6
SIMPLE_LAST = [n for n in LAST if " " not in n and "-" not in n]
NICK = _read("own-nicknames.txt")
TITLES = ("mevr.", "dhr.", "Mw.", "Dhr", "mevrouw", "meneer", "drs.", "dr.", "ir.", "mr.", "zuster", "broeder",
          "dokter", "Mrs", "Mr.")
ROLES = ("teamleider", "regiomanager", "contactpersoon", "locatiemanager", "praktijkondersteuner", "bestuurder",
         "EVV'er", "zorgcoördinator", "kwaliteitsfunctionaris", "huisarts", "inkoper", "boer")


def first(rng: random.Random) -> str:
    return rng.choice(FIRST)


def surname(rng: random.Random) -> str:
    return rng.choice(LAST)


def initials(rng: random.Random) -> str:
    letters = [rng.choice("ABDEGHJKLMPRSTW") for _ in range(rng.choice((1, 1, 2, 3)))]
    style = rng.randrange(3)
    if style == 0:
        return ".".join(letters) + "."
    if style == 1:
        return "".join(c + "." for c in letters)
    return " ".join(c + "." for c in letters)


def typo(name: str, rng: random.Random) -> str:
    """A hurried misspelling: two letters swapped, one doubled or one dropped."""
    i = rng.randrange(1, len(name) - 1)
    how = rng.randrange(3)
    if how == 0:
        return name[:i] + name[i + 1] + name[i] + name[i + 2:]
    if how == 1:
        return name[:i] + name[i] + name[i:]
    return name[:i] + name[i + 1:]


FORMS = {
    "first": first,
    "firstl": lambda rng: first(rng).lower(),
    "FIRST": lambda rng: first(rng).upper(),
    "sur": lambda rng: rng.choice(SIMPLE_LAST),
    "SUR": lambda rng: rng.choice(SIMPLE_LAST).upper(),
    "full": lambda rng: f"{first(rng)} {surname(rng)}",
    "fulll": lambda rng: f"{first(rng)} {surname(rng)}".lower(),
    "FULL": lambda rng: f"{first(rng)} {surname(rng)}".upper(),
    "init": lambda rng: f"{initials(rng)} {surname(rng)}",
    "dbl": lambda rng: f"{rng.choice(SIMPLE_LAST)}-{rng.choice(SIMPLE_LAST)}",
    "initdbl": lambda rng: f"{initials(rng)} {rng.choice(SIMPLE_LAST)}-{rng.choice(SIMPLE_LAST)}",
    "fulldbl": lambda rng: f"{first(rng)} {rng.choice(SIMPLE_LAST)}-{rng.choice(SIMPLE_LAST)}",
    "nick": lambda rng: rng.choice(NICK),
    "typo": lambda rng: typo(first(rng), rng),
    "surtypo": lambda rng: typo(rng.choice(SIMPLE_LAST), rng),
}
