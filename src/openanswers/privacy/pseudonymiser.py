"""Replace identifying spans in Dutch text by placeholders such as [NAAM] and [TELEFOON]."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .context import find_context
from .name_joins import joined_names
from .names import find_names
from .org_extent import extended, header_names, in_firm, shaped_names
from .org_shapes import shaped_organisations
from .org_tails import acronym_organisations, headed_sites, tailed_organisations, with_article
from .recurrence import recurring
from .site_context import context_sites, with_saint
from .street_context import streets
from .tables import table_cells
from .organisations import ZORGKANTOOR_REGION, bundled_organisations, compile_organisations, public_bodies, software_names
from .patterns import PATTERNS
from .recogniser import Recogniser, merge_model_spans, model_wanted
from .sites import bracketed_organisations, coordinated_sites, employers, find_sites, signature_organisations

NUMBER_KINDS = {"NUMMER", "BSN", "ADRES"}  # a number after "Kamer van Koophandel" goes, the name stays
PLACEHOLDERS = {
    "NAAM": "[NAAM]", "E-MAIL": "[E-MAIL]", "TELEFOON": "[TELEFOON]", "ADRES": "[ADRES]", "URL": "[URL]",
    "BSN": "[BSN]", "IBAN": "[IBAN]", "ORGANISATIE": "[ORGANISATIE]", "LOCATIE": "[LOCATIE]",
    "NUMMER": "[NUMMER]",
}


_WORDS = re.compile(r"[^\W_]+")


def _first_words(names: Iterable[str]) -> set[str]:
    return {found[0] for n in names if (found := _WORDS.findall(n.lstrip("=").lower()))}


_PLACE_AFTER = re.compile(r",?[ \t]+")
_ONLY_PARTICLES = re.compile(r"(?:\s*(?i:van|de|der|den|het|'t|ter|ten|te|in|op))+\s*")
_TRAILING_PARTICLES = re.compile(r"(?:\s+(?i:van|de|der|den|het|'t|ter|ten|te|bij|voor))*\s*$")


def _before_public(text: str, start: int, end: int, public: list[tuple[int, int]]) -> int:
    """The end of a name cut short before the public body it ran into, or ``start`` if none is left."""
    cut = min((s for s, e in public if start < s < end), default=start)
    if cut == start:
        return start
    return start + len(_TRAILING_PARTICLES.sub("", text[start:cut]))


def _listed_matches(regex: re.Pattern, words: set[str], text: str) -> list[re.Match]:
    """The list regex tried only where one of ``words`` (its names' first words, those in the text)
    starts: a few anchored matches instead of hundreds of alternatives at every position."""
    if any(len(w) < 2 for w in words):  # "'s Heeren Loo": a first word too short to look for
        return list(regex.finditer(text))
    low = text.lower()
    starts = []
    for w in words:
        i = low.find(w)
        while i >= 0:
            if i == 0 or not low[i - 1].isalnum():  # a word starts here ("de", not "onder")
                starts.append(i)
            i = low.find(w, i + 1)
    starts.sort()
    found, end = [], 0
    for i in starts:
        if i >= end and (m := regex.match(text, i) or i and regex.match(text, i - 1)):  # "'t Gooi"
            found.append(m)
            end = m.end()
    return found


class Pseudonymiser:
    """Replaces e-mail addresses, URLs, IBANs, BSNs, phone numbers, addresses, numbers after their
    keyword (KvK, AGB, cliëntnummer), organisation and location names, and person names by Dutch
    placeholders; deterministic, no model, no network.

    ``organisations``: names to replace by [ORGANISATIE]; None means the bundled list, [] none.
    ``enabled=False`` returns texts unchanged (``--no-pseudonymise``).
    ``recogniser``: also replace what the learned model marks (docs/privacy.md, "A learned
    recogniser beside the rules"); None: on unless ``OPENANSWERS_PII_MODEL=0``; a
    :class:`~openanswers.privacy.recogniser.Recogniser` to use that one.
    ``counts_``: placeholder kind -> replacements made, summed over all ``transform`` calls.
    """

    def __init__(self, organisations: Iterable[str] | None = None, enabled: bool = True, recogniser=None):
        self.organisations = organisations
        self.enabled = enabled
        self.recogniser = recogniser
        if isinstance(recogniser, Recogniser):
            self._model = recogniser
        else:
            self._model = Recogniser() if model_wanted(recogniser) else None
        self.counts_: Counter = Counter()
        names = bundled_organisations() if organisations is None else list(organisations)
        self._organisations = compile_organisations(names)
        kept = public_bodies() + software_names()
        self._public = compile_organisations(kept)
        # First words of the listed names: a text with none of them needs no list regex.
        self._org_words = _first_words(names)
        self._public_words = _first_words(kept) | {"zorgkantoor", "zorgkantoren"}
        self._kept_words = {w for n in kept for w in _WORDS.findall(n.lstrip("=").lower())}

    @property
    def model_key(self) -> str:
        """What the learned recogniser adds to a cache key of spans: ``off``, or its model's hash."""
        from .recogniser import model_digest

        if self._model is None:
            return "model-off"
        return f"model-{model_digest()}" if self._model.nlp is None else f"model-given-{id(self._model.nlp)}"

    def spans(self, text: str, *, model: bool = True) -> list[tuple[int, int, str]]:
        """(start, end, kind) of every identifier in ``text``, non-overlapping, in order.

        Shapes first (an e-mail holds a name and a domain), then listed organisations, then what a
        keyword announces ("KvK 12345678", "Stichting De Linde", "locatie Oost"), then names; public
        bodies, zorgkantoren (data/public_bodies.txt) and software (data/software_nl.txt) are never
        taken by the last two. Last, what the learned recogniser marks (``model=False``: the rules alone).
        """
        taken: list[tuple[int, int, str]] = []

        def free(start: int, end: int) -> bool:
            return all(end <= s or start >= e for s, e, _ in taken)

        for pattern in PATTERNS:
            if pattern.hint is not None and not pattern.hint.search(text):
                continue  # no "@", no digits, no domain ending: the pattern can't match
            for m in pattern.regex.finditer(text):
                if free(m.start(), m.end()) and pattern.valid(m.group()):
                    taken.append((m.start(), m.end(), pattern.kind))
        present = set(_WORDS.findall(text.lower()))
        if self._organisations is not None and present & self._org_words:  # the list first: the user named these
            for m in _listed_matches(self._organisations, present & self._org_words, text):
                if free(m.start(), m.end()):
                    taken.append((m.start(), m.end(), "ORGANISATIE"))
        # Public bodies and zorgkantoren stay: no rule below may take a word of theirs.
        public = []
        if present & self._public_words:
            public = [(m.start(), m.end()) for m in _listed_matches(self._public, present & self._public_words, text)]
            public += [(m.start(), m.end()) for m in ZORGKANTOOR_REGION.finditer(text)]
            public = in_firm(text, public)

        def open_(start: int, end: int) -> bool:
            return free(start, end) and all(end <= s or start >= e for s, e in public)

        # Before the head rules: "Woonvorm Huis aan de Dijk" is one site, "Dalanis Zorg" an organisation.
        found = headed_sites(text, self._kept_words) + tailed_organisations(text, self._kept_words)
        found += acronym_organisations(text, self._kept_words) + shaped_organisations(text, self._kept_words)
        found += shaped_names(text, self._kept_words)  # "Thuiszorg 2004", "Zorg+Welzijn Oost", "Kok & Zonen"
        for start, end, kind in found:
            if open_(start, end):
                taken.append((start, end, kind))
        for start, end, kind in sorted(find_context(text), key=lambda span: (span[0], -span[1])):
            if open_(start, end) or kind in NUMBER_KINDS and free(start, end):
                taken.append((start, end, kind))
        for start, end, kind in streets(text, taken):
            if open_(start, end):
                taken.append((start, end, kind))  # "Molenwiek 62, [3523 XP]", "aan de Zuiderdiep 75-II"
        addresses = [e for s, e, kind in taken if kind == "ADRES"]
        for start, end in find_names(text):
            if any(_PLACE_AFTER.fullmatch(text, e, start) for e in addresses if e <= start) and " " not in text[start:end]:
                continue  # "2945 JV Nijstad": the place after a postcode stays, as places do
            if not open_(start, end) and free(start, end):
                end = _before_public(text, start, end, public)  # "Meneer Holsteins van Menzis Zorgkantoor"
            elif not free(start, end) and free(start, start + 1):  # "JESSICA UYTTERHOEVEN VAN [ORGANISATIE]"
                end = _before_public(text, start, end, [(s, e) for s, e, _ in taken])
            if end > start and open_(start, end) and not _ONLY_PARTICLES.fullmatch(text, start, end):
                taken.append((start, end, "NAAM"))  # not "van" left of "[Dijk & Dal]"
        # Sites after names: "-horst", "-hof", "-kamp" end surnames too ("mr. Wiebe Riethorst").
        found = find_sites(text, self._kept_words) + signature_organisations(text, self._kept_words)
        found += context_sites(text, self._kept_words)  # "de wachtlijst voor De Vlonder"
        for start, end, kind in found + employers(text, self._kept_words) + header_names(text):
            if open_(start, end):
                taken.append((start, end, kind))  # "vacatures bij Hazelhorst", a signature's "Evea"
        names = [(s, e) for s, e, kind in taken if kind == "NAAM"]
        for start, end, kind in bracketed_organisations(text, names, self._kept_words):
            if open_(start, end):
                taken.append((start, end, kind))  # "Priya (Fenavia)"
        sites = [span for span in taken if span[2] in ("ORGANISATIE", "LOCATIE")]
        for start, end, kind in coordinated_sites(text, sites, self._kept_words):
            if open_(start, end):
                taken.append((start, end, kind))  # "Stichting [ORGANISATIE], Iepenstroom en …"
        for start, end, kind in table_cells(text):
            if open_(start, end):
                taken.append((start, end, kind))  # "| Organisatie | KvK |" over "| Solecura | 40532711 |"
        if model and self._model is not None:  # what the rules OR the model mark; public bodies veto both
            taken = merge_model_spans(text, taken, self._model.spans(text), public)
        taken = extended(text, sorted(taken), public)  # "[Amstelzorg] Oost" -> one name
        taken = joined_names(text, taken, public)  # "[Safot] van Lier", "BS [Verhoeven]", "[Tiemen] en mimoun"
        for start, end, kind in recurring(text, taken, self._kept_words):  # "[Verbeek] … Verbeek"
            if open_(start, end):
                taken.append((start, end, kind))
        return sorted(with_saint(text, with_article(text, taken)))

    def transform_one(self, text):
        if not self.enabled or not isinstance(text, str) or not text:
            return text
        out, last = [], 0
        for start, end, kind in self.spans(text):
            out += [text[last:start], PLACEHOLDERS[kind]]
            self.counts_[kind] += 1
            last = end
        return "".join(out) + text[last:] if out else text

    def transform(self, texts: Iterable) -> list:
        """Same length, same order; non-text values (NaN, None) pass unchanged."""
        texts = list(texts)
        if self.enabled and self._model is not None:
            self._model.prime(texts)
        return [self.transform_one(t) for t in texts]


def pseudonymise(texts: Iterable, **kwargs) -> tuple[list, Counter]:
    """``Pseudonymiser(**kwargs).transform(texts)`` and the replacement counts."""
    scrub = Pseudonymiser(**kwargs)
    return scrub.transform(texts), Counter(scrub.counts_)
