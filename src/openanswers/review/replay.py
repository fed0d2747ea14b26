"""Carry a review over to another run of the same survey (a new wave, or a rerun).

The logged operations are applied in order to the original run and to the new one side by side.
Before each operation its topic ids are translated: a topic of the original, as it stood at that
moment, becomes the topic of the new run whose centroid is nearest (cosine). Answer ids are kept;
ids the new run does not have are dropped. The translated operations are logged in the new review,
so it can be reopened and replayed in turn.
"""

from __future__ import annotations

import numpy as np

from ..errors import InputError
from . import operations as ops_

TOPIC_ARGS = ("topic", "topics")


def replay(review, other, *, store=None, until: int | None = None):
    """A review of ``other`` with the operations of ``review`` (those up to seq ``until``) applied."""
    from .session import open_run

    target = open_run(other, store=store, codebook=review.codebook, random_state=review.seed)
    if target.vectors.shape[1] != review.vectors.shape[1]:
        raise InputError(
            f"the runs were embedded differently ({review.vectors.shape[1]} vs {target.vectors.shape[1]} "
            "dimensions); rerun the new wave with the same embedder"
        )
    source = review._initial.copy()
    for op in review.log.ops():
        if until is not None and op.seq > until:
            break
        args = translate(op.op, op.args, source, review.vectors, target)
        ops_.apply(source, op.op, op.args, review.vectors, review._index, review.seed)
        if args is not None:
            target._record(op.op, args, op.by)
    return target


def translate(op: str, args: dict, source, source_vectors: np.ndarray, target) -> dict | None:
    """``args`` in terms of the target run; None when the operation has nothing to act on there."""
    out = dict(args)
    if "ids" in args:
        out["ids"] = [i for i in args["ids"] if i in target._index]
        if not out["ids"]:
            return None
    if not target.state.topic_ids:
        return None if any(k in args for k in TOPIC_ARGS) else out
    mapping = nearest_topics(source, source_vectors, target.state, target.vectors)
    if "topic" in args:
        out["topic"] = mapping[int(args["topic"])]
    if "topics" in args:
        out["topics"] = list(dict.fromkeys(mapping[int(t)] for t in args["topics"]))
        if len(out["topics"]) < 2:  # both topics fell onto one topic of the new run: already merged
            return None
    return out


def nearest_topics(source, source_vectors: np.ndarray, target, target_vectors: np.ndarray) -> dict[int, int]:
    """For each topic of ``source``, the topic of ``target`` with the most similar centroid."""
    src_ids, tgt_ids = source.topic_ids, target.topic_ids
    src = np.vstack([source.centroid(source_vectors, t) for t in src_ids])
    tgt = np.vstack([target.centroid(target_vectors, t) for t in tgt_ids])
    best = np.argmax(src @ tgt.T, axis=1)
    return {s: tgt_ids[int(b)] for s, b in zip(src_ids, best)}
