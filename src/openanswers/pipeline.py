"""The main job: answers in, themes with quotes out (ingest → preprocess → embed → topics → themes)."""

from __future__ import annotations

import platform
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import numpy as np
import pandas as pd

from . import schema
from .errors import ConfigError
from .progress import Reporter, SilentReporter, step
from .themes import Theme, build_themes
from .topics import DEFAULT_TOPIC_MODEL, TopicResult

THEME = "theme"
TOPIC = "topic"
THEMES_ALSO = "themes_also"


@dataclass
class RunResult:
    # The input answers plus `theme` (label, "overig" or "leeg"), `topic` and, with mentions,
    # `themes_also` (labels of the other themes the answer names, "; "-joined, "" when none).
    answers: pd.DataFrame
    themes: list[Theme]
    topics: TopicResult
    vectors: np.ndarray  # one row per substantive answer, in answer order
    lemmas: list[list[str]]  # keyword lemmas per substantive answer, in the same order
    info: dict = field(default_factory=dict)  # versions, models, seed, timings: what ran

    @property
    def n_answers(self) -> int:
        return len(self.answers)

    @property
    def substantive(self) -> np.ndarray:
        """Boolean mask of the answers that were clustered (rows of ``vectors`` and ``lemmas``)."""
        return (self.answers[schema.STATUS] == schema.ANSWERED).to_numpy()

    def ids_with(self, theme_value: str) -> list[str]:
        return self.answers.loc[self.answers[THEME] == theme_value, schema.ID].tolist()

    def ids_mentioning(self, label: str) -> list[str]:
        """Ids of the answers with ``label`` as main theme or in ``themes_also`` (``n_mentions`` of them)."""
        from .themes.mentions import SEPARATOR

        also = self.answers[THEMES_ALSO] if THEMES_ALSO in self.answers else pd.Series("", index=self.answers.index)
        named = [label in str(v).split(SEPARATOR) for v in also.fillna("")]
        return self.answers.loc[(self.answers[THEME] == label).to_numpy() | np.array(named, dtype=bool), schema.ID].tolist()


