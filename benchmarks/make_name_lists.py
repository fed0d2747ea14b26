"""Rebuild the name lists in src/openanswers/data from three real sources, none needed at run time.

* Faker (https://github.com/joke2k/faker, MIT, Copyright (c) 2012 Daniele Faraglia): the nl_NL and
  nl_BE person providers -> first_names_nl.txt, surnames_nl.txt;
* mimesis (https://github.com/lk-geimfari/mimesis, MIT, Copyright (c) 2016 Isaak Uchakaev): the
  person data of the locales nl, nl-be and of the origins most common among Dutch residents with a
  migration background that mimesis has: tr (Turkish), ar-ma (Moroccan), pl (Polish)
  -> first_names_nl.txt, surnames_nl.txt;
* nam_dict.txt by Jörg Michael (shipped in gender-guesser; GNU Free Documentation License 1.2 or
  later, no invariant sections): the first names with a frequency in the Netherlands, Belgium or East
  Frisia, Turkey, Arabia/Persia (Moroccan names), Poland, or a common one in India (Surinamese
  Hindustani names), Great Britain, the USA, Germany or France -> first_names_namdict.txt, kept in a
  file of its own because its licence differs from the project's (MIT).

A name that is also a Dutch word (spaCy's Dutch lemma lookup table, spacy-lookups-data, MIT), a month
or day, or in EXTRA_WORDS (for surnames and nam_dict names: an English word as well) is marked ``paired``: it counts as a name only next to another name cue
("Roos de Vries", "mevrouw Roos"), never on its own. Names that are also places are dropped.

    pip download --no-deps faker==40.54.0 mimesis==22.2.0 gender-guesser==0.4.0 -d /tmp/names
    cd /tmp/names && for w in *.whl; do unzip -qo "$w" -d site; done
    PYTHONPATH=/tmp/names/site python benchmarks/make_name_lists.py
"""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path

import spacy_lookups_data

DATA = Path(__file__).resolve().parents[1] / "src" / "openanswers" / "data"
PARTICLES = {"van", "de", "der", "den", "het", "ter", "ten", "te", "in", "'t", "op", "la", "le", "du", "da", "di",
             "el", "al", "aan", "uit", "von", "vander", "vanden", "vd"}
CALENDAR = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
            "november", "december", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"}
# Dutch words the lemma table lacks but that a survey answer uses capitalised at times, and care and
# survey vocabulary that some list holds as a name.
EXTRA_WORDS = {"hoop", "lief", "wil", "mark", "zorg", "hart", "roos", "lot", "job", "bas", "pim", "sem", "noa",
               "elke", "frans", "grand", "arts", "master", "bent", "wies", "dries", "stelt", "gods", "lange",
               "wet", "care", "nurse", "wel", "zorgkantoor", "nza", "ciz", "vws", "wlz", "team", "regio", "rapport",
               "sociaal", "justitie", "notitie", "toekomst", "sterk", "vast", "extra", "nice", "china", "india",
               "van", "ook", "dus", "maar", "want", "toch", "even", "over", "bij", "mee", "veel", "meer", "beter"}
# Place names are left in answers on purpose (regions matter in these surveys), so a name that is
# also a Dutch or Belgian place, region or country is dropped from the lists altogether.
PLACES = {
    "groningen", "friesland", "drenthe", "overijssel", "flevoland", "gelderland", "utrecht", "holland", "zeeland",
    "brabant", "limburg", "amsterdam", "rotterdam", "den haag", "haag", "eindhoven", "tilburg", "almere", "breda",
    "nijmegen", "apeldoorn", "arnhem", "haarlem", "enschede", "amersfoort", "zaanstad", "zwolle", "leiden",
    "maastricht", "dordrecht", "zoetermeer", "deventer", "delft", "alkmaar", "heerlen", "venlo", "leeuwarden",
    "hilversum", "hengelo", "roosendaal", "oss", "gouda", "helmond", "emmen", "assen", "zutphen", "kampen", "veendam",
    "vlaanderen", "wallonië", "brussel", "antwerpen", "gent", "leuven", "brugge", "mechelen", "hasselt", "luik",
    "namen", "kortrijk", "oostende", "aalst", "genk", "luxemburg", "nederland", "belgië", "duitsland", "frankrijk",
    "engeland", "parijs", "londen", "berlijn", "keulen", "orleans", "salland", "twente", "achterhoek", "veluwe",
    "betuwe", "kennemerland", "westland", "gooi", "waterland", "rivierenland", "peel", "kempen", "hulst", "goes",
    "weert", "venray", "sittard", "geleen", "kerkrade", "tiel", "ede", "wageningen", "harderwijk", "meppel", "sneek",
    "heerenveen", "drachten", "hoorn", "purmerend", "zaandam", "lelystad", "almelo", "doetinchem", "winterswijk",
    # countries, regions and cities abroad that are also given names in some list
    "india", "china", "japan", "georgia", "jordan", "jordanië", "israel", "kenya", "sydney", "paris", "florence",
    "victoria", "virginia", "carolina", "dakota", "indiana", "montana", "nevada", "israël", "syrië", "turkije",
    "marokko", "polen", "suriname", "indonesië", "afrika", "amerika", "europa", "azië", "asia", "africa", "america",
    "london", "berlin", "madrid", "rome", "roma", "wenen", "moskou", "athene", "lissabon", "dublin", "brooklyn",
    "houston", "dallas", "austin", "phoenix", "denver", "boston", "chelsea", "kent", "devon", "york", "texas",
    "alabama", "arizona", "nairobi", "lima", "quito", "bogota", "sofia", "cuba", "peru", "chili", "china",
    "iran", "irak", "libanon", "egypte", "tunesië", "ghana", "mali", "niger", "chad", "sudan", "yemen", "oman",
    "qatar", "dubai", "bali", "java", "sumatra", "borneo", "celebes", "lombok", "ambon", "timor", "aruba",
    "curaçao", "bonaire", "saba", "antillen", "europe", "texel", "ameland", "vlieland", "urk",
}
# Frequency columns of nam_dict.txt (gender_guesser.detector.Detector.COUNTRIES, in order).
NAM_DICT_COUNTRIES = """great_britain ireland usa italy malta portugal spain france belgium luxembourg
    the_netherlands east_frisia germany austria swiss iceland denmark norway sweden finland estonia latvia
    lithuania poland czech_republic slovakia hungary romania bulgaria bosniaand croatia kosovo macedonia
    montenegro serbia slovenia albania greece russia belarus moldova ukraine armenia azerbaijan georgia
    the_stans turkey arabia israel china india japan korea vietnam other_countries""".split()
