"""Rule families of the fifth recall round of issue 15, on text written for these tests (none of it
from an evaluation set): brand-shaped organisations ("&", digits, CamelCase, dotted abbreviations,
English business words), names in quotes after their head, sites after a capitalised article,
coined names after a preposition, in file names and before "locaties"; chat speakers, a name and
its number on a line, initials without dots, relatives, asking and thanking, surnames after two
particles, a name recurring in an answer; and the shapes (postcodes with two spaces, house-number
additions, "pb", numbers before their keyword). Replacements are checked on the rules alone (the
learned recogniser may not stand in for a rule); controls on the default (rules and recogniser)."""

from __future__ import annotations

import pytest

from openanswers.privacy import Pseudonymiser
from openanswers.privacy.recurrence import recurring
from privacy_checks import check_replaced, check_unchanged

RULES = Pseudonymiser(recogniser=False)

CASES = [  # (family, text, what must go, what must stay)
    ("two words joined by &", "Wij zijn overgestapt op Riet & Roos B.V. voor de nachtzorg.", ["Riet", "Roos"],
     ["overgestapt", "nachtzorg"]),
    ("a capitalised word with a digit", "Het contract met Buurt24 en Thuis4All loopt af.", ["Buurt24", "Thuis4All"],
     ["contract", "loopt af"]),
    ("a capital inside a word", "Wij huren nachtdiensten in bij HartVerwarmend Thuis.", ["HartVerwarmend"], ["nachtdiensten"]),
    ("an abbreviation with dots", "Bij B.W.T. is de wachtlijst lang; navraag loopt.", ["B.W.T."], ["wachtlijst"]),
    ("an English brand before a business word", "Het gesprek met Bright Path Homecare verliep goed.", ["Bright", "Path"],
     ["gesprek", "verliep"]),
    ("a name in quotes after its head", "Stichting “Het Kompas” sluit het woonhuis ‘De Wever’ per 1 mei.",
     ["Kompas", "Wever"], ["Stichting", "sluit het woonhuis", "per 1 mei"]),
    ("a site after a capitalised article and a preposition", "Mijn vader verhuisde naar De Pottenbakker in maart.",
     ["Pottenbakker"], ["verhuisde naar", "in maart"]),
    ("a coined name closing a clause after bij", "Ik regel de inkoop bij Talvora.", ["Talvora"], ["regel de inkoop"]),
    ("a coined name in a file name", "Zie begroting_Talvora_v2.pdf in de map.", ["Talvora"], ["begroting_", "in de map"]),
    ("a coined name opening a sentence with an organisation's verb", "Quintessa levert te weinig uren.", ["Quintessa"],
     ["levert te weinig uren"]),
    ("a coined name before locaties", "Ik ben regiomanager voor de Quintessa locaties.", ["Quintessa"],
     ["regiomanager", "locaties"]),
    ("more head words", "Mijn tante woont in Woonzorgpark Wilgenrust.", ["Wilgenrust"], ["Mijn tante woont in"]),
    ("vd as a particle", "We hebben contact gehad met Lotte vd Berg.", ["Lotte", "Berg"], ["contact gehad met"]),
    ("chat speakers", "[09:12] Wessel: is de offerte binnen?\n[09:14] marit: nee, morgen", ["Wessel", "marit"],
     ["offerte", "morgen"]),
    ("a name and a number on a line", "Hanneke van der Bruggen 06 12 34 56 78", ["Hanneke", "Bruggen"], []),
    ("a name in brackets after a phone number", "BEL MIJ: 0612345678 (HANNEKE)", ["HANNEKE"], ["BEL MIJ"]),
    ("initials without a dot", "Bewindvoerder K Ruijsch belde; mw. M.M.R Ruijsch ook.", ["K Ruijsch", "M.M.R"],
     ["Bewindvoerder", "belde"]),
    ("relatives", "Ik ben de broer van Thijmen; mijn zusje noortje woont thuis. Moeder (Gerda, 79) ook.",
     ["Thijmen", "noortje", "Gerda"], ["broer van", "mijn zusje", "woont thuis", "79"]),
    ("asking, calling and thanking", "Vraag het Wessel maar. Dank je Thijmen! Ik heb het met noortje besproken.",
     ["Wessel", "Thijmen", "noortje"], ["Vraag het", "maar", "besproken"]),
    ("a first name and where they work", "Ja. Gerda van de zorgbemiddeling regelt dat.", ["Gerda"], ["zorgbemiddeling"]),
    ("a surname after two particles", "De afspraak werd door hun bestuurder Marit van den Oudenhoven afgezegd.",
     ["Marit", "Oudenhoven"], ["bestuurder", "afgezegd"]),
    ("a new role word", "De woonbegeleider, Gerda, is een topper.", ["Gerda"], ["woonbegeleider", "topper"]),
    ("a name recurring in the answer", "Stichting Veldrovia belde. Daarna mailde Veldrovia de stukken; VELDROVIA dus.",
     ["Veldrovia", "VELDROVIA"], ["Stichting", "mailde", "stukken"]),
    ("postcode with two spaces, house-number additions", "Post naar Rietoever 8 bg, 3512  KL Utrecht of Zeepstraat 5/7.",
     ["Rietoever 8 bg", "3512", "KL", "5/7"], ["Post naar", "Utrecht"]),
    ("postcode with a hyphen after a street", "adres: wevershof 12 3512-kl utrecht", ["wevershof", "3512-kl"],
     ["adres", "utrecht"]),
    ("pb for Postbus, postcodegebied", "Stuur het naar pb 4417 (postcodegebied 3512 kl).", ["4417", "3512 kl"],
     ["Stuur het naar"]),
    ("a number before its keyword", "30123456 is ons KvK-nummer, voor de volledigheid.", ["30123456"],
     ["KvK-nummer", "volledigheid"]),
    ("budget and dossier numbers, a register in brackets",
     "Budgetnummer 2024/11223 en cliëntdossier 7781234; fout in het AGB-register (22.334455).",
     ["11223", "7781234", "334455"], ["Budgetnummer", "cliëntdossier", "AGB-register"]),
    ("keywords labelling numbers stay", "Kvk: 30123456\nAGB: 12-345678\nBsn 111222333 klopt niet", ["30123456", "345678"],
     ["Kvk:", "AGB:", "Bsn"]),
    ("hours after a phone number stay", "Bel 0612345678 (ma-do) of mail ons.", ["0612345678"], ["(ma-do)"]),
    ("no stray particle before an organisation", "Het geding van Riet & Roos loopt.", ["Riet", "Roos"], ["geding van "]),
]
CONTROLS = [
    ("a heading with &", "Wonen & Zorg\nDe tarieven zijn te laag."),
    ("abbreviations with &", "Onze R&D en de Q&A zijn klaar."),
    ("words with a digit that are no brand", "Sinds Covid19 en Windows11 werken we anders; Fase2 start."),
    ("CamelCase software and national bodies", "Wij gebruiken PowerPoint en LinkedIn; KansPlus en Per Saldo helpen."),
    ("abbreviations with dots", "Graag Z.S.M. reageren, A.U.B. voor 1 mei; zie het O.L.V.-ziekenhuis."),
    ("an adjective after a capitalised article", "Wij werken samen met De Goede Zorg en De Nieuwe Kerk."),
    ("a place or a newspaper after a capitalised article", "Het stond in De Telegraaf en het speelt in De Bilt."),
    ("adverbs opening a sentence", "Vandaag heeft het team overleg. Hiermee kan het zorgkantoor verder."),
    ("a region after a role word", "Het team Zuid-Limburg en de regiomanager Midden-Holland belden."),
    ("relatives without a name", "Mijn zoon heeft een plek; zijn vrouw werkt er ook."),
    ("asking and thanking without a name", "Vraag het maar aan het zorgkantoor. Dank je wel! Met de collega besproken."),
    ("an ordinary word after two particles", "Het team van de Zorg en de rest."),
]


