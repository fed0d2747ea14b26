"""Fillers of the fourth held-out set: every identifier kind in the written forms people use, and the controls.

Each identifier filler takes a random.Random and returns (before, core, after): only `core` is the
planted span, `before`/`after` are the context written with it ("mevrouw " + "Van Dijk", "Peter" + "s").
Organisation, location, street and URL names are invented here, in patterns unlike the earlier sets'
(names after people, trees, birds, saints, farms, mills; numbers and English words).
"""

from __future__ import annotations

import string

import _heldout4_names as names

# ---- people -------------------------------------------------------------------------------------------
TITLES = ("mevrouw", "mevr.", "Mevr", "mw", "Mw.", "meneer", "mnr.", "dhr", "Dhr.", "de heer", "Mr.", "dr.", "Drs",
          "ing.", "zuster", "Zr.", "broeder", "juffrouw", "mevrouw dr.", "prof.", "Ms", "Mrs.", "mijnheer", "madame")
ROLES = ("contactpersoon", "teamleider", "bestuurder", "regiomanager", "zorgcoördinator", "wijkverpleegkundige",
         "locatiemanager", "controller", "inkoopadviseur", "casemanager", "praktijkondersteuner", "EVV'er",
         "manager bedrijfsvoering", "directeur-bestuurder", "kwaliteitsfunctionaris", "planner", "cliëntvertrouwenspersoon",
         "voorzitter van de cliëntenraad", "gedragsdeskundige", "zorgbemiddelaar", "relatiebeheerder", "accountmanager")


def _initials(rng) -> str:
    letters = rng.sample("ABCDEFGHIJKLMNPRSTW", rng.choice((1, 1, 2, 2, 3)))
    style = rng.choice(("A.B.", "A. B.", "AB", "A.B"))
    if style == "A. B.":
        return " ".join(c + "." for c in letters)
    if style == "AB":
        return "".join(letters)
    if style == "A.B":
        return ".".join(letters)
    return "".join(c + "." for c in letters)


def name_first(rng):
    return "", names.first_name(rng), ""


def name_first_lower(rng):
    return "", names.first_name(rng).lower(), ""


def name_first_upper(rng):
    return "", names.first_name(rng).upper(), ""


def name_sur(rng):
    """A surname standing alone (after a title): particle capitalised as often as not."""
    s = names.surname(rng)
    return "", names.capital_particle(s) if rng.random() < 0.5 else s, ""


def name_full(rng):
    return "", f"{names.first_name(rng)} {names.low_particle(names.surname(rng))}", ""


def name_full_upper(rng):
    return "", f"{names.first_name(rng)} {names.surname(rng)}".upper(), ""


def name_full_lower(rng):
    return "", f"{names.first_name(rng)} {names.surname(rng)}".lower(), ""


def name_initials(rng):
    return "", f"{_initials(rng)} {names.low_particle(names.surname(rng))}", ""


def name_double(rng):
    a, b = names.surname(rng), names.low_particle(names.surname(rng))
    sep = rng.choice(("-", "-", " - ", "–"))
    lead = rng.choice(("", "", _initials(rng) + " ", names.first_name(rng) + " "))
    a = names.low_particle(a) if lead else names.capital_particle(a)
    return "", f"{lead}{a}{sep}{b}", ""


def name_possessive(rng):
    n = names.first_name(rng)
    if n[-1] in "sxz":
        return "", n, "'"
    if n[-1] in "aeiouy" and not n.endswith("ee"):
        return "", n, "'s"
    return "", n, "s"


def name_possessive_s(rng):
    """A name ending in a hissing sound takes a bare apostrophe: "Ans' team", "Klaas' voorstel"."""
    for _ in range(200):
        n = names.first_name(rng)
        if n[-1] in "sxz":
            return "", n, "'"
    raise SystemExit("no first name ending in s, x or z drawn")


def name_signature(rng):
    """How answers end: "Gr. Ans", "groetjes, Henk-Jan", "– J. de Wit"."""
    core = rng.choice((name_first, name_full, name_initials))(rng)[1]
    return "", core, ""


