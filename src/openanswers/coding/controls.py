"""Keys to session actions, one key at a time, in the order they were typed.

Every key acts on the answer on screen when its turn comes, so a burst typed while the screen
was busy lands exactly where the same keys typed slowly would. Memo and search are typed into
the same stream (no second reader on the terminal), ended by enter, cancelled by escape.
"""

from __future__ import annotations

from .keys import BACKSPACE, DOWN, ENTER, EOF, ESCAPE, PAGE_DOWN, PAGE_UP, UP

QUIT_KEYS = ("q", "\x03", EOF)
HELP = "letter/1-9=code enter=opslaan a=suggesties s=over u=terug m=memo /=zoek q=stop"


class KeyHandler:
    """Feeds keys to a :class:`~openanswers.coding.session.CodingSession`.

    ``mode`` is "codes", "memo" or "search"; ``buffer`` the text being typed in the last two."""

    def __init__(self, session, page: int = 8) -> None:
        self.session = session
        self.page = page
        self.mode = "codes"
        self.buffer = ""

    def press(self, key: str) -> bool:
        """Act on one key; False when the coder quits."""
        session = self.session
        if session.finished:
            return False
        if self.mode != "codes":
            self._type(key)
            return True
        keymap, screen = session.keymap, session.screen
        if keymap.pending:
            if key in (ESCAPE, BACKSPACE):
                keymap.cancel()
                screen.message = ""
                return True
            if keymap.starts(key):
                self._letter(key)
                return True
            keymap.cancel()  # not a code under the open one: the key acts as itself
        if key in QUIT_KEYS:
            return False
        if key == ENTER:
            session.save()
        elif key == "a":
            session.accept()
        elif key == "s":
            session.skip()
        elif key == "u":
            session.undo()
        elif key in ("m", "/"):
            self.mode, self.buffer = ("memo", screen.memo) if key == "m" else ("search", "")
        elif key in (UP, DOWN, PAGE_UP, PAGE_DOWN):
            session.scroll({UP: -1, DOWN: 1, PAGE_UP: -self.page, PAGE_DOWN: self.page}[key])
        elif key == ESCAPE:
            screen.search, screen.message = [], ""
        elif len(key) == 1 and key.isdigit() and key != "0":
            session.toggle(int(key))
        elif len(key) == 1 and keymap.starts(key):
            self._letter(key)
        else:
            shown = key if len(key) > 1 else repr(key)
            screen.message = f"onbekende toets {shown}: {HELP}"
        return True

    def _letter(self, key: str) -> None:
        session = self.session
        code = session.keymap.feed(key)
        if code is not None:
            session.toggle_code(code)
        else:
            parent = session.codebook.get(session.keymap.open_code)
            session.screen.message = f"{parent.label}: kies een subcode ({session.keymap.toggle_key(parent.id)} = de code zelf, esc = terug)"

    def _type(self, key: str) -> None:
        session = self.session
        if key == ENTER:
            text, mode = self.buffer, self.mode
            self.mode, self.buffer = "codes", ""
            if mode == "memo":
                session.set_memo(text.strip())
                session.screen.message = "memo bewaard"
            else:
                session.search(text)
        elif key == ESCAPE:
            self.mode, self.buffer = "codes", ""
            session.screen.message = "geannuleerd"
        elif key == BACKSPACE:
            self.buffer = self.buffer[:-1]
        elif key == EOF or key == "\x03":
            self.mode, self.buffer = "codes", ""
        elif len(key) == 1 and key.isprintable():
            self.buffer += key
