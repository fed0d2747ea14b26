"""Retraining the auto-coder in the background while the coder keeps coding.

A retrain used to run in the foreground every 10 saves (seconds, with no sign of it), and keys
typed meanwhile were lost. :class:`BackgroundLearner` runs it on a thread with its own
connection to the project file: the first run fits an :class:`~openanswers.coding.AutoCoder` on
every answer (vectors and rule hits are kept), later runs only :meth:`~AutoCoder.update` it from
the hand codes, and only changed suggestions are written. The session picks up the result when
it shows the next answer, never under the coder's fingers.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

log = logging.getLogger(__name__)


class BackgroundLearner:
    """Retrain on demand, one run at a time; a request during a run starts one more after it.

    ``take()`` returns the newest result once: ``{answer_id: [Suggestion, ...]}`` ranked, every
    code any source scores (the session shows the ones above the threshold and puts the nine
    best on the digits).
    """

    def __init__(self, path: str | Path, options: dict | None = None) -> None:
        self.path = Path(path)
        self.options = dict(options or {})
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._again = False
        self._result: dict | None = None
        self.coder_ = None
        self.error_: str | None = None

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Start a retrain now, or right after the one under way."""
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                self._again = True
                return
            self._thread = threading.Thread(target=self._loop, name="openanswers-learner", daemon=True)
            self._thread.start()

    def take(self) -> dict | None:
        with self._lock:
            result, self._result = self._result, None
            return result

    def wait(self, timeout: float | None = None) -> None:
        """Block until no retrain runs (tests, and a clean quit)."""
        while True:
            with self._lock:
                thread = self._thread
            if thread is None:
                return
            thread.join(timeout)
            with self._lock:
                if self._thread is thread and not thread.is_alive():
                    return

    def _loop(self) -> None:
        while True:
            try:
                result = self.run_once()
                with self._lock:
                    self._result = result
                    self.error_ = None
            except Exception as exc:  # a failed retrain keeps the old suggestions; the session says so
                log.warning("retraining failed: %s", exc)
                with self._lock:
                    self.error_ = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            with self._lock:
                if not self._again:
                    return
                self._again = False

    def run_once(self) -> dict:
        """One retrain, in the calling thread: fit or update, store changed suggestions, return them.

        Linear algebra runs on one thread: the coder's screen keeps a core, and small fits on
        many BLAS threads were several times slower on a busy machine, not faster."""
        import sklearn.calibration  # noqa: F401  (loaded first: limits apply to loaded libraries only)
        import sklearn.linear_model  # noqa: F401
        from threadpoolctl import threadpool_limits

        with threadpool_limits(limits=1):
            return self._run()

    def _run(self) -> dict:
        from ..project import Project
        from .projects import hand_labels, store_suggestions
        from .suggest import AutoCoder

        with Project.open(self.path) as project:
            answers = project.answers()
            ids = answers["id"].tolist()
            labels = hand_labels(project, ids)
            if self.coder_ is None or self.coder_.texts_ != answers["clean"].tolist():
                self.coder_ = AutoCoder(project.codebook(), **self.options).fit(answers["clean"].tolist(), labels)
            else:
                self.coder_.update(labels)
            ranked = self.coder_.ranked()
            threshold = self.coder_.threshold
            store_suggestions(project, answers, [[s for s in row if s.confidence >= threshold] for row in ranked],
                              options=self.options)
        return dict(zip(ids, ranked))
