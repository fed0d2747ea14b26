"""Build benchmarks/data/pseudonymise_heldout.jsonl: an evaluation set written apart from the rules.

The older set (make_pseudonymise_eval.py) was built alongside openanswers.privacy and scores 99.8%;
this one was written without reading the rules, with its own templates (_heldout_templates.py) and
names from other real sources, so its recall says something about the next survey. See
benchmarks/data/pseudonymise_heldout.md for sources, licences and span conventions.

Records (same JSONL format as the older set): {"type", "source", "text", "spans": [[start, end, kind]]}
* "planted": an answer holding identifiers (kinds below) and possibly controls;
* "tricky": an answer holding controls only (kind "control": public bodies, months, places,
  ordinary words that look like names), which must survive;
* "clean": an answer with no identifier and no marked span (false positives per 1,000 words).

Build-time sources (not dependencies of openanswers):
    pip install gender-guesser==0.4.0 mimesis==22.2.0
    python benchmarks/make_pseudonymise_heldout.py
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import string
import unicodedata
from pathlib import Path

from _heldout_templates import CLEAN_BODIES, CLEAN_CLOSERS, CLEAN_OPENERS, CLEAN_STANDALONE, CONTROLS, PLANTED

ROOT = Path(__file__).resolve().parents[1]
OUT = Path(__file__).resolve().parent / "data" / "pseudonymise_heldout.jsonl"
SEED = 20261130
N_PLANTED, N_TRICKY, N_CLEAN = 320, 90, 200
PARTICLES = ("van", "de", "der", "den", "ter", "ten", "te", "'t", "in", "op", "het", "aan")

# Invented proper names for organisations, locations and streets (no list of real ones was used).
STEMS = ["Wilgen", "Essen", "Klaver", "Meidoorn", "Vlinder", "Berken", "Hazel", "Ooievaar", "Duin", "Heide",
         "Beuken", "Vossen", "Reiger", "Lijster", "Vlier", "Hulst", "Kievit", "Egel", "Wingerd", "Lisdodde",
         "Zwaluw", "Populier", "Lavendel", "Mispel", "Kastanje", "Boterbloem", "Zeggen", "Eikel", "Merel", "Sleedoorn"]
ENDS = ["hof", "gaarde", "hoeve", "stede", "kamp", "weide", "hage", "borgh", "dal", "veld", "horst", "oord", "rode"]
COINED = ["Solvenda", "Curavita", "Sensara", "Zorgvia", "Aquilon", "Meandria", "Levantis", "Orvida", "Vidalon",
          "Amberhove", "Tessanto", "Ruvalis", "Noordlicht", "Morgenrood", "Avondlicht", "Zonnewende", "Veldzicht",
          "Waterrijk", "Dijkzicht", "Het Open Erf", "De Lage Weide", "Kruidentuin", "De Wadden Zorg", "Elverhof"]
HEADS = ["Stichting", "Zorggroep", "Thuiszorg", "Woonzorg", "Zorgcentrum", "Zorgkring", "Verpleeghuis", "Huize",
         "Woonzorgcentrum", "Zorgcoöperatie", "Stichting Zorggroep", "Wooncentrum", "Zorgboerderij"]
STREET_ENDS = ["straat", "laan", "weg", "singel", "dreef", "plein", "hof", "kade", "pad", "erf"]
REGION_SUFFIX = ["", "", "", " Oost", " West", " Noord", " Zuid", " Midden", " Thuis"]

# Controls (kind "control"): public bodies, zorgkantoren (public-task purchasers: a survey's subgroup,
# not personal data), months, days, places and regions.
ZORGKANTOREN = ["Zilveren Kruis Zorgkantoor", "Zorgkantoor DSW", "CZ zorgkantoor", "VGZ Zorgkantoor",
                "Menzis Zorgkantoor", "zorgkantoor Zorg en Zekerheid", "De Friesland Zorgkantoor",
                "zorgkantoor Twente", "Zorgkantoor Haaglanden", "zorgkantoor Noord-Holland Noord", "het zorgkantoor Zeeland"]
BODIES = ["de NZa", "het CIZ", "VWS", "Zorginstituut Nederland", "de IGJ", "ActiZ", "Zorgverzekeraars Nederland",
          "de Nederlandse Zorgautoriteit", "het ministerie van VWS", "VGN"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "Maandag", "Donderdag"]
PLACES = ["Rotterdam", "Utrecht", "Zwolle", "Leeuwarden", "'s-Hertogenbosch", "Den Haag", "Amersfoort", "Deventer",
          "Heerlen", "Emmen", "Almere", "Breda", "Nijmegen", "Groningen", "Tilburg", "Apeldoorn", "Hoorn", "Goes",
          "Sneek", "Venlo", "Den Helder", "Winterswijk", "Ede", "Assen"]
REGIONS = ["Twente", "Achterhoek", "Zuid-Limburg", "Drenthe", "Haaglanden", "Kennemerland", "'t Gooi", "Flevoland",
           "Zeeland", "Noord-Holland Noord", "Midden-Brabant", "West-Brabant", "Rijnmond", "Friesland"]
FREEMAIL = ["gmail.com", "hotmail.com", "outlook.com", "kpnmail.nl", "ziggo.nl"]
BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "BUNQ", "KNAB"]


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"make_pseudonymise_heldout: package {name} not found; pip install gender-guesser==0.4.0 mimesis==22.2.0")
    return Path(list(spec.submodule_search_locations)[0])


def _shared_data() -> Path:
    for base in (ROOT.parent, ROOT.parent.parent):
        if (base / "shared" / "data" / "ud_dutch").is_dir():
            return base / "shared" / "data"
    raise SystemExit("make_pseudonymise_heldout: shared/data/ud_dutch not found next to the repository")


def dutch_words() -> set[str]:
    """Lower-case words (not proper nouns) of the UD Dutch Alpino and LassySmall dev and test files:
    a first name that is also an ordinary word ("roos", "hoop", "wil") is left out, so the gold
    stays unambiguous."""
    words = set()
    for path in sorted((_shared_data() / "ud_dutch").glob("nl_*-ud-*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) > 3 and cols[3] != "PROPN" and cols[1].islower():
                words.add(cols[1])
    return words


def first_names(words: set[str]) -> list[str]:
    """Dutch first names: the Netherlands column of Jörg Michael's nam_dict.txt (gender-guesser, GFDL)
    with frequency 2 or more, plus mimesis' nl first names (MIT), minus ordinary words."""
    names = set()
    for line in (_package_dir("gender_guesser") / "data" / "nam_dict.txt").read_text(encoding="utf-8").splitlines():
        if line[:1] in "#=" or len(line) < 41 or line[29] == "+":
            continue
        freq = line[40].strip()
        if freq and int(freq, 16) >= 2:
            names.add(line[3:29].strip())
    person = json.loads((_package_dir("mimesis") / "datasets" / "nl" / "person.json").read_text(encoding="utf-8"))
    names.update(person["names"]["female"] + person["names"]["male"])
    ok = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]{2,}$")
    return sorted(n for n in names if ok.match(n) and n.lower() not in words)


