"""Invented organisations, locations, streets, web addresses and numbers for the seventh held-out set,
written by hand for it in the ways Dutch care providers name themselves in a hurry."""

from __future__ import annotations


# Organisations: with and without legal form, abbreviations, staff nicknames, typos, ZZP-style firms.
ORGS = (
    "Zorgboerderij De Kievitsbloem", "zorgboerderij t Eikenhof", "Stichting Thuis aan de Dijk", "Woonzorg Oldambt Noord",
    "Kleinschalig Wonen Het Ooievaarsnest", "GGZ-praktijk Tussenruimte", "Hospice De Zwaluwstaart", "Revalidatiecentrum Kraaiheide",
    "Thuiszorg Vlinderhand B.V.", "ThuisZorgPlus Achterland", "Huisartsenpost Lingewaard-Oost", "Zorggroep Meerwijdte",
    "stichting de hoge brug", "Woongroep Klaproos & Co", "Coöperatie Zorgdorp Wijdemeren", "ZZP Verpleging Odijk VOF",
    "Zorghuys Benthuizen", "Stg. Levensboom Twente", "Thuiszorg Handreiking", "De Wilgenkamp zorg bv", "Herbergier-achtig initiatief Koningshof",
    "Buurtzorgteam Fietspad", "Zorgcentrum Sint Odulphus", "Wooninitiatief Lindehoeve", "Dagbesteding De Bonte Os",
    "Hofje van Mevrouw Kalff", "Zorgkwekerij Groenehand", "Stichting Oude Pastorie Zorg", "Wijkzorg Staatsliedenkwartier",
    "Stichitng Thuis aan de Dijk", "Zorgboerderji De Kievitsbloem", "Hospcie De Zwaluwstaart", "Thuiszorg Vlinderhnad",
)
ORG_ABBR = ("SZN", "ZGM", "WZON", "SLT", "HDZ", "TVH", "KWO", "ZWB", "GGZT", "SOPZ")
ORG_NICK = ("de Kievit", "het Ooievaarsnest", "de Bonte Os", "Kraaiheide", "Meerwijdte", "Vlinderhand", "de Levensboom")

# Locations: a care home's own name, a street used as the location's name, a building's old function.
LOCS = (
    "De Oude Melkfabriek", "het Koetshuis", "Zonnewende", "De Tramremise", "Klaverweide", "het voormalige Postkantoor",
    "Hof van Sevenhuysen", "De Roggeakker", "Pastorie Oudwoude", "De Schaapskooi", "Watertoren-Zuid", "Beukenrode",
    "De Lindeboog", "Het Brouwhuis", "Vossenpels", "Rustoord Berkenstein", "De Kleine Meent", "Weverslust",
)
LOC_STREET = ("Kerkepad", "Molenstraatje", "Pelikaanhof", "Hoge Zijde", "Achterom", "Kamillelaan", "Veldkersweg")
STREETS = ("Kievitsbloemweg", "Oude Vaartsedijk", "Hertshoornstraat", "Noorder Dwarsweg", "Pimpernelhof",
           "Schepenenlaan", "Braambosch", "Ganzeveldpad", "Molenkampsingel", "Klokkenluidersstraat", "Sluiswachtershof",
           "Grafelijke Dreef", "Hennepkade", "Koekoeksbloemstraat", "Tichelwerksweg")
DOMAINS = ("dekievitsbloem.nl", "thuisaandedijk.nl", "ooievaarsnest-zorg.nl", "tussenruimte-ggz.nl", "zwaluwstaart-hospice.nl",
           "vlinderhand.nl", "meerwijdte.org", "levensboomtwente.nl", "bonteos.nl", "zorgkwekerij-groenehand.nl",
           "kraaiheide-revalidatie.nl", "oudepastoriezorg.nl")
LETTERS = "ABCEGHJKLMNPRTVWXZ"  # no SA, SD, SS


def org(rng):
    return rng.choice(ORGS)


def street_number(rng):
    number = str(rng.randint(1, 240))
    return number + rng.choice(("", "", "", "a", "-b", " II", "A"))


def adres(rng):
    return f"{rng.choice(STREETS)} {street_number(rng)}"