def summarise(
    answers: pd.DataFrame,
    *,
    n_themes: int = 3,
    n_quotes: int = 4,
    embedder: str = "use",
    topics: str = DEFAULT_TOPIC_MODEL,
    n_topics: int | None = None,
    random_state: int = 0,
    nlp=None,
    cache: bool = True,
    writer: str = "phrases",
    stability: bool = True,
    reporter: Reporter | None = None,
    expected: Sequence | None = None,
    mentions: bool = True,
) -> RunResult:
    """Themes with quotes for a canonical answer table (see :mod:`openanswers.schema`).

    Empty and non-substantive answers stay out of the clustering and end up in "leeg"; every
    input row comes back in ``result.answers`` with its theme. ``writer`` names the label writer
    (see :mod:`openanswers.themes.writers`); ``stability`` False skips the resampling that
    measures each theme's stability (seconds on large runs).
    ``expected`` names themes the researcher expects (strings, or
    :class:`openanswers.topics.guided.Expected` from a codebook): the grouping starts from them
    and a theme the answers bear out gets ``expected_name``, which becomes its label.
    ``mentions`` adds each answer's other themes (``themes_also``) and each theme's
    ``n_mentions``: see :mod:`openanswers.themes.mentions`; off for a corpus-fitted embedder
    (TF-IDF), which cannot place the parts of an answer in the answers' space.
    """
    from .embed import embed, make_embedder
    from .language import keyword_terms, written_forms
    from .language.cached import cached_content_terms
    from .language.phrases import name_phrases
    from .topics import default_n_topics, fit_topics

    reporter = reporter or SilentReporter()
    timings: dict[str, float] = {}
    substantive = (answers[schema.STATUS] == schema.ANSWERED).to_numpy()
    texts = answers.loc[substantive, schema.CLEAN].tolist()
    if n_themes < 1 or (texts and n_themes > len(texts)):
        raise ConfigError(f"cannot make {n_themes} themes from {len(texts)} answers with content: ask for 1 to {max(1, len(texts))}")

    clock = time.perf_counter()
    with step(reporter, "Nederlandse taalverwerking", len(texts)):
        found, nlp_name = cached_content_terms(
            texts, nlp=nlp, cache=cache, progress=lambda k: reporter.advance("Nederlandse taalverwerking", k)
        )
        terms = keyword_terms(found)
        lemmas = [[t.lemma for t in doc] for doc in terms]
        forms = written_forms(terms)
        phrases = name_phrases(found)
    timings["preprocess"] = time.perf_counter() - clock

    clock = time.perf_counter()
    embedding_model = make_embedder(embedder)
    with step(reporter, "Embeddings", len(texts)):
        vectors = embed(texts, embedding_model, cache=cache, progress=lambda k: reporter.advance("Embeddings", k))
    timings["embed"] = time.perf_counter() - clock

    clock = time.perf_counter()
    with step(reporter, "Topics", None):
        if n_topics is None and topics != "bertopic":
            n_topics = max(default_n_topics(len(texts)), n_themes)  # never fewer topics than themes
        topic_result = fit_topics(vectors, lemmas, model=topics, n_topics=n_topics, random_state=random_state, texts=texts)
    timings["topics"] = time.perf_counter() - clock

    guidance = None
    if expected:  # guided themes (topics/guided.py): groups grown from the expected themes
        from .topics.guided import guide
        from .topics.space import centre

        space = topic_result.space if topic_result.space is not None else centre(vectors)
        guidance = guide(vectors, space, expected, embedding_model, n_themes, random_state=random_state, cache=cache)

    clock = time.perf_counter()
    with step(reporter, "Thema's", None):
        theme_set = build_themes(
            answers.loc[substantive, schema.ID].tolist(),
            answers.loc[substantive, schema.RESPONDENT].tolist(),
            texts,
            vectors,
            lemmas,
            topic_result.labels if guidance is None else guidance.labels,
            n_themes=n_themes if guidance is None else int(guidance.labels.max()) + 1,
            n_quotes=n_quotes,
            n_answers=len(answers),
            written=forms,
            phrases=phrases,
            # A corpus-fitted embedder (TF-IDF) cannot place a phrase in the answers' space.
            embed_phrases=(lambda items: embed(items, embedding_model, cache=cache)) if embedding_model.cacheable else None,
            regroup=_regrouper(vectors, topic_result, n_themes) if stability else None,
            writer=writer,
            # Models that cluster in a space of their own (multiview) merge and refine themes there.
            space=topic_result.space,
            refine=topic_result.space is not None and guidance is None,
            random_state=random_state,
        )
    if guidance is not None:
        from .topics.guided import names_of_themes

        names = names_of_themes(theme_set.theme_of, guidance.labels, guidance.kept, guidance.expected)
        taken = {t.label for i, t in enumerate(theme_set.themes) if i not in names}
        for index, name in names.items():
            theme = theme_set.themes[index]
            theme.expected_name = name
            if name not in taken:  # the researcher's name leads; the phrase label stays a candidate
                theme.label_candidates = [theme.label, *theme.label_candidates]
                theme.label = name
                taken.add(name)
    timings["themes"] = time.perf_counter() - clock

    found = None
    if mentions and embedding_model.cacheable:
        from .themes.mentions import find_mentions, mention_counts

        clock = time.perf_counter()
        with step(reporter, "Meerdere thema's", None):
            found = find_mentions(texts, theme_set.theme_of, vectors, lambda items: embed(items, embedding_model, cache=cache),
                                  space=topic_result.space)
        for theme, count in zip(theme_set.themes, mention_counts(found, theme_set.theme_of, len(theme_set.themes))):
            theme.n_mentions = count
        timings["mentions"] = time.perf_counter() - clock

    out = answers.copy()
    labels = np.array([t.label for t in theme_set.themes] + [schema.OTHER], dtype=object)
    theme_column = np.full(len(out), schema.EMPTY, dtype=object)
    theme_column[substantive] = labels[theme_set.theme_of]  # index -1 picks "overig"
    topic_column = np.full(len(out), -1, dtype=int)
    topic_column[substantive] = topic_result.labels
    out[THEME] = theme_column
    out[TOPIC] = topic_column
    if found is not None:
        from .themes.mentions import also_labels

        also_column = np.full(len(out), "", dtype=object)
        also_column[substantive] = also_labels(found, labels[:-1].tolist())
        out[THEMES_ALSO] = also_column
    info = {
        "openanswers": _version("openanswers"),
        "python": platform.python_version(),
        "nlp": nlp_name,
        "embedder": embedding_model.key,
        "topic_model": topic_result.model,
        "n_topics": topic_result.n_topics,
        "n_themes": n_themes,
        **({"expected": [e.name for e in guidance.expected]} if guidance is not None else {}),
        "seed": random_state,
        "labels": writer,
        "stability": _stability_settings(topic_result) if stability else None,
        "mentions": _mention_settings() if found is not None else None,
        "versions": {p: _version(p) for p in ("spacy", "scikit-learn", "numpy", "pandas")},
        "timings_s": {k: round(v, 3) for k, v in timings.items()},
    }
    return RunResult(out, theme_set.themes, topic_result, vectors, lemmas, info)


