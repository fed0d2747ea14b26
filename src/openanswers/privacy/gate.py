"""One gate per export, with one rule per kind of field, so that no field leaves unpseudonymised.

* free text (answers, closed answers, questions, quotes, memos, titles): identifiers become
  placeholders such as ``[NAAM]``;
* ids (answer and respondent ids): kept when ordinary (``R0001``, ``nvi-0012``, ``17``); an id that
  is personal data (an e-mail address, a phone number, a name) gets a stable pseudonym such as
  ``[E-MAIL-1]``: the same id always the same pseudonym within the gate, so rows still link;
* metadata values (``--group`` columns): kept when they are a subgroup (``Zilveren Kruis``,
  ``omzetklasse 3``), organisation names included; personal data inside a value gets a stable
  numbered pseudonym (``Team [NAAM-1]``), so two contact persons stay two groups;
* labels and keywords: free text, plus every word that was part of a name found in the answers,
  and listed names in any case (keywords are lower-case lemmas).

:meth:`Gate.frame` sends every column of an answer table through the rule for its kind; a column
it does not know is metadata, so a new column cannot slip past.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .. import schema
from .pseudonymiser import PLACEHOLDERS, Pseudonymiser

# Columns whose values the pipeline makes (numbers, statuses) and that carry no answer content.
INTERNAL = {schema.RANK, schema.STATUS, schema.ROW, schema.TOPIC}
TEXT_COLUMNS = {schema.TEXT, schema.CLEAN, schema.QUESTION, schema.CLOSED}
ID_COLUMNS = {schema.ID, schema.RESPONDENT}
# Kinds that are organisations or places, not persons: a subgroup may be named after them.
GROUP_KINDS = {"ORGANISATIE", "LOCATIE"}
_QUALTRICS = re.compile(r"R_[A-Za-z0-9]{10,20}")
_LETTER_RUN = re.compile(r"[^\W\d_]{5,}")
_ID_SUFFIX = re.compile(r"((?:[#~]\d+)*)$")  # "#2" (rank) and "~2" (repeated row) stay
_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
_PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "la", "le", "du", "da", "di", "von"}
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# A metadata column named like this holds personal data: each of its values gets a pseudonym.
PERSONAL_HEADERS = [
    ("E-MAIL", re.compile(r"e-?mail", re.I)),
    ("TELEFOON", re.compile(r"telefoon|phone|mobiel|gsm|\btel\b", re.I)),
    ("ADRES", re.compile(r"adres|address|straat|postcode", re.I)),
    ("BSN", re.compile(r"\bbsn\b|burgerservice", re.I)),
    ("IBAN", re.compile(r"iban|rekening", re.I)),
    ("NAAM", re.compile(r"naam|name|contactpersoon|contact person|persoon\b|person\b|medewerker|behandelaar|"
                        r"mentor|begeleider|co[öo]rdinator|manager\b|leider\b|leidster|directeur|invuller|"
                        r"ingevuld door|respondent", re.I)),
]
# A column is personal too when this share of its distinct values holds personal data.
PERSONAL_SHARE = 0.3


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def ordinary_id(value: str) -> bool:
    """An id with no room for a name in its shape: a digit, and no run of more than four letters
    (R0001, nvi-0012, resp_12, 2024-001, a UUID), or a Qualtrics response id (R_1a2B3c4D5e6F7g8)."""
    if _QUALTRICS.fullmatch(value):
        return True
    return any(c.isdigit() for c in value) and not _LETTER_RUN.search(value)


class Gate:
    """Every text of one export, pseudonymised the way its field needs; deterministic.

    ``counts``: placeholder kind -> replacements in the texts passed with ``count=True`` (the
    answers as given), for the privacy line of each output.
    """

    def __init__(self, *, pseudonymise: bool = True, organisations: Iterable[str] | None = None, recogniser=None):
        self.enabled = pseudonymise
        # recogniser: the learned model beside the rules (None: on unless OPENANSWERS_PII_MODEL=0)
        self.scrub = Pseudonymiser(organisations=organisations, enabled=pseudonymise, recogniser=recogniser)
        self.counts: Counter = Counter()
        self._spans: dict = {}  # text (or (text, "rules")) -> spans
        self._stores: dict = {}  # model on/off -> SpanStore, once prefetch() opened the disk cache
        self._ids: dict[str, str] = {}
        self._pseudonyms: dict[tuple[str, str], str] = {}
        self._numbers: Counter = Counter()
        self.name_words: set[str] = set()  # lower-cased words of names found, for labels and keywords
        self.personal_columns: dict[str, dict[str, str]] = {}  # column -> folded raw value -> pseudonym

    # -- free text ---------------------------------------------------------------------------
    def prime(self, values: Iterable) -> None:
        """Find many texts' spans in one batch before they are asked one by one: through the disk
        cache once :meth:`prefetch` opened it, else in the learned recogniser's batches."""
        if True in self._stores:
            self.prefetch(values)
        else:
            self._prime_model(values)

    def _prime_model(self, values: Iterable) -> None:
        if self.enabled and self.scrub._model is not None:
            self.scrub._model.prime(v for v in values if isinstance(v, str) and v not in self._spans)

    def spans(self, text: str, *, model: bool = True) -> list[tuple[int, int, str]]:
        key = text if model else (text, "rules")
        if key not in self._spans:
            store = self._stores.get(model)
            found = store.one(text, self._finder(model)) if store is not None else self.scrub.spans(text, model=model)
            self._remember(key, text, found)
        return self._spans[key]

    def _finder(self, model: bool):
        return lambda text: self.scrub.spans(text, model=model)

    def prefetch(self, texts: Iterable, ids: Iterable = ()) -> None:
        """Find the spans of many texts (rules and model) and ids (rules alone, as :meth:`id` judges
        them) at once, through the disk cache of earlier runs' (:mod:`openanswers.privacy.span_cache`):
        a rerun over the same answers skips the rules and the model.
        From then on, every text this gate pseudonymises is looked up there first and kept there."""
        if not self.enabled:
            return
        from .span_cache import SpanStore

        texts = [t for t in texts if isinstance(t, str) and t and t not in self._spans]
        bases = [v[: len(v) - len(_ID_SUFFIX.search(v).group(1))] for v in ids if isinstance(v, str)]
        bases = [b for b in bases if b and (b, "rules") not in self._spans]
        for model, todo in ((True, texts), (False, bases)):
            if model not in self._stores:
                self._stores[model] = SpanStore(self.scrub.organisations, self.scrub.model_key if model else "model-off")
            found = self._stores[model].many(todo, self._finder(model), prime=self._prime_model if model else None)
            for text, spans in found.items():
                self._remember(text if model else (text, "rules"), text, spans)

    def _remember(self, key, text: str, found: list[tuple[int, int, str]]) -> None:
        for start, end, kind in found:
            if kind == "NAAM":
                self.name_words.update(w.lower() for w in _WORD.findall(text[start:end]) if w.lower() not in _PARTICLES)
        self._spans[key] = found

    def text(self, value, *, count: bool = False):
        """Free text with placeholders; non-text values (NaN, None, numbers) pass unchanged."""
        if not self.enabled or not isinstance(value, str) or not value:
            return value
        out, last = [], 0
        for start, end, kind in self.spans(value):
            out += [value[last:start], PLACEHOLDERS[kind]]
            if count:
                self.counts[kind] += 1
            last = end
        return "".join(out) + value[last:] if out else value

    def __call__(self, value) -> str:
        """A loose text for an XML-based file (.qdpx, .docx): pseudonymised, XML-illegal characters gone."""
        return _ILLEGAL_XML.sub("", self.text(value or ""))

    # -- ids and metadata --------------------------------------------------------------------
    def _pseudonym(self, kind: str, key: str) -> str:
        """``[KIND-n]``, numbered per kind in order of first appearance; same key, same pseudonym."""
        if (kind, key) not in self._pseudonyms:
            self._numbers[kind] += 1
            self._pseudonyms[(kind, key)] = f"[{kind}-{self._numbers[kind]}]"
        return self._pseudonyms[(kind, key)]

    def id(self, value):
        """An answer or respondent id: kept when ordinary, else a stable pseudonym."""
        if not self.enabled or not isinstance(value, str):
            return value  # ids are text after ingest; a number carries no personal data
        suffix = _ID_SUFFIX.search(value).group(1)
        base = value[: len(value) - len(suffix)]
        if base not in self._ids:
            # The rules alone: an id that is no ordinary id gets a pseudonym whatever it holds, so
            # the learned recogniser could only rename its kind (and mistake "R0001" for a number).
            spans = self.spans(base, model=False)
            if not spans and ordinary_id(base.strip()):
                self._ids[base] = base
            else:
                kind = spans[0][2] if spans and spans[0][2] not in GROUP_KINDS else "ID"
                self._ids[base] = self._pseudonym(kind, _fold(base))
        return self._ids[base] + suffix

    def value(self, value):
        """A metadata value: a subgroup stays readable, personal data in it gets a numbered pseudonym."""
        if not self.enabled or not isinstance(value, str) or not value.strip():
            return value
        out, last = [], 0
        for start, end, kind in self._value_spans(value):
            key = _fold(value[start:end])
            out += [value[last:start], self._pseudonym(kind, key)]
            last = end
        return "".join(out) + value[last:] if out else value

    def _value_spans(self, value: str) -> list[tuple[int, int, str]]:
        # Read as if mid-sentence ("met Jansen"), so a bare surname as the whole value is a name too.
        lead = "met "
        return [(s - len(lead), e - len(lead), k) for s, e, k in self.spans(lead + value)
                if s >= len(lead) and k not in GROUP_KINDS]

    def column(self, name: str, values: list) -> list:
        """A whole metadata column: a column of personal data (by its header, or because many of
        its values hold some) gets one pseudonym per distinct value; any other column goes value by
        value (:meth:`value`)."""
        if not self.enabled:
            return values
        distinct = {v for v in values if isinstance(v, str) and v.strip()}
        kind = next((k for k, regex in PERSONAL_HEADERS if regex.search(str(name))), None)
        personal = [v for v in distinct if self._value_spans(v)]
        if kind is None and not (len(personal) >= 2 and len(personal) >= PERSONAL_SHARE * len(distinct)):
            return [self.value(v) for v in values]
        mapping = self.personal_columns.setdefault(str(name), {})
        for v in sorted(distinct, key=values.index):  # numbered in order of appearance
            spans = self._value_spans(v)
            found = spans[0][2] if spans else (kind or "NAAM")
            mapping.setdefault(_fold(v), self._pseudonym(found, _fold(v)))
        return [mapping[_fold(v)] if isinstance(v, str) and v.strip() else v for v in values]

    def metadata(self, column: str, value):
        """A value typed for ``column`` (a filter): the pseudonym that column's value got."""
        mapping = self.personal_columns.get(str(column))
        if mapping is not None and isinstance(value, str):
            return mapping.get(_fold(value), self._pseudonym("NAAM", _fold(value)) if self.enabled else value)
        return self.value(value)

    # -- words made from the answers ----------------------------------------------------------
    def words(self, value):
        """A label, keyword or description: free text, and any word of a name found in the answers
        (or on the name lists, in any case) replaced too, since keywords are lower-case lemmas."""
        from .names import first_names, surnames

        value = self.text(value)
        if not self.enabled or not isinstance(value, str):
            return value
        firsts, lasts = first_names(), surnames()

        def swap(m: re.Match) -> str:
            word = m.group()
            low = word.lower()
            if low in _PARTICLES:
                return word
            title = word[:1].upper() + word[1:].lower()
            if low in self.name_words or firsts.get(title) or lasts.get(title):
                return PLACEHOLDERS["NAAM"]
            return word

        return _WORD.sub(swap, value)

    # -- a whole answer table ----------------------------------------------------------------
    def frame(self, answers, *, labels: dict[str, str] | None = None):
        """A copy of ``answers`` with every column through its rule: ids, texts (the open text
        counted), theme labels through ``labels`` (old -> new), the rest as metadata values."""
        out = answers.copy()
        order = [c for c in (schema.RESPONDENT, schema.ID) if c in out] + [schema.TEXT] * (schema.TEXT in out)
        order += [c for c in out.columns if c not in order]
        self.prime(v for c in order if c in TEXT_COLUMNS for v in out[c])
        for column in order:
            if column in INTERNAL:
                continue
            values = out[column].tolist()
            if column in ID_COLUMNS:
                out[column] = [self.id(v) for v in values]
            elif column == schema.TEXT:
                out[column] = [self.text(v, count=True) for v in values]
            elif column in TEXT_COLUMNS:
                out[column] = [self.text(v) for v in values]
            elif column == schema.THEME:
                out[column] = [(labels or {}).get(v, v) for v in values]
            else:
                out[column] = self.column(column, values)
        return out
