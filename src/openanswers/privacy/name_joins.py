"""A found name's other parts, read from what joins them to it (issue 15, round 6).

* particles and a capitalised word after a found name are its surname, a place's name too
  (``[Safot] van Lier``, ``[Bertus] op [den Kamp]`` -> one name);
* a second surname after a dash, spaced or not (``[Barros]–van Hulst``, ``[Espada] - Hermsen``);
* initials without dots in front (``BS [Verhoeven]``, ``HNW [Diniz]``); one capital before a listed
  surname or a word no lexicon knows, before a comma, a dash or the line's end (``H Schuttert,``);
* a word in lower case that no lexicon knows, listed with a found name by ``en`` or a comma
  (``[Tiemen] en mimoun``, ``samen met sjra, [Krzysztof] en …``).
"""

from __future__ import annotations

import re

from .lexicon import dutch_words, english_words, is_dutch, places, stop_words, surnames
from .name_words import NOT_NAMES
from .patterns import LOWER, UPPER

_PARTICLES = r"(?:van[ \t]+der|van[ \t]+den|van[ \t]+de|van[ \t]+'t|van|op[ \t]+den|op[ \t]+de|op[ \t]+ten|ten|ter|te|in[ \t]+'t|uit[ \t]+de|de|den|der)"
SURNAME_AFTER = re.compile(rf"[ \t]+{_PARTICLES}[ \t]+(?:'t[ \t]+)?[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?(?![\w'’-])")
DASHED = re.compile(rf"[ \t]*[–-][ \t]*(?:{_PARTICLES}[ \t]+(?:'t[ \t]+)?)?[{UPPER}][{LOWER}]+(?![\w'’-])")
_DASH_AFTER_SPACE = re.compile(r"[ \t]+[–-][ \t]")
INITIALS_BEFORE = re.compile(rf"(?<![\w.&/-])[{UPPER}]{{1,3}}[ \t]+$")
ONE_INITIAL = re.compile(rf"(?<![\w.&/-])(?P<name>[{UPPER}][ \t]+(?P<word>[{UPPER}][{LOWER}]{{2,}}))(?=[ \t]*(?:,|[–—-]|\(|\n|$))")
_LOWER_WORD = rf"[{LOWER}]{{3,}}"
# Joined by "en"/"of"/"&", or by a comma inside a list that goes on with "en" ("sjra, [Krzysztof] en …").
LISTED_BEFORE = re.compile(rf"(?<![\w'’-])(?P<word>{_LOWER_WORD})(?:[ \t]+(?:en|of|&)[ \t]+|,[ \t]*)$")
LISTED_AFTER = re.compile(rf"(?:[ \t]+(?:en|of|&)[ \t]+|,[ \t]*)(?P<word>{_LOWER_WORD})(?![\w'’-])")
_LIST_GOES_ON = re.compile(r"[ \t]*(?:,|[ \t]en[ \t])")
_TERMS = {"wlz", "wmo", "zvw", "ggz", "vvt", "zzp", "vpt", "mpt", "pgb", "cak", "ciz", "nza", "svb", "ict", "hr", "mt"}


def _unknown(word: str) -> bool:
    low = word.lower()
    return low not in dutch_words() and low not in english_words() and low not in stop_words() \
        and low not in NOT_NAMES and low not in places() and not is_dutch(low)


def joined_names(text: str, spans: list[tuple[int, int, str]], public: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """``spans`` with each name grown over its other parts, and the names listed beside it."""
    blocked = [(s, e) for s, e, _ in spans] + list(public)

    def free(a: int, b: int, own: tuple[int, int]) -> bool:
        return all(b <= s or a >= e or (s, e) == own for s, e in blocked)

    out = []
    for start, end, kind in sorted(spans):
        if kind == "NAAM":
            own = (start, end)
            for regex in (SURNAME_AFTER, DASHED):
                m = regex.match(text, end)
                last = m.group().split()[-1].lower() if m else ""
                if m and (regex is SURNAME_AFTER or "\n" not in m.group()) and last not in NOT_NAMES \
                        and len(last) <= 10 and not last.endswith(("ers", "ing", "heid")):  # "van Donderdag", "van de Regieopleiding"
                    touching = [(s, e, k) for s, e, k in spans if s < m.end() and m.start() < e and (s, e) != own]
                    if all(k == "NAAM" for _, _, k in touching) and not any(s < m.end() and m.start() < e for s, e in public):
                        end = max([m.end()] + [e for _, e, _ in touching])  # "[Bertus] op [den Kamp]": one name
                        break
            b = INITIALS_BEFORE.search(text, max(0, start - 5), start)
            if b and b.group().strip().lower() not in _TERMS and free(b.start(), start, own):
                start = b.start()
        out.append((start, end, kind))
    out = _merge(out)
    found = []
    if re.search(r"[A-Z] [A-Z]", text):
        for m in ONE_INITIAL.finditer(text):
            word = m["word"]
            if (word in surnames() or _unknown(word)) and all(m.end() <= s or m.start() >= e for s, e, _ in out) \
                    and all(m.end() <= s or m.start() >= e for s, e in public):
                found.append((m.start(), m.end(), "NAAM"))
    for start, end, kind in list(out):
        if kind != "NAAM":
            continue
        before = LISTED_BEFORE.search(text, max(0, start - 30), start)
        if before and "," in before.group() and not _LIST_GOES_ON.match(text, end):
            before = None  # "Romney, waarna": a comma alone lists nothing
        after = LISTED_AFTER.match(text, end)
        if after and "," in after.group() and not _LIST_GOES_ON.match(text, after.end()):
            after = None
        for m in (before, after):
            if m and _unknown(m["word"]) and all(m.end("word") <= s or m.start("word") >= e for s, e, _ in out + found):
                found.append((m.start("word"), m.end("word"), "NAAM"))
    return _merge(sorted(out + found))


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Overlapping spans after growing: the first keeps its kind, the rest joins it."""
    out: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(spans):
        if out and start < out[-1][1]:
            s, e, k = out[-1]
            out[-1] = (s, max(e, end), k)
        else:
            out.append((start, end, kind))
    return out
