"""Fillers of the sixth held-out set: every slot a template names, drawn from one seeded random.Random.

Organisations, care homes, streets, domains and numbers are invented here for this set (new patterns:
family firms, saints, trees and birds, neologisms, years, English/Frisian/Limburgish, slashes and plusses).
Controls (public bodies, laws, months, places, codes, software) are kinds of text that must stay.
"""

from __future__ import annotations

import random

from _heldout6_names import pools

NAME_SLOTS = ("first", "first_lc", "first_uc", "first_nl", "sur", "sur_uc", "full", "full_lc", "full_uc", "init",
              "dbl", "nick", "nicksur", "miss", "fullp")
KIND_OF = {**{s: "NAAM" for s in NAME_SLOTS}, "org": "ORGANISATIE", "org_lc": "ORGANISATIE", "org_uc": "ORGANISATIE",
           "loc": "LOCATIE", "loc_uc": "LOCATIE", "adres_lc": "ADRES", "tel_words": "TELEFOON",
           "mail": "E-MAIL", "tel": "TELEFOON", "adres": "ADRES", "pc": "POSTCODE", "pbus": "POSTBUS", "kvk": "KVK",
           "agb": "AGB", "bsn": "BSN", "iban": "IBAN", "klant": "KLANTNUMMER", "url": "URL",
           "body": "control", "law": "control", "month": "control", "place": "control", "code": "control",
           "soft": "control", "role": "control", "day": "control"}

SAINTS = ["Sint Ludgerus", "Sint Servatius", "Sint Odulphus", "Sint Radboud", "Sint Walburga", "Sint Lidwina",
          "Sint Jozef", "Sint Clara", "Sint Bonifatius", "Sint Agatha", "Mariëndaal", "Sint Elisabeth", "Bethanië",
          "Emmaüs", "Sarepta", "Bethesda", "Sint Hubertus", "Ruth en Naomi", "Sint Maarten", "Johannes de Doper"]
NATURE = ["Essen", "Lijsterbes", "Berken", "Wilgen", "Kastanje", "Vlier", "Hazelaar", "Meidoorn", "Linden", "Eiken",
          "Grutto", "Kievit", "Tureluur", "Zwaluw", "IJsvogel", "Merel", "Reiger", "Zonnedauw", "Klaproos", "Hei",
          "Korenbloem", "Boterbloem", "Akelei"]
NEOLOGISMS = ["Thuisvast", "Hartwarm Zorg", "Kernkracht Thuiszorg", "OmZorg", "Samenzorg Plus", "Zorgwijzer Oost",
              "Levensboog", "Dichtbij Zorg", "Nabijheid Wonen", "ZorgSaam+", "Welzijnswiel", "Handreiking Zorg",
              "Lichtpunt Begeleiding", "ZorgStroom", "Tijdvoorjou Zorg", "Huiskracht", "Zorgvlinder",
              "Kleinschalig Genieten", "Warmhart Wonen", "Zorgkompas Noord"]
ACRONYMS = ["ZoNa Zorg", "WIJZ Thuiszorg", "KOZ", "SZWT", "ZGMR BV", "Stichting ZIBO", "MOVA Zorg", "TZB", "AZWL",
            "Stichting KIWI", "GOZO Wonen", "ZOMA"]
ENGLISH = ["Care4You", "HomeCare Plus", "Bright Living Care", "Kindred Care", "Better Days Homecare",
           "Silver Lining Care", "CareConnect", "Happy Seniors", "Helping Hands Holland", "CareWise"]
DIALECT = ["Soarch Thús", "Us Thús Soarch", "Oos Hoes Zörg", "Zörggroep Maasland", "Thoes Zörg", "Soarchgroep Mienskip",
           "Ut Kump Good", "Ons Plekske", "Noaberzorg", "Noaberhoes"]
SLASHED = ["Wonen/Zorg Noord", "Zorg+Welzijn Oost", "Thuis & Co", "Zorg/Wonen/Welzijn Kempen", "Wonen+Zorg Maasdelta",
           "Zorg & Zo", "Welzijn/Thuishulp West", "Zorg+ Rivierenland"]
