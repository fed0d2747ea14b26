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
from .diskcache import digest_of
from .errors import ConfigError
from .progress import Reporter, SilentReporter, step
from .schema import THEME, THEMES_ALSO, TOPIC
from .themes import Theme, build_themes
from .topics import DEFAULT_TOPIC_MODEL, MULTIVIEW, TopicResult

# --quality: a second sentence encoder as one more view of the grouping (docs/clustering.md).
# Labels, quotes, guided themes and later waves keep the main embedder's vectors.
QUALITY_VIEW = "e5"
MIN_CACHED = 1_000  # from this many answers the themes' stability and mentions are kept in the disk cache
# --quality-view embeddinggemma: an encoder stronger than the main one is clustered itself and
# the main encoder's neighbours vote (e5 is weaker than USE and only votes).
LEADING_VIEWS = {"embeddinggemma"}


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
    public: object = field(default=None, repr=False, compare=False)  # the PublicRun written by run(out=...)

    @property
    def n_answers(self) -> int:
        return len(self.answers)

    @property
    def substantive(self) -> np.ndarray:
        """Boolean mask of the answers that were clustered (rows of ``vectors`` and ``lemmas``)."""
        return (self.answers[schema.STATUS] == schema.ANSWERED).to_numpy()

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
    previous: RunResult | None = None,
    quality: bool | str = False,
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
    ``previous`` is the run of an earlier wave: answers are placed on its themes first (their
    labels kept) and only the rest is grouped anew (:mod:`openanswers.themes.carry`).
    ``quality`` adds multilingual-e5-small (``QUALITY_VIEW``) as a third view of the multiview
    grouping: groups closer to human ones, at about twice the time of a first run (e5 embeds slowly).
    A name instead of True picks that embedder as the view: ``"embeddinggemma"`` (needs its model
    folder, :mod:`openanswers.embed.gemma`) groups closer still and is clustered itself.
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
    if quality and previous is not None:
        raise ConfigError("a later wave is placed on the earlier wave's themes; --quality applies to a first wave only")
    if quality and topics not in MULTIVIEW:
        raise ConfigError(f"--quality adds a view to the multiview grouping; it does not combine with --topics {topics}")
    quality_view = (QUALITY_VIEW if quality is True else quality) if quality else None
    quality_model = make_embedder(quality_view) if quality_view else None  # an unknown name stops here

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
    views = [vectors]
    if quality_model is not None and texts:
        with step(reporter, "Embeddings (kwaliteit)", len(texts)):
            extra = embed(texts, quality_model, cache=cache, progress=lambda k: reporter.advance("Embeddings (kwaliteit)", k))
        views = [extra, vectors] if quality_view.partition(":")[0] in LEADING_VIEWS else [vectors, extra]
    timings["embed"] = time.perf_counter() - clock

    clock = time.perf_counter()
    carried = None
    with step(reporter, "Topics", None):
        if previous is not None:  # a later wave: placed on the earlier wave's themes first
            from .themes.carry import carry

            carried = carry(previous, vectors, lemmas, texts, embedder_key=embedding_model.key, topics=topics,
                            n_themes=n_themes, random_state=random_state)
            topic_result = carried.topics
        else:
            if n_topics is None and topics != "bertopic":
                n_topics = max(default_n_topics(len(texts)), n_themes)  # never fewer topics than themes
            topic_result = fit_topics(np.hstack(views) if len(views) > 1 else vectors, lemmas, model=topics, n_topics=n_topics,
                                      random_state=random_state, texts=texts, view_dims=[v.shape[1] for v in views] if len(views) > 1 else None,
                                      cache=cache)
    timings["topics"] = time.perf_counter() - clock

    guidance = None
    if expected and carried is not None:
        raise ConfigError("a later wave keeps the earlier wave's themes; --expect applies to a first wave only")
    if expected:  # guided themes (topics/guided.py): groups grown from the expected themes
        from .topics.guided import guide
        from .topics.space import centre

        space = topic_result.space if topic_result.space is not None else centre(vectors)
        guidance = guide(vectors, space, expected, embedding_model, n_themes, random_state=random_state, cache=cache)

    clock = time.perf_counter()
    regroup = _regrouper(vectors, topic_result, carried.n_themes if carried else n_themes) if stability else None
    with step(reporter, "Thema's", None):
        theme_set = build_themes(
            answers.loc[substantive, schema.ID].tolist(),
            answers.loc[substantive, schema.RESPONDENT].tolist(),
            texts,
            vectors,
            lemmas,
            topic_result.labels if guidance is None else guidance.labels,
            n_themes=carried.n_themes if carried else n_themes if guidance is None else int(guidance.labels.max()) + 1,
            n_quotes=n_quotes,
            n_answers=len(answers),
            written=forms,
            phrases=phrases,
            # A corpus-fitted embedder (TF-IDF) cannot place a phrase in the answers' space.
            embed_phrases=(lambda items: embed(items, embedding_model, cache=cache)) if embedding_model.cacheable else None,
            regroup=regroup,
            stability_key=regroup.key if regroup is not None and cache and len(texts) >= MIN_CACHED else None,
            writer=writer,
            # Models that cluster in a space of their own (multiview) merge and refine themes there.
            space=topic_result.space,
            refine=topic_result.space is not None and guidance is None,
            random_state=random_state,
            graph=topic_result.graph,  # multiview: the neighbours vote in the themes' self-training
        )
    if carried is not None:
        from .themes.carry import name_carried

        name_carried(theme_set.themes, carried.carried)
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
                                  space=topic_result.space, phrases=phrases,
                                  cache_key=embedding_model.key.encode() if cache and len(texts) >= MIN_CACHED else None)
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
        **({"quality_view": quality_model.key} if len(views) > 1 else {}),
        "topic_model": topic_result.model,
        "n_topics": topic_result.n_topics,
        "n_themes": n_themes,
        **({"expected": [e.name for e in guidance.expected]} if guidance is not None else {}),
        **({"carried_from": {"wave": carried.wave, "placed": carried.n_placed}} if carried is not None else {}),
        "seed": random_state,
        "labels": writer,
        "stability": _stability_settings(topic_result) if stability else None,
        "mentions": _mention_settings() if found is not None else None,
        "versions": {p: _version(p) for p in ("spacy", "scikit-learn", "numpy", "pandas")},
        "timings_s": {k: round(v, 3) for k, v in timings.items()},
        "cache": cache,  # whether the disk cache may be used, by this run's exports too
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
    from .themes.mentions import FLOOR_QUANTILE, MARGIN, MIN_AGREE, MIN_LIFT, MIN_WORDS

    return {"parts": "sentences, ';', bullets, clauses after ', en' and ', maar'; those that name one of their answer's phrases",
            "min_words": MIN_WORDS, "margin": MARGIN, "floor_quantile": FLOOR_QUANTILE, "min_agree": MIN_AGREE,
            "min_lift": MIN_LIFT}


