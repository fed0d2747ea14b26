"""`openanswers run`: the main job, from a survey export to themes with quotes."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from . import app, options


@app.command()
def run(
    input: Annotated[Optional[Path], typer.Argument(help="Survey export: CSV, TSV, XLSX, SPSS .sav or JSONL (optional with --project: its own answers).", show_default=False, metavar="INPUT")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for themes.json, answers.csv, themes.md, quotes.xlsx and run.sqlite (raw working state for exports and review).")] = Path("out"),
    text: options.Text = None,
    id: options.Id = None,
    closed: options.Closed = None,
    question: options.Question = None,
    group: options.Group = None,
    sheet: options.Sheet = None,
    themes: Annotated[int, typer.Option("--themes", min=1, help="Number of themes (hoofdlijnen), up to the number of answers with content.")] = 3,
    quotes: Annotated[int, typer.Option("--quotes", min=1, max=10, help="Quotes per theme.")] = 4,
    seed: Annotated[int, typer.Option("--seed", help="Random seed: the same seed and input give the same output.")] = 0,
    embedder: Annotated[str, typer.Option("--embedder", help="use | e5 | tfidf | sentence-transformers:<model> | combined:use+tfidf")] = "use",
    topics: Annotated[str, typer.Option("--topics", help="multiview (k-means over meaning and wording neighbours, themes self-trained, neighbours voting) | multiview-plain (without that vote) | diffused-kmeans | kmeans | agglomerative | bertopic")] = "multiview",
    quality: Annotated[bool, typer.Option("--quality", help="Group with multilingual-e5-small as a third view beside USE and the wording: closer to human groupings, about twice the time of a first run (needs pip install 'openanswers[e5]').")] = False,
    quality_view: Annotated[Optional[str], typer.Option("--quality-view", help="The --quality view's encoder: e5 (default) | embeddinggemma (closer still to human groupings, clustered itself; far slower, needs its model folder: docs/clustering.md).")] = None,
    expect: Annotated[Optional[str], typer.Option("--expect", help="Themes you expect, separated by ';' (\"Tarieven; Administratieve lasten\"): the grouping starts from them and keeps their names where the answers bear them out.")] = None,
    expect_codebook: Annotated[Optional[Path], typer.Option("--expect-codebook", help="Codebook (.yaml, .csv, .qdc) whose top-level codes are the expected themes (label, definition and include terms).")] = None,
    n_topics: Annotated[Optional[int], typer.Option("--n-topics", min=2, help="Fine topics before merging into themes (default: about sqrt(n/2)).")] = None,
    labels: Annotated[str, typer.Option("--labels", help="Label writer: phrases (phrases the answers use, with counts) | keywords (the top keywords) | llm (a local model at OPENANSWERS_LLM_URL, checked against the evidence).")] = "phrases",
    stability: Annotated[bool, typer.Option("--stability/--no-stability", help="Measure each theme's stability by regrouping 20 subsamples (seconds).")] = True,
    mentions: Annotated[bool, typer.Option("--mentions/--no-mentions", help="Also record the other themes an answer's sentences or clauses clearly belong to (answers.csv: themes_also).")] = True,
    pseudonymise: options.Pseudonymise = True,
    organisations: options.Organisations = None,
    project: Annotated[Optional[Path], typer.Option("--project", "-p", help="Project file (.oaproj) that keeps this run beside the codes, reviews and other waves; made when missing.")] = None,
    wave: Annotated[Optional[str], typer.Option("--wave", help="Wave (year) of these answers in the project; a later wave is placed on the earlier wave's themes first.")] = None,
    cache: options.Cache = True,
) -> None:
    """Summarise the open answers in INPUT into themes with representative quotes.

    Example: openanswers run corpora/nota_van_inlichtingen.csv --out out/
    """
    from ..errors import ConfigError
    from ..pipeline import run as run_job
    from ..privacy import read_organisations
    from ..topics.guided import expected_from_codebook, parse_expected
    from .render import print_run, progress_bars, show_warnings

    if input is None and project is None:
        raise ConfigError("give an INPUT file, or --project with answers in it")
    show_warnings()
    read_options = options.read_options(text, id, closed, question, group, sheet)
    expected = (parse_expected(expect) if expect is not None else []) + (expected_from_codebook(expect_codebook) if expect_codebook else [])
    with progress_bars() as reporter:
        result = run_job(
            input, out=out, project=project, wave=wave, read_options=read_options, pseudonymise=pseudonymise,
            organisations=read_organisations(organisations) if organisations else None,
            n_themes=themes, n_quotes=quotes, embedder=embedder, topics=topics, n_topics=n_topics, random_state=seed,
            cache=cache, writer=labels, stability=stability, mentions=mentions, expected=expected or None, reporter=reporter,
            quality=quality_view or quality,
        )
    print_run(result.public, out)