FAMILY = ["Fam. {s} Zorg BV", "{s} & Zn Thuishulp", "Gebr. {s} Zorgdiensten", "{s} Thuiszorg VOF", "Zorgbureau {s}",
          "Zorg aan Huis {s}", "Thuiszorg {s} & Dochters", "{g} {s} Zorg", "Stichting {g} {s}", "{s} Zorgpartners"]
HEADS = ["Zorggroep {n}", "Stichting {n}", "Woonzorg {n}", "Zorgcentrum {n}", "Thuiszorg {n}", "Zorgkring {n}",
         "Zorgcollectief {n}", "Wooninitiatief {n}", "Zorgcoöperatie {n}", "Begeleidingsdienst {n}"]
YEARS = ["Zorgcollectief 2012", "Huize 1887 BV", "Thuiszorg 2004", "Stichting 1923", "Zorgpunt 2010", "Woongroep 1999"]
REGION_ORGS = ["Thuiszorg Vechtdal", "Zorggroep Oost-Veluwe Noord", "Kempenzorg", "Zorg in de Meierij", "Amstelzorg Oost",
               "Zorgkring Langstraat", "Liemerszorg", "Zorggroep Hondsrug"]
HOMES = ["De Vlasakker", "'t Hofke", "Huize Rozenstein", "Waterlelie", "De Bongerd", "Het Ankerpunt", "De Klinkert",
         "Oldenhove", "De Spinnerij", "Het Baken", "Kastanjehof", "De Wingerd", "Huize Avondrood", "De Vlonder",
         "Meidoornveld", "Het Schippershuis", "De Meerpaal", "Klein Bethlehem", "Het Prinsenhuis", "Sint Elisabethshof",
         "De Hazelaar", "Huize Groenewoud", "De Lindenstede", "Het Weverke", "De Zonnewijzer", "Tuindorp Overhees",
         "De Korenschoof", "Het Hooghuys", "De Marke", "Huis ter Weide", "De Slingerbeek", "Villa Sereen",
         "De Pelikaan", "Hof van Ruth", "Het Wilgenpark", "De Gouden Leeuw"]
STREETS = ["Klaproosstraat", "Smidsdwarsweg", "Achter de Molen", "Van Swietenlaan", "Hoefslag", "Pastoor Damenstraat",
           "Burgemeester Roelsmalaan", "Korte Koppelstraat", "Ganzenmarkt", "Schipperskade", "Ooievaarsdreef",
           "Lindeboomerf", "Wevershof", "Oude Veenweg", "Dokter Plesmanpad", "Kerkeland", "Heerenbrink",
           "Jufferenwal", "Molenwiek", "Zuiderdiep", "Tolhuisweg", "Rozengracht", "Klokkengieterssingel", "Esdoornplein",
           "Looierspad", "Prins Mauritsplantsoen", "Brinkstraat", "Steenuilstraat", "Witte Paal", "Maasboulevard"]
DOMAINS = ["thuisvast", "zorgaanhuis-ketelaar", "soarchthus", "oos-hoes", "hartwarmzorg", "care4you", "zonazorg",
           "levensboog", "noaberzorg", "zorgsaamplus", "kernkracht-thuiszorg", "devlasakker", "brightliving",
           "zorgbureau-wesselink", "wijz-thuiszorg", "zorgenzo", "huize1887", "welzijnswiel", "lichtpuntbegeleiding"]
TLDS = [".nl", ".nl", ".nl", ".frl", ".com", ".eu", ".info"]

BODIES = ["Zilveren Kruis Zorgkantoor", "zorgkantoor CZ", "Zorgkantoor Menzis", "VGZ", "DSW Zorgkantoor",
          "Zorg en Zekerheid", "zorgkantoor De Friesland", "NZa", "CIZ", "VWS", "Zorginstituut Nederland", "IGJ", "ActiZ",
          "VGN", "Ieder(in)", "Per Saldo", "LOC", "CAK", "SVB", "Zorgverzekeraars Nederland", "het ministerie van VWS",
          "de Nederlandse Zorgautoriteit", "Inspectie Gezondheidszorg en Jeugd", "zorgkantoor Zuid-Hollandse Eilanden"]
