"""Values for the slots of the third held-out set's templates: names from heldout3_sources/, the rest invented.

Every filler returns pieces [(text, kind)], kind None for text that is not marked. Numbers are valid where
a real check exists (BSN elfproef, IBAN mod 97). Nothing here comes from openanswers or the earlier sets.
"""

from __future__ import annotations

import json
import random
import unicodedata
from pathlib import Path

SOURCES = Path(__file__).resolve().parent / "data" / "heldout3_sources"
PARTICLES = ("van der ", "van den ", "van de ", "van 't ", "van ", "de ", "den ", "der ", "ter ", "ten ", "in 't ",
             "op den ", "'t ")

ORG_ONSETS = ["Val", "Ar", "Mon", "Tal", "Quin", "Ser", "Lum", "Ber", "Ves", "Or", "Nav", "Dal", "Kil", "Tiv",
              "Wen", "Ael", "Jor", "Pel", "Riv", "Sol"]
ORG_MIDDLES = ["e", "i", "o", "a", "u", "era", "ino", "ade"]
ORG_ENDINGS = ["ria", "tro", "nis", "vaan", "mund", "tesse", "dor", "lique", "wijck", "lant", "cura", "vest"]
ORG_FIRST = ["Eiken", "Sparren", "Reiger", "Zwanen", "Hazel", "Lijster", "Korenbloem", "Zilverlinde", "Waterlelie",
             "Boekweit", "Veenbes", "Kievits", "Dobbe", "Wadden", "Schans", "Zandloper", "Brem", "Lisdodde"]
ORG_SECOND = ["stede", "horst", "burcht", "waard", "marke", "veste", "borg", "lande", "weerd", "hoven", "rode",
              "kring-Oost", "groep"]
HOME_FIRST = ["Wilgen", "Linden", "Zonne", "Beuken", "Kastanje", "Lavendel", "Rozen", "Merel", "Noorder", "Wester",
              "Molen", "Klooster", "Dennen", "Berken", "Schelpen", "Heggen", "Appel", "Vlinder", "Koren", "Iepen"]
HOME_SECOND = ["hof", "hoek", "oord", "heem", "huys", "hove", "tuin", "stein", "zicht", "rande", "burg", "koog",
               "erf", "staete"]
NEUTER_HOMES = ("hof", "oord", "heem", "huys", "zicht", "erf")  # "Het Wilgenhof", but "De Rozenhoek"
HOME_TWO_WORDS = [("", "Park Zuiderlicht"), ("", "Hof van Ommerveld"), ("", "Residentie Bosrand"),
                  ("", "Villa Sterrenwacht"), ("De ", "Kleine Beemd"), ("De ", "Oude Pastorie"),
                  ("De ", "Groene Kamer"), ("De ", "Stille Wei"), ("Het ", "Huis aan de Dijk"), ("De ", "Zeven Linden")]
STREET_PARTS = ["Wilhelmina", "Kastanje", "Vink", "Smids", "Kuipers", "Boekweit", "Lindeboom", "Ganzen", "Zuivel",
                "Molenaars", "Kerkvoogden", "Hooiberg", "Brouwers", "Klokkenluiders", "Pelikaan", "Tichelaar"]
STREET_TYPES = ["straat", "laan", "singel", "kade", "weg", "pad", "steeg", "hof", "erf", "dreef", "wal", "plein"]
STREET_TWO = ["Laan van Nieuw Oost-Indië", "Oude Gracht", "Nieuwe Binnenweg", "Laan van Westenenk", "Lange Nieuwstraat",
              "Achter de Kerk", "Korte Koppelstraat", "Hoge Larenseweg", "Laan der Verenigde Naties",
              "Burgemeester Roelenweg", "Prins Bernhardplein", "Oostelijke Havendijk", "Koningin Julianalaan"]
