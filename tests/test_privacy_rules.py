"""The context rules: each kind of leak the issue names, invented names that are on no list, and
the controls (public bodies, the Wlz, months, ordinary words that look like names) that must stay."""

from __future__ import annotations

import pytest

from openanswers.privacy.gate import Gate, ordinary_id
from privacy_checks import check_replaced, check_unchanged

CASES = [  # (text, what must go, what must stay)
    ("Ik sprak meneer jansen en mevrouw de vries.", ["jansen", "vries"], ["meneer", "mevrouw"]),
    ("MEVROUW OKKERSE BELDE ONS.", ["OKKERSE"], ["MEVROUW"]),
    ("Volgens J. Jansen-de Vries klopt dit.", ["Jansen", "Vries"], ["Volgens"]),
    ("Mevrouw Bakker-van Dam belde.", ["Bakker", "Dam"], ["Mevrouw"]),
    ("Wietske van Huizum belde gisteren.", ["Wietske", "Huizum"], ["belde"]),
    ("Karin de Wolff belde.", ["Karin", "Wolff"], ["belde"]),
    ("ik sprak petra van dijk en anouk verbeek.", ["petra", "dijk", "anouk", "verbeek"], ["sprak"]),
    ("Onze teamleider Petra en contactpersoon: Okkerse.", ["Petra", "Okkerse"], ["teamleider", "contactpersoon"]),
    ("De regiomanager Hoogeveen-Brink kwam langs.", ["Hoogeveen-Brink"], ["regiomanager"]),
    ("Stichting Zonnewende, Zorggroep Noorderbreedte en thuiszorg kwekkebolt.", ["Zonnewende", "Noorderbreedte", "kwekkebolt"], ["Stichting", "Zorggroep"]),
    ("Huize Avondrood en Woonzorgcentrum Het Kwekkeboom.", ["Avondrood", "Kwekkeboom"], ["Huize"]),
    ("Op locatie Oosterwold in Almere.", ["Oosterwold"], ["Almere"]),
    ("Stuur het naar Postbus 1234, 3500 AB Utrecht.", ["1234", "3500 AB"], ["Utrecht"]),
    ("Ons KvK-nummer is 12345678 en AGB-code 87654321.", ["12345678", "87654321"], ["KvK-nummer"]),
    ("Cliëntnummer 4711234 en dossiernummer: 98-7654 en BSN 123456780.", ["4711234", "98-7654", "123456780"], []),
    ("Postcode 1234 ab, 2511cv en 3512 jk Utrecht.", ["1234 ab", "2511cv", "3512 jk"], ["Utrecht"]),
    ("dhr. R. Brouwershaven en mw. Stoutjesdijk", ["Brouwershaven", "Stoutjesdijk"], ["dhr.", "mw."]),
]
CONTROLS = [
    "De Zorg is in de regio goed geregeld.",
    "Van harte aanbevolen.",
    "Kok en huishouding zijn apart ingekocht.",
    "Volgens de Wet langdurige zorg beslist het CIZ; de NZa stelt tarieven, VWS het beleid en het Zorginstituut het pakket.",
    "De zorgkantoren en het zorgkantoor overleggen in januari, mei, augustus en december.",
    "In 2024 is de stichting gestart en de locatie is open; de thuiszorg heeft personeel.",
    "Het verpleeghuis en de zorggroep werken samen met de teamleider en de contactpersoon.",
    "Zie paragraaf 4.2 en bijlage 3 van 1000 mb op pagina 12.",
    "Het CIZ-besluit en de Wlz-indicatie gelden voor ZZP VV 5.",
]


@pytest.mark.parametrize("text, gone, kept", CASES)
def test_context_rules_find_invented_names(text, gone, kept):
    check_replaced(text, gone, kept)


@pytest.mark.parametrize("text", CONTROLS)
def test_controls_stay_intact(text):
    check_unchanged(text)


def test_ordinary_ids_stay_and_personal_ids_get_stable_pseudonyms():
    for value in ("R0001", "nvi-0012", "17", "resp_12", "2024-001", "R_1a2B3c4D5e6F7g8", "3f2504e0-4f89-11d3-9a0c-0305e82c3301"):
        assert ordinary_id(value), value
    gate = Gate()
    assert gate.id("R0001") == "R0001" and gate.id("R0001#2") == "R0001#2"
    email = gate.id("p.devries@zorg.nl")
    assert email == "[E-MAIL-1]" and gate.id("p.devries@zorg.nl#3") == "[E-MAIL-1]#3"
    assert gate.id("06-12345678") == "[TELEFOON-1]" and gate.id("Hendriksen") == "[ID-1]"
    assert gate.id("p.devries@zorg.nl") == email  # same id, same pseudonym: rows still link
    assert Gate(pseudonymise=False).id("p.devries@zorg.nl") == "p.devries@zorg.nl"


def test_metadata_values_keep_subgroups_and_lose_personal_data():
    gate = Gate()
    assert gate.value("Zilveren Kruis") == "Zilveren Kruis"  # an organisation is a subgroup
    assert gate.value("omzetklasse 3") == "omzetklasse 3"
    assert gate.value("Team Kuipers") == "Team [NAAM-1]" and gate.value("team  Kuipers") == "team  [NAAM-1]"
    assert gate.value("Jansen") == "[NAAM-2]"
    column = gate.column("contactpersoon", ["Willemijn Stoutjesdijk", "Jansen", "Willemijn Stoutjesdijk", None])
    assert column[0] == column[2] != column[1] and column[3] is None and "Stoutjesdijk" not in column[0]
    assert gate.metadata("contactpersoon", "willemijn  stoutjesdijk") == column[0]


def test_labels_and_keywords_lose_names_found_in_the_answers():
    gate = Gate()
    gate.text("Het overleg met mevrouw Okkerse loopt.")
    assert gate.words("okkerse") == "[NAAM]" and gate.words("overleg okkerse") == "overleg [NAAM]"
    assert gate.words("petra") == "[NAAM]"  # on the name list, in lower case
    assert gate.words("wachtlijst") == "wachtlijst"
