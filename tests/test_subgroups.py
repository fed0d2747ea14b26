"""Subgroup tables, tests, richtinggevend flags, NPS and wave comparisons on the bundled corpus
(subgroup `sectie`), checked against independent computations with scipy and pandas."""

import copy

import numpy as np
import pandas as pd
import pytest
from scipy.stats import chi2_contingency, fisher_exact

from openanswers import schema
from openanswers.errors import InputError
from openanswers.report import Source, build_report
from openanswers.report.subgroups import contingency_test, nps_table, theme_table
from openanswers.report.waves import GONE, STABLE, match_themes


@pytest.fixture(scope="module")
def table(nvi_result):
    return theme_table(nvi_result.answers, "sectie", [t.label for t in nvi_result.themes])


def test_counts_and_flags_follow_the_data(table, nvi_result):
    answers = nvi_result.answers
    sizes = answers.groupby("sectie")[schema.RESPONDENT].nunique()
    assert set(table.groups) == set(sizes.index)
    for group in table.groups:
        assert table.indicative(group) == (sizes[group] < 10)
        rows = answers[answers["sectie"] == group]
        for theme in nvi_result.themes:
            assert table.counts.loc[group, theme.label] == (rows["theme"] == theme.label).sum()
            assert table.share(group, theme.label) == pytest.approx((rows["theme"] == theme.label).mean())
    assert any(table.indicative(g) for g in table.groups) and not all(table.indicative(g) for g in table.groups)
    frame = table.frame()
    flagged = frame.set_index("sectie")["richtinggevend"]
    assert {g for g in table.groups if flagged[g] == "ja"} == set(sizes[sizes < 10].index)


def test_p_values_match_scipy_on_the_tested_groups(table, nvi_result):
    answers = nvi_result.answers
    sizes = answers.groupby("sectie")[schema.RESPONDENT].nunique()
    tested = answers[answers["sectie"].isin(sizes[sizes >= 10].index)]
    for theme in nvi_result.themes:
        crosstab = pd.crosstab(tested["sectie"], tested["theme"] == theme.label)
        expected = chi2_contingency(crosstab.to_numpy())[1]
        assert table.tests[theme.label].p_value == pytest.approx(expected)
        assert table.tests[theme.label].groups == len(crosstab)
    overall = chi2_contingency(pd.crosstab(tested["sectie"], tested["theme"]).to_numpy())[1]
    assert table.overall.p_value == pytest.approx(overall)


def test_fisher_for_small_two_by_two():
    small = np.array([[3, 1], [1, 4]])
    test = contingency_test(small)
    assert test.method == "Fisher exact"
    assert test.p_value == pytest.approx(fisher_exact(small)[1])
    large = np.array([[30, 20], [15, 35]])
    assert contingency_test(large).method == "chi-kwadraat"
    assert contingency_test(np.array([[5, 0], [7, 0]])) is None  # one column: nothing to test


def test_threshold_is_a_parameter(nvi_result):
    labels = [t.label for t in nvi_result.themes]
    strict = theme_table(nvi_result.answers, "sectie", labels, min_respondents=20)
    sizes = nvi_result.answers.groupby("sectie")[schema.RESPONDENT].nunique()
    assert {g for g in strict.groups if strict.indicative(g)} == set(sizes[sizes < 20].index)


def test_code_shares_allow_several_codes_per_answer(nvi_result):
    answers = nvi_result.answers.copy()
    words = {"budget": "budget", "innovatie": "innovatie", "kwaliteit": "kwaliteit"}
    codes = {i: [c for c, w in words.items() if w in t.lower()] for i, t in zip(answers[schema.ID], answers[schema.TEXT])}
    report = build_report(Source(nvi_result, codes=codes), by="sectie")
    table = report.code_subgroups
    coded = report.selection.answers
    assert set(table.items) <= set(words)
    for code in table.items:
        has = coded["codes"].str.split("; ").map(lambda cs, c=code: c in cs)
        assert table.total["counts"][code] == has.sum()
    assert any(len(c) > 1 for c in codes.values())  # the test data has multi-coded answers


