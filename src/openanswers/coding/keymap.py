"""Stable, memorable keys for every code of a codebook: letters, and chords for child codes.

Keys are derived from the codebook alone (label first, then id), so a code keeps its key from
answer to answer and from session to session, and a coder's fingers learn them. A top-level
code gets one letter; a child code the letters of its parents followed by its own ("t" then "v":
Tarieven > Vastgoedvergoeding). A code that has children is itself ticked by repeating its last
letter ("tt"), so no key sequence is the start of another one. The session's command keys
(:data:`COMMAND_KEYS`) are never given to a top-level code.
"""

from __future__ import annotations

import string

from ..codebook.rules import fold

COMMAND_KEYS = frozenset("asumq")  # accept, skip, undo, memo, quit
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase


def _preferred(label: str, code_id: str) -> list[str]:
    """Letters in the order a person would guess them: word starts, then the rest, label first."""
    words = [w for w in fold(label).replace("-", " ").split() if w]
    starts = [w[0] for w in words]
    rest = [ch for w in words for ch in w[1:]]
    tail = [ch for ch in fold(code_id.rsplit(".", 1)[-1])]
    return [ch for ch in dict.fromkeys(starts + rest + tail + list(LOWER)) if ch in LOWER]


def assign_keys(codebook) -> dict[str, str]:
    """Code id -> its key sequence, for every code that can get one (all but huge sibling sets:
    52 letters per level), in codebook order."""
    keys: dict[str, str] = {}

    def assign(parent: str | None, prefix: str, taken: set[str]) -> None:
        for code in [c for c in codebook if c.parent == parent]:
            letter = next((ch for ch in _preferred(code.label, code.id) if ch not in taken), None)
            if letter is None:
                letter = next((ch for ch in UPPER if ch not in taken), None)
            if letter is None:
                continue  # reachable through search and the digits only
            taken.add(letter)
            keys[code.id] = prefix + letter
            if codebook.children(code.id):
                assign(code.id, prefix + letter, {letter})

    assign(None, "", set(COMMAND_KEYS))
    return {c.id: keys[c.id] for c in codebook if c.id in keys}


class KeyMap:
    """Turns typed letters into codes: ``feed(key)`` returns the code id a completed sequence
    names, or None while a chord is open (``pending``) or when the key names nothing."""

    def __init__(self, codebook) -> None:
        self.codebook = codebook
        self.keys = assign_keys(codebook)
        self.sequences: dict[str, str] = {}
        for code_id, key in self.keys.items():
            if codebook.children(code_id):
                self.sequences[key + key[-1]] = code_id  # "tt": the parent itself
            else:
                self.sequences[key] = code_id
        self.prefixes = {key: code_id for code_id, key in self.keys.items() if codebook.children(code_id)}
        self.pending = ""

    def starts(self, key: str) -> bool:
        """Whether ``key`` (added to what is pending) continues or completes a code's sequence."""
        typed = self.pending + key
        return typed in self.sequences or typed in self.prefixes

    def feed(self, key: str) -> str | None:
        typed = self.pending + key
        if typed in self.sequences:
            self.pending = ""
            return self.sequences[typed]
        self.pending = typed if typed in self.prefixes else ""
        return None

    def cancel(self) -> None:
        self.pending = ""

    @property
    def open_code(self) -> str | None:
        """The parent code whose children the coder is choosing among, if a chord is open."""
        return self.prefixes.get(self.pending)

    def toggle_key(self, code_id: str) -> str:
        """What to type to tick ``code_id``, as shown next to it."""
        key = self.keys.get(code_id, "")
        return key + key[-1] if key and self.codebook.children(code_id) else key
