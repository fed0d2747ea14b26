"""What an analyst may pass to a review operation, checked before anything is logged: a clear
error for ``merge(["abc", 5])`` or ``rename_topic(5, None)`` instead of a raw ValueError."""

from __future__ import annotations

import numpy as np

from ..errors import InputError


def topic_number(topic) -> int:
    if isinstance(topic, bool) or not isinstance(topic, (int, np.integer)):
        raise InputError(f"a topic is given by its number (see review.topics), not {topic!r}")
    return int(topic)


def whole_number(value, name: str, minimum: int = 1) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < minimum:
        raise InputError(f"{name} must be a whole number of at least {minimum}, not {value!r}")
    return int(value)


def nonempty_text(value) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"a name or description must be non-empty text, not {value!r}")
    return value.strip()


def id_list(ids) -> list[str]:
    return [ids] if isinstance(ids, str) else [str(i) for i in ids]


def load_codebook(codebook):
    if codebook is None or hasattr(codebook, "codes"):
        return codebook
    from ..codebook import read_codebook

    return read_codebook(codebook)
