"""Label writers: turn a theme's evidence into the label and description a report prints.

One small interface, picked by name (``make_label_writer("phrases")``), so a different writer (a
local language model, say) can take the same evidence. The default writes extractively: every
word of its label and description is a phrase the respondents used or a sentence one of them
wrote, with counts, so a report writer can check each claim against the answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..errors import ConfigError
from .evidence import Aspect

SECOND_PHRASE_MIN = 0.4  # a second phrase joins the label when it scores this much, after overlap
PARTNER_COVER = 1 / 3  # ... and is used by at least this share of the answers that use the first
N_ASPECTS = 4  # phrases named in a description at most
ASPECT_MIN = 0.5  # a phrase is named in a description when it scores this much of the best
UNSTABLE = 0.6  # below this stability a theme is called "wankel"


@dataclass
class ThemeEvidence:
    """Everything a writer may use; nothing else reaches the label or description."""

    aspects: list[Aspect]  # best first
    keywords: list[str]  # the theme's keywords, written form
    n: int
    share: float
    typical: str  # the theme's most typical sentence, "" when none
    stability: float | None = None
    extra: dict = field(default_factory=dict)


@dataclass
class Written:
    label: str
    description: str
    candidates: list[str]  # other labels the evidence supports, best first (for review)


class PhraseWriter:
    """Labels of one or two complementary phrases ("Tarieven en financiële onzekerheid") and a
    description naming the theme's main phrases with how many answers use each."""

    name = "phrases"

    def write(self, evidence: ThemeEvidence) -> Written:
        aspects = evidence.aspects
        if not aspects:
            label = capitalise(dutch_list(evidence.keywords[:2])) if evidence.keywords else "Overige antwoorden"
            return Written(label, describe(evidence, []), [])
        chosen = [label_phrases(aspects, first) for first in range(min(3, len(aspects)))]
        labels = [capitalise(" en ".join(a.text for a in phrases)) for phrases in chosen]
        labels += [capitalise(a.text) for a in aspects[:3]]
        candidates = list(dict.fromkeys(labels))
        # The description names the label's own phrases first, so label and text agree.
        return Written(candidates[0], describe(evidence, named_aspects(aspects, chosen[0])), candidates[1:6])


class KeywordWriter:
    """The earlier writer: the three best keywords as a list ("Tarief, indexatie en NZa")."""

    name = "keywords"

    def write(self, evidence: ThemeEvidence) -> Written:
        words = evidence.keywords[:3]
        label = capitalise(dutch_list(words)) if words else "Overige antwoorden"
        return Written(label, describe(evidence, named_aspects(evidence.aspects)), [])


def _llm_writer(**params):
    """The local language model writer, imported only when asked for (see themes/llm.py)."""
    from .llm import LLMWriter

    return LLMWriter(**params)


WRITERS = {writer.name: writer for writer in (PhraseWriter, KeywordWriter)} | {"llm": _llm_writer}


def make_label_writer(name: str = "phrases"):
    try:
        return WRITERS[name]()
    except KeyError:
        raise ConfigError(f"unknown label writer {name!r}; choose from {', '.join(sorted(WRITERS))}") from None


def label_phrases(aspects: Sequence[Aspect], first: int = 0) -> list[Aspect]:
    """The one or two phrases a label is made of, led by ``aspects[first]``."""
    if not aspects:
        return []
    lead = aspects[first]
    partner = complement(lead, [a for i, a in enumerate(aspects) if i != first])
    return [lead] if partner is None else [lead, partner]


def complement(lead: Aspect, others: Sequence[Aspect]) -> Aspect | None:
    """The phrase that best adds to ``lead``: other words, used by other answers, still strong,
    and used often enough to stand beside it."""
    words = set(lead.key.split())
    best, best_value = None, SECOND_PHRASE_MIN
    for other in others:
        if words & set(other.key.split()) or other.text in lead.text or lead.text in other.text:
            continue
        if other.n < PARTNER_COVER * lead.n:  # a handful of answers does not name a theme
            continue
        overlap = len(other.members & lead.members) / max(1, len(other.members))
        value = other.score * (1 - overlap)
        if value > best_value:
            best, best_value = other, value
    return best


