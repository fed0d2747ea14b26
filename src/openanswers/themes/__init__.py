"""Themes ("hoofdlijnen"): topics merged into the requested number, labelled, described, quoted."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

import numpy as np

from ..topics.keywords import class_keywords
from ..topics.selftrain import self_train
from ..topics.space import centre
from .describe import best_sentence, describe, label_from_keywords, label_keywords
from .merge import centroids_of, merge_topics
from .quotes import select_quotes, trim

__all__ = ["Quote", "Theme", "ThemeSet", "build_themes"]

OUTLIER_Z = -2.5  # an answer this many SDs below its theme's mean similarity fits no theme


@dataclass
class Quote:
    id: str
    text: str


@dataclass
class Theme:
    label: str
    keywords: list[str]
    n: int  # answers in the theme
    n_respondents: int
    share: float  # n / all input answers
    description: str
    quotes: list[Quote]
    topics: list[int] = field(default_factory=list)
    expected_name: str | None = None  # the researcher's name for it, when guided (topics/guided.py)


@dataclass
class ThemeSet:
    themes: list[Theme]
    theme_of: np.ndarray  # per substantive answer: theme index, or -1 for "overig"


def build_themes(
    ids: Sequence[str],
    respondents: Sequence[str],
    texts: Sequence[str],
    vectors: np.ndarray,
    lemmas: Sequence[Sequence[str]],
    topic_labels: np.ndarray,
    *,
    n_themes: int = 3,
    n_quotes: int = 4,
    n_answers: int | None = None,
    written: dict[str, str] | None = None,
    label_terms: Collection[str] | None = None,
    space: np.ndarray | None = None,
    refine: bool = False,
    random_state: int = 0,
) -> ThemeSet:
    """Themes from the substantive answers and their topics, largest theme first.

    ``n_answers`` is the number of input answers including empty ones: shares are of all answers,
    so theme shares, "overig" and "leeg" add up to 100%. ``written`` maps lemma bigrams to their
    common written form, for display. ``label_terms`` are the lemmas fit to name a theme (nouns,
    names, domain terms); labels use keywords among them, or bigrams containing one.
    ``space`` is the space the topics were clustered in (default: the centred vectors): themes
    are merged and judged there; with ``refine`` their borders are then redrawn by self-training
    (:func:`openanswers.topics.selftrain.self_train`).
    """
    written = written or {}
    n_sub = len(texts)
    n_answers = n_answers if n_answers is not None else n_sub
    theme_of = np.full(n_sub, -1, dtype=int)
    topic_ids = sorted(int(t) for t in set(topic_labels.tolist()) if t >= 0)
    if not topic_ids:
        return ThemeSet([], theme_of)
    sizes = np.array([(topic_labels == t).sum() for t in topic_ids])
    # Merge and judge fit in the centred space (corpus mean removed), where centroid distances
    # reflect what differs between topics; quotes and descriptions below use the raw vectors.
    space = centre(vectors) if space is None else space
    topic_theme = merge_topics(centroids_of(space, topic_labels, topic_ids), sizes, n_themes)
    for topic, theme in zip(topic_ids, topic_theme):
        theme_of[topic_labels == topic] = theme
    if refine:
        theme_of = self_train(space, theme_of, random_state=random_state)
    theme_of = _mark_outliers(space, theme_of)
    theme_of = _rank_by_size(theme_of)
    keywords = class_keywords(lemmas, theme_of)
    # A theme's topics are those most of whose answers it holds: after self-training a topic's
    # answers can sit in two themes, and each topic must still belong to exactly one.
    home = {t: _majority(theme_of[topic_labels == t]) for t in topic_ids}
    themes = []
    for theme in sorted(k for k in set(theme_of.tolist()) if k >= 0):
        members = np.flatnonzero(theme_of == theme)
        centroid = centroids_of(vectors, theme_of, [theme])[0]
        member_texts = [texts[i] for i in members]
        picked = select_quotes(member_texts, vectors[members], centroid, n_quotes)
        quoted = set(members[picked].tolist())
        by_centrality = [i for i in members[np.argsort(-(vectors[members] @ centroid), kind="stable")] if i not in quoted][:10]
        lemma_keywords = keywords.get(theme, [])
        words = [written.get(k, k) for k in lemma_keywords]
        naming = [written.get(k, k) for k in label_keywords(lemma_keywords, label_terms)]
        n = len(members)
        themes.append(
            Theme(
                label=label_from_keywords(naming),
                keywords=words,
                n=n,
                n_respondents=len({respondents[i] for i in members}),
                share=n / n_answers if n_answers else 0.0,
                description=describe(naming, n, n / n_answers, best_sentence([texts[i] for i in by_centrality], words)),
                quotes=[Quote(ids[members[i]], trim(member_texts[i])) for i in picked],
                topics=[t for t in topic_ids if home.get(t) == theme],
            )
        )
    return ThemeSet(themes, theme_of)


def _mark_outliers(vectors: np.ndarray, theme_of: np.ndarray) -> np.ndarray:
    """Answers that sit far from their theme's centre go to "overig" (-1) instead of diluting it."""
    out = theme_of.copy()
    for theme in sorted(set(theme_of.tolist()) - {-1}):
        members = np.flatnonzero(theme_of == theme)
        if len(members) < 10:  # too few answers to judge spread
            continue
        centroid = centroids_of(vectors, theme_of, [theme])[0]
        sims = vectors[members] @ centroid
        spread = sims.std()
        if spread > 0:
            out[members[(sims - sims.mean()) / spread < OUTLIER_Z]] = -1
    return out


def _majority(themes: np.ndarray) -> int:
    """The most common theme (not "overig") among a topic's answers; -1 if all are in overig."""
    themes = themes[themes >= 0]
    return int(np.bincount(themes).argmax()) if len(themes) else -1


def _rank_by_size(theme_of: np.ndarray) -> np.ndarray:
    """Renumber themes 0..k-1 by size, largest first; ties by first appearance (deterministic)."""
    themes = [t for t in dict.fromkeys(theme_of.tolist()) if t >= 0]
    order = sorted(themes, key=lambda t: -(theme_of == t).sum())
    mapping = {old: new for new, old in enumerate(order)}
    return np.array([mapping.get(t, -1) for t in theme_of.tolist()], dtype=int)
