"""Themes ("hoofdlijnen"): topics merged into the requested number, labelled, described, quoted,
with an honest measure of how stable each theme is and an interval around its share."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from ..language.phrases import Phrase, written_phrase_forms
from ..topics.keywords import class_keywords
from ..topics.selftrain import KEEP_SMOOTHED, SMOOTH, self_train
from ..topics.space import centre, unit_centroids
from .describe import best_sentence
from .evidence import theme_aspects
from .merge import merge_topics
from .quotes import select_quotes, trim
from .stability import share_interval, theme_stability
from .writers import ThemeEvidence, Written, label_phrases, make_label_writer, named_aspects

__all__ = ["Quote", "Theme", "ThemeSet", "build_themes", "group_themes"]

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
    # Added in 0.2; runs saved before have the defaults.
    stability: float | None = None  # 0-1, see themes.stability; None when not computed
    share_ci: list[float] = field(default_factory=list)  # [low, high], 95% Wilson interval of share
    label_candidates: list[str] = field(default_factory=list)  # other labels the evidence supports
    aspects: list[dict] = field(default_factory=list)  # [{"text", "n"}]: phrases the description names
    expected_name: str | None = None  # the researcher's name for it, when guided (topics/guided.py)
    n_mentions: int | None = None  # n + answers naming it as another point (themes/mentions.py); None: not computed
    new_in_wave: bool | None = None  # a later wave's run: True when the earlier wave had no such theme (themes/carry.py)


@dataclass
class ThemeSet:
    themes: list[Theme]
    theme_of: np.ndarray  # per substantive answer: theme index, or -1 for "overig"


def group_themes(
    vectors: np.ndarray,
    topic_labels: np.ndarray,
    n_themes: int,
    *,
    space: np.ndarray | None = None,
    refine: bool = False,
    random_state: int = 0,
    graph=None,
) -> np.ndarray:
    """Theme index per answer (-1 = "overig"): topics merged into ``n_themes`` in ``space``
    (default: the centred vectors), borders redrawn by self-training with ``refine`` (where each
    answer's neighbours in ``graph`` vote, when given), answers far from their theme's centre set
    apart, themes numbered by size, largest first."""
    theme_of = np.full(len(topic_labels), -1, dtype=int)
    topic_ids = sorted(int(t) for t in set(np.asarray(topic_labels).tolist()) if t >= 0)
    if not topic_ids:
        return theme_of
    sizes = np.array([(topic_labels == t).sum() for t in topic_ids])
    # Merge and judge fit in the centred space (corpus mean removed), where centroid distances
    # reflect what differs between topics; quotes and descriptions use the raw vectors.
    space = centre(vectors) if space is None else space
    topic_theme = merge_topics(unit_centroids(space, topic_labels, topic_ids), sizes, n_themes)
    for topic, theme in zip(topic_ids, topic_theme):
        theme_of[topic_labels == topic] = theme
    if refine and graph is not None:
        theme_of = self_train(space, theme_of, random_state=random_state, graph=graph, smooth=SMOOTH, keep=KEEP_SMOOTHED)
    elif refine:
        theme_of = self_train(space, theme_of, random_state=random_state)
    return _rank_by_size(_mark_outliers(space, theme_of))


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
    phrases: Sequence[Sequence[Phrase]] | None = None,
    embed_phrases: Callable[[list[str]], np.ndarray] | None = None,
    regroup: Callable[[np.ndarray, int], np.ndarray] | None = None,
    stability_key: bytes | None = None,
    writer: str = "phrases",
    space: np.ndarray | None = None,
    refine: bool = False,
    random_state: int = 0,
    graph=None,
) -> ThemeSet:
    """Themes from the substantive answers and their topics, largest theme first.

    ``n_answers`` is the number of input answers including empty ones: shares are of all answers,
    so theme shares, "overig" and "leeg" add up to 100%. ``written`` maps lemma bigrams to their
    common written form, for keywords. ``phrases`` are the name phrases of each answer (see
    :func:`openanswers.language.phrases.answer_phrases`; None: its keyword lemmas);
    ``embed_phrases`` embeds phrases with the answers' embedder so labels can be judged by
    meaning; ``regroup(indices, seed)`` regroups a subsample for the stability of each theme
    (None: stability not computed); ``stability_key`` names what ``regroup`` does, so its result
    is kept in the disk cache (see :func:`openanswers.themes.stability.theme_stability`).
    ``writer`` names the label writer.
    ``space`` is the space the topics were clustered in (default: the centred vectors): themes
    are merged and judged there; with ``refine`` their borders are then redrawn by self-training
    (:func:`openanswers.topics.selftrain.self_train`), with the neighbours in ``graph`` voting.
    """
    written = written or {}
    n_answers = n_answers if n_answers is not None else len(texts)
    topic_labels = np.asarray(topic_labels)
    theme_of = group_themes(vectors, topic_labels, n_themes, space=space, refine=refine, random_state=random_state, graph=graph)
    if (theme_of < 0).all():
        return ThemeSet([], theme_of)
    if phrases is None:
        phrases = [[Phrase(lemma, written.get(lemma, lemma), 1) for lemma in doc] for doc in lemmas]
    aspects = theme_aspects(phrases, written_phrase_forms(phrases), texts, theme_of, vectors, embed_phrases)
    stability = theme_stability(theme_of, regroup, random_state=random_state, cache_key=stability_key) if regroup is not None else {}
    keywords = class_keywords(lemmas, theme_of)
    label_writer = make_label_writer(writer)
    # A theme's topics are those most of whose answers it holds: after self-training a topic's
    # answers can sit in two themes, and each topic must still belong to exactly one.
    topic_ids = sorted(int(t) for t in set(np.asarray(topic_labels).tolist()) if t >= 0)
    home = {t: _majority(theme_of[topic_labels == t]) for t in topic_ids}
    themes = []
    for theme in sorted(k for k in set(theme_of.tolist()) if k >= 0):
        members = np.flatnonzero(theme_of == theme)
        position = {int(m): i for i, m in enumerate(members)}
        centroid = unit_centroids(vectors, theme_of, [theme])[0]
        member_texts = [texts[i] for i in members]
        named = named_aspects(aspects[theme], label_phrases(aspects[theme]))
        picked = select_quotes(
            member_texts, vectors[members], centroid, n_quotes, aspects=[{position[i] for i in a.members} for a in named]
        )
        quoted = set(members[picked].tolist())
        by_centrality = [i for i in members[np.argsort(-(vectors[members] @ centroid), kind="stable")] if i not in quoted][:10]
        words = [written.get(k, k) for k in keywords.get(theme, [])]
        n = len(members)
        evidence = ThemeEvidence(
            aspects=aspects[theme],
            keywords=words,
            n=n,
            share=n / n_answers if n_answers else 0.0,
            typical=best_sentence([texts[i] for i in by_centrality], [a.text for a in named] or words),
            stability=stability.get(theme),
        )
        text = _distinct(label_writer.write(evidence), {t.label for t in themes})
        themes.append(
            Theme(
                label=text.label,
                keywords=words,
                n=n,
                n_respondents=len({respondents[i] for i in members}),
                share=evidence.share,
                description=text.description,
                quotes=[Quote(ids[members[i]], trim(member_texts[i])) for i in picked],
                topics=[t for t in topic_ids if home.get(t) == theme],
                stability=_rounded(stability.get(theme)),
                share_ci=[round(v, 4) for v in share_interval(n, n_answers)],
                label_candidates=text.candidates,
                aspects=[{"text": a.text, "n": a.n} for a in named],
            )
        )
    return ThemeSet(themes, theme_of)


def _distinct(text: Written, taken: set[str]) -> Written:
    """Two themes never share a label (answers.csv names each answer's theme by its label): a
    label already taken gives way to the writer's next candidate, or gets a number."""
    if text.label not in taken:
        return text
    free = [c for c in text.candidates if c not in taken]
    label = free[0] if free else next(f"{text.label} ({i})" for i in range(2, len(taken) + 3) if f"{text.label} ({i})" not in taken)
    return Written(label, text.description, [c for c in text.candidates if c != label])


def _rounded(value: float | None) -> float | None:
    return None if value is None or np.isnan(value) else round(float(value), 3)


def _mark_outliers(vectors: np.ndarray, theme_of: np.ndarray) -> np.ndarray:
    """Answers that sit far from their theme's centre go to "overig" (-1) instead of diluting it."""
    out = theme_of.copy()
    for theme in sorted(set(theme_of.tolist()) - {-1}):
        members = np.flatnonzero(theme_of == theme)
        if len(members) < 10:  # too few answers to judge spread
            continue
        centroid = unit_centroids(vectors, theme_of, [theme])[0]
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
