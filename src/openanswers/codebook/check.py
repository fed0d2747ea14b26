"""Check a codebook against real answers before coding with it.

Structural problems (duplicate ids, unknown parents, cycles) are errors: the codebook cannot be
exported or applied as a tree. Codes that no answer matches and terms that match almost every
answer are warnings: the rules need work, but the codebook is usable.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from .model import Codebook, Problem, validate
from .rules import RuleMatcher

BROAD_SHARE = 0.5  # a term matching more than half of the answers does not discriminate


@dataclass(frozen=True)
class CheckReport:
    """What :func:`check` found; ``counts`` is the number of answers each code's rules match."""

    codebook: Codebook
    problems: list[Problem]
    n_texts: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    term_counts: dict[tuple[str, str], int] = field(default_factory=dict)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_frame(self) -> pd.DataFrame:
        """One row per code: id, label, parent, n (answers matched), share, problems."""
        kinds: dict[str, list[str]] = {}
        for problem in self.problems:
            kinds.setdefault(problem.code, []).append(problem.kind)
        rows = [
            {
                "id": c.id,
                "label": c.label,
                "parent": c.parent,
                "n": self.counts.get(c.id, 0),
                "share": self.counts.get(c.id, 0) / self.n_texts if self.n_texts else 0.0,
                "problems": ", ".join(kinds.get(c.id, [])),
            }
            for c in self.codebook
        ]
        return pd.DataFrame(rows, columns=["id", "label", "parent", "n", "share", "problems"])


def check(codebook: Codebook, texts: Sequence[str] | None = None, nlp=None, *, broad_share: float = BROAD_SHARE) -> CheckReport:
    """Validate the codebook and, given answers, count matches per code and per include term.

    Example::

        report = check(read_codebook("codebooks/wlz_zorgcontractering.yaml"), answers["text"])
        report.to_frame().sort_values("n")
    """
    problems = list(validate(codebook))
    if texts is None:
        return CheckReport(codebook, problems)
    texts = [t for t in texts if isinstance(t, str) and t.strip()]
    matches = RuleMatcher(codebook, nlp=nlp).match(texts) if texts else []
    counts = Counter(code for found in matches for code in found)
    term_counts = Counter((code, term) for found in matches for code, terms in found.items() for term in terms)
    n = len(texts)
    for code in codebook:
        if not code.include:
            problems.append(Problem("no_rules", code.id, f"code {code.id!r} has no include terms", "warning"))
        elif n and counts[code.id] == 0:
            problems.append(Problem("no_match", code.id, f"no answer matches code {code.id!r}", "warning"))
        for term in code.include:
            hits = term_counts[(code.id, term)]
            if n and hits / n > broad_share:
                message = f"term {term!r} of code {code.id!r} matches {hits} of {n} answers ({hits / n:.0%})"
                problems.append(Problem("too_broad", code.id, message, "warning"))
    return CheckReport(
        codebook,
        problems,
        n_texts=n,
        counts={c.id: counts[c.id] for c in codebook},
        term_counts={(c.id, t): term_counts[(c.id, t)] for c in codebook for t in c.include},
    )
