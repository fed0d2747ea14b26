"""Universal Dependencies Dutch treebanks: reading CoNLL-U and the lemma convention openanswers uses.

Shared by training/train.py, benchmarks/eval_lemmas.py and the tests so that all three agree on
what a correct lemma is.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "PROPN"})


class GoldToken(NamedTuple):
    form: str
    lemma: str  # as in the treebank ("klooster_orde")
    upos: str
    space_after: bool


def read_conllu(path: Path) -> list[list[GoldToken]]:
    """Sentences of gold tokens; multiword-token ranges and empty nodes are skipped."""
    sents: list[list[GoldToken]] = []
    cur: list[GoldToken] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if not cols[0].isdigit():
            continue
        cur.append(GoldToken(cols[1], cols[2], cols[3], "SpaceAfter=No" not in cols[9]))
    if cur:
        sents.append(cur)
    return sents


def written_lemma(form: str, lemma: str) -> str:
    """The lemma as Dutch writes it. UD Dutch marks compound and particle boundaries and drops
    linking morphemes ("verdediging_houding" for "verdedigingshouding", "mee_doen"); keywords need
    the written word. Where the head (last part) appears whole in the form, keep the form's own
    spelling up to it ("verdedigingshouding", "gemeenteraadslid"); a verb whose particle stands
    apart keeps the verb ("houdt" -> "houden", not "aanhouden"); else join the parts
    ("zorg_kantoor" for "zorgkantoren" -> "zorgkantoor")."""
    if "_" not in lemma or lemma == "_":
        return lemma
    head = lemma.rsplit("_", 1)[1]
    at = form.lower().rfind(head.lower())
    if head and at > 0:
        return form[:at] + head
    if not form.lower().startswith(lemma.split("_", 1)[0].lower()):
        # A separable verb whose particle is another token ("houdt ... aan" -> "aan_houden"):
        # this token's own lemma is the verb; without a parser the particle cannot be joined.
        return head
    return lemma.replace("_", "")
