"""Several themes per answer: the other themes an answer's sentences or clauses clearly belong to.

An answer keeps exactly one main theme (its row in ``theme``, counted once in a theme's ``n``).
Answers that make two or three points ("tarieven te laag, en de administratieve lasten nemen
toe") are split into parts, each part is embedded with the run's embedder (through its cache)
and placed in the run's theme space; a part that sits clearly closer to another theme than to
the answer's own adds that theme to the answer's ``themes_also``. The rule and its calibration
are in docs/themes.md; the evaluation is ``benchmarks/eval_mentions.py``.

Deterministic: no random draws; ties go to the lower theme number (the larger theme).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence

import numpy as np

from .. import schema
from ..language.lexicon import names_a_thing
from ..language.phrases import Phrase
from ..topics.space import anchors_of, centre, neighbour_count

ALSO = schema.THEMES_ALSO  # answers column: the other themes' labels joined by SEPARATOR ("" when none)
SEPARATOR = "; "
MIN_WORDS = 4  # shorter parts ("Verder prima.", "Ja, klopt") carry no point of their own
# A part joins another theme when its similarity to that theme's centre beats its similarity to
# the answer's own theme by this much (cosine, in the theme space), and it sits at least as close
# to that theme as its members do but the least typical quarter (FLOOR_QUANTILE of their similarities).
# Calibrated on SIB-200 so that single-point answers almost never get a second theme
# (docs/themes.md, benchmarks/eval_mentions.py).
MARGIN = 0.20
FLOOR_QUANTILE = 0.25
# ... and at least this share of the part's nearest answers are in that theme. A part that says
# nothing on its own ("Zo nee, waarom niet?", "Graag uw mening hierover") resembles answers of
# every theme and is skipped.
MIN_AGREE = 0.5
# ... and the parts of *other* answers nearest to it come from answers of that theme more often
# than parts do at large (lift over the base rate). A formula sentence ("Kunt u uw antwoord
# toelichten?", "Zo nee, waarom niet?") has near copies in answers of every theme, so its nearest
# parts' answers are spread as all parts' are; a point of its own has neighbours in its theme.
MIN_LIFT = 1.0
# Neighbours of a part are sought among at most this many answers (a seeded sample above it, k
# scaled to the same share), and theme floors are measured on the same sample: an exact search
# over all answers grows with n² (at 10k answers of two parts, 3·10⁸ similarities for the parts
# and the floors), over the sample with n.
MAX_NEIGHBOURS = 2_000
CHUNK = 512  # parts per block of the nearest-answer search: its neighbour vectors stay ~50 MB at 10k

# Parts by a rule, not by spaCy's sentence boundaries: the bundled pipeline has no parser, a
# sentencizer only finds sentence ends, and survey answers make their second point as often in a
# clause ("..., en ...", "...; ...") or a bullet as in a new sentence. A regular expression does
# all of these in microseconds per answer (spaCy would add seconds at 10k answers).
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[^\s\w]*[A-ZÀ-Ý0-9])|\s*[;\n\r•·▪]+\s*|(?:^|\s)[-*–]\s+(?=\w)")
# A clause after ", en" or ", maar" is a new point more often than not. A bare " en " or "maar"
# is not split: on SIB-200 (two seeds) the wider rule (also "ook", "daarnaast", "en" between two
# clauses of four words) gave about twice as many one-sentence answers a second theme (3% against
# 1%) for almost no gain in the second points found (docs/themes.md).
_CLAUSES = re.compile(r",\s+(?=(?:en|maar)\b)", re.I)
_WORD = re.compile(r"\w+")


def split_parts(text: str) -> list[str]:
    """The sentences and clauses of an answer, in order (one part when it makes one point)."""
    parts: list[str] = []
    for sentence in _SENTENCES.split(text or ""):
        parts += _CLAUSES.split(sentence)
    return [p.strip(" ,.-*–•") for p in parts if _WORD.search(p)]


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def answer_parts(texts: Sequence[str], phrases: Sequence[Sequence[Phrase]] | None = None) -> tuple[list[str], np.ndarray]:
    """Parts worth placing (answers of two or more parts; parts of ``MIN_WORDS`` words or more
    that, given the answers' name ``phrases``, name something: one of their answer's phrases)
    and the answer each came from."""
    parts, owner = [], []
    for i, text in enumerate(texts):
        pieces = split_parts(text)
        if len(pieces) < 2:
            continue
        for piece in pieces:
            if _words(piece) >= MIN_WORDS and (phrases is None or names_something(piece, phrases[i])):
                parts.append(piece)
                owner.append(i)
    return parts, np.asarray(owner, dtype=int)


def names_something(part: str, phrases: Sequence[Phrase]) -> bool:
    """Whether a part names one of its answer's phrases (nouns and what qualifies them).

    A sentence that names nothing ("Zo nee, waarom niet?", "Wat wordt daar bedoeld?", "Hoe gaat
    u dit aanjagen?") makes no point of its own: it belongs to the sentences around it. Placed on
    its own it lands in whatever theme gathers such formulas, and a third of long single-point
    answers got a second theme that way (docs/benchmarks.md)."""
    lower = part.lower()
    return any(_starts_a_word(lower, p.text.lower()) and any(names_a_thing(w) for w in p.key.split()) for p in phrases)


def _starts_a_word(text: str, word: str) -> bool:
    """``word`` occurs in ``text`` at the start of a word (a plain search: a regular expression per
    phrase and part would be compiled anew for most of them)."""
    start = text.find(word)
    while start >= 0:
        if start == 0 or not text[start - 1].isalnum():
            return True
        start = text.find(word, start + 1)
    return False


def find_mentions(
    texts: Sequence[str],
    theme_of: np.ndarray,
    vectors: np.ndarray,
    embed_parts: Callable[[list[str]], np.ndarray],
    *,
    space: np.ndarray | None = None,
    margin: float = MARGIN,
    phrases: Sequence[Sequence[Phrase]] | None = None,
    cache_key: bytes | None = None,
) -> list[list[int]]:
    """Per answer, the other themes (indices, ascending) one of its parts clearly belongs to.

    ``theme_of`` is each answer's main theme (-1 = "overig"), ``vectors`` the answers' embeddings
    and ``space`` the space the themes were made in (default: the centred vectors); with the
    answers' name ``phrases``, only parts that name one of them are placed. With ``cache_key``
    (bytes naming the embedder of ``embed_parts``) the result is kept in the disk cache, keyed by
    it and every input: a rerun over the same answers and themes reads it back.
    """
    if cache_key is None:
        return _find_mentions(texts, theme_of, vectors, embed_parts, space, margin, phrases)
    from ..diskcache import digest_of, remembered, source_digest

    words = "\0".join(texts) + "\1" + "\0".join("\t".join(f"{p.key}|{p.text}" for p in doc) for doc in phrases or ())
    key = digest_of(cache_key, margin, np.asarray(theme_of, dtype=np.int64), np.asarray(vectors),
                    b"" if space is None else np.asarray(space), words.encode("utf-8"))

    def unpack(blob: bytes) -> list[list[int]] | None:
        try:
            found = json.loads(blob)
        except ValueError:  # damaged
            return None
        return found if isinstance(found, list) and len(found) == len(texts) else None

    return remembered("mentions", source_digest("themes", "language"), key,
                      lambda: _find_mentions(texts, theme_of, vectors, embed_parts, space, margin, phrases),
                      lambda found: json.dumps(found).encode(), unpack)


def _find_mentions(texts, theme_of, vectors, embed_parts, space, margin, phrases) -> list[list[int]]:
    theme_of = np.asarray(theme_of, dtype=int)
    found: list[list[int]] = [[] for _ in texts]
    n_themes = int(theme_of.max()) + 1 if len(theme_of) else 0
    parts, owner = answer_parts(texts, phrases)
    if n_themes < 2 or not parts:
        return found
    embedded = np.asarray(embed_parts(parts), dtype=np.float32)
    scores, agree = part_scores(embedded, vectors, theme_of, space)
    lift = part_lift(embedded, owner, theme_of, n_themes)
    accepted = accept(scores, theme_of[owner], floors(vectors, theme_of, space), margin, agree, lift=lift)
    for i, theme in zip(owner[accepted >= 0], accepted[accepted >= 0]):
        if theme not in found[i]:
            found[i].append(int(theme))
    return [sorted(themes) for themes in found]


def part_scores(parts: np.ndarray, vectors: np.ndarray, theme_of: np.ndarray, space: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    """Cosine similarity of each part to each theme's centre in the theme space, and the share
    of the part's nearest answers in each theme: two (parts x themes) arrays.

    A part is placed as the space would have placed it as one more answer: centred with the
    answers' mean, then one diffusion step towards its nearest answers (the fixed point of
    :func:`openanswers.topics.space.propagate` with alpha 1/2, neighbours found in the centred
    encoder space, as the first view of the run's graph)."""
    X = centre(vectors)
    space = X if space is None or space.shape != X.shape else np.asarray(space, dtype=np.float32)
    mean = np.asarray(vectors, dtype=np.float32).mean(axis=0)
    P = _unit(parts - mean)
    anchors = anchors_of(len(X), MAX_NEIGHBOURS)
    pool, pool_themes = X[anchors], theme_of[anchors]
    k = max(1, min(len(anchors), round(neighbour_count(len(X)) * len(anchors) / len(X))))
    centroids = _centroids(space, theme_of)
    placed = np.empty((len(P), space.shape[1]), dtype=np.float32)
    agree = np.zeros((len(P), len(centroids)), dtype=np.float32)
    for start in range(0, len(P), CHUNK):
        block = P[start : start + CHUNK]
        sims = block @ pool.T
        near = np.argpartition(-sims, k - 1, axis=1)[:, :k] if k < len(pool) else np.tile(np.arange(len(pool)), (len(block), 1))
        placed[start : start + CHUNK] = _unit(block + space[anchors[near]].mean(axis=1))
        themes = pool_themes[near]
        for t in range(len(centroids)):
            agree[start : start + CHUNK, t] = (themes == t).mean(axis=1)
    return placed @ centroids.T, agree


def part_lift(parts: np.ndarray, owner: np.ndarray, main: np.ndarray, n_themes: int) -> np.ndarray:
    """(parts x themes): how much more often than among all parts the nearest parts of *other*
    answers belong to answers whose main theme is each theme (1 = as often as chance).

    ``parts`` are the parts' embeddings, ``owner`` the answer of each part and ``main`` the main
    theme of each answer (-1: none)."""
    P = _unit(np.asarray(parts, dtype=np.float32) - np.asarray(parts, dtype=np.float32).mean(axis=0))
    owner = np.asarray(owner)
    pool = anchors_of(len(P), MAX_NEIGHBOURS)
    pool_themes, pool_owner = np.asarray(main)[owner[pool]], owner[pool]
    base = np.array([(pool_themes == t).mean() for t in range(n_themes)])
    k = max(1, min(len(pool) - 1, neighbour_count(len(pool))))
    lift = np.zeros((len(P), n_themes), dtype=np.float32)
    for start in range(0, len(P), CHUNK):
        block = slice(start, min(len(P), start + CHUNK))
        sims = P[block] @ P[pool].T
        sims[owner[block][:, None] == pool_owner[None, :]] = -np.inf  # not the answer's own parts
        near = np.argpartition(-sims, k - 1, axis=1)[:, :k] if k < len(pool) else np.tile(np.arange(len(pool)), (sims.shape[0], 1))
        themes = pool_themes[near]
        for t in range(n_themes):
            lift[block, t] = (themes == t).mean(axis=1) / max(base[t], 1e-9)
    return lift


def floors(vectors: np.ndarray, theme_of: np.ndarray, space: np.ndarray | None) -> np.ndarray:
    """Per theme, the similarity to its centre that its least typical members reach
    (``FLOOR_QUANTILE``), each member placed as a part is (:func:`part_scores`): a part below it
    is not clearly in the theme. Placing both the same way keeps the two comparable (the run's
    space itself is smoothed further than one step, so its members sit closer to the centres)."""
    sample = anchors_of(len(theme_of), MAX_NEIGHBOURS)
    scores = part_scores(np.asarray(vectors, dtype=np.float32)[sample], vectors, theme_of, space)[0]
    own = theme_of[sample]
    return np.array([np.quantile(scores[own == t, t], FLOOR_QUANTILE) if (own == t).any() else np.inf
                     for t in range(scores.shape[1])])


def accept(scores: np.ndarray, main: np.ndarray, floor: np.ndarray, margin: float = MARGIN,
           agree: np.ndarray | None = None, min_agree: float | None = None,
           lift: np.ndarray | None = None, min_lift: float | None = None) -> np.ndarray:
    """Per part, the theme it adds to its answer, or -1: its nearest theme when that is not the
    answer's main theme, beats the main theme (or, for "overig", the runner-up) by ``margin``,
    reaches the theme's floor and holds at least ``min_agree`` of the part's nearest answers."""
    min_agree = MIN_AGREE if min_agree is None else min_agree
    best = scores.argmax(axis=1)
    rows = np.arange(len(scores))
    top = scores[rows, best]
    if scores.shape[1] > 1:
        runner_up = np.partition(scores, -2, axis=1)[:, -2]
    else:
        runner_up = np.full(len(scores), -np.inf)
    own = np.where(main >= 0, scores[rows, np.maximum(main, 0)], runner_up)
    ok = (best != main) & (top - own >= margin) & (top >= floor[best])
    if agree is not None:
        ok &= agree[rows, best] >= min_agree
    if lift is not None:
        ok &= lift[rows, best] > (MIN_LIFT if min_lift is None else min_lift)
    return np.where(ok, best, -1)


def also_labels(found: Sequence[Sequence[int]], labels: Sequence[str]) -> list[str]:
    """The ``themes_also`` column: labels of the other themes, largest theme first, "; "-joined."""
    return [SEPARATOR.join(labels[t] for t in themes) for themes in found]


def mention_counts(found: Sequence[Sequence[int]], theme_of: np.ndarray, n_themes: int) -> list[int]:
    """``n_mentions`` per theme: its answers plus the answers that name it as another point."""
    counts = np.bincount(np.asarray(theme_of)[np.asarray(theme_of) >= 0], minlength=n_themes)[:n_themes].astype(int)
    for themes in found:
        for t in themes:
            counts[t] += 1
    return counts.tolist()


def _centroids(space: np.ndarray, theme_of: np.ndarray) -> np.ndarray:
    n_themes = int(theme_of.max()) + 1
    sums = np.zeros((n_themes, space.shape[1]), dtype=np.float32)
    np.add.at(sums, theme_of[theme_of >= 0], space[theme_of >= 0])
    return _unit(sums)


def _unit(X: np.ndarray) -> np.ndarray:
    X = np.asarray(X, dtype=np.float32)
    norms = np.linalg.norm(X, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return X / norms


def carry_over(old_main: Sequence[str], old_also: Sequence[str], new_main: Sequence[str], labels: Sequence[str]) -> list[str]:
    """``themes_also`` after the themes were regrouped (a review merged, split or renamed them).

    Each old theme now stands for the new theme that holds most of its answers (ties: the larger
    new theme); an entry that lands on the answer's own new theme, on "overig" or on no theme is
    dropped, so the column only names themes that exist and never repeats the main theme.
    """
    rank = {label: i for i, label in enumerate(labels)}
    votes: dict[str, dict[str, int]] = {}
    for old, new in zip(old_main, new_main):
        votes.setdefault(old, {}).setdefault(new, 0)
        votes[old][new] += 1
    target = {old: min((n for n in count if n in rank), key=lambda n: (-count[n], rank[n]), default=None)
              for old, count in votes.items()}
    out = []
    for also, new in zip(old_also, new_main):
        named = {target.get(old) for old in str(also or "").split(SEPARATOR) if old} - {None, new}
        out.append(SEPARATOR.join(sorted(named, key=rank.__getitem__)))
    return out


def counts_by_label(also: Sequence[str], main: Sequence[str], labels: Sequence[str]) -> list[int]:
    """``n_mentions`` per label from the ``theme`` and ``themes_also`` columns."""
    counts = {label: 0 for label in labels}
    for own, other in zip(main, also):
        for label in [own, *(str(other or "").split(SEPARATOR) if other else [])]:
            if label in counts:
                counts[label] += 1
    return [counts[label] for label in labels]


def reviewed_mentions(answers, themes, theme_of: np.ndarray) -> list[str]:
    """``themes_also`` of the substantive ``answers`` (their ``theme`` and ``themes_also`` as the
    run wrote them) for the reviewed ``themes`` and ``theme_of``; sets each theme's ``n_mentions``."""
    labels = [t.label for t in themes]
    main = [labels[t] if t >= 0 else None for t in np.asarray(theme_of).tolist()]
    also = carry_over(answers[schema.THEME].tolist(), answers[ALSO].fillna("").tolist(), main, labels)
    for theme, count in zip(themes, counts_by_label(also, main, labels)):
        theme.n_mentions = count
    return also
