"""Codebook rules: include and exclude terms matched on lemmas, with wildcards and phrases.

How a term matches a text (both go through the same spaCy pipeline, :func:`load_nlp`):

* A term is split on spaces into pieces; a multi-word term ("wet langdurige zorg") matches only
  consecutive tokens of the text.
* A plain piece matches a token when their lemma or lower-case word form agree ("tarieven" ->
  lemma "tarief"; "administratieve" matches "administratief"). Accents are ignored ("client" =
  "cliënt").
* A piece with ``*`` or ``?`` is an :mod:`fnmatch` pattern tried on the token's lemma and on its
  lower-case word form: ``tarie*`` (prefix), ``*lasten`` (suffix), ``*tarie*`` (infix).
* Dutch compounds are written as one word and are right-headed: a "zorgtarief" is a kind of
  tarief, a "tariefafspraak" a kind of afspraak. So a plain one-word term of 4+ letters also
  matches a token it ends ("tarief" matches "zorgtarief", "Wlz-tarief"), when at least 3 letters
  come before it. To catch compounds that *start* with a term ("tariefafspraken"), write a
  prefix wildcard (``tarie*``); for both ends, ``*tarie*``.
* Exclude terms veto: a text that matches any exclude term of a code does not get that code.

A regular-expression library would do the pattern part, but not lemmas and token adjacency; this
module is the small glue between spaCy tokens and :func:`fnmatch.translate`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
import re
from fnmatch import translate

from ..language import canonical_term
from .model import Codebook

WILDCARDS = ("*", "?")
MIN_HEAD = 4  # shortest term matched as the head of a compound
MIN_MODIFIER = 3  # letters that must precede it ("zorg" + "tarief")


@dataclass(frozen=True, slots=True)
class RuleHit:
    """One term found in one text; ``start``/``end`` are character offsets in the text."""

    code: str
    term: str
    start: int
    end: int
    exclude: bool = False


@dataclass(frozen=True, slots=True)
class _Piece:
    forms: frozenset[str]  # folded lemma and word form of a plain piece
    pattern: re.Pattern | None  # compiled fnmatch pattern, for a piece with wildcards
    compound: bool  # may match as the head of a compound

    def matches(self, token_forms: tuple[str, ...]) -> bool:
        if self.pattern is not None:
            return any(self.pattern.match(f) for f in token_forms)
        if any(f in self.forms for f in token_forms):
            return True
        return self.compound and any(
            f.endswith(p) and len(f) - len(p) >= MIN_MODIFIER for f in token_forms for p in self.forms
        )


@dataclass(frozen=True, slots=True)
class _Rule:
    code: str
    term: str
    pieces: tuple[_Piece, ...]
    exclude: bool
    phrase: re.Pattern | None = None  # on cached terms: a phrase with stop words, matched on the text


def fold(text: str) -> str:
    """Lower case without accents, so "Cliënt" and "client" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class RuleMatcher:
    """Suggest codes for texts from the codebook's include and exclude terms.

    Example::

        matcher = RuleMatcher(read_codebook("codebooks/wlz_zorgcontractering.yaml"))
        matcher.match(["Worden de tarieven geïndexeerd?"])  # [{"tarieven": ["tarie*"]}]
    """

    def __init__(self, codebook: Codebook, nlp=None) -> None:
        self.codebook = codebook
        self._nlp = nlp
        self._compiled: dict[str, tuple[list[_Rule], dict[str, list[int]], list[int]]] = {}

    @property
    def nlp(self):
        """The spaCy pipeline, loaded on first use (matching on cached terms never needs it)."""
        if self._nlp is None:
            from ..language import load_nlp

            self._nlp = load_nlp()
        return self._nlp

    def _index(self, kind: str) -> tuple[list[_Rule], dict[str, list[int]], list[int]]:
        """The rules compiled from spaCy tokens (``"tokens"``) or from cached content terms
        (``"terms"``), with an index on their first piece: a dictionary lookup for plain pieces,
        a scan only for wildcards and compound heads."""
        if kind not in self._compiled:
            rules = self._compile(self.codebook) if kind == "tokens" else self._compile_terms(self.codebook)
            exact: dict[str, list[int]] = {}
            special: list[int] = []
            for r, rule in enumerate(rules):
                if rule.phrase is not None:
                    continue
                first = rule.pieces[0]
                for form in first.forms:
                    exact.setdefault(form, []).append(r)
                if first.pattern is not None or first.compound:
                    special.append(r)
            self._compiled[kind] = (rules, exact, special)
        return self._compiled[kind]

    def match_cached(self, texts: Sequence[str], *, cache: bool = True) -> list[dict[str, list[str]]]:
        """:meth:`match` on the content terms of :mod:`openanswers.language.cached`: a warm run
        loads no spaCy at all. Stop words and punctuation are left out on both sides, so a
        multi-word term matches its content words in a row ("zorg op afstand": zorg, afstand)."""
        from ..language.cached import cached_content_terms

        texts = [str(t) if t is not None else "" for t in texts]
        terms, _ = cached_content_terms(texts, nlp=self._nlp, cache=cache)
        return self.match_terms(terms, texts)

    def match_terms(self, terms, texts: Sequence[str] | None = None) -> list[dict[str, list[str]]]:
        """:meth:`match` on lists of :class:`~openanswers.language.Term` (one list per text).
        Phrases with stop words ("per wanneer", "wat * bedoeld") are matched on ``texts``, word
        for word; without ``texts`` they never match."""
        return self._found("terms", [[_term_forms(t) for t in doc] for doc in terms], texts)

    def match(self, texts: Sequence[str]) -> list[dict[str, list[str]]]:
        """Per text: code id -> the include terms that matched, for codes no exclude term vetoed.

        Codes and terms come in codebook order; a code with no matching include term is absent."""
        return self._found("tokens", [[_token_forms(t) for t in doc if not t.is_space] for doc in self._pipe(texts)])

    def _found(self, kind: str, docs: list[list[tuple[str, ...]]], texts=None) -> list[dict[str, list[str]]]:
        rules = self._index(kind)[0]
        phrases = [r for r, rule in enumerate(rules) if rule.phrase is not None]
        out: list[dict[str, list[str]]] = []
        for n, found in enumerate(self._scan(kind, docs)):
            indices = [r for r, _, _ in found]
            if phrases and texts is not None:
                folded = fold(str(texts[n]))
                indices = sorted(indices + [r for r in phrases if rules[r].phrase.search(folded)])
            hits = [rules[r] for r in indices]
            vetoed = {h.code for h in hits if h.exclude}
            codes: dict[str, list[str]] = {}
            for hit in hits:
                if not hit.exclude and hit.code not in vetoed and hit.term not in codes.get(hit.code, []):
                    codes.setdefault(hit.code, []).append(hit.term)
            out.append(codes)
        return out

    def hits(self, texts: Sequence[str]) -> list[list[RuleHit]]:
        """Per text, every include and exclude term occurrence with its character span (for
        highlighting), in codebook order of the rules and then text order."""
        rules = self._index("tokens")[0]
        result: list[list[RuleHit]] = []
        for doc in self._pipe(texts):
            tokens = [t for t in doc if not t.is_space]
            found = self._scan("tokens", [[_token_forms(t) for t in tokens]])[0]
            result.append([RuleHit(rules[r].code, rules[r].term, tokens[i].idx, tokens[j].idx + len(tokens[j].text),
                                   rules[r].exclude) for r, i, j in sorted(found)])
        return result

    def _scan(self, kind: str, docs: list[list[tuple[str, ...]]]) -> list[list[tuple[int, int, int]]]:
        """Per document (a list of token forms), the (rule index, first token, last token) found."""
        rules, exact, special = self._index(kind)
        # Surveys repeat their words, so each distinct token is tried against the rules once:
        # ``starts`` maps a token's forms to the rules whose first piece it matches.
        starts: dict[tuple[str, ...], list[int]] = {}
        memo: dict[tuple[int, tuple[str, ...]], bool] = {}
        out = []
        for forms in docs:
            found: list[tuple[int, int, int]] = []
            for i, token_forms in enumerate(forms):
                if token_forms not in starts:
                    begun = {r for f in token_forms for r in exact.get(f, ())}
                    begun.update(r for r in special if rules[r].pieces[0].matches(token_forms))
                    starts[token_forms] = sorted(begun)
                for r in starts[token_forms]:
                    pieces = rules[r].pieces
                    end = i + len(pieces)
                    if end <= len(forms) and all(self._matches(memo, p, forms[i + k]) for k, p in enumerate(pieces[1:], 1)):
                        found.append((r, i, end - 1))
            out.append(sorted(found))
        return out

    @staticmethod
    def _matches(memo: dict, piece: _Piece, token_forms: tuple[str, ...]) -> bool:
        key = (id(piece), token_forms)
        found = memo.get(key)
        if found is None:
            found = memo[key] = piece.matches(token_forms)
        return found

    def _pipe(self, texts: Sequence[str]):
        disable = [name for name in self.nlp.pipe_names if name in ("parser", "ner", "senter")]
        with self.nlp.select_pipes(disable=disable):
            return list(self.nlp.pipe([str(t) if t is not None else "" for t in texts], batch_size=256))

    def _compile(self, codebook: Codebook) -> list[_Rule]:
        plain = sorted({w for _, term, _ in _terms(codebook) for w in term.split() if not _is_pattern(w)})
        lemmatised = dict(zip(plain, self._pipe(plain)))
        # A piece the tokenizer splits ("o.a.", "24/7") becomes several consecutive pieces.
        return _rules(codebook, {w: [_token_forms(t) for t in doc if not t.is_space] for w, doc in lemmatised.items()})

    def _compile_terms(self, codebook: Codebook) -> list[_Rule]:
        from ..language.cached import cached_content_terms

        plain = sorted({w for _, term, _ in _terms(codebook) for w in term.split() if not _is_pattern(w)})
        terms, _ = cached_content_terms(plain, nlp=self._nlp)
        forms = {w: [_term_forms(t) for t in doc] for w, doc in zip(plain, terms)}
        rules = _rules(codebook, forms)
        # A phrase with a stop word in it loses that word among content terms ("per wanneer"
        # would become "wanneer"): such phrases are matched on the text itself, word for word.
        phrases = {(c, t, e) for c, t, e in _terms(codebook)
                   if len(t.split()) > 1 and any(not _is_pattern(w) and not forms[w] for w in t.split())}
        rules = [r for r in rules if (r.code, r.term, r.exclude) not in phrases]
        rules += [_Rule(c, t, (), e, _phrase(t)) for c, t, e in _terms(codebook) if (c, t, e) in phrases]
        order = {k: i for i, k in enumerate(_terms(codebook))}
        return sorted(rules, key=lambda r: order[(r.code, r.term, r.exclude)])


