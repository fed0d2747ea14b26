"""Carry a review over to another run of the same survey (a new wave, or a rerun) as a proposal.

The operations in force are applied in order to the original run and to the new one side by side.
Before each, what it acts on is found in the new run by content, in a space centred on both runs'
answers: a topic becomes the new run's topic with the most similar centroid, a theme the new run's
theme with the most similar centroid, and only when that similarity reaches ``floor``; an answer
becomes the new run's answer with the same text (the same id first). Anything without a
counterpart is skipped, with the reason. The result is a :class:`ReplayPlan`: a table of every
operation (applied to what, with what similarity, or skipped and why) that the analyst reads and
accepts; accepting logs the applied operations in the new run's review, once (accepting twice, or
replaying into the same store again, adds nothing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..errors import InputError
from ..topics.space import unit_centroids
from . import operations as ops_
from .store import live, op_key

DEFAULT_FLOOR = 0.4  # cosine of centroids centred on both runs; measured in docs/review.md ("Replay")
APPLIED, SKIPPED, UNCHANGED, LOGGED = "applied", "skipped", "unchanged", "already in the log"


@dataclass
class Step:
    seq: int
    op: str
    args: dict
    by: str
    target: dict | None = None
    similarity: float | None = None
    status: str = SKIPPED
    reason: str = ""


class ReplayPlan:
    """What replaying a review onto another run would do; ``accept()`` makes it so."""

    def __init__(self, target, steps: list[Step], floor: float):
        self.review = target
        self.steps = steps
        self.floor = floor

    @property
    def table(self) -> pd.DataFrame:
        rows = [{"seq": s.seq, "op": s.op, "args": s.args, "status": s.status, "applied_as": s.target,
                 "similarity": None if s.similarity is None else round(s.similarity, 2), "reason": s.reason}
                for s in self.steps]
        return pd.DataFrame(rows, columns=["seq", "op", "args", "status", "applied_as", "similarity", "reason"])

    @property
    def skipped(self) -> list[Step]:
        return [s for s in self.steps if s.status == SKIPPED]

    def accept(self, *, by: str | None = None):
        """Log the applied operations in the new run's review (each under its original analyst
        unless ``by`` is given) and return that review."""
        for step in self.steps:
            if step.status == APPLIED:
                try:
                    self.review._record(step.op, step.target, by or step.by)
                except InputError as exc:  # the new run's review changed since the plan was made
                    step.status, step.reason = SKIPPED, f"not applicable when accepted: {exc}"
        return self.review

    def __repr__(self) -> str:
        counts = {k: sum(s.status == k for s in self.steps) for k in (APPLIED, UNCHANGED, LOGGED, SKIPPED)}
        head = (f"<ReplayPlan {counts[APPLIED]} to apply, {counts[LOGGED]} already in the log, {counts[UNCHANGED]} without "
                f"effect, {counts[SKIPPED]} skipped "
                f"(similarity floor {self.floor}); accept() logs it>")
        return head + "\n" + self.table.drop(columns=["args"]).to_string(index=False)

    def _repr_html_(self) -> str:
        return f"<p>{self.__repr__().splitlines()[0].replace('<', '&lt;').replace('>', '&gt;')}</p>" + self.table.to_html(escape=True)


def plan_replay(review, other, *, store=None, until: int | None = None, floor: float = DEFAULT_FLOOR) -> ReplayPlan:
    """The operations of ``review`` in force (those up to seq ``until``), proposed for ``other``."""
    from .session import open_run

    target = open_run(other, store=store, codebook=review.codebook, random_state=review.seed)
    if target.vectors.shape[1] != review.vectors.shape[1]:
        raise InputError(
            f"the runs were embedded differently ({review.vectors.shape[1]} vs {target.vectors.shape[1]} "
            "dimensions); rerun the new wave with the same embedder"
        )
    mean = np.vstack([review.vectors, target.vectors]).mean(axis=0)
    space = Space(review.vectors - mean, target.vectors - mean, review, target)
    source, simulated = review._initial.copy(), target._initial.copy()
    steps = []
    logged = {o.key for o in live(target.log.ops())}
    for op in live(review.log.ops()):
        if until is not None and op.seq > until:
            break
        step = Step(op.seq, op.op, op.args, op.by)
        before = source.copy()
        try:
            ops_.apply(source, op.op, op.args, review.vectors, review._index, review.seed)
        except InputError as exc:
            step.reason = f"does not apply to the original run either: {exc}"
            steps.append(step)
            continue
        try:
            step.target, step.similarity, step.reason = translate(op.op, op.args, before, source, simulated, space, floor)
        except Skip as why:
            step.reason, step.similarity = str(why), why.similarity
            steps.append(step)
            continue
        trial = simulated.copy()
        try:
            ops_.apply(trial, op.op, step.target, target.vectors, target._index, review.seed)
            if op.op == "split":
                step.similarity = min(step.similarity or 1.0, check_split(before, source, simulated, trial, int(op.args["topic"]),
                                                                         step.target["topic"], space, floor))
        except (InputError, Skip) as exc:
            step.reason, step.target = str(exc), None
            steps.append(step)
            continue
        step.status = UNCHANGED if trial.fingerprint() == simulated.fingerprint() else APPLIED
        if step.status == APPLIED and op_key(op.op, step.target) in logged:
            step.status = LOGGED
        simulated = trial
        steps.append(step)
    return ReplayPlan(target, steps, floor)


class Skip(Exception):
    def __init__(self, message: str, similarity: float | None = None):
        super().__init__(message)
        self.similarity = similarity


@dataclass
class Space:
    """Both runs' vectors centred on their common mean, and how to find an answer by its text."""

    source: np.ndarray
    target: np.ndarray
    review: object
    other: object

    def __post_init__(self):
        self._by_text: dict[str, list[str]] = {}
        for i, text in zip(self.other._ids, self.other._texts):
            self._by_text.setdefault(_norm(text), []).append(i)
        self._source_text = dict(zip(self.review._ids, self.review._texts))

    def answer(self, source_id: str) -> str | None:
        """The new run's answer with the same text: the same id when it has that text, else the first."""
        text = self._source_text.get(source_id)
        matches = self._by_text.get(_norm(text)) if text is not None else None
        if not matches:
            return None
        return source_id if source_id in matches else matches[0]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", str(text)).strip().casefold()


