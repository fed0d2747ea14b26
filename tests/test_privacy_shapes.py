"""Rule families of the second recall round of issue 15, on text written for these tests (none of it
from an evaluation set): identifiers in the shapes people write them (capitals, house-number
additions, postcodes with a hyphen, listed codes, numbers abroad), care homes and providers with no
head word, names found from what stands around them; and for each family the control it must leave
alone."""

from __future__ import annotations

import pytest

from openanswers.privacy import Pseudonymiser
from openanswers.privacy.sites import site_compound
from privacy_checks import check_replaced, check_unchanged

CASES = [  # (family, text, what must go, what must stay)
    ("url in capitals", "ZIE WWW.ZORGVOORBEELD.NL/OVER-ONS EN HTTPS://ORVALIA-ZORG.NL/JAARVERSLAG.",
     ["ZORGVOORBEELD", "ORVALIA", "JAARVERSLAG"], ["ZIE", "EN"]),
    ("street with Van", "Bezoekadres: Van Heemstraweg 12-II, 3811 AB Amersfoort.", ["Heemstraweg", "12-II", "3811"],
     ["Bezoekadres", "Amersfoort"]),
    ("street first", "Wij zitten aan de Laan van Meerdervoort 52 en Burg. Roelenweg 4a.", ["Meerdervoort", "Roelenweg"],
     ["Wij zitten"]),
    ("lower-case street", "wij zitten aan de linnaeuslaan 14 hs, 1098 ab in amsterdam", ["linnaeuslaan", "1098 ab"],
     ["amsterdam"]),
    ("streets in capitals and dictionary street names in lower case",
     "HET ADRES IS VAN DIJKSTRAAT 4-II; wij zitten aan de kerkstraat 12 in 1234 ab utrecht",
     ["DIJKSTRAAT", "4-II", "kerkstraat 12", "1234 ab"], ["HET ADRES IS", "utrecht"]),
    ("postcode with hyphen and after its word", "Postcode 1234-AB; onze postcode is nu 2345 kl, echt.",
     ["1234-AB", "2345 kl"], ["echt"]),
    ("listed codes", "Wij hebben twee AGB-codes: 12345678 en 87-654321; zorgverlenerscode 11223344.",
     ["12345678", "87-654321", "11223344"], ["AGB-codes"]),
    ("postbus with two digits, a number abroad", "Postbus 77 is opgeheven; bel +32 470 12 34 56.", ["77", "470"],
     ["opgeheven"]),
    ("care home compound", "Er zijn vacatures bij Eikenhorst en de bewoners verhuizen naar Wilgenstede.",
     ["Eikenhorst", "Wilgenstede"], ["vacatures", "bewoners"]),
    ("care home alone on a list line", "Betrokken aanbieders:\n- Berkenwiek\n- Zorggroep Maasoever\n",
     ["Berkenwiek", "Maasoever"], ["Betrokken aanbieders"]),
    ("signature organisation", "Met vriendelijke groet,\nKees Brandsma\nContractmanager Wlz\nOrvalia\n06-12345678",
     ["Kees", "Brandsma", "Orvalia", "12345678"], ["Contractmanager Wlz"]),
    ("organisation in brackets", "Groet, Lotte (Verana)", ["Lotte", "Verana"], ["Groet"]),
    ("organisations listed", "Samen met Stichting Orvela, Terpana en Zorggroep Maasoever.", ["Orvela", "Terpana", "Maasoever"],
     ["Samen met"]),
    ("new head words", "Gezinshuis De Regenboog en Hofje Rustoord zitten vol.", ["Regenboog", "Rustoord"], ["zitten vol"]),
    ("first name before a found surname", "naam: Ayşe Kılıçarslan\ntel: 06-11223344", ["Ayşe", "Kılıçarslan"], ["naam"]),
    ("name and role", "Ik verwijs naar Bartosz Nowak, onze controller, voor de cijfers.", ["Bartosz", "Nowak"],
     ["controller"]),
    ("name opening a sentence with a verb of work", "Ilyas regelt de roosters. Martine belt morgen terug.",
     ["Ilyas", "Martine"], ["roosters"]),
    ("lower-case full name after a role", "onze teamleider femke de haan en collega joris hakvoort weten het",
     ["femke", "haan", "joris", "hakvoort"], ["teamleider", "collega"]),
    ("lower-case name closing a message", "dank voor de moeite! groet, ruud", ["ruud"], ["dank"]),
    ("contact cues", "Zie de mail van Sjoerd van dinsdag. Dag Annemiek, ik ben Wessel.", ["Sjoerd", "Annemiek", "Wessel"],
     ["dinsdag"]),
    ("short first name in capitals after contact", "Ik heb contact gehad met KEES van de salarisadministratie.",
     ["KEES"], ["salarisadministratie"]),
    ("double-barrelled in lower case", "mevr. van dijk-de bruin belde over haar vader", ["dijk", "bruin"], ["mevr.", "vader"]),
    ("initials with a capital particle", "Opgesteld door K.L. De Smet en T. Bakker, tel 0612345678.", ["Smet", "Bakker"],
     ["Opgesteld"]),
    ("a name running into a public body", "Met meneer Ruigrok van het Zorgkantoor Zwolle is gesproken.", ["Ruigrok"],
     ["Zorgkantoor Zwolle"]),
    ("a capitalised particle after a first name", "naam: Kees De Wolf", ["Kees", "Wolf"], ["naam"]),
    ("employer", "Ik werk sinds kort bij Orvalia; facturen graag op naam van Terpana.", ["Orvalia", "Terpana"],
     ["facturen"]),
    ("lower-case initials after a title", "de heer p. de vries en mevrouw j. jansen-bakker belden", ["vries", "jansen"],
     ["de heer", "mevrouw", "belden"]),
    ("more domains", "Zie zorgvoorbeeld.care en voorbeeldzorg.online/contact.", ["zorgvoorbeeld", "voorbeeldzorg"], ["Zie"]),
    ("a first name beside the writer, a double first name", "Kees en ik bellen; Harm-Jan en Anne-Marie doen de planning.",
     ["Kees", "Harm-Jan", "Anne-Marie"], ["en ik bellen", "planning"]),
    ("a first name in brackets after initials", "Groeten,\nR.J.M. (Rob) ter Haar", ["Rob", "Haar"], ["Groeten"]),
]
CONTROLS = [
    ("url", "Het bedrag steeg met 3.5 procent, zie bijlage 2.1; dit is o.a. z.s.m. nodig, d.w.z. nu."),
    ("street", "We rijden via de snelweg 3 keer per week; de Kastanjelaan is afgesloten."),
    ("lower-case postcode before a place", "in 2024 ging 1000 mb naar zwolle; zie 2023 de zorg."),
    ("postcode", "In 2024 is 1000 mb aan data verstuurd; score 2023-EU."),
    ("listed codes", "Ons KvK-nummer staat op de factuur, en in 2024 en 2025 ook."),
    ("number abroad", "Het tarief steeg +3,5% en er kwamen + 12 mensen bij."),
    ("care home compound", "Het Kwaliteitskader Verpleeghuiszorg en de Gehandicaptenzorg vragen veel van de Ouderenzorg."),
    ("signature", "Met vriendelijke groet,\nZorgkantoor Twente"),
    ("vendors", "We plannen in Nedap ONS, declareren via Vecozo en AFAS en overleggen in Teams."),
    ("opening verb", "Marktwerking regelt niets. Iedereen zegt het. Helaas is het tarief te laag."),
    ("after a role", "We werken met een vast team per groep en de teamleider zorg belt."),
    ("closing", "Veel groeten aan allemaal"),
    ("beside the writer", "Jij en ik, de zorg en ik: Noord-Holland en Zuid-Holland."),
    ("caps after contact", "Wij hebben contact gehad met het CAK en de SVB."),
    ("place after in", "Ons kantoor staat in Oosterwierum en de zorg wordt geleverd in Friesland."),
    ("brackets after an initial", "Zie bijlage B. (Tarieven) en art. 3 (Wlz)."),
    ("employer", "Ik werk bij de gemeente, bij Zilveren Kruis en in Utrecht, en al jaren bij Thuiszorg."),
]


