"""Review operations as pure changes to a :class:`ReviewState`.

The state is the analyst's view of the topics: one topic id per substantive answer (-1 = "overig"),
names for topics and themes, codebook codes per topic. Each operation validates its arguments
(bad input -> :class:`~openanswers.errors.InputError`) and then changes the state; the session logs
it first, so that replaying the log rebuilds exactly this state.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

import numpy as np

from ..errors import InputError

OUTLIER = -1
OPS = ("merge", "split", "rename_topic", "rename_theme", "move", "mark_outliers", "map_codes", "set_n_themes")


@dataclass
class ReviewState:
    labels: np.ndarray  # per substantive answer (rows of result.vectors): topic id, -1 = "overig"
    topic_names: dict[int, str] = field(default_factory=dict)
    theme_names: dict[int, str] = field(default_factory=dict)  # anchor topic -> theme label
    codes: dict[int, list[str]] = field(default_factory=dict)
    n_themes: int | None = None
    next_id: int = 0

    @classmethod
    def initial(cls, labels: np.ndarray) -> ReviewState:
        labels = np.asarray(labels, dtype=int).copy()
        return cls(labels=labels, next_id=int(labels.max()) + 1 if len(labels) else 0)

    def copy(self) -> ReviewState:
        return copy.deepcopy(self)

    @property
    def topic_ids(self) -> list[int]:
        return sorted(int(t) for t in set(self.labels.tolist()) if t >= 0)

    def size(self, topic: int) -> int:
        return int((self.labels == topic).sum())

    def centroid(self, vectors: np.ndarray, topic: int) -> np.ndarray:
        """Unit-length mean vector of a topic's answers."""
        mean = vectors[self.labels == topic].mean(axis=0)
        norm = np.linalg.norm(mean)
        return mean / norm if norm else mean


def check_topic(state: ReviewState, topic) -> int:
    try:
        topic = int(topic)
    except (TypeError, ValueError):
        raise InputError(f"topic must be a topic number, not {topic!r}") from None
    if topic not in state.topic_ids:
        raise InputError(f"there is no topic {topic}; topics now: {state.topic_ids}")
    return topic


def apply(state: ReviewState, op: str, args: dict, vectors: np.ndarray, index: dict[str, int], seed: int = 0) -> None:
    """Change ``state`` in place by one operation (as logged: plain JSON arguments)."""
    if op not in OPS:
        raise InputError(f"unknown review operation {op!r}; known: {', '.join(OPS)}")
    globals()[f"_{op}"](state, vectors=vectors, index=index, seed=seed, **args)


def _merge(state: ReviewState, topics: list[int], **_) -> None:
    topics = list(dict.fromkeys(check_topic(state, t) for t in topics))
    if len(topics) < 2:
        raise InputError("merge needs at least two different topics")
    target, others = topics[0], topics[1:]
    for other in others:
        state.labels[state.labels == other] = target
        if other in state.topic_names and target not in state.topic_names:
            state.topic_names[target] = state.topic_names[other]
        if other in state.theme_names and target not in state.theme_names:
            state.theme_names[target] = state.theme_names[other]
        state.topic_names.pop(other, None)
        state.theme_names.pop(other, None)
        merged = state.codes.get(target, []) + state.codes.pop(other, [])
        if merged:
            state.codes[target] = list(dict.fromkeys(merged))


def _split(state: ReviewState, topic: int, vectors: np.ndarray, seed: int = 0, **_) -> None:
    """k-means (k=2, seeded) on the topic's answers; the larger part keeps the topic's id, name and
    theme anchor, the other part gets a new id; both keep the topic's codes."""
    from sklearn.cluster import KMeans

    topic = check_topic(state, topic)
    members = np.flatnonzero(state.labels == topic)
    if len(members) < 2:
        raise InputError(f"topic {topic} has {len(members)} answer(s); a split needs at least two")
    parts = KMeans(2, n_init=10, random_state=seed).fit(vectors[members]).labels_
    counts = np.bincount(parts, minlength=2)
    keep = int(parts[0]) if counts[0] == counts[1] else int(np.argmax(counts))
    new = state.next_id
    state.next_id += 1
    state.labels[members[parts != keep]] = new
    if topic in state.codes:
        state.codes[new] = list(state.codes[topic])


def _rename_topic(state: ReviewState, topic: int, label: str, **_) -> None:
    topic = check_topic(state, topic)
    state.topic_names[topic] = _label(label)


def _rename_theme(state: ReviewState, topic: int, label: str, **_) -> None:
    """Name the theme that contains ``topic`` (its anchor), whatever the theme's number becomes."""
    topic = check_topic(state, topic)
    state.theme_names[topic] = _label(label)


def _move(state: ReviewState, ids: list[str], topic: int, index: dict[str, int], **_) -> None:
    topic = check_topic(state, topic)
    state.labels[_rows(ids, index)] = topic


def _mark_outliers(state: ReviewState, ids: list[str], index: dict[str, int], **_) -> None:
    state.labels[_rows(ids, index)] = OUTLIER


def _map_codes(state: ReviewState, topic: int, codes: list[str], **_) -> None:
    topic = check_topic(state, topic)
    codes = [str(c).strip() for c in codes if str(c).strip()]
    if codes:
        state.codes[topic] = list(dict.fromkeys(codes))
    else:
        state.codes.pop(topic, None)


def _set_n_themes(state: ReviewState, n_themes: int, **_) -> None:
    if int(n_themes) < 1:
        raise InputError(f"n_themes must be at least 1, not {n_themes}")
    state.n_themes = int(n_themes)


def _label(label) -> str:
    label = str(label).strip()
    if not label:
        raise InputError("a label cannot be empty")
    return label


def _rows(ids, index: dict[str, int]) -> np.ndarray:
    if isinstance(ids, str):
        ids = [ids]
    ids = [str(i) for i in ids]
    missing = [i for i in ids if i not in index]
    if missing:
        raise InputError(f"no substantive answer with id {', '.join(missing[:5])} (empty answers stay in 'leeg')")
    return np.array([index[i] for i in ids], dtype=int)
