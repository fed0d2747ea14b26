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
        from ..language import load_nlp

        self.codebook = codebook
        self.nlp = nlp if nlp is not None else load_nlp()
        self._rules = self._compile(codebook)
        # First pieces found by dictionary lookup; only wildcards and compound heads need a scan.
        self._exact: dict[str, list[int]] = {}
        self._special: list[int] = []
        for r, rule in enumerate(self._rules):
            first = rule.pieces[0]
            for form in first.forms:
                self._exact.setdefault(form, []).append(r)
            if first.pattern is not None or first.compound:
                self._special.append(r)

    def match(self, texts: Sequence[str]) -> list[dict[str, list[str]]]:
        """Per text: code id -> the include terms that matched, for codes no exclude term vetoed.

        Codes and terms come in codebook order; a code with no matching include term is absent."""
        out: list[dict[str, list[str]]] = []
        for hits in self.hits(texts):
            vetoed = {h.code for h in hits if h.exclude}
            found: dict[str, list[str]] = {}
            for hit in hits:
                if not hit.exclude and hit.code not in vetoed and hit.term not in found.get(hit.code, []):
                    found.setdefault(hit.code, []).append(hit.term)
            out.append(found)
        return out

    def hits(self, texts: Sequence[str]) -> list[list[RuleHit]]:
        """Per text, every include and exclude term occurrence with its character span (for
        highlighting), in codebook order of the rules and then text order."""
        docs = self._pipe(texts)
        result: list[list[RuleHit]] = []
        # Surveys repeat their words, so each distinct token is tried against the rules once:
        # ``starts`` maps a token's forms to the rules whose first piece it matches.
        starts: dict[tuple[str, ...], list[int]] = {}
        memo: dict[tuple[int, tuple[str, ...]], bool] = {}
        for doc in docs:
            tokens = [t for t in doc if not t.is_space]
            forms = [_token_forms(t) for t in tokens]
            found: list[tuple[int, int, int]] = []  # rule index, first token, last token
            for i, token_forms in enumerate(forms):
                if token_forms not in starts:
                    starts[token_forms] = self._starting_rules(token_forms)
                for r in starts[token_forms]:
                    pieces = self._rules[r].pieces
                    end = i + len(pieces)
                    if end <= len(tokens) and all(self._matches(memo, p, forms[i + k]) for k, p in enumerate(pieces[1:], 1)):
                        found.append((r, i, end - 1))
            hits: list[RuleHit] = []
            for r, i, j in sorted(found):
                rule = self._rules[r]
                hits.append(RuleHit(rule.code, rule.term, tokens[i].idx, tokens[j].idx + len(tokens[j].text), rule.exclude))
            result.append(hits)
        return result

    def _starting_rules(self, token_forms: tuple[str, ...]) -> list[int]:
        exact = {r for f in token_forms for r in self._exact.get(f, ())}
        exact.update(r for r in self._special if self._rules[r].pieces[0].matches(token_forms))
        return sorted(exact)

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
        terms = [(c.id, term, False) for c in codebook for term in c.include]
        terms += [(c.id, term, True) for c in codebook for term in c.exclude]
        plain = sorted({w for _, term, _ in terms for w in term.split() if not _is_pattern(w)})
        lemmatised = dict(zip(plain, self._pipe(plain)))
        rules: list[_Rule] = []
        for code, term, exclude in terms:
            words = term.split()
            if not words:
                continue
            pieces: list[_Piece] = []
            for word in words:
                if _is_pattern(word):
                    pieces.append(_Piece(frozenset(), re.compile(translate(fold(word))), False))
                    continue
                # A piece the tokenizer splits ("o.a.", "24/7") becomes several consecutive pieces.
                for token in (t for t in lemmatised[word] if not t.is_space):
                    pieces.append(_Piece(frozenset(_token_forms(token)), None, False))
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
