"""Auto-coding: suggest codes per answer from three switchable sources.

* ``rule``: the codebook's include/exclude terms (:class:`~openanswers.codebook.RuleMatcher`);
  confidence is the matching term's precision on hand-coded answers (a prior of 0.7 without
  them), per term: a loose term learns to be ignored without silencing the code's precise ones.
* ``similarity``: cosine of the answer to each code's label, definition and examples.
* ``model``: a classifier learned from hand-coded answers, on embeddings plus the two sources
  above as features, so it learns how far to trust each; it decides for the codes it covers.

Below ``threshold`` the auto-coder abstains: no suggestion rather than a weak one.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

log = logging.getLogger(__name__)

RULE_PRIOR = 0.7  # precision assumed for a rule before any hand-coded answer confirms it
RULE_PRIOR_WEIGHT = 2.0  # pseudo-observations behind that prior


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A code proposed for an answer, with a calibrated confidence and where it came from."""

    code: str
    confidence: float
    source: str  # rule | similarity | model


class AutoCoder:
    """Learns from a codebook and (optionally) hand-coded answers; suggests codes for any texts.

    ``labels`` passed to :meth:`fit` run parallel to ``texts``: a set of code ids for a hand-coded
    answer (empty = no code applies), None for an answer nobody coded.

    Example::

        coder = AutoCoder(codebook).fit(texts, labels)
        coder.suggest(["Worden de tarieven geïndexeerd?"])  # [[Suggestion("tarieven", 0.83, "model")]]
    """

    def __init__(self, codebook, *, rules: bool = True, similarity: bool = True, model: bool = True,
                 threshold: float = 0.5, embedder="use", cache: bool = True, nlp=None,
                 random_state: int | None = 0) -> None:
        self.codebook = codebook
        self.rules = rules
        self.similarity = similarity
        self.model = model
        self.threshold = threshold
        self.embedder = embedder
        self.cache = cache
        self.nlp = nlp
        self.random_state = random_state

    # ---- learning ---------------------------------------------------------------------------
    def fit(self, texts: Sequence[str] = (), labels: Sequence[set[str] | None] | None = None) -> AutoCoder:
        """Learn from ``labels`` (parallel to ``texts``). The vectors and rule hits of every text
        are kept, so :meth:`update` can learn again cheaply and :meth:`ranked` without texts
        scores these texts without embedding or parsing them again."""
        from ..errors import ConfigError
        from .similarity import code_texts

        if not (self.rules or self.similarity or self.model):
            raise ConfigError("switch on at least one source: rules, similarity or model")
        self.codes_ = list(self.codebook.ids)
        self.texts_ = [str(t) for t in texts]
        self.matcher_ = None
        self.terms_: list[tuple[int, str]] = []  # (code index, include term) of every rule
        if self.rules:
            from ..codebook import RuleMatcher

            self.matcher_ = RuleMatcher(self.codebook, nlp=self.nlp)
            index = {c: k for k, c in enumerate(self.codes_)}
            self.terms_ = [(index[c.id], term) for c in self.codebook for term in c.include]
        self.term_hits_ = self._term_matrix(self.texts_) if self.rules else None
        self.X_ = self._vectors(self.texts_) if (self.similarity or self.model) else None
        self.described_ = None
        if self.similarity or self.model:
            described = code_texts(self.codebook)
            owners = [self.codes_.index(c) for c, items in described.items() for _ in items]
            self.described_ = (self._vectors([t for items in described.values() for t in items]), owners)
        self.classifier_ = None
        return self._learn(labels, refit_all=True)

    def update(self, labels: Sequence[set[str] | None]) -> AutoCoder:
        """Learn again from new ``labels`` for the texts given to :meth:`fit`: rule precisions and
        similarity are recomputed (cheap); a code's model is refit only when its hand-coded
        positives changed or the hand-coded answers grew by
        :data:`~openanswers.coding.classifier.REFIT_GROWTH` since its fit."""
        return self._learn(labels, refit_all=False)

    def _learn(self, labels, *, refit_all: bool) -> AutoCoder:
        from sklearn import config_context

        # Inputs are checked here once; scikit-learn's per-call validation was half of a retrain.
        with config_context(assume_finite=True, skip_parameter_validation=True):
            return self._learn_checked(labels, refit_all=refit_all)

    def _learn_checked(self, labels, *, refit_all: bool) -> AutoCoder:
        from .similarity import SimilarityScorer

        labels = list(labels) if labels is not None else [None] * len(self.texts_)
        index = {c: k for k, c in enumerate(self.codes_)}
        coded = np.array([i for i, lab in enumerate(labels) if lab is not None], dtype=int)
        Y = np.zeros((len(coded), len(self.codes_)), dtype=int)
        for row, i in enumerate(coded):
            for code in labels[i]:
                if code in index:
                    Y[row, index[code]] = 1
        # Each include term earns its own precision: one loose term ("rol") must not drag down,
        # or be carried by, the code's precise terms ("dialoog").
        self.rule_precision_ = np.full(len(self.terms_), RULE_PRIOR)
        if self.rules and len(coded):
            hits = self.term_hits_[coded]
            owner = np.array([k for k, _ in self.terms_], dtype=int)
            tp, n = (hits * Y[:, owner]).sum(axis=0), hits.sum(axis=0)
            self.rule_precision_ = (tp + RULE_PRIOR * RULE_PRIOR_WEIGHT) / (n + RULE_PRIOR_WEIGHT)
        self.scorer_ = None
        X = self.X_[coded] if self.X_ is not None and len(coded) else None
        if self.described_ is not None:
            vectors, owners = self.described_
            self.scorer_ = SimilarityScorer(random_state=self.random_state).fit(vectors, owners, len(self.codes_), X, Y)
        self.refit_: list[str] = []
        if self.model and len(coded):
            from .classifier import CodeClassifier

            if refit_all or self.classifier_ is None:
                self.classifier_ = CodeClassifier(random_state=self.random_state)
            rules = self._rule_confidence(self.term_hits_[coded], len(coded)) if self.rules else None
            refit = self.classifier_.fit_codes(self._features(X, rules), Y, keys=coded.tolist())
            self.refit_ = [self.codes_[k] for k in refit]
            log.info("model refit for %d codes (%d of %d covered) from %d hand-coded answers",
                     len(self.refit_), len(self.classifier_.covered_), len(self.codes_), len(coded))
        elif not self.model or not len(coded):
            self.classifier_ = None
        return self

    # ---- suggesting ---------------------------------------------------------------------------
    def confidences(self, texts: Sequence[str] | None = None) -> dict[str, np.ndarray]:
        """Per source, an (answers x codes) confidence matrix; NaN where a source says nothing.
        ``texts`` None: the texts given to :meth:`fit`, from the vectors and hits kept then."""
        if texts is None:
            X, term_hits, n = self.X_, self.term_hits_, len(self.texts_)
        else:
            texts = [str(t) for t in texts]
            n = len(texts)
            X = self._vectors(texts) if self.scorer_ is not None else None
            term_hits = self._term_matrix(texts) if self.matcher_ is not None else None
        out: dict[str, np.ndarray] = {}
        if self.matcher_ is not None:
            out["rule"] = self._rule_confidence(term_hits, n)
        if self.similarity and self.scorer_ is not None:
            out["similarity"] = self.scorer_.confidence(X)
        if self.classifier_ is not None:
            from sklearn import config_context

            rules = out.get("rule") if self.matcher_ is not None else None
            with config_context(assume_finite=True, skip_parameter_validation=True):
                out["model"] = self.classifier_.predict_proba(self._features(X, rules))
        return out

    def suggest(self, texts: Sequence[str] | None = None) -> list[list[Suggestion]]:
        """Per text, the codes at or above ``threshold``, most confident first."""
        return [[s for s in row if s.confidence >= self.threshold] for row in self.ranked(texts)]

    def ranked(self, texts: Sequence[str] | None = None) -> list[list[Suggestion]]:
        """Per text, every code any source scores, best first, without the threshold."""
        sources = self.confidences(texts)
        n = len(self.texts_) if texts is None else len(list(texts))
        best = np.full((n, len(self.codes_)), np.nan)
        origin = np.full((n, len(self.codes_)), "", dtype=object)
        for name in ("similarity", "rule"):  # for codes without a model: the more confident source
            if name in sources:
                better = np.nan_to_num(sources[name], nan=-1) > np.nan_to_num(best, nan=-1)
                best = np.where(better, sources[name], best)
                origin = np.where(better, name, origin)
        if "model" in sources:  # a code the model covers is its call: it has seen rules and similarity
            covered = ~np.isnan(sources["model"])
            best = np.where(covered, sources["model"], best)
            origin = np.where(covered, "model", origin)
            if "rule" in sources:
                # ... except where an include term matched that hand codes have not shown wrong:
                # a rule hit always comes through, so "digita*" in the text means "Digitale zorg"
                # is suggested even when a model trained on few examples doubts it.
                rule = np.nan_to_num(sources["rule"], nan=-1)
                trusted = (rule >= self.threshold) & (rule > np.nan_to_num(best, nan=-1))
                best = np.where(trusted, sources["rule"], best)
                origin = np.where(trusted, "rule", origin)
        # Rows built from the sorted matrix at once: this runs for every answer on each retrain.
        order = np.argsort(-np.nan_to_num(best, nan=-1), axis=1, kind="stable")
        scores = np.round(np.take_along_axis(best, order, axis=1), 4)
        sources = np.take_along_axis(origin, order, axis=1)
        codes = np.asarray(self.codes_, dtype=object)[order]
        out = []
        for i in range(n):
            m = int((~np.isnan(scores[i])).sum())
            out.append(list(map(Suggestion, codes[i, :m].tolist(), scores[i, :m].tolist(), sources[i, :m].tolist())))
        return out

    # ---- helpers --------------------------------------------------------------------------------
    def _vectors(self, texts: list[str]) -> np.ndarray:
        from ..embed import embed

        return embed(texts, self.embedder, cache=self.cache) if texts else np.zeros((0, 1), dtype=np.float32)

    def _term_matrix(self, texts: list[str]) -> np.ndarray:
        """(texts x include terms) 0/1: which terms matched (exclude terms already applied),
        from the cached content terms: no spaCy pass when the texts were seen before."""
        column = {t: j for j, t in enumerate(self.terms_)}
        index = {c: k for k, c in enumerate(self.codes_)}
        hits = np.zeros((len(texts), len(self.terms_)), dtype=np.float32)
        for i, found in enumerate(self.matcher_.match_cached(texts, cache=self.cache)):
            for code, terms in found.items():
                for term in terms:
                    hits[i, column[(index[code], term)]] = 1
        return hits

    def _rule_confidence(self, term_hits: np.ndarray | None, n: int) -> np.ndarray:
        """(texts x codes): the precision of the best matching include term; NaN where none."""
        out = np.full((n, len(self.codes_)), np.nan)
        if term_hits is None:
            return out
        for j, (k, _) in enumerate(self.terms_):
            hit = term_hits[:, j] > 0
            out[hit, k] = np.fmax(out[hit, k], self.rule_precision_[j])
        return out

    def _features(self, X: np.ndarray, rules: np.ndarray | None) -> np.ndarray:
        """Embeddings, plus similarity to each code, plus rule confidence: the model weighs the sources."""
        parts = [X, self.scorer_.scores(X)]
        if rules is not None:
            parts.append(np.nan_to_num(rules, nan=0.0))
        return np.hstack(parts)


