"""What a theme is about, as evidence a label writer can use: its best phrases, scored and counted.

A good theme name is (1) distinctive: the theme's answers use it more than the other answers do;
(2) common within the theme: many of its answers mention it (lemma variants counted together);
(3) central in meaning: its embedding sits near the theme's centre and away from the nearest
other theme, as in KeyBERT and BERTopic's KeyBERTInspired. (1) and (2) are one statistic, the
phrase's contribution to the KL divergence between the theme and the whole corpus (the keyword
score of :mod:`openanswers.topics.keywords`); (3) is what keeps words like "wijze" or "pagina"
out: they recur in one theme by accident of phrasing ("op welke wijze") but mean nothing that
sets it apart, so their embedding is about as near every theme.

Written by hand because no library scores candidate phrases against fixed clusters this way:
BERTopic's representation models need a fitted BERTopic and score single words or whole
documents, and KeyBERT ranks phrases of one document, not of a group against other groups.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ..language.phrases import Phrase, attested

N_CANDIDATES = 25  # phrases per theme that are embedded and scored in full
MIN_SHARE = 0.04  # a name must be used by at least this share of its theme's answers
CENTRALITY_WEIGHT = 0.75  # weight of meaning against statistics in a phrase's score (see docs/themes.md)
N_LINK_HEADS = 6  # the best phrases of a theme that may head a linked phrase ("kosten per cliënt")
LINK_PROBE = 400  # answers searched first for a linked phrase, and outside answers searched at most
PREPOSITIONS = ("met", "van", "voor", "over", "tussen", "bij", "in", "op", "rond", "door", "aan", "naar", "per", "zonder")
DETERMINERS = ("de", "het", "een", "hun", "haar", "zijn", "onze", "deze", "die", "dit", "alle")


@dataclass(frozen=True)
class Aspect:
    """A phrase of a theme with how many of the theme's answers use it."""

    text: str  # as written most often ("financiële onzekerheid", "ZZP")
    key: str  # lemmas: the phrase's identity across its written forms
    n: int  # answers of the theme that use it
    score: float  # 0-1, the best phrase of the theme scores 1
    members: frozenset[int]  # indices (into the substantive answers) of those answers


def theme_aspects(
    phrases: Sequence[Sequence[Phrase]],
    forms: dict[str, str],
    texts: Sequence[str],
    theme_of: np.ndarray,
    vectors: np.ndarray,
    embed_phrases: Callable[[list[str]], np.ndarray] | None = None,
) -> dict[int, list[Aspect]]:
    """Per theme (index >= 0 in ``theme_of``), its candidate phrases best first.

    ``phrases`` holds the name phrases of every substantive answer, ``vectors`` their unit-length
    embeddings; ``embed_phrases`` embeds phrase texts with the same model (None: statistics only).
    """
    theme_of = np.asarray(theme_of)
    themes = sorted(int(t) for t in set(theme_of.tolist()) if t >= 0)
    forms = dict(forms)  # linked phrases add their written forms
    presence, keys, proper = _presence(phrases)
    statistics: dict[int, list[tuple[float, str, frozenset[int]]]] = {}
    for theme, scored in _scored(presence, keys, theme_of, themes).items():
        members = np.flatnonzero(theme_of == theme)
        member_texts = [texts[i] for i in members]
        kept = []
        floor = max(2, int(np.ceil(MIN_SHARE * len(members)))) if len(members) >= 2 else 1
        for score, column in scored:
            key = keys[column]
            if _nameable(key, forms[key], proper[column] > 0) and attested(forms[key], member_texts):
                inside = np.intersect1d(presence.indices[presence.indptr[column] : presence.indptr[column + 1]], members)
                if _distinct_uses(forms[key], [texts[i] for i in inside], floor) >= floor:
                    kept.append((score, key, frozenset(inside.tolist())))
            if len(kept) == N_CANDIDATES:
                break
        statistics[theme] = kept + _linked(kept, forms, presence, keys, texts, set(members.tolist()), len(themes))
    meaning = _centrality(statistics, forms, theme_of, themes, vectors, embed_phrases)
    out: dict[int, list[Aspect]] = {}
    for theme in themes:
        candidates = statistics[theme]
        if not candidates:
            out[theme] = []
            continue
        top = max(s for s, _, _ in candidates) or 1.0
        combined = []
        for score, key, inside in candidates:
            value = score / top
            if meaning is not None:
                value = (1 - CENTRALITY_WEIGHT) * value + CENTRALITY_WEIGHT * meaning[theme][key]
            combined.append((value, key, inside))
        best = max(v for v, _, _ in combined) or 1.0
        combined.sort(key=lambda c: (-c[0], c[1]))
        out[theme] = [Aspect(forms[k], k, len(inside), v / best, inside) for v, k, inside in combined]
    return out


