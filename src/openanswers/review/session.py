"""The analyst's review of one run: inspect topics, fix them, rebuild themes, hand the result on."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd

from .. import schema
from ..errors import InputError
from . import operations as ops_
from .figures import FigureMethods
from .operations import ReviewState
from .store import OpLog

THEME, TOPIC, TOPIC_NAME, CODES = "theme", "topic", "topic_name", "codes"
NOT_A_LABEL = {schema.OTHER, schema.EMPTY}


def open_run(source, *, store: str | Path | None = None, codebook=None, random_state: int | None = None) -> Review:
    """A :class:`Review` over a run: a RunResult, or a run folder / run.sqlite written by ``openanswers run``.

    Operations are logged in ``store`` (a SQLite file); for a run folder the default store is its
    own run.sqlite, for a RunResult without ``store`` the log lives in memory only. Operations
    already logged for this run are applied again, so a review survives closing the notebook.
    """
    if hasattr(source, "answers") and hasattr(source, "vectors"):
        result = source
    else:
        from ..runstore import load_run, store_path

        result = load_run(source)
        store = store if store is not None else store_path(source)
    return Review(result, store=store, codebook=codebook, random_state=random_state)


class Review(FigureMethods):
    """Topics of a run under review. Each operation is a method call that is logged with who and when.

    Example::

        review = open_run(result, store="review.sqlite")
        review.merge([3, 7], by="Anna").rename_theme(0, "Tarieven en kosten", by="Anna")
        review.build_themes(n_themes=3)
        write_outputs(review.result(), "out/")
    """

    def __init__(self, result, *, store: str | Path | None = None, codebook=None, random_state: int | None = None):
        self.base = result
        answers = result.answers
        self._substantive = (answers[schema.STATUS] == schema.ANSWERED).to_numpy()
        sub = answers.loc[self._substantive]
        self._ids: list[str] = sub[schema.ID].astype(str).tolist()
        self._index = {i: k for k, i in enumerate(self._ids)}
        self._texts: list[str] = sub[schema.CLEAN].astype(str).tolist()
        self._respondents: list[str] = sub[schema.RESPONDENT].astype(str).tolist()
        self.vectors = np.asarray(result.vectors, dtype=float)
        if len(self.vectors) != len(self._ids):
            raise InputError(f"run has {len(self._ids)} substantive answers but {len(self.vectors)} vectors")
        self.seed = int(random_state if random_state is not None else result.info.get("seed", 0) or 0)
        self.codebook = _load_codebook(codebook)
        self._initial = ReviewState.initial(result.topics.labels)
        self._initial.n_themes = int(result.info.get("n_themes", len(result.themes) or 3))
        self.state = self._initial.copy()
        self.log = OpLog(store, run_key(self._ids, self._initial.labels))
        for op in self.log.ops():
            ops_.apply(self.state, op.op, op.args, self.vectors, self._index, self.seed)
        self._cache: dict = {}
        self._written: dict[str, str] | None = None
        self._naming: set[str] | None = None

    # -- operations -------------------------------------------------------------------------
    def merge(self, topics: Sequence[int], *, by: str | None = None) -> Review:
        """One topic from several; it keeps the first topic's id."""
        return self._record("merge", {"topics": [int(t) for t in topics]}, by)

    def split(self, topic: int, *, by: str | None = None) -> Review:
        """Two topics from one (k-means, k=2, seeded); the new part gets the next free id."""
        return self._record("split", {"topic": int(topic)}, by)

    def rename_topic(self, topic: int, label: str, *, by: str | None = None) -> Review:
        return self._record("rename_topic", {"topic": int(topic), "label": str(label)}, by)

    def rename_theme(self, theme: int | str, label: str, *, by: str | None = None) -> Review:
        """Name a theme (by number or current label). The name sticks to the theme's largest topic, so
        it follows that topic through later merges, splits and theme rebuilds."""
        if str(label).strip().lower() in NOT_A_LABEL:
            raise InputError(f"{label!r} is reserved for answers outside the themes")
        return self._record("rename_theme", {"topic": self._anchor_of(theme), "label": str(label)}, by)

    def move(self, ids: Iterable[str] | str, topic: int, *, by: str | None = None) -> Review:
        """Put answers (by id) into another topic."""
        return self._record("move", {"ids": _id_list(ids), "topic": int(topic)}, by)

    def mark_outliers(self, ids: Iterable[str] | str, *, by: str | None = None) -> Review:
        """Take answers out of their topic: they go to "overig"."""
        return self._record("mark_outliers", {"ids": _id_list(ids)}, by)

    def map_codes(self, topic: int, codes: Iterable[str] | str, *, by: str | None = None) -> Review:
        """Codebook codes (ids) for a topic's answers; an empty list removes the mapping."""
        codes = [codes] if isinstance(codes, str) else [str(c) for c in codes]
        if self.codebook is not None:
            unknown = [c for c in codes if c not in self.codebook]
            if unknown:
                raise InputError(f"code(s) {', '.join(unknown)} not in codebook {self.codebook.name!r}")
        return self._record("map_codes", {"topic": int(topic), "codes": codes}, by)

    def build_themes(self, n_themes: int | None = None, *, by: str | None = None):
        """Themes rebuilt from the reviewed topics (Ward on topic centroids, as the pipeline does)."""
        if n_themes is not None and int(n_themes) != self.state.n_themes:
            self._record("set_n_themes", {"n_themes": int(n_themes)}, by)
        return self.themes

    def _record(self, op: str, args: dict, by: str | None, at: str | None = None) -> Review:
        trial = self.state.copy()
        ops_.apply(trial, op, args, self.vectors, self._index, self.seed)  # invalid ops are not logged
        self.log.append(op, args, by, at)
        self.state = trial
        self._cache.clear()
        return self

    @property
    def operations(self) -> pd.DataFrame:
        """The log: one row per operation, oldest first."""
        rows = [{"seq": o.seq, "op": o.op, "args": o.args, "by": o.by, "at": o.at} for o in self.log.ops()]
        return pd.DataFrame(rows, columns=["seq", "op", "args", "by", "at"])

    def replay(self, other=None, *, store: str | Path | None = None, until: int | None = None) -> Review:
        """This review applied to another run of the same survey (a new wave; default: this run
        again), optionally only the operations up to ``until`` (a seq number); see :mod:`.replay`."""
        from .replay import replay

        return replay(self, other if other is not None else self.base, store=store, until=until)

    # -- views ------------------------------------------------------------------------------
    @property
    def topics(self) -> pd.DataFrame:
        from .tables import topic_table

        if "topics" not in self._cache:
            self._cache["topics"] = topic_table(self)
        return self._cache["topics"]

    @property
    def themes(self) -> pd.DataFrame:
        from .tables import theme_table

        if "theme_frame" not in self._cache:
            self._cache["theme_frame"] = theme_table(self)
        return self._cache["theme_frame"]

    @property
    def theme_list(self) -> list:
        """The reviewed themes as :class:`~openanswers.themes.Theme` objects, largest first."""
        return self._theme_set()[0]

    @property
    def answers(self) -> pd.DataFrame:
        """Every input answer with its reviewed theme, topic, topic name and codes."""
        if "answers" not in self._cache:
            themes, theme_of = self._theme_set()
            out = self.base.answers.copy()
            labels = np.array([t.label for t in themes] + [schema.OTHER], dtype=object)
            theme_col = np.full(len(out), schema.EMPTY, dtype=object)
            theme_col[self._substantive] = labels[theme_of]
            topic_col = np.full(len(out), -1, dtype=int)
            topic_col[self._substantive] = self.state.labels
            out[THEME] = theme_col
            out[TOPIC] = topic_col
            out[TOPIC_NAME] = [self.topic_name(t) if t >= 0 else "" for t in topic_col]
            out[CODES] = ["; ".join(self.state.codes.get(int(t), [])) for t in topic_col]
            self._cache["answers"] = out
        return self._cache["answers"]

    def topic_name(self, topic: int) -> str:
        """The analyst's name for a topic, or its top keywords."""
        if topic in self.state.topic_names:
            return self.state.topic_names[topic]
        words = self.keywords.get(topic, [])[:3]
        return ", ".join(words) if words else f"topic {topic}"

    @property
    def keywords(self) -> dict[int, list[str]]:
        if "keywords" not in self._cache:
            from ..topics.keywords import class_keywords

            raw = class_keywords(self.base.lemmas, self.state.labels)
            written = self._written_forms()
            self._cache["keywords"] = {t: [written.get(k, k) for k in words] for t, words in raw.items()}
        return self._cache["keywords"]

    def result(self):
        """A :class:`~openanswers.pipeline.RunResult` of the reviewed run, for write_outputs or save_run."""
        from ..pipeline import RunResult
        from ..topics import TopicResult

        base_topics = self.base.topics
        topics = TopicResult(
            labels=self.state.labels.copy(),
            keywords={t: list(k) for t, k in self.keywords.items()},
            model=f"{base_topics.model}+review",
            n_outliers_before=base_topics.n_outliers_before,
            params=dict(base_topics.params),
        )
        log = self.log.ops()
        info = dict(self.base.info)
        info["n_themes"] = self.state.n_themes
        info["review"] = {
            "operations": len(log),
            "by": sorted({o.by for o in log}),
            "last": log[-1].at if log else None,
            "topic_names": {str(t): n for t, n in sorted(self.state.topic_names.items())},
            "codes": {str(t): c for t, c in sorted(self.state.codes.items())},
        }
        themes = [replace(t, quotes=list(t.quotes)) for t in self.theme_list]
        return RunResult(self.answers.copy(), themes, topics, self.base.vectors, self.base.lemmas, info)

    def themes_by(self, group: str, *, normalise: bool = True) -> pd.DataFrame:
        """Share (or count) of each subgroup's answers per theme, "overig" and "leeg" included."""
        from .tables import theme_by_group

        return theme_by_group(self, group, normalise=normalise)

    # -- internals --------------------------------------------------------------------------
    def _theme_set(self):
        if "themes" not in self._cache:
            from ..themes import build_themes

            written, naming = self._language()
            result = build_themes(
                self._ids, self._respondents, self._texts, self.vectors, self.base.lemmas, self.state.labels,
                n_themes=self.state.n_themes or 3, n_answers=len(self.base.answers), written=written, label_terms=naming,
                # As the pipeline does (grouping branch): merge and self-train in the topic model's
                # space when the run still holds it (a run reopened from run.sqlite does not).
                space=self.base.topics.space, refine=self.base.topics.space is not None, random_state=self.seed,
            )
            _apply_names(result.themes, self.state)
            self._cache["themes"] = (result.themes, result.theme_of)
        return self._cache["themes"]

    def _written_forms(self) -> dict[str, str]:
        return self._language()[0]

    def _language(self) -> tuple[dict[str, str], set[str] | None]:
        """What the pipeline derives from the answers' terms for display: the written form of
        lemma bigrams and the lemmas fit to name a theme. The terms come from the same disk cache
        the run filled, so this parses nothing the run already parsed."""
        if self._written is None:
            from ..language import keyword_terms, naming_lemmas, written_forms
            from ..language.cached import cached_content_terms

            terms = keyword_terms(cached_content_terms(self._texts)[0]) if self._texts else []
            self._written = written_forms(terms)
            self._naming = naming_lemmas(terms)
        return self._written, self._naming

    def _anchor_of(self, theme: int | str) -> int:
        themes = self.theme_list
        if isinstance(theme, str):
            matches = [k for k, t in enumerate(themes) if t.label == theme]
            if not matches:
                raise InputError(f"no theme labelled {theme!r}; themes now: {[t.label for t in themes]}")
            theme = matches[0]
        if not 0 <= int(theme) < len(themes) or not themes[int(theme)].topics:
            raise InputError(f"there is no theme {theme}; themes are numbered 0..{len(themes) - 1}")
        return max(themes[int(theme)].topics, key=lambda t: (self.state.size(t), -t))

    def _repr_html_(self) -> str:
        from .display import review_html

        return review_html(self)

    def __repr__(self) -> str:
        return (f"<Review {len(self.base.answers)} answers, {len(self.state.topic_ids)} topics, "
                f"{len(self.theme_list)} themes, {len(self.log.ops())} operations in {self.log.path}>")


