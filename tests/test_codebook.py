"""Codebook: formats and REFI-QDA exchange, rule matching on the real Wlz corpus, checks, CLI."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest
from lxml import etree
from typer.testing import CliRunner

from openanswers.codebook import (
    Code, Codebook, RuleMatcher, check, codebook_element, read_codebook, validate, write_codebook,
)
from openanswers.codebook.qdc import PROJECT_NS, to_qdc_bytes
from openanswers.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
WLZ = ROOT / "codebooks" / "wlz_zorgcontractering.yaml"
NVI = ROOT / "corpora" / "nota_van_inlichtingen.csv"
XSD = ROOT.parent / "shared" / "refi-qda" / "Codebook.xsd"


@pytest.fixture(scope="session")
def nlp():
    from openanswers.language import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def questions() -> list[str]:
    return pd.read_csv(NVI)["vraag"].tolist()


@pytest.fixture(scope="session")
def wlz() -> Codebook:
    return read_codebook(WLZ)


@pytest.fixture(scope="session")
def schema():
    if not XSD.is_file():
        pytest.skip(f"REFI-QDA schema not found at {XSD}")
    return etree.XMLSchema(file=str(XSD))


def _matched(codebook: Codebook, texts, nlp, code: str) -> set[int]:
    return {i for i, found in enumerate(RuleMatcher(codebook, nlp=nlp).match(texts)) if code in found}


def _one_code(*include: str, exclude: tuple[str, ...] = ()) -> Codebook:
    return Codebook("test", "1", [Code("c", "C", include=list(include), exclude=list(exclude))])


# --- the Wlz codebook -------------------------------------------------------------------------


def test_wlz_codebook_is_valid_with_dutch_labels_definitions_and_rules(wlz):
    assert validate(wlz) == []
    assert len(wlz) >= 12 and wlz.roots() and any(c.parent for c in wlz)
    for code in wlz:
        assert code.label and code.definition and code.include, code.id
        assert 1 <= len(code.examples) <= 3, code.id


def test_wlz_examples_are_verbatim_quotes_from_the_corpus(wlz, questions):
    corpus = "\n".join(questions)
    missing = [(c.id, e) for c in wlz for e in c.examples if e not in corpus]
    assert missing == []


@pytest.mark.parametrize("pipeline", ["default", "lookup"])
def test_wlz_examples_are_matched_by_their_own_code(wlz, nlp, pipeline):
    from openanswers.language import load_nlp

    pairs = [(c.id, e) for c in wlz for e in c.examples]
    found = RuleMatcher(wlz, nlp=nlp if pipeline == "default" else load_nlp("lookup")).match([e for _, e in pairs])
    assert [(code, e) for (code, e), f in zip(pairs, found) if code not in f] == []


def test_wlz_rules_code_most_corpus_questions_and_no_term_is_too_broad(wlz, questions, nlp):
    report = check(wlz, questions, nlp=nlp)
    assert report.ok and not [p for p in report.problems if p.kind == "too_broad"]
    uncoded = sum(1 for found in RuleMatcher(wlz, nlp=nlp).match(questions) if not found)
    assert uncoded < 0.1 * len(questions)
    assert all(report.counts[c.id] > 0 for c in wlz)


# --- rule matching on the real corpus ------------------------------------------------------------


def test_prefix_wildcard_matches_exactly_the_words_starting_with_it_including_compounds(questions, nlp):
    expected = {i for i, q in enumerate(questions) if re.search(r"\btarie", q, flags=re.IGNORECASE)}
    compounds = {i for i, q in enumerate(questions) if re.search(r"\btarie(?!f\b|ven\b)\w+", q, flags=re.IGNORECASE)}
    assert compounds, "the corpus has compounds such as 'tariefverlaging'"
    assert _matched(_one_code("tarie*"), questions, nlp, "c") == expected


def test_infix_wildcard_also_finds_the_term_inside_compounds(questions, nlp):
    expected = {i for i, q in enumerate(questions) if re.search(r"tarie", q, flags=re.IGNORECASE)}
    prefix_only = _matched(_one_code("tarie*"), questions, nlp, "c")
    assert _matched(_one_code("*tarie*"), questions, nlp, "c") == expected
    assert expected > prefix_only  # "richttarief", "NZa-tarief", "basisrichttarief"


def test_plain_term_matches_compounds_it_heads_but_not_those_it_modifies(questions, nlp):
    matched = _matched(_one_code("tarief"), questions, nlp, "c")
    heads = {i for i, q in enumerate(questions) if re.search(r"\w{3,}-?tarief\b", q, flags=re.IGNORECASE)}
    modifier_only = {
        i for i, q in enumerate(questions)
        if re.search(r"\btarief\w+", q, flags=re.IGNORECASE) and not re.search(r"tarie(f|ven)\b", q, flags=re.IGNORECASE)
    }
    assert heads and heads <= matched
    assert modifier_only and not (modifier_only & matched)


def test_plain_term_matches_inflected_forms_through_lemmas(questions, nlp):
    matched = _matched(_one_code("wachtlijst"), questions, nlp, "c")
    plural = {i for i, q in enumerate(questions) if re.search(r"\bwachtlijsten\b", q, flags=re.IGNORECASE)}
    assert plural and plural <= matched


def test_phrase_matches_only_consecutive_tokens(questions, nlp):
    expected = {i for i, q in enumerate(questions) if re.search(r"\bpassende?\s+zorg\b", q, flags=re.IGNORECASE)}
    both_apart = {
        i for i, q in enumerate(questions)
        if re.search(r"\bpassende?\b", q, re.I) and re.search(r"\bzorg\b", q, re.I) and i not in expected
    }
    assert both_apart, "some questions use both words apart"
    assert _matched(_one_code("passende zorg"), questions, nlp, "c") == expected


def test_phrase_with_wildcard_matches_inflections(questions, nlp):
    expected = {i for i, q in enumerate(questions) if re.search(r"\badministratieve\s+last", q, flags=re.IGNORECASE)}
    assert expected
    assert _matched(_one_code("administratieve last*"), questions, nlp, "c") == expected


def test_exclude_term_vetoes_the_code(questions, nlp):
    include = _matched(_one_code("duurza*"), questions, nlp, "c")
    vetoed = {i for i, q in enumerate(questions) if re.search(r"\bduurzame\s+toegang\b", q, flags=re.IGNORECASE)}
    assert vetoed & include
    assert _matched(_one_code("duurza*", exclude=("duurzame toegang",)), questions, nlp, "c") == include - vetoed


def test_accents_are_ignored(questions, nlp):
    texts = [q for q in questions if re.search(r"\bclient\b", q, flags=re.IGNORECASE)]
    assert texts
    assert all(RuleMatcher(_one_code("cliënt"), nlp=nlp).match(texts))


def test_match_returns_terms_in_codebook_order_and_hits_give_spans(nlp):
    cb = _one_code("kostendekk*", "tarie*")
    text = "Zijn de tarieven kostendekkend?"
    assert RuleMatcher(cb, nlp=nlp).match([text]) == [{"c": ["kostendekk*", "tarie*"]}]
    spans = {h.term: text[h.start:h.end] for h in RuleMatcher(cb, nlp=nlp).hits([text])[0]}
    assert spans == {"kostendekk*": "kostendekkend", "tarie*": "tarieven"}


# --- formats and REFI-QDA -----------------------------------------------------------------------


def test_qdc_export_validates_against_the_refi_qda_schema(wlz, tmp_path, schema):
    path = tmp_path / "wlz.qdc"
    write_codebook(wlz, path)
    schema.assertValid(etree.parse(str(path)))
    ns = {"q": "urn:QDA-XML:codebook:1.0"}
    nested = etree.parse(str(path)).xpath("//q:Code/q:Code/@name", namespaces=ns)
    assert sorted(nested) == sorted(c.label for c in wlz if c.parent)


def test_qdc_import_of_export_is_lossless_and_export_is_byte_identical(wlz, tmp_path):
    first = tmp_path / "a.qdc"
    write_codebook(wlz, first)
    back = read_codebook(first)
    assert back == wlz
    second = tmp_path / "b.qdc"
    write_codebook(back, second)
    assert first.read_bytes() == second.read_bytes()


def test_yaml_to_qdc_to_yaml_gives_the_same_file(wlz, tmp_path):
    write_codebook(wlz, tmp_path / "a.yaml")
    write_codebook(read_codebook(tmp_path / "a.yaml"), tmp_path / "b.qdc")
    write_codebook(read_codebook(tmp_path / "b.qdc"), tmp_path / "c.yaml")
    assert (tmp_path / "a.yaml").read_bytes() == (tmp_path / "c.yaml").read_bytes()
    assert read_codebook(tmp_path / "c.yaml") == wlz


def test_csv_round_trip_keeps_codes_with_semicolons_in_examples(wlz, tmp_path):
    cb = replace(wlz, name="wlz")  # a CSV codebook is named after its file
    cb = replace(cb, codes=[replace(cb.codes[0], examples=["a; b", "c"])] + cb.codes[1:])
    write_codebook(cb, tmp_path / "wlz.csv")
    assert read_codebook(tmp_path / "wlz.csv").codes == cb.codes


def test_explicit_guid_and_unicode_survive_every_format(tmp_path, schema):
    guid = "0d5b3c8e-7a51-4f5e-9c53-2c1c8f0e9a11"
    cb = Codebook("Zorg & co", "2", [Code("a", "Cliënt <ervaring>", "x\n\n[openanswers] is text", guid=guid, color="#FF0000")])
    for ext in ("yaml", "csv", "qdc"):
        write_codebook(cb, tmp_path / f"Zorg & co.{ext}")
        assert read_codebook(tmp_path / f"Zorg & co.{ext}").codes == cb.codes, ext
    schema.assertValid(etree.fromstring(to_qdc_bytes(cb)))


def test_foreign_qdc_without_openanswers_blocks_imports_with_ids_from_names(tmp_path):
    path = tmp_path / "atlas.qdc"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="ATLAS.ti">'
        '<Codes><Code guid="{11111111-2222-3333-4444-555555555555}" name="Tarieven" isCodable="true">'
        "<Description>Over geld</Description>"
        '<Code guid="11111111-2222-3333-4444-666666666666" name="Tarieven" isCodable="true"/></Code>'
        "</Codes></CodeBook>",
        encoding="utf-8",
    )
    cb = read_codebook(path)
    assert cb.ids == ["tarieven", "tarieven_2"]
    assert cb.get("tarieven").definition == "Over geld" and cb.get("tarieven_2").parent == "tarieven"
    assert cb.get("tarieven").guid == "11111111-2222-3333-4444-555555555555"


def test_codebook_element_embeds_in_a_project_namespace(wlz):
    element = codebook_element(wlz, namespace=PROJECT_NS, sets=False)
    assert etree.QName(element).namespace == PROJECT_NS and element.find(f"{{{PROJECT_NS}}}Sets") is None
    assert len(element.findall(f".//{{{PROJECT_NS}}}Code")) == len(wlz)


def test_guids_are_stable_and_depend_on_codebook_name_and_id(wlz):
    assert read_codebook(WLZ).codes[0].guid == wlz.codes[0].guid
    renamed = Codebook("ander", wlz.version, [replace(c, guid="") for c in wlz])
    assert renamed.codes[0].guid != wlz.codes[0].guid


# --- bad input and checks ---------------------------------------------------------------------


def test_yaml_code_without_label_names_file_line_and_column(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("name: x\nversion: '1'\ncodes:\n- id: a\n  label: A\n- id: b\n  include: [x]\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_codebook(path)
    assert (info.value.path, info.value.row, info.value.column) == (str(path), 6, "label")


def test_csv_bad_colour_names_spreadsheet_row_and_column(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("id,label,color\na,A,#FF0000\nb,B,rood\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_codebook(path)
    assert (info.value.row, info.value.column) == (3, "color")


def test_malformed_qdc_names_the_line(tmp_path):
    path = tmp_path / "bad.qdc"
    path.write_text('<?xml version="1.0"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0">\n<Codes>\n</CodeBook>\n', encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_codebook(path)
    assert info.value.row == 4


def test_validate_and_check_find_planted_problems(wlz, questions, nlp):
    planted = wlz.codes + [
        replace(wlz.codes[1], guid=""),  # duplicate id
        Code("wees", "Wees", parent="bestaat_niet", include=["tarie*"]),
        Code("kip", "Kip", parent="ei", include=["*zorg*"]),
        Code("ei", "Ei", parent="kip", include=["zorgkantoor"]),
        Code("nooit", "Nooit", include=["xylofoonbouwer"]),
    ]
    report = check(Codebook(wlz.name, wlz.version, planted), questions, nlp=nlp)
    kinds = {(p.kind, p.code) for p in report.problems}
    assert {("duplicate_id", wlz.codes[1].id), ("unknown_parent", "wees"), ("cycle", "ei"), ("no_match", "nooit")} <= kinds
    broad = {p.code for p in report.problems if p.kind == "too_broad"}
    assert broad == {"kip"}  # "zorg" is in most questions, "zorgkantoor" in fewer than half
    assert report.counts["kip"] == sum("zorg" in q.lower() for q in questions)
    assert not report.ok and report.counts["nooit"] == 0
    assert report.counts["wees"] == len(_matched(_one_code("tarie*"), questions, nlp, "c"))
    with pytest.raises(InputError):
        codebook_element(Codebook("x", "1", planted))


# --- CLI ---------------------------------------------------------------------------------------


def test_cli_convert_writes_each_format(tmp_path):
    from openanswers.cli.codebook import app

    runner = CliRunner()
    for ext in ("qdc", "csv", "yml"):
        result = runner.invoke(app, ["convert", str(WLZ), str(tmp_path / f"wlz.{ext}")])
        assert result.exit_code == 0, result.output
        assert read_codebook(tmp_path / f"wlz.{ext}").ids == read_codebook(WLZ).ids


def test_cli_check_counts_matches_and_fails_with_exit_2_on_errors(tmp_path, openanswers_main):
    status, out, _ = openanswers_main("codebook", "check", WLZ, "--answers", NVI, "--text", "vraag")
    assert status == 0, out
    assert "195 answers" in out and "Tarieven en financiën" in out
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\ncodes:\n- {id: a, label: A, parent: b}\n- {id: b, label: B, parent: a}\n", encoding="utf-8")
    status, out, _ = openanswers_main("codebook", "check", bad)
    assert status == 2 and "cycle" in out


def test_cli_codebook_errors_take_the_common_path(tmp_path, openanswers_main):
    """A file that cannot be read: one line from cli.main naming it, exit 2, nothing written."""
    missing, target = tmp_path / "nope.yaml", tmp_path / "x.qdc"
    for args in (["convert", missing, target], ["check", missing], ["check", WLZ, "--answers", missing]):
        status, _, err = openanswers_main("codebook", *args)
        lines = err.strip().splitlines()
        assert status == 2 and len(lines) == 1 and "Traceback" not in err, err
        assert lines[0].startswith("openanswers: error: ") and str(missing) in lines[0]
    status, _, err = openanswers_main("codebook", "check", WLZ, "--answers", NVI, "--text", "geen_kolom")
    assert status == 2 and len(err.strip().splitlines()) == 1 and "geen_kolom" in err
    assert not target.exists()


def test_docs_example_codebook_reads(tmp_path):
    docs = (ROOT / "docs" / "codebook.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(.*?)```", docs, flags=re.DOTALL).group(1)
    (tmp_path / "example.yaml").write_text(block, encoding="utf-8")
    cb = read_codebook(tmp_path / "example.yaml")
    assert validate(cb) == [] and len(cb) >= 2
