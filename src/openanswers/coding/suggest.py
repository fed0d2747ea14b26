"""Auto-coding: suggest codes per answer from three switchable sources.

* ``rule``: the codebook's include/exclude terms (:class:`~openanswers.codebook.RuleMatcher`);
  confidence is the rule's precision on hand-coded answers (a prior of 0.7 without them).
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
        from ..errors import ConfigError
        from .similarity import SimilarityScorer, code_texts

        if not (self.rules or self.similarity or self.model):
            raise ConfigError("switch on at least one source: rules, similarity or model")
        self.codes_ = list(self.codebook.ids)
        index = {c: k for k, c in enumerate(self.codes_)}
        texts = [str(t) for t in texts]
        labels = list(labels) if labels is not None else [None] * len(texts)
        coded = [i for i, lab in enumerate(labels) if lab is not None]
        Y = np.zeros((len(coded), len(self.codes_)), dtype=int)
        for row, i in enumerate(coded):
            for code in labels[i]:
                if code in index:
                    Y[row, index[code]] = 1
        X = self._vectors([texts[i] for i in coded]) if coded and (self.similarity or self.model) else None
        self.matcher_ = None
        self.rule_precision_ = np.full(len(self.codes_), RULE_PRIOR)
        if self.rules:
            from ..codebook import RuleMatcher

            self.matcher_ = RuleMatcher(self.codebook, nlp=self.nlp)
            if coded:
                hits = self._rule_matrix([texts[i] for i in coded])
                tp, n = (hits * Y).sum(axis=0), hits.sum(axis=0)
                self.rule_precision_ = (tp + RULE_PRIOR * RULE_PRIOR_WEIGHT) / (n + RULE_PRIOR_WEIGHT)
        self.scorer_ = None
        if self.similarity or self.model:
            described = code_texts(self.codebook)
            owners = [index[c] for c, items in described.items() for _ in items]
            vectors = self._vectors([t for items in described.values() for t in items])
            self.scorer_ = SimilarityScorer(random_state=self.random_state).fit(vectors, owners, len(self.codes_), X, Y)
        self.classifier_ = None
        if self.model and coded:
            from .classifier import CodeClassifier

            self.classifier_ = CodeClassifier(random_state=self.random_state).fit(self._features(X, [texts[i] for i in coded]), Y)
            log.info("model trained for %d of %d codes from %d hand-coded answers",
                     len(self.classifier_.covered_), len(self.codes_), len(coded))
        return self

    # ---- suggesting ---------------------------------------------------------------------------
    def confidences(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        """Per source, an (answers x codes) confidence matrix; NaN where a source says nothing."""
        texts = [str(t) for t in texts]
        out: dict[str, np.ndarray] = {}
        X = self._vectors(texts) if self.scorer_ is not None else None
        if self.matcher_ is not None:
            hits = self._rule_matrix(texts)
            out["rule"] = np.where(hits > 0, self.rule_precision_[None, :], np.nan)
        if self.similarity and self.scorer_ is not None:
            out["similarity"] = self.scorer_.confidence(X)
        if self.classifier_ is not None:
            out["model"] = self.classifier_.predict_proba(self._features(X, texts))
        return out

    def suggest(self, texts: Sequence[str]) -> list[list[Suggestion]]:
        """Per text, the codes at or above ``threshold``, most confident first."""
        return [[s for s in row if s.confidence >= self.threshold] for row in self.ranked(texts)]

    def ranked(self, texts: Sequence[str]) -> list[list[Suggestion]]:
        """Per text, every code any source scores, best first, without the threshold."""
        sources = self.confidences(texts)
        n = len(list(texts))
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
        out = []
        for i in range(n):
            row = [Suggestion(self.codes_[k], round(float(best[i, k]), 4), origin[i, k])
                   for k in np.argsort(-np.nan_to_num(best[i], nan=-1), kind="stable") if not np.isnan(best[i, k])]
            out.append(row)
        return out

    # ---- helpers --------------------------------------------------------------------------------
    def _vectors(self, texts: list[str]) -> np.ndarray:
        from ..embed import embed

        return embed(texts, self.embedder, cache=self.cache) if texts else np.zeros((0, 1), dtype=np.float32)

    def _rule_matrix(self, texts: list[str]) -> np.ndarray:
        index = {c: k for k, c in enumerate(self.codes_)}
        hits = np.zeros((len(texts), len(self.codes_)))
        for i, found in enumerate(self.matcher_.match(texts)):
            for code in found:
                hits[i, index[code]] = 1
        return hits

    def _features(self, X: np.ndarray, texts: list[str]) -> np.ndarray:
        """Embeddings, plus similarity to each code, plus rule hits: the model weighs the sources."""
        parts = [X, self.scorer_.scores(X)]
        if self.matcher_ is not None:
            parts.append(self._rule_matrix(texts))
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
    return AutoCoder(codebook, **options).fit(texts, labels).suggest(texts)


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
