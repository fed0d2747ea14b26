"""Fillers for the fifth held-out set: invented organisations, care homes, streets and domains, valid
numbers (elfproef, mod 97), and the controls that must survive. Every name here was made up for this
set (patterns: odd spellings, brand-like English, "&", digits, dotted abbreviations, artists, rivers,
old trades, hamlets); see data/pseudonymise_heldout5.md."""

from __future__ import annotations

import random
import re
import unicodedata

from _heldout5_names import Names

ORG_ODD = ("Kwartelhuys", "Hartewelle", "Thuyz", "Qwadrant", "Lindelo", "Zorgwijz", "Ekkerhof", "Noaberzorg",
           "Meulenbelt", "Kaimanshof", "Wyckhoven", "Oostergloren", "Steenuyl", "Dwarsdrift", "Ommerlanden")
ORG_BRAND = ("BrightCare", "Homely Living", "CareCircle Plus", "Kindred Living", "Bluebell Care", "SilverLining",
             "TrueNorth Care", "Hearth & Home", "WellBeing Works", "Open Door Living", "Lantern Care")
ORG_AMP = ("Bosch & Duin", "Hof & Haard", "Eik & Linde", "Kaars & Kruik", "Dijk & Dal", "Riet & Rogge",
           "Zand & Zee", "Mees & Merel")
ORG_NUM = ("Zorg4U", "Wijk24", "7 Dorpen", "Triade 3", "Helpers2Home", "Team 12", "Thuis365", "De 4 Winden",
           "Zorg 2.0", "Vijf8")
ORG_ABBR = ("W.Z.O.B.", "S.H.O.", "Z.G.V.", "K.W.Z.", "St. O.B.Z.", "V.B.H.", "R.Z.A.", "Z.W.N.")
ORG_ARTIST = ("Breitner", "Willink", "Sluijters", "Toorop", "Israëls", "Mesdag", "Jongkind", "Witsen")
ORG_RIVER = ("Berkelstroom", "Lingedal", "Reggeland", "Dinkelzorg", "Roerdal", "Aa en Hunze", "Vechtstreek",
             "Mark en Weerijs", "Dommelvallei", "Niersdal")
ORG_QUOTED = ("De Vrijbuiter", "Het Nieuwe Nest", "Samen Sterk", "Anders Wonen", "De Zonnewijzer", "Het Baken",
              "Onder Dak", "Lichtpunt")
LOC_TRADE = ("De Lakenkoperij", "Het Kuipershuis", "De Touwslagerij", "De Smidse", "De Ketellapper",
             "Het Turfschip", "De Zeepzieder", "De Hoefsmid", "Het Weverserf", "De Mandenmaker", "'t Glazenmakershuys",
             "De Stoelenmatter")
LOC_ARTIST = ("Het Toorophuis", "De Mesdag", "Willinkhof", "Sluyterserf", "Escherhuis", "Hof van Mondriaan",
              "Huize Fernhout", "Paviljoen Charley", "Het Jongkindhuis")
LOC_RIVER = ("Dinkeloord", "Reggehof", "De Aa-hoeve", "Berkelstede", "Het Linge-erf", "De Niershof", "Swalmdal",
             "De Geulwei", "Oude IJsselstroom")
LOC_HAMLET = ("Oudekerkhoek", "Westerbroek-Zuid", "'t Veenhuis", "Klein Haarsma", "Noordhornerga", "De Kolk",
              "Lutjewolde", "Oosterzand", "Tjoene", "Het Hooghe Zand")
LOC_ODD = ("Huyze Welgelegen", "De Wiekslag", "Sterrenkijk", "Het Spoorhuys", "De Kwekerij", "Oostpunt",
           "De Zeven Sprongen", "Tuinen van Lier")
STREET_TRADE = ("Touwslagerslaan", "Zeepziedersweg", "Mandenmakerspad", "Lijndraaierssteeg", "Klompenmakerserf",
                "Ketellappershof", "Schoenlappersgang", "Pottenbakkersring", "Glazenmakersdreef", "Turfstekerslaan",
                "Sluiswachtersplein", "Bezembinderstraat", "Wevershof", "Hoefsmidstraat", "Kaarsenmakersweg",
                "Lakenkopersgracht", "Zadelmakersstraat", "Vlechtersweide")
