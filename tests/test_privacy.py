"""Pseudonymisation: identifiers planted in real answers go, ordinary Dutch stays."""

from __future__ import annotations

import csv
import math
from collections import Counter
from pathlib import Path

import pytest

from openanswers.errors import InputError
from openanswers.privacy import Pseudonymiser, pseudonymise, read_organisations
from openanswers.privacy.patterns import elfproef, iban_valid

NVI = Path(__file__).resolve().parents[1] / "corpora" / "nota_van_inlichtingen.csv"

PLANTED = {
    "NAAM": ["Neem contact op met mevrouw Jansen.", "Wij spraken met Petra van Dijk.", "Volgens J. de Vries klopt dit.",
             "Onze contactpersoon is dhr. P. Bakker.", "Collega Anouk vroeg hetzelfde."],
    "E-MAIL": ["Mail naar j.jansen@zorggroep.nl voor vragen."],
    "TELEFOON": ["Bel 06-12345678.", "Bel +31 (0)20 123 4567.", "Bel 0570-123456.", "Bel 0800-1234.", "Bel 06 1234 5678."],
    "ADRES": ["Ons kantoor zit aan de Kerkstraat 12a, 1234 AB Utrecht.", "Post naar 3511 LX Utrecht."],
    "URL": ["Zie www.stichting-de-linde.nl/wlz voor meer.", "Zie https://example.nl/a?b=1."],
    "BSN": ["Het BSN is 111222333.", "Het BSN is 1112.22.333."],
    "IBAN": ["Rekening NL91 ABNA 0417 1643 00.", "Rekening NL91ABNA0417164300."],
    "ORGANISATIE": ["Bij Philadelphia Zorg gaat dit anders.", "Stichting Zonnewende belt.", "Wij werken met 's heeren loo."],
}
SECRETS = ["Jansen", "Dijk", "Vries", "Bakker", "Anouk", "j.jansen@zorggroep.nl", "12345678", "123 4567", "123456",
           "0800-1234", "1234 5678", "Kerkstraat", "1234 AB", "3511 LX", "stichting-de-linde", "example.nl",
           "111222333", "1112.22.333", "0417", "Philadelphia", "Zonnewende", "heeren loo"]
ORDINARY = [
    "De Zorg is in de regio goed geregeld.", "Volgens de Wet langdurige zorg heeft de cliënt recht op zorg.",
    "Van harte aanbevolen.", "In mei en juni is het Zorgkantoor op maandag en vrijdag open.",
    "ZZP, VPT en MPT vallen onder de Wlz; de NZa stelt tarieven vast, het CIZ indiceert, niet de Zvw.",
    "Het tarief stijgt met 3,5% naar € 1.234.567 in 2025.", "Op 01-01-2025 om 10.00 uur start de inkoop.",
    "Wij leveren zorg en zekerheid aan onze bewoners.", "In Noord-Holland, Limburg en Friesland is de wachtlijst langer.",
    "Het aantal van 123456789 euro klopt niet.", "G. Stelt het zorgkantoor een termijn?", "Dit geldt voor 2024-2026.",
    "Collega zorgaanbieders vragen hetzelfde.", "Zie bijlage B. Zorgkantoren moeten dit ook doen.",
    # Zorgkantoren and the insurers that run them are public bodies: they stay (data/public_bodies.txt).
    "Bij Zilveren Kruis gaat dit anders.", "Het Zorgkantoor Noord-Holland Noord belt.", "Wij werken met cz.",
    "ZILVEREN KRUIS ZORGKANTOOR en zorgkantoor Twente overleggen met Zorgverzekeraars Nederland.",
]


@pytest.fixture(scope="module")
def nvi_texts() -> list[str]:
    with open(NVI, encoding="utf-8") as f:
        return [row["vraag"] for row in csv.DictReader(f)]


