"""The codebook a researcher writes and versions: codes in a tree, with rules and examples.

A :class:`Codebook` is plain data. Reading and writing live in ``yaml_csv.py`` and ``qdc.py``;
structural checks (duplicate ids, unknown parents, cycles) in :func:`validate`, so that a broken
codebook can still be loaded, shown and fixed instead of refusing to open.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

# Fixed namespace so that a code's GUID depends only on the codebook name and the code id:
# exporting the same codebook twice, on any machine, gives the same REFI-QDA GUIDs.
GUID_NAMESPACE = uuid.UUID("6f1c3a52-3d0e-5b8e-9a57-0a7e5b0c0dbe")

ID_PATTERN = re.compile(r"^[\w.-]+$")


def derived_guid(codebook_name: str, code_id: str) -> str:
    """The GUID a code gets when its file names none: uuid5 of codebook name and code id."""
    return str(uuid.uuid5(GUID_NAMESPACE, f"{codebook_name}/{code_id}"))


@dataclass(frozen=True)
class Code:
    """One code: ``include`` terms suggest it, ``exclude`` terms veto it (see :class:`RuleMatcher`)."""

    id: str
    label: str
    definition: str = ""
    parent: str | None = None
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)
    guid: str = ""  # filled in by Codebook from its name and the id when empty
    color: str | None = None  # "#RRGGBB", kept for REFI-QDA exchange


@dataclass(frozen=True)
class Problem:
    """Something wrong with a codebook; ``severity`` "error" makes ``openanswers codebook check`` fail."""

    kind: str  # duplicate_id | unknown_parent | cycle | no_match | too_broad
    code: str
    message: str
    severity: str = "error"


@dataclass(frozen=True)
class Codebook:
    """Codes in file order; parents are referenced by id.

    Example::

        cb = read_codebook("codebooks/wlz_zorgcontractering.yaml")
        [c.label for c in cb.children("tarieven")]
    """

    name: str
    version: str = ""
    codes: list[Code] = field(default_factory=list)
    description: str = ""

    def __post_init__(self) -> None:
        codes = [c if c.guid else replace(c, guid=derived_guid(self.name, c.id)) for c in self.codes]
        object.__setattr__(self, "codes", codes)

    def __iter__(self) -> Iterator[Code]:
        return iter(self.codes)

    def __len__(self) -> int:
        return len(self.codes)

    def __contains__(self, code_id: object) -> bool:
        return any(c.id == code_id for c in self.codes)

    @property
    def ids(self) -> list[str]:
        return [c.id for c in self.codes]

    def get(self, code_id: str) -> Code:
        """The code with this id (the first, if an id is duplicated); KeyError if none."""
        for code in self.codes:
            if code.id == code_id:
                return code
        raise KeyError(code_id)

    def children(self, code_id: str | None) -> list[Code]:
        """Direct children of a code; ``None`` gives the roots."""
        return [c for c in self.codes if c.parent == code_id]

    def roots(self) -> list[Code]:
        """Codes without a parent, and codes whose parent is unknown (so none is lost)."""
        ids = set(self.ids)
        return [c for c in self.codes if c.parent is None or c.parent not in ids]

    def ancestors(self, code_id: str) -> list[str]:
        """Parent, grandparent, ... of a code (stops at an unknown parent or a cycle)."""
        out: list[str] = []
        parents = {c.id: c.parent for c in reversed(self.codes)}
        current = parents.get(code_id)
        while current is not None and current in parents and current not in out and current != code_id:
            out.append(current)
            current = parents[current]
        return out

    def in_tree_order(self) -> Codebook:
        """The same codes, parents before their children (depth first): the order REFI-QDA keeps."""
        seen: set[int] = set()
        ordered: list[Code] = []

        def visit(code: Code) -> None:
            if id(code) in seen:
                return
            seen.add(id(code))
            ordered.append(code)
            for child in self.children(code.id):
                visit(child)

        for root in self.roots():
            visit(root)
        ordered += [c for c in self.codes if id(c) not in seen]  # codes caught in a cycle
        return replace(self, codes=ordered)


def validate(codebook: Codebook) -> list[Problem]:
    """Structural problems: duplicate ids, parents that do not exist, cycles in the tree."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for code in codebook.codes:
        if code.id in seen:
            problems.append(Problem("duplicate_id", code.id, f"code id {code.id!r} occurs more than once"))
        seen.add(code.id)
    for code in codebook.codes:
        if code.parent is not None and code.parent not in seen:
            problems.append(Problem("unknown_parent", code.id, f"parent {code.parent!r} of code {code.id!r} does not exist"))
    parents = {c.id: c.parent for c in codebook.codes}
    reported: set[str] = set()
    for start in parents:
        path: list[str] = []
        current: str | None = start
        while current is not None and current in parents and current not in path:
            path.append(current)
            current = parents[current]
        if current is not None and current in path:
            cycle = path[path.index(current):]
            key = min(cycle)
            if key not in reported:
                reported.add(key)
                loop = " -> ".join(cycle + [current])
                problems.append(Problem("cycle", key, f"codes form a cycle: {loop}"))
    return problems
