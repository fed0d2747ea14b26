"""Plotly figures for the review: answer map, keywords, similarity, subgroups, closed answers.

plotly is imported inside each function, so importing the review package stays cheap.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from html import escape

import numpy as np
import pandas as pd

from .. import schema
from ..errors import MissingDependencyError

HOVER_WIDTH = 60  # characters per line of answer text in a hover box
HOVER_CHARS = 600
ROW_HEIGHT = 280  # pixels per row of keyword charts


def _plotly():
    try:
        import plotly.express as px
        import plotly.graph_objects as go
    except ImportError as exc:  # pragma: no cover - plotly is a dependency, but may be stripped
        raise MissingDependencyError("plotly is needed for review figures: pip install plotly") from exc
    return px, go


def wrap(text: str, width: int = HOVER_WIDTH, limit: int = HOVER_CHARS) -> str:
    """Answer text for a hover box: escaped (answers may contain markup), cut and wrapped with <br>."""
    text = text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " […]"
    return "<br>".join(escape(line) for line in textwrap.wrap(text, width)) or "&nbsp;"


UMAP_SECONDS_PER_1000 = 8.0  # measured: ~41 s for 5,000 answers on one core (docs/review.md)
OTHER_COLOUR = "#b4b4b4"  # "overig" is grey on every map
LABEL_WIDTH = 28  # characters per line of a topic name on an axis or a subplot title


def palette(n: int) -> list[str]:
    """``n`` distinct colours: plotly's qualitative sets one after the other (74 colours), then
    evenly spaced hues; grey is left to "overig"."""
    import colorsys

    from plotly.colors import qualitative

    colours = list(dict.fromkeys(c.lower() for c in qualitative.Plotly + qualitative.Dark24 + qualitative.Light24 + qualitative.Alphabet))
    colours = [c for c in colours if c not in ("#222a2a", "#e2e2e2", "#778aae", OTHER_COLOUR)]  # near-greys
    extra = max(0, n - len(colours))
    for k in range(extra):
        r, g, b = colorsys.hls_to_rgb(k / extra, 0.45, 0.65)
        colours.append(f"#{int(r * 255):02x}{int(g * 255):02x}{int(b * 255):02x}")
    return colours[:n]


def label(text: str, width: int = LABEL_WIDTH, lines: int = 3) -> str:
    """A topic or theme name for an axis: whole words on up to ``lines`` lines, escaped."""
    parts = textwrap.wrap(str(text), width) or [""]
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] = parts[-1] + " …"
    return "<br>".join(escape(p) for p in parts)


def coordinates(review, method: str = "pca") -> np.ndarray:
    """2-D positions of the substantive answers, seeded: "pca" (fast) or "umap" (cosine, slower;
    its cost is announced first and the layout is kept in the review's store, so it runs once)."""
    cached = getattr(review, "_coords", {})
    if method in cached:  # positions do not depend on the review's operations: keep them
        return cached[method]
    if method not in ("pca", "umap"):
        from ..errors import InputError

        raise InputError(f"unknown map method {method!r}; use 'pca' or 'umap'")
    vectors = review.vectors
    kept = review.log.cached(f"coords:{method}") if method == "umap" else None
    if kept is not None:
        coords = np.frombuffer(kept, dtype=np.float64).reshape(len(vectors), 2)
    elif len(vectors) < 3:
        coords = np.zeros((len(vectors), 2))
    elif method == "pca":
        from sklearn.decomposition import PCA

        coords = PCA(2, random_state=review.seed).fit_transform(vectors)
    else:
        import sys
        import warnings

        from umap import UMAP

        seconds = max(5, round(len(vectors) / 1000 * UMAP_SECONDS_PER_1000))
        print(f"UMAP-kaart van {len(vectors)} antwoorden: ongeveer {seconds} s, eenmalig "
              f"(daarna bewaard in {review.log.path}).", file=sys.stderr, flush=True)
        neighbours = min(15, len(vectors) - 1)
        with warnings.catch_warnings():  # "n_jobs overridden by setting random_state": seeded is the point
            warnings.filterwarnings("ignore", message=".*n_jobs.*", category=UserWarning)
            coords = UMAP(n_neighbors=neighbours, metric="cosine", random_state=review.seed, n_jobs=1).fit_transform(vectors)
        coords = np.asarray(coords, dtype=np.float64)
        review.log.keep(f"coords:{method}", coords.tobytes())
    review._coords = getattr(review, "_coords", {})
    review._coords[method] = coords
    return coords


def answer_map(review, method: str = "pca"):
    """Every substantive answer as a dot, coloured by topic (each its own colour, "overig" grey);
    hovering shows the answer."""
    px, _ = _plotly()
    coords = coordinates(review, method)
    answers = review.answers.loc[review._substantive]
    labels = review.state.labels
    frame = pd.DataFrame(
        {
            "x": coords[:, 0], "y": coords[:, 1],
            "topic": [f"{t}: {escape(review.topic_name(t))}" if t >= 0 else schema.OTHER for t in labels],
            "thema": [escape(str(t)) for t in answers[schema.THEME]],
            "id": review._ids,
            "antwoord": [wrap(t) for t in review._texts],
        }
    )
    order = sorted(frame["topic"].unique(), key=lambda s: (s == schema.OTHER, int(s.split(":")[0]) if s != schema.OTHER else 0))
    topics = [o for o in order if o != schema.OTHER]
    colours = dict(zip(topics, palette(len(topics))), **{schema.OTHER: OTHER_COLOUR})
    fig = px.scatter(
        frame, x="x", y="y", color="topic", category_orders={"topic": order}, color_discrete_map=colours,
        custom_data=["id", "thema", "antwoord"], title=f"Antwoorden per topic ({method.upper()})",
    )
    hover = "<b>%{customdata[0]}</b> · %{customdata[1]}<br>%{customdata[2]}<extra>%{fullData.name}</extra>"
    fig.update_traces(hovertemplate=hover, marker={"size": 7, "opacity": 0.8})
    fig.update_layout(xaxis={"visible": False}, yaxis={"visible": False}, legend_title_text="topic", height=600)
    return fig


def keyword_shares(review, topic: int, top_n: int = 8) -> pd.DataFrame:
    """Share of the topic's answers (and of all answers) that use each of its keywords."""
    from ..topics.keywords import class_keywords, ngrams

    lemma_keywords = class_keywords(review.base.lemmas, review.state.labels).get(topic, [])[:top_n]
    shown = review.keywords.get(topic, [])[:top_n]
    present = [set(ngrams(doc)) for doc in review.base.lemmas]
    members = review.state.labels == topic
    rows = []
    for lemma, word in zip(lemma_keywords, shown):
        uses = np.array([lemma in p for p in present])
        rows.append({"keyword": word, "topic": uses[members].mean(), "alle antwoorden": uses.mean()})
    return pd.DataFrame(rows, columns=["keyword", "topic", "alle antwoorden"])


def keyword_bars(review, topics=None, top_n: int = 8, columns: int = 3):
    """Per topic, its keywords as bars: share of the topic's answers using the word vs all answers."""
    _, go = _plotly()
    from plotly.subplots import make_subplots

    topics = list(topics) if topics is not None else review.topics["topic"].tolist()
    rows = max(1, -(-len(topics) // columns))
    fig = make_subplots(rows=rows, cols=columns, subplot_titles=[label(f"{t}: {review.topic_name(t)}", 40, 2) for t in topics],
                        horizontal_spacing=0.18, vertical_spacing=min(0.3, 90 / (ROW_HEIGHT * rows)))
    for k, topic in enumerate(topics):
        table = keyword_shares(review, int(topic), top_n).iloc[::-1]
        r, c = k // columns + 1, k % columns + 1
        fig.add_trace(go.Bar(y=table["keyword"], x=table["topic"], orientation="h", name="topic",
                             marker_color="#2a6f97", showlegend=k == 0,
                             hovertemplate="%{y}: %{x:.0%} van het topic<extra></extra>"), r, c)
        fig.add_trace(go.Bar(y=table["keyword"], x=table["alle antwoorden"], orientation="h", name="alle antwoorden",
                             marker_color="#c9c9c9", showlegend=k == 0,
                             hovertemplate="%{y}: %{x:.0%} van alle antwoorden<extra></extra>"), r, c)
    fig.update_xaxes(tickformat=".0%")
    fig.update_layout(barmode="group", height=ROW_HEIGHT * rows + 100, title="Keywords per topic (aandeel antwoorden)")
    return fig


def topic_similarity(review):
    """Cosine similarity of topic centroids: near-duplicates are candidates for a merge. The
    diagonal (always 1) is left blank and the colours span the 5th to 99th percentile of the
    other pairs, so the pairs that matter stand out also with 50 topics."""
    _, go = _plotly()
    ids = review.state.topic_ids
    cents = np.vstack([review.state.centroid(review.vectors, t) for t in ids])
    sims = cents @ cents.T
    shown = sims.copy()
    np.fill_diagonal(shown, np.nan)
    pairs = shown[~np.isnan(shown)]
    low, high = (np.percentile(pairs, [5, 99]) if len(pairs) else (0.0, 1.0))
    names = [label(f"{t}: {review.topic_name(t)}") for t in ids]
    fig = go.Figure(go.Heatmap(
        z=shown, x=names, y=names, zmin=float(low), zmax=float(max(high, low + 1e-6)), colorscale="Blues",
        text=np.round(shown, 2), texttemplate="%{text:.2f}" if len(ids) <= 20 else None,
        hovertemplate="%{y}<br>%{x}<br>cosinus %{z:.2f}<extra></extra>", colorbar={"title": "cosinus"},
    ))
    fig.update_layout(title="Gelijkenis van topics (cosinus; diagonaal weggelaten)", height=max(400, 28 * len(ids) + 250),
                      yaxis={"autorange": "reversed"})
    return fig


def theme_share_by_group(review, group: str):
    """Heatmap: per subgroup, the share of its answers in each theme (rows add up to 100%)."""
    from .tables import theme_by_group

    px, _ = _plotly()
    table = theme_by_group(review, group)
    sizes = review.answers[group].astype(str).value_counts()
    # plotly renders labels as HTML: group names and theme labels from the data are escaped.
    table.index = [escape(f"{g} (n={sizes[g]})") for g in table.index]
    table.columns = [label(c) for c in table.columns]  # escaped and wrapped
    fig = px.imshow(table, text_auto=".0%", color_continuous_scale="Blues", aspect="auto",
                    labels={"x": "thema", "y": escape(group), "color": "aandeel"}, title=f"Thema's per {escape(group)}")
    fig.update_traces(hovertemplate=f"{escape(group)} %{{y}}<br>%{{x}}<br>aandeel %{{z:.0%}}<extra></extra>")
    fig.update_layout(height=max(350, 28 * len(table) + 200))
    return fig


def closed_mix_bars(review):
    """Per topic the mix of closed answers ("Ja / Ten dele / Nee"), as stacked shares."""
    from .tables import closed_mix

    px, _ = _plotly()
    table = closed_mix(review)
    shares = table.div(table.sum(axis=1), axis=0)
    long = shares.reset_index().melt(id_vars="topic", var_name="gesloten antwoord", value_name="aandeel")
    long["topic"] = [label(f"{t}: {review.topic_name(t)}", 40, 2) if t >= 0 else schema.OTHER for t in long["topic"]]  # escaped
    long["gesloten antwoord"] = [escape(str(c)) for c in long["gesloten antwoord"]]
    fig = px.bar(long, x="aandeel", y="topic", color="gesloten antwoord", orientation="h",
                 title="Gesloten antwoord per topic")
    fig.update_traces(hovertemplate="%{y}<br>aandeel %{x:.0%}<extra>%{fullData.name}</extra>")
    fig.update_layout(barmode="stack", xaxis_tickformat=".0%", height=max(350, 30 * len(table) + 150))
    return fig


def save_figures(figures, path) -> None:
    """Several figures in one self-contained HTML file, with plotly.js in it once (not per figure)."""
    from pathlib import Path

    parts = [figure.to_html(full_html=False, include_plotlyjs=k == 0) for k, figure in enumerate(figures)]
    Path(path).write_text('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Review</title></head><body>'
                          + "".join(parts) + "</body></html>", encoding="utf-8")


class FigureMethods:
    """The figures as methods of :class:`~openanswers.review.Review` (``review.map_figure()``)."""

    def map_figure(self, method: str = "pca"):
        """2-D map of the answers coloured by topic ("pca" or "umap"), answer text on hover."""
        return answer_map(self, method)

    def keyword_figure(self, topics: Sequence[int] | None = None, top_n: int = 8):
        return keyword_bars(self, topics, top_n)

    def similarity_figure(self):
        return topic_similarity(self)

    def group_figure(self, group: str):
        return theme_share_by_group(self, group)

    def closed_figure(self):
        return closed_mix_bars(self)

    def save_figures(self, path, figures=None) -> None:
        """Figures (default: map, similarity, keywords) in one HTML file that loads plotly.js once."""
        save_figures(figures if figures is not None else [self.map_figure(), self.similarity_figure(), self.keyword_figure()], path)
