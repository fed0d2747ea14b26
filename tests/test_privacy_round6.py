"""Rule families of the sixth recall round of issue 15, on text written for these tests (none of it
from an evaluation set): an organisation's name running on over a compass word or region, founding years after a
head, sector words joined by "+" or "/", family firms, a name before a compound head, coined "-zorg"
compounds, mail-header names, regional spellings of the heads; care homes named by a plain word in a
sentence about a site, "Sint" before a name; the keywords "burgerservicenr.", "handelsregister",
"Antwoordnummer", "P.O. Box"; the same kind's number "die van …"; CSV rows under a header; streets
with no street word; a found name's particles, second surname, initials without dots and
unknown lower-case words listed with it. Replacements on the rules alone; controls on the default (rules and recogniser)."""

from __future__ import annotations

import pytest

from openanswers.privacy import Pseudonymiser
from privacy_checks import check_replaced, check_unchanged

RULES = Pseudonymiser(recogniser=False)

CASES = [  # (family, text, what must go, what must stay)
    ("a compass word after a found organisation", "De inkoop bij Brelvanzorg Zuid loopt stroef.", ["Brelvanzorg", "Zuid"],
     ["De inkoop bij", "loopt stroef"]),
    ("a region after a found organisation", "Het contract met Amstelzorg Twente loopt af.", ["Amstelzorg", "Twente"],
     ["Het contract met", "loopt af"]),
    ("a sector word after a found organisation stays", "Wij werken samen met Tessavo Wonen sinds mei.", ["Tessavo"],
     ["Wij werken samen met", "Wonen sinds mei"]),
    ("a founding year after a head", "Sinds de fusie met Zorggroep 1987 is alles anders.", ["1987"],
     ["Sinds de fusie met Zorggroep", "is alles anders"]),
    ("a founding year after a lower-case head", "ingevuld namens stichting 1954, afdeling inkoop", ["1954"],
     ["ingevuld namens stichting", "afdeling inkoop"]),
    ("sector words joined by +", "Onze partner Leven+Wonen Drechtstad heeft geen plek.", ["Leven+Wonen", "Drechtstad"],
     ["Onze partner", "heeft geen plek"]),
    ("sector words joined by /", "Het overleg met Zorg/Welzijn Heuvelrug is uitgesteld.", ["Welzijn", "Heuvelrug"],
     ["Het overleg met", "is uitgesteld"]),
    ("a sector word with a trailing +", "ik werk bij zorg+ karwenta als planner", ["karwenta"], ["ik werk bij", "als planner"]),
    ("a family firm", "De schoonmaak doet Hofstra & Zonen Schoonmaak voor ons.", ["Hofstra", "Zonen"],
     ["De schoonmaak doet", "voor ons"]),
    ("a family firm over a listed abbreviation", "de facturen van Wiersma & Zn Thuishulp kloppen niet", ["Wiersma", "Zn"],
     ["de facturen van", "kloppen niet"]),
    ("a name before a compound head", "aanbieders als Dageraad Thuiszorg hebben het zwaar", ["Dageraad"],
     ["aanbieders als", "hebben het zwaar"]),
    ("a coined compound on -zorg", "Het logo van Velurazorg staat op de brief.", ["Velurazorg"], ["Het logo van", "staat op de brief"]),
    ("a mail header's display name", "Van: Kwartelhof BV <info@voorbeeld.nl>\nOnderwerp: tarief", ["Kwartelhof"], ["Van:", "Onderwerp"]),
    ("a regional spelling of a head", "Ik bin van zörggroep Achterveld en wij hebt te weinig mensen", ["Achterveld"],
     ["Ik bin van zörggroep", "te weinig mensen"]),
    ("begeleidingsdienst as a head", "Navraag bij Begeleidingsdienst Kompasroos loopt.", ["Kompasroos"], ["Navraag bij", "loopt"]),
    ("a site by a plain word, with a waiting list", "De wachtlijst voor De Schuur is lang geworden.", ["Schuur"],
     ["De wachtlijst voor", "is lang geworden"]),
    ("a site by a plain word, residents", "de bewoners zeggen dat Het Vaandel dicht gaat", ["Vaandel"], ["de bewoners zeggen dat", "dicht gaat"]),
    ("a capitalised noun after op, someone working there", "Mijn nicht werkt al jaren op Zonnedauw als verzorgende.",
     ["Zonnedauw"], ["Mijn nicht werkt al jaren op", "als verzorgende"]),
    ("Sint before a found site", "De wachtlijst voor Sint Barbarahof loopt op.", ["Sint", "Barbarahof"], ["De wachtlijst voor", "loopt op"]),
    ("particles and a surname after a found name", "Ik sprak met mevrouw Wietske van Hulst over de tarieven.",
     ["Wietske", "Hulst"], ["Ik sprak met mevrouw", "over de tarieven"]),
    ("two found names joined by a particle", "Dank aan Gerrit op den Velde voor het werk.", ["Gerrit", "Velde"],
     ["Dank aan", "voor het werk"]),
    ("a second surname after a spaced dash", "Ik heb gesproken met mevrouw Jansen - Okkerse over de zorg.", ["Jansen", "Okkerse"],
     ["Ik heb gesproken met mevrouw", "over de zorg"]),
    ("initials without dots before a found name", "Bel voor vragen KL Verbeek, hij weet ervan.", ["KL", "Verbeek"],
     ["Bel voor vragen", "hij weet ervan"]),
    ("a weekday after a name's van stays", "Zie de mail van mevrouw Jansen van Donderdag.", ["Jansen"], ["van Donderdag"]),
    ("an abbreviation before a name stays", "De GGZ Jansen-methode werkt.", ["Jansen"], ["De GGZ", "-methode werkt"]),
    ("a known word listed with a name stays", "Ik heb Sanne en haar team gesproken.", ["Sanne"], ["en haar team gesproken"]),
    ("a lower-case unknown word listed with a found name", "De nachtdienst doen Sanne en joriek samen.", ["Sanne", "joriek"],
     ["De nachtdienst doen", "samen"]),
    ("burgerservicenr.", "burgerservicenr. 11 22 33 444 van mijn moeder", ["444"], ["burgerservicenr.", "van mijn moeder"]),
    ("handelsregister", "Inschrijving handelsregister: 12003456.", ["12003456"], ["Inschrijving handelsregister"]),
    ("Antwoordnummer", "Stuur het formulier naar Antwoordnummer 12345, gratis.", ["12345"], ["Stuur het formulier naar", "gratis"]),
    ("P.O. Box", "Post graag naar P.O. Box 818 in Utrecht.", ["818"], ["Post graag naar", "in Utrecht"]),
    ("the same kind's number, die van …", "Ons AGB-nummer is 12345678, die van de dagbesteding is 87654321.", ["12345678", "87654321"],
     ["Ons AGB-nummer is", "die van de dagbesteding is"]),
    ("a CSV row under a known header", "klantnummer;zorgprofiel;start\n00123456;VV5;01-02-2024", ["00123456"], ["klantnummer", "VV5"]),
    ("a street before a postcode", "Postadres: Buitenhaven 14B, 1234 AB Ergensdorp.", ["Buitenhaven", "14B"], ["Postadres"]),
    ("a street after aan de", "Wij zitten aan de Schelpenkade 7-III sinds kort.", ["Schelpenkade", "7-III"], ["Wij zitten aan de", "sinds kort"]),
]

CONTROLS = [
    ("a year after a common head with an article", "De thuiszorg 2024 kostte meer dan gepland."),
    ("a year range after a head", "Stichting 2020-2024 was een moeilijke periode, zegt de raad."),
    ("a title in capitals with a site cue", "De Wachtlijst Is Het Grootste Probleem Van De Regio."),
    ("a capitalised article opening a sentence", "Het Kwaliteitskader zegt iets over de wachtlijst."),
    ("sector words joined by / before a lower-case word", "Het budget voor zorg/welzijn is op, zegt de wachtlijst."),
    ("a place after op with a site cue", "De wachtlijst op Texel is lang."),
    ("a number of years after aan de", "We werken aan de Toekomst 2030 met de regio."),
    ("a public body after a found organisation stays", "Ik ben contactpersoon van Zorgkantoor Zwolle."),
]

@pytest.mark.parametrize("family, text, gone, kept", CASES, ids=[c[0] for c in CASES])
def test_round6_families_are_replaced_by_the_rules(family, text, gone, kept):
    check_replaced(text, gone, kept, RULES)


@pytest.mark.parametrize("family, text", CONTROLS, ids=[c[0] for c in CONTROLS])
def test_round6_controls_stay(family, text):
    check_unchanged(text, RULES)