def test_nps_per_theme_and_group(nvi_result):
    result = copy.deepcopy(nvi_result)
    scores = [int(i.split("-")[1]) % 11 for i in result.answers[schema.ID]]  # spread over 0-10
    result.answers["aanbevelen"] = [str(s) for s in scores]
    labels = [t.label for t in result.themes]
    frame = nps_table(result.answers, "aanbevelen", labels)
    total = frame.set_index("thema").loc["Totaal"]
    s = pd.Series(scores)
    assert total["NPS"] == round(100 * ((s >= 9).mean() - (s <= 6).mean()))
    assert total["n respondenten"] == len(s)
    by_group = nps_table(result.answers, "aanbevelen", labels, by="sectie")
    assert ((by_group["n respondenten"] < 10) == (by_group["richtinggevend"] == "ja")).all()
    result.answers.loc[5, "aanbevelen"] = "heel goed"
    with pytest.raises(InputError) as error:
        nps_table(result.answers, "aanbevelen", labels)
    assert error.value.column == "aanbevelen" and error.value.row == result.answers.loc[5, schema.ROW]


def test_same_run_twice_is_stable(nvi_result):
    comparison = match_themes(nvi_result, nvi_result)
    assert comparison.method == "centroid+keywords"
    assert {c.status for c in comparison.changes} == {STABLE}
    assert all(c.label_before == c.label_after and c.similarity >= 0.5 for c in comparison.changes)
    assert all(c.test.p_value == pytest.approx(1.0) for c in comparison.changes)


def test_unrelated_surveys_share_no_theme(nvi_result):
    from conftest import SIB
    from openanswers.ingest import read_answers
    from openanswers.pipeline import summarise

    sib = read_answers(SIB, text="tekst").iloc[:200].reset_index(drop=True)  # Wikipedia sentences
    comparison = match_themes(nvi_result, summarise(sib, n_themes=3, random_state=0))
    assert not [c for c in comparison.changes if c.label_before and c.label_after]


@pytest.fixture(scope="module")
def without_last_theme(nvi_answers, nvi_result):
    """A later 'wave' in which nobody raised the smallest theme any more."""
    from openanswers.pipeline import summarise

    gone = nvi_result.themes[-1].label
    keep = (nvi_result.answers["theme"] != gone).to_numpy()
    return gone, summarise(nvi_answers[keep].reset_index(drop=True), n_themes=2, random_state=0)


def test_a_theme_that_is_no_longer_raised_disappears(nvi_result, without_last_theme):
    gone, later = without_last_theme
    comparison = match_themes(nvi_result, later)
    by_before = {c.label_before: c for c in comparison.changes if c.label_before}
    assert by_before[gone].status == GONE
    matched = [c for c in comparison.changes if c.label_before and c.label_after]
    assert len(matched) == 2 and all(c.similarity >= 0.5 for c in matched)
    n = len(later.answers)
    for change in matched:  # shares of the later wave are its own counts
        assert change.share_after == pytest.approx((later.answers["theme"] == change.label_after).sum() / n)


def test_wave_report_quotes_come_through_the_gate(nvi_result, without_last_theme):
    gone, later = without_last_theme
    report = build_report(Source(later, name="2025"), compare=Source(nvi_result, name="2024"))
    change = next(c for c in report.waves.changes if c.label_before == gone)
    theme = next(t for t in nvi_result.themes if t.label == gone)
    assert change.quotes and {q.id for q in change.quotes} <= set(nvi_result.answers.loc[nvi_result.answers["theme"] == gone, "id"])
    assert change.quotes[0].id == theme.quotes[0].id  # the earlier wave shows what disappeared
    assert report.waves.name_before == "2024" and report.waves.name_after == "2025"


def test_keyword_matching_when_embedders_differ(nvi_result):
    other = copy.deepcopy(nvi_result)
    other.info["embedder"] = "tfidf"
    comparison = match_themes(nvi_result, other)
    assert comparison.method == "keywords"
    assert all(c.label_before == c.label_after for c in comparison.changes)


def test_wave_tables_in_documents_carry_no_spreadsheet_guard(nvi_result, without_last_theme, tmp_path):
    """A theme that disappeared shows a dash as its later label: in Markdown and HTML a plain
    dash, not "'-" (a formula start that the spreadsheet guard would mark)."""
    import html as html_module

    from openanswers.report import export_report

    _, later = without_last_theme
    for fmt in ("md", "html"):
        path = tmp_path / f"rapport.{fmt}"
        export_report(Source(later, name="2025"), path, compare=Source(nvi_result, name="2024"))
        text = html_module.unescape(path.read_text(encoding="utf-8"))
        assert ">'-<" not in text and "| '- |" not in text and "| \\'- |" not in text, fmt
        assert ("| – |" if fmt == "md" else '<td class="short">–</td>') in text, fmt