HOUSE_SUFFIXES = ["", "", "", "a", "A", "b", "-II", "-1", " bis", " hs", "-A", " zw", "B", "-3", " rood"]
CITIES = ["Amersfoort", "Zwolle", "Deventer", "Leeuwarden", "Emmen", "Venlo", "Goes", "Alkmaar", "Tilburg",
          "Nijmegen", "Roermond", "Lelystad", "Hoorn", "Assen", "Ede", "Apeldoorn", "Utrecht", "Schiedam", "Oss",
          "Heerenveen", "Doetinchem", "Harderwijk", "Zutphen", "Gorinchem", "Veenendaal", "Den Helder"]
POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
BANKS = ["ABNA", "RABO", "INGB", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ", "RBRB", "FVLB"]
FREE_MAIL = ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "planet.nl",
             "hetnet.nl", "icloud.com", "xs4all.nl", "home.nl", "yahoo.com"]
ROLE_MAIL = ["inkoop", "zorginkoop", "secretariaat", "bestuur", "clientenraad", "administratie", "wlz",
             "planning", "facturatie", "info", "hr", "zorgbemiddeling", "kwaliteit", "financien"]
TLD = [".nl", ".nl", ".nl", ".org", ".com", ".eu", ".net"]
URL_PATHS = ["/inkoop", "/inkoop/wlz-2025", "/over-ons/jaarverslag", "/vacatures", "/documenten/tarieven.pdf",
             "/nieuws/2024/wachtlijst", "/locaties", "/p/8841", "/zorgaanbod/vpt", "/contact?ref=zk",
             "/downloads/kwaliteitsplan-2024.pdf", "/clientenraad/"]

CONTROLS = {
    "zk": ["Zorgkantoor DSW", "zorgkantoor Zilveren Kruis", "Zilveren Kruis Zorgkantoor", "CZ Zorgkantoor",
           "CZ zorgkantoor", "VGZ Zorgkantoor", "zorgkantoor VGZ", "Menzis zorgkantoor", "Zorgkantoor Menzis",
           "Zorg en Zekerheid Zorgkantoor", "zorgkantoor Zorg en Zekerheid", "Zorgkantoor Friesland",
           "zorgkantoor Rotterdam", "Zorgkantoor Amsterdam", "zorgkantoor Zuid-Holland Noord", "zorgkantoor Flevoland",
           "Zorgkantoor Drenthe", "zorgkantoor Zwolle", "Zorgkantoor Midden-Brabant", "Zorgkantoor Haaglanden",
           "zorgkantoor Utrecht", "Zorgkantoor Twente", "zorgkantoor Noord-Holland Noord", "Zorgkantoor Zeeland"],
    "insurer": ["Zilveren Kruis", "CZ", "VGZ", "Menzis", "DSW", "Zorg en Zekerheid", "De Friesland", "Achmea",
                "Salland", "Coöperatie VGZ"],
    "org_body": ["ActiZ", "VGN", "Zorgverzekeraars Nederland", "ZN", "Vektis", "BTN", "Zorgthuisnl", "LOC",
                 "de Nederlandse ggz", "Patiëntenfederatie Nederland"],
    "het_body": ["CIZ", "CAK", "Zorginstituut", "Zorginstituut Nederland", "UWV", "ministerie van VWS", "CBS"],
    "de_body": ["NZa", "IGJ", "Tweede Kamer", "Autoriteit Persoonsgegevens", "Nederlandse Zorgautoriteit",
                "Inspectie Gezondheidszorg en Jeugd", "minister van VWS"],
    "law": ["Wlz", "Wet langdurige zorg", "Wmo", "Wmo 2015", "Zvw", "Zorgverzekeringswet", "Wzd",
            "Wet zorg en dwang", "Wvggz", "Jeugdwet", "AVG", "Wtza", "Wkkgz", "Wet BIG", "WNT"],
    "month": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
              "november", "december"],
    "day": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "date": ["1 januari 2025", "15-03-2024", "31 december", "1 juli 2024", "30-06-2025", "12 februari",
             "2 oktober 2023", "01-01-2026", "28 mei", "14 november 2024"],
    "money": ["€ 1.250.000", "€ 4,2 miljoen", "EUR 45.000", "€ 318.000", "€ 2,1 mln", "ruim € 90.000"],
    "rate": ["€87,50 per uur", "€ 212,34 per etmaal", "€ 96,10", "€ 189,75 per dag", "€ 64,- per uur"],
    "pct": ["2,3%", "3 procent", "0,8%", "4,5 procent", "7,1%"],
    "fte": ["1,5 fte", "12 fte", "0,6 fte", "4 fte"],
    "art": ["artikel 3.3.3 Wlz", "art. 4.2.1 lid 1 Wlz", "artikel 10.1.3 Wlz", "art. 8.1.1 lid 3 Wlz",
            "artikel 3.1.1", "artikel 2.4 van het inkoopkader", "art. 6:162 BW"],
    "zzp": ["ZZP VV 4", "ZZP 5 VV", "VV6", "ZZP LG 5", "VPT", "MPT", "PGB", "5VG", "ZZP GGZ 4B", "LVG 3",
            "ZZP VG 7", "VV 9b", "6 VG", "ZZP-VV8"],
    "decl": ["Vecozo", "Mijn Vecozo", "iWlz", "Nedap Ons", "Ecare", "Caress", "Lable Care"],
    "office": ["Excel", "Outlook", "Teams", "Word", "WhatsApp", "Zoom", "SharePoint", "Google Forms", "PowerPoint"],
    "place": ["Amersfoort", "Zwolle", "'s-Hertogenbosch", "Den Bosch", "Leeuwarden", "Emmen", "Venlo", "Goes",
              "Terneuzen", "Alkmaar", "Deventer", "Tilburg", "Nijmegen", "Roermond", "Lelystad", "Hoorn", "Assen",
              "Den Haag", "Apeldoorn", "Maastricht", "Almere", "Delft", "Oss", "Heerlen", "Winterswijk"],
    "region": ["de Achterhoek", "Twente", "de Veluwe", "Zuid-Limburg", "West-Brabant", "Drenthe",
               "de Kop van Noord-Holland", "de Betuwe", "het Westland", "Zeeland", "Flevoland", "de Noordoostpolder",
               "de Bollenstreek", "Midden-Holland", "de Liemers", "Noord-Limburg", "Zeeuws-Vlaanderen"],
}


