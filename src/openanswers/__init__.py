"""openanswers: open survey answers into themes, codes and quotes, offline and reproducible.

Importing the package is cheap: heavy parts (spaCy, torch, BERTopic, the embedders) load only
in the step that needs them.
"""

from __future__ import annotations

__version__ = "0.1.0"

# Public API, imported on first use so that `import openanswers` and `openanswers --help` stay fast.
_LAZY = {
    "read_answers": "openanswers.ingest",
    "answers_from_frame": "openanswers.ingest",
    "save_run": "openanswers.project.runs",
    "load_run": "openanswers.project.runs",
    "load_nlp": "openanswers.language",
    "content_lemmas": "openanswers.language",
    "make_embedder": "openanswers.embed",
    "embed": "openanswers.embed",
    "make_topic_model": "openanswers.topics",
    "fit_topics": "openanswers.topics",
    "summarise": "openanswers.pipeline",
    "run": "openanswers.pipeline",
    "RunResult": "openanswers.pipeline",
    "write_outputs": "openanswers.export",
    "open_run": "openanswers.review",
}

__all__ = ["__version__", *_LAZY]


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'openanswers' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