def _regrouper(vectors: np.ndarray, topic_result: TopicResult, n_themes: int):
    """``regroup(indices, seed)`` for theme stability, with ``regroup.key``: a hash of all it
    depends on besides its arguments (kept with the estimate in the disk cache).
    The subsample's answers are grouped again
    where the run grouped them (the topic model's space, or the centred vectors): k-means with a
    new seed, the theme merge, and self-training where the run self-trained. Rebuilding the
    space itself (neighbour graphs of two views) for each of 20 subsamples would cost about a
    minute at 10k answers; what is measured is how firmly the answers cluster in that space, the
    resampling scheme of Hennig's clusterboot. Guided themes are not re-seeded."""
    from .themes import group_themes
    from .topics import default_n_topics
    from .topics.kmeans import kmeans
    from .topics.space import centre

    refine = topic_result.space is not None
    space = topic_result.space if refine else centre(vectors)

    def regroup(indices: np.ndarray, seed: int) -> np.ndarray:
        sub = space[indices]
        k = min(len(indices), max(default_n_topics(len(indices)), n_themes))
        topics = kmeans(sub, k, random_state=seed).labels_
        return group_themes(vectors[indices], topics, n_themes, space=sub, refine=refine, random_state=seed)

    regroup.key = digest_of(n_themes, refine, np.asarray(vectors), np.asarray(space))
    return regroup


def run(
    path: str | Path | None = None,
    *,
    out: str | Path | None = None,
    project: str | Path | None = None,
    wave: str | None = None,
    read_options: dict | None = None,
    pseudonymise: bool = True,
    organisations: Sequence[str] | None = None,
    **summarise_options,
) -> RunResult:
    """The main job: read a survey export, summarise it, keep the run, write the outputs.

    ``out`` (a folder) gets the output contract (themes.json, answers.csv, themes.md,
    quotes.xlsx; every text through the privacy gate) and its run.sqlite. ``project`` (a project
    file, made when missing) keeps the run as the current run of ``wave``; when the project holds
    a run of an earlier wave, the answers are placed on that wave's reviewed themes first
    (:mod:`openanswers.themes.carry`). Without ``path`` the project's own answers are summarised.
    The public view written to ``out`` is kept as ``result.public``.
    """
    from .ingest import read_answers
    from .project.runs import check_target, save_run

    for target in (out, project):
        if target is not None:
            check_target(target)  # a damaged store there: one line now, not after the whole run
    if path is not None:
        answers = read_answers(path, **(read_options or {}))
    elif project is not None:
        answers = _project_answers(project)
    else:
        raise ConfigError("nothing to summarise: give an input file, or a project that holds answers")
    wave = None if wave is None else str(wave)
    previous = _earlier_wave(project, wave) if project is not None else None
    result = summarise(answers, previous=previous, **summarise_options)
    result.info["input"] = str(path) if path is not None else str(project)
    result.info["wave"] = wave or ""
    if project is not None:
        _keep_in_project(project, answers, result, wave or "")
    if out is not None:
        from .export import write_outputs

        result.public = write_outputs(result, out, pseudonymise=pseudonymise, organisations=organisations,
                                      question=schema.question_heading(answers[schema.QUESTION].unique()))
        save_run(result, out)
    return result


def _project_answers(project: str | Path) -> pd.DataFrame:
    from .project.store import Project

    with Project.open(project) as opened:
        return opened.answers()


def _earlier_wave(project: str | Path, wave: str | None) -> RunResult | None:
    """The reviewed run of the wave before ``wave`` in ``project`` (the last one for a new wave),
    or None (a first wave)."""
    from .project.runs import load_run, waves

    if not Path(project).exists() or wave is None:
        return None
    known = waves(project)
    earlier = known[: known.index(wave)] if wave in known else known
    earlier = [w for w in earlier if w]  # a run without a wave is no earlier wave
    return load_run(project, wave=earlier[-1]) if earlier else None


def _keep_in_project(project: str | Path, answers: pd.DataFrame, result: RunResult, wave: str) -> None:
    """Store the run as the project's current run of ``wave``; a new project also keeps the
    answers, so they can be coded (`openanswers add-codebook`, `openanswers code`)."""
    from .project.runs import save_run
    from .project.store import create_project

    if not Path(project).exists():
        create_project(project, answers, wave=wave).close()
    save_run(result, project, wave=wave)


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "unknown"