def surnames() -> list[str]:
    """Dutch surnames from mimesis' nl person data (MIT): only present-day spellings (one capitalised
    word after an optional particle), archaic forms such as -inck or -ae- left out."""
    person = json.loads((_package_dir("mimesis") / "datasets" / "nl" / "person.json").read_text(encoding="utf-8"))
    ok = re.compile(r"^((van|de|van de|van der|van den|ter|ten|te|van 't|in 't|op de|den) )?[A-Z][a-zé]{2,}$")
    return sorted({s for s in person["surnames"] if ok.match(s) and not re.search(r"ck|ae|ue|ijck|dt$|y", s)})


class Builder:
    """Fills templates; each slot returns segments [(text, kind or None)]."""

    def __init__(self, rng: random.Random, fns: list[str], sns: list[str]):
        self.rng, self.fns, self.sns = rng, fns, sns
        self.plain_sns = [s for s in sns if " " not in s]
        self.de_sns = [s for s in sns if s.startswith("de ") and s.count(" ") == 1]

    # --- names ---------------------------------------------------------------------------
    def _fn(self) -> str:
        return self.rng.choice(self.fns)

    def _sn(self) -> str:
        return self.rng.choice(self.sns)

    def _initials(self) -> str:
        n = self.rng.choice([1, 1, 2, 2, 3])
        dots = "".join(f"{c}." for c in self.rng.sample(string.ascii_uppercase.replace("Q", "").replace("X", ""), n))
        return dots

    def _double(self) -> str:
        return f"{self.rng.choice(self.plain_sns)}-{self._sn()}"

    @staticmethod
    def _standalone(sn: str) -> str:
        """Particle capitalised when no first name or initials precede it ("mevrouw Van Dam")."""
        return sn[0].upper() + sn[1:]

    def slot(self, name: str) -> list[tuple[str, str | None]]:
        r = self.rng
        n = "NAAM"
        if name == "full":
            return [(f"{self._fn()} {self._sn()}", n)]
        if name == "full_lc":
            return [(f"{self._fn()} {self._sn()}".lower(), n)]
        if name == "full_caps":
            return [(f"{self._fn()} {self._sn()}".upper(), n)]
        if name == "fn":
            return [(self._fn(), n)]
        if name == "fn_lc":
            return [(self._fn().lower(), n)]
        if name == "sn":
            sn = self._sn()
            return [(self._standalone(sn) if r.random() < 0.6 else sn, n)]
        if name == "sn_caps":
            return [(self._standalone(self._sn()).upper(), n)]
        if name == "init_sn":
            return [(f"{self._initials()} {self._sn()}", n)]
        if name == "init_double":
            return [(f"{self._initials()} {self._double()}", n)]
        if name == "double":
            return [(self._double(), n)]
        if name == "fn_de":
            return [(f"{self._fn()} {r.choice(self.de_sns)}", n)]
        # --- organisations and locations --------------------------------------------------
        if name in ("org", "org_name", "org_bare"):
            proper = self._proper() + r.choice(REGION_SUFFIX)
            if name == "org":
                return [(r.choice(HEADS) + " ", None), (proper, "ORGANISATIE")]
            return [(proper, "ORGANISATIE")]
        if name == "loc":
            return [(self._proper(place=True), "LOCATIE")]
        # --- contact details and numbers ---------------------------------------------------
        if name in ("email", "email_caps"):
            mail = self._email()
            return [(mail.upper() if name == "email_caps" else mail, "E-MAIL")]
        if name == "url":
            return [(self._url(), "URL")]
        if name == "phone":
            return [(self._phone(), "TELEFOON")]
        if name == "street":
            base = r.choice([r.choice(STEMS) + r.choice(STREET_ENDS), f"{self._fn()} {self._sn().split()[-1]}{r.choice(STREET_ENDS)}",
                             f"Burg. {self.rng.choice(self.plain_sns)}{r.choice(STREET_ENDS)}"])
            number = f"{r.randint(1, 240)}{r.choice(['', '', '', 'a', 'B', '-3', ' bis'])}"
            return [(f"{base} {number}", "ADRES")]
        if name == "postcode":
            letters = r.choice([x + y for x in "ABCEGHJKLMNPRTVWXZ" for y in "ABCEGHJKLMNPRTVWXZ"])
            code = r.choice(["{d} {l}", "{d}{l}", "{d} {ll}", "{d}{ll}"]).format(d=r.randint(1000, 9999), l=letters, ll=letters.lower())
            return [(code, "POSTCODE")]
        if name == "postbus":
            return [(str(r.choice([r.randint(10, 999), r.randint(1000, 99999)])), "POSTBUS")]
        if name == "kvk":
            d = str(r.randint(10_000_000, 99_999_999))
            return [(d if r.random() < 0.75 else f"{d[:4]} {d[4:]}", "KVK")]
        if name == "agb":
            code = r.choice(["73", "75", "22", "47"]) + f"{r.randint(0, 999999):06d}"
            return [(code if r.random() < 0.7 else f"{code[:2]}-{code[2:]}", "AGB")]
        if name == "bsn":
            return [(self._bsn(), "BSN")]
        if name == "iban":
            return [(self._iban(), "IBAN")]
        if name == "client":
            return [(r.choice([str(r.randint(100_000, 9_999_999)), f"C-{r.randint(1, 99999):05d}", f"CL{r.randint(2019, 2025)}-{r.randint(1, 9999):04d}"]), "KLANTNUMMER")]
        if name == "dossier":
            return [(r.choice([f"D-{r.randint(2019, 2025)}-{r.randint(1, 9999):04d}", f"{r.randint(10, 25)}/{r.randint(1, 99999):05d}", str(r.randint(1_000_000, 99_999_999))]), "KLANTNUMMER")]
        # --- controls ----------------------------------------------------------------------
        controls = {"zk": ZORGKANTOREN, "body": BODIES, "month": MONTHS, "day": DAYS, "place": PLACES, "region": REGIONS}
        if name in controls:
            return [(r.choice(controls[name]), "control")]
        if name == "date_ctl":
            return [(f"{r.randint(1, 28)} {r.choice(MONTHS)} {r.randint(2023, 2025)}", "control")]
        raise KeyError(f"unknown slot {name!r}")

    def _proper(self, place: bool = False) -> str:
        r = self.rng
        if r.random() < 0.35:
            return r.choice(COINED)
        word = r.choice(STEMS) + r.choice(ENDS)
        return (r.choice(["De ", "Het ", "De ", ""]) if place else r.choice(["De ", "Het ", "", ""])) + word

    def _email(self) -> str:
        r = self.rng
        fn, sn = self._fn(), self._sn()
        fold = lambda s: unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()  # noqa: E731
        sn_join, sn_last = fold(sn).replace(" ", "").replace("'", ""), fold(sn.split()[-1])
        local = r.choice([f"{fold(fn)[0]}.{sn_join}", f"{fold(fn)}.{sn_join}", f"{fold(fn)}", f"{fold(fn)[0]}{sn_last}",
                          f"{fold(fn)}.{sn_last}", "info", "inkoop", "secretariaat"])
        domain = r.choice([self._domain(), self._domain(), r.choice(FREEMAIL)])
        return f"{local}@{domain}"

    def _domain(self) -> str:
        proper = re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", self._proper()).encode("ascii", "ignore").decode().lower())
        return self.rng.choice([f"{proper}.nl", f"zorggroep-{proper}.nl", f"{proper}zorg.nl", f"st{proper}.nl"])

    def _url(self) -> str:
        r = self.rng
        return r.choice(["www.{d}", "https://www.{d}/over-ons", "http://{d}", "{d}/jaarverslag", "https://{d}/contact"]).format(d=self._domain())

    def _phone(self) -> str:
        r = self.rng
        d = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
        return r.choice([f"06-{d(8)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+31 6 {d(4)} {d(4)}", f"+31(0)10 {d(7)}",
                         f"010-{d(7)}", f"030 - {d(3)} {d(2)} {d(2)}", f"0031 6 {d(2)} {d(2)} {d(2)} {d(2)}",
                         f"(0511) {d(2)} {d(2)} {d(2)}", f"0{r.choice(['20', '50', '53', '43', '76'])} {d(3)} {d(4)}", f"06{d(8)}"])

    def _bsn(self) -> str:
        while True:
            ds = [self.rng.randint(0, 9) for _ in range(9)]
            if ds[0] and (sum(d * w for d, w in zip(ds, [9, 8, 7, 6, 5, 4, 3, 2, -1]))) % 11 == 0:
                s = "".join(map(str, ds))
                return self.rng.choice([s, s, f"{s[:3]}.{s[3:6]}.{s[6:]}", f"{s[:4]}.{s[4:6]}.{s[6:]}"])

    def _iban(self) -> str:
        bank, account = self.rng.choice(BANKS), f"{self.rng.randint(0, 9_999_999_999):010d}"
        digits = "".join(str(int(c, 36)) for c in bank + account + "NL00")
        iban = f"NL{98 - int(digits) % 97:02d}{bank}{account}"
        style = self.rng.choice(["plain", "spaced", "spaced", "lower"])
        if style == "spaced":
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        return iban.lower() if style == "lower" else iban

    def fill(self, template: str) -> tuple[str, list[list]]:
        """Template -> (text, spans); "lower:"/"upper:" case the whole answer (length-preserving)."""
        case = None
        if template.startswith(("lower:", "upper:")):
            case, template = template.split(":", 1)
        segments: list[tuple[str, str | None]] = []
        for part in re.split(r"(\{[a-z_]+\}|\[\[.+?\]\])", template):
            if part.startswith("{") and part.endswith("}"):
                segments += self.slot(part[1:-1])
            elif part.startswith("[["):
                segments.append((part[2:-2], "control"))
            elif part:
                segments.append((part, None))
        text, spans = "", []
        for seg, kind in segments:
            cased = seg.lower() if case == "lower" else seg.upper() if case == "upper" else seg
            assert len(cased) == len(seg), seg
            if kind:
                spans.append([len(text), len(text) + len(cased), kind])
            text += cased
        return text, spans