def suggest(data, *, codebook=None, labels: Sequence[set[str] | None] | None = None, **options) -> list[list[Suggestion]]:
    """Suggestions per answer for a :class:`~openanswers.project.Project` (learning from its
    hand codes) or for a list of texts (with an explicit ``codebook`` and optional ``labels``).

    ``options`` go to :class:`AutoCoder` (``rules``, ``similarity``, ``model``, ``threshold``,
    ``embedder``). Example: ``suggest(project, model=False, threshold=0.6)``.
    """
    from ..errors import ConfigError

    if hasattr(data, "decisions"):
        from .projects import hand_labels

        codebook = data.codebook() if codebook is None else codebook
        answers = data.answers()
        texts = answers["clean"].tolist()
        labels = hand_labels(data, answers["id"].tolist()) if labels is None else labels
    else:
        texts = [str(t) for t in data]
        if codebook is None:
            raise ConfigError("suggest() on texts needs a codebook")
    return AutoCoder(codebook, **options).fit(texts, labels).suggest()


def propose_topic_codes(topic_labels: Sequence, suggestions: Sequence[Sequence[Suggestion]], *,
                        min_share: float = 0.5, skip: Sequence = (-1,)):
    """A code for a whole topic: the codes suggested for at least ``min_share`` of its members.

    Returns a DataFrame (topic, code, share, n, mean_confidence), best share first per topic; a
    researcher accepts a row to code all of the topic's answers at once. Outlier topics (-1) are skipped.
    """
    import pandas as pd

    rows = []
    frame = pd.DataFrame({"topic": list(topic_labels), "codes": list(suggestions)})
    for topic, group in frame.groupby("topic", sort=True):
        if topic in skip:
            continue
        counts: dict[str, list[float]] = {}
        for members in group["codes"]:
            for s in members:
                counts.setdefault(s.code, []).append(s.confidence)
        for code, confidences in counts.items():
            share = len(confidences) / len(group)
            if share >= min_share:
                rows.append({"topic": topic, "code": code, "share": round(share, 4), "n": len(group),
                             "mean_confidence": round(float(np.mean(confidences)), 4)})
    out = pd.DataFrame(rows, columns=["topic", "code", "share", "n", "mean_confidence"])
    return out.sort_values(["topic", "share", "code"], ascending=[True, False, True], kind="stable").reset_index(drop=True)
