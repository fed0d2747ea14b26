"""Guided themes: start the grouping from the themes a researcher expects, keep what the answers bear out.

A researcher often knows part of the answer ("Tarieven; Administratieve lasten; Personeel", or a
codebook). Each expected theme is embedded (its name, and for a codebook code also its
definition and include terms) with the same encoder as the answers, placed in the clustering
space next to the answers it resembles most, and used as the starting centroid of one theme;
the remaining themes start where no expected theme is (k-means++ on the distance to the seeds),
so themes nobody expected can still appear. After k-means and self-training a seeded theme keeps
its given name only where the answers support it: a theme with members whose centroid is the
seed's nearest (and not nearer to another seed).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.utils import check_random_state

from ..errors import ConfigError
from .kmeans import kmeans
from .selftrain import KEEP_SMOOTHED, SMOOTH, self_train
from .space import neighbour_count


@dataclass(frozen=True)
class Expected:
    """One expected theme: the name to show, and the text that is embedded to find it."""

    name: str
    text: str


def parse_expected(spec: str) -> list[Expected]:
    """``"Tarieven; Administratieve lasten; Personeel"`` -> three expected themes (order kept)."""
    names = list(dict.fromkeys(part.strip() for part in spec.split(";") if part.strip()))
    if not names:
        raise ConfigError("--expect needs at least one theme name, separated by ';'")
    return [Expected(name, name) for name in names]


def expected_from_codebook(path: str | Path) -> list[Expected]:
    """The top-level codes of a codebook, each described by its label, definition and include terms."""
    from ..codebook import read_codebook

    codebook = read_codebook(path)
    codes = [code for code in codebook.codes if not code.parent] or list(codebook.codes)
    if not codes:
        raise ConfigError(f"{path}: the codebook has no codes to expect")
    out = []
    for code in codes:
        terms = ", ".join(term.replace("*", "") for term in code.include)
        out.append(Expected(code.label, ". ".join(part for part in (code.label, code.definition, terms) if part)))
    return out


def place_seeds(space: np.ndarray, anchor: np.ndarray, seeds: np.ndarray) -> np.ndarray:
    """Seed vectors in the clustering space: the mean of the answers nearest to each seed.

    ``anchor`` holds the answers in the space the seeds were embedded in (centred encoder
    vectors), ``seeds`` the seed vectors centred with the answers' mean. An embedded name is a
    short text unlike any answer; the answers closest to it show where its theme lies.
    """
    k = max(3, neighbour_count(len(space)))
    sims = seeds @ anchor.T
    near = np.argsort(-sims, axis=1, kind="stable")[:, :k]
    placed = space[near].mean(axis=1)
    return placed / np.maximum(np.linalg.norm(placed, axis=1, keepdims=True), 1e-12)


def guided_labels(space: np.ndarray, seeds: np.ndarray, n_themes: int, random_state=0, graph=None) -> np.ndarray:
    """Theme per answer, theme i < len(seeds) grown from seed i, the rest found freely; with a
    neighbour ``graph`` (the multiview model's) the neighbours vote in self-training, as in the
    default's themes (:func:`openanswers.topics.selftrain.self_train`)."""
    n = len(space)
    k = min(n, max(n_themes, len(seeds)))
    rng = check_random_state(random_state)
    centres = [c for c in seeds[:k]]
    for _ in range(k - len(centres)):  # k-means++ from the seeds: far from every start so far
        dist = np.maximum(0.0, 1.0 - (space @ np.vstack(centres).T).max(axis=1)) ** 2
        centres.append(space[rng.choice(n, p=dist / dist.sum()) if dist.sum() > 0 else rng.randint(n)])
    model = kmeans(space, k, init=np.vstack(centres), random_state=rng.randint(2**31 - 1))
    vote = {"graph": graph, "smooth": SMOOTH, "keep": KEEP_SMOOTHED} if graph is not None else {}
    return self_train(space, model.labels_.astype(int), random_state=rng.randint(2**31 - 1), **vote)


def supported(space: np.ndarray, labels: np.ndarray, seeds: np.ndarray, min_members: int = 2) -> dict[int, int]:
    """Seed index -> label of the group that bears its name: the group whose centroid is nearest
    to the seed, if it has at least ``min_members`` answers and no nearer seed claims it. Usually
    the group grown from the seed; when k-means moved the seed's answers to another group, the
    name follows them."""
    groups = [g for g in sorted(set(labels.tolist()) - {-1}) if (labels == g).sum() >= min_members]
    if not groups:
        return {}
    cents = np.vstack([space[labels == g].mean(axis=0) for g in groups])
    cents /= np.maximum(np.linalg.norm(cents, axis=1, keepdims=True), 1e-12)
    sims = seeds @ cents.T
    nearest = sims.argmax(axis=1)
    out: dict[int, int] = {}
    for seed in np.argsort(-sims.max(axis=1), kind="stable"):  # the most certain seed claims first
        group = groups[int(nearest[seed])]
        if group not in out.values():
            out[int(seed)] = group
    return dict(sorted(out.items()))


def names_of_themes(theme_of: np.ndarray, guided: np.ndarray, kept: dict[int, int], expected: Sequence[Expected]) -> dict[int, str]:
    """Final theme index -> expected name, for themes that are (mostly) one supported seed's group."""
    out: dict[int, str] = {}
    for seed, group in kept.items():
        members = theme_of[guided == group]
        members = members[members >= 0]
        if len(members):
            theme = int(np.bincount(members).argmax())
            out.setdefault(theme, expected[seed].name)
    return out


@dataclass
class Guidance:
    """Guided grouping of the answers: ``labels`` (group i < len(expected) grown from expected
    theme i) and ``kept`` (expected index -> group, for the names the answers bear out)."""

    expected: list[Expected]
    labels: np.ndarray
    kept: dict[int, int]


def guide(vectors: np.ndarray, space: np.ndarray, expected: Sequence[Expected | str], embedder, n_themes: int, random_state=0, cache: bool = True,
          graph=None) -> Guidance:
    """Group the answers around the expected themes (see the module docstring); ``graph``: the
    topic model's neighbour graph, whose neighbours then vote in self-training. summarise() does
    not pass it: with the label names it gained on the Nota questions and lost 0.006-0.011 NMI on
    SIB-200 in every setting tried (docs/clustering.md, round 3)."""
    from ..embed import embed
    from .space import centre

    expected = [e if isinstance(e, Expected) else Expected(str(e), str(e)) for e in expected]
    mean = np.asarray(vectors, dtype=np.float32).mean(axis=0)
    seeds = embed([e.text for e in expected], embedder, cache=cache) - mean
    seeds /= np.maximum(np.linalg.norm(seeds, axis=1, keepdims=True), 1e-12)
    placed = place_seeds(space, centre(vectors), seeds)
    labels = guided_labels(space, placed, n_themes, random_state=random_state, graph=graph)
    return Guidance(expected, labels, supported(space, labels, placed))
