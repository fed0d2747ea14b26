"""Every key the coder types, one at a time and in order, whatever the program is doing.

``click.getchar`` reads whatever bytes are waiting and returns them as one string, so keys typed
while the screen was busy arrived glued together and were dropped or misread. Here a reader
thread owns the terminal (cbreak mode: no echo, no line buffering, Ctrl-C still interrupts),
reads every byte, splits the bytes into keys (an escape sequence such as an arrow is one key)
and puts them on a queue; the session takes them off one by one.
"""

from __future__ import annotations

import codecs
import os
import queue
import select
import sys
import threading

ENTER, ESCAPE, BACKSPACE, UP, DOWN, PAGE_UP, PAGE_DOWN, EOF = (
    "enter", "escape", "backspace", "up", "down", "pageup", "pagedown", "eof")
SEQUENCES = {
    "\x1b[A": UP, "\x1bOA": UP, "\x1b[B": DOWN, "\x1bOB": DOWN, "\x1b[5~": PAGE_UP, "\x1b[6~": PAGE_DOWN,
    "\x1b[C": "right", "\x1bOC": "right", "\x1b[D": "left", "\x1bOD": "left",
}
SINGLE = {"\r": ENTER, "\n": ENTER, "\x7f": BACKSPACE, "\x08": BACKSPACE, "\x1b": ESCAPE, "\x04": EOF}
ESCAPE_WAIT = 0.05  # seconds to wait for the rest of an escape sequence before "escape" alone


def split_keys(text: str, *, final: bool = True) -> tuple[list[str], str]:
    """Split typed text into keys; returns (keys, unfinished rest). ``"\\r\\n"`` is one enter.

    With ``final=False`` a trailing partial escape sequence is held back as the rest, to be
    completed by the next read."""
    keys: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\x1b":
            match = next((s for s in SEQUENCES if text.startswith(s, i)), None)
            if match:
                keys.append(SEQUENCES[match])
                i += len(match)
                continue
            head = text[i:i + 4]
            if not final and any(s.startswith(head) for s in SEQUENCES):
                return keys, text[i:]
            if len(head) >= 2 and head[1] in "[O":  # an unknown sequence: skip it whole
                j = i + 2
                while j < len(text) and not (text[j].isalpha() or text[j] == "~"):
                    j += 1
                i = j + 1
                continue
            keys.append(ESCAPE)
            i += 1
            continue
        if ch == "\r" and text.startswith("\r\n", i):
            i += 1
        keys.append(SINGLE.get(ch, ch))
        i += 1
    return keys, ""


class KeyReader:
    """Reads the terminal on a thread into a queue of keys. Use as a context manager.

    Example::

        with KeyReader() as keys:
            key = keys.get()        # blocks; "enter", "up", "a", "é", ...
    """

    def __init__(self, fd: int | None = None) -> None:
        self.fd = fd

    def __enter__(self) -> KeyReader:
        self.fd_ = sys.stdin.fileno() if self.fd is None else self.fd
        self.keys_: queue.Queue[str] = queue.Queue()
        self._saved = None
        if os.isatty(self.fd_):
            import termios
            import tty

            self._saved = termios.tcgetattr(self.fd_)
            tty.setcbreak(self.fd_)
        self._thread = threading.Thread(target=self._read, name="openanswers-keys", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        if self._saved is not None:
            import termios

            termios.tcsetattr(self.fd_, termios.TCSADRAIN, self._saved)

    def _read(self) -> None:
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        rest = ""
        while True:
            try:
                data = os.read(self.fd_, 4096)
            except OSError:
                data = b""
            if not data:
                keys, _ = split_keys(rest)
                for key in keys + [EOF]:
                    self.keys_.put(key)
                return
            text = rest + decoder.decode(data)
            keys, rest = split_keys(text, final=False)
            if rest and not select.select([self.fd_], [], [], ESCAPE_WAIT)[0]:
                more, rest = split_keys(rest)  # nothing followed: a lone escape key
                keys += more
            for key in keys:
                self.keys_.put(key)

    def get(self, timeout: float | None = None) -> str | None:
        """The next key, waiting up to ``timeout`` seconds (None: forever); None when none came."""
        try:
            return self.keys_.get(timeout=timeout)
        except queue.Empty:
            return None

    def pending(self) -> bool:
        """Whether more keys are already waiting (the screen need not be drawn in between)."""
        return not self.keys_.empty()