def _stability_settings(topic_result: TopicResult) -> dict:
    """How theme stability was measured, for the record in themes.json."""
    from .themes.stability import FRACTION, MAX_RESAMPLE, N_RESAMPLES

    space = "topic model's space" if topic_result.space is not None else "centred vectors"
    return {"resamples": N_RESAMPLES, "fraction": FRACTION, "max_answers": MAX_RESAMPLE,
            "regrouping": f"k-means, Ward merge{', self-training' if topic_result.space is not None else ''} in the {space}"}


def _mention_settings() -> dict:
    """How the other themes of each answer were found, for the record in themes.json."""
    from .themes.mentions import FLOOR_QUANTILE, MARGIN, MIN_WORDS

    return {"parts": "sentences, ';', bullets, clauses after ', en' and ', maar'",
            "min_words": MIN_WORDS, "margin": MARGIN, "floor_quantile": FLOOR_QUANTILE}


def _regrouper(vectors: np.ndarray, topic_result: TopicResult, n_themes: int):
    """``regroup(indices, seed)`` for theme stability: the subsample's answers are grouped again
    where the run grouped them (the topic model's space, or the centred vectors): k-means with a
    new seed, the theme merge, and self-training where the run self-trained. Rebuilding the
    space itself (neighbour graphs of two views) for each of 20 subsamples would cost about a
    minute at 10k answers; what is measured is how firmly the answers cluster in that space, the
    resampling scheme of Hennig's clusterboot. Guided themes are not re-seeded."""
    from sklearn.cluster import KMeans

    from .themes import group_themes
    from .topics import default_n_topics
    from .topics.space import centre

    refine = topic_result.space is not None
    space = topic_result.space if refine else centre(vectors)

    def regroup(indices: np.ndarray, seed: int) -> np.ndarray:
        sub = space[indices]
        k = min(len(indices), max(default_n_topics(len(indices)), n_themes))
        topics = KMeans(k, n_init=1, random_state=seed).fit_predict(sub)
        return group_themes(vectors[indices], topics, n_themes, space=sub, refine=refine, random_state=seed)

    return regroup


def run(path: str | Path, *, read_options: dict | None = None, **summarise_options) -> RunResult:
    """Read a survey export and summarise it: :func:`read_answers` then :func:`summarise`."""
    from .ingest import read_answers

    answers = read_answers(path, **(read_options or {}))
    result = summarise(answers, **summarise_options)
    result.info["input"] = str(path)
    return result


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "unknown"
