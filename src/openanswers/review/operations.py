"""Review operations as pure changes to a :class:`ReviewState`.

The state is the analyst's view of the run: one topic id per substantive answer (-1 = "overig"),
which theme each topic belongs to, names and descriptions, codebook codes per topic. A theme has
a stable key (an int that is not a topic id), so an operation on one theme leaves the others as
they are: a merge changes only the themes of the merged topics, and a name stays with its theme.
Each operation validates its arguments (bad input -> :class:`~openanswers.errors.InputError`) and
then changes the state; the session logs it, so that applying the log rebuilds exactly this state.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

import numpy as np

from ..errors import InputError
from ..topics.space import unit_centroids
from .arguments import topic_number

OUTLIER = -1
OPS = ("merge", "split", "rename_topic", "rename_theme", "describe_theme", "assign_topic", "move",
       "mark_outliers", "map_codes", "set_n_themes")
RESERVED = {"overig", "leeg"}


@dataclass
class ReviewState:
    labels: np.ndarray  # per substantive answer (rows of result.vectors): topic id, -1 = "overig"
    groups: dict[int, int] = field(default_factory=dict)  # topic -> theme key
    topic_names: dict[int, str] = field(default_factory=dict)
    theme_names: dict[int, str] = field(default_factory=dict)  # theme key -> label
    descriptions: dict[int, str] = field(default_factory=dict)  # theme key -> the analyst's text
    pins: dict[int, int] = field(default_factory=dict)  # topic -> theme key it stays in on a rebuild
    codes: dict[int, list[str]] = field(default_factory=dict)
    next_id: int = 0
    next_theme: int = 0

    @classmethod
    def initial(cls, labels: np.ndarray, theme_topics: list[list[int]] | None = None) -> ReviewState:
        """The state of a run as it came: its topics, grouped as in its themes (``theme_topics``,
        largest theme first); a topic in no theme gets a theme of its own."""
        labels = np.asarray(labels, dtype=int).copy()
        state = cls(labels=labels, next_id=int(labels.max()) + 1 if len(labels) else 0)
        for key, topics in enumerate(theme_topics or []):
            for topic in topics:
                state.groups.setdefault(int(topic), key)
        state.next_theme = len(theme_topics or [])
        for topic in state.topic_ids:
            if topic not in state.groups:
                state.groups[topic] = state.new_theme()
        return state

    def copy(self) -> ReviewState:
        return copy.deepcopy(self)

    def new_theme(self) -> int:
        self.next_theme += 1
        return self.next_theme - 1

    @property
    def topic_ids(self) -> list[int]:
        return sorted(int(t) for t in set(self.labels.tolist()) if t >= 0)

    @property
    def theme_keys(self) -> list[int]:
        """Keys of the themes that hold at least one topic."""
        return sorted({self.groups[t] for t in self.topic_ids})

    @property
    def n_themes(self) -> int:
        return len(self.theme_keys)

    def topics_of(self, key: int) -> list[int]:
        return [t for t in self.topic_ids if self.groups.get(t) == key]

    def size(self, topic: int) -> int:
        return int((self.labels == topic).sum())

    def centroid(self, vectors: np.ndarray, topic: int) -> np.ndarray:
        """Unit-length mean vector of a topic's answers."""
        return unit_centroids(vectors, self.labels, [topic])[0]

    def fingerprint(self) -> tuple:
        """What an operation can change, for telling whether it changed anything."""
        live = {t: self.groups[t] for t in self.topic_ids}
        return (self.labels.tobytes(), sorted(live.items()), sorted(self.topic_names.items()),
                sorted((k, v) for k, v in self.theme_names.items() if k in live.values()),
                sorted((k, v) for k, v in self.descriptions.items() if k in live.values()),
                sorted(self.pins.items()), sorted((k, tuple(v)) for k, v in self.codes.items()))


def check_topic(state: ReviewState, topic) -> int:
    topic = topic_number(topic)
    if topic not in state.topic_ids:
        raise InputError(f"there is no topic {topic}; topics now: {state.topic_ids}")
    return int(topic)


def apply(state: ReviewState, op: str, args: dict, vectors: np.ndarray, index: dict[str, int], seed: int = 0) -> None:
    """Change ``state`` in place by one operation (as logged: plain JSON arguments)."""
    if op not in OPS:
        raise InputError(f"unknown review operation {op!r}; known: {', '.join(OPS)}")
    try:
        globals()[f"_{op}"](state, vectors=vectors, index=index, seed=seed, **args)
    except TypeError as exc:  # arguments of another layout (a damaged or hand-edited log)
        raise InputError(f"operation {op} with arguments {args} cannot be applied: {exc}") from None


def _merge(state: ReviewState, topics: list[int], **_) -> None:
    if isinstance(topics, (str, int)) or len(topics) == 0:
        raise InputError("merge takes a list of topic numbers, e.g. merge([3, 7])")
    topics = list(dict.fromkeys(check_topic(state, t) for t in topics))
    if len(topics) < 2:
        raise InputError("merge needs at least two different topics")
    target, others = topics[0], topics[1:]
    key = state.groups[target]
    for other in others:
        state.labels[state.labels == other] = target
        if other in state.topic_names and target not in state.topic_names:
            state.topic_names[target] = state.topic_names[other]
        state.topic_names.pop(other, None)
        state.pins.pop(other, None)
        old = state.groups.pop(other)
        if old != key and not state.topics_of(old):  # its theme is gone: its name may live on
            for names in (state.theme_names, state.descriptions):
                if old in names and key not in names:
                    names[key] = names[old]
        merged = state.codes.get(target, []) + state.codes.pop(other, [])
        if merged:
            state.codes[target] = list(dict.fromkeys(merged))