@pytest.mark.parametrize("family, text, gone, kept", CASES, ids=[c[0] for c in CASES])
def test_round5_families_are_replaced_by_the_rules(family, text, gone, kept):
    check_replaced(text, gone, kept, RULES)


@pytest.mark.parametrize("family, text", CONTROLS, ids=[c[0] for c in CONTROLS])
def test_round5_controls_stay(family, text):
    check_unchanged(text, RULES)


def test_english_terms_are_no_brand_for_the_rules():
    # The rule's control only: the learned recogniser judges English phrases on its own.
    text = "De Home Care is duur; Social Support ook."
    assert RULES.transform_one(text) == text


def test_initials_before_a_name_stay_part_of_the_name():
    assert RULES.transform_one("Besproken met dhr. J.P.K. ter Horst.") == "Besproken met dhr. [NAAM]."


def test_a_recurring_name_takes_its_kind_and_only_free_places():
    text = "mevrouw Ruijsch belde; Ruijsch en de Ruijschweg"
    found = recurring(text, [(8, 15, "NAAM")], set())
    assert found == [(23, 30, "NAAM")]  # not the street: a word, not a part of one


def test_ordinary_and_kept_words_never_recur():
    text = "De Zorg belde. Zorg en Vecozo en Vecozo."
    assert recurring(text, [(3, 7, "ORGANISATIE"), (24, 30, "ORGANISATIE")], {"vecozo"}) == []


def test_a_capitalised_find_never_recurs_in_lower_case():
    text = "Ambulantisering helpt. Maar ambulantisering kost ook; AMBULANTISERING dus."
    assert recurring(text, [(0, 15, "NAAM")], set()) == [(54, 69, "NAAM")]
