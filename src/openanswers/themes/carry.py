"""A later wave on the earlier wave's themes, so that shares compare from year to year.

Grouping each wave on its own and matching the themes afterwards loses themes (two independent
groupings of the halves of one corpus matched 2 of 3 themes): small shifts in what answers say
move the borders. A monitor asks instead "how many answers this year are about last year's
themes, and what is new?". So a new answer is first placed on the earlier wave's (reviewed)
themes: it joins the theme whose centre it is nearest, when it lies at least as close to that
centre as ``100 - FLOOR_PERCENTILE`` % of the theme's own earlier answers did (a floor per theme,
from the earlier wave itself; see :func:`earlier_centres`). What stays unplaced
is grouped anew; themes found only there are new. Both waves must use the same embedder.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .. import schema
from ..errors import ConfigError
from ..topics import TopicResult, default_n_topics, fit_topics
from ..topics.keywords import class_keywords

FLOOR_PERCENTILE = 10  # an answer nearer the centre than this share of the theme's own answers is in it
MIN_NEW_SHARE = 0.05  # fewer unplaced answers than this share (or MIN_NEW) give no new theme
MIN_NEW = 10


@dataclass
class Carry:
    """How a wave was placed on the earlier one: the topics to build themes from (carried theme
    ``j`` is topic ``j``; new groups follow), and what each topic's theme is called."""

    topics: TopicResult
    n_themes: int  # carried themes that received answers + new themes
    carried: dict[int, str]  # topic -> earlier theme label
    wave: str  # the earlier wave
    n_placed: int


def earlier_centres(previous) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(unit centres, floor per theme, labels) of the earlier wave's themes.

    The floor is a percentile of each member's similarity to the centre of the *other* members
    (leave one out): the similarity a new answer of that theme can be expected to reach. The
    in-sample similarity is inflated (the member pulled the centre towards itself) and placed
    only 65% of a held-out half of the Nota van Inlichtingen; leave-one-out places 84%. The raw
    (uncentred) space keeps answers from another domain out: 0 of 40 SIB-200 sport sentences
    joined a Nota theme, against 97% after centring on the earlier wave."""
    theme_of = previous.answers.loc[previous.substantive, schema.THEME].to_numpy()
    space = _unit(np.asarray(previous.vectors, dtype=float))
    labels = [t.label for t in previous.themes if (theme_of == t.label).sum() >= 2]
    centres, floors = [], []
    for label in labels:
        members = space[theme_of == label]
        total = members.sum(axis=0)
        rest = total[None, :] - members
        loo = np.einsum("ij,ij->i", rest, members) / np.maximum(np.linalg.norm(rest, axis=1), 1e-12)
        centres.append(total / max(np.linalg.norm(total), 1e-12))
        floors.append(float(np.percentile(loo, FLOOR_PERCENTILE)))
    return np.vstack(centres) if centres else np.zeros((0, space.shape[1])), np.array(floors), labels


def place(vectors: np.ndarray, centres: np.ndarray, floors: np.ndarray) -> np.ndarray:
    """Per new answer (or group centre) the index of the earlier theme it joins, or -1."""
    if len(centres) == 0 or len(vectors) == 0:
        return np.full(len(vectors), -1, dtype=int)
    similarity = _unit(np.asarray(vectors, dtype=float)) @ centres.T
    best = similarity.argmax(axis=1)
    fits = similarity[np.arange(len(best)), best] >= floors[best]
    return np.where(fits, best, -1)


def carry(previous, vectors: np.ndarray, lemmas: Sequence[Sequence[str]], texts: Sequence[str], *,
          embedder_key: str, topics: str, n_themes: int, random_state: int = 0) -> Carry:
    """Topics for a new wave: placed on ``previous``'s themes, the rest grouped anew."""
    used = previous.info.get("embedder")
    if used and used != embedder_key:
        raise ConfigError(f"the earlier wave was embedded with {used!r}, this one with {embedder_key!r}: "
                          "vectors of different models cannot be compared; run this wave with the same --embedder")
    from . import group_themes

    centres, floors, labels = earlier_centres(previous)
    placed = place(vectors, centres, floors)
    topic_of = placed.copy()
    rest = np.flatnonzero(placed < 0)
    n_new = 0
    if len(rest) >= max(MIN_NEW, MIN_NEW_SHARE * len(vectors)):
        sizes = np.bincount(placed[placed >= 0], minlength=len(labels))
        typical = float(np.median(sizes[sizes > 0])) if (sizes > 0).any() else len(rest)
        wanted = int(np.clip(round(len(rest) / max(typical, 1.0)), 1, n_themes))
        sub_vectors = vectors[rest]
        found = fit_topics(sub_vectors, [lemmas[i] for i in rest], model=topics,
                           n_topics=max(default_n_topics(len(rest)), wanted), random_state=random_state,
                           texts=[texts[i] for i in rest])
        grouped = group_themes(sub_vectors, found.labels, wanted, space=found.space,
                               refine=found.space is not None, random_state=random_state)
        groups = sorted({int(g) for g in grouped if g >= 0})
        for g in groups:  # a group whose centre itself would be placed is an old theme's border, not new
            members = rest[grouped == g]
            best = int(place(vectors[members].mean(axis=0, keepdims=True), centres, floors)[0])
            if best >= 0:
                topic_of[members] = best
            else:
                n_new += 1
                topic_of[members] = len(labels) + n_new - 1
    present = sorted({int(t) for t in topic_of if 0 <= t < len(labels)})
    result = TopicResult(
        labels=topic_of, keywords=class_keywords(lemmas, topic_of), model=f"carried:{topics}",
        n_outliers_before=int((topic_of < 0).sum()),
        params={"floor_percentile": FLOOR_PERCENTILE, "random_state": random_state},
    )
    return Carry(result, len(present) + n_new, {t: labels[t] for t in present}, str(previous.info.get("wave", "")),
                 int(((topic_of >= 0) & (topic_of < len(labels))).sum()))


def name_carried(themes: list, carried: dict[int, str]) -> None:
    """Carried themes take the earlier wave's label (this wave's phrase label stays a candidate);
    a theme holding none of the carried topics is new in this wave."""
    taken = set(carried.values())
    for theme in themes:
        earlier = [carried[t] for t in theme.topics if t in carried]
        if earlier:
            if theme.label not in theme.label_candidates:
                theme.label_candidates = [theme.label, *theme.label_candidates]
            theme.label = earlier[0]
            theme.new_in_wave = False
        else:
            theme.new_in_wave = True
            if theme.label in taken:
                theme.label = f"{theme.label} (nieuw)"


def _unit(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return matrix / norms