STREET_OTHER = ("Charley Tooropstraat", "Jan Sluijterslaan", "Dinkelkade", "Berkeloever", "Oudekerkhoekweg",
                "Tjoenerdijk", "Lutjewolderweg", "Meester Haarsmastraat", "Zuster Bakhuisplein", "Reggepad")
HOUSE = ("12", "3a", "114-C", "7 III", "22-rd", "5/7", "41 bg", "203 A", "6bis", "88", "1", "19-21", "150", "9 zw")
CARE_DOMAINS = ("kwartelhuys.nl", "hartewelle-zorg.nl", "thuyz.nl", "zorgwijz.nl", "bosch-en-duin.nl", "zorg4u.nl",
                "wijk24.nl", "lindelo.nl", "bluebellcare.nl", "noaberzorg.nl", "dinkelzorg.nl", "reggeland.org")
FREE_MAIL = ("gmail.com", "hotmail.nl", "icloud.com", "proton.me", "yahoo.com", "upcmail.nl", "home.nl",
             "zeelandnet.nl", "caiway.nl", "skynet.be", "live.nl", "kpnplanet.nl")
ROLE_MAIL = ("wlz-inkoop", "secretariaat", "cvr", "klachten", "zorgbemiddeling", "roosters", "debiteuren",
             "bestuurssecretariaat", "info.wonen", "aanmelding")
AREA = ("020", "010", "050", "0511", "0592", "0318", "0546", "043", "0115", "0299", "072", "0341")
NL_BANKS = ("RABO", "ABNA", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB", "HAND")
KLANT_KEYS = ("cliëntnummer", "clientnr.", "Cliëntnr:", "dossier", "lidnummer", "relatienr.", "budgetnummer",
              "SVB-nummer", "cliënt-ID", "zorgtoewijzingsnummer", "Ons kenmerk:", "ref.", "registratienummer")

CONTROLS = {
    "zk": ("zorgkantoor CZ", "Zilveren Kruis Zorgkantoor", "het zorgkantoor van VGZ", "Menzis", "zorgkantoor DSW",
           "Zorg en Zekerheid", "zorgkantoor Salland", "De Friesland Zorgverzekeraar", "CZ zorgkantoor", "VGZ"),
    "body": ("de NZa", "het CIZ", "VWS", "het Zorginstituut", "de IGJ", "ActiZ", "VGN", "Ieder(in)", "Per Saldo",
             "LOC", "het ministerie van VWS", "de Nederlandse Zorgautoriteit", "Zorgverzekeraars Nederland", "het CAK",
             "de SVB", "Vektis", "de Nederlandse ggz", "de Autoriteit Persoonsgegevens"),
    "law": ("de Wlz", "de Wet langdurige zorg", "de Wmo", "de Zvw", "de Wzd", "de Wvggz", "de AVG", "de Wtza",
            "het Kwaliteitskader", "de Jeugdwet", "het Wlz-kompas", "de Wkkgz"),
    "month": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
              "november", "december"),
    "day": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "amount": ("€ 48.000", "€ 2,4 miljoen", "twee ton", "€ 310.000", "€ 1,1 miljoen", "zes ton"),
    "rate": ("€ 212,35 per etmaal", "€ 96,10 per uur", "€ 1.150 per maand", "€ 187 per dag", "€ 64,80 per uur"),
    "pct": ("3,1%", "17 procent", "0,8%", "2,5 procent", "12%", "ruim 20 procent"),
    "date": ("1 januari 2026", "15 maart", "30-06-2025", "31 december", "2027", "eind mei", "Q3 2025"),
    "article": ("artikel 3.3.3 Wlz", "art. 4.2.1", "artikel 2 van de overeenkomst", "paragraaf 5.1 van het inkoopkader",
                "bijlage 4", "artikel 6:248 BW"),
    "zzp": ("ZZP VV4", "VV 8", "ZZP GGZ-B 5", "VG 6", "ZZP LVG 3", "VPT", "MPT", "pgb", "ZZP VG3", "5 VG"),
    "software": ("Excel", "Teams", "Nedap ONS", "Caress", "Outlook", "WhatsApp", "Vecozo", "Word", "iWlz",
                 "SharePoint", "Zoom", "Power BI"),
    "place": ("Assen", "Emmen", "Deventer", "Gouda", "Venlo", "Almere", "Leeuwarden", "Tiel", "Hoorn", "Breda",
              "Vlissingen", "Enschede"),
    "region": ("de Achterhoek", "Twente", "Drenthe", "Zeeuws-Vlaanderen", "Noord-Limburg", "de Betuwe",
               "het Westland", "Flevoland", "Midden-Brabant", "de Kop van Noord-Holland"),
    "role": ("de minister", "onze bestuurder", "de staatssecretaris", "de inkoper", "de zorgverzekeraar",
             "de raad van bestuur", "de cliëntenraad", "de accountmanager"),
}


