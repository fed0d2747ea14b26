"""The analyst's review of a run in Jupyter: inspect topics, merge/split/rename/move, map to codes,
rebuild themes and export. Every operation is logged (table ``review_ops``) and can be replayed.

Example::

    from openanswers.review import open_run
    review = open_run("out/")                # a run folder written by `openanswers run`
    review.merge([3, 7], by="Anna")          # logged in out/run.sqlite: `export report out/` shows it
    review.undo()                            # in place; the log keeps the history
    review.replay(wave2).accept()            # a proposal per operation, then applied to the new wave
"""

from __future__ import annotations

from .operations import ReviewState
from .replay import ReplayPlan
from .opening import open_run
from .session import Review
from .store import Op, OpLog

__all__ = ["Op", "OpLog", "ReplayPlan", "Review", "ReviewState", "open_run"]