# ---- organisations and locations -----------------------------------------------------------------------
TREES = ("Linde", "Eik", "Kastanje", "Beuk", "Berk", "Wilg", "Esdoorn", "Vlier", "Hulst", "Taxus", "Meidoorn", "Plataan",
         "Walnoot", "Ceder", "Els", "Iep", "Populier", "Lijsterbes", "Acacia", "Magnolia")
TREE_STEMS = ("Linden", "Eiken", "Kastanje", "Beuken", "Berken", "Wilgen", "Esdoorn", "Vlier", "Hulst", "Taxus", "Meidoorn",
              "Platanen", "Walnoten", "Ceder", "Elzen", "Iepen", "Populieren", "Lijsterbes", "Acacia", "Magnolia")
BIRDS = ("Kievit", "Grutto", "Wielewaal", "Roerdomp", "Spreeuw", "Merel", "Zwaluw", "Reiger", "IJsvogel", "Koekoek",
         "Tureluur", "Scholekster", "Boomklever", "Putter", "Fuut", "Goudvink", "Kwikstaart", "Nachtegaal")
BIRD_PLACES = (("De ", "hoeve"), ("Het ", "nest"), ("Het ", "veld"), ("De ", "weide"), ("De ", "hof"), ("", "rust"), ("", "hoek"))
SAINTS = ("Sint Aldegonda", "Sint-Servatius", "Sint Lidwina", "Sint-Bavo", "Sint Walburga", "Sint Odulphus",
          "Sint-Gertrudis", "Sint Willibrord", "Sint Elisabeth", "Sint-Barbara", "Sint Hubertus", "Sint Jozef")
PLACE_SUFFIX = ("hof", "hoeve", "gaarde", "stede", "horst", "weide", "hove", "oord", "stein", "kamp", "wiek", "heem", "borgh", "rode")
ENGLISH = ("Care", "Home", "Living", "Together", "Next", "Plus", "Connect", "Support", "Life", "Bright", "Kind", "Circle")


def _invented_place(rng) -> str:
    kind = rng.randrange(7)
    if kind == 0:
        return rng.choice(TREES) + rng.choice(PLACE_SUFFIX)
    if kind == 1:
        article, tail = rng.choice(BIRD_PLACES)
        return article + rng.choice(BIRDS) + tail
    if kind == 2:
        saint = rng.choice(SAINTS)
        return saint + rng.choice(("", "hof", "huis" if saint.endswith("s") else "shuis", " Gasthuis", "stede"))
    if kind == 3:
        return rng.choice(("Hoeve ", "Molen ", "Boerderij ", "Erve ")) + rng.choice(("De ", "De ", "'t ")) + rng.choice(BIRDS)
    if kind == 4:
        return rng.choice(("De ", "De ", "")) + rng.choice(TREE_STEMS) + rng.choice(("gaarde", "dreef", "hof", "borch", "hage"))
    if kind == 5:
        surname = names.surname(rng)
        head = "Hofje van " if surname == names.low_particle(names.PARTICLE.sub("", surname)) else rng.choice(("Huize ", "Villa "))
        return head + names.capital_particle(surname)
    return names.first_name(rng) + rng.choice(("hof", "hoeve", "stede", " Hof", "oord"))


def org_head(rng):
    """"Stichting …", "Zorggroep …": head word outside the span."""
    head = rng.choice(("Stichting ", "stichting ", "Zorggroep ", "Thuiszorg ", "Woonzorg ", "Zorgcentra ", "Zorgcombinatie ",
                       "Stichting Wonen en Zorg ", "Zorgvereniging ", "Vereniging ", "zorgorganisatie ", "Zorgpartners "))
    core = rng.choice((
        lambda: rng.choice(("Dr. ", "Pater ", "Zuster ", "Burgemeester ", "Dokter ")) + names.capital_particle(names.surname(rng)),
        lambda: names.first_name(rng) + " " + names.capital_particle(names.surname(rng)),
        lambda: _invented_place(rng),
        lambda: rng.choice(ENGLISH) + rng.choice(("4", "2", "24", "")) + rng.choice(ENGLISH),
        lambda: rng.choice(("3", "7", "De Drie ", "Vier")) + rng.choice(("Rivieren", "Eiken", "Molens", "Linden", "Horsten")),
    ))()
    return head, core, ""


