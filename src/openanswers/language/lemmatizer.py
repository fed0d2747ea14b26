"""The shipped pipeline's lemmatizer: spaCy's edit-tree lemmatizer with a lexicon backoff.

A trained edit-tree model alone guesses wrong trees for words it never saw ("tarieven" ->
"tarief" needs a v->f change it may not have learnt), and a lookup table alone cannot use context.
The combination, chosen on the held-out dev split (see training/README.md and docs/lemmas.md):

1. a word form + UPOS seen in the training treebanks -> its most frequent gold lemma;
2. else the edit-tree lemma when it is a known Dutch lemma (lexicon: spacy-lookups-data nl);
3. else spaCy's Dutch rule lemma (POS-aware suffix rules over the same lexicon) when known;
4. else the lookup-table lemma;
5. else the next most probable edit-tree lemma (of ``top_k``) that is known, so a mistagged
   "tarieven" (VERB) still finds "tarief";
6. else, for a compound, its first part plus the lemma of the longest head the lexicon knows;
7. else the edit-tree lemma.

spaCy offers no hook for choosing between lemma candidates, hence this subclass. Results are
cached per (form, POS, tree), so repeated words cost one dict look-up.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy
import srsly
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline.edit_tree_lemmatizer import DEFAULT_EDIT_TREE_LEMMATIZER_MODEL, EditTreeLemmatizer
from spacy.tokens import Doc

FACTORY = "openanswers_lemmatizer"
LEXICON_TABLES = ("lemma_lookup", "lemma_index", "lemma_exc", "lemma_rules")
MEMO_TABLE = "oa_memo"  # "form\tUPOS" -> gold lemma seen in training
_LEXICON_FILE = "oa_lexicon.msgpack"
COMPOUND_POS = frozenset({"NOUN", "ADJ", "VERB"})
MIN_MODIFIER, MIN_HEAD = 3, 4
_NEXT_TREES = -1  # cache marker: the best tree alone gave no known lemma


@Language.factory(
    FACTORY,
    assigns=["token.lemma"],
    requires=["token.pos"],
    default_config={
        "model": DEFAULT_EDIT_TREE_LEMMATIZER_MODEL,
        "backoff": "orth",
        "min_tree_freq": 3,
        "overwrite": False,
        "top_k": 1,
        "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"},
    },
    default_score_weights={"lemma_acc": 1.0},
)
def make_lemmatizer(nlp: Language, model, name: str, backoff, min_tree_freq: int, overwrite: bool, top_k: int, scorer):
    return HybridLemmatizer(nlp.vocab, model, name, backoff=backoff, min_tree_freq=min_tree_freq,
                            overwrite=overwrite, top_k=top_k, scorer=scorer)


class HybridLemmatizer(EditTreeLemmatizer):
    """Edit trees for context, a lexicon for words the treebanks never showed."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lexicon: dict[str, dict] = {}
        self._reset_caches()

    # --- lexicon -------------------------------------------------------------------------
    def set_lexicon(self, lexicon: dict[str, dict]) -> None:
        """Install the backoff tables: spaCy's nl lemma tables (LEXICON_TABLES) and the training
        memo (MEMO_TABLE), as plain string-keyed dicts. (spaCy's Lookups tables hash every key
        on load, which took most of a second; a msgpack of dicts loads in a tenth of that.)"""
        self.lexicon = lexicon
        self._reset_caches()

    def _reset_caches(self) -> None:
        self._cache: dict[tuple[int, ...], int] = {}  # (orth, pos, trees) -> lemma hash
        self._rule = None
        self._known: frozenset[str] = frozenset()
        self._memo: dict[str, str] = self.lexicon.get(MEMO_TABLE, {})
        self._lookup: dict[str, str] = self.lexicon.get("lemma_lookup", {})
        if not self.lexicon:
            return
        from spacy.lang.nl.lemmatizer import DutchLemmatizer

        self._rule = DutchLemmatizer(self.vocab, None, "rule", mode="rule")
        rule_lookups = Lookups()
        for name in ("lemma_index", "lemma_exc", "lemma_rules"):
            rule_lookups.add_table(name, self.lexicon.get(name, {}))
        rule_lookups.set_table("lemma_lookup", self._lookup)  # only .get() is used on it
        self._rule.initialize(lookups=rule_lookups)
        known: set[str] = set(self._lookup.values())
        for words in self.lexicon.get("lemma_index", {}).values():
            known.update(words)
        known.update(lemma.lower() for lemma in self._memo.values())
        self._known = frozenset(known)

    @contextmanager
    def memory_zone(self, mem=None) -> Iterator[None]:
        """Called by ``nlp.memory_zone()``: strings added inside a zone are freed when it ends,
        so lemma hashes cached inside it must go too (and the rule cache, which grows per word)."""
        try:
            yield
        finally:
            self._cache.clear()
            if self._rule is not None:
                self._rule.cache.clear()

    # --- annotation ----------------------------------------------------------------------
    def predict(self, docs):
        """Per doc, the best tree per token (unchecked) and the scores, from which the next
        best trees are read only for the few tokens that need them."""
        if not self._known:
            return super().predict(docs)
        docs = list(docs)
        if not any(len(doc) for doc in docs):
            return [(self.model.ops.alloc1i(0), None) for _ in docs]
        scores = [self.numpy_ops.asarray(s) for s in self.model.predict(docs)]
        return [(doc_scores.argmax(axis=1), doc_scores) for doc_scores in scores]

    def set_annotations(self, docs: list[Doc], batch_tree_ids) -> None:
        if not self._known:
            return super().set_annotations(docs, batch_tree_ids)
        cache = self._cache
        labels = self.cfg["labels"]
        strings = self.vocab.strings
        for doc, (best, scores) in zip(docs, batch_tree_ids):
            for i, (token, guess) in enumerate(zip(doc, best.tolist())):
                if not self.overwrite and token.lemma != 0:
                    continue
                key = (token.orth, token.pos, guess)
                lemma = cache.get(key)
                if lemma is None:
                    choice = self._choose(token, labels[guess])
                    lemma = cache[key] = _NEXT_TREES if choice is None else strings.add(choice)
                if lemma == _NEXT_TREES:
                    top = numpy.argsort(-scores[i])[: self.top_k].tolist()
                    key = (token.orth, token.pos, *top)
                    lemma = cache.get(key)
                    if lemma is None:
                        lemma = cache[key] = strings.add(self._choose_next(token, [labels[g] for g in top]))
                token.lemma = lemma  # the string's hash: cheaper than setting lemma_ each time

    def _choose(self, token, tree_id: int) -> str | None:
        """Steps 1-4 of the module docstring, or None when they find no known lemma."""
        form = token.text.lower()
        memo = self._memo.get(f"{form}\t{token.pos_}")
        if memo is not None:
            return memo
        edit = self.trees.apply(tree_id, token.text)
        if edit is not None and edit.lower() in self._known:
            return edit
        rule = self._rule.rule_lemmatize(token)[0] if self._rule is not None else ""
        if rule in self._known:
            return rule
        return self._lookup.get(form) or None

    def _choose_next(self, token, tree_ids: list[int]) -> str:
        """Steps 5-7: the next most probable trees, the compound head, the best tree."""
        edits = [lemma for lemma in (self.trees.apply(t, token.text) for t in tree_ids) if lemma is not None]
        if token.pos_ in ("NOUN", "VERB"):  # names and adjectives lost more than they gained on dev
            for other in edits[1:]:
                if other.lower() in self._known:
                    return other
        return self._compound(token.text.lower(), token.pos_) or (edits[0] if edits else token.text)

    def _compound(self, form: str, pos: str) -> str | None:
        """Dutch writes compounds as one word and inflects only the head: lemmatise the longest
        head the lexicon knows ("zorgkantoren" -> "zorg" + lemma("kantoren") = "zorgkantoor")."""
        if pos not in COMPOUND_POS:
            return None
        for start in range(MIN_MODIFIER, len(form) - MIN_HEAD + 1):
            head = form[start:]
            lemma = self._memo.get(f"{head}\t{pos}") or self._lookup.get(head)
            if lemma is None and head in self._known:
                lemma = head
            if lemma is not None:
                return form[:start] + lemma.lower()
        return None

    # --- serialisation: the lexicon travels with the model -------------------------------
    def to_disk(self, path, *, exclude=tuple()):
        super().to_disk(path, exclude=exclude)
        if self.lexicon:
            srsly.write_msgpack(Path(path) / _LEXICON_FILE, self.lexicon)

    def from_disk(self, path, *, exclude=tuple()):
        super().from_disk(path, exclude=exclude)
        lexicon_file = Path(path) / _LEXICON_FILE
        if lexicon_file.exists():
            self.set_lexicon(srsly.read_msgpack(lexicon_file))
        return self

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        return srsly.msgpack_dumps({"base": super().to_bytes(exclude=exclude), "lexicon": self.lexicon})

    def from_bytes(self, bytes_data: bytes, *, exclude=tuple()):
        data = srsly.msgpack_loads(bytes_data)
        super().from_bytes(data["base"], exclude=exclude)
        self.set_lexicon(data["lexicon"])
        return self