# Minimal frequency (1 rare .. 13 extremely common) for a nam_dict name to be taken, per country.
NAM_DICT_MIN = {"the_netherlands": 1, "belgium": 1, "east_frisia": 1, "turkey": 1, "arabia": 1, "poland": 1,
                "india": 3, "great_britain": 4, "usa": 4, "germany": 4, "france": 4}
MIMESIS_LOCALES = ("nl", "nl-be", "tr", "ar-ma", "pl")


def dutch_words() -> set[str]:
    from spacy.lang.nl.stop_words import STOP_WORDS

    path = Path(spacy_lookups_data.__file__).parent / "data" / "nl_lemma_lookup.json.gz"
    table = json.loads(gzip.open(path).read())
    return {w.lower() for w in table} | {w.lower() for w in table.values()} | set(STOP_WORDS) | CALENDAR | EXTRA_WORDS


def english_words() -> set[str]:
    """English word forms (spacy-lookups-data): a surname such as "Green" or "Best" in a Dutch answer
    is as likely a word of an English phrase ("Green Deal") as a name, so it is marked paired."""
    path = Path(spacy_lookups_data.__file__).parent / "data" / "en_lemma_lookup.json.gz"
    table = json.loads(gzip.open(path).read())
    return {w.lower() for w in table} | {w.lower() for w in table.values()}


def surname_core(name: str) -> str | None:
    """'de Vries' -> 'Vries' (particles are matched separately); medieval names such as
    'Aelftrud van Wessex' are not surnames a survey answer would hold."""
    words = name.split()
    while len(words) > 1 and words[0].lower() in PARTICLES:
        words = words[1:]
    name = " ".join(words)
    if len(words) != 1 or not name[0].isupper() or not name.replace("-", "").replace("'", "").isalpha():
        return None
    if name[1:].isupper() or name.count("-") > 1:
        return None
    return name


def _package_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    return Path(spec.origin).parent if spec and spec.origin else None


def faker_names() -> tuple[list[str], list[str], str]:
    import faker
    from faker.providers.person.nl_BE import Provider as BelgianProvider
    from faker.providers.person.nl_NL import Provider

    first = [*Provider.first_names_male, *Provider.first_names_female,
             *BelgianProvider.first_names_male, *BelgianProvider.first_names_female]
    return first, [*Provider.last_names, *BelgianProvider.last_names], f"Faker {faker.VERSION}"


def mimesis_names() -> tuple[list[str], list[str], str]:
    folder = _package_dir("mimesis")
    if folder is None:
        raise SystemExit("mimesis not importable: see the module docstring")
    first, last = [], []
    for locale in MIMESIS_LOCALES:
        data = json.loads((folder / "datasets" / locale / "person.json").read_text(encoding="utf-8"))
        for names in data.get("names", {}).values():
            first += names
        surnames = data.get("surnames", [])
        last += [n for group in surnames.values() for n in group] if isinstance(surnames, dict) else surnames
    import mimesis

    return first, last, f"mimesis {mimesis.__version__} (locales {', '.join(MIMESIS_LOCALES)})"


LOW_COUNTRIES = ("the_netherlands", "belgium", "east_frisia")


