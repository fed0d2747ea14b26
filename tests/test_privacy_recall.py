"""The rule families added for recall on unseen text (issue 15), each with the controls it must leave
alone: larger name lists (names common in the Netherlands of Dutch, Frisian, Turkish, Moroccan,
Polish and Surinamese origin), names joined to a found name, role appositives, signatures, names cut
before a public body, coined organisation names in an organisation's context, client numbers,
spaced phone numbers and organisation names in capitals."""

from __future__ import annotations

import pytest

from openanswers.privacy.names import core_first_names, first_names, surnames
from privacy_checks import check_replaced, check_unchanged

CASES = [  # (text, what must go, what must stay)
    # bare names from the larger lists, with no cue
    ("Het rooster maakt Gerbrich, de declaraties doet Sevda.", ["Gerbrich", "Sevda"], ["rooster", "declaraties"]),
    ("Daarna heeft Khadija het dossier overgenomen.", ["Khadija"], ["dossier"]),
    ("Volgens Przemysław is de planning rond.", ["Przemysław"], ["planning"]),
    ("De avonddienst wordt gedraaid door Rajesh Ramdin.", ["Rajesh"], ["avonddienst"]),
    ("Daar gaat Tjitske Hoekstra-Wiersma over.", ["Tjitske", "Hoekstra", "Wiersma"], ["Daar"]),
    # lower case: a common first name, with a surname after particles
    ("vraag het maar aan sanne, die weet het", ["sanne"], ["vraag", "weet"]),
    ("dit is ingevuld door femke van oosterzee", ["femke", "oosterzee"], ["ingevuld"]),
    # a listed first name joined to a found name
    ("De wachtlijst houden mevrouw Kaptein en yara bij.", ["Kaptein", "yara"], ["wachtlijst", "mevrouw"]),
    ("Dat regelen Joukje en Hennie de Graaf samen.", ["Joukje", "Hennie", "Graaf"], ["regelen", "samen"]),
    # a listed first name that is also a word, after a preposition and before ", die/zij/hij"
    ("ja, vraag het maar aan roos, die doet bij ons de declaraties", ["roos"], ["vraag", "declaraties"]),
    # a role word, a comma, the name, a comma; a call-back verb
    ("Onze controller, Ingeborg, merkt dat de lasten stijgen.", ["Ingeborg"], ["controller", "lasten"]),
    ("Graag terugbellen naar Wendel op werkdagen.", ["Wendel"], ["terugbellen", "werkdagen"]),
    # a signature on its own line; a double-barrelled name with "te"
    ("Met collegiale groet,\nT. Vlieger-Huisman", ["Vlieger", "Huisman"], ["collegiale"]),
    ("Mevr. A.C. Bosch-te Riele neemt deel aan de werkgroep.", ["Bosch", "Riele"], ["Mevr.", "werkgroep"]),
    # a name that runs into a public body: the name goes, the body stays
    ("Meneer Kaptein van Zilveren Kruis heeft het toegezegd.", ["Kaptein"], ["Meneer", "Zilveren Kruis"]),
    # ... but not a stop word or an ordinary word next to a name, nor "door" before one
    ("Daarna hebben mevrouw Jansen en ik gebeld; zorg en welzijn apart.", ["Jansen"], ["en ik", "zorg en welzijn"]),
    ("Het rapport is geschreven door Wilson zelf.", ["Wilson"], ["door"]),
    # names in capitals
    ("BEL DAARVOOR MET FENNA OLDEKAMP.", ["FENNA", "OLDEKAMP"], ["BEL", "DAARVOOR"]),
    # a coined organisation name with no head word, in an organisation's context
    ("Bij Solvenda merken we dat het tarief te laag is.", ["Solvenda"], ["Bij", "tarief"]),
    ("Binnen Zorgkwartier werken wij met vaste teams.", ["Zorgkwartier"], ["Binnen", "teams"]),
    ("De dagbesteding draait vanuit Meriva, afdeling Oost is dicht.", ["Meriva", "Oost"], ["dagbesteding"]),
    # organisation heads: a compass word belongs to the name; in capitals two words at most
    ("wij zijn stichting lindehoeve noord en werken met vpt", ["lindehoeve", "noord"], ["stichting", "werken"]),
    ("STICHTING DE ZONNEWIJZER OOST ZIT VOL!", ["ZONNEWIJZER", "OOST"], ["STICHTING", "ZIT VOL"]),
    # last resort: a capitalised word mid-sentence that no lexicon, name list or place list knows
    ("Ik heb dit met Verhoosel besproken, de wachtlijst Kwekkelstein loopt op.", ["Verhoosel", "Kwekkelstein"], ["wachtlijst"]),
    # a client number without "nummer"; a phone number with spaced dashes
    ("cliënt 4471203 en cliënt K-20417 wachten op een indicatie.", ["4471203", "K-20417"], ["indicatie"]),
    ("Bel ons op 050 - 317 42 90 voor een afspraak.", ["050", "317 42 90"], ["afspraak"]),
]
CONTROLS = [
    # places after "bij"/"binnen" stay: regions matter in these surveys
    "Bij Rotterdam hebben we een wachtlijst, binnen Amstelveen werken we met wijkteams.",
    "Bij Zilveren Kruis hebben we een goede relatie; bij Menzis zijn we minder tevreden.",
    "Bij Wijkteams werken we anders dan bij Zorgaanbieders.",
    # abbreviations in capitals are no names
    "Kan het zorgkantoor het verband tussen IZA en GALA aangeven?",
    # adjectives made from a proper noun, English phrases, Dutch words after a first-name-like word
    "Via de Kaspische Zee en de Egeïsche Zee naar de Braziliaanse kust.",
    "Hoe ziet het zorgkantoor de ondersteuning van de Green Deal 3.0?",
    "De toets werd gemaakt door COX-1 en de analyse door het lab.",
    "De Kamer van Volksvertegenwoordigers stemde in.",
    # the last-resort rule leaves places, abbreviations, noun phrases, units and brands after "&"
    "De zorg in Zwijndrecht en Ottawa is anders, bijv. in Texel; zie Bijv. de bijlage.",
    "Hij kreeg een goede Zwerkbaltraining, de acht Laurusformules en 90 graden Fahrenheit.",
    "Het gaat om Zorg in Onderwijstijd, DSP & Oberon, en de Barneveldse aanpak met Rossby-golven.",
    # a preposition, an ordinary word and ", die": no person
    "Dat ligt aan de planning, die te krap is, en aan het geld, dat op is.",
    # a first name after an article is a place's name
    "Aanbieder De Linde en de Roos werken samen.",
    # a numbered list item, a client without a number, an enumeration of years
    "G. Stelt het zorgkantoor de Green Deal verplicht?",
    "Cliënt 3 heeft een indicatie, cliënt 12 niet.",
    "Tussen 2020 - 2024 is het aantal cliënten gegroeid.",
    "De controller, zoals bekend, kijkt mee.",
]


@pytest.mark.parametrize("text, gone, kept", CASES)
def test_new_rules_find_identifiers(text, gone, kept):
    check_replaced(text, gone, kept)


@pytest.mark.parametrize("text", CONTROLS)
def test_new_rules_leave_controls_intact(text):
    check_unchanged(text)


def test_name_lists_cover_origins_common_in_the_netherlands():
    firsts, lasts = first_names(), surnames()
    for name in ("Mehmet", "Zeynep", "Mohamed", "Fatima", "Agnieszka", "Krzysztof", "Sunita", "Tjitske", "Sjoerd"):
        assert name in firsts, name
    for name in ("Yıldırım", "Kowalski", "Hoekstra", "Bakker"):
        assert name in lasts, name
    # a name that is also a Dutch word stays paired: never found on its own
    assert firsts["Roos"] is False and lasts["Visser"] is False
    # lower case only for the names common in the Low Countries, not nam_dict's long tail
    assert "Sanne" in core_first_names() and "Sharif" in firsts and "Sharif" not in core_first_names()
