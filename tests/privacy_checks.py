"""Shared checks of the privacy tests: what a rule must replace, and what it must leave alone."""

from __future__ import annotations

from openanswers.privacy import Pseudonymiser


def check_replaced(text: str, gone, kept, pseudonymiser: Pseudonymiser | None = None) -> None:
    """Every word of ``gone`` is replaced in ``text``; every word of ``kept`` survives (by the
    default gate, or by ``pseudonymiser``: e.g. the rules alone)."""
    out = (pseudonymiser or Pseudonymiser()).transform([text])[0]
    for word in gone:
        assert word not in out, out
    for word in kept:
        assert word in out, out


def check_unchanged(text: str, *also: Pseudonymiser) -> None:
    """The default gate, and each of ``also``, leaves ``text`` as it is."""
    for pseudonymiser in (Pseudonymiser(), *also):
        assert pseudonymiser.transform([text]) == [text]
