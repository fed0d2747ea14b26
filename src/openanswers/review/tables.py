"""The topic and theme tables an analyst reads (DataFrames that render as cards in Jupyter)."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd

from .. import schema
from ..themes.quotes import trim

N_EXAMPLES = 3


class TopicFrame(pd.DataFrame):
    """A plain DataFrame of topics that shows as a readable, html-escaped table in Jupyter."""

    @property
    def _constructor(self):  # slices and copies are plain DataFrames
        return pd.DataFrame

    def _repr_html_(self) -> str:
        from .display import topics_html

        return topics_html(self)


class ThemeFrame(pd.DataFrame):
    """A plain DataFrame of themes that shows as one compact card per theme in Jupyter."""

    @property
    def _constructor(self):
        return pd.DataFrame

    def _repr_html_(self) -> str:
        from .display import themes_html

        return themes_html(self)


def closed_mix(review) -> pd.DataFrame:
    """Closed answers ("Ja", "Ten dele", "Nee", ...) per topic: counts, topics as rows, -1 = overig."""
    closed = review.base.answers.loc[review._substantive, schema.CLOSED].fillna("").astype(str).to_numpy()
    frame = pd.DataFrame({"topic": review.state.labels, "closed": np.where(closed == "", "(geen)", closed)})
    table = pd.crosstab(frame["topic"], frame["closed"])
    table.columns.name = None
    return table


def topic_table(review) -> TopicFrame:
    """One row per topic, largest first: size, keywords, most central answers, closed-answer mix, codes, theme."""
    state = review.state
    themes, theme_of = review._theme_set()
    closed = review.base.answers.loc[review._substantive, schema.CLOSED].fillna("").astype(str).to_numpy()
    n_sub = len(state.labels)
    rows = []
    for topic in state.topic_ids:
        members = np.flatnonzero(state.labels == topic)
        centroid = state.centroid(review.vectors, topic)
        central = members[np.argsort(-(review.vectors[members] @ centroid), kind="stable")][:N_EXAMPLES]
        in_theme = Counter(theme_of[members].tolist()).most_common(1)[0][0]
        rows.append(
            {
                "topic": topic,
                "name": review.topic_name(topic),
                "size": len(members),
                "share": len(members) / n_sub if n_sub else 0.0,
                "keywords": review.keywords.get(topic, []),
                "examples": [trim(review._texts[i], 200) for i in central],
                "example_ids": [review._ids[i] for i in central],
                "closed": dict(Counter(c for c in closed[members] if c)),
                "codes": list(state.codes.get(topic, [])),
                "theme": themes[in_theme].label if in_theme >= 0 else schema.OTHER,
            }
        )
    columns = ["topic", "name", "size", "share", "keywords", "examples", "example_ids", "closed", "codes", "theme"]
    frame = pd.DataFrame(rows, columns=columns).sort_values(["size", "topic"], ascending=[False, True], kind="stable")
    return TopicFrame(frame.reset_index(drop=True))


def theme_table(review) -> ThemeFrame:
    """One row per theme (largest first), then "overig" and "leeg": the rows add up to all answers."""
    themes, theme_of = review._theme_set()
    n_all = len(review.base.answers)
    rows = []
    for t in themes:
        codes = [c for topic in t.topics for c in review.state.codes.get(topic, [])]
        rows.append(
            {
                "label": t.label, "n": t.n, "share": t.share, "n_respondents": t.n_respondents,
                "keywords": list(t.keywords), "description": t.description,
                "quotes": [q.text for q in t.quotes], "quote_ids": [q.id for q in t.quotes],
                "topics": list(t.topics), "codes": list(dict.fromkeys(codes)),
            }
        )
    n_other = int((theme_of == -1).sum())
    n_empty = n_all - len(theme_of)
    for label, n in ((schema.OTHER, n_other), (schema.EMPTY, n_empty)):
        rows.append({"label": label, "n": n, "share": n / n_all if n_all else 0.0, "n_respondents": None,
                     "keywords": [], "description": "", "quotes": [], "quote_ids": [], "topics": [], "codes": []})
    return ThemeFrame(pd.DataFrame(rows))


def theme_by_group(review, group: str, *, normalise: bool = True) -> pd.DataFrame:
    """Share (or count) of each group's answers per theme, incl. "overig" and "leeg"; groups as rows."""
    answers = review.answers
    if group not in answers.columns:
        from ..errors import InputError

        raise InputError(f"no column {group!r} in the answers; columns: {', '.join(map(str, answers.columns))}", column=group)
    order = [t.label for t in review.theme_list] + [schema.OTHER, schema.EMPTY]
    table = pd.crosstab(answers[group].astype(str), answers[schema.THEME], normalize="index" if normalise else False)
    table = table.reindex(columns=[c for c in order if c in table.columns] , fill_value=0)
    table.columns.name = None
    return table
