"""The analyst's review of one run: inspect topics, fix them, rebuild themes, hand the result on."""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd

from .. import schema
from ..errors import InputError, OpenAnswersWarning
from ..schema import THEME, TOPIC
from . import operations as ops_
from .figures import FigureMethods
from .operations import ReviewState
from .arguments import id_list, load_codebook, nonempty_text, topic_number, whole_number
from .naming import apply_names, phrase_embedder, theme_language
from .store import UNDO, OpLog, live, op_key, run_key

TOPIC_NAME = "topic_name"
CODES, ALSO = schema.CODES, schema.THEMES_ALSO
REPEATS_ONCE = ("merge", "split")  # not idempotent on the state: recognised by their identity


class Review(FigureMethods):
    """Topics and themes of a run under review. Each operation is a method call, logged with who
    and when; calling it again with the same arguments changes nothing.

    Example::

        review = open_run("out/")                # the log goes to out/run.sqlite
        review.merge([3, 7], by="Anna").rename_theme(0, "Tarieven en kosten", by="Anna")
        review.undo()                            # the merge stays in the log, undone
        # `openanswers export report out/` now writes the reviewed themes
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
        self.codebook = load_codebook(codebook)
        labels = np.asarray(result.topics.labels, dtype=int)
        self._initial = ReviewState.initial(labels, [list(t.topics) for t in result.themes])
        if self._initial.topic_ids and not any(t.topics for t in result.themes):  # a run that did not record them
            n_themes = int(result.info.get("n_themes") or len(result.themes) or 3)
            ops_.apply(self._initial, "set_n_themes", {"n_themes": min(n_themes, len(self._initial.topic_ids))},
                       self.vectors, self._index, self.seed)
        # The run's own labels, kept for themes whose topics no operation changed: generated labels
        # weigh each theme against the others, so a merge elsewhere must not rename them.
        self._base_labels = {key: (frozenset(t.topics), t.label) for key, t in enumerate(result.themes)}
        self.log = OpLog(store, run_key(self._ids, labels))
        self._cache: dict = {}
        self._written: dict[str, str] | None = None
        self._phrases: list | None = None
        self.skipped: list[tuple[int, str]] = []  # (seq, why) of logged operations that could not be applied
        self._rebuild()

    def _rebuild(self) -> None:
        """The state from the run and the operations in force; an operation this version does not
        know, or that no longer applies, is skipped with a warning instead of blocking the review."""
        state, self.skipped = self._initial.copy(), []
        for op in live(self.log.ops()):
            try:
                ops_.apply(state, op.op, op.args, self.vectors, self._index, self.seed)
            except InputError as exc:
                self.skipped.append((op.seq, str(exc)))
                warnings.warn(f"{self.log.path}: review operation {op.seq} ({op.op}) skipped: {exc}",
                              OpenAnswersWarning, stacklevel=3)
        self.state = state
        self._cache.clear()

    # -- operations -------------------------------------------------------------------------
    def merge(self, topics: Sequence[int], *, by: str | None = None) -> Review:
        """One topic from several; it keeps the first topic's id and theme. Only the themes of the
        merged topics change."""
        if isinstance(topics, (str, int, np.integer)):
            raise InputError("merge takes a list of topic numbers, e.g. merge([3, 7])")
        return self._record("merge", {"topics": [topic_number(t) for t in topics]}, by)

    def split(self, topic: int, k: int = 2, *, by: str | None = None) -> Review:
        """``k`` topics from one (k-means, seeded) in the same theme; the largest part keeps the id,
        the others get the next free ids."""
        args = {"topic": topic_number(topic)}
        if k != 2:
            args["k"] = whole_number(k, "k", minimum=2)
        return self._record("split", args, by)

    def rename_topic(self, topic: int, label: str, *, by: str | None = None) -> Review:
        return self._record("rename_topic", {"topic": topic_number(topic), "label": nonempty_text(label)}, by)

    def rename_theme(self, theme: int | str, label: str, *, by: str | None = None) -> Review:
        """Name a theme (by number, 0 = largest, or current label). The name stays with the theme
        through merges, splits and moves; after a rebuild it goes to the theme with most of its answers."""
        return self._record("rename_theme", {"topic": self._member_of(theme), "label": nonempty_text(label)}, by)

    def describe_theme(self, theme: int | str, text: str | None, *, by: str | None = None) -> Review:
        """The analyst's description of a theme, shown in every export; None restores the generated one."""
        return self._record("describe_theme", {"topic": self._member_of(theme), "text": None if text is None else nonempty_text(text)}, by)

    def assign_topic(self, topic: int, theme: int | str | None, *, by: str | None = None) -> Review:
        """Put a topic in a theme (by number or label; None: a theme of its own) and pin it there:
        a later ``build_themes(n)`` leaves it in that theme."""
        theme_of = None if theme is None else self._member_of(theme)
        return self._record("assign_topic", {"topic": topic_number(topic), "theme_of": theme_of}, by)

    def move(self, ids: Iterable[str] | str, topic: int, *, by: str | None = None) -> Review:
        """Put answers (by id) into another topic."""
        return self._record("move", {"ids": id_list(ids), "topic": topic_number(topic)}, by)

    def mark_outliers(self, ids: Iterable[str] | str, *, by: str | None = None) -> Review:
        """Take answers out of their topic: they go to "overig"."""
        return self._record("mark_outliers", {"ids": id_list(ids)}, by)

    def map_codes(self, topic: int, codes: Iterable[str] | str, *, by: str | None = None) -> Review:
        """Codebook codes (ids) for a topic's answers; an empty list removes the mapping."""
        codes = [codes] if isinstance(codes, str) else [str(c) for c in codes]
        if self.codebook is not None:
            unknown = [c for c in codes if c not in self.codebook]
            if unknown:
                raise InputError(f"code(s) {', '.join(unknown)} not in codebook {self.codebook.name!r}")
        return self._record("map_codes", {"topic": topic_number(topic), "codes": codes}, by)

    def build_themes(self, n_themes: int | None = None, *, by: str | None = None):
        """Regroup the reviewed topics into ``n_themes`` themes (Ward on topic centroids, as the
        pipeline does; pinned topics stay put); without ``n_themes`` the themes as they stand."""
        if n_themes is not None:
            self._record("set_n_themes", {"n_themes": whole_number(n_themes, "n_themes")}, by)
        return self.themes

    def undo(self, seq: int | None = None, *, by: str | None = None) -> Review:
        """Cancel an operation (default: the last one in force) in place. The log keeps it and
        records the undo, so the history stays complete; undoing an undo restores the operation."""
        ops = self.log.ops()
        in_force = live(ops)
        if seq is None:
            if not in_force:
                raise InputError("nothing to undo: no operation in force")
            seq = in_force[-1].seq
        seq = whole_number(seq, "seq", minimum=0)
        known = {o.seq: o for o in ops}
        if seq not in known:
            raise InputError(f"no operation {seq} in this review's log")
        if known[seq].op != UNDO and seq not in {o.seq for o in in_force}:
            raise InputError(f"operation {seq} is not in force (already undone)")
        self.log.append(UNDO, {"seq": seq}, by)
        self._rebuild()
        return self

    def _record(self, op: str, args: dict, by: str | None, at: str | None = None) -> Review:
        """Apply and log one operation, once: a merge or split already in force is not applied
        again, and an operation that changes nothing is not logged (re-running a cell, a notebook
        or a replay adds nothing)."""
        if self._repeat(op, args):
            return self
        trial = self.state.copy()
        ops_.apply(trial, op, args, self.vectors, self._index, self.seed)  # invalid ops are not logged
        if trial.fingerprint() == self.state.fingerprint():
            return self
        self.log.append(op, args, by, at)
        self.state = trial
        self._cache.clear()
        return self

    def _repeat(self, op: str, args: dict) -> bool:
        """A call that repeats one in force: the same merge or split, or a theme name or description
        already in force from the same call (a theme given by number may be another theme by now)."""
        in_force = live(self.log.ops())
        if op in REPEATS_ONCE:
            return any(o.key == op_key(op, args) for o in in_force)
        field = {"rename_theme": "label", "describe_theme": "text"}.get(op)
        if field is None or args[field] is None:
            return False
        held = self.state.theme_names if op == "rename_theme" else self.state.descriptions
        shown = {held[k] for k in self.state.theme_keys if k in held}
        return args[field] in shown and any(o.op == op and o.args.get(field) == args[field] for o in in_force)

    @property
    def operations(self) -> pd.DataFrame:
        """The log: one row per operation or undo, oldest first; ``in_force`` is False for an undone
        operation (and for undo rows themselves)."""
        ops = self.log.ops()
        in_force = {o.seq for o in live(ops)}
        skipped = dict(self.skipped)
        rows = [{"seq": o.seq, "op": o.op, "args": o.args, "by": o.by, "at": o.at, "in_force": o.seq in in_force and o.seq not in skipped,
                 "id": o.key} for o in ops]
        return pd.DataFrame(rows, columns=["seq", "op", "args", "by", "at", "in_force", "id"])

    def replay(self, other=None, *, store: str | Path | None = None, until: int | None = None, floor: float | None = None):
        """A proposal to apply this review to another run of the same survey (a new wave; default:
        this run again): a :class:`~openanswers.review.replay.ReplayPlan` with a table of every
        operation, applied to what or skipped and why. ``plan.accept()`` logs it; see :mod:`.replay`."""
        from .replay import DEFAULT_FLOOR, plan_replay

        return plan_replay(self, other if other is not None else self.base, store=store, until=until,
                           floor=DEFAULT_FLOOR if floor is None else floor)

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
            if ALSO in out:
                also_col = np.full(len(out), "", dtype=object)
                also_col[self._substantive] = self._cache["also"]
                out[ALSO] = also_col
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
        ops = self.log.ops()
        in_force = live(ops)
        info = dict(self.base.info)
        info["n_themes"] = self.state.n_themes
        info["review"] = {
            "operations": len(in_force),
            "undos": sum(o.op == UNDO for o in ops),
            "by": sorted({o.by for o in in_force}),
            "last": ops[-1].at if ops else None,
            "topic_names": {str(t): n for t, n in sorted(self.state.topic_names.items())},
            "theme_names": {t.label: t.topics for t in self.theme_list if self._named(t)},
            "descriptions": {t.label: t.description for t, key in zip(self.theme_list, self._theme_keys())
                             if key in self.state.descriptions},
            "codes": {str(t): c for t, c in sorted(self.state.codes.items())},
        }
        themes = [replace(t, quotes=list(t.quotes), topics=list(t.topics)) for t in self.theme_list]
        return RunResult(self.answers.copy(), themes, topics, self.base.vectors, self.base.lemmas, info)

    def write(self, out_dir: str | Path, **options) -> Path:
        """The reviewed run as a run folder: the files of ``write_outputs`` plus the run.sqlite that
        ``openanswers export report|quotes OUT_DIR`` reads. ``options`` go to write_outputs."""
        from ..export import write_outputs
        from ..project.runs import save_run

        reviewed = self.result()
        write_outputs(reviewed, out_dir, **options)
        return save_run(reviewed, out_dir)

    def themes_by(self, group: str, *, normalise: bool = True) -> pd.DataFrame:
        """Share (or count) of each subgroup's answers per theme, "overig" and "leeg" included."""
        from .tables import theme_by_group

        return theme_by_group(self, group, normalise=normalise)

    # -- internals --------------------------------------------------------------------------
    def _theme_set(self):
        """Themes built from the reviewed topics as the analyst grouped them: each theme key is
        one class for :func:`~openanswers.themes.build_themes`, which then finds no pair to merge
        and describes, quotes and checks the fit of each theme as the pipeline does."""
        if "themes" not in self._cache:
            from ..themes import build_themes

            written, phrases = self._language()
            state = self.state
            grouped = np.array([state.groups[t] if t >= 0 else -1 for t in state.labels.tolist()], dtype=int)
            result = build_themes(
                self._ids, self._respondents, self._texts, self.vectors, self.base.lemmas, grouped,
                n_themes=max(1, state.n_themes), n_answers=len(self.base.answers), written=written, phrases=phrases,
                embed_phrases=phrase_embedder(self.base.info),
                # A reviewed theme is the analyst's group of topics: merged in the topic model's
                # space when the run still holds it, never redrawn by self-training, which would
                # move answers across the groups the analyst made.
                space=self.base.topics.space, random_state=self.seed,
            )
            keys = [t.topics[0] for t in result.themes]
            for theme, key in zip(result.themes, keys):
                theme.topics = state.topics_of(key)
            apply_names(result.themes, keys, state, self._base_labels)
            if ALSO in self.base.answers:  # the run's other themes per answer, pointed at the reviewed themes
                from ..themes.mentions import reviewed_mentions

                self._cache["also"] = reviewed_mentions(self.base.answers.loc[self._substantive], result.themes, result.theme_of)
            self._cache["themes"] = (result.themes, result.theme_of)
            self._cache["theme_keys"] = keys
        return self._cache["themes"]

    def _theme_keys(self) -> list[int]:
        self._theme_set()
        return self._cache["theme_keys"]

    def _named(self, theme) -> bool:
        return self._theme_keys()[self.theme_list.index(theme)] in self.state.theme_names

    def _written_forms(self) -> dict[str, str]:
        return self._language()[0]

    def _language(self) -> tuple[dict[str, str], list]:
        if self._written is None:
            self._written, self._phrases = theme_language(self._texts)
        return self._written, self._phrases

    def _member_of(self, theme: int | str) -> int:
        """The largest topic of a theme given by number (0 = largest) or label: how operations
        name a theme in the log (the theme is whichever holds that topic)."""
        themes = self.theme_list
        if isinstance(theme, str):
            matches = [k for k, t in enumerate(themes) if t.label == theme]
            if not matches:
                raise InputError(f"no theme labelled {theme!r}; themes now: {[t.label for t in themes]}")
            theme = matches[0]
        if isinstance(theme, bool) or not isinstance(theme, (int, np.integer)):
            raise InputError(f"a theme is given by its number (0 = largest) or its label, not {theme!r}")
        if not 0 <= int(theme) < len(themes) or not themes[int(theme)].topics:
            raise InputError(f"there is no theme {theme}; themes are numbered 0..{len(themes) - 1}")
        return max(themes[int(theme)].topics, key=lambda t: (self.state.size(t), -t))

    def _repr_html_(self) -> str:
        from .display import review_html

        return review_html(self)

    def __repr__(self) -> str:
        return (f"<Review {len(self.base.answers)} answers, {len(self.state.topic_ids)} topics, "
                f"{len(self.theme_list)} themes, {len(live(self.log.ops()))} operations in {self.log.path}>")


__all__ = ["Review"]
