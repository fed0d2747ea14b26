"""The words around person names: titles and forms of address, role words, surname particles, and
words that are never a name (calendar words, Wlz vocabulary). Shared by names.py and name_cues.py."""

from __future__ import annotations

TITLES = (
    "mevrouw", "mevr.", "mevr", "mw.", "mw", "meneer", "mijnheer", "mnr.", "dhr.", "dhr", "de heer",
    "dokter", "dr.", "drs.", "ir.", "ing.", "mr.", "prof.", "ds.", "zuster", "broeder", "juffrouw",
    "collega", "familie", "fam.", "casemanager", "mvr.", "mvr", "zr.", "juf", "juffrouw", "dhr/mevr.",
    "cliënt", "client", "bewoner", "bewoonster", "hr.", "geachte heer", "beste heer", "geachte mijnheer",
    "meester",
)
# Role words: like a weak title, followed by a name only when the word is a listed name or no Dutch
# word ("teamleider Petra", "contactpersoon: Okkerse"; not "teamleider Zorg").
ROLES = (
    "contactpersoon", "teamleider", "teamleidster", "bestuurder", "regiomanager", "wijkverpleegkundige",
    "verpleegkundige", "verzorgende", "zorgcoördinator", "coördinator", "manager", "locatiemanager",
    "teammanager", "zorgmanager", "directeur", "directrice", "voorzitter", "secretaris", "huisarts",
    "specialist ouderengeneeskunde", "specialist", "praktijkondersteuner", "adviseur", "zorgconsulent",
    "consulent", "inkoper", "zorginkoper", "accountmanager", "beleidsmedewerker", "medewerker",
    "begeleider", "begeleidster", "persoonlijk begeleider", "mentor", "behandelaar", "fysiotherapeut",
    "ergotherapeut", "psycholoog", "arts", "leidinggevende", "mantelzorger", "vrijwilliger", "patiënt",
    "patient", "buurvrouw", "buurman", "dochter", "zoon", "moeder", "vader", "echtgenote", "echtgenoot",
    "partner", "opa", "oma", "tante", "oom", "team", "cliëntvertegenwoordiger", "vertegenwoordiger",
    "zorgverlener", "stagiair", "stagiaire", "kwaliteitsmedewerker", "projectleider", "afdelingshoofd",
    "controller", "evv'er", "evv-er", "evver", "evv", "eerstverantwoordelijke", "zorgbemiddelaar", "aandachtsvelder",
    "zorgadviseur", "beleidsadviseur", "kwaliteitsadviseur", "inkoopadviseur", "planner", "roosteraar", "secretaresse",
    "receptionist", "receptioniste", "coach", "teamcoach", "orthopedagoog", "gz-psycholoog", "maatschappelijk werker",
    "bestuurssecretaris", "officemanager", "wijkverpleegkundigen", "regisseur", "zorgregisseur", "dagbestedingscoach",
    # round 5: roles around clients in gehandicaptenzorg and GGZ, and at the zorgkantoor
    "woonbegeleider", "woonbegeleidster", "groepsbegeleider", "groepsbegeleidster", "trajectbegeleider",
    "ambulant begeleider", "bewindvoerder", "curator", "psychiater", "relatiebeheerder", "zorginkoper",
    "jobcoach", "gedragsdeskundige", "gedragswetenschapper", "verpleegkundig specialist", "zorgbemiddelaar",
)
TITLES = TITLES + ROLES
# A cue this weak ("collega", "cliënt") is followed by a name only when the word is no Dutch word.
WEAK_TITLES = {"collega", "familie", "cliënt", "client", "bewoner", "bewoonster", "casemanager", "meester"} | set(ROLES)
PARTICLES = ("van der", "van den", "van de", "van het", "in 't", "de la", "van 't",
             "van", "de", "der", "den", "ter", "ten", "te", "'t", "von", "la", "le", "du", "da", "di", "el", "al")
# Never a name, however capitalised: calendar words and Wlz vocabulary.
NOT_NAMES = {
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
    "november", "december", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
    "zondag", "wlz", "zvw", "wmo", "nza", "ciz", "zzp", "vpt", "mpt", "pgb", "zorgkantoor",
    "zorgkantoren", "zorgverzekeraar", "zorgaanbieder", "zorgaanbieders", "wet", "zorg", "de", "het",
    "een", "in", "op", "aan", "bij", "voor", "met", "van", "en", "of", "is", "zijn", "wordt", "heeft",
}