def _split(state: ReviewState, topic: int, vectors: np.ndarray, seed: int = 0, k: int = 2, **_) -> None:
    """k-means (seeded) on the topic's answers; the largest part keeps the topic's id, name and
    theme, the other parts get new ids in the same theme; all keep the topic's codes."""
    from ..topics.kmeans import kmeans

    topic = check_topic(state, topic)
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or k < 2:
        raise InputError(f"split needs k >= 2 parts, not {k!r}")
    members = np.flatnonzero(state.labels == topic)
    if len(members) < k:
        raise InputError(f"topic {topic} has {len(members)} answer(s); a split in {k} needs at least {k}")
    parts = kmeans(vectors[members], int(k), n_init=10, random_state=seed).labels_
    counts = np.bincount(parts, minlength=int(k))
    order = sorted(range(int(k)), key=lambda p: (-counts[p], p))  # largest part first, ties by k-means order
    for part in order[1:]:
        if counts[part] == 0:
            continue
        new = state.next_id
        state.next_id += 1
        state.labels[members[parts == part]] = new
        state.groups[new] = state.groups[topic]
        if topic in state.codes:
            state.codes[new] = list(state.codes[topic])


def _rename_topic(state: ReviewState, topic: int, label: str, **_) -> None:
    topic = check_topic(state, topic)
    state.topic_names[topic] = _label(label)


def _rename_theme(state: ReviewState, topic: int, label: str, **_) -> None:
    """Name the theme that holds ``topic``; the name stays with that theme (its key)."""
    state.theme_names[state.groups[check_topic(state, topic)]] = _label(label, reserved=True)


def _describe_theme(state: ReviewState, topic: int, text: str | None, **_) -> None:
    """The analyst's description of the theme that holds ``topic``; None restores the generated one."""
    key = state.groups[check_topic(state, topic)]
    if text is None:
        state.descriptions.pop(key, None)
    else:
        state.descriptions[key] = _label(text, what="a description")


def _assign_topic(state: ReviewState, topic: int, theme_of: int | None, **_) -> None:
    """Put ``topic`` in the theme that holds ``theme_of`` (None: a theme of its own) and pin it
    there, so a rebuild of the themes leaves it in place."""
    topic = check_topic(state, topic)
    if theme_of is None:
        key = state.groups[topic] if len(state.topics_of(state.groups[topic])) == 1 else state.new_theme()
    else:
        key = state.groups[check_topic(state, theme_of)]
    state.groups[topic] = key
    state.pins[topic] = key


def _move(state: ReviewState, ids: list[str], topic: int, index: dict[str, int], **_) -> None:
    topic = check_topic(state, topic)
    state.labels[_rows(ids, index)] = topic


def _mark_outliers(state: ReviewState, ids: list[str], index: dict[str, int], **_) -> None:
    state.labels[_rows(ids, index)] = OUTLIER


def _map_codes(state: ReviewState, topic: int, codes: list[str], **_) -> None:
    topic = check_topic(state, topic)
    codes = [str(c).strip() for c in codes if c is not None and str(c).strip()]
    if codes:
        state.codes[topic] = list(dict.fromkeys(codes))
    else:
        state.codes.pop(topic, None)


def _set_n_themes(state: ReviewState, n_themes: int, vectors: np.ndarray, **_) -> None:
    """Regroup the topics into ``n_themes`` themes (Ward on centroids, as the pipeline does).
    Each new theme keeps the key (and so the name) of the old theme it shares most answers with;
    pinned topics stay in their theme."""
    from ..themes.merge import merge_topics
    from ..topics.space import centre

    if isinstance(n_themes, bool) or not isinstance(n_themes, (int, np.integer)) or n_themes < 1:
        raise InputError(f"n_themes must be a whole number of at least 1, not {n_themes!r}")
    topics = state.topic_ids
    if n_themes > len(topics):
        raise InputError(f"{n_themes} themes asked, but there are {len(topics)} topics: at most {len(topics)} "
                         "themes (split topics first for more)")
    sizes = np.array([state.size(t) for t in topics])
    grouping = merge_topics(unit_centroids(centre(vectors), state.labels, topics), sizes, int(n_themes))
    overlap = {}
    for topic, group in zip(topics, grouping.tolist()):
        old = state.groups[topic]
        overlap[(old, group)] = overlap.get((old, group), 0) + state.size(topic)
    keys: dict[int, int] = {}
    taken: set[int] = set()
    for (old, group), _n in sorted(overlap.items(), key=lambda kv: (-kv[1], kv[0])):
        if group not in keys and old not in taken:
            keys[group] = old
            taken.add(old)
    for topic, group in zip(topics, grouping.tolist()):
        if group not in keys:
            keys[group] = state.new_theme()
        state.groups[topic] = state.pins.get(topic, keys[group])


def _label(label, *, reserved: bool = False, what: str = "a name") -> str:
    if label is None or not isinstance(label, str):
        raise InputError(f"{what} must be text, not {label!r}")
    label = label.strip()
    if not label:
        raise InputError(f"{what} cannot be empty")
    if reserved and label.lower() in RESERVED:
        raise InputError(f"{label!r} is reserved for answers outside the themes")
    return label


def _rows(ids, index: dict[str, int]) -> np.ndarray:
    if isinstance(ids, str):
        ids = [ids]
    ids = [str(i) for i in ids]
    missing = [i for i in ids if i not in index]
    if missing:
        raise InputError(f"no substantive answer with id {', '.join(missing[:5])} (empty answers stay in 'leeg')")
    return np.array([index[i] for i in ids], dtype=int)
