"""Suggestions for mapping topics to codebook codes, from the codebook's own include/exclude rules.

The analyst decides: suggestions are a table to read, and ``review.map_codes`` records the choice.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd


def suggest_codes(review, codebook=None, *, min_share: float = 0.25, top: int = 3) -> pd.DataFrame:
    """Per topic, the codes whose rules match at least ``min_share`` of its answers (best first)."""
    from ..codebook import RuleMatcher, read_codebook

    codebook = codebook or review.codebook
    if codebook is None:
        from ..errors import InputError

        raise InputError("no codebook: pass one to open_run(..., codebook=) or to suggest_codes")
    if not hasattr(codebook, "codes"):
        codebook = read_codebook(codebook)
    labels = {c.id: c.label for c in codebook}
    matches = RuleMatcher(codebook).match(review._texts)
    rows = []
    for topic in review.state.topic_ids:
        members = [i for i, t in enumerate(review.state.labels) if t == topic]
        counts = Counter(code for i in members for code in matches[i])
        for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]:
            if n / len(members) >= min_share:
                rows.append({"topic": topic, "name": review.topic_name(topic), "code": code,
                             "label": labels.get(code, code), "share": n / len(members)})
    return pd.DataFrame(rows, columns=["topic", "name", "code", "label", "share"])