def _apply_names(themes: list, state: ReviewState) -> None:
    """Analyst names on rebuilt themes: a theme named through one of its topics keeps that name
    (the largest such topic wins); else a theme whose largest topic has a name takes it."""
    used: set[str] = set()
    for theme in themes:
        sizes = {t: state.size(t) for t in theme.topics}
        by_size = sorted(theme.topics, key=lambda t: (-sizes[t], t))
        anchors = [t for t in by_size if t in state.theme_names]
        label = state.theme_names[anchors[0]] if anchors else None
        if label is None and by_size and by_size[0] in state.topic_names:
            label = state.topic_names[by_size[0]]
        label = label or theme.label
        base, k = label, 2
        while label in used or label in NOT_A_LABEL:  # labels are keys in exports: keep them unique
            label, k = f"{base} ({k})", k + 1
        used.add(label)
        theme.label = label


def run_key(ids: Sequence[str], labels: np.ndarray) -> str:
    """Which run a logged operation belongs to: the answer ids and the topics the run started with."""
    digest = hashlib.sha1("\n".join(ids).encode("utf-8"))
    digest.update(np.asarray(labels, dtype=np.int64).tobytes())
    return digest.hexdigest()[:16]


def _id_list(ids) -> list[str]:
    return [ids] if isinstance(ids, str) else [str(i) for i in ids]


def _load_codebook(codebook):
    if codebook is None or hasattr(codebook, "codes"):
        return codebook
    from ..codebook import read_codebook

    return read_codebook(codebook)


__all__ = ["Review", "open_run"]
