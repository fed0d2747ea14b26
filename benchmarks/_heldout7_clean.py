"""Clean answers of the seventh held-out set (no identifier, no control): some written out, the rest put
together from openings, middles and closings, each once."""

from __future__ import annotations

WRITTEN = [
    "nee", "Ja.", "geen", "n.v.t.", "weet niet", "Zie vorige vraag.", "GEEN MENING", "-", "?", "Nee, dank u.",
    "te veel regels. te weinig geld. te weinig mensen.",
    "Minder Formulieren, Meer Zorg",
    "ja want het kan echt niet zo doorgaan",
    "Not applicable for our organisation.",
    "Personeel; tarieven; administratie",
    "tarief omhoog!!",
    "Zoals eerder gezegd: de inkoop moet eenvoudiger.",
    "1. geld\n2. mensen\n3. tijd",
    "Wij hebben hier geen ervaring mee.",
    "Het gaat de goede kant op, maar langzaam.",
    "Alles. Echt alles.",
    "Wy ha gjin tiid foar al dat papier.",
    "Da's een goeie vraag, daar moet ik over nadenken.",
    "Geen opmerkingen, succes.",
    "Te ingewikkeld om hier uit te leggen; bel ons gerust.",
    "ik snap de vraag niet helemaal",
    "Meer vertrouwen, minder controle.",
    "Ja: de wachtlijst. Nee: het personeel.",
    "Zie bijlage (kon niet uploaden).",
    "Het is wat het is.",
    "Vraag 12 sloeg nergens op.",
    "Eindelijk wordt het eens gevraagd.",
    "Kortere lijnen. Vaste contactpersoon. Eerlijke prijs.",
    "hmm lastig",
    "Wij stoppen volgend jaar met deze zorg.",
    "Het roosteren kost meer tijd dan het zorgen.",
    "Ik mis de menselijke maat.",
    "+1 op wat anderen zeggen",
    "Goed initiatief, deze vragenlijst.",
    "Niet van toepassing, wij leveren alleen thuiszorg buiten deze regeling.",
]
OPENINGS = ("Wat mij betreft", "Eerlijk gezegd", "Als kleine aanbieder merken wij dat", "In onze regio zien we dat",
            "Kort samengevat komt het erop neer dat", "Vanuit de praktijk zien we dat", "Sinds vorig jaar", "Het grootste probleem is dat",
            "Wij ervaren dat", "Iedereen weet inmiddels dat")
MIDDLES = ("de tarieven achterblijven bij de loonkosten", "de verantwoording steeds zwaarder wordt",
           "er te weinig handen zijn in de nachtdienst", "nieuwe cliënten te lang moeten wachten",
           "het contract elk jaar anders is", "de administratie ten koste gaat van de zorg",
           "de dagbesteding niet kostendekkend is", "de wijkverpleging de gaten moet vullen",
           "er geen ruimte is voor vernieuwing", "de reistijd niet wordt vergoed")
CLOSINGS = (".", ", en dat moet anders.", ", helaas.", ". Wij hopen op verbetering.", ", dat merken de bewoners.",
            " en niemand lijkt dat te zien.", ". Graag aandacht hiervoor.", "!")


def clean_answers(rng, seen: set[str], n: int = 200) -> list[str]:
    answers = [t for t in WRITTEN if t not in seen]
    combos = [f"{o} {m}{c}" for o in OPENINGS for m in MIDDLES for c in CLOSINGS]
    rng.shuffle(combos)
    for text in combos:
        if len(answers) == n:
            break
        if text not in seen and text not in answers:
            answers.append(text)
    return answers