LAWS = ["Wet langdurige zorg", "Wlz", "Wmo 2015", "Zvw", "Wet zorg en dwang", "Wkkgz", "Wet DBA", "AVG",
        "Besluit langdurige zorg", "Regeling langdurige zorg", "artikel 3.3.3 Wlz", "Wtza", "Jeugdwet",
        "Wet verplichte ggz", "Wet normering topinkomens", "artikel 8.1.1 Wlz"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december", "Januari", "Mei", "Oktober"]
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "Maandag", "Donderdag"]
PLACES = ["Zwolle", "Twente", "regio Haaglanden", "Zuid-Limburg", "de Achterhoek", "Groningen", "Amsterdam-Noord",
          "Hoeksche Waard", "Drenthe", "West-Brabant", "Flevoland", "de Randstad", "Rotterdam", "Parkstad", "Friesland",
          "Zeeuws-Vlaanderen", "Nijmegen", "Den Bosch", "de Veluwe", "Almere", "Leeuwarden", "Heerlen"]
CODES = ["ZZP VV5", "VV 6", "VPT", "MPT", "PGB", "4VG", "ZZP 5 VV", "LG 4", "GGZ-W 3", "VG 7", "VV4", "ZZP-VV 8", "pgb"]
SOFTWARE = ["Nedap Ons", "Excel", "Teams", "ZorgMail", "VECOZO", "iWlz", "Caress", "Carenzorgt", "Zoom", "WhatsApp",
            "SharePoint", "Outlook", "ONS Dossier", "Ecare", "Word", "AFAS"]
ROLES = ["de minister", "onze bestuurder", "de specialist ouderengeneeskunde", "de wijkverpleegkundige",
         "de zorgcoördinator", "de controller", "de inkoper", "de regiomanager", "de cliëntenraad", "de raad van bestuur",
         "de staatssecretaris", "de teamleider", "de zorgadministratie", "onze directeur"]
SPOKEN = ["twaalf", "vierendertig", "zesenvijftig", "achtenzeventig", "negentien", "eenentwintig", "dertig",
          "zevenenveertig", "vijfenzestig", "drieëntachtig", "elf", "negenennegentig", "veertien", "tweeënvijftig"]
BANKS = ["ABNA", "RABO", "INGB", "TRIO", "ASNB", "SNSB", "KNAB", "BUNQ", "RBRB"]


def _valid_bsn(rng: random.Random) -> str:
    while True:
        d = [rng.randrange(10) for _ in range(8)]
        if d[0] == 0:
            continue
        rest = sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
        if rest < 10:
            return "".join(map(str, d + [rest]))


def _iban(rng: random.Random) -> str:
    bank, account = rng.choice(BANKS), "".join(str(rng.randrange(10)) for _ in range(10))
    numeric = int("".join(str(int(c, 36)) for c in bank + account + "NL00"))
    return f"NL{98 - numeric % 97:02d}{bank}{account}"