KEPT = [  # (family, text, what is replaced, what must stay all the same)
    ("brackets", "Lotte (planning) en Anouk (financiën) vulden dit in.", ["Lotte", "Anouk"], ["(planning)", "(financiën)"]),
    ("listed", "Stichting Orvela werkt in Amsterdam, Utrecht en Zwolle.", ["Orvela"], ["Amsterdam, Utrecht en Zwolle"]),
    ("place after a postcode", "Postbus 12, 1234 AB Oosterwierum.", ["12", "1234 AB"], ["Oosterwierum"]),
    ("a name in capitals ends before a function word", "ONZE LOCATIE DE BERKENHOF IN ZWOLLE HEEFT EEN WACHTLIJST.",
     ["BERKENHOF"], ["IN ZWOLLE HEEFT"]),
]


@pytest.mark.parametrize("family, text, gone, kept", CASES + KEPT, ids=[c[0] for c in CASES + KEPT])
def test_shapes_and_cues_are_replaced(family, text, gone, kept):
    check_replaced(text, gone, kept)


@pytest.mark.parametrize("family, text", CONTROLS, ids=[c[0] for c in CONTROLS])
def test_controls_of_each_family_stay(family, text):
    check_unchanged(text)


def test_site_compound_wants_a_dutch_word_and_a_dwelling_word():
    assert all(site_compound(w) for w in ("Eikenhorst", "Wilgenstede", "Berkenwiek", "Zonnehoek", "Lijsterhoeve"))
    assert not any(site_compound(w) for w in ("Verpleeghuiszorg", "Binnenhof", "Ziekenhuis", "Smeenk", "Kastanjelaan"))


def test_a_vendor_on_the_users_own_list_is_replaced():
    scrub = Pseudonymiser(organisations=["Nedap"])
    assert scrub.transform(["We plannen in Nedap."]) == ["We plannen in [ORGANISATIE]."]
