"""The learned recogniser beside the rules (openanswers.privacy.recogniser): shipped, used, vetoed
by the controls' lists, and switched off on request. Sentences written for these tests."""

from __future__ import annotations

import pytest

from openanswers.privacy import Pseudonymiser
from openanswers.privacy.gate import Gate
from openanswers.privacy.recogniser import MODEL, Recogniser, available, load_model, merge_model_spans, model_wanted


# -- merging the model's spans into the rules' ------------------------------------------------
def test_a_model_span_that_overlaps_nothing_is_added_trimmed_of_punctuation():
    text = "Vraag het (Marloes) maar."
    assert merge_model_spans(text, [], [(10, 19, "NAAM")], []) == [(11, 18, "NAAM")]


def test_a_model_span_widens_the_rules_name_it_overlaps():
    text = "Ik sprak Annelot Verbrugge gisteren."
    rules = [(17, 26, "NAAM")]  # the rules found the surname only
    assert merge_model_spans(text, rules, [(9, 26, "NAAM")], []) == [(9, 26, "NAAM")]


def test_a_public_body_vetoes_a_model_span():
    text = "Het zorgkantoor Menzis belde."
    assert merge_model_spans(text, [], [(4, 22, "ORGANISATIE")], [(4, 22)]) == []
    assert merge_model_spans(text, [], [(16, 22, "ORGANISATIE")], [(4, 22)]) == []


def test_a_model_span_over_a_fixed_format_span_is_dropped():
    text = "Mail naar a.b@zorg.nl vandaag."
    rules = [(10, 21, "E-MAIL")]
    assert merge_model_spans(text, rules, [(10, 29, "NAAM")], []) == rules


def test_the_switch_reads_the_environment_only_when_not_given(monkeypatch):
    monkeypatch.delenv("OPENANSWERS_PII_MODEL", raising=False)
    assert model_wanted(None) and model_wanted(True) and not model_wanted(False)
    for off in ("0", "off", "no", "False"):
        monkeypatch.setenv("OPENANSWERS_PII_MODEL", off)
        assert not model_wanted(None) and model_wanted(True)