def _elfproef(rng: random.Random) -> str:
    while True:
        d = [rng.randrange(10) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def _iban(country: str, bban: str) -> str:
    num = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - num % 97:02d}{bban}"


def _ascii(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name.replace("ı", "i").replace("ł", "l")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", plain.lower())


def _groups(s: str, n: int = 4) -> str:
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


class Fillers(Names):
    """One generator per slot name in the templates ({KIND:method}); controls come from control()."""

    def __init__(self, rng: random.Random, pools=None):
        super().__init__(rng, pools)
        self.last = ("", "")  # last (given, surname) drawn, for e-mail addresses made from a name

    def full(self) -> str:
        first, sur = self.first(), self.sur()
        self.last = (first, sur)
        return f"{first} {sur}"

    def full_f(self) -> str:
        first, sur = self.first_f(), self.sur()
        self.last = (first, sur)
        return f"{first} {sur}"

    def first_init(self) -> str:
        return f"{self.first()} {self.rng.choice('BDGHKLMPRSTVWZ')}."

    # organisations and care homes
    def org(self) -> str:
        pool = self.rng.choice((ORG_ODD, ORG_BRAND, ORG_AMP, ORG_NUM, ORG_ABBR, ORG_ARTIST, ORG_RIVER))
        return self.rng.choice(pool)

    def org_odd(self) -> str:
        return self.rng.choice(ORG_ODD + ORG_RIVER)

    def org_brand(self) -> str:
        return self.rng.choice(ORG_BRAND + ORG_NUM)

    def org_river(self) -> str:
        return self.rng.choice(ORG_RIVER)

    def org_num(self) -> str:
        return self.rng.choice(ORG_NUM)

    def org_amp(self) -> str:
        return self.rng.choice(ORG_AMP)

    def org_abbr(self) -> str:
        return self.rng.choice(ORG_ABBR)

    def org_artist(self) -> str:
        return self.rng.choice(ORG_ARTIST)

    def org_quoted(self) -> str:
        return self.rng.choice(ORG_QUOTED)

    def loc(self) -> str:
        return self.rng.choice(self.rng.choice((LOC_TRADE, LOC_ARTIST, LOC_RIVER, LOC_HAMLET, LOC_ODD)))

    def loc_bare(self) -> str:
        """A care home's name without a leading article, for "locatie X" and "in X"."""
        name = self.loc()
        return re.sub(r"^(De|Het|'t) ", "", name)

    # addresses and numbers
    def street(self) -> str:
        pool = STREET_TRADE if self.rng.random() < 0.7 else STREET_OTHER
        return f"{self.rng.choice(pool)} {self.rng.choice(HOUSE)}"

    def pc(self) -> str:
        digits = str(self.rng.randrange(1000, 10000))
        letters = "".join(self.rng.choice("ABCEGHJKLMNPRTVWXZ") for _ in range(2))
        return self.rng.choice((f"{digits} {letters}", f"{digits}{letters}", f"{digits} {letters.lower()}",
                                f"{digits}{letters.lower()}", f"{digits}-{letters}", f"{digits}  {letters}",
                                f"{digits} {letters}"))

    def pb(self) -> str:
        return str(self.rng.choice((self.rng.randrange(1, 100), self.rng.randrange(100, 1000),
                                    self.rng.randrange(1000, 100000))))

    def kvk(self) -> str:
        d = f"{self.rng.randrange(10000000, 100000000)}"
        return self.rng.choice((d, d, f"{d[:4]} {d[4:]}", f"{d[:2]}.{d[2:5]}.{d[5:]}", f"{d[:4]}.{d[4:]}"))

    def agb(self) -> str:
        d = f"{self.rng.choice(('73', '98', '41', '22', '30'))}{self.rng.randrange(0, 1000000):06d}"
        return self.rng.choice((d, f"{d[:2]}-{d[2:]}", f"{d[:2]} {d[2:]}", f"{d[:2]}.{d[2:]}"))

    def bsn(self) -> str:
        d = _elfproef(self.rng)
        return self.rng.choice((d, d, f"{d[:3]}.{d[3:6]}.{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:4]}.{d[4:6]}.{d[6:]}"))

    def iban(self) -> str:
        country = self.rng.choice(("NL", "NL", "NL", "NL", "BE", "DE"))
        if country == "NL":
            bban = self.rng.choice(NL_BANKS) + f"{self.rng.randrange(10**9, 10**10):010d}"
        elif country == "BE":
            head = self.rng.randrange(10**9, 10**10)
            bban = f"{head:010d}{(head % 97) or 97:02d}"
        else:
            bban = f"{self.rng.randrange(10**7, 10**8)}{self.rng.randrange(10**9, 10**10)}"
        iban = _iban(country, bban)
        form = self.rng.randrange(4)
        return (iban, _groups(iban), _groups(iban).lower(), _groups(iban))[form]

    def klant(self) -> str:
        r = self.rng
        return r.choice((f"{r.randrange(10**6, 10**7)}", f"C-{r.randrange(10**5, 10**6)}", f"{r.randrange(2019, 2027)}/{r.randrange(1000, 99999)}",
                         f"WLZ{r.randrange(10**7, 10**8)}", f"{r.randrange(100, 999)}.{r.randrange(100, 999)}.{r.randrange(10, 99)}",
                         f"cl{r.randrange(10**4, 10**5)}", f"R{r.randrange(10**3, 10**4)}-{r.randrange(10, 99)}"))

    def mail(self) -> str:
        first, sur = self.last if self.last[0] else (self.first(), self.sur())
        self.last = ("", "")
        s, f = _ascii(sur), _ascii(first) or "info"
        local = self.rng.choice((f"{f}.{s}", f"{f[0]}.{s}", f"{s}.{f[0]}", f"{f}_{s}", f"{f}{self.rng.randrange(60, 99)}",
                                 f"{f}-{s}", f"{f[0]}{s}"))
        domain = self.rng.choice(CARE_DOMAINS + FREE_MAIL)
        address = f"{local}@{domain}"
        return address.upper() if self.rng.random() < 0.1 else address

    def mail_role(self) -> str:
        return f"{self.rng.choice(ROLE_MAIL)}@{self.rng.choice(CARE_DOMAINS)}"

    def mobile(self) -> str:
        d = f"{self.rng.randrange(10**7, 10**8)}"
        return self.rng.choice((f"06-{d}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"06{d}", f"+31 6 {d[:4]} {d[4:]}",
                                f"+31(0)6-{d}", f"0031 6 {d}", f"06 - {d[:4]} {d[4:]}", f"(06) {d}"))

    def tel_split(self) -> str:
        """A mobile number broken over a line, as a narrow form field wraps it."""
        d = f"{self.rng.randrange(10**7, 10**8)}"
        return self.rng.choice((f"06-\n{d}", f"06 {d[:4]}\n{d[4:]}", f"+31 6\n{d}"))

    def landline(self) -> str:
        area = self.rng.choice(AREA)
        n = 10 - len(area)
        d = f"{self.rng.randrange(10**(n - 1), 10**n)}"
        return self.rng.choice((f"{area}-{d}", f"{area} {d[:3]} {d[3:]}", f"({area}) {d}", f"+31 {area[1:]} {d}",
                                f"088 {self.rng.randrange(100, 999)} {self.rng.randrange(1000, 9999)}",
                                f"+32 {self.rng.randrange(470, 499)} {self.rng.randrange(10, 99)} {self.rng.randrange(10, 99)} {self.rng.randrange(10, 99)}"))

    def tel(self) -> str:
        return self.mobile() if self.rng.random() < 0.55 else self.landline()

    def url(self) -> str:
        dom = self.rng.choice(CARE_DOMAINS)
        path = self.rng.choice(("", "/", "/wlz/", "/contact?id=3", "/over-ons/bestuur", "/#aanmelden", "/vacatures/evv"))
        form = self.rng.randrange(5)
        if form == 0:
            return f"https://www.{dom}{path}"
        if form == 1:
            return f"www.{dom}{path}"
        if form == 2:
            return f"http://{dom}{path}"
        if form == 3:
            return f"WWW.{dom.upper()}"
        return f"{dom}{path or '/nieuws'}"

    def control(self, group: str) -> str:
        return self.rng.choice(CONTROLS[group])
