"""The state of one coder's interactive session, apart from any screen or keyboard.

``openanswers code`` draws this state and turns keys into the methods below; tests and other
front ends (a notebook widget) can drive it directly. Nothing is written until :meth:`save`,
:meth:`skip` or :meth:`undo`, so quitting or crashing loses at most the answer on screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..codebook.rules import fold
from ..project import AUTO_CODER

MAX_CHOICES = 9  # codes reachable with keys 1-9
LEARN_EVERY = 10  # hand-coded answers between two retrainings of the auto-coder in a session


@dataclass
class Screen:
    """What the coder sees: the answer, its numbered code choices, what is ticked, progress."""

    answer: dict
    choices: list[str]
    selected: list[str]
    suggestions: dict[str, tuple[float, str]]  # code -> (confidence, source)
    memo: str = ""
    done: int = 0
    total: int = 0
    message: str = ""
    search: list[str] = field(default_factory=list)


class CodingSession:
    """One coder working through a project, resuming where they stopped."""

    def __init__(self, project, coder: str, *, order: str = "input", learn_every: int | None = LEARN_EVERY,
                 autocode_options: dict | None = None) -> None:
        self.project = project
        self.coder = coder
        self.order = order
        self.learn_every = learn_every
        self.autocode_options = autocode_options or {}
        self._saves_since_learning = 0
        self.codebook = project.codebook()
        self.answers = project.answers().set_index("id", drop=False)
        self._load_suggestions()
        self.screen: Screen | None = None
        resume = project.position(coder)
        if resume is None or resume not in self.answers.index or project.codes_of(resume, coder):
            resume = project.next_for(coder, order)
        self._show(resume)

    def _load_suggestions(self) -> None:
        auto = self.project.decisions(coder=AUTO_CODER).dropna(subset=["code_id"])
        self._suggestions: dict[str, dict[str, tuple[float, str]]] = {}
        for row in auto.itertuples():
            confidence = 0.0 if row.confidence != row.confidence or row.confidence is None else float(row.confidence)
            self._suggestions.setdefault(row.answer_id, {})[row.code_id] = (confidence, row.source)

    def learn(self) -> None:
        """Retrain the auto-coder on every hand code so far and refresh the suggestions, so they
        improve while the coder works (``openanswers autocode`` does the same from a script)."""
        from .projects import autocode

        autocode(self.project, **self.autocode_options)
        self._load_suggestions()
        self._saves_since_learning = 0

    # ---- moving between answers -----------------------------------------------------------------
    def _show(self, answer_id: str | None, *, selected: list[str] | None = None, memo: str = "", message: str = "") -> None:
        if answer_id is None:
            self.screen = None
            self.project.set_position(self.coder, None)
            return
        suggestions = self._suggestions.get(answer_id, {})
        if selected is None:
            selected = self.project.codes_of(answer_id, self.coder)
        done, total = self.project.progress(self.coder)
        self.screen = Screen(dict(self.answers.loc[answer_id]), [], list(selected), suggestions, memo, done, total, message)
        self._refresh_choices()
        self.project.set_position(self.coder, answer_id)

    def _refresh_choices(self, extra: list[str] = ()) -> None:
        """Numbered choices: search hits, ticked codes, then suggestions by confidence, then the
        codebook's top-level codes, up to nine."""
        s = self.screen
        ranked = sorted(s.suggestions, key=lambda c: -s.suggestions[c][0])
        order = list(extra) + s.selected + ranked + [c.id for c in self.codebook.roots()] + self.codebook.ids
        s.choices = list(dict.fromkeys(c for c in order if c in self.codebook))[:MAX_CHOICES]

    @property
    def finished(self) -> bool:
        return self.screen is None

    @property
    def answer_id(self) -> str | None:
        return None if self.screen is None else self.screen.answer["id"]

    # ---- the coder's actions -----------------------------------------------------------------------
    def toggle(self, number: int) -> None:
        s = self.screen
        if not 1 <= number <= len(s.choices):
            s.message = f"geen code met nummer {number}"
            return
        code = s.choices[number - 1]
        s.selected = [c for c in s.selected if c != code] if code in s.selected else s.selected + [code]
        s.message = ""

    def accept(self, threshold: float = 0.5) -> None:
        """Tick every suggested code at or above ``threshold``."""
        s = self.screen
        s.selected += [c for c, (conf, _) in sorted(s.suggestions.items(), key=lambda i: -i[1][0])
                       if conf >= threshold and c not in s.selected]
        s.message = "suggesties overgenomen" if s.suggestions else "geen suggesties voor dit antwoord"

    def set_memo(self, memo: str) -> None:
        self.screen.memo = memo

    def search(self, query: str) -> list[str]:
        """Codes whose id, label or definition contain ``query``; they become the numbered choices."""
        q = fold(query.strip())
        hits = [c.id for c in self.codebook if q and (q in fold(c.id) or q in fold(c.label) or q in fold(c.definition))]
        self._refresh_choices(hits[:MAX_CHOICES])
        self.screen.message = f"{len(hits)} codes gevonden voor {query!r}" if hits else f"geen code gevonden voor {query!r}"
        return hits

    def save(self) -> None:
        """Store the ticked codes (none ticked: "no code applies") and move to the next answer."""
        s = self.screen
        self.project.record(self.answer_id, s.selected, self.coder, "manual", memo=s.memo or None)
        self._saves_since_learning += 1
        message = "opgeslagen"
        if self.learn_every and self._saves_since_learning >= self.learn_every:
            self.learn()
            message = "opgeslagen; suggesties bijgewerkt met uw codes"
        self._show(self.project.next_for(self.coder, self.order), message=message)

    def skip(self) -> None:
        self.project.skip(self.answer_id, self.coder)
        self._show(self.project.next_for(self.coder, self.order), message="overgeslagen")

    def undo(self) -> None:
        """Take back the last save or skip and return to that answer with its codes ticked."""
        undone = self.project.undo(self.coder)
        if undone is None:
            if self.screen is not None:
                self.screen.message = "niets om ongedaan te maken"
            return
        self._show(undone["answer_id"], selected=undone["codes"], memo=undone["memo"] or "",
                   message="ongedaan gemaakt")
