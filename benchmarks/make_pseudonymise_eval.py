"""Build benchmarks/data/pseudonymise_eval.jsonl: real answers with planted identifiers (seeded).

Three kinds of record, one JSON object a line:
* "planted": a real question from corpora/nota_van_inlichtingen.csv with one sentence holding an
  identifier inserted at a sentence boundary; ``spans`` = [[start, end, kind], ...] of each planted
  identifier (titles and the city after a postcode are outside the span: they stay);
* "real": the real texts, untouched (anything replaced there is a false positive, apart from
  organisations on the list that really occur);
* "tricky": ordinary Dutch phrases that look like identifiers and must survive.

Names are drawn half from openanswers' own lists and half from a held-out list of common Dutch
names typed in for this benchmark, so recall is not measured only on names the lists contain.

    python benchmarks/make_pseudonymise_eval.py
"""

from __future__ import annotations

import csv
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "pseudonymise_eval.jsonl"
SEED = 20240501
N_PER_KIND = 60

HELD_OUT_FIRST = ["Kees", "Annemieke", "Gert-Jan", "Wilma", "Joke", "Ria", "Hennie", "Gerrit", "Marjolein",
                  "Erik", "Mirjam", "Ton", "Ineke", "Harm", "Femke", "Jeroen", "Gonny", "Wouter", "Hanneke", "Rik"]
HELD_OUT_SURNAMES = ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
                     "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
                     "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden",
                     "Kok", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek",
                     "Schouten", "van Beek", "van Vliet", "van de Ven", "Hoekstra", "Verhoeven", "Koster",
                     "van Dam", "van der Wal", "Prins", "Blom", "Huisman", "de Jong", "Kuipers", "Timmermans"]
TITLES = ["mevrouw", "Mevrouw", "mw.", "dhr.", "de heer", "meneer", "collega", "dokter", "drs.", "ir."]
STREETS = ["Kerkstraat", "Stationsweg", "Dorpsstraat", "Burgemeester van Reenensingel", "Oude Gracht",
           "Lange Voorhout", "Molenlaan", "Prinses Beatrixlaan", "Zuiderzeestraatweg", "Hoofdweg", "Marktplein"]
CITIES = ["Utrecht", "Zwolle", "Gouda", "Assen", "Tilburg", "Leeuwarden", "Heerlen", "Den Haag"]
DOMAINS = ["zorggroep.nl", "zorgkantoor.nl", "gmail.com", "hotmail.com", "stichting-de-linde.nl", "ziggo.nl"]
TRICKY = [
    "De Zorg is in de regio goed geregeld.", "Volgens de Wet langdurige zorg (Wlz) heeft de cliënt recht op zorg.",
    "Van harte aanbevolen door het zorgkantoor.", "In mei en juni 2024 is het Zorgkantoor bereikbaar op maandag.",
    "ZZP, VPT en MPT vallen onder de Wlz; de NZa stelt de tarieven vast en het CIZ indiceert.",
    "De Zvw en de Wmo zijn andere wetten.", "Zorgkantoren en zorgverzekeraars overleggen met ZN.",
    "Het tarief stijgt met 3,5% naar € 1.234.567 in 2025.", "Zie pagina 12, paragraaf 3.4.1 en bijlage B.",
    "Op 01-01-2025 om 10.00 uur start de inkoop.", "Het gaat om 120 cliënten en 45 fte.",
    "Wij leveren zorg en zekerheid aan onze bewoners.", "De Raad van Bestuur en de Cliëntenraad zijn akkoord.",
    "Dit geldt voor de periode 2024-2026 en 2027-2029.", "Maandag, dinsdag en vrijdag is er dagbesteding.",
    "Het Ministerie van Volksgezondheid, Welzijn en Sport (VWS) is opdrachtgever.",
    "Goed Werkgeverschap en Goede Zorg staan centraal.", "Het Kwaliteitskader Verpleeghuiszorg blijft leidend.",
    "In Noord-Holland, Limburg en Friesland is de wachtlijst langer.", "Hoe kijkt het zorgkantoor hiernaar?",
    "Passende zorg vraagt om Samen Beslissen.", "Wij vragen om 0,5% indexatie bovenop de OVA.",
    "De Landelijke Huisartsen Vereniging (LHV) is betrokken.", "Het programma Thuis in het Verpleeghuis loopt door.",
    "Per 1 januari 2025 wijzigt de Regeling langdurige zorg.", "Versie 2.0 van het document, hoofdstuk 4.",
    "Veel mensen met dementie wonen thuis.", "Meer Handen aan het Bed blijft nodig.",
    "Vraag 12: Kunt u toelichten hoe de productieafspraak tot stand komt?", "Het aantal van 123456789 euro klopt niet.",
]


def elf_bsn(rng: random.Random) -> str:
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        last = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def nl_iban(rng: random.Random) -> str:
    bank = rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB"])
    account = "".join(str(rng.randint(0, 9)) for _ in range(10))
    numeric = "".join(str(int(c, 36)) for c in bank + account + "NL00")
    check = 98 - int(numeric) % 97
    iban = f"NL{check:02d}{bank}{account}"
    return iban if rng.random() < 0.5 else " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def phone(rng: random.Random) -> str:
    digits = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
    m = digits(8)
    forms = [f"06-{m}", f"06 {m[:4]} {m[4:]}", f"06{m}", f"+31 6 {m}", f"+31 (0)6 {m[:2]} {m[2:5]} {m[5:]}",
             f"+316{m}", f"020-{digits(7)}", f"030 {digits(3)} {digits(4)}", f"0570-{digits(6)}",
             f"(010) {digits(3)} {digits(2)} {digits(2)}", f"0800-{digits(4)}", f"088 {digits(7)}"]
    return rng.choice(forms)