class Fillers:
    """One seeded draw per slot; ``fill(slot)`` gives the text, ``KIND_OF[slot]`` its kind."""

    def __init__(self, rng: random.Random):
        self.rng, self.p = rng, pools()

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def given(self) -> str:
        origin = self.rng.choices(["given_nl", "given_world", "given_tr", "given_habesha", "given_pt", "given_ar"],
                                  [40, 16, 14, 8, 10, 12])[0]
        return self.pick(self.p[origin])

    def surname(self) -> str:
        origin = self.rng.choices(["sur_nl", "sur_world", "sur_cspell", "particle"], [38, 22, 14, 26])[0]
        return self.pick(self.p[origin])

    def misspell(self, name: str) -> str:
        i = self.rng.randrange(1, len(name) - 1)
        how = self.rng.randrange(4)
        if how == 0:
            out = name[:i] + name[i] + name[i:]  # a doubled letter
        elif how == 1:
            out = name[:i] + name[i + 1] + name[i] + name[i + 2:]  # two letters swapped
        elif how == 2:
            out = name.replace("ij", "y") if "ij" in name else name[:i] + name[i + 1:]
        else:
            out = name.replace("c", "k") if "c" in name else name[:i] + "e" + name[i:]
        return out if out != name else name + "e"

    def fill(self, slot: str) -> str:
        r, pick = self.rng, self.pick
        if slot in ("first", "first_lc", "first_uc"):
            g = self.given()
            return {"first": g, "first_lc": g.lower(), "first_uc": g.upper()}[slot]
        if slot == "first_nl":
            return pick(self.p["given_nl"])
        if slot in ("sur", "sur_uc"):
            s = self.surname()
            return s.upper() if slot == "sur_uc" else s[0].upper() + s[1:]  # "Van den Akker" after a title
        if slot in ("full", "full_lc", "full_uc", "fullp"):
            s = pick(self.p["particle"]) if slot == "fullp" else self.surname()
            f = f"{self.given()} {s}"
            return {"full_lc": f.lower(), "full_uc": f.upper()}.get(slot, f)
        if slot == "init":
            letters = "".join(r.sample("ABCDEFGHIJKLMNOPRSTW", r.choice([1, 1, 2, 3])))
            form = r.randrange(4)
            initials = [".".join(letters) + ".", " ".join(c + "." for c in letters), letters, ".".join(letters)][form]
            return f"{initials} {self.surname()}"
        if slot == "dbl":
            a, b = pick(self.p["sur_nl"] + self.p["sur_world"]), self.surname()
            return r.choice([f"{a}-{b}", f"{a} - {b}", f"{a}–{b}", f"{pick(self.p['given_nl'])} {a}-{b}"])
        if slot == "nick":
            return pick(self.p["nick"])
        if slot == "nicksur":
            return f"{pick(self.p['nick'])} {self.surname()}"
        if slot == "miss":
            name = ""
            while len(name) < 5:
                name = r.choice([self.given(), pick(self.p["sur_nl"])])
            return self.misspell(name)
        if slot in ("org", "org_lc", "org_uc"):
            org = self.org()
            return {"org_lc": org.lower(), "org_uc": org.upper()}.get(slot, org)
        if slot in ("loc", "loc_uc"):
            return pick(HOMES).upper() if slot == "loc_uc" else pick(HOMES)
        if slot == "tel_words":
            return "nul zes " + " ".join(pick(SPOKEN) for _ in range(4))
        if slot == "mail":
            return self.mail()
        if slot == "url":
            return self.url()
        if slot == "tel":
            return self.tel()
        if slot in ("adres", "adres_lc"):
            if slot == "adres_lc":
                return f"{pick(STREETS).lower()} {pick(SPOKEN)}"
            num = f"{r.randrange(1, 240)}{r.choice(['', '', '', 'a', 'A', '-II', ' bis', 'B', '-3'])}"
            return f"{pick(STREETS)} {num}"
        if slot == "pc":
            letters = "".join(r.choice("ABCEGHJKLMNPRTVWXZ") for _ in range(2))
            digits = str(r.randrange(1011, 9999))
            return r.choice([f"{digits} {letters}", f"{digits}{letters}", f"{digits} {letters.lower()}",
                             f"{digits}{letters.lower()}", f"{digits}-{letters}", f"{digits}  {letters}"])
        if slot == "pbus":
            return str(r.choice([r.randrange(10, 99), r.randrange(100, 999), r.randrange(1000, 99999)]))
        if slot in ("kvk", "agb"):
            d = f"{r.randrange(1, 10)}{r.randrange(10 ** 6, 10 ** 7):07d}"
            forms = [d, f"{d[:4]} {d[4:]}", f"{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}"] if slot == "kvk" else \
                [d, f"{d[:2]}-{d[2:]}", f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"]
            return r.choice(forms)
        if slot == "bsn":
            b = _valid_bsn(r)
            return r.choice([b, f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}", f"{b[:2]} {b[2:4]} {b[4:6]} {b[6:]}"])
        if slot == "iban":
            i = _iban(r)
            spaced = " ".join(i[k:k + 4] for k in range(0, len(i), 4))
            return r.choice([i, spaced, i.lower(), spaced.lower(), spaced])
        if slot == "klant":
            n = r.randrange(10 ** 5, 10 ** 7)
            return r.choice([str(n), f"K-{n}", f"{2019 + n % 7}/{n % 10000:04d}", f"CL-{n:07d}", f"{n // 1000:04d}-{n % 1000:03d}",
                             f"WLZ{n}", f"0{n}"])
        table = {"body": BODIES, "law": LAWS, "month": MONTHS, "day": DAYS, "place": PLACES, "code": CODES,
                 "soft": SOFTWARE, "role": ROLES}
        return pick(table[slot])

    def org(self) -> str:
        r, pick = self.rng, self.pick
        kind = r.randrange(11)
        if kind == 0:
            return pick(["Stichting ", "Zorggroep ", "Woonzorg ", ""]) + pick(SAINTS)
        if kind == 1:
            return pick(["De ", "", "Zorgcentrum "]) + pick(NATURE) + pick(["hof", "hoeve", "stede", "gaerde"]) + pick(["", " Zorg", " Wonen & Zorg"])
        if kind == 2:
            return pick(NEOLOGISMS)
        if kind == 3:
            return pick(ACRONYMS)
        if kind == 4:
            return pick(ENGLISH) + pick(["", " " + pick(["Twente", "Noord", "Zuid-Oost", "Almere"])])
        if kind == 5:
            return pick(DIALECT)
        if kind == 6:
            return pick(SLASHED)
        if kind == 7:
            return pick(FAMILY).format(s=pick(self.p["sur_nl"] + self.p["sur_cspell"]), g=pick(self.p["given_nl"]))
        if kind == 8:
            return pick(HEADS).format(n=pick(["De ", "Het ", ""]) + pick(NATURE + ["Horizon", "Dageraad", "Kompaan",
                                                                                  "Zwaluwstaart", "Vlinderslag", "Ommezwaai"]))
        if kind == 9:
            return pick(YEARS)
        return pick(REGION_ORGS)

    def mail(self) -> str:
        r, pick = self.rng, self.pick
        g, s = self.given().lower(), pick(self.p["sur_nl"] + self.p["sur_cspell"]).lower().replace(" ", "")
        local = r.choice([f"{g}.{s}", f"{g[0]}.{s}", f"{g[0]}{s}", g, f"{s}.{g[0]}", "info", "planning", "zorgbemiddeling",
                          f"{g}{r.randrange(60, 99)}"])
        domain = r.choice([pick(DOMAINS) + pick(TLDS), "hotmail.com", "ziggo.nl", "kpnmail.nl", "gmail.com", "live.nl"])
        mail = f"{local}@{domain}"
        return r.choice([mail, mail, mail, mail.upper(), mail.capitalize()])

    def url(self) -> str:
        r, d = self.rng, self.pick(DOMAINS) + self.pick(TLDS)
        return r.choice([f"www.{d}", f"https://{d}/contact", f"{d}", f"http://www.{d}/over-ons", f"https://www.{d}",
                         f"{d}/aanmelden", f"WWW.{d.upper()}"])

    def tel(self) -> str:
        r = self.rng
        m = "".join(str(r.randrange(10)) for _ in range(8))
        area, local = r.choice([("050", 7), ("0475", 6), ("085", 7), ("0515", 6), ("071", 7), ("0546", 6), ("020", 7)])
        n = str(r.randrange(1, 10)) + "".join(str(r.randrange(10)) for _ in range(local - 1))
        forms = [f"06-{m}", f"06 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}", f"+31 6 {m[:4]} {m[4:]}", f"+31(0)6-{m}",
                 f"0031 6 {m}", f"{area}-{n}", f"({area}) {n}", f"{area} - {n[:2]} {n[2:4]} {n[4:]}", f"+31 {area[1:]} {n}",
                 f"06{m}", f"{area} {n}"]
        return r.choice(forms)

