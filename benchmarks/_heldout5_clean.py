"""Clean answers for the fifth held-out set: no identifier and no marked span, made from openings,
sentences and closings written for this set; some hold words that could tempt a rule."""

from __future__ import annotations

import random

OPENINGS = ("Ten dele.", "Ja, maar:", "Nee.", "Eerlijk gezegd:", "Per saldo:", "Lastig te zeggen.", "Dat hangt ervan af.",
            "Zeker.", "Om te beginnen:", "Goede vraag.", "In het kort:", "Vanuit de teams gezien:", "Tja.",
            "Wat ons betreft:", "Allereerst:")
SENTENCES = (
    "de tarieven dekken de loonkosten niet meer sinds de laatste cao-ronde.",
    "de wachtlijst voor intramurale plekken groeit elke maand.",
    "we besteden te veel tijd aan verantwoording en te weinig aan zorg.",
    "het inkoopbeleid wordt elk jaar op het laatste moment gepubliceerd.",
    "de productieafspraken schuiven steeds op, waardoor we niet kunnen plannen.",
    "Vastgoed is de grootste zorg voor de komende jaren.",
    "Innovatie kost geld en dat zit niet in het tarief.",
    "Behandeling en verblijf moeten weer samen ingekocht worden.",
    "het personeelstekort raakt vooral de nachtdiensten.",
    "De samenwerking met de andere aanbieders in de regio is goed.",
    "wij merken dat cliënten zwaarder zijn dan hun indicatie zegt.",
    "De herindicaties duren maanden en intussen leveren we zorg zonder passend tarief.",
    "Een meerjarige overeenkomst zou veel rust geven.",
    "Het volledig pakket thuis is voor ons nauwelijks rendabel.",
    "de administratieve lasten zijn het afgelopen jaar niet afgenomen.",
    "Het gesprek met de inkoper was constructief.",
    "Wij zouden graag meer ruimte zien voor kleinschalige woonvormen.",
    "Onderaanneming wordt steeds lastiger door de nieuwe regels.",
    "Het is de vraag of de regio nog genoeg aanbieders heeft over vijf jaar.",
    "De indexatie kwam te laat en was te laag.",
    "wij kunnen geen nieuwe cliënten meer opnemen zonder extra personeel.",
    "Zzp'ers zijn duur, maar zonder hen draaien we de roosters niet rond.",
    "Het loont niet om extra te investeren in scholing als het tarief gelijk blijft.",
    "Dagbesteding is voor veel bewoners het belangrijkste onderdeel van de week.",
    "De familie wil graag meedenken, maar weet vaak niet waar ze terecht kan.",
    "Logeeropvang is bijna niet te vinden.",
    "De inkoopprocedure is ingewikkeld voor kleine aanbieders.",
    "Het zou helpen als de formulieren digitaal en vooraf ingevuld zijn.",
    "We hebben dit jaar twee afdelingen moeten samenvoegen.",
    "Tarieven voor de gehandicaptenzorg lopen achter bij de ouderenzorg.",
    "Wij missen een vast aanspreekpunt.",
    "De nieuwe werkwijze is beter, maar het invoeren kost tijd.",
    "Er is veel verloop onder jonge medewerkers.",
    "Het ziekteverzuim is gedaald, dat is goed nieuws.",
    "Cliënten met complexe problematiek vallen tussen wal en schip.",
    "De nachtzorg is het kwetsbaarst.",
    "De bouw van nieuwe locaties loopt vertraging op door netcongestie.",
    "We zien meer vraag naar zorg thuis.",
    "Mantelzorgers zijn overbelast.",
    "De zorgbemiddeling werkt goed wanneer er plek is.",
    "Samenwerken met de huisarts verloopt wisselend.",
    "Het is onduidelijk welke kosten onder het tarief vallen.",
    "Een vast tarief voor een paar jaar zou veel schelen.",
    "Wij willen graag minder controle achteraf.",
    "Goede zorg vraagt om tijd en aandacht, niet om formulieren.",
    "De kwaliteit staat onder druk, maar de teams doen hun uiterste best.",
    "Het budgetplafond maakt het lastig om te groeien.",
    "Wij krijgen te weinig terug van de registratie die we aanleveren.",
    "Sommige eisen spreken elkaar tegen, bijvoorbeeld over personele inzet en doelmatigheid.",
    "Technologie helpt, maar vervangt geen handen aan het bed.",
)
CLOSINGS = ("Dank voor de vraag.", "Succes met de uitwerking.", "Groet.", "Meer kan ik er niet over zeggen.",
            "Dat is het wel.", "Graag horen we hoe dit verder gaat.", "Zie ook ons eerdere antwoord.", "Kortom: zorgen.",
            "Hopelijk helpt dit.", "Mvg")


def _fit(opening: str, sentence: str) -> str:
    """After a full stop the sentence keeps its capital; after a colon it goes on in lower case."""
    head = sentence[0].lower() if opening.endswith(":") else sentence[0].upper()
    return f"{opening} {head}{sentence[1:]}"


def clean_answers(rng: random.Random, n: int = 200) -> list[str]:
    out, seen = [], set()
    while len(out) < n:
        first, *rest = rng.sample(SENTENCES, rng.choice((1, 2, 2, 3)))
        parts = [_fit(rng.choice(OPENINGS), first) if rng.random() < 0.6 else first[0].upper() + first[1:]]
        parts += [s[0].upper() + s[1:] for s in rest]
        if rng.random() < 0.4:
            parts.append(rng.choice(CLOSINGS))
        text = " ".join(parts)
        if text not in seen:
            seen.add(text)
            out.append(text)
    return out