def org_tail(rng):
    """"… Zorg B.V.", "…stichting": the proper name before its head word, or compounded with it."""
    style = rng.randrange(5)
    if style == 0:
        surname = names.capital_particle(names.surname(rng)).replace(" ", "")
        return "", rng.choice(("Dr. ", "")) + surname + rng.choice(("stichting", "zorg", "huis", "fonds")), ""
    if style == 1:
        return "", rng.choice(ENGLISH) + rng.choice(ENGLISH) + rng.choice(("", "24", "4U")), rng.choice((" B.V.", " BV", " bv", " Zorg B.V.", " Nederland"))
    if style == 2:
        return "", _invented_place(rng), rng.choice((" Zorg", " Wonen & Zorg", " zorgdiensten", " Thuiszorg", " GGZ", " Groep"))
    if style == 3:
        letters = "".join(rng.sample(string.ascii_uppercase, rng.choice((3, 4))))
        return "", letters, rng.choice((" Zorg", " Thuiszorg", " Groep", " zorg b.v."))
    return "", names.first_name(rng) + rng.choice(("'s Zorgteam", " Zorgt", "Zorg", " Thuishulp")), rng.choice(("", " v.o.f.", " BV"))


def location_free(rng):
    """A care home's name with no head word of its own, for templates that write "Huize", "stichting" or "paviljoen"."""
    while True:
        name = _invented_place(rng)
        if not name.startswith(("Huize ", "Villa ", "Hofje ", "Hoeve ", "Molen ", "Boerderij ", "Erve ")):
            return "", name, ""


def _bare(filler):
    def bare(rng):
        return "", filler(rng)[1], ""
    return bare


def location(rng):
    """A care home's own name; the cue ("locatie", "Huize"…) is written in the template or left out."""
    return "", _invented_place(rng), ""


# ---- addresses -----------------------------------------------------------------------------------------
STREET_PEOPLE = ("Johan de Witt", "Prins Bernhard", "Burgemeester Hogguer", "Koningin Emma", "Dr. Ariëns", "Pastoor van Ars",
                 "Zuster Brandsma", "Generaal Foulkes", "Pieter Zeeman", "Aletta Jacobs", "Jan Pieterszoon Coen",
                 "Graaf Floris", "Burgemeester Van Nispen", "Mgr. Nolens", "Kapelaan Meijs", "Dokter Schaepman",
                 "Willem Drees", "Anne Frank", "Theo Thijssen", "Annie M.G. Schmidt", "Prinses Margriet", "Jacob Cats",
                 "Hendrik Lorentz", "Meester Van der Brugghen", "Notaris Feith", "Wethouder Rebel")
STREET_HEAD = ("laan", "straat", "weg", "plein", "singel", "hof", "kade", "dreef", "park", "erf")
OTHER_STREETS = ("Achter de Molen", "Oude Kerkpad", "Lange Nieuwstraat", "Korte Wijngaardstraat", "Hoogstraat",
                 "Veldweg", "Nieuwe Gracht", "Kerkstraat", "Molenerf", "Berkenlaan", "Kievitslaan", "Esdoornplein")


def _street(rng) -> str:
    if rng.random() < 0.7:
        return rng.choice(STREET_PEOPLE) + rng.choice(STREET_HEAD)  # "Johan de Wittlaan", "Prins Bernhardstraat"
    return rng.choice(OTHER_STREETS)


def _house_number(rng) -> str:
    n = str(rng.randint(1, 240))
    return n + rng.choice(("", "", "", "a", "B", "-2", " bis", "-II", " A", "-14", " hs", "c"))


def address(rng):
    street = _street(rng)
    form = rng.randrange(4)
    if form == 1:
        street = street.lower()
    elif form == 2:
        street = street.upper()
    return "", f"{street} {_house_number(rng)}", ""


def postcode(rng):
    digits = str(rng.randint(1000, 9999))
    letters = "".join(rng.choice("ABCEGHJKLMNPRTVWXZ") for _ in range(2))
    form = rng.choice(("{d} {l}", "{d}{l}", "{d} {L}", "{d}{L}", "{d}-{l}", "{d}  {l}"))
    return "", form.format(d=digits, l=letters, L=letters.lower()), ""