def clean_answers(rng: random.Random, n: int) -> list[str]:
    """Answers with no identifier: opener + one or two bodies + closer, and the standalone ones."""
    out = dict.fromkeys(CLEAN_STANDALONE)
    while len(out) < n:
        bodies = rng.sample(CLEAN_BODIES, rng.choice([1, 1, 2]))
        opener = rng.choice(CLEAN_OPENERS)
        body = ", en ".join(bodies) if opener.endswith((",", "want")) else ". ".join(b[0].upper() + b[1:] for b in bodies)
        text = f"{opener} {body}." if opener else body + "."
        text += rng.choice(CLEAN_CLOSERS)
        out[text.lower() if rng.random() < 0.1 else text] = None
    return list(out)[:n]


def build(seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    builder = Builder(rng, first_names(dutch_words()), surnames())
    records = []
    # Every planted template at least three times, then a seeded draw; each answer may add a control.
    order = PLANTED * 3 + [rng.choice(PLANTED) for _ in range(N_PLANTED - 3 * len(PLANTED))]
    rng.shuffle(order)
    for i, template in enumerate(order):
        text, spans = builder.fill(template)
        if rng.random() < 0.25:  # an extra sentence with controls in front of the identifiers
            pre, pre_spans = builder.fill(rng.choice(CONTROLS))
            text, spans = pre + " " + text, pre_spans + [[s + len(pre) + 1, e + len(pre) + 1, k] for s, e, k in spans]
        records.append({"type": "planted", "source": f"heldout-p{i:03d}", "text": text, "spans": spans})
    order = CONTROLS * 3
    rng.shuffle(order)
    for i, template in enumerate(order[:N_TRICKY]):
        text, spans = builder.fill(template)
        records.append({"type": "tricky", "source": f"heldout-t{i:03d}", "text": text, "spans": spans})
    for i, text in enumerate(clean_answers(rng, N_CLEAN)):
        records.append({"type": "clean", "source": f"heldout-c{i:03d}", "text": text, "spans": []})
    return records


def main() -> None:
    records = build()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    from collections import Counter

    kinds = Counter(k for r in records for _, _, k in r["spans"])
    print(f"{OUT.name}: {len(records)} records, " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))


if __name__ == "__main__":
    main()
