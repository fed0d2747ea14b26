"""Clean answers of the fourth held-out set: no identifier, no marked span; every replaced word is a false positive.

Pieces written for this set; the generator joins an opening, one to three sentences and sometimes a
closing. They hold capitalised words at sentence start, sector jargon and abbreviations, no names.
"""

from __future__ import annotations

OPENINGS = (
    "Ten dele.", "Eens.", "Oneens.", "Geen mening.", "Ja, deels.", "Nee, helaas niet.", "Lastig te zeggen.",
    "Dat hangt ervan af.", "Zeker.", "Niet echt.", "Ten dele, want", "Wat ons betreft:", "Kort gezegd:",
    "Eerlijk gezegd:", "Over het algemeen wel.", "Vooral niet.", "Gedeeltelijk.", "Geen idee, maar",
)
SENTENCES = (
    "de tarieven stijgen minder hard dan de loonkosten",
    "het personeelstekort is het grootste probleem in de nachtdiensten",
    "wij besteden te veel tijd aan verantwoording en te weinig aan zorg",
    "de wachtlijst voor een plek in het verpleeghuis wordt elk kwartaal langer",
    "het inkoopbeleid is vooral gericht op grote aanbieders",
    "kleine aanbieders hebben geen juristen om een kort geding te voeren",
    "de indexatie van de tarieven komt steeds te laat",
    "het zorgkantoor zou meer moeten sturen op regionale samenwerking",
    "we zien steeds meer cliënten met complexe gedragsproblematiek",
    "uitzendkrachten zijn duur en kennen de bewoners niet",
    "de productieafspraken zijn te krap voor de vraag in de regio",
    "de afspraken over meerzorg zijn onduidelijk en verschillen per jaar",
    "het volledig pakket thuis is een mooie vorm, maar de tarieven zijn te laag",
    "familie wordt steeds vaker ingezet om gaten in het rooster te vullen",
    "de nacalculatie kost ons elk jaar maanden werk",
    "de dagbesteding staat onder druk door vervoerskosten",
    "Vastgoed is een groeiend probleem, de normatieve huisvestingscomponent dekt de kosten niet",
    "Ook de energiekosten zijn fors gestegen",
    "Minder formulieren zou al veel schelen",
    "De communicatie met de zorginkopers is vriendelijk maar vrijblijvend",
    "Wij missen een meerjarig perspectief",
    "Innovatie wordt niet beloond, alleen productie telt",
    "Het ziekteverzuim ligt boven de tien procent",
    "De uitvraag is elk jaar anders, waardoor we steeds opnieuw moeten zoeken",
    "Cliënten met een lichte indicatie blijven langer thuis wonen",
    "Het aantal crisisopnames is verdubbeld",
    "We hebben drie woongroepen moeten samenvoegen",
    "Onze medewerkers zijn moe en dat merken de bewoners",
    "Het is goed dat er aandacht is voor de wachtlijsten",
    "Technologie helpt, maar vervangt geen handen aan het bed",
    "Scholing kost tijd die we niet vergoed krijgen",
    "De gesprekken met inkopers zijn beter dan vorig jaar",
    "Gebruik van domotica wordt niet meegenomen in het tarief",
    "Sommige regels spreken elkaar tegen",
    "Mantelzorgers raken overbelast",
    "Cliënten wachten gemiddeld langer dan een half jaar op een passende plek",
    "In de avonduren is de bezetting te laag",
    "De kwaliteit staat onder druk, ook al doet iedereen zijn best",
    "Verantwoording moet eenvoudiger en eenmalig",
    "Meerjarige contracten geven rust en ruimte om te investeren",
    "De vragen in deze enquête zijn herkenbaar",
    "Zorgbemiddeling werkt beter als er echt plekken zijn",
    "Behandeling en verblijf horen bij elkaar",
    "Onduidelijk blijft hoe de toeslagen worden berekend",
    "Goede zorg begint bij voldoende en vast personeel",
    "Veel collega's werken in deeltijd en willen niet meer uren",
    "Het verschil tussen de regio's is niet uit te leggen",
    "Per saldo houden we te weinig over om te investeren",
    "Jonge collega's vertrekken vaak binnen twee jaar",
    "Vanuit de cliëntenraad horen we vooral zorgen over de continuïteit",
)
CLOSINGS = ("", "", "", "Dank voor het vragen.", "Succes met de verwerking.", "Meer kan ik er niet over zeggen.",
            "Graag een reactie.", "Tot volgend jaar.", "Dat was het.")
