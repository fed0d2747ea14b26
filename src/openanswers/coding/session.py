"""The state of one coder's interactive session, apart from any screen or keyboard.

``openanswers code`` draws this state (:mod:`openanswers.coding.screen`) and feeds it keys
(:class:`~openanswers.coding.controls.KeyHandler`); tests and other front ends (a notebook
widget) can drive it directly. Nothing is written until :meth:`save`, :meth:`skip` or
:meth:`undo`, so quitting or crashing loses at most the answer on screen; :meth:`close` keeps
that answer's ticks and memo as a draft for the next session.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..codebook.rules import fold
from ..project import AUTO_CODER
from .keymap import KeyMap

MAX_DIGITS = 9  # the most likely codes, on keys 1-9
LEARN_EVERY = 10  # hand-coded answers between two retrainings of the auto-coder in a session


@dataclass
class Screen:
    """What the coder sees: the answer, the codes on the digits, what is ticked, progress.

    ``digits`` are fixed while the answer is on screen: new suggestions never move them."""

    answer: dict
    digits: list[str]
    selected: list[str]
    suggestions: dict[str, tuple[float, str]]  # code -> (confidence, source), at or above the threshold
    scores: dict[str, tuple[float, str]] = field(default_factory=dict)  # every code with a score
    memo: str = ""
    done: int = 0
    total: int = 0
    message: str = ""
    search: list[str] = field(default_factory=list)
    scroll: int = 0


class CodingSession:
    """One coder working through a project, resuming where they stopped.

    ``learn_every`` saves start a retrain of the auto-coder in the background (None: never);
    ``only_coded_by`` limits the answers to those another coder coded (double coding).
    """

    def __init__(self, project, coder: str, *, order: str = "input", learn_every: int | None = LEARN_EVERY,
                 autocode_options: dict | None = None, only_coded_by: str | None = None, threshold: float = 0.5) -> None:
        from .learner import BackgroundLearner

        self.project = project
        self.coder = coder
        self.order = order
        self.learn_every = learn_every
        self.autocode_options = dict(autocode_options or {})
        self.only_coded_by = only_coded_by
        self.threshold = self.autocode_options.get("threshold", threshold)
        self._saves_since_learning = 0
        self._history: list[int] = []  # batches this session wrote: its undo takes back only these
        self.codebook = project.codebook()
        self.keymap = KeyMap(self.codebook)
        self.answers = project.answers().set_index("id", drop=False)
        self.learner = BackgroundLearner(project.path, self.autocode_options) if learn_every else None
        self._ranked: dict[str, list] = {}
        self._load_suggestions()
        self.screen: Screen | None = None
        project.next_for(coder, order)  # validates the order before anything is shown
        resume = project.position(coder, order)
        draft = project.draft(coder, order) or {}
        if resume in self.answers.index and self._allowed(resume) and resume not in project.coded_by(coder):
            self._show(resume, selected=draft.get("selected"), memo=draft.get("memo", ""))
        else:
            self._show(self._next())

    def _allowed(self, answer_id: str) -> bool:
        return self.only_coded_by is None or answer_id in self.project.coded_by(self.only_coded_by)

    def _next(self) -> str | None:
        return self.project.next_for(self.coder, self.order, only_coded_by=self.only_coded_by)

    def _load_suggestions(self) -> None:
        auto = self.project.decisions(coder=AUTO_CODER).dropna(subset=["code_id"])
        self._suggestions: dict[str, dict[str, tuple[float, str]]] = {}
        for row in auto.itertuples():
            confidence = 0.0 if row.confidence != row.confidence or row.confidence is None else float(row.confidence)
            self._suggestions.setdefault(row.answer_id, {})[row.code_id] = (confidence, row.source)

    # ---- learning ---------------------------------------------------------------------------------
    @property
    def learning(self) -> bool:
        """Whether a retrain runs now ("suggesties bijwerken…")."""
        return self.learner is not None and self.learner.busy

    def learn(self, *, wait: bool = True) -> None:
        """Retrain the auto-coder on every hand code so far (in the background; ``wait`` blocks
        until it is done). The new suggestions appear from the next answer on."""
        if self.learner is None:
            from .learner import BackgroundLearner

            self.learner = BackgroundLearner(self.project.path, self.autocode_options)
        self.learner.start()
        self._saves_since_learning = 0
        if wait:
            self.learner.wait()

    def _adopt(self) -> bool:
        """Take a finished retrain's suggestions; only called when a new answer is shown."""
        fresh = self.learner.take() if self.learner is not None else None
        if fresh is None:
            return False
        self._ranked = fresh
        self._suggestions = {a: {s.code: (s.confidence, s.source) for s in row if s.confidence >= self.threshold}
                             for a, row in fresh.items()}
        return True

    # ---- moving between answers -----------------------------------------------------------------
    def _show(self, answer_id: str | None, *, selected: list[str] | None = None, memo: str = "", message: str = "") -> None:
        if self._adopt():
            message = f"{message}; suggesties bijgewerkt met uw codes" if message else "suggesties bijgewerkt met uw codes"
        self.keymap.cancel()
        if answer_id is None:
            self.screen = None
            self.project.set_position(self.coder, None, self.order)
            return
        suggestions = dict(self._suggestions.get(answer_id, {}))
        ranked = [(s.code, (s.confidence, s.source)) for s in self._ranked.get(answer_id, [])]
        scores = dict(ranked[:MAX_DIGITS]) if ranked else {}
        scores.update(suggestions)
        if selected is None:
            selected = self.project.codes_of(answer_id, self.coder)
        done, total = self.project.progress(self.coder, self.only_coded_by)
        likely = sorted(scores, key=lambda c: -scores[c][0])
        digits = list(dict.fromkeys(c for c in likely + [c.id for c in self.codebook.roots()] if c in self.codebook))
        self.screen = Screen(dict(self.answers.loc[answer_id]), digits[:MAX_DIGITS], list(selected), suggestions,
                             scores, memo or "", done, total, message)
        self._keep_draft()

    def _keep_draft(self) -> None:
        s = self.screen
        self.project.set_position(self.coder, self.answer_id, self.order, {"selected": s.selected, "memo": s.memo})

    @property
    def finished(self) -> bool:
        return self.screen is None

    @property
    def answer_id(self) -> str | None:
        return None if self.screen is None else self.screen.answer["id"]

    # ---- the coder's actions -----------------------------------------------------------------------
    def toggle(self, number: int) -> None:
        """Tick or untick the code on digit ``number``."""
        s = self.screen
        if not 1 <= number <= len(s.digits):
            s.message = f"geen code onder {number}"
            return
        self.toggle_code(s.digits[number - 1])

    def toggle_code(self, code: str) -> None:
        s = self.screen
        ticked = code not in s.selected
        s.selected = s.selected + [code] if ticked else [c for c in s.selected if c != code]
        s.message = f"{'aangevinkt' if ticked else 'uitgevinkt'}: {self.codebook.get(code).label}"

    def accept(self, threshold: float | None = None) -> None:
        """Tick every suggested code at or above ``threshold`` (the session's by default)."""
        s = self.screen
        threshold = self.threshold if threshold is None else threshold
        s.selected += [c for c, (conf, _) in sorted(s.suggestions.items(), key=lambda i: -i[1][0])
                       if conf >= threshold and c not in s.selected]
        s.message = "suggesties overgenomen" if s.suggestions else "geen suggesties voor dit antwoord"

    def set_memo(self, memo: str) -> None:
        self.screen.memo = memo
        self._keep_draft()

    def search(self, query: str) -> list[str]:
        """Codes whose id, label or definition contain ``query``; shown with their keys (the keys
        themselves never change)."""
        q = fold(query.strip())
        hits = [c.id for c in self.codebook if q and (q in fold(c.id) or q in fold(c.label) or q in fold(c.definition))]
        self.screen.search = hits
        n = len(hits)
        self.screen.message = (f"{n} {'code' if n == 1 else 'codes'} gevonden voor {query!r}" if hits
                               else f"geen code gevonden voor {query!r}")
        return hits

    def scroll(self, lines: int) -> None:
        self.screen.scroll = max(0, self.screen.scroll + lines)

    def save(self) -> None:
        """Store the ticked codes (none ticked: "no code applies") and move to the next answer."""
        s = self.screen
        self._history.append(self.project.record(self.answer_id, s.selected, self.coder, "manual", memo=s.memo or None))
        self._saves_since_learning += 1
        message = "opgeslagen"
        if self.learn_every and self._saves_since_learning >= self.learn_every:
            self.learn(wait=False)
            message = "opgeslagen; suggesties bijwerken…"
        self._show(self._next(), message=message)

    def skip(self) -> None:
        self._history.append(self.project.skip(self.answer_id, self.coder))
        self._show(self._next(), message="overgeslagen")

    def undo(self) -> None:
        """Take back this session's last save or skip (or, at its start, the coder's last one)
        and return to that answer with its codes and memo."""
        batch = self._history.pop() if self._history else None
        undone = self.project.undo(self.coder, batch)
        if undone is None:
            if self.screen is not None:
                self.screen.message = "niets om ongedaan te maken"
            return
        self._show(undone["answer_id"], selected=undone["codes"], memo=undone["memo"] or "", message="ongedaan gemaakt")

    def close(self) -> None:
        """Keep the answer on screen, its ticks and memo, for the next session."""
        if self.screen is not None:
            self._keep_draft()
