"""Name pools of the fourth held-out set, read from the dumps in data/heldout4_sources/ (offline).

Sources (see data/heldout4_sources/SOURCES.md): first words and surname parts of Wikipedia's Dutch,
Belgian, Surinamese and Moroccan people (via the firstname_to_nationality wheel, MIT; the text is
Wikipedia's, CC BY-SA), the nl_NL provider of the npm package casual (MIT), Turkish names from the
PyPI package turkish-name-generator (MIT), and names written for this set from our own knowledge
(nicknames, Frisian and female names, which the Wikipedia lists under-represent).
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

SOURCES = Path(__file__).resolve().parent / "data" / "heldout4_sources"

# Written for this set (our own knowledge): nicknames and short forms, Frisian, women's names of several generations.
OWN_FIRST = (
    "Joop Miep Henk-Jan Jan-Willem Sjaak Bep Toos Riet Truus Door Sjef Har Gijs Pim Hanneke Joke Jos Mien Nel Bets "
    "Sjoerd Wiebe Hylke Froukje Tjitske Durk Sytske Jelle Auke Gerbrich Jitske Rinse Tsjerk Baukje Wietske Ype Oane Fokke "
    "Annelies Marieke Ineke Wilma Gerda Ria Tineke Hennie Els Anja Yvonne Mirjam Esther Sanne Femke Lotte Ilse Wendy "
    "Chantal Jolanda Anneke Ans Ellen Marjolein Nienke Greetje Dineke Trijntje Willemijn Floor Fleur Noor Maud Evi Jikke "
    "Marie-José Anne-Marie Klaas-Jan Geert-Jan Ruud Ton Rien Harm Bertus Wout Mees Teun Stijn Roel Job Siem"
).split()
OWN_SURNAME = [s.replace("_", " ") for s in (
    "Feenstra Tjeerdsma Algra Wijbenga Sikkema Hiemstra Zijlstra Bosma Terpstra Wiersma Hoekstra Postma "
    "van_'t_Hek ter_Horst ten_Cate op_den_Brouw in_'t_Veld van_de_Kamp Verhagen Oosterhof Lammertink Hulsbos "
    "Scheepmaker Ramsaran Mahabier Doerga Soekhoe Biharie Tjon-A-Fat Lie-A-Ling Nowak Kowalczyk Wiśniewska "
    "Ferreira Tavares Martina Isenia").split()]
# Common Turkish given names in the Netherlands, each checked against turkish-name-generator's isimler.csv.
TURKISH_FIRST = ("Ayşe Fatma Emine Hatice Zeynep Elif Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Burak "
                 "Yusuf Kemal Özlem Derya Esra Merve Gül Serkan Tolga Cem Deniz Ebru Sibel Hülya Ömer Halil Yasemin "
                 "Songül Kübra Büşra Sevgi Ercan Orhan").split()
PARTICLE = re.compile(r"^(?:(?:van|de|der|den|ter|ten|te|het|'t|in|op|la|le|du|da|von)\s)+", re.IGNORECASE)
TURKISH_LOWER = str.maketrans({"I": "ı", "İ": "i"})


def _tsv(name: str, part: str, min_count: int) -> list[str]:
    with (SOURCES / name).open(encoding="utf-8") as f:
        return [row["name"] for row in csv.DictReader(f, delimiter="\t") if row["part"] == part and int(row["count"]) >= min_count]


def _casual() -> tuple[list[str], list[str]]:
    text = (SOURCES / "casual_nl_NL_person.js").read_text(encoding="utf-8")
    lists = {}
    for key in ("first_names", "last_names"):
        body = re.search(key + r":\s*\[(.*?)\]", text, re.S).group(1)
        lists[key] = [s.replace("\\'", "'") for s in re.findall(r"'((?:[^'\\]|\\.)*)'", body)]
    return [n for n in lists["first_names"] if n not in {"Raplh", "Qwen", "Quin"}], lists["last_names"]


def _turkish_title(word: str) -> str:
    return word[0] + word[1:].translate(TURKISH_LOWER).lower()


def _plain(name: str) -> bool:
    return 2 <= len(name) <= 24 and not name.isupper() and not name.startswith("'")


@lru_cache(maxsize=1)
def pools() -> dict[str, list[str]]:
    """origin -> names, every list sorted so a seed always draws the same names."""
    casual_first, casual_last = _casual()
    turkish_sur = [_turkish_title(w) for w in (SOURCES / "turkish_name_generator_soyisimler.txt").read_text(encoding="utf-8").split()]
    with (SOURCES / "turkish_name_generator_isimler.csv").open(encoding="utf-8") as f:
        known = {row["isimler"] for row in csv.DictReader(f)}
    missing = [n for n in TURKISH_FIRST if n not in known]
    if missing:
        raise SystemExit(f"Turkish names not in the source: {missing}")
    raw = {
        "dutch_first": _tsv("wikipedia_dutch.tsv", "first", 4), "dutch_sur": _tsv("wikipedia_dutch.tsv", "surname", 2),
        "belgian_first": _tsv("wikipedia_belgian.tsv", "first", 4), "belgian_sur": _tsv("wikipedia_belgian.tsv", "surname", 2),
        "surinamese_first": _tsv("wikipedia_surinamese.tsv", "first", 1), "surinamese_sur": _tsv("wikipedia_surinamese.tsv", "surname", 1),
        "moroccan_first": _tsv("wikipedia_moroccan.tsv", "first", 2), "moroccan_sur": _tsv("wikipedia_moroccan.tsv", "surname", 1),
        "casual_first": casual_first, "casual_sur": casual_last, "own_first": OWN_FIRST, "own_sur": OWN_SURNAME,
        "turkish_first": TURKISH_FIRST, "turkish_sur": [s for s in turkish_sur if len(s) >= 3],
    }
    out = {}
    for key, names in raw.items():
        keep = sorted({n for n in names if _plain(n) and (key.endswith("_sur") or " " not in n)})
        if key.endswith("_sur"):
            keep = [n for n in keep if len(n.split()) <= 4 and not PARTICLE.sub("", n) == ""]
        out[key] = keep
    return out


FIRST_MIX = (("dutch_first", 30), ("own_first", 26), ("casual_first", 10), ("belgian_first", 8),
             ("turkish_first", 10), ("moroccan_first", 9), ("surinamese_first", 7))
SUR_MIX = (("dutch_sur", 40), ("own_sur", 12), ("casual_sur", 12), ("belgian_sur", 12),
           ("turkish_sur", 9), ("moroccan_sur", 9), ("surinamese_sur", 6))


def _draw(rng, mix) -> str:
    table = pools()
    origin = rng.choices([o for o, _ in mix], weights=[w for _, w in mix])[0]
    return rng.choice(table[origin])


def first_name(rng) -> str:
    return _draw(rng, FIRST_MIX)


def surname(rng) -> str:
    """A surname as the source writes it; Dutch ones with a lower-case particle ("van Dijk")."""
    return _draw(rng, SUR_MIX)


def capital_particle(name: str) -> str:
    """"van der Meer" -> "Van der Meer": how a surname starts when nothing stands before it."""
    return name[:1].upper() + name[1:]


def low_particle(name: str) -> str:
    m = PARTICLE.match(name)
    return m.group().lower() + name[m.end():] if m else name