def _terms(codebook: Codebook) -> list[tuple[str, str, bool]]:
    terms = [(c.id, term, False) for c in codebook for term in c.include]
    return terms + [(c.id, term, True) for c in codebook for term in c.exclude]


def _rules(codebook: Codebook, forms: dict[str, list[tuple[str, ...]]]) -> list[_Rule]:
    """Rules from the codebook's terms, each plain word replaced by the forms of its tokens."""
    rules: list[_Rule] = []
    for code, term, exclude in _terms(codebook):
        pieces: list[_Piece] = []
        for word in term.split():
            if _is_pattern(word):
                pieces.append(_Piece(frozenset(), re.compile(translate(fold(word))), False))
            else:
                pieces += [_Piece(frozenset(f), None, False) for f in forms[word]]
        if not pieces:
            continue  # only stop words: nothing a text could be matched on
        if len(pieces) == 1 and pieces[0].pattern is None and min(map(len, pieces[0].forms)) >= MIN_HEAD:
            pieces = [_Piece(pieces[0].forms, None, True)]
        rules.append(_Rule(code, term, tuple(pieces), exclude))
    return rules


def _is_pattern(word: str) -> bool:
    return any(w in word for w in WILDCARDS)


def _token_forms(token) -> tuple[str, ...]:
    forms = [fold(token.lemma_ or token.text), fold(token.text)]
    canonical = canonical_term(token.text)  # "ZZP's" -> "ZZP"
    if canonical:
        forms.append(fold(canonical))
    return tuple(dict.fromkeys(f for f in forms if f))


def _phrase(term: str) -> re.Pattern:
    """A phrase as a pattern on folded text: words in a row, ``*`` as a whole word = any word,
    inside a word = any letters."""
    words = []
    for word in fold(term).split():
        if word == "*":
            words.append(r"\w+")
        else:
            words.append("".join(r"\w*" if ch == "*" else r"\w" if ch == "?" else re.escape(ch) for ch in word))
    return re.compile(r"(?<!\w)" + r"\W+".join(words) + r"(?!\w)")


def _term_forms(term) -> tuple[str, ...]:
    return tuple(dict.fromkeys(f for f in (fold(term.lemma), fold(term.text)) if f))
