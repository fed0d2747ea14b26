"""Pick the best Dutch spaCy pipeline that is installed, and say which one ran."""

from __future__ import annotations

import warnings
from functools import lru_cache

from ..errors import OpenAnswersWarning
from .tokenizer import add_survey_exceptions

# Official pipelines in order of preference; none can be downloaded at run time.
OFFICIAL = ("nl_core_news_md", "nl_core_news_sm", "nl_core_news_lg")


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None):
    """The Dutch spaCy ``Language`` the pipeline uses.

    ``name=None`` picks ``nl_core_news_md``, then ``_sm``, ``_lg`` when installed, then the
    pipeline shipped with openanswers, then a blank Dutch pipeline with spaCy's lookup lemmatizer.
    ``nlp.meta["openanswers_source"]`` says which one it is ("installed", "shipped", "lookup").
    ``name`` may also be "shipped" or "lookup" to force one (benchmarks, tests).
    """
    from ._spacy import import_spacy

    spacy = import_spacy()

    if name is not None:
        nlp = _load_named(spacy, name)
        if nlp is None:
            from ..errors import ConfigError

            raise ConfigError(f"Dutch pipeline {name!r} is not installed")
        return nlp
    for candidate in OFFICIAL:
        nlp = _load_named(spacy, candidate)
        if nlp is not None:
            return nlp
    nlp = _load_shipped(spacy)
    if nlp is not None:
        return nlp
    warnings.warn(
        "no trained Dutch pipeline found; using spaCy's lookup lemmatizer (lower lemma quality)",
        OpenAnswersWarning,
        stacklevel=2,
    )
    return _lookup_pipeline(spacy)


def describe(nlp) -> str:
    """One line for the terminal: which Dutch pipeline ran."""
    meta = nlp.meta
    return f"{meta.get('lang', 'nl')}_{meta.get('name', '?')} {meta.get('version', '')} ({meta.get('openanswers_source', '?')})".strip()


def _load_named(spacy, name: str):
    if name == "lookup":
        return _lookup_pipeline(spacy)
    if name == "shipped":
        return _load_shipped(spacy)
    try:
        nlp = spacy.load(name, exclude=["parser", "ner", "senter"])
    except OSError:
        return None
    nlp.meta["openanswers_source"] = "installed"
    add_survey_exceptions(nlp)
    return nlp


def _load_shipped(spacy):
    """The pipeline trained and shipped by openanswers (see the Dutch language issue), if present."""
    from ..datafiles import data_path
    from . import lemmatizer  # noqa: F401  registers the shipped model's lemmatizer factory

    path = data_path("nl_openanswers")
    if not path.joinpath("meta.json").is_file():
        return None
    nlp = spacy.load(str(path))
    nlp.meta["openanswers_source"] = "shipped"
    add_survey_exceptions(nlp)  # already in the shipped tokenizer; kept in step with tokenizer.py
    return nlp


def _lookup_pipeline(spacy):
    nlp = spacy.blank("nl")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    add_survey_exceptions(nlp)
    nlp.meta["name"] = "blank_lookup"
    nlp.meta["openanswers_source"] = "lookup"
    return nlp
