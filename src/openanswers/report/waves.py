"""Two survey waves (years) side by side: which themes grew, shrank, appeared or disappeared.

Themes are matched one-to-one (Hungarian assignment, ``scipy.optimize.linear_sum_assignment``) on a
similarity that mixes how many answers of one theme sit nearest the other's centroid (only when
both runs used the same embedder: vectors of different models are not comparable; centroids less
than ``MIN_COSINE`` alike never match) with the overlap of their keywords. A pair below
``MIN_SIMILARITY`` is no match: the earlier theme disappeared and the later one appeared.
A matched theme grew or shrank when its share changed significantly (theme-versus-rest by wave,
chi-square or Fisher exact, p < 0.05); otherwise it is stable.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .subgroups import ALPHA, Test, contingency_test

from ..schema import THEME
from ..topics.space import unit_centroids, unit_rows
MIN_SIMILARITY = 0.3
MIN_COSINE = 0.5  # centroids further apart than this are different themes, whatever the rest says
CENTROID_WEIGHT = 0.8  # weight of the answer transfer; the rest is keyword overlap
GREW, SHRANK, STABLE, NEW, GONE = "gegroeid", "gekrompen", "stabiel", "nieuw", "verdwenen"


@dataclass
class ThemeChange:
    status: str  # gegroeid | gekrompen | stabiel | nieuw | verdwenen
    label_before: str | None
    label_after: str | None
    n_before: int
    n_after: int
    share_before: float
    share_after: float
    similarity: float | None
    test: Test | None
    quotes: list = field(default_factory=list)  # select.QuoteRow from the wave that shows the change

    @property
    def label(self) -> str:
        return self.label_after or self.label_before or ""

    @property
    def change(self) -> float:
        """Difference in percentage points (after - before)."""
        return 100 * (self.share_after - self.share_before)


@dataclass
class WaveComparison:
    name_before: str
    name_after: str
    n_before: int
    n_after: int
    changes: list[ThemeChange]
    method: str  # "centroid+keywords" or "keywords"


def _centroids(result) -> dict[str, np.ndarray]:
    mask = result.substantive
    themes = result.answers.loc[mask, THEME].to_numpy()
    vectors = np.asarray(result.vectors, dtype=float)
    vectors = unit_rows(vectors)
    out = {}
    for theme in result.themes:
        rows = themes == theme.label
        if rows.any():
            out[theme.label] = unit_centroids(vectors, themes, [theme.label])[0]
    return out


def _keyword_overlap(a: list[str], b: list[str]) -> float:
    a, b = set(a[:10]), set(b[:10])
    return len(a & b) / len(a | b) if a | b else 0.0


def _nearest_share(vectors: np.ndarray, own: np.ndarray, own_labels: list[str], centroids: dict[str, np.ndarray],
                   other_labels: list[str]) -> np.ndarray:
    """M[i, j]: share of the answers of own theme i whose nearest other-wave centroid is theme j."""
    out = np.zeros((len(own_labels), len(other_labels)))
    names = [label for label in other_labels if label in centroids]
    if not names:
        return out
    nearest = np.asarray(names, dtype=object)[np.argmax(vectors @ np.stack([centroids[n] for n in names]).T, axis=1)]
    for i, label in enumerate(own_labels):
        rows = own == label
        if rows.any():
            for j, other in enumerate(other_labels):
                out[i, j] = float(np.mean(nearest[rows] == other))
    return out


def _substantive_vectors(result) -> tuple[np.ndarray, np.ndarray]:
    vectors = np.asarray(result.vectors, dtype=float)
    vectors = unit_rows(vectors)
    return vectors, result.answers.loc[result.substantive, THEME].to_numpy()


def similarity_matrix(before, after) -> tuple[np.ndarray, str]:
    """Theme-by-theme similarity (rows: earlier run's themes) and how it was measured.

    With comparable vectors: the share of each theme's answers whose nearest centroid in the other
    wave is the other theme, averaged both ways (relative, so it separates themes that all talk
    about "zorg"), counted only where the centroids are close at all (``MIN_COSINE``: unrelated
    surveys never match), mixed with keyword overlap. Otherwise keyword overlap alone.
    """
    keywords = np.array([[_keyword_overlap(a.keywords, b.keywords) for b in after.themes] for a in before.themes])
    same_space = (before.info.get("embedder") == after.info.get("embedder")
                  and np.shape(before.vectors)[1:] == np.shape(after.vectors)[1:])
    if not same_space:
        return keywords, "keywords"
    ca, cb = _centroids(before), _centroids(after)
    la, lb = [t.label for t in before.themes], [t.label for t in after.themes]
    cosine = np.array([[float(ca[a] @ cb[b]) if a in ca and b in cb else 0.0 for b in lb] for a in la])
    va, ta = _substantive_vectors(before)
    vb, tb = _substantive_vectors(after)
    transfer = (_nearest_share(va, ta, la, cb, lb) + _nearest_share(vb, tb, lb, ca, la).T) / 2
    transfer[cosine < MIN_COSINE] = 0.0
    return CENTROID_WEIGHT * transfer + (1 - CENTROID_WEIGHT) * keywords, "centroid+keywords"


def match_themes(before, after, *, min_similarity: float = MIN_SIMILARITY) -> WaveComparison:
    """Match the themes of two :class:`RunResult` waves and classify each change (numbers only;
    quotes are added from the public views by :func:`add_quotes`)."""
    from scipy.optimize import linear_sum_assignment

    sim, method = similarity_matrix(before, after)
    pairs = []
    if sim.size:
        rows, cols = linear_sum_assignment(-sim)
        pairs = [(r, c) for r, c in zip(rows, cols) if sim[r, c] >= min_similarity]
    n_a, n_b = len(before.answers), len(after.answers)
    count_a = before.answers[THEME].value_counts()
    count_b = after.answers[THEME].value_counts()
    changes = []
    for r, c in pairs:
        a, b = before.themes[r].label, after.themes[c].label
        na, nb = int(count_a.get(a, 0)), int(count_b.get(b, 0))
        test = contingency_test(np.array([[na, n_a - na], [nb, n_b - nb]]), 2)
        if test and test.p_value < ALPHA:
            status = GREW if nb / n_b > na / n_a else SHRANK
        else:
            status = STABLE
        changes.append(ThemeChange(status, a, b, na, nb, na / n_a, nb / n_b, float(sim[r, c]), test))
    matched_a = {r for r, _ in pairs}
    matched_b = {c for _, c in pairs}
    for r, theme in enumerate(before.themes):
        if r not in matched_a:
            na = int(count_a.get(theme.label, 0))
            changes.append(ThemeChange(GONE, theme.label, None, na, 0, na / n_a, 0.0, None, None))
    for c, theme in enumerate(after.themes):
        if c not in matched_b:
            nb = int(count_b.get(theme.label, 0))
            changes.append(ThemeChange(NEW, None, theme.label, 0, nb, 0.0, nb / n_b, None, None))
    changes.sort(key=lambda ch: -abs(ch.change))
    name_a = str(before.info.get("input", "golf 1"))
    name_b = str(after.info.get("input", "golf 2"))
    return WaveComparison(name_a, name_b, n_a, n_b, changes, method)


def add_quotes(comparison: WaveComparison, before_view, after_view, per_theme: int = 2) -> WaveComparison:
    """Quotes that show each change, from the *public* selections of both waves: the later wave
    for themes that grew, appeared or stayed, the earlier one for themes that shrank or disappeared."""
    before = {t.label: t for t in before_view.themes}
    after = {t.label: t for t in after_view.themes}
    for change in comparison.changes:
        if change.status in (SHRANK, GONE):
            view = before.get(change.label_before)
        else:
            view = after.get(change.label_after)
        change.quotes = list(view.quotes[:per_theme]) if view else []
    return comparison


def wave_rows(comparison: WaveComparison) -> tuple[list[str], list[list[str]]]:
    """Header and rows as a report prints them."""
    from .subgroups import format_test, percent

    header = ["thema (eerdere golf)", "thema (latere golf)", "eerder", "later", "verschil", "toets", "ontwikkeling"]
    rows = []
    for ch in comparison.changes:
        rows.append([ch.label_before or "–", ch.label_after or "–",  # a dash, not "-": no formula start
                     f"{percent(ch.share_before)} (n={ch.n_before})", f"{percent(ch.share_after)} (n={ch.n_after})",
                     points(ch.change), format_test(ch.test), ch.status])
    return header, rows


def points(change: float) -> str:
    """A change in words ("5 %-punt hoger"): a leading + or - would read as a formula."""
    rounded = round(abs(change))
    return "gelijk" if rounded == 0 else f"{rounded} %-punt {'hoger' if change > 0 else 'lager'}"


def changes_frame(comparison: WaveComparison):
    import pandas as pd

    return pd.DataFrame([
        {"ontwikkeling": ch.status, "thema eerder": ch.label_before or "", "thema later": ch.label_after or "",
         "n eerder": ch.n_before, "n later": ch.n_after, "aandeel eerder": round(ch.share_before, 4),
         "aandeel later": round(ch.share_after, 4), "verschil (%-punt)": round(ch.change, 1),
         "gelijkenis": None if ch.similarity is None else round(ch.similarity, 3),
         "p-waarde": None if ch.test is None else round(ch.test.p_value, 4),
         "toets": "" if ch.test is None else ch.test.method}
        for ch in comparison.changes
    ])


__all__ = ["GONE", "GREW", "NEW", "SHRANK", "STABLE", "ThemeChange", "WaveComparison", "add_quotes",
           "changes_frame", "match_themes", "similarity_matrix", "wave_rows"]