def test_identifiers_planted_in_real_answers_are_removed(nvi_texts):
    sentences = [(kind, s) for kind, group in PLANTED.items() for s in group]
    texts = [f"{nvi_texts[i]} {s}" for i, (_, s) in enumerate(sentences)]
    scrub = Pseudonymiser()
    out = scrub.transform(texts)
    for (kind, _), text in zip(sentences, out):
        assert f"[{kind}]" in text, text
    for secret in SECRETS:
        assert not any(secret in t for t in out), secret
    assert scrub.counts_["TELEFOON"] == len(PLANTED["TELEFOON"])
    # the real text in front is kept as it was (the NVI questions name no person)
    for original, text in zip(texts, out):
        assert text.startswith(original[: original.index(" ", 40)])


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_phrases_survive(text):
    assert Pseudonymiser().transform([text]) == [text]


def test_real_answers_lose_no_words_but_listed_organisations(nvi_texts):
    scrub = Pseudonymiser()
    out = scrub.transform(nvi_texts)
    changed = [(a, b) for a, b in zip(nvi_texts, out) if a != b]
    assert set(scrub.counts_) <= {"ORGANISATIE"}  # care providers on the list (GGZ Drenthe)
    assert len(changed) <= 0.02 * len(nvi_texts)
    assert all("[ORGANISATIE]" in b for _, b in changed)


def test_counts_add_up_over_calls():
    scrub = Pseudonymiser()
    scrub.transform(["Bel 06-12345678 of mail a@b.nl.", "Mevrouw Jansen belde."])
    scrub.transform(["Bel 020-1234567."])
    assert scrub.counts_ == Counter({"TELEFOON": 2, "E-MAIL": 1, "NAAM": 1})
    texts, counts = pseudonymise(["Bel 06-12345678 of mail a@b.nl."])
    assert texts == ["Bel [TELEFOON] of mail [E-MAIL]."] and counts == Counter({"TELEFOON": 1, "E-MAIL": 1})


def test_disabled_is_identity_and_non_text_passes():
    texts = ["Mevrouw Jansen, 06-12345678.", "", None, math.nan]
    scrub = Pseudonymiser(enabled=False)
    out = scrub.transform(texts)
    assert out[:3] == texts[:3] and math.isnan(out[3]) and not scrub.counts_
    out = Pseudonymiser().transform(texts)
    assert out[1:3] == ["", None] and math.isnan(out[3])


def test_organisation_list_is_configurable(tmp_path):
    text = "Aanbieder De Linde en Cordaan overleggen met Zorg en Zekerheid over zorg en zekerheid."
    assert pseudonymise([text])[0] == ["Aanbieder De Linde en [ORGANISATIE] overleggen met Zorg en Zekerheid over zorg en zekerheid."]
    # With no list, "Cordaan" is no longer an organisation; an unknown capitalised word mid-sentence is
    # still taken for a name (the last-resort rule), and the rest stays.
    assert pseudonymise([text], organisations=[])[0] == [text.replace("Cordaan", "[NAAM]")]
    path = tmp_path / "orgs.txt"
    path.write_text("# eigen lijst\nDe Linde\n=Zorg en Zekerheid\n\n", encoding="utf-8")
    orgs = read_organisations(path)
    assert orgs == ["De Linde", "=Zorg en Zekerheid"]
    # The user's own list wins over the public bodies: they asked for it.
    assert pseudonymise([text], organisations=orgs)[0] == [
        "Aanbieder [ORGANISATIE] en [NAAM] overleggen met [ORGANISATIE] over zorg en zekerheid."]
    assert pseudonymise([text.lower()], organisations=orgs)[0][0].startswith("aanbieder [ORGANISATIE] en cordaan")
    with pytest.raises(InputError):
        read_organisations(tmp_path / "missing.txt")


def test_deterministic(nvi_texts):
    texts = [f"{t} Bel mevrouw Jansen op 06-12345678." for t in nvi_texts[:50]]
    assert Pseudonymiser().transform(texts) == Pseudonymiser().transform(texts)


def test_check_digits():
    assert elfproef("111222333") and not elfproef("111222334")
    assert iban_valid("NL91ABNA0417164300") and not iban_valid("NL92ABNA0417164300")
    assert pseudonymise(["Nummer 111222334."])[0] == ["Nummer 111222334."]