def _linked(kept, forms: dict[str, str], presence, keys: list[str], texts: Sequence[str], members: set[int], n_themes: int):
    """Phrases that join two of a theme's phrases by a preposition, as the answers write them:
    "samenwerking met zorgverzekeraars", "onzekerheid over de begroting", "kosten per cliënt".

    The content terms have no prepositions (they are stop words), so these are found in the
    answers' own text, only where both phrases occur; scored like every other phrase.
    """
    column = {key: j for j, key in enumerate(keys)}
    floor = max(2, int(np.ceil(MIN_SHARE * len(members))))
    out = []
    for _, a, a_inside in kept[:N_LINK_HEADS]:
        for _, b, b_inside in kept:
            together = sorted(a_inside & b_inside)
            if a == b or set(a.split()) & set(b.split()) or len(together) < floor:
                continue
            pattern = _link_pattern(forms[a], forms[b])
            # Regular expressions over tens of thousands of answers add up: a pair is searched in
            # full only when a probe of its first answers suggests it can reach the floor.
            probe = together[:LINK_PROBE]
            if sum(pattern.search(texts[i]) is not None for i in probe) * len(together) / len(probe) < floor / 2:
                continue
            found = {i: m for i in together if (m := pattern.search(texts[i])) and _joined(m)}
            if len({_context(texts[i], m) for i, m in found.items()}) < floor:
                continue
            both = np.intersect1d(*(presence.indices[presence.indptr[column[k]] : presence.indptr[column[k] + 1]] for k in (a, b)))
            outside = [int(i) for i in both if int(i) not in members]
            sample = outside[:LINK_PROBE]  # the corpus rate of the phrase, estimated beyond the probe
            n_outside = sum(pattern.search(texts[i]) is not None for i in sample) * len(outside) / max(1, len(sample))
            p_class, p_all = len(found) / len(members), (len(found) + n_outside) / presence.shape[0]
            score = p_class * np.log(p_class / p_all) if n_themes > 1 else p_class
            inside = frozenset(found)
            written = Counter(_as_label(found[i].group(0)) for i in sorted(inside)).most_common(1)[0][0]
            link = found[min(inside)]["link"]
            key = f"{a} {link.lower()} {b}" if link else f"{a} {b}"
            if key not in forms and (score > 0 or n_themes == 1):
                forms[key] = written
                out.append((float(score), key, inside))
    return out


def _distinct_uses(form: str, texts: Sequence[str], enough: int) -> int:
    """In how many different sentences ``texts`` use a phrase, counted up to ``enough``.

    A sentence copied into several answers (one question asked by several providers, a pasted
    paragraph) is one use of its phrases, not many: such copies would otherwise name a theme.
    Texts where the written form is not found (another inflection) count as distinct.
    """
    pattern = re.compile(rf"(?<!\w){_stems(form)}", re.IGNORECASE)
    seen: set[str] = set()
    for n, text in enumerate(texts, 1):
        match = pattern.search(text)
        seen.add(_context(text, match) if match else f"#{n}")
        if len(seen) >= enough:
            break
    return len(seen)


def _context(text: str, match: re.Match) -> str:
    """The sentence around a match, normalised: equal for copies of one sentence."""
    start = max(text.rfind(end, 0, match.start()) for end in ".?!\n") + 1
    stops = [i for i in (text.find(end, match.end()) for end in ".?!\n") if i >= 0]
    return " ".join(text[start : min(stops, default=len(text))].lower().split())


def _stems(form: str) -> str:
    """A pattern for a phrase's words by their stems: "tarief" finds "tarieven"."""
    return r"\s+".join(re.escape(w[: max(3, len(w) - 3)]) + r"\w*" for w in form.split())


def _link_pattern(a: str, b: str) -> re.Pattern:
    """``a`` then ``b``, joined by a preposition ("kosten per cliënt") or side by side, which
    :func:`_joined` accepts only for a capitalised name ("Green Deal"): Dutch writes its
    compounds as one word, so two separate nouns in a row are a name or a list."""
    return re.compile(
        rf"(?<!\w){_stems(a)}(?:\s+(?P<link>{'|'.join(PREPOSITIONS)})\s+(?:(?:{'|'.join(DETERMINERS)})\s+)?|[ ]){_stems(b)}(?!\w)",
        re.IGNORECASE,
    )


def _joined(match: re.Match) -> bool:
    """A preposition joins the two phrases, or they are one name, every word capitalised."""
    return bool(match["link"]) or all(w[:1].isupper() for w in match.group(0).split())


def _as_label(text: str) -> str:
    """Lower case as a label continues, abbreviations as written ("kosten per cliënt", "rol van de
    NZa"); a name whose every word is capitalised stays as written ("Green Deal")."""
    words = text.split()
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        return text
    return " ".join(w if w[1:] != w[1:].lower() else w.lower() for w in words)