def load_names() -> tuple[list[str], list[str]]:
    data = ROOT / "src" / "openanswers" / "data"
    read = lambda f: [l.split("\t")[0] for l in (data / f).read_text("utf-8").splitlines() if l and l[0] != "#"]  # noqa: E741,E731
    return read("first_names_nl.txt"), read("surnames_nl.txt")


def planted_sentence(kind: str, rng: random.Random, firsts: list[str], lasts: list[str], orgs: list[str]):
    """(sentence, [(start, end, kind)]) for one identifier of ``kind``."""
    held = rng.random() < 0.5
    first = rng.choice(HELD_OUT_FIRST if held else firsts)
    last = rng.choice(HELD_OUT_SURNAMES if held else [rng.choice(["", "", "van ", "de ", "van der "]) + s for s in lasts[:400]])
    if kind == "NAAM":
        forms = [("Neem contact op met {t} {v}.", f"{rng.choice(TITLES)}", f"{last}"),
                 ("Wij hebben dit besproken met {v} van het zorgkantoor.", None, f"{first} {last}"),
                 ("Volgens {v} is dit niet haalbaar.", None, f"{first[0]}. {last}"),
                 ("{t} {v} vroeg hetzelfde in het overleg.", "Collega", first),
                 ("Onze contactpersoon is {t} {v}.", rng.choice(["dhr.", "mw.", "mevrouw", "de heer"]), f"{first} {last}")]
        template, title, value = rng.choice(forms)
        prefix, _, suffix = template.partition("{v}")
        prefix = prefix.replace("{t}", title or "")
        return prefix + value + suffix, [(len(prefix), len(prefix) + len(value), kind)]
    if kind == "ORGANISATIE":
        value = rng.choice(orgs)
        template = rng.choice(["Bij {v} gaat dit anders.", "Wij hebben een contract met {v}.", "Dit vraagt {v} ook."])
    elif kind == "E-MAIL":
        user = rng.choice([f"{first}.{last}", f"{first[0]}{last}", "info", "inkoop"]).lower().replace(" ", "")
        value = f"{user}@{rng.choice(DOMAINS)}"
        template = rng.choice(["Mail naar {v} voor vragen.", "Reacties graag via {v}."])
    elif kind == "TELEFOON":
        value = phone(rng)
        template = rng.choice(["Bel {v} voor overleg.", "Ik ben bereikbaar op {v}.", "Tel. {v} (ma-vr)."])
    elif kind == "ADRES":
        value = f"{rng.choice(STREETS)} {rng.randint(1, 250)}{rng.choice(['', '', 'a', 'B', '-2'])}"
        postcode = f"{rng.randint(1000, 9999)} {rng.choice('ABCDEGHJKLMNPRTVWXZ')}{rng.choice('ABCDEGHJKLMNPRTVWXZ')}"
        value += rng.choice([f", {postcode}", f" {postcode}", ""])
        template = "Ons kantoor zit aan de {v} " + rng.choice(CITIES) + "."
    elif kind == "URL":
        value = rng.choice(["https://www.zorginstituutnederland.nl/wlz", "www.stichting-de-linde.nl",
                            "http://intranet.zorggroep.nl/docs?id=12", "zorgkantoor.nl/inkoop-2025"])
        template = rng.choice(["Zie {v} voor de details.", "Meer informatie: {v}."])
    elif kind == "BSN":
        value = elf_bsn(rng)
        value = value if rng.random() < 0.6 else f"{value[:4]}.{value[4:6]}.{value[6:]}"
        template = "Het BSN van de cliënt is {v}, dossier volgt."
    elif kind == "IBAN":
        value = nl_iban(rng)
        template = "Betaling op rekening {v} t.n.v. de stichting."
    prefix, _, suffix = template.partition("{v}")
    return prefix + value + suffix, [(len(prefix), len(prefix) + len(value), kind)]


def main() -> None:
    rng = random.Random(SEED)
    with open(ROOT / "corpora" / "nota_van_inlichtingen.csv", encoding="utf-8") as f:
        texts = [(row["id"], row["vraag"]) for row in csv.DictReader(f)]
    from openanswers.privacy import bundled_organisations

    orgs = [o.lstrip("=") for o in bundled_organisations()]
    firsts, lasts = load_names()
    records = []
    for kind in ["NAAM", "E-MAIL", "TELEFOON", "ADRES", "URL", "BSN", "IBAN", "ORGANISATIE"]:
        for _ in range(N_PER_KIND * (2 if kind == "NAAM" else 1)):
            source, text = rng.choice(texts)
            cuts = [0] + [m.end() for m in re.finditer(r"[.?!]\s+", text)] + [len(text)]
            cut = rng.choice(cuts)
            sentence, spans = planted_sentence(kind, rng, firsts, lasts, orgs)
            sentence = (" " if cut == len(text) else "") + sentence + ("" if cut == len(text) else " ")
            shift = cut + (1 if cut == len(text) else 0)
            records.append({"type": "planted", "source": source, "text": text[:cut] + sentence + text[cut:],
                            "spans": [[s + shift, e + shift, k] for s, e, k in spans]})
    records += [{"type": "real", "source": source, "text": text, "spans": []} for source, text in texts]
    records += [{"type": "tricky", "source": "handwritten", "text": t, "spans": []} for t in TRICKY]
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(records)} records")


if __name__ == "__main__":
    main()