def nam_dict_names() -> tuple[list[str], set[str]]:
    """The selected names, and those of them with a frequency in the Low Countries."""
    folder = _package_dir("gender_guesser")
    if folder is None:
        raise SystemExit("gender_guesser not importable: see the module docstring")
    names, low = set(), set()
    for line in (folder / "data" / "nam_dict.txt").read_text(encoding="utf-8").splitlines():
        if not line or line[0] in "#=" or len(line) > 29 and line[29] == "+":  # '+': a duplicate spelling
            continue
        values = line[30:30 + len(NAM_DICT_COUNTRIES)]
        freq = {c: int(v, 16) for c, v in zip(NAM_DICT_COUNTRIES, values) if v.strip()}
        if any(freq.get(c, 0) >= n for c, n in NAM_DICT_MIN.items()):
            names.add(line.split()[1])
            if any(c in freq for c in LOW_COUNTRIES):
                low.add(line.split()[1])
    return sorted(names), low


def clean_first(names, words: set[str]) -> list[str]:
    out = set()
    for n in names:
        for part in n.split():  # "Anna Maria" -> both
            if (part.lower() not in PARTICLES | PLACES and part.replace("-", "").isalpha() and len(part) > 1
                    and part[0].isupper() and not part[1:].isupper()):
                out.add(part)
    return sorted(out)


def write(path: Path, names: list[str], words: set[str], what: str, source: str, low: set[str] | None = None) -> None:
    header = (
        f"# {what} for openanswers.privacy, generated by benchmarks/make_name_lists.py.\n"
        f"# Source: {source}\n"
        "# Do not edit by hand: rerun the script.\n"
        "# name<TAB>use: 'alone' = a name wherever it is capitalised mid-sentence;\n"
        "# 'paired' = also a Dutch word, a name only next to another name cue.\n"
        + ("# A third column 'nl': a frequency in the Netherlands, Belgium or East Frisia (found in lower case too).\n"
           if low else "")
    )
    rows = [f"{n}\t{'paired' if n.lower() in words else 'alone'}" + ("\tnl" if low and n in low else "") for n in names]
    path.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    paired = sum("\tpaired" in r for r in rows)
    print(f"{path.name}: {len(rows)} names, {paired} paired")


MIT_SOURCE = ("{faker}, faker/providers/person/nl_NL and nl_BE (https://github.com/joke2k/faker), MIT License,\n"
              "# Copyright (c) 2012 Daniele Faraglia; {mimesis}, datasets/<locale>/person.json\n"
              "# (https://github.com/lk-geimfari/mimesis), MIT License, Copyright (c) 2016 Isaak Uchakaev.")
NAM_DICT_SOURCE = (
    "nam_dict.txt, Copyright (c) 2007-2008 Jörg Michael, as shipped in gender-guesser 0.4.0.\n"
    "# Selected first names (a frequency in NL, BE, East Frisia, Turkey, Arabia/Persia, Poland, or common in\n"
    "# India, GB, USA, Germany, France); this derived file is released under the GNU Free Documentation\n"
    "# License, Version 1.2 or any later version, with no Invariant Sections, no Front-Cover Texts and no\n"
    "# Back-Cover Texts, like its source; the licence text is LICENSE-nam_dict-GFDL-1.2.txt beside this file.")


PLACE_LOCALES = ("nl", "en", "de", "fr", "tr", "pl", "ar-ma")


def write_places(path: Path) -> None:
    """Places (mimesis cities, states and countries, MIT) and PLACES: kept in answers, so a word the
    last-resort rules (a coined organisation, an unknown capitalised word) never take."""
    folder = _package_dir("mimesis")
    names = {p.title() for p in PLACES}
    for locale in PLACE_LOCALES:
        data = json.loads((folder / "datasets" / locale / "address.json").read_text(encoding="utf-8"))
        names.update(data.get("city", []))
        for key in ("state", "country"):
            value = data.get(key, {})
            names.update(value.get("name", []) if isinstance(value, dict) else [])
    names = sorted(n for n in names if isinstance(n, str) and n.strip())
    header = ("# Places, kept in answers: generated by benchmarks/make_name_lists.py from mimesis datasets/<locale>/\n"
              f"# address.json, locales {', '.join(PLACE_LOCALES)} (cities, states, countries; MIT License, Copyright (c)\n"
              "# 2016 Isaak Uchakaev) and the script's PLACES.\n")
    path.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{path.name}: {len(names)} places")


def main() -> None:
    words = dutch_words()
    f_first, f_last, f_version = faker_names()
    m_first, m_last, m_version = mimesis_names()
    first = clean_first([*f_first, *m_first], words)
    last = sorted({c for n in [*f_last, *m_last] if (c := surname_core(n)) and c.lower() not in PLACES | PARTICLES})
    source = MIT_SOURCE.format(faker=f_version, mimesis=m_version)
    write(DATA / "first_names_nl.txt", first, words, "First names common in the Netherlands and Belgium", source)
    either = words | english_words()  # the larger lists: an English word too is paired
    write(DATA / "surnames_nl.txt", last, either, "Surnames common in the Netherlands and Belgium", source)
    nam_dict, low = nam_dict_names()
    extra = [n for n in clean_first(nam_dict, words) if n not in set(first)]
    write(DATA / "first_names_namdict.txt", extra, either, "More first names (not in first_names_nl.txt)",
          NAM_DICT_SOURCE, low)
    write_places(DATA / "places_nl.txt")


if __name__ == "__main__":
    main()
