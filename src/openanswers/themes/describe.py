"""The typical sentence of a theme: what its description quotes after naming its phrases."""

from __future__ import annotations

from collections.abc import Sequence

from .quotes import REFERENCE, sentences


def best_sentence(texts: Sequence[str], phrases: Sequence[str], max_chars: int = 220) -> str:
    """The sentence, among the theme's most central answers, that covers most of its phrases.

    Phrases are written forms, sentences surface text: a phrase word counts when a word starts with
    its first five letters ("tarief" matches "tarieven"), enough to rank a handful of sentences.
    A sentence that only points at a page or section ("Op pagina 12 staat:") ranks last.
    """
    stems = list(dict.fromkeys(w.lower()[:5] for p in phrases for w in p.split() if len(w) > 2))[:8]
    best, best_score = "", -float("inf")
    for rank, text in enumerate(texts):
        for sentence in sentences(text):
            if not 25 <= len(sentence) <= max_chars:
                continue
            words = sentence.lower().split()
            hits = sum(1 for s in stems if any(w.strip("“”‘’\"'(),.:;?!").startswith(s) for w in words))
            score = hits - 0.1 * rank - (2 if REFERENCE.search(sentence) else 0)  # central answers win ties
            if score > best_score:
                best, best_score = sentence, score
    return best
