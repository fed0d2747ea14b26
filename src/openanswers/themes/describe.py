"""Dutch labels and extractive descriptions of themes."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from .quotes import sentences


def dutch_list(words: Sequence[str]) -> str:
    """"a", "a en b", "a, b en c"."""
    words = list(words)
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} en {words[-1]}"


def label_keywords(keywords: Sequence[str], label_terms: Collection[str] | None) -> list[str]:
    """The keywords that can name a theme: nouns and names, not "verwachten" or "regionaal".

    A bigram qualifies when one of its words does ("administratieve lasten"). Without POS
    information (``label_terms`` None) every keyword qualifies.
    """
    if label_terms is None:
        return list(keywords)
    chosen = [k for k in keywords if any(part in label_terms for part in k.split(" "))]
    return chosen or list(keywords)


def label_from_keywords(keywords: Sequence[str], n_words: int = 3) -> str:
    """Label from the theme's top keywords: "Tarief, administratieve lasten en indexatie"."""
    words = list(keywords[:n_words])
    if not words:
        return "Overige antwoorden"
    label = dutch_list(words)
    return label[0].upper() + label[1:]


def best_sentence(texts: Sequence[str], keywords: Sequence[str], max_chars: int = 220) -> str:
    """The sentence, among the theme's most central answers, that covers most keywords.

    Keywords are lemmas, sentences are surface text: a keyword counts when a word starts with its
    first five letters ("tarief" matches "tarieven"), which is enough to rank a handful of sentences.
    """
    stems = [k.lower()[:5] for k in keywords if " " not in k][:8]
    best, best_score = "", -1.0
    for rank, text in enumerate(texts):
        for sentence in sentences(text):
            if not 25 <= len(sentence) <= max_chars:
                continue
            words = sentence.lower().split()
            hits = sum(1 for s in stems if any(w.strip("“”‘’\"'(),.:;?!").startswith(s) for w in words))
            score = hits - 0.1 * rank  # prefer more central answers when coverage ties
            if score > best_score:
                best, best_score = sentence, score
    return best


def describe(naming: Sequence[str], n: int, share: float, example: str) -> str:
    words = list(naming[:3])
    text = f"{n} antwoorden ({share:.0%}) gaan vooral over {dutch_list(words)}."
    if example:
        text += f" Typerend: ‘{example}’"
    return text