def _presence(phrases: Sequence[Sequence[Phrase]]):
    """Answers x phrase keys, binary, stored by key (CSC); the keys; per key how much more often
    it is used as a name than as a common noun."""
    from scipy import sparse

    column: dict[str, int] = {}
    rows, cols, proper = [], [], []
    for i, doc in enumerate(phrases):
        for phrase in doc:
            j = column.setdefault(phrase.key, len(column))
            if j == len(proper):
                proper.append(0)
            proper[j] += 1 if phrase.proper else -1
            rows.append(i)
            cols.append(j)
    matrix = sparse.csc_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(phrases), len(column)))
    matrix.sum_duplicates()
    matrix.data[:] = 1.0  # presence, not counts
    return matrix, list(column), np.array(proper)


def _scored(presence, keys: list[str], theme_of: np.ndarray, themes: list[int]) -> dict[int, list[tuple[float, int]]]:
    """Per theme, (score, key column) of the phrases its answers use more than the others do,
    best first; the score is the phrase's term of the KL divergence between theme and corpus.
    Sparse throughout, as in :func:`openanswers.topics.keywords.class_keywords`: at 100k answers
    the themes x phrases table is mostly empty."""
    from scipy import sparse

    n_all = presence.shape[0]
    index = {t: i for i, t in enumerate(themes)}
    kept = np.flatnonzero(theme_of >= 0)
    membership = sparse.csr_matrix(
        (np.ones(len(kept)), ([index[int(t)] for t in theme_of[kept]], kept)), shape=(len(themes), n_all)
    )
    sizes = np.asarray(membership.sum(axis=1)).ravel()
    counts = (membership @ presence).tocoo()
    used = np.asarray(presence.sum(axis=0)).ravel()
    rows, cols, inside = counts.row, counts.col, counts.data
    floor = np.where(sizes >= 2, np.maximum(2, np.ceil(MIN_SHARE * sizes)), 1)[rows]
    p_class, p_all = inside / sizes[rows], used[cols] / n_all
    if len(themes) > 1:
        score = p_class * np.log(p_class / p_all)
        good = (inside >= floor) & (p_class > p_all)
    else:
        score, good = p_class, inside >= floor
    out: dict[int, list[tuple[float, int]]] = {t: [] for t in themes}
    for row, col, value in sorted(zip(rows[good], cols[good], score[good]), key=lambda r: (r[0], -r[2], keys[r[1]])):
        out[themes[row]].append((float(value), int(col)))
    return out


def _centrality(statistics, forms, theme_of, themes, vectors, embed_phrases):
    """Per theme and candidate key: 0-1, how much nearer the theme's centre the phrase's meaning
    lies than the nearest other theme's centre, relative to the theme's best phrase; a phrase
    nearer another theme scores 0."""
    if embed_phrases is None or len(themes) < 2 or vectors.shape[0] == 0:
        return None
    keys = sorted({key for kept in statistics.values() for _, key, _ in kept})
    if not keys:
        return None
    phrase_vectors = np.asarray(embed_phrases([forms[k] for k in keys]), dtype=float)
    phrase_vectors /= np.maximum(np.linalg.norm(phrase_vectors, axis=1, keepdims=True), 1e-12)
    centroids = np.vstack([vectors[theme_of == t].mean(axis=0) for t in themes])
    centroids /= np.maximum(np.linalg.norm(centroids, axis=1, keepdims=True), 1e-12)
    similarity = phrase_vectors @ centroids.T  # keys x themes
    row = {k: i for i, k in enumerate(keys)}
    out: dict[int, dict[str, float]] = {}
    for column, theme in enumerate(themes):
        others = np.delete(similarity, column, axis=1)
        margins = {key: float(similarity[row[key], column] - others[row[key]].max()) for _, key, _ in statistics[theme]}
        if not margins:
            out[theme] = {}
            continue
        high = max(max(margins.values()), 1e-9)
        out[theme] = {key: min(1.0, max(0.0, m / high)) for key, m in margins.items()}
    return out


def _nameable(key: str, form: str, proper: bool) -> bool:
    """Whether a phrase may name a theme: no English function word, no person's name, and no
    proper name or foreign word ("Howard", "ZMapp", "green") unless it is a domain term: a theme
    is named by what its answers are about, not by one person, product or place in them."""
    words = form.split()
    if any(w in _english_stop_words() for w in key.split()):
        return False
    if proper and words[-1].lower() not in _dutch_words():
        return False
    return not _looks_like_person(words[-1])


@lru_cache(maxsize=1)
def _english_stop_words() -> frozenset[str]:
    # Survey answers quote English ("the", "of"); the Dutch tagger calls such words names.
    # scikit-learn's list, not spaCy's: importing spaCy for it cost a warm run seconds (thinc and
    # torch come with it). Words that are also Dutch stay nameable.
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS) - {"ten", "over", "per", "via", "in", "die", "is", "top", "part", "front",
                                            "de", "detail", "interest", "system", "con"}


def _dutch_words() -> frozenset[str]:
    from ..privacy.names import dutch_words

    return dutch_words()


def _looks_like_person(word: str) -> bool:
    """A first name or surname from the privacy lists that is no ordinary Dutch word."""
    from ..privacy.names import first_names, surnames

    name = word[:1].upper() + word[1:]
    return (name in first_names() or name in surnames()) and word.lower() not in _dutch_words()
