"""Names of the sixth held-out set: the package dumps in data/heldout6_sources/ plus lists written by hand.

The hand-written lists below were written for this set by its author (not copied from any list, none of
the earlier sets' names looked at); the dumps name their package and licence in their header lines.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

SOURCES = Path(__file__).resolve().parent / "data" / "heldout6_sources"

# Written by hand: Dutch, Frisian, Limburgish and Brabant given names, many of them less common.
DUTCH_GIVEN = """Wubbo Hidde Jorieke Fenneke Siebe Lieke Mirthe Wopke Tjeerd Jildou Gosse Brecht Teun Guusje Jente
Maaike Sjoerd Thijmen Noud Pleun Jozefien Harmke Ruurd Tiemen Aaltje Berend Doutzen Eelco Froukje Geertruida Hielke
Ids Jetske Klaasje Lolkje Meindert Nynke Oene Pietje Rinske Sytse Trijntje Uilke Vroukje Wiebren Ytje Zwaantje
Bas-Jan Anne-Fleur Jan-Willem Marie-José Rik Sjra Jrrit Gijsbert Mathijs Wendelien Reinout Hanneke Dorien Marjolein
Floortje Lotte Bregje Ruben Stijn Wouter Mieke Annelot Kees-Jan Huub Sjef Leontien Mariëlle Noor Fleur Joris
Evelien Chantal Priscilla Ingeborg Gerdien Hendrikje Wim Toon Jos Riet Door Mien Bertus Hennie Trees""".split()
# Written by hand: given names common among Dutch residents of Surinamese, Antillean, Moroccan (Berber),
# Ukrainian, Romanian, Bulgarian, Polish, Indonesian/Javanese, Ghanaian, Syrian and Cape Verdean origin.
WORLD_GIVEN = """Ramesh Sharmila Kiran Roshni Anand Soerinder Jennifer Shurwin Glenroy Xiomara Shurandy Jurich Rignald
Yamina Tafsut Amazigh Ijjou Itto Mimoun Hamou Lahcen Thiziri Nadia Oksana Bohdan Taras Olena Mykola Iryna Yaroslav
Viorica Ionela Mihai Florin Bogdana Petra Radostina Stoyan Dimitrina Grażyna Krzysztof Małgorzata Bartosz Wojciech
Sutrisno Wulandari Sri Bambang Ratna Joko Adjoa Kwabena Akosua Kofi Abena Yaw Efua Kwesi Mahmoud Rasha Yaman
Nour Ghaith Djeniffer Edmilson Nilton Ivanilda Adilson Zenaida""".split()
# Written by hand: Dutch surnames (also with particles), away from the top-50 frequency list.
DUTCH_SURNAMES = """Oosterhuis Zwiers Terpstra Wijnja Bleeker Ruiterkamp Haverkort Nijhof Scholtens Brinkhuis Hofstede Lammertink
Ebbers Spoelstra Vrieling Kloosterboer Ottens Wesselink Ketelaar Hummel Grootveld Schuttert Pastoor Leijten Gubbels
Pijnenburg Verhoeven Akkermans Couwenberg Raaijmakers Lodewijks Cuijpers Heijnen Claessens Bongaerts Vossen Hermsen
Knol Steggink Wolterink Veldkamp Bruggink Boerrigter Hazeleger Poelman Stuivenberg Kroes Hoogeveen Zijlstra Twijnstra
Kuiken Schipper Rijpkema Reitsma Algra Miedema Bouma Tolsma Klaver Nagelhout Duinkerken Schrijvers Lagerwey Mooij
Roodbeen Wagenaar Pronk Dorrestijn Kamphorst Heutink""".split()
PARTICLE_SURNAMES = """van Wijngaarden|van den Akker|van der Sluis|ter Haar|ten Cate|van Oss|de Groot|van Hulst|in 't Veld|van der
Laan|de Wit|van Bommel|op den Kamp|van de Ven|ter Braak|van Lier|de Kort|van Egmond|den Hartog|van Rossum|van 't Hek|de
Bruijn|van Beek|van der Poel|van Dongen""".replace("\n", " ").split("|")
WORLD_SURNAMES = """Ramsaroep Jagessar Kalloe Sewnarain Bhola Martina Pietersz Isenia Bouzid El-Idrissi Amrani Ouali
Tahiri Bakkali Aït-Brahim Kovalenko Shevchuk Bondarenko Popescu Ionescu Dumitru Georgieva Petrov Kowalczyk Nowak Wiśniewska
Wibowo Sukarno Pranoto Mensah Owusu Asante Boateng Haddad Al-Khatib Lopes Tavares Semedo""".split()
NICKNAMES = """Jopie Sjaak Mo Bram Kiki Tessa Jerry Pim Bep Ome Kees Mies Loes Fietje Hannie Joop Dolf Flip Toos Sanne
Bennie Dini Riekje Nellie""".split()
TITLES = ("mevrouw", "meneer", "mevr.", "dhr.", "Mw.", "Dhr", "de heer", "Mevrouw", "drs.", "mr.", "dr.", "ir.", "ing.",
          "zuster", "broeder", "juffrouw", "oom", "tante", "opa", "oma", "Mw", "mevr", "Hr.")


def _dump(name: str) -> list[str]:
    lines = (SOURCES / name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def _readable(name: str) -> bool:
    return len(re.findall(r"[aeiouy]", name.lower())) >= 2 and not re.match(r"A[aeo]", name)


@lru_cache(maxsize=1)
def pools() -> dict[str, list[str]]:
    """Given names by origin and surnames; every pool sorted, so a seeded draw is the same on every machine."""
    return {
        "given_nl": sorted(set(DUTCH_GIVEN)),
        "given_world": sorted(set(WORLD_GIVEN)),
        "given_tr": sorted(set(_dump("neym_turkish_given_names.txt"))),
        "given_habesha": sorted(set(_dump("habesha_given_names.txt"))),
        "given_pt": sorted(set(_dump("pt_given_names.txt"))),
        "given_ar": sorted({n for n in _dump("arabic_name_to_en.txt") if _readable(n)}),
        "sur_nl": sorted(set(DUTCH_SURNAMES)),
        "sur_world": sorted(set(WORLD_SURNAMES) | set(_dump("pt_surnames.txt"))),
        "sur_cspell": sorted(set(_dump("cspell_dutch_surnames.txt"))),
        "particle": sorted(set(PARTICLE_SURNAMES)),
        "nick": sorted(set(NICKNAMES)),
    }
