"""Representative quotes: central to their theme, different from each other, readable."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

import numpy as np

MIN_CHARS = 30  # shorter answers rarely stand on their own in a report
MAX_CHARS = 300  # longer ones are cut at a sentence end and marked […]
NEAR_DUPLICATE = 0.92  # cosine above which two quotes say the same thing
MMR_LAMBDA = 0.7  # weight of centrality against novelty in maximal marginal relevance
META_PENALTY = 0.1  # centrality lost by an answer that refers to a page or section
# A reference to a place in a document: "pagina 12", "blz. 7", "paragraaf 3.2", "hoofdstuk 4".
REFERENCE = re.compile(r"\b(?:blz|bladzijde|pag|pagina|p|paragraaf|par|hoofdstuk|bijlage|regel|alinea)\.?\s*\d", re.IGNORECASE)

_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9“‘\"'(])")
# Words whose final period is an abbreviation, not a sentence end ("o.a. Vilans", "blz. 7").
_ABBREVIATIONS = {"blz", "pag", "nr", "bijv", "bv", "ca", "dhr", "mevr", "mr", "dr", "evt", "incl", "excl", "resp", "etc", "enz", "jl", "art", "vs"}


def sentences(text: str) -> list[str]:
    """Sentences of an answer; a split after an abbreviation ("o.a.", "blz.") is undone."""
    out: list[str] = []
    for piece in _BREAK.split(text.strip()):
        piece = piece.strip()
        if not piece:
            continue
        if out and _ends_in_abbreviation(out[-1]):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def _ends_in_abbreviation(sentence: str) -> bool:
    last = sentence.rsplit(None, 1)[-1].lower().rstrip(".")
    return "." in last or last.strip("(") in _ABBREVIATIONS or len(last) == 1


def trim(text: str, max_chars: int = MAX_CHARS) -> str:
    """Whole sentences up to ``max_chars``; a first sentence that is too long is cut at a word."""
    if len(text) <= max_chars:
        return text
    kept = ""
    for sentence in sentences(text):
        if len(kept) + len(sentence) + 1 > max_chars:
            break
        kept = f"{kept} {sentence}".strip()
    if not kept:
        kept = text[:max_chars].rsplit(" ", 1)[0]
    return f"{kept} […]"


def select_quotes(
    texts: Sequence[str],
    vectors: np.ndarray,
    centroid: np.ndarray,
    n_quotes: int,
    min_chars: int = MIN_CHARS,
    aspects: Sequence[Collection[int]] = (),
) -> list[int]:
    """Indices of up to ``n_quotes`` texts, by maximal marginal relevance to the centroid.

    ``aspects`` lists, per phrase a description names, the indices of the texts that use it: the
    first quotes show one aspect each (the most central fitting answer), the rest follow by MMR.
    Readable candidates (at least ``min_chars``) are preferred; short ones are used only when a
    theme has too few long answers. Answers that point at a page or section ("Op pagina 12 staat")
    rank lower: they say where, not what. Near-duplicates of a chosen quote are never chosen.
    """
    if len(texts) == 0:
        return []
    centrality = vectors @ centroid - META_PENALTY * np.array([bool(REFERENCE.search(t)) for t in texts])
    lengths = np.array([len(t) for t in texts])
    readable = np.flatnonzero(lengths >= min_chars)
    pool = readable if len(readable) >= n_quotes else np.arange(len(texts))
    chosen: list[int] = []
    seen_texts: set[str] = set()
    ranked = [int(i) for i in pool[np.argsort(-centrality[pool], kind="stable")]]

    def pick(candidates: list[int]) -> bool:
        """Choose the best of ``candidates`` by MMR; False when none is new enough."""
        while candidates:
            if chosen:
                redundancy = (vectors[candidates] @ vectors[chosen].T).max(axis=1)
            else:
                redundancy = np.zeros(len(candidates))
            score = MMR_LAMBDA * centrality[candidates] - (1 - MMR_LAMBDA) * redundancy
            best = int(np.argmax(score))
            index = candidates.pop(best)
            key = texts[index].strip().lower()
            if redundancy[best] >= NEAR_DUPLICATE or key in seen_texts:
                continue
            chosen.append(index)
            seen_texts.add(key)
            return True
        return False

    for members in aspects:
        if len(chosen) >= n_quotes:
            break
        if not set(members) & set(chosen):
            pick([i for i in ranked if i in members and i not in chosen])
    rest = [i for i in ranked if i not in chosen]
    while len(chosen) < n_quotes and pick(rest):
        pass
    return chosen