def _centroids(vectors: np.ndarray, state, groups: list[list[int]]) -> np.ndarray:
    return unit_centroids(vectors, state.labels, [list(g) for g in groups])


def _match(what: str, own: list[int], source, target, space: Space, source_groups, target_groups, floor: float):
    """Index of the target group nearest to the source group ``own``: its similarity must reach
    ``floor`` and ``own`` must be the nearest source group to it in turn (a mutual match)."""
    if not target_groups:
        raise Skip(f"the new run has no {what}s")
    sims = _centroids(space.target, target, target_groups) @ _centroids(space.source, source, source_groups).T
    mine = source_groups.index(own)
    best = int(np.argmax(sims[:, mine]))
    sim = float(sims[best, mine])
    if sim < floor:
        raise Skip(f"{what} {_name(own)} has no counterpart in the new run (nearest: {what} {_name(target_groups[best])}, "
                   f"similarity {sim:.2f} < {floor})", sim)
    rival = int(np.argmax(sims[best]))
    if rival != mine and sims[best, rival] > sim:
        raise Skip(f"the nearest {what} of the new run ({_name(target_groups[best])}, similarity {sim:.2f}) is closer to "
                   f"{what} {_name(source_groups[rival])} of the original ({sims[best, rival]:.2f})", sim)
    return best, sim


def _name(group: list[int]) -> str:
    return str(group[0]) if len(group) == 1 else "of topics " + "+".join(map(str, group))


def topic_match(topic: int, source, target, space: Space, floor: float) -> tuple[int, float]:
    """The new run's topic that matches ``topic`` of the original (see :func:`_match`)."""
    ids = target.topic_ids
    best, sim = _match("topic", [topic], source, target, space, [[t] for t in source.topic_ids], [[t] for t in ids], floor)
    return ids[best], sim


def theme_match(topic: int, source, target, space: Space, floor: float) -> tuple[int, float]:
    """The largest topic of the new run's theme that matches the theme holding ``topic``."""
    own = source.topics_of(source.groups[topic])
    groups = [target.topics_of(k) for k in target.theme_keys]
    best, sim = _match("theme", own, source, target, space, [source.topics_of(k) for k in source.theme_keys], groups, floor)
    return max(groups[best], key=lambda t: (target.size(t), -t)), sim


def translate(op: str, args: dict, before, after, target, space: Space, floor: float) -> tuple[dict, float | None, str]:
    """``args`` in terms of the new run, the lowest similarity used, and a note; raises Skip."""
    out, sims, notes = dict(args), [], []
    if "ids" in args:
        found = {}
        for i in args["ids"]:
            match = space.answer(i)
            if match is not None:
                found.setdefault(match, None)
        if not found:
            raise Skip(f"none of the {len(args['ids'])} answer(s) is in the new run (by text)")
        if len(found) < len(args["ids"]):
            notes.append(f"{len(args['ids']) - len(found)} of {len(args['ids'])} answer(s) not in the new run")
        out["ids"] = list(found)
    if op in ("rename_theme", "describe_theme"):
        out["topic"], sim = theme_match(int(args["topic"]), before, target, space, floor)
        return out, sim, "; ".join(notes)
    if op == "assign_topic" and args.get("theme_of") is not None:
        out["theme_of"], sim = theme_match(int(args["theme_of"]), before, target, space, floor)
        sims.append(sim)
    if "topic" in args:
        out["topic"], sim = topic_match(int(args["topic"]), before, target, space, floor)
        sims.append(sim)
    if "topics" in args:
        mapped, missing = [], []
        for t in args["topics"]:
            try:
                match, sim = topic_match(int(t), before, target, space, floor)
            except Skip as why:
                missing.append(str(why))
                if why.similarity is not None:
                    sims.append(why.similarity)
                continue
            sims.append(sim)
            mapped.append(match)
        mapped = list(dict.fromkeys(mapped))
        if len(mapped) < 2:
            reason = "fewer than two of the merged topics have a distinct counterpart in the new run"
            raise Skip("; ".join([reason, *missing]), min(sims) if sims else None)
        out["topics"] = mapped
        notes += missing
    return out, (min(sims) if sims else None), "; ".join(notes)


def check_split(before, after, simulated, trial, source_topic: int, topic: int, space: Space, floor: float) -> float:
    """A split carries over only when the new run's topic divides like the original did: each part
    matches a distinct part of the original at ``floor`` or more. Returns the lowest part similarity."""
    source_parts = [source_topic] + [t for t in after.topic_ids if t not in before.topic_ids]
    new_parts = [topic] + [t for t in trial.topic_ids if t not in simulated.topic_ids]
    a = unit_centroids(space.source, after.labels, source_parts)
    b = unit_centroids(space.target, trial.labels, new_parts)
    sims = b @ a.T
    lowest = float(sims.max(axis=1).min())
    if lowest < floor or len(set(sims.argmax(axis=1).tolist())) < len(new_parts):
        raise Skip(f"topic {topic} of the new run does not divide like topic {source_topic} of the original "
                   f"(part similarity {lowest:.2f})", lowest)
    return lowest