def _load(name: str) -> dict:
    return json.loads((SOURCES / name).read_text(encoding="utf-8"))


def _title(word: str) -> str:
    """'van den broeck' -> 'Van den Broeck', "d'hondt" -> "D'Hondt" (Belgian surnames keep a capital particle)."""
    out, up = [], True
    for ch in word:
        out.append(ch.upper() if up else ch)
        up = ch in "-'"
    parts = "".join(out).split(" ")
    return " ".join([parts[0]] + [p if p in ("den", "der", "de", "van", "'t", "ter", "ten") else p[:1].upper() + p[1:]
                                  for p in parts[1:]])


def _standalone(surname: str) -> str:
    """A Dutch surname without a first name before it: its first particle capitalised ('de Vries' -> 'De Vries')."""
    return surname[:1].upper() + surname[1:]


def _ascii(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("ı", "i").replace("ł", "l"))
    return "".join(c for c in text if c.isascii() and (c.isalnum() or c in ".-")).lower()


class Fillers:
    """Seeded values for every slot kind; one instance per build."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()
        statbel, chance, own, polish = (_load(n) for n in ("statbel_nl_be.json", "chance_nl.json", "own_names.json",
                                                            "pesel_pl.json"))
        self.be_surnames = [_title(s) for s in statbel["surnames"] if len(s) > 3]
        self.be_first = [_title(s) for s in statbel["first_male"] + statbel["first_female"] if len(s) > 2]
        self.nl_first = chance["first_male"] + chance["first_female"] + own["first_dutch"]
        self.nl_surnames = chance["surnames"] + own["surnames_dutch"]
        self.foreign = [tuple(p) for p in own["foreign"]]
        self.polish = ([(_title(f), _title(s)) for f, s in zip(polish["first_male"], polish["surnames_male"])]
                       + [(_title(f), _title(s)) for f, s in zip(polish["first_female"], polish["surnames_female"])])

    # names -------------------------------------------------------------------------------------------------
    def first(self) -> str:
        r = self.rng.random()
        if r < 0.12:
            return self.rng.choice(self.foreign + self.polish)[0]
        return self.rng.choice(self.nl_first if r < 0.6 else self.be_first)

    def surname(self) -> str:
        """NL surnames keep a lower-case particle after a first name; Belgian ones are written as shipped."""
        r = self.rng.random()
        if r < 0.12:
            return self.rng.choice(self.foreign + self.polish)[1]
        return self.rng.choice(self.nl_surnames if r < 0.55 else self.be_surnames)

    def initials(self) -> str:
        letters = "ABCDEFGHJKLMNPRSTW"
        n = self.rng.choice((1, 1, 2, 2, 3))
        sep = self.rng.choice((".", ".", ". "))
        return sep.join(self.rng.choice(letters) for _ in range(n)).rstrip() + "."

    def double(self) -> str:
        a, b = self.rng.choice(self.nl_surnames + self.be_surnames), self.rng.choice(self.nl_surnames)
        return f"{a}-{b}"

    def name(self, variant: str) -> str:
        r = self.rng
        if variant == "first":
            return self.first()
        if variant == "full":
            return f"{self.first()} {self.surname()}"
        if variant == "sur":
            return _standalone(self.surname())
        if variant == "init":
            return f"{self.initials()} {self.surname()}"
        if variant == "double":
            return f"{self.first()} {self.double()}"
        if variant == "dsur":
            return _standalone(self.double())
        if variant == "idouble":
            return f"{self.initials()} {self.double()}"
        if variant in ("foreign", "ffirst", "fsur"):
            first, last = r.choice(self.foreign + self.polish)
            return {"foreign": f"{first} {last}", "ffirst": first, "fsur": last}[variant]
        if variant == "capsur":  # "Jan JANSEN", as some signatures write it
            return f"{self.first()} {self.surname().upper()}"
        if variant == "any":
            return self.name(r.choice(("first", "full", "full", "sur", "init", "double", "foreign")))
        raise KeyError(variant)

    # organisations and locations ----------------------------------------------------------------------------
    def org(self, variant: str = "name") -> str:
        r = self.rng
        if variant == "name":
            variant = r.choice(("coined", "compound"))
        if variant == "coined":
            return r.choice(ORG_ONSETS) + r.choice(ORG_MIDDLES) + r.choice(ORG_ENDINGS)
        if variant == "compound":
            return r.choice(ORG_FIRST) + r.choice(ORG_SECOND)
        if variant == "acro":
            return "".join(r.choice("BDGHKLMPRTVW") for _ in range(r.choice((3, 4))))
        raise KeyError(variant)

    def home(self, variant: str) -> str:
        r = self.rng
        if r.random() < 0.2:
            article, bare = r.choice(HOME_TWO_WORDS)
            article = article if r.random() < 0.7 else ""
        else:
            bare = r.choice(HOME_FIRST) + r.choice(HOME_SECOND)
            neuter = bare.endswith(NEUTER_HOMES)
            article = r.choice(("Het ", "'t ", "", "") if neuter else ("De ", "De ", ""))
        return bare if variant == "bare" else article + bare

    def domain(self) -> str:
        r = self.rng
        base = _ascii(self.org())
        return r.choice((base, base + "zorg", "zorg-" + base, base + "-wonen", base + "ggz")) + r.choice(TLD)

    # contact details ------------------------------------------------------------------------------------------
    def email(self, variant: str) -> str:
        r = self.rng
        if variant == "any":
            variant = r.choice(("person", "person", "role", "free"))
        if variant == "role":
            return f"{r.choice(ROLE_MAIL)}@{self.domain()}"
        first, last = _ascii(self.first()), _ascii(self.surname().replace(" ", ""))
        forms = [f"{first}.{last}", f"{first[0]}.{last}", f"{first}-{last}", f"{first}{last}",
                 f"{first[0]}{last}", f"{first}.{last}.{r.randint(2, 9)}"]
        if variant == "free":
            forms += [f"{first}+wlz", f"{first}{last}{r.randint(1955, 1999)}", f"{last}.{first}"]
            return f"{r.choice(forms)}@{r.choice(FREE_MAIL)}"
        return f"{r.choice(forms)}@{self.domain()}"

    def phone(self, variant: str) -> str:
        r = self.rng
        d = [str(r.randint(0, 9)) for _ in range(8)]
        if variant == "any":
            variant = r.choice(("mobile", "land"))
        if variant == "mobile":
            d[0] = str(r.randint(1, 9))
            s = "".join(d)
            forms = [f"06-{s}", f"06 {s[:4]} {s[4:]}", f"06 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}", f"06{s}",
                     f"+31 6 {s}", f"+31(0)6-{s}", f"0031 6 {s[:4]} {s[4:]}", f"06.{s[:2]}.{s[2:4]}.{s[4:6]}.{s[6:]}",
                     f"+316 {s[:4]} {s[4:]}", f"(06) {s}"]
            return r.choice(forms)
        area = r.choice(("10", "20", "30", "40", "50", "70", "88", "318", "575", "294", "413", "546", "111"))
        s = "".join(d)[: 9 - len(area)]
        half = len(s) // 2
        grouped = f"{s[:3]} {s[3:5]} {s[5:]}" if len(s) == 7 else f"{s[:2]} {s[2:4]} {s[4:]}"
        forms = [f"({'0' + area}) {grouped}", f"0{area}-{s}", f"0{area} - {s[:half]} {s[half:]}",
                 f"+31 (0){area} {s}", f"0031-{area}-{s}", f"0{area}.{s[:3]}.{s[3:]}", f"0{area} {s}",
                 f"+31{area}{s}"]
        return r.choice(forms)

    def postcode(self, variant: str = "any") -> str:
        r = self.rng
        digits = str(r.randint(1011, 9999))
        letters = r.choice(POSTCODE_LETTERS) + r.choice(POSTCODE_LETTERS)
        if letters in ("SA", "SD", "SS"):
            letters = "SB"
        form = r.choice((f"{digits} {letters}", f"{digits}{letters}", f"{digits} {letters.lower()}",
                         f"{digits}{letters.lower()}", f"{digits}-{letters}", f"{digits} {letters}"))
        return {"upper": form.upper(), "lower": form.lower()}.get(variant, form)

    def street(self) -> str:
        r = self.rng
        number = f"{r.randint(1, 240)}{r.choice(HOUSE_SUFFIXES)}"
        shape = r.random()
        if shape < 0.3:
            name = r.choice(STREET_TWO)
        elif shape < 0.45:
            surname = r.choice(self.nl_surnames)  # "Burg. de Withstraat" as often as "Dr. De Visserlaan"
            surname = (surname if r.random() < 0.5 else _standalone(surname)).replace(" ", " " if r.random() < 0.7 else "")
            title = r.choice(('Burg.', 'Burgemeester', 'Dr.', 'Prof.', 'Mgr.', 'Ds.'))
            name = f"{title} {surname}{r.choice(('straat', 'laan', 'weg', 'plein'))}"
        elif shape < 0.6:
            name = f"{r.choice(('Oude', 'Nieuwe', 'Lange', 'Korte', 'Hoge'))} {r.choice(STREET_PARTS)}{r.choice(STREET_TYPES)}"
        else:
            name = r.choice(STREET_PARTS) + r.choice(STREET_TYPES)
        return f"{name} {number}"

    def address(self, variant: str) -> list:
        r = self.rng
        if variant == "street":
            return [(self.street(), "ADRES")]
        city = r.choice(CITIES)
        sep = r.choice((", ", "  ", "\n", " | ", ", "))
        return [(self.street(), "ADRES"), (sep, None), (self.postcode(), "POSTCODE"),
                (r.choice((" ", "  ")) + r.choice((city, city.upper())), None)]

    # numbers ---------------------------------------------------------------------------------------------
    def bsn(self) -> str:
        r = self.rng
        while True:
            d = [r.randint(0, 9) for _ in range(8)]
            d[0] = r.randint(1, 6)
            total = sum(x * w for x, w in zip(d, range(9, 1, -1)))
            last = total % 11
            if last < 10:
                s = "".join(map(str, d + [last]))
                return r.choice((s, s, f"{s[:3]}.{s[3:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:4]}.{s[4:6]}.{s[6:]}"))

    def iban(self, variant: str) -> str:
        r = self.rng
        if r.random() < 0.15:
            base = "".join(str(r.randint(0, 9)) for _ in range(10))
            check = int(base) % 97 or 97
            bban, country = f"{base}{check:02d}", "BE"
        else:
            bban, country = r.choice(BANKS) + "".join(str(r.randint(0, 9)) for _ in range(10)), "NL"
        digits = "".join(str(int(c, 36)) for c in bban + country + "00")
        iban = f"{country}{98 - int(digits) % 97:02d}{bban}"
        grouped = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        if variant == "any":
            variant = r.choice(("plain", "grouped", "grouped", "lower"))
        return {"plain": iban, "grouped": grouped, "lower": r.choice((iban, grouped)).lower()}[variant]

    def kvk(self) -> str:
        s = f"{self.rng.randint(1, 9)}{self.rng.randint(0, 9999999):07d}"
        return self.rng.choice((s, s, s, f"{s[:4]} {s[4:]}", f"{s[:2]}.{s[2:4]}.{s[4:6]}.{s[6:]}"))

    def agb(self) -> str:
        r = self.rng
        prefix = r.choice(("22", "30", "41", "47", "73", "75", "93", "98"))
        s = prefix + f"{r.randint(0, 999999):06d}"
        return r.choice((s, s, f"{prefix}-{s[2:]}", f"{s[:4]} {s[4:]}", f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
                         f"{s[:2]}.{s[2:]}"))

    def client(self) -> str:
        r = self.rng
        n = r.randint(10000, 9999999)
        y = r.randint(2019, 2025)
        return r.choice((str(n), f"C-{n % 100000:06d}", f"CL-{y}-{n % 10000:04d}", f"K/{y}/{n % 100000:05d}",
                         f"D-{n % 100000}", f"{n % 100000:05d}/{r.randint(10, 99)}", f"WLZ-{n:07d}",
                         f"{y}.{n % 10000:04d}", f"clt{n % 1000000:06d}", f"{n % 10000}-{r.randint(100, 999)}"))

    def url(self, variant: str) -> str:
        r = self.rng
        dom = self.domain()
        if variant == "any":
            variant = r.choice(("www", "scheme", "bare", "path", "caps"))
        path = r.choice(URL_PATHS)
        return {"www": f"www.{dom}", "scheme": f"{r.choice(('https://', 'http://'))}{r.choice(('www.', ''))}{dom}{path}",
                "bare": f"{dom}{path}", "path": f"https://www.{dom}{path}", "caps": f"WWW.{dom.upper()}"}[variant]

    def new_answer(self) -> None:
        """Forget the controls drawn so far, so that one answer never draws the same control twice."""
        self.used = set()

    def control(self, group: str) -> str:
        value = self.rng.choice([c for c in CONTROLS[group] if c not in self.used])
        self.used.add(value)
        return value

    # dispatch -------------------------------------------------------------------------------------------------
    def slot(self, kind: str, variant: str) -> list:
        r = self.rng
        if kind == "C":
            return [(self.control(variant), "control")]
        if kind == "ADRES":
            return self.address(variant)
        value = {
            "NAAM": lambda: self.name(variant),
            "ORGANISATIE": lambda: self.org(variant),
            "LOCATIE": lambda: self.home(variant),
            "E-MAIL": lambda: self.email(variant),
            "TELEFOON": lambda: self.phone(variant),
            "POSTCODE": lambda: self.postcode(variant),
            "POSTBUS": lambda: str(r.choice((r.randint(10, 999), r.randint(1000, 9999), r.randint(10000, 99999)))),
            "KVK": self.kvk, "AGB": self.agb, "BSN": self.bsn,
            "IBAN": lambda: self.iban(variant),
            "KLANTNUMMER": self.client,
            "URL": lambda: self.url(variant),
        }[kind]()
        return [(value, kind)]