def named_aspects(aspects: Sequence[Aspect], first: Sequence[Aspect] = ()) -> list[Aspect]:
    """The phrases a description names: ``first`` (the label's), then up to :data:`N_ASPECTS`
    strong ones that do not repeat each other's words, most used first (as a report lists them)."""
    chosen: list[Aspect] = list(first)[:N_ASPECTS]
    for aspect in aspects:
        if len(chosen) == N_ASPECTS:
            break
        words = set(aspect.key.split())
        if aspect.score < ASPECT_MIN or any(words & set(c.key.split()) for c in chosen):
            continue
        chosen.append(aspect)
    return sorted(chosen, key=lambda a: -a.n)


def describe(evidence: ThemeEvidence, aspects: Sequence[Aspect]) -> str:
    """Two or three Dutch sentences: what the answers name, how often, and a typical sentence."""
    sentences = []
    if aspects:
        first, *rest = aspects
        parts = [f"{first.text} ({answers(first.n)})"] + [f"{a.text} ({a.n})" for a in rest]
        sentences.append(f"Respondenten noemen {'vooral' if mostly(aspects, evidence.n) else 'onder meer'} {dutch_list(parts)}.")
    if evidence.typical:
        sentences.append(f"Typerend: ‘{evidence.typical}’")
    if evidence.stability is not None and evidence.stability < UNSTABLE:
        sentences.append(
            f"Let op: deze hoofdlijn is wankel (stabiliteit {decimal(evidence.stability)}): bij herhaling op "
            "een andere steekproef van de antwoorden valt ze vaak anders uit."
        )
    return " ".join(sentences)


def mostly(aspects: Sequence[Aspect], n: int) -> bool:
    """Whether the named phrases are what most of a theme's ``n`` answers say, so that "vooral"
    is true: at least half of them use one of the phrases. Otherwise a description says "onder
    meer" (a theme of 45 answers where 4 name the Green Deal and 3 financing is not "mainly"
    about them). Recounted phrases without members (a selection) count their most used one."""
    members = set().union(*(a.members for a in aspects))
    covered = len(members) if members else max((a.n for a in aspects), default=0)
    return 2 * covered >= n


def describe_selection(phrases: Sequence[str], texts: Sequence[str], typical: str) -> str:
    """The description of a theme recounted for a selection of its answers (a subgroup, a filter).

    The run's phrase counts are of all its answers; here a phrase counts for an answer when each
    of its words starts an answer word by its first five letters ("tarieven" for "tarief").
    """
    counted = [Aspect(p, p, sum(mentions(p, t) for t in texts), 0.0, frozenset()) for p in phrases]
    counted = sorted((a for a in counted if a.n), key=lambda a: -a.n)
    return describe(ThemeEvidence(counted, [], len(texts), 0.0, typical), counted)


def mentions(phrase: str, text: str) -> bool:
    words = [w.strip("“”‘’\"'(),.:;?!").lower() for w in text.split()]
    return all(any(w.startswith(p.lower()[:5]) for w in words) for p in phrase.split())


def theme_figures(n: int, share: float, share_ci: Sequence[float] | None = None, stability: float | None = None) -> str:
    """"n=78, 40% (95%-interval 33-47%), stabiliteit 0,81": the figures printed beside a label."""
    text = f"n={n}, {share:.0%}"
    if share_ci:
        text += f" (95%-interval {share_ci[0]:.0%}–{share_ci[1]:.0%})"
    if stability is not None:
        text += f", stabiliteit {decimal(stability)}" + (" (wankel)" if stability < UNSTABLE else "")
    return text


def answers(n: int) -> str:
    """"1 antwoord", "2 antwoorden"."""
    return f"{n} antwoord" if n == 1 else f"{n} antwoorden"


def decimal(value: float, digits: int = 2) -> str:
    """Dutch decimal comma: 0,42."""
    return f"{value:.{digits}f}".replace(".", ",")


def dutch_list(words: Sequence[str]) -> str:
    """"a", "a en b", "a, b en c"."""
    words = list(words)
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} en {words[-1]}"


def capitalise(text: str) -> str:
    """First letter upper case, the rest as written ("ZZP-tarieven", "Financiële onzekerheid")."""
    return text[:1].upper() + text[1:] if text else text