def postbus(rng):
    key = rng.choice(("Postbus ", "postbus ", "POSTBUS ", "Postbus: ", "Postbus nr. ", "PB ", "postbus nummer "))
    return key, str(rng.randint(1, 99999 if rng.random() < 0.3 else 9999)), ""


# ---- numbers -------------------------------------------------------------------------------------------
def _digits(rng, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def kvk(rng):
    key = rng.choice(("KvK ", "KvK-nummer ", "kvk nr. ", "KVK: ", "Kamer van Koophandel ", "ingeschreven bij de KvK onder nummer ",
                      "CoC number ", "kvk-nr ", "Handelsregister ", "KvK:"))
    d = _digits(rng, 8)
    form = rng.choice(("{}", "{}", "{} {}", "{}.{}"))
    return key, d if form == "{}" else form.format(d[:4], d[4:]), ""


def agb(rng):
    key = rng.choice(("AGB-code ", "AGB ", "agb-code: ", "AGB code instelling ", "onze AGB is ", "AGB nr. ", "Vektis AGB "))
    d = rng.choice(("73", "75", "41", "22", "30", "98")) + _digits(rng, 6)
    form = rng.choice(("{}", "{}", "{}-{}", "{} {}"))
    return key, d if form == "{}" else form.format(d[:2], d[2:]), ""


def _bsn_digits(rng) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        total = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = total % 11
        if last < 10 and d[0] != 0:
            return "".join(map(str, d + [last]))


def bsn(rng):
    key = rng.choice(("BSN ", "bsn: ", "burgerservicenummer ", "BSN-nummer ", "sofinummer (nu BSN) ", "Bsn ", "BSN nr "))
    d = _bsn_digits(rng)
    form = rng.choice(("{a}{b}{c}", "{a}.{b}.{c}", "{a} {b} {c}", "{a}{b}{c}"))
    return key, form.format(a=d[:3], b=d[3:6], c=d[6:]), ""


BANKS = ("ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "NWAB")


def _iban_check(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(numeric) % 97:02d}"


def iban(rng):
    if rng.random() < 0.85:
        bban = rng.choice(BANKS) + "0" + _digits(rng, 9)
        raw = "NL" + _iban_check("NL", bban) + bban
    else:
        bban = _digits(rng, 12)
        raw = "BE" + _iban_check("BE", bban) + bban
    form = rng.randrange(4)
    if form == 1:
        raw = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    elif form == 2:
        raw = raw.lower()
    key = rng.choice(("IBAN ", "rekeningnummer ", "rek.nr. ", "", "op rekening ", "IBAN: "))
    return key, raw, ""


def client_number(rng):
    key = rng.choice(("cliëntnummer ", "clientnummer: ", "client nr ", "dossiernr. ", "dossiernummer ", "relatienummer ",
                      "ons kenmerk ", "uw referentie ", "patiëntnummer ", "zorgdossier ", "klantnr. ", "debiteurennummer ",
                      "cliënt-ID ", "wlz-indicatienummer "))
    form = rng.randrange(7)
    core = (_digits(rng, 7), "CL" + _digits(rng, 6), f"{_digits(rng, 4)}/{_digits(rng, 3)}", f"2024-{_digits(rng, 5)}",
            f"W{_digits(rng, 8)}", f"{_digits(rng, 3)}.{_digits(rng, 3)}.{_digits(rng, 2)}", f"cl-{_digits(rng, 5)}")[form]
    return key, core, ""


# ---- contact -------------------------------------------------------------------------------------------
DOMAINS = ("lindenhoeve-zorg.nl", "zorgcirkel4u.nl", "kievitsveld.org", "wonenbijdeberk.nl", "sintaldegonda.nl",
           "careconnectplus.nl", "huizevanoorschot.nl", "devierrivieren-zorg.nl", "molenzorg.eu", "brightcare.nl")
FREEMAIL = ("gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "planet.nl", "telenet.be", "xs4all.nl")


def _ascii(s: str) -> str:
    table = str.maketrans("áàäâéèëêíïîóöôúüûçşğıİÿñ", "aaaaeeeeiiiooouuucsgiiyn")
    return "".join(c for c in s.lower().translate(table) if c.isalnum())


def email(rng):
    first, sur = _ascii(names.first_name(rng)), _ascii(names.surname(rng))
    user = rng.choice((f"{first}.{sur}", f"{first[0]}.{sur}", f"{first}{sur}{rng.randint(50, 99)}", f"{sur}.{first[0]}",
                       f"{first}_{sur}", rng.choice(("inkoop", "zorgadministratie", "facturen", "cliëntenraad".replace("ë", "e"), "planning", "info.wlz")),
                       f"{first}-{sur}"))
    domain = rng.choice(DOMAINS + FREEMAIL)
    addr = f"{user}@{domain}"
    if rng.random() < 0.15:
        addr = addr.upper()
    return "", addr, ""


def phone(rng):
    d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
    forms = (f"06-{d(8)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+31 6 {d(4)} {d(4)}", f"+31 (0)6 {d(8)}", f"0{rng.randint(10, 79)}-{d(7)}",
             f"0{rng.randint(100, 599)} {d(3)} {d(3)}", f"(0{rng.randint(10, 79)}) {d(3)} {d(4)}", f"088 {d(3)} {d(4)}",
             f"0031 6 {d(8)}", f"06{d(8)}", f"+32 4{d(2)} {d(2)} {d(2)} {d(2)}", f"0{rng.randint(100, 599)}-{d(6)}", f"06.{d(2)}.{d(2)}.{d(2)}.{d(2)}")
    return "", rng.choice(forms), ""


def url(rng):
    host = rng.choice(DOMAINS).split("@")[-1]
    path = rng.choice(("", "/contact", "/wachtlijst", "/over-ons/bestuur", "/locaties/de-kievit", "/vacatures?regio=oost",
                       "/nieuws/2024/tarieven", "/cliëntenraad"))
    form = rng.choice(("https://www.{h}{p}", "www.{h}{p}", "http://{h}{p}", "{h}{p}", "WWW.{H}") + (("https://{h}/",) if not path else ()))
    return "", form.format(h=host, p=path, H=host.upper()), ""


FILLERS = {
    "first": ("NAAM", name_first), "first_lc": ("NAAM", name_first_lower), "first_uc": ("NAAM", name_first_upper),
    "sur": ("NAAM", name_sur), "full": ("NAAM", name_full), "full_uc": ("NAAM", name_full_upper),
    "full_lc": ("NAAM", name_full_lower), "init": ("NAAM", name_initials), "double": ("NAAM", name_double),
    "poss": ("NAAM", name_possessive), "poss_s": ("NAAM", name_possessive_s), "sig": ("NAAM", name_signature),
    "org": ("ORGANISATIE", org_head), "org_tail": ("ORGANISATIE", org_tail), "loc": ("LOCATIE", location),
    "loc_free": ("LOCATIE", location_free), "adres": ("ADRES", address), "pc": ("POSTCODE", postcode), "pb": ("POSTBUS", postbus), "kvk": ("KVK", kvk),
    "agb": ("AGB", agb), "bsn": ("BSN", bsn), "iban": ("IBAN", iban), "klant": ("KLANTNUMMER", client_number),
    "kvk_bare": ("KVK", _bare(kvk)), "agb_bare": ("AGB", _bare(agb)), "bsn_bare": ("BSN", _bare(bsn)),
    "iban_bare": ("IBAN", _bare(iban)), "pb_bare": ("POSTBUS", _bare(postbus)),
    "klant_bare": ("KLANTNUMMER", _bare(client_number)),
    "mail": ("E-MAIL", email), "tel": ("TELEFOON", phone), "url": ("URL", url),
}

# ---- variation without spans ---------------------------------------------------------------------------
TOWNS = ("Zwolle", "Deventer", "Tilburg", "Emmen", "Heerlen", "Venlo", "Leeuwarden", "Drachten", "Hoorn", "Goes", "Almelo",
         "Doetinchem", "Roermond", "Gouda", "Zutphen", "Assen", "Hengelo", "Oss", "Veenendaal", "Harderwijk", "Meppel", "Sneek")
VARIANTS = {"title": TITLES, "role": ROLES, "town": TOWNS, "TOWN": tuple(t.upper() for t in TOWNS)}

# ---- controls: must survive ----------------------------------------------------------------------------
CONTROLS = {
    "zk": ("zorgkantoor Zilveren Kruis", "Zilveren Kruis Zorgkantoor", "het zorgkantoor van Menzis", "Menzis", "CZ",
           "zorgkantoor CZ", "VGZ", "Zorgkantoor DSW", "DSW", "zorgkantoor Zwolle", "Zorgkantoor Twente", "Zorgkantoor Drenthe",
           "zorgkantoor Rotterdam", "Zorgkantoor Amsterdam", "Zorgkantoor Zuid-Limburg", "zorgkantoor Noord-Holland Noord",
           "Zorgkantoor Haaglanden", "Zorgkantoor Friesland", "De Friesland", "Zorg en Zekerheid", "Salland Zorgkantoor",
           "Zorgkantoor Zeeland", "Zorgkantoor Utrecht", "zorgkantoor 't Gooi", "zorgkantoor Midden-Brabant"),
    "body": ("NZa", "de NZa", "CIZ", "het CIZ", "VWS", "het ministerie van VWS", "Zorginstituut Nederland", "het Zorginstituut",
             "IGJ", "de inspectie", "ActiZ", "VGN", "de Nederlandse ggz", "Vektis", "het CAK", "Zorgverzekeraars Nederland",
             "ZN", "de Nederlandse Zorgautoriteit", "de Tweede Kamer", "het UWV", "de Autoriteit Persoonsgegevens",
             "Ieder(in)", "MIND", "KansPlus", "LOC Zeggenschap in zorg", "Per Saldo"),
    "law": ("Wlz", "de Wet langdurige zorg", "Wmo", "Zvw", "Wzd", "Wet zorg en dwang", "Wvggz", "de AVG", "de Jeugdwet", "Wtza",
            "Wkkgz", "Wet BIG", "WNT", "Kwaliteitskader Verpleeghuiszorg", "het Kwaliteitskader Gehandicaptenzorg", "Wet arbeidsmarkt in balans"),
    "month": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"),
    "day": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "Maandag", "Vrijdag"),
    "place": ("Zwolle", "Deventer", "Tilburg", "Emmen", "Heerlen", "Venlo", "Leeuwarden", "Hoorn", "Goes", "Almelo", "Gouda",
              "Assen", "Nijmegen", "Breda", "Delft", "Lelystad", "Den Helder", "Terneuzen", "Maastricht", "Enschede"),
    "region": ("Twente", "de Veluwe", "het Gooi", "Zuid-Limburg", "West-Friesland", "de Betuwe", "de Peel", "Drenthe",
               "Midden-Brabant", "de Zaanstreek", "Noordoost-Friesland", "de Hoeksche Waard", "Flevoland", "de Randstad"),
    "amount": ("€ 187,40 per dag", "€187,40", "2,7%", "ruim 3 procent", "€ 4.500", "1,2 fte", "€ 0,85 per uur",
               "€ 1,3 miljoen", "€ 96,50 per etmaal", "12,5 uur per week", "€ 38.000", "0,8 fte"),
    "date": ("1 januari 2025", "31-12-2024", "15 maart", "1 juli 2024", "30 september", "14-02-2025", "1 april 2026"),
    "article": ("artikel 3.2.1 Wlz", "art. 10.1.1 Wlz", "artikel 4.2.2", "artikel 8:6 Awb", "art. 2 lid 3", "paragraaf 4.3 van het inkoopkader"),
    "zzp": ("ZZP VV5", "ZZP VV 7", "VV6", "ZZP 4 VG", "ZZP LG 5", "GGZ-W3", "VPT", "MPT", "pgb", "ZZP 6 VG", "LVG 4", "ZZP-VV4", "5 VV", "VG7"),
    "soft": ("Excel", "Teams", "Outlook", "Word", "Zoom", "WhatsApp", "AFAS", "Vecozo", "ZorgMail", "Power BI",
             "Microsoft Forms", "SharePoint", "Nedap Ons", "Ons Dossier", "iWlz", "Exact", "Ecare", "Plancare"),
    "ecd": ("Nedap Ons", "Ons Dossier", "Ecare", "Plancare", "AFAS", "Excel", "Vecozo", "ONS"),
    "meet": ("Teams", "Zoom", "WhatsApp", "Outlook", "Google Meet"),
    "figure": ("de minister", "de staatssecretaris", "de minister van VWS", "de Kamer", "de ombudsman", "de zorgverzekeraar"),
}