def postcode(rng, form=None):
    digits = str(rng.randint(1000, 9999))
    letters = rng.choice(LETTERS) + rng.choice(LETTERS)
    form = form if form is not None else rng.randrange(4)
    return (f"{digits} {letters}", f"{digits}{letters}", f"{digits} {letters.lower()}", f"{digits}{letters.lower()}")[form]


def postbus(rng):
    return f"{rng.choice(('Postbus', 'postbus', 'Pb.', 'POSTBUS'))} {rng.randint(10, 99999)}"


def email(rng):
    user = rng.choice(("inkoop", "planning", "m.oubella", "kasia.nowak", "secretariaat", "j.tavares", "wlz-team", "admin",
                       "h.wiersma", "zorgboer", "info", "kwaliteit"))
    domain = rng.choice(DOMAINS)
    if rng.random() < 0.15:
        return f"{user}@{domain}".upper()
    return f"{user}@{domain}"


def phone(rng):
    a, b, c = rng.randint(10, 99), rng.randint(100, 999), rng.randint(1000, 9999)
    d = f"{rng.randint(10000000, 99999999)}"
    return rng.choice((f"06-{d}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"+31 6 {d}", f"0{a}-{b}{c}",
                       f"(0{a}) {b} {c}", f"+31(0){a} {b} {c}", f"0{a} {b} {c}", f"06{d}"))


def eight(rng):
    d = f"{rng.randint(10000000, 99999999)}"
    return rng.choice((d, d, f"{d[:4]} {d[4:]}", f"{d[:2]}.{d[2:5]}.{d[5:]}"))


def bsn(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        total = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = total % 11
        if last < 10 and d[0] != 0:
            s = "".join(map(str, d + [last]))
            return rng.choice((s, s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"))


def iban(rng):
    bank = rng.choice(("RABO", "INGB", "ABNA", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ", "RBRB"))
    account = f"{rng.randint(0, 9999999999):010d}"
    numeric = "".join(str(int(c, 36)) for c in bank + account + "NL00")
    check = 98 - int(numeric) % 97
    plain = f"NL{check:02d}{bank}{account}"
    form = rng.randrange(4)
    if form == 0:
        return plain
    grouped = " ".join(plain[i:i + 4] for i in range(0, len(plain), 4))
    return (grouped, grouped.lower(), plain.lower())[form - 1]


def klant(rng):
    return str(rng.randint(100000, 99999999))


def url(rng):
    domain = rng.choice(DOMAINS)
    return rng.choice((f"www.{domain}", f"https://{domain}/wlz", f"{domain}", f"http://www.{domain}/contact",
                       f"https://www.{domain}/over-ons/team"))


FILLERS = {
    "org": ("ORGANISATIE", org),
    "orgl": ("ORGANISATIE", lambda rng: org(rng).lower()),
    "ORG": ("ORGANISATIE", lambda rng: org(rng).upper()),
    "abbr": ("ORGANISATIE", lambda rng: rng.choice(ORG_ABBR)),
    "orgnick": ("ORGANISATIE", lambda rng: rng.choice(ORG_NICK)),
    "loc": ("LOCATIE", lambda rng: rng.choice(LOCS)),
    "locl": ("LOCATIE", lambda rng: rng.choice(LOCS).lower()),
    "locstreet": ("LOCATIE", lambda rng: rng.choice(LOC_STREET)),
    "adres": ("ADRES", adres),
    "adresl": ("ADRES", lambda rng: adres(rng).lower()),
    "ADRES": ("ADRES", lambda rng: adres(rng).upper()),
    "pc": ("POSTCODE", postcode),
    "pclow": ("POSTCODE", lambda rng: postcode(rng, 2 + rng.randrange(2))),
    "postbus": ("POSTBUS", postbus),
    "email": ("E-MAIL", email),
    "EMAIL": ("E-MAIL", lambda rng: email(rng).upper()),
    "phone": ("TELEFOON", phone),
    "kvk": ("KVK", eight),
    "agb": ("AGB", eight),
    "bsn": ("BSN", bsn),
    "iban": ("IBAN", iban),
    "klant": ("KLANTNUMMER", klant),
    "url": ("URL", url),
}
