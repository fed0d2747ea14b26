"""Survey-aware tokenizer exceptions: abbreviations and Wlz care codes stay one token.

spaCy's Dutch tokenizer already keeps n.v.t., t.a.v. and ZZP-VG5 whole but splits the final dot
off abbreviations it does not list (m.i., incl., i.c.m.), which turns them into a word plus a
sentence end. Care codes (VV4, ZZP-VG5, VPT, LG-3, GGZ-B3) must also never be split at a hyphen,
whatever spaCy's infix rules do in a later version, so a token_match pins them.
"""

from __future__ import annotations

import re

# Abbreviations common in Dutch survey answers and care-purchasing documents.
ABBREVIATIONS = (
    "n.v.t.", "t.a.v.", "i.p.v.", "e.d.", "m.b.t.", "z.s.m.", "m.i.", "o.a.", "bijv.", "d.w.z.", "i.v.m.",
    "t.z.t.", "incl.", "excl.", "o.b.v.", "i.o.m.", "i.c.m.", "m.u.v.", "i.s.m.", "t.b.v.", "n.a.v.",
    "i.h.k.v.", "c.q.", "cq.", "evt.", "resp.", "ca.", "enz.", "etc.", "t/m", "m.n.", "a.s.", "z.g.a.n.",
)

# Wlz care codes: letters, optional hyphenated letter groups, an optional level ("VV4", "ZZP-VG5",
# "LG-3", "GGZ-B3", "VPT"). Upper case only, so ordinary hyphenated words are left alone.
CARE_CODE = re.compile(r"^[A-Z]{2,6}(?:-[A-Z]{1,6})*(?:-?\d{1,2}[A-Z]?)?$")


def exception_variants(abbreviation: str) -> set[str]:
    """As written at a sentence start or in capitals too: "n.v.t.", "N.v.t.", "N.V.T."."""
    return {abbreviation, abbreviation[:1].upper() + abbreviation[1:], abbreviation.upper()}


def add_survey_exceptions(nlp) -> None:
    """Add the abbreviations and the care-code match to ``nlp``'s tokenizer (idempotent)."""
    from spacy.symbols import NORM, ORTH

    tokenizer = nlp.tokenizer
    for abbreviation in ABBREVIATIONS:
        for variant in exception_variants(abbreviation):
            tokenizer.add_special_case(variant, [{ORTH: variant, NORM: abbreviation}])
    previous = tokenizer.token_match
    previous_pattern = getattr(getattr(previous, "__self__", None), "pattern", None)
    if previous_pattern is not None and CARE_CODE.pattern in previous_pattern:
        return
    # A compiled pattern's .match (not a closure) so that nlp.to_disk() stores it with the model.
    pattern = CARE_CODE.pattern if previous_pattern is None else f"(?:{CARE_CODE.pattern})|(?:{previous_pattern})"
    tokenizer.token_match = re.compile(pattern).match
