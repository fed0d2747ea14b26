"""The analyst's review of a run in Jupyter: inspect topics, merge/split/rename/move, map to codes,
rebuild themes and export. Every operation is logged (table ``review_ops``) and can be replayed.

Example::

    from openanswers.review import open_run
    review = open_run("out/")                # a run folder written by `openanswers run`
    review.merge([3, 7], by="Anna")
    review.build_themes(n_themes=3)
    review.map_figure()
"""

from __future__ import annotations

from .operations import ReviewState
from .session import Review, open_run
from .store import Op, OpLog

__all__ = ["Op", "OpLog", "Review", "ReviewState", "open_run"]
